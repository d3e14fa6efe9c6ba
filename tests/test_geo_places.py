"""Geocoding behaviour a user notices: the sample's places, variants, context, abstention, lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from conftest import GEO_EVAL as GEO_EVAL_DIR
from conftest import SAMPLE, SAMPLE_GOLD
from typer.testing import CliRunner

from dateline.resolve.geo import geocode_text, get_gazetteer
from dateline.resolve.geo.cli import register
from dateline.resolve.geo.gazetteer import distance_km
from dateline.resolve.geo.names import name_keys

GOLD = SAMPLE_GOLD
GEO_EVAL = GEO_EVAL_DIR / "trnews-dev.jsonl"


@pytest.fixture(scope="module")
def sample_places():
    return geocode_text(SAMPLE.read_text(encoding="utf-8"), country_hint="IR")


def test_sample_places_resolve_near_gold(sample_places) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    truth = {e["location"]: e for e in gold["events"] if e["geo_precision"] == "city"}
    found = {p.text: p for p in sample_places}
    for name, event in truth.items():
        assert name in found, f"{name} not found"
        place = found[name]
        assert place.precision == "city", name
        assert distance_km(place.lat, place.lon, event["lat"], event["lon"]) < 25, name
    assert found["Mazandaran"].precision == "region"
    assert len({p.text for p in sample_places if p.country == "IR"} - {"Iran"}) >= 23


def test_qualified_pair_gives_the_city_only(sample_places) -> None:
    texts = [p.text for p in sample_places]
    assert "Alborz" not in texts
    hashtgerd = [p for p in sample_places if p.text == "Hashtgerd"]
    assert hashtgerd and all(p.admin1 == "Alborz" for p in hashtgerd)


def test_people_and_common_words_are_not_places(sample_places) -> None:
    texts = {p.text for p in sample_places}
    for word in ("Down", "Justice", "Rajavi", "Massoud Rajavi", "Sattar Khan", "Iranian", "Iranian Resistance"):
        assert word not in texts


@pytest.mark.parametrize(
    ("written", "official"),
    [("Doroud", "Dorud"), ("Bandar Anzali", "Bandar-e Anzali"), ("Masjed Soleiman", "Masjed Soleymān"),
     ("Nishapur", "Neyshābūr")],
)
def test_transliteration_variants_share_a_key(written: str, official: str) -> None:
    assert set(name_keys(written)) & set(name_keys(official))


def test_kerej_resolves_to_karaj_in_iran() -> None:
    places = geocode_text("Protesters gathered in the cities of Tehran, Kerej and Tabriz.", country_hint="IR")
    kerej = next(p for p in places if p.text == "Kerej")
    assert kerej.name == "Karaj" and kerej.country == "IR"


def test_georgia_after_atlanta_is_the_us_state() -> None:
    places = geocode_text("Police in Atlanta said the march was the largest in Georgia this year.")
    georgia = next(p for p in places if p.text == "Georgia")
    assert georgia.country == "US" and georgia.precision == "region"


def test_georgia_alone_near_tbilisi_is_the_country() -> None:
    places = geocode_text("Troops crossed into Georgia and shelled Tbilisi.")
    georgia = next(p for p in places if p.text == "Georgia")
    assert georgia.country == "GE"


def test_alborz_is_the_province_not_alvand() -> None:
    places = geocode_text("Clashes were reported in Alborz province on Monday.", country_hint="IR")
    alborz = next(p for p in places if p.text == "Alborz")
    assert alborz.name == "Alborz" and alborz.precision == "region"


def test_list_items_recovered_in_another_country() -> None:
    text = ("Farmers blocked roads in the towns of Kayseri, Nevsehir, Aksaray and Nigde on Friday, "
            "while Mehmet Yilmaz spoke in Ankara.")
    places = {p.text: p for p in geocode_text(text)}
    for town in ("Kayseri", "Nevsehir", "Aksaray", "Nigde", "Ankara"):
        assert town in places and places[town].country == "TR", town
    assert "Mehmet Yilmaz" not in places


def test_lookup_is_fast() -> None:
    import time

    gazetteer = get_gazetteer()
    gazetteer.lookup("Shiraz")
    start = time.perf_counter()
    for _ in range(100):
        gazetteer.lookup("Shiraz")
    assert (time.perf_counter() - start) / 100 < 0.001


def test_eval_geo_on_a_slice() -> None:
    app = typer.Typer()
    register(app)
    app.callback()(lambda: None)
    result = CliRunner().invoke(app, ["eval-geo", str(GEO_EVAL), "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "accuracy_161km" in result.output and "5 documents" in result.output


def test_geocode_jsonl_streams_and_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text('{"doc_id": "a", "text": "Flooding hit Lagos and Abuja."}\nnot json\n', encoding="utf-8")
    app = typer.Typer()
    register(app)
    app.callback()(lambda: None)
    result = CliRunner().invoke(app, ["geocode", "--jsonl", str(source)])
    assert result.exit_code == 1
    first = json.loads(result.stdout.splitlines()[0])
    assert first["doc_id"] == "a" and {p["country"] for p in first["places"]} == {"NG"}


def test_demonyms_resolve_to_their_country_but_are_no_event_places() -> None:
    from dateline.nlp import get_nlp
    from dateline.resolve.geo import find_places, geoparse

    sdoc = get_nlp()("Sudanese troops and Russian advisers arrived in Khartoum, American officials said.")
    kinds = {t.place.text: (t.kind, t.place.country) for t in geoparse(sdoc)}
    assert kinds["Sudanese"] == ("demonym", "SD")
    assert kinds["Russian"] == ("demonym", "RU")
    assert kinds["American"] == ("demonym", "US")
    assert kinds["Khartoum"][0] == "toponym"
    assert {p.text for p in find_places(sdoc)} == {"Khartoum"}


def test_place_opening_an_organisation_name_is_found() -> None:
    places = {p.text: p for p in geocode_text("A spokesman for the Texas Department of Transportation said "
                                              "the road would reopen.")}
    assert "Texas" in places and places["Texas"].country == "US" and places["Texas"].precision == "region"


def test_state_after_comma_picks_the_homonym() -> None:
    places = [p for p in geocode_text("He grew up in Paris, Idaho, and later moved to Richmond, Kentucky.")]
    paris = next(p for p in places if p.text == "Paris")
    richmond = next(p for p in places if p.text == "Richmond")
    assert (paris.country, paris.admin1) == ("US", "Idaho")
    assert (richmond.country, richmond.admin1) == ("US", "Kentucky")


def test_capital_wins_over_the_state_of_the_same_name() -> None:
    washington = next(p for p in geocode_text("Officials met in Washington on Monday.") if p.text == "Washington")
    assert distance_km(washington.lat, washington.lon, 38.895, -77.036) < 30


def test_united_states_point_is_near_the_geographic_centre() -> None:
    us = next(p for p in geocode_text("Exports to the United States fell.") if p.text == "United States")
    assert distance_km(us.lat, us.lon, 39.76, -98.5) < 161


def test_country_name_split_by_the_tagger_is_joined() -> None:
    places = {p.text: p for p in geocode_text("Voters in Bosnia and Herzegovina went to the polls on Sunday.")}
    assert places["Bosnia and Herzegovina"].country == "BA"


def test_a_state_stays_the_state_when_another_country_has_a_town_of_its_name() -> None:
    florida = next(p for p in geocode_text("Hurricane season hit Florida early this year.") if p.text == "Florida")
    assert (florida.country, florida.precision) == ("US", "region")


def test_a_province_named_after_its_city_gives_the_city() -> None:
    places = {p.text: p for p in geocode_text("Crowds gathered in Kermanshah on Friday.", country_hint="IR")}
    assert places["Kermanshah"].precision == "city"


def test_neighbouring_countries_pull_a_place_to_their_region() -> None:
    text = "Trucks from Egypt waited at the crossing for days to enter Gaza, Israeli officials said."
    places = {p.text: p for p in geocode_text(text)}
    assert places["Gaza"].country == "PS"


def test_a_town_in_the_state_the_text_is_about_wins_over_a_famous_namesake() -> None:
    text = ("The Illinois Department of Transportation will repave the road. Officials in Paris said the work "
            "would start in May, and Illinois State Police will direct traffic.")
    paris = next(p for p in geocode_text(text) if p.text == "Paris")
    assert (paris.country, paris.admin1) == ("US", "Illinois")


def test_european_union_is_placed_at_europe() -> None:
    places = {p.text: p for p in geocode_text("Ministers from the EU met in Brussels to discuss tariffs.")}
    assert places["EU"].name == "Europe" and places["EU"].precision == "region"


def test_names_are_read_together_a_town_beside_its_county() -> None:
    text = "Lamar County deputies said the man from Paris was held overnight. The Lamar County jail is full."
    paris = next(p for p in geocode_text(text) if p.text == "Paris")
    assert (paris.country, paris.admin1) == ("US", "Texas")


def test_region_point_ignores_towns_misfiled_far_away() -> None:
    from dateline.resolve.geo.gazetteer import _midpoint

    towns = [(32.0 + i * 0.01, 118.0 + (i % 40) * 0.05) for i in range(400)]  # a province around 118-120° E
    misfiled = [(29.0, 100.3), (37.1, 100.7)]
    lat, lon = _midpoint(towns + misfiled, trim=1000)
    assert 118.0 < lon < 120.1 and 32.0 < lat < 36.0
    sparse_north = [(50.0 + i * 0.05, -97.0) for i in range(80)] + [(58.8, -94.2)]  # no gap: kept
    assert _midpoint(sparse_north, trim=1000)[0] > 54.0


def test_gazetteer_region_points_are_inside_their_region() -> None:
    jiangsu = next(c.entry for c in get_gazetteer().lookup("Jiangsu") if c.entry.feature_code == "ADM1")
    assert distance_km(jiangsu.lat, jiangsu.lon, 33.0, 119.8) < 161


def test_compass_named_regions_need_their_country() -> None:
    found = geocode_text("Staff of the Western Health Board and the Northern Council met on Monday.")
    assert all(p.country != "UG" for p in found)
    places = {p.text: p for p in geocode_text("Flooding hit Kampala and the Western Region of Uganda.")}
    assert places["Western Region"].country == "UG"


def test_a_famous_name_is_not_read_as_a_small_namesake_near_the_other_places() -> None:
    text = ("Madrid is starting to look like Chicago once did, the mayor said. Madrid's tally last year was far "
            "lower than that of Chicago.")
    madrid = [p for p in geocode_text(text) if p.text == "Madrid"]
    assert madrid and all(p.country == "ES" for p in madrid)  # not a small town of that spelling near Chicago
    london = next(p for p in geocode_text("London looks like New York once did.") if p.text == "London")
    assert london.country == "GB"  # not Linden, New Jersey, whose consonants it shares


def test_a_name_the_tagger_cut_at_its_particle_is_read_whole() -> None:
    places = geocode_text("Fans celebrated in Mar del Plata and in Rio de Janeiro on Sunday.")
    assert {p.name for p in places} >= {"Mar del Plata", "Rio de Janeiro"}
    assert all(p.country in {"AR", "BR"} for p in places)


def test_a_town_the_tagger_calls_a_person_after_a_sentence_opening_preposition() -> None:
    text = ("TEHRAN, Jan 5, 2023 (Wire) - In Saravan (Sistan and Baluchestan province), riot police fired birdshot on "
            "Tuesday at mourners who had gathered at a cemetery.")
    saravan = [p for p in geocode_text(text) if p.text == "Saravan"]
    assert saravan and saravan[0].country == "IR" and saravan[0].precision == "city"


def test_hyphenated_persian_and_arabic_names_are_one_place() -> None:
    places = geocode_text("Truck drivers struck in Tabriz, Torbat-e Jam and Masjed-e Soleyman, gunmen shelled "
                          "Deir ez-Zor and Ras al-Ain, and a bomb went off in Mazar-i-Sharif.")
    assert {p.text for p in places} >= {"Torbat-e Jam", "Masjed-e Soleyman", "Mazar-i-Sharif", "Deir ez-Zor",
                                        "Ras al-Ain"}
    assert not any(p.text in {"Torbat", "Jam", "Sharif", "Ras"} for p in places)


def test_regions_are_known_by_their_english_compass_names() -> None:
    text = ("Bazaar merchants closed their shops in Khoy (West Azerbaijan), Birjand (South Khorasan) and in "
            "Chaharmahal and Bakhtiari, Iran.")
    found = {p.text: p for p in geocode_text(text)}
    assert found["Khoy"].admin1 == "Azarbayjan-e Gharbi" and found["Khoy"].lat > 38
    assert found["Birjand"].admin1 == "Khorasan-e Jonubi"
    assert found["Chaharmahal and Bakhtiari"].precision == "region"
    assert found["Chaharmahal and Bakhtiari"].name == "Chahar Mahall va Bakhtiari"


def test_a_town_qualified_by_its_region_is_never_a_namesake_abroad() -> None:
    found = {p.text: p for p in geocode_text("Gunmen attacked a market near Bandiagara in Mopti region and a bus "
                                             "near Konna in Mopti region.")}
    assert found["Bandiagara"].country == "ML"
    assert found["Konna"].lat is None  # not in the gazetteer: no town of that name in another country instead


def test_a_compact_country_is_placed_at_its_centroid_not_at_an_outside_point() -> None:
    from dateline.resolve.geo.gazetteer import _country_point

    towns = [(10.0 + i * 0.01, 20.0 + (i % 10) * 0.05) for i in range(100)]  # about 110 x 55 km
    outside = (10.5, 18.5)  # a rounded point some 170 km west of every town
    lat, lon = _country_point(outside, towns)
    assert all(distance_km(lat, lon, *town) < 100 for town in towns)
    wide = towns + [(10.0, 26.0 + i * 0.1) for i in range(40)]  # towns spread over 800 km
    assert _country_point((10.5, 23.0), wide) == (10.5, 23.0)


def test_a_byline_and_a_date_after_the_dateline_are_no_places() -> None:
    places = geocode_text("By LUSAKA, Zambia, Oct 12 – The minister said the mines would reopen next week.")
    assert [(p.text, p.country) for p in places] == [("LUSAKA", "ZM"), ("Zambia", "ZM")]


def test_a_name_listed_among_states_is_the_state_not_its_city() -> None:
    text = "Volunteers came from Ohio, New York and Vermont to help after the floods."
    new_york = next(p for p in geocode_text(text) if p.text == "New York")
    assert (new_york.country, new_york.precision, new_york.name) == ("US", "region", "New York")
    alone = next(p for p in geocode_text("She moved to New York last year.") if p.text == "New York")
    assert alone.precision == "city"  # the bare name stays the city


def test_a_name_listed_among_provinces_is_the_province_and_among_cities_the_city() -> None:
    places = {p.text: p for p in geocode_text("Wildfires burned across Ontario, Quebec and Manitoba this week.")}
    assert (places["Quebec"].name, places["Quebec"].precision) == ("Quebec", "region")  # not Québec City
    places = {p.text: p for p in geocode_text("Police in Moscow, Tver and Yaroslavl detained dozens.")}
    assert places["Moscow"].precision == "city"
    # one province among cities leaves the cities named after their provinces cities
    places = geocode_text("Graffiti appeared in the cities of Isfahan, Qom, Gilan, Yazd and Kerman on Monday.")
    assert [p.precision for p in places] == ["city", "city", "region", "city", "city"]


def test_a_region_the_tagger_took_with_its_word_is_found_as_the_region() -> None:
    places = geocode_text("Heavy rain flooded villages in Hunan province and in Oaxaca State on Sunday.")
    assert [(p.text, p.country, p.precision) for p in places] == [("Hunan", "CN", "region"),
                                                                   ("Oaxaca", "MX", "region")]
    assert all(p.precision != "city" for p in geocode_text("Protests spread in Xinjiang province."))


def test_canadian_province_abbreviations_and_not_an_era() -> None:
    places = geocode_text("Officials in Moncton, N.B., and Kingston, Ont., agreed; crews from Gatineau, QC helped.")
    regions = [(p.text, p.name) for p in places if p.precision == "region"]
    assert regions == [("N.B.", "New Brunswick"), ("Ont.", "Ontario"), ("QC", "Quebec")]
    assert geocode_text("The temple was built in 300 B.C. by a king.") == []


def test_the_capital_of_a_foreign_country_the_text_names_beats_a_local_namesake() -> None:
    text = ("WINDSOR, Ont. (CBC) - A Windsor couple on holiday in the United Kingdom said trains in London stopped "
            "on Friday. They fly home to Ontario on Sunday, and Windsor police said their house was safe.")
    london = next(p for p in geocode_text(text) if p.text == "London")
    assert london.country == "GB"
    text = "WINDSOR, Ont. (CBC) - A Windsor couple drove to London on Friday and fly home to Ontario on Sunday."
    london = next(p for p in geocode_text(text) if p.text == "London")
    assert (london.country, london.admin1) == ("CA", "Ontario")


def test_a_name_owning_the_next_name_is_no_place_after_the_preposition() -> None:
    places = geocode_text("Families stayed at Ida's House in Trenton on Monday.")
    assert [p.text for p in places] == ["Trenton"]
    london = next(p for p in geocode_text("Tourists crowded into London's markets.") if p.text == "London")
    assert london.country == "GB"  # a well-known place still counts


def test_a_town_inside_an_organisation_name_is_the_namesake_near_the_text() -> None:
    text = "The Berlin Rotary Club raised money for the shelter in Concord, N.H., its president said."
    berlin = next(p for p in geocode_text(text) if p.text == "Berlin")
    assert (berlin.country, berlin.admin1) == ("US", "New Hampshire")
    berlin = next(p for p in geocode_text("The Berlin Philharmonic toured Japan.") if p.text == "Berlin")
    assert berlin.country == "DE"


def test_a_demonym_after_a_compass_word_is_not_the_bare_demonyms_country() -> None:
    text = "American officials said Latin American leaders would meet."
    places = [(p.text, p.country) for p in geocode_text(text, include_demonyms=True)]
    assert places == [("American", "US")]  # "Latin American" is no reading of the United States


def test_a_city_province_s_city_beats_the_province_beside_the_province_s_towns() -> None:
    text = ("Police fired tear gas in Maputo on Thursday. In neighbouring Matola youths looted a shop, and at "
            "Ressano Garcia protesters blocked the border post.")
    maputo = [p for p in geocode_text(text) if p.text == "Maputo"]
    assert maputo and maputo[0].precision == "city" and maputo[0].admin1 == "Maputo City"


def test_loose_spellings_need_a_place_s_own_name_and_its_syllables() -> None:
    # "Putin" shares only a consonant skeleton with Wheaton, Ill.; "Heiden" is an alternate name of Mesa, Ariz.
    text = "Residents of Fort Myers, Florida, said the senator spoke to Putin by phone from Tampa."
    assert "Putin" not in {p.text for p in geocode_text(text)}
    heiden = [p for p in geocode_text("Two clients in Tempe, Arizona, complained about Heiden and his advice.")
              if p.text == "Heiden"]
    assert not heiden or heiden[0].name != "Mesa"
    # a transliteration keeps its first letter and syllables: Kerej is Karaj, Nishapur Neyshābūr
    found = {p.text: p.name for p in geocode_text("Strikes spread to Kerej, Nishapur and Doroud.", country_hint="IR")}
    assert found == {"Kerej": "Karaj", "Nishapur": "Neyshābūr", "Doroud": "Dorūd"}


def test_a_place_s_exact_name_beats_a_bigger_place_spelled_alike() -> None:
    place = next(p for p in geocode_text("The lifeboat crew at New Quay rescued two walkers on Sunday.")
                 if p.text == "New Quay")
    assert (place.name, place.admin1) == ("New Quay", "Wales")  # not Newquay, Cornwall


def test_a_town_the_tagger_calls_a_language_at_a_sentence_end_is_found() -> None:
    # the tagger reads "Tunis" as a language, and "Tunis." after "in" looks like an abbreviation ("Calif.")
    places = geocode_text("Protesters gathered in front of the parliament in Tunis.", country_hint="TN")
    assert [(p.text, p.name) for p in places] == [("Tunis", "Tunis")]


def test_a_name_after_the_is_no_town_spelled_alike() -> None:
    # "the Kasbah" is the old quarter, not the town Ksiba whose consonants it shares
    places = geocode_text("In Tunis, teachers marched from the ministry towards the Kasbah.", country_hint="TN")
    assert "Kasbah" not in {p.text for p in places}


def test_a_town_placed_by_a_city_is_near_that_city_at_every_mention() -> None:
    for text in ("Residents blocked roads in Phoenix (Durban) on Monday. Later, calm returned to Phoenix.",
                 "In Phoenix, north of Durban, residents set up roadblocks. Later, calm returned to Phoenix."):
        phoenix = [p for p in geocode_text(text) if p.text == "Phoenix"]
        assert len(phoenix) == 2, text
        assert all(p.country == "ZA" and distance_km(p.lat, p.lon, -29.86, 31.03) < 50 for p in phoenix), text
    # a town of the city's province is still that town ("Saravan (Zahedan)": Zahedan is its provincial capital)
    saravan = next(p for p in geocode_text("Shops burned in Saravan (Zahedan) on Sunday.") if p.text == "Saravan")
    assert saravan.precision == "city" and saravan.admin1 == "Sistan and Baluchestan"


def test_names_listed_before_counties_are_the_counties() -> None:
    text = "Floods closed roads in Douglas, Sarpy and Lancaster counties, Nebraska officials said."
    found = {p.text: p for p in geocode_text(text)}
    for name in ("Douglas", "Sarpy", "Lancaster"):
        assert found[name].name == f"{name} County" and found[name].admin1 == "Nebraska", name
    # a single name before the plural modifies it: the state itself, not one of its counties
    indiana = next(p for p in geocode_text("Its rate is near the middle of Indiana counties.") if p.text == "Indiana")
    assert indiana.name == "Indiana" and indiana.precision == "region"
