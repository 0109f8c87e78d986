"""The accused as the doer of the deed charged (issue 12, actors45).

Reads: the document's events and tokens (data/events/accused.json). Writes: the actor of a
deed event with none, basis "sentence". `accused_doer` is a context pass
(rasd.events.context.PASSES): اتهمت الحكومة السورية تركيا بقصف مواقع للجيش، اتهم أبو مازن
حماس بالإقدام على اختطاف ثلاثة من المستوطنين: the accusation's recipient (the accused) is
who did the deed its ب phrase names, right after the accused (past a comma aside of time,
اتهمت … تركيا، أمس، باستهدافها) or after a noun of committing (بارتكاب، بالإقدام على، بشن).
A deed joined to it by و (بقتل وتعذيب) is charged too. `lam_object_after` tells
rasd.events.context.possessive_actor that the pronoun on a verbal noun whose object
follows after ل is its agent (… من خلال استهدافهم للمدنيين: the accused's own deed)."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.context_shared import Story, copy_roles
from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.segment import clitic_stems

ASIDE_MAX = 7  # tokens of an aside (a comma, a time, a bracket) between the accused and ب
ASIDE_MARKS = "،,()«»\"“”"
BA = frozenset({"ب", "بـ"})  # the ب written apart (بـ«ارتكاب انتهاكات»)


@once
def accused_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "accused.json")


def accused_doer(story: Story) -> None:
    """The recipient of an accusation (`accusing_words`) is the actor of the deed event with
    no actor whose trigger its ب phrase opens (see the module's docstring)."""
    v = story.v
    W = accused_words()
    starts = story.by_head()
    for ev in story.events:
        if ev.type != "ACCUSE" or not ev.recipient:
            continue
        i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
        if not any(st in W["accusing_words"] for st, _, _ in clitic_stems(v.norms[i])):
            continue
        b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[1]
        end = max(v.token_range(r.start, r.end)[1] for r in ev.recipient)
        k = _past_aside(v, end, b)
        deed = _charged_deed(v, k, b, starts, W) if k is not None else None
        while deed is not None and deed is not ev and not deed.actor \
                and deed.sentence == ev.sentence:
            deed.actor = copy_roles(ev.recipient, "sentence")
            deed = _joined_deed(v, deed, b, starts)


def _past_aside(v: View, k: int, b: int) -> int | None:
    """The token of the ب after the accused at k, past an aside of marks and time words
    (تركيا، أمس، باستهدافها؛ «النصرة» أيضًا بخطف: أيضا is one of View's time words), or
    None."""
    for t in range(k, min(b, k + ASIDE_MAX + 1)):
        if v.word(t) and not v.in_time(t) and not v.is_time(t):
            n = v.norms[t]
            return t if n[:1] == "ب" and len(n) > 2 or n in BA else None
        if not v.word(t) and v.text[v.toks[t].start] not in ASIDE_MARKS:
            return None
    return None


def _charged_deed(v: View, k: int, b: int, starts: dict[int, Event],
                  W: dict[str, frozenset[str]]) -> Event | None:
    """The deed event the ب phrase at token k opens: its own word (بقصف), or the word after
    a noun of committing (بارتكاب مجازر، بالإقدام على اختطاف)."""
    if v.norms[k] in BA:  # بـ«ارتكاب انتهاكات»
        k += 1
        while k < b and not v.word(k) and v.text[v.toks[k].start] in "«\"“":
            k += 1
        word = v.norms[k] if k < b else ""
    else:
        word = v.norms[k][1:]
    if k >= b:
        return None
    if k in starts:
        return starts[k]
    lead = word[2:] if word.startswith("ال") and word[2:] in W["deed_leads"] else word
    if word not in W["deed_leads"] and lead not in W["deed_leads"]:
        return None
    k += 1
    if k < b and v.norms[k] in W["lead_preps"]:
        k += 1  # بالإقدام على | اختطاف
    return starts.get(k) if k < b else None


def _joined_deed(v: View, deed: Event, b: int, starts: dict[int, Event]) -> Event | None:
    """A deed event right after `deed`, joined by و (بقتل وتعذيب), else None."""
    j = v.token_range(deed.trigger.start, deed.trigger.end)[1]
    nxt = starts.get(j)
    return nxt if j < b and nxt is not None and v.norms[j][:1] == "و" else None


def lam_object_after(v: View, ev: Event, j: int) -> bool:
    """استهدافهم للمدنيين، محاصرتهم لمنزله: a verbal noun with a possessive pronoun whose
    object the event reads right after it behind ل (its recipient opens at token j, the
    first after the trigger): the ل phrase is the object, so the pronoun is the agent, not
    the one done to (which would leave no room for a ل object; actors45)."""
    if j >= len(v.toks) or not v.word(j) or v.norms[j][:1] != "ل" or len(v.norms[j]) <= 3 \
            or v.in_time(j):
        return False
    start, end = v.toks[j].start, v.toks[j].end
    return any(start <= r.start < end for r in ev.recipient)


__all__ = ["accused_doer", "accused_words", "lam_object_after"]
