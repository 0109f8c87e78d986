"""Per-word vectors computed once and kept as rows of one array (taggers' word caches).

Looking rows up with one index array is much cheaper than stacking many small
arrays; the array doubles when full (made at its size at once, it would count whole
against a worker's address-space cap, serve/limits.py), and is emptied past `limit`
words so that a long-running worker's memory stays bounded. Each array is made without
numpy's huge-page advice (`zeroed_rows`): 4 KiB pages, not 2 MiB ones, which on a busy
machine cost far more to find and clear (a new document's words: 0.5-0.8 of its 7 CPU
ms, docs/history/performance.md, speed16). One lock per cache: a server extracts from several
threads, and a lookup must never see the array mid-growth.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np

from rasd.entities.compiled import hot


def zeroed_rows(shape: tuple[int, ...], dtype: type) -> np.ndarray:
    """`np.zeros(shape, dtype)`, made without the huge-page advice numpy gives arrays of
    4 MiB and more (its `_set_madvise_hugepage` switch, off while this one is made, where
    this numpy has it)."""
    switch = getattr(getattr(np, "_core", None), "multiarray", None)
    switch = getattr(switch, "_set_madvise_hugepage", None)
    if switch is None:
        return np.zeros(shape, dtype)
    with _ADVICE:  # (the switch is the process's: one maker at a time)
        was = switch(False)
        try:
            return np.zeros(shape, dtype)
        finally:
            switch(was)


_ADVICE = threading.Lock()


def known_rows(index: dict[str, int], keys: Sequence[str]) -> list[int] | None:
    """The rows of `keys` in `index`, or None when one is not there."""
    at = list(map(index.get, keys))
    return None if None in at else at  # type: ignore[return-value]


# the same, as an intp array, compiled (entities/_hot.pyx), when built
_known_rows = known_rows if (_hot := hot()) is None else _hot.known_rows


class RowCache:
    def __init__(self, shape: tuple[int, ...], dtype: type, limit: int) -> None:
        self._index: dict[str, int] = {}
        self._rows = zeroed_rows((min(1024, limit), *shape), dtype)
        self._limit = limit
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._index)

    def take(self, keys: Sequence[str],
             compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """The rows of `keys` (len(keys) x shape); `compute` makes the rows of new keys."""
        with self._lock:
            return self._take(keys, compute)

    def rows_at(self, keys: Sequence[str],
                compute: Callable[[list[str]], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """(an array of rows, the row of each key in it), without copying the rows; the
        caller reads them before anyone else asks this cache (under its own lock)."""
        with self._lock:
            return self._rows_at(keys, compute)

    def _take(self, keys: Sequence[str],
              compute: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        rows, at = self._rows_at(keys, compute)
        return rows[at]

    def _rows_at(self, keys: Sequence[str], compute: Callable[[list[str]], np.ndarray]
                 ) -> tuple[np.ndarray, np.ndarray]:
        index = self._index
        at = _known_rows(index, keys)
        if at is not None:  # every key known (the common case): one pass
            return self._rows, np.asarray(at, np.intp)
        distinct = list(dict.fromkeys(keys))
        if len(distinct) > self._limit:  # more words than the cache holds: no caching
            return compute(list(keys)), np.arange(len(keys), dtype=np.intp)
        missing = [k for k in distinct if k not in index]
        if missing:
            if len(index) + len(missing) > self._limit:
                index.clear()
                missing = distinct
            at = len(index)
            need = at + len(missing)
            if need > len(self._rows):
                grown = zeroed_rows((min(max(need, 2 * len(self._rows)), self._limit),
                                     *self._rows.shape[1:]), self._rows.dtype)
                grown[:at] = self._rows[:at]
                self._rows = grown
            self._rows[at:need] = compute(missing)
            for k in missing:
                index[k] = len(index)
        return self._rows, np.asarray(_known_rows(index, keys), np.intp)


class KeyedRows:
    """Rows kept per integer key in [0, `bound`): a direct index (one int32 a possible key)
    into one array of rows, which doubles when full (made as RowCache's) and is emptied
    past `limit` rows."""

    def __init__(self, bound: int, width: int, dtype: type, limit: int) -> None:
        self._index = np.full(bound, -1, np.int32)
        self._rows = zeroed_rows((min(1024, limit), width), dtype)
        self._count = 0
        self._limit = limit
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self._count

    def rows(self, keys: np.ndarray, compute: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """The rows of `keys` (an intp array), in order; `compute` makes the rows of an
        array of new keys (distinct, ascending)."""
        with self._lock:
            at = self._index[keys]
            missing = at < 0
            if missing.any():
                new = np.unique(keys[missing])
                if self._count + len(new) > self._limit:  # full: start again
                    self._index[:] = -1
                    self._count = 0
                    new = np.unique(keys)
                    if len(new) > self._limit:  # more than it holds: computed, not kept
                        return compute(new)[np.searchsorted(new, keys)]
                a, b = self._count, self._count + len(new)
                if b > len(self._rows):
                    grown = zeroed_rows((min(max(b, 2 * len(self._rows)), self._limit),
                                         self._rows.shape[1]), self._rows.dtype)
                    grown[:a] = self._rows[:a]
                    self._rows = grown
                self._rows[a:b] = compute(new)
                self._index[new] = np.arange(a, b, dtype=np.int32)
                self._count = b
                at = self._index[keys]
            return self._rows[at]
