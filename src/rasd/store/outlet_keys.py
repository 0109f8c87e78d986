"""Actors and places under an outlet filter alone, from counts kept on write (schema 16).

What the scan (`aggregates.scan_keys_page` with only an outlet) counts over the role rows
of the events whose document has a copy from the outlet, kept per outlet in agg_outlet_keys
(source, grp, key, events, targeted, mentions, text, name, name_en, kind, lat, lon): per
group ('party': actors and targets; 'place'), the distinct merged events of the key's actor
or location rows (`events`) and of its target rows (`targeted`), the role rows
(`mentions`), and the largest of each shown column over the role rows (role rows are never
changed or removed: a maximum only grows).

They change when an outlet gains a document (a new document, or a copy of a stored one
from another outlet: `gain`), and when an event changes merged event (`moved`, from the
merger's writes of `events.merged_id`). The changes are summed per outlet, role, key and
merged event over the transaction and written at its end (`flush`): a merged event counts
for a key while one of the outlet's role rows in it names the key, so where a change's
sum is not zero the rows are counted again then, from the merged event's members (a few
rows by the events' index on merged_id), and the key's count changes when that number
went from zero or to zero.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rasd.store.db import Database

GROUP = {"actor": "party", "recipient": "party", "location": "place"}
SHOWN = ("text", "name", "name_en", "kind", "lat", "lon")  # the largest of each is shown


class OutletKeys:
    """Changes to the kept rows gathered over a transaction."""

    def __init__(self) -> None:
        self.n: dict[tuple[str, str, str, str], int] = defaultdict(int)
        self.shown: list[tuple[Any, ...]] = []
        self._roles: dict[tuple[str, str], list[tuple[str, str]]] = {}  # read by `gain`

    def gain(self, db: Database, doc_id: str, source: str) -> None:
        """`source` gains stored document `doc_id` (its role rows, as they are merged now)."""
        roles: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for r in db.query(
                "SELECT r.event_id, r.role, r.key, r.text, r.name, r.name_en, r.kind, r.lat,"
                " r.lon, e.merged_id FROM event_roles r JOIN events e ON e.doc_id = r.doc_id AND"
                " e.event_id = r.event_id WHERE r.doc_id = ?", (doc_id,)):
            roles.setdefault((doc_id, r["event_id"]), []).append((r["role"], r["key"]))
            self.n[(source, r["role"], r["key"], r["merged_id"] or "")] += 1
            self.shown.append((source, GROUP[r["role"]], r["key"],
                               *(r[c] for c in SHOWN)))
        for k, v in roles.items():  # (a document gained by two outlets: read once)
            self._roles.setdefault(k, v)

    def moved(self, db: Database, moves: list[tuple[str, str, str | None, str | None]]
              ) -> None:
        """Events (doc_id, event_id, old merged id, new merged id) changed merged event."""
        outlets: dict[str, list[str]] = {}
        for doc_id, event_id, old, new in moves:
            if doc_id not in outlets:
                outlets[doc_id] = [r["source"] for r in db.query(
                    "SELECT DISTINCT source FROM copies WHERE doc_id = ? AND source <> ''",
                    (doc_id,))]
            if not outlets[doc_id]:
                continue
            a, b = old or "", new or ""
            roles = self._roles.get((doc_id, event_id))
            if roles is None:
                roles = [(r["role"], r["key"]) for r in db.query(
                    "SELECT role, key FROM event_roles WHERE doc_id = ? AND event_id = ?",
                    (doc_id, event_id))]
            for role, key in roles:
                for s in outlets[doc_id]:
                    self.n[(s, role, key, a)] -= 1
                    self.n[(s, role, key, b)] += 1

    def flush(self, db: Database) -> None:
        if self.shown:  # first: a key's row exists before its counts change
            db.executemany(_SHOWN, sorted(self.shown, key=lambda r: r[:3]))
        keys: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for (s, role, key, merged), dn in sorted(self.n.items()):
            if not dn:
                continue
            have = keys[(s, GROUP[role], key)]
            have[2] += dn
            if not merged:
                continue
            new = int(db.scalar(_IN_MERGED.format(key=db.sql.unindexed("r.key")),
                                (merged, role, key, s)) or 0)
            old = new - dn
            if old < 0:
                raise AssertionError(f"outlet key count below zero: {s} {role} {key}")
            if bool(old) != bool(new):
                have[1 if role == "recipient" else 0] += 1 if new else -1
        changed = [(ev, tg, mn, *k) for k, (ev, tg, mn) in sorted(keys.items()) if ev or tg or mn]
        if changed:
            db.executemany("UPDATE agg_outlet_keys SET events = events + ?, targeted ="
                           " targeted + ?, mentions = mentions + ? WHERE source = ? AND"
                           " grp = ? AND key = ?", changed)
        self.n.clear()
        self.shown.clear()
        self._roles.clear()


# The outlet's role rows naming a key in one merged event (its members first: the events'
# index on merged_id, then each member's role rows by their key, then whether the member's
# document has a copy from the outlet, by the copies' key). Not `e.doc_id IN (SELECT ...
# WHERE c.source = ?)`: SQLite read every copy of the outlet for that list, each time (65
# CPU ms a document at 100k documents, 0.5 at 2,000; docs/history/performance.md, ingest13).
_IN_MERGED = ("SELECT count(*) FROM events e CROSS JOIN event_roles r WHERE e.merged_id = ?"
              " AND r.doc_id = e.doc_id AND r.event_id = e.event_id AND r.role = ? AND"
              " {key} = ? AND EXISTS (SELECT 1 FROM copies c WHERE c.doc_id = e.doc_id"
              " AND c.source = ?)")


def shown_upsert(table: str, owner: str) -> str:
    """The statement that adds a kept key row of `table` (keyed by `owner`, grp, key) with no
    counts, or raises its shown names to the larger of the kept and the new (both only grow)."""
    def larger(c: str) -> str:
        return (f"{c} = CASE WHEN excluded.{c} IS NOT NULL AND ({table}.{c} IS NULL OR"
                f" excluded.{c} > {table}.{c}) THEN excluded.{c} ELSE {table}.{c} END")
    return (f"INSERT INTO {table} ({owner}, grp, key, events, targeted, mentions,"
            f" {', '.join(SHOWN)}) VALUES (?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?)"
            f" ON CONFLICT ({owner}, grp, key) DO UPDATE SET "
            + ", ".join(larger(c) for c in SHOWN))


_SHOWN = shown_upsert("agg_outlet_keys", "source")

# The outlets' role rows as the scan reads them (a document counts once per outlet).
_ROLES = ("FROM (SELECT DISTINCT doc_id, source FROM copies WHERE source <> '') c"
          " JOIN event_roles r ON r.doc_id = c.doc_id JOIN events e ON e.doc_id = r.doc_id"
          " AND e.event_id = r.event_id")
_GRP = "CASE WHEN r.role = 'location' THEN 'place' ELSE 'party' END"


def recount(db: Database) -> list[tuple[Any, ...]]:
    """The kept rows counted from the role rows (what the kept ones must equal), in key
    order."""
    return sorted(tuple(r.values()) for r in db.query(
        f"SELECT c.source, {_GRP} AS grp, r.key,"
        " count(DISTINCT CASE WHEN r.role <> 'recipient' THEN e.merged_id END) AS events,"
        " count(DISTINCT CASE WHEN r.role = 'recipient' THEN e.merged_id END) AS targeted,"
        " count(*) AS mentions, " + ", ".join(f"MAX(r.{c}) AS {c}" for c in SHOWN)
        + " " + _ROLES + f" GROUP BY c.source, {_GRP}, r.key"))


def kept(db: Database) -> list[tuple[Any, ...]]:
    """The rows as kept, in key order."""
    return sorted(tuple(r.values()) for r in db.query(
        "SELECT source, grp, key, events, targeted, mentions, " + ", ".join(SHOWN)
        + " FROM agg_outlet_keys"))


def fill(db: Database) -> None:
    """The rows written from the role rows (schema 16; a re-merge starts from them)."""
    db.execute("DELETE FROM agg_outlet_keys")
    keys = recount(db)
    db.executemany("INSERT INTO agg_outlet_keys (source, grp, key, events, targeted, mentions,"
                   f" {', '.join(SHOWN)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", keys)


def kept_page(db: Database, table: str, owner: str, value: str, grp: str, limit: int,
              offset: int) -> tuple[list[dict[str, Any]], int]:
    """Rows {"key", "name", "name_en", "text", "kind", "lat", "lon", "events", "targeted",
    "mentions"} of a kept key table's keys under one owner (`owner` = `value`) by mentions
    (as the scan gives them), and how many."""
    total = db.scalar(f"SELECT count(*) FROM {table} WHERE {owner} = ? AND grp = ?"
                      " AND mentions > 0", (value, grp))
    rows = db.query("SELECT key, name, name_en, text, kind, lat, lon, events, targeted,"
                    f" mentions FROM {table} WHERE {owner} = ? AND grp = ? AND"
                    " mentions > 0 ORDER BY mentions DESC, key LIMIT ? OFFSET ?",
                    (value, grp, limit, offset))
    return rows, int(total or 0)


def page(db: Database, grp: str, source: str, limit: int, offset: int
         ) -> tuple[list[dict[str, Any]], int]:
    """The outlet's keys of a group by mentions (kept_page), and how many."""
    return kept_page(db, "agg_outlet_keys", "source", source, grp, limit, offset)
