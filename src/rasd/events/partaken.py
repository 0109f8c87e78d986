"""Operations named by who leads or joins them (events50, issue 12): no deed of the news.

Reads: the words before a trigger match (data/events/partaken.json). Writes nothing: a
predicate over a trigger match, applied with `unreal.other_sense` in `find_events`. A
definite operations noun after a word of leading, commanding or overseeing names the office
or the role of a party (التحالف الذي يقود العملية العسكرية ضد داعش، مدير العمليات العسكرية،
للإشراف على العملية العسكرية); one after a word of taking part and في names the part taken
(ليشاركوا في العمليات العسكرية، الذين لم يشاركوا في العمليات العسكرية). The operations, if
told, are told by their own words elsewhere (بدأ الجيش عملية عسكرية، شنت عملية)."""

from __future__ import annotations

from rasd.lexicons import event_markers, word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems

JOIN_REACH = 2  # words between a word of taking part and في (the one made to take part)
IN = normalize("في")
ON = normalize("على")
ARTICLE = "ال"


@once
def partaken_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "partaken.json")


def _stem_in(v: View, k: int, words: frozenset[str]) -> bool:
    """Token k, read with or without its clitics, is one of `words`."""
    return any(st in words for st, _, _ in clitic_stems(v.norms[k]))


def _deed_noun(v: View, k: int, words: frozenset[str], suffixed: bool) -> bool:
    """Token k is a noun of `words` with the article (العمليات، والقتال) or, when
    `suffixed`, with a possessive pronoun (عملياتها): the deed said as a whole."""
    b = v.bare(k)
    if v.is_def(k) and b[len(ARTICLE):] in words:
        return True
    return suffixed and any(st in words and suf > 0 and pre == 0
                            for st, pre, suf in clitic_stems(b))


def _led(v: View, k: int, a: int, W: dict[str, frozenset[str]]) -> bool:
    """The word before token k leads or oversees (يقود، قيادة، مدير; الإشراف على)."""
    j = k - 1
    if j < a or not v.word(j):
        return False
    if _stem_in(v, j, W["lead_words"]):
        return True
    return v.norms[j] == ON and j - 1 >= a and v.word(j - 1) \
        and _stem_in(v, j - 1, W["oversee_words"])


def _joined(v: View, k: int, a: int, W: dict[str, frozenset[str]]) -> bool:
    """في before token k follows a word of taking part, JOIN_REACH words at most between
    and no verb among them (ليشاركوا في، بعدم إشراك أطفالهم في)."""
    j = k - 1
    if j - 1 < a or v.norms[j] != IN:
        return False
    for i in range(j - 1, max(a, j - 2 - JOIN_REACH), -1):
        if not v.word(i):
            return False
        if _stem_in(v, i, W["join_words"]):
            return True
        if v.is_verb(i):
            return False
    return False


def partaken(v: View, m, a: int) -> bool:
    """The match opens with an operations noun said as a whole after a word of leading or
    of taking part (`_led`, `_joined`), or with a fight noun said as a whole after a word of
    taking part: a role or a part taken, no deed told. a: the sentence's first token."""
    if m.payload.verb or m.payload.type != "ASSAULT":
        return False
    W, k = partaken_words(), m.first
    if _deed_noun(v, k, W["operation_words"], suffixed=True):
        return _led(v, k, a, W) or _joined(v, k, a, W)
    return _deed_noun(v, k, W["fight_words"], suffixed=False) and _joined(v, k, a, W) \
        and not _ahead(v, m.last)


def _ahead(v: View, last: int) -> bool:
    """An adjective right after the fight noun puts it ahead (الانخراط معها في المعارك
    المرتقبة): the part to be taken in fights expected, a deed ahead the gold codes.
    last: the token after the match (end exclusive)."""
    k = last
    return k < len(v.toks) and v.word(k) \
        and v.in_words(k, event_markers()["ahead_adjectives"])


__all__ = ["partaken", "partaken_words"]
