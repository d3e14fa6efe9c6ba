"""Running the pipeline over a batch of inputs: one broken document is reported and skipped, the
others are stored; each document is committed on its own, so an interrupted run resumes cleanly."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
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
from dateline.models import Document, Event, RawArticle

PROGRESS_MIN_FILES = 4

Analyzed = tuple[Document, list[Event] | None]  # None: the document is already stored
Outcome = Analyzed | InputError
Analyzer = Callable[[Iterator[RawArticle | InputError]], Iterator[Outcome]]


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


def exception_line(exc: BaseException) -> str:
    """An exception on one line: its type and the first line of its message."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}{': ' + message[:200] if message else ''}"


def describe_failure(exc: BaseException) -> str:
    from dateline.pipeline import UnusableArticleError

    if isinstance(exc, UnusableArticleError):
        return str(exc)  # says what is wrong with the article in words of its own
    return f"could not process ({exception_line(exc)})"


def prepare_article(raw: RawArticle, is_stored: Callable[[str], bool]) -> Document | Analyzed:
    """The document of an article, to analyze; with None for the events when it is already stored (its
    analysis is skipped)."""
    from dateline.pipeline import make_document

    document = make_document(raw)
    return (document, None) if is_stored(document.doc_id) else document


def analyze_items(items: Iterable[RawArticle | InputError], is_stored: Callable[[str], bool]) -> Iterator[Outcome]:
    """Outcomes in input order: an unreadable input passes through, an article that fails becomes one.
    Articles are analyzed BATCH_SIZE at a time (spaCy is faster on a batch)."""
    from dateline.pipeline import BATCH_SIZE

    pending: list[Document | Outcome] = []  # in input order; a Document is still to be analyzed
    for item in items:
        if isinstance(item, InputError):
            pending.append(item)
        else:
            try:
                pending.append(prepare_article(item, is_stored))
            except Exception as exc:  # one broken document must never stop the batch
                pending.append(InputError(item.origin, describe_failure(exc)))
        if sum(isinstance(p, Document) for p in pending) >= BATCH_SIZE:
            yield from _analyze_pending(pending)
            pending = []
    yield from _analyze_pending(pending)


def _analyze_pending(pending: list[Document | Outcome]) -> Iterator[Outcome]:
    from dateline.pipeline import analyze_batch

    results = iter(analyze_batch([p for p in pending if isinstance(p, Document)]))
    for item in pending:
        if not isinstance(item, Document):
            yield item
            continue
        events = next(results)
        if isinstance(events, Exception):
            yield InputError(item.origin or item.doc_id, describe_failure(events))
        else:
            yield item, events


def local_analyzer(engine: Engine | None) -> Analyzer:
    """Analysis in this process; a document already in the store is not analyzed again."""

    def is_stored(doc_id: str) -> bool:
        return engine is not None and store.has_document(engine, doc_id)

    return lambda items: analyze_items(items, is_stored)


def keep(engine: Engine | None, document: Document, events: list[Event] | None) -> tuple[list[Event], bool]:
    """Store a document with its events. Returns the document's events and whether it was newly stored;
    a document already stored (by an earlier run, or earlier in this one) keeps its stored events."""
    if engine is None:
        return events or [], True
    if events is not None and store.store_document(engine, document, events):
        return events, True
    return store.document_events(engine, document.doc_id), False


def run_batch(
    paths: Iterable[str],
    engine: Engine | None,
    out: IO[str] | None = None,
    err: Console | None = None,
    show_progress: bool | None = None,
    on_events: Callable[[list[Event]], None] | None = None,
    analyzer: Analyzer | None = None,
) -> BatchSummary:
    """Read, analyze and store every input in order. ``analyzer`` turns the inputs into outcomes in the same
    order (default: in this process, skipping documents already stored); storing is always done here."""
    err = err or Console(stderr=True, soft_wrap=True, highlight=False)
    paths = list(paths)
    n_files = sum(1 for _ in expand_paths(paths))
    if show_progress is None:
        show_progress = n_files >= PROGRESS_MIN_FILES
    analyzer = analyzer or local_analyzer(engine)
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
        for outcome in analyzer(read_inputs(paths)):
            progress.advance(task)
            if isinstance(outcome, InputError):
                _fail(summary, outcome, err)
                continue
            document, analyzed = outcome
            try:
                events, stored = keep(engine, document, analyzed)
            except Exception as exc:  # a document the store rejects must not stop the batch either
                _fail(summary, InputError(document.origin or document.doc_id, describe_failure(exc)), err)
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
