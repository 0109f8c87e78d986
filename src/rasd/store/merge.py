"""Cross-report merging: when an event mention tells a merged event, and why.

Pure functions over `Mention`s (one event of one document, reduced to what
identifies an event) and `State`s (what a merged event's members add up to).
The store feeds them rows and writes back what they decide. Tolerances and
tables live in data/store/merge.json.

What identifies an event:
- its category family (`families`; a category alone by default);
- its date: the event's own date from the text, else the publication day or
  the day before (news lag): an interval, and a mention must overlap the
  merged event's core days;
- its most specific place: a town, a district named after its seat, a
  neighbourhood (`place_levels` >= `specific_level`); a country or a region
  alone never identifies an event. Two places agree when they are the same
  entry, when one lies inside the other (a neighbourhood in its town, by the
  KB's part-of chain), or when they are within `near_km`; two towns further
  apart do not. Places in different countries never agree;
- its actors and targets by KB identity and hierarchy: a role's ids are its
  entry, the entries it belongs to (a ministry, its government, its country)
  and, for an unlinked surface, the country a nationality word names
  (طائرات حربية تركية -> Turkey). Two roles agree when their ids meet; a
  match is specific when the shared id is not a country.

A mention joins a merged event when, against the merged event's core (the
features most of its members share, never the union of all of them):
family and status group agree, the dates overlap, no place, country, actor
or target disagrees, and either a specific place agrees or (with no specific
place on one side) actors and targets agree and one of them specifically, or
one party whose acts are few and each reported (a person, a council) agrees,
or (no specific place on either side) the same state acts in the same other
country, or the words around the trigger are the same.
Accounts that name different actors of the same place and day are one event
with an actor conflict, unless the roles are reversed (an attack and the
reply to it). Mentions with nothing specific (no specific place, no actor
or target beyond a country) never merge.

Conflicts are data: kind, field and the accounts (outlet, speaker, value,
sentence offsets); the UI words them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import zlib
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd import plover
from rasd.once import once


@once
def rules() -> dict[str, Any]:
    path = resources.files("rasd") / "data" / "store" / "merge.json"
    return json.loads(path.read_text(encoding="utf-8"))


def quad(category: str) -> str | None:
    return plover.quad(category)


def family(category: str) -> str:
    return rules()["families"].get(category, category)


def place_level(kind: str | None) -> int:
    """How specific a place of this KB kind is (unlinked LOC surfaces count as towns)."""
    levels = rules()["place_levels"]
    return levels.get(kind or "", levels["_unlinked"])


def status_group(status: str, dated: bool = False) -> str | None:
    """Statuses that may merge together (asserted with negated: a status conflict). A
    background mention the text dates to a day (وكان مسلحون فتحوا الخميس النار: historical,
    on Thursday) tells that day's event: it merges with the reports of it
    (`dated_status_groups`); undated, it never merges (its day is unknown)."""
    if dated and status in rules()["dated_status_groups"]:
        return rules()["dated_status_groups"][status]
    return rules()["status_groups"].get(status)


# --- what a mention carries --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Place:
    key: str
    name: str
    level: int = 0
    lat: float | None = None
    lon: float | None = None
    within: tuple[str, ...] = ()  # the KB units holding it, nearest first
    country: str | None = None
    dateline: bool = False  # taken from the report's dateline: where it was filed
    landmark: bool = False  # the event lies in a direction from it (شمال عدن), not in it
    # its KB point is its division's (coordinates not checked: `features.borrowed_point`):
    # on the map, not a position to measure from
    rough: bool = False

    @property
    def located(self) -> bool:
        """A point of its own that distances can be measured from."""
        return self.lat is not None and not self.rough

    @property
    def specific(self) -> bool:
        """A place that can identify the event: a town or finer, told as the event's (a
        dateline's city, عين اليوم – واشنطن, is where the report was filed, not where the
        event happened: it neither identifies nor contradicts; a landmark, شمالي عدن, says
        where the event lies from it, not that it is there: it only contradicts)."""
        return self.level >= rules()["specific_level"] and not (self.dateline
                                                                 or self.landmark)


@dataclass(frozen=True, slots=True)
class Party:
    """An actor or a target: its key (link id or ~surface) and the ids it stands for."""

    key: str
    name: str
    ids: tuple[str, ...] = ()  # its entry, the units it belongs to, its country
    id_names: tuple[str, ...] = ()  # their names, in the same order
    kind: str | None = None  # its KB kind (person, government, armed-group...)

    def discrete(self, category: str) -> bool:
        """A party whose acts of this category are few a day and each reported (a person,
        a council, a ministry): it alone identifies an event with its category and day.
        Armed forces and groups act many times a day: they never do alone; nor, in
        material conflict (attacks, arrests), do governments or alliances, whose forces
        act all day long: there only a person does (an assassination, an arrest)."""
        kinds = rules()["discrete_kinds_material_conflict"] \
            if quad(category) == "material-conflict" else rules()["discrete_kinds"]
        return self.kind in kinds

    @property
    def specific_ids(self) -> set[str]:
        return {i for i in self.ids if not i.startswith("country-")}


@dataclass(slots=True)
class Mention:
    doc_id: str
    event_id: str
    source: str | None
    type: str
    status: str
    lo: str | None  # earliest and latest day the event may have happened
    hi: str | None
    places: list[Place] = field(default_factory=list)
    actors: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None
    size: int | None = None  # people or fighters involved (230 abducted)
    sentence: tuple[int, int] | None = None
    speaker: dict[str, Any] | None = None  # who tells it, when the event is inside a claim
    date: str | None = None  # the date the store files it under (own, else published)
    wording: list[int] = field(default_factory=list)  # sketch of the words around the trigger
    phrasing: list[int] = field(default_factory=list)  # sketch of its sentence's letters
    exact: list[str] = field(default_factory=list)  # counts written as numbers (not عشرات)
    context: list[str] = field(default_factory=list)  # countries its document's places name
    dated: bool = False  # its days come from a date in the text, not from publication
    lead: bool = False  # told in its report's first sentence that tells an event
    modes: list[str] = field(default_factory=list)  # the deed's kinds (arrest, seize)
    # its own lo, hi and date while it is filed under the day of an event it retells
    retold_from: list[Any] | None = None
    # told as a fight or talks between sides (اشتباكات بين X وY): its actors and recipients
    # are its sides alike, with no direction (`sides`, `role_evidence`)
    mutual: bool = False

    @property
    def key(self) -> str:
        return f"{self.doc_id}:{self.event_id}"

    @property
    def outlet(self) -> str:
        return self.source or f"doc:{self.doc_id}"

    def days(self) -> list[str]:
        if not (self.lo and self.hi):
            return []
        a, b = dt.date.fromisoformat(self.lo), dt.date.fromisoformat(self.hi)
        return [(a + dt.timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]

    def specific_places(self) -> list[Place]:
        return [p for p in self.places if p.specific]

    def event_places(self) -> list[Place]:
        """The specific places that can identify the event: none when they lie far apart
        or in different countries (a list of towns shelled the same day tells several
        events, not one). A landmark (جنوب مدينة كوباني) is no event place, but it counts
        among the places that lie apart: beside Suruç it says two towns across a border.
        Two names the KB does not know (no point: بلدتي الوهط وصبر) are not said to lie
        apart; more than `unlocated_together` of them are a summary."""
        mine = [p for p in self.places if p.level >= rules()["specific_level"]
                and not p.dateline]
        located = [p for p in mine if p.lat is not None]
        if any(not p.landmark for p in located):
            mine = located  # an unlinked name beside a known town: most likely no place
        elif len([p for p in mine if not p.landmark]) > rules()["unlocated_together"]:
            return []  # a list of villages the KB does not know: a summary
        # (beside a known place the event lies north of, بلدتي الوهط وصبر ... شمال مدينة
        # عدن, the unknown names are where it happened: `unknown_beside_landmark`)
        if len({p.country for p in mine if p.country}) > 1:
            return []  # towns on both sides of a border (Suruc and Kobani)
        spread = rules()["spread_km"]
        placed = self.placed_by_region()
        for i, p in enumerate(mine):
            for q in mine[i + 1:]:
                if p.key in q.within or q.key in p.within:
                    continue
                if (p.landmark or q.landmark) and placed:
                    continue  # (only the direction its towns lie from the landmark)
                if p.lat is not None and q.lat is not None and km(p, q) > spread:
                    return []  # (a name with no point is not said to lie apart)
        return [p for p in mine if not p.landmark]

    def placed_by_region(self) -> bool:
        """Its towns are placed by a governorate it names, and its landmarks lie outside
        it (بلدتي الوهط وصبر التابعتين لمحافظة لحج شمال مدينة عدن: Lahj holds al-Waht;
        Aden, 51 km south, only says which way they lie): the landmark's distance says
        nothing of a summary. A landmark in the governorate (شرق إدلب beside a town of
        Idlib), or none named, keeps the spread test: such a landmark is as often a second
        place of the report as a direction."""
        named = [p for p in self.places if not p.dateline]
        regions = {p.key for p in named if 0 < p.level < rules()["specific_level"]
                   and not p.landmark}
        towns = [p for p in named if p.level >= rules()["specific_level"]
                 and not p.landmark and p.lat is not None]
        marks = [p for p in named if p.landmark]
        return bool(regions and towns and marks) and any(
            all(r in p.within for p in towns) and not any(r in q.within or r == q.key
                                                          for q in marks)
            for r in regions)

    def countries(self) -> set[str]:
        return {p.country for p in self.places if p.country and not p.dateline}

    def lands(self) -> set[str]:
        """The countries of its places, else those its document names (the war it is in)."""
        return self.countries() or set(self.context)

    def magnitudes(self) -> list[str]:
        """Its counts large enough to tell one event from another the same day (30 killed,
        230 abducted): `field:value` keys."""
        least = rules()["magnitude_min"]
        return [f"{f}:{v}" for f, v in (("dead", self.dead), ("size", self.size))
                if v is not None and v >= least and f in self.exact]

    def identifiable(self) -> bool:
        """Something specific to merge on: a place, an actor/target beyond a country, the
        words around the trigger, a state acting abroad, or a large count."""
        return bool(self.lo and self.group() and (
            self.event_places() or any(p.specific_ids for p in self.actors)
            or any(p.specific_ids for p in self.recipients)
            or len(self.wording) >= WORDING_MIN or self.abroad_keys() or self.magnitudes()))

    def may_retell(self) -> bool:
        """Undated, naming no town, with a large count: it may retell a past event by its
        toll (`_retold`), so its candidates are looked up `retold_days` back."""
        return not self.dated and not self.event_places() and bool(self.magnitudes())

    def group(self) -> str | None:
        """Its status group (see `status_group`)."""
        return status_group(self.status, self.dated)

    def abroad_keys(self) -> set[str]:
        """A state acting in another country, when the mention names that country and no
        place inside it (a governorate or a town would say where, and which event)."""
        if any(p.level > 0 for p in self.places if not p.dateline):
            return set()
        return abroad_keys(self.countries(), _states(p.ids for p in self.actors))

    # The store keeps what the event's row does not hold (ids, category, status, counts,
    # date come from the row: ROW_FIELDS).
    ROW_FIELDS = ("doc_id", "event_id", "source", "type", "status", "dead", "injured", "size",
                  "date")

    def to_json(self) -> dict[str, Any]:
        return {
            "lo": self.lo, "hi": self.hi,
            "places": [[p.key, p.name, p.level, p.lat, p.lon, list(p.within), p.country,
                        *([p.dateline, p.landmark, True] if p.rough
                          else [p.dateline, True] if p.landmark
                          else [True] if p.dateline else [])]
                       for p in self.places],
            "actors": [[p.key, p.name, list(p.ids), list(p.id_names), p.kind]
                       for p in self.actors],
            "recipients": [[p.key, p.name, list(p.ids), list(p.id_names), p.kind]
                           for p in self.recipients],
            "sentence": list(self.sentence) if self.sentence else None,
            "speaker": self.speaker, "wording": self.wording, "phrasing": self.phrasing,
            "exact": self.exact,
            "context": self.context, "dated": self.dated,
            "lead": self.lead, **({"modes": self.modes} if self.modes else {}),
            **({"retold_from": self.retold_from} if self.retold_from else {}),
            **({"mutual": True} if self.mutual else {})}

    @classmethod
    def from_json(cls, d: dict[str, Any], row: dict[str, Any]) -> Mention:
        """The mention from its stored features `d` and its event row."""
        roles = {role: [Party(x[0], x[1], tuple(x[2]), tuple(x[3]), *x[4:]) for x in d[role]]
                 for role in ("actors", "recipients")}
        fields = {f: row[f] for f in cls.ROW_FIELDS}
        if d.get("retold_from"):
            fields["date"] = d["lo"]  # filed under the day of the event it retells
        return cls(
            **fields, lo=d["lo"], hi=d["hi"],
            places=[Place(k, n, lv, la, lo, tuple(w), c, *rest)
                    for k, n, lv, la, lo, w, c, *rest in d["places"]],
            **roles, sentence=tuple(d["sentence"]) if d.get("sentence") else None,
            speaker=d.get("speaker"), wording=d.get("wording") or [],
            phrasing=d.get("phrasing") or [],
            exact=d.get("exact") or [], context=d.get("context") or [],
            dated=bool(d.get("dated")), lead=bool(d.get("lead")),
            modes=d.get("modes") or [], retold_from=d.get("retold_from"),
            mutual=bool(d.get("mutual")))


def merged_id(m: Mention) -> str:
    """Stable id of the merged event a mention starts."""
    return "m" + hashlib.sha1(m.key.encode("utf-8")).hexdigest()[:15]


def km(a: Place | dict, b: Place | dict) -> float:
    """Great-circle distance (haversine, 6371 km sphere)."""
    la1, lo1 = _latlon(a)
    la2, lo2 = _latlon(b)
    la1, lo1, la2, lo2 = map(math.radians, (la1, lo1, la2, lo2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _latlon(p: Place | dict) -> tuple[float, float]:
    return (p.lat, p.lon) if isinstance(p, Place) else (p["lat"], p["lon"])  # type: ignore


def cells(p: Place | dict, ring: int = 0) -> list[str]:
    """Grid cells (0.1 degree, about 11 km) of a located place, with `ring` cells around:
    the store finds merged events near a place with them."""
    lat, lon = _latlon(p)
    if lat is None or lon is None:
        return []
    y, x = round(lat * 10), round(lon * 10)
    return [f"g:{y + dy}:{x + dx}" for dy in range(-ring, ring + 1)
            for dx in range(-ring, ring + 1)]


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


def mention_keys(m: Mention) -> set[str]:
    """What a mention looks merged events up by (see Core.lookup_keys)."""
    keys = set()
    for p in m.event_places():
        keys.add("p:" + p.key)
        if p.level > rules()["specific_level"] and p.within:
            keys.add("p:" + p.within[0])
        keys.update(cells(p, ring=1))
    # a town the KB does not know, named beside a known one (الوهط وصبر, where
    # `event_places` keeps only الوهط): it finds a merged event told at that town alone
    # (سيطرت على مدينة صبر), which `_named_unlinked` then judges
    keys.update("p:" + p.key for p in m.places if p.key.startswith("~") and p.specific)
    # a seizure told only at a governorate: it finds the capture of its seat (`_seat`)
    if set(m.modes) & set(rules()["control_modes"]) and not m.event_places():
        for p in _regions(m):
            if p.lat is not None:
                keys.update(cells(p, ring=1))
    keys.update("a:" + i for p in m.actors for i in p.specific_ids)
    keys.update("r:" + i for p in m.recipients for i in p.specific_ids)
    keys.update(m.abroad_keys())
    keys.update(f"w:{h:x}" for h in m.wording)  # all: a core files its smallest only
    keys.update("k:" + k for k in m.magnitudes())
    return keys


# --- the same words -----------------------------------------------------------------------------

WORDING_SIZE = 8  # bottom-k sketch of the word pairs around the trigger
WORDING_MIN = 6  # word pairs that can identify a story (a short sentence has fewer than 8)
WORDING_KEYS = 4  # a core is filed under its members' smallest hashes
WORDING_MEMBERS = 12  # the core keeps the sketches of its first members


PHRASING_SIZE = 24  # bottom-k sketch of the letter 4-grams of the event's sentence
PHRASING_GRAM = 4


def sketch(words: list[str]) -> list[int]:
    """Bottom-k sketch (the WORDING_SIZE smallest 32-bit hashes) of consecutive word pairs."""
    return _bottom({f"{a} {b}" for a, b in zip(words, words[1:], strict=False)},
                   WORDING_SIZE)


def phrasing(words: list[str]) -> list[int]:
    """Bottom-k sketch (PHRASING_SIZE hashes) of the letter 4-grams of a sentence's
    normalized words: agency copy retold by another outlet keeps most of them through
    spelling variants (كيمياوية، كيميائية) and clitics that split word pairs."""
    # CRC-32 of each 4-gram's UTF-16 bytes (two a letter: slices of one encoding), mixed by
    # a multiplicative constant: a sentence has a few hundred 4-grams, and blake2b on each
    # cost a millisecond a document
    data = " ".join(words).encode("utf-16-le")
    width = 2 * PHRASING_GRAM
    hashes = {(zlib.crc32(data[i:i + width]) * 0x9E3779B1) & 0xFFFFFFFF
              for i in range(0, len(data) - width + 1, 2)}
    return sorted(hashes)[:PHRASING_SIZE]


def _bottom(items: set[str], k: int) -> list[int]:
    hashes = sorted(int.from_bytes(hashlib.blake2b(p.encode("utf-8"), digest_size=4).digest(),
                                   "big") for p in items)
    return hashes[:k]


def resemblance(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two sets behind two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:max(len(a), len(b))]
    both = set(a) & set(b)
    return sum(h in both for h in union) / len(union)


# --- the decision -----------------------------------------------------------------------------

@dataclass(slots=True)
class Evidence:
    """Why a mention joined a merged event (stored with the member, shown in the API)."""

    score: float
    days: int = 0
    place: dict[str, Any] | None = None  # {"key", "name", "how": same|within|near|holds, "km"}
    actor: dict[str, Any] | None = None  # {"key", "name", "how": same|part|country}
    target: dict[str, Any] | None = None
    conflicts: list[str] = field(default_factory=list)
    wording: float | None = None  # resemblance of the words around the trigger
    phrasing: float | None = None  # resemblance of the sentences' letters
    magnitude: dict[str, Any] | None = None  # {"field": dead|size, "value"}: the same count
    report: bool | None = None  # another event of its own report is a member
    retold: bool | None = None  # an undated later report retelling the event by its toll

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if v not in (None, [])}
        out.pop("score", None)
        return out


def _place_relation(p: Place, q: dict[str, Any], qkey: str) -> tuple[str, float] | None:
    if p.key == qkey:
        return "same", 0.0
    if qkey in p.within or p.key in q.get("within", ()):
        return "within", 0.0
    if p.located and q.get("lat") is not None and not q.get("rough") \
            and not _both_quarters(p.level, q["level"]):
        d = km(p, q)
        if d <= rules()["near_km"]:
            return "near", round(d, 1)
    return None


_PLACE_SCORE = {"same": 6.0, "within": 5.0, "near": 4.0}


def disputed(category: str) -> bool:
    """Whether accounts naming different actors of one deed at one place and day tell one
    event with an actor conflict: in material conflict (an attack, an arrest) who did it
    is what the sides dispute; a meeting, a statement or a visit has the actors it names
    (Lavrov meeting al-Khatib and Kerry meeting the Gulf ministers, Doha, 3 August, are
    two meetings), so other actors there are other acts (`disputed_quads`)."""
    return quad(category) in rules()["disputed_quads"]


def _both_quarters(a: int, b: int) -> bool:
    """Two places finer than a town (two neighbourhoods of Baghdad, بغداد الجديدة and
    الزعفرانية, 6 km apart): a city holds many of them and a day many attacks, each
    told at its own quarter; two different quarters are never "near" one another."""
    return min(a, b) > rules()["specific_level"]


def near_identifies(place: dict[str, Any] | None, actor: Any, target: Any,
                    wording: bool = False) -> bool:
    """A place that only lies near the other's (`near_km`: another town, بنش and الفوعة 2
    km apart) says the same event only with a party agreeing beyond a country or the
    same words around the trigger: two neighbouring towns are shelled by different
    sides the same day (the regime's air strikes on Binnish, the opposition's shells
    on al-Fu'ah). The same place, or one inside the other, needs nothing more."""
    if not place or place.get("how") != "near" or wording:
        return True
    return any(x and x.get("how") != "country" for x in (actor, target))


def _elsewhere(m: Mention, core: Core) -> bool:
    """The mention names places, none of them where the core's event is: a list of towns
    none of which is the core's, or a governorate or region that does not hold it (and
    lies further than `coarse_km`). Coarse places never identify an event; they can
    still say it is another one. An unlinked name of the core's (no point, no KB unit
    holding it) cannot be said to lie elsewhere."""
    if not core.places or not any(q.get("lat") is not None or q.get("within")
                                  for q in core.places.values()):
        return False
    named = [p for p in m.places if p.level >= 1 and not p.dateline
             and (p.lat is not None or p.within)]
    if not named:
        return False
    far = rules()["coarse_km"]
    for p in named:
        for qkey, q in core.places.items():
            if _place_relation(p, q, qkey) is not None:
                return False
            if not p.specific and p.lat is not None and q.get("lat") is not None \
                    and km(p, q) <= far:
                return False
    return True


def _place_evidence(m: Mention, core: Core) -> dict[str, Any] | None | bool:
    """Best place agreement; None when either side has no specific place; False when
    both have one and they disagree."""
    mine = m.event_places()
    if not mine or not core.places:
        return None
    named = _named_unlinked(m, core)
    if named is not None:
        return named
    finest = max(p.level for p in mine)
    best: tuple[float, dict[str, Any]] | None = None
    for p in mine:
        for qkey, q in core.places.items():
            rel = _place_relation(p, q, qkey)
            if rel is None:
                continue
            how, dist = rel
            # a coarser place of mine only agrees with the core through part-of
            if p.level < finest and how == "near":
                continue
            s = _PLACE_SCORE[how] - dist / 100
            if best is None or s > best[0]:
                found = {"key": qkey if how == "same" else p.key,
                         "name": q["name"] if how == "same" else p.name, "how": how}
                if dist:
                    found["km"] = dist
                best = (s, found)
    return best[1] if best else False


def _named_unlinked(m: Mention, core: Core) -> dict[str, Any] | None:
    """A place of the core the KB does not know (no point: صبر) that the mention names too,
    among its specific places beside a known town (الحوطة ... الوهط وصبر, where
    `event_places` keeps only the town): two reports naming the same unknown town."""
    for p in m.places:
        q = core.places.get(p.key)
        if q is not None and p.key.startswith("~") and q.get("lat") is None \
                and p.specific:
            return {"key": p.key, "name": q["name"], "how": "same"}
    return None


def meet(mine: set[str], theirs: set[str]) -> str | None | bool:
    """How two sets of party ids meet: the most specific shared id; None when either is
    empty; False when they disagree. Two named parties that only share a country (the
    regime's army and the opposition) disagree; a country agrees with its own units."""
    if not mine or not theirs:
        return None
    shared = mine & theirs
    specific = {i for i in shared if not i.startswith("country-")}
    if specific:
        return min(specific)
    if any(not i.startswith("country-") for i in mine) and any(
            not i.startswith("country-") for i in theirs):
        return False
    return min(shared) if shared else False


def _party_evidence(mine: list[Party], core_ids: list[str], names: dict[str, str]
                    ) -> dict[str, Any] | None | bool:
    """How a mention's actors (or targets) meet the core's (see `meet`)."""
    have = {i for p in mine for i in p.ids}
    shared = meet(have, set(core_ids))
    if not shared:
        return shared  # type: ignore[return-value]
    keys = {p.key for p in mine}
    best = max((i for i in have & set(core_ids)),
               key=lambda i: (i in keys, not i.startswith("country-"), i))
    how = "same" if best in keys else ("country" if best.startswith("country-") else "part")
    return {"key": best, "name": names.get(best, best), "how": how}


_PARTY_SCORE = {"same": 3.0, "part": 2.0, "country": 1.0}


def sides(m: Mention) -> list[Party]:
    """The parties of a telling as sides: a fight between sides (`Mention.mutual`: اشتباكات
    بين X وY) has no actor and target, whichever of them the extraction put as actor or
    recipient; its sides are both."""
    return [*m.actors, *m.recipients]


def role_evidence(m: Mention, core: Core) -> tuple[Any, Any]:
    """How the mention's actors and targets meet the core's (`_party_evidence` each: a
    dict, None when a side is empty, False when they disagree). A clash and a one-sided
    telling of one incident (اشتباكات بين الجيش التركي ومسلحي داعش; داعش أطلق النار على
    مركز حدودي تركي) agree when each role of the one-sided telling is among the clash's
    sides: its actor and its target are both compared with all of them. Two clashes
    compare their sides: one side meeting is the actor's agreement, a second side meeting
    too the target's. Two one-sided tellings keep their direction (X on Y is not Y on X: an
    attack and the reply to it, `_reversed`)."""
    if not (m.mutual or core.mutual):
        return (_party_evidence(m.actors, core.actors, core.names),
                _party_evidence(m.recipients, core.recipients, core.names))
    theirs = sorted({*core.actors, *core.recipients})
    if not m.mutual:  # a one-sided telling against a clash
        return (_party_evidence(m.actors, theirs, core.names),
                _party_evidence(m.recipients, theirs, core.names))
    mine = sides(m)
    if not core.mutual:  # a clash against a one-sided telling
        return (_party_evidence(mine, core.actors, core.names),
                _party_evidence(mine, core.recipients, core.names))
    actor = _party_evidence(mine, theirs, core.names)
    if not actor:
        return actor, None
    rest = [p for p in mine if actor["key"] not in p.ids]
    return actor, _party_evidence(rest, theirs, core.names) or None


def _days_apart(m: Mention, core: Core) -> int | None:
    if not (m.lo and m.hi and core.days):
        return None
    lo, hi = dt.date.fromisoformat(m.lo), dt.date.fromisoformat(m.hi)
    best = None
    for d in core.days:
        day = dt.date.fromisoformat(d)
        gap = 0 if lo <= day <= hi else min(abs((day - lo).days), abs((day - hi).days))
        best = gap if best is None else min(best, gap)
    return best


def compare(m: Mention, core: Core) -> Evidence | None:
    """Evidence that `m` tells the merged event of `core`, or None (see module doc)."""
    found = judge(m, core)
    return found if isinstance(found, Evidence) else None


REFUSALS = ("nothing specific", "category family", "status", "date window", "date span",
            "country", "border", "place", "date window without a place", "place elsewhere",
            "target", "actor", "places spread", "no place, parties do not identify it",
            "another act of its own report", "kind of deed", "another place taken",
            "another side taking it", "near place, no party", "one party, another stop")


def judge(m: Mention, core: Core) -> Evidence | str:
    """Evidence that `m` tells the merged event of `core`, else the rule that refused it
    (one of REFUSALS: what `rasd eval merge --misses` reports)."""
    if not m.identifiable():
        return "nothing specific"
    if family(m.type) != core.family:
        return "category family"
    if not modes_agree(m.type, m.modes, core.modes):
        return "kind of deed"
    if (m.group() or "") != core.group:
        return "status"
    days = _days_apart(m, core)
    retold = days is not None and days > rules()["date_slack_days"]["place"] \
        and _retold(m, core)
    if days is None or (days > rules()["date_slack_days"]["place"] and not retold):
        return "date window"
    if not retold and core.span and (
            _ordinal(max(m.hi, core.span[1]))  # type: ignore[type-var]
            - _ordinal(min(m.lo, core.span[0]))) > rules()["max_span_days"]:
        return "date span"  # reports a day apart, one after the other: not one long event
    mine, theirs = m.countries(), set(core.countries)
    if mine and theirs and not (mine & theirs):
        return "country"  # another country: another war, another event
    if theirs and any(p.country and p.country not in theirs for p in m.specific_places()):
        return "border"  # a town across the border (Suruc and Kobani, 10 km apart)
    place = _place_evidence(m, core)
    if place is False:
        return "place"
    if _own_report_differs(m, core):
        return "another act of its own report"
    if not place and days > rules()["date_slack_days"]["other"] and not retold:
        return "date window without a place"
    if not place and _elsewhere(m, core):
        return "place elsewhere"
    spread = bool(m.specific_places()) and not m.event_places()
    actor, target = role_evidence(m, core)
    # (a report's events in one sentence share it: only other reports' sentences count)
    phrased = max((resemblance(m.phrasing, w) for w in core.phrasing), default=0.0) \
        if m.doc_id not in core.reports else 0.0
    if target is False and phrased >= rules()["phrasing_min"] and _misread(m.recipients):
        target = None  # the same sentence told again: its bare nationality is a misreading
    if target is False:
        return "target"
    wording = max((resemblance(m.wording, w) for w in core.wording), default=0.0)
    if not retold and (wording >= rules()["wording_min"]
                       or phrased >= rules()["phrasing_min"]):
        # the same words around the trigger, or the same sentence, the same day: one story
        # told again (wire copy, an outlet telling it twice), unless a place, country,
        # actor or target disagrees
        if actor is False and not place:
            return "actor"
        score = 3.0 * max(wording, phrased) + (_PLACE_SCORE[place["how"]] if place else 0.0) \
            - days
        return Evidence(score, days, place or None, actor or None, target or None,
                        ["actor"] if actor is False else [],
                        round(wording, 2) if wording >= rules()["wording_min"] else None,
                        phrasing=round(phrased, 2) if phrased >= rules()["phrasing_min"]
                        else None)
    if spread:
        return "places spread"  # a summary of several events, merged only as a copy
    found: list[str] = []
    if place and controls(m.modes, core.modes):
        # the place is what changed hands and the actor the side that took it
        if place["how"] != "same":
            return "another place taken"  # a district of the city, a base near it
        if actor is False:
            return "another side taking it"  # a seizure and its recapture
    if not place and core.places and controls(m.modes, core.modes) and _regions(m):
        # a seizure told only at a governorate: it took the core's town only when the
        # governorate holds the town or is named after it (`_seat`)
        seat = _seat(m, core)
        if seat is None and not _holds(m, core):
            return "another place taken"
        if seat is not None:
            if actor is False:
                return "another side taking it"
            return Evidence(_PLACE_SCORE["within"] - 1 - days + sum(
                _PARTY_SCORE[x["how"]] for x in (actor, target) if x),
                days, seat, actor or None, target or None, found)
    if not near_identifies(place, actor, target):
        return "near place, no party"
    if place:
        if actor is False:
            # accounts differing on who did it at the same place and day: one event with
            # an actor conflict, unless the roles are reversed (an attack and its reply)
            if place["how"] != "same" or _reversed(m, core) or not disputed(m.type):
                return "actor"
            found.append("actor")
            actor = None
    else:
        if actor is False:
            return "actor"
        # no place: who did it to whom identifies the event, one of them beyond a country
        # (never a fight's sides: two forces fight on for days); or one party alone when
        # its acts are few and each reported (a person, a council)
        fight = (m.mutual or core.mutual) and quad(m.type) == "material-conflict"
        if not (actor and target) or not _parties_identify(m.type, actor, target) \
                or fight:
            single = [x for x, mine, other in ((actor, sides(m) if m.mutual else m.actors,
                                                target),
                                               (target, m.recipients, actor))
                      if x and x["how"] != "country" and other is None
                      and any(p.discrete(m.type) and x["key"] in p.ids[:1]
                              for p in mine)]
            held = _held(m, core) if actor and actor["how"] != "country" and not days \
                and set(m.modes) & set(core.modes) & set(rules()["region_modes"]) else None
            if held is not None:
                return Evidence(_PLACE_SCORE["within"] - 1 + _PARTY_SCORE[actor["how"]],
                                days, held, actor, target or None, found)
            if single and _another_stop(m, core):
                return "one party, another stop"
            if not single and not _abroad(m, core, actor, target):
                magnitude = _same_count(m, core)
                if magnitude is None and not retold \
                        and _own_report_tells(m, core, actor, target):
                    return Evidence(sum(_PARTY_SCORE[x["how"]] for x in (actor, target) if x)
                                    - days, days, None, actor or None, target or None, found,
                                    report=True)
                if magnitude is None:
                    return "no place, parties do not identify it"
                parties = sum(_PARTY_SCORE[x["how"]] for x in (actor, target) if x)
                return Evidence(_MAGNITUDE_SCORE + parties - (days if retold else 0), days,
                                None, actor or None, target or None, found,
                                magnitude=magnitude, retold=retold or None)
    if retold:
        return "date window"  # a retold toll joins only by its toll
    score = (_PLACE_SCORE[place["how"]] if place else 0.0) + sum(
        _PARTY_SCORE[x["how"]] for x in (actor, target) if x) - days
    return Evidence(score, days, place or None, actor or None, target or None, found)


_MAGNITUDE_SCORE = 2.0


def _parties_identify(category: str, actor: dict[str, Any], target: dict[str, Any]) -> bool:
    """Whether an agreeing actor and target identify an event with no place: one of them
    beyond a country; in material conflict the target (whom a force struck says which
    strike: Turkish jets, a nationality, on Daesh; the Syrian government's forces "on
    Syrians" name no day's act: they fight all day long)."""
    if quad(category) == "material-conflict":
        return target["how"] != "country"
    return any(x["how"] != "country" for x in (actor, target))


def _regions(m: Mention) -> list[Place]:
    """The governorates and regions a mention names as the event's (not its dateline, not
    a landmark: شمال حمص is north of it)."""
    return [p for p in m.places if not (p.dateline or p.landmark)
            and 0 < p.level < rules()["specific_level"]]


def _held(m: Mention, core: Core) -> dict[str, Any] | None:
    """One side names no town but a governorate (or region) that holds the other's town
    (داعش اختطف ... في حمص against داعش اختطف ... في القريتين): with the same actor beyond
    a country, the same day and the same kind of deed, one done seldom (`region_modes`:
    an abduction, not an air strike), the governorate says where (the caller checks
    those). A country never does."""
    mine = m.event_places()
    if not mine and core.places:
        for p in _regions(m):
            if all(p.key in q.get("within", ()) for q in core.places.values()):
                return {"key": p.key, "name": p.name, "how": "holds"}
    if mine and not core.places:
        for r in core.regions:
            if all(r in p.within for p in mine):
                return {"key": r, "name": core.names.get(r, r), "how": "holds"}
    return None


def _seat(m: Mention, core: Core) -> dict[str, Any] | None:
    """The governorate named after the core's town, its seat, when a seizure is told only
    at a governorate (زيارة محافظة عدن بعد تحريرها against تحرير عدن): the governorate
    bears the town's name and its point lies within `near_km` of the town's (the KB files
    Aden city under Yemen, not under its governorate), and the core names that town
    alone, and the mention names no other governorate. Taking the seat's governorate is
    taking the seat; a governorate merely holding the core's town (a district north of
    Aden) is more than that town, and any other took something else (the siege of
    al-Anad base in Lahj is not Aden's capture)."""
    regions = _regions(m)
    if m.event_places() or not core.places or len({p.key for p in regions}) != 1:
        return None  # (the road between the governorates of Aden and Lahj is neither)
    near = rules()["near_km"]
    for p in regions:
        if p.lat is not None and all(
                q.get("name") == p.name and q.get("lat") is not None and km(p, q) <= near
                for q in core.places.values()):
            return {"key": p.key, "name": p.name, "how": "holds"}
    return None


def _holds(m: Mention, core: Core) -> bool:
    """A governorate the mention names holds every town of the core (the KB's part-of)."""
    return any(all(p.key in q.get("within", ()) for q in core.places.values())
               for p in _regions(m))


def _another_stop(m: Mention, core: Core) -> bool:
    """A meeting joined by one party alone, one side naming the town it was held in and
    the other no town (`travelling_categories`): the party meets someone in every town
    it visits (de Mistura in Cairo, then Tehran, then Damascus; Ould Cheikh Ahmed in
    Cairo, then Oman), so without the town, or a second party, nothing says which stop a
    telling is (وفيما يتعلق بلقاء دي ميستورا المعلم is not his meeting in Tehran). The
    untowned side still says the town when its own report tells the meeting at the town
    (a press conference in Doha and the minister's words on those talks, one report), or
    when every place it names holds the town (زيارة مملوك للسعودية, held in Jeddah)."""
    if m.type not in rules()["travelling_categories"]:
        return False
    mine = m.event_places()
    if bool(mine) == bool(core.places):
        return False
    if not mine:
        named = [p for p in m.places if not p.dateline]
        holds = [all(p.key in q.get("within", ()) for q in core.places.values())
                 for p in named]
        if named and all(holds):
            return False
        if named:
            return True  # (a place of its own that does not hold the town: another stop)
    elif core.countries and all(set(p.within) & {f"country-{c}" for c in core.countries}
                                for p in mine):
        return False  # (the core's country holds the mention's town)
    return m.doc_id not in core.reports


def _misread(parties: list[Party]) -> bool:
    """Roles that only name a nationality (طائرات حربية تركية: Turkey, nothing more): in a
    sentence another outlet tells with the same words and other roles, the extraction
    misread them (the planes read as the target), not the outlet another event."""
    return bool(parties) and all(p.kind == "country" and not p.specific_ids
                                 and p.key.startswith("~") for p in parties)


def _own_report_tells(m: Mention, core: Core, actor: dict[str, Any] | None,
                      target: dict[str, Any] | None) -> bool:
    """The report's lead tells the event other reports tell: the mention is in its report's
    lead (the first sentence telling an event), names no town, shares a party beyond a
    country with the core, and another event of its report is a member of this merged
    event, which other reports tell too (the lead شنت مقاتلات تركية ضربات جوية ضد أهداف
    لداعش, its actor lost to a parenthesis, and the report's own استهدف سلاح الجو التركي
    ثلاثة مواقع لداعش further down, which joined the other outlets' reports). A later
    sentence may tell another act of the same parties (a day's summary tells many)."""
    if not m.lead or m.doc_id not in core.reports or len(core.reports) < 2 \
            or m.event_places():
        return False
    return any(x and x["how"] != "country" for x in (actor, target))


def _own_report_differs(m: Mention, core: Core) -> bool:
    """Another event of the mention's own report is a member, and the report tells two
    acts: it names different actors for the two (وكان جهاديون فتحوا النار ... واطلقت
    دبابات قذائف), or the target of one is the actor of the other (جهاديون فتحوا النار
    على مركز حدودي ... رد الجيش بفتح النار على المواقع الجهادية: an attack and the reply).
    Only events the same voice tells and does not deny: two speakers naming two actors,
    or a denial beside an accusation, are accounts of one event. Within one report its
    wording is comparable: unlinked names count here (across outlets they are not)."""
    if m.status == "negated":
        return False
    theirs = core.reports.get(m.doc_id, {}).get(_voice(m.speaker))
    if not theirs:
        return False
    # a member is checked against a core that holds its own roles too: they never reverse
    # its roles (an extraction's target may repeat its actor: داعش -> عناصر داعش)
    own = frozenset(p.key for p in (*m.actors, *m.recipients))
    if m.mutual:
        return _two_acts(sides(m), [], theirs, own, own)
    return _two_acts(m.actors, m.recipients, theirs, own)


def _two_acts(actors: list[Party], targets: list[Party],
              theirs: dict[str, list[list[str]]], own: frozenset[str] = frozenset(),
              mutual: frozenset[str] = frozenset()) -> bool:
    """Roles of one event against those one voice of its report gives its other events:
    other actors, or the roles reversed (`own`: role keys of the event itself, left out
    of the reversal). A clash's sides (`mutual`: keys of `actors` that are sides; "s" in
    `theirs`) have no direction: they are actors, never reversed (a report telling
    اشتباكات بين X وY and X's attack on Y tells one incident)."""
    if actors and theirs["a"] and not any(
            p.key == r[0] or (p.ids and r[1:] and meet(set(p.ids), set(r[1:])))
            for p in actors for r in theirs["a"]):
        return True  # (the army and the opposition share a country: they disagree)
    clash = theirs.get("s", [])
    directed = [p for p in actors if p.key not in mutual]
    return _names_one(targets, [r for r in theirs["a"] if r[0] not in own and r not in clash]) \
        or _names_one(directed, [r for r in theirs["r"] if r[0] not in own])


def _reports_clash(a: Core, b: Core) -> bool:
    """A report with events in both merged events tells two acts there, in one voice
    (see `_own_report_differs`): they are not fused."""
    for doc in set(a.reports) & set(b.reports):
        for voice in set(a.reports[doc]) & set(b.reports[doc]):
            x, y = a.reports[doc][voice], b.reports[doc][voice]
            if _two_acts(_parties(x["a"]), _parties(x["r"]), y,
                         mutual=frozenset(r[0] for r in x.get("s", ()))):
                return True
    return False


def _parties(roles: list[list[str]]) -> list[Party]:
    return [Party(r[0], r[0], tuple(r[1:])) for r in roles]


def _names_one(parties: list[Party], roles: list[list[str]]) -> bool:
    """Whether one of `parties` names one of `roles` ([key, *ids]): a specific shared
    id, or a shared word of their unlinked surfaces beyond the words that only say what
    kind of thing (مواقع، قوات، عناصر: `role_filler_words`), a nisba and its plural as
    one (الجهادية، جهاديون)."""
    if not parties or not roles:
        return False
    ids = {i for r in roles for i in r[1:] if not i.startswith("country-")}
    stems = {w for r in roles for w in _role_stems(r[0])}
    return any(set(p.specific_ids) & ids or _role_stems(p.key) & stems for p in parties)


@lru_cache(maxsize=65536)
def _role_stems(key: str) -> frozenset[str]:
    """The content words of an unlinked role key (~surface), less the article and the
    nisba and plural endings; none for a linked key (its ids say who it is)."""
    if not key.startswith("~"):
        return set()
    filler = set(rules()["role_filler_words"])
    out = set()
    for w in key[1:].split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if w in filler:
            continue
        for suf in ("يون", "يين", "يه", "ون", "ين", "ي", "ه"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                break
        if len(w) >= 3 and w not in filler:
            out.add(w)
    return frozenset(out)


def _same_count(m: Mention, core: Core) -> dict[str, Any] | None:
    """The same large count (30 killed) the same day in the same country, one side naming
    the town and the other none (a report that says only "in Turkey", or nothing, in an
    article about Turkey): one event. Never between two unplaced accounts (30 killed
    somewhere is no identity). A report naming no place is in the countries its document
    names, and must be in one country only (`one_land`)."""
    if bool(m.event_places()) == bool(core.places):
        return None
    if not m.lands() & set(core.lands):
        return None  # the same toll in another war (or no country said on either side)
    if m.event_places():
        unplaced, town = set(core.countries) or set(core.lands), m.event_places()
    else:
        unplaced, town = m.lands(), [_as_place(k, p) for k, p in core.places.items()]
    if not any(p.lat is not None for p in town) and not one_land(unplaced):
        return None  # (a town the KB does not know, معرة, is only as good as its country)
    shared = sorted(set(m.magnitudes()) & set(core.magnitudes))
    if not shared:
        return None
    fld, value = shared[0].split(":")
    return {"field": fld, "value": int(value)}


def one_land(lands: set[str]) -> bool:
    """Whether the unplaced side of a join by count is in one country. Joining a town the
    KB does not know (no point: معرة, read from معرة مصرين), the country is all that says
    where it is: a report naming no place in an article that names two (the Suruç
    bombing, told beside Kobani across the border) cannot say in which its "more than 20
    bodies" lay (it joined the 20 dead of Maarrat Misrin in Idlib the day before)."""
    return len(lands) == 1


def _retold(m: Mention, core: Core) -> bool:
    """A later report telling the event again by its toll, days after it: the mention's
    days are only its publication's (no date in its text), it names no town, the placed
    event lies before them within `retold_days`, in a country of the mention's document,
    and both give the same large count (وبعد أربعة أيام على هجوم انتحاري ... أودى بحياة 32
    شخصا, four days after the Suruç bombing's 32 dead). Only the count can say which past
    event it is: the caller then requires it (`_same_count`)."""
    if not m.may_retell() or not core.day or not m.lo or not any(
            q.get("lat") is not None for q in core.places.values()):
        return False  # (a place the KB does not know, معرة, is too weak to be retold by)
    gap = _ordinal(m.lo) - _ordinal(core.day)
    return 0 < gap <= rules()["retold_days"] and bool(m.lands() & set(core.lands)) \
        and bool(set(m.magnitudes()) & set(core.retellable))


def _abroad(m: Mention, core: Core, actor: dict[str, Any] | None,
            target: dict[str, Any] | None = None) -> bool:
    """A state acting in another country, neither side naming a town: the state, the
    country and the day identify the event (Turkey's first air strikes in Syria), as a
    state's own forces at home never do (they act all day long). In material conflict
    the target must agree too (`abroad_needs_target`): a state at war abroad strikes
    there every day (the US-led coalition in Syria, 2015), and only whom it struck says
    which strike (Turkey's jets on Daesh, not a US drone on Nusra the same day)."""
    if not actor or core.places:
        return False
    if quad(m.type) == "material-conflict" and not target:
        return False
    return bool(m.abroad_keys() & abroad_keys(set(core.countries), _states([core.actors])))


def _states(ids: Any) -> set[str]:
    return {i for group in ids for i in group if i.startswith("country-")}


def abroad_keys(lands: set[str], states: set[str]) -> set[str]:
    """`s:<state>><country>` for a state acting in one other country (none when the
    place names several countries or the state's own)."""
    if len(lands) != 1:
        return set()
    (land,) = lands
    return {f"s:{st}>{land}" for st in states if st.removeprefix("country-") != land}


def _reversed(m: Mention, core: Core) -> bool:
    """One's actor is the other's target (an attack and the reply to it); a clash has
    sides, not a direction: never reversed."""
    if m.mutual or core.mutual:
        return False
    mine_a = {i for p in m.actors for i in p.specific_ids}
    mine_r = {i for p in m.recipients for i in p.specific_ids}
    return bool(mine_a & set(core.recipients) or mine_r & set(core.actors))


def matches(m: Mention, candidates: list[tuple[str, Core]]) -> list[tuple[str, Evidence]]:
    """The candidates (merged id, core) `m` fits, best first; ties go to the one more reports
    tell (`told_by`), then to the smallest id."""
    found = [(mid, ev, told_by(core)) for mid, core in candidates
             if (ev := compare(m, core)) is not None]
    return [(mid, ev) for mid, ev, _ in sorted(found, key=lambda x: (-x[1].score, -x[2], x[0]))]


def told_by(core: Core) -> int:
    """How many reports tell a merged event: of two that fit a mention equally, it tells the
    one more outlets report (عدن retaken, told by 9 outlets, rather than a lone misplaced
    mention of the Houthis' hold on the cities, which the same evidence fits)."""
    return len(core.reports)


def modes_agree(category: str, mine: list[str], theirs: list[str]) -> bool:
    """In a category whose modes are different deeds (`distinct_modes`: an arrest and the
    seizure of a town are both COERCE), two accounts naming disjoint modes tell two
    events; a side that names none agrees with any."""
    if category not in rules()["distinct_modes"] or not (mine and theirs):
        return True
    return bool(set(mine) & set(theirs))


def controls(mine: list[str], theirs: list[str]) -> bool:
    """Both sides tell a deed whose place is what it acts on and whose actor is the side
    that gains it (`control_modes`: a town seized): such accounts tell one deed only at
    the same place and by the same side."""
    modes = set(rules()["control_modes"])
    return bool(set(mine) & modes and set(theirs) & modes)


def cores_agree(a: Core, b: Core) -> bool:
    """Two merged events that are one: what identifies them agrees and nothing disagrees
    (a report told both; they are fused rather than left side by side)."""
    if (a.family, a.group) != (b.family, b.group) or not (a.day and b.day):
        return False
    if not modes_agree(a.type, a.modes, b.modes):
        return False
    if abs(_ordinal(a.day) - _ordinal(b.day)) > rules()["date_slack_days"]["place"]:
        return False
    if _ordinal(max(a.span[1], b.span[1])) - _ordinal(min(a.span[0], b.span[0])) \
            > rules()["max_span_days"]:
        return False
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        return False
    for x, y in ((a, b), (b, a)):
        if y.countries and any(p["country"] and p["country"] not in y.countries
                               for p in x.places.values()):
            return False  # a town across the border
    if _same_place(a, b) and a.day == b.day and not controls(a.modes, b.modes) \
            and set(a.magnitudes) & set(b.magnitudes):
        # the same town, the same day and the same large count (32 dead in Suruç): one
        # event, whatever roles the reports' readings give it (one reads "Turkey accused
        # Daesh" as the target, another the army as the victim)
        return True
    actors, targets = cores_meet(a, b)
    if actors is False and _same_place(a, b) and not _cores_reversed(a, b) \
            and not controls(a.modes, b.modes) and disputed(a.type):
        # accounts naming different actors of one town and day are one event with an
        # actor conflict (as a mention joins one: `judge`), unless the roles are reversed
        # (an attack and the reply) or the deed is a seizure (its recapture by the other side)
        actors = None
    if actors is False or targets is False or _reports_clash(a, b):
        return False
    if a.places and b.places and controls(a.modes, b.modes):
        return bool(set(a.places) & set(b.places))
    if a.places and b.places:
        relations = {rel[0] for k, p in a.places.items() for qk, q in b.places.items()
                     if (rel := _place_relation(_as_place(k, p), q, qk)) is not None}
        if relations - {"near"}:
            return True
        # (two towns near one another: only with a party beyond a country, `near_identifies`)
        return bool(relations) and any(isinstance(x, str) and not x.startswith("country-")
                                       for x in (actors, targets))
    if actors and targets and not (actors.startswith("country-")
                                   and targets.startswith("country-")) \
            and not ((a.mutual or b.mutual) and quad(a.type) == "material-conflict"):
        return True  # (a fight's sides identify no day's act)
    return any(resemblance(x, y) >= rules()["wording_min"] for x in a.wording
               for y in b.wording)


def bridged(m: Mention, core: Core, other: Core, accounts: list[dict[str, Any]]) -> bool:
    """`m` joined `core` by its town and tells `other`, an unplaced merged event, by the
    same large count: the town's event and the count's are one (a report of the jet that
    fell on Ariha's market with 27 dead joins the Ariha reports and the earlier report of
    27 dead that named no town). The count must be the mention's own, from another report
    than the unplaced event's (one sentence gives its count to each event it tells: 800
    fighters in al-Zabadani beside the battle of al-Qusayr), and the unplaced
    event's by most of its members (a count one member of many misattributes bridges
    nothing), one of them its report's lead (the toll is the report's story, not a number
    in a paragraph on something else); the two must agree on family, days and parties
    (`cores_agree` less the place)."""
    if not (m.event_places() and core.places) or other.places or not other.day \
            or m.doc_id in other.reports:
        return False  # (a report's own sentence gives its count to every event it tells)
    counts = set(m.magnitudes()) & set(other.magnitudes)
    if not counts or (core.family, core.group) != (other.family, other.group):
        return False
    told = [a for a in accounts if set(a.get("magnitudes", ())) & counts]
    if 2 * len(told) <= len(accounts) or not any(a.get("lead") for a in told):
        return False  # `accounts`: the unplaced event's members
    if abs(_ordinal(core.day) - _ordinal(other.day)) > rules()["date_slack_days"]["place"]:
        return False
    if not set(core.lands) & set(other.lands) or _reports_clash(core, other):
        return False
    return meet(set(core.actors), set(other.actors)) is not False and \
        meet(set(core.recipients), set(other.recipients)) is not False


def cores_meet(a: Core, b: Core) -> tuple[str | None | bool, str | None | bool]:
    """How two cores' actors and targets meet (`meet`); a clash's sides are compared with
    both roles of the other (see `role_evidence`)."""
    if not (a.mutual or b.mutual):
        return meet(set(a.actors), set(b.actors)), meet(set(a.recipients), set(b.recipients))
    one, other = (a, b) if a.mutual else (b, a)
    mine = {*one.actors, *one.recipients}
    if not other.mutual:
        return meet(mine, set(other.actors)), meet(mine, set(other.recipients))
    return meet(mine, {*other.actors, *other.recipients}), None


def _same_place(a: Core, b: Core) -> bool:
    """Both cores name one specific place, the same entry."""
    return bool(a.places and b.places and set(a.places) & set(b.places))


def _cores_reversed(a: Core, b: Core) -> bool:
    """One core's actor is the other's target, beyond a country (an attack and the reply
    to it). A clash has sides, not a direction: never reversed."""
    if a.mutual or b.mutual:
        return False

    def specific(ids: list[str]) -> set[str]:
        return {i for i in ids if not i.startswith("country-")}
    return bool(specific(a.actors) & specific(b.recipients)
                or specific(a.recipients) & specific(b.actors))


# --- conflicts --------------------------------------------------------------------------------

def conflicts(merged: str, accounts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflicting accounts among a merged event's members, between different documents:
    actor (disjoint KB-resolved actors from different outlets), status (asserted and
    negated), casualties (dead or injured counts apart by more than the tolerance).
    Data only: {"id", "merged_id", "kind", "field", "accounts": [...]}."""
    out: list[dict[str, Any]] = []

    def view(a: dict[str, Any], value: Any) -> dict[str, Any]:
        return {"doc_id": a["doc_id"], "event_id": a["event_id"], "source": a["source"],
                "speaker": a["speaker"], "sentence": a["sentence"], "value": value}

    named = [a for a in accounts if a["actors"]]
    if any(a["doc_id"] != b["doc_id"] and (a["source"] or a["doc_id"]) != (
            b["source"] or b["doc_id"]) and meet(set(a["actors"]), set(b["actors"])) is False
           for i, a in enumerate(named) for b in named[i + 1:]):
        out.append(_conflict(merged, "actor", "actor",
                             [view(a, a["actor_names"]) for a in named]))
    said = [a for a in accounts if a["status"] == "asserted"]
    denied = [a for a in accounts if a["status"] == "negated"]
    if any(a["doc_id"] != d["doc_id"] for a in said for d in denied):
        out.append(_conflict(merged, "status", "status",
                             [view(a, a["status"]) for a in said + denied]))
    r = rules()
    for fld in ("dead", "injured"):
        valued = [a for a in accounts if a[fld] is not None]
        if len({a["doc_id"] for a in valued}) < 2:
            continue
        values = [a[fld] for a in valued]
        lo, hi = min(values), max(values)
        if hi - lo > max(r["casualty_abs_tolerance"], r["casualty_rel_tolerance"] * hi):
            out.append(_conflict(merged, "casualties", fld, [view(a, a[fld]) for a in valued]))
    return out


def _conflict(merged: str, kind: str, fld: str, accounts: list[dict[str, Any]]
              ) -> dict[str, Any]:
    return {"id": f"{merged}:{kind}:{fld}", "merged_id": merged, "kind": kind, "field": fld,
            "accounts": accounts}


def summary(state: State, core: Core) -> dict[str, Any]:
    """The merged event's row figures from its state."""
    acc = state.accounts
    dead = [a["dead"] for a in acc if a["dead"] is not None]
    injured = [a["injured"] for a in acc if a["injured"] is not None]
    dates = sorted(a["date"] for a in acc if a["date"])

    support = {"actor": _support(acc, "roles"), "recipient": _support(acc, "targets")}

    def top(role: str) -> list[str]:
        """Its keys by support: the reports naming them, then the members, then the key
        (one wrong report, however many of its events joined, lists its actor last)."""
        counts, reports = state.roles[role], support.get(role, {})
        return sorted(counts, key=lambda k: (-reports.get(k, 0), -counts[k], k))[:TOP_NAMES]

    point = next(([p["lat"], p["lon"]] for p in core.places.values() if p["lat"] is not None),
                 None)
    if point is None:
        located = [k for k in top("location") if k in state.coords]
        point = state.coords[located[0]] if located else None
    return {
        "type": core.type, "date": dates[0] if dates else None,
        "date_to": dates[-1] if dates else None, "day": core.day or None,
        "lat": point[0] if point else None, "lon": point[1] if point else None,
        "names": {"actors": {k: state.names.get(k, k) for k in top("actor")},
                  "recipients": {k: state.names.get(k, k) for k in top("recipient")},
                  "support": {"actors": {k: support["actor"].get(k, 0) for k in top("actor")},
                              "recipients": {k: support["recipient"].get(k, 0)
                                             for k in top("recipient")}},
                  "places": [{"key": k, "name": state.names.get(k, k),
                              "lat": (state.coords.get(k) or [None, None])[0],
                              "lon": (state.coords.get(k) or [None, None])[1]}
                             for k in top("location")]},
        "reports": len({a["doc_id"] for a in acc}),
        "outlets": sorted(state.outlets),
        "dead": max(dead) if dead else None, "injured": max(injured) if injured else None,
        "statuses": sorted({a["status"] for a in acc})}


TOP_NAMES = 12  # actors, targets and places listed with a merged event


def _support(accounts: list[dict[str, Any]], field_: str) -> dict[str, int]:
    """Role key -> how many reports (documents) among the members name it."""
    docs: dict[str, set[str]] = {}
    for a in accounts:
        for r in a.get(field_, ()):
            docs.setdefault(r[0], set()).add(a["doc_id"])
    return {k: len(v) for k, v in docs.items()}
