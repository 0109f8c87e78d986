"""Visits to the held, the wounded and the sick (events47, issue 12): no talks.

Reads: a CONSULT event's trigger and the word right after it (data/events/cared.json).
Writes nothing: a predicate the events stage drops events by. PLOVER CONSULT is talks,
meetings and visits between parties; a visit or a meeting whose object is one held,
wounded or sick, a lawyer's client or one's own child is a family's, a lawyer's or a
carer's visit to a person (حاولت زيارة الجرحى اليمنيين في المستشفيات الأردنية، لم يتمكن
من لقاء موكليهم على انفراد، خلال زيارتها لنجلها الأسير). It runs after the passes that fold
a visit told again into the first (told_again), so the retelling goes with it (تأجيل
زيارتهم). A reception of the relatives of the held stays talks (استقبل أهالي المعتقلين)."""

from __future__ import annotations

from rasd.document import Event
from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import View


@once
def cared_for() -> frozenset[str]:
    return word_lists("events", "cared.json")["cared_for"]


def care_visit(v: View, ev: Event) -> bool:
    """The CONSULT event's object, the word right after its trigger, is one cared for."""
    if ev.type != "CONSULT":
        return False
    j = v.token_range(ev.trigger.start, ev.trigger.end)[1]
    return j < len(v.toks) and v.word(j) and (v.bare(j) in cared_for()
                                              or v.norms[j] in cared_for())
