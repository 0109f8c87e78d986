"""A merged event's members summed up (`State`) and the features most of them share (`Core`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rasd.store.merge.mention import Place, _states, abroad_keys, cells
from rasd.store.merge.places import _place_relation, _regions
from rasd.store.merge.tables import family, rules
from rasd.store.merge.wording import WORDING_KEYS, WORDING_MEMBERS

if TYPE_CHECKING:
    from rasd.store.merge.mention import Mention


# --- a merged event's members, summed up -------------------------------------------------------

def _majority(counts: dict[str, int], n: int) -> set[str]:
    """Keys most members share: more than half of them, else the most frequent."""
    if not counts:
        return set()
    top = {k for k, c in counts.items() if c * 2 > n}
    if top:
        return top
    best = max(counts.values())
    return {k for k, c in counts.items() if c == best}


@dataclass(slots=True)
class State:
    """What a merged event's members add up to; updated one member at a time."""

    n: int = 0
    family: str = ""
    group: str = ""  # status group
    days: dict[str, int] = field(default_factory=dict)
    dated: dict[str, int] = field(default_factory=dict)  # days of members the text dates
    types: dict[str, int] = field(default_factory=dict)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)  # specific places
    countries: dict[str, int] = field(default_factory=dict)
    actors: dict[str, int] = field(default_factory=dict)  # party ids
    recipients: dict[str, int] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # id or role key -> a name
    roles: dict[str, dict[str, int]] = field(default_factory=lambda: {
        "actor": {}, "recipient": {}, "location": {}})  # every role key, for aggregates
    coords: dict[str, list[float]] = field(default_factory=dict)  # located role keys
    edges: dict[str, int] = field(default_factory=dict)  # "actor key\ttarget key"
    outlets: dict[str, int] = field(default_factory=dict)
    wording: list[list[int]] = field(default_factory=list)  # of the first members
    phrasing: list[list[int]] = field(default_factory=list)  # of the first members
    accounts: list[dict[str, Any]] = field(default_factory=list)  # one per member
    modes: dict[str, int] = field(default_factory=dict)  # kinds of deed of the members
    regions: dict[str, int] = field(default_factory=dict)  # governorates named, no town

    def add(self, m: Mention, outlets: list[str] | None = None) -> None:
        """Count `m` in; `outlets`: every outlet its document came from (copies too)."""
        if not self.n:
            self.family, self.group = family(m.type), m.group() or ""
        self._count(m, 1, outlets or ([m.source] if m.source else []))
        self.accounts.append(_account(m, outlets))
        if m.wording and len(self.wording) < WORDING_MEMBERS:
            self.wording.append(list(m.wording))
        if m.phrasing and len(self.phrasing) < WORDING_MEMBERS:
            self.phrasing.append(list(m.phrasing))

    def remove(self, m: Mention) -> None:
        gone = [a for a in self.accounts
                if (a["doc_id"], a["event_id"]) == (m.doc_id, m.event_id)]
        self.accounts = [a for a in self.accounts if a not in gone]
        self._count(m, -1, gone[0]["outlets"] if gone else [])
        if m.wording in self.wording:
            self.wording.remove(m.wording)
        if m.phrasing in self.phrasing:
            self.phrasing.remove(m.phrasing)

    def _count(self, m: Mention, by: int, outlets: list[str]) -> None:
        self.n += by
        _bump(self.types, m.type, by)
        for mode in set(m.modes):
            _bump(self.modes, mode, by)
        for d in m.days():
            _bump(self.days, d, by)
            if m.dated:
                _bump(self.dated, d, by)
        for p in {p.key: p for p in m.event_places()}.values():
            info = self.places.setdefault(p.key, {
                "n": 0, "name": p.name, "lat": p.lat, "lon": p.lon, "level": p.level,
                "within": list(p.within), "country": p.country,
                **({"rough": True} if p.rough else {})})
            info["n"] += by
            if info["n"] <= 0:
                del self.places[p.key]
        for c in m.countries():
            _bump(self.countries, c, by)
        if not m.event_places():
            for k in {p.key for p in _regions(m)}:
                _bump(self.regions, k, by)
        for role, counts in (("actors", self.actors), ("recipients", self.recipients)):
            for i in {i for p in getattr(m, role) for i in p.ids}:
                _bump(counts, i, by)
        for role, items in (("actor", m.actors), ("recipient", m.recipients),
                            ("location", m.places)):
            for x in items:
                _bump(self.roles[role], x.key, by)
                self.names.setdefault(x.key, x.name)
                for i, name in zip(getattr(x, "ids", ()), getattr(x, "id_names", ()),
                                   strict=False):
                    self.names.setdefault(i, name)
        for p in m.places:
            if p.lat is not None and by > 0:
                self.coords.setdefault(p.key, [p.lat, p.lon])  # type: ignore[list-item]
        for e in {f"{a.key}\t{r.key}" for a in m.actors for r in m.recipients
                  if a.key != r.key}:
            _bump(self.edges, e, by)
        for o in set(outlets):
            _bump(self.outlets, o, by)
        if by < 0:  # names and points of keys no member names any more
            held = set(self.actors) | set(self.recipients) | {
                k for counts in self.roles.values() for k in counts}
            for k in [k for k in self.names if k not in held]:
                del self.names[k]
            for k in [k for k in self.coords if k not in self.roles["location"]]:
                del self.coords[k]

    def add_outlet(self, doc_id: str, outlet: str) -> bool:
        """A copy of a member's document came from another outlet; True if it is new here."""
        added = False
        for a in self.accounts:
            if a["doc_id"] == doc_id and outlet not in a["outlets"]:
                a["outlets"] = sorted([*a["outlets"], outlet])
                _bump(self.outlets, outlet)
                added = True
        return added

    def core(self) -> Core:
        places = _majority({k: v["n"] for k, v in self.places.items()}, self.n)
        if places:  # one place and those that agree with it, never towns far apart
            top = max(places, key=lambda k: (self.places[k]["n"], self.places[k]["level"],
                                             k))
            anchor = _as_place(top, self.places[top])
            places = {k for k in places
                      if k == top or _place_relation(anchor, self.places[k], k) is not None}
        finest = max((self.places[k]["level"] for k in places), default=0)
        actors = sorted(_majority(self.actors, self.n))
        recipients = sorted(_majority(self.recipients, self.n))
        regions = sorted(k for k, c in self.regions.items() if c * 2 > self.n)
        # the day most members the text dates allow, then most members (their publication
        # bounds it, it does not say it), earliest of equals; and, if as many allow it, the
        # day after: never more, or a merged event would creep a day at a time (a town
        # shelled every day)
        def weight(d: str) -> tuple[int, int]:
            return self.dated.get(d, 0), self.days[d]

        day = max(self.days, key=lambda d: (weight(d), -_ordinal(d))) if self.days else ""
        days = [d for d in sorted(self.days) if weight(d) == weight(day)
                and 0 <= _ordinal(d) - _ordinal(day) <= 1] if day else []
        return Core(
            family=self.family, group=self.group, days=days, day=day,
            span=[min(self.days), max(self.days)] if self.days else [],
            type=max(sorted(self.types), key=lambda t: self.types[t]) if self.types else "",
            places={k: self.places[k] for k in sorted(places)
                    if self.places[k]["level"] == finest},
            countries=sorted(_majority(self.countries, self.n)),
            actors=actors, recipients=recipients,
            names={i: self.names.get(i, i) for i in actors + recipients + regions},
            wording=[list(w) for w in self.wording],
            phrasing=[list(w) for w in self.phrasing],
            magnitudes=sorted({k for a in self.accounts for k in a.get("magnitudes", ())}),
            retellable=retellable(self.accounts),
            lands=sorted(_majority(_tally(a.get("lands", ()) for a in self.accounts), self.n)),
            reports=_report_roles(self.accounts),
            modes=sorted(_majority(self.modes, self.n)),
            regions=regions,
            mutual=2 * sum(bool(a.get("mutual")) for a in self.accounts) > self.n)

    def to_json(self) -> dict[str, Any]:
        """Plain containers already (no deep copy: dataclasses.asdict was the cost), keys
        sorted: the same members give the same bytes whatever order their outlets came in
        (a copy seen in a later batch)."""
        return {f: _canonical(getattr(self, f)) for f in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> State:
        return cls(**d)


def _canonical(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _canonical(v[k]) for k in sorted(v)}
    if isinstance(v, list):
        return [_canonical(x) for x in v]
    return v


def retellable(accounts: list[dict[str, Any]]) -> list[str]:
    """The large counts at least `retold_reports` reports of a merged event give: the toll
    the event is known by, which a later report can retell it by (`_retold`). A count one
    report gives (the 18 dead of Ariha's crash in one early report) is no such toll: a
    later "18 civilians killed in rural Idlib" tells another raid."""
    docs: dict[str, set[str]] = {}
    for a in accounts:
        for k in a.get("magnitudes", ()):
            docs.setdefault(k, set()).add(a["doc_id"])
    return sorted(k for k, d in docs.items() if len(d) >= rules()["retold_reports"])


def _tally(groups: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for group in groups:
        for k in group:
            counts[k] = counts.get(k, 0) + 1
    return counts


def _ordinal(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()


def _as_place(key: str, p: dict[str, Any]) -> Place:
    return Place(key, p["name"], p["level"], p["lat"], p["lon"], tuple(p["within"]),
                 p["country"], rough=bool(p.get("rough")))


def _bump(counts: dict[str, int], key: str, by: int = 1) -> None:
    n = counts.get(key, 0) + by
    if n > 0:
        counts[key] = n
    else:
        counts.pop(key, None)


def _account(m: Mention, outlets: list[str] | None) -> dict[str, Any]:
    return {"doc_id": m.doc_id, "event_id": m.event_id, "source": m.source,
            "outlets": sorted(set(outlets or ([m.source] if m.source else []))),
            "date": m.date,
            "speaker": m.speaker, "sentence": list(m.sentence) if m.sentence else None,
            "status": m.status, "dead": m.dead, "injured": m.injured,
            "magnitudes": m.magnitudes(), "lands": sorted(m.lands()),
            "actors": sorted({i for p in m.actors for i in p.ids if not i.startswith("~")}),
            "actor_names": sorted({p.name for p in m.actors if p.ids}),
            "roles": [[p.key, *p.ids] for p in m.actors],
            "targets": [[p.key, *p.ids] for p in m.recipients],
            **({"lead": True} if m.lead else {}), **({"mutual": True} if m.mutual else {})}


def _voice(speaker: dict[str, Any] | None) -> str:
    """Who tells a report's event: its claim's speaker, else the report itself ("")."""
    return (speaker or {}).get("key") or ""


def _report_roles(accounts: list[dict[str, Any]]
                  ) -> dict[str, dict[str, dict[str, list[list[str]]]]]:
    """Each member document's actors ("a") and targets ("r"), key and ids, by the voice
    that tells them, for the rules on a mention's own report (`_own_report_differs`,
    `_own_report_tells`). A denial is no act of the report's: it is left out (وزارة الدفاع
    نفت أن تكون طائراتها قصفت حلب، وقالت إن فصائل المعارضة قصفتها: one event, two accounts)."""
    out: dict[str, dict[str, dict[str, list[list[str]]]]] = {}
    for a in accounts:
        voices = out.setdefault(a["doc_id"], {})
        if a["status"] == "negated":
            continue
        mine = voices.setdefault(_voice(a["speaker"]), {"a": [], "r": [], "s": []})
        # a clash's parties are sides ("s", and actors: they act), never a target
        fields = (("a", "roles"), ("a", "targets"), ("s", "roles"), ("s", "targets")) \
            if a.get("mutual") else (("a", "roles"), ("r", "targets"))
        for side, field_ in fields:
            for r in a.get(field_, ()):
                if r not in mine[side]:
                    mine[side].append(r)
    return {doc: {v: {side: sorted(x[side]) for side in ("a", "r", "s") if side != "s" or x[side]}
                  for v, x in sorted(voices.items())} for doc, voices in sorted(out.items())}


@dataclass(slots=True)
class Core:
    """What identifies a merged event: the features most members share."""

    family: str
    group: str
    days: list[str]  # the day, and the day after when as many members allow it
    day: str  # the day most members allow (earliest of equals): where it is counted
    span: list[str]  # the first and last day any member allows
    type: str
    places: dict[str, dict[str, Any]]  # the finest specific places, with their details
    countries: list[str]
    actors: list[str]
    recipients: list[str]
    names: dict[str, str] = field(default_factory=dict)  # names of the actor/target ids
    wording: list[list[int]] = field(default_factory=list)  # sketches of the first members
    phrasing: list[list[int]] = field(default_factory=list)  # their sentences' sketches
    magnitudes: list[str] = field(default_factory=list)  # members' large counts (dead:30)
    retellable: list[str] = field(default_factory=list)  # those several reports give
    lands: list[str] = field(default_factory=list)  # countries most members are in
    reports: dict[str, dict[str, dict[str, list[list[str]]]]] = field(
        default_factory=dict)  # member doc -> voice -> its actors ("a") and targets ("r")
    modes: list[str] = field(default_factory=list)  # the kinds of deed most members tell
    regions: list[str] = field(default_factory=list)  # governorates most members name alone
    mutual: bool = False  # most members tell it as a fight between sides (`sides`)

    def decides(self) -> tuple[Any, ...]:
        """What a member's fit depends on (names and wording sketches only widen it)."""
        return (self.family, self.group, self.days, self.span, sorted(self.places),
                self.countries, self.actors, self.recipients, self.modes, self.regions,
                self.mutual)

    def lookup_keys(self) -> set[str]:
        """Keys a candidate must share to be compared: specific places (and the specific
        units holding them), their grid cells, specific actor and target ids."""
        keys = set()
        for k, p in self.places.items():
            keys.add("p:" + k)
            keys.update(cells(p))
            if p["level"] > rules()["specific_level"] and p["within"]:
                keys.add("p:" + p["within"][0])  # a neighbourhood's town finds it too
        keys.update("a:" + i for i in self.actors if not i.startswith("country-"))
        keys.update("r:" + i for i in self.recipients if not i.startswith("country-"))
        if not self.places:
            keys.update(abroad_keys(set(self.countries), _states([self.actors])))
        keys.update(f"w:{h:x}" for sketch in self.wording for h in sketch[:WORDING_KEYS])
        keys.update("k:" + k for k in self.magnitudes)
        return keys

    def to_json(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Core:
        return cls(**d)
