"""`dateline eval` scores exactly as ../shared/eval/FORMAT.md says: each rule on a small case, then the
command on the shared dev gold (the figures issue 3 asks for)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import EVAL_DEV, run_cli

from dateline.evaluate.events import micro_total, run_eval, score_document

KARAJ = {"location": "Karaj", "country": "IR", "admin1": "Alborz", "lat": 35.84, "lon": 50.94, "geo_precision": "city",
         "date_start": "2020-08-04", "date_end": "2020-08-04", "event_type": "attack",
         "acceptable_types": ["attack", "riot"], "actor1": "Resistance Units (PMOI/MEK)", "campaign": "base"}


def gold(*events: dict, **extra: object) -> dict:
    return {"doc_id": "d", "published": "2020-08-05", "events": list(events), **extra}


def pred(**fields: object) -> dict:
    base = {"lat": 35.84, "lon": 50.94, "country": "IR", "admin1": "Alborz", "date_start": "2020-08-04",
            "date_end": "2020-08-04", "event_type": "attack", "actor1": "Resistance Units (PMOI/MEK)",
            "campaign_id": "c1", "claims": []}
    return {**base, **fields}


def test_a_city_matches_within_25_km_and_a_day_of_slack() -> None:
    near = pred(lat=35.84 + 0.2, date_start="2020-08-05", date_end="2020-08-05")  # ~22 km, a day late
    far = pred(lat=35.84 + 0.3)  # ~33 km
    assert score_document(gold(KARAJ), [near]).recall == 1.0
    assert score_document(gold(KARAJ), [far]).recall == 0.0
    late = pred(date_start="2020-08-06", date_end="2020-08-06")
    assert score_document(gold(KARAJ), [late]).recall == 0.0


def test_region_and_country_precision_match_by_admin1_and_country() -> None:
    region = {**KARAJ, "geo_precision": "region"}
    assert score_document(gold(region), [pred(lat=36.5, lon=52.0)]).recall == 1.0  # same admin1, 110 km away
    country = {**KARAJ, "geo_precision": "country", "lat": None, "lon": None}
    assert score_document(gold(country), [pred(lat=29.6, lon=52.5, admin1="Fars")]).recall == 1.0
    assert score_document(gold(country), [pred(country="IQ")]).recall == 0.0


def test_a_prediction_matched_to_an_optional_event_is_neither_right_nor_wrong() -> None:
    optional = {**KARAJ, "optional": True}
    score = score_document(gold(KARAJ, {**optional, "location": "Tehran", "lat": 35.69, "lon": 51.39}),
                           [pred(), pred(lat=35.69, lon=51.39), pred(lat=29.6, lon=52.5)])
    assert score.recall == 1.0
    assert score.precision == 0.5  # Karaj right, Shiraz wrong, Tehran not counted


def test_actor1_is_right_when_the_main_names_contain_each_other() -> None:
    assert score_document(gold(KARAJ), [pred(actor1="Resistance Units")]).actor1_correct == 1
    assert score_document(gold(KARAJ), [pred(actor1="PMOI/MEK")]).actor1_correct == 1  # the other way round
    assert score_document(gold(KARAJ), [pred(actor1="Protesters (Iran)")]).actor1_correct == 0


def test_matching_prefers_a_type_compatible_pair() -> None:
    protest = {**KARAJ, "event_type": "protest", "acceptable_types": ["protest"], "campaign": "p"}
    score = score_document(gold(protest, KARAJ), [pred(event_type="protest", lat=35.9), pred(lat=35.9)])
    assert score.type_correct == 2


def test_a_campaign_is_pure_when_its_events_share_one_id() -> None:
    tehran = {**KARAJ, "location": "Tehran", "lat": 35.69, "lon": 51.39}
    same = [pred(), pred(lat=35.69, lon=51.39)]
    split = [pred(), pred(lat=35.69, lon=51.39, campaign_id="c2")]
    assert score_document(gold(KARAJ, tehran), same).pure_campaigns == 1
    assert score_document(gold(KARAJ, tehran), split).pure_campaigns == 0


def test_claims_ignore_case_quotes_and_punctuation_and_count_containment() -> None:
    document = gold(KARAJ, claims=["Down with Khamenei, hail to freedom", "Justice for the martyrs"])
    score = score_document(document, [pred(claims=["“down with khamenei hail to freedom”", "Justice"])])
    assert (score.claims_found, score.gold_claims) == (2, 2)


def test_historical_false_positives_and_boilerplate_leaks() -> None:
    document = gold(KARAJ, not_events=[{"date": "2019-11"}, {"date": "no date"}], boilerplate=["728 x 90"])
    score = score_document(document, [pred(), pred(date_start="2019-11-16", date_end="2019-11-17"),
                                      pred(date_start="2018-06-01", date_end="2018-06-01")],
                           text="728 x 90\nbody")
    assert score.historical_fp == 2  # inside November 2019; before 2019 (published year minus one)
    assert score.boilerplate_leaks == 1


def test_totals_are_micro_averaged() -> None:
    one = score_document(gold(KARAJ), [pred()])
    two = score_document(gold(KARAJ, {**KARAJ, "location": "Tehran", "lat": 35.69, "lon": 51.39}), [pred()])
    assert micro_total([one, two]).recall == 2 / 3


def test_scoring_a_predictions_file(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "d.gold.json").write_text(json.dumps(gold(KARAJ)), encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({**pred(), "doc_id": "d"}) + "\n", encoding="utf-8")
    _, total = run_eval(gold_dir, predictions)
    assert (total.recall, total.precision, total.type_correct) == (1.0, 1.0, 1)


def test_eval_on_the_shared_dev_gold_meets_the_issue_targets() -> None:
    result = run_cli("eval", str(EVAL_DEV))
    assert result.returncode == 0, result.stderr
    total = next(line for line in result.stdout.splitlines() if "TOTAL" in line)
    cells = [c.strip() for c in total.split("│") if c.strip()]
    recall, precision, _, type_acc, _, actor1, purity, _, claims, historical = cells[1:11]
    assert float(recall) >= 0.9 and float(precision) >= 0.9
    assert float(type_acc) >= 0.9 and float(actor1) >= 0.9
    assert float(claims) >= 0.85 and float(purity) == 1.0
    assert historical == "0"
