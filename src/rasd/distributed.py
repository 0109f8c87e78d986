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


def local_cluster(workers: int = 2) -> LocalCluster:
    """A LocalCluster of `workers` processes on this machine, one thread each (extraction
    is pure-Python CPU work under the GIL, and each process keeps its own models), quiet,
    with its HTTP port on loopback. Process-based: the calling script needs an
    `if __name__ == "__main__":` guard."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                        dashboard_address=NO_DASHBOARD, silence_logs=logging.ERROR)


@contextmanager
def cluster(address: str, workers: int = 2, *,
            timeout: float = CONNECT_TIMEOUT_S) -> Iterator[Client]:
    """A Client of the Dask scheduler at `address` (e.g. `tcp://10.0.0.5:8786`), checked
    to have at least one worker running this rasd version; for `address` "local", of
    a LocalCluster of `workers` processes, one thread each, no dashboard, closed on exit.

    Raises ClusterError (one line) when dask is missing or the cluster is unusable.
    """
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("a Dask scheduler needs dask and distributed: "
                           "pip install 'rasd[dist]'") from None
    local = None
    try:
        if address == LOCAL:
            local = local_cluster(workers)
            client = Client(local, timeout=timeout)
        else:
            client = Client(address, timeout=timeout)
    except (OSError, ValueError, TimeoutError) as exc:
        if local is not None:
            local.close()
        raise ClusterError(f"scheduler {address}: {_one_line(exc)}") from None
    try:
        _check_workers(client, address, timeout)
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()


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


def extract_many(records: Iterable[Record], client: Client, *, published: str | None = None,
                 source: str | None = None, pipeline: Pipeline | None = None,
                 window: int | None = None,
                 on_error: Callable[[Record, Exception], None] | None = None,
                 ) -> Iterator[Document]:
    """`rasd.pipeline.extract` of every record on the cluster; Documents in input order.

    At most `window` records are in flight (default: 8 per worker thread). A record
    that fails (BadInput, a stage error, its worker dying) raises here, unless
    `on_error(record, exc)` is given: then it is reported there and skipped.
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
            record, fut = pending.popleft()
            try:
                doc = fut.result()
            except Exception as exc:
                # a cancelled task: the cluster is gone, not this record
                if on_error is None or isinstance(exc, CancelledError):
                    raise
                on_error(record, exc)
                continue
            finally:
                fut.release()
            yield doc
    finally:
        if pending:
            client.cancel([f for _, f in pending])


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
                      executor=client.get_executor(pure=False), worker_store=shared is not None,
                      **options)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]
