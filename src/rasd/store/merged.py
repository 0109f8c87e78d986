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

import datetime as dt
import json
import zlib
from typing import Any

from rasd.store import aggregates, merge
from rasd.store.db import Database
from rasd.store.query import placeholders

MAX_ROUNDS = 4  # splitting settles in a round or two; this bounds pathological data


def pack(obj: Any) -> bytes:
    """JSON, compressed: states and features are written often and read rarely."""
    return zlib.compress(json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
                         .encode("utf-8"), 6)


def unpack(blob: Any) -> Any:
    return json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


class Merger:
    """Places event mentions into merged events, inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.joined = 0  # mentions that joined an existing merged event

    # --- placing ----------------------------------------------------------------------------

    def place(self, m: merge.Mention, exclude: frozenset[str] = frozenset()) -> str:
        """Put `m` (already stored as an event row) into a merged event; its id."""
        best = merge.best_match(m, self._candidates(m, exclude)) if m.identifiable() else None
        if best is None:
            return self._found(m)
        mid, evidence = best
        self.joined += 1
        self._join(mid, m, evidence)
        return mid

    def _candidates(self, m: merge.Mention, exclude: frozenset[str]
                    ) -> list[tuple[str, merge.Core]]:
        keys = sorted(merge.mention_keys(m))
        if not keys or not (m.lo and m.hi):
            return []
        slack = max(merge.rules()["date_slack_days"].values())
        rows = self.db.query(
            "SELECT DISTINCT merged_id FROM merged_keys WHERE family = ? AND day BETWEEN ? AND ?"
            f" AND key IN ({placeholders(len(keys))})",
            (merge.family(m.type), _shift(m.lo, -slack), _shift(m.hi, slack), *keys))
        ids = sorted({r["merged_id"] for r in rows} - exclude)
        if not ids:
            return []
        return [(r["id"], merge.Core.from_json(json.loads(r["core"]))) for r in self.db.query(
            f"SELECT id, core FROM merged_events WHERE id IN ({placeholders(len(ids))})",
            ids)]

    def _found(self, m: merge.Mention) -> str:
        mid = merge.merged_id(m)
        n = 0
        while self.db.scalar("SELECT 1 FROM merged_events WHERE id = ?", (mid,)):
            n += 1  # the id of a mention that left the event it started
            mid = merge.merged_id(merge.Mention(m.doc_id, f"{m.event_id}#{n}", None, "", "",
                                                None, None))
        state = merge.State()
        state.add(m, self._outlets(m.doc_id))
        core = state.core()
        self.db.execute(
            "INSERT INTO merged_events (id, type, quad, family, names, reports, outlets,"
            " statuses, n_conflicts, core, state, updated) VALUES"
            " (?, ?, ?, ?, '{}', 0, '[]', '[]', 0, '{}', ?, ?)",
            (mid, m.type, merge.quad(m.type), state.family, b"", _now()))
        self._set_member(m, mid, {"first": True})
        self._save(mid, state, core, None, set(), [])
        return mid

    def _join(self, mid: str, m: merge.Mention, evidence: merge.Evidence) -> None:
        state, core = self._load(mid)
        before = aggregates.contributions(state, core)
        conflicts = merge.conflicts(mid, state.accounts)
        state.add(m, self._outlets(m.doc_id))
        self._set_member(m, mid, evidence.to_json())
        new_core = state.core()
        leaving: list[merge.Mention] = []
        if new_core != core:
            new_core, leaving = self._settle(mid, state, new_core)
        self._save(mid, state, new_core, core, before, conflicts)
        for x in leaving:
            self.place(x, frozenset({mid}))

    def _settle(self, mid: str, state: merge.State, core: merge.Core
                ) -> tuple[merge.Core, list[merge.Mention]]:
        """Members that no longer agree with the (changed) core leave: the split."""
        members = [merge.Mention.from_json(unpack(r["features"])) for r in self.db.query(
            "SELECT features FROM events WHERE merged_id = ? ORDER BY doc_id, event_id",
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
            self.db.execute("UPDATE events SET merged_id = NULL, why = NULL WHERE doc_id = ?"
                            " AND event_id = ?", (x.doc_id, x.event_id))
        return core, leaving

    # --- rows -------------------------------------------------------------------------------

    def _load(self, mid: str) -> tuple[merge.State, merge.Core]:
        row = self.db.one("SELECT state, core FROM merged_events WHERE id = ?", (mid,))
        assert row is not None, mid
        return (merge.State.from_json(unpack(row["state"])),
                merge.Core.from_json(json.loads(row["core"])))

    def _outlets(self, doc_id: str) -> list[str]:
        return [r["source"] for r in self.db.query(
            "SELECT DISTINCT source FROM copies WHERE doc_id = ? AND source <> ''"
            " ORDER BY source", (doc_id,))]

    def _set_member(self, m: merge.Mention, mid: str, why: dict[str, Any]) -> None:
        self.db.execute("UPDATE events SET merged_id = ?, why = ? WHERE doc_id = ? AND"
                        " event_id = ?", (mid, _dumps(why), m.doc_id, m.event_id))

    def _save(self, mid: str, state: merge.State, core: merge.Core,
              old_core: merge.Core | None, before: set[aggregates.Contribution],
              old_conflicts: list[dict[str, Any]]) -> None:
        """Write a merged event's row, keys, conflicts and aggregate contributions."""
        if state.n <= 0:
            self._drop(mid, before, old_conflicts)
            return
        s = merge.summary(state, core)
        found = merge.conflicts(mid, state.accounts)
        self.db.execute(
            "UPDATE merged_events SET type = ?, quad = ?, date = ?, date_to = ?, day = ?,"
            " lat = ?, lon = ?, names = ?, reports = ?, outlets = ?, dead = ?, injured = ?,"
            " statuses = ?, n_conflicts = ?, core = ?, state = ?, updated = ? WHERE id = ?",
            (s["type"], merge.quad(s["type"]), s["date"], s["date_to"], s["day"], s["lat"],
             s["lon"], _dumps(s["names"]), s["reports"], _dumps(s["outlets"]), s["dead"],
             s["injured"], _dumps(s["statuses"]), len(found), _dumps(core.to_json()),
             pack(state.to_json()), _now(), mid))
        if old_core is None or (core.lookup_keys(), core.days, core.family) != (
                old_core.lookup_keys(), old_core.days, old_core.family):
            self.db.execute("DELETE FROM merged_keys WHERE merged_id = ?", (mid,))
            if state.group:  # mentions with no status group never merge: no keys
                self.db.executemany(
                    "INSERT INTO merged_keys (key, family, day, merged_id) VALUES (?, ?, ?, ?)",
                    [(k, core.family, d, mid) for k in sorted(core.lookup_keys())
                     for d in core.days])
        if found != old_conflicts:
            self.db.execute("DELETE FROM conflicts WHERE merged_id = ?", (mid,))
            self.db.executemany(
                "INSERT INTO conflicts (id, merged_id, kind, field, accounts)"
                " VALUES (?, ?, ?, ?, ?)",
                [(c["id"], mid, c["kind"], c["field"], _dumps(c["accounts"])) for c in found])
        aggregates.delta(self.db, before, aggregates.contributions(state, core))

    def _drop(self, mid: str, before: set[aggregates.Contribution],
              old_conflicts: list[dict[str, Any]]) -> None:
        self.db.execute("DELETE FROM merged_keys WHERE merged_id = ?", (mid,))
        self.db.execute("DELETE FROM conflicts WHERE merged_id = ?", (mid,))
        self.db.execute("DELETE FROM merged_events WHERE id = ?", (mid,))
        aggregates.delta(self.db, before, set())

    # --- a stored document seen from another outlet -------------------------------------------

    def add_outlet(self, doc_id: str, outlet: str) -> None:
        """A copy of a stored document came from `outlet`: its merged events gain it."""
        for r in self.db.query("SELECT DISTINCT merged_id FROM events WHERE doc_id = ?"
                               " AND merged_id IS NOT NULL ORDER BY merged_id", (doc_id,)):
            state, core = self._load(r["merged_id"])
            conflicts = merge.conflicts(r["merged_id"], state.accounts)
            before = aggregates.contributions(state, core)
            if state.add_outlet(doc_id, outlet):
                self._save(r["merged_id"], state, core, core, before, conflicts)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
