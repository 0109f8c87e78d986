"""Quoted titles after a title noun are MISC names: برنامج «حوار من القلب», استاد "سلتيك بارك".

Names of programmes, books, films, operations, car models and stadiums are
often words of the language (خارج نطاق الخدمة) that no statistical tagger
reads as a name; the quotes after a title noun (data/ner/title_cues.txt,
one word allowed between: البرنامج الطبي «...», كتاب جديد «...») say it is one.
The quoted words, up to six, become one MISC name, replacing what the tagger
put inside, unless a tagged name crosses the quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.entities.features import norm_word, word_list
from rasd.entities.kb import CLOSING_QUOTES, OPENING_QUOTES
from rasd.text.segment import clitic_stems

MAX_WORDS = 6


@lru_cache(maxsize=100_000)
def _is_cue(word: str) -> bool:
    cues = word_list("title_cues.txt")
    return any(s in cues for s, _, _ in clitic_stems(norm_word(word)))


def _quote_after(words: Sequence[str], i: int) -> int:
    """Index of the opening quote after the title noun at i (one word may come between),
    or -1."""
    for k in (i + 1, i + 2):
        if k < len(words) and words[k].strip() in OPENING_QUOTES:
            return k
        if k < len(words) and (words[k].strip() in CLOSING_QUOTES or not words[k].isalpha()):
            return -1
    return -1


def _closing(words: Sequence[str], k: int) -> int:
    for j in range(k + 2, min(len(words), k + 2 + MAX_WORDS)):
        if words[j].strip() in CLOSING_QUOTES:
            return j
    return -1


def mark_titles(sentences: Sequence[Sequence[str]],
                tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """`tags` with quoted titles after title nouns tagged MISC."""
    out = [list(t) for t in tags]
    for words, tagged in zip(sentences, out, strict=True):
        if OPENING_QUOTES.isdisjoint(map(str.strip, words)):
            continue  # no opening quote: no title (most sentences), no word looked up
        for i, word in enumerate(words):
            if not _is_cue(word):
                continue
            k = _quote_after(words, i)
            j = _closing(words, k) if k >= 0 else -1
            if j < 0 or tagged[k + 1].startswith("I-") or (
                    j < len(tagged) and tagged[j].startswith("I-")):
                continue  # no closing quote near, or a tagged name crosses the quotes
            tagged[k + 1 : j] = ["B-MISC"] + ["I-MISC"] * (j - k - 2)
    return out
