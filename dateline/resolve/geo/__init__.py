"""Geocoding: find toponyms in a spaCy Doc and resolve them in the offline GeoNames gazetteer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from dateline.models import Place
from dateline.nlp import doc_text
from dateline.resolve.geo.discourse import spread_to_repeats
from dateline.resolve.geo.finder import find_mentions
from dateline.resolve.geo.gazetteer import Gazetteer, build_gazetteer, get_gazetteer
from dateline.resolve.geo.resolver import resolve_mentions

__all__ = ["Gazetteer", "Toponym", "build_gazetteer", "find_places", "geocode_text", "geoparse", "get_gazetteer",
           "place_record"]

OUTPUT_FIELDS = ("start", "end", "text", "name", "geonameid", "lat", "lon", "country", "admin1",
                 "feature_class", "precision", "confidence")

Doc.set_extension("places", default=None, force=True)


@dataclass(frozen=True)
class Toponym:
    """A geoparser result: the resolved place and what kind of mention it came from."""

    place: Place
    kind: str  # "toponym" ("Khartoum"), "demonym" ("Sudanese", resolved to its country) or "facility"
    # ("Evin Prison", placed near the town it is in)


def geoparse(sdoc: Doc, country_hint: str | None = None) -> list[Toponym]:
    """Every toponym and demonym in the document with its resolution, in text order."""
    resolved = resolve_mentions(get_gazetteer(), find_mentions(sdoc), country_hint, doc_text(sdoc))
    return [Toponym(place, mention.kind) for place, mention in spread_to_repeats(sdoc, resolved)]


def find_places(sdoc: Doc, country_hint: str | None = None, include_demonyms: bool = False) -> list[Place]:
    """Places where events can happen, in text order; also stored in ``sdoc._.places``.

    Demonyms ("Iranian") name no event location and are left out unless ``include_demonyms``; facilities
    ("Evin Prison") are left out too, since their town is a place of its own when the text names it.
    """
    places = [t.place for t in geoparse(sdoc, country_hint) if include_demonyms or t.kind == "toponym"]
    sdoc._.places = places
    return places


def geocode_text(text: str, country_hint: str | None = None, include_demonyms: bool = False) -> list[Place]:
    from dateline.nlp import get_nlp

    return find_places(get_nlp()(text), country_hint=country_hint, include_demonyms=include_demonyms)


def place_record(toponym: Toponym) -> dict[str, Any]:
    """The JSON record of a geoparser result (the fields of `geocode --jsonl` and `eval-geo`)."""
    return {**{name: getattr(toponym.place, name) for name in OUTPUT_FIELDS}, "kind": toponym.kind}
