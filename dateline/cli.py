"""The `dateline` command line: mirrors the Python API (dateline.batch, dateline.store, dateline.export)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.table import Table

from dateline import store, web
from dateline.batch import BatchSummary, run_batch
from dateline.evaluate import events as events_eval
from dateline.export import FORMATS, atomic_path, export
from dateline.merge import describe_sources
from dateline.models import Event
from dateline.resolve.geo import cli as geo_cli
from dateline.scale import DEFAULT_BATCH_SIZE, RayUnavailable, resolve_address, run_batch_on_ray

app = typer.Typer(
    help="Turn news reports into an evidence-linked event dataset (ACLED-style), offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console(soft_wrap=True, highlight=False)
err_console = Console(stderr=True, soft_wrap=True, highlight=False)

DbOption = Annotated[str | None, typer.Option("--db", help="Database path or SQLAlchemy URL [default: ./dateline.db]")]
REPO_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def fail(message: str) -> None:
    err_console.print(f"error: {message}", markup=False)
    raise typer.Exit(2)


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories (.txt .html .jsonl .warc[.gz]); - for stdin")
    ],
    db: DbOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Also write the events as JSON Lines here")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write to the database")] = False,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar")] = None,
    ray: Annotated[bool, typer.Option("--ray", help="Analyze on Ray workers (needs the 'ray' extra)")] = False,
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Join this Ray cluster: auto, host:port, ray://host:port")
    ] = None,
    ray_cpus: Annotated[
        int | None, typer.Option("--ray-cpus", min=1, help="CPUs of the local Ray", show_default="all")
    ] = None,
    batch_size: Annotated[
        int | None,
        typer.Option("--batch-size", min=1, help="Articles per Ray task", show_default=str(DEFAULT_BATCH_SIZE)),
    ] = None,
) -> None:
    """Extract events from articles and store them (one transaction per document)."""
    ray = ray or ray_address is not None
    if not ray and (ray_cpus or batch_size):
        fail("--ray-cpus and --batch-size apply to a --ray run")
    if ray_cpus and resolve_address(ray_address):
        fail("--ray-cpus applies to a local Ray; a cluster has the CPUs of its nodes")
    engine = None if no_store else store.connect(db)

    def run(stream: IO[str] | None) -> BatchSummary:
        if not ray:
            return run_batch(paths, engine, out=stream, err=err_console, show_progress=progress)
        return run_batch_on_ray(paths, engine, address=ray_address, num_cpus=ray_cpus,
                                batch_size=batch_size or DEFAULT_BATCH_SIZE, out=stream, err=err_console,
                                show_progress=progress)

    try:
        if out is None:
            summary = run(None)
        else:
            with atomic_path(out) as tmp, tmp.open("w", encoding="utf-8") as stream:
                summary = run(stream)
    except RayUnavailable as exc:
        fail(str(exc))
    err_console.print(summary.line(), markup=False)
    if summary.failed:
        raise typer.Exit(1)


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}")] = "csv",
    what: Annotated[str, typer.Option("--what", help="events or documents")] = "events",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write [default: stdout]")] = None,
    db: DbOption = None,
) -> None:
    """Export stored events (ACLED-column CSV, JSONL, GeoJSON, Parquet) or documents."""
    engine = store.connect(db)
    try:
        count = export(fmt, what, lambda: store.iter_events(engine), lambda: store.iter_documents(engine), output)
    except ValueError as exc:
        fail(str(exc))
    if output is not None:
        err_console.print(f"wrote {count} {what} to {output}", markup=False)


@app.command()
def events(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Rows to show")] = 50,
    show_sources: Annotated[bool, typer.Option("--show-sources", help="List every source of each event")] = False,
) -> None:
    """List stored events as a table."""
    engine = store.connect(db)
    console.print(event_table(by_date(list(store.iter_events(engine)))[:limit], show_sources=show_sources))


def _date_range(ev: Event) -> str:
    start, end = str(ev.date_start), str(ev.date_end)
    if start == end:
        return start
    return f"{start}..{end[8:]}" if start[:7] == end[:7] else f"{start}..{end}"


def by_date(rows: list[Event]) -> list[Event]:
    return sorted(rows, key=lambda e: (str(e.date_start), e.location or "", e.event_type))


def event_table(rows: list[Event], show_sources: bool = False) -> Table:
    """One event a line, even in an 80-column terminal (long cells end in an ellipsis)."""
    table = Table(show_lines=False, pad_edge=False)
    for column, least, most in (("date", 14, 21), ("place", 12, 24), ("type", 8, 14), ("actor1", 12, 30),
                                ("actor2", 8, 24)):
        table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=least, max_width=most)
    if show_sources:
        table.add_column("campaign", no_wrap=True)
        table.add_column("sources")
    for ev in rows:
        place = f"{ev.location}, {ev.country}" if ev.location and ev.country else ev.location or ev.country or "?"
        cells = [_date_range(ev), place, ev.event_type, ev.actor1 or "", ev.actor2 or ""]
        if show_sources:
            cells += [(ev.campaign_id or "")[:8], describe_sources(ev)]
        table.add_row(*cells)
    return table


@app.command()
def demo(
    db: DbOption = None,
    exports: Annotated[Path, typer.Option(help="Folder for the exports")] = Path("exports"),
    corpus: Annotated[Path, typer.Option(help="Input corpus")] = REPO_CORPUS,
) -> None:
    """Process the bundled sample corpus into the database, export it, and show the events."""
    if not corpus.exists():
        fail(f"{corpus}: corpus folder not found")
    engine = store.connect(db)
    summary = run_batch([str(corpus)], engine, err=err_console)
    err_console.print(summary.line(), markup=False)
    found = by_date(list(store.iter_events(engine)))
    shown = 25
    console.print(event_table(found[:shown]))
    if len(found) > shown:
        console.print(f"… and {len(found) - shown} more events (all of them: .venv/bin/dateline events --limit 1000)")
    written = []
    for fmt, suffix in (("csv", "csv"), ("jsonl", "jsonl"), ("geojson", "geojson"), ("parquet", "parquet")):
        target = exports / f"events.{suffix}"
        export(fmt, "events", lambda: store.iter_events(engine), lambda: store.iter_documents(engine), target)
        written.append(str(target))
    totals = store.counts(engine)
    console.print(f"database: {store.resolve_url(db)} ({totals['documents']} documents, {totals['events']} events)")
    console.print("exports: " + ", ".join(written))
    console.print("see them on a map: .venv/bin/dateline serve  (then open http://127.0.0.1:8000)")


@app.command()
def bench(
    documents: Annotated[int, typer.Option(help="How many ~600-word articles")] = 40,
    corpus: Annotated[Path, typer.Option(help="Where the benchmark texts come from")] = REPO_CORPUS,
    geo: Annotated[Path | None, typer.Option("--geo", help="Also benchmark geocoding on this JSONL file")] = None,
) -> None:
    """Documents per second: the whole pipeline vs spaCy's small pipeline alone, on one core."""
    from dateline.bench import geo_report, report, run_bench, run_geo_bench

    try:
        console.print(report(run_bench(corpus, documents)), markup=False)
        if geo is not None:
            console.print(geo_report(run_geo_bench(geo)), markup=False)
    except ValueError as exc:
        fail(str(exc))


# Commands that live with their stage (geocoding, evaluation, web) register themselves here.
geo_cli.register(app)
events_eval.register(app)
web.register(app)


def main() -> None:  # pragma: no cover - console entry for `python -m dateline`
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        sys.exit(130)
