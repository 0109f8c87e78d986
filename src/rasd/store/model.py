"""The store's plain values: filters, pages, write results, errors."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from rasd.document import Document

DEFAULT_URL = "sqlite:///rasd.db"
MAX_PER_PAGE = 500


class StoreError(Exception):
    """A store that cannot be opened or used: the message is one line."""


class BadFilter(StoreError, ValueError):
    """A filter value that is not valid (e.g. a date not in YYYY-MM-DD form): HTTP 422."""


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
    status: event status; doc_id: one document; record_id: the input record's own id
    (JSONL `id`) that produced a document.
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
    record_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

    def checked(self) -> Filters:
        """These filters with dates validated (raises BadFilter) and blanks as None."""
        # NUL can be in no stored text (and PostgreSQL refuses it): drop it
        values = {k: (str(v).replace("\x00", "") or None) if v is not None else None
                  for k, v in asdict(self).items()}
        for key in ("date_from", "date_to"):
            v = values[key]
            if v is not None:
                try:
                    values[key] = dt.date.fromisoformat(str(v)).isoformat()
                except ValueError:
                    raise BadFilter(f"{key}: {v!r} is not a date in YYYY-MM-DD form") from None
        return Filters(**values)


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    next: str | None = None  # the documents list: where the next page starts (`after`)
    # a text filter matched more documents than it selects (query.TEXT_CAP): the items and
    # total are those of the last written of them, the total a floor ("500+")
    capped: bool = False

    def to_dict(self) -> dict[str, Any]:
        out = {"items": self.items, "total": self.total, "page": self.page,
               "per_page": self.per_page}
        if self.next is not None:
            out["next"] = self.next
        if self.capped:
            out["capped"] = True
        return out


@dataclass(slots=True)
class AddResult:
    """What `add_documents` did: new documents, copies of stored ones, groups joined."""

    added: int = 0
    copies: int = 0
    near_duplicates: int = 0
    events: int = 0
    merged_into_existing: int = 0


@dataclass(slots=True)
class Incoming:
    """A document on its way into the store, with what the worker computed.

    `signature`: its MinHash (computed here when None); `origin`: where the
    record came from (path, path:line, URL) for the copies table.
    """

    doc: Document
    origin: str | None = None
    signature: bytes | None = None
    index: tuple[str, str] | None = None  # fts.index_strings(doc.text), if computed


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def clamp(page: int, per_page: int) -> tuple[int, int, int]:
    """(page, per_page, offset) within bounds."""
    page = max(1, int(page))
    per_page = max(1, min(MAX_PER_PAGE, int(per_page)))
    return page, per_page, (page - 1) * per_page


def valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def incoming(item: Any) -> Incoming:
    """Documents, Incoming or (Document, origin) pairs, as Incoming."""
    if isinstance(item, Incoming):
        return item
    if isinstance(item, Document):
        return Incoming(item)
    doc, origin = item
    return Incoming(doc, origin)
