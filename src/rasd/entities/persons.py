"""Person names that a word around them announces (data/ner/naming_words.txt,
data/ner/compound_names.txt).

- After a naming word (يدعى، يدعيان، المدعو، الملقب) the next plain words, up to three, are a
  person's name; after a dual or plural one, so are the names listed with و:
  قياديان يدعيان، بلال ومعراج الدين.
- A compound given name (سراج الدين، سيف الإسلام، ذبيح الله) names a person wherever it stands;
  a tagger reads its second word as a common noun (الإسلام as a religion).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Token
from rasd.entities.features import _data_lines, is_given_name, norm_word
from rasd.entities.heads import stops
from rasd.entities.kb import OPENING_QUOTES

_MAX_WORDS = 3
_MAX_LISTED = 4
_PLURAL_ENDINGS = ("ان", "ون", "ين", "وين", "ات")


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int


@lru_cache(maxsize=1)
def compounds() -> frozenset[tuple[str, str]]:
    """Compound given names as (first word, second word), normalized."""
    out = set()
    for ln in _data_lines("compound_names.txt"):
        words = [norm_word(w) for w in ln.split()]
        if len(words) == 2:
            out.add((words[0], words[1]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _second_words() -> frozenset[str]:
    """The second words of the compound given names (الدين، الإسلام)."""
    return frozenset(second for _, second in compounds())


def _plain(norm: str) -> bool:
    """A word that may be part of a name: a given name (علي, though على folds to it), else
    no stopword."""
    return len(norm) >= 2 and norm.isalpha() and (norm not in stops() or is_given_name(norm))


def _words(tokens: list[Token], j: int) -> int:
    """Token index after a name of up to three plain words from token j; a later word
    with و, or with ب/ل before a longer word (لوكالة، بنقل), is no part of it (بن is)."""
    k = j
    while k < len(tokens) and k - j < _MAX_WORDS and _plain(tokens[k].norm) and (
            k == j or not (tokens[k].norm.startswith("و") or (
                tokens[k].norm[:1] in ("ب", "ل") and len(tokens[k].norm) > 3))):
        k += 1
    return k


@lru_cache(maxsize=1)
def naming_words() -> dict[str, bool]:
    """Normalized naming word -> whether a given name must follow (data/ner/naming_words.txt)."""
    out = {}
    for ln in _data_lines("naming_words.txt"):
        cols = ln.split("\t")
        out[norm_word(cols[0].strip())] = len(cols) > 1 and cols[1].strip() == "given"
    return out


def named_after_cue(text: str, tokens: list[Token]) -> list[Name]:
    """Names after a naming word (يدعى بلال، المدعو حسن)."""
    cues = naming_words()
    out: list[Name] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in cues:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].norm in (",", ":", *OPENING_QUOTES):
            j += 1
        end = _words(tokens, j)
        if end == j or (cues[tok.norm] and not is_given_name(tokens[j].norm)):
            continue
        out.append(Name(tokens[j].start, tokens[end - 1].end))
        if not tok.norm.endswith(_PLURAL_ENDINGS):
            continue
        for _ in range(_MAX_LISTED):
            if end >= len(tokens) or not tokens[end].norm.startswith("و") \
                    or not _plain(tokens[end].norm[1:]):
                break
            first = tokens[end]
            nxt = _words(tokens, end)
            cut = text.find("و", first.start, first.end) + 1
            out.append(Name(cut, tokens[nxt - 1].end))
            end = nxt
    return out


def compound_names(text: str, tokens: list[Token]) -> list[Name]:
    """Compound given names (سراج الدين، سيف الإسلام), a و before them cut."""
    table, seconds = compounds(), _second_words()
    out = []
    # the cheap test first: a compound's second word (few words are one)
    for i in [k - 1 for k, t in enumerate(tokens) if k and t.norm in seconds]:
        first, second = tokens[i].norm, tokens[i + 1].norm
        cut = 0
        if (first, second) not in table and first.startswith("و") \
                and (first[1:], second) in table:
            cut = text.find("و", tokens[i].start, tokens[i].end) + 1 - tokens[i].start
        elif (first, second) not in table:
            continue
        out.append(Name(tokens[i].start + cut, tokens[i + 1].end))
    return out
