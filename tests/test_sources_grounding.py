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
    assert document.reported_by == "Malian army"
    assert source_is_party(document.reported_by, ["Military Forces of Mali", "JNIM"]) is True


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
