"""Gazetteer size, load and lookup time, and geocoding throughput: `python benchmarks/geocoding.py FILE.jsonl`
(e.g. ../shared/eval/geo/lgl-dev.jsonl, whose whole file the target says takes under a minute on one core)."""

import sys
from pathlib import Path

from dateline.bench import geo_report, run_geo_bench

if __name__ == "__main__":
    print(geo_report(run_geo_bench(Path(sys.argv[1]))))
