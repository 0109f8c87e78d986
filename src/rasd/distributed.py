"""Extraction on a Dask cluster: past one machine, same records in, same documents out.

A Pipeline pickles as its stage names and every stage loads its resources
lazily, once per process, so a Dask worker (`dask worker tcp://SCHEDULER:8786
--nthreads 1`, on any machine with rasd installed) runs `rasd.pipeline.extract`
exactly as a local process does. Records go to the workers; Documents come back
to the client, in input order, through a bounded window of in-flight tasks
(memory stays flat whatever the corpus size).

- `cluster(address, workers)`: a Client of the scheduler at `address`, or of a
  LocalCluster of `workers` processes when `address` is "local".
- `extract_many(records, client)`: Documents in input order.
- `ingest_on(address, paths, url, ...)`: `rasd.ingest.ingest` with the cluster
  as its executor (what `rasd ingest --scheduler ADDRESS` runs); the client
  stays the store's single writer.

Needs the optional extra `rasd[dist]` (dask, distributed); nothing here is
imported by the rest of rasd unless asked for.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import rasd
from rasd.document import Document
from rasd.pipeline import Pipeline, extract
from rasd.readers.record import Record
from rasd.store.db import DatabaseError, parse_url
from rasd.store.store import StoreError

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

    from rasd.ingest import IngestReport

LOCAL = "local"
MEMORY_PER_WORKER = "2GiB"  # a LocalCluster worker's memory: its nanny restarts it past 95%
RECORDS_PER_TASK = 4  # each Dask task has its own scheduler, transfer and bookkeeping cost
# Dask settings for extraction workers: long pure-Python tasks, one thread each. The
# defaults cost CPU for what rasd does not use: a stack sample of every task every 10 ms
# (the dashboard's profile), event-loop ticks every 20 ms, and an environment that makes
# glibc return freed memory to the system after every 64 KiB (MALLOC_TRIM_THRESHOLD_),
# which slows the pipeline's many small allocations; and workers started from a
# forkserver that has imported rasd's modules once, not each from a fresh interpreter.
# bench/distributed.py measures it.
TUNING = {
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "200ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 128 * 1024 * 1024,
}
# the scheduler always serves HTTP (health, metrics; the dashboard only with bokeh):
# a free port on loopback, never the fixed :8787 on every interface
NO_DASHBOARD = "127.0.0.1:0"
CONNECT_TIMEOUT_S = 20.0  # for the scheduler to answer, and for a first worker to join
_LOOPBACK = {"localhost", "::1"}
WINDOW_PER_SLOT = 8  # in-flight tasks per worker thread: workers never starve, memory bounded


class ClusterError(Exception):
    """A cluster that cannot be reached or used: the message is one line."""


def _rasd_version() -> str:
    """Runs on each worker: fails there when rasd is not installed (unpickling this)."""
    return rasd.__version__


def local_cluster(workers: int = 2, memory: str = MEMORY_PER_WORKER) -> LocalCluster:
    """A LocalCluster of `workers` processes on this machine, one thread each (extraction
    is pure-Python CPU work under the GIL, and each process keeps its own models), quiet,
    with its HTTP port on loopback, `memory` per worker (its nanny restarts a worker
    past 95% of it: the record it held is reported and skipped) and TUNING.
    Process-based: the calling script needs an `if __name__ == "__main__":` guard."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(TUNING):  # the nannies hand it to the workers they start
        return LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                            dashboard_address=NO_DASHBOARD, silence_logs=logging.ERROR,
                            memory_limit=memory)


@contextmanager
def cluster(address: str, workers: int = 2, *, timeout: float = CONNECT_TIMEOUT_S,
            quiet: bool = True) -> Iterator[Client]:
    """A Client of the Dask scheduler at `address` (e.g. `tcp://10.0.0.5:8786`), checked
    to have at least one worker running this rasd version; for `address` "local", of
    a LocalCluster of `workers` processes (see `local_cluster`), closed on exit.

    Raises ClusterError (one line) when dask is missing, the cluster is unusable, or
    it is lost while in use (its tasks cancelled). `quiet`: Dask's own log records
    below CRITICAL are dropped meanwhile (they repeat those errors as tracebacks).
    """
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("a Dask scheduler needs dask and distributed: "
                           "pip install 'rasd[dist]'") from None
    # Dask configures levels on several of its (and tornado's) loggers: quiet each of them
    names = ["distributed", "tornado",
             *(n for n in logging.root.manager.loggerDict
               if n.startswith(("distributed.", "tornado.")))] if quiet else []
    levels = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).setLevel(logging.CRITICAL)
    local = client = None
    try:
        try:
            if address == LOCAL:
                local = local_cluster(workers)
                client = Client(local, timeout=timeout)
            else:
                client = Client(address, timeout=timeout)
        except (OSError, ValueError, TimeoutError) as exc:
            raise ClusterError(f"scheduler {address}: {_one_line(exc)}") from None
        _check_workers(client, address, timeout)
        try:
            yield client
        except CancelledError:
            raise ClusterError(f"scheduler {address}: lost the cluster while extracting "
                               "(what was committed is kept: run again to resume)") from None
    finally:
        with contextlib.suppress(Exception):  # closing a lost cluster may fail: no matter
            if client is not None:
                client.close()
            if local is not None:
                local.close()
        for n, level in levels.items():
            logging.getLogger(n).setLevel(level)


def _check_workers(client: Client, address: str, timeout: float) -> None:
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError:
        raise ClusterError(f"scheduler {address}: no worker joined within {timeout:g} s "
                           f"(start one: dask worker {address} --nthreads 1)") from None
    try:
        versions = client.run(_rasd_version)
    except Exception as exc:  # a worker without rasd fails to unpickle the call
        raise ClusterError(f"scheduler {address}: a worker cannot run rasd "
                           f"({_one_line(exc)}); install rasd on every worker") from None
    wrong = sorted(w for w, v in versions.items() if v != rasd.__version__)
    if wrong:
        raise ClusterError(f"scheduler {address}: workers {', '.join(wrong)} run rasd "
                           f"{versions[wrong[0]]}, this client {rasd.__version__}")


def slots(client: Client) -> int:
    """Worker threads in the cluster now (tasks it runs at once)."""
    return max(1, sum(client.nthreads().values()))


class LostCluster(CancelledError):
    """The scheduler went away while a task was in flight: stop, do not skip the record."""


def _outcome(task: Any) -> Any:
    """A Dask future's result, or the task's own exception; a cluster lost on the way
    raises LostCluster (a CancelledError, as a cancelled task does)."""
    try:
        return task.result()
    except CancelledError:
        raise
    except Exception as exc:
        if task.status == "error":  # raised by the task itself (or its worker died)
            raise
        raise LostCluster(f"lost the cluster ({_one_line(exc)})") from exc


class _TaskFuture(cf.Future):  # type: ignore[type-arg]
    def __init__(self, task: Any) -> None:
        super().__init__()
        self.task = task

    def result(self, timeout: float | None = None) -> Any:
        return _outcome(self.task)

    def done(self) -> bool:
        return bool(self.task.done())

    def cancel(self) -> bool:
        self.task.cancel()
        return super().cancel()


class DaskExecutor(cf.Executor):
    """The concurrent.futures Executor that `rasd.ingest.ingest` takes, over a Client.

    Like `Client.get_executor()`, except that `result()` asks the Dask future itself:
    the stock executor's futures never resolve when the scheduler connection drops
    while a result is being fetched (distributed 2026.8.0), which would hang ingest.
    """

    def __init__(self, client: Client) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> _TaskFuture:
        return _TaskFuture(self.client.submit(fn, *args, pure=False, **kwargs))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass  # the cluster belongs to whoever opened the Client


def extract_many(records: Iterable[Record], client: Client, *, published: str | None = None,
                 source: str | None = None, pipeline: Pipeline | None = None,
                 window: int | None = None,
                 on_error: Callable[[Record, Exception], None] | None = None,
                 ) -> Iterator[Document]:
    """`rasd.pipeline.extract` of every record on the cluster; Documents in input order.

    At most `window` records are in flight (default: 8 per worker thread). A record
    that fails (BadInput, a stage error, its worker dying) raises here, unless
    `on_error(record, exc)` is given: then it is reported there and skipped. A lost
    cluster always raises (LostCluster, or CancelledError).
    """
    pipeline = pipeline or Pipeline()
    window = window or WINDOW_PER_SLOT * slots(client)
    pending: deque[tuple[Record, Any]] = deque()
    items = iter(records)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                record = next(items, None)
                if record is None:
                    exhausted = True
                else:
                    pending.append((record, client.submit(extract, record, published, source,
                                                          pipeline, pure=False)))
            if not pending:
                return
            record, task = pending.popleft()
            try:
                doc = _outcome(task)
            except CancelledError:
                raise
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(record, exc)
                continue
            finally:
                task.release()
            yield doc
    finally:
        if pending:
            client.cancel([t for _, t in pending])


def worker_store_url(address: str, url: str) -> str | None:
    """The store URL workers open to skip texts already stored, or None when they cannot
    see it: PostgreSQL is reachable from anywhere (else each worker just skips the
    check); a SQLite file only from this machine, i.e. a local cluster or a scheduler on
    a loopback address (whose workers must be local too). The path is made absolute:
    workers need not share this process's working directory."""
    dialect, target = parse_url(url)
    if dialect != "sqlite":
        return url
    host = urlsplit(address if "://" in address else f"tcp://{address}").hostname or ""
    if address == LOCAL or host in _LOOPBACK or host.startswith("127."):
        return "sqlite:///" + str(Path(target).resolve())
    return None


def ingest_on(address: str, paths: Iterable[str], url: str, *, workers: int = 2,
              **options: Any) -> IngestReport:
    """`rasd.ingest.ingest(paths, url, **options)` with extraction on the Dask cluster at
    `address` ("local": a LocalCluster of `workers` processes). The store is written by
    this process only, in batches, exactly as in a local run."""
    from rasd.ingest import ingest

    try:
        shared = worker_store_url(address, url)
    except DatabaseError as exc:
        raise StoreError(str(exc)) from None
    with cluster(address, workers) as client:
        return ingest(paths, shared or url, workers=slots(client),
                      executor=DaskExecutor(client), worker_store=shared is not None,
                      per_task=RECORDS_PER_TASK, **options)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]
