"""Number words and dates written by independent software, read back through the pipeline.

The Done-when of issue 2: text produced by other tools (num2words' Arabic
cardinals and ordinals, Babel's date formats in nine Arab locales, hijridate's
Hijri dates) is read back correctly at least 95% of the time, per generator
family. Each phrase is embedded in a sentence and run through the real segment,
quantities and times stages. The measured rates are printed (`pytest -s`) and
recorded in docs/quantities-times.md.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from datetime import date, timedelta

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from hijridate import Gregorian

from rasd import quantities, times
from rasd.document import Document, Meta
from rasd.text import stage as segment

num2words = pytest.importorskip("num2words").num2words

LOCALES = ["ar_EG", "ar_SA", "ar_SY", "ar_LB", "ar_IQ", "ar_JO", "ar_MA", "ar_DZ", "ar_TN"]
FORMATS = ["long", "full", "medium", "short", "d MMMM y", "EEEE d MMMM y", "d MMM y", "MMMM y"]
ARABIC_INDIC = {ord(str(i)): chr(0x0660 + i) for i in range(10)}
PUBLISHED = "2026-01-01"


def _doc(text: str, published: str | None = PUBLISHED) -> Document:
    doc = segment.stage(Document(text=text, meta=Meta(published=published)))
    return times.stage(quantities.stage(doc))


def rate(cases: Iterable[tuple[str, object]], check: Callable[[str, object], bool],
         name: str) -> float:
    cases = list(cases)
    failed = [(c, e) for c, e in cases if not check(c, e)]
    r = 1 - len(failed) / len(cases)
    print(f"\n{name}: {len(cases) - len(failed)}/{len(cases)} = {r:.1%}"
          + "".join(f"\n  miss: {c!r} (want {e!r})" for c, e in failed[:10]))
    return r


def _numbers(seed: int, k: int) -> list[int]:
    rng = random.Random(seed)
    ranges = [(0, 20), (21, 999), (1000, 99_999), (100_000, 10**9)]
    return [rng.randint(*rng.choice(ranges)) for _ in range(k)]


def _reads_number(sentence: str, want: object) -> bool:
    doc = _doc(sentence)
    return [q.value for q in doc.quantities] == [want] and not doc.times


def test_num2words_cardinals() -> None:
    cases = [(f"قتل {num2words(n, lang='ar')} شخصا في الغارة.", n) for n in _numbers(2016, 400)]
    assert rate(cases, _reads_number, "num2words cardinals") >= 0.95


def test_num2words_cardinals_with_clitics() -> None:
    """The same words after و / ب / ل, as they are written in running text."""
    rng = random.Random(7)
    cases = [(f"مر {rng.choice(['و', 'ب', 'ل'])}{num2words(n, lang='ar')} شخصا.", n)
             for n in _numbers(1438, 200) if n > 0]
    assert rate(cases, _reads_number, "num2words cardinals with clitics") >= 0.95


def test_num2words_ordinals() -> None:
    def check(sentence: str, want: object) -> bool:
        doc = _doc(sentence)
        return [(q.value, q.ordinal, q.unit) for q in doc.quantities] == [(want, True, "دفعة")]

    cases = [(f"وصلت الدفعة ال{num2words(n, lang='ar', to='ordinal')} من الجرحى.", n)
             for n in range(1, 13)]
    cases += [(f"وصلت دفعة {num2words(n, lang='ar', to='ordinal')}ة من الجرحى.", n)
              for n in range(2, 11)]
    assert rate(cases, check, "num2words ordinals") >= 0.95


def test_babel_decimal_numbers() -> None:
    """Babel's grouped and decimal numbers: 1,234,567.5 / 1٬234٬567٫5 / 1.234.567,5.

    Half the cases get Arabic-Indic digits: CLDR's `arab` numbering for these
    locales, which Babel applies to the separators but not to the digits.
    """
    rng = random.Random(4)
    cases = []
    for n in _numbers(5, 300):
        value = n if rng.random() < 0.5 else n + rng.choice([0.5, 0.25, 0.75])
        text = format_decimal(value, locale=rng.choice(LOCALES),
                              numbering_system=rng.choice(["latn", "default"]))
        if rng.random() < 0.5:
            text = text.translate(ARABIC_INDIC)
        cases.append((f"بلغ عدد النازحين {text} في المخيم.", value))
    assert rate(cases, _reads_number, "Babel decimal numbers") >= 0.95


def test_babel_percentages() -> None:
    rng = random.Random(5)
    cases = []
    for _ in range(200):
        value = rng.randint(1, 999) / 10
        text = format_percent(value / 100, "#,##0.#%", locale=rng.choice(LOCALES),
                              numbering_system=rng.choice(["latn", "default"]))

        cases.append((f"ارتفعت الأسعار بنسبة {text} خلال العام.", value))

    def check(sentence: str, want: object) -> bool:
        doc = _doc(sentence)
        return [(q.value, q.unit) for q in doc.quantities] == [(want, "%")]

    assert rate(cases, check, "Babel percentages") >= 0.95


def _dates(seed: int, k: int) -> list[date]:
    rng = random.Random(seed)
    return [date(1990, 1, 1) + timedelta(days=rng.randint(0, 365 * 40)) for _ in range(k)]


def _reads_date(sentence: str, want: object) -> bool:
    doc = _doc(sentence)
    return [(t.date, t.part) for t in doc.times] == [want] and not doc.quantities


def test_babel_dates_in_arab_locales() -> None:
    rng = random.Random(1)
    cases = []
    for d in _dates(15, 900):
        loc, fmt = rng.choice(LOCALES), rng.choice(FORMATS)
        text = format_date(d, fmt, locale=loc)
        want = (None, "month") if fmt == "MMMM y" else (d.isoformat(), None)
        cases.append((f"في {text} قصفت الطائرات المدينة.", want))
    assert rate(cases, _reads_date, "Babel dates (9 locales, 8 formats)") >= 0.95


def test_babel_dates_with_arabic_indic_digits() -> None:
    """Babel writes Western digits; many Arab sites write the same dates in ٠١٢٣."""
    rng = random.Random(2)
    cases = []
    for d in _dates(16, 300):
        text = format_date(d, rng.choice(FORMATS[:-1]), locale=rng.choice(LOCALES))
        cases.append((f"في {text.translate(ARABIC_INDIC)} قصفت الطائرات.", (d.isoformat(), None)))
    assert rate(cases, _reads_date, "Babel dates, Arabic-Indic digits") >= 0.95


def test_hijridate_dates() -> None:
    cases = []
    for d in _dates(17, 300):
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        text = f"{h.day} {h.month_name('ar')} {h.year} {h.notation('ar')}"
        cases.append((f"في {text} قصفت الطائرات.", (d.isoformat(), None)))
    assert rate(cases, _reads_date, "hijridate Hijri dates") >= 0.95


def test_babel_weekdays_resolve_against_published() -> None:
    """Babel's weekday names (format EEEE) alone resolve to the right past day."""
    rng = random.Random(3)
    cases = []
    for d in _dates(18, 200):
        back = rng.randint(0, 6)
        name = format_date(d - timedelta(days=back), "EEEE", locale=rng.choice(LOCALES))
        cases.append((f"{d.isoformat()}|قصفت الطائرات يوم {name} المدينة.",
                      ((d - timedelta(days=back)).isoformat(), None)))

    def check(case: str, want: object) -> bool:
        published, sentence = case.split("|")
        doc = _doc(sentence, published)
        return [(t.date, t.part) for t in doc.times] == [want]

    assert rate(cases, check, "Babel weekdays") >= 0.95
