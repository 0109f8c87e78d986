"""A name selecting several keys exactly, from counts kept on write (schema 21).

حلب typed in the place filter selects the city by its KB name and the countryside
districts by surfaces that all hold the name (`query.key_set`): the events of six keys,
12,800 events of a 100k store, which every figure read again (57-178 ms a path). Such a
key set, once one of its keys is kept as a facet, is a facet itself (`facets`, `keys:`):
its actors, places and network are kept there; its figures here, in rows named after
the facet (`name(kind, facet)`):

- agg_totals `document@…`, `event@…`, `claim@…`: the documents holding an event of the
  set, those events, the claims reporting one of them; documents, events and claims never
  change once written, so each new document adds its own (`FacetKeys.flush`);
- agg_totals `merged@…`, `conflict@…` and agg_days (kind `merged@…`, by category and
  day): the merged events with a member holding a key of the set (actor and place sets:
  a merged event's kept role keys are its members' rows), their conflicts and timeline,
  contributions of each merged event (`aggregates.contributions`, changed with it).

A set is filled from the rows when registered (`fill`) and its rows dropped with it
(`drop`). The lists' pages under a set are walked in their order, each row checked for
a key of the set (as `key_filter.walk` does for one key), where the kept counts say the
page lies within `key_filter.WALK_CHECKS` rows.
"""

from __future__ import annotations

from typing import Any

from rasd.store import key_filter
from rasd.store.db import Database

KINDS = ("document", "event", "claim", "merged", "conflict")
MERGED_KEPT = key_filter.MERGED_KEPT  # (a target's merged events are read from the events)
UPSERT = ("INSERT INTO agg_totals (name, n) VALUES (?, ?)"
          " ON CONFLICT (name) DO UPDATE SET n = agg_totals.n + excluded.n")


def name(kind: str, facet: str) -> str:
    return f"{kind}@{facet}"


def document_counts(facets_of: dict[tuple[str, str], list[str]],
                    links: list[tuple[str, str, str]]) -> dict[str, int]:
    """A transaction's new documents' counts per set: `facets_of` each new event's (doc_id,
    event_id) kept sets, `links` the documents' claim_events rows (doc_id, claim, event)."""
    out: dict[str, int] = {}
    docs: dict[str, set[str]] = {}
    claims: dict[str, set[tuple[str, str]]] = {}
    for (doc_id, _), sets in facets_of.items():
        for facet in sets:
            out[name("event", facet)] = out.get(name("event", facet), 0) + 1
            docs.setdefault(facet, set()).add(doc_id)
    for doc_id, claim, event in links:
        for facet in facets_of.get((doc_id, event), ()):
            claims.setdefault(facet, set()).add((doc_id, claim))
    for facet, ds in docs.items():
        out[name("document", facet)] = len(ds)
    for facet, cs in claims.items():
        out[name("claim", facet)] = len(cs)
    return out


def _selected(role: str, keys: tuple[str, ...]) -> tuple[str, list[Any]]:
    return ("(e.doc_id, e.event_id) IN (SELECT h.doc_id, h.event_id FROM event_roles h"
            f" WHERE h.role = ? AND h.key IN ({', '.join('?' * len(keys))}))"), [role, *keys]


def recount(db: Database, facet: str, role: str, keys: tuple[str, ...]
            ) -> tuple[dict[str, int], list[tuple[str, str, str, int]]]:
    """The set's totals and its timeline rows (kind, type, day, n) from the rows."""
    cond, params = _selected(role, keys)
    docs, events = db.tuples(f"SELECT count(DISTINCT e.doc_id), count(*) FROM events e"
                             f" WHERE {cond}", params)[0]
    claims = db.scalar("SELECT count(*) FROM (SELECT DISTINCT ce.doc_id, ce.claim_id FROM"
                       " events e CROSS JOIN claim_events ce WHERE ce.doc_id = e.doc_id AND"
                       f" ce.event_id = e.event_id AND {cond}) x", params)
    totals = {name("document", facet): int(docs or 0), name("event", facet): int(events or 0),
              name("claim", facet): int(claims or 0)}
    days: list[tuple[str, str, str, int]] = []
    if role in MERGED_KEPT:
        merged = f"SELECT e.merged_id FROM events e WHERE {cond}"
        totals[name("merged", facet)] = int(db.scalar(
            f"SELECT count(*) FROM merged_events m WHERE m.id IN ({merged})", params) or 0)
        totals[name("conflict", facet)] = int(db.scalar(
            f"SELECT count(*) FROM conflicts k WHERE k.merged_id IN ({merged})", params) or 0)
        days = [(name("merged", facet), typ, day, int(n)) for typ, day, n in db.tuples(
            "SELECT m.type, m.day, count(*) FROM merged_events m WHERE m.day IS NOT NULL AND"
            f" m.day <> '' AND m.id IN ({merged}) GROUP BY m.type, m.day", params)]
    return {k: n for k, n in totals.items() if n}, sorted(days)


def kept(db: Database, facet: str) -> tuple[dict[str, int], list[tuple[str, str, str, int]]]:
    """The set's totals and timeline rows as kept (what `recount` counts)."""
    totals = {r[0]: int(r[1]) for r in db.tuples(
        f"SELECT name, n FROM agg_totals WHERE name IN ({', '.join('?' * len(KINDS))})",
        [name(k, facet) for k in KINDS]) if r[1]}
    days = [(k, t, d, int(n)) for k, t, d, n in db.tuples(
        "SELECT kind, type, day, n FROM agg_days WHERE kind = ? AND n <> 0",
        (name("merged", facet),))]
    return totals, sorted(days)


FILLED = "filled@"  # agg_totals: the store's documents when the set was last filled
STALE = "stale@"  # agg_totals: 1 while a change of the set waits for its fill


def drop(db: Database, facet: str) -> None:
    db.execute(f"DELETE FROM agg_totals WHERE name IN ({', '.join('?' * (len(KINDS) + 2))})",
               [*(name(k, facet) for k in KINDS), FILLED + facet, STALE + facet])
    db.execute("DELETE FROM agg_days WHERE kind = ?", (name("merged", facet),))


def fill(db: Database, facet: str, role: str, keys: tuple[str, ...], documents: int) -> None:
    """The set's counts from the rows, `documents` the store's now."""
    drop(db, facet)
    totals, days = recount(db, facet, role, keys)
    db.executemany("INSERT INTO agg_totals (name, n) VALUES (?, ?)",
                   [*sorted(totals.items()), (FILLED + facet, documents)])
    db.executemany("INSERT INTO agg_days (kind, type, day, n) VALUES (?, ?, ?, ?)", days)


def deferred(db: Database, facet: str, documents: int, ratio: int) -> bool:
    """Whether kept set `facet`, whose keys changed, waits for its fill: fewer documents
    than 1/`ratio` of its events were written since its last (marked stale meanwhile)."""
    filled = int(db.scalar("SELECT n FROM agg_totals WHERE name = ?", (FILLED + facet,)) or 0)
    if (documents - filled) * ratio >= int(db.scalar(
            "SELECT n FROM agg_totals WHERE name = ?", (name("event", facet),)) or 0):
        return False
    db.execute("INSERT INTO agg_totals (name, n) VALUES (?, 1) ON CONFLICT (name) DO UPDATE"
               " SET n = 1", (STALE + facet,))
    return True


class KeySet:
    """A kept key set under a filter, read as `key_filter` reads one key."""

    def __init__(self, db: Database, facet: str, role: str, keys: tuple[str, ...]) -> None:
        self.db, self.facet, self.role, self.keys = db, facet, role, keys

    def merged_kept(self) -> bool:
        return self.role in MERGED_KEPT

    def counted(self, kind: str) -> int:
        return int(self.db.scalar("SELECT n FROM agg_totals WHERE name = ?",
                                  (name(kind, self.facet),)) or 0)

    def timeline(self) -> list[tuple[str, str, int]]:
        return self.db.tuples("SELECT day, type, n FROM agg_days WHERE kind = ? AND n > 0"
                              " ORDER BY day, type", (name("merged", self.facet),))

    def walk(self, kind: str, upto: int) -> bool:
        """Whether a list's first `upto` rows of the set are found sooner by walking the
        list in its order (as `key_filter.walk`)."""
        if kind == "conflict" or (kind == "merged" and not self.merged_kept()):
            # (a conflict's check reads its merged event's members, a common story's many:
            # at 100k, حلب's first page walked 50 ms, read from its events 28)
            return False
        have = self.counted(kind)
        total = int(self.db.scalar(key_filter._TOTAL[kind]) or 0)
        if have <= 0:
            return False
        checks = upto * total / have
        return checks <= key_filter.WALK_CHECKS and \
            checks * key_filter.WALK_COST[kind] <= self.counted("event")

    def outlets(self) -> int:
        """How many outlets have a document holding a key of the set: the documents from
        the role rows' index alone (a key set selects its keys' rows whole)."""
        marks = ", ".join("?" * len(self.keys))
        return int(self.db.scalar(
            "SELECT count(DISTINCT c.source) FROM copies c WHERE c.doc_id IN (SELECT r.doc_id"
            f" FROM event_roles r WHERE r.role = ? AND r.key IN ({marks})) AND c.source <> ''",
            [self.role, *self.keys]) or 0)

    def holds(self, kind: str) -> tuple[str, list[Any]]:
        """The condition that a row of list `kind` holds a key of the set."""
        # (each row's roles read by the table's key and matched there: a seek of the
        # (role, key) index per key of the set cost more, 8 against 3 ms for حلب's events)
        role, key = self.db.sql.unindexed("r.role"), self.db.sql.unindexed("r.key")
        return (f"EXISTS (SELECT 1 FROM {key_filter._FROM[kind]} WHERE"
                f" {key_filter.HOLDS[kind]} AND {role} = ? AND {key} IN"
                f" ({', '.join('?' * len(self.keys))}))", [self.role, *self.keys])


def of_filters(db: Database, f: Any) -> KeySet | None:
    """The kept set one actor, target or place filter alone selects exactly, or None."""
    from rasd.store import facets

    facet = facets.keyset_of_filters(db, f)
    if facet is None:
        return None
    role, _, keys = facets.keyset_of(facet)  # type: ignore[misc]
    return KeySet(db, facet, role, keys)
