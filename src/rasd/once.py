"""`once`: a loader's value made by one thread, however many ask for it at the same time.

`functools.cache` lets every thread that misses run the function: twelve threads extracting
from a fresh process built twelve knowledge bases and twelve taggers at once (seconds and
gigabytes) and handed each thread its own copy. Copies are worse than slow: caches keyed by
an object's id (a phrase set's trie, a matcher's start positions) can meet a dropped copy's
id again on a new object (tests/test_once.py). `once` is `functools.cache` for a function
of no arguments whose miss runs under a lock: the first caller loads, the others wait and
get the same object; a hit is the C cache's look-up, as fast as before.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(fn: Callable[[], T]) -> Callable[[], T]:
    """`fn()` computed once a process, safe from threads; `cache_clear()` forgets it."""
    lock = threading.Lock()
    slot: list[T] = []

    def load() -> T:
        with lock:
            if not slot:
                slot.append(fn())
            return slot[0]

    cached = functools.cache(load)
    functools.update_wrapper(cached, fn)
    lru_clear = cached.cache_clear

    def cache_clear() -> None:
        with lock:
            slot.clear()
            lru_clear()

    cached.cache_clear = cache_clear  # type: ignore[method-assign]
    return cached  # type: ignore[return-value]
