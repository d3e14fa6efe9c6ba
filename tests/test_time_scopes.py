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
