"""The flow of one article: ingest → clean → ground → nlp → places → events.

Each stage lives in its own package; this module only wires them, so a stage can be replaced without
touching the others. Heavy resources (spaCy model, gazetteer) are loaded once per process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from dateline.extract.events import extract_events
from dateline.extract.sources import ground_source
from dateline.ingest.clean import clean_text
from dateline.models import Document, Event, RawArticle, make_doc_id
from dateline.nlp import MAX_TEXT_CHARS, get_nlp
from dateline.resolve.geo import find_places
from dateline.resolve.time import build_date_index, ground_dateline


class UnusableArticleError(ValueError):
    """An input that cannot be analysed as an article; its message says why, for a one-line report."""


class EmptyArticleError(UnusableArticleError):
    """The input holds no article text once boilerplate is removed."""


class ArticleTooLongError(UnusableArticleError):
    """The article text is longer than the language model takes in one piece."""


def make_document(raw: RawArticle) -> Document:
    """Clean the text and find the document-level facts: dateline, publication date, outlet, byline."""
    cleaned = clean_text(raw.text)
    if not cleaned.text.strip():
        raise EmptyArticleError("no article text once page junk is removed")
    if len(cleaned.text) > MAX_TEXT_CHARS:
        raise ArticleTooLongError(f"text too long ({len(cleaned.text):,} characters; at most {MAX_TEXT_CHARS:,} "
                                  "are read as one article: split the file into articles)")
    doc = Document(
        doc_id=make_doc_id(cleaned.text),
        text=cleaned.text,
        origin=raw.origin,
        url=raw.url,
        title=raw.title,
        outlet=raw.outlet,
        byline=raw.author,
        published=raw.published,
        removed_boilerplate=cleaned.removed,
    )
    ground_dateline(doc, raw)  # published, dateline_place, country_hint (+ evidence)
    ground_source(doc, raw)  # outlet, byline, reported_by, source_scale, source_is_party (+ evidence)
    return doc


BATCH_SIZE = 8  # documents spaCy reads together in a batch run


def analyze(document: Document) -> list[Event]:
    """Events of a grounded document."""
    return _events_of(document, get_nlp()(document.text))


def analyze_batch(documents: Sequence[Document]) -> list[list[Event] | Exception]:
    """Events of each document, in order, or the exception its analysis raised (the others still get theirs).

    spaCy reads the texts as one batch: its models then step through all of them together, which costs
    about a fifth less CPU than one text at a time and gives the same annotations."""
    if not documents:
        return []
    try:
        sdocs = list(get_nlp().pipe([d.text for d in documents], batch_size=len(documents)))
    except Exception:  # a text spaCy fails on must not cost the others their analysis: one at a time
        return [_outcome(analyze, document) for document in documents]
    return [_outcome(_events_of, document, sdoc) for document, sdoc in zip(documents, sdocs, strict=True)]


def _outcome(analysis: Callable[..., list[Event]], *args: object) -> list[Event] | Exception:
    try:
        return analysis(*args)
    except Exception as exc:
        return exc


def _events_of(document: Document, sdoc: Doc) -> list[Event]:
    places = find_places(sdoc, country_hint=document.country_hint)
    dates = build_date_index(sdoc, document)
    return extract_events(sdoc, document, places, dates)


def process_article(raw: RawArticle) -> tuple[Document, list[Event]]:
    document = make_document(raw)
    return document, analyze(document)
