"""Actors, places, the map and the network under a filter selecting many events, from
counts kept on write (schema 19).

Under an actor, target or place key alone (a click on the map, the actors list or the
network) or a status alone, these four read every selected event and its role rows (the
top place of a 100k store: 37,469 events, 120-230 ms). Such a filter is a *facet*: a
property an event has from the moment it is written (its status; a role row of the key),
so the events it selects never change. Once a facet selects FACET_EVENTS events (kept
counts say: agg_totals 'status:…', agg_keys' reports / t_reports) it is registered
(agg_facets) and filled from the rows, and from then on kept, as the outlets' actors and
places are (store/outlet_keys.py), in

- agg_facet_keys (facet, grp, key, events, targeted, mentions, text, name, name_en, kind,
  lat, lon): per group ('party': actors and targets; 'place'), the distinct merged events
  of the key's actor or location rows (`events`) and of its target rows (`targeted`) among
  the facet's events, their role rows (`mentions`), and the largest of each shown column
  (role rows are never changed or removed: a maximum only grows);
- agg_facet_edges (facet, akey, rkey, type, events): the distinct merged events holding an
  event of the facet, of that category, with both an actor row `akey` and a target row
  `rkey` (akey <> rkey: the network's edges).

Facets: `status:<status>` for every status but 'asserted' (the default: most events),
`<role>:<key>` for role actor, recipient or location, `outlet:<source>` (the events of
the documents with a copy from the outlet: edges only, its actors and places are kept in
agg_outlet_keys), and (schema 21) `keys:<role>\t<name>\t<key>\t<key>...`: the events
with a role row of any of those keys, the keys a name selects exactly (query.key_set: حلب,
the city by its KB name and the countryside districts by surfaces that all hold it). A
kept key's name is checked when the key is kept and whenever a transaction writes a form
of the role holding the name (a new district, a new surface): its key set is registered
(and filled) when it holds several keys, and one registered for the name before with
other keys is dropped; a filter naming several keys reads the facet of its key set. A
facet below FACET_EVENTS is not kept: the scan reads its events in a few milliseconds.

They change when a document is written (its events' role rows: `added`) and when an event
changes merged event (`moved`, from the merger's writes of `events.merged_id`), and when a
stored document gains an outlet (`gain`). The changes
are summed per facet, key (or edge) and merged event over the transaction and written at
its end (`flush`): a merged event counts for a key while one of the facet's events in it
names the key, so where a change's sum is not zero the merged event's members are read
then (one query a merged event: its members' status, category and role rows), and the
key's count changes when that number went from zero or to zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rasd.store import keysets, query
from rasd.store.db import Database
from rasd.store.outlet_keys import SHOWN, kept_page, shown_upsert

# events a facet selects before it is kept (the scan reads about 200 a millisecond: under
# this many it answers in about 25 ms of CPU)
FACET_EVENTS = 5000
STATUSES = ("future", "hypothetical", "negated", "historical")  # not 'asserted'
GROUP = {"actor": "party", "recipient": "party", "location": "place"}

# an event: (category, status, [(role, key, text, name, name_en, kind, lat, lon)], its
# document's outlets)
EventInfo = tuple[str, str, list[tuple[Any, ...]], set[str]]


def status_facet(status: str) -> str:
    return "status:" + status


def key_facet(role: str, key: str) -> str:
    return f"{role}:{key}"


def outlet_facet(source: str) -> str:
    return "outlet:" + source


KEYS = "keys:"


def keyset_facet(role: str, name: str, keys: Iterable[str]) -> str:
    return KEYS + "\t".join([role, name, *sorted(set(keys))])


def keyset_of(facet: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(role, name, keys) of a key set's facet, else None."""
    if not facet.startswith(KEYS):
        return None
    role, name, *keys = facet[len(KEYS):].split("\t")
    return role, name, tuple(keys)


@lru_cache(maxsize=8)
def _keyset_index(kept: frozenset[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(role, key) -> the kept key sets' facets holding it."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for facet in sorted(kept):
        if (ks := keyset_of(facet)) is not None:
            for key in ks[2]:
                out[(ks[0], key)].append(facet)
    return {k: tuple(v) for k, v in out.items()}


def keyset_index(db: Database) -> dict[tuple[str, str], tuple[str, ...]]:
    """(role, key) -> the kept key sets holding it (schema 21; none before)."""
    if not keysets_here(db):
        return {}
    return _keyset_index(frozenset(r[0] for r in db.tuples(
        "SELECT facet FROM agg_facets WHERE facet >= ? AND facet < ?", (KEYS, KEYS + "\uffff"))))


def keeps_keys(facet: str) -> bool:
    """Whether the facet's actors and places are kept here (an outlet's: agg_outlet_keys)."""
    return not facet.startswith("outlet:")


def event_facets(info: EventInfo, kept: set[str]) -> list[str]:
    """The kept facets an event has: its status's, its role keys', its outlets'."""
    _, status, roles, outlets = info
    found = {status_facet(status)} | {key_facet(r[0], r[1]) for r in roles} | {
        outlet_facet(s) for s in outlets}
    out = found & kept
    if sets := _sets_of(kept):
        out |= {f for r in roles for f in sets.get((r[0], r[1]), ())}
    return sorted(out)


_LAST: list[Any] = [None, -1, {}]  # the kept set last asked about, its size, its index


def _sets_of(kept: set[str]) -> dict[tuple[str, str], tuple[str, ...]]:
    """`_keyset_index` of `kept`, the last one's kept (asked for every event of a flush)."""
    if _LAST[0] is not kept or _LAST[1] != len(kept):
        _LAST[:] = [kept, len(kept), _keyset_index(frozenset(kept))]
    return _LAST[2]


def registered(db: Database) -> set[str]:
    return {r[0] for r in db.tuples("SELECT facet FROM agg_facets")}


def kept_here(db: Database) -> bool:
    """Whether the store keeps facets (schema 19 applied: a store opened read-only before a
    writer migrated it has not)."""
    return bool(db.scalar("SELECT count(*) FROM schema_version WHERE version = 19"))


class FacetKeys:
    """Changes to the kept rows gathered over a transaction."""

    def __init__(self) -> None:
        self._clear()

    def _clear(self) -> None:
        self.kept: set[str] | None = None  # read once the writers' lock is held
        self.n: dict[tuple[str, str, str, str], int] = defaultdict(int)
        self.edges: dict[tuple[str, str, str, str, str], int] = defaultdict(int)
        self.new: list[tuple[str, str]] = []  # events written in this transaction
        self.statuses: set[str] = set()  # what they bring: facets that may now be kept
        self.keys: set[tuple[str, str]] = set()
        self.outlets: set[str] = set()
        self.forms: set[tuple[str, str, str, str]] = set()  # (role, norm, name_norm, key)
        self.links: list[tuple[str, str, str]] = []
        self._events: dict[tuple[str, str], EventInfo] = {}

    def _kept(self, db: Database) -> set[str]:
        if self.kept is None:
            self.kept = registered(db)
        return self.kept

    def added(self, events: list[tuple[Any, ...]], roles: list[tuple[Any, ...]],
              links: list[tuple[str, str, str]] | None = None) -> None:
        """A new document's event rows (doc_id, event_id, sentence, type, quad, status, ...)
        and role rows (doc_id, event_id, role, idx, key, text, norm, name, name_norm,
        name_en, kind, lat, lon), as written (no merged event yet), and its claim_events
        rows (doc_id, claim_id, event_id): a kept key set's counts."""
        self.links.extend(links or [])
        of: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for r in roles:
            of[(r[0], r[1])].append((r[2], r[4], r[5], r[7], r[9], r[10], r[11], r[12]))
            self.keys.add((r[2], r[4]))
            self.forms.add((r[2], r[6] or "", r[8] or "", r[4]))
        for ev in events:
            k = (ev[0], ev[1])
            self._events[k] = (ev[3], ev[5], of.get(k, []), {ev[17]} if ev[17] else set())
            self.new.append(k)
            self.statuses.add(ev[5])
            if ev[17]:
                self.outlets.add(ev[17])

    def _info(self, db: Database, doc_id: str, event_id: str) -> EventInfo | None:
        if (doc_id, event_id) not in self._events:  # an older document's: all its events
            roles: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            for r in db.tuples("SELECT event_id, role, key, text, name, name_en, kind, lat,"
                               " lon FROM event_roles WHERE doc_id = ?", (doc_id,)):
                roles[r[0]].append(tuple(r[1:]))
            outlets = {r[0] for r in db.tuples("SELECT DISTINCT source FROM copies WHERE"
                                               " doc_id = ? AND source <> ''", (doc_id,))}
            for e, typ, status in db.tuples("SELECT event_id, type, status FROM events"
                                            " WHERE doc_id = ?", (doc_id,)):
                self._events[(doc_id, e)] = (typ, status, roles.get(e, []), outlets)
        return self._events.get((doc_id, event_id))

    def _count(self, info: EventInfo, merged: str, d: int, kept: set[str],
               only: set[str] | None = None) -> None:
        typ, _, roles, _ = info
        for facet in event_facets(info, kept):
            if only is not None and facet not in only:
                continue
            if keeps_keys(facet):
                for r in roles:
                    self.n[(facet, r[0], r[1], merged)] += d
            if merged:
                for a, r in _pairs(roles):
                    self.edges[(facet, a, r, typ, merged)] += d

    def gain(self, db: Database, doc_id: str, source: str) -> None:
        """Stored document `doc_id` gains outlet `source` (a copy from it): its events, as
        they are merged now, join the outlet's facet."""
        self.outlets.add(source)
        kept = self._kept(db)
        merged = dict(db.tuples("SELECT event_id, merged_id FROM events WHERE doc_id = ?",
                                (doc_id,)))
        for event_id, mid in sorted(merged.items()):
            info = self._info(db, doc_id, event_id)
            if info is None:
                continue
            info[3].add(source)  # (read from the copies, the new one included, or cached)
            if mid:
                self._count(info, mid, 1, kept, {outlet_facet(source)})

    def moved(self, db: Database, moves: list[tuple[str, str, str | None, str | None]]
              ) -> None:
        """Events (doc_id, event_id, old merged id, new merged id) changed merged event."""
        kept = self._kept(db)
        if not kept:
            return
        for doc_id, event_id, old, new in moves:
            info = self._info(db, doc_id, event_id)
            if info is not None:
                self._count(info, old or "", -1, kept)
                self._count(info, new or "", 1, kept)

    def prepare(self, db: Database) -> None:
        """Before the transaction's forms are written (role_forms): of those its documents
        bring, keep the ones new to the store that touch a kept key's name (`_touched`):
        only they can change a name's key set (a form written before was matched already)."""
        if not self.forms or not keysets_here(db):
            self.forms = set()
            return
        kept = self._kept(db)
        names, held = _names(db, kept), _held(kept)
        self.forms = {f for f in self.forms if _touched(names, held, {f}) and not db.scalar(
            "SELECT 1 FROM role_forms WHERE role = ? AND norm = ? AND key = ? AND"
            " name_norm = ? LIMIT 1", (f[0], f[1], f[3], f[2]))}

    def flush(self, db: Database) -> None:
        if not (self.new or self.n or self.edges or self.outlets):
            self._clear()
            return
        kept = self._kept(db)
        shown = []
        sets: dict[tuple[str, str], list[str]] = {}  # the new events' kept key sets
        for k in self.new:  # the new events' role rows, before any merged event
            info = self._events[k]
            self._count(info, "", 1, kept)
            for facet in event_facets(info, kept):
                if keeps_keys(facet):
                    shown += [(facet, GROUP[r[0]], r[1], *r[2:]) for r in info[2]]
                if facet.startswith(KEYS):
                    sets.setdefault(k, []).append(facet)
        if sets:  # (documents, events and claims: keysets)
            db.executemany(keysets.UPSERT, sorted(
                keysets.document_counts(sets, self.links).items()))
        if shown:  # first: a key's row exists before its counts change
            db.executemany(_SHOWN, sorted(shown, key=lambda r: r[:3]))
        self._write_counts(db, kept)
        newly = self._newly_kept(db, kept)
        for facet in newly:
            db.execute("INSERT INTO agg_facets (facet) VALUES (?)", (facet,))
            fill_facet(db, facet)
        if keysets_here(db):  # a kept key's name whose forms this transaction wrote
            live = kept | set(newly)
            touched = _touched(_names(db, live), _held(live), self.forms)  # (new: `prepare`)
            update_keysets(db, sorted(touched | set(_names(db, newly)) | _stale(db)), live)
        self._clear()

    def _write_counts(self, db: Database, kept: set[str]) -> None:
        merged = sorted({k[3] for k, d in self.n.items() if d and k[3]}
                        | {k[4] for k, d in self.edges.items() if d})
        now = {m: _members(db, m, kept) for m in merged}  # the counts after the changes
        keys: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
        for (facet, role, key, m), dn in sorted(self.n.items()):
            if not dn:
                continue
            have = keys[(facet, GROUP[role], key)]
            have[2] += dn
            if m:
                new = now[m][0].get((facet, role, key), 0)
                if bool(new - dn) != bool(new):
                    have[1 if role == "recipient" else 0] += 1 if new else -1
        changed = [(ev, tg, mn, *k) for k, (ev, tg, mn) in sorted(keys.items()) if ev or tg or mn]
        if changed:
            db.executemany("UPDATE agg_facet_keys SET events = events + ?, targeted ="
                           " targeted + ?, mentions = mentions + ? WHERE facet = ? AND"
                           " grp = ? AND key = ?", changed)
        edges: dict[tuple[str, str, str, str], int] = defaultdict(int)
        for (facet, a, r, typ, m), dn in sorted(self.edges.items()):
            if dn:
                new = now[m][1].get((facet, a, r, typ), 0)
                if bool(new - dn) != bool(new):
                    edges[(facet, a, r, typ)] += 1 if new else -1
        rows = [(*k, d) for k, d in sorted(edges.items()) if d]
        if rows:
            db.executemany(_EDGES, rows)

    def _newly_kept(self, db: Database, kept: set[str]) -> list[str]:
        """Facets of this transaction's events that now select FACET_EVENTS events."""
        out = []
        for s in sorted(self.statuses):
            if s in STATUSES and status_facet(s) not in kept and int(db.scalar(
                    "SELECT n FROM agg_totals WHERE name = ?", ("status:" + s,))
                    or 0) >= FACET_EVENTS:
                out.append(status_facet(s))
        for s in sorted(self.outlets):
            if outlet_facet(s) not in kept and int(db.scalar(
                    "SELECT events FROM agg_outlets WHERE source = ?", (s,))
                    or 0) >= FACET_EVENTS:
                out.append(outlet_facet(s))
        keys = sorted(k for k in self.keys if key_facet(*k) not in kept)
        for i in range(0, len(keys), 200):
            chunk = keys[i:i + 200]
            mine = set(chunk)  # a key's actor and target may fall in two chunks: once each
            cond = " OR ".join(["(grp = ? AND key = ?)"] * len(chunk))
            params = [x for role, key in chunk for x in (GROUP[role], key)]
            for grp, key, reports, t_reports in db.tuples(
                    f"SELECT grp, key, reports, t_reports FROM agg_keys WHERE ({cond}) AND"
                    " (reports >= ? OR t_reports >= ?)", [*params, FACET_EVENTS, FACET_EVENTS]):
                for role in ("actor", "recipient", "location"):
                    n = t_reports if role == "recipient" else reports
                    if GROUP[role] == grp and (role, key) in mine and n >= FACET_EVENTS:
                        out.append(key_facet(role, key))
        return out


def _pairs(roles: Iterable[tuple[Any, ...]]) -> set[tuple[str, str]]:
    """An event's (actor key, target key) pairs: the network's edges (none to itself)."""
    actors = {r[1] for r in roles if r[0] == "actor"}
    targets = {r[1] for r in roles if r[0] == "recipient"}
    return {(a, t) for a in actors for t in targets if a != t}


def _members(db: Database, merged: str, kept: set[str]
             ) -> tuple[dict[tuple[str, str, str], int], dict[tuple[str, str, str, str], int]]:
    """A merged event's kept facets' role rows (facet, role, key) and edges (facet, actor,
    target, category) counted over its members (their index on merged_id, then each one's
    role rows by the table's key)."""
    infos: dict[tuple[str, str], EventInfo] = {}
    outlets: dict[str, set[str]] = defaultdict(set)
    if any(not keeps_keys(f) for f in kept):
        for doc_id, source in db.tuples(
                "SELECT DISTINCT e.doc_id, c.source FROM events e CROSS JOIN copies c WHERE"
                " e.merged_id = ? AND c.doc_id = e.doc_id AND c.source <> ''", (merged,)):
            outlets[doc_id].add(source)
    for doc_id, event_id, typ, status, role, key in db.tuples(
            "SELECT e.doc_id, e.event_id, e.type, e.status, r.role, r.key FROM events e"
            " CROSS JOIN event_roles r WHERE e.merged_id = ? AND r.doc_id = e.doc_id AND"
            " r.event_id = e.event_id", (merged,)):
        infos.setdefault((doc_id, event_id), (typ, status, [], outlets[doc_id]))[2].append(
            (role, key))
    keys: dict[tuple[str, str, str], int] = defaultdict(int)
    edges: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for info in infos.values():
        typ, _, roles, _ = info
        for facet in event_facets(info, kept):
            if keeps_keys(facet):
                for role, key in roles:
                    keys[(facet, role, key)] += 1
            for a, r in _pairs(roles):
                edges[(facet, a, r, typ)] += 1
    return keys, edges


_SHOWN = shown_upsert("agg_facet_keys", "facet")
_EDGES = ("INSERT INTO agg_facet_edges (facet, akey, rkey, type, events) VALUES (?, ?, ?, ?, ?)"
          " ON CONFLICT (facet, akey, rkey, type) DO UPDATE SET events ="
          " agg_facet_edges.events + excluded.events")


# --- the rows counted from the events (the fill; what tests compare) -------------------------

def selected(db: Database, facet: str) -> tuple[str, list[Any]]:
    """The condition that an events row `e` has the facet."""
    if (ks := keyset_of(facet)) is not None:
        role, _, keys = ks
        return ("(e.doc_id, e.event_id) IN (SELECT h.doc_id, h.event_id FROM event_roles h"
                f" WHERE h.role = ? AND h.key IN ({', '.join('?' * len(keys))}))"), [
                    role, *keys]
    kind, _, value = facet.partition(":")
    if kind == "status":
        return "e.status = ?", [value]
    if kind == "outlet":
        return "e.doc_id IN (SELECT c.doc_id FROM copies c WHERE c.source = ?)", [value]
    return ("(e.doc_id, e.event_id) IN (SELECT h.doc_id, h.event_id FROM event_roles h"
            " WHERE h.role = ? AND h.key = ?)"), [kind, value]


_GRP = "CASE WHEN r.role = 'location' THEN 'place' ELSE 'party' END"


def recount_keys(db: Database, facet: str) -> list[tuple[Any, ...]]:
    """(facet, grp, key, events, targeted, mentions, shown...) of one facet, from the rows
    (as `aggregates.scan_keys_page` counts them), in key order."""
    cond, params = selected(db, facet)
    return sorted((facet, *r) for r in db.tuples(
        f"SELECT {_GRP}, r.key,"
        " count(DISTINCT CASE WHEN r.role <> 'recipient' THEN e.merged_id END),"
        " count(DISTINCT CASE WHEN r.role = 'recipient' THEN e.merged_id END), count(*), "
        + ", ".join(f"MAX(r.{c})" for c in SHOWN) + " FROM events e CROSS JOIN event_roles r"
        f" WHERE {cond} AND r.doc_id = e.doc_id AND r.event_id = e.event_id"
        f" GROUP BY {_GRP}, r.key", params))


def recount_edges(db: Database, facet: str) -> list[tuple[Any, ...]]:
    """(facet, akey, rkey, type, events) of one facet, from the rows (as
    `aggregates.network` counts them), in key order."""
    cond, params = selected(db, facet)
    return sorted((facet, *r) for r in db.tuples(
        "SELECT a.key, r.key, e.type, count(DISTINCT e.merged_id) FROM events e CROSS JOIN"
        f" event_roles a CROSS JOIN event_roles r WHERE {cond} AND a.doc_id = e.doc_id AND"
        " a.event_id = e.event_id AND a.role = 'actor' AND r.doc_id = e.doc_id AND"
        " r.event_id = e.event_id AND r.role = 'recipient' AND a.key <> r.key AND"
        " e.merged_id IS NOT NULL GROUP BY a.key, r.key, e.type", params))


def fill_facet(db: Database, facet: str) -> None:
    """One facet's rows written from the events."""
    db.execute("DELETE FROM agg_facet_keys WHERE facet = ?", (facet,))
    db.execute("DELETE FROM agg_facet_edges WHERE facet = ?", (facet,))
    if keeps_keys(facet):
        db.executemany("INSERT INTO agg_facet_keys (facet, grp, key, events, targeted,"
                       f" mentions, {', '.join(SHOWN)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       " ?, ?)", recount_keys(db, facet))
    db.executemany("INSERT INTO agg_facet_edges (facet, akey, rkey, type, events)"
                   " VALUES (?, ?, ?, ?, ?)", recount_edges(db, facet))


def due(db: Database) -> list[str]:
    """Every facet that selects FACET_EVENTS events now (kept counts)."""
    out = [status_facet(s) for s in STATUSES if int(db.scalar(
        "SELECT n FROM agg_totals WHERE name = ?", ("status:" + s,)) or 0) >= FACET_EVENTS]
    out += [outlet_facet(s) for (s,) in db.tuples("SELECT source FROM agg_outlets WHERE"
                                                  " events >= ?", (FACET_EVENTS,))]
    for grp, key, reports, t_reports in db.tuples(
            "SELECT grp, key, reports, t_reports FROM agg_keys WHERE grp IN ('party', 'place')"
            " AND (reports >= ? OR t_reports >= ?)", (FACET_EVENTS, FACET_EVENTS)):
        for role in ("actor", "recipient", "location"):
            if GROUP[role] == grp and (t_reports if role == "recipient" else reports) \
                    >= FACET_EVENTS:
                out.append(key_facet(role, key))
    if keysets_here(db):
        for role, name in _names(db, set(out)):
            keys = query.key_set(db, role, name)
            if keys and len(keys) > 1:
                out.append(keyset_facet(role, name, keys))
    return sorted(set(out))


def _held(kept: set[str]) -> dict[tuple[str, str], set[str]]:
    """(role, name) -> the keys of its kept set."""
    return {(ks[0], ks[1]): set(ks[2]) for f in kept if (ks := keyset_of(f))}


def _stale(db: Database) -> set[tuple[str, str]]:
    """The (role, name)s whose set changed while a fill was not due (`update_keysets`)."""
    out = set()
    for (mark,) in db.tuples("SELECT name FROM agg_totals WHERE name >= ? AND name < ? AND"
                             " n > 0", (keysets.STALE, keysets.STALE + "\uffff")):
        if (ks := keyset_of(mark[len(keysets.STALE):])) is not None:
            out.add((ks[0], ks[1]))
    return out


def _touched(names: list[tuple[str, str]], held: dict[tuple[str, str], set[str]],
             forms: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    """The (role, name)s whose key set a form (role, norm, name_norm, key) may change: its
    surface holds the name, its KB name is the name, or its key is in the name's set."""
    return {(role, name) for role, name in names
            if any(r == role and (name in norm or name == name_norm
                                  or key in held.get((role, name), ()))
                   for r, norm, name_norm, key in forms)}


def keysets_here(db: Database) -> bool:
    """Whether the store keeps key sets' facets (schema 21 applied)."""
    return bool(db.scalar("SELECT count(*) FROM schema_version WHERE version = 21"))


def _key_of(facet: str) -> tuple[str, str] | None:
    kind, _, key = facet.partition(":")
    return (kind, key) if kind in GROUP else None


def _names(db: Database, facets: Iterable[str]) -> list[tuple[str, str]]:
    """(role, name) of the kept linked keys among `facets`: each key's KB name, normalized
    as a filter's value is (`name_norm` of its first role row in the (role, key) index: one
    lookup; a key without a link, `~...`, has none)."""
    out: set[tuple[str, str]] = set()
    for role, key in sorted(rk for f in facets if (rk := _key_of(f))):
        if key.startswith("~"):
            continue
        if name := db.scalar("SELECT name_norm FROM event_roles WHERE role = ? AND key = ?"
                             " LIMIT 1", (role, key)):
            out.add((role, name))
    return sorted(out)


# A kept set whose keys changed is filled anew once the documents written since its last
# fill number 1/REFILL of its events (a fill reads them: ingest pays at most REFILL event
# reads a document for it, whatever the store's size); meanwhile the old set stays kept
# (exact for its keys) and the name is answered by the scans.
REFILL = 10


def update_keysets(db: Database, names: list[tuple[str, str]], kept: set[str],
                   force: bool = False) -> None:
    """Each (role, name)'s key set registered and filled where it holds several keys and is
    not kept yet (a change of a kept set once due: REFILL; `force`: now); one registered
    for the name with other keys dropped."""
    docs = int(db.scalar("SELECT n FROM agg_totals WHERE name = 'documents'") or 0)
    for role, name in names:
        keys = query.key_set(db, role, name)
        want = keyset_facet(role, name, keys) if keys and len(keys) > 1 else None
        prefix = KEYS + role + "\t" + name + "\t"
        olds = [r[0] for r in db.tuples("SELECT facet FROM agg_facets WHERE facet >= ? AND"
                                        " facet < ?", (prefix, prefix + "\uffff"))]
        if want and olds and want not in olds and not force and keysets.deferred(
                db, olds[0], docs, REFILL):
            continue
        for old in olds:
            if old != want:
                for table in ("agg_facets", "agg_facet_keys", "agg_facet_edges"):
                    db.execute(f"DELETE FROM {table} WHERE facet = ?", (old,))
                keysets.drop(db, old)
                kept.discard(old)
        _LAST[0] = None  # (`kept` changed in place)
        if want and want not in kept:
            db.execute("INSERT INTO agg_facets (facet) VALUES (?)", (want,))
            fill_facet(db, want)
            keysets.fill(db, want, role, tuple(keys or ()), docs)
            kept.add(want)


def fill_keysets(db: Database) -> None:
    """The key sets of every kept key's name registered and filled (schema 21)."""
    kept = registered(db)
    update_keysets(db, _names(db, kept), kept, force=True)


def fill(db: Database) -> None:
    """Every facet due registered and its rows written from the events (schema 19, and a
    re-merge, which starts from every event in none)."""
    for facet in registered(db):
        if keyset_of(facet) is not None:
            keysets.drop(db, facet)
    for table in ("agg_facets", "agg_facet_keys", "agg_facet_edges"):
        db.execute(f"DELETE FROM {table}")
    for facet in due(db):
        db.execute("INSERT INTO agg_facets (facet) VALUES (?)", (facet,))
        fill_facet(db, facet)
        if (ks := keyset_of(facet)) is not None:
            keysets.fill(db, facet, ks[0], ks[2], int(db.scalar(
                "SELECT n FROM agg_totals WHERE name = 'documents'") or 0))


def recount(db: Database) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The kept facets' rows counted from the events: (keys, edges)."""
    facets = sorted(registered(db))
    return ([r for f in facets if keeps_keys(f) for r in recount_keys(db, f)],
            [r for f in facets for r in recount_edges(db, f)])


def kept(db: Database) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows as kept (keys with a role row, edges with a merged event), in key order."""
    return (sorted(db.tuples("SELECT facet, grp, key, events, targeted, mentions, "
                             + ", ".join(SHOWN) + " FROM agg_facet_keys WHERE mentions <> 0")),
            sorted(db.tuples("SELECT facet, akey, rkey, type, events FROM agg_facet_edges"
                             " WHERE events <> 0")))


# --- reading ----------------------------------------------------------------------------------

def of_filters(db: Database, f: Any) -> str | None:
    """The kept facet the filters are, or None: a status alone, or one key alone that
    selects exactly its role rows' events (`key_filter.single`)."""
    from rasd.store import key_filter

    if f.status and not (f.q or f.actor or f.recipient or f.place or f.outlet or f.category
                         or f.date_from or f.date_to or f.doc_id or f.record_id):
        facet = status_facet(f.status)
    elif f.outlet and not (f.q or f.actor or f.recipient or f.place or f.status or f.category
                           or f.date_from or f.date_to or f.doc_id or f.record_id):
        facet = outlet_facet(f.outlet)  # (its edges; its actors and places: outlet_keys)
    elif f.actor or f.recipient or f.place:
        rk = key_filter.single(db, f)
        if rk is None:
            return keyset_of_filters(db, f)
        facet = key_facet(*rk)
    else:
        return None
    if not kept_here(db):
        return None
    return facet if db.scalar("SELECT 1 FROM agg_facets WHERE facet = ?", (facet,)) else None


def keyset_of_filters(db: Database, f: Any) -> str | None:
    """The kept facet of the key set one actor, target or place filter alone selects
    exactly (query.key_set), or None."""
    from rasd.store import key_filter

    given = [(name, getattr(f, name)) for name in key_filter.ROLE if getattr(f, name)]
    if len(given) != 1 or f.q or f.outlet or f.status or f.category or f.date_from \
            or f.date_to or f.doc_id or f.record_id or not keysets_here(db):
        return None
    role = key_filter.ROLE[given[0][0]]
    keys = query.key_set(db, role, given[0][1])
    if not keys or len(keys) < 2:
        return None
    prefix = KEYS + role + "\t"
    for (facet,) in db.tuples("SELECT facet FROM agg_facets WHERE facet >= ? AND facet < ?",
                              (prefix, prefix + "\uffff")):
        ks = keyset_of(facet)
        if ks is not None and list(ks[2]) == keys:
            return facet
    return None


def page(db: Database, facet: str, grp: str, limit: int, offset: int
         ) -> tuple[list[dict[str, Any]], int]:
    """The facet's keys of a group by mentions (outlet_keys.kept_page), and how many."""
    return kept_page(db, "agg_facet_keys", "facet", facet, grp, limit, offset)


def edges(db: Database, facet: str) -> list[tuple[str, str, str, int]]:
    """(actor, target, category, merged events) of the facet's edges."""
    return db.tuples("SELECT akey, rkey, type, events FROM agg_facet_edges WHERE facet = ?"
                     " AND events > 0", (facet,))
