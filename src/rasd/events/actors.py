"""Actors of deed nouns from two constructions of their sentence, as named passes over a
document's events (run by rasd.events.context; each fills only an empty actor, basis
"sentence"). Both were measured on the dev sets before they were built
(bench/actor_fallbacks.py):

- `doer_after`: a deed noun, then (a relative pronoun and) a verb of doing with an object
  pronoun that points back at it, then its subject: the doer (كمين مسلح نصبته المقاومة
  الشعبية، وقفة احتجاجية نظمها مسيحيو سهل نينوى، التقدم الذي حققته القوات العراقية، ضربات
  جوية تقودها الولايات المتحدة). The light, adopt and launch verbs (شنها، نفذه، تبناه) are
  read by rasd.events.nouns.light_verb_after; this reads the verbs of `doer_verbs`.
- `attributed_actor`: a deed noun, then a verb of attributing (نسبته السلطات إلى، نسب
  إلى، عزته إلى) and the party after إلى: the party it is attributed to.
- `decree_actor`: a decree (قرار، حكم، مرسوم) issued by a party orders the deed after its
  ب, and is itself that party's deed: أصدر الرئيس المصري قرارا جمهوريا بمد حالة الطوارئ،
  أصدرت المحكمة الجزائية المتخصصة حكما ابتدائيا يقضي بالسجن.

Words in data/events/actors.json."""

from __future__ import annotations

from functools import cache
from typing import Any

from rasd.document import Event, Role
from rasd.events.frame import OBJECT_PRONOUNS, SUBJECT_MAX, skip_time
from rasd.events.parties import parties_only
from rasd.lexicons import norm_words, read_json
from rasd.roles import RELATIVES, View, _nisba

DOER_REACH = 4  # tokens from a deed noun to the verb of doing after it
DECREE_REACH = 3  # tokens from a decree noun to the ب of the deed it orders
ISSUE_REACH = 16  # tokens from an issuing verb to its decree noun (its subject between)


@cache
def actor_words() -> dict[str, set[str]]:
    raw = read_json("events", "actors.json")
    return {k: norm_words(v) for k, v in raw.items() if not k.startswith("_")}


def _sentence(v: View, ev: Event) -> tuple[int, int]:
    s = v.sents[ev.sentence]
    return v.token_range(s.start, s.end)


def _verb_with_pronoun(v: View, k: int, verbs: set[str]) -> bool:
    """نصبته، نظمها، تقودها: a verb of `verbs` with an object pronoun."""
    n = v.bare(k)
    return any(n.endswith(suf) and n[:-len(suf)] in verbs for suf in OBJECT_PRONOUNS)


def _given(v: View, ev: Event, spans: list[tuple[int, int]]) -> None:
    kept = parties_only(v, spans)
    ev.actor = [Role(r.start, r.end, r.entity, basis="sentence")
                for r in (v.role(i, j) for i, j, *_ in kept)]


def _verb_after_deed(v: View, ev: Event, verbs: set[str], bare_ok: bool = False) -> int | None:
    """The token of a verb of `verbs` after the deed noun, with an object pronoun (or,
    with `bare_ok`, without one: هجوم انتحاري نسب إلى), past the noun's adjectives and a
    relative pronoun (a comma may come before it: الغارات الجوية، التي تقودها); else None."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i):
        return None
    _, b = _sentence(v, ev)
    k = i + 1
    while k < min(b, max(j, i + 1) + DOER_REACH):
        if not v.word(k):
            if v.text[v.toks[k].start] in "،," and k + 1 < b and (v.norms[k + 1],) in RELATIVES:
                k += 1
                continue
            return None
        if (v.norms[k],) in RELATIVES and v.norms[k] not in ("ما", "من"):
            k += 1
            continue
        if _verb_with_pronoun(v, k, verbs) or bare_ok and v.bare(k) in verbs:
            return k  # (the trigger may span it: التقدم الذي حققته)
        if k >= j and not _adjective_after(v, i, k):
            return None  # (حتفهم جراء كمين نصبته: the verb's deed is another noun)
        k += 1
    return None


def doer_phrase(v: View, ev: Event) -> list[tuple[int, int]] | None:
    """The subject of a verb of doing with an object pronoun right after the deed noun (past
    its adjectives and a relative pronoun); else None."""
    k = _verb_after_deed(v, ev, actor_words()["doer_verbs"])
    if k is None:
        return None
    _, b = _sentence(v, ev)
    s = skip_time(v, k + 1, b)
    if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s):
        return None
    e = v.np_coordinated(s, b)
    return v.split_coordination(s, e) if e > s else None


def attributed_phrase(v: View, ev: Event) -> list[tuple[int, int]] | None:
    """هجوم جديد نسبته السلطات إلى التمرد الكردي، هجوم انتحاري نسب إلى تنظيم داعش: the party
    after إلى of a verb of attributing right after the deed noun; else None."""
    W = actor_words()
    k = _verb_after_deed(v, ev, W["attribute_verbs"], bare_ok=True)
    if k is None:
        return None
    _, b = _sentence(v, ev)
    s = skip_time(v, k + 1, b)  # (نسب | إلى: a passive, no subject)
    if s < b and v.bare(s) not in W["attribute_to"] and v.bare(k) not in W["attribute_verbs"]:
        s = skip_time(v, v.np_forward(s, b), b)  # (نسبته السلطات | إلى)
    if s + 1 >= b or v.bare(s) not in W["attribute_to"] or not v.word(s + 1):
        return None
    e = v.np_coordinated(s + 1, b)
    return v.split_coordination(s + 1, e) if e > s + 1 else None


def _adjective_after(v: View, i: int, k: int) -> bool:
    """Token k can be an adjective of the deed noun at i: a definite word after a definite
    noun (الحصار الخانق), an indefinite relational adjective, participle or plain
    adjective (`plain_adjectives`) after an indefinite one (كمين مسلح، وقفة احتجاجية،
    هجمات متعمدة، هجوم جديد)."""
    if v.is_verb(k) or k in v.ent_tok or v.stop(k) or v.prefixed(k):
        return False
    if v.is_def(i):
        return v.is_def(k)
    n = v.bare(k)
    return not v.is_def(k) and (_nisba(n) or n[:1] == "م" and len(n) > 3
                                or n in actor_words()["plain_adjectives"])


def doer_after(story: Any) -> None:
    """كمين نصبته المقاومة الشعبية: the doer after a deed noun (doer_phrase)."""
    for ev in story.events:
        if not ev.actor and (found := doer_phrase(story.v, ev)):
            _given(story.v, ev, found)


def _decree_at(v: View, ev: Event, a: int) -> int | None:
    """The token of the decree noun that orders the deed: the trigger itself (حكما ابتدائيا
    يقضي بالسجن) or the noun before a trigger with ب, past its indefinite adjectives and
    a linking verb (قرارا جمهوريا بمد، حكما غيابيا يقضي بإعدام)."""
    W = actor_words()
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.bare(i) in W["decree_nouns"]:
        return i
    if v.norms[i][:1] != "ب" or v.is_verb(i):
        return None
    for k in range(i - 1, max(a - 1, i - 1 - DECREE_REACH), -1):
        if not v.word(k):
            return None
        if v.bare(k) in W["decree_nouns"]:
            return k
        if not (v.bare(k) in W["decree_links"] or not v.is_def(k) and v.bare(k).endswith("يا")):
            return None  # (only جمهوريا، ابتدائيا، غيابيا، يقضي between)
    return None


def decree_issuer(v: View, ev: Event) -> list[tuple[int, int]] | None:
    """The subject of the verb that issues the decree ordering the deed (_decree_at): after
    the verb (أصدرت المحكمة الجزائية المتخصصة في مقرها الصيفي حكما) or before it (الرئيس
    أصدر قرارا), when it names a party; else None."""
    a, b = _sentence(v, ev)
    d = _decree_at(v, ev, a)
    if d is None:
        return None
    verbs = actor_words()["issue_verbs"]
    for lv in range(d - 1, max(a - 1, d - 1 - ISSUE_REACH), -1):
        if not v.word(lv) and v.text[v.toks[lv].start] not in "()":
            return None
        if v.bare(lv) not in verbs and v.norms[lv] not in verbs:
            if v.is_verb(lv) or v.phrase_at(lv, v.W["complementizers"]):
                return None
            continue
        s = skip_time(v, lv + 1, d)
        if s < d:
            e = v.np_coordinated(s, d)
            return v.split_coordination(s, e) if e > s else None
        subj = v.subject_before(lv, a, SUBJECT_MAX)
        return v.split_coordination(*subj) if subj else None
    return None


def attributed_actor(story: Any) -> None:
    """هجوم نسبته السلطات إلى التمرد الكردي: the party it is attributed to
    (attributed_phrase)."""
    for ev in story.events:
        if not ev.actor and (found := attributed_phrase(story.v, ev)):
            _given(story.v, ev, found)


def decree_actor(story: Any) -> None:
    """أصدر الرئيس قرارا بتمديد حالة الطوارئ: the issuer of the decree (decree_issuer)."""
    for ev in story.events:
        if not ev.actor and (found := decree_issuer(story.v, ev)):
            _given(story.v, ev, found)

