"""A status filter alone (the dashboard's negated, forecast or historical events), from
counts kept on write (schema 19).

A status is a property an event has from the moment it is written, so what a status
filter alone selects is kept as the other kept counts are:

- agg_totals: 'status:<s>' the events (schema 10), 'documents:status:<s>' the documents
  holding one, 'claims:status:<s>' the claims reporting one (a document's, counted when it
  is written), 'merged:status:<s>' the merged events with a member of the status and
  'conflicts:status:<s>' their conflicts (contributions of each merged event, changed with
  it: `aggregates.contributions`);
- agg_outlet_status (source, status, documents): the documents with a copy from the
  outlet holding an event of the status (the overview's outlet count);
- agg_days under kind 'merged:status:<s>' (schema 20): the timeline, the merged events with
  a member of the status by their day and category (one more contribution of each merged
  event, as its count in agg_totals).

The lists' pages are walked in their order, each row checked for an event of the status,
while the kept counts say the page lies within `key_filter.WALK_CHECKS` rows; else the
status's events are read first, as before (`query.event_where`).
"""

from __future__ import annotations

from typing import Any

from rasd.store import key_filter
from rasd.store.db import Database
from rasd.store.query import Where

KIND = {"document": "documents", "claim": "claims", "merged": "merged",
        "conflict": "conflicts"}  # agg_totals' names: KIND:status:<s>; events: status:<s>
_TOTAL = {"document": "documents", "event": "events", "claim": "claims"}


def alone(f: Any) -> str | None:
    """The status when it is the only filter, else None."""
    if f.status and not (f.q or f.actor or f.recipient or f.place or f.outlet or f.category
                         or f.date_from or f.date_to or f.doc_id or f.record_id):
        return f.status
    return None


def kept_here(db: Database) -> bool:
    return bool(db.scalar("SELECT count(*) FROM schema_version WHERE version = 19"))


def days_kept_here(db: Database) -> bool:
    """Whether the store keeps a status's timeline (schema 20 applied)."""
    return bool(db.scalar("SELECT count(*) FROM schema_version WHERE version = 20"))


def day_kind(status: str) -> str:
    """agg_days' kind of a status's merged events by day and category."""
    return "merged:status:" + status


def timeline(db: Database, status: str) -> list[tuple[Any, ...]]:
    """(day, category, merged events) with a member of the status, by day then category."""
    return db.tuples("SELECT day, type, n FROM agg_days WHERE kind = ? AND n > 0"
                     " ORDER BY day, type", (day_kind(status),))


def days_recount(db: Database) -> list[tuple[Any, ...]]:
    """The timeline rows of every status counted from the tables, in key order."""
    return sorted((day_kind(s), t, d, int(n)) for s, t, d, n in db.tuples(
        "SELECT e.status, m.type, m.day, count(DISTINCT m.id) FROM events e JOIN"
        " merged_events m ON m.id = e.merged_id WHERE m.day IS NOT NULL AND m.day <> ''"
        " GROUP BY e.status, m.type, m.day"))


def days_kept(db: Database) -> list[tuple[Any, ...]]:
    return sorted((k, t, d, int(n)) for k, t, d, n in db.tuples(
        "SELECT kind, type, day, n FROM agg_days WHERE kind LIKE ? AND n <> 0",
        (day_kind("%"),)))


def fill_days(db: Database) -> None:
    """The timelines written from the tables (schema 20)."""
    db.execute("DELETE FROM agg_days WHERE kind LIKE ?", (day_kind("%"),))
    db.executemany("INSERT INTO agg_days (kind, type, day, n) VALUES (?, ?, ?, ?)",
                   days_recount(db))


def name(kind: str, status: str) -> str:
    return "status:" + status if kind == "event" else f"{KIND[kind]}:status:{status}"


def counted(db: Database, kind: str, status: str) -> int:
    """Documents, events, claims, merged events or conflicts the status selects."""
    return int(db.scalar("SELECT n FROM agg_totals WHERE name = ?", (name(kind, status),))
               or 0)


def outlets(db: Database, status: str) -> int:
    return int(db.scalar("SELECT count(*) FROM agg_outlet_status WHERE status = ? AND"
                         " documents > 0", (status,)) or 0)


def document_rows(events: list[tuple[Any, ...]], links: list[tuple[str, str, str]]
                  ) -> dict[str, tuple[int, int]]:
    """A new document's status -> (1, claims reporting an event of it): `events` its event
    rows (doc_id, event_id, sentence, type, quad, status, ...), `links` its claim_events
    rows (doc_id, claim_id, event_id)."""
    status_of = {e[1]: e[5] for e in events}
    claims: dict[str, set[str]] = {s: set() for s in status_of.values()}
    for _, claim, event in links:
        if event in status_of:
            claims[status_of[event]].add(claim)
    return {s: (1, len(c)) for s, c in claims.items()}


# --- the lists walked in their order ----------------------------------------------------------

_TOTALS = {"document": "SELECT n FROM agg_totals WHERE name = 'documents'",
           "event": "SELECT n FROM agg_totals WHERE name = 'events'",
           "claim": "SELECT n FROM agg_totals WHERE name = 'claims'",
           "conflict": "SELECT count(*) FROM conflicts"}
# each row's events of the status, read by their table's key (a document's), by the
# events' index on merged_id (a conflict's) or a claim's links
HOLDS = {
    "document": "EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id AND {status} = ?)",
    "event": "{status} = ?",
    "claim": "EXISTS (SELECT 1 FROM claim_events ce CROSS JOIN events e WHERE ce.doc_id ="
             " c.doc_id AND ce.claim_id = c.claim_id AND e.doc_id = ce.doc_id AND e.event_id ="
             " ce.event_id AND {status} = ?)",
    "conflict": "EXISTS (SELECT 1 FROM events e WHERE e.merged_id = k.merged_id AND"
                " {status} = ?)",
}


# what checking a row costs, and reading and sorting one of the status's rows, against
# reading one of its events (CPU at 100k documents: 3.5 µs an event; a claim read and
# sorted 15 µs)
WALK_COST = {"document": 1.5, "event": 0.5, "claim": 2.0, "conflict": 1.5}
ROW_COST = 2.0


def walk(db: Database, kind: str, status: str, upto: int) -> Where | None:
    """The condition a list walked in its order checks on each row, when its first `upto`
    rows of the status lie within WALK_CHECKS rows (`upto` over the status's share of the
    list, from kept counts) and checking them costs less than reading the status's events
    and the list's rows they select (WALK_COST, ROW_COST); else None."""
    if kind not in HOLDS:  # (merged events: a status's are mostly one-report ones, last in
        return None      # the list's order: the walk would look at most of the store's)
    have = counted(db, kind, status)
    total = int(db.scalar(_TOTALS[kind]) or 0)
    if have <= 0:
        return None
    checks = upto * total / have
    if checks > key_filter.WALK_CHECKS or checks * WALK_COST[kind] > counted(
            db, "event", status) + ROW_COST * have:
        return None
    w = Where()
    w.add(HOLDS[kind].format(status=db.sql.unindexed("e.status")), status)
    return w


# --- counted from the rows (the migration's fill; what tests compare) ---------------------------

def recount(db: Database) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(agg_totals rows of every status, agg_outlet_status rows) counted from the tables,
    in key order (rows that are not zero)."""
    totals: list[tuple[Any, ...]] = []
    for status, docs, merged in db.tuples(
            "SELECT status, count(DISTINCT doc_id), count(DISTINCT merged_id) FROM events"
            " GROUP BY status"):
        totals += [(name("document", status), docs), (name("merged", status), merged)]
    totals += [(name("claim", s), n) for s, n in db.tuples(
        "SELECT e.status, count(*) FROM (SELECT DISTINCT e.status, ce.doc_id, ce.claim_id FROM"
        " claim_events ce JOIN events e ON e.doc_id = ce.doc_id AND e.event_id = ce.event_id)"
        " e GROUP BY e.status")]
    totals += [(name("conflict", s), n) for s, n in db.tuples(
        "SELECT x.status, count(*) FROM conflicts k JOIN (SELECT DISTINCT status, merged_id"
        " FROM events WHERE merged_id IS NOT NULL) x ON x.merged_id = k.merged_id"
        " GROUP BY x.status")]
    outlets = db.tuples(
        "SELECT c.source, e.status, count(DISTINCT c.doc_id) FROM copies c JOIN events e ON"
        " e.doc_id = c.doc_id WHERE c.source <> '' GROUP BY c.source, e.status")
    return (sorted((k, int(n)) for k, n in totals if n),
            sorted((s, st, int(n)) for s, st, n in outlets if n))


_NAMES = ("(name LIKE ? OR name LIKE ? OR name LIKE ? OR name LIKE ?)",
          [name(kind, "%") for kind in KIND])  # the counts of every status in agg_totals


def kept(db: Database) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    return (sorted((k, int(n)) for k, n in db.tuples(
        f"SELECT name, n FROM agg_totals WHERE {_NAMES[0]} AND n <> 0", _NAMES[1])),
        sorted((s, st, int(n)) for s, st, n in db.tuples(
            "SELECT source, status, documents FROM agg_outlet_status WHERE documents <> 0")))


def fill(db: Database) -> None:
    """The counts written from the tables (schema 19)."""
    totals, outlet_rows = recount(db)
    db.execute(f"DELETE FROM agg_totals WHERE {_NAMES[0]}", _NAMES[1])
    db.executemany("INSERT INTO agg_totals (name, n) VALUES (?, ?)", totals)
    db.execute("DELETE FROM agg_outlet_status")
    db.executemany("INSERT INTO agg_outlet_status (source, status, documents) VALUES (?, ?, ?)",
                   outlet_rows)
