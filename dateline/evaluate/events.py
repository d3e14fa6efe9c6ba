"""Scoring predicted events against gold files, exactly as /work/shared/eval/FORMAT.md defines it.

Plain functions: ``score_document(gold, predictions, text)`` for one document, ``micro_total`` over many,
``run_eval(gold_dir, pred_path=None)`` for a folder (running the pipeline when no predictions are given),
and ``register(app)`` adding the ``eval`` command to a Typer app.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import typer

CITY_KM = 25.0
REGION_KM = 100.0
DATE_SLACK = timedelta(days=1)


@dataclass
class DocScore:
    doc_id: str
    gold_events: int = 0  # non-optional
    matched_gold: int = 0  # non-optional gold events matched
    predictions: int = 0
    predictions_counted: int = 0  # predictions not matched to an optional gold event
    matched_predictions: int = 0  # predictions matched to non-optional gold events
    pairs: int = 0  # matched pairs (optional included) on which field accuracies are taken
    type_correct: int = 0
    date_exact: int = 0
    actor1_correct: int = 0
    campaigns: int = 0
    pure_campaigns: int = 0
    source_is_party_correct: int = 0
    source_is_party_scored: int = 0
    gold_claims: int = 0
    claims_found: int = 0
    historical_fp: int = 0
    boilerplate_leaks: int = 0
    unmatched_gold: list[str] = field(default_factory=list)
    unmatched_predictions: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold_events if self.gold_events else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predictions_counted if self.predictions_counted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def ratio(self, part: str, whole: str) -> float | None:
        denominator = getattr(self, whole)
        return getattr(self, part) / denominator if denominator else None


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(min(1.0, a)))


def _distance(gold: dict, pred: dict) -> float | None:
    if None in (gold.get("lat"), gold.get("lon"), pred.get("lat"), pred.get("lon")):
        return None
    return haversine_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"])


def _fold(text: str | None) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def place_matches(gold: dict, pred: dict) -> bool:
    precision = gold.get("geo_precision") or "city"
    distance = _distance(gold, pred)
    if precision == "city":
        return distance is not None and distance <= CITY_KM
    if precision == "region":
        same_admin1 = bool(gold.get("admin1")) and _fold(gold.get("admin1")) == _fold(pred.get("admin1"))
        same_country = _fold(gold.get("country")) == _fold(pred.get("country"))
        return (same_admin1 and same_country) or (distance is not None and distance <= REGION_KM)
    return bool(gold.get("country")) and _fold(gold.get("country")) == _fold(pred.get("country"))


def _range(event: dict) -> tuple[date, date] | None:
    start = _date(event.get("date_start"))
    end = _date(event.get("date_end")) or start
    if start is None or end is None:
        return None
    return start, end


def date_matches(gold: dict, pred: dict) -> bool:
    g, p = _range(gold), _range(pred)
    if g is None or p is None:
        return False
    return p[0] <= g[1] + DATE_SLACK and p[1] >= g[0] - DATE_SLACK


def _date_gap(gold: dict, pred: dict) -> int:
    g, p = _range(gold), _range(pred)
    if g is None or p is None:
        return 10_000
    return abs((g[0] - p[0]).days) + abs((g[1] - p[1]).days)


def type_ok(gold: dict, pred: dict) -> bool:
    acceptable = gold.get("acceptable_types") or [gold.get("event_type")]
    return pred.get("event_type") in acceptable


def main_actor_name(name: str) -> str:
    """"Resistance Units (PMOI/MEK)" -> "resistance units": the name without its parenthesised parent."""
    return re.sub(r"\s*\([^)]*\)", "", name or "").strip().casefold()


def actor1_ok(gold: dict, pred: dict) -> bool:
    gold_name = main_actor_name(gold.get("actor1") or "")
    pred_name = (pred.get("actor1") or "").casefold()
    if not gold_name:
        return not pred_name
    if not pred_name:
        return False
    pred_main = main_actor_name(pred_name)
    return gold_name in pred_name or bool(pred_main) and pred_main in (gold.get("actor1") or "").casefold()


def match_events(gold_events: list[dict], predictions: list[dict]) -> list[tuple[int, int]]:
    """One-to-one matching, best pairs first: type-compatible, then closest place, then closest dates."""
    candidates: list[tuple[tuple[int, float, int], int, int]] = []
    for gi, gold in enumerate(gold_events):
        for pi, pred in enumerate(predictions):
            if place_matches(gold, pred) and date_matches(gold, pred):
                distance = _distance(gold, pred)
                key = (0 if type_ok(gold, pred) else 1, distance if distance is not None else 1e6,
                       _date_gap(gold, pred))
                candidates.append((key, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


def _norm_claim(text: str) -> str:
    return re.sub(r"[\W_]+", " ", _fold(text)).strip()


def score_document(gold: dict, predictions: list[dict], text: str | None = None,
                   source: dict | None = None) -> DocScore:
    """Score one document's predicted events (dicts with the FORMAT.md keys) against its gold file."""
    score = DocScore(doc_id=gold.get("doc_id", "?"))
    gold_events = gold.get("events", [])
    score.gold_events = sum(1 for g in gold_events if not g.get("optional"))
    score.predictions = len(predictions)
    pairs = match_events(gold_events, predictions)
    matched_pred_optional = {pi for gi, pi in pairs if gold_events[gi].get("optional")}
    score.predictions_counted = score.predictions - len(matched_pred_optional)
    score.matched_predictions = sum(1 for gi, _ in pairs if not gold_events[gi].get("optional"))
    score.matched_gold = score.matched_predictions
    score.pairs = len(pairs)
    for gi, pi in pairs:
        gold_event, pred = gold_events[gi], predictions[pi]
        score.type_correct += type_ok(gold_event, pred)
        score.date_exact += _range(gold_event) == _range(pred)
        score.actor1_correct += actor1_ok(gold_event, pred)
    campaigns: dict[str, set[str | None]] = {}
    for gi, pi in pairs:
        name = gold_events[gi].get("campaign")
        if name:
            campaigns.setdefault(name, set()).add(predictions[pi].get("campaign_id"))
    score.campaigns = len(campaigns)
    score.pure_campaigns = sum(1 for ids in campaigns.values() if len(ids) == 1 and None not in ids)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    score.unmatched_gold = [f"{g.get('location')} {g.get('date_start')} {g.get('event_type')}"
                            for i, g in enumerate(gold_events) if i not in matched_gold and not g.get("optional")]
    score.unmatched_predictions = [f"{p.get('location')} {p.get('date_start')} {p.get('event_type')}"
                                   for i, p in enumerate(predictions) if i not in matched_pred]
    # document level
    gold_source = gold.get("source") or {}
    if "source_is_party" in gold_source and gold_source["source_is_party"] is not None:
        predicted_party = (source or {}).get("source_is_party")
        if predicted_party is None:
            votes = [p.get("source_is_party") for p in predictions if p.get("source_is_party") is not None]
            predicted_party = max(set(votes), key=votes.count) if votes else None
        score.source_is_party_scored = 1
        score.source_is_party_correct = int(predicted_party == gold_source["source_is_party"])
    predicted_claims = [_norm_claim(c) for p in predictions for c in p.get("claims") or []]
    predicted_claims = [c for c in predicted_claims if c]
    for claim in gold.get("claims", []):
        target = _norm_claim(claim)
        score.gold_claims += 1
        score.claims_found += any(target in c or c in target for c in predicted_claims)
    score.historical_fp = sum(1 for p in predictions if _historical(p, gold))
    if text is not None:
        score.boilerplate_leaks = sum(1 for b in gold.get("boilerplate", []) if b and b in text)
    return score


def _not_event_range(value: str) -> tuple[date, date] | None:
    """A not_events date: "1988", "2019-11", "1906-08-05", or a range of those joined by "/"."""
    if "/" in value:
        first, last = (_not_event_range(v) for v in value.split("/", 1))
        return (first[0], last[1]) if first and last else None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            year = int(parts[0])
            return date(year, 1, 1), date(year, 12, 31)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            end = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
            return date(year, month, 1), end
        day = date.fromisoformat(value)
        return day, day
    except ValueError:
        return None


def _historical(pred: dict, gold: dict) -> bool:
    span = _range(pred)
    if span is None:
        return False
    published = _date(gold.get("published"))
    if published is not None and span[0] < date(published.year - 1, 1, 1):
        return True
    for not_event in gold.get("not_events", []):
        window = _not_event_range(str(not_event.get("date", "")))
        if window and span[0] <= window[1] and span[1] >= window[0]:
            return True
    return False


SUMS = ["gold_events", "matched_gold", "predictions", "predictions_counted", "matched_predictions", "pairs",
        "type_correct", "date_exact", "actor1_correct", "campaigns", "pure_campaigns", "source_is_party_correct",
        "source_is_party_scored", "gold_claims", "claims_found", "historical_fp", "boilerplate_leaks"]


def micro_total(scores: list[DocScore]) -> DocScore:
    total = DocScore(doc_id="TOTAL")
    for score in scores:
        for name in SUMS:
            setattr(total, name, getattr(total, name) + getattr(score, name))
    return total


def figures(score: DocScore) -> dict[str, Any]:
    return {
        "doc_id": score.doc_id,
        "recall": score.recall,
        "precision": score.precision,
        "f1": score.f1,
        "type_acc": score.ratio("type_correct", "pairs"),
        "date_exact": score.ratio("date_exact", "pairs"),
        "actor1_acc": score.ratio("actor1_correct", "pairs"),
        "campaign_purity": score.ratio("pure_campaigns", "campaigns"),
        "source_is_party": score.ratio("source_is_party_correct", "source_is_party_scored"),
        "claim_recall": score.ratio("claims_found", "gold_claims"),
        "historical_fp": score.historical_fp,
        "boilerplate_leaks": score.boilerplate_leaks,
    }


# --- running --------------------------------------------------------------------------------------


def read_gold_text(gold_path: Path, gold: dict) -> str:
    """The raw text a gold file is about (html is turned into article text)."""
    path = (gold_path.parent / gold["text_file"]).resolve()
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        try:
            from dateline.ingest.readers import article_from_html

            return article_from_html(raw, str(path)).text
        except ImportError:
            import trafilatura

            return trafilatura.extract(raw) or ""
    return raw


def _event_dict(event: Any) -> dict:
    data = event.model_dump(mode="json") if hasattr(event, "model_dump") else dict(event)
    return data


def run_eval(gold_dir: str | Path, pred_path: str | Path | None = None) -> tuple[list[DocScore], DocScore]:
    """Score every ``*.gold.json`` in gold_dir; without predictions, run the pipeline on each text."""
    gold_paths = sorted(Path(gold_dir).glob("*.gold.json"))
    predictions_by_doc: dict[str, list[dict]] = {}
    if pred_path is not None:
        for line in Path(pred_path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                predictions_by_doc.setdefault(str(record.get("doc_id")), []).append(record)
    scores: list[DocScore] = []
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text: str | None = None
        source: dict | None = None
        if pred_path is None:
            from dateline.models import RawArticle
            from dateline.pipeline import process_article

            raw_text = read_gold_text(gold_path, gold)
            published = _date(gold.get("published")) if gold.get("published_from_metadata") else None
            document, events = process_article(RawArticle(origin=str(gold_path), text=raw_text,
                                                          published=published,
                                                          published_from_metadata=published is not None))
            text = document.text
            source = {"source_is_party": document.source_is_party}
            predictions = [_event_dict(e) for e in events]
        else:
            doc_id = str(gold.get("doc_id"))
            predictions = predictions_by_doc.get(doc_id, [])
            if not predictions and gold_path.name.replace(".gold.json", "") in predictions_by_doc:
                predictions = predictions_by_doc[gold_path.name.replace(".gold.json", "")]
        scores.append(score_document(gold, predictions, text, source))
    return scores, micro_total(scores)


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def print_report(scores: list[DocScore], total: DocScore) -> None:
    from rich.console import Console
    from rich.table import Table

    rows = [figures(s) for s in [*scores, total]]
    table = Table(title="event extraction vs gold")
    for column in rows[0]:
        table.add_column(column, justify="left" if column == "doc_id" else "right")
    for row in rows:
        table.add_row(*(_fmt(v) for v in row.values()))
    Console(width=max(Console().width, 150)).print(table)


def register(app: typer.Typer) -> None:
    """Add ``eval GOLD_DIR [--pred FILE.jsonl]`` to a Typer app."""

    @app.command("eval")
    def eval_command(
        gold_dir: Path = typer.Argument(..., help="folder of *.gold.json files"),
        pred: Path | None = typer.Option(None, "--pred", help="predictions (JSON Lines); default: run the pipeline"),
    ) -> None:
        """Score extracted events against gold files (recall, precision, type/date/actor accuracy...)."""
        scores, total = run_eval(gold_dir, pred)
        print_report(scores, total)
