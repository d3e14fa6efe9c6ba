"""US news forms: AP state abbreviations, postal codes after a town, party districts, joined entities."""

from __future__ import annotations

from dateline.resolve.geo import geocode_text


def _by_text(text: str) -> dict:
    return {p.text: p for p in geocode_text(text)}


def test_ap_abbreviations_name_their_state() -> None:
    places = _by_text("The storm hit Bismarck, N.D., on Monday and reached Duluth, Minn., by night.")
    assert places["N.D."].name == "North Dakota" and places["N.D."].precision == "region"
    assert places["Minn."].name == "Minnesota"
    assert (places["Bismarck"].admin1, places["Duluth"].admin1) == ("North Dakota", "Minnesota")


def test_one_word_abbreviation_needs_a_place_before_it() -> None:
    texts = {p.text for p in geocode_text("She went to Mass. Then she slept.")}
    assert "Mass." not in texts


def test_postal_code_after_a_town_narrows_it() -> None:
    places = _by_text("The plant will close, the owners in Springfield, IL.")
    assert places["Springfield"].admin1 == "Illinois"
    assert places["IL"].name == "Illinois"


def test_party_district_label_is_a_place() -> None:
    places = _by_text("The bill's sponsor, Rep. Dana Moore, R-Tulsa, said she would try again.")
    assert "Tulsa" in places and places["Tulsa"].admin1 == "Oklahoma"


def test_entity_joining_two_places_gives_both() -> None:
    places = _by_text("He plans to ride from Wichita to D.C. this summer.")
    assert places["Wichita"].admin1 == "Kansas"
    assert any(p.country == "US" and abs(p.lat - 38.9) < 0.3 for text, p in places.items() if text.startswith("D.C"))


def test_a_place_named_once_is_that_place_at_its_repeats() -> None:
    text = ("Flooding closed schools in Tallahassee on Monday. Tallahassee officials said the river crested. "
            "Mayor Tallahassee-born Smith said little.")
    places = [p for p in geocode_text(text) if p.text == "Tallahassee"]
    assert len(places) == 2 and all(p.admin1 == "Florida" for p in places)


def test_a_name_mostly_used_for_a_person_is_not_spread() -> None:
    text = ("Morgan said the budget was late. Morgan told reporters on Friday that Morgan would stay. "
            "She grew up in Morgan, a small town.")
    assert len([p for p in geocode_text(text) if p.text == "Morgan"]) <= 1
