"""What the rest of the document says about events: magnitudes from the sentence's
quantities and the claim that reports each event."""

from __future__ import annotations

from rasd.document import Document, Event
from rasd.lexicons import event_markers, magnitudes, singular_persons
from rasd.roles import View
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems


def add_magnitudes(v: View, evs: list[Event], a: int, b: int) -> None:
    """dead / injured / size from the sentence's quantities, each to the nearest event."""
    if not evs:
        return
    units, context = magnitudes()
    best: dict[tuple[int, str], tuple[bool, int]] = {}
    lo, hi = v.toks[a].start, v.toks[b - 1].end
    for q in v.quantities_in(lo, hi):
        if q.end > hi or getattr(q, "ordinal", False):
            continue
        unit = normalize(q.unit or "")
        fld = units.get(unit) or next((units[s] for s, _, _ in clitic_stems(unit)
                                       if s in units), None)
        qa, qb = v.token_range(q.start, q.end)
        if fld in (None, "size"):  # 12 سوريا قتلوا، مقتل 5 أشخاص: the nearest context word
            after = _after(v, qb, b)  # طفلا واحدا على الأقل قتل: past an idiom
            near = sorted([*range(max(a, qa - (3 if fld else 2)), qa), *after],
                          key=lambda k: (qa - k if k < qa else k - qb + 1, k >= qb))
            for k in near:
                hit = next((f for phrase, f in context.items() if k + len(phrase) <= b and all(
                    v.bare(k + n) == w or v.norms[k + n] == w for n, w in enumerate(phrase))),
                    None)
                if hit:
                    fld = hit
                    break
        if fld is None:
            continue
        value = int(q.value) if float(q.value).is_integer() else None
        if value is None:
            continue
        ev = min(evs, key=lambda e: (fld != "size" and e.type != "ASSAULT",
                                     abs(e.trigger.start - q.start)))
        # two counts for one field: one in the trigger's own clause beats one across
        # punctuation (نحو 260 شهيدا سقطوا … منهم: 34 استشهدوا في غارات → 34), else the
        # larger (من ألفي مقاتل إلى عشرة آلاف → 10000)
        lo_, hi_ = sorted((ev.trigger.start, q.start))
        key = (not _clause_break(v, lo_, hi_), value)
        if getattr(ev, fld) is None or key > best[(id(ev), fld)]:
            setattr(ev, fld, value)
            best[(id(ev), fld)] = key
    _single_victims(v, evs, a, b, context)


def _single_victims(v: View, evs: list[Event], a: int, b: int,
                    context: dict[tuple[str, ...], str]) -> None:
    """مقتل مدني، إصابة ضابط ومجند: singular people after a casualty word count one each,
    for an event that has no count of that kind from the sentence's numbers."""
    words = {phrase[0]: f for phrase, f in context.items() if len(phrase) == 1}
    persons = singular_persons()
    for k in range(a, b - 1):
        fld = words.get(v.bare(k))
        if fld is None or v.norms[k + 1] not in persons:
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


def _clause_break(v: View, start: int, end: int) -> bool:
    """A comma, colon or semicolon between two offsets (brackets and quotes do not count)."""
    i, j = v.token_range(start, end)
    return any(not v.word(k) and v.text[v.toks[k].start] in "،,:;؛" for k in range(i, j))


def _after(v: View, qb: int, b: int) -> list[int]:
    """Two words after a count, not counting an idiom such as على الأقل, up to punctuation."""
    out: list[int] = []
    k = qb
    while k < b and len(out) < 2 and (v.word(k) or v.text[v.toks[k].start] in ")»”\""):
        if not v.word(k):  # (34) استشهدوا
            k += 1
            continue
        n = v.phrase_at(k, event_markers()["idioms"])
        if n:
            k += n
            continue
        out.append(k)
        k += 1
    return out


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
        cue = normalize(doc.text[inner.cue.start:inner.cue.end])
        if cue.startswith(("نف", "ينف", "تنف")) and ev.status == "asserted":
            ev.status = "negated"
