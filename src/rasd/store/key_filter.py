"""A filter on one actor, target or place key alone, from counts kept on write (schema 17).

The dashboard's click on a map point, an actor or a network node sends that key; the
plain queries then read every event holding it (a third of the store for the most
common place: 0.4-0.9 s at 100k documents). When the filter is that key and nothing else,
and it selects exactly the events whose role rows have the key (`single`: the forms it
matches in role_forms name that key only), the overview, the timeline and the lists'
totals read kept rows instead:

- agg_key_docs (role, key, source, documents, events, claims, conflicts): source '' holds
  the documents with an event holding the key in that role, those events, and the claims
  reporting one of them (claim_events); a row per outlet holds the documents with a copy
  from it (documents only: the overview's outlet count). Documents, events, claims and
  their links are never changed once written, so these change only when a document is
  written (`document_rows`) or a stored one gains an outlet (`stored_keys`). `conflicts`
  (source '') counts the conflicts of the merged events with a member holding the key:
  one more contribution of each merged event (`aggregates.contributions`, its role keys
  with its number of conflicts), changed with it in the merger's transaction;
- the merged events holding the key (and by their day and category: the timeline) are
  the contributions the merged events already keep (agg_keys, agg_daily: `events` for an
  actor or place, `targeted` for a target).

The lists' pages under a common key walk the list in its order, each row checked for the
key (`walk`, `HOLDS`), while the kept counts say the page lies within WALK_CHECKS rows;
the conflicts list walks the conflicts when the key is common (`common`). Under a rarer
key the key's events are read first, as before.
"""

from __future__ import annotations

from typing import Any

from rasd.store.db import Database
from rasd.store.query import role_forms

ROLE = {"actor": "actor", "recipient": "recipient", "place": "location"}
GROUP = {"actor": "party", "recipient": "party", "location": "place"}
COLUMN = {"actor": "events", "recipient": "targeted", "location": "events"}  # agg_keys

UPSERT = ("INSERT INTO agg_key_docs (role, key, source, documents, events, claims, conflicts)"
          " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (role, key, source) DO UPDATE SET"
          " documents = agg_key_docs.documents + excluded.documents,"
          " events = agg_key_docs.events + excluded.events,"
          " claims = agg_key_docs.claims + excluded.claims,"
          " conflicts = agg_key_docs.conflicts + excluded.conflicts")


def document_rows(roles: list[tuple[Any, ...]], links: list[tuple[str, str, str]]
                  ) -> dict[tuple[str, str], tuple[int, int]]:
    """A new document's (role, key) -> (events, claims): `roles` its event_roles rows
    (doc_id, event_id, role, idx, key, ...), `links` its claim_events rows (doc_id,
    claim_id, event_id)."""
    events: dict[tuple[str, str], set[str]] = {}
    for r in roles:
        events.setdefault((r[2], r[4]), set()).add(r[1])
    claims_of: dict[str, set[str]] = {}
    for _, claim, event in links:
        claims_of.setdefault(event, set()).add(claim)
    out = {}
    for rk, evs in events.items():
        claims = set().union(*(claims_of.get(e, set()) for e in evs))
        out[rk] = (len(evs), len(claims))
    return out


def stored_keys(db: Database, doc_id: str) -> list[tuple[str, str]]:
    """A stored document's (role, key) pairs."""
    return [(r[0], r[1]) for r in db.tuples(
        "SELECT DISTINCT role, key FROM event_roles WHERE doc_id = ?", (doc_id,))]


def single(db: Database, f: Any) -> tuple[str, str] | None:
    """(role, key) when `f` is one actor, target or place filter and nothing else, and the
    events it selects are exactly those with a role row of that key: the forms it matches
    by key or name (role_forms) are of one key, and every form its surface match finds is
    of that key too. Else None (the plain queries answer)."""
    given = [(name, getattr(f, name)) for name in ROLE if getattr(f, name)]
    if len(given) != 1 or f.q or f.outlet or f.status or f.category or f.date_from \
            or f.date_to or f.doc_id or f.record_id:
        return None
    role = ROLE[given[0][0]]
    by_key, by_norm = role_forms(db, role, given[0][1])
    keys = db.tuples("SELECT DISTINCT f.key FROM role_forms f" + by_key.sql() + " LIMIT 2",
                     by_key.params)
    if len(keys) != 1:
        return None
    key = keys[0][0]
    # the role rows a surface match selects: every form written with a matched surface
    other = db.tuples("SELECT DISTINCT g.key FROM role_forms g WHERE g.role = ? AND g.norm"
                      " IN (SELECT f.norm FROM role_forms f" + by_norm.sql() + ")"
                      " AND g.key <> ? LIMIT 1", [role, *by_norm.params, key])
    return None if other else (role, key)


def counted(db: Database, kind: str, rk: tuple[str, str]) -> int:
    """Documents ('document'), events ('event'), claims ('claim') or conflicts ('conflict')
    selected by the key."""
    column = {"document": "documents", "event": "events", "claim": "claims",
              "conflict": "conflicts"}[kind]
    return int(db.scalar(f"SELECT {column} FROM agg_key_docs WHERE role = ? AND key = ?"
                         " AND source = ''", rk) or 0)


def outlets(db: Database, rk: tuple[str, str]) -> int:
    """How many outlets have a document the key selects."""
    return int(db.scalar("SELECT count(*) FROM agg_key_docs WHERE role = ? AND key = ?"
                         " AND source <> '' AND documents > 0", rk) or 0)


def merged(db: Database, rk: tuple[str, str]) -> int:
    """How many merged events have a member holding the key in the role (agg_keys)."""
    role, key = rk
    return int(db.scalar(f"SELECT {COLUMN[role]} FROM agg_keys WHERE grp = ? AND key = ?",
                         (GROUP[role], key)) or 0)


def timeline(db: Database, rk: tuple[str, str]) -> list[tuple[str, str, int]]:
    """(day, category, merged events) of the merged events with a member holding the key
    (agg_daily), by day and category."""
    role, key = rk
    col = COLUMN[role]
    return db.tuples(f"SELECT day, type, {col} FROM agg_daily WHERE grp = ? AND key = ?"
                     f" AND day <> '' AND {col} > 0 ORDER BY day, type", (GROUP[role], key))


def common(db: Database, rk: tuple[str, str]) -> bool:
    """Whether the key is held by at least 1/20 of the store's events: its conflicts are
    found sooner by looking each conflict's members up (in the list's order) than by
    reading every event holding the key."""
    total = int(db.scalar("SELECT n FROM agg_totals WHERE name = 'events'") or 0)
    return counted(db, "event", rk) * 20 >= total > 0


WALK_CHECKS = 10000  # rows a list's page may look at, each checked for the key


def walk(db: Database, kind: str, rk: tuple[str, str], upto: int) -> bool:
    """Whether a list's first `upto` rows holding the key are found sooner by walking the
    list in its order, each row checked for the key (a few index lookups), than by reading
    every row that holds it: the rows the walk is expected to look at (`upto` over the
    key's share of the list, kept counts) stay under WALK_CHECKS."""
    if kind == "merged":
        have = merged(db, rk)
        total = int(db.scalar("SELECT COALESCE(sum(events), 0) FROM agg_types") or 0)
    else:
        have = counted(db, kind, rk)
        total = int(db.scalar("SELECT n FROM agg_totals WHERE name = ?", (kind + "s",)) or 0)
    return have > 0 and upto * total <= WALK_CHECKS * have


# A row of each list holds the key: a document (`d`), an event (`e`), a merged event (`m`:
# one of its members), a claim (`c`: one of the events it reports).
HOLDS = {
    "document": "EXISTS (SELECT 1 FROM event_roles r WHERE r.doc_id = d.id AND r.role = ?"
                " AND r.key = ?)",
    "event": "EXISTS (SELECT 1 FROM event_roles r WHERE r.doc_id = e.doc_id AND r.event_id ="
             " e.event_id AND r.role = ? AND r.key = ?)",
    "merged": "EXISTS (SELECT 1 FROM events e CROSS JOIN event_roles r WHERE e.merged_id ="
              " m.id AND r.doc_id = e.doc_id AND r.event_id = e.event_id AND r.role = ? AND"
              " r.key = ?)",
    "claim": "EXISTS (SELECT 1 FROM claim_events ce CROSS JOIN event_roles r WHERE ce.doc_id ="
             " c.doc_id AND ce.claim_id = c.claim_id AND r.doc_id = ce.doc_id AND r.event_id ="
             " ce.event_id AND r.role = ? AND r.key = ?)",
}


def conflicts_where(rk: tuple[str, str]) -> tuple[str, list[Any]]:
    """A condition on a conflicts row `k`: its merged event has a member holding the key
    (each conflict looks its members up: conflicts are few)."""
    return ("EXISTS (SELECT 1 FROM events e CROSS JOIN event_roles r WHERE e.merged_id ="
            " k.merged_id AND r.doc_id = e.doc_id AND r.event_id = e.event_id AND r.role = ?"
            " AND r.key = ?)", list(rk))


# --- the rows counted from scratch (the migration's fill; what tests compare) ----------------

def recount(db: Database) -> list[tuple[Any, ...]]:
    """(role, key, source, documents, events, claims, conflicts) from the tables, in key
    order."""
    rows: dict[tuple[str, str, str], list[int]] = {}
    for role, key, docs, events in db.tuples(
            "SELECT role, key, count(DISTINCT doc_id), count(*) FROM (SELECT DISTINCT role,"
            " key, doc_id, event_id FROM event_roles) r GROUP BY role, key"):
        rows[(role, key, "")] = [docs, events, 0, 0]
    for role, key, claims in db.tuples(
            "SELECT role, key, count(*) FROM (SELECT DISTINCT r.role, r.key, ce.doc_id,"
            " ce.claim_id FROM event_roles r JOIN claim_events ce ON ce.doc_id = r.doc_id AND"
            " ce.event_id = r.event_id) x GROUP BY role, key"):
        rows[(role, key, "")][2] = claims
    for role, key, conflicts in db.tuples(
            "SELECT x.role, x.key, count(*) FROM conflicts k JOIN (SELECT DISTINCT r.role,"
            " r.key, e.merged_id FROM event_roles r JOIN events e ON e.doc_id = r.doc_id AND"
            " e.event_id = r.event_id WHERE e.merged_id IS NOT NULL) x"
            " ON x.merged_id = k.merged_id GROUP BY x.role, x.key"):
        rows[(role, key, "")][3] = conflicts
    for role, key, source, docs in db.tuples(
            "SELECT r.role, r.key, c.source, count(DISTINCT r.doc_id) FROM event_roles r JOIN"
            " (SELECT DISTINCT doc_id, source FROM copies WHERE source <> '') c"
            " ON c.doc_id = r.doc_id GROUP BY r.role, r.key, c.source"):
        rows[(role, key, source)] = [docs, 0, 0, 0]
    return sorted((*k, *v) for k, v in rows.items())


def kept(db: Database) -> list[tuple[Any, ...]]:
    """The kept rows (those not all zero), in key order."""
    return sorted(tuple(r) for r in db.tuples(
        "SELECT role, key, source, documents, events, claims, conflicts FROM agg_key_docs"
        " WHERE documents <> 0 OR events <> 0 OR claims <> 0 OR conflicts <> 0"))


def fill(db: Database) -> None:
    """The rows written from the tables (schema 17)."""
    db.execute("DELETE FROM agg_key_docs")
    db.executemany("INSERT INTO agg_key_docs (role, key, source, documents, events, claims,"
                   " conflicts) VALUES (?, ?, ?, ?, ?, ?, ?)", recount(db))
