"""Cross-report merging: when two event mentions are one event, and what conflicts.

Pure functions over `Mention`s (one event of one document, with its roles
reduced to keys: a KB link id, else `~` + the normalized surface) and
`Cluster`s (a merged event: the union of its members' keys). The store feeds
them rows and writes back what they decide. Rules (tolerances in
data/store/merge.json):

1. Same PLOVER category (or a pair listed in `close_categories`).
2. Dates known on both (event date, else the document's publication date)
   and the merged event spans at most `date_tolerance_days` after joining.
3. Place: if both name places, they must share a place key or lie within
   `place_km` of each other, and then actors may differ (that is a conflict,
   not a different event). If either names no place, they must share an
   actor or a recipient, and must not name disjoint actors or disjoint
   recipients.
A mention joins the compatible merged event with the most shared keys.

Conflicts inside a merged event, between different documents:
- actor: two outlets name disjoint sets of KB-linked actors (opposite accounts of
  who did it; unlinked surfaces are not compared);
- status: one asserts what another negates;
- casualties: dead (or injured) counts differ by more than
  max(casualty_abs_tolerance, casualty_rel_tolerance × the larger count).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd import plover


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    path = resources.files("rasd") / "data" / "store" / "merge.json"
    return json.loads(path.read_text(encoding="utf-8"))


def quad(category: str) -> str | None:
    return plover.quad(category)


def related_categories(category: str) -> list[str]:
    """The category and those listed as close to it."""
    out = [category]
    for pair in rules()["close_categories"]:
        if category in pair:
            out.extend(c for c in pair if c not in out)
    return out


@dataclass(slots=True)
class Place:
    key: str
    name: str
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Mention:
    doc_id: str
    event_id: str
    source: str | None
    type: str
    date: str | None
    status: str = "asserted"
    actors: dict[str, str] = field(default_factory=dict)  # key -> name
    recipients: dict[str, str] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.event_id}"

    @property
    def outlet(self) -> str:
        """Who tells it: the outlet, or the document itself when unknown."""
        return self.source or f"doc:{self.doc_id}"


@dataclass(slots=True)
class Cluster:
    id: str
    type: str
    date: str | None
    date_to: str | None
    actors: dict[str, str] = field(default_factory=dict)
    recipients: dict[str, str] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)

    @classmethod
    def start(cls, m: Mention) -> Cluster:
        c = cls(merged_id(m), m.type, m.date, m.date)
        c.add(m)
        return c

    def add(self, m: Mention) -> None:
        if m.date and (self.date is None or m.date < self.date):
            self.date = m.date
        if m.date and (self.date_to is None or m.date > self.date_to):
            self.date_to = m.date
        for k, v in m.actors.items():
            self.actors.setdefault(k, v)
        for k, v in m.recipients.items():
            self.recipients.setdefault(k, v)
        have = {p.key for p in self.places}
        self.places.extend(p for p in m.places if p.key not in have)


def merged_id(m: Mention) -> str:
    """Stable id of the merged event a mention starts."""
    return "m" + hashlib.sha1(m.key.encode("utf-8")).hexdigest()[:15]


def _days(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _km(a: Place, b: Place) -> float:
    # haversine on a 6371 km sphere
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def places_agree(a: list[Place], b: list[Place]) -> bool:
    keys = {p.key for p in a}
    if any(p.key in keys for p in b):
        return True
    limit = rules()["place_km"]
    return any(p.lat is not None and q.lat is not None and _km(p, q) <= limit
               for p in a for q in b)


def score(m: Mention, c: Cluster) -> int | None:
    """None when `m` cannot join `c`; else how many keys they share (higher wins)."""
    if c.type not in related_categories(m.type):
        return None
    if not (m.date and c.date and c.date_to):
        return None
    tol = rules()["date_tolerance_days"]
    if _days(max(m.date, c.date_to), min(m.date, c.date)) > tol:
        return None
    shared_actors = len(m.actors.keys() & c.actors.keys())
    shared_recipients = len(m.recipients.keys() & c.recipients.keys())
    if m.places and c.places:
        if not places_agree(m.places, c.places):
            return None
        return 2 + shared_actors + shared_recipients
    if not (shared_actors or shared_recipients):
        return None
    if m.actors and c.actors and not shared_actors:
        return None
    if m.recipients and c.recipients and not shared_recipients:
        return None
    return shared_actors + shared_recipients


def best_cluster(m: Mention, candidates: list[Cluster]) -> Cluster | None:
    best: tuple[int, str] | None = None
    chosen = None
    for c in candidates:
        s = score(m, c)
        if s is None:
            continue
        if best is None or (s, _neg(c.id)) > best:
            best, chosen = (s, _neg(c.id)), c
    return chosen


def _neg(s: str) -> str:
    # ties go to the smallest id: compare on the complemented string
    return "".join(chr(0x10FFFF - ord(ch)) for ch in s)


def conflicts(merged: str, members: list[Mention]) -> list[dict[str, Any]]:
    """Conflicting accounts among a merged event's members (see module doc)."""
    out: list[dict[str, Any]] = []

    def account(m: Mention, value: Any) -> dict[str, Any]:
        return {"doc_id": m.doc_id, "event_id": m.event_id, "source": m.source, "value": value}

    # Only actors resolved to the knowledge base are compared: raw surfaces
    # (طائرات حربية روسية / الطيران الروسي) differ in wording far more often than in substance.
    with_actors = [m for m in members if _linked(m.actors)]
    disjoint = any(
        a.outlet != b.outlet and a.doc_id != b.doc_id
        and not (_linked(a.actors) & _linked(b.actors))
        for i, a in enumerate(with_actors) for b in with_actors[i + 1 :]
    )
    if disjoint:
        accounts = [account(m, sorted(m.actors.values())) for m in with_actors]
        names = sorted({"، ".join(sorted(m.actors.values())) for m in with_actors})
        out.append(_conflict(merged, "actor", "actor",
                             "accounts differ on who did it: " + " / ".join(names), accounts))

    asserted = [m for m in members if m.status == "asserted"]
    negated = [m for m in members if m.status == "negated"]
    if any(a.doc_id != n.doc_id for a in asserted for n in negated):
        out.append(_conflict(merged, "status", "status",
                             "one source asserts what another denies",
                             [account(m, m.status) for m in asserted + negated]))

    r = rules()
    for fld in ("dead", "injured"):
        valued = [m for m in members if getattr(m, fld) is not None]
        if len({m.doc_id for m in valued}) < 2:
            continue
        values = [getattr(m, fld) for m in valued]
        lo, hi = min(values), max(values)
        if hi - lo > max(r["casualty_abs_tolerance"], r["casualty_rel_tolerance"] * hi):
            out.append(_conflict(merged, "casualties", fld,
                                 f"{fld} counts differ: {lo}–{hi}",
                                 [account(m, getattr(m, fld)) for m in valued]))
    return out


def _linked(keys: dict[str, str]) -> set[str]:
    return {k for k in keys if not k.startswith("~")}


def _conflict(merged: str, kind: str, fld: str, summary: str,
              accounts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": f"{merged}:{kind}:{fld}", "merged_id": merged, "kind": kind, "field": fld,
            "summary": summary, "accounts": accounts}
