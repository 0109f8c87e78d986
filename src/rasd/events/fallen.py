"""The roles of a place fallen into a party's hands or come under its control (events38,
tests/gold/README.md conventions 2 and 33): سقطت قاعدة العند في مارس بأيدي المقاتلين الحوثيين،
قبل سقوط قاعدة العند بأيدي الجيش والمقاومة الشعبية، مناطق جعولة وبير أحمد أصبحت تحت سيطرة
المقاومة، ثلاثة أرباع المدينة باتت في أيدي الثوار. The party after the hand noun (or after the
phrase of control) took the place: it is the actor; the place that fell, which the clause
rules read as the verb's subject (actor) or its object (recipient), is the location when it
names a place (a common noun, موقعا أمنيا, is dropped).

Reads: the event's trigger and roles, the View's tokens. Writes: the event's actor, recipient
and location. Words in data/events/markers.json (`hand_nouns`, `control_states`)."""

from __future__ import annotations

from rasd.document import Event, Role
from rasd.lexicons import event_markers, trigger_matcher
from rasd.roles import View

HANDS_REACH = 12  # tokens after the trigger searched for the hand noun (as CLAUSE_NEEDS_WINDOW)


def fallen_roles(v: View, ev: Event, b: int, early: bool = False) -> None:
    """A COERCE event of a fall into hands (a row needing @hands) or of a state of control
    (`control_states` opening its trigger): the party named after the hands is the actor,
    the roles read before them (the place that fell) the location when they name a place,
    and there is no recipient. `early` (before the context passes): the roles read before the
    hands become the location whatever they are, and the actor is left empty, so that no
    pass copies the place that fell as another deed's doer, nor the holder as the doer of a
    deed told after the fall in its clause (التي كانت المليشيا تستخدمها في إطلاق الصواريخ),
    nor carries another deed's place to a fall that names its own (ثلاثة أرباع المدينة)."""
    if ev.type != "COERCE":
        return
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    found = _owner_start(v, i, j, b)
    if found is None:
        return
    k, owned = found
    cut = v.toks[k].start if k < len(v.toks) else ev.trigger.end
    fallen = [r for r in (*ev.actor, *ev.recipient) if r.end <= cut]
    ev.recipient = []
    if early:
        ev.actor = [r for r in ev.actor if r.start >= cut]
        ev.location = ev.location + [r for r in fallen if not _overlaps(r, ev.location)]
        return
    e = v.np_coordinated(k, b) if k < b and not owned else k
    owners = [Role(r.start, r.end, r.entity, basis="sentence") for r in (
        v.role(s, t) for s, t in v.split_coordination(k, e))] if e > k else []
    ev.actor = owners or [r for r in ev.actor if r.start >= cut]
    kept = [r for r in ev.location if r.basis != "context" and (r.end > cut or _named_place(
        v, r))]  # (ثلاثة أرباع المدينة باتت في أيدي الثوار: not the places of the deeds before)
    ev.location = kept + [r for r in fallen if _named_place(v, r) and not _overlaps(r, kept)]


def _overlaps(r: Role, roles: list[Role]) -> bool:
    """r lies in one of the roles or holds one."""
    return any(x.start <= r.start and r.end <= x.end or r.start <= x.start and x.end <= r.end
               for x in roles)


def _named_place(v: View, r: Role) -> bool:
    """The phrase names a place or a facility (قاعدة العند), not a common noun (موقعا أمنيا:
    which post is not said, so it is no location of its own)."""
    i, j = v.token_range(r.start, r.end)
    return any((e := v.ent_tok.get(k)) is not None and e.type in ("LOC", "FAC")
               for k in range(i, j))


def time_of_fall(v: View, ev: Event) -> bool:
    """A fall told as the time of another clause (قبل سقوط قاعدة العند بأيدي الجيش، بعد سقوطها
    في قبضة داعش: the noun after a word of time, `fall_time_words`): where the place fell is
    no theatre of the deeds told after it (rasd.events.context.carried_place passes no place
    from it; fresh7: الأسرى الذين اختطفتهم المليشيا were not taken at قاعدة العند)."""
    if ev.type != "COERCE":
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    return i > 0 and v.bare(i - 1) in event_markers()["fall_time_words"] \
        and _owner_start(v, i, j, len(v.toks)) is not None


def _owner_start(v: View, i: int, j: int, b: int) -> tuple[int, bool] | None:
    """(the token where the party holding the place is named, whether the hands bear its
    pronoun instead): right after the trigger of a state of control (أصبحت تحت سيطرة |
    المقاومة), right after the hand noun of a fall (بأيدي | الجيش; في أيديهم: the pronoun).
    None when the event is of neither kind."""
    M = event_markers()
    if v.norms[i] in M["control_states"] and j - i >= 2:
        return j, False
    if not any(m.payload.type == "COERCE" and "@hands" in m.payload.needs
               for m in v.candidates(trigger_matcher(), i)):
        return None
    for t in range(j, min(b, j + HANDS_REACH)):
        n = v.norms[t]
        stem = n[1:] if n[:1] == "ب" else n
        if (n[:1] == "ب" or v.norms[t - 1] in ("في", "تحت")) \
                and stem in M["hand_nouns"] | M["hand_nouns_owned"]:
            return t + 1, stem in M["hand_nouns_owned"]
    return None
