"""The dateline: publication date, dateline place and country, with evidence spans."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.models import Document, RawArticle
from dateline.resolve.time import country_for_place, ground_dateline


def grounded(text: str, published: date | None = None) -> Document:
    raw = RawArticle(origin="test", text=text, published=published)
    document = Document(doc_id="t", text=text, published=published)
    ground_dateline(document, raw)
    return document


@pytest.mark.parametrize(
    ("text", "published", "place", "country"),
    [
        ("Iran, August 5, 2020—From Saturday, August 1, activists rallied.", date(2020, 8, 5), "Iran", "IR"),
        ("TEHRAN, Aug 5 (Reuters) - Police detained 12 people, officials said on August 4, 2020.",
         date(2020, 8, 5), "Tehran", "IR"),
        ("Protests spread\n\nBAGHDAD (AP) — Protesters stormed a government building on Sunday.\n\n"
         "Published Monday, 3 August 2020", date(2020, 8, 3), "Baghdad", "IQ"),
        ("SANAA, Yemen, 12 May 2021 (AFP) – Airstrikes hit the port city.", date(2021, 5, 12), "Sanaa, Yemen", "YE"),
    ],
)  # fmt: skip
def test_dateline_forms(text: str, published: date, place: str, country: str) -> None:
    document = grounded(text)
    assert document.published == published
    assert document.dateline_place == place
    assert document.country_hint == country
    start, end = document.evidence["dateline_place"]
    assert text[start:end].casefold() == place.casefold()
    if "published" in document.evidence:
        start, end = document.evidence["published"]
        assert str(published.day) in text[start:end]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Clashes in the north\nMonday, 3 August 2020\nClashes broke out near the border.", date(2020, 8, 3)),
        ("Title\nPublished: 01:02 PM, 30 December 2017\nHundreds marched in Mashhad.", date(2017, 12, 30)),
        ("Strike ends\nBy Jane Doe | August 5, 2020\nDock workers returned.", date(2020, 8, 5)),
    ],
)
def test_date_lines_near_the_top(text: str, published: date) -> None:
    document = grounded(text)
    assert document.published == published
    start, end = document.evidence["published"]
    assert str(published.year) in text[start:end]
    assert document.dateline_place is None


def test_metadata_date_wins_over_text() -> None:
    document = grounded("Iran, August 5, 2020—Activists rallied.", published=date(2020, 8, 6))
    assert document.published == date(2020, 8, 6)
    assert document.dateline_place == "Iran"


def test_yearless_dateline_takes_the_year_from_the_text() -> None:
    document = grounded("KABUL, Nov 18 (Reuters) - A blast on Nov. 17, 2019 killed three, police said.")
    assert document.published == date(2019, 11, 18)


def test_country_lookup_uses_the_gazetteer() -> None:
    assert country_for_place("Kyiv") == "UA"
    assert country_for_place("Lagos") == "NG"
    assert country_for_place("Nowhereville") is None


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Strike paralyses ports\n\nMOMBASA - Dock workers walked off the job on Monday.", "Mombasa", "KE"),
        ("Floods\n\nPORTO ALEGRE, Brazil — Rescuers reached stranded families on Sunday.", "Porto Alegre, Brazil",
         "BR"),
    ],
)  # fmt: skip
def test_bare_dateline_without_date_or_agency(text: str, place: str, country: str) -> None:
    document = grounded(text)
    assert (document.dateline_place, document.country_hint) == (place, country)
    start, end = document.evidence["dateline_place"]
    assert text[start:end].casefold() == place.casefold()
    assert document.published is None


def test_a_capitalised_heading_with_a_dash_is_not_a_dateline() -> None:
    document = grounded("BREAKING - Parliament dissolved after a night of talks.")
    assert document.dateline_place is None
    assert document.country_hint is None


def test_dateline_filed_from_two_cities() -> None:
    text = "ISLAMABAD/KARACHI, March 9, 2023 (AFP) - Traders shut markets in both cities on Wednesday."
    document = grounded(text)
    assert document.published == date(2023, 3, 9)
    assert document.dateline_place == "Islamabad/Karachi"
    assert document.country_hint == "PK"


def test_date_line_behind_a_marker() -> None:
    text = "⚡ UPDATE 14 Feb 2022\n\nFarmers blocked the ring road for a third day."
    document = grounded(text)
    assert document.published == date(2022, 2, 14)
    start, end = document.evidence["published"]
    assert text[start:end] == "14 Feb 2022"


def test_jsonl_published_field_wins_over_the_dateline() -> None:
    from dateline.ingest.readers import article_from_record
    from dateline.pipeline import make_document

    record = {"text": "LIMA, Peru, 4 May 2021 (AP) – Miners blocked a highway near Arequipa on Monday.",
              "published": "2021-05-05"}  # fmt: skip
    document = make_document(article_from_record(record, "feed.jsonl:1"))
    assert document.published == date(2021, 5, 5)
    assert document.dateline_place == "Lima, Peru"
    assert document.country_hint == "PE"
