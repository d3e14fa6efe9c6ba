"""`geocode` and `eval-geo` commands (registered on the main Typer app by dateline/cli.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


def _read_jsonl(path: Path, limit: int | None = None) -> tuple[list[tuple[int, dict]], int]:
    """(line number, record) pairs; bad lines are reported on stderr and counted."""
    records: list[tuple[int, dict]] = []
    bad = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise ValueError("no 'text' string")
            except ValueError as error:
                print(f"{path}:{number}: bad line skipped ({error})", file=sys.stderr)
                bad += 1
                continue
            records.append((number, record))
    return records, bad


def _geocode_records(records: list[tuple[int, dict]], country_hint: str | None):
    from dateline.nlp import get_nlp
    from dateline.resolve.geo import geoparse, get_gazetteer, place_record

    nlp = get_nlp()
    get_gazetteer()
    texts = (record["text"] for _, record in records)
    for (number, record), sdoc in zip(records, nlp.pipe(texts, batch_size=16), strict=True):
        yield number, record, [place_record(t) for t in geoparse(sdoc, country_hint=country_hint)]


def register(app: typer.Typer) -> None:
    @app.command("geocode")
    def geocode(
        text: Annotated[str | None, typer.Argument(help="Text to geocode")] = None,
        jsonl: Annotated[Path | None, typer.Option("--jsonl", help="JSONL file of {doc_id, text}")] = None,
        country: Annotated[str | None, typer.Option("--country", help="ISO2 country the text is about")] = None,
    ) -> None:
        """Find the places in a text (or each document of a JSONL file) and resolve them."""
        if jsonl is not None:
            records, bad = _read_jsonl(jsonl)
            for number, record, places in _geocode_records(records, country):
                doc_id = record.get("doc_id", f"{jsonl}:{number}")
                print(json.dumps({"doc_id": doc_id, "places": places},
                                 ensure_ascii=False), flush=True)
            if bad:
                raise typer.Exit(code=1)
            return
        if text is None:
            print("give a TEXT or --jsonl FILE", file=sys.stderr)
            raise typer.Exit(code=2)
        from dateline.nlp import get_nlp
        from dateline.resolve.geo import geoparse

        table = Table("text", "kind", "place", "country", "admin1", "lat, lon", "precision", "confidence")
        for toponym in geoparse(get_nlp()(text), country_hint=country):
            place = toponym.place
            where = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None else "-"
            table.add_row(place.text, toponym.kind, place.name or "(unresolved)", place.country or "-",
                          place.admin1 or "-", where, place.precision or "-", f"{place.confidence:.2f}")
        Console().print(table)

    @app.command("eval-geo")
    def eval_geo(
        gold_file: Annotated[Path, typer.Argument(help="Gold JSONL (toponyms with lat/lon)")],
        pred: Annotated[Path | None, typer.Option("--pred", help="Predictions from geocode --jsonl")] = None,
        limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N documents")] = None,
    ) -> None:
        """Toponym recall/precision, accuracy within 161 km, exact id, errors, end-to-end accuracy."""
        from dateline.evaluate.geo import aggregate, score_document

        gold_records, bad = _read_jsonl(gold_file, limit)
        if pred is not None:
            predictions, bad_pred = _read_jsonl_any(pred)
            bad += bad_pred
            by_id = {p.get("doc_id"): p.get("places", []) for p in predictions}
            scored = [score_document(r.get("toponyms", []), by_id.get(r.get("doc_id"), []))
                      for _, r in gold_records]
        else:
            scored = [score_document(record.get("toponyms", []), places)
                      for _, record, places in _geocode_records(gold_records, None)]
        figures = aggregate(scored)
        table = Table("measure", "value", title=f"{gold_file.name}: {len(scored)} documents")
        for name, value in figures.items():
            shown = "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
            table.add_row(name, shown)
        Console().print(table)
        if bad:
            raise typer.Exit(code=1)


def _read_jsonl_any(path: Path) -> tuple[list[dict], int]:
    records: list[dict] = []
    bad = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except ValueError as error:
                print(f"{path}:{number}: bad line skipped ({error})", file=sys.stderr)
                bad += 1
    return records, bad
