"""A user's session: reports of one attack from a party, a state and a wire become one event with three
sources; a protest the same day in the same town stays apart; re-runs change nothing; a late report joins
the same event under the same id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import run_cli
from rich.console import Console

from dateline import store
from dateline.batch import run_batch

QUIET = Console(stderr=True, quiet=True)

REPORTS = {
    "party.txt": "Soldiers killed in Mayadin\n\nDEIR EZ-ZOR, 14 March 2022 (Amaq) - Fighters of the Islamic State "
                 "attacked a checkpoint of the Syrian army in Mayadin on Sunday, killing 9 soldiers.\n",
    "state.txt": "DAMASCUS, March 14, 2022 (SANA) - Terrorists attacked an army checkpoint in Mayadin on Sunday, "
                 "killing 2 soldiers, a military source said.\n",
    "wire.txt": "BEIRUT, March 14, 2022 (Reuters) - Islamic State militants attacked a Syrian army checkpoint in "
                "Mayadin in eastern Syria on Sunday, killing four soldiers, a war monitor said.\n\n"
                "(Reporting by Maya Gebeily; Editing by Alex Richardson)\n",
    "farmers.txt": "BEIRUT, March 14, 2022 (AFP) - Hundreds of farmers protested in Mayadin on Sunday against the "
                   "price of diesel.\n",
}  # fmt: skip
LATE = ("AMMAN, March 15, 2022 (Agence France-Presse) - Islamic State fighters attacked an army checkpoint in "
        "Mayadin on Sunday, killing five soldiers, a war monitor said.\n")  # fmt: skip


def mayadin(events: list, event_type: str) -> list:
    return [e for e in events if e.event_type == event_type and e.location and "may" in e.location.casefold()]


def events_table(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select event_id, cluster_id, record from events order by event_id").fetchall()


def test_three_reports_of_one_attack_and_a_protest_beside_it(tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    paths = []
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    first = run_cli("extract", *paths, "--db", str(db))
    assert first.returncode == 0, first.stderr

    engine = store.connect(str(db))
    attacks = mayadin(list(store.iter_events(engine)), "attack")
    merged = max(attacks, key=lambda e: len(e.sources))
    assert sorted(s.reported_by for s in merged.sources) == ["Amaq", "Reuters", "SANA"]
    flags = {s.reported_by: s.source_is_party for s in merged.sources}
    assert flags == {"Amaq": True, "SANA": True, "Reuters": False}
    assert merged.source_is_party is False  # an independent source confirms it
    [protest] = mayadin(list(store.iter_events(engine)), "protest")
    assert [s.reported_by for s in protest.sources] == ["AFP"]

    listing = run_cli("events", "--show-sources", "--db", str(db))
    assert listing.returncode == 0, listing.stderr
    assert "3 sources (1 independent, 2 party): Amaq (party); SANA (party" in listing.stdout
    assert "Reuters" in listing.stdout

    # the same run again through the Python API (what `dateline extract` calls)
    before = events_table(db)
    again = run_batch(paths, engine, err=QUIET)
    assert (again.processed, again.skipped) == (0, 4)
    assert events_table(db) == before

    (tmp_path / "late.txt").write_text(LATE, encoding="utf-8")
    assert run_batch([str(tmp_path / "late.txt")], engine, err=QUIET).processed == 1
    after = {e.event_id: e for e in store.iter_events(engine)}
    assert merged.event_id in after  # the merged event keeps its id
    assert len(after[merged.event_id].sources) == 4
    assert after[merged.event_id].sources[:3] == merged.sources
