"""Date scopes: a date fronting a sentence, the two-week reference window, "since", a whole year."""

from __future__ import annotations

from datetime import date

import pytest
from test_time_dates import at, dates, index_for

from dateline.resolve.time import DateIndex

SCOPES = (
    "KANO, 20 March 2024 - Police fired on marchers in Kano on Tuesday, the union said.\n\n"
    "The union, on strike since 12 March, said its members would not return to work.\n\n"
    "On 1 March, three people were killed in Zaria when soldiers fired on demonstrators who had blocked a road.\n\n"
    "Their demands include fresh elections in 2024. Police dispersed a sit-in outside the governor's office.\n\n"
    "Earlier, on 28 February, traders rallied in Kaduna."
)


@pytest.fixture(scope="module")
def scopes() -> DateIndex:
    return index_for(SCOPES)  # 20 March 2024 is a Wednesday


def test_a_date_before_the_whole_sentence_dates_all_of_its_clauses(scopes: DateIndex) -> None:
    assert scopes.temporal_status(*at(SCOPES, "killed")) == "historical"
    assert scopes.temporal_status(*at(SCOPES, "demonstrators")) == "historical"  # not the narrative's Tuesday


def test_a_date_two_weeks_before_publication_is_a_reference(scopes: DateIndex) -> None:
    assert scopes.temporal_status(*at(SCOPES, "rallied")) == "historical"  # 21 days before
    assert scopes.temporal_status(*at(SCOPES, "fired")) == "current"
    assert dates(scopes, "fired") == ("2024-03-19", "2024-03-19", 1)


def test_since_runs_to_publication_and_sets_no_narrative_day(scopes: DateIndex) -> None:
    assert dates(scopes, "strike") == ("2024-03-12", "2024-03-20", 3)
    assert scopes.frame is not None and scopes.frame.date_start == date(2024, 3, 19)


def test_a_whole_year_neither_dates_an_event_nor_carries_the_narrative(scopes: DateIndex) -> None:
    resolution = scopes.date_for(*at(SCOPES, "dispersed"))
    assert (resolution.date_end - resolution.date_start).days < 62


def test_a_report_weeks_after_the_events_it_leads_with_tells_them_as_current() -> None:
    text = ("Report · 10 November 2022\n\n"
            "On Thursday 20 October 2022, demonstrators marched in N'Djamena against the transition decided "
            "on 3 October. Police fired on them.\n\n"
            "From Friday 21 to Sunday 23 October, soldiers arrested hundreds of young men.")
    index = index_for(text)
    assert index.temporal_status(*at(text, "marched")) == "current"
    assert dates(index, "arrested") == ("2022-10-21", "2022-10-23", 2)
    assert index.temporal_status(*at(text, "decided")) == "historical"  # before the lead's day


def test_a_tracker_writes_days_with_abbreviated_months() -> None:
    text = ("Published 1 September 2023 · Covering August 2023\n\n"
            "In Tripoli, clashes erupted on 14 Aug. On 27 Aug, protesters burned tyres. After the 26 July coup, "
            "crowds rallied in Niamey.")
    index = index_for(text)
    assert dates(index, "erupted") == ("2023-08-14", "2023-08-14", 1)
    assert dates(index, "burned") == ("2023-08-27", "2023-08-27", 1)
    assert index.temporal_status(*at(text, "coup")) == "historical"


def test_each_post_of_a_thread_is_dated_by_its_stamp() -> None:
    text = ("Channel of the Harbour Committee\n\n"
            "1/3 · 14.05.2022 18:02\nToday thousands of us gathered in the square of Khorog. #Khorog ✊\n\n"
            "2/3 · 16.05.2022 09:31\nThis morning our youth blocked the road at the entrance to the city.\n\n"
            "3/3 · 17.05.2022 11:05\nPolice fired tear gas at the crowd.")
    index = index_for(text)
    assert index.reference == date(2022, 5, 17)  # published with its last post
    assert dates(index, "gathered") == ("2022-05-14", "2022-05-14", 1)
    assert dates(index, "blocked") == ("2022-05-16", "2022-05-16", 1)
    assert dates(index, "fired") == ("2022-05-17", "2022-05-17", 1)


def test_a_translation_keeps_its_dates_in_the_original_language() -> None:
    text = ("ROME, 20 October 2021 - On sabato 9 ottobre, thousands of demonstrators marched in Rome. "
            "The next day, police arrested two leaders.\n\n"
            "On lunedì 18 ottobre, police cleared the port of Trieste.")
    index = index_for(text)
    assert dates(index, "marched") == ("2021-10-09", "2021-10-09", 1)
    assert dates(index, "arrested") == ("2021-10-10", "2021-10-10", 1)
    assert dates(index, "cleared") == ("2021-10-18", "2021-10-18", 1)
