"""Merging reports of one event: pure functions over Event lists (the store decides when to call them).

Two records describe one event when their dates overlap, their places are within 25 km, and their types
and actors are compatible. A merged event keeps the existing event_id (ids stay stable), lists every
report in ``sources``, and keeps disputed counts as a range with the lowest figure as the headline,
the conservative choice ACLED makes for fatalities.
"""

from __future__ import annotations

import math
import re
from datetime import date

from dateline.extract.sources import families_of
from dateline.models import Event, EventSource

SAME_PLACE_KM = 25.0
COUNT_FIELDS = ("fatalities", "injured", "arrested", "crowd_size")
# Our event types that a differently-framed report of the same happening may carry: a party calls it a
# protest, the state calls it a riot, a wire calls it an attack on a base.
COMPATIBLE_TYPES: list[set[str]] = [
    {"protest", "riot", "vandalism", "commemoration", "property_destruction", "demonstration"},
    {"attack", "riot", "vandalism", "property_destruction", "arson", "clash", "armed_clash"},
    {"arrest", "detention", "raid", "crackdown", "repression"},
    {"airstrike", "air_strike", "shelling", "explosion", "remote_violence", "drone_strike"},
    {"armed_clash", "clash", "battle", "attack"},
]
GENERIC_ACTORS = re.compile(
    r"^(?:unknown|unidentified|gunmen|assailants|attackers|rioters|protesters|demonstrators|youths?|"
    r"people|residents|civilians|individuals|men|groups?|mobs?|thugs|militants)\b",
    re.I,
)
_RANGE_NOTE = re.compile(r"(?P<field>fatalities|injured|arrested|crowd_size) reported (?P<low>\d+)-(?P<high>\d+)")


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _dates_overlap(a: Event, b: Event) -> bool:
    if a.date_start is None or b.date_start is None:
        return False
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    return a.date_start <= b_end and b.date_start <= a_end


def _same_place(a: Event, b: Event) -> bool:
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM  # type: ignore[arg-type]
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return bool(a.location and b.location and a.location.casefold() == b.location.casefold()
                and a.country == b.country)  # fmt: skip


def _types_compatible(a: Event, b: Event) -> bool:
    if a.event_type == b.event_type:
        return True
    if a.acled_sub_event_type and a.acled_sub_event_type == b.acled_sub_event_type:
        return True
    return any(a.event_type in group and b.event_type in group for group in COMPATIBLE_TYPES)


_GENERIC_WORDS = set(
    "the and of forces force military police militia group army government people movement party unit units".split()
)


def _words(name: str) -> set[str]:
    """Distinctive words of an actor's main name; "(Iraq)"-style qualifiers say where, not who."""
    main = re.sub(r"\([^)]*\)", " ", name)
    return {w for w in re.findall(r"[a-z0-9]+", main.casefold()) if len(w) > 2 and w not in _GENERIC_WORDS}


def _names_agree(x: str | None, y: str | None) -> bool | None:
    """True: same actor; False: two different named actors; None: one side unnamed or generic."""
    if not x or not y or GENERIC_ACTORS.match(x) or GENERIC_ACTORS.match(y):
        return None
    if _words(x) & _words(y):
        return True
    if {f.id for f in families_of(x)} & {f.id for f in families_of(y)}:
        return True
    return False


def _actors_compatible(a: Event, b: Event) -> bool:
    first = _names_agree(a.actor1, b.actor1)
    second = _names_agree(a.actor2, b.actor2)
    if first is False and second is not True:
        return False
    return second is not False or first is True


def same_event(a: Event, b: Event) -> bool:
    """Same day or overlapping dates, within 25 km, compatible type and actors."""
    return _dates_overlap(a, b) and _same_place(a, b) and _types_compatible(a, b) and _actors_compatible(a, b)


def _closeness(a: Event, b: Event) -> tuple:
    """How alike two records that may be one event are, for picking the best of several candidates: a
    "riot" report fits both a protest and an attack that day in that town, and must join the likelier."""
    same_type = a.event_type == b.event_type
    same_sub_type = bool(a.acled_sub_event_type) and a.acled_sub_event_type == b.acled_sub_event_type
    named_agreements = sum(_names_agree(x, y) is True for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)))
    same_dates = (a.date_start, a.date_end) == (b.date_start, b.date_end)
    if None not in (a.lat, a.lon, b.lat, b.lon):
        distance = _haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    else:
        distance = SAME_PLACE_KM
    return (same_type or same_sub_type, named_agreements, same_type, same_dates, -distance)


def _sources_of(event: Event) -> list[EventSource]:
    if event.sources:
        return list(event.sources)
    return [EventSource(doc_id=event.doc_id, outlet=None, reported_by=event.reported_by,
                        claimed_by=event.claimed_by, source_is_party=event.source_is_party)]  # fmt: skip


def _source_key(source: EventSource) -> tuple:
    return (source.doc_id, source.outlet, source.reported_by, source.claimed_by)


def _count_ranges(event: Event) -> dict[str, tuple[int, int]]:
    ranges = {m.group("field"): (int(m.group("low")), int(m.group("high")))
              for m in _RANGE_NOTE.finditer(event.notes or "")}  # fmt: skip
    for name in COUNT_FIELDS:
        value = getattr(event, name)
        if value is not None and name not in ranges:
            ranges[name] = (value, value)
    return ranges


def _notes_without_merge_info(notes: str | None) -> str:
    kept = [part for part in (notes or "").split("; ")
            if part and not _RANGE_NOTE.match(part) and not part.startswith("sources: ")]  # fmt: skip
    return "; ".join(kept)


def _narrower_date(a: Event, b: Event) -> tuple[date | None, date | None, int | None]:
    """Keep the more precise of two overlapping datings (a wire's day inside a party's four-day range)."""
    if (b.time_precision or 9) < (a.time_precision or 9) and b.date_start is not None:
        return b.date_start, b.date_end, b.time_precision
    return a.date_start, a.date_end, a.time_precision


def merge_events(existing: list[Event], new: Event) -> tuple[Event, bool]:
    """The event ``new`` merges into (or ``new`` itself) and whether it merged. Idempotent."""
    match = next((e for e in existing if e.event_id == new.event_id), None)
    if match is None:
        candidates = [e for e in existing if same_event(e, new)]
        # ties keep the earliest candidate, so the outcome never depends on more than the reports' order
        match = max(candidates, key=lambda e: _closeness(e, new), default=None)
    if match is None:
        return new.model_copy(update={"sources": _sources_of(new)}), False

    sources = _sources_of(match)
    known = {_source_key(s) for s in sources}
    added = [s for s in _sources_of(new) if _source_key(s) not in known]
    if not added:
        return match, True  # the same report again: nothing changes

    sources += added
    ranges = _count_ranges(match)
    for name, (low, high) in _count_ranges(new).items():
        old_low, old_high = ranges.get(name, (low, high))
        ranges[name] = (min(old_low, low), max(old_high, high))
    party_flags = [s.source_is_party for s in sources]
    independent = sum(flag is False for flag in party_flags)
    party = sum(flag is True for flag in party_flags)
    note_parts = [_notes_without_merge_info(match.notes)]
    note_parts += [f"{name} reported {low}-{high} (lowest used)" for name, (low, high) in sorted(ranges.items())
                   if low != high]  # fmt: skip
    note_parts.append(f"sources: {len(sources)} ({independent} independent, {party} party)")
    date_start, date_end, precision = _narrower_date(match, new)

    update: dict = {
        "sources": sources,
        "notes": "; ".join(p for p in note_parts if p),
        "date_start": date_start,
        "date_end": date_end,
        "time_precision": precision,
        "claims": list(dict.fromkeys([*match.claims, *new.claims])),
        "source_is_party": False if independent else (True if party == len(sources) else None),
        "confidence": max(match.confidence, new.confidence),
    }
    for name, (low, _high) in ranges.items():
        update[name] = low
    for name in (
        "actor2",
        "assoc_actor_1",
        "assoc_actor_2",
        "sub_event_type",
        "lat",
        "lon",
        "geonameid",
        "admin1",
        "admin2",
        "country",
        "location",
        "geo_precision",
    ):
        if getattr(match, name) is None and getattr(new, name) is not None:
            update[name] = getattr(new, name)
    return match.model_copy(update=update), True


def corroboration(event: Event) -> int:
    """How many reports an event rests on."""
    return len(_sources_of(event))


def describe_sources(event: Event) -> str:
    """ "3 sources (1 independent, 2 party): Amaq (party); SANA (party; claimed by military source); Reuters"."""
    sources = _sources_of(event)
    names = []
    for source in sources:
        remarks = [{True: "party", False: "", None: "side unknown"}[source.source_is_party]]
        remarks += [f"claimed by {source.claimed_by}"] if source.claimed_by else []
        remark = "; ".join(r for r in remarks if r)
        names.append((source.outlet or source.reported_by or source.doc_id[:8]) + (f" ({remark})" if remark else ""))
    independent = sum(s.source_is_party is False for s in sources)
    party = sum(s.source_is_party is True for s in sources)
    count = f"{len(sources)} source{'s' if len(sources) != 1 else ''} ({independent} independent, {party} party)"
    return f"{count}: " + "; ".join(names)
