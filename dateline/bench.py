"""Throughput benchmark: the whole pipeline against spaCy's small pipeline alone, in one run.

Reported as documents per second on one core and as a ratio, never as a pass/fail timing.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest.readers import InputError, read_inputs
from dateline.models import RawArticle

TARGET_WORDS = 600


@dataclass
class BenchResult:
    documents: int
    mean_words: float
    pipeline_docs_per_s: float
    spacy_docs_per_s: float
    spacy_ner_docs_per_s: float

    @property
    def ratio(self) -> float:
        return self.pipeline_docs_per_s / self.spacy_docs_per_s if self.spacy_docs_per_s else 0.0


def bench_articles(corpus: Path, count: int) -> list[RawArticle]:
    """~600-word articles built from the corpus: each opens with a whole report and goes on with the
    paragraphs of the next ones until it reaches the length, so every article is a real mix of sentences
    (rotating the start gives distinct documents)."""
    base = [a for a in read_inputs([str(corpus)]) if isinstance(a, RawArticle)]
    if not base:
        raise ValueError(f"{corpus}: no readable articles for the benchmark")
    articles = []
    for i in range(count):
        paragraphs = [p for j in range(len(base)) for p in base[(i + j) % len(base)].text.split("\n\n")]
        parts, words = [], 0
        for paragraph in paragraphs:
            if words >= TARGET_WORDS:
                break
            parts.append(paragraph)
            words += len(paragraph.split())
        articles.append(
            RawArticle(origin=f"bench-{i}", text="\n\n".join(parts), published=base[i % len(base)].published)
        )
    return articles


def run_bench(corpus: Path, count: int = 40) -> BenchResult:
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target is stated per core
    import spacy

    from dateline.batch import analyze_items
    from dateline.nlp import MODEL_PACKAGE

    articles = bench_articles(corpus, count)
    nlp = spacy.load(MODEL_PACKAGE)  # spaCy's pipeline as shipped, for the reference figures
    # warm-up: loading the models and the gazetteer is not a per-document cost
    list(analyze_items(articles[:1], lambda _: False))
    nlp(articles[0].text)

    # the analysis `dateline extract` runs (batched as there), storage aside; in CPU seconds of this process:
    # one core's work, unaffected by other programs sharing the machine
    start = time.process_time()
    outcomes = list(analyze_items(articles, lambda _: False))
    pipeline_s = time.process_time() - start
    failed = [o for o in outcomes if isinstance(o, InputError)]
    if failed:
        raise ValueError(f"{corpus}: the pipeline failed on a benchmark article ({failed[0]})")

    texts = [a.text for a in articles]
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    spacy_s = time.process_time() - start

    start = time.process_time()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for _ in nlp.pipe(texts, batch_size=8):
            pass
    ner_s = time.process_time() - start

    return BenchResult(
        documents=len(articles),
        mean_words=sum(len(t.split()) for t in texts) / len(texts),
        pipeline_docs_per_s=len(articles) / pipeline_s,
        spacy_docs_per_s=len(articles) / spacy_s,
        spacy_ner_docs_per_s=len(articles) / ner_s,
    )


def report(result: BenchResult) -> str:
    return (
        f"{result.documents} documents, {result.mean_words:.0f} words on average, one process\n"
        f"dateline pipeline:        {result.pipeline_docs_per_s:6.2f} docs/s\n"
        f"spaCy small, full:        {result.spacy_docs_per_s:6.2f} docs/s\n"
        f"spaCy small, NER only:    {result.spacy_ner_docs_per_s:6.2f} docs/s\n"
        f"pipeline / spaCy full:    {result.ratio:6.2f}"
    )


@dataclass
class GeoBenchResult:
    gazetteer_mb: float
    load_s: float
    exact_lookup_ms: float
    lookup_ms: float
    documents: int
    geocode_docs_per_s: float
    file_s: float


def run_geo_bench(jsonl: Path, names: int = 2000) -> GeoBenchResult:
    """Gazetteer size, load time and lookup time, and geocoding throughput over a JSONL file of documents
    (`{doc_id, text}` a line, e.g. ../shared/eval/geo/lgl-dev.jsonl), model loading excluded."""
    import json

    from dateline.nlp import get_nlp
    from dateline.resolve.geo import geoparse
    from dateline.resolve.geo.gazetteer import Gazetteer, get_gazetteer

    try:
        texts = [json.loads(line)["text"] for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{jsonl}: not a JSONL file of documents with a text field ({exc})") from exc
    path = get_gazetteer().path  # builds it on first use
    start = time.perf_counter()
    gazetteer = Gazetteer(path)
    words = sorted({w.strip(".,;:()\"'") for t in texts for w in t.split() if w[:1].isupper()})[:names]
    gazetteer.lookup(words[0])
    load_s = time.perf_counter() - start  # opening plus a first query
    start = time.perf_counter()
    for word in words:
        gazetteer.lookup(word, max_level=0)
    exact_ms = (time.perf_counter() - start) / max(1, len(words)) * 1000
    gazetteer = Gazetteer(path)  # empty per-key cache again
    start = time.perf_counter()
    for word in words:
        gazetteer.lookup(word)
    lookup_ms = (time.perf_counter() - start) / max(1, len(words)) * 1000
    nlp = get_nlp()
    geoparse(nlp("Warm-up in Paris."))
    start = time.process_time()
    for doc in nlp.pipe(texts, batch_size=8):
        geoparse(doc)
    file_s = time.process_time() - start
    return GeoBenchResult(path.stat().st_size / 2**20, load_s, exact_ms, lookup_ms, len(texts), len(texts) / file_s,
                          file_s)


def geo_report(result: GeoBenchResult) -> str:
    return (
        f"gazetteer file:           {result.gazetteer_mb:6.1f} MB\n"
        f"gazetteer load:           {result.load_s:6.2f} s\n"
        f"name lookup, exact:       {result.exact_lookup_ms:6.3f} ms (uncached)\n"
        f"name lookup, all variants:{result.lookup_ms:6.3f} ms (uncached; spelling variants and skeletons)\n"
        f"geocoding, spaCy incl.:   {result.geocode_docs_per_s:6.2f} docs/s ({result.documents} documents in "
        f"{result.file_s:.1f} CPU s)"
    )
