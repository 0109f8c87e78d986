"""Filters → parameterized WHERE fragments. No user value is ever put in SQL text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
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


# A text filter selects at most this many documents: the last written of those matching
# (the newest, for a monitor reading the news as it comes). A common word (حلب: 7,598 of
# 100,000 documents, 66,000 events) would otherwise cost every figure a read of all its
# documents' events; past the cap the answers say so (`capped`: the totals read "500+"),
# as a search engine's do. Exports read every match (`uncapped`).
TEXT_CAP = 500
_capped: ContextVar[bool] = ContextVar("text_capped", default=True)


@contextmanager
def uncapped() -> Iterator[None]:
    """Text filters built inside select every matching document (exports)."""
    token = _capped.set(False)
    try:
        yield
    finally:
        _capped.reset(token)


def text_cap() -> int | None:
    return TEXT_CAP if _capped.get() else None


def text_match(sql: Any, q: str | None, column: str) -> Where:
    """`column IN (documents matching q)` (at most `text_cap()` of them, the last written);
    an unmatchable query matches nothing."""
    w = Where()
    if q is None or not q.strip():
        return w
    query = fts.parse_query(q)
    if query.empty:
        w.add("1 = 0")
        return w
    cond, params = sql.text_match(query, column, text_cap())  # the dialect's full-text search
    w.add(cond, *params)
    return w


def text_capped(db: Any, q: str | None) -> bool:
    """Whether the text `q` matches more documents than a text filter selects (counted up
    to one more than the cap, from the index alone)."""
    cap = text_cap()
    if not cap or q is None or not q.strip():
        return False
    query = fts.parse_query(q)
    if query.empty:
        return False
    nums, params = db.sql.text_rows(query)
    return int(db.scalar(f"SELECT count(*) FROM ({nums} LIMIT {int(cap) + 1}) t", params)
               or 0) > cap


MAX_LISTED = 500  # matched keys or forms listed in a query; more are read by a subquery


def role_forms(db: Any, role: str, value: str) -> tuple[Where, Where]:
    """What an actor/recipient/place filter `value` matches among the forms roles were
    written in (role_forms): (keys, norms) as conditions on a role row `r`. A role
    matches when its link id is `value`, its KB name (normalized) or English name is it,
    or its normalized surface is it or holds it; a name typed with clitics (بحلب،
    للحوثيين) also matches its bare forms."""
    norm = normalize_key(value)
    alts = list(fts.stripped(norm)) if " " not in norm else []
    names = [n for n in (norm, *alts) if n]
    by_key = Where()
    by_key.add("f.role = ?", role)
    key_cond = "f.key = ?" + "".join(" OR f.name_norm = ?" for _ in names)
    params: list[Any] = [value.strip(), *names]
    if value.strip():
        key_cond += " OR (f.name_en <> '' AND lower(f.name_en) = ?)"
        params.append(value.strip().lower())
    by_key.add(f"({key_cond})", *params)
    by_norm = Where()
    by_norm.add("f.role = ?", role)
    likes = [norm, *alts]
    by_norm.add("(" + " OR ".join(["f.norm = ? OR f.norm LIKE ? ESCAPE '\\'"] * len(likes))
                + ")", *(x for a in likes for x in (a, "%" + like_escape(a) + "%")))
    return by_key, by_norm


def _matched(db: Any, column: str, w: Where) -> tuple[str, list[Any]]:
    """`IN (...)` of the values of `column` the forms matching `w` have: listed when few,
    else the subquery itself."""
    sub = f"SELECT DISTINCT f.{column} FROM role_forms f" + w.sql()
    found = [r[column] for r in db.query(sub + f" LIMIT {MAX_LISTED + 1}", w.params)]
    if len(found) > MAX_LISTED:
        return f"IN ({sub})", list(w.params)
    return f"IN ({placeholders(len(found))})", found


def _key_set(db: Any, role: str, keys: str, key_params: list[Any], norms: str,
             norm_params: list[Any]) -> list[Any] | None:
    """The keys whose role rows are exactly what the name matches (a name matching several
    keys' forms, حلب: the city and the governorate by name, the countryside districts by
    their surfaces ريف حلب الشمالي ...), when every form of each key found by a surface is
    itself a matched surface; else None. The events are then those of the keys, read from
    the (role, key) index alone, not a union of two lookups (both listed only)."""
    if not norm_params or keys.startswith("IN (SELECT") or norms.startswith("IN (SELECT"):
        return None
    named = set(key_params)
    by_form = [r[0] for r in db.tuples(
        f"SELECT DISTINCT f.key FROM role_forms f WHERE f.role = ? AND f.norm {norms}",
        [role, *norm_params])]
    extra = sorted(k for k in by_form if k not in named)
    if len(named) + len(extra) > MAX_LISTED:
        return None
    if extra and db.tuples(
            f"SELECT 1 FROM role_forms g WHERE g.role = ? AND g.key IN"
            f" ({placeholders(len(extra))}) AND g.norm NOT {norms} LIMIT 1",
            [role, *extra, *norm_params]):
        return None  # a key found by a surface has forms the name does not match
    return [*key_params, *extra]


def key_set(db: Any, role: str, value: str) -> list[str] | None:
    """The keys whose role rows are exactly the events a `role` filter `value` selects
    (`role_match`): those its name matches and, where every form of theirs is a matched
    surface, those its surfaces found (`_key_set`); None when a surface match selects rows
    and not whole keys, or too many forms match to list."""
    by_key, by_norm = role_forms(db, role, value)
    keys, key_params = _matched(db, "key", by_key)
    norms, norm_params = _matched(db, "norm", by_norm)
    if keys.startswith("IN (SELECT"):
        return None
    if not norm_params:
        return sorted(set(key_params))
    found = _key_set(db, role, keys, key_params, norms, norm_params)
    return None if found is None else sorted(set(found))


def role_match(db: Any, role: str, value: str, alias: str = "e") -> Where:
    """The event `alias` has a `role` (actor/recipient/location) matching `value`
    (`role_forms`): the matching forms are found first, then the events holding them by
    the role index, so a filter costs what it selects, not the store's size."""
    by_key, by_norm = role_forms(db, role, value)
    keys, key_params = _matched(db, "key", by_key)
    norms, norm_params = _matched(db, "norm", by_norm)
    if (key_set := _key_set(db, role, keys, key_params, norms, norm_params)) is not None:
        keys, key_params = f"IN ({placeholders(len(key_set))})", key_set
        norms, norm_params = "", []
    parts, params = [], []
    for column, cond, values in (("key", keys, key_params), ("norm", norms, norm_params)):
        if values:
            parts.append(f"SELECT r.doc_id, r.event_id FROM event_roles r WHERE r.role = ?"
                         f" AND r.{column} {cond}")
            params += [role, *values]
    w = Where()
    if not parts:
        w.add("1 = 0")
        return w
    # a UNION of the two read as a table (`SELECT * FROM (...)`): SQLite then looks each
    # selected event up by its key; an IN over a bare UNION scanned every event (EXPLAIN:
    # a name matching a KB entry and surfaces, حلب, cost the store's size, not its share)
    union = parts[0] if len(parts) == 1 else \
        f"SELECT * FROM ({' UNION '.join(parts)}) matched"
    w.add(f"({alias}.doc_id, {alias}.event_id) IN ({union})", *params)
    return w


def event_where(f: Any, db: Any, alias: str = "e", *, dates: bool = True,
                doc_level: bool = True, in_document: bool = False) -> Where:
    """Conditions on an events row `alias` for Filters `f` (`db`: the store's Database).
    `in_document`: the events of one document are looked at (found by the table's key,
    doc_id first: the category is then read from the row, not looked up by its index,
    which would read every event of the category)."""
    w = Where()
    cats = categories(f.category)
    if cats:
        column = db.sql.unindexed(f"{alias}.type") if in_document else f"{alias}.type"
        w.add(f"{column} IN ({placeholders(len(cats))})", *cats)
    if f.status:
        column = f"{alias}.status" if rare_status(db, f.status) else db.sql.unindexed(
            f"{alias}.status")
        w.add(f"{column} = ?", f.status)
    if f.actor:
        w.extend(role_match(db, "actor", f.actor, alias))
    if f.recipient:
        w.extend(role_match(db, "recipient", f.recipient, alias))
    if f.place:
        w.extend(role_match(db, "location", f.place, alias))
    if dates and f.date_from:
        w.add(f"{alias}.date >= ?", f.date_from)
    if dates and f.date_to:
        w.add(f"{alias}.date <= ?", f.date_to)
    if doc_level:
        w.extend(doc_where(f, db.sql, f"{alias}.doc_id"))
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


RARE_STATUS = 0.125  # a status of fewer events than this share is read by its index


def rare_status(db: Any, status: str) -> bool:
    """Whether `status` is held by few of the store's events (agg_totals, kept on write):
    its events are then found by the status index, else read in a scan (a common status,
    `asserted`, is most events: the index would only add a lookup per row)."""
    rows = db.query("SELECT name, n FROM agg_totals WHERE name IN (?, ?)",
                    ("events", "status:" + status))
    counts = {r["name"]: int(r["n"]) for r in rows}
    return counts.get("status:" + status, 0) < RARE_STATUS * counts.get("events", 0)


def speaker_match(db: Any, value: str, alias: str = "c") -> Where:
    """The claim `alias`'s speaker is `value`: its link id, its normalized surface (or a
    surface holding it), or its English name. The forms speakers were written in
    (role_forms, role 'speaker') are matched first and the claims holding them are read by
    the index on their surface; the condition itself is then checked on those claims."""
    norm = normalize_key(value)
    key, en = value.strip(), value.strip().lower()
    cond = (f"({alias}.speaker_key = ? OR {alias}.speaker_norm = ? OR"
            f" lower({alias}.speaker_name_en) = ? OR {alias}.speaker_norm LIKE ? ESCAPE '\\')")
    params = [key, norm, en, "%" + like_escape(norm) + "%"]
    forms = Where()
    forms.add("f.role = 'speaker'")
    forms.add("(f.key = ? OR f.norm = ? OR (f.name_en <> '' AND lower(f.name_en) = ?)"
              " OR f.norm LIKE ? ESCAPE '\\')", *params)
    norms, norm_params = _matched(db, "norm", forms)
    w = Where()
    if not norm_params:
        w.add("1 = 0")
        return w
    w.add(f"{alias}.speaker_norm {norms}", *norm_params)
    w.add(cond, *params)
    return w


def has_event_filters(f: Any) -> bool:
    return bool(f.category or f.status or f.actor or f.recipient or f.place)
