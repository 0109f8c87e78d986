"""A filter on one actor, target or place key alone, from counts kept on write (schema 17).

The dashboard's click on a map point, an actor or a network node sends that key; the
plain queries then read every event holding it (a third of the store for the most
common place: 0.4-0.9 s at 100k documents). When the filter is that key and nothing else,
and it selects exactly the events whose role rows have the key (`single`: the forms it
matches in role_forms name that key only), the overview, the timeline and the lists'
totals read kept counts instead:

- columns of agg_keys (its row of the key: grp 'party' or 'place'): `docs`, `reports`,
  `claims` (as actor or place) and `t_docs`, `t_reports`, `t_claims` (as target): the
  documents with an event holding the key in that role, those events, and the claims
  reporting one of them (claim_events). Documents, events, claims and their links are
  never changed once written: they change when a document is written (`document_rows`);
  `conflicts` / `t_conflicts`: the conflicts of the merged events with a member holding
  it, one more contribution of each merged event (`aggregates.contributions`, its role
  keys with its number of conflicts), changed with it in the merger's transaction;
- the merged events holding the key (and by their day and category: the timeline) are
  the contributions the merged events already keep (agg_keys `events` / `targeted`,
  agg_daily), and the outlets with a document holding it those the outlet's actors and
  places keep (agg_outlet_keys, schema 16: every event is in a merged event once its
  transaction ends, so an outlet's row of the key counts a merged event exactly when one
  of its documents holds the key).

The lists' pages under a common key walk the list in its order, each row checked for the
key (`walk`, `holds`), while the kept counts say the page lies within WALK_CHECKS rows and
checking them costs less than reading the key's events; else, and under a rarer key, the
key's events are read first, as before.
"""

from __future__ import annotations

from typing import Any

from rasd.store.db import Database
from rasd.store.query import role_forms

ROLE = {"actor": "actor", "recipient": "recipient", "place": "location"}
GROUP = {"actor": "party", "recipient": "party", "location": "place"}
COLUMN = {"actor": "events", "recipient": "targeted", "location": "events"}  # agg_keys
PREFIX = {"actor": "", "recipient": "t_", "location": ""}  # the kept counts' columns
KIND = {"document": "docs", "event": "reports", "claim": "claims", "conflict": "conflicts"}
# A merged event's kept role keys (merge.State.roles) are its members' actor and location
# rows; its targets leave out one the KB puts inside its actor's own side (the merge's
# `features.own_side_dropped`): the merged events, days and conflicts of a target are read
# from the events, not from the merged events' contributions.
MERGED_KEPT = ("actor", "location")
COLUMNS = ("docs", "reports", "claims", "conflicts", "t_docs", "t_reports", "t_claims")

UPSERT = ("INSERT INTO agg_keys (grp, key, events, targeted, mentions, " + ", ".join(COLUMNS)
          + ") VALUES (?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (grp, key) DO UPDATE SET "
          + ", ".join(f"{c} = agg_keys.{c} + excluded.{c}" for c in COLUMNS))


def counts(role: str, docs: int, reports: int, claims: int, conflicts: int) -> tuple[int, ...]:
    """The seven kept counts of UPSERT with the role's set (a target keeps no conflicts)."""
    if PREFIX[role] == "":
        return (docs, reports, claims, conflicts, 0, 0, 0)
    return (0, 0, 0, 0, docs, reports, claims)


def merged_kept(rk: tuple[str, str]) -> bool:
    """Whether the key's merged events, their days and conflicts are kept (not a target)."""
    return rk[0] in MERGED_KEPT


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


def single(db: Database, f: Any) -> tuple[str, str] | None:
    """(role, key) when `f` is one actor, target or place filter and nothing else, and the
    events it selects are exactly those with a role row of that key: the forms it matches
    by key or name (role_forms) are of one key, and every form its surface match finds is
    of that key too. Else None (the plain queries answer)."""
    given = [(name, getattr(f, name)) for name in ROLE if getattr(f, name)]
    if len(given) != 1 or f.q or f.outlet or f.status or f.category or f.date_from \
            or f.date_to or f.doc_id or f.record_id:
        return None
    if not kept_here(db):  # a store opened read-only before a writer migrated it
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


def kept_here(db: Database) -> bool:
    """Whether the store keeps these counts (schema 17 applied)."""
    return bool(db.scalar("SELECT count(*) FROM schema_version WHERE version = 17"))


def _kept(db: Database, column: str, rk: tuple[str, str]) -> int:
    role, key = rk
    return int(db.scalar(f"SELECT {column} FROM agg_keys WHERE grp = ? AND key = ?",
                         (GROUP[role], key)) or 0)


def counted(db: Database, kind: str, rk: tuple[str, str]) -> int:
    """Documents ('document'), events ('event'), claims ('claim') or conflicts ('conflict')
    selected by the key."""
    return _kept(db, PREFIX[rk[0]] + KIND[kind], rk)


def merged(db: Database, rk: tuple[str, str]) -> int:
    """How many merged events have a member holding the key in the role (agg_keys)."""
    return _kept(db, COLUMN[rk[0]], rk)


def outlets(db: Database, rk: tuple[str, str]) -> int:
    """How many outlets have a document the key selects (agg_outlet_keys: the outlet's
    merged events holding the key in the role)."""
    role, key = rk  # outlet by outlet (a few dozen), each its row of the key by the key
    return int(db.scalar(f"SELECT count(*) FROM agg_outlets s WHERE EXISTS (SELECT 1 FROM"
                         f" agg_outlet_keys o WHERE o.source = s.source AND o.grp = ? AND"
                         f" o.key = ? AND o.{COLUMN[role]} > 0)", (GROUP[role], key)) or 0)


def timeline(db: Database, rk: tuple[str, str]) -> list[tuple[str, str, int]]:
    """(day, category, merged events) of the merged events with a member holding the key
    (agg_daily), by day and category."""
    role, key = rk
    col = COLUMN[role]
    return db.tuples(f"SELECT day, type, {col} FROM agg_daily WHERE grp = ? AND key = ?"
                     f" AND day <> '' AND {col} > 0 ORDER BY day, type", (GROUP[role], key))


WALK_CHECKS = 10000  # rows a list's page may look at, each checked for the key
# what checking a row costs against reading one of the key's events (CPU, measured at 100k
# documents: a document's roles 7 µs, an event's 2, a merged event's members' 14, a
# claim's events' 6, against 3.5 µs an event read)
WALK_COST = {"document": 2.0, "event": 1.0, "merged": 4.0, "claim": 2.0, "conflict": 4.0}
_TOTAL = {"document": "SELECT n FROM agg_totals WHERE name = 'documents'",
          "event": "SELECT n FROM agg_totals WHERE name = 'events'",
          "claim": "SELECT n FROM agg_totals WHERE name = 'claims'",
          "merged": "SELECT COALESCE(sum(events), 0) FROM agg_types",
          "conflict": "SELECT count(*) FROM conflicts"}  # (conflicts are few)


def walk(db: Database, kind: str, rk: tuple[str, str], upto: int) -> bool:
    """Whether a list's first `upto` rows holding the key are found sooner by walking the
    list in its order, each row checked for the key (a few index lookups), than by reading
    every event that holds it: the rows the walk is expected to look at (`upto` over the
    key's share of the list, from kept counts) stay under WALK_CHECKS and cost less than
    reading the key's events (WALK_COST)."""
    if kind == "conflict" and not merged_kept(rk):
        return False  # (a target's conflicts are not kept)
    have = merged(db, rk) if kind == "merged" else counted(db, kind, rk)
    total = int(db.scalar(_TOTAL[kind]) or 0)
    if have <= 0:
        return False
    checks = upto * total / have
    return checks <= WALK_CHECKS and checks * WALK_COST[kind] <= counted(db, "event", rk)


# A row of each list holds the key: a document (`d`), an event (`e`), a merged event (`m`:
# one of its members), a claim (`c`: one of the events it reports), a conflict (`k`: a
# member of its merged event). The role rows are sought in the (role, key) index with the
# row's document and event (the tables are joined in that order: CROSS JOIN).
HOLDS = {
    "document": "r.doc_id = d.id",
    "event": "r.doc_id = e.doc_id AND r.event_id = e.event_id",
    "merged": "e.merged_id = m.id AND r.doc_id = e.doc_id AND r.event_id = e.event_id",
    "claim": "ce.doc_id = c.doc_id AND ce.claim_id = c.claim_id AND r.doc_id = ce.doc_id AND"
             " r.event_id = ce.event_id",
    "conflict": "e.merged_id = k.merged_id AND r.doc_id = e.doc_id AND r.event_id ="
                " e.event_id",
}
_FROM = {"document": "event_roles r", "event": "event_roles r",
         "merged": "events e CROSS JOIN event_roles r",
         "claim": "claim_events ce CROSS JOIN event_roles r",
         "conflict": "events e CROSS JOIN event_roles r"}


def holds(db: Database, kind: str, rk: tuple[str, str]) -> tuple[str, list[Any]]:
    """The condition that a row of list `kind` holds the key: one seek of the (role, key)
    index, which holds each row's event key since schema 20 (SQLite: WITHOUT ROWID), per
    document or event checked (the merged events under the top actor at 100k: 72 → 32 ms
    against reading each member's role rows by the table's key)."""
    return (f"EXISTS (SELECT 1 FROM {_FROM[kind]} WHERE {HOLDS[kind]} AND r.role = ? AND"
            " r.key = ?)", list(rk))


# --- the rows counted from scratch (the migration's fill; what tests compare) ----------------

def recount(db: Database) -> list[tuple[Any, ...]]:
    """(grp, key, docs, reports, claims, conflicts, t_docs, t_reports, t_claims) counted
    from the tables, in key order (keys with a role row)."""
    rows: dict[tuple[str, str], list[int]] = {}

    def add(role: str, key: str, i: int, n: int) -> None:
        have = rows.setdefault((GROUP[role], key), [0] * 7)
        have[i + (4 if PREFIX[role] else 0)] = n

    for role, key, docs, events in db.tuples(
            "SELECT role, key, count(DISTINCT doc_id), count(*) FROM (SELECT DISTINCT role,"
            " key, doc_id, event_id FROM event_roles) r GROUP BY role, key"):
        add(role, key, 0, docs)
        add(role, key, 1, events)
    for role, key, claims in db.tuples(
            "SELECT role, key, count(*) FROM (SELECT DISTINCT r.role, r.key, ce.doc_id,"
            " ce.claim_id FROM event_roles r JOIN claim_events ce ON ce.doc_id = r.doc_id AND"
            " ce.event_id = r.event_id) x GROUP BY role, key"):
        add(role, key, 2, claims)
    for role, key, conflicts in db.tuples(
            "SELECT x.role, x.key, count(*) FROM conflicts k JOIN (SELECT DISTINCT r.role,"
            " r.key, e.merged_id FROM event_roles r JOIN events e ON e.doc_id = r.doc_id AND"
            " e.event_id = r.event_id WHERE r.role <> 'recipient') x ON x.merged_id ="
            " k.merged_id GROUP BY x.role, x.key"):
        add(role, key, 3, conflicts)
    return sorted((*k, *v) for k, v in rows.items())


def kept(db: Database) -> list[tuple[Any, ...]]:
    """The kept counts of the keys with a role row, in key order."""
    return sorted(tuple(r) for r in db.tuples(
        f"SELECT grp, key, {', '.join(COLUMNS)} FROM agg_keys WHERE grp IN ('party', 'place')"
        " AND (" + " OR ".join(f"{c} <> 0" for c in COLUMNS) + ")"))


def fill(db: Database) -> None:
    """The counts written from the tables (schema 17; every key with a role row has its
    agg_keys row: its mentions)."""
    db.executemany("INSERT INTO agg_keys (grp, key, events, targeted, mentions, "
                   + ", ".join(COLUMNS) + ") VALUES (?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (grp, key) DO UPDATE SET "
                   + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS), recount(db))
