"""Captives held by a party (events28): the party after the holding phrase is the actor.

Reads: a COERCE event whose trigger is a captive noun (data/events/captives.json), the
View's tokens and entities. Writes: the event's actor, when it has none. وجود أسرى إيرانيين
لدى المقاومة: المقاومة holds them; وقوع المئات من مليشيا الحوثي أسرى في ايدي المقاومة
الشعبية: المقاومة الشعبية. The holder stands right after the noun or past one adjective
(إيرانيين); nothing else is read, so a noun with no holding phrase there keeps no actor."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.parties import keep_parties
from rasd.lexicons import read_json
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize


@once
def captive_words() -> tuple[frozenset[str], set[tuple[str, ...]]]:
    raw = read_json("events", "captives.json")
    nouns = frozenset(normalize(w) for w in raw["captive_nouns"])
    return nouns, {tuple(normalize(w) for w in p.split()) for p in raw["holding_phrases"]}


def captive_holder(v: View, ev: Event, b: int) -> None:
    """The party after a holding phrase right after a captive noun (past one adjective):
    the actor of the captivity (tokens up to b, the sentence's end)."""
    nouns, holding = captive_words()
    if ev.actor or ev.type != "COERCE":
        return
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 and not (j < b and v.phrase_at(j, holding)):  # (a trigger ending the text)
        j = i + 1  # (the trigger span may reach over the holding phrase: أسرى في ايدي)
    if normalize(v.text[ev.trigger.start:v.toks[i].end]) not in nouns \
            and v.bare(i) not in nouns:
        return
    for k in (j, j + 1):
        n = v.phrase_at(k, holding) if k < b else 0
        if n:
            e = v.np_forward(k + n, b)
            if e > k + n:
                ev.actor = keep_parties(v, [v.role(k + n, e)])
            return
        if k >= b or not v.word(k):
            return
