"""Talks that are no talks (events52, issue 12): interviews, crowds gathering, sidelines.

Reads: a CONSULT event's trigger and the words around it (data/events/talkless.json).
Writes nothing: predicates the events stage drops events by. PLOVER CONSULT is talks,
meetings and visits between parties. Two frames of Arabic news name a meeting or a talk
where none between parties is told:
- `press_interview`: a meeting or talk noun whose partner is an outlet (خلال لقاء مع قناة
  العربية، في حديث لـ«الشرق الأوسط») or that a press adjective qualifies (في لقاء تلفزيوني،
  إعطاء لقاء صحفي) is the interview a speaker gave; what was said is the claim.
- `crowd_gathering`: اجتمع with a crowd as its subject and no partner after مع (اجتمع شباب
  أتراك وأكراد في المركز الثقافي) tells people gathering, for a rally, a prayer or a trip.
- `sidelines_setting`: a meeting or summit noun right after على هامش (والتقى الوزيران على
  هامش قمة إقليمية) is the setting of the talks or words its sentence tells.
"""

from __future__ import annotations

from rasd.document import Event
from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize


@once
def talkless_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "talkless.json")


WITH = normalize("مع")
LAM = frozenset(normalize(w) for w in ("ل", "لـ"))
QUOTE_MARKS = "«»\"“”'"
GATHER = frozenset(normalize(w) for w in ("اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع",
                                          "يجتمعون"))
PARTNER_REACH = 12  # tokens after a gathering verb searched for مع, within its sentence


def _outlet_at(v: View, k: int) -> bool:
    """Token k opens an outlet: a head noun of one, bare or with the clitic ل."""
    W = talkless_words()["outlet_heads"]
    return v.word(k) and (v.in_words(k, W) or v.preposed_in(k, W, "ل"))


def press_interview(v: View, ev: Event) -> bool:
    """A CONSULT noun whose partner is an outlet or that a press adjective qualifies."""
    if ev.type != "CONSULT":
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if i >= len(v.toks) or v.is_verb(i) or j >= len(v.toks):
        return False
    W = talkless_words()
    if v.word(j) and v.bare(j) in W["press_adjectives"]:
        return not (j + 1 < len(v.toks) and v.word(j + 1)
                    and v.norms[j + 1] in W["joint_words"])
    if v.norms[j] == WITH and j + 1 < len(v.toks):
        return _outlet_at(v, j + 1)
    if v.norms[j] in LAM and j + 1 < len(v.toks):
        return _outlet_at(v, j + 1) or v.text[v.toks[j + 1].start] in QUOTE_MARKS
    return v.preposed_in(j, W["outlet_heads"], "ل")


def crowd_gathering(v: View, ev: Event) -> bool:
    """اجتمع with a crowd word as its subject and no مع after it in its sentence."""
    if ev.type != "CONSULT":
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.bare(i) not in GATHER or j >= len(v.toks) or not v.word(j) \
            or v.bare(j) not in talkless_words()["crowd_subjects"]:
        return False
    s = v.sents[ev.sentence]
    end = min(v.token_range(s.start, s.end)[1], j + PARTNER_REACH)
    return not any(v.norms[k] == WITH for k in range(j + 1, end))


def sidelines_setting(v: View, ev: Event) -> bool:
    """A CONSULT noun right after على هامش is the setting of its sentence's deed or words."""
    if ev.type != "CONSULT":
        return False
    i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    W = talkless_words()
    return i >= 2 and not v.is_verb(i) and v.word(i - 1) and v.word(i - 2) \
        and v.norms[i - 1] in W["sideline_heads"] and v.norms[i - 2] in W["sideline_preps"]
