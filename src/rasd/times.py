"""Time expressions resolved against the publication date.

`find_times` walks the tokens once. Every word is looked up, clitics included,
in one pre-built dictionary of time words (months, weekdays, relative days,
parts of day, cue words: all from `data/time/`), and a small grammar around
those hits reads:

- absolute dates: [weekday] day month [year] [هـ|م], month year, digit dates
  (27/8/2012, 2016-12-13, ١٥/١٢/٢٠١٦, Babel's 13‏/12‏/2016 with RTL marks), Hijri
  dates converted with hijridate;
- relative days (اليوم، أمس، أول أمس، غدا، بعد غد) and weekdays, alone, after
  يوم, with a part of day before them (صباح أمس، مساء الثلاثاء) and with
  الماضي/المقبل after them;
- periods (الأسبوع الماضي، العام المقبل, a month or a year alone, صيف 2012)
  and vague spans (الأيام الماضية، قبل أيام).

Dates are day-precise or null: a period keeps `date: null` and names its
granularity in `part` ("week", "month", "year", "season"); a part of day
("morning", "evening", "noon", "afternoon", "dawn", "night") also goes to `part`.
Relative expressions need `meta.published`; absolute dates do not.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rasd.document import Document, Span, Time, Token
from rasd.once import once
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.scan import WordScan
from rasd.text.vocab import aligned

DATA = Path(__file__).resolve().parent / "data" / "time"

_CONJ = ("", "و", "ف")
_PREP = ("ب", "ل", "ك")


# --- lexicon ---------------------------------------------------------------

def clitic_forms(word: str, article: bool = False, preps: tuple[str, ...] = _PREP
                 ) -> list[tuple[str, int, bool]]:
    """Normalized surface forms of `word` with proclitics.

    Returns (form, prefix length, article added) triples. With `article` the
    forms with ال added come too. The prefix length counts only و/ف and the
    prepositions `preps`, so a span that skips it keeps the article
    (والخميس → الخميس). ل + ال is written لل.
    """
    bases = [(word, False)] + ([("ال" + word, True)] if article else [])
    out: list[tuple[str, int, bool]] = []
    for base, added in bases:
        for conj in _CONJ:
            for prep in ("", *preps):
                if prep == "ل" and base.startswith("ال"):
                    form = conj + "لل" + base[2:]
                else:
                    form = conj + prep + base
                out.append((form, len(conj) + len(prep), added))
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    rest: tuple[str, ...]  # the phrase's words after the first, normalized
    kind: str  # month | weekday | rel | part | cue
    data: tuple  # kind-specific payload


class PhraseIndex:
    """First-word surface form (with clitics) -> phrase entries, longest first."""

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[int, Entry]]] = {}

    def add(self, phrase: str, kind: str, data: tuple) -> None:
        words = normalize(phrase).split()
        entry = Entry(tuple(words[1:]), kind, data)
        for form, pre, _ in clitic_forms(words[0]):
            if pre and form in _whole_words():
                continue  # باب is a gate, not ب + آب
            bucket = self._first.setdefault(form, [])
            if (pre, entry) not in bucket:
                bucket.append((pre, entry))
                bucket.sort(key=lambda e: (-len(e[1].rest), e[0]))

    def match(self, tokens: list[Token], i: int, kinds: frozenset[str] | None = None
              ) -> tuple[int, int, Entry] | None:
        """(token index after the phrase, prefix length, entry) of the longest phrase at i."""
        bucket = self._first.get(tokens[i].norm)
        if not bucket:
            return None
        for pre, entry in bucket:
            if kinds is not None and entry.kind not in kinds:
                continue
            j = i + 1
            for word in entry.rest:
                if j >= len(tokens) or tokens[j].norm != word:
                    break
                j += 1
            else:
                return j, pre, entry
        return None

    def first_words(self) -> list[str]:
        return list(self._first)

    def prefixes(self, norm: str) -> list[int]:
        return [pre for pre, _ in self._first.get(norm, ())]


@once
def _whole_words() -> frozenset[str]:
    """Surface forms that are words of their own, never a proclitic + a time word
    (`whole_words.txt`: باب is a gate, no ب + آب)."""
    return frozenset(normalize(r[0]) for r in _rows("whole_words.txt"))


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True, slots=True)
class Lexicon:
    index: PhraseIndex
    cues: dict[str, frozenset[str]]  # normalized word -> roles ("role+" when with clitics)
    cue_prefix: dict[str, int]  # clitic form of a cue word -> its prefix length
    triggers: frozenset[str]  # every word that can start an expression
    spans: dict[str, tuple[str, int]]  # counted spans of time: form -> (role, prefix length)


@once
def lexicon() -> Lexicon:
    """All time words, loaded once per process."""
    index = PhraseIndex()
    for name, month, calendar in _rows("months.tsv"):
        index.add(name, "month", (int(month), calendar))
    for name, wd in _rows("weekdays.tsv"):
        index.add(name, "weekday", (int(wd),))
    for row in _rows("relative.tsv"):
        phrase, kind, offset = row[:3]
        part = row[3] if len(row) > 3 and row[3] else None
        ago = normalize(phrase).split()[0] in ("قبل", "منذ")  # قبل يومين: 2 is a count too
        index.add(phrase, "rel", (kind, int(offset), part, ago))
    for phrase, day in _rows("day_ordinals.tsv"):
        index.add(phrase, "dayord", (int(day),))
    for form, part, alone in _rows("parts.tsv"):
        index.add(form, "part", (part, alone == "yes"))
    cues: dict[str, set[str]] = {}
    cue_prefix: dict[str, int] = {}
    for row in _rows("cues.tsv"):
        key = normalize(row[0])
        cues.setdefault(key, set()).add(row[1])
        for form, pre, _ in clitic_forms(key):
            if pre:
                cues.setdefault(form, set()).add(row[1] + "+")  # the role with a clitic
                cue_prefix[form] = pre
    starters = {"year_in", "month_in", "day_in", "season"}
    triggers = frozenset(index.first_words()) | frozenset(
        k for k, roles in cues.items() if {r.rstrip("+") for r in roles} & starters)
    spans = _span_words()
    triggers |= frozenset(k for k, (role, _) in spans.items()
                          if role in ("ago", "within", "art_unit", "art_units", "art_number"))
    return Lexicon(index, {k: frozenset(v) for k, v in cues.items()}, cue_prefix, triggers,
                   spans)


def _span_words() -> dict[str, tuple[str, int]]:
    """The words of counted spans of time (`durations.tsv`) and the number words
    (`numbers/words.tsv`), with their clitics: form -> (role, prefix length). Units and
    numbers with the article get the roles art_unit(s) / art_number; numbers after و
    ("الأربع وعشرين") stay numbers."""
    out: dict[str, tuple[str, int]] = {}
    rows = [(normalize(w), role) for w, role in _rows("durations.tsv")]
    rows += [(normalize(r[0]), "number") for r in _rows("../numbers/words.tsv")
             if r[2] != "ordinal"]  # أول أيام العيد: the first of them, not a count
    for word, role in rows:
        out.setdefault(word, (role, 0))
        if role in ("ago", "within"):
            for form, pre, _ in clitic_forms(word):
                out.setdefault(form, (role, pre))
        elif role in ("unit", "units", "number"):
            out.setdefault("و" + word, (role, 1))
            for form, pre, added in clitic_forms(word, article=True):
                if added:
                    out.setdefault(form, ("art_" + role, pre))
        elif role == "few":
            out.setdefault("ال" + word, (role, 0))
    return out


@once
def weekday_names() -> frozenset[str]:
    """Weekday names as written with the article (السبت، الجمعة), normalized for matching."""
    return frozenset(normalize(r[0]) for r in _rows("weekdays.tsv"))


@once
def _day_words() -> tuple[frozenset[str], frozenset[str]]:
    """Normalized relative days up to today (اليوم، أمس) and weekday and month names."""
    relative = frozenset(normalize(r[0]) for r in _rows("relative.tsv")
                         if r[1] == "day" and int(r[2]) <= 0)
    named = frozenset(normalize(r[0]).removeprefix("ال") for name in ("weekdays.tsv",
                                                                      "months.tsv")
                      for r in _rows(name))
    return relative, named


def counted_from_publication(text: str) -> bool:
    """A time expression whose day is counted from when the article was written (اليوم،
    صباح أمس), naming no weekday, month or number: a copy published a day after it was
    written puts that day a day late."""
    if any(ch.isdecimal() for ch in text):
        return False
    norm = normalize(text)
    relative, named = _day_words()
    return any(w in norm for w in relative) and not any(w in norm for w in named)


# --- digit dates -------------------------------------------------------------

_D = r"[0-9\u0660-\u0669\u06F0-\u06F9]"
_M = r"[\u200e\u200f\u061c]*"  # direction marks that locale formatters put around separators
_DIGIT_DATE_RE = re.compile(
    rf"(?<!{_D})({_D}{{1,4}}){_M}([/.\-]){_M}({_D}{{1,2}}){_M}\2{_M}({_D}{{1,4}})(?!{_D})"
)
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})


def _digit_dates(text: str) -> dict[int, tuple[int, int, int, int]]:
    """Start offset -> (end, year, month, day) of every valid digit date in `text`."""
    out: dict[int, tuple[int, int, int, int]] = {}
    for m in _DIGIT_DATE_RE.finditer(text):
        a, b, c = (g.translate(_DIGITS) for g in (m.group(1), m.group(3), m.group(4)))
        if len(a) == 4 and len(c) <= 2:
            y, mo, d = int(a), int(b), int(c)
        elif len(c) in (2, 4) and len(a) <= 2:
            y = int(c) if len(c) == 4 else 2000 + int(c)
            d, mo = int(a), int(b)
            if mo > 12 >= d:  # month/day/year
                d, mo = mo, d
        else:
            continue
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out[m.start()] = (m.end(), y, mo, d)
    return out


# --- resolution --------------------------------------------------------------

def _published(doc: Document) -> date | None:
    """The publication date, if it is a plausible one (hijridate covers 1924–2077)."""
    try:
        pub = date.fromisoformat(doc.meta.published) if doc.meta.published else None
    except ValueError:
        return None
    return pub if pub and 1925 <= pub.year <= 2076 else None


def to_gregorian(year: int, month: int, day: int, calendar: str) -> date | None:
    try:
        if calendar == "hijri":
            from hijridate import Hijri

            g = Hijri(year, month, day).to_gregorian()
            return date(g.year, g.month, g.day)
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _year_of(pub: date, calendar: str) -> int:
    if calendar == "hijri":
        from hijridate import Gregorian

        return Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    return pub.year


def resolve_day_month(pub: date | None, month: int, day: int, calendar: str,
                      which: str | None) -> date | None:
    """A day and month without a year: the nearest such date, the past preferred.

    `which` is "past"/"next"/"current" from a following الماضي/المقبل/الجاري.
    """
    if pub is None:
        return None
    base = _year_of(pub, calendar)
    cands = [d for y in (base - 1, base, base + 1)
             if (d := to_gregorian(y, month, day, calendar)) is not None]
    if which == "current":
        cands = [d for d in cands if _year_of(d, calendar) == base] or cands
    elif which == "past":
        cands = [d for d in cands if d < pub] or cands
    elif which == "next":
        cands = [d for d in cands if d > pub] or cands
    if not cands:
        return None
    # news mostly reports the past: a future date counts twice as far
    return min(cands, key=lambda d: (pub - d).days if d <= pub else 2 * (d - pub).days)


def resolve_weekday(pub: date | None, weekday: int, which: str | None) -> date | None:
    """The weekday before `pub` (the same day if it is that weekday), or after it."""
    if pub is None:
        return None
    if which == "next":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - weekday) % 7
    if which == "past" and back == 0:
        back = 7
    return pub - timedelta(days=back)


# --- the grammar -------------------------------------------------------------

@dataclass(slots=True)
class _Hit:
    end: int  # token index after the expression
    date: date | None
    part: str | None
    numbers: bool = True  # its number words are part of the time (not for قبل يومين)


_MONTH = frozenset({"month"})
_WEEKDAY = frozenset({"weekday"})
_REL = frozenset({"rel"})
_PART = frozenset({"part"})
_DAYORD = frozenset({"dayord"})
_COMMAS = {",", "-"}


class _Reader:
    """One document's tokens and the grammar over them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.n = len(self.toks)
        self.lex = lexicon()
        self.pub = _published(doc)
        self.digit_dates = _digit_dates(doc.text)

    # helpers
    def norm(self, i: int) -> str:
        return self.toks[i].norm if i < self.n else ""

    def roles(self, i: int) -> frozenset[str]:
        return self.lex.cues.get(self.norm(i), frozenset()) if i < self.n else frozenset()

    def has(self, i: int, role: str) -> bool:
        """Token i is a cue of `role`, bare or with a clitic (وعام، لعام)."""
        r = self.roles(i)
        return role in r or role + "+" in r

    def number(self, i: int, lo: int, hi: int) -> int | None:
        s = self.norm(i)
        if s.isdecimal() and lo <= int(s) <= hi:  # not isdigit: int('²') fails
            return int(s)
        return None

    def which(self, i: int) -> tuple[int, str | None]:
        """A following الماضي/المقبل/الجاري: (index after it, its meaning)."""
        r = self.roles(i)
        for role in ("past", "next", "current"):
            if role in r:
                return i + 1, role
        return i, None

    def month(self, i: int) -> tuple[int, int, str] | None:
        """A month name, with its twin in another calendar style: آب/أغسطس، تموز (يوليو)."""
        m = self.lex.index.match(self.toks, i, _MONTH) if i < self.n else None
        if not m:
            return None
        j, _, e = m
        month, cal = e.data
        k = j
        if j < self.n:
            sep = 1 if self.norm(j) in ("/", "-", "(") else 0
            m2 = self.lex.index.match(self.toks, j + sep, _MONTH) if j + sep < self.n else None
            if m2 and m2[2].data[0] == month:
                k = m2[0]
                if self.norm(j) == "(" and self.norm(k) == ")":
                    k += 1
                j = k
        return j, month, cal

    def year(self, i: int) -> tuple[int, int, str | None] | None:
        """A four-digit year with an optional calendar marker: (index after, year, calendar)."""
        y = self.number(i, 1000, 2999)
        if y is None:
            return None
        j, cal = i + 1, None
        r = self.roles(j)
        if "hijri" in r:
            j, cal = j + 1, "hijri"
        elif "gregorian" in r:
            j, cal = j + 1, "gregorian"
        if cal is None and 1300 <= y < 1500:
            cal = "hijri"
        return j, y, cal

    def year_after(self, k: int) -> tuple[int, int, str | None] | None:
        """The year of a date: 2016, / 2016 (7 / يوليو / 2015), عام 2002, من العام 2014."""
        yr = self.year(k)
        if yr or k >= self.n:
            return yr
        if self.norm(k) in ("/", "-"):
            return self.year(k + 1)
        j = k + 1 if self.norm(k) == "من" else k
        if self.has(j, "year_in"):
            return self.year(j + 1)
        return None

    def relative_year(self, k: int, calendar: str) -> tuple[int, int, str | None] | None:
        """A year named from the publication: (من) العام الماضي/الجاري/المقبل after a date."""
        j = k + 1 if self.norm(k) == "من" else k
        if self.pub is None or not self.has(j, "year_in"):
            return None
        end, which = self.which(j + 1)
        if which is None:
            return None
        step = {"past": -1, "current": 0, "next": 1}[which]
        return end, _year_of(self.pub, calendar) + step, None

    # expressions
    def absolute(self, i: int) -> _Hit | None:
        """[weekday[،|(]] day month [year] | [weekday] digit date | month year."""
        w = self.lex.index.match(self.toks, i, _WEEKDAY)
        if not w:
            return self.date_at(i, True)
        paren = self.norm(w[0]) == "("
        j = w[0] + (1 if paren or self.norm(w[0]) in _COMMAS else 0)
        hit = self.date_at(j, False) if j < self.n else None
        if hit and paren and self.norm(hit.end) == ")":  # الأحد (10 شوال 1436هـ)
            hit.end += 1
        return hit

    def date_at(self, j: int, month_year: bool) -> _Hit | None:
        if j < self.n and self.toks[j].start in self.digit_dates:
            end, y, mo, d = self.digit_dates[self.toks[j].start]
            k = j
            while k < self.n and self.toks[k].start < end:
                k += 1
            cal = "hijri" if 1300 <= y < 1500 else "gregorian"
            if "hijri" in self.roles(k):
                k, cal = k + 1, "hijri"
            elif "gregorian" in self.roles(k):
                k += 1
            return _Hit(k, to_gregorian(y, mo, d, cal), None)
        day = self.number(j, 1, 31)
        k = j + 1
        if day is None:  # الرابع عشر من يوليو: an ordinal day needs من and a month
            o = self.lex.index.match(self.toks, j, _DAYORD) if j < self.n else None
            if o and self.norm(o[0]) == "من":
                day, k = o[2].data[0], o[0]
        if day is not None:
            k = k + (1 if self.norm(k) in ("من", "/", "-") else 0)
            mo = self.month(k)
            if mo:
                k, month, cal = mo
                yr = self.year_after(k) or self.relative_year(k, cal)
                if yr:
                    k, y, ycal = yr
                    cal = ycal or cal
                    return _Hit(k, to_gregorian(y, month, day, cal), None)
                k, which = self.which(k)
                return _Hit(k, resolve_day_month(self.pub, month, day, cal, which), None)
            # 12 من الشهر الحالي / الماضي
            if self.norm(k) == "الشهر":
                k2, which = self.which(k + 1)
                if which and self.pub:
                    step = {"past": -1, "current": 0, "next": 1}[which]
                    y, m = divmod(self.pub.year * 12 + self.pub.month - 1 + step, 12)
                    return _Hit(k2, to_gregorian(y, m + 1, day, "gregorian"), None)
            return None
        if not month_year:
            return None
        mo = self.month(j)
        if mo:
            k, _, _ = mo
            yr = self.year_after(k)
            if yr:
                return _Hit(yr[0], None, "month")
        return None

    def named_weekday(self, k: int) -> tuple[int, int | None]:
        """The end of a weekday naming the day just read (أمس الأحد) and that weekday,
        or (k, None) if none."""
        paren = self.norm(k) == "("
        w = self.lex.index.match(self.toks, k + paren, _WEEKDAY) if k + paren < self.n else None
        if not w:
            return k, None
        if paren:
            return (w[0] + 1, w[2].data[0]) if self.norm(w[0]) == ")" else (k, None)
        return w[0], w[2].data[0]

    def day_expr(self, i: int) -> _Hit | None:
        """A relative day or a weekday, with يوم before and الماضي/المقبل after."""
        j = i + 1 if self.has(i, "day_in") else i
        r = self.lex.index.match(self.toks, j, _REL) if j < self.n else None
        if r and r[2].data[0] == "day":
            k, _, e = r
            _, offset, part, ago = e.data
            if offset == 0 and part is None and ("not_today" in self.roles(k) or (
                    j > 0 and "not_today_after" in self.roles(j - 1))):
                return None
            k, weekday = self.named_weekday(k)  # اليوم الخميس، أمس الأحد، فجر اليوم (الأربعاء)
            when = self.pub + timedelta(days=offset) if self.pub else None
            if when is not None and weekday is not None and when.weekday() != weekday:
                # the weekday says which day: "today, Friday" published on a Saturday is
                # a copy written earlier in the week; published the evening before (a
                # day boundary between the outlet and its timestamps), the next day
                nxt = when + timedelta(days=1)
                when = nxt if nxt.weekday() == weekday else resolve_weekday(when, weekday,
                                                                             None)
            return _Hit(k, when, part, not ago)
        w = self.lex.index.match(self.toks, j, _WEEKDAY) if j < self.n else None
        if w:
            k, pre, e = w
            if j == i and pre == 0 and e.data[0] in (0, 6) and i > 0 and \
                    "not_weekday" in self.roles(i - 1):
                return None
            k, which = self.which(k)
            return _Hit(k, resolve_weekday(self.pub, e.data[0], which), None)
        return None

    def read(self, i: int) -> _Hit | None:
        hit = self.absolute(i)
        if hit:
            return hit
        if self.has(i, "day_in") and i + 1 < self.n:  # يوم 15 ديسمبر، يوم الخميس 15/12/2016
            hit = self.absolute(i + 1)
            if hit:
                return hit
        # part of day + day: صباح أمس، مساء الثلاثاء، فجر 15 ديسمبر
        p = self.lex.index.match(self.toks, i, _PART)
        if p:
            k, _, e = p
            part, alone = e.data
            day = self.day_expr(k) if k < self.n else None
            day = day or (self.absolute(k) if k < self.n else None)
            if day:
                return _Hit(day.end, day.date, part, day.numbers)
            return _Hit(k, None, part) if alone else None
        hit = self.day_expr(i)
        if hit:
            # الثلاثاء مساء، أمس صباحا
            p = self.lex.index.match(self.toks, hit.end, _PART) if hit.end < self.n else None
            if p and p[2].data[1] and hit.part is None:
                hit = _Hit(p[0], hit.date, p[2].data[0], hit.numbers)
            return hit
        r = self.lex.index.match(self.toks, i, _REL)
        if r and r[2].data[0] != "day":
            k, _, e = r
            kind, ago = e.data[0], e.data[3]
            return _Hit(k, None, None if kind == "vague" else kind, not ago)
        return self.period(i) or self.counted_span(i)

    def span_role(self, i: int) -> str:
        got = self.lex.spans.get(self.norm(i)) if i < self.n else None
        return got[0] if got else ""

    def counted_span(self, i: int) -> _Hit | None:
        """A count of time with no date: قبل/منذ/خلال [hedge] [count] units (قبل ثلاث
        سنوات، منذ نحو 4 أشهر، خلال أسابيع), or the article + units with a count or
        القليلة and الماضية/المقبلة after them (اليومين الماضيين، الأعوام الثلاثة
        الماضية، الأربع وعشرين ساعة الماضية). Its count stays a quantity."""
        role = self.span_role(i)
        if role in ("ago", "within"):
            j = i + 1
            while j < i + 4 and self.span_role(j) == "hedge":
                j += 1
            k = j
            while k < j + 4 and (self.span_role(k) == "number" or self.norm(k).isdecimal()):
                k += 1
            unit = self.span_role(k)
            if unit == "units" and k == j and k + 1 < self.n and \
                    self.lex.index.match(self.toks, k + 1, _PART):
                return None  # منذ ساعات الفجر: the hours of a day, not a count of them
            if unit == "units" or (unit == "unit" and k > j):
                return _Hit(k + 1, None, None, False)
            return None
        j, unit, count = i, False, False
        while j < i + 5:
            r = self.span_role(j)
            if r in ("art_units", "units") or (r in ("art_unit", "unit") and count):
                unit, count = True, count or r.endswith("units")
            elif r in ("art_number", "number") or (unit and self.norm(j).isdecimal()):
                count = True
            elif r != "few" or not unit:
                break
            else:
                count = True
            j += 1
        if unit and count and self.span_role(j) == "edge":
            return _Hit(j + 1, None, None, False)
        return None

    def period(self, i: int) -> _Hit | None:
        """Year or month alone with its cue: عام 2015، شهر مارس، صيف 2012."""
        season = self.has(i, "season")
        if self.has(i, "year_in") or season:
            yr = self.year(i + 1)
            if yr:
                return _Hit(yr[0], None, "season" if season else "year")
        if self.has(i, "month_in"):
            mo = self.month(i + 1)
            if mo:
                k, which = self.which(mo[0])
                return _Hit(k, None, "month")
        if self.toks[i].norm.isdigit() and i > 0 and self.has(i - 1, "year_out"):
            yr = self.year(i)
            if yr:
                return _Hit(yr[0], None, "year")
        if i > 0 and self.has(i - 1, "month_out"):
            mo = self.month(i)
            if mo:
                k, which = self.which(mo[0])
                return _Hit(k, None, "month")
        mo = self.month(i)
        if mo:  # مايو الماضي
            k, which = self.which(mo[0])
            if which:
                return _Hit(k, None, "month")
        yr = self.year(i)
        if yr and yr[2] is not None and yr[0] > i + 1:  # 2015م، 1438 هـ
            return _Hit(yr[0], None, "year")
        return None


def _start_offset(doc: Document, tok: Token, pre: int) -> int:
    """Offset of `tok` after `pre` normalized prefix letters (و، ب، ل ...)."""
    if pre == 0:
        return tok.start
    norm, index = normalize_with_map(doc.text[tok.start : tok.end])
    if norm != tok.norm or pre >= len(index):
        return tok.start
    return tok.start + index[pre]


def _prefix(reader: _Reader, i: int) -> int:
    """Clitic letters (و، ب، ل ...) to leave out at the start of an expression at token i."""
    norm = reader.toks[i].norm
    bucket = reader.lex.index.prefixes(norm)
    if bucket:
        return min(bucket)
    if norm in reader.lex.cue_prefix:
        return reader.lex.cue_prefix[norm]
    got = reader.lex.spans.get(norm)
    return got[1] if got else 0


# Per thread: the times read of the last documents, by id of the document (held, so no id
# is reused while in here), with what they were read from. The quantities stage reads the
# times too (to leave dates' numbers alone), and the times stage then takes that reading
# instead of a second one; a batch (`Pipeline.pipe`) runs quantities over all its
# documents first, so as many as a batch are kept.
_READ = threading.local()
READS_HELD = 64


def _read_from(doc: Document) -> tuple[object, ...]:
    """What a reading depends on: the document, its text and tokens, the publication date."""
    return doc, doc.text, doc.tokens, len(doc.tokens), doc.meta.published


def _same_source(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    return all(x is y for x, y in zip(a[:3], b[:3], strict=True)) and a[3:] == b[3:]


def _read(doc: Document) -> list[tuple[Time, bool]]:
    """The document's times, each with whether its numbers are its own: read once for the
    quantities and times stages (a reading held is handed out once, then dropped)."""
    held: dict[int, tuple[tuple[object, ...], list[tuple[Time, bool]]]] | None = \
        getattr(_READ, "held", None)
    if held is None:
        held = _READ.held = {}
    source = _read_from(doc)
    got = held.pop(id(doc), None)
    if got is not None and _same_source(got[0], source):
        return got[1]
    out = _find_times(doc)
    while len(held) >= READS_HELD:  # the oldest out (dicts keep insertion order)
        del held[next(iter(held))]
    held[id(doc)] = (source, out)
    return out


def find_times(doc: Document) -> list[Time]:
    return [Time(t.start, t.end, t.date, t.part) for t, _ in _read(doc)]


def number_spans(doc: Document) -> list[Span]:
    """Spans of time expressions whose numbers are the time's own (15 ديسمبر 2016,
    أول أمس, الاثنين), not counts: quantities leave them alone. قبل يومين is not one."""
    return [Span(t.start, t.end) for t, numbers in _read(doc) if numbers]


_OPENERS: list[tuple[Lexicon, WordScan]] = []  # the lexicon's opener scan, made once


def _opener_scan(lex: Lexicon) -> WordScan:
    """Does a time expression start at a token of this form: one of the lexicon's triggers,
    or a number."""
    held = _OPENERS[:1]
    if held and held[0][0] is lex:
        return held[0][1]
    triggers = lex.triggers
    scan = WordScan([lambda norm: norm in triggers or norm[:1].isdigit()])
    _OPENERS[:] = [(lex, scan)]
    return scan


def _find_times(doc: Document) -> list[tuple[Time, bool]]:
    if not doc.tokens:
        return []
    reader = _Reader(doc)
    out: list[tuple[Time, bool]] = []
    toks = doc.tokens
    # most words start no time expression: each vocabulary word's answer kept by its id
    scan = _opener_scan(reader.lex)
    starts = scan.positions(toks, scan.tests[0], aligned(doc.word_ids, toks))
    done = 0  # tokens before this index are inside an expression already read
    for i in starts:
        if i < done:
            continue
        try:
            hit = reader.read(i)
        except (ValueError, OverflowError):  # a calendar's range: no reading, not a crash
            hit = None
        if hit is None or hit.end <= i:
            continue
        start = _start_offset(doc, toks[i], _prefix(reader, i))
        end = toks[hit.end - 1].end
        out.append((Time(start, end, hit.date.isoformat() if hit.date else None, hit.part),
                    hit.numbers))
        done = hit.end
    return out


def stage(doc: Document) -> Document:
    doc.times = find_times(doc)
    return doc
