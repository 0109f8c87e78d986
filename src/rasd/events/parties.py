"""Only whole noun phrases that name a party become actors or recipients: never a
function word (عدد، عدم، أكثر، بدورها), a number, a noun with a first-person pronoun
(موقفنا), a preposition phrase (بمنح قوات التحالف …), a clause (… قد تشمل), an abstract
noun (بيان، عواقب، مسؤوليته) or an event (التفجيرين); word lists in
data/events/markers.json (`non_party_words`, `non_party_heads`)."""

from __future__ import annotations

from rasd.events.frame import TokSpan
from rasd.lexicons import event_markers, trigger_matcher
from rasd.roles import PREPS, View
from rasd.text.segment import clitic_stems

MAX_ROLE = 8  # tokens: a longer phrase without a name is a clause, not a party


def party_span(v: View, span: TokSpan) -> TokSpan | None:
    """The span cut before a clause inside it, or None when it names no party."""
    i, j, *cut = span
    M = event_markers()
    cut_at = _clause_cut(v, i, j)
    if cut_at < j:
        j = cut_at
        while j > i and not v.word(j - 1):
            j -= 1
    if j <= i:
        return None
    if not any(any("\u0621" <= c <= "\u064a" for c in v.norms[k]) for k in range(i, j)):
        return None  # 3042, 9/11
    named = any(k in v.ent_tok for k in range(i, j))
    if j - i > MAX_ROLE and not named:
        return None
    head = v.bare(i)
    stems = {head, head[2:] if head.startswith("ال") else head} | {
        st for st, _, _ in clitic_stems(head)}
    if j - i == 1 and not named and (stems & M["non_party_words"] or head.endswith("نا")
                                     and len(head) > 4):
        return None  # عدد، أكثر، بدورها، موقفنا
    if not named and stems & M["non_party_heads"]:
        return None  # بيان، عواقب، مسؤوليته
    if (v.norms[i],) in PREPS or v.norms[i] in ("لكني", "لدي", "لديهم", "لديه", "لديها"):
        return None  # من استعادة، لديهم
    if not named and not cut and head[:1] in "بل" and v.clitic_start(i) == v.toks[i].start \
            and head[1:3] != "ال" and len(head) > 3:
        return None  # بمنح قوات التحالف حرية …، بعواقب، لاتخاذ قرار، لسكانها
    if not named and _event_noun(v, i):
        return None  # التفجيرين استهدفا
    if j - i == 1 and not named and _pronominal(v, i):
        return None  # مقاتليه، أهدافها، حافلتهم: a pronoun, not a name
    return (i, j, *cut)


def _clause_cut(v: View, i: int, j: int) -> int:
    """Cut a phrase at a word that opens a clause inside it (قد، أن، الذي, a known verb)."""
    for k in range(i + 1, j):
        n = v.norms[k]
        if n in ("قد", "لقد", "سوف") or v.phrase_at(k, v.W["complementizers"]) \
                or (v.bare(k),) in v.W["passive_auxiliaries"] \
                or (v.is_verb(k) and k not in v.ent_tok and not v.is_def(k)) \
                or _imperfect_shape(v, k):
            return k
    return j


def _imperfect_shape(v: View, k: int) -> bool:
    """يشتبه، يصدر، تهدف: an imperfect verb shape inside a phrase (not a name, a definite
    word, a relational adjective or a plural)."""
    n = v.bare(k)
    return n[:1] in "يت" and 4 <= len(n) <= 6 and k not in v.ent_tok and not v.is_def(k) \
        and not n.endswith(("ي", "يه", "ه", "ات", "ين", "ون", "يا")) and v.word(k)


def _pronominal(v: View, i: int) -> bool:
    """A noun with a possessive pronoun (مقاتليه، مقرها، معارضيهم): the letter ه, not
    the taa marbuta ة, ends it; nouns with a pronoun take no article."""
    word = v.text[v.toks[i].start:v.toks[i].end]
    n = v.bare(i)
    return not v.is_def(i) and len(n) > 3 and (
        word.endswith(("ها", "هم", "هما", "هن")) or word.endswith("ه") and not word.endswith("ة")
        and n not in ("الله",))


def _event_noun(v: View, i: int) -> bool:
    return any(not m.payload.verb for m in trigger_matcher().candidates(v.text, v.toks, i)) \
        or any(st in event_markers()["event_nouns"] for st, _, _ in clitic_stems(v.norms[i]))


def parties_only(v: View, spans: list[TokSpan]) -> list[TokSpan]:
    return [x for s in spans if (x := party_span(v, s)) is not None]
