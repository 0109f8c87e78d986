"""Claims from "according to" frames: وفقا لـ X، بحسب X، نقلا عن X."""

from __future__ import annotations

from rasd.claims.spans import clause_before, clause_end, media_at, outlet
from rasd.claims.speakers import plausible, speaker
from rasd.document import Claim, Span
from rasd.lexicons import Cue
from rasd.roles import View
from rasd.text.matcher import Match
from rasd.text.normalize import normalize


def frame_claim(v: View, si: int, m: Match[Cue], a: int, b: int,
                has_verb_after: bool) -> tuple[Claim | None, Span | None]:
    """(a claim, an outlet): a via for the next cue when X is an outlet and a reporting verb
    follows; otherwise a claim by X about its clause (the clause after the frame when the
    frame opens it, وبحسب المرصد فإن …, or opens a clause with و, …” وطبقا للكنيست تصدر …;
    else the clause before, …، بحسب المرصد)."""
    c1 = m.last
    W = v.W
    if c1 >= b:
        return None, None
    s_end = v.np_forward(c1, b, prefixed_ok=True)
    if s_end == c1:
        return None, None
    if s_end < b and v.norms[s_end][:3] == "لل":  # حصيلة للمرصد
        s_end = max(s_end, v.np_forward(s_end, b, prefixed_ok=True))
    is_outlet = (v.bare(c1),) in W["outlet_nouns"] or (v.bare(c1)[1:],) in W["outlet_nouns"] \
        or media_at(v, c1)
    if is_outlet and has_verb_after:
        return None, outlet(v, c1, s_end)
    if not plausible(v, c1, s_end) or any(f in W["expression_nouns"] for f in (
            (v.bare(c1),), (v.bare(c1)[2:],))):
        return None, None  # حسب تعبير البيان: a quoted expression, not a claim
    who = speaker(v, c1, s_end)
    conj = normalize(v.text[v.toks[m.first].start:m.start]) in ("و", "ف")  # وطبقا لـ X يصدر
    if v.boundary_before(m.first, a) and (m.first <= a + 1 or conj):
        p = s_end
        while p < b and not v.word(p):
            p += 1
        if p < b and v.phrase_at(p, W["complementizers"]):  # وبحسب المرصد فإن …
            p += 1
        e = clause_end(v, p, b)
    else:
        p, e = attributed_clause(v, a, m.first)
    if e - p < 2:
        return None, None
    return Claim("", si, who, Span(m.start, m.end), v.span(p, e), False, None), None


def attributed_clause(v: View, a: int, c0: int) -> tuple[int, int]:
    """The clause a trailing frame attributes: the one right before it, unless that is only
    a pointer back (…، وذلك بحسب الوزارة) or an adverbial clause (…، بعد أن خسروا عدن، بحسب
    مصادر): then the main clause before it, which the pointer or the adverbial leans on."""
    p, e = clause_before(v, a, c0)
    W = v.W
    leaning = e - p == 1 and (v.bare(p),) in W["back_pointers"] \
        or (k := v.phrase_at(p, W["subordinators"])) and p + k < e \
        and v.phrase_at(p + k, W["complementizers"])
    if leaning and p - 1 > a:
        q, f = clause_before(v, a, p - 1)
        if f - q >= 2:
            return q, f
    return p, e
