"""What the rest of the document says about events: magnitudes from the sentence's
quantities and the claim that reports each event."""

from __future__ import annotations

from functools import lru_cache

from rasd.document import Document, Event, Quantity
from rasd.lexicons import (
    event_markers,
    magnitudes,
    singular_deaths,
    singular_persons,
    subset_words,
)
from rasd.roles import View, norm_piece
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems


def add_magnitudes(v: View, evs: list[Event], a: int, b: int) -> None:
    """dead / injured / size from the sentence's quantities, each to the nearest event."""
    if not evs:
        return
    units, context = magnitudes()
    best: dict[tuple[int, str], tuple[bool, int]] = {}
    lo, hi = v.toks[a].start, v.toks[b - 1].end
    counts: list[tuple[Quantity, str | None, int]] = []
    part: Quantity | None = None
    for q in v.quantities_in(lo, hi):
        if q.end > hi or getattr(q, "ordinal", False):
            continue
        value = int(q.value) if float(q.value).is_integer() else None
        qa = v.token_range(q.start, q.end)[0]
        if qa > a and v.bare(qa - 1) in subset_words() or part and _joined(v, part, q):
            part = q  # 57 قتيلا بينهم 12 طفلا و15 امرأة: a part of the toll told before
            continue
        if value is not None:
            counts.append((q, _field(v, q, a, b, units, context), value))
    for q, fld, value in _sum_coordinated(v, counts, units):
        if fld is None:
            continue
        ev = min(evs, key=lambda e: (fld != "size" and e.type != "ASSAULT",
                                     not _scopes(e, q, evs), abs(e.trigger.start - q.start)))
        # two counts for one field: one in the trigger's own clause beats one across
        # punctuation (نحو 260 شهيدا سقطوا … منهم: 34 استشهدوا في غارات → 34), else the
        # larger (من ألفي مقاتل إلى عشرة آلاف → 10000)
        lo_, hi_ = sorted((ev.trigger.start, q.start))
        key = (not _clause_break(v, lo_, hi_), value)
        if getattr(ev, fld) is None or key > best[(id(ev), fld)]:
            setattr(ev, fld, value)
            best[(id(ev), fld)] = key
    _single_victims(v, evs, a, b, context)
    _one_death(v, evs, a, b)
    _share_tolls(v, evs)


def _scopes(e: Event, q: Quantity, evs: list[Event]) -> bool:
    """The count comes after e's trigger with no other trigger between (اعتقلت القوات 70
    متمردا | واحتجزت 5 مطلوبين): it is in e's clause, whatever lies nearer after it."""
    return e.trigger.end <= q.start and not any(
        o is not e and e.trigger.end <= o.trigger.start < q.start for o in evs)


def _one_death(v: View, evs: list[Event], a: int, b: int) -> None:
    """الذي راح ضحية القصف، لقي مصرعه، لقيت حتفها: a singular death phrase is one dead for
    the nearest attack of the sentence that has no count of its own."""
    phrases = singular_deaths()
    for k in v.openings(phrases, a, b):
        if not v.phrase_at(k, phrases):
            continue
        hosts = [e for e in evs if e.type == "ASSAULT"]
        if hosts:
            q = v.toks[k].start
            ev = min(hosts, key=lambda e: abs(e.trigger.start - q))
            if ev.dead is None:
                ev.dead = 1


CAUSE_PREPS = ("في", "ب")  # with cause_nouns: the phrase that names how the toll came about


def _share_tolls(v: View, evs: list[Event]) -> None:
    """ارتكبت الميليشيات مجزرة راح ضحيتها 57 قتيلا، وأصيب 225 آخرون في قصف عنيف: an attack
    noun in a cause phrase (في، جراء، إثر، ب) after another attack of the sentence, within
    one sentence-level mark, names how that one came about: one incident, so each takes
    the dead and injured the other has and it lacks."""
    attacks = [e for e in evs if e.type == "ASSAULT"]
    for n, later in enumerate(attacks):
        i, _ = v.token_range(later.trigger.start, later.trigger.end)
        if not v.trigger_noun_at(i) or not _cause_phrase(v, i):
            continue
        for first in attacks[:n]:
            if _clause_break(v, first.trigger.end, later.trigger.start, ".:;؛!?؟"):
                continue
            for fld in ("dead", "injured"):
                x, y = getattr(first, fld), getattr(later, fld)
                if x is None and y is not None:
                    setattr(first, fld, y)
                elif y is None and x is not None:
                    setattr(later, fld, x)


def _cause_phrase(v: View, i: int) -> bool:
    """Token i opens a cause phrase: بانفجار، في قصف، جراء قصف، إثر سقوط قذيفة."""
    prefix = norm_piece(v.text[v.toks[i].start:v.clitic_start(i)]).lstrip("وف")
    if prefix[:1] == "ب" or v.norms[i][:1] == "ب" and not v.is_def(i) and len(v.norms[i]) > 4:
        return True
    k = i - 1
    while k >= 0 and v.word(k) and k >= i - 2:
        if v.norms[k] in CAUSE_PREPS or v.bare(k) in event_markers()["cause_nouns"]:
            return True
        k -= 1
        break
    return False


def _field(v: View, q: Quantity, a: int, b: int, units: dict[str, str],
           context: dict[tuple[str, ...], str]) -> str | None:
    """The field a count fills: its unit's (قتيلا → dead), else for people (شخصا) or no
    unit the nearest context word (12 سوريا قتلوا، مقتل 5 أشخاص، بمقتل 19 مسلحا)."""
    unit = norm_piece(q.unit or "")
    fld = units.get(unit) or next((units[s] for s, _, _ in clitic_stems(unit)
                                   if s in units), None)
    qa, qb = v.token_range(q.start, q.end)
    if fld is None and len(unit) >= 4 and unit.endswith("ي") and qb - qa > 1:
        fld = "size"  # 250 مسيحيا، 40 سودانيا: a counted nisba noun counts people (not a
        # dual adjective: التفجيران الانتحاريان)
    if fld not in (None, "size"):
        return fld
    after = _after(v, qb, b)  # طفلا واحدا على الأقل قتل: past an idiom
    qa = _past_approximator(v, qa, a)  # وإصابة | أكثر من 40 آخرين
    near = sorted([*range(max(a, qa - (3 if fld else 2)), qa), *after],
                  key=lambda k: (qa - k if k < qa else k - qb + 1, k >= qb))
    index = _by_first_word(context)
    for k in near:
        # the phrases whose first word token k is, in the table's order (the first that
        # fits is read): most tokens open none
        opening = sorted(x for w in _forms(v, k) for x in index.get(w, ()))
        hit = next((f for _, phrase, f in opening if k + len(phrase) <= b and all(
            _word_is(v, k + n, w) for n, w in enumerate(phrase[1:], 1))), None)
        if hit:
            return hit
    return fld


_BY_FIRST: dict[int, tuple[object, dict[str, list[tuple[int, tuple[str, ...], str]]]]] = {}


def _by_first_word(context: dict[tuple[str, ...], str]
                   ) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
    """The context phrases by first word, each with its place in the table, made once per
    table (the lexicon's, kept for the process): `_field` asks which phrases a token opens."""
    kept = _BY_FIRST.get(id(context))
    if kept is None or kept[0] is not context:
        index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for n, (phrase, f) in enumerate(context.items()):
            index.setdefault(phrase[0], []).append((n, phrase, f))
        kept = _BY_FIRST[id(context)] = (context, index)
    return kept[1]


def _past_approximator(v: View, qa: int, a: int) -> int:
    """The token before an approximator of the count at qa (أكثر من، أقل من، نحو، قرابة):
    what the count counts is told before it (وإصابة أكثر من 40 آخرين), and likewise
    before a phrase of them (قتل ما لا يقل عن 49 شخصا، `approximator_phrases`)."""
    for phrase in event_markers()["approximator_phrases"]:
        k = qa - len(phrase)
        if k >= a and all(w in (v.norms[k + n], v.bare(k + n)) for n, w in enumerate(phrase)):
            return k
    k = qa
    if k - 1 >= a and v.norms[k - 1] == "من":
        k -= 1
    if k - 1 >= a and v.bare(k - 1) in event_markers()["approximators"]:
        return k - 1
    return qa


COORDINATED_REACH = 6  # words from one count to the next count joined to it by و


def _sum_coordinated(v: View, counts: list[tuple[Quantity, str | None, int]],
                     units: dict[str, str]) -> list[tuple[Quantity, str | None, int]]:
    """Two counted nouns joined by و in one phrase are one toll: مقتل 3 جنود و2 مدنيين → 5,
    قتل 12 جنديا وأفراد الطاقم الخمسة → 17 (a count with no unit of its own, الخمسة,
    counts what the first one does, and so does a count of people, مدنيين). A verb or a
    mark between starts another clause (قتل 5 وأصيب 10: two fields)."""
    out: list[tuple[Quantity, str | None, int]] = []
    for q, fld, value in counts:
        own = units.get(norm_piece(q.unit or ""))  # (its unit's field, not its context's)
        if out and out[-1][1] is not None and (
                _joined(v, out[-1][0], q) and (fld == out[-1][1] or own in (None, "size"))
                or fld in (out[-1][1], None, "size") and _joined(v, out[-1][0], q, comma=True)):
            first, f0, v0 = out.pop()
            out.append((first, f0, v0 + value))
            continue
        out.append((q, fld, value))
    return out


def _joined(v: View, q1: Quantity, q2: Quantity, comma: bool = False) -> bool:
    """q2 is joined by و to q1's counted phrase: the و on q2 itself (3 جنود و2 مدنيين، 10
    عناصر من التنظيم و18 مقاتلا) or on the phrase that q2 ends (12 جنديا وأفراد الطاقم
    الخمسة), with only words between, none a verb, an event noun or a casualty word (مقتل
    19 شخصا واصابة 43: another field). With `comma`, a comma may come right before the و
    of q2 (مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة); the caller then asks for
    the same field."""
    _, i = v.token_range(q1.start, q1.end)
    j, _ = v.token_range(q2.start, q2.end)
    if j - i > COORDINATED_REACH or j < i:
        return False
    words = {phrase[0] for phrase in magnitudes()[1]}

    def plain(end: int) -> bool:  # only words between, no verb, deed or casualty word
        return all(v.word(k) and not v.is_verb(k) and not v.trigger_noun_at(k)
                   and words.isdisjoint(_forms(v, k)) for k in range(i, end))
    if comma:  # the و glued to the count or a token of its own, the comma before it
        k = j - 1 if j > i and v.norms[j - 1] == "و" else j
        if k == j and norm_piece(v.text[v.toks[j].start:q2.start]) != "و":
            return False
        return i <= k - 1 and not v.word(k - 1) and v.comma(k - 1) \
            and plain(k - 1)
    glued = norm_piece(v.text[v.toks[j].start:q2.start]) == "و" or (
        j > i and v.norms[j - 1] == "و")
    if j == i:
        return glued or norm_piece(v.text[q1.end:q2.start]).strip() == "و"
    return (glued or v.norms[i][:1] == "و" and not q2.unit) and plain(j)


def _word_is(v: View, k: int, w: str) -> bool:
    """Token k is the word w, with or without its clitics (بمقتل، مصرعهم، وإصابة)."""
    return v.bare(k) == w or w in _stems(v.norms[k])


def _forms(v: View, k: int) -> frozenset[str]:
    """Every w for which `_word_is(v, k, w)` holds."""
    return _forms_of(v.norms[k], v.bare(k))


@lru_cache(maxsize=100_000)
def _forms_of(norm: str, bare: str) -> frozenset[str]:
    """`_forms` of a word, kept: the toll passes ask it of every token near a count."""
    return _stems(norm) | {bare}


@lru_cache(maxsize=100_000)
def _stems(norm: str) -> frozenset[str]:
    """The word and its clitic-stripped stems (`clitic_stems`), as a set."""
    return frozenset(st for st, _, _ in clitic_stems(norm))


def _single_victims(v: View, evs: list[Event], a: int, b: int,
                    context: dict[tuple[str, ...], str]) -> None:
    """مقتل مدني، إصابة ضابط ومجند: singular people after a casualty word count one each,
    for an event that has no count of that kind from the sentence's numbers."""
    persons = singular_persons()
    norms = v.norms
    found = [k for k in range(a, b - 1) if norms[k + 1] in persons]
    if not found:
        return  # (most sentences: the words below are built only when needed)
    words = {phrase[0]: f for phrase, f in context.items() if len(phrase) == 1}
    for k in found:
        fld = words.get(v.bare(k)) or next(  # (بقتل ضابط: with its preposition)
            (words[st] for st, _, _ in clitic_stems(norms[k]) if st in words), None)
        if fld is None:
            continue
        n = 1
        for j in range(k + 2, min(b, k + 6)):
            if not v.word(j) or v.bare(j) in words or v.quantities_in(
                    v.toks[j].start, v.toks[j].end):
                break
            if v.norms[j][:1] == "و" and v.norms[j][1:] in persons:
                n += 1
        q = v.toks[k].start
        ev = min(evs, key=lambda e: (e.type != "ASSAULT", abs(e.trigger.start - q)))
        if getattr(ev, fld) is None:
            setattr(ev, fld, n)


def _clause_break(v: View, start: int, end: int, marks: str = "،,:;؛") -> bool:
    """A comma, colon or semicolon (or other `marks`) between two offsets (brackets and
    quotes do not count)."""
    i, j = v.token_range(start, end)
    return any(not v.word(k) and v.text[v.toks[k].start] in marks for k in range(i, j))


def _after(v: View, qb: int, b: int) -> list[int]:
    """Two words after a count, not counting an idiom such as على الأقل, up to punctuation."""
    out: list[int] = []
    k = _past_aside(v, qb, b)
    while k < b and len(out) < 2 and (v.word(k) or v.text[v.toks[k].start] in ")»”\""):
        if not v.word(k):  # (34) استشهدوا
            k += 1
            continue
        n = v.phrase_at(k, event_markers()["idioms"])
        if n:
            k += n
            continue
        if v.norms[k][:1] in "وف" and v.is_verb(k):
            break  # أسرت 70 متمردا | وقتلت 10 آخرين: a joined verb opens another clause
        if v.bare(k) in subset_words():
            k += 2  # ستة أفراد | بينهم أطفال | استشهدوا: past the part named in between
            continue
        if not out and v.norms[k] == "من" and k == qb and _partitive(v, k + 1, b):
            k = _partitive(v, k + 1, b)  # 47 عنصرا | من التنظيم | قتلوا: past whose they are
            continue
        out.append(k)
        k += 1
    return out


def _partitive(v: View, k: int, b: int) -> int:
    """The token after one or two nouns that name whose a count is (سبعة من | مسلحي
    المليشيات | قتلوا), when a verb comes right after them; else 0."""
    for n in (1, 2):
        j = k + n
        if j < b and all(v.word(x) and not v.is_verb(x) and not v.trigger_noun_at(x)
                         for x in range(k, j)) and v.word(j) and v.is_verb(j):
            return j
    return 0


ASIDE_REACH = 6  # words of an aside between commas after a count


def _past_aside(v: View, qb: int, b: int) -> int:
    """25 شخصا، معظمهم من المدنيين، | قتلوا: past an aside between commas that opens with
    a word of the part (`toll_asides`), to what the count's clause says of it."""
    comma = ",،"
    if not (qb + 1 < b and not v.word(qb) and v.text[v.toks[qb].start] in comma
            and v.bare(qb + 1) in event_markers()["toll_asides"]):
        return qb
    for k in range(qb + 2, min(b, qb + 2 + ASIDE_REACH)):
        if not v.word(k):
            return k + 1 if v.text[v.toks[k].start] in comma else qb
    return qb


def link_claims(doc: Document, evs: list[Event]) -> None:
    """An event whose trigger lies in a claim's content points at the innermost claim;
    an event a speaker denies (نفى) is negated. One sweep over both, in text order."""
    claims = sorted(doc.claims, key=lambda c: c.content.start)
    open_: list = []  # claims whose content has started, not yet ended
    k = 0
    for ev in sorted(evs, key=lambda e: e.trigger.start):
        while k < len(claims) and claims[k].content.start <= ev.trigger.start:
            open_.append(claims[k])
            k += 1
        open_ = [c for c in open_ if c.content.end >= ev.trigger.start]
        inside = [c for c in open_ if ev.trigger.end <= c.content.end]
        if not inside:
            continue
        inner = min(inside, key=lambda c: c.content.end - c.content.start)
        ev.claim = inner.id
        if ev.status == "asserted" and denial(doc, inner) and denied(doc, inner, ev):
            ev.status = "negated"


DENIAL_CUES = ("نف", "ينف", "تنف", "ناف")  # نفى، ينفي، نفت، نافيا: a claim that denies


def denial(doc: Document, claim) -> bool:
    return normalize(doc.text[claim.cue.start:claim.cue.end]).lstrip("وف").startswith(DENIAL_CUES)


def denied(doc: Document, claim, ev: Event) -> bool:
    """Whether a denial's content denies this event: نفى المتحدث أن تكون قواته قصفت
    المستشفى (yes); not a deed after a clause break in the content (a comma, semicolon or
    colon, or a word of `denial_breaks`: مؤكدا أن الطائرات استهدفت، لكنه أضاف أن …), nor a
    report or a part in a deed that is denied (`denial_keeps`: نفت الاتهامات الموجهة لها
    بقتل 20 مدنيا، نفت أي علاقة لها بالهجوم: the accusation was made, the attack
    happened)."""
    M = event_markers()
    before = doc.text[claim.content.start:ev.trigger.start]
    if any(ch in before for ch in ",،;؛:"):
        return False
    words = normalize(doc.text[min(claim.cue.end, claim.content.start):ev.trigger.end]).split()
    stops = M["denial_breaks"] | M["denial_keeps"]
    return not any(w in stops or any(st in stops for st, _, _ in clitic_stems(w))
                   for w in words)
