"""A siege told as a state (events55, issue 12): the besieged participle as a predicate.

Reads: the words before a match of the siege row's participles (data/events/besieged.json).
`besieged_state` writes nothing: a predicate over a trigger match, asked by
`triggers.construct_ok`, which refuses the participle out of construct; `besieged_roles`, a
pass of `arguments.PASSES`, writes the frame's actor and recipient.

«عدن ظلت محاصرة على مدى ثلاثة أشهر» (fresh29), «إن صنعاء محاصرة من كل الجهات»
(fresh10), «لأنهم محاصرون» (fresh11), «باتت القاعدة محاصرة من مختلف الاتجاهات» (region
news) tell a siege, and the gold codes it (COERCE); the same word as an attribute (بلدات
شيعية محاصرة، مدينة عدن المحاصرة، القطاع المحاصر) names a besieged place and tells none."""

from __future__ import annotations

from rasd.events.frame import Frame
from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize


@once
def besieged_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "besieged.json")


def _inna(v: View, k: int, W: dict[str, frozenset[str]]) -> bool:
    """Token k is إن or a sister, bare or with a pronoun suffix (لأنهم)."""
    n = v.norms[k]
    if n in W["inna"]:
        return True
    return any(n.endswith(s) and n[:-len(s)] in W["inna"] for s in W["inna_pronouns"])


def besieged_state(v: View, m) -> bool:
    """The match is one bare word (no article, clitic or suffix) and a predicate: a copula
    (`copulas`) right before it or one subject word before it (ظلت محاصرة، باتت القاعدة
    محاصرة), or إن or a sister right before it with its pronoun (لأنهم محاصرون) or one
    subject word before it (إن المدينة محاصرة); a mark between stops the reading."""
    tok = v.toks[m.first]
    if m.last != m.first + 1 or m.start != tok.start or m.end != tok.end:
        return False
    W = besieged_words()
    k = m.first - 1
    if k < 0 or not v.word(k):
        return False
    if v.norms[k] in W["copulas"] or v.bares[k] in W["copulas"]:
        return True
    if _inna(v, k, W) and v.norms[k] not in W["inna"]:
        return True  # لأنهم محاصرون: the subject is the suffix
    if k < 1 or not v.word(k - 1) or not (v.is_def(k) or k in v.ent_tok):
        return False
    j = k - 1  # a subject word between: باتت القاعدة، إن المدينة، إن صنعاء
    return v.norms[j] in W["copulas"] or v.bares[j] in W["copulas"] or _inna(v, j, W)


def besieged_roles(f: Frame) -> None:
    """باتت القاعدة محاصرة، بات محاصرا … من قوات النظام: the participle's subject, read as
    the actor before it, is the place or party besieged (the recipient), and a party after
    من (من قبل) past it is who besieges (the actor); nothing after it is its object."""
    if f.trig.verb or f.trig.lemma not in _LEMMAS or not besieged_state(f.v, f.m):
        return
    before = [x for x in f.actor if x[1] <= f.t0]
    if not before and not f.recipient:
        return
    by = [x for x in f.recipient if x[0] >= f.t1 and x[0] >= 1
          and _FROM in (f.v.norms[x[0] - 1], f.v.norms[max(x[0] - 2, 0)])]
    f.actor, f.recipient = by, before  # (a passive participle takes no object)


_FROM = normalize("من")
_LEMMAS = frozenset({normalize("محاصرة")})

__all__ = ["besieged_roles", "besieged_state", "besieged_words"]
