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
