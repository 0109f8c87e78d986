"""What the API reads, over `rasd.store.Store`: one store per server thread.

The routes call only this class, so a query the store lacks can be written
here, clearly separated, and swapped for the store's own later. SQLite
connections must not cross threads and FastAPI runs sync routes in a thread
pool, so each thread opens its own read-only Store (WAL lets readers run side
by side).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from rasd.store import Filters, Store

QUADS = {
    "AGREE": "verbal-cooperation", "CONSULT": "verbal-cooperation",
    "SUPPORT": "verbal-cooperation", "CONCEDE": "verbal-cooperation",
    "COOPERATE": "material-cooperation", "AID": "material-cooperation",
    "RETREAT": "material-cooperation",
    "REQUEST": "verbal-conflict", "ACCUSE": "verbal-conflict", "REJECT": "verbal-conflict",
    "THREATEN": "verbal-conflict",
    "PROTEST": "material-conflict", "SANCTION": "material-conflict",
    "MOBILIZE": "material-conflict", "COERCE": "material-conflict",
    "ASSAULT": "material-conflict",
}


class Queries:
    """Thread-local stores opened by `opener`; every method returns JSON-ready data."""

    def __init__(self, opener: Callable[[], Store]) -> None:
        self._opener = opener
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    @classmethod
    def for_url(cls, url: str | None) -> Queries:
        """Open the store once now (so a bad URL fails at start, in one line), then lazily
        one per thread."""
        first = Store.open(url, readonly=True)
        q = cls(lambda: Store.open(url, readonly=True))
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

    def documents(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.documents(page, per_page, f).to_dict()

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

    def actors(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.actors(f, page, per_page).to_dict()

    def places(self, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.places(f, page, per_page).to_dict()

    def search(self, q: str, f: Filters, page: int, per_page: int) -> dict[str, Any]:
        return self.store.search(q, f, page, per_page).to_dict()

    def stats(self) -> dict[str, Any]:
        return self.store.stats()

    def timeline(self, f: Filters) -> list[dict[str, Any]]:
        return self.store.timeline(f)

    def outlets(self) -> list[dict[str, Any]]:
        return self.store.outlets()

    # --- shaped here for the dashboard ---------------------------------------

    def network(self, f: Filters, limit: int) -> dict[str, Any]:
        """Edges from the store plus their nodes (with degree), quad filled in if missing."""
        edges = self.store.network(f, limit)
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            if not e.get("quad"):
                cats = e.get("categories") or {}
                top = max(cats, key=cats.get) if cats else None
                e["quad"] = QUADS.get(top or "")
            for side in ("source", "target"):
                key = e[side]
                node = nodes.setdefault(key, {"key": key, "name": e.get(f"{side}_name") or key,
                                              "out": 0, "in": 0})
                node["out" if side == "source" else "in"] += e.get("count", 1)
        return {"nodes": list(nodes.values()), "edges": edges}

    def map_points(self, f: Filters, limit: int) -> dict[str, Any]:
        """Geocoded places with their event counts: the map's markers."""
        page = self.store.places(f, 1, limit)
        points = [p for p in page.items if p.get("lat") is not None and p.get("lon") is not None]
        return {"items": points, "total": page.total}
