"""Where a claim's parts start and end: the content marker after a cue (إن/أن, a colon, a
quotation), the clause edge, the outlet phrase (`via`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from rasd.document import Span
from rasd.roles import PREPS, View

WINDOW = 22  # tokens between a cue and its إن/أن
_STRAIGHT = re.compile('"')


def quote_at(v: View, t: int) -> str | None:
    """The opening quotation mark at token t, if it is one (a guillemet read as its line
    faces: View.mark)."""
    ch = v.mark(t)
    return ch if ch in v.W["quotes"] else None


def closing(v: View, t: int, b: int) -> int:
    """Token of the mark closing the quotation opened at t (b when it stays open)."""
    close = v.W["quotes"][quote_at(v, t)]
    e = t + 1
    while e < b and v.mark(e) != close:
        e += 1
    return e


def straight_quotes(v: View) -> list[int]:
    """The tokens `v.mark` reads as a straight quote ", ascending: found once a document
    from the text's " and the guillemets read as one (text.quotes), not mark by mark."""
    got: list[int] | None = v.memo.get("straight_quotes")
    if got is None:
        offsets = [m.start() for m in _STRAIGHT.finditer(v.text)]
        offsets += [o for o, ch in v.quote_marks.items() if ch == '"']
        got = []
        for o in sorted(offsets):
            k = bisect_left(v.starts, o)
            if k < len(v.starts) and v.starts[k] == o and v.mark(k) == '"':
                got.append(k)
        v.memo["straight_quotes"] = got
    return got


def content_marker(v: View, c1: int, limit: int, b: int, a: int
                   ) -> tuple[int | None, bool, Span | None]:
    """(token where the content starts, direct?, an outlet named in quotes) after a cue:
    إن/أن, a colon, or a quotation opening right after the cue, a comma or a colon.
    A quoted name after لـ (لـ«الشرق الأوسط») is the outlet, not the content."""
    W = v.W
    via = None
    # an odd number of the marks `v.mark` reads as " in [max(a, c1 - 60), c1)
    lo, quotes = max(a, c1 - 60), straight_quotes(v)
    straight_open = (bisect_left(quotes, c1) - bisect_left(quotes, lo)) % 2 if lo < c1 else 0
    t = c1
    while t < limit:
        ch = v.mark(t)
        if quote_at(v, t) is not None:
            e = closing(v, t, b)
            if t > c1 and (v.norms[t - 1] == "ل" or v.word(t - 1)
                           and (v.bare(t - 1)[1:],) in W["outlet_nouns"]):
                if e > t + 1:
                    via = v.span(t + 1, e)
                t = e + 1
                continue
            if ch == '"' and (straight_open or t > c1 and v.word(t - 1)
                              and v.toks[t - 1].end == v.toks[t].start):
                break  # a closing straight quote (open before, or glued to the word before)
            after_prep = name_after_prep(v, t, b)
            if quoted_name(v, t, b) or named_after_head(v, t, b) or after_prep == 1:
                t = e + 1  # وقال «الحاج»: «…», وأضاف كلالي في اتصال مع “راديو سوا”، أن
                continue
            if after_prep == -1:
                return None, False, via  # ويروي قصصا من «موقع الحدث» عن …
            if t == c1 or not v.word(t - 1) or sum(v.word(k) for k in range(t + 1, e)) >= 3:
                return t, True, via
            return None, False, via  # a quoted word or two («الإرهابيين»), not a quotation
        if ch == ":":
            if t + 1 < b and quote_at(v, t + 1):
                return t + 1, True, via
            if t + 1 < b and v.phrase_at(t + 1, W["complementizers"]):
                return t + 1, False, via
            return t, False, via
        # علق أسماءهم على الجدران دون أن يسلم: an adverbial clause, no content; but in
        # وقال البيان دون أن يقدم تفاصيل: "…" the content may still come after it
        if v.phrase_at(t, W["complementizers"]) and not (t > c1 and _subordinated(v, t)):
            if t > c1 and (v.bare(t - 1),) in W["adversatives"]:
                return None, False, via  # أفادت وسائل الإعلام عن سقوط صاروخ، غير أن الجيش
            return t, False, via
        if ch == "(" and (e := aside_end(v, t, limit)) is not None:
            t = e + 1  # جهاز الأمن الداخلي (شين بيت) في بيان، إن: an aside, no edge
            continue
        if not v.word(t) and ch not in ",،-–—" and not v.inner_mark(t):
            break
        t += 1
    return None, False, via


QUOTED_NAME_MAX = 2  # words of a quoted name (a speaker, a station) before the content


def short_quote(v: View, t: int, b: int) -> int | None:
    """The closing mark of a quotation of a word or two opening at t («الحاج»، “راديو سوا”),
    else None."""
    if quote_at(v, t) is None:
        return None
    e = closing(v, t, b)
    return e if e < b and 0 < sum(v.word(k) for k in range(t + 1, e)) <= QUOTED_NAME_MAX \
        else None


NAME_AFTER_HEAD_MAX = 4  # words of a quoted name right after its head noun


def named_after_head(v: View, t: int, b: int) -> bool:
    """The quotation opening at t names the institution or outlet noun right before it
    (منظمة “هيومن رايتس ووتش”، راديو «بي بي سي»), or the person noun before it when a
    definite title follows it (الشيخ “احمد درع الجميلي” المتحدث الرسمي): a name of a few
    words, not the content."""
    if t == 0 or not v.word(t - 1) or quote_at(v, t) is None:
        return False
    head = v.bare(t - 1)
    person = (head,) in v.W["person_heads"] or (head[2:],) in v.W["person_heads"] \
        and head.startswith("ال")
    if (head,) not in v.W["institution_heads"] and (head,) not in v.W["outlet_nouns"] \
            and not person:
        return False
    e = closing(v, t, b)
    if person and not (e + 1 < b and v.word(e + 1) and v.is_def(e + 1)):
        return False  # الشيخ “احمد درع الجميلي” المتحدث الرسمي …، إن: the title goes on
    return e < b and 0 < sum(v.word(k) for k in range(t + 1, e)) <= NAME_AFTER_HEAD_MAX


def name_after_prep(v: View, t: int, b: int) -> int:
    """The quotation opening at t, of a few words after a preposition (مصادر في «الجيش
    السوري الحر»، من «حزب العمال الكردستاني»), is a name: 1 when إن/أن, a comma, a colon
    or a quotation follows it, so the phrase goes on to the content; -1 when a word follows
    (المقرب من «حزب العمال الكردستاني» المناهض: no content found here); 0 otherwise."""
    if t == 0 or (v.norms[t - 1],) not in PREPS and v.norms[t - 1] != "باسم" \
            or quote_at(v, t) is None:  # الناطق باسم «ائتلاف عدن»
        return 0
    e = closing(v, t, b)
    if e >= b or not 0 < sum(v.word(k) for k in range(t + 1, e)) <= NAME_AFTER_HEAD_MAX:
        return 0
    k = e + 1
    if k >= b:
        return 0
    if v.text[v.toks[k].start] in ",،:" or quote_at(v, k) is not None \
            or v.phrase_at(k, v.W["complementizers"]) or outlet_at(v, k):
        return 1  # … «ائتلاف عدن للإغاثة الشعبية» لـ«الشرق الأوسط»، أن
    return -1 if v.word(k) else 0


def quoted_name(v: View, t: int, b: int) -> bool:
    """The quotation opening at t is a name, not the content: a word or two (short_quote)
    followed by a colon, إن/أن or a comma (وقال «الحاج»: …، مع “راديو سوا”، أن)."""
    e = short_quote(v, t, b)
    if e is None or e + 1 >= b:
        return False
    return v.text[v.toks[e + 1].start] in ":,،" or bool(v.phrase_at(e + 1, v.W["complementizers"]))


def _subordinated(v: View, t: int) -> bool:
    """The إن/أن at t follows a subordinator (دون أن، قبل أن، بدلا من أن)."""
    subs = v.W["subordinators"]
    return any(t - k >= 0 and tuple(v.bares[t - k:t]) in subs for k in (1, 2))


ASIDE_MAX = 6  # words inside a parenthesized aside skipped between a cue and its إن/أن


def aside_end(v: View, t: int, limit: int) -> int | None:
    """The token closing a short parenthesized aside opened at t ((شين بيت)، (تموز)), or
    None when it does not close within ASIDE_MAX words on this side of `limit`."""
    for e in range(t + 1, min(limit, t + ASIDE_MAX + 2)):
        ch = v.raw(e)
        if ch == ")":
            return e
        if not v.word(e) and ch not in "-–—/.":
            return None
    return None


def clause_end(v: View, p: int, b: int) -> int:
    """End (exclusive) of the clause starting at token p: the sentence end, or a comma
    followed by a connective (، لكن / ، بينما / ، وهو) or by و + a known verb (، وقال)."""
    W = v.W
    t = p
    while t < b:
        ch = v.raw(t)
        if t > p and v.norms[t] in ("بينما", "لكن", "ولكن", "فيما") \
                and v.phrase_at(t, W["connectives"]):
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


def clause_before(v: View, a: int, e: int) -> tuple[int, int]:
    """The clause that ends at token `e` (trailing marks dropped): from the last comma or
    semicolon after `a`, else from `a`."""
    while e > a and not v.word(e - 1):
        e -= 1
    for t in range(e - 1, a - 1, -1):
        if not v.word(t) and v.text[v.toks[t].start] in "،,;؛":
            return t + 1, e
    return a, e


def report_frame(v: View, c0: int, a: int) -> tuple[int, int] | None:
    """حسبما / وفق ما right before a cue: the content is the clause before the frame."""
    for k in (c0 - 1, c0 - 2):
        if k >= a and v.phrase_at(k, v.W["report_frames"]) == c0 - k:
            return clause_before(v, a, k)
    return None


def skip_times(v: View, i: int, b: int) -> int:
    i = v.skip_times(i, b)
    return i


def media_at(v: View, t: int) -> bool:
    """Token t is part of a news outlet or agency the knowledge base knows (فرانس برس،
    «بغداد اليوم»), whatever place it is named after."""
    ent = v.ent_tok.get(t)
    return ent is not None and ent.link is not None and ent.link.kind == "media"


def _clitic_outside(v: View, t: int) -> bool:
    """The ل/ب of token t is a clitic before the outlet's name (لفرانس برس), not the
    name's first letter («لوفيغارو»): the tagger starts the name after it."""
    ent = v.ent_tok.get(t)
    return ent is not None and ent.start > v.toks[t].start


def outlet_at(v: View, t: int) -> bool:
    """An outlet with its ل/ب: لوكالة، بالقناة، لـ«…», لفرانس برس."""
    n = v.bare(t)
    return n[:1] in "لب" and ((n[1:],) in v.W["outlet_nouns"] or media_at(v, t)
                               and _clitic_outside(v, t)) or \
        (n == "ل" and t + 1 < len(v.toks) and (quote_at(v, t + 1) is not None
                                                or media_at(v, t + 1)))


def outlet_end(v: View, t: int, b: int) -> int:
    """End of the outlet phrase at token t (see `outlet_at`)."""
    if v.bare(t) == "ل":
        if quote_at(v, t + 1) is not None:
            return min(b, closing(v, t + 1, b) + 1)
        t += 1
    ent = v.ent_tok.get(t)
    if media_at(v, t):
        e = t
        e = v.skip_ent(e, ent, b)
        return e
    e = t + 1
    while e < b and e - t < 5 and v.word(e) and not v.stop(e) and not v.is_time(e) \
            and not v.prefixed(e):
        e += 1
    return e


def outlet(v: View, t: int, limit: int) -> Span:
    """The outlet phrase starting at token t (its ل/ب clitic and a leading موقع dropped)."""
    W = v.W
    if v.bare(t) == "ل" and t + 1 < limit:
        if quote_at(v, t + 1) is not None:
            e = closing(v, t + 1, limit)
            return v.span(t + 2, e) if e > t + 2 else v.span(t, t + 1)
        t += 1
    if media_at(v, t):
        ent = v.ent_tok[t]
        return Span(max(ent.start, v.toks[t].start), ent.end)
    e = t + 1
    while e < limit and e - t < 5 and v.word(e) and not v.stop(e) and not v.is_time(e) \
            and not v.prefixed(e):
        e += 1
    start = v.clitic_start(t)
    if e - t > 1 and v.bare(t)[1:] in ("موقع", "صفحه", "حساب") and \
            (v.norms[t + 1],) in W["outlet_nouns"]:
        start = v.toks[t + 1].start
    return Span(start, v.toks[e - 1].end)


def via_between(v: View, i: int, j: int) -> Span | None:
    """An outlet between the cue and the content: لوكالة X، في تصريح لقناة X، اتصاله بالقناة."""
    for t in range(i, j):
        if outlet_at(v, t) and v.bare(t) != "ل":
            return outlet(v, t, j)
        if v.bare(t) == "ل" and t + 1 < j and media_at(v, t + 1):
            return outlet(v, t, j)
    return None
