"""Read-only queries for the web view: filtered, sorted, paged events and their aggregate counts.

Every value from a request reaches the database as a bound parameter; column names for sorting come
from a fixed whitelist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Alias, ColumnElement, Engine, Select, Table, and_, exists, func, or_, select

from dateline.models import Document, Event
from dateline.store import documents, events

SORTABLE = {
    "date": events.c.date_start,
    "country": events.c.country,
    "type": events.c.event_type,
    "location": events.c.location,
    "actor": events.c.actor1,
    "source": events.c.reported_by,
    "confidence": events.c.confidence,
}

# the event's own words and the article's text; not the JSON record, whose keys ("location", "city") match all
TEXT_SEARCHED = ("location", "admin1", "actor1", "actor2", "reported_by", "event_type", "acled_event_type")
# another report of a merged event: what its source said can select the event
REPORT = events.alias("report")


@dataclass(frozen=True)
class EventFilter:
    """What the page's filters select. Empty fields select everything."""

    start: date | None = None
    end: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    countries: tuple[str, ...] = ()
    admin1: str | None = None
    event_types: tuple[str, ...] = ()
    actor: str | None = None
    source: str | None = None
    source_is_party: bool | None = None
    text: str | None = None
    doc_id: str | None = None
    merged_only: bool = False  # one row per merged event (the first report, carrying every source)


def _contains(column: ColumnElement, needle: str) -> ColumnElement[bool]:
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _event_conditions(flt: EventFilter) -> list[ColumnElement[bool]]:
    """What, when and where: conditions on the event row (for a merged event, its merged values)."""
    conds: list[ColumnElement[bool]] = []
    if flt.start:
        # an event overlaps the range when it ends on or after its start and starts on or before its end
        conds.append(func.coalesce(events.c.date_end, events.c.date_start) >= flt.start.isoformat())
    if flt.end:
        conds.append(events.c.date_start <= flt.end.isoformat())
    if flt.bbox:
        west, south, east, north = flt.bbox
        conds.append(events.c.lat.between(south, north))
        if west <= east:
            conds.append(events.c.lon.between(west, east))
        else:  # the box crosses the antimeridian
            conds.append(or_(events.c.lon >= west, events.c.lon <= east))
    if flt.countries:
        conds.append(events.c.country.in_([c.upper() for c in flt.countries]))
    if flt.admin1:
        conds.append(func.lower(events.c.admin1) == flt.admin1.lower())
    if flt.event_types:
        conds.append(events.c.event_type.in_(list(flt.event_types)))
    if flt.doc_id:
        conds.append(events.c.doc_id == flt.doc_id)
    return conds


def _report_conditions(flt: EventFilter, report: Table | Alias) -> list[ColumnElement[bool]]:
    """Who and who says so: conditions on one report of the event."""
    conds: list[ColumnElement[bool]] = []
    if flt.actor:
        conds.append(or_(_contains(report.c.actor1, flt.actor), _contains(report.c.actor2, flt.actor)))
    if flt.source:
        conds.append(_contains(report.c.reported_by, flt.source))
    if flt.source_is_party is not None:
        conds.append(report.c.source_is_party.is_(flt.source_is_party))
    if flt.text:
        in_event = [_contains(report.c[name], flt.text) for name in TEXT_SEARCHED]
        in_article = exists().where(and_(documents.c.doc_id == report.c.doc_id, _contains(documents.c.text, flt.text)))
        conds.append(or_(*in_event, in_article))
    return conds


def _conditions(flt: EventFilter) -> list[ColumnElement[bool]]:
    conds = _event_conditions(flt)
    if not flt.merged_only:
        return conds + _report_conditions(flt, events)
    # one row per merged event, selected when any of its reports matches (its source need not have been first)
    conds.append(events.c.cluster_id == events.c.event_id)
    by_report = _report_conditions(flt, REPORT)
    if by_report:
        conds.append(exists().where(REPORT.c.cluster_id == events.c.event_id, *by_report))
    return conds


def _filtered(query: Select, flt: EventFilter) -> Select:
    conds = _conditions(flt)
    return query.where(and_(*conds)) if conds else query


def count_events(engine: Engine, flt: EventFilter) -> int:
    with engine.connect() as conn:
        return conn.execute(_filtered(select(func.count()).select_from(events), flt)).scalar_one()


def query_events(
    engine: Engine,
    flt: EventFilter,
    sort: str = "date",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[Event]:
    column = SORTABLE[sort]
    order = [column.desc() if descending else column.asc(), events.c.event_id]
    query = _filtered(select(events.c.record), flt).order_by(*order).limit(limit).offset(offset)
    with engine.connect() as conn:
        return [Event.model_validate(row.record) for row in conn.execute(query)]


def get_event(engine: Engine, event_id: str) -> Event | None:
    with engine.connect() as conn:
        row = conn.execute(select(events.c.record).where(events.c.event_id == event_id)).first()
    return Event.model_validate(row.record) if row else None


def document_events(engine: Engine, doc_id: str) -> list[Event]:
    return query_events(engine, EventFilter(doc_id=doc_id), limit=100_000)


def merged_event_of(engine: Engine, event_id: str) -> Event | None:
    """The merged event that this report was folded into, or None when it is its own (or unknown)."""
    primary = events.alias("merged")
    query = (
        select(primary.c.record)
        .select_from(events.join(primary, primary.c.event_id == events.c.cluster_id))
        .where(events.c.event_id == event_id, events.c.cluster_id != events.c.event_id)
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    return Event.model_validate(row.record) if row else None


def get_document_record(engine: Engine, doc_id: str) -> Document | None:
    with engine.connect() as conn:
        row = conn.execute(select(documents.c.record).where(documents.c.doc_id == doc_id)).first()
    return Document.model_validate(row.record) if row else None


def _grouped(engine: Engine, flt: EventFilter, column: ColumnElement, limit: int | None = None) -> list[dict]:
    n = func.count().label("n")
    query = _filtered(select(column.label("key"), n).select_from(events), flt).group_by(column)
    query = query.order_by(n.desc(), column) if limit else query.order_by(column)
    if limit:
        query = query.limit(limit)
    with engine.connect() as conn:
        return [{"key": row.key, "count": row.n} for row in conn.execute(query)]


def event_stats(engine: Engine, flt: EventFilter, top: int = 50) -> dict:
    """Counts of the filtered events by type, day (of their start), country, admin1, actor and source."""
    return {
        "total": count_events(engine, flt),
        "by_type": _grouped(engine, flt, events.c.event_type),
        "by_day": [r for r in _grouped(engine, flt, events.c.date_start) if r["key"]],
        "by_country": _grouped(engine, flt, events.c.country),
        "by_admin1": _grouped(engine, flt, events.c.admin1, limit=top),
        "by_actor": _grouped(engine, flt, events.c.actor1, limit=top),
        "by_source": _grouped(engine, flt, events.c.reported_by, limit=top),
        "by_source_is_party": _grouped(engine, flt, events.c.source_is_party),
    }
