"""Quantities: numbers in digits and in words, with the counted noun as unit.

`find_quantities` walks the tokens once. Digit tokens (Western, Arabic-Indic,
Persian; thousands separators , ٬ and decimals . ٫ already unified by the
tokenizer's normalization) are parsed directly; number words are looked up,
clitics included, in one pre-built dictionary made from `data/numbers/`, and a
small state machine joins them the way Arabic writes compounds: units before
tens with و (خمسة وعشرون), hundreds then units then tens, each group closed by
a scale word (ثلاثة آلاف وخمسمائة، مائة وثلاثة وعشرون مليونا ...), teens by
juxtaposition (أحد عشر). Duals of the scales stand for two (ألفَيْ = 2000,
ألفان), but after a count they are just the scale (ثلاثة وعشرون مليوناً).

The unit is the counted noun next to the number (after it; before it for
ordinals and for واحد/اثنان, which follow their noun), without clitics and in
the singular when `data/numbers/plurals.tsv` knows it. A range carries the unit
of one end to the other (من ألفَيْ مقاتل إلى عشرة آلاف). Numbers inside time
expressions (15 ديسمبر 2016، أول أمس، الاثنين) are left to `rasd.times`.

Approximate plurals alone (عشرات، مئات، آلاف، ملايين) are given their lower
bound (10, 100, 1000, 1e6); عشرات الآلاف is 10000.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from rasd.document import Document, Quantity, Span, Token
from rasd.once import once
from rasd.text.normalize import normalize, normalize_with_map, strip_diacritics
from rasd.text.scan import WordScan
from rasd.text.vocab import aligned
from rasd.times import clitic_forms, number_spans

DATA = Path(__file__).resolve().parent / "data" / "numbers"

_SCALES = {"scale", "dual", "acc", "plural"}
_DEFINITE = ("وال", "بال", "فال", "كال", "لل", "ال")
# stems whose feminine plural in ات has no ة in the singular: اجتماعات، تفجيرات
_VERBAL_NOUN = re.compile(r"^(ا|ت..ي.$)")
_COUNTS = {"unit", "bound", "ten", "tens", "hundred"}


@dataclass(frozen=True, slots=True)
class Word:
    value: float
    kind: str
    pre: int  # proclitic letters (و ف ب ل ك) before the number word
    conj: bool  # the first proclitic is و/ف
    article: bool  # written with ال


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, Word]
    percent: dict[str, list[tuple[str, ...]]]  # first word -> remaining words
    duals: dict[str, tuple[str, int]]  # dual noun form -> (singular, prefix length)
    not_units: frozenset[str]
    singular: dict[str, str]
    not_numbers: frozenset[tuple[str, str]]  # (number word, next word): not a number
    designators: frozenset[str]  # a number right after one is a name: الفرقة 30


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _value(s: str) -> float:
    return float(Fraction(s))


@once
def lexicon() -> Lexicon:
    """All number words with their clitic forms, loaded once per process."""
    words: dict[str, Word] = {}
    for row in _rows("words.tsv"):
        form, value, kind = row[:3]
        flags = set(row[3].split(",")) if len(row) > 3 else set()
        base = normalize(form)
        # no ك: كمية would read as ك + مئة
        preps = () if "noprep" in flags else ("ب", "ل")
        for surface, pre, has_art in clitic_forms(base, "noart" not in flags, preps):
            conj = pre > 0 and surface[0] in "وف"
            words.setdefault(surface, Word(_value(value), kind, pre, conj, has_art))
    percent: dict[str, list[tuple[str, ...]]] = {}
    for (phrase,) in _rows("percent.tsv"):
        ws = normalize(phrase).split()
        percent.setdefault(ws[0], []).append(tuple(ws[1:]))
    duals: dict[str, tuple[str, int]] = {}
    for form, unit in _rows("duals.tsv"):
        for surface, pre, _ in clitic_forms(normalize(form), True):
            duals.setdefault(surface, (unit, pre))
    not_units = frozenset(normalize(r[0]) for r in _rows("not_units.txt"))
    singular = {normalize(p): s for p, s in _rows("plurals.tsv")}
    not_numbers = frozenset((normalize(a), normalize(b)) for a, b in _rows("not_numbers.tsv"))
    designators = frozenset(form for (word,) in _rows("designators.txt")
                            for form, _, _ in clitic_forms(normalize(word), True))
    return Lexicon(words, percent, duals, not_units, singular, not_numbers, designators)


# --- digits ------------------------------------------------------------------

def parse_digits(norm: str, before_scale: bool = False) -> float | None:
    """The value of a normalized digit string (٬ and ٫ are already , and .).

    1,500 and 1.500.000 have thousands separators; 2.5 and 2,5 a decimal mark;
    with both marks the last one is the decimal mark (1,234.5 and 1.234,5). A
    single dot before three digits is a thousands dot (20.000 عبوة) unless a
    scale word follows (2.500 مليون).
    """
    # isdecimal, not isdigit: superscripts (²) and circled digits are digits that
    # float() cannot read
    if not norm or not norm[0].isdecimal() or not norm[-1].isdecimal():
        return None
    if "," in norm and "." in norm:
        dec = "," if norm.rfind(",") > norm.rfind(".") else "."
        whole, _, frac = norm.rpartition(dec)
        grouped = _grouped(whole, "." if dec == "," else ",")
        return None if grouped is None or not frac.isdecimal() else float(f"{grouped}.{frac}")
    for mark in (",", "."):
        if mark not in norm:
            continue
        parts = norm.split(mark)
        if len(parts) == 2 and not (len(parts[1]) == 3 and parts[0] != "0"
                                    and (mark == "," or not before_scale)):
            return float(f"{parts[0]}.{parts[1]}")  # 2.5 / 2,5
        grouped = _grouped(norm, mark)
        return None if grouped is None else float(grouped)
    return float(norm) if norm.isdecimal() else None


def _grouped(s: str, mark: str) -> str | None:
    """1.234.567 -> 1234567 when every group after the first has three digits."""
    head, *groups = s.split(mark)
    if 1 <= len(head) <= 3 and all(len(g) == 3 and g.isdecimal() for g in groups):
        return head + "".join(groups)
    return None


def _num(v: float) -> float | int:
    return int(v) if math.isfinite(v) and v == int(v) else round(v, 6)


# --- the reader ----------------------------------------------------------------

@dataclass(slots=True)
class _Found:
    first: int  # token indices, end exclusive
    last: int
    start: int  # character offsets
    end: int
    value: float
    ordinal: bool = False
    unit: str | None = None
    after_noun: bool = False  # the number follows its noun (ordinals, واحد، اثنان)


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks = doc.tokens
        self.n = len(self.toks)
        self.lex = lexicon()

    def word(self, i: int) -> Word | None:
        return self.lex.words.get(self.toks[i].norm) if i < self.n else None

    def start_of(self, tok: Token, pre: int) -> int:
        if pre == 0:
            return tok.start
        norm, index = normalize_with_map(self.text[tok.start : tok.end])
        if norm != tok.norm or pre >= len(index):
            return tok.start
        return tok.start + index[pre]

    # numbers in words
    def words_at(self, i: int) -> _Found | None:
        w = self.word(i)
        if w is None or w.kind == "fraction_plural":
            return None
        if i + 1 < self.n and (self.toks[i].norm[w.pre:], self.toks[i + 1].norm) in \
                self.lex.not_numbers:
            return None  # ثاني أكسيد الكربون
        total = 0.0
        group = 0.0
        has: set[str] = set()
        last_scale = math.inf
        prev = w.kind
        ordinal = w.kind == "ordinal"
        only_bound = w.kind == "bound"
        if w.kind == "zero":
            return _Found(i, i + 1, self.start_of(self.toks[i], w.pre), self.toks[i].end, 0)
        if w.kind in ("unit", "bound", "tens", "ordinal"):
            group, has = w.value, {"u" if w.kind in ("unit", "bound", "ordinal") else "t"}
        elif w.kind == "ten":
            group, has = 10, {"t"}
        elif w.kind == "hundred":
            group, has = w.value, {"h"}
        elif w.kind in ("approx", "fraction"):
            group = w.value
        elif w.kind == "scale":
            total, last_scale = w.value, w.value
        elif w.kind in ("dual", "acc"):
            total, last_scale = 2 * w.value, w.value
        elif w.kind == "plural":  # آلاف alone: thousands, at least 1000
            total, last_scale = w.value, w.value
        j = i + 1
        while j < self.n:
            tok = self.toks[j]
            waw = False
            k = j
            if tok.norm == "و" and j + 1 < self.n:  # و written apart: خمسة و عشرون
                waw, k = True, j + 1
            nxt = self.word(k)
            if nxt is None:
                break
            if nxt.pre:
                if not (nxt.pre == 1 and nxt.conj and not waw):
                    break
                waw = True
            if ordinal:
                if not waw and nxt.kind == "ten" and prev == "ordinal":
                    group += 10
                elif waw and nxt.kind == "tens" and "t" not in has:
                    group += nxt.value
                    has.add("t")
                else:
                    break
            elif not waw:
                if nxt.kind == "ten" and prev in ("unit", "bound") and "t" not in has:
                    group += 10
                    has.add("t")
                elif nxt.kind == "hundred" and nxt.value == 100 and prev == "unit" \
                        and has == {"u"} and 3 <= group <= 9:
                    group *= 100
                    has = {"h"}
                elif nxt.kind in _SCALES and nxt.value < last_scale and group > 0 and (
                        prev != "approx" or nxt.kind == "plural"):
                    total += group * nxt.value
                    group, has, last_scale = 0, set(), nxt.value
                elif nxt.kind == "fraction_plural" and prev == "unit":
                    group *= nxt.value
                else:
                    break
            else:  # joined with و
                if nxt.article != w.article and nxt.kind != "fraction":
                    break
                if nxt.kind == "hundred" and not has and group == 0 and total > 0:
                    group, has = nxt.value, {"h"}
                elif nxt.kind in ("unit", "bound") and not has & {"u", "t"} \
                        and (has or total > 0):
                    group += nxt.value
                    has.add("u")
                elif nxt.kind == "tens" and "t" not in has and (has or total > 0):
                    group += nxt.value
                    has.add("t")
                elif nxt.kind == "ten" and not has & {"u", "t"} and (has or total > 0):
                    group += 10
                    has.add("t")
                elif nxt.kind in ("scale", "dual", "acc") and not has and group == 0 \
                        and total > 0 and nxt.value < last_scale:  # مليوناً وألفان
                    total += nxt.value * (1 if nxt.kind == "scale" else 2)
                    last_scale = nxt.value
                elif nxt.kind == "fraction" and prev in _SCALES and group == 0:
                    total += nxt.value * last_scale
                    prev, j = "fraction", k + 1
                    break
                else:
                    break
            only_bound = only_bound and nxt.kind == "bound"
            prev = nxt.kind
            j = k + 1
        if only_bound or (w.kind == "bound" and j == i + 1):
            return None  # أحد / إحدى alone: "one of", not a count
        value = total + group
        return _Found(i, j, self.start_of(self.toks[i], w.pre), self.toks[j - 1].end, value,
                      ordinal, after_noun=ordinal or (j == i + 1 and w.kind == "unit"
                                                      and w.value in (1, 2)))

    # numbers in digits
    def digits_at(self, i: int) -> list[_Found]:
        tok = self.toks[i]
        norm = tok.norm
        if "/" in norm or ":" in norm:
            return []
        if "-" in norm:  # 10-15: a range, one quantity per end
            out: list[_Found] = []
            offset = tok.start
            for part in self.text[tok.start : tok.end].split("-"):
                v = parse_digits(normalize(part))
                if v is None:
                    return []
                out.append(_Found(i, i + 1, offset, offset + len(part), v))
                offset += len(part) + 1
            return out if len(out) == 2 else []
        scale = self.word(i + 1)
        before_scale = scale is not None and scale.kind in _SCALES and scale.pre == 0
        v = parse_digits(norm, before_scale)
        if v is None:
            return []
        if before_scale and scale is not None:  # 3 آلاف، 2.5 مليون، 23 مليونا
            return [_Found(i, i + 2, tok.start, self.toks[i + 1].end, v * scale.value)]
        return [_Found(i, i + 1, tok.start, tok.end, v)]

    def dual_at(self, i: int) -> _Found | None:
        hit = self.lex.duals.get(self.toks[i].norm)
        if hit is None:
            return None
        unit, pre = hit
        return _Found(i, i + 1, self.start_of(self.toks[i], pre), self.toks[i].end, 2, unit=unit)

    # units
    def percent(self, q: _Found) -> bool:
        j = q.last
        if j >= self.n:
            return False
        for rest in self.lex.percent.get(self.toks[j].norm, ()):
            k = j + 1
            for word in rest:
                if k >= self.n or self.toks[k].norm != word:
                    break
                k += 1
            else:
                q.unit = strip_diacritics(self.text[self.toks[j].start : self.toks[k - 1].end])
                q.last, q.end = k, self.toks[k - 1].end
                return True
        return False

    def noun(self, j: int, value: float, before: bool = False) -> str | None:
        """The counted noun at token j, without clitics, in the singular if known.

        A noun after the number may carry the article but no other proclitic
        (المئات للتظاهر: "for demonstrating" is not what is counted); a noun
        before an ordinal may (للمرة الثالثة).
        """
        if j < 0 or j >= self.n:
            return None
        tok = self.toks[j]
        norm = tok.norm
        if not tok.is_word or norm[:1].isdigit() or not norm.isalpha() or len(norm) < 2:
            return None
        if norm in self.lex.not_units or norm in self.lex.words or norm.endswith("وا"):
            return None  # ...وا: a plural verb (استشهدوا), not a noun
        surface = strip_diacritics(self.text[tok.start : tok.end])
        drop = 0
        for art in _DEFINITE:
            if norm.startswith(art) and len(norm) - len(art) >= 2:
                if art != "ال" and not before:
                    return None
                drop = len(art)
                break
        key = norm[drop:]
        surface = surface[drop:] if len(surface) == len(norm) else key
        if key in self.lex.singular:
            return self.lex.singular[key]
        tail = int(value) % 100 if value == int(value) else 0
        if key.endswith("ا") and 11 <= tail <= 99 and len(key) >= 4:  # 35 عاما, 11 فصيلاً
            key, surface = key[:-1], surface[:-1]
        if _sound_plural(key):
            key, surface = key[:-2], surface[:-2]
        elif key.endswith("ات") and len(key) >= 5 and not _VERBAL_NOUN.match(key[:-2]):
            key, surface = key[:-2] + "ه", surface[:-2] + "ة"  # شركات → شركة
        return self.lex.singular.get(key, surface)

    def attach_unit(self, q: _Found) -> None:
        if q.unit is not None or self.percent(q):
            return
        if q.after_noun:  # دفعة أولى، شهر واحد، الدفعة الأولى
            w = self.word(q.first)
            if w is None:
                return
            if q.ordinal and self.toks[q.first].norm[w.pre:] == "اول" and q.last < self.n:
                q.unit = self.noun(q.last, 1)  # أول دفعة
                return
            prev = q.first - 1
            # the number agrees with its noun: دفعة أولى، الدفعة الأولى، not كانت الأولى
            if prev >= 0 and self.toks[prev].end >= q.start - 1 and w.pre == 0 and \
                    self.toks[prev].norm.startswith(_DEFINITE) == w.article:
                unit = self.noun(prev, 1, before=True)
                if unit and unit.endswith("ا") and self.toks[q.first].norm.endswith("ا"):
                    unit = unit[:-1]  # طفلا واحدا
                if unit is not None:
                    q.unit = unit
                    if not w.article:
                        q.first, q.start = prev, self.toks[prev].start
            return
        w = self.word(q.first)
        if w is not None and w.article and w.kind in _COUNTS and not 11 <= q.value % 100 <= 99:
            return  # الثلاثة دخلوا: "the three" stands alone (but الاثني عشر عاما)
        j = q.last
        if j < self.n and self.toks[j].norm == ")" and q.first > 0 \
                and self.toks[q.first - 1].norm == "(":  # (260) شخصاً
            unit = self.noun(j + 1, q.value)
            if unit is not None:
                q.unit, q.first, q.start = unit, q.first - 1, self.toks[q.first - 1].start
                q.last, q.end = j + 2, self.toks[j + 1].end
            return
        if j < self.n and self.toks[j].norm == "من" and j + 1 < self.n \
                and self.toks[j + 1].norm.startswith("ال"):
            q.unit = self.noun(j + 1, q.value)  # عشرات من المدنيين
            return
        unit = self.noun(j, q.value)
        if unit is not None:
            q.unit = unit
            q.last, q.end = j + 1, self.toks[j].end


def _sound_plural(key: str) -> bool:
    """مدنيين، سوريون (nisba) and مسلحين، متطرفين (participles), but not مساكين."""
    if len(key) < 6 or not key.endswith(("ين", "ون")):
        return False
    return key.endswith(("يين", "يون")) or (key[0] == "م" and not (len(key) == 6
                                                                   and key[2] == "ا"))


class _Spans:
    """Does [start, end) overlap any of these spans? In log time (a scan per number was
    quadratic on long documents: 57 s of a 1M-character text, bench/scaling.py)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        for s in ordered:
            self.reach.append(max(s.end, self.reach[-1]) if self.reach else s.end)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # the spans that start before `end`
        return k > 0 and self.reach[k - 1] > start


_RANGE = {"الي", "-", "حتي", "و", "او"}


def _carry_units(doc: Document, found: list[_Found]) -> None:
    """من ألفي مقاتل إلى عشرة آلاف: the unit of one end of a range goes to the other."""
    for a, b in zip(found, found[1:], strict=False):
        if a.ordinal or b.ordinal or (a.unit is None) == (b.unit is None):
            continue
        between = normalize(doc.text[a.end : b.start]).strip()
        if between in _RANGE or (between.startswith("و") and between[1:].strip() == ""):
            if a.unit is None:
                a.unit = b.unit
            elif between != "و":
                b.unit = a.unit


def _bare_year(doc: Document, f: _Found) -> bool:
    """1982 with no noun: a year (في 1982، المولود في 1982), not a count."""
    s = doc.text[f.start : f.end]
    if not (f.value == int(f.value) and 1900 <= f.value <= 2100):
        return False
    return (f.unit is None and len(s) == 4) or s.startswith("(")


def hyphen_name(toks: list[Token], i: int, designators: frozenset[str]) -> bool:
    """The number at token i is part of a name a hyphen joins it to: the hyphen touches the
    word before and the number (إف-16، تو-95، جنيف-2، بولونيوم-210), or it touches a
    designator (إف- 16). A hyphen with a space before it, or after an ordinary word (طه- 20
    عاما: a name, then an age), leaves the count alone."""
    if i < 2 or toks[i - 1].norm != "-":
        return False
    word, dash = toks[i - 2], toks[i - 1]
    if not (word.is_word and word.norm.isalpha() and word.end == dash.start):
        return False
    return dash.end == toks[i].start or word.norm in designators


_OPENERS: list[tuple[Lexicon, WordScan]] = []  # the lexicon's opener scan, made once


def _opener_scan(lex: Lexicon) -> WordScan:
    """Does a quantity start at a token of this form: a number word, a dual noun, or a
    number (each vocabulary word's answer kept by its id)."""
    held = _OPENERS[:1]
    if held and held[0][0] is lex:
        return held[0][1]
    words, duals = lex.words, lex.duals
    scan = WordScan([lambda norm: norm in words or norm in duals or norm[:1].isdigit()])
    _OPENERS[:] = [(lex, scan)]
    return scan


def find_quantities(doc: Document) -> list[Quantity]:
    if not doc.tokens:
        return []
    reader = _Reader(doc)
    times = _Spans(number_spans(doc))
    found: list[_Found] = []
    toks = doc.tokens
    scan = _opener_scan(reader.lex)
    starts = scan.positions(toks, scan.tests[0], aligned(doc.word_ids, toks))
    done = 0  # tokens before this index are taken already
    for i in starts:
        if i < done:
            continue
        if toks[i].norm[:1].isdigit():
            if i and toks[i - 1].norm in reader.lex.designators:
                continue  # الفرقة 30، القرار 2235: a name, not a count
            if hyphen_name(toks, i, reader.lex.designators):
                continue  # إف-16 قصفت: a model's number, not 16 of «قصفت»
            hits = reader.digits_at(i)
        else:
            hit = reader.words_at(i) or reader.dual_at(i)
            hits = [hit] if hit else []
        hits = [h for h in hits if not times.overlaps(h.start, h.end)]
        if not hits:
            continue
        if len(hits) == 2:  # 10-15 قتيلا: the unit comes after the second end
            reader.attach_unit(hits[1])
            hits[0].unit = hits[1].unit
        for h in hits:
            if len(hits) == 1:
                reader.attach_unit(h)
            if found and h.start < found[-1].end:  # a noun taken as unit was the next number
                continue
            found.append(h)
        done = max(hits[-1].last, i + 1)
    _carry_units(doc, found)
    found = [f for f in found if not _bare_year(doc, f)]
    return [Quantity(f.start, f.end, _num(f.value), f.unit, f.ordinal) for f in found]


def stage(doc: Document) -> Document:
    doc.quantities = find_quantities(doc)
    return doc
