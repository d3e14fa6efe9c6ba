"""A user's session with the real `dateline` command: extract, re-run, bad inputs, resume, export, demo."""

from __future__ import annotations

import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import CORPUS, REPO, SAMPLE, run_cli

from dateline.ingest.readers import read_inputs
from dateline.models import RawArticle

SCORER_KEYS = {
    "doc_id", "event_id", "campaign_id", "event_type", "acled_event_type", "acled_sub_event_type", "date_start",
    "date_end", "time_precision", "location", "country", "admin1", "lat", "lon", "geo_precision", "actor1",
    "actor2", "reported_by", "source_is_party", "claims", "evidence",
}  # fmt: skip


def db_counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        docs = conn.execute("select count(*) from documents").fetchone()[0]
        events = conn.execute("select count(*) from events").fetchone()[0]
    return docs, events


def test_extract_sample_writes_scorer_lines_and_clean_stored_text(tmp_path: Path):
    db, out = tmp_path / "d.db", tmp_path / "x.jsonl"
    result = run_cli("extract", str(SAMPLE), "--db", str(db), "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines, "the sample reports many events"
    assert all(SCORER_KEYS <= set(line) for line in lines)

    docs = run_cli("export", "--what", "documents", "--format", "jsonl", "--db", str(db))
    assert docs.returncode == 0, docs.stderr
    [document] = [json.loads(line) for line in docs.stdout.splitlines()]
    text = document["text"]
    assert "728 x 90" not in text
    assert text.count("Activities of the Iranian Resistance Units, an internal network") == 1
    for line in lines:  # evidence offsets point into the stored text
        start, end = line["evidence"]["location"]
        assert line["location"] and text[start:end].strip()


def test_rerun_adds_nothing(tmp_path: Path):
    db = tmp_path / "d.db"
    first = run_cli("extract", str(CORPUS), "--db", str(db))
    assert first.returncode == 0, first.stderr
    before = db_counts(db)
    again = run_cli("extract", str(CORPUS), "--db", str(db))
    assert again.returncode == 0
    assert "processed 0" in again.stderr and f"skipped {before[0]}" in again.stderr
    assert db_counts(db) == before


def test_mixed_directory_stores_good_files_and_reports_each_bad_one(tmp_path: Path):
    batch = tmp_path / "batch"
    shutil.copytree(CORPUS, batch)
    (batch / "empty.txt").write_text("")
    (batch / "noise.txt").write_bytes(bytes(range(256)) * 50)
    (batch / "broken.html").write_text("<html><body><table><tr><td></body>")
    (batch / "notes.docx").write_bytes(b"PK\x03\x04")
    (batch / "bad.jsonl").write_text('{"text": "Students marched in Dhaka on Sunday demanding safe roads."}\n{oops\n')
    (batch / "whole-archive.txt").write_text("".join(f"Report {n}: traders marched in Accra, the union said.\n"
                                                     for n in range(25_000)))
    db = tmp_path / "d.db"
    result = run_cli("extract", str(batch), "--db", str(db))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    named = {Path(line.split(": ", 2)[1]).name for line in errors}
    assert named == {"empty.txt", "noise.txt", "broken.html", "notes.docx", "bad.jsonl:2", "whole-archive.txt"}
    assert any("whole-archive.txt: text too long" in line for line in errors)
    assert "Traceback" not in result.stderr
    assert "processed 9" in result.stderr and "failed 6" in result.stderr
    assert db_counts(db)[0] == 9


def test_stdin_is_read(tmp_path: Path):
    out = tmp_path / "e.jsonl"
    text = "LIMA, March 2 (Wire) - Thousands of teachers marched in Lima on Tuesday to demand higher pay."
    result = run_cli("extract", "-", "--no-store", "--out", str(out), stdin=text)
    assert result.returncode == 0, result.stderr
    assert "processed 1" in result.stderr


def test_interrupted_run_resumes_without_duplicates(tmp_path: Path):
    batch = tmp_path / "batch"
    batch.mkdir()
    base = SAMPLE.read_text()
    for i in range(6):  # distinct documents
        (batch / f"doc{i}.txt").write_text(base.replace("Iran, August 5, 2020", f"Iran, August {5 + i}, 2020"))
    db = tmp_path / "d.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "dateline", "extract", str(batch), "--db", str(db), "--no-progress"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                if db_counts(db)[0] >= 1:
                    break
            except sqlite3.DatabaseError:
                pass
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = db_counts(db)[0]
    assert 1 <= partial < 6 or proc.returncode == 0

    resumed = run_cli("extract", str(batch), "--db", str(db))
    assert resumed.returncode == 0, resumed.stderr
    docs, events = db_counts(db)
    assert docs == 6

    fresh = tmp_path / "fresh.db"
    assert run_cli("extract", str(batch), "--db", str(fresh)).returncode == 0
    assert db_counts(fresh) == (docs, events)


def test_demo_prints_events_and_where_things_went(tmp_path: Path):
    result = run_cli("demo", "--db", str(tmp_path / "demo.db"), "--exports", str(tmp_path / "exports"))
    assert result.returncode == 0, result.stderr
    assert "exports:" in result.stdout
    documents, events = map(int, re.search(r"database: .* \((\d+) documents, (\d+) events\)", result.stdout).groups())
    bundled = [item for item in read_inputs([str(CORPUS)]) if isinstance(item, RawArticle)]
    assert documents == len(bundled) and events >= 20  # every bundled report is stored; they hold many events
    rows = [line for line in result.stdout.splitlines() if re.match(r"│\s*\d{4}-\d{2}-\d{2}", line)]
    assert len(rows) == min(events, 25)
    assert re.search(rf"… and {events - len(rows)} more events", result.stdout)
    for suffix in ("csv", "jsonl", "geojson", "parquet"):
        assert (tmp_path / "exports" / f"events.{suffix}").stat().st_size > 0


def test_export_rejects_unknown_format_in_one_line(tmp_path: Path):
    result = run_cli("export", "--format", "xlsx", "--db", str(tmp_path / "d.db"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: unknown format 'xlsx' (choose from csv, jsonl, geojson, parquet)"
    ]


def test_bench_reports_rates_and_the_ratio(tmp_path: Path):
    geo = tmp_path / "docs.jsonl"
    geo.write_text(json.dumps({"doc_id": "a", "text": "Protesters marched in Basra and Nasiriyah."}) + "\n")
    result = run_cli("bench", "--documents", "2", "--geo", str(geo))
    assert result.returncode == 0, result.stderr
    for label in ("dateline pipeline:", "spaCy small, full:", "pipeline / spaCy full:", "gazetteer file:",
                  "name lookup, exact:", "geocoding, spaCy incl.:"):
        line = next(line for line in result.stdout.splitlines() if line.startswith(label))
        assert float(re.search(r"\d+\.\d+", line).group()) > 0, line
    bad = run_cli("bench", "--documents", "1", "--geo", str(tmp_path / "missing.jsonl"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "missing.jsonl" in bad.stderr
