"""Aggregates kept on write: the map, actors, timeline and network read small tables.

A merged event contributes 1 to each aggregate row it belongs to (its actors,
targets, places, actor->target edges, its day and category, each outlet it was
told by with that day and category); when it changes,
the store applies the difference of its contributions (`delta`), so counting
distinct merged events never scans the events. Each event mention adds 1 to
its roles' `mentions`. Per day and category tables answer category and date
filters, per outlet tables an outlet filter alone (the overview's totals and the
timeline); other filters (text, actor, place...) are selective and use the events
themselves (`scan_*`).

Rows: agg_keys(grp, key, events, targeted, mentions), grp 'party' (actors and
targets) or 'place'; agg_keys_type: the same per category; agg_daily: the same per
category and day; agg_timeline (day, type, events); agg_edges (akey, rkey, type, day,
events) with totals agg_edge_types and agg_edge_weight; agg_types (type, events,
multi): merged events per category, and those told by several reports;
role_names(key, text, name, name_en, kind, lat, lon): how to show a key.

Document-level counts are kept the same way, by the writer: agg_totals (name, n: the
stats' documents, records, near_duplicates, duplicate_groups, entities, events,
claims; 'status:<status>': events of each status), agg_outlets (source, documents,
events, claims: the documents with a copy from the outlet, and their events and claims),
agg_outlet_days (source, type, day, n: documents by publication day, type '' all of
them, else those holding an event of the type: the overview's outlet count),
agg_outlet_merged (source, type, day, events: merged events with a member from the
outlet, by their category and day, '' when none: an outlet filter alone, kept from each
merged event's `outlets` like the other contributions), and role_forms (role, norm,
key, name_norm, name_en): every distinct form a role (or,
role 'speaker', a claim's speaker) was written in, which actor, place and speaker
filters are matched against (store/query.py).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from rasd.store import facets, key_filter, keysets, status_filter
from rasd.store.db import Database
from rasd.store.merge import Core, State, quad
from rasd.store.outlet_keys import OutletKeys
from rasd.store.query import Where, categories, event_where, placeholders

Contribution = tuple[str, ...]


def contributions(state: State, core: Core, conflicts: int = 0,
                  sets: dict[tuple[str, str], tuple[str, ...]] | None = None
                  ) -> set[Contribution]:
    """The aggregate rows a merged event counts in (type and day: its core's); `conflicts`:
    how many it holds (each of its role keys counts them: a key filter's conflicts);
    `sets`: the kept key sets by (role, key) (facets.keyset_index: a set's merged events,
    conflicts and days, schema 21)."""
    typ, day = core.type, core.day
    out: set[Contribution] = set()
    if sets:
        for role in key_filter.MERGED_KEPT:
            for key in state.roles[role]:
                for facet in sets.get((role, key), ()):
                    out.add(("kset", facet, typ, day or "", str(conflicts)))
    for key in state.roles["actor"]:
        out.add(("party", key, "events", typ, day))
    for key in state.roles["recipient"]:
        out.add(("party", key, "targeted", typ, day))
    for key in state.roles["location"]:
        out.add(("place", key, "events", typ, day))
    for edge in state.edges:
        a, r = edge.split("\t")
        out.add(("edge", a, r, typ, day))
    if day:
        out.add(("day", day, typ))
    out.add(("merged", typ))
    if len({a["doc_id"] for a in state.accounts}) > 1:  # the row's `reports`
        out.add(("multi", typ))
    dates = [a["date"] for a in state.accounts if a["date"]]
    if dates:  # the days from its `date` to its `date_to`: date filters are bounded by it
        out.add(("span", _days(min(dates), max(dates))))
    for source, n in state.outlets.items():  # an outlet filter alone: agg_outlet_merged
        if n > 0 and source:
            out.add(("outlet", source, typ, day or ""))
    if conflicts:  # a key filter alone: agg_keys' conflicts (schema 17)
        for role in key_filter.MERGED_KEPT:
            for key in state.roles[role]:
                out.add(("conflicts", role, key, str(conflicts)))
    for status in {a["status"] for a in state.accounts}:  # a status alone (schema 19)
        out.add(("status", status, str(conflicts)))
        if day:  # its timeline (schema 20)
            out.add(("status_day", status, day, typ))
    return out


def _days(first: str, last: str) -> int:
    try:
        return (dt.date.fromisoformat(last[:10]) - dt.date.fromisoformat(first[:10])).days
    except ValueError:
        return 0


_KEYS = ("INSERT INTO agg_keys (grp, key, events, targeted, mentions) VALUES (?, ?, ?, ?, ?)"
         " ON CONFLICT (grp, key) DO UPDATE SET events = agg_keys.events + excluded.events,"
         " targeted = agg_keys.targeted + excluded.targeted,"
         " mentions = agg_keys.mentions + excluded.mentions")
_KEYS_TYPE = ("INSERT INTO agg_keys_type (grp, type, key, events, targeted, mentions)"
              " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (grp, type, key) DO UPDATE SET"
              " events = agg_keys_type.events + excluded.events,"
              " targeted = agg_keys_type.targeted + excluded.targeted,"
              " mentions = agg_keys_type.mentions + excluded.mentions")
_DAILY = ("INSERT INTO agg_daily (grp, key, type, day, events, targeted, mentions)"
          " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (grp, key, type, day) DO UPDATE SET"
          " events = agg_daily.events + excluded.events,"
          " targeted = agg_daily.targeted + excluded.targeted,"
          " mentions = agg_daily.mentions + excluded.mentions")
_TIMELINE = ("INSERT INTO agg_timeline (day, type, events) VALUES (?, ?, ?)"
             " ON CONFLICT (day, type) DO UPDATE SET events = agg_timeline.events"
             " + excluded.events")
_EDGES = ("INSERT INTO agg_edges (akey, rkey, type, day, events) VALUES (?, ?, ?, ?, ?)"
          " ON CONFLICT (akey, rkey, type, day) DO UPDATE SET events = agg_edges.events"
          " + excluded.events")
_EDGE_TYPES = ("INSERT INTO agg_edge_types (akey, rkey, type, events) VALUES (?, ?, ?, ?)"
               " ON CONFLICT (akey, rkey, type) DO UPDATE SET events = agg_edge_types.events"
               " + excluded.events")
_EDGE_WEIGHT = ("INSERT INTO agg_edge_weight (akey, rkey, events) VALUES (?, ?, ?)"
                " ON CONFLICT (akey, rkey) DO UPDATE SET events = agg_edge_weight.events"
                " + excluded.events")

_TYPES = ("INSERT INTO agg_types (type, events, multi) VALUES (?, ?, ?)"
          " ON CONFLICT (type) DO UPDATE SET events = agg_types.events + excluded.events,"
          " multi = agg_types.multi + excluded.multi")
_SPANS = ("INSERT INTO agg_spans (days, events) VALUES (?, ?)"
          " ON CONFLICT (days) DO UPDATE SET events = agg_spans.events + excluded.events")
_DAYS = ("INSERT INTO agg_days (kind, type, day, n) VALUES (?, ?, ?, ?)"
         " ON CONFLICT (kind, type, day) DO UPDATE SET n = agg_days.n + excluded.n")
_TOTALS = ("INSERT INTO agg_totals (name, n) VALUES (?, ?)"
           " ON CONFLICT (name) DO UPDATE SET n = agg_totals.n + excluded.n")
_OUTLETS = ("INSERT INTO agg_outlets (source, documents, events, claims) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (source) DO UPDATE SET documents = agg_outlets.documents"
            " + excluded.documents, events = agg_outlets.events + excluded.events,"
            " claims = agg_outlets.claims + excluded.claims")
_OUTLET_MERGED = ("INSERT INTO agg_outlet_merged (source, type, day, events) VALUES (?, ?, ?, ?)"
                  " ON CONFLICT (source, type, day) DO UPDATE SET events ="
                  " agg_outlet_merged.events + excluded.events")
_OUTLET_DAYS = ("INSERT INTO agg_outlet_days (source, type, day, n) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (source, type, day) DO UPDATE SET n = agg_outlet_days.n"
                " + excluded.n")
_OUTLET_STATUS = ("INSERT INTO agg_outlet_status (source, status, documents) VALUES (?, ?, ?)"
                  " ON CONFLICT (source, status) DO UPDATE SET documents ="
                  " agg_outlet_status.documents + excluded.documents")
_FORMS = ("INSERT INTO role_forms (role, norm, key, name_norm, name_en) VALUES (?, ?, ?, ?, ?)"
          " ON CONFLICT DO NOTHING")
_KEY_DOCS = key_filter.UPSERT
_ORDER = (_KEYS, _KEYS_TYPE, _DAILY, _TIMELINE, _EDGES, _EDGE_TYPES, _EDGE_WEIGHT, _TYPES,
          _SPANS, _DAYS, _TOTALS, _OUTLETS, _OUTLET_DAYS, _OUTLET_MERGED, _KEY_DOCS,
          _OUTLET_STATUS)


class Pending:
    """Aggregate changes gathered over a transaction and written once, summed, in key
    order (fewer statements; one lock order for concurrent writers)."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[tuple[Any, ...], list[int]]] = defaultdict(dict)
        self.forms: set[tuple[str, str, str, str, str]] = set()
        self.outlet_keys = OutletKeys()  # actors and places under an outlet (schema 16)
        self.facets = facets.FacetKeys()  # under a common key or a status (schema 19)
        self._sets: dict[tuple[str, str], tuple[str, ...]] | None = None

    def keysets(self, db: Database) -> dict[tuple[str, str], tuple[str, ...]]:
        """The kept key sets by (role, key), read once a transaction (a set registered at
        its end is filled from the rows: the next one's contributions count it)."""
        if self._sets is None:
            self._sets = facets.keyset_index(db)
        return self._sets

    def _add(self, sql: str, key: tuple[Any, ...], *counts: int) -> None:
        have = self.rows[sql].setdefault(key, [0] * len(counts))
        for i, n in enumerate(counts):
            have[i] += n

    def delta(self, old: set[Contribution], new: set[Contribution]) -> None:
        """A merged event's change of contributions (-1 for gone rows, +1 for new)."""
        for c, d in [(c, -1) for c in old - new] + [(c, 1) for c in new - old]:
            if c[0] in ("party", "place"):
                grp, key, col, typ, day = c
                ev, tg = (d, 0) if col == "events" else (0, d)
                self._add(_KEYS, (grp, key), ev, tg, 0)
                self._add(_KEYS_TYPE, (grp, typ, key), ev, tg, 0)
                self._add(_DAILY, (grp, key, typ, day), ev, tg, 0)
            elif c[0] == "merged":
                self._add(_TYPES, (c[1],), d, 0)
            elif c[0] == "multi":
                self._add(_TYPES, (c[1],), 0, d)
            elif c[0] == "span":
                self._add(_SPANS, (c[1],), d)
            elif c[0] == "outlet":
                self._add(_OUTLET_MERGED, c[1:], d)
            elif c[0] == "status":  # its merged events and their conflicts (agg_totals)
                self._add(_TOTALS, (status_filter.name("merged", c[1]),), d)
                if int(c[2]):
                    self._add(_TOTALS, (status_filter.name("conflict", c[1]),), d * int(c[2]))
            elif c[0] == "kset":  # a kept key set's (store/keysets.py)
                _, facet, typ, day, n = c
                self._add(_TOTALS, (keysets.name("merged", facet),), d)
                if int(n):
                    self._add(_TOTALS, (keysets.name("conflict", facet),), d * int(n))
                if day:
                    self._add(_DAYS, (keysets.name("merged", facet), typ, day), d)
            elif c[0] == "status_day":  # agg_days under the status's kind
                _, status, day, typ = c
                self._add(_DAYS, (status_filter.day_kind(status), typ, day), d)
            elif c[0] == "conflicts":
                _, role, key, n = c
                self._add(_KEY_DOCS, (key_filter.GROUP[role], key),
                          *key_filter.counts(role, 0, 0, 0, d * int(n)))
            elif c[0] == "edge":
                _, a, r, typ, day = c
                self._add(_EDGES, (a, r, typ, day), d)
                self._add(_EDGE_TYPES, (a, r, typ), d)
                self._add(_EDGE_WEIGHT, (a, r), d)
            else:
                _, day, typ = c
                self._add(_TIMELINE, (day, typ), d)

    def mentions(self, roles: list[tuple[str, str, str, str]]) -> None:
        """Event roles counted in: (role, key, type, date) per actor/recipient/location."""
        for role, key, typ, date in roles:
            grp = "place" if role == "location" else "party"
            self._add(_KEYS, (grp, key), 0, 0, 1)
            self._add(_KEYS_TYPE, (grp, typ, key), 0, 0, 1)
            self._add(_DAILY, (grp, key, typ, date or ""), 0, 0, 1)

    def total(self, name: str, n: int = 1) -> None:
        """A document-level count of the stats (agg_totals) changes by `n`."""
        self._add(_TOTALS, (name,), n)

    def day(self, kind: str, typ: str, day: str | None) -> None:
        """A document, claim or event counted under category `typ` on `day` (agg_days)."""
        self._add(_DAYS, (kind, typ, day or ""), 1)

    def outlet(self, source: str, events: int, claims: int) -> None:
        """`source` gains a document holding `events` events and `claims` claims."""
        self._add(_OUTLETS, (source,), 1, events, claims)

    def outlet_day(self, source: str, day: str | None, types: list[str]) -> None:
        """`source` gains a document published on `day` holding events of `types` (type ''
        counts every document)."""
        for typ in ("", *types):
            self._add(_OUTLET_DAYS, (source, typ, day or ""), 1)

    def outlet_statuses(self, source: str, statuses: list[str]) -> None:
        """`source` gains a document holding events of `statuses` (agg_outlet_status)."""
        for status in statuses:
            self._add(_OUTLET_STATUS, (source, status), 1)

    def status_docs(self, rows: dict[str, tuple[int, int]]) -> None:
        """A new document holding events of each status in `rows`, reported by (_, claims)
        of its claims (agg_totals' counts of a status filter, schema 19)."""
        for status, (docs, claims) in rows.items():
            self.total(status_filter.name("document", status), docs)
            self.total(status_filter.name("claim", status), claims)

    def key_docs(self, rows: dict[tuple[str, str], tuple[int, int]]) -> None:
        """A new document holding each (role, key) in `rows` in (events, claims) of its
        events and claims (agg_keys' kept counts of a key filter, schema 17)."""
        for (role, key), (events, claims) in rows.items():
            self._add(_KEY_DOCS, (key_filter.GROUP[role], key),
                      *key_filter.counts(role, 1, events, claims, 0))

    def role_forms(self, rows: list[tuple[Any, ...]]) -> None:
        """Event role rows (as written to event_roles) whose forms filters match."""
        for r in rows:
            self.forms.add((r[2], r[6], r[4], r[8] or "", r[9] or ""))

    def speaker_forms(self, rows: list[tuple[Any, ...]]) -> None:
        """Claim rows (as written to claims) whose speakers' forms speaker filters match:
        role 'speaker', (norm, key, '', name_en)."""
        for r in rows:
            self.forms.add(("speaker", r[10] or "", r[7] or "", "", r[9] or ""))

    def flush(self, db: Database) -> None:
        for sql in _ORDER:
            changed = [(*k, *v) for k, v in sorted(self.rows.get(sql, {}).items()) if any(v)]
            if changed:
                db.executemany(sql, changed)
        self.facets.prepare(db)  # (before the forms: which are new, schema 21)
        if self.forms:
            db.executemany(_FORMS, sorted(self.forms))
        self.rows.clear()
        self.forms.clear()
        self.outlet_keys.flush(db)
        self.facets.flush(db)
        self._sets = None


def name_roles(db: Database, rows: list[tuple[Any, ...]]) -> None:
    """How to show keys: (key, text, name, name_en, kind, lat, lon); the first one stays."""
    db.executemany("INSERT INTO role_names (key, text, name, name_en, kind, lat, lon)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING", rows)


def clear(db: Database) -> None:
    for table in ("agg_keys_type", "agg_daily", "agg_timeline", "agg_edges",
                  "agg_edge_types", "agg_edge_weight", "agg_types", "agg_spans", "role_names",
                  "agg_outlet_merged"):
        db.execute(f"DELETE FROM {table}")
    # a key's documents, events and claims stay (they do not depend on the merging);
    # a status's merged events and conflicts do
    db.execute("DELETE FROM agg_totals WHERE name LIKE ? OR name LIKE ?",
               (status_filter.name("merged", "%"), status_filter.name("conflict", "%")))
    db.execute("DELETE FROM agg_days WHERE kind LIKE ?", (status_filter.day_kind("%"),))
    db.execute("UPDATE agg_keys SET events = 0, targeted = 0, mentions = 0, conflicts = 0")


# --- reading ------------------------------------------------------------------------------------

def longest_span(db: Database) -> int | None:
    """The most days any merged event spans (from its `date` to its `date_to`), or None
    when there is none: a merged event ending on or after a day began at most this many
    days before it."""
    n = db.scalar("SELECT max(days) FROM agg_spans WHERE events > 0")
    return None if n is None else int(n)


def outlet_only(f: Any) -> bool:
    """An outlet filter and nothing else: agg_outlets and agg_outlet_merged answer it."""
    return bool(f.outlet) and not (f.q or f.actor or f.recipient or f.place or f.status
                                   or f.doc_id or f.record_id or f.category or f.date_from
                                   or f.date_to)


_OUTLET_COLUMN = {"document": "documents", "event": "events", "claim": "claims"}


def outlet_merged(db: Any, source: str) -> int:
    """How many merged events have a member from `source` (an outlet filter alone)."""
    return int(db.scalar("SELECT COALESCE(sum(events), 0) FROM agg_outlet_merged"
                         " WHERE source = ?", (source,)) or 0)


def answerable(f: Any) -> bool:
    """Filters the aggregate tables answer: category and dates (or none)."""
    return not (f.q or f.actor or f.recipient or f.place or f.outlet or f.status or f.doc_id
                or f.record_id)


def _daily_where(f: Any, grp: str | None = None) -> Where:
    w = Where()
    if grp:
        w.add("d.grp = ?", grp)
    cats = categories(f.category)
    if cats:
        w.add(f"d.type IN ({placeholders(len(cats))})", *cats)
    if f.date_from:
        w.add("d.day >= ?", f.date_from)
    if f.date_to:
        w.add("d.day <= ?", f.date_to)
    return w


def counted(db: Database, kind: str, f: Any) -> int | None:
    """How many documents (`kind` 'document', by publication day), claims ('claim', same)
    or events ('event', by their date) the filters select, from agg_days, when they are a
    category and dates only (one category for documents and claims: a document with events
    of two would count twice); with no filter at all, the stats' totals (agg_totals); events
    under dates alone: their days summed over every category (an event has one)."""
    cats = categories(f.category)
    if outlet_only(f):  # the outlet's documents, and the events and claims they hold
        return int(db.scalar(f"SELECT {_OUTLET_COLUMN[kind]} FROM agg_outlets WHERE"
                             " source = ?", (f.outlet,)) or 0)
    if not answerable(f):
        return None
    if not cats and not (f.date_from or f.date_to):
        return int(db.scalar("SELECT n FROM agg_totals WHERE name = ?", (kind + "s",)) or 0)
    if (not cats and kind != "event") or (kind != "event" and len(cats) > 1):
        return None
    w = Where()
    w.add("a.kind = ?", kind)
    if cats:
        w.add(f"a.type IN ({placeholders(len(cats))})", *cats)
    _day_range(w, "a.day", f)
    return int(db.scalar("SELECT COALESCE(sum(a.n), 0) FROM agg_days a" + w.sql(), w.params)
               or 0)


def outlets_counted(db: Database, f: Any) -> int | None:
    """How many outlets have a document the filters select, from agg_outlet_days, when they
    are a category and dates only (or none); else None."""
    if not answerable(f):
        return None
    cats = categories(f.category)
    w = Where()
    w.add("o.source = s.source")
    if cats:
        w.add(f"o.type IN ({placeholders(len(cats))})", *cats)
    else:
        w.add("o.type = ''")
    _day_range(w, "o.day", f)
    w.add("o.n > 0")
    # outlet by outlet (a few dozen), each a range of its key: the table holds every
    # outlet's every day and category, which counting its distinct outlets read whole
    return int(db.scalar("SELECT count(*) FROM agg_outlets s WHERE EXISTS (SELECT 1 FROM"
                         " agg_outlet_days o" + w.sql() + ")", w.params) or 0)


def _day_range(w: Where, column: str, f: Any) -> None:
    """The filters' dates on a kept day column ('' where the row had no date: no date
    range holds it, as none holds a NULL date)."""
    if f.date_from:
        w.add(f"{column} >= ?", f.date_from)
    if f.date_to:
        w.add(f"{column} <= ?", f.date_to)
        if not f.date_from:
            w.add(f"{column} <> ''")


def keys_page(db: Database, grp: str, f: Any, limit: int, offset: int
              ) -> tuple[list[dict[str, Any]], int]:
    """Rows {"key", "events", "targeted", "mentions", "text", "name", "name_en", "kind",
    "lat", "lon"} by mentions, and how many keys there are."""
    names = (" n.text, n.name, n.name_en, n.kind, n.lat, n.lon FROM")
    if not (f.category or f.date_from or f.date_to):
        total = db.scalar("SELECT count(*) FROM agg_keys WHERE grp = ? AND mentions > 0",
                          (grp,))
        rows = db.query(
            "SELECT a.key, a.events, a.targeted, a.mentions," + names + " (SELECT * FROM"
            " agg_keys WHERE grp = ? AND mentions > 0 ORDER BY mentions DESC, key LIMIT ?"
            " OFFSET ?) a LEFT JOIN role_names n ON n.key = a.key"
            " ORDER BY a.mentions DESC, a.key", (grp, limit, offset))
        return rows, int(total or 0)
    if not (f.date_from or f.date_to):  # a category (or several): per-category totals
        cats = categories(f.category)
        table = ("agg_keys_type d WHERE d.grp = ? AND d.type IN"
                 f" ({placeholders(len(cats))})")
        if len(cats) == 1:
            return _page(db, "SELECT d.key, d.events, d.targeted, d.mentions FROM " + table
                         + " AND d.mentions > 0", [grp, *cats], limit, offset)
        return _page(db, "SELECT d.key, sum(d.events) AS events, sum(d.targeted) AS targeted,"
                     " sum(d.mentions) AS mentions FROM " + table + " GROUP BY d.key"
                     " HAVING sum(d.mentions) > 0", [grp, *cats], limit, offset)
    w = _daily_where(f, grp)
    return _page(db, "SELECT d.key, sum(d.events) AS events, sum(d.targeted) AS targeted,"
                 " sum(d.mentions) AS mentions FROM agg_daily d" + w.sql()
                 + " GROUP BY d.key HAVING sum(d.mentions) > 0", w.params, limit, offset)


def _page(db: Database, grouped: str, params: list[Any], limit: int, offset: int
          ) -> tuple[list[dict[str, Any]], int]:
    """A page of `grouped` rows (key, events, targeted, mentions) by mentions, named, and
    how many rows there are (counted in the same pass)."""
    rows = db.query(
        "SELECT a.key, a.events, a.targeted, a.mentions, a.total, n.text, n.name, n.name_en,"
        f" n.kind, n.lat, n.lon FROM (SELECT g.*, count(*) OVER () AS total FROM ({grouped}) g"
        " ORDER BY g.mentions DESC, g.key LIMIT ? OFFSET ?) a LEFT JOIN role_names n"
        " ON n.key = a.key ORDER BY a.mentions DESC, a.key", [*params, limit, offset])
    if rows:
        total = int(rows[0]["total"])
    else:
        total = int(db.scalar(f"SELECT count(*) FROM ({grouped}) g", params) or 0)
    for r in rows:
        del r["total"]
    return rows, total


def scan_keys_page(db: Database, roles: tuple[str, ...], f: Any, limit: int, offset: int
                   ) -> tuple[list[dict[str, Any]], int]:
    """The same from the events, for filters the aggregates do not answer."""
    w = event_where(f, db, "e")
    w.conds[0:0] = ["r.doc_id = e.doc_id", "r.event_id = e.event_id",
                    f"r.role IN ({placeholders(len(roles))})"]
    w.params[0:0] = list(roles)
    # the selected events first, then their roles (CROSS JOIN keeps SQLite to that order;
    # PostgreSQL plans it as any join)
    base = " FROM events e CROSS JOIN event_roles r" + w.sql()
    grouped = (
        "SELECT r.key, MAX(r.name) AS name, MAX(r.name_en) AS name_en, MAX(r.text) AS text,"
        " MAX(r.kind) AS kind, MAX(r.lat) AS lat, MAX(r.lon) AS lon,"
        " count(DISTINCT CASE WHEN r.role <> 'recipient' THEN e.merged_id END) AS events,"
        " count(DISTINCT CASE WHEN r.role = 'recipient' THEN e.merged_id END) AS targeted,"
        " count(*) AS mentions" + base + " GROUP BY r.key")
    rows = db.query(f"SELECT g.*, count(*) OVER () AS total FROM ({grouped}) g"
                    " ORDER BY g.mentions DESC, g.key LIMIT ? OFFSET ?",
                    [*w.params, limit, offset])  # counted in the same pass
    if rows:
        total = int(rows[0]["total"])
    else:
        total = int(db.scalar("SELECT count(DISTINCT r.key)" + base, w.params) or 0)
    for r in rows:
        del r["total"]
    return rows, total


def timeline(db: Database, f: Any) -> list[dict[str, Any]]:
    """Merged events per day (the day most of their reports allow) and category."""
    # read as tuples: the answer grows with the days the store covers (49,434 rows at
    # 100k documents), where row objects and dicts cost more than the reading
    if answerable(f):
        w = _daily_where(f)
        w.add("d.events > 0")
        rows = db.tuples("SELECT d.day, d.type, d.events FROM agg_timeline d" + w.sql()
                         + " ORDER BY d.day, d.type", w.params)
    elif outlet_only(f):  # the merged events told by the outlet (agg_outlet_merged)
        rows = db.tuples("SELECT day, type, events FROM agg_outlet_merged WHERE"
                         " source = ? AND day <> '' AND events > 0 ORDER BY day, type",
                         (f.outlet,))
    elif (key := key_filter.single(db, f)) and key_filter.merged_kept(key):  # its kept days
        rows = key_filter.timeline(db, key)
    elif (kset := keysets.of_filters(db, f)) and kset.merged_kept():  # a key set's (21)
        rows = kset.timeline()
    elif (status := status_filter.alone(f)) and status_filter.days_kept_here(db):
        rows = status_filter.timeline(db, status)  # a status alone: its kept days
    else:
        w = event_where(f, db, "e")
        w.conds.insert(0, "m.id = e.merged_id")
        w.add("m.day IS NOT NULL")
        rows = db.tuples("SELECT m.day, m.type, count(DISTINCT m.id) FROM events e"
                         " CROSS JOIN merged_events m" + w.sql()
                         + " GROUP BY m.day, m.type ORDER BY m.day, m.type", w.params)
    return [{"date": day, "category": typ, "count": n} for day, typ, n in rows]


def network(db: Database, f: Any, limit: int) -> list[dict[str, Any]]:
    """Actor->target edges, heaviest first: [{"source", "source_name", "target",
    "target_name", "count", "quad", "categories": {type: n}}]."""
    cats: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    if not (f.category or f.date_from or f.date_to) and answerable(f):
        top = db.query("SELECT akey, rkey FROM agg_edge_weight WHERE events > 0"
                       " ORDER BY events DESC, akey, rkey LIMIT ?", (max(1, int(limit)),))
        for t in top:
            for r in db.query("SELECT type, events FROM agg_edge_types WHERE akey = ? AND"
                              " rkey = ? AND events > 0", (t["akey"], t["rkey"])):
                cats[(t["akey"], t["rkey"])][r["type"]] = r["events"]
    elif answerable(f) and not (f.date_from or f.date_to):  # categories: their totals
        types = categories(f.category)
        for r in db.query("SELECT akey, rkey, type, events AS n FROM agg_edge_types WHERE"
                          f" type IN ({placeholders(len(types))}) AND events > 0", types):
            cats[(r["akey"], r["rkey"])][r["type"]] = r["n"]
    elif answerable(f):
        w = _daily_where(f)
        for r in db.query("SELECT d.akey, d.rkey, d.type, sum(d.events) AS n FROM agg_edges d"
                          + w.sql() + " GROUP BY d.akey, d.rkey, d.type"
                          " HAVING sum(d.events) > 0", w.params):
            cats[(r["akey"], r["rkey"])][r["type"]] = r["n"]
    elif facet := facets.of_filters(db, f):  # a common key or a status (schema 19)
        for a, r, typ, n in facets.edges(db, facet):
            cats[(a, r)][typ] = n
    else:
        w = event_where(f, db, "e")
        w.conds[0:0] = ["a.doc_id = e.doc_id", "a.event_id = e.event_id", "a.role = 'actor'",
                        "r.doc_id = e.doc_id", "r.event_id = e.event_id",
                        "r.role = 'recipient'"]
        for r in db.query(  # the selected events first (as in scan_keys_page)
                "SELECT a.key AS akey, r.key AS rkey, e.type, count(DISTINCT e.merged_id) AS n"
                " FROM events e CROSS JOIN event_roles a CROSS JOIN event_roles r" + w.sql()
                + " GROUP BY a.key, r.key, e.type", w.params):
            if r["akey"] != r["rkey"]:
                cats[(r["akey"], r["rkey"])][r["type"]] = r["n"]
    edges = sorted(cats.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    edges = edges[: max(1, int(limit))]
    names = _names(db, {k for (a, r), _ in edges for k in (a, r)})
    out = []
    for (a, r), by_type in edges:
        weight: Counter[str] = Counter()
        for cat, n in by_type.items():
            weight[quad(cat) or "unknown"] += n
        out.append({"source": a, "source_name": names.get(a, a), "target": r,
                    "target_name": names.get(r, r), "count": sum(by_type.values()),
                    "categories": dict(sorted(by_type.items())),
                    "quad": max(sorted(weight), key=lambda k: weight[k])})
    return out


def _names(db: Database, keys: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    ks = sorted(keys)
    for i in range(0, len(ks), 500):
        chunk = ks[i:i + 500]
        for r in db.query("SELECT key, COALESCE(name, text) AS label FROM role_names"
                          f" WHERE key IN ({placeholders(len(chunk))})", chunk):
            out[r["key"]] = r["label"]
    return out
