"""A user's session on Ray: the bundled corpus, two reports of one event and two bad inputs, extracted on Ray
give the database a local run gives, bad inputs included; a run on a cluster the user joined is resumed.

Ray is in the test extra: without it these tests fail (`--ray` exits with "Ray is not installed"), never skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CORPUS, REPO, run_cli

# Two reports of one event by two outlets, so the run also merges across documents.
REPORTS = {
    "reuters-kisumu.txt": "NAIROBI, June 12, 2023 (Reuters) - Police fired tear gas at hundreds of traders protesting "
                          "against new taxes in Kisumu on Monday, witnesses said.\n\n(Reporting by Duncan Miriri)\n",
    "standard-kisumu.txt": "KISUMU, Kenya, June 12, 2023 (The Standard) - Anti-riot officers lobbed tear gas canisters "
                           "at traders who marched against the finance bill in Kisumu on Monday, a trader said.\n",
}  # fmt: skip

# A cluster to join, as `ray start --head` would give: started by dateline's own session settings, it prints its
# address and lives until its standard input closes.
HEAD = """
import sys
from dateline.scale.ray_runner import ray_session
with ray_session(num_cpus=2) as ray:
    print(ray.get_runtime_context().gcs_address, flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def ray_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Ray's sessions and logs in a temporary folder of their own (short: Ray puts its sockets there)."""
    folder = Path(tempfile.mkdtemp(prefix="ray-"))
    monkeypatch.setenv("RAY_TMPDIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def exported_events(db: Path) -> list[dict]:
    result = run_cli("export", "--format", "jsonl", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def untracked(repo: Path) -> set[str]:
    listing = subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=repo, capture_output=True, text=True)
    return {line for line in listing.stdout.splitlines() if "__pycache__" not in line}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_ray_run_stores_what_a_local_run_stores_and_resumes(tmp_path: Path, ray_tmp: Path, monkeypatch) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, text in REPORTS.items():
        (reports / name).write_text(text, encoding="utf-8")
    (tmp_path / "corrupt.txt").write_bytes(b"\x00\x01\x02 not text \x00\xff" * 50)  # fails in the driver's reader
    (tmp_path / "ads-only.txt").write_text("728 x 90\n", encoding="utf-8")  # read fine, fails in a worker
    inputs = [str(CORPUS), str(reports), str(tmp_path / "corrupt.txt"), str(tmp_path / "ads-only.txt")]
    files_before = untracked(REPO)

    # a cluster to join starts while the local run works
    head = subprocess.Popen([sys.executable, "-c", HEAD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            cwd=tmp_path)  # fmt: skip
    try:
        local_db, ray_db = tmp_path / "local.db", tmp_path / "ray.db"
        local = run_cli("extract", *inputs, "--db", str(local_db))
        assert local.returncode == 1, local.stderr  # 1: some inputs failed

        # An earlier run on the joined cluster stored the first inputs (the corpus's HTML folder comes first),
        # as a run interrupted there would have.
        address = head.stdout.readline().strip()
        assert address, "the head node did not start"
        with monkeypatch.context() as env:
            env.setenv("RAY_AUTH_MODE", "token")  # how a driver joins a cluster with Ray's default authentication
            earlier = run_cli("extract", str(CORPUS / "html"), "--ray-address", address, "--db", str(ray_db))
        assert earlier.returncode == 0, earlier.stderr
        assert "ray: 2 workers" in earlier.stderr
        assert "processed 2, skipped 0" in earlier.stderr
    finally:
        head.stdin.close()
        head.wait(timeout=60)

    on_ray = run_cli("extract", *inputs, "--ray", "--ray-cpus", "2", "--batch-size", "2", "--db", str(ray_db))
    assert on_ray.returncode == 1, on_ray.stderr
    assert "ray: 2 workers (local instance)" in on_ray.stderr
    assert "Traceback" not in on_ray.stderr

    # the same bad inputs reported the same way, one line each; the rest stored; the stored part not redone
    errors = error_lines(on_ray.stderr)
    assert errors == error_lines(local.stderr)
    assert len(errors) == 2
    assert errors[0].startswith(f"error: {tmp_path / 'corrupt.txt'}: ") and "binary" in errors[0]
    assert errors[1] == f"error: {tmp_path / 'ads-only.txt'}: no article text once page junk is removed"
    assert "processed 8, skipped 2 (already stored), failed 2" in on_ray.stderr
    assert "processed 10, skipped 0 (already stored), failed 2" in local.stderr

    # the same events, ids and content, merged the same way
    local_events, ray_events = exported_events(local_db), exported_events(ray_db)
    assert ray_events == local_events
    assert len(local_events) > 40
    [kisumu] = [e for e in ray_events if len(e["sources"]) > 1]
    assert sorted(s["reported_by"] for s in kisumu["sources"]) == ["Reuters", "The Standard"]

    assert untracked(REPO) == files_before, "Ray leaves nothing in the checkout"
    assert any(ray_tmp.glob("ray/session_*")), "its sessions and logs are in its temporary folder"


def test_a_worker_killed_mid_batch_is_replaced_and_its_batch_redone(ray_tmp: Path) -> None:
    """As when the out-of-memory killer ends a worker: the batch it held comes back whole, in order, with the
    events a local run finds."""
    from dateline.batch import analyze_items
    from dateline.bench import bench_articles
    from dateline.scale.ray_runner import WorkerPool, analyze_in_order, ray_session

    articles = bench_articles(CORPUS, 4)  # ~600 words each: the batch takes seconds, the kill comes at 1 s
    local = list(analyze_items(articles, lambda _: False))
    with ray_session(num_cpus=1) as ray:
        pool = WorkerPool(ray, (), size=1)
        [worker] = pool.workers
        first_pid = ray.get(worker.ready.remote())
        killer = threading.Timer(1.0, ray.kill, args=(worker,), kwargs={"no_restart": False})
        killer.start()
        on_ray = list(analyze_in_order(pool, articles, batch_size=len(articles)))
        killer.join()
        assert ray.get(worker.ready.remote()) != first_pid, "the worker was replaced"
        pool.close()
    assert on_ray == local
