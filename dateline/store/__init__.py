"""The embedded event database (SQLite by default, any SQLAlchemy URL works).

Each document is stored with its events in one transaction, so a run killed half-way leaves only
whole documents behind, and a re-run skips documents whose doc_id is already stored.
Full records are kept as JSON next to the columns used for filtering and sorting.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)

from dateline.merge import merge_events
from dateline.models import Document, Event, EventSource

DEFAULT_DB = "dateline.db"

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("origin", Text),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("reported_by", String(200)),
    Column("source_is_party", Boolean),
    Column("text", Text, nullable=False),
    Column("record", JSON, nullable=False),
    Column("stored_at", String(32), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("doc_id", String(32), index=True, nullable=False),
    # the merged event this report belongs to (its own id when it is the first report)
    Column("cluster_id", String(32), index=True, nullable=False),
    Column("campaign_id", String(32), index=True),
    Column("event_type", String(40), index=True),
    Column("acled_event_type", String(60)),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("country", String(2), index=True),
    Column("admin1", String(120)),
    Column("location", String(200)),
    Column("lat", Float),
    Column("lon", Float),
    Column("actor1", String(200)),
    Column("actor2", String(200)),
    Column("reported_by", String(200)),
    Column("source_is_party", Boolean),
    Column("confidence", Float),
    Column("record", JSON, nullable=False),
)

processing_errors = Table(
    "processing_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text),
    Column("reason", Text),
    Column("at", String(32)),
)


def resolve_url(db: str | None) -> str:
    """A SQLAlchemy URL from a URL or a file path; default ./dateline.db or $DATELINE_DB."""
    db = db or os.environ.get("DATELINE_DB") or DEFAULT_DB
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI types vary by driver
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def connect(db: str | None = None) -> Engine:
    url = resolve_url(db)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    metadata.create_all(engine)
    return engine


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def has_document(engine: Engine, doc_id: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is not None


def document_ids(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(documents.c.doc_id)).scalars())


def _event_row(ev: Event, cluster_id: str) -> dict:
    return {
        "event_id": ev.event_id,
        "doc_id": ev.doc_id,
        "cluster_id": cluster_id,
        "campaign_id": ev.campaign_id,
        "event_type": ev.event_type,
        "acled_event_type": ev.acled_event_type,
        "date_start": ev.date_start.isoformat() if ev.date_start else None,
        "date_end": ev.date_end.isoformat() if ev.date_end else None,
        "country": ev.country,
        "admin1": ev.admin1,
        "location": ev.location,
        "lat": ev.lat,
        "lon": ev.lon,
        "actor1": ev.actor1,
        "actor2": ev.actor2,
        "reported_by": ev.reported_by,
        "source_is_party": ev.source_is_party,
        "confidence": ev.confidence,
        "record": json.loads(ev.model_dump_json()),
    }


def _source_of(document: Document, ev: Event) -> EventSource:
    return EventSource(
        doc_id=document.doc_id,
        outlet=document.outlet,
        reported_by=ev.reported_by or document.reported_by,
        claimed_by=ev.claimed_by,
        source_is_party=ev.source_is_party,
        url=document.url,
    )


def _merge_candidates(conn, ev: Event) -> list[Event]:  # noqa: ANN001 - a SQLAlchemy Connection
    """Merged events from other documents in the same country within a day of this event's dates."""
    if ev.date_start is None or ev.date_end is None:
        return []
    lo = (ev.date_start - timedelta(days=1)).isoformat()
    hi = (ev.date_end + timedelta(days=1)).isoformat()
    query = select(events.c.record).where(
        events.c.cluster_id == events.c.event_id,
        events.c.doc_id != ev.doc_id,
        events.c.country == ev.country,
        events.c.date_start <= hi,
        events.c.date_end >= lo,
    )
    return [Event.model_validate(row.record) for row in conn.execute(query)]


def store_document(engine: Engine, document: Document, doc_events: list[Event]) -> bool:
    """Store a document and its events atomically, merging each event with the same event already reported
    by another document. False when the document was already stored."""
    with engine.begin() as conn:
        exists = conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == document.doc_id)).first()
        if exists:
            return False
        conn.execute(
            documents.insert().values(
                doc_id=document.doc_id,
                origin=document.origin,
                url=document.url,
                outlet=document.outlet,
                title=document.title,
                published=document.published.isoformat() if document.published else None,
                reported_by=document.reported_by,
                source_is_party=document.source_is_party,
                text=document.text,
                record=json.loads(document.model_dump_json()),
                stored_at=_now(),
            )
        )
        seen: set[str] = set()
        for ev in doc_events:
            if ev.event_id in seen:
                continue
            seen.add(ev.event_id)
            if not ev.sources:
                ev = ev.model_copy(update={"sources": [_source_of(document, ev)]})
            merged, did_merge = merge_events(_merge_candidates(conn, ev), ev)
            if did_merge:
                conn.execute(
                    events.update()
                    .where(events.c.event_id == merged.event_id)
                    .values(**_event_row(merged, cluster_id=merged.event_id))
                )
                conn.execute(events.insert().values(**_event_row(ev, cluster_id=merged.event_id)))
            else:
                conn.execute(events.insert().values(**_event_row(ev, cluster_id=ev.event_id)))
    return True


def record_error(engine: Engine, origin: str, reason: str) -> None:
    with engine.begin() as conn:
        conn.execute(processing_errors.insert().values(origin=origin, reason=reason, at=_now()))


def iter_documents(engine: Engine) -> Iterator[Document]:
    with engine.connect() as conn:
        for row in conn.execute(select(documents.c.record).order_by(documents.c.stored_at, documents.c.doc_id)):
            yield Document.model_validate(row.record)


def iter_events(engine: Engine, merged: bool = True) -> Iterator[Event]:
    """Stored events in date order: one per merged event (with every source), or every report of each."""
    with engine.connect() as conn:
        query = select(events.c.record).order_by(events.c.date_start, events.c.country, events.c.event_id)
        if merged:
            query = query.where(events.c.cluster_id == events.c.event_id)
        for row in conn.execute(query):
            yield Event.model_validate(row.record)


def get_document(engine: Engine, doc_id: str) -> Document | None:
    with engine.connect() as conn:
        row = conn.execute(select(documents.c.record).where(documents.c.doc_id == doc_id)).first()
    return Document.model_validate(row.record) if row else None


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
            "events": conn.execute(
                select(func.count()).select_from(events).where(events.c.cluster_id == events.c.event_id)
            ).scalar_one(),
            "reports": conn.execute(select(func.count()).select_from(events)).scalar_one(),
        }


def document_events(engine: Engine, doc_id: str) -> list[Event]:
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.record).where(events.c.doc_id == doc_id).order_by(events.c.event_id))
        return [Event.model_validate(row.record) for row in rows]
