"""Geoparsing scores as /work/shared/eval/geo/README.md defines them (plain functions, no state)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable

from dateline.resolve.geo.gazetteer import distance_km

ACCURACY_KM = 161.0


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_spans(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first."""
    pairs = sorted(((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                    if _overlap(g, p) > 0), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gi, pi))
    return matched


def score_document(toponyms: list[dict], predicted: list[dict]) -> dict:
    """Counts and errors for one document: gold toponyms (with lat/lon or not) against predicted places."""
    gold = [t for t in toponyms if t.get("lat") is not None and t.get("lon") is not None]
    unresolvable = [t for t in toponyms if t.get("lat") is None or t.get("lon") is None]
    matched = match_spans(gold, predicted)
    matched_pred = {pi for _, pi in matched}
    neutral = {pi for pi, p in enumerate(predicted) if pi not in matched_pred
               and any(_overlap(p, u) > 0 for u in unresolvable)}
    errors: list[float | None] = []
    exact = exact_total = 0
    for gi, pi in matched:
        g, p = gold[gi], predicted[pi]
        if p.get("lat") is None or p.get("lon") is None:
            errors.append(None)
        else:
            errors.append(distance_km(g["lat"], g["lon"], p["lat"], p["lon"]))
        if g.get("geonameid") is not None:
            exact_total += 1
            exact += int(p.get("geonameid") == g["geonameid"])
    return {"gold": len(gold), "predicted": len(predicted) - len(neutral), "matched": len(matched),
            "errors": errors, "exact": exact, "exact_total": exact_total}


def aggregate(documents: Iterable[dict]) -> dict:
    """Corpus figures from score_document results. Unresolved matched places count as wrong."""
    gold = predicted = matched = exact = exact_total = 0
    errors: list[float | None] = []
    for doc in documents:
        gold += doc["gold"]
        predicted += doc["predicted"]
        matched += doc["matched"]
        exact += doc["exact"]
        exact_total += doc["exact_total"]
        errors.extend(doc["errors"])
    known = [e for e in errors if e is not None]
    within = sum(1 for e in known if e <= ACCURACY_KM)
    return {
        "gold": gold, "predicted": predicted, "matched": matched,
        "recall": matched / gold if gold else 0.0,
        "precision": matched / predicted if predicted else 0.0,
        "accuracy_161km": within / matched if matched else 0.0,
        "exact_geonameid": exact / exact_total if exact_total else 0.0,
        "median_error_km": statistics.median(known) if known else None,
        "mean_error_km": statistics.fmean(known) if known else None,
        "end_to_end": within / gold if gold else 0.0,
    }
