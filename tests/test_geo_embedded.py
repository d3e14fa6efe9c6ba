"""Places inside other names: regions the tagger calls people, demonyms and countries inside organisations."""

from __future__ import annotations

from dateline.nlp import get_nlp
from dateline.resolve.geo import geocode_text, geoparse


def test_region_tagged_as_a_person_is_still_the_region() -> None:
    text = "Andhra Pradesh said on Monday that it would appeal the ruling on water sharing with Karnataka."
    places = {p.text: p for p in geocode_text(text)}
    assert "Andhra Pradesh" in places and places["Andhra Pradesh"].country == "IN"


def test_country_closing_an_airline_name_is_found() -> None:
    places = {p.text: p for p in geocode_text("Passengers said Air Namibia cancelled every flight that week.")}
    assert places["Namibia"].country == "NA" and places["Namibia"].precision == "country"


def test_demonym_leading_an_organisation_gives_its_country() -> None:
    kinds = {t.place.text: (t.kind, t.place.country)
             for t in geoparse(get_nlp()("A spokesman for the Kenyan Defence Forces denied the report."))}
    assert kinds.get("Kenyan") == ("demonym", "KE")


def test_a_person_sharing_a_town_name_is_no_place() -> None:
    texts = {p.text for p in geocode_text("Charlotte Brown and Austin Miller spoke to reporters on Friday.")}
    assert not texts & {"Charlotte", "Austin", "Charlotte Brown", "Austin Miller"}
