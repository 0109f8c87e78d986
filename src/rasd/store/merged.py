"""Merged events in the store: each new mention joins one, or starts one.

A join touches only the merged event it joins: its candidates are found by
the keys of their cores (`merged_keys`: specific places, the grid cells
around them, specific actor and target ids) within the mention's days, an
indexed lookup whatever the store's size; then the chosen merged event's
state is updated, its row, keys, conflicts and aggregate contributions
rewritten. When its core changes, the members that no longer agree with it
leave and are placed again (a merged event that grew incoherent splits).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from rasd.store import aggregates, merge
from rasd.store.blobs import pack, pack_sketches, pack_small, unpack
from rasd.store.db import Database
from rasd.store.query import placeholders

MAX_ROUNDS = 4  # splitting settles in a round or two; this bounds pathological data
MAX_MOVES = 3  # a mention that left this many merged events in one batch starts its own
MEMBER = ", ".join((*merge.Mention.ROW_FIELDS, "features"))  # a member, read back


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


class Merger:
    """Places event mentions into merged events, inside the caller's transaction."""

    def __init__(self, db: Database, pending: aggregates.Pending) -> None:
        self.db = db
        self.pending = pending  # aggregate changes, written by the caller at the end
        self.joined = 0  # mentions that joined an existing merged event
        self._members: dict[tuple[str, str], tuple[str | None, bytes | None]] = {}
        self._moves: dict[str, int] = {}  # mention key -> merged events it left (this batch)
        self._doc_outlets: dict[str, list[str]] = {}
        self._families: dict[str, int] = {}  # family -> its code (merge_families)

    # --- placing ----------------------------------------------------------------------------

    def _contributions(self, state: merge.State, core: merge.Core, conflicts: int
                       ) -> set[tuple[str, ...]]:
        return aggregates.contributions(state, core, conflicts, self.pending.keysets(self.db))

    def place(self, m: merge.Mention, exclude: frozenset[str] = frozenset()) -> str:
        """Put `m` (already stored as an event row) into a merged event; its id. A mention
        placed again after leaving MAX_MOVES merged events starts its own: splits that
        hand members back and forth between two merged events end."""
        if exclude:
            self._moves[m.key] = self._moves.get(m.key, 0) + 1
        found = merge.matches(m, self._candidates(m, exclude)) \
            if m.identifiable() and self._moves.get(m.key, 0) < MAX_MOVES else []
        if not found:
            return self._found(m)
        mid, evidence = found[0]
        self.joined += 1
        self._join(mid, m, evidence)
        for other, ev in found[1:]:  # two merged events this report tells: one, if they agree
            self._fuse(mid, other, m, bool(ev.magnitude))
        return mid

    def place_all(self, mentions: list[merge.Mention]) -> None:
        """Place mentions, a document's at a time (they come grouped by document), then give
        the document's lead mentions left alone a second chance: the report's other events
        are placed now, and one of them may have joined the event the lead tells
        (`merge.judge`, the report's lead). The lead leaves its own one-member event and
        joins that one: nothing else is touched."""
        run: list[merge.Mention] = []
        for m in mentions:
            if run and m.doc_id != run[0].doc_id:
                self._place_document(run)
                run = []
            run.append(m)
        if run:
            self._place_document(run)

    def _place_document(self, mentions: list[merge.Mention]) -> None:
        placed = [(m, self.place(m)) for m in mentions]
        if len(placed) < 2:
            return
        for m, mid in placed:
            if not m.lead or not m.identifiable() or self._size(mid) != 1:
                continue
            if self.db.scalar("SELECT merged_id FROM events WHERE doc_id = ? AND event_id = ?",
                              (m.doc_id, m.event_id)) != mid:
                continue  # moved since (a later mention's join split or fused its event)
            found = merge.matches(m, self._candidates(m, frozenset({mid})))
            if not found:
                continue
            self._leave(mid, m)
            self.joined += 1
            self._join(found[0][0], m, found[0][1])

    def _size(self, mid: str) -> int:
        self.flush()
        return int(self.db.scalar("SELECT count(*) FROM events WHERE merged_id = ?", (mid,))
                   or 0)

    def _leave(self, mid: str, m: merge.Mention) -> None:
        """Take `m` out of merged event `mid` (dropped when it was its only member)."""
        state, core = self._load(mid)
        conflicts = merge.conflicts(mid, state.accounts)
        before = self._contributions(state, core, len(conflicts))
        state.remove(m)
        self._set_member(m, None, None)
        self._save(mid, state, state.core() if state.n else core, core, before, conflicts)

    def _fuse(self, mid: str, other: str, via: merge.Mention, counted: bool = False) -> None:
        """Move the members of merged event `other` into `mid` when their cores agree, or
        when `via` (the mention that joined `mid` and fits `other` too) carries its own
        count into `other` (`counted`: `merge.bridged`). Each moved member keeps the
        evidence that joined it, with `fused`: the report that brought it and how."""
        if not self.db.scalar("SELECT 1 FROM merged_events WHERE id = ?", (mid,)) or \
                not self.db.scalar("SELECT 1 FROM merged_events WHERE id = ?", (other,)):
            return  # one of them left by a split meanwhile
        state, core = self._load(mid)
        o_state, o_core = self._load(other)
        how = "cores" if merge.cores_agree(core, o_core) else "count" if counted and \
            merge.bridged(via, core, o_core, o_state.accounts) else None
        if how is None:
            return
        fused = {"via": via.key, "how": how}
        conflicts = merge.conflicts(mid, state.accounts)
        before = self._contributions(state, core, len(conflicts))
        o_conflicts = merge.conflicts(other, o_state.accounts)
        o_before = self._contributions(o_state, o_core, len(o_conflicts))
        self.flush()
        for r in self.db.query(f"SELECT {MEMBER}, why FROM events WHERE merged_id = ?",
                               (other,)):
            x = merge.Mention.from_json(unpack(r["features"]), r)
            state.add(x, self._outlets(x.doc_id))
            why = unpack(r["why"]) if r["why"] else {}
            self._members[(x.doc_id, x.event_id)] = (mid, pack_small({**why, "fused": fused}))
        self.flush()
        self._drop(other, o_before, o_conflicts, o_core)
        new_core = state.core()
        leaving: list[merge.Mention] = []
        if new_core.decides() != core.decides():
            new_core, leaving = self._settle(mid, state, new_core)
        self._save(mid, state, new_core, core, before, conflicts)
        for x in leaving:
            self.place(x, frozenset({mid}))

    def _candidates(self, m: merge.Mention, exclude: frozenset[str]
                    ) -> list[tuple[str, merge.Core]]:
        keys = sorted(merge.mention_keys(m))
        if not keys or not (m.lo and m.hi):
            return []
        # keys are filed under the core's main day; its other days lie within a day of it
        slack = max(merge.rules()["date_slack_days"].values()) + 1
        # (a report that may retell a past event by its toll looks further back)
        back = max(slack, merge.rules()["retold_days"]) if m.may_retell() else slack
        family = self._family(merge.family(m.type), create=False)
        if family is None:  # no merged event of the family yet
            return []
        rows = self.db.query(
            "SELECT DISTINCT merged FROM merged_keys WHERE family = ? AND day BETWEEN ? AND ?"
            f" AND key IN ({placeholders(len(keys))})",
            (family, _day_number(_shift(m.lo, -back)),
             _day_number(_shift(m.hi, slack)), *keys))
        ids = sorted({number_id(r["merged"]) for r in rows} - exclude)
        if not ids:
            return []
        return self._cores(self.db.query(
            f"SELECT id, core FROM merged_events WHERE id IN ({placeholders(len(ids))})",
            ids))

    def _family(self, name: str, create: bool = True) -> int | None:
        """The code a category family's lookup keys are filed under (merge_families, schema
        14: a small number in each key's row instead of the name); made when first needed."""
        code = self._families.get(name)
        if code is None:
            if create:
                self.db.execute("INSERT INTO merge_families (name) VALUES (?)"
                                " ON CONFLICT (name) DO NOTHING", (name,))
            code = self.db.scalar("SELECT code FROM merge_families WHERE name = ?", (name,))
            if code is None:
                return None
            self._families[name] = code = int(code)
        return code

    def _rows(self, keys: set[tuple[str, str, int]], mid: str) -> list[tuple[Any, ...]]:
        """merged_keys rows of `keys` (key, family, day number) for merged event `mid`."""
        num = id_number(mid)
        return [(k, self._family(family), day, num) for k, family, day in sorted(keys)]

    def _cores(self, rows: list[dict[str, Any]]) -> list[tuple[str, merge.Core]]:
        """Each row's core: as stored, or (a one-report event's, stored empty: `_save`)
        its one member's, read from the member's features."""
        alone = [r["id"] for r in rows if not r["core"]]
        built: dict[str, merge.Core] = {}
        if alone:
            self.flush()
            for r in self.db.query(f"SELECT {MEMBER}, merged_id FROM events WHERE merged_id"
                                   f" IN ({placeholders(len(alone))})", alone):
                m = merge.Mention.from_json(unpack(r["features"]), r)
                built[r["merged_id"]] = alone_core(m)
        return [(r["id"], merge.Core.from_json(unpack(r["core"])) if r["core"]
                 else built[r["id"]]) for r in rows]

    def _found(self, m: merge.Mention) -> str:
        state = merge.State()
        state.add(m, self._outlets(m.doc_id))
        core = state.core()
        mid, n = merge.merged_id(m), 0
        while not self._save(mid, state, core, None, set(), [], new=True):
            n += 1  # the id of a mention that left the event it started
            mid = merge.merged_id(merge.Mention(m.doc_id, f"{m.event_id}#{n}", None, "", "",
                                                None, None))
        self._set_member(m, mid, {"first": True})
        return mid

    def _join(self, mid: str, m: merge.Mention, evidence: merge.Evidence) -> None:
        state, core = self._load(mid)
        if evidence.retold:  # its days were its publication's: it takes the event's day
            m = dataclasses.replace(m, lo=core.day, hi=core.day, date=core.day,
                                    retold_from=m.retold_from or [m.lo, m.hi, m.date])
            self._rewrite(m)
        conflicts = merge.conflicts(mid, state.accounts)
        before = self._contributions(state, core, len(conflicts))
        state.add(m, self._outlets(m.doc_id))
        self._set_member(m, mid, evidence.to_json())
        new_core = state.core()
        leaving: list[merge.Mention] = []
        if new_core.decides() != core.decides():  # more names or sketches never exclude
            new_core, leaving = self._settle(mid, state, new_core)
        self._save(mid, state, new_core, core, before, conflicts)
        for x in leaving:
            self.place(x, frozenset({mid}))

    def _settle(self, mid: str, state: merge.State, core: merge.Core
                ) -> tuple[merge.Core, list[merge.Mention]]:
        """Members that no longer agree with the (changed) core leave: the split."""
        self.flush()
        members = [merge.Mention.from_json(unpack(r["features"]), r) for r in self.db.query(
            f"SELECT {MEMBER} FROM events WHERE merged_id = ? ORDER BY doc_id, event_id",
            (mid,))]
        leaving: list[merge.Mention] = []
        for _ in range(MAX_ROUNDS):
            misfits = [x for x in members if merge.compare(x, core) is None]
            if not misfits or len(misfits) == len(members):
                break
            for x in misfits:
                state.remove(x)
                members.remove(x)
                leaving.append(x)
            core = state.core()
        for x in leaving:
            self._set_member(x, None, None)
        return core, [self._own_days(x) for x in leaving]

    def _own_days(self, m: merge.Mention) -> merge.Mention:
        """A retelling that leaves the event it retold takes back its own days."""
        if not m.retold_from:
            return m
        lo, hi, date = m.retold_from
        m = dataclasses.replace(m, lo=lo, hi=hi, date=date, retold_from=None)
        self._rewrite(m)
        return m

    def _rewrite(self, m: merge.Mention) -> None:
        self.db.execute("UPDATE events SET features = ? WHERE doc_id = ? AND event_id = ?",
                        (pack(m.to_json()), m.doc_id, m.event_id))

    # --- rows -------------------------------------------------------------------------------

    def _load(self, mid: str) -> tuple[merge.State, merge.Core]:
        row = self.db.one("SELECT state, core FROM merged_events WHERE id = ?", (mid,))
        assert row is not None, mid
        core = unpack(row["core"]) if row["core"] else None
        if row["state"]:
            state = merge.State.from_json(with_sketches(unpack(row["state"]), core))
        else:
            self.flush()
            state = merge.State()
            for r in self.db.query(f"SELECT {MEMBER} FROM events WHERE merged_id = ?",
                                   (mid,)):
                state.add(merge.Mention.from_json(unpack(r["features"]), r),
                          self._outlets(r["doc_id"]))
        # a one-report event's core is its member's (stored empty: `_save`)
        return state, merge.Core.from_json(core) if core is not None else state.core()

    def _outlets(self, doc_id: str) -> list[str]:
        if doc_id not in self._doc_outlets:  # every event of a document asks: once
            self._doc_outlets[doc_id] = [r["source"] for r in self.db.query(
                "SELECT DISTINCT source FROM copies WHERE doc_id = ? AND source <> ''"
                " ORDER BY source", (doc_id,))]
        return self._doc_outlets[doc_id]

    def _set_member(self, m: merge.Mention, mid: str | None, why: dict[str, Any] | None
                    ) -> None:
        self._members[(m.doc_id, m.event_id)] = (mid, pack_small(why) if why else None)

    def flush(self) -> None:
        """Write the members' merged ids and evidence (kept until needed: fewer statements)."""
        if self._members:
            moves, was = [], {}
            for (d, e), (mid, _why) in sorted(self._members.items()):
                if d not in was:  # a document's events at once
                    was = {d: {r["event_id"]: r["merged_id"] for r in self.db.query(
                        "SELECT event_id, merged_id FROM events WHERE doc_id = ?", (d,))}}
                if was[d].get(e) != mid:
                    moves.append((d, e, was[d].get(e), mid))
            self.pending.outlet_keys.moved(self.db, moves)
            self.pending.facets.moved(self.db, moves)
            self.db.executemany(
                "UPDATE events SET merged_id = ?, why = ? WHERE doc_id = ? AND event_id = ?",
                [(mid, why, d, e) for (d, e), (mid, why) in sorted(self._members.items())])
            self._members.clear()

    def _save(self, mid: str, state: merge.State, core: merge.Core,
              old_core: merge.Core | None, before: set[aggregates.Contribution],
              old_conflicts: list[dict[str, Any]], new: bool = False) -> bool:
        """Write a merged event's row (a `new` one: False if the id is taken), keys,
        conflicts and aggregate contributions."""
        if state.n <= 0:
            self._drop(mid, before, old_conflicts, old_core)
            return True
        s = merge.summary(state, core)
        found = merge.conflicts(mid, state.accounts)
        values = (s["type"], s["date"], s["date_to"], s["day"], s["lat"], s["lon"],
                  pack(s["names"]), s["reports"], _dumps(s["outlets"]), s["dead"],
                  s["injured"], _dumps(s["statuses"]),
                  len(found), b"" if self._alone_core(mid, state, core, new)
                  else pack_sketches(core.to_json()),
                  # one member's state is its features: rebuilt from them when needed
                  pack(without_sketches(state.to_json(), core)) if state.n > 1 else b"",
                  mid)
        if new:
            cur = self.db.execute(
                "INSERT INTO merged_events (type, date, date_to, day, lat, lon, names,"
                " reports, outlets, dead, injured, statuses, n_conflicts, core, state, id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO NOTHING", values)
            if not cur.rowcount:
                return False
        else:
            self.db.execute(
                "UPDATE merged_events SET type = ?, date = ?, date_to = ?, day = ?, lat = ?,"
                " lon = ?, names = ?, reports = ?, outlets = ?, dead = ?,"
                " injured = ?, statuses = ?, n_conflicts = ?, core = ?, state = ?"
                " WHERE id = ?", values)
        keys = _filed(core, state)
        old_keys = _filed(old_core, state) if old_core is not None else set()
        if keys != old_keys:
            self.db.executemany(
                "DELETE FROM merged_keys WHERE key = ? AND family = ? AND day = ?"
                " AND merged = ?", self._rows(old_keys - keys, mid))
            self.db.executemany(
                "INSERT INTO merged_keys (key, family, day, merged) VALUES (?, ?, ?, ?)",
                self._rows(keys - old_keys, mid))
        if found != old_conflicts:
            if not new:
                self.db.execute("DELETE FROM conflicts WHERE merged_id = ?", (mid,))
            self.db.executemany(
                "INSERT INTO conflicts (id, merged_id, kind, field, accounts)"
                " VALUES (?, ?, ?, ?, ?)",
                [(c["id"], mid, c["kind"], c["field"], _dumps(c["accounts"])) for c in found])
        self.pending.delta(before, self._contributions(state, core, len(found)))
        return True

    def _alone_core(self, mid: str, state: merge.State, core: merge.Core, new: bool) -> bool:
        """Whether a merged event's core can be left out of its row: it has one member and
        the core is that member's alone (as `_found` makes it; one left by a split is
        checked: what the members that left named may linger in it)."""
        if state.n != 1:
            return False
        if new:
            return True
        self.flush()
        rows = self.db.query(f"SELECT {MEMBER} FROM events WHERE merged_id = ?", (mid,))
        return len(rows) == 1 and alone_core(merge.Mention.from_json(
            unpack(rows[0]["features"]), rows[0])).to_json() == core.to_json()

    def _drop(self, mid: str, before: set[aggregates.Contribution],
              old_conflicts: list[dict[str, Any]], old_core: merge.Core | None) -> None:
        if old_core is not None:
            self.db.executemany(
                "DELETE FROM merged_keys WHERE key = ? AND family = ? AND day = ?"
                " AND merged = ?", self._rows(_filed(old_core, None), mid))
        self.db.execute("DELETE FROM conflicts WHERE merged_id = ?", (mid,))
        self.db.execute("DELETE FROM merged_events WHERE id = ?", (mid,))
        self.pending.delta(before, set())

    # --- a stored document seen from another outlet -------------------------------------------

    def add_outlet(self, doc_id: str, outlet: str) -> None:
        """A copy of a stored document came from `outlet`: its merged events gain it."""
        self.flush()
        self.pending.outlet_keys.gain(self.db, doc_id, outlet)
        self.pending.facets.gain(self.db, doc_id, outlet)
        self._doc_outlets.pop(doc_id, None)
        # the copies table holds this outlet already: a state rebuilt from it (one member)
        # must not, or the outlet is never added (the result would depend on batching)
        self._doc_outlets[doc_id] = [s for s in self._outlets(doc_id) if s != outlet]
        for r in self.db.query("SELECT DISTINCT merged_id FROM events WHERE doc_id = ?"
                               " AND merged_id IS NOT NULL ORDER BY merged_id", (doc_id,)):
            state, core = self._load(r["merged_id"])
            conflicts = merge.conflicts(r["merged_id"], state.accounts)
            before = self._contributions(state, core, len(conflicts))
            if state.add_outlet(doc_id, outlet):
                self._save(r["merged_id"], state, core, core, before, conflicts)
        self._doc_outlets.pop(doc_id, None)


SKETCHES = ("wording", "phrasing")  # a state's sketches of its first members: its core's


def without_sketches(state: dict[str, Any], core: merge.Core) -> dict[str, Any]:
    """A state's JSON as stored (schema 20): without the wording and phrasing sketches when
    the core stored beside it holds the same ones (`State.core` copies them: they were
    stored twice, 0.56 KiB a document at 2,000); `with_sketches` puts them back."""
    if all(state[k] == getattr(core, k) for k in SKETCHES):
        return {k: v for k, v in state.items() if k not in SKETCHES}
    return state


def with_sketches(state: dict[str, Any], core: dict[str, Any] | None) -> dict[str, Any]:
    """A stored state's JSON with its sketches (from the core's JSON when left out)."""
    if core is not None and any(k not in state for k in SKETCHES):
        return {**state, **{k: [list(x) for x in core.get(k, [])] for k in SKETCHES}}
    return state


def alone_core(m: merge.Mention) -> merge.Core:
    """The core of a merged event whose one member is `m` (outlets do not change a core)."""
    state = merge.State()
    state.add(m)
    return state.core()


def _filed(core: merge.Core, state: merge.State | None) -> set[tuple[str, str, int]]:
    """The (key, family, day number) rows a core is found by; none for mentions that never
    merge."""
    if not core.group or not core.day:
        return set()
    return {(k, core.family, _day_number(core.day)) for k in core.lookup_keys()}


def id_number(mid: str) -> int:
    """A merged event's id ("m" and 15 hex digits: `merge.merged_id`) as the number the
    merge's lookup keys file it under (schema 14: 8 bytes in each key's row, not 16)."""
    return int(mid[1:], 16)


def number_id(number: int) -> str:
    """The id `id_number` was made from."""
    return f"m{int(number):015x}"


def _day_number(day: str) -> int:
    """The day a merge key is filed under (schema 12: its ordinal, not its ISO text)."""
    return dt.date.fromisoformat(day).toordinal()


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
