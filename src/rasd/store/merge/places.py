"""Place evidence: whether a mention's places agree with a merged event's core."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasd.store.merge.mention import km
from rasd.store.merge.tables import rules

if TYPE_CHECKING:
    from rasd.store.merge.mention import Mention, Place
    from rasd.store.merge.state import Core


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
