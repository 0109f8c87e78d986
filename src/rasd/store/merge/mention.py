"""What a mention carries: its places, parties and days (`Mention`), and distances."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from rasd.store.merge.tables import quad, rules, status_group
from rasd.store.merge.wording import WORDING_MIN

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


def _states(ids: Any) -> set[str]:
    return {i for group in ids for i in group if i.startswith("country-")}


def abroad_keys(lands: set[str], states: set[str]) -> set[str]:
    """`s:<state>><country>` for a state acting in one other country (none when the
    place names several countries or the state's own)."""
    if len(lands) != 1:
        return set()
    (land,) = lands
    return {f"s:{st}>{land}" for st in states if st.removeprefix("country-") != land}
