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


def _parsed(text: str) -> list:
    return geoparse(get_nlp()(text))


def test_town_inside_a_building_name_is_found() -> None:
    found = {t.place.text: t for t in _parsed("The injured were taken to Leicester Royal Infirmary Hospital.")}
    assert found["Leicester"].place.country == "GB"


def test_street_is_placed_at_the_town_the_sentence_names() -> None:
    found = {t.place.text: t for t in _parsed("Shops along Main Street in Ashland, Oregon, reopened on Monday.")}
    street = found["Main Street"]
    assert street.kind == "facility" and street.place.precision == "near"
    assert street.place.admin1 == "Oregon"


def test_facilities_are_no_event_places() -> None:
    from dateline.resolve.geo import find_places

    sdoc = get_nlp()("Shops along Main Street in Ashland, Oregon, reopened on Monday.")
    assert "Main Street" not in {p.text for p in find_places(sdoc)}


def test_place_after_preposition_and_article_is_found() -> None:
    places = {p.text: p for p in geocode_text("The ambassador presented her letters in the Holy See on Friday.")}
    assert places["Holy See"].country == "VA"


def test_three_letter_country_code_in_capitals_is_the_country() -> None:
    places = {p.text: p for p in geocode_text("Exports to the UAE rose sharply in March.")}
    assert places["UAE"].country == "AE"


def test_demonym_the_tagger_calls_a_person_is_still_its_country() -> None:
    kinds = {t.place.text: (t.kind, t.place.country) for t in _parsed("Get daily Slovak news in your inbox.")}
    assert kinds.get("Slovak") == ("demonym", "SK")


def test_state_opening_an_agency_name_after_from_the() -> None:
    places = {p.text: p for p in geocode_text("The grant came from the Oregon Department of Education this week.")}
    assert places["Oregon"].precision == "region" and places["Oregon"].country == "US"


def test_county_opening_an_office_name_is_the_county() -> None:
    text = "The Pulaski County Sheriff's Office said two men were held in Somerset, Kentucky."
    places = {p.text: p for p in geocode_text(text)}
    county = places["Pulaski County"]
    assert county.precision == "region" and county.admin1 == "Kentucky"
