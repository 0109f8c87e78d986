"""What the API reads, over `rasd.store.Store`: one store per server thread.

The routes call only this class, so a query the store lacks can be written
here, clearly separated, and swapped for the store's own later. SQLite
connections must not cross threads and FastAPI runs sync routes in a thread
pool, so each thread opens its own read-only Store (WAL lets readers run side
by side).
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import astuple
from functools import wraps
from typing import Any

from rasd import plover
from rasd.store import Filters, Store
from rasd.store.schema import VERSION, current_version

DEFAULT_TTL = float(os.environ.get("RASD_SERVE_CACHE_TTL", "15"))


class TTLCache:
    """Answers of the corpus-wide aggregates (stats, timeline, network, map, actors, places)
    kept for `ttl` seconds: at 10k documents they take 0.1–2 s each and every dashboard
    visit asks for them. A store being ingested into shows up within `ttl`; 0 disables."""

    def __init__(self, ttl: float, size: int = 512) -> None:
        self.ttl = ttl
        self.size = size
        self._items: OrderedDict[tuple, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        if self.ttl <= 0:
            return compute()
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
            if hit and now - hit[0] < self.ttl:
                return hit[1]
        value = compute()
        with self._lock:
            self._items[key] = (now, value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def cached(method: Callable) -> Callable:
    @wraps(method)
    def wrapper(self: Queries, *args: Any) -> Any:
        key = (method.__name__, *(astuple(a) if isinstance(a, Filters) else a for a in args))
        return self.cache.get(key, lambda: method(self, *args))

    return wrapper


class Queries:
    """Thread-local stores opened by `opener`; every method returns JSON-ready data."""

    def __init__(self, opener: Callable[[], Store], cache_ttl: float = DEFAULT_TTL) -> None:
        self._opener = opener
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self.cache = TTLCache(cache_ttl)

    @classmethod
    def for_url(cls, url: str | None, cache_ttl: float = DEFAULT_TTL) -> Queries:
        """Open the store once now (so a bad URL fails at start, in one line), then lazily
        one per thread."""
        first = Store.open(url, readonly=True)
        if current_version(first.db) < VERSION:
            # the dashboard's queries read tables a newer schema added: upgrade the store
            # once, as any writer opening it would, before serving it read-only
            first.close()
            Store.open(url).close()
            first = Store.open(url, readonly=True)
        q = cls(lambda: Store.open(url, readonly=True), cache_ttl)
        q._local.store = first
        q._all.append(first)
        return q

    @property
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._opener()
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                s.close()
            self._all.clear()

    # --- straight from the store ---------------------------------------------

    def documents(self, f: Filters, page: int, per_page: int,
                  after: str | None = None) -> dict[str, Any]:
        return self.store.documents(page, per_page, f, after=after).to_dict()

    def document(self, doc_id: str) -> dict[str, Any] | None:
        return self.store.document(doc_id)

    def events(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.events(f, page, per_page).to_dict()

    def merged_events(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.merged_events(f, page, per_page).to_dict()

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        return self.store.merged_event(merged_id)

    def claims(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.claims(f, page, per_page).to_dict()

    def conflicts(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.conflicts(f, page, per_page).to_dict()

    @cached
    def actors(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.actors(f, page, per_page).to_dict()

    @cached
    def places(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.places(f, page, per_page).to_dict()

    def search(self, q: str, f: Filters, page: int, per_page: int,
               after: str | None = None) -> dict[str, Any]:
        return self.store.search(q, f, page, per_page, after).to_dict()

    @cached
    def summary(self, f: Filters) -> dict[str, Any]:
        """The overview's figures under the filters, each the total of the list it opens
        (documents, merged events, event reports, claims, conflicts) so they always agree;
        outlets: those with at least one selected document."""
        st = self.store
        out = {"documents": st.documents(1, 1, f, rows=False).total,
               "events": st.merged_events(f, rows=False).total,
               "reports": st.events(f, rows=False).total,
               "claims": st.claims(f, rows=False).total,
               "conflicts": st.conflicts(f, rows=False).total}
        slugs = [o["source"] for o in st.outlets()]
        if f.outlet:
            out["outlets"] = int(out["documents"] > 0 and f.outlet in slugs)
        elif not f.as_dict():
            out["outlets"] = len(slugs)
        else:
            out["outlets"] = st.outlets_selected(f)
        if st.capped(f):  # the figures are those of the last documents the text matches
            out["capped"] = True
        return out

    def export(self, fmt: str, f: Filters, out: Any) -> int:
        """Write what the filters select in `fmt` (rasd.store.export) to `out`."""
        from rasd.store.export import export

        return export(self.store, fmt, out, f)

    @cached
    def stats(self) -> dict[str, Any]:
        return self.store.stats()

    @cached
    def timeline(self, f: Filters) -> list[dict[str, Any]]:
        return self.store.timeline(f)

    @cached
    def outlets(self) -> list[dict[str, Any]]:
        return self.store.outlets()

    # --- shaped here for the dashboard ---------------------------------------

    @cached
    def network(self, f: Filters, limit: int) -> dict[str, Any]:
        """Edges from the store plus their nodes (with degree), quad filled in if missing."""
        edges = self.store.network(f, limit)
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            if not e.get("quad"):
                cats = e.get("categories") or {}
                top = max(cats, key=cats.get) if cats else None
                e["quad"] = plover.quad(top or "")
            for side in ("source", "target"):
                key = e[side]
                node = nodes.setdefault(key, {"key": key, "name": e.get(f"{side}_name") or key,
                                              "out": 0, "in": 0})
                node["out" if side == "source" else "in"] += e.get("count", 1)
        out: dict[str, Any] = {"nodes": list(nodes.values()), "edges": edges}
        if self.store.capped(f):
            out["capped"] = True
        return out

    def capped(self, f: Filters) -> bool:
        """Whether a text filter selects only the last documents it matches."""
        return self.store.capped(f)

    @cached
    def map_points(self, f: Filters, limit: int) -> dict[str, Any]:
        """Geocoded places with their event counts: the map's markers."""
        page = self.store.places(f, 1, limit)
        points = [p for p in page.items if p.get("lat") is not None and p.get("lon") is not None]
        out = {"items": points, "total": page.total}
        if page.capped:
            out["capped"] = True
        return out
