"""Which way a line's guillemets face, decided once from the marks themselves.

Most outlets quote «…»; some lines are written »…« (reversed), and Al-Madina writes »…»
(the closing guillemet on both sides, used like a straight quote: لـ»المدينة» إن). The
segmenter and the claims read a guillemet through `read_marks`, so a reversed or doubled
pair is read as «…» or "…"; the text itself never changes."""

from __future__ import annotations

import re
from functools import lru_cache

NORMAL = "normal"      # «…»
REVERSED = "reversed"  # »…«
DOUBLED = "doubled"    # »…»: » both opens and closes, as a straight quote "…"

# how a guillemet reads on a line of each style (NORMAL: as written)
READ_AS: dict[str, dict[str, str]] = {
    REVERSED: {"»": "«", "«": "»"},
    DOUBLED: {"»": '"'},
}


_GUILLEMET = re.compile("[«»]")


def guillemet_style(line: str) -> str:
    """The style of one line's guillemets. REVERSED when the marks pair up as more »…« than
    «…» (a tie stays NORMAL: a line opening with the » of a quotation begun on the line
    before, »…«…», pairs both ways); DOUBLED when there is no « and an even number of », two
    or more (a single » closes a quotation begun on an earlier line), and no { (Asharq
    al-Awsat's {…» closes a brace with a »); else NORMAL."""
    marks = "".join(_GUILLEMET.findall(line))
    if "»" not in marks:
        return NORMAL
    if "«" not in marks:
        return DOUBLED if len(marks) % 2 == 0 and "{" not in line else NORMAL
    return REVERSED if marks.count("»«") > marks.count("«»") else NORMAL


@lru_cache(maxsize=128)
def read_marks(text: str) -> dict[int, str]:
    """The offsets of the guillemets on lines not written «…», each with the mark it reads
    as (« opening, » closing, " a straight quote); empty for most texts. Cached (read only):
    the segmenter and the claims' View ask for the same text, a batch of documents
    (`Pipeline.pipe`, 64) apart."""
    out: dict[int, str] = {}
    if "»" not in text:
        return out
    start = 0
    for line in text.split("\n"):
        if "»" in line:
            style = guillemet_style(line)
            if style != NORMAL:
                table = READ_AS[style]
                for m in _GUILLEMET.finditer(line):  # (the tables read guillemets only)
                    ch = m.group()
                    if ch in table:
                        out[start + m.start()] = table[ch]
        start += len(line) + 1
    return out
