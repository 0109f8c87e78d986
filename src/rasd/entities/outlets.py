"""News outlets announced by the words around them (data/ner/outlets.tsv).

- After an outlet noun (إذاعة، قناة، صحيفة، راديو ...), a name in quotes or brackets is the
  outlet: لقناة (الموصلية)، موقع «ليبيا المستقبل»؛ a name a tagger read as a person or place
  right after such a noun, or starting with it, is the outlet too: وإذاعة أوندا سيرو، راديو سوا.
- A quoted name after لـ, a few words after a word of saying, is the outlet that was spoken
  to: قال مصدر لـ«عكاظ»، في تصريحات لـ"الوطن".
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Token
from rasd.entities.features import _data_lines, norm_word, noun_leads
from rasd.entities.kb import CLOSING_QUOTES, OPENING_QUOTES
from rasd.once import once
from rasd.text.normalize import normalize

_LEADS = noun_leads()
# quotes are all '"' once normalized
_OPEN = frozenset({*(normalize(q) for q in OPENING_QUOTES), "(", '"'})
_CLOSE = frozenset({*(normalize(q) for q in CLOSING_QUOTES), ")", '"'})
_MAX_WORDS = 4
# words between a word of saying and لـ«...» (وقال المتحدث الرسمي باسم المكتب الإعلامي
# لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي لـ"الوطن"), within one sentence
_SPEECH_WINDOW = 20
_SENTENCE_END = frozenset({".", "!", "?", "؟", "\n"})


@dataclass(frozen=True, slots=True)
class Outlet:
    start: int
    end: int


@once
def _table() -> dict[str, str]:
    out = {}
    for ln in _data_lines("outlets.tsv"):
        word, kind = (c.strip() for c in ln.split("\t")[:2])
        out[norm_word(word)] = kind
    return out


@lru_cache(maxsize=1 << 18)  # every token of every document (25k words in the demo)
def outlet_noun(norm: str, quoted_ok: bool = True) -> bool:
    """An outlet noun (its proclitics cut); `quoted_ok`: also those that name an outlet only
    before a quoted name (موقع)."""
    kinds = ("noun", "quoted") if quoted_ok else ("noun",)
    table = _table()
    return any(norm.startswith(lead) and table.get(norm[len(lead):]) in kinds
               for lead in _LEADS)


@lru_cache(maxsize=1 << 18)
def _speech(norm: str) -> bool:
    table = _table()
    return any(norm.startswith(lead) and table.get(norm[len(lead):]) == "speech"
               for lead in _LEADS)


def _said_before(tokens: list[Token], i: int) -> bool:
    """A word of saying earlier in the sentence of token i, at most _SPEECH_WINDOW words
    back."""
    for k in range(i - 1, max(-1, i - 1 - _SPEECH_WINDOW), -1):
        if tokens[k].norm in _SENTENCE_END:
            return False
        if _speech(tokens[k].norm):
            return True
    return False


def _quoted(tokens: list[Token], j: int) -> int:
    """Token index of the closing mark of a quoted name of 1-4 words opening at token j,
    else -1."""
    if j >= len(tokens) or tokens[j].norm not in _OPEN:
        return -1
    for k in range(j + 2, min(len(tokens), j + 2 + _MAX_WORDS)):
        if tokens[k].norm in _CLOSE:
            return k
        if not tokens[k].norm.isalnum():
            return -1
    return -1


def quoted_outlets(text: str, tokens: list[Token]) -> list[Outlet]:
    """Quoted names after an outlet noun or after لـ near a word of saying."""
    out = []
    # the cheap test first: most words open no quotation
    for j in [k for k, t in enumerate(tokens) if k and t.norm in _OPEN]:
        i, tok = j - 1, tokens[j - 1]
        if outlet_noun(tok.norm) or tok.norm == "ل" and _said_before(tokens, i):
            close = _quoted(tokens, j)
        else:
            continue
        if close > 0 and tokens[j + 1].norm.isalpha():
            out.append(Outlet(tokens[j + 1].start, tokens[close - 1].end))
    return out


def after_outlet_noun(tokens: list[Token], starts: list[int], start: int) -> bool:
    """Does an outlet noun (not موقع/شبكة) stand right before offset `start`, or open the
    name there (راديو سوا)? `starts`: the tokens' start offsets."""
    k = bisect_left(starts, start)
    if k < len(tokens) and tokens[k].start == start and outlet_noun(tokens[k].norm, False):
        return True
    k -= 1
    while k >= 0 and tokens[k].norm in _OPEN:
        k -= 1
    return k >= 0 and outlet_noun(tokens[k].norm, False)
