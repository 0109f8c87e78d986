"""Claims: who said what, through which outlet.

A reporting cue (data/claims/cues.tsv, frames.tsv) anchors each claim. Its speaker is
the noun phrase after the cue (verb-first: وقال مصدر ... إن), before it (subject-first:
الوزارة أكدت، كان X قد قال), or the previous claim's speaker when the cue has none
(وأضاف أن). The content is the clause after إن/أن/بأن up to the clause edge, the text
inside quotation marks (direct), or a noun phrase for cues like أكد/نفى. An outlet
(لوكالة ...، في تصريح لقناة ...، ووفقا لموقع ...) becomes `via`.
"""

from __future__ import annotations

from rasd.document import Claim, Document, Span, Speaker
from rasd.lexicons import Cue, cue_matcher
from rasd.roles import RELATIVES, View, matches
from rasd.text.normalize import normalize

WINDOW = 22  # tokens between a cue and its إن/أن


def find_claims(doc: Document) -> list[Claim]:
    v = View(doc)
    out: list[Claim] = []
    last: Speaker | None = None
    for si, a, b in v.sentences():
        found = matches(v, cue_matcher(), a, b)
        pending_via: Span | None = None
        for n, m in enumerate(found):
            cue: Cue = m.payload  # type: ignore[assignment]
            nxt = found[n + 1].first if n + 1 < len(found) else b
            if not cue.verb:
                claim, via = _frame(v, si, m, a, b, has_verb_after=any(
                    getattr(f.payload, "verb", False) for f in found[n + 1:]))
                if via is not None:
                    pending_via = via
                if claim is not None:
                    out.append(claim)
                continue
            claim = _verb_claim(v, si, m, cue, a, b, nxt, last, pending_via)
            if claim is not None:
                out.append(claim)
                last = claim.speaker
                pending_via = None
    out.sort(key=lambda c: (c.cue.start, c.content.start))
    for k, c in enumerate(out, 1):
        c.id = f"c{k}"
    return out


def stage(doc: Document) -> Document:
    doc.claims = find_claims(doc)
    return doc


# --- verbs -------------------------------------------------------------------


def _verb_claim(v: View, si: int, m, cue: Cue, a: int, b: int, nxt: int,
                last: Speaker | None, pending_via: Span | None) -> Claim | None:
    c0, c1 = m.first, m.last
    if c0 > a and (v.bare(c0 - 1),) in RELATIVES:
        return None  # والتي تدعي محاربة الإرهاب: a relative clause, not a report
    limit = min(b, c1 + WINDOW, max(nxt, c1 + 1))
    q, direct, quoted_via = _content_start(v, c1, limit, b, a)
    prefix = normalize(v.text[v.toks[c0].start:m.start])
    verb_first = prefix in ("و", "ف") or v.boundary_before(c0, a)
    subj = None if verb_first else v.subject_before(c0, a)
    if subj is None:
        verb_first = True
    via = pending_via or quoted_via

    if q is None:
        report = _report_frame(v, c0, a)
        if report is not None and verb_first:  # ..., حسبما أفاد المرصد
            s = _skip_times(v, c1, b)
            e = v.np_forward(s, b, prefixed_ok=True)
            if e == s or report[1] - report[0] < 2:
                return None
            return Claim("", si, _speaker(v, s, e), Span(m.start, m.end),
                         v.span(*report), False, via)
        if not cue.nominal:  # nominal content: أكد مصدر ... استمرار المفاوضات
            return None
        if verb_first:
            s_end = v.np_forward(c1, b)
            if s_end == c1 or not _plausible(v, c1, s_end):
                return None
            speaker_tokens = (c1, s_end)
            p = s_end
        else:
            speaker_tokens, p = subj, c1
        while p < b and (v.is_time(p) or _outlet_at(v, p)):
            if _outlet_at(v, p):
                o_end = _outlet_end(v, p, b)
                via = via or _outlet(v, p, o_end)
                p = o_end
            else:
                p += v.is_time(p)
        e = _clause_end(v, p, b)
        if e - p < 2:
            return None
        speaker = _speaker(v, *speaker_tokens)  # type: ignore[misc]
        return Claim("", si, speaker, Span(m.start, m.end), v.span(p, e), False,
                     via or _via(v, c1, p))

    # speaker
    if cue.participle:
        speaker: Speaker | None = _main_subject(v, si, a, c0, last)
    elif not verb_first and subj is not None:
        speaker = _speaker(v, *subj)
    else:
        s_end = _speaker_end(v, c1, q, cue)
        speaker = _speaker(v, c1, s_end) if s_end > c1 else None
        if speaker is None and cue.source_prep and c1 < q and v.norms[c1] == cue.source_prep:
            e = v.np_forward(c1 + 1, q)  # ونُقل عن المتحدث قوله: the source speaks
            speaker = _speaker(v, c1 + 1, e) if e > c1 + 1 else None
        if speaker is None:
            speaker = _dropped_subject(v, si, a, c0, last)
    if speaker is None:
        return None
    # content
    p = q if direct else q + 1
    if not direct and p < b and v.text[v.toks[p].start] == ":":  # عن مصدر قوله: «…»
        p += 1
    if not direct and p < b and v.phrase_at(p, v.W["complementizers"]):  # قال: إن ...
        p += 1
    if not direct and p < b and _quote(v, p):  # قال إن «...»
        direct, p = True, p
    if direct:
        close = v.W["quotes"][_quote(v, p)]
        e = p + 1
        while e < b and v.text[v.toks[e].start:v.toks[e].end] != close:
            e += 1
        if e == p + 1:
            return None
        s = p + 1
        if s < e and v.phrase_at(s, v.W["complementizers"]):  # «إن قوات الجيش ...»
            s += 1
        content = v.span(s, e)
    else:
        e = _clause_end(v, p, b)
        if e <= p:
            return None
        content = v.span(p, e)
    return Claim("", si, speaker, Span(m.start, m.end), content, direct,
                 via or _via(v, c1, q))


def _quote(v: View, t: int) -> str | None:
    ch = v.text[v.toks[t].start:v.toks[t].end]
    return ch if ch in v.W["quotes"] else None


def _content_start(v: View, c1: int, limit: int, b: int, a: int
                   ) -> tuple[int | None, bool, Span | None]:
    """(token where the content starts, direct?, an outlet named in quotes) after a cue:
    إن/أن, a colon, or a quotation opening right after the cue, a comma or a colon.
    A quoted name after لـ (لـ«الشرق الأوسط») is the outlet, not the content."""
    W = v.W
    via = None
    t = c1
    while t < limit:
        ch = v.text[v.toks[t].start:v.toks[t].end]
        q = _quote(v, t)
        if q is not None:
            close = W["quotes"][q]
            if t > c1 and v.norms[t - 1] in ("ل",) or (t > c1 and v.word(t - 1) and
                                                      (v.bare(t - 1)[1:],) in W["outlet_nouns"]):
                e = t + 1
                while e < b and v.text[v.toks[e].start:v.toks[e].end] != close:
                    e += 1
                if e > t + 1:
                    via = v.span(t + 1, e)
                t = e + 1
                continue
            e = t + 1
            while e < b and v.text[v.toks[e].start:v.toks[e].end] != close:
                e += 1
            if q == '"' and sum(v.text[v.toks[k].start] == '"' for k in range(a, t)) % 2:
                break  # a closing straight quote: we are inside a quotation already
            if t == c1 or not v.word(t - 1) or sum(v.word(k) for k in range(t + 1, e)) >= 3:
                return t, True, via
            return None, False, via  # a quoted word or two («الإرهابيين»), not a quotation
        if ch == ":":
            if t + 1 < b and _quote(v, t + 1):
                return t + 1, True, via
            if t + 1 < b and v.phrase_at(t + 1, W["complementizers"]):
                return t + 1, False, via
            return t, False, via
        if v.phrase_at(t, W["complementizers"]):
            return t, False, via
        if not v.word(t) and ch not in ",،":
            break
        t += 1
    return None, False, via


def _report_frame(v: View, c0: int, a: int) -> tuple[int, int] | None:
    """حسبما / وفق ما right before a cue: the content is the clause before the frame."""
    for k in (c0 - 1, c0 - 2):
        if k >= a and v.phrase_at(k, v.W["report_frames"]) == c0 - k:
            return _clause_before(v, a, k)
    return None


def _clause_before(v: View, a: int, e: int) -> tuple[int, int]:
    """The clause that ends at token `e` (trailing marks dropped): from the last comma or
    semicolon after `a`, else from `a`."""
    while e > a and not v.word(e - 1):
        e -= 1
    for t in range(e - 1, a - 1, -1):
        if not v.word(t) and v.text[v.toks[t].start] in "،,;؛":
            return t + 1, e
    return a, e


def _skip_times(v: View, i: int, b: int) -> int:
    while i < b and v.is_time(i):
        i += v.is_time(i)
    return i


def _outlet_at(v: View, t: int) -> bool:
    n = v.bare(t)
    return n[:1] in "لب" and (n[1:],) in v.W["outlet_nouns"] or \
        (n == "ل" and t + 1 < len(v.toks) and _quote(v, t + 1) is not None)


def _outlet_end(v: View, t: int, b: int) -> int:
    if v.bare(t) == "ل":
        close = v.W["quotes"][_quote(v, t + 1)]
        e = t + 2
        while e < b and v.text[v.toks[e].start:v.toks[e].end] != close:
            e += 1
        return min(b, e + 1)
    e = t + 1
    while e < b and e - t < 5 and v.word(e) and not v.stop(e) and not v.is_time(e) \
            and not v.prefixed(e):
        e += 1
    return e


def _plausible(v: View, i: int, j: int) -> bool:
    """A speaker: an entity other than a place, or a person/institution/source noun."""
    W = v.W
    if any(t in v.ent_tok and v.ent_tok[t].type in ("PER", "ORG") for t in range(i, j)):
        return True
    def known(t: int) -> bool:
        n = v.bare(t)
        forms = {n, n[2:] if n.startswith("ال") else n, n[1:]}
        return bool(v.phrase_at(t, W["anonymous_heads"])) or any(
            (f,) in W["person_heads"] or (f,) in W["institution_heads"]
            or (f,) in W["anonymous_heads"] for f in forms)
    return any(known(t) for t in range(i, j))


def _speaker_end(v: View, i: int, q: int, cue: Cue) -> int:
    """End of a verb-first speaker between the cue and the content marker."""
    W = v.W
    j = i
    while j < q:
        n = v.norms[j]
        if not v.word(j) and v.text[v.toks[j].start] not in ",،":
            break
        if (cue.source_prep and n == cue.source_prep) or n in ("الي", "علي") \
                or (n,) in W["source_stops"] \
                or v.phrase_at(j, W["via_openers"]) or v.is_time(j) \
                or (v.norms[j][:1] in "لب" and (n[1:],) in W["outlet_nouns"]) \
                or (j == i and (v.prefixed(j) or _adverbial(v, j))):
            break
        if j > i and not v.word(j) and j + 1 < q and not v.is_def(j + 1) \
                and j + 1 not in v.ent_tok and (v.bare(j + 1),) not in W["person_heads"]:
            break  # مصادر داخل الحزب، تعارض تورطه …: a clause after the comma, not apposition
        j += 1
    while j > i and not v.word(j - 1):  # trailing comma
        j -= 1
    return j


def _dropped_subject(v: View, si: int, a: int, c0: int,
                     last: Speaker | None) -> Speaker | None:
    """The speaker of وأضاف أن: the previous claim's when it is near (this or the previous
    sentence), else the nearest person noun earlier in the sentence (يظهر فيه طفل ... ويصرخ)."""
    if last is not None and v.doc.sentence_of(last.start) >= si - 1:
        return Speaker(last.start, last.end, last.entity, last.kind)
    for t in range(c0 - 1, a - 1, -1):
        if (v.bare(t),) in v.W["person_heads"] or (v.ent_tok.get(t) and
                                                    v.ent_tok[t].type == "PER"):
            e = t + 1
            while e < c0 and v.ent_tok.get(e) is not None and v.ent_tok.get(e) is v.ent_tok.get(t):
                e += 1
            return _speaker(v, t, e)
    if last is not None:
        return Speaker(last.start, last.end, last.entity, last.kind)
    return None


def _main_subject(v: View, si: int, a: int, c0: int,
                  last: Speaker | None) -> Speaker | None:
    """The speaker of a participle (…، مشيرا إلى أن): the sentence's last claim's, else
    the subject of its first reporting verb (وقال المرصد تحطمت الطائرة …، مشيرا إلى أن)."""
    if last is not None and v.doc.sentence_of(last.start) == si:
        return Speaker(last.start, last.end, last.entity, last.kind)
    for m in matches(v, cue_matcher(), a, c0):
        if m.payload.verb and not m.payload.participle:
            e = v.np_forward(m.last, c0)
            if e > m.last and _plausible(v, m.last, e):
                return _speaker(v, m.last, e)
            subj = v.subject_before(m.first, a)
            if subj and _plausible(v, *subj):
                return _speaker(v, *subj)
    return _dropped_subject(v, si, a, c0, last)


def _adverbial(v: View, j: int) -> bool:
    """ب + a noun right after a verb is a manner phrase (يصرخ بهستيرية), not a speaker."""
    n = v.norms[j]
    return n[:1] == "ب" and j not in v.ent_tok and len(n) > 4 and n.endswith("ه")


def _speaker(v: View, i: int, j: int) -> Speaker:
    role = v.role(i, max(j, i + 1))
    return Speaker(role.start, role.end, role.entity, _kind(v, i, j, role.entity))


def _kind(v: View, i: int, j: int, entity: str | None) -> str:
    W = v.W
    if v.phrase_at(i, W["anonymous_heads"]):
        return "anonymous"
    ent_types = {v.ent_tok[t].type for t in range(i, j) if t in v.ent_tok}
    head = (v.bare(i)[2:],) if v.bare(i).startswith("ال") and len(v.bare(i)) > 4 \
        and (v.bare(i),) not in W["institution_heads"] else (v.bare(i),)
    if j - i == 1 and not ent_types and not v.is_def(i) and head in W["person_heads"]:
        return "anonymous"  # a bare مسؤول / متحدث: no name, no institution
    if (v.norms[i],) in W["person_heads"] or head in W["person_heads"] or "PER" in ent_types:
        return "named"
    if (v.norms[i],) in W["institution_heads"] or head in W["institution_heads"] \
            or ent_types & {"ORG", "LOC"}:
        return "institution"
    if not v.is_def(i):
        return "named"  # a bare proper name: لافروف، أبو بكر
    return "unknown"


def _via(v: View, i: int, j: int) -> Span | None:
    """An outlet between the cue and the content: لوكالة X، في تصريح لقناة X، اتصاله بالقناة."""
    W = v.W
    for t in range(i, j):
        n = v.bare(t)
        if n[:1] in "لب" and (n[1:],) in W["outlet_nouns"]:
            return _outlet(v, t, j)
    return None


def _outlet(v: View, t: int, limit: int) -> Span:
    """The outlet phrase starting at token t (its ل/ب clitic and a leading موقع dropped)."""
    W = v.W
    e = t + 1
    while e < limit and e - t < 5 and v.word(e) and not v.stop(e) and not v.is_time(e) \
            and not v.prefixed(e):
        e += 1
    start = v.clitic_start(t)
    if e - t > 1 and v.bare(t)[1:] in ("موقع", "صفحه", "حساب") and \
            (v.norms[t + 1],) in W["outlet_nouns"]:
        start = v.toks[t + 1].start
    return Span(start, v.toks[e - 1].end)


def _clause_end(v: View, p: int, b: int) -> int:
    """End (exclusive) of the clause starting at token p: the sentence end, or a comma
    followed by a connective (، لكن / ، بينما / ، وهو) or by و + a known verb (، وقال)."""
    W = v.W
    t = p
    while t < b:
        ch = v.text[v.toks[t].start:v.toks[t].end]
        if t > p and v.phrase_at(t, W["connectives"]) and v.norms[t] in (
                "بينما", "لكن", "ولكن", "فيما"):
            break
        if ch in ("،", ",", "؛", ";") and t + 1 < b:
            n1 = v.norms[t + 1]
            if v.phrase_at(t + 1, W["connectives"]) or v.phrase_at(t + 1, W["clause_openers"]) \
                    or (n1[:1] in ("و", "ف") and v.is_verb(t + 1) and n1[1:] in v.verbs):
                break
        if ch in (".", "!", "?", "؟"):
            break
        t += 1
    while t > p and not v.word(t - 1):
        t -= 1
    return t


# --- "according to" frames -----------------------------------------------------


def _frame(v: View, si: int, m, a: int, b: int,
           has_verb_after: bool) -> tuple[Claim | None, Span | None]:
    """وفقا لـ X / بحسب X / نقلا عن X: a via for the next cue when X is an outlet and a
    reporting verb follows; otherwise a claim by X about its clause."""
    c1 = m.last
    W = v.W
    if c1 >= b:
        return None, None
    s_end = v.np_forward(c1, b, prefixed_ok=True)
    if s_end == c1:
        return None, None
    if s_end < b and v.norms[s_end][:3] == "لل":  # حصيلة للمرصد
        s_end = max(s_end, v.np_forward(s_end, b, prefixed_ok=True))
    outlet = (v.bare(c1),) in W["outlet_nouns"] or (v.bare(c1)[1:],) in W["outlet_nouns"]
    if outlet and has_verb_after:
        return None, _outlet(v, c1, s_end)
    if not _plausible(v, c1, s_end):
        return None, None
    speaker = _speaker(v, c1, s_end)
    if v.boundary_before(m.first, a) and m.first <= a + 1:
        p = s_end
        while p < b and not v.word(p):
            p += 1
        if p < b and v.phrase_at(p, W["complementizers"]):  # وبحسب المرصد فإن …
            p += 1
        e = _clause_end(v, p, b)
    else:  # the frame closes the clause: "..., بحسب المرصد"
        p, e = _clause_before(v, a, m.first)
    if e - p < 2:
        return None, None
    return Claim("", si, speaker, Span(m.start, m.end), v.span(p, e), False, None), None
