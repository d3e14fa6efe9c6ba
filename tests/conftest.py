from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SAMPLE = CORPUS / "text" / "iran-2020-08-05.txt"  # the bundled copy of ../shared/samples/iran-2020-08-05.txt


def _shared_dir() -> Path:
    """The team's shared folder (gold data): $DATELINE_SHARED, else beside the checkout, else /work/shared."""
    for candidate in (os.environ.get("DATELINE_SHARED"), REPO.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "eval").is_dir():
            return Path(candidate)
    return REPO.parent / "shared"


SHARED = _shared_dir()
EVAL_DEV = SHARED / "eval" / "dev"
SAMPLE_GOLD = EVAL_DEV / "iran-2020-08-05.gold.json"
GEO_EVAL = SHARED / "eval" / "geo"


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None, timeout: int = 600):
    """Run the real `dateline` command in a subprocess, as a user would."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "dateline", *args],
        cwd=cwd or REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.db"
