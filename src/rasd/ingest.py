"""Parallel, resumable ingest: readers → extraction in worker processes → store.

Records stream from the readers through a bounded window of in-flight jobs
(never the whole corpus in memory). Workers clean each record, skip the
pipeline when its text is already stored (so a re-run or a resumed run is
cheap), extract it and compute its MinHash. The parent writes results in
order, a batch per transaction: a run killed at any moment leaves whole
documents only, and running it again stores each missing one exactly once.

Each record is isolated: whatever fails on it (reading, a stage, its time
budget, memory, even writing it) makes it one skipped item with a one-line
reason, and the rest go on. A batch the store refuses is written again one
document at a time, so only the bad document is lost. Worker processes ignore
Ctrl-C (the parent stops them) and are always stopped before `ingest` returns
or raises.

Records go to the extraction in batches (`_chunks`: up to `LOCAL_PER_TASK`
records, `CHUNK_CHARS` characters; a record over `LONE_CHARS` alone), each batch
through `Pipeline.pipe` at once (each stage over the batch, the entity stage
over all of it: the same output as one by one, bit for bit), in the single
process (`workers=1`) and in each pool worker alike. A record refused before
any stage runs (a lone surrogate) is skipped alone and the rest of its batch
goes on. A batch whose extraction fails or runs over its budget (one document's
budget per document, at most `BATCH_BUDGETS`) is done again one record at a
time, each under its own budget, so only the record at fault is skipped (it
costs its own budget once more).

A process interrupted mid-document or mid-batch (its time budget, its memory
cap, an unexpected error) may have been stopped halfway through updating state
that later documents read (a cache, a library's internals), so it takes no
other document: a pool worker hands back the records it is given unread (the
parent sends them to a fresh pool, in order, so none is lost or done twice; a
failed batch's records one at a time) and its pool is retired; with `workers=1`
the rest of the run goes to a fresh worker process. Dask workers (threads, no
time budget) are left to Dask's nanny; they take the records of a task through
`Pipeline.pipe` together (one by one, in the same worker, if that fails).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import (
    BrokenExecutor,
    CancelledError,
    Executor,
    Future,
    InvalidStateError,
    ProcessPoolExecutor,
)
from dataclasses import dataclass, field
from typing import Any

from rasd import limits
from rasd.document import Document
from rasd.pipeline import Pipeline, make_document
from rasd.readers.dispatch import read_path
from rasd.readers.record import BadInput, Record
from rasd.store import dedup, fts
from rasd.store.store import AddResult, Incoming, Store, StoreError

MAX_BAD_KEPT = 1000  # bad items remembered for the summary (all are reported as they come)
# Records per batch of the local extraction (the single process and each pool worker):
# batches of 64 in `Pipeline.pipe` were the fastest (docs/history/performance.md, speed8; 16 had
# half the gain); a pool keeps two batches per worker in flight.
LOCAL_PER_TASK = 32
CHUNK_CHARS = 200_000  # characters of text per batch at most: one longest document's worth
LONE_CHARS = 20_000  # a record over this goes alone (ordinary articles are under 10,000;
# long texts are the ones that run over a time budget or a memory cap)
HTML_PER_TEXT = 5  # a page's characters per character of its text, for the sizes above
BATCH_BUDGETS = 4  # a batch's time budget: one document's per document, at most this many


@dataclass(slots=True)
class IngestReport:
    records: int = 0
    added: int = 0
    copies: int = 0
    near_duplicates: int = 0
    events: int = 0
    bad: int = 0
    batches: int = 0
    warnings: int = 0
    renewed: int = 0  # worker processes replaced after an interrupted document or batch
    split: int = 0  # batches done again one record at a time (one failed or ran over)
    seconds: float = 0.0
    bad_items: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"{self.records} records in {self.seconds:.1f} s ({self.rate:.1f} docs/s): "
                f"{self.added} new documents, {self.copies} already stored (copies recorded), "
                f"{self.near_duplicates} near-duplicates grouped, {self.events} events, "
                f"{self.bad} skipped" + (f", {self.warnings} read with warnings"
                                         if self.warnings else "")
                + (f", {self.renewed} worker {'process' if self.renewed == 1 else 'processes'}"
                   " replaced after an interrupted document" if self.renewed else "")
                + (f" ({self.split} {'batch' if self.split == 1 else 'batches'} done again one"
                   " record at a time)" if self.split else ""))


# --- the worker side (one per process) ----------------------------------------

_WORKER: dict[str, Any] = {}


Config = tuple[str | None, tuple[str, ...], str | None, str | None, float]


def _init(url: str | None, names: tuple[str, ...], published: str | None,
          source: str | None, budget_s: float = limits.TIME_BUDGET_S) -> None:
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
                   budget=budget_s, config=(url, names, published, source, budget_s))
    if budget_s:
        warm(_WORKER["pipeline"])


# Collections of the middle generation between two full ones (Python's default: 10).
FULL_COLLECTION_AFTER = 1000


def warm(pipeline: Pipeline) -> None:
    """Load the lazy resources (models, lexicons) now: not in a document's time budget.

    Then they are moved out of the garbage collector's reach (`gc.freeze`): they live as
    long as the process, and every full collection would otherwise walk their 120,000-odd
    objects again (2-3 ms a document of `rasd extract` went to that).

    And full collections come a hundred times rarer (`FULL_COLLECTION_AFTER`): the word
    caches the taggers fill as they read keep each collection long (over the 472 demo
    articles in batches of 64: 13 full collections, 1.5 CPU ms a document, with the
    default of 10), while documents leave little cyclic garbage (the same peak memory).
    The young generations are collected as before."""
    import gc

    pipeline(make_document(Record(origin="<warm>", text="قال المرصد إن القصف أصاب حلب.")))
    gc.collect()
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_AFTER)


def _init_process(*config: Any) -> None:
    """A pool worker process: Ctrl-C is the parent's to handle (it stops the workers; a
    worker taking it would die with a traceback mid-record), its memory is capped, and it
    retires once interrupted mid-document (see the module doc)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limits.cap_memory(limits.MEMORY_LIMIT_MB)
    exit_with_parent()
    _init(*config)
    _WORKER["retires"] = True


def _retired() -> bool:
    """This process was interrupted mid-document and takes no other (see the module doc)."""
    return bool(_WORKER.get("retires") and _WORKER.get("interrupted"))


def exit_with_parent() -> None:
    """In a pool worker: exit when the process that started the pool is gone, however it
    ended (SIGKILL, the OOM killer). Otherwise the worker would wait for work forever,
    holding its memory, and keep the forkserver alive with it."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the parent's end of the pipe closes
        os._exit(1)

    threading.Thread(target=watch, name="rasd-exit-with-parent", daemon=True).start()


def _job(config: Config, record: Record) -> Incoming | str:
    """`_process` for executors without an initializer (Dask): set up on first use."""
    if _WORKER.get("config") != config:
        _init(*config)
    return _process(record)


def _process(record: Record) -> Incoming | str:
    """Extract one record (within its time budget); a string is a one-line reason to
    skip it."""
    try:
        with limits.time_budget(_WORKER.get("budget"), record.origin):
            doc = make_document(record, _WORKER["published"], _WORKER["source"])
            if _WORKER["store"] is not None and _WORKER["store"].has_document(doc.id):
                return Incoming(doc, record.origin, b"")  # stored: only its copy is recorded
            doc = _WORKER["pipeline"](doc)
            # the signature and the search-index words are computed here, in parallel,
            # so the single writer only writes
            return Incoming(doc, record.origin, dedup.signature(doc.text),
                            fts.index_strings(doc.text))
    except limits.OverBudget as exc:
        _WORKER["interrupted"] = True
        return str(exc)
    except BadInput as exc:  # refused before any stage ran
        return str(exc)
    except MemoryError:
        _WORKER["interrupted"] = True
        return f"{record.origin}: extraction needs more memory than a worker may use " \
               f"({limits.MEMORY_LIMIT_MB} MB)"
    except RecursionError:
        _WORKER["interrupted"] = True
        return f"{record.origin}: extraction failed (nested too deep)"
    except Exception as exc:  # a stage failing on one article must not stop the corpus
        _WORKER["interrupted"] = True
        first = (str(exc).splitlines() or [""])[0][:200]
        return f"{record.origin}: extraction failed ({type(exc).__name__}: {first})"


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
           executor: Executor | None = None, worker_store: bool = True,
           on_warning: Callable[[str], None] | None = None,
           budget_s: float = limits.TIME_BUDGET_S, per_task: int = 1) -> IngestReport:
    """Ingest every record under `paths` into the store at `url`; see module doc.

    `executor`: run extraction there (e.g. a Dask cluster's, see rasd.distributed)
    instead of `workers` local processes; `workers` then sizes the in-flight window
    (the executor's parallel slots). `worker_store`: whether the workers can open the
    store at `url` to skip stored texts (False for SQLite on other machines).
    `on_warning`: records read, but not exactly as written (stray bytes replaced).
    `budget_s`: seconds of extraction per document (0: none; see rasd.limits).
    `per_task`: records per job sent to the executor (see `_feed`).
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
                _write(store, batch, report, bad)
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

        def warned(item: Record | BadInput) -> Record | BadInput:
            if isinstance(item, Record) and item.warning:
                report.warnings += 1
                if on_warning:
                    on_warning(item.warning)
            return item

        items = (warned(i) for i in records(paths, **(reader_options or {})))
        config = (url if worker_store else None, names, published, source, budget_s)
        if executor is None and workers <= 1:
            chunks = _chunks(items, report, bad, LOCAL_PER_TASK)
            here = (url, names, published, source, budget_s)  # this process opens the store
            _init(*here)
            _WORKER["retires"] = True
            again: list[list[Record]] = []
            try:
                for chunk in chunks:
                    results, retired, split = _jobs(here, chunk)
                    for result in results:
                        if result is not None:
                            take(result)
                    if retired:  # interrupted: what it did not do goes to a fresh process
                        again = _handed_back(chunk, results, split, report)
                        break
            finally:
                if _WORKER["store"] is not None:
                    _WORKER["store"].close()
            if _retired():  # this process was interrupted: the rest in a fresh one
                report.renewed += 1
                _parallel(chunks, config, 1, take, bad, report, again=again)
        else:
            per = per_task if executor is not None else LOCAL_PER_TASK
            _parallel(_chunks(items, report, bad, per), config, workers, take, bad, report,
                      executor, per)
        flush()
    report.seconds = time.perf_counter() - start
    return report


def _write(store: Store, batch: list[Incoming], report: IngestReport,
           bad: Callable[[str], None]) -> None:
    """One transaction for the batch; if the store refuses it, one per document, so that
    only the document at fault is skipped (all refused: the store itself fails)."""
    try:
        _count(report, store.add_documents(batch))
        return
    except Exception as exc:
        if len(batch) == 1:
            if isinstance(exc, StoreError):
                raise
            bad(f"{batch[0].origin}: not stored ({type(exc).__name__}: {exc})")
            return
    failures: list[Exception] = []
    for item in batch:
        try:
            _count(report, store.add_documents([item]))
        except Exception as exc:
            failures.append(exc)
            bad(f"{item.origin}: not stored ({type(exc).__name__}: "
                f"{(str(exc).splitlines() or [''])[0][:200]})")
    if len(failures) == len(batch) and isinstance(failures[-1], StoreError):
        raise failures[-1]


def _size(record: Record) -> int:
    """A record's characters of text (a page's, as the text it will give)."""
    return len(record.text or "") + len(record.html or "") // HTML_PER_TEXT


def _chunks(items: Iterator[Record | BadInput], report: IngestReport,
            bad: Callable[[str], None], per_task: int) -> Iterator[list[Record]]:
    """The records in batches of up to `per_task` and `CHUNK_CHARS` characters, in order;
    a record over `LONE_CHARS` alone. Unreadable items are reported as they come."""
    chunk: list[Record] = []
    chars = 0
    for item in items:
        if isinstance(item, BadInput):
            report.records += 1
            bad(str(item))
            continue
        size = _size(item)
        if chunk and (len(chunk) >= per_task or chars + size > CHUNK_CHARS
                      or size > LONE_CHARS or _size(chunk[-1]) > LONE_CHARS):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += size
    if chunk:
        yield chunk


def _handed_back(chunk: list[Record], results: list[Incoming | str | None], split: bool,
                 report: IngestReport) -> list[list[Record]]:
    """The records a retired worker handed back, as batches to send again: together, or
    one by one when their batch failed (`split`)."""
    back = [r for r, result in zip(chunk, results, strict=True) if result is None]
    if not back:
        return []
    if split:
        report.split += 1
        return [[r] for r in back]
    return [back]


def _parallel(chunks: Iterator[list[Record]], config: Config,
              workers: int, take: Callable[[Incoming | str], None],
              bad: Callable[[str], None], report: IngestReport,
              executor: Executor | None = None, per_task: int = 1,
              again: list[list[Record]] | None = None) -> None:
    """`again`: batches to send first (handed back by an interrupted process)."""
    if again:
        chunks = itertools.chain(again, chunks)
    if executor is not None:
        _feed(_Pools(executor), chunks, config, max(1, workers) * 8 // per_task or 1, take,
              report)
        return
    # forkserver: workers start from a clean process, not a copy of this one
    # (which holds a database connection and a progress-bar thread).
    ctx = multiprocessing.get_context("forkserver")
    _tolerate_cancelled_in_broken_pool()
    pools = _Pools(None, lambda: ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init_process, initargs=config))
    try:
        _feed(pools, chunks, config, workers * 2, take, report)
    except BaseException:
        for pool in pools.all():  # Ctrl-C or an error: do not wait for the records in flight
            stop_workers(pool)  # type: ignore[arg-type]
        raise
    pools.close()


class _Pools:
    """Where jobs go: one executor, or local process pools where a pool whose worker was
    interrupted is retired (it finishes what it holds; the interrupted worker hands its
    records back) and a fresh one takes the rest."""

    def __init__(self, executor: Executor | None,
                 make: Callable[[], Executor] | None = None) -> None:
        self._make = make
        self.current: Executor = executor if executor is not None else make()  # type: ignore[misc]
        self.retired: list[Executor] = []
        self._managers: list[threading.Thread] = []

    def all(self) -> list[Executor]:
        return [self.current, *self.retired]

    def retire(self, pool: Executor) -> bool:
        """True when `pool` was the current one and is now replaced."""
        if self._make is None or pool is not self.current:
            return False
        # shutdown(wait=False) forgets the pool's manager thread: `close` joins it, since
        # exiting while it still closes its pipes races CPython's own exit hook, which then
        # writes to a closed pipe (`OSError: [Errno 9]` printed after the summary, 1 run in 30)
        manager = getattr(pool, "_executor_manager_thread", None)
        pool.shutdown(wait=False)
        if manager is not None:
            self._managers.append(manager)
        self.retired.append(pool)
        self.current = self._make()
        return True

    def close(self) -> None:
        """Wait for every pool to finish its work and for each manager thread to end."""
        for pool in self.all():
            pool.shutdown(wait=True)
        for manager in self._managers:
            manager.join()


def _tolerate_cancelled_in_broken_pool() -> None:
    """Before Python 3.12 a pool broken (its workers stopped) while it still holds a
    cancelled future raises InvalidStateError in its manager thread, printed as a traceback
    after Ctrl-C (CPython 3.12 catches it there). The pool is being stopped: ignore it."""
    previous = threading.excepthook
    if sys.version_info >= (3, 12) or getattr(previous, "rasd_pool_guard", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if not (args.exc_type is InvalidStateError
                and type(args.thread).__name__ == "_ExecutorManagerThread"):
            previous(args)

    hook.rasd_pool_guard = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's worker processes now and reap them: none is left behind."""
    _tolerate_cancelled_in_broken_pool()
    processes = list((getattr(pool, "_processes", None) or {}).values())
    calls = getattr(pool, "_call_queue", None)
    if calls is not None:  # its feeder thread may be blocked writing a batch no worker will
        calls.cancel_join_thread()  # read: exiting must not wait for it (it hung, rarely)
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        with contextlib.suppress(Exception):
            p.terminate()
    for p in processes:
        with contextlib.suppress(Exception):
            p.join(10)
            if p.is_alive():
                p.kill()
                p.join(5)


Job = tuple[Executor, list[Record],
            "Future[tuple[list[Incoming | str | None], bool, bool]]"]


def _feed(pools: _Pools, chunks: Iterator[list[Record]], config: Config, window: int,
          take: Callable[[Incoming | str], None], report: IngestReport) -> None:
    """Keep `window` jobs (a batch of records each) in flight (bounded memory, workers
    never starve); take results in input order. Records a retired worker handed back are
    sent again, first, to the current pool (one by one where their batch failed)."""
    pending: deque[Job] = deque()
    exhausted = False

    def submit(chunk: list[Record]) -> Job:
        pool = pools.current
        return pool, chunk, pool.submit(_jobs, config, chunk)

    try:
        while True:
            limits.stop_if_interrupted()
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append(submit(chunk))
            if not pending:
                break
            pool, chunk, fut = pending.popleft()
            try:
                results, retired, split = fut.result()  # in order: deterministic merges
            except (BrokenExecutor, CancelledError):  # the pool or cluster is gone
                raise
            except Exception as exc:  # e.g. Dask's KilledWorker: this job's worker died
                why = (str(exc).splitlines() or [""])[0][:200]
                results = [f"{r.origin}: worker failed ({type(exc).__name__}: {why})"
                           for r in chunk]
                retired = split = False
            if retired and pools.retire(pool):
                report.renewed += 1
                for i, (p, c, f) in enumerate(pending):  # not started yet: to the new pool
                    if p is pool and f.cancel():
                        pending[i] = submit(c)
            for result in results:
                if result is not None:
                    take(result)
            for back in reversed(_handed_back(chunk, results, split, report)):
                pending.appendleft(submit(back))
    except BaseException:
        for _, _, fut in pending:
            fut.cancel()
        raise


def _jobs(config: Config, records: list[Record]
          ) -> tuple[list[Incoming | str | None], bool, bool]:
    """Each record's result (None: handed back unread, this worker having retired),
    whether this worker has retired (see the module doc), and whether the records were
    handed back because their batch failed (the parent then sends them one by one).

    Several records go through the pipeline together (`_together`); when that fails, a
    worker that retires when interrupted (a pool worker, the single process) hands them
    back, one that does not (a Dask worker) takes them one by one itself."""
    if _WORKER.get("config") != config:
        _init(*config)
    if len(records) > 1 and not _retired():
        together = _together(records)
        if together is not None:
            return list(together), False, False
        if _WORKER.get("retires"):
            _WORKER["interrupted"] = True  # stopped anywhere in the batch
            return [None] * len(records), True, True
    out: list[Incoming | str | None] = []
    for r in records:
        out.append(None if _retired() else _job(config, r))
    return out, _retired(), False


def _together(records: list[Record]) -> list[Incoming | str] | None:
    """`_process` of each record, the documents through `Pipeline.pipe` at once (the same
    output as one by one), within one document's time budget per document (at most
    `BATCH_BUDGETS`); a record refused before any stage runs is skipped alone. None when
    the extraction fails or runs over: the caller then takes them one by one, each
    failure its own."""
    store = _WORKER["store"]
    budget = _WORKER.get("budget")
    try:
        with limits.time_budget(budget and budget * min(len(records), BATCH_BUDGETS),
                                "a batch"):
            out: list[Incoming | str | None] = []
            todo: list[tuple[int, Document, str]] = []  # (place in out, document, origin)
            for r in records:
                try:
                    doc = make_document(r, _WORKER["published"], _WORKER["source"])
                except BadInput as exc:  # refused before any stage ran: this record alone
                    out.append(str(exc))
                    continue
                if store is not None and store.has_document(doc.id):
                    out.append(Incoming(doc, r.origin, b""))  # stored: only its copy
                    continue
                todo.append((len(out), doc, r.origin))
                out.append(None)
            done = _WORKER["pipeline"].pipe([d for _, d, _ in todo], max(1, len(todo)))
            for (i, _, origin), doc in zip(todo, done, strict=True):
                out[i] = Incoming(doc, origin, dedup.signature(doc.text),
                                  fts.index_strings(doc.text))
            return [x for x in out if x is not None]
    except Exception:
        return None


def _count(report: IngestReport, r: AddResult) -> None:
    report.added += r.added
    report.copies += r.copies
    report.near_duplicates += r.near_duplicates
    report.events += r.events
