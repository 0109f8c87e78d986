"""`Store`: the one public data-access class over SQLite and PostgreSQL.

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
  "dead", "injured", "size", "claim", "merged_id", "source", "title"}
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
  "field", "summary", "accounts": [{"doc_id", "event_id", "source", "value"}]}
- page: {"items": [...], "total": int, "page": int, "per_page": int}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from rasd.document import Document

DEFAULT_URL = "sqlite:///rasd.db"
MAX_PER_PAGE = 500


class StoreError(Exception):
    """A store that cannot be opened or used: the message is one line."""


@dataclass(slots=True)
class Filters:
    """Filters shared by documents/events/merged events/claims/search/timeline/network.

    q: full-text query (diacritics, hamza forms and clitics ignored);
    category: PLOVER type (e.g. ASSAULT) or comma-separated list;
    actor: link id (e.g. `country-RU`) or a name (Arabic surface, any
    spelling/clitics, or English name) of an event actor;
    recipient: same for the recipient; place: link id or name of an event
    location; date_from/date_to: inclusive YYYY-MM-DD (event date, or the
    document's published date for documents); outlet: source name;
    status: event status; doc_id: one document.
    """

    q: str | None = None
    category: str | None = None
    actor: str | None = None
    recipient: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    status: str | None = None
    doc_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "page": self.page,
                "per_page": self.per_page}


@dataclass(slots=True)
class AddResult:
    """What `add_documents` did: new documents, copies of stored ones, groups joined."""

    added: int = 0
    copies: int = 0
    near_duplicates: int = 0
    events: int = 0
    merged_into_existing: int = 0


class Store:
    """The corpus store. Open with `Store.open(url)`; use as a context manager.

    Thread-safety: one Store per thread/process (the server opens one per worker
    or guards it with a lock).
    """

    @classmethod
    def open(cls, url: str | None = None, *, readonly: bool = False) -> Store:
        """Open (creating and migrating if needed) the store at `url`.

        `url`: `sqlite:///path/file.db`, a bare path, or `postgresql://user@host:port/db`;
        default `sqlite:///rasd.db` in the cwd. Raises StoreError with a one-line
        message when it cannot be opened.
        """
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -------------------------------------------------------------

    def add_documents(self, docs: Iterable[Document | tuple[Document, str | None]],
                      ) -> AddResult:
        """Store documents in ONE transaction: all their rows or none.

        Items are Documents or (Document, origin) pairs. A document already
        stored (same content hash) only gains a copy row (its source/url/origin).
        New documents are grouped with near-duplicates (MinHash/LSH) and their
        events merged into cross-report events.
        """
        raise NotImplementedError

    def has_document(self, doc_id: str) -> bool:
        raise NotImplementedError

    # --- reading -------------------------------------------------------------

    def documents(self, page: int = 1, per_page: int = 50,
                  filters: Filters | None = None) -> Page:
        """Document summaries, newest published first. Event filters (category,
        actor, place, status) keep documents holding at least one such event."""
        raise NotImplementedError

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One full document (contract dict + copies, group, merged ids), or None."""
        raise NotImplementedError

    def events(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event mentions (one per document event), newest date first."""
        raise NotImplementedError

    def merged_events(self, filters: Filters | None = None, page: int = 1,
                      per_page: int = 50) -> Page:
        """Cross-report events, most reported first then newest."""
        raise NotImplementedError

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        """One merged event with its members, claims and conflicts, or None."""
        raise NotImplementedError

    def claims(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Claims (who said what), newest first; `actor` filters on the speaker."""
        raise NotImplementedError

    def conflicts(self, filters: Filters | None = None, page: int = 1,
                  per_page: int = 50) -> Page:
        """Conflicting accounts inside merged events."""
        raise NotImplementedError

    def actors(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event actors/recipients with counts: items {"key", "name", "name_en",
        "kind", "events" (as actor), "targeted" (as recipient), "mentions"}."""
        raise NotImplementedError

    def places(self, filters: Filters | None = None, page: int = 1,
               per_page: int = 50) -> Page:
        """Event locations with counts: items {"key", "name", "name_en", "lat",
        "lon", "events", "mentions"} (lat/lon null when not geocoded)."""
        raise NotImplementedError

    def search(self, q: str, filters: Filters | None = None, page: int = 1,
               per_page: int = 20) -> Page:
        """Full-text search: document summaries plus "snippet" (original text
        around the first hit) and "hits" (number of matching words)."""
        raise NotImplementedError

    def stats(self) -> dict[str, Any]:
        """Counts: documents, records, exact_copies, near_duplicates,
        duplicate_groups, entities, events, merged_events, multi_report_events,
        claims, conflicts, outlets, first_date, last_date, by_category."""
        raise NotImplementedError

    def timeline(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Event counts per day per category: [{"date", "category", "count"}]."""
        raise NotImplementedError

    def network(self, filters: Filters | None = None, limit: int = 200
                ) -> list[dict[str, Any]]:
        """Actor→recipient edges: [{"source", "source_name", "target",
        "target_name", "count", "quad", "categories": {type: n}}]."""
        raise NotImplementedError

    def outlets(self) -> list[dict[str, Any]]:
        """Outlets with document counts: [{"source", "documents"}]."""
        raise NotImplementedError
