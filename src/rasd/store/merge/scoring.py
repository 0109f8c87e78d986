"""The decision: whether a mention joins a merged event (`judge`), with its score and `Evidence`."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from rasd.store.merge.mention import _states, abroad_keys
from rasd.store.merge.parties import (
    _PARTY_SCORE,
    _misread,
    _own_report_differs,
    _own_report_tells,
    _parties_identify,
    role_evidence,
    sides,
)
from rasd.store.merge.places import (
    _PLACE_SCORE,
    _elsewhere,
    _held,
    _holds,
    _place_evidence,
    _regions,
    _seat,
    near_identifies,
)
from rasd.store.merge.state import _as_place, _ordinal
from rasd.store.merge.tables import controls, disputed, family, modes_agree, quad, rules
from rasd.store.merge.wording import resemblance

if TYPE_CHECKING:
    from rasd.store.merge.mention import Mention
    from rasd.store.merge.state import Core


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


def _reversed(m: Mention, core: Core) -> bool:
    """One's actor is the other's target (an attack and the reply to it); a clash has
    sides, not a direction: never reversed."""
    if m.mutual or core.mutual:
        return False
    mine_a = {i for p in m.actors for i in p.specific_ids}
    mine_r = {i for p in m.recipients for i in p.specific_ids}
    return bool(mine_a & set(core.recipients) or mine_r & set(core.actors))
