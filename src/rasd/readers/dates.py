"""Publication dates from inputs, normalised to YYYY-MM-DD (or None when unreadable).

Inputs write dates every way: ISO dates and datetimes (JSONL, Telegram, WARC),
RFC 822 (RSS), d/m/y (Arab sites write the day first), Unix time, month names
in Arabic (Egyptian, Levantine, Maghrebi), English or French, and Hijri dates.
A date keeps the calendar day written in the input: no time-zone conversion.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import time
from importlib import resources

from rasd.once import once
from rasd.text.normalize import normalize_key

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|\D)")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:$|\D)")
_ANY_YMD = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_ANY_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$|^\d{13}$")
_MIN_YEAR, _MAX_YEAR = 1900, 2100


@once
def _months() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    path = resources.files("rasd").joinpath("data", "boilerplate", "calendar.json")
    cal = json.loads(path.read_text(encoding="utf-8"))
    greg = {normalize_key(n): int(m) for m, names in cal["months"].items() for n in names}
    hijri = {normalize_key(n): int(m) for m, names in cal["hijri_months"].items() for n in names}
    names = sorted({*greg, *hijri}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    pattern = re.compile(
        rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?(?P<m1>{alt})\.?"
        rf"(?:\s*\([^)]*\))?\s*,?\s*(?:عام|سنة|سنه)?\s*(?P<y1>\d{{4}})"
        rf"|(?P<m2>{alt})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y2>\d{{4}}))",
    )
    return pattern, greg, hijri


def _valid(y: int, m: int, d: int) -> str | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _hijri(y: int, m: int, d: int) -> str | None:
    from hijridate import Hijri

    try:
        return _valid(*Hijri(y, m, d).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _by_month_name(s: str) -> str | None:
    pattern, greg, hijri = _months()
    m = pattern.search(normalize_key(s))
    if not m:
        return None
    name = m.group("m1") or m.group("m2")
    d = int(m.group("d1") or m.group("d2"))
    y = int(m.group("y1") or m.group("y2"))
    if name in hijri and y < 1600 and name not in greg:
        return _hijri(y, hijri[name], d)
    return _valid(y, greg[name], d) if name in greg else None


def normalize_date(value: object) -> str | None:
    """YYYY-MM-DD for a date in any common form, None when it cannot be read (whatever the
    value: a huge integer, an odd object, a string no parser takes)."""
    try:
        return _normalize(value)
    except (ValueError, OverflowError, TypeError, RecursionError):
        return None


def _normalize(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return _valid(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return _valid(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    s = value.strip().translate(_DIGITS)
    if not s or len(s) > 200:
        return None
    if m := _ISO.match(s):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _YMD.match(s):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(s):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        return _valid(y, b, a) if b <= 12 else _valid(y, a, b)  # day first unless impossible
    if _EPOCH.match(s):
        return _from_epoch(float(s) / (1000 if len(s) == 13 else 1))
    parsed = email.utils.parsedate_tz(s)  # RFC 822 / 2822, as in RSS
    if parsed and parsed[0]:
        return _valid(parsed[0], parsed[1], parsed[2])
    if found := _by_month_name(s):
        return found
    if m := _ANY_YMD.search(s):  # "الأحد 2012-08-26"
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := _ANY_DMY.search(s):  # "الأحد 26/8/2012"
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        return _valid(y, b, a) if b <= 12 else _valid(y, a, b)
    return _dateutil(s)


def _from_epoch(seconds: float) -> str | None:
    try:
        d = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return _valid(d.year, d.month, d.day)


def _dateutil(s: str) -> str | None:
    """Other Latin-script forms ('Dec 15 2016 10:00 AM', '15-Dec-2016'): dateutil."""
    if not re.search(r"\d{4}", s) or not s.isascii():
        return None
    from dateutil import parser

    try:
        d = parser.parse(s, dayfirst=True, fuzzy=False, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return _valid(d.year, d.month, d.day)
