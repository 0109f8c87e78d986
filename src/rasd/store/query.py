"""Filters → parameterized WHERE fragments. No user value is ever put in SQL text."""

from __future__ import annotations

from typing import Any

from rasd.store import fts
from rasd.text.normalize import normalize_key

EVENT_STATUSES = ("asserted", "future", "hypothetical", "negated", "historical")


class Where:
    """Conditions joined by AND, with their parameters in order."""

    def __init__(self) -> None:
        self.conds: list[str] = []
        self.params: list[Any] = []

    def add(self, cond: str, *params: Any) -> None:
        self.conds.append(cond)
        self.params.extend(params)

    def extend(self, other: Where) -> None:
        self.conds.extend(other.conds)
        self.params.extend(other.params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.conds)) if self.conds else ""

    def __bool__(self) -> bool:
        return bool(self.conds)


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def categories(value: str | None) -> list[str]:
    if not value:
        return []
    return [c.strip().upper() for c in value.split(",") if c.strip()]


def placeholders(n: int) -> str:
    return ", ".join("?" * n)


def text_match(sql: Any, q: str | None, column: str) -> Where:
    """`column IN (documents matching q)`; an unmatchable query matches nothing."""
    w = Where()
    if q is None or not q.strip():
        return w
    query = fts.parse_query(q)
    if query.empty:
        w.add("1 = 0")
        return w
    cond, params = sql.text_match(query, column)  # the dialect's full-text search
    w.add(cond, *params)
    return w


def role_match(role: str, value: str, alias: str = "e") -> Where:
    """The event `alias` has a `role` (actor/recipient/location) matching `value`:
    its link id, its normalized surface or KB name, its English name, or a part
    of its surface."""
    norm = normalize_key(value)
    # a name typed with clitics (بحلب، للحوثيين) also matches its bare forms
    alts = list(fts.stripped(norm)) if " " not in norm else []
    extra = "".join(" OR r.name_norm = ? OR r.norm LIKE ? ESCAPE '\\'" for _ in alts)
    w = Where()
    w.add(
        "EXISTS (SELECT 1 FROM event_roles r WHERE r.doc_id = " + alias + ".doc_id "
        "AND r.event_id = " + alias + ".event_id AND r.role = ? AND (r.key = ? OR r.norm = ? "
        "OR r.name_norm = ? OR lower(r.name_en) = ? OR r.norm LIKE ? ESCAPE '\\'" + extra + "))",
        role, value.strip(), norm, norm, value.strip().lower(), "%" + like_escape(norm) + "%",
        *(x for a in alts for x in (a, "%" + like_escape(a) + "%")),
    )
    return w


def event_where(f: Any, sql: Any, alias: str = "e", *, dates: bool = True,
                doc_level: bool = True) -> Where:
    """Conditions on an events row `alias` for Filters `f`."""
    w = Where()
    cats = categories(f.category)
    if cats:
        w.add(f"{alias}.type IN ({placeholders(len(cats))})", *cats)
    if f.status:
        w.add(f"{alias}.status = ?", f.status)
    if f.actor:
        w.extend(role_match("actor", f.actor, alias))
    if f.recipient:
        w.extend(role_match("recipient", f.recipient, alias))
    if f.place:
        w.extend(role_match("location", f.place, alias))
    if dates and f.date_from:
        w.add(f"{alias}.date >= ?", f.date_from)
    if dates and f.date_to:
        w.add(f"{alias}.date <= ?", f.date_to)
    if doc_level:
        w.extend(doc_where(f, sql, f"{alias}.doc_id"))
    return w


def doc_where(f: Any, sql: Any, id_column: str) -> Where:
    """Document-level conditions (outlet, text, one document) on `id_column`."""
    w = Where()
    if f.doc_id:
        w.add(f"{id_column} = ?", f.doc_id)
    if f.outlet:
        w.add(f"{id_column} IN (SELECT c.doc_id FROM copies c WHERE c.source = ?)", f.outlet)
    if f.record_id:
        w.add(f"{id_column} IN (SELECT c.doc_id FROM copies c WHERE c.record_id = ?)",
              f.record_id)
    w.extend(text_match(sql, f.q, id_column))
    return w


def has_event_filters(f: Any) -> bool:
    return bool(f.category or f.status or f.actor or f.recipient or f.place)
