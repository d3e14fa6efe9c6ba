"""Throughput benchmark: the whole pipeline against spaCy's small pipeline alone, in one run.

Reported as documents per second on one core and as a ratio, never as a pass/fail timing.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest.readers import read_inputs
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
    """~600-word articles built from the corpus: each joins consecutive reports until it reaches the length,
    so every article is a real mix of sentences (rotating the start gives distinct documents)."""
    base = [a for a in read_inputs([str(corpus)]) if isinstance(a, RawArticle)]
    if not base:
        raise ValueError(f"{corpus}: no readable articles for the benchmark")
    articles = []
    for i in range(count):
        parts, words, j = [], 0, i
        while words < TARGET_WORDS:
            text = base[j % len(base)].text
            parts.append(text)
            words += len(text.split())
            j += 1
        articles.append(
            RawArticle(origin=f"bench-{i}", text="\n\n".join(parts), published=base[i % len(base)].published)
        )
    return articles


def run_bench(corpus: Path, count: int = 40) -> BenchResult:
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target is stated per core
    from dateline.nlp import get_nlp
    from dateline.pipeline import process_article

    articles = bench_articles(corpus, count)
    nlp = get_nlp()
    process_article(articles[0])  # warm-up: model and gazetteer load are not per-document costs

    start = time.perf_counter()
    for article in articles:
        process_article(article)
    pipeline_s = time.perf_counter() - start

    texts = [a.text for a in articles]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    spacy_s = time.perf_counter() - start

    start = time.perf_counter()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for _ in nlp.pipe(texts, batch_size=8):
            pass
    ner_s = time.perf_counter() - start

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
