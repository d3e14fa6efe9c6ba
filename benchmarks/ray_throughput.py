"""Documents per second in one local process vs on a local Ray, same articles, wall clock:
`python benchmarks/ray_throughput.py [DOCUMENTS] [CPUS] [BATCH_SIZE]` (needs the 'ray' extra).

Model loading is excluded on both sides (Ray's start and its workers' loading are reported apart), storing
too: this measures the analysis that Ray spreads. Wall-clock times on a shared machine are noisy.
"""

import sys
import time
from pathlib import Path

from dateline.batch import analyze_items
from dateline.bench import bench_articles
from dateline.scale.ray_runner import WorkerPool, analyze_in_order, ray_session

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main(count: int, cpus: int | None, batch_size: int) -> None:
    articles = bench_articles(CORPUS, count)
    list(analyze_items(articles[:1], lambda _: False))  # warm-up: load the model and the gazetteer
    start = time.perf_counter()
    list(analyze_items(articles, lambda _: False))
    local_s = time.perf_counter() - start

    start = time.perf_counter()
    with ray_session(num_cpus=cpus) as ray:
        pool = WorkerPool(ray, ())
        startup_s = time.perf_counter() - start
        list(analyze_in_order(pool, articles[: len(pool.workers)], batch_size=1))  # warm-up, one per worker
        start = time.perf_counter()
        list(analyze_in_order(pool, articles, batch_size))
        ray_s = time.perf_counter() - start
        pool.close()

    local_rate, ray_rate = count / local_s, count / ray_s
    print(f"{count} documents of ~600 words, batches of {batch_size}")
    print(f"local, one process:   {local_rate:6.2f} docs/s")
    workers = f"ray, {len(pool.workers)} workers:"
    print(f"{workers:22}{ray_rate:6.2f} docs/s (start and model loading: {startup_s:.1f} s)")
    print(f"ray / local:          {ray_rate / local_rate:6.2f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        int(args[0]) if args else 40,
        int(args[1]) if len(args) > 1 else None,
        int(args[2]) if len(args) > 2 else 4,
    )
