"""Whether two merged events' cores agree (re-merging cores after a refresh)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasd.store.merge.parties import _reports_clash, meet
from rasd.store.merge.places import _place_relation
from rasd.store.merge.state import _as_place, _ordinal
from rasd.store.merge.tables import controls, disputed, modes_agree, quad, rules
from rasd.store.merge.wording import resemblance

if TYPE_CHECKING:
    from rasd.store.merge.mention import Mention
    from rasd.store.merge.state import Core


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
