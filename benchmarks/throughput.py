"""Documents per second of the whole pipeline vs spaCy alone: `python benchmarks/throughput.py [N]`."""

import sys
from pathlib import Path

from dateline.bench import report, run_bench

if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    print(report(run_bench(Path(__file__).resolve().parent.parent / "corpus", count)))
