"""`Store`: the one public data-access class over SQLite and PostgreSQL.

The store is split by concern: writing (store/write.py), merging
(store/merge/ rules, store/merged.py in the store), aggregates kept on write
(store/aggregates.py), reading (store/read.py), filters (store/query.py), the
connection (store/db.py) and the SQL dialect (store/dialect.py, the one place
where SQLite and PostgreSQL differ).

Every read method returns plain JSON-ready dicts/lists (no ORM objects), so the
API server can return them as they are. Every filter value is passed as a
query parameter, never formatted into SQL.

Shapes returned (all keys always present; unknown values are null):

- document summary: {"id", "title", "source", "url", "published", "language",
  "group": near-duplicate group id, "outlets": [str], "events": int,
  "claims": int, "entities": int}
- document (full): the contract dict of shared spec document.md plus
  "copies": [{"source", "url", "origin", "record_id", "published"}],
  "group": {"id", "documents": [summary...], "outlets": [str]},
  "merged": {event id: merged event id}
- event: {"doc_id", "id" (event id in its document), "key" ("DOCID:EVENTID"),
  "type", "quad", "mode": [str], "status", "date" (event date, else the
  document's published date), "trigger": Span, "actor"/"recipient"/"location":
  [Span + {"entity", "key", "name", "name_en", "lat", "lon"}], "lat", "lon",
  "dead", "injured", "size", "claim", "merged_id", "source", "title",
  "why": what joined it to its merged event ({"first": true} for the report that
  started it, else {"place": {"key", "name", "how": same|within|near, "km"},
  "actor"/"target": {"key", "name", "how": same|part|country}, "days",
  "conflicts": [kind]}), null when unmerged}
- merged event: {"id", "type", "quad", "date", "date_to", "actors": [{"key",
  "name"}], "recipients": [...], "places": [{"key", "name", "lat", "lon"}],
  "lat", "lon", "reports": int, "outlets": [str], "dead": int|null,
  "injured": int|null, "statuses": [str], "conflicts": int};
  `merged_event(id)` adds "members": [event...], "claims": [claim...],
  "conflict_list": [conflict...]
- claim: {"doc_id", "id", "key", "sentence", "speaker": Span + {"entity",
  "kind", "name"}, "cue": Span, "content": Span, "direct", "via": Span|null,
  "source", "published", "events": [event keys it reports]}
- conflict: {"id", "merged_id", "kind": "actor"|"status"|"casualties",
  "field": "actor"|"status"|"dead"|"injured", "accounts": [{"doc_id", "event_id",
  "source", "speaker": {"text", "key", "name"}|null, "sentence": [start, end],
  "value"}]}: data only, the UI words it in its language
- page: {"items": [...], "total": int, "page": int, "per_page": int}; the documents list
  adds "next" (its last document's id, while pages remain: `documents(after=...)` reads
  the page after it)
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from rasd.store.db import Database, DatabaseError
from rasd.store.model import (
    DEFAULT_URL,
    MAX_PER_PAGE,
    AddResult,
    BadFilter,
    Filters,
    Incoming,
    Page,
    StoreError,
)
from rasd.store.read import Reader
from rasd.store.schema import OLD_MERGES_NOTE, migrate, old_merges
from rasd.store.write import Writer

__all__ = ["DEFAULT_URL", "MAX_PER_PAGE", "AddResult", "BadFilter", "Filters", "Incoming",
           "Page", "Store", "StoreError"]


class Store(Reader, Writer):
    """The corpus store. Open with `Store.open(url)`; use as a context manager.

    Thread-safety: one Store per thread/process (the server opens one per worker
    or guards it with a lock).
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, url: str | None = None, *, readonly: bool = False) -> Store:
        """Open (creating and migrating if needed) the store at `url`.

        `url`: `sqlite:///path/file.db`, a bare path, or `postgresql://user@host:port/db`;
        default `sqlite:///rasd.db` in the cwd. Raises StoreError with a one-line
        message when it cannot be opened. `readonly` skips migrations (worker
        processes and readers of an existing store).
        """
        try:
            db = Database(url or DEFAULT_URL, readonly=readonly)
        except DatabaseError as exc:
            raise StoreError(str(exc)) from None
        store = cls(db)
        try:
            if not readonly:
                migrate(db, lambda: store.rebuild_merges(progress_line("re-merging")),
                        store.rebuild_search_index, store.repack_merge_blobs)
            note = old_merges(db)
        except DatabaseError as exc:
            db.close()
            raise StoreError(f"{url or DEFAULT_URL}: {exc}") from None
        if note and (url or DEFAULT_URL) not in _TOLD:
            _TOLD.add(url or DEFAULT_URL)
            print(f"rasd: {url or DEFAULT_URL}: its merged events are those of older merge"
                  f" rules ({note}); `rasd remerge --db URL` recomputes"
                  " them (about 8 ms a document)", file=sys.stderr, flush=True)
        return store

    def remerge(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Recompute every merged event and aggregate from the stored documents under the
        current merge rules, in one transaction, and clear schema 15's note; the number of
        documents. Idempotent: run again, it gives the same merged events."""
        with self.db.transaction():
            self.rebuild_merges(progress)
            self.db.execute("DELETE FROM store_notes WHERE name = ?", (OLD_MERGES_NOTE,))
            return int(self.db.scalar("SELECT count(*) FROM documents") or 0)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TOLD: set[str] = set()  # the stores whose old merges were told of (once a process)


def progress_line(doing: str, least: int = 1000) -> Callable[[int, int], None]:
    """A progress line on stderr for a store of `least` documents or more: rewritten in
    place on a terminal, else a line at each tenth."""
    tty = sys.stderr.isatty()
    told = [-1]

    def show(done: int, total: int) -> None:
        if total < least:
            return
        tenth = done * 10 // total
        if tty:
            end = "\n" if done >= total else "\r"
        elif tenth == told[0] and done < total:
            return
        else:
            end = "\n"
        told[0] = tenth
        print(f"rasd: {doing} the merged events of {total:,} documents under the current"
              f" rules: {done:,} done", end=end, file=sys.stderr, flush=True)

    return show
