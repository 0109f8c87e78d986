"""Normalization for matching only: never written back into a document's text.

`normalize` maps the spelling variants that Arabic news writes interchangeably
to one form: diacritics and tatweel dropped, hamza/alef forms folded to ا,
alef maqsura to ي, taa marbuta to ه, Arabic-Indic and Persian digits to ASCII,
Arabic punctuation to its Latin twin. Each character maps to at most one
character, so offsets in the normalized string equal offsets in the original
wherever no character was dropped; `normalize_with_map` gives the exact map.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, Quranic marks, superscript alef: dropped.
_DROP = {c for c in range(0x064B, 0x0660)} | {0x0670, 0x0640, 0x06D6, 0x06D7, 0x06D8, 0x06D9,
                                               0x06DA, 0x06DB, 0x06DC, 0x06DF, 0x06E0, 0x06E1,
                                               0x06E2, 0x06E3, 0x06E4, 0x06E7, 0x06E8, 0x06EA,
                                               0x06EB, 0x06EC, 0x06ED, 0x200C, 0x200D, 0x200E,
                                               0x200F, 0x061C, 0xFEFF, 0x202A, 0x202B,
                                               0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                                               0x2068, 0x2069}

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "«": '"', "»": '"',
    "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "ـ": "",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu

_TABLE: dict[int, str | None] = {c: None for c in _DROP}
_TABLE.update({ord(k): (v or None) for k, v in _FOLD.items()})

_SPACE_RE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The matching form of `text` (see module docstring)."""
    return unicodedata.normalize("NFKC", text).translate(_TABLE) if _needs_nfkc(text) \
        else text.translate(_TABLE)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalized text and, for each of its characters, the index it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        mapped = _TABLE.get(ord(ch), ch)
        if mapped:
            out.append(mapped)
            index.append(i)
    return "".join(out), index


def normalize_key(text: str) -> str:
    """A lookup key: normalized, lower-cased, whitespace collapsed."""
    return _SPACE_RE.sub(" ", normalize(text)).strip().lower()


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in text if ord(ch) not in _DROP)


# Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) appear in PDFs and old pages.
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def _needs_nfkc(text: str) -> bool:
    return _PRESENTATION_RE.search(text) is not None


def is_arabic_char(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff"
