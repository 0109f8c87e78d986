"""Claims from "according to" frames: وفقا لـ X، بحسب X، نقلا عن X."""

from __future__ import annotations

from rasd.claims.spans import clause_before, clause_end, media_at, outlet, outlet_at
from rasd.claims.speakers import plausible, speaker
from rasd.document import Claim, Span
from rasd.lexicons import Cue
from rasd.roles import View
from rasd.text.matcher import Match
from rasd.text.normalize import normalize

QUOTE_MARKS = "\"«»“”"  # a mark opening or closing a quotation


def frame_claim(v: View, si: int, m: Match[Cue], a: int, b: int,
                has_verb_after: bool) -> tuple[Claim | None, Span | None]:
    """(a claim, an outlet): a via for the next cue when X is an outlet and a reporting verb
    follows; otherwise a claim by X about its clause (the clause after the frame when the
    frame opens it, وبحسب المرصد فإن …, or opens a clause with و, …” وطبقا للكنيست تصدر …;
    else the clause before, …، بحسب المرصد)."""
    c1 = m.last
    W = v.W
    if c1 >= b or conformity(v, c1):
        return None, None
    cue = Span(m.start, m.end)
    if (verb := frame_verb(v, m, b)) is not None:
        cue = Span(m.start, v.toks[verb].end)  # وفقا لما ذكرته وكالة …: the source after the verb
        c1 = verb + 1
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
        elif (q := content_opener(v, p, b)) is not None:
            # وبحسب مصدر في المقاومة لـ«الشرق الأوسط»، فإن …: the source's phrase runs on to
            # the first mark, outlet or time (للمقدم علي الشهراني المتحدث … | فإن)
            k = p
            while k < q - 1 and v.word(k) and not outlet_at(v, k) and not v.is_time(k):
                k += 1
            if p == s_end and k > s_end and plausible(v, c1, k):
                who = speaker(v, c1, k)
            p = q
        e = clause_end(v, p, b)
    else:
        p, e = attributed_clause(v, a, m.first)
        if sum(v.mark(k) in QUOTE_MARKS for k in range(p, m.first)) % 2:
            return None, None  # «ساعدوني، لقد أحرقونا جميعا»، بحسب ما قاله: cut inside a quotation
    if e - p < 2:
        return None, None
    return Claim("", si, who, cue, v.span(p, e), False, None), None


FRAMED_SOURCE_MAX = 14  # tokens of a fronted frame's source phrase before the verb it is subject of


def framed_subject(v: View, m: Match[Cue], verbs: list[Match[Cue]], a: int, b: int
                   ) -> tuple[Match[Cue], tuple[int, int]] | None:
    """وبحسب مصادر عسكرية، أكدت أن …؛ ووفقاً لتقارير طبية من مستشفيات … أفادت بأنه …: a frame
    opening its sentence whose source phrase runs, with words only (a comma may close it), up
    to a reporting verb that has no subject of its own (its إن/أن or a colon right after it):
    the source is that verb's subject, and the frame makes no claim of its own.
    (the verb and the source's tokens [start, end)); else None."""
    conj = normalize(v.text[v.toks[m.first].start:m.start]) in ("و", "ف")
    if not (m.first == a or conj and m.first <= a + 1) or frame_verb(v, m, b) is not None:
        return None
    c1 = m.last
    nxt = next((x for x in verbs if x.first > m.first), None)
    if nxt is None or not nxt.payload.verb or nxt.payload.participle \
            or nxt.first - c1 > FRAMED_SOURCE_MAX or nxt.last >= b:
        return None
    e = nxt.first
    if e - 1 > c1 and not v.word(e - 1) and v.comma(e - 1):
        e -= 1
    if e <= c1 or any(not v.word(t) or v.is_verb(t) for t in range(c1, e)) \
            or not plausible(v, c1, e):
        return None
    after = nxt.last
    if not (v.phrase_at(after, v.W["complementizers"])
            or not v.word(after) and v.text[v.toks[after].start] == ":"):
        return None
    return nxt, (c1, e)


def frame_verb(v: View, m: Match[Cue], b: int) -> int | None:
    """The verb of «وفقا لما ذكرته وكالة …، بحسب ما أفادت مصادر …، طبقا لما ذكره X»: the token
    after the frame's ما/لما when it is a word (no definite noun), with a word after it;
    the frame, ما and the verb are the cue, the source follows the verb."""
    t = m.last
    if t + 2 < b and v.bare(t) in ("لما", "ما") and v.word(t + 1) and v.word(t + 2) \
            and not (v.is_def(t + 1) or v.stop(t + 1) and not v.is_verb(t + 1)):
        return t + 1
    return None


OPENER_REACH = 16  # tokens from a fronted frame's source to the فإن/فقد opening its clause


def content_opener(v: View, p: int, b: int) -> int | None:
    """After a fronted frame's source noun phrase that stops short (وطبقًا للمقدم علي
    الشهراني المتحدث الإعلامي … فإن، وبحسب مصدر في المقاومة لـ«الشرق الأوسط»، فإن، ووفقا لما
    ذكرته وكالة … فجر اليوم (الأربعاء)، فقد): the token after the فإن or فقد that opens the
    attributed clause, when only the rest of the source's phrase, an outlet, a time or
    marks come before it (no verb); else None."""
    for t in range(p, min(b, p + OPENER_REACH)):
        if not v.word(t):
            if v.text[v.toks[t].start] in ".؟?!:؛;":
                return None
            continue
        n = v.norms[t]
        if n[:1] == "ف" and (v.phrase_at(t, v.W["complementizers"]) or n == "فقد"):
            return t + 1 if t + 1 < b else None
        if v.is_verb(t) and not v.is_time(t):
            return None
    return None


def conformity(v: View, t: int) -> bool:
    """وفق خطط مركز العمليات، وفقا لتوجيهات …، حسب تعليمات …: the frame's noun is a rule or
    plan acted on (words.json `conformity_nouns`), "in accordance with", no source."""
    n = v.bare(t)
    forms = {n, n[1:] if n[:1] in "لب" else n}
    forms |= {f[2:] for f in forms if f.startswith("ال")}
    return any((f,) in v.W["conformity_nouns"] for f in forms)


def aside_frame(v: View, m: Match[Cue], a: int, b: int) -> bool:
    """يقول الناطق … علي الأحمدي - حسب وكالة الصحافة الفرنسية - إن …: a frame between dashes
    or commas right before the إن/أن of the verb before it names where the report was read,
    no claim of its own (and no edge of that verb's content). The frame may also follow the
    speaker with no mark before it (وقال سكان محليون وفقاً لموقع المشهد اليمني، إن …)."""
    if m.first <= a or m.last >= b:
        return False
    if not v.word(m.first - 1) and v.text[v.toks[m.first - 1].start] not in "-–—،,":
        return False
    e = v.np_forward(m.last, b, prefixed_ok=True)
    return m.last < e < b - 1 and v.text[v.toks[e].start] in "-–—،," \
        and bool(v.phrase_at(e + 1, v.W["complementizers"]))


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
