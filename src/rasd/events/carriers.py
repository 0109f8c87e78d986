"""Aid told by the arrival of its carrier (events30).

Reads: AID events with a noun trigger and the words before it (data/events/carriers.json).
Writes: the event's trigger, moved back to start at the word of the carrier's arriving.
In «هبوط طائرة الإغاثة السعودية في مطار عدن» or «رست سفينة تحمل مساعدات غذائية» the aid
noun names the cargo or the kind of the carrier; the deed told is its delivery, and the
word that tells it is the arrival (هبوط، رست، وصلت، إنزال). The trigger runs from that
word to the aid noun, so it names both; no event is added or dropped."""

from __future__ import annotations

from typing import Any

from rasd.document import Event, Span
from rasd.lexicons import read_json
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize


@once
def _lists() -> dict[str, Any]:
    raw = read_json("events", "carriers.json")
    return {k: frozenset(normalize(w) for w in raw[k])
            for k in ("arrival_words", "carrier_nouns", "ordinals", "links")} | {
        "reach": int(raw["reach"])}


def _is(v: View, k: int, words: frozenset[str]) -> bool:
    """Token k is one of `words`: with or without و/ف and the article, or a leading ب/ل."""
    return v.in_words(k, words) or v.preposed_in(k, words)


def _word_before(v: View, k: int, lo: int) -> int | None:
    """The word token right before k (no mark between), or None."""
    return k - 1 if k - 1 >= lo and v.word(k - 1) else None


def arrival_start(v: View, i: int, lo: int) -> int | None:
    """The token of the arrival word before an aid noun at token i, through its carrier
    (طائرة الإغاثة، سفينة تحمل مساعدات، طائرة عسكرية سعودية محملة بمساعدات), or None."""
    L = _lists()
    k = _word_before(v, i, lo)
    if k is None:
        return None
    if _is(v, k, L["links"]):  # the carrier, its adjectives, a link, then the cargo
        for _ in range(L["reach"] + 1):
            k = _word_before(v, k, lo)
            if k is None:
                return None
            if _is(v, k, L["carrier_nouns"]):
                break
        else:
            return None
    elif not _is(v, k, L["carrier_nouns"]):
        return None
    k = _word_before(v, k, lo)
    if k is not None and _is(v, k, L["ordinals"]):
        k = _word_before(v, k, lo)
    return k if k is not None and _is(v, k, L["arrival_words"]) else None


def carried_aid(v: View, ev: Event, evs: list[Event]) -> bool:
    """An AID noun after a carrier after an arrival word: the trigger starts at the arrival
    word, unless another event of the sentence is told by that word. True when it moved."""
    if ev.type != "AID":
        return False
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i):
        return False
    lo, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    k = arrival_start(v, i, lo)
    if k is None:
        return False
    start = v.toks[k].start
    if any(e is not ev and e.sentence == ev.sentence and e.trigger.start < v.toks[k].end
           and start < e.trigger.end for e in evs):
        return False
    ev.trigger = Span(start, ev.trigger.end)
    return True
