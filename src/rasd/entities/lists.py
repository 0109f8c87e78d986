"""Places listed after a place and opened by a place opener: «مناطق الشيحة والدواية والستر
والبو جاسم»، «قرية سوسية جنوب الخليل، وأبو النوار».

Villages and quarters of Iraq, Palestine and Yemen are often named by an opener and a word
(البو جاسم، أبو النوار، بني حشيش: data/ner/place_openers.txt), which a tagger reads as a
person's kunya or nothing. Right after a found place, joined by و (only a space or a comma
between), such a name is one more place. `places_after` reads, from each place's end:

    [،] و+opener word   (word: `areas.name_word`, no everyday word, nationality, cue, head or
                         area noun)

and goes on from the new place (at most six). A word a found name covers is not added; a
person read on exactly such a name is the place (`ruler._listed_places` retypes it). (A bare
word listed so, «والفيوش», was tried and left: on free news it took verbs and nouns with a
pronoun after a place far more often than names: «لحج وتعز وأحبطت»، «حلب وريفها».)
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Token
from rasd.entities.areas import name_word
from rasd.entities.features import word_list
from rasd.entities.kb import KB

_MAX_LISTED = 6


@dataclass(frozen=True, slots=True)
class Listed:
    first: int  # token index of the listed name's first word (its و included)
    last: int  # token index after it


def listed_at(tokens: list[Token], k: int, kb: KB) -> Listed | None:
    """The place name joined by و at token k (a comma before it skipped), else None."""
    if k < len(tokens) and tokens[k].norm == "," and k + 1 < len(tokens):
        k += 1
    if k >= len(tokens) or not tokens[k].norm.startswith("و") or len(tokens[k].norm) < 4:
        return None
    word = tokens[k].norm[1:]
    if word in word_list("place_openers.txt") and k + 1 < len(tokens) \
            and name_word(tokens[k + 1].norm, kb):
        return Listed(k, k + 2)  # والبو جاسم
    return None


def places_after(tokens: list[Token], last: int, kb: KB) -> list[Listed]:
    """The places listed after a place whose last token is tokens[last - 1]."""
    out: list[Listed] = []
    while len(out) < _MAX_LISTED and (item := listed_at(tokens, last, kb)) is not None:
        out.append(item)
        last = item.last
    return out
