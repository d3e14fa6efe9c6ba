"""A batch on Ray: workers analyze, the driver reads and stores.

The driver reads the inputs with dateline's readers and ships them in batches to a pool of Ray actors, each
of which loads the spaCy model and the gazetteer once and runs the same per-article function as a local run
(`dateline.batch.analyze_items`). Results come back in input order and the driver stores each document in
its own transaction through `dateline.batch.run_batch`, so the store, the merging of events across
documents, re-runs and resumes behave exactly as in a local run.

Ray is an optional dependency (`pip install 'dateline[ray]'`); it is imported only here.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, TypeVar

from rich.console import Console
from sqlalchemy import Engine

from dateline import store
from dateline.batch import BatchSummary, Outcome, analyze_items, describe_failure, exception_line, run_batch
from dateline.ingest.readers import InputError
from dateline.models import Event, RawArticle

if TYPE_CHECKING:
    from collections.abc import Callable

    from ray.actor import ActorHandle

DEFAULT_BATCH_SIZE = 16
CONNECT_TIMEOUT_S = 5
RESTART_TIMEOUT_S = 120  # a restarted worker loads the model and the gazetteer again
BATCHES_PER_WORKER = 2  # one running and one queued, so a worker never waits for the driver between batches

Item = RawArticle | InputError
T = TypeVar("T")


class RayUnavailable(RuntimeError):
    """Ray is not installed, cannot start or join a cluster, or its workers cannot start."""


class ArticleWorker:
    """One worker process: the model and the gazetteer are loaded when it starts, not per document."""

    def __init__(self) -> None:
        from dateline.nlp import get_nlp
        from dateline.resolve.geo import get_gazetteer

        get_nlp()
        get_gazetteer()
        self.stored_ids: frozenset[str] | None = None

    def ready(self) -> int:
        return os.getpid()

    def analyze(self, items: list[Item], stored_ids: list[Any]) -> list[Outcome]:
        """Outcomes of a batch; ``stored_ids`` holds the reference of the set of documents stored before the
        run (not analyzed again), fetched once per worker (a bare reference would be fetched on every call)."""
        if self.stored_ids is None:
            import ray

            self.stored_ids = ray.get(stored_ids[0])
        return list(analyze_items(items, self.stored_ids.__contains__))


def import_ray() -> ModuleType:
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable("Ray is not installed; install the extra: pip install 'dateline[ray]'") from exc
    return ray


def resolve_address(address: str | None) -> str | None:
    """The cluster to join: ``address``, else $RAY_ADDRESS as in Ray; None for a local instance."""
    return address or os.environ.get("RAY_ADDRESS") or None


def check_reachable(address: str) -> None:
    """Fail fast on a cluster address nothing answers at: Ray itself retries one for many minutes."""
    if address == "auto":  # Ray looks up the cluster started on this machine, and says so if there is none
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise RayUnavailable(f"{address}: not a Ray cluster address (auto, host:port or ray://host:port)")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as exc:
        raise RayUnavailable(f"no Ray cluster answers at {address} ({exc.strerror or exc})") from exc


@contextmanager
def ray_session(address: str | None = None, num_cpus: int | None = None) -> Iterator[ModuleType]:
    """Ray, connected: the cluster at ``address`` ('auto', 'host:port', 'ray://host:port'; default
    $RAY_ADDRESS), or else a local instance started for this run (``num_cpus`` default: all of the
    machine's) and shut down after it. A session the caller already opened is used as it is."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    address = resolve_address(address)
    if address is not None:
        if num_cpus is not None:
            raise ValueError("num_cpus applies to a local Ray; a cluster has the CPUs of its nodes")
        check_reachable(address)
    # No network: no usage report, no dashboard. Set before ray.init, which reads it, and inherited by the
    # processes of a local instance.
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    # Ray logs a warning on every start that token authentication, its default, is on.
    logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(logging.ERROR)
    options: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.WARNING}
    if address is None:
        options.update(num_cpus=num_cpus, include_dashboard=False)
    try:
        ray.init(address=address, **options)
    except Exception as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise RayUnavailable(f"could not start or join {where}: {exception_line(exc)}") from exc
    try:
        yield ray
    finally:
        ray.shutdown()


class WorkerPool:
    """Workers of one run, one per CPU of the cluster (or ``size``), sharing the set of stored documents."""

    def __init__(self, ray: ModuleType, stored_ids: Iterable[str], size: int | None = None) -> None:
        self.ray = ray
        size = size or max(1, int(ray.cluster_resources().get("CPU", 1)))
        # A worker killed by a crash or the out-of-memory killer is replaced, but its task is not retried
        # blindly: analyze_in_order retries its batch one article at a time.
        remote_worker = ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(ArticleWorker)
        self.workers = [remote_worker.remote() for _ in range(size)]
        self.stored_ids = ray.put(frozenset(stored_ids))
        try:
            ray.get([worker.ready.remote() for worker in self.workers])
        except ray.exceptions.RayError as exc:
            self.close()
            raise RayUnavailable(f"Ray workers could not start: {exception_line(exc)}") from exc

    def submit(self, worker: ActorHandle, batch: list[Item]) -> Any:
        return worker.analyze.remote(batch, [self.stored_ids])

    def wait_until_up(self, worker: ActorHandle) -> None:
        """Wait while a worker restarts (a task sent meanwhile fails at once); a worker dead for good, or not
        back in time, makes the retries sent to it fail and be reported."""
        deadline = time.monotonic() + RESTART_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                self.ray.get(worker.ready.remote())
                return
            except self.ray.exceptions.ActorUnavailableError:
                time.sleep(0.5)
            except self.ray.exceptions.RayError:
                return

    def close(self) -> None:
        for worker in self.workers:
            self.ray.kill(worker)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def analyze_in_order(pool: WorkerPool, items: Iterable[Item], batch_size: int) -> Iterator[Outcome]:
    """Outcomes of the items in input order (the order of storing decides which report of a merged event
    comes first, as in a local run), with a bounded number of batches in flight."""
    ray = pool.ray
    batches = chunks(items, batch_size)
    in_flight: deque[tuple[Any, ActorHandle, list[Item]]] = deque()

    def send(worker: ActorHandle) -> None:
        batch = next(batches, None)
        if batch is not None:
            in_flight.append((pool.submit(worker, batch), worker, batch))

    for _ in range(BATCHES_PER_WORKER):
        for worker in pool.workers:
            send(worker)
    while in_flight:
        ref, worker, batch = in_flight.popleft()
        try:
            outcomes = ray.get(ref)
        except ray.exceptions.RayError as exc:
            outcomes = _retry_one_by_one(pool, worker, batch, exc)
        send(worker)
        yield from outcomes


def _retry_one_by_one(pool: WorkerPool, worker: ActorHandle, batch: list[Item], failure: Exception) -> list[Outcome]:
    """A batch whose worker died: its articles again, one at a time, so only an article that kills its worker
    is lost (reported as failed), not the rest of its batch."""
    if len(batch) == 1:
        return [_lost(batch[0], failure)]
    outcomes: list[Outcome] = []
    for item in batch:
        pool.wait_until_up(worker)
        try:
            outcomes.extend(pool.ray.get(pool.submit(worker, [item])))
        except pool.ray.exceptions.RayError as exc:
            outcomes.append(_lost(item, exc))
    return outcomes


def _lost(item: Item, failure: Exception) -> InputError:
    return item if isinstance(item, InputError) else InputError(item.origin, describe_failure(failure))


def run_batch_on_ray(
    paths: Iterable[str],
    engine: Engine | None,
    *,
    address: str | None = None,
    num_cpus: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    out: IO[str] | None = None,
    err: Console | None = None,
    show_progress: bool | None = None,
    on_events: Callable[[list[Event]], None] | None = None,
) -> BatchSummary:
    """`dateline.batch.run_batch` with the analysis on Ray: a local instance (``num_cpus`` default: all of
    this machine's), or the cluster at ``address``. The same documents and events as a local run."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    err = err or Console(stderr=True, soft_wrap=True, highlight=False)
    address = resolve_address(address)
    with ray_session(address, num_cpus) as ray:
        pool = WorkerPool(ray, store.document_ids(engine) if engine is not None else ())
        err.print(f"ray: {len(pool.workers)} workers ({address or 'local instance'})", markup=False)
        try:
            return run_batch(
                paths,
                engine,
                out=out,
                err=err,
                show_progress=show_progress,
                on_events=on_events,
                analyzer=lambda items: analyze_in_order(pool, items, batch_size),
            )
        finally:
            pool.close()
