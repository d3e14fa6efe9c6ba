"""Running the pipeline over a batch of inputs: one broken document is reported and skipped, the
others are stored; each document is committed on its own, so an interrupted run resumes cleanly."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy import Engine

from dateline import store
from dateline.export import event_json
from dateline.ingest.readers import InputError, expand_paths, read_inputs
from dateline.models import Event, RawArticle

PROGRESS_MIN_FILES = 4


@dataclass
class BatchSummary:
    processed: int = 0
    skipped: int = 0  # already stored
    failed: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"processed {self.processed}, skipped {self.skipped} (already stored), failed {self.failed}; "
            f"{self.events} events"
        )


def _describe(exc: Exception) -> str:
    from dateline.pipeline import UnusableArticleError

    if isinstance(exc, UnusableArticleError):
        return str(exc)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"could not process ({type(exc).__name__}{': ' + message[:200] if message else ''})"


def process_one(raw: RawArticle, engine: Engine | None) -> tuple[list[Event], bool]:
    """Events of one article and whether it was newly stored (False: it was already in the store)."""
    from dateline.pipeline import analyze, make_document

    document = make_document(raw)
    if engine is not None and store.has_document(engine, document.doc_id):
        return store.document_events(engine, document.doc_id), False
    events = analyze(document)
    if engine is None:
        return events, True
    return events, store.store_document(engine, document, events)


def run_batch(
    paths: Iterable[str],
    engine: Engine | None,
    out: IO[str] | None = None,
    err: Console | None = None,
    show_progress: bool | None = None,
    on_events: Callable[[list[Event]], None] | None = None,
) -> BatchSummary:
    err = err or Console(stderr=True, soft_wrap=True, highlight=False)
    paths = list(paths)
    n_files = sum(1 for _ in expand_paths(paths))
    if show_progress is None:
        show_progress = n_files >= PROGRESS_MIN_FILES
    summary = BatchSummary()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not show_progress,
    )
    with progress:
        task = progress.add_task("documents", total=None)
        for item in read_inputs(paths):
            progress.advance(task)
            if isinstance(item, InputError):
                _fail(summary, item, err)
                continue
            try:
                events, stored = process_one(item, engine)
            except Exception as exc:  # one broken document must never stop the batch
                _fail(summary, InputError(item.origin, _describe(exc)), err)
                continue
            if stored:
                summary.processed += 1
            else:
                summary.skipped += 1
            summary.events += len(events)
            if out is not None:
                for ev in events:
                    out.write(json.dumps(event_json(ev), ensure_ascii=False) + "\n")
            if on_events:
                on_events(events)
    if engine is not None:
        for error in summary.errors:
            store.record_error(engine, error.origin, error.reason)
    return summary


def _fail(summary: BatchSummary, error: InputError, err: Console) -> None:
    summary.failed += 1
    summary.errors.append(error)
    err.print(f"error: {error}", markup=False)
    sys.stderr.flush()
