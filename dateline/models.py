"""The one data model of dateline: every stage reads and writes these types.

Offsets (``Span``) are always ``(start, end)`` character offsets into ``Document.text``, the cleaned
article text that is stored; ``text[start:end]`` is the evidence that licensed a field.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Span = tuple[int, int]

GeoPrecision = Literal["city", "near", "region", "country"]
# ACLED geo_precision: 1 = the town itself, 2 = near a town / part of a region, 3 = region or country.
ACLED_GEO_PRECISION: dict[str, int] = {"city": 1, "near": 2, "region": 3, "country": 3}


class RawArticle(BaseModel):
    """An article as read from an input, before cleaning and NLP."""

    origin: str  # file path (plus line or record number) it came from, for error messages
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    published_from_metadata: bool = False
    year_hint: int | None = None  # a year the page gives without its day (a copyright line read as its date)


class Document(BaseModel):
    doc_id: str
    text: str  # cleaned article text; all evidence offsets point into it
    origin: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: date | None = None
    dateline_place: str | None = None
    country_hint: str | None = None  # ISO2 country the report is about, from dateline/context
    reported_by: str | None = None
    source_is_party: bool | None = None
    source_scale: str | None = None
    removed_boilerplate: list[str] = Field(default_factory=list)
    references: list[dict] = Field(default_factory=list)  # historical/future/negated mentions kept off events
    evidence: dict[str, Span] = Field(default_factory=dict)


class Place(BaseModel):
    """A toponym found in a text and its resolution in the gazetteer (resolution fields may be None)."""

    start: int
    end: int
    text: str
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO2
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str | None = None  # GeoNames class: P populated place, A admin, L continent/area...
    precision: GeoPrecision | None = None
    confidence: float = 0.0

    @property
    def acled_geo_precision(self) -> int | None:
        return ACLED_GEO_PRECISION.get(self.precision) if self.precision else None


class DateResolution(BaseModel):
    """An event's dates, resolved against the publication date."""

    date_start: date
    date_end: date
    time_precision: int  # ACLED: 1 day, 2 week or range up to 7 days, 3 month
    span: Span | None = None  # the date expression; None when falling back to publication date
    note: str | None = None  # e.g. "no date in text; publication date used"


class Actor(BaseModel):
    name: str
    inter: int | None = None  # ACLED inter code: 1 state forces ... 8 external/other forces
    span: Span | None = None


class EventSource(BaseModel):
    """One report of an event (merging keeps every source)."""

    doc_id: str
    outlet: str | None = None
    reported_by: str | None = None
    claimed_by: str | None = None
    source_is_party: bool | None = None
    url: str | None = None


class Event(BaseModel):
    event_id: str
    doc_id: str
    campaign_id: str | None = None
    # our ontology and its mappings
    event_type: str
    sub_event_type: str | None = None
    disorder_type: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    trigger: str | None = None
    # when
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int | None = None
    date_note: str | None = None
    # where
    location: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: GeoPrecision | None = None
    # who
    actor1: str | None = None
    inter1: int | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    inter2: int | None = None
    assoc_actor_2: str | None = None
    civilian_targeting: bool = False
    # how many
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    crowd_size: int | None = None
    # what was said and by whom
    claims: list[str] = Field(default_factory=list)
    reported_by: str | None = None
    claimed_by: str | None = None
    source_is_party: bool | None = None
    source_scale: str | None = None
    sources: list[EventSource] = Field(default_factory=list)
    notes: str | None = None
    confidence: float = 0.5
    evidence: dict[str, Span] = Field(default_factory=dict)


def normalize_for_id(text: str) -> str:
    """Text normalized so that the same article read from two files gets one doc_id."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def make_doc_id(text: str) -> str:
    return hashlib.sha256(normalize_for_id(text).encode()).hexdigest()[:16]


def make_event_id(doc_id: str, *parts: object) -> str:
    """Deterministic id from the document and the event's content, stable across re-runs."""
    key = "|".join([doc_id, *(str(p) for p in parts)])
    return hashlib.sha256(key.encode()).hexdigest()[:16]
