"""The embedded store and the export formats, on real model objects through the real store."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from dateline import store
from dateline.export import ACLED_COLUMNS, export
from dateline.models import Document, Event, make_doc_id, make_event_id

TEXT = "BAGHDAD, Oct 3 - Police fired tear gas at protesters in Nasiriyah on Wednesday, killing two."


def sample_records() -> tuple[Document, list[Event]]:
    doc = Document(doc_id=make_doc_id(TEXT), text=TEXT, outlet="Global Wire", published=date(2019, 10, 3))
    ev = Event(
        event_id=make_event_id(doc.doc_id, "protest", "Nasiriyah", "2019-10-02"),
        doc_id=doc.doc_id,
        event_type="protest",
        disorder_type="Demonstrations",
        acled_event_type="Protests",
        acled_sub_event_type="Protest with intervention",
        date_start=date(2019, 10, 2),
        date_end=date(2019, 10, 2),
        time_precision=1,
        location="Nasiriyah",
        country="IQ",
        admin1="Dhi Qar",
        lat=31.05,
        lon=46.26,
        geo_precision="city",
        actor1="Protesters (Iraq)",
        inter1=6,
        actor2="Police Forces of Iraq",
        inter2=1,
        fatalities=2,
        claims=["The people want the fall of the regime"],
        reported_by="Global Wire",
        source_is_party=False,
        evidence={"location": (56, 65), "actor2": (17, 23)},
    )
    return doc, [ev]


def test_store_is_idempotent_and_keeps_evidence(db_path: Path):
    engine = store.connect(str(db_path))
    doc, events = sample_records()
    assert store.store_document(engine, doc, events) is True
    assert store.store_document(engine, doc, events) is False
    assert store.counts(engine) == {"documents": 1, "events": 1, "reports": 1}
    [stored] = store.iter_events(engine)
    assert stored.model_copy(update={"sources": []}) == events[0]
    assert [(s.doc_id, s.outlet) for s in stored.sources] == [(doc.doc_id, "Global Wire")]
    start, end = stored.evidence["location"]
    assert store.get_document(engine, doc.doc_id).text[start:end] == "Nasiriyah"


def test_doc_id_is_the_same_for_the_same_text_from_two_files():
    assert make_doc_id("Protesters marched  in Lima.\n") == make_doc_id("Protesters marched in Lima.")
    assert make_doc_id("Protesters marched in Lima.") != make_doc_id("Protesters marched in Quito.")


def test_exports_in_every_format(db_path: Path, tmp_path: Path):
    engine = store.connect(str(db_path))
    store.store_document(engine, *sample_records())

    def run(fmt: str, what: str = "events") -> Path:
        target = tmp_path / f"out.{fmt}.{what}"
        export(fmt, what, lambda: store.iter_events(engine), lambda: store.iter_documents(engine), target)
        return target

    rows = list(csv.DictReader(io.StringIO(run("csv").read_text())))
    header = run("csv").read_text().splitlines()[0].split(",")
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert rows[0]["event_type"] == "Protests" and rows[0]["country"] == "Iraq" and rows[0]["iso"] == "368"
    assert rows[0]["inter1"] == "Protesters" and rows[0]["interaction"] == "16"
    assert rows[0]["geo_precision"] == "1" and rows[0]["fatalities"] == "2"

    [line] = run("jsonl").read_text().splitlines()
    record = json.loads(line)
    for key in (
        "doc_id",
        "event_id",
        "campaign_id",
        "event_type",
        "acled_event_type",
        "acled_sub_event_type",
        "date_start",
        "date_end",
        "time_precision",
        "location",
        "country",
        "admin1",
        "lat",
        "lon",
        "geo_precision",
        "actor1",
        "actor2",
        "reported_by",
        "source_is_party",
        "claims",
        "evidence",
    ):
        assert key in record, key

    docs = [json.loads(x) for x in run("jsonl", "documents").read_text().splitlines()]
    assert docs[0]["text"] == TEXT and docs[0]["outlet"] == "Global Wire"

    geo = json.loads(run("geojson").read_text())
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [46.26, 31.05]}

    table = pq.read_table(run("parquet"))
    assert table.num_rows == 1 and table.column("location").to_pylist() == ["Nasiriyah"]


def test_failed_export_leaves_no_partial_file(db_path: Path, tmp_path: Path):
    engine = store.connect(str(db_path))
    store.store_document(engine, *sample_records())
    target = tmp_path / "events.csv"
    target.write_text("previous export\n")

    def broken_events():
        yield from store.iter_events(engine)
        raise RuntimeError("disk vanished")

    try:
        export("csv", "events", broken_events, lambda: store.iter_documents(engine), target)
    except RuntimeError:
        pass
    assert target.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".events")] == []
