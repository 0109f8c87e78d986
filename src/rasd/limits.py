"""The bounds rasd holds on any input: document length, time and memory per document.

A real article is under 100k characters; rasd refuses (never truncates) a text
over MAX_TEXT_CHARS, so a document is always extracted whole or not at all. Time
and memory are bounded where extraction runs in a process of its own (the
server's workers, `rasd ingest` workers, `rasd extract`): a SIGALRM timer stops a
document past its time budget (pure Python and regular expressions are
interrupted), and an address-space limit turns a runaway allocation into a
MemoryError. Either way the document is skipped with a one-line reason and the
process goes on. docs/operations.md lists every bound and how it is tested.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from collections.abc import Iterator

from rasd.readers.record import BadInput, Record

MAX_TEXT_CHARS = 200_000  # characters of one document's text (before cleaning)
MAX_HTML_CHARS = 5_000_000  # characters of one HTML page (its text is then held to the above)
TIME_BUDGET_S = 60.0  # seconds of extraction per document (0: none)
MEMORY_LIMIT_MB = 2048  # address space of one extraction process (0: none)
REARM_S = 1.0  # past the budget, the interrupt repeats this often until the block ends


class OverBudget(BadInput):
    """A document that took longer than its time budget: skipped, one line."""


_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair: no character at all


def check_record(record: Record) -> None:
    """BadInput for a record no stage should see: a page over MAX_HTML_CHARS, or a lone
    surrogate in any field (JSON's "\\ud800" decodes to one; it cannot be written as
    UTF-8, so a store or a JSON answer would fail on it later)."""
    if record.html is not None:
        check_length(record.html, record.origin, html=True)
    for name in ("text", "html", "title", "url", "id", "source", "published",
                 "forwarded_from"):
        value = getattr(record, name)
        if isinstance(value, str) and (m := _SURROGATE.search(value)):
            raise BadInput(f"{record.origin}: not valid Unicode (a lone surrogate "
                           f"U+{ord(m.group()):04X} in its {name} at {m.start()})")


def check_length(text: str, origin: str, html: bool = False) -> None:
    """BadInput when `text` is longer than MAX_TEXT_CHARS (MAX_HTML_CHARS for a page);
    the limits are read at call time (a benchmark may lift them)."""
    limit = MAX_HTML_CHARS if html else MAX_TEXT_CHARS
    if len(text) > limit:
        what = "page" if html else "document"
        raise BadInput(f"{origin}: too long ({len(text):,} characters; the limit is "
                       f"{limit:,} per {what})")


_INTERRUPTED = threading.Event()


def watch_interrupts() -> None:
    """Ctrl-C raises KeyboardInterrupt as by default, and is remembered: a KeyboardInterrupt
    that lands where Python only prints it (a finalizer, a callback) must not let a batch
    carry on to the end as if nothing was pressed (`stop_if_interrupted` between jobs).
    Main thread only (where Python delivers signals)."""
    if threading.current_thread() is not threading.main_thread():
        return
    _INTERRUPTED.clear()  # a long-lived process (tests, an embedding app) runs many batches

    def on_sigint(signum: int, frame: object) -> None:
        _INTERRUPTED.set()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)


def stop_if_interrupted() -> None:
    """KeyboardInterrupt again if Ctrl-C was pressed since `watch_interrupts`."""
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt


@contextlib.contextmanager
def time_budget(seconds: float | None, origin: str) -> Iterator[None]:
    """Raise OverBudget in this block after `seconds` (None or 0: no budget).

    Past the budget the interrupt repeats every REARM_S until the block is left: code
    that swallows it cannot run on unbounded. Only in the main thread (where Python
    delivers signals): elsewhere, and on platforms without setitimer, the block runs
    unbounded.
    """
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    armed = [True]

    def over(signum: int, frame: object) -> None:
        if armed[0]:  # a tick that comes as the block is left is ignored
            raise OverBudget(f"{origin}: extraction took over {seconds:g} s (the time "
                             "budget per document)")

    previous = signal.signal(signal.SIGALRM, over)
    # then again every REARM_S: code that catches every Exception (libraries do, around
    # their own fallbacks) must not swallow the budget and run on unbounded
    signal.setitimer(signal.ITIMER_REAL, seconds, REARM_S)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        # None: a handler not set from Python; the default is the closest to it
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def cap_memory(megabytes: int | None) -> None:
    """Limit this process's address space (RLIMIT_AS) to `megabytes` (None or 0: no cap).

    For worker processes only: past the cap, allocations fail with MemoryError
    (the document is skipped) instead of the machine swapping or the kernel
    killing a process at random. Never lowers an existing, stricter limit.
    """
    if not megabytes or megabytes <= 0:
        return
    try:
        import resource
    except ImportError:  # not on this platform
        return
    want = megabytes * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY and soft <= want:
        return
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
