"""Armed bodies named by their allegiance: «القوات الموالية للرئيس عبدربه منصور هادي», «الجيش
الموالي للشرعية», «قوات موالية للرئيس السابق علي صالح», «القوات المدعومة من السعودية».

One sentence: a force head noun (data/ner/loyal_heads.txt) with up to two relational adjectives,
then an allegiance word (events/markers.json `allegiance_modifiers`) and ل/من/مع, then a named
party — a name the entity stage found, perhaps after a title (data/ner/loyal_between.txt or a
relational adjective), or a party word (data/ner/loyal_owners.txt: الشرعية) — is one ORG name
spanning the whole phrase (tests/gold/README.md rule 15). A pronoun owner (الموالية لها), a name
before the allegiance word (المقاومة الشعبية, linked) or a name crossing the phrase and it is none.
Pure: reads tokens and the entities found so far, returns spans.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rasd.document import Entity, Token
from rasd.entities.features import word_list
from rasd.lexicons import event_markers

_LEADS = ("وب", "فب", "و", "ف", "ب")  # proclitics a head may carry (وقوات، بالقوات)
_ADJ_ENDINGS = ("ي", "يه", "يين", "يون")
_MAX_ADJECTIVES = 2
_MAX_BETWEEN = 3
_PARTY_TYPES = frozenset({"PER", "ORG", "LOC"})


def _adjective(norm: str) -> bool:
    """A relational adjective, definite or not (الشعبية، العسكرية، اليمني، عسكرية)."""
    return len(norm) > 4 and norm.endswith(_ADJ_ENDINGS)


def _head_lead(norm: str) -> int | None:
    """Letters of proclitic before a force head noun (وقوات: 1), None if the word is none."""
    heads = word_list("loyal_heads.txt")
    if norm in heads:
        return 0
    return next((len(p) for p in _LEADS if norm.startswith(p) and norm[len(p):] in heads), None)


def _head_before(tokens: Sequence[Token], j: int) -> int | None:
    """The token of the head noun before the allegiance word at j, across its adjectives."""
    k = j - 1
    while k >= 0 and j - k <= _MAX_ADJECTIVES and _head_lead(tokens[k].norm) is None \
            and _adjective(tokens[k].norm):
        k -= 1
    return k if k >= 0 and tokens[k].is_word and _head_lead(tokens[k].norm) is not None else None


def _owner_end(tokens: Sequence[Token], j: int, starts: list[int],
               ents: list[Entity]) -> int | None:
    """The end offset of the named party after the allegiance word at j, else None."""
    k = j + 1
    if k >= len(tokens) or not tokens[k].is_word:
        return None
    n = tokens[k].norm
    if n in ("من", "مع"):
        k, stem = k + 1, None
    elif n.startswith("لل") and len(n) > 3:
        stem = "ال" + n[2:]  # للرئيس: ل + الرئيس, the article's alif elided
    elif n.startswith("ل") and len(n) > 2:
        stem = n[1:]
    else:
        return None
    between, owners = word_list("loyal_between.txt"), word_list("loyal_owners.txt")
    for m in range(k, min(len(tokens), k + _MAX_BETWEEN + 1)):
        tok = tokens[m]
        if not tok.is_word:
            return None
        at = bisect_left(starts, tok.start)
        if at < len(ents) and ents[at].start < tok.end:  # a name begins in this word
            return ents[at].end if ents[at].type in _PARTY_TYPES else None
        word = stem if (m == k and stem is not None) else tok.norm
        if word in owners:
            return tok.end
        if word not in between and not _adjective(word):
            return None
    return None


def loyal_bodies(text: str, tokens: Sequence[Token], entities: Sequence[Entity]
                 ) -> list[tuple[int, int]]:
    """(start, end) of each body named by its allegiance (module doc), in text order."""
    allegiance = event_markers()["allegiance_modifiers"]
    ents = sorted(entities, key=lambda e: (e.start, e.end))
    starts = [e.start for e in ents]
    out: list[tuple[int, int]] = []
    for j, tok in enumerate(tokens):
        if tok.norm not in allegiance:
            continue
        i = _head_before(tokens, j)
        if i is None:
            continue
        end = _owner_end(tokens, j, starts, ents)
        if end is None:
            continue
        start = tokens[i].start + (_head_lead(tokens[i].norm) or 0)
        # a name before the allegiance word (المقاومة الشعبية) or one crossing the phrase's
        # ends is its own: the phrase is left to it
        if any(e.start < tok.start and e.end > start for e in ents) or any(
                e.start < end < e.end for e in ents):
            continue
        out.append((start, end))
    return out
