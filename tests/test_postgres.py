"""The same session against a real PostgreSQL server: a PostgreSQL URL works like the SQLite default.

The server comes from `scripts/start-postgres.sh` (CI runs it and sets $DATELINE_TEST_PG to its URL).
"""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from conftest import CORPUS, run_cli
from sqlalchemy import create_engine

from dateline import store
from dateline.store.queries import EventFilter, count_events

PG_URL = os.environ.get("DATELINE_TEST_PG")
pytestmark = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server ($DATELINE_TEST_PG unset)")


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The bundled corpus extracted once into an empty PostgreSQL database and once into SQLite."""
    assert PG_URL
    engine = create_engine(PG_URL)
    store.metadata.drop_all(engine)
    engine.dispose()
    sqlite_db = str(tmp_path_factory.mktemp("sqlite") / "events.db")
    for db in (PG_URL, sqlite_db):
        result = run_cli("extract", str(CORPUS), "--db", db)
        assert result.returncode == 0, result.stderr
    return PG_URL, sqlite_db


def exported_events(db: str) -> list[dict]:
    result = run_cli("export", "--db", db, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda e: e["event_id"])


def test_corpus_on_postgres_matches_sqlite_and_reruns_add_nothing(databases: tuple[str, str]) -> None:
    pg_url, sqlite_db = databases
    again = run_cli("extract", str(CORPUS), "--db", pg_url)
    assert "processed 0" in again.stderr, again.stderr
    on_postgres, on_sqlite = exported_events(pg_url), exported_events(sqlite_db)
    assert on_postgres and on_postgres == on_sqlite


def test_filters_behave_the_same_on_postgres(databases: tuple[str, str]) -> None:
    pg, lite = (store.connect(db) for db in databases)
    for flt in (EventFilter(), EventFilter(countries=("IR",)), EventFilter(text="karaj"),
                EventFilter(event_types=("protest",)), EventFilter(source_is_party=True),
                EventFilter(start=date(2020, 8, 3), end=date(2020, 8, 4)), EventFilter(bbox=(44.0, 25.0, 63.0, 40.0))):
        assert count_events(pg, flt) == count_events(lite, flt), flt
