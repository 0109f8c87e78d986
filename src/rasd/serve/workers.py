"""The server's extraction: a bounded pool of worker processes with a queue limit.

`POST /api/extract` never runs the pipeline in the server process: a document
is sent to one of `workers` processes (forkserver: each starts clean and loads
the models once), where it runs under the per-document time budget and the
per-process memory cap of rasd.limits. At most `workers + queue` documents are
accepted at once; one more is refused at once with 503 and Retry-After, so a
burst never grows the server's memory or latency without bound. A worker that
dies (killed, out of memory) fails only the requests it held: the pool is
replaced and the next request is served. A worker interrupted mid-document (its
time budget, its memory cap, an error) may have been stopped halfway through
updating a cache it shares with later documents: it takes no further document,
and the pool is replaced (see `_retire`).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from rasd import limits

log = logging.getLogger("rasd.serve")

DEFAULT_QUEUE = 16  # documents waiting beyond those being extracted


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


@dataclass(frozen=True)
class Outcome:
    """What a request gets: an HTTP status and a JSON body (already serialised on 200)."""

    status: int
    body: str  # the document's JSON on 200, else a one-line message
    retry_after: int | None = None


class ExtractPool:
    """`await pool.extract(fields)` -> Outcome; see the module doc. Thread-safe."""

    def __init__(self, workers: int | None = None, queue: int = DEFAULT_QUEUE,
                 budget_s: float = limits.TIME_BUDGET_S,
                 memory_mb: int = limits.MEMORY_LIMIT_MB) -> None:
        self.workers = max(1, workers or default_workers())
        self.queue = max(0, queue)
        self.budget_s = budget_s
        self.memory_mb = memory_mb
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._retired: list[ProcessPoolExecutor] = []  # finishing what they hold
        self._active = 0
        self._closed = False

    @property
    def capacity(self) -> int:
        return self.workers + self.queue

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the extraction pool is closed")
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("forkserver"),
                    initializer=_init, initargs=(self.budget_s, self.memory_mb))
            return self._pool

    def _retry_after(self) -> int:
        # about the time for the queue ahead to drain, from the budget's scale
        return max(1, min(60, int(self.capacity / self.workers * 2)))

    async def extract(self, fields: dict[str, Any]) -> Outcome:
        with self._lock:
            if self._active >= self.capacity:
                return Outcome(503, f"busy: {self._active} documents are being extracted or "
                               "waiting; try again later", self._retry_after())
            self._active += 1
        try:
            for _ in range(3):  # a broken pool or a retired worker: once more, on a new pool
                try:
                    pool = self._executor()
                    future = pool.submit(_extract, fields)
                except BrokenProcessPool:
                    self._replace(pool)
                    continue
                except RuntimeError:  # closed: the server is stopping
                    return Outcome(503, "the server is stopping", 5)
                try:
                    status, body, retire = await asyncio.wrap_future(future)
                except BrokenProcessPool:  # the worker died holding this document
                    self._replace(pool)
                    return Outcome(500, "the extraction worker stopped (out of memory?); "
                                   "the pool was restarted", None)
                if retire:
                    self._retire(pool)
                if status != RETIRED:
                    return Outcome(status, body)
            return Outcome(503, "the extraction workers are restarting", 5)
        finally:
            with self._lock:
                self._active -= 1

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)
        log.error("an extraction worker died: pool restarted")

    def _retire(self, pool: ProcessPoolExecutor) -> None:
        """New documents go to a new pool; `pool` finishes what it holds, then its workers
        exit (the interrupted one bounces what it is given: RETIRED, sent again)."""
        with self._lock:
            if self._pool is not pool:
                return  # retired already
            self._pool = None
            self._retired = [p for p in self._retired if _alive(p)] + [pool]
        pool.shutdown(wait=False)
        log.warning("an extraction worker was interrupted mid-document: pool renewed")

    def warm(self) -> None:
        """Start the worker processes now (each loads the models), not on the first request."""
        pool = self._executor()
        for _ in range(self.workers):
            pool.submit(_warm)

    def close(self) -> None:
        """Stop the workers now (a document in progress is abandoned: the server stops)."""
        from rasd.ingest import stop_workers

        with self._lock:
            self._closed = True
            pools = [p for p in (self._pool, *self._retired) if p is not None]
            self._pool, self._retired = None, []
        for pool in pools:
            stop_workers(pool)


def _alive(pool: ProcessPoolExecutor) -> bool:
    return any(p.is_alive() for p in (getattr(pool, "_processes", None) or {}).values())


# --- in the worker processes ------------------------------------------------------

_BUDGET: list[float] = [limits.TIME_BUDGET_S]
RETIRED = 0  # the status of a document a retired worker did not take
_INTERRUPTED: list[bool] = [False]  # this worker stopped a document halfway


def _init(budget_s: float, memory_mb: int) -> None:
    import signal

    from rasd.ingest import exit_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us
    exit_with_parent()  # a server killed outright leaves no worker behind
    _BUDGET[0] = budget_s
    limits.cap_memory(memory_mb)
    _warm()  # the models load now, not within the first document's time budget


def _warm() -> None:
    from rasd.ingest import warm
    from rasd.pipeline import Pipeline

    warm(Pipeline())


def _extract(fields: dict[str, Any]) -> tuple[int, str, bool]:
    """(status, body, retire) for one document; never raises (the pool must not break).

    `retire`: this worker was interrupted mid-document (anywhere: inside a cache update,
    a library's state) and must take no other; it answers RETIRED from then on."""
    if _INTERRUPTED[0]:
        return RETIRED, "", True
    status, body = _extract_one(fields)
    return status, body, _INTERRUPTED[0]


def _extract_one(fields: dict[str, Any]) -> tuple[int, str]:
    from rasd.pipeline import Pipeline, extract
    from rasd.readers.record import BadInput, Record

    record = Record(origin="<api>", text=fields.get("text"), html=fields.get("html"),
                    title=fields.get("title"), url=fields.get("url"),
                    source=fields.get("source"))
    try:
        with limits.time_budget(_BUDGET[0], "<api>"):
            doc = extract(record, fields.get("published"), fields.get("source"), Pipeline())
            return 200, doc.to_json()
    except limits.OverBudget as exc:
        _INTERRUPTED[0] = True
        return 422, str(exc).replace("<api>: ", "")
    except BadInput as exc:  # refused before any stage ran
        return 422, str(exc).replace("<api>: ", "")
    except MemoryError:
        _INTERRUPTED[0] = True
        return 422, "the document needs more memory than a worker may use"
    except Exception:
        _INTERRUPTED[0] = True
        log.exception("extraction failed")
        return 500, "internal error"
