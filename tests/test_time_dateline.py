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


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a masthead date line that also gives the date in another calendar
        ("THE KATHMANDU LANTERN\nFriday, March 8, 2024 | Falgun 25, 2080 BS\n\nStudents blocked the ring road.",
         date(2024, 3, 8)),
        # a live blog's header: outlet, label, "Last updated:", a clock time with its zone
        ("LIVE: Dock strike spreads\n\nHarbour Times | Live coverage | Last updated: Tuesday 14 June 2022, "
         "09:30 BST\n\n09:30 BST\nDock workers walked out in Durban.", date(2022, 6, 14)),
        # a place line of a local paper
        ("VALPARAISO HERALD\nValparaíso, Chile | Sunday, October 20, 2019\n\nLooters ransacked shops.",
         date(2019, 10, 20)),
        # the publisher's name, a dash, the date
        ("Kenyan Rights Forum - Thursday, 5 May 2022\n\nPolice shot two traders in Kisumu on Wednesday.",
         date(2022, 5, 5)),
        # ISO date after a label
        ("Miners block highway\nUpdated on 2021-11-03 14:10\n\nMiners blocked the road near Oruro.",
         date(2021, 11, 3)),
    ],
)  # fmt: skip
def test_date_lines_in_their_many_forms(text: str, published: date) -> None:
    document = grounded(text)
    assert document.published == published
    start, end = document.evidence["published"]
    assert str(published.year) in text[start:end]


def test_a_sentence_holding_a_date_is_not_a_date_line() -> None:
    text = "Protesters gathered outside the ministry in Lima on 4 May 2021 and then marched to the main square."
    assert grounded(text).published is None


def test_dateline_with_a_slash_before_the_year() -> None:
    text = "Kampala, March 3/2021 (UNA) - Security forces dispersed opposition supporters in Kampala."
    document = grounded(text)
    assert document.published == date(2021, 3, 3)
    assert (document.dateline_place, document.country_hint) == ("Kampala", "UG")


def test_place_and_date_alone_on_their_line() -> None:
    text = "GHANA TEACHERS UNION\n\nAccra, 9 June 2022\n\nThe union informs the public that its members struck."
    document = grounded(text)
    assert document.published == date(2022, 6, 9)
    assert (document.dateline_place, document.country_hint) == ("Accra", "GH")


def test_a_date_line_label_is_not_the_dateline_place() -> None:
    text = "Published on Monday, 6 March 2023 - 10:15\n\nLAGOS (Radio Eko) - Traders shut markets on Monday."
    document = grounded(text)
    assert document.published == date(2023, 3, 6)
    assert (document.dateline_place, document.country_hint) == ("Lagos", "NG")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the weekday of the statement: Oct 21 was a Wednesday in 2020, a Monday in 2019
        ("LAGOS, Oct 21 (Andes Wire) - Soldiers opened fire on protesters at a toll gate overnight, "
         "witnesses said on Wednesday. It was the worst unrest since the 2019 election.", date(2020, 10, 21)),
        # a weekday written with its date: June 3 was a Monday in 2019 (not in 2015-2018)
        ("KHARTOUM, June 4 (Nile Wire) - Security forces stormed the sit-in on Monday, June 3, killing dozens. "
         "It was the bloodiest day since 2014.", date(2019, 6, 4)),
        # a plan written with its full date is after publication, not before it
        ("NAIROBI, July 13 (Coast Wire) - Police fired tear gas at protesters on Wednesday. The opposition "
         "called new protests for 19 July 2023.", date(2023, 7, 13)),
        # the year boundary: the latest full date is the last December
        ("KYIV, Jan 2 (Dnipro Wire) - Shelling went on overnight after strikes on December 30, 2022.",
         date(2023, 1, 2)),
    ],
)  # fmt: skip
def test_a_yearless_dateline_takes_its_year_from_the_text(text: str, published: date) -> None:
    assert grounded(text).published == published


def test_the_clock_only_anchors_a_text_without_any_year() -> None:
    from dateline.resolve.time import infer_year

    text = "Crowds gathered on Sunday evening, the interior ministry said on Monday."
    assert infer_year(8, 10, text, today=date(2026, 12, 2)) == date(2026, 8, 10)  # a Monday
    assert infer_year(8, 10, text + " Unrest last peaked in 2018.", today=date(2026, 12, 2)) == date(2020, 8, 10)


def test_the_leads_weekday_dates_a_yearless_dateline() -> None:
    body = ("ACCRA, March 14 (Gold Coast Wire) - Traders shut their stalls across Accra on Tuesday. The union "
            "last called such a strike in 2020.")
    # March 14 was a Tuesday in 2023, not in 2020-2022
    assert grounded(body).published == date(2023, 3, 14)


def test_a_copyright_line_dates_a_yearless_dateline_it_is_never_earlier_than() -> None:
    body = ("ACCRA, March 14 (Gold Coast Wire) - Traders shut their stalls across Accra. The union last called "
            "such a strike in 2016.")
    assert grounded(body).published.year in {2016, 2017}  # only the year it cites to go on
    raw = RawArticle(origin="test", text=body + "\n\n© Gold Coast Wire 2021. All rights reserved.")
    document = Document(doc_id="t", text=body)
    ground_dateline(document, raw)
    assert document.published == date(2021, 3, 14)


def test_a_date_in_the_address_dates_a_page_that_gives_no_year() -> None:
    text = "ALMATY, Jan 5 (Steppe Wire) - Police detained hundreds of protesters, officials said on Wednesday."
    raw = RawArticle(origin="test", text=text, url="https://steppewire.example/asia/2022/01/05/almaty-unrest")
    document = Document(doc_id="t", text=text, url=raw.url)
    ground_dateline(document, raw)
    assert document.published == date(2022, 1, 5)
    untitled = "Crowds gathered in the square.\n\nPolice watched."
    raw = RawArticle(origin="test", text=untitled, url="https://example.org/news/2019-11-29-baghdad-bridge")
    document = Document(doc_id="t", text=untitled, url=raw.url)
    ground_dateline(document, raw)
    assert document.published == date(2019, 11, 29)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a year alone early in that year is mostly ahead: the report is from the next January
        ("CARACAS, Jan 25 (Llanos Wire) - Police detained dozens of people who disputed the result of the 2024 "
         "election.", date(2025, 1, 25)),
        # the current year named mid-year, with a plan a week ahead, keeps the year
        ("NAIROBI, July 13 (Coast Wire) - Police fired tear gas at protesters against the Finance Act 2023. "
         "The opposition called new protests for 19 July 2023.", date(2023, 7, 13)),
    ],
)  # fmt: skip
def test_a_year_alone_counts_from_its_middle(text: str, published: date) -> None:
    assert grounded(text).published == published


def test_a_dotted_date_line_is_read_day_first() -> None:
    assert grounded("Kharkiv Now\n05.06.2024, 18:02\n\nResidents rallied outside the city council.").published == date(
        2024, 6, 5)


def test_a_citys_own_name_beats_another_citys_old_name() -> None:
    # Chittagong (Bangladesh) was once called Islamabad and is bigger than Pakistan's capital
    assert country_for_place("Islamabad") == "PK"
    assert country_for_place("Chittagong") == "BD"
