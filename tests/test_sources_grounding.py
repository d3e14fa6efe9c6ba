"""Who reports and who claims: outlet, reporter, scale, party status, and per-sentence attribution."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.extract.sources import (
    attribute_claim,
    families_from_text,
    ground_source,
    load_affiliations,
    source_is_party,
)
from dateline.models import Document, RawArticle
from dateline.nlp import get_nlp
from dateline.resolve.time import ground_dateline


def grounded(text: str, url: str | None = None, outlet: str | None = None) -> Document:
    raw = RawArticle(origin="test", text=text, url=url, outlet=outlet)
    document = Document(doc_id="t", text=text, url=url, outlet=outlet)
    ground_dateline(document, raw)
    ground_source(document, raw)
    return document


def test_party_network_crediting_itself() -> None:
    text = (
        "Activities of the Kurdish Youth Cells, an internal network of the Democratic Front of Kurdistan "
        "(DFK/PJD) across the region.\n\nReporting by DFK/PJD\n\nIraq, May 2, 2021—Youth cells painted "
        "slogans in Erbil on Saturday."
    )
    document = grounded(text)
    assert document.reported_by == "DFK/PJD"
    start, end = document.evidence["reported_by"]
    assert text[start:end] == "DFK/PJD"
    assert document.source_is_party is True
    family = families_from_text(text)[0]
    assert {"Kurdish Youth Cells", "Democratic Front of Kurdistan", "DFK"} <= set(family.names)


def test_wire_report_is_independent() -> None:
    text = (
        "BAGHDAD (Reuters) - Gunmen killed two police officers in Kirkuk on Monday, security sources said.\n\n"
        "Reporting by Ahmed Rasheed in Baghdad; Editing by Jane Merriman"
    )
    document = grounded(text, url="https://www.reuters.com/world/middle-east/kirkuk-attack")
    assert document.outlet == "Reuters"
    assert document.reported_by == "Reuters"
    assert document.source_scale == "international"
    assert document.source_is_party is False


def test_state_media_reporting_its_own_police() -> None:
    text = (
        "TEHRAN, Jan 12 (IRNA) - Police arrested 40 rioters in Isfahan on Sunday, the provincial governor "
        "said.\n\nSecurity forces restored order."
    )
    document = grounded(text, url="https://en.irna.ir/news/123")
    assert document.outlet == "IRNA"
    assert document.source_scale == "national"
    assert document.country_hint == "IR"
    assert document.source_is_party is True


def test_statement_and_byline() -> None:
    text = (
        "Clashes in the Sahel\nBy Amina Diallo\n\nThe Malian army said in a statement that it repelled an "
        "attack near Gao on Friday."
    )
    document = grounded(text, url="https://example-news.ml/sahel")
    assert document.byline == "Amina Diallo"
    assert document.outlet == "example-news.ml"
    assert document.reported_by == "example-news.ml"  # the paper publishes; the army claims (per event)
    sentence = text[text.index("The Malian") :]
    claim = attribute_claim(get_nlp()(sentence), sentence.index("repelled"), sentence.index("repelled") + 8)
    assert claim is not None and claim[0] == "Malian army"
    assert source_is_party(claim[0], ["Military Forces of Mali", "JNIM"]) is True
    without_outlet = grounded(text)
    assert without_outlet.reported_by == "Malian army"  # a statement outranks a byline


@pytest.mark.parametrize(
    ("source", "actors", "expected"),
    [
        ("PMOI/MEK", ["Resistance Units (PMOI/MEK)", "IRGC Basij"], True),
        ("NCRI", ["Resistance Units"], True),
        ("Tasnim", ["Rioters (Iran)", "Police Forces of Iran"], True),
        ("TASS", ["Military Forces of Russia", "Military Forces of Ukraine"], True),
        ("Ukrainian General Staff", ["Military Forces of Ukraine"], True),
        ("Israeli military", ["Military Forces of Israel", "Hamas"], True),
        ("Reuters", ["Protesters (Iran)", "Police Forces of Iran"], False),
        ("Xinhua", ["Protesters (Kenya)", "Police Forces of Kenya"], False),
        ("Some Blog", ["Protesters (Kenya)"], None),
        (None, ["Protesters (Kenya)"], None),
    ],
)
def test_source_is_party(source: str | None, actors: list[str], expected: bool | None) -> None:
    assert source_is_party(source, actors) is expected


def test_user_affiliations_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user_file = tmp_path / "mine.json"
    user_file.write_text(json.dumps({"families": [
        {"id": "kenya-state", "kind": "state", "country": "KE", "names": ["Kenya Police Service"],
         "media": ["KBC"]},
        {"id": "mek", "names": ["Ashraf 3"]},
    ]}))  # fmt: skip
    assert source_is_party("KBC", ["Kenya Police Service"]) is None
    monkeypatch.setenv("DATELINE_AFFILIATIONS", str(user_file))
    assert source_is_party("KBC", ["Kenya Police Service"]) is True
    assert source_is_party("Ashraf 3", ["Resistance Units"]) is True  # extends the packaged family
    assert load_affiliations(str(user_file)) is load_affiliations(str(user_file))


def test_short_names_only_match_in_capitals() -> None:
    assert source_is_party("Amaq", ["IS"]) is True
    assert source_is_party("Amaq", ["this group"]) is False


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Police killed three protesters in Ahvaz, according to the Iran Human Rights Monitor.",
         "Iran Human Rights Monitor"),
        ("The Russian Defence Ministry said its forces destroyed a depot near Kharkiv.", "Russian Defence Ministry"),
        ("Houthi rebels claimed responsibility for the drone attack on Abha airport.", "Houthi rebels"),
        ("Five soldiers died in the ambush, the army reported on Sunday.", "army"),
        ("Protesters burned tyres in Lagos on Monday.", None),
    ],
)  # fmt: skip
def test_attribute_claim(sentence: str, claimant: str | None) -> None:
    sdoc = get_nlp()(sentence)
    result = attribute_claim(sdoc, 0, len(sentence))
    if claimant is None:
        assert result is None
    else:
        assert result is not None
        name, (start, end) = result
        assert name == claimant == sentence[start:end]


def test_wire_credit_without_a_known_outlet_is_independent() -> None:
    text = (
        "ADDIS ABABA, 3 Nov 2020 (Newsline) - Federal troops clashed with regional forces near Mekelle on "
        "Monday, residents said.\n\n(Reporting by Newsline staff in Addis Ababa; Editing by Desk)"
    )
    document = grounded(text)
    assert document.reported_by == "Newsline"
    assert document.source_is_party is False


def test_state_media_reporting_from_its_own_territory() -> None:
    text = "MACAU, Dec 2 (Xinhua) -- Police detained 12 people at an unauthorised rally in Macau on Sunday."
    document = grounded(text)
    assert document.country_hint == "MO"
    assert document.source_is_party is True
    assert source_is_party("Xinhua", ["Protesters (Macau)", "Police Forces of Macao"]) is True
    assert source_is_party("Xinhua", ["Protesters (Kenya)", "Police Forces of Kenya"]) is False


def test_rights_group_publishing_its_own_findings() -> None:
    text = (
        "Police killings in Kisumu must stop\n\n12 July 2023\n\n"
        "East Africa Rights Monitor said on Friday that police shot three demonstrators in Kisumu."
    )
    document = grounded(text)
    assert document.reported_by == "East Africa Rights Monitor"
    start, end = document.evidence["reported_by"]
    assert text[start:end] == "East Africa Rights Monitor"
    assert document.source_is_party is False
    claim = attribute_claim(get_nlp()(text), text.index("shot"), text.index("shot") + 4)
    assert claim is not None and claim[0] == "East Africa Rights Monitor"  # not "12 July 2023\n\nEast…"


def test_a_person_opening_the_report_is_not_its_publisher() -> None:
    document = grounded("Governor Ade Bello said on Monday that gunmen attacked a village near Ilorin.")
    assert document.reported_by is None
    assert document.source_is_party is None


def test_partisan_source_and_an_unidentified_actor_leave_it_to_the_document() -> None:
    assert source_is_party("Amaq", ["Fighters", "Military Forces of Syria"]) is None
    assert source_is_party("Amaq", []) is None
    assert source_is_party("SANA", ["Terrorists", "Military Forces of Syria"]) is True
    assert source_is_party("Reuters", ["Unidentified gunmen", "Military Forces of Syria"]) is False


def made(text: str, **raw_fields: object) -> Document:
    """The document as the pipeline makes it: cleaned (junk lines kept aside), dateline, sources."""
    from dateline.pipeline import make_document

    return make_document(RawArticle(origin="test", text=text, **raw_fields))


def test_a_newspaper_masthead_is_the_outlet_and_the_reporter() -> None:
    text = (
        "THE HARBOUR GAZETTE\nYour daily news from the coast\n\nSubscribe to The Harbour Gazette for 2 EUR a week\n\n"
        "Ferry strike shuts the port\n\nBy Ana Lopes | Monday, 4 March 2024\n\n"
        "Ferry workers walked out on Sunday, stranding hundreds of passengers in Setúbal.\n\n"
        "© 2024 The Harbour Gazette Media Ltd. All rights reserved."
    )
    document = made(text)
    assert document.outlet == "The Harbour Gazette"  # written as the page writes it, not in capitals
    assert "THE HARBOUR GAZETTE" in document.removed_boilerplate  # chrome kept aside, not in the stored text
    assert document.byline == "Ana Lopes"
    assert document.reported_by == "The Harbour Gazette"  # the paper reports, not its journalist
    assert document.source_is_party is False


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Daily Lantern\nDigital edition | Archive\n\nFloods cut off villages\n\nRains swept the valley.",
         "The Daily Lantern"),
        # a name in title case counts when the page names it again, in full or by its abbreviation
        ("Strikes spread to the mines\n\nAndes Mining Wire\nMay 3, 2022 | Updated 1 hour ago\n\n"
         "ORURO, May 3 (AMW) - Miners walked out.", "Andes Mining Wire"),
        ("The Delta Ledger | Live coverage | Last updated: Tuesday 14 June 2022, 09:30 BST\n\nDock workers "
         "struck, a union official told The Delta Ledger.", "The Delta Ledger"),
        ("RADIO SUR NOTICIAS - Servicio en inglés\n\nROSARIO (Radio Sur) - Truckers blocked the port on Monday.",
         "Radio Sur Noticias"),
        # no masthead: the holder of the copyright line the cleaner removed
        ("Curfew lifted in the capital\n\nShops reopened on Monday.\n\nCopyright 2021 The Valley Echo. "
         "All rights reserved. | Privacy", "The Valley Echo"),
        ("Curfew lifted\n\nShops reopened on Monday.\n\nThe Ridge Observer © 2021 | Terms | Privacy",
         "The Ridge Observer"),
        # no masthead either: the agency of the dateline
        ("QUITO, Oct 8, 2019 (Andes Wire) - Police fired tear gas at marchers in Quito.", "Andes Wire"),
        # a channel's name followed by its flags
        ("Kharkiv Live 🇺🇦\nchannel · 12,000 subscribers\n\n📌 Pinned message\nKharkiv Live — volunteer news.\n\n"
         "Residents rallied outside the city council on Sunday.", "Kharkiv Live"),
    ],
)  # fmt: skip
def test_outlet_from_the_page_itself(text: str, outlet: str) -> None:
    assert made(text).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        "PRESS RELEASE\n\nDock workers strike in Mombasa\n\nWorkers walked out on Monday.",
        "World News\n\nDock workers strike in Mombasa\n\nWorkers walked out on Monday.",
        "Kenya News\n\nDock workers strike in Mombasa\n\nWorkers walked out on Monday.",
        "STRIKE SHUTS PORT\n\nDock workers walked out in Mombasa on Monday.",
        "Police Fire Tear Gas\n\nPolice fired tear gas at traders in Kisumu on Monday.",
        "Times Square Rally\n\nThousands rallied in New York on Sunday.",
        "Government Shuts Down Independent Radio\n\nBy Jane Doe\n\nThe ministry closed the station.",
    ],
)
def test_labels_and_headlines_are_not_mastheads(text: str) -> None:
    assert made(text).outlet is None


def test_a_staff_byline_names_the_outlet_better_than_a_host_name() -> None:
    text = "DHAKA, Aug 5 — Protesters stormed the prime minister's residence on Monday, police said."
    document = made(text, outlet="bengalherald.example", author="Bengal Herald staff and agencies")
    assert document.outlet == "Bengal Herald"
    assert document.reported_by == "Bengal Herald"


def test_metadata_byline_debris_is_dropped() -> None:
    document = made("AMMAN: Thousands marched on Friday.", author="Omar Khalil; Sunday; March")
    assert document.byline == "Omar Khalil"


def test_an_ngo_press_release_is_reported_by_the_ngo() -> None:
    text = (
        "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nCoast Rights Centre condemns police shootings in Mombasa\n\n"
        "Mombasa, 3 March 2024 - The Coast Rights Centre (CRC) is appalled by the killing of two traders by "
        "police officers yesterday. Our monitors documented the shootings in Likoni.\n\nENDS\n\n"
        "Notes to editors\nFor media enquiries: media@crc.example"
    )
    document = made(text)
    assert document.reported_by == "Coast Rights Centre"
    start, end = document.evidence["reported_by"]
    assert document.text[start:end] == "Coast Rights Centre"
    assert document.source_is_party is False  # its monitors document, they do not act


def test_a_union_reporting_its_own_members_actions_is_a_party() -> None:
    text = (
        "TRANSPORT WORKERS FEDERATION - TWF\nStatement No. 4\n\nLagos, 2 May 2022\n\n"
        "The Transport Workers Federation (TWF) reports the following.\n\n"
        "On Monday our members and market traders blocked the Third Mainland Bridge for six hours. Police "
        "fired tear gas at the crowd.\n\nWe call on the government to reverse the fuel price rise."
    )
    document = made(text)
    assert document.outlet == "Transport Workers Federation"
    assert document.source_is_party is True


def test_own_members_who_did_not_act_do_not_make_a_party() -> None:
    text = (
        "TRANSPORT WORKERS FEDERATION - TWF\n\nLagos, 2 May 2022\n\n"
        "Police fired tear gas at traders at the Oshodi market on Monday. Our members did not take part in the "
        "looting that followed, and \"our members will strike again\" was never said by this federation."
    )
    assert made(text).source_is_party is False


def test_a_channel_crediting_its_information_team_reports_for_its_organisation() -> None:
    text = (
        "VALLEY FRONT NEWS | Bulletin No. 12\n\nCompiled by the Valley Front Information Team\n\n"
        "Kachin Hills, 5 March 2024 - Valley Front columns ambushed a convoy of government troops near "
        "Bhamo on Sunday, destroying two trucks.\n\nReporting by the Valley Front Information Team"
    )
    document = made(text)
    assert document.reported_by == "Valley Front"
    assert document.outlet == "Valley Front News"
    assert document.source_is_party is True


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # the state's agency reporting its own forces' operation
        ("UNA - Ugandan National News Agency\n\nKampala, March 3/2021 (UNA) - Security forces dispersed "
         "rioters who had blocked roads in Kampala on Tuesday, the police said.", True),
        ("KAMPALA, March 3, 2021 (Ugandan National News Agency) - The army restored order in Kasese.", True),
        # the same agency on another country's police
        ("UNA - Ugandan National News Agency\n\nNairobi, March 3/2021 (UNA) - Kenyan police dispersed "
         "rioters who had blocked roads in Nairobi on Tuesday.", False),
        # a private paper of that country is no state medium
        ("KAMPALA, March 3, 2021 (Kampala Daily Monitor) - Security forces dispersed rioters in Kampala.", False),
    ],
)  # fmt: skip
def test_state_media_named_as_such(text: str, party: bool) -> None:
    assert made(text).source_is_party is party


@pytest.mark.parametrize(
    ("outlet", "text"),
    [
        ("Central Press Agency", "ACCRA, June 13 (CPA) - Police dispersed protesters at the Independence Square."),
        ("Agencia Nacional de Noticias", "LIMA, May 4, 2021 (ANN) - Police used water cannon on marchers in Lima."),
    ],
)
def test_state_agency_named_by_the_page_metadata_and_its_abbreviation(outlet: str, text: str) -> None:
    document = made(text, outlet=outlet)
    assert document.outlet == outlet
    assert document.source_is_party is True


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("ACCRA, June 13 (Ghana News Agency) - Police dispersed protesters at the Independence Square.", True),
        # an agency named after something else is no state agency of wherever it reports from
        ("NAIROBI, June 13 (Baobab News Agency) - Police dispersed protesters in Nairobi.", False),
        # victims among its own members: the group reports what was done to them, not what they did
        ("RIGHTS FORUM OF KISUMU - RFK\n\nKisumu, 3 March 2024 - Police fired tear gas at traders. Two of our "
         "members were arrested at the market.", False),
        ("Our housing units were destroyed when the army shelled the village, residents said.", False),
    ],
)  # fmt: skip
def test_party_rules_do_not_fire_on_lookalikes(text: str, party: bool) -> None:
    assert made(text, outlet="Lakeside Courier").source_is_party is party


def test_a_release_closing_its_lead_with_said_today_is_the_organisations() -> None:
    text = (
        "Zimbabwe: Police must free detained nurses\n\n14 July 2020\n\n"
        "Zimbabwean police detained 13 nurses who protested over pay outside Harare Central Hospital on "
        "Monday, Justice Watch Southern Africa said today."
    )
    document = made(text)
    assert document.reported_by == "Justice Watch Southern Africa"
    assert document.source_is_party is False


def test_agency_dateline_closed_by_a_colon() -> None:
    text = ("QUETTA, March 3, 2022 (APP): Frontier Corps soldiers repelled an attack on a checkpoint in Turbat, "
            "the Inter-Services Public Relations said.")  # fmt: skip
    document = made(text)
    assert (document.dateline_place, document.reported_by) == ("Quetta", "APP")
    assert document.source_is_party is True  # Pakistan's state agency on Pakistan's own forces (data file)


def test_an_agency_named_by_its_nations_adjective_is_state_media_reporting_on_its_forces() -> None:
    text = ("ABI - Agencia Boliviana de Información\n\nLa Paz, 3 July 2024 (ABI).- Officers of the Bolivian "
            "National Police restored order in El Alto on Tuesday after violent groups blocked the main avenues.")
    assert grounded(text).source_is_party is True


def test_a_police_force_or_government_statement_on_what_its_forces_did_is_a_party() -> None:
    police = made(
        "NEWS RELEASE\n\nWest Midlands Police\n\nTwelve arrested after disorder in Walsall\n\n"
        "Officers arrested twelve people after a crowd threw bricks at police in Walsall town centre last night. "
        "Three of our officers were injured.\n\nIssued by West Midlands Police")
    assert police.reported_by == "West Midlands Police"
    assert police.source_is_party is True
    government = made(
        "REPUBLIC OF MALAWI\nOFFICE OF THE PRESIDENT AND CABINET\n\nPRESS STATEMENT\n\nLilongwe, 4 May 2024\n\n"
        "Government wishes to inform the nation that police dispersed groups that had blocked the M1 road near "
        "Lilongwe on Friday, using teargas. Government regrets the damage to shops.\n\n"
        "Issued by the Government Press Office, Lilongwe.")
    assert government.source_is_party is True
    watchdog = made(
        "Police Watch Malawi\n\nReport: teargas in Lilongwe\n\nLilongwe, 4 May 2024 - Police fired teargas at "
        "vendors on Friday, our monitors found.\n\nIssued by Police Watch Malawi")
    assert watchdog.source_is_party is not True
