"""Parallel, resumable ingest: readers → extraction in worker processes → store.

Records stream from the readers through a bounded window of in-flight jobs
(never the whole corpus in memory). Workers clean each record, skip the
pipeline when its text is already stored (so a re-run or a resumed run is
cheap), extract it and compute its MinHash. The parent writes results in
order, a batch per transaction: a run killed at any moment leaves whole
documents only, and running it again stores each missing one exactly once.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import (
    BrokenExecutor,
    CancelledError,
    Executor,
    Future,
    ProcessPoolExecutor,
)
from dataclasses import dataclass, field
from typing import Any

from rasd.pipeline import Pipeline, make_document
from rasd.readers.dispatch import read_path
from rasd.readers.record import BadInput, Record
from rasd.store import dedup, fts
from rasd.store.store import AddResult, Incoming, Store, StoreError

MAX_BAD_KEPT = 1000  # bad items remembered for the summary (all are reported as they come)


@dataclass(slots=True)
class IngestReport:
    records: int = 0
    added: int = 0
    copies: int = 0
    near_duplicates: int = 0
    events: int = 0
    bad: int = 0
    batches: int = 0
    seconds: float = 0.0
    bad_items: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"{self.records} records in {self.seconds:.1f} s ({self.rate:.1f} docs/s): "
                f"{self.added} new documents, {self.copies} already stored (copies recorded), "
                f"{self.near_duplicates} near-duplicates grouped, {self.events} events, "
                f"{self.bad} skipped")


# --- the worker side (one per process) ----------------------------------------

_WORKER: dict[str, Any] = {}


def _init(url: str | None, names: tuple[str, ...], published: str | None,
          source: str | None) -> None:
    """`url` None (or a store this worker cannot open, e.g. a SQLite file on another
    machine): no skipping of stored texts here; the writer still records them as copies."""
    if _WORKER.get("store") is not None:  # a Dask worker switching to another run's store
        _WORKER["store"].close()
    store = None
    if url is not None:
        with contextlib.suppress(StoreError):
            store = Store.open(url, readonly=True)
    _WORKER.clear()
    _WORKER.update(store=store, pipeline=Pipeline(names), published=published, source=source,
                   config=(url, names, published, source))


def _job(config: tuple[str | None, tuple[str, ...], str | None, str | None],
         record: Record) -> Incoming | str:
    """`_process` for executors without an initializer (Dask): set up on first use."""
    if _WORKER.get("config") != config:
        _init(*config)
    return _process(record)


def _process(record: Record) -> Incoming | str:
    """Extract one record; a string is a one-line reason to skip it."""
    try:
        doc = make_document(record, _WORKER["published"], _WORKER["source"])
        if _WORKER["store"] is not None and _WORKER["store"].has_document(doc.id):
            return Incoming(doc, record.origin, b"")  # stored: only its copy is recorded
        doc = _WORKER["pipeline"](doc)
        # the signature and the search-index words are computed here, in parallel,
        # so the single writer only writes
        return Incoming(doc, record.origin, dedup.signature(doc.text),
                        fts.index_strings(doc.text))
    except BadInput as exc:
        return str(exc)
    except Exception as exc:  # a stage failing on one article must not stop the corpus
        return f"{record.origin}: extraction failed ({type(exc).__name__}: {exc})"


# --- the parent side ------------------------------------------------------------------


def records(paths: Iterable[str], **options: object) -> Iterator[Record | BadInput]:
    """Every record of every path, in order; unreadable paths become BadInput items.
    `options` go to the readers (e.g. text_column for CSV)."""
    for path in paths:
        if path != "-" and os.path.exists(path):
            path = os.path.abspath(path)  # origins (copies' keys) must not depend on the cwd
        try:
            yield from read_path(path, **options)
        except BadInput as exc:
            yield exc


def ingest(paths: Iterable[str], url: str, *, workers: int = 1, published: str | None = None,
           source: str | None = None, batch_size: int = 64, flush_seconds: float = 2.0,
           pipeline: Pipeline | None = None, reader_options: dict[str, object] | None = None,
           on_bad: Callable[[str], None] | None = None,
           on_progress: Callable[[IngestReport], None] | None = None,
           executor: Executor | None = None, worker_store: bool = True) -> IngestReport:
    """Ingest every record under `paths` into the store at `url`; see module doc.

    `executor`: run extraction there (e.g. a Dask cluster's, see rasd.distributed)
    instead of `workers` local processes; `workers` then sizes the in-flight window
    (the executor's parallel slots). `worker_store`: whether the workers can open the
    store at `url` to skip stored texts (False for SQLite on other machines).
    """
    names = (pipeline or Pipeline()).names
    report = IngestReport()
    start = time.perf_counter()
    batch: list[Incoming] = []
    last_flush = time.perf_counter()

    def bad(message: str) -> None:
        report.bad += 1
        if len(report.bad_items) < MAX_BAD_KEPT:
            report.bad_items.append(message)
        if on_bad:
            on_bad(message)

    with Store.open(url) as store:  # creates and migrates before any worker opens it

        def flush() -> None:
            nonlocal last_flush
            if batch:
                _count(report, store.add_documents(batch))
                report.batches += 1
                batch.clear()
            last_flush = time.perf_counter()

        def take(result: Incoming | str) -> None:
            report.records += 1
            if isinstance(result, str):
                bad(result)
            else:
                batch.append(result)
            if len(batch) >= batch_size or time.perf_counter() - last_flush >= flush_seconds:
                flush()
            report.seconds = time.perf_counter() - start
            if on_progress:
                on_progress(report)

        items = records(paths, **(reader_options or {}))
        if executor is None and workers <= 1:
            _init(url, names, published, source)
            try:
                for item in items:
                    if isinstance(item, BadInput):
                        report.records += 1
                        bad(str(item))
                        continue
                    take(_process(item))
            finally:
                if _WORKER["store"] is not None:
                    _WORKER["store"].close()
        else:
            config = (url if worker_store else None, names, published, source)
            _parallel(items, config, workers, take, bad, report, executor)
        flush()
    report.seconds = time.perf_counter() - start
    return report


def _parallel(items: Iterator[Record | BadInput],
              config: tuple[str | None, tuple[str, ...], str | None, str | None],
              workers: int, take: Callable[[Incoming | str], None],
              bad: Callable[[str], None], report: IngestReport,
              executor: Executor | None = None) -> None:
    if executor is not None:
        _feed(executor, items, config, max(1, workers) * 8, take, bad, report)
        return
    # forkserver: workers start from a clean process, not a copy of this one
    # (which holds a database connection and a progress-bar thread).
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                             initargs=config) as pool:
        _feed(pool, items, config, workers * 8, take, bad, report)


def _feed(pool: Executor, items: Iterator[Record | BadInput],
          config: tuple[str | None, tuple[str, ...], str | None, str | None], window: int,
          take: Callable[[Incoming | str], None], bad: Callable[[str], None],
          report: IngestReport) -> None:
    """Keep `window` jobs in flight (bounded memory, workers never starve); take results
    in input order."""
    pending: deque[tuple[str, Future[Incoming | str]]] = deque()
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                item = next(items, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, BadInput):
                    report.records += 1
                    bad(str(item))
                else:
                    pending.append((item.origin, pool.submit(_job, config, item)))
            if not pending:
                break
            origin, fut = pending.popleft()
            try:
                result = fut.result()  # in order: deterministic groups and merges
            except (BrokenExecutor, CancelledError):  # the pool or cluster is gone
                raise
            except Exception as exc:  # e.g. Dask's KilledWorker: this record's worker died
                result = f"{origin}: worker failed ({type(exc).__name__}: {exc})"
            take(result)
    except BaseException:
        for _, fut in pending:
            fut.cancel()
        raise


def _count(report: IngestReport, r: AddResult) -> None:
    report.added += r.added
    report.copies += r.copies
    report.near_duplicates += r.near_duplicates
    report.events += r.events
