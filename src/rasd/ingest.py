"""Parallel, resumable ingest: readers → extraction in worker processes → store.

Records stream from the readers through a bounded window of in-flight jobs
(never the whole corpus in memory). Workers clean each record, skip the
pipeline when its text is already stored (so a re-run or a resumed run is
cheap), extract it and compute its MinHash. The parent writes results in
order, a batch per transaction: a run killed at any moment leaves whole
documents only, and running it again stores each missing one exactly once.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from rasd.pipeline import Pipeline, make_document
from rasd.readers.dispatch import read_path
from rasd.readers.record import BadInput, Record
from rasd.store import dedup, fts
from rasd.store.store import AddResult, Incoming, Store

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


def _init(url: str, names: tuple[str, ...], published: str | None, source: str | None) -> None:
    _WORKER.clear()
    _WORKER.update(store=Store.open(url, readonly=True), pipeline=Pipeline(names),
                   published=published, source=source)


def _process(record: Record) -> Incoming | str:
    """Extract one record; a string is a one-line reason to skip it."""
    try:
        doc = make_document(record, _WORKER["published"], _WORKER["source"])
        if _WORKER["store"].has_document(doc.id):
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
        try:
            yield from read_path(path, **options)
        except BadInput as exc:
            yield exc


def ingest(paths: Iterable[str], url: str, *, workers: int = 1, published: str | None = None,
           source: str | None = None, batch_size: int = 64, flush_seconds: float = 2.0,
           pipeline: Pipeline | None = None, reader_options: dict[str, object] | None = None,
           on_bad: Callable[[str], None] | None = None,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Ingest every record under `paths` into the store at `url`; see module doc."""
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
        if workers <= 1:
            _init(url, names, published, source)
            try:
                for item in items:
                    if isinstance(item, BadInput):
                        report.records += 1
                        bad(str(item))
                        continue
                    take(_process(item))
            finally:
                _WORKER["store"].close()
        else:
            _parallel(items, url, names, published, source, workers, take, bad, report)
        flush()
    report.seconds = time.perf_counter() - start
    return report


def _parallel(items: Iterator[Record | BadInput], url: str, names: tuple[str, ...],
              published: str | None, source: str | None, workers: int,
              take: Callable[[Incoming | str], None], bad: Callable[[str], None],
              report: IngestReport) -> None:
    window = workers * 8  # in-flight jobs: bounded memory, workers never starve
    # forkserver: workers start from a clean process, not a copy of this one
    # (which holds a database connection and a progress-bar thread).
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                             initargs=(url, names, published, source)) as pool:
        pending: deque[Future[Incoming | str]] = deque()
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
                        pending.append(pool.submit(_process, item))
                if not pending:
                    break
                take(pending.popleft().result())  # in order: deterministic groups and merges
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise


def _count(report: IngestReport, r: AddResult) -> None:
    report.added += r.added
    report.copies += r.copies
    report.near_duplicates += r.near_duplicates
    report.events += r.events
