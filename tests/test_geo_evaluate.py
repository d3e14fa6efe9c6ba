from dateline.evaluate.geo import aggregate, score_document


def test_scoring_matches_spans_and_distances() -> None:
    gold = [{"start": 0, "end": 5, "lat": 10.0, "lon": 10.0, "geonameid": 1},
            {"start": 10, "end": 15, "lat": 0.0, "lon": 0.0, "geonameid": 2},
            {"start": 20, "end": 25, "lat": None, "lon": None}]
    predicted = [{"start": 0, "end": 5, "lat": 10.5, "lon": 10.0, "geonameid": 1},
                 {"start": 21, "end": 24, "lat": 1.0, "lon": 1.0},
                 {"start": 30, "end": 35, "lat": 1.0, "lon": 1.0}]
    figures = aggregate([score_document(gold, predicted)])
    assert figures["recall"] == 0.5
    assert figures["precision"] == 0.5  # the prediction on the unresolvable annotation is neutral
    assert figures["accuracy_161km"] == 1.0  # 0.5 degree of latitude is about 56 km
    assert figures["exact_geonameid"] == 1.0 and figures["end_to_end"] == 0.5
