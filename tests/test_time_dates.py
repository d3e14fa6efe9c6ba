"""Dates of events in the body: absolute, relative, ranges, inheritance and scopes, plans and history."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.models import Document, RawArticle
from dateline.nlp import get_nlp
from dateline.resolve.time import NO_DATE_NOTE, DateIndex, build_date_index, ground_dateline, resolve_expression


def index_for(text: str, published: date | None = None) -> DateIndex:
    raw = RawArticle(origin="test", text=text, published=published)
    document = Document(doc_id="t", text=text, published=published)
    ground_dateline(document, raw)
    return build_date_index(get_nlp()(text), document)


def at(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def dates(index: DateIndex, phrase: str, occurrence: int = 0) -> tuple[str, str, int]:
    resolution = index.date_for(*at(index.sdoc.text, phrase, occurrence))
    return resolution.date_start.isoformat(), resolution.date_end.isoformat(), resolution.time_precision


WIRE = (
    "KYIV, March 3 (Reuters) - Russian missiles struck a power station in Kharkiv on Tuesday, regional "
    "officials said. The same day, shelling hit a school in Mykolaiv.\n\n"
    "Also on Tuesday, a drone damaged a depot near Odesa. The next day, police detained two men in Lviv.\n\n"
    "On Monday night, a rocket hit a bridge outside Dnipro. Protesters rallied in Kyiv yesterday.\n\n"
    "Crowds gathered in Lutsk over the weekend. Strikes spread to Poltava last week. Farmers blocked "
    "roads near Sumy earlier this month. Two mines exploded in Kherson three days ago.\n\n"
    "Unions will rally in Kyiv on Friday. Officials plan to hold talks in Minsk next week.\n\n"
    "The attack recalled the 2014 annexation of Crimea and last November's blackout."
)


@pytest.fixture(scope="module")
def wire() -> DateIndex:
    return index_for(WIRE, published=date(2022, 3, 3))  # a Thursday


def test_weekday_is_latest_on_or_before_publication(wire: DateIndex) -> None:
    assert dates(wire, "struck") == ("2022-03-01", "2022-03-01", 1)
    assert dates(wire, "rocket hit") == ("2022-02-28", "2022-02-28", 1)  # "On Monday night"


def test_same_day_and_also_inherit_the_narrative_date(wire: DateIndex) -> None:
    assert dates(wire, "shelling") == ("2022-03-01", "2022-03-01", 1)
    assert dates(wire, "damaged") == ("2022-03-01", "2022-03-01", 1)


def test_next_day_moves_from_the_narrative_date(wire: DateIndex) -> None:
    assert dates(wire, "detained") == ("2022-03-02", "2022-03-02", 1)


def test_relative_expressions(wire: DateIndex) -> None:
    assert dates(wire, "rallied") == ("2022-03-02", "2022-03-02", 1)  # yesterday
    assert dates(wire, "gathered") == ("2022-02-26", "2022-02-27", 2)  # over the weekend
    assert dates(wire, "spread") == ("2022-02-21", "2022-02-27", 2)  # last week
    assert dates(wire, "blocked") == ("2022-03-01", "2022-03-03", 3)  # earlier this month
    assert dates(wire, "exploded") == ("2022-02-28", "2022-02-28", 1)  # three days ago


def test_plans_are_future(wire: DateIndex) -> None:
    span = at(WIRE, "rally in Kyiv")
    assert wire.temporal_status(span[0], span[0] + 5) == "future"
    assert wire.date_for(*span).date_start == date(2022, 3, 4)  # the coming Friday
    assert wire.temporal_status(*at(WIRE, "hold talks")) == "future"
    assert wire.temporal_status(*at(WIRE, "struck")) == "current"


def test_historical_references(wire: DateIndex) -> None:
    assert wire.temporal_status(*at(WIRE, "annexation")) == "historical"
    assert wire.temporal_status(*at(WIRE, "blackout")) == "historical"


RANGES = (
    "NAIROBI, Kenya, 5 August 2020 (AP) — Between 1 and 4 August, teachers marched in Kisumu.\n\n"
    "Police fired tear gas at the marchers.\n\n"
    "On Monday, 3 August, nurses walked out in Mombasa. Doctors joined them.\n\n"
    "Traders closed shops in Nakuru.\n\n"
    "From Saturday, August 1, to Tuesday, August 4, students occupied campuses in Eldoret."
)


@pytest.fixture(scope="module")
def ranges() -> DateIndex:
    return index_for(RANGES)


def test_ranges_are_week_precision(ranges: DateIndex) -> None:
    assert dates(ranges, "marched") == ("2020-08-01", "2020-08-04", 2)
    assert dates(ranges, "occupied") == ("2020-08-01", "2020-08-04", 2)


def test_undated_paragraph_continues_the_narrative(ranges: DateIndex) -> None:
    assert dates(ranges, "fired") == ("2020-08-01", "2020-08-04", 2)
    assert dates(ranges, "joined") == ("2020-08-03", "2020-08-03", 1)


def test_new_date_scope_ends_the_old_one(ranges: DateIndex) -> None:
    assert dates(ranges, "walked out") == ("2020-08-03", "2020-08-03", 1)
    # a new undated paragraph returns to the report's frame, not to Monday
    assert dates(ranges, "closed shops") == ("2020-08-01", "2020-08-04", 2)


def test_year_boundary_goes_back_a_year() -> None:
    text = "LAGOS, Jan 2 (Reuters) - Gunmen attacked a church in Kaduna on December 30, police said."
    index = index_for(text, published=date(2020, 1, 2))
    assert dates(index, "attacked") == ("2019-12-30", "2019-12-30", 1)
    assert index.temporal_status(*at(text, "attacked")) == "current"


def test_no_date_falls_back_to_publication_week() -> None:
    text = "Residents of Goma protested against power cuts, witnesses said."
    index = index_for(text, published=date(2023, 5, 12))
    resolution = index.date_for(*at(text, "protested"))
    assert (resolution.date_start, resolution.time_precision, resolution.span) == (date(2023, 5, 12), 2, None)
    assert resolution.note == NO_DATE_NOTE


def test_sample_report_dates() -> None:
    from conftest import SAMPLE

    from dateline.ingest.clean import clean_text

    text = clean_text(SAMPLE.read_text(encoding="utf-8")).text
    index = index_for(text)
    assert index.document.published == date(2020, 8, 5)
    assert dates(index, "took to graffiti") == ("2020-08-01", "2020-08-04", 2)
    assert dates(index, "targeted") == ("2020-08-04", "2020-08-04", 1)
    assert dates(index, "torched") == ("2020-08-04", "2020-08-04", 1)
    assert dates(index, "commemorated") == ("2020-08-03", "2020-08-03", 1)
    for phrase, occurrence in (("massacre", 1), ("Constitutional Revolution", 0), ("uprising", 0), ("gained", 0)):
        assert index.temporal_status(*at(text, phrase, occurrence)) == "historical", phrase
    # the commemoration is current even though the year it commemorates is in its sentence
    assert index.temporal_status(*at(text, "continued to commemorate")) == "current"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("4 Aug 2020", (date(2020, 8, 4), date(2020, 8, 4), 1)),
        ("August 4", (date(2020, 8, 4), date(2020, 8, 4), 1)),
        ("November 2019", (date(2019, 11, 1), date(2019, 11, 30), 3)),
        ("last November", (date(2019, 11, 1), date(2019, 11, 30), 3)),
        ("in 1906", (date(1906, 1, 1), date(1906, 12, 31), 3)),
        ("last month", (date(2020, 7, 1), date(2020, 7, 31), 3)),
        ("the 1980s", (date(1980, 1, 1), date(1989, 12, 31), 3)),
        ("the early hours of Monday", (date(2020, 8, 3), date(2020, 8, 3), 1)),
        ("the night of 2 August", (date(2020, 8, 2), date(2020, 8, 2), 1)),
        ("mid-July", (date(2020, 7, 1), date(2020, 7, 31), 3)),
        ("Friday's", (date(2020, 7, 31), date(2020, 7, 31), 1)),
        ("Yesterday, Monday, August 3", (date(2020, 8, 3), date(2020, 8, 3), 1)),
        ("last night, Tuesday", (date(2020, 8, 4), date(2020, 8, 4), 1)),
        ("Tuesday of last week", (date(2020, 7, 28), date(2020, 7, 28), 1)),  # not yesterday, August 4
        ("on Friday last week", (date(2020, 7, 31), date(2020, 7, 31), 1)),
        ("yesterday afternoon", (date(2020, 8, 4), date(2020, 8, 4), 1)),
        ("Monday midnight", (date(2020, 8, 3), date(2020, 8, 3), 1)),
        ("2020.08.03", (date(2020, 8, 3), date(2020, 8, 3), 1)),  # year first, as Korean releases write it
        ("2020. 8. 3.", (date(2020, 8, 3), date(2020, 8, 3), 1)),
        ("Monday, 03.08.2020", (date(2020, 8, 3), date(2020, 8, 3), 1)),  # dotted: day first
        ("On 30 Jul", (date(2020, 7, 30), date(2020, 7, 30), 1)),
        ("On Friday afternoon, 31 July", (date(2020, 7, 31), date(2020, 7, 31), 1)),
        # dates a translation keeps in the original language
        ("sabato 1 agosto", (date(2020, 8, 1), date(2020, 8, 1), 1)),
        ("viernes 31 de julio de 2020", (date(2020, 7, 31), date(2020, 7, 31), 1)),
        ("le samedi 1er août", (date(2020, 8, 1), date(2020, 8, 1), 1)),
        ("3. August", (date(2020, 8, 3), date(2020, 8, 3), 1)),
    ],
)
def test_resolve_single_expressions(expression: str, expected: tuple) -> None:
    assert resolve_expression(expression, date(2020, 8, 5))[:3] == expected


def test_durations_are_not_dates() -> None:
    assert resolve_expression("two decades", date(2020, 8, 5)) is None
    assert resolve_expression("twenty years", date(2020, 8, 5)) is None


def test_date_index_is_a_doc_extension(wire: DateIndex) -> None:
    assert wire.sdoc._.date_index is wire


def test_wire_style_weekdays_and_bare_months() -> None:
    text = (
        "BAGHDAD (AP) — Protesters marched Tuesday in Baghdad. Sunday's attack killed four. "
        "Police raided a camp last Friday. Elections are due in November."
    )
    index = index_for(text, published=date(2021, 9, 7))  # a Tuesday
    assert dates(index, "marched") == ("2021-09-07", "2021-09-07", 1)
    assert dates(index, "attack") == ("2021-09-05", "2021-09-05", 1)
    assert dates(index, "raided") == ("2021-09-03", "2021-09-03", 1)
    assert index.temporal_status(*at(text, "Elections")) == "future"


def test_a_date_of_the_statement_does_not_date_what_it_reports() -> None:
    text = (
        "DAKAR, Senegal, 9 March 2021 (AP) — A rights group said on Tuesday that police shot dead two "
        "students in Ziguinchor on Monday night.\n\n"
        "The same day, riot police dispersed a march in Thiès.\n\n"
        "Police said on Sunday they had arrested 14 people in Kaolack."
    )
    index = index_for(text)  # published Tuesday 9 March
    assert dates(index, "shot") == ("2021-03-08", "2021-03-08", 1)
    assert dates(index, "dispersed") == ("2021-03-08", "2021-03-08", 1)  # the same day as the shooting
    # with no other date in the sentence, the statement's date is the best there is
    assert dates(index, "arrested") == ("2021-03-07", "2021-03-07", 1)


def test_overnight_runs_from_the_narrative_day_into_the_next() -> None:
    text = (
        "Curfew defied\n\nMonday, 12 April 2021\n\n"
        "KAMPALA - Thousands rallied in Kampala on Saturday. Overnight, youths burned a police post in Jinja."
    )
    index = index_for(text)
    assert dates(index, "rallied") == ("2021-04-10", "2021-04-10", 1)
    assert dates(index, "burned") == ("2021-04-10", "2021-04-11", 2)


def test_overnight_without_a_narrative_day_is_the_night_before_publication() -> None:
    text = "QUITO, Ecuador, 3 October 2019 (AP) - Overnight, protesters blocked highways near Ambato."
    assert dates(index_for(text), "blocked") == ("2019-10-02", "2019-10-03", 2)


HEADLINED = (
    "Artillery pounds Kramatorsk; farmers block roads near Lviv\n\n"
    "Thursday, 9 June 2022\n\n"
    "KYIV - Farmers blocked roads near Lviv on Wednesday in protest at fuel prices.\n\n"
    "In the east, artillery shelled Kramatorsk on Monday, regional officials said. Two people were hurt.\n\n"
    "Fuel queues grow as strikes spread\n\n"
    "Drivers waited for hours at filling stations in Odesa."
)


@pytest.fixture(scope="module")
def headlined() -> DateIndex:
    return index_for(HEADLINED)


def test_headline_takes_the_date_of_the_body_report_of_its_place(headlined: DateIndex) -> None:
    assert dates(headlined, "pounds") == ("2022-06-06", "2022-06-06", 1)
    assert dates(headlined, "block") == ("2022-06-08", "2022-06-08", 1)
    assert "headline" in headlined.date_for(*at(HEADLINED, "pounds")).note


def test_headline_and_date_line_open_no_scope_for_the_body(headlined: DateIndex) -> None:
    assert dates(headlined, "blocked") == ("2022-06-08", "2022-06-08", 1)
    assert dates(headlined, "hurt") == ("2022-06-06", "2022-06-06", 1)  # continues the Kramatorsk sentence


def test_headline_relative_phrase_is_not_a_narrative_anaphor() -> None:
    text = (
        "Crowds return to Harare streets a day after deadly clashes\n\n"
        "HARARE, Zimbabwe, 3 August 2018 (AP) — Crowds returned to central Harare on Thursday."
    )
    index = index_for(text)
    assert dates(index, "return") == ("2018-08-02", "2018-08-02", 1)  # the lead, not "a day after" nothing


def test_plans_in_the_complement_of_a_call_or_plan_are_future() -> None:
    text = (
        "ACCRA, Ghana, 4 June 2019 (AP) - Nurses marched in Accra on Monday. The nurses' union called for a "
        "general strike starting on Sunday. Organizers plan a vigil on Thursday at the hospital.\n\n"
        "On Friday, the teachers' union called for calm in Kumasi."
    )
    index = index_for(text)  # published Tuesday 4 June
    assert index.temporal_status(*at(text, "strike")) == "future"
    assert dates(index, "strike") == ("2019-06-09", "2019-06-09", 1)  # the coming Sunday
    assert index.temporal_status(*at(text, "vigil")) == "future"
    assert dates(index, "vigil") == ("2019-06-06", "2019-06-06", 1)
    # a past call dated by its own day is not a plan
    assert dates(index, "called for calm") == ("2019-05-31", "2019-05-31", 1)
    assert index.temporal_status(*at(text, "marched")) == "current"


def test_a_past_date_of_the_clause_makes_a_noun_historical() -> None:
    text = (
        "KANO, Nigeria, 10 May 2022 (AP) - Teachers will strike in Kano on Monday.\n\n"
        "The strike movement began in June 2019 in Kaduna over unpaid salaries."
    )
    index = index_for(text)
    assert index.temporal_status(*at(text, "strike", 1)) == "historical"
    assert dates(index, "strike", 1) == ("2019-06-01", "2019-06-30", 3)


def test_plan_across_a_year_boundary_goes_forward() -> None:
    text = "TUNIS, Dec 30 (Reuters) - Unions said they will march in Sfax on January 3."
    index = index_for(text, published=date(2020, 12, 30))
    assert dates(index, "march") == ("2021-01-03", "2021-01-03", 1)
    assert index.temporal_status(*at(text, "march")) == "future"


def test_range_across_two_months() -> None:
    text = "BOGOTA, Colombia, 5 December 2021 (AP) - From November 30 to December 2, truckers blocked roads in Cali."
    assert dates(index_for(text), "blocked") == ("2021-11-30", "2021-12-02", 2)


def test_hard_wrapped_plain_text_keeps_its_sentences_whole() -> None:
    text = (
        "LAGOS, Nigeria, 5 May 2021 (AP) - Police fired tear gas at hundreds of demonstrators who had\n"
        "gathered outside the governor's office in Ikeja on Tuesday, witnesses said."
    )
    from dateline.ingest.clean import clean_text

    text = clean_text(text).text  # as the pipeline stores it: the wrap undone, every offset kept
    assert dates(index_for(text), "fired") == ("2021-05-04", "2021-05-04", 1)


def test_the_planners_are_not_the_plan() -> None:
    text = "ACCRA, Ghana, 4 June 2019 (AP) - Strike leaders who marched on Monday had planned to meet the minister."
    index = index_for(text)
    assert index.temporal_status(*at(text, "Strike")) == "current"
    assert index.temporal_status(*at(text, "meet")) == "future"


def test_same_night_and_next_morning_move_from_the_narrative_day() -> None:
    text = (
        "KHARTOUM, Sudan, 9 January 2022 (AP) - Security forces fired tear gas at marchers in Omdurman on "
        "Thursday. The same night, protesters set up barricades in Bahri. The next morning, police detained "
        "activists in Khartoum."
    )
    index = index_for(text)  # published Sunday 9 January
    assert dates(index, "barricades") == ("2022-01-06", "2022-01-06", 1)
    assert dates(index, "detained") == ("2022-01-07", "2022-01-07", 1)


def test_previous_night_and_hours_later() -> None:
    text = (
        "HARARE, Zimbabwe, 3 August 2018 (AP) — Soldiers patrolled Harare on Thursday after gunmen had "
        "torched cars in Chitungwiza the previous night. Hours later, police arrested 27 people in Mbare."
    )
    index = index_for(text)  # published Friday 3 August
    assert dates(index, "torched") == ("2018-08-01", "2018-08-01", 1)
    assert dates(index, "arrested") == ("2018-08-02", "2018-08-02", 1)


def test_headline_without_a_dateline_is_still_a_headline() -> None:
    text = (
        "Thousands march in Porto Alegre over flood relief\n\n"
        "Thousands of people marched through Porto Alegre on Sunday to demand faster flood relief.\n\n"
        "On Saturday, volunteers handed out food in Canoas."
    )
    index = index_for(text, published=date(2024, 5, 20))  # a Monday
    assert dates(index, "march") == ("2024-05-19", "2024-05-19", 1)
    assert "headline" in index.date_for(*at(text, "march")).note


def test_a_date_inside_an_of_phrase_dates_that_phrase_not_the_verb() -> None:
    text = "ACCRA, Ghana, 4 June 2019 (AP) - Police said they had detained the leaders of last month's strike."
    index = index_for(text)
    assert dates(index, "detained") == ("2019-06-04", "2019-06-04", 2)  # no date of its own: the report's day


def test_a_range_from_a_weekday_to_yesterday() -> None:
    text = "KHULNA, 7 February 2025 - Bus workers struck from Wednesday midnight until yesterday afternoon in Khulna."
    assert dates(index_for(text), "struck") == ("2025-02-05", "2025-02-06", 2)


def test_since_then_runs_from_the_narratives_day_to_publication() -> None:
    text = ("LA PAZ, Bolivia, Jan 10, 2023 - The regional strike resumed on Wednesday, January 4.\n\n"
            "Every day since then the road to Oruro has been blocked at Caracollo.\n")
    assert dates(index_for(text), "blocked") == ("2023-01-04", "2023-01-10", 2)
