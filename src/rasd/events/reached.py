"""recip9 (issue 12): what a deed told by its noun reached — the object of طال / أصاب after
the noun (القصف الذي طال الأحياء السكنية، قصف بقذائف مدفعية حوثية، طالت أحياء سكنية) or
with the noun as the verb's subject after it (أصابت الغارات أهدافا عدة) is the deed's
recipient. The verbs and relatives: data/events/reached.json."""

from __future__ import annotations

from rasd.events.frame import Frame
from rasd.events.places import is_place
from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import View

REACH_GAP = 6  # tokens from the end of the deed noun to its verb of reaching


@once
def reach_words() -> dict[str, frozenset[str]]:
    """data/events/reached.json, normalized: `reach_verbs`, `reach_relatives`."""
    return word_lists("events", "reached.json")


def _verb_after(v: View, s: int, b: int) -> int:
    """The verb of reaching within REACH_GAP tokens from s, past the noun's adjectives, a ب
    phrase of its weapons, a comma and a relative pronoun; -1 past any other verb, a
    trigger noun or a mark other than a comma."""
    W = reach_words()
    for t in range(s, min(b, s + REACH_GAP)):
        if not v.word(t):
            if v.comma(t):
                continue
            return -1
        if v.bare(t) in W["reach_verbs"]:
            return t
        if v.is_verb(t) or v.trigger_noun_at(t) and v.norms[t][:1] != "ب":
            return -1  # (قصف | بقذائف مدفعية: the weapons it was done with go on)
    return -1


def reached_object(f: Frame) -> None:
    """An attack or coercion told by a noun with no recipient takes the object of the verb
    of reaching after it (`_verb_after`), or, when the verb is right before the definite
    noun (its subject), the phrase after the noun's own phrase; the party filter judges
    it (only_parties) and the place passes take a settlement (gold rule 18)."""
    if f.trig.verb or f.recipient or f.trig.type not in ("ASSAULT", "COERCE"):
        return
    v, a, b = f.v, f.a, f.b
    k = _verb_after(v, f.t1, b)
    if k >= 0:
        s = k + 1
    elif f.t0 > a and v.bare(f.t0 - 1) in reach_words()["reach_verbs"] and v.is_def(f.t0):
        s = v.np_forward(f.t0, b)  # أصابت | الغارات | أهدافا عدة
    else:
        return
    s = v.skip_times(s, b)
    e = v.np_coordinated(s, b) if s < b else s
    if e > s and not is_place(v, s, e):  # (طالت مدينة بنش: a settlement, the place)
        f.recipient = [(s, e)]
