"""Merging reports of one event, and keeping different events apart."""

from __future__ import annotations

from datetime import date

from dateline.merge import corroboration, merge_events, same_event
from dateline.models import Event, EventSource


def report(event_id: str, doc_id: str, outlet: str, is_party: bool, **fields) -> Event:
    base = dict(
        event_type="attack", acled_event_type="Riots", date_start=date(2021, 3, 9), date_end=date(2021, 3, 9),
        time_precision=1, location="Mosul", country="IQ", lat=36.34, lon=43.13, actor2="Police Forces of Iraq",
    )  # fmt: skip
    base.update(fields)
    source = EventSource(doc_id=doc_id, outlet=outlet, reported_by=outlet, source_is_party=is_party)
    return Event(event_id=event_id, doc_id=doc_id, reported_by=outlet, source_is_party=is_party,
                 sources=[source], **base)  # fmt: skip


PARTY = report("ev-party", "doc-party", "Amaq", True, actor1="Islamic State", fatalities=9,
               date_start=date(2021, 3, 7), date_end=date(2021, 3, 10), time_precision=2)  # fmt: skip
STATE = report("ev-state", "doc-state", "Iraqi Interior Ministry", True, actor1="Unidentified gunmen",
               fatalities=2, injured=4, lat=36.36, lon=43.16)  # fmt: skip
WIRE = report("ev-wire", "doc-wire", "Reuters", False, actor1="Islamic State", fatalities=4,
              lat=36.30, lon=43.05, event_type="armed_clash")  # fmt: skip


def merge_all(*events: Event) -> list[Event]:
    store: list[Event] = []
    for event in events:
        merged, did_merge = merge_events(store, event)
        store = [merged if e.event_id == merged.event_id else e for e in store] if did_merge else [*store, merged]
    return store


def test_three_reports_become_one_event() -> None:
    store = merge_all(PARTY, STATE, WIRE)
    assert len(store) == 1
    event = store[0]
    assert event.event_id == "ev-party"  # the first record's id is kept
    assert corroboration(event) == 3
    assert [s.doc_id for s in event.sources] == ["doc-party", "doc-state", "doc-wire"]
    assert event.fatalities == 2  # conservative headline
    assert "fatalities reported 2-9" in event.notes
    assert "1 independent, 2 party" in event.notes
    assert event.source_is_party is False  # an independent source confirms it
    assert (event.date_start, event.date_end, event.time_precision) == (date(2021, 3, 9), date(2021, 3, 9), 1)
    assert event.injured == 4


def test_merging_the_same_report_again_changes_nothing() -> None:
    store = merge_all(PARTY, STATE, WIRE)
    again, merged = merge_events(store, WIRE)
    assert merged is True
    assert again == store[0]
    assert merge_all(PARTY, STATE, WIRE, STATE, PARTY) == store


def test_different_events_same_day_same_city_stay_apart() -> None:
    teachers = report("ev-teachers", "doc-a", "Rudaw", False, event_type="protest", acled_event_type="Protests",
                      actor1="Teachers (Iraq)", actor2=None)  # fmt: skip
    drivers = report("ev-drivers", "doc-b", "Rudaw", False, event_type="protest", acled_event_type="Protests",
                     actor1="Truck Drivers (Iraq)", actor2=None, lat=36.35, lon=43.14)  # fmt: skip
    airstrike = report("ev-air", "doc-c", "Reuters", False, event_type="airstrike", actor1="Military Forces of Iraq",
                       actor2="Islamic State")  # fmt: skip
    assert not same_event(teachers, drivers)
    assert not same_event(teachers, airstrike)
    assert len(merge_all(teachers, drivers, airstrike)) == 3


def test_far_apart_or_other_day_do_not_merge() -> None:
    far = WIRE.model_copy(update={"event_id": "ev-far", "lat": 33.31, "lon": 44.36, "location": "Baghdad"})
    later = WIRE.model_copy(update={"event_id": "ev-later", "date_start": date(2021, 3, 12),
                                    "date_end": date(2021, 3, 12)})  # fmt: skip
    assert same_event(PARTY, WIRE)
    assert not same_event(PARTY, far)
    assert not same_event(PARTY, later)


def test_unmerged_event_lists_its_own_source() -> None:
    bare = Event(event_id="ev-x", doc_id="doc-x", event_type="protest", reported_by="AFP", source_is_party=False)
    result, merged = merge_events([], bare)
    assert merged is False
    assert [s.reported_by for s in result.sources] == ["AFP"]


def test_a_report_that_fits_two_events_joins_the_likelier() -> None:
    protest = report("ev-protest", "doc-p", "Rudaw", False, event_type="protest", acled_event_type="Protests",
                     acled_sub_event_type="Peaceful protest", actor1="Protesters (Iraq)", actor2=None)  # fmt: skip
    attack = report("ev-attack", "doc-a", "Amaq", True, actor1="Islamic State",
                    acled_sub_event_type="Attack")  # fmt: skip
    riot_on_the_base = report("ev-riot", "doc-r", "Reuters", False, event_type="riot", actor1="Islamic State",
                              acled_sub_event_type="Attack")  # fmt: skip
    assert same_event(protest, riot_on_the_base) and same_event(attack, riot_on_the_base)
    store = merge_all(protest, attack, riot_on_the_base)
    assert len(store) == 2
    merged = next(e for e in store if e.event_id == "ev-attack")
    assert [s.doc_id for s in merged.sources] == ["doc-a", "doc-r"]
    assert [s.doc_id for s in next(e for e in store if e.event_id == "ev-protest").sources] == ["doc-p"]
