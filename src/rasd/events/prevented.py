"""A deed a party is kept from (events50, issue 12): no deed told.

Reads: the words before a trigger match (data/events/prevented.json). Writes nothing: a
predicate over a trigger match, applied with `unreal.other_sense` in `find_events`. A deed
noun right after the من of a word of preventing or depriving, the one kept from it between
(في مسعى لمنعهم من الاستيلاء على عدن، لمنع قوات النظام من قصف المدينة), is what the party
is kept from doing, as `triggers._guarded` reads a deed guarded against (حماية المدنيين من
الهجمات): the gold codes no such deed, and the prevention, when it is a deed, by its own
word."""

from __future__ import annotations

from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems

PREVENT_REACH = 4  # words of the one kept from the deed, between the word of preventing and من
FROM = normalize("من")


@once
def prevented_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "prevented.json")


def prevented(v: View, m, a: int) -> bool:
    """The match is a noun right after من, and a word of preventing (`prevent_words`, read
    with or without its clitics: لمنعهم، منعته) stands PREVENT_REACH words at most before
    the من, with no verb or mark between, and no negator right before it (`negators`: لم
    يمنع tells a deed not kept from). a: the sentence's first token."""
    k = m.first - 1
    if m.payload.verb or k - 1 < a or v.norms[k] != FROM:
        return False
    W = prevented_words()
    words = W["prevent_words"]
    for j in range(k - 1, max(a, k - 2 - PREVENT_REACH), -1):
        if not v.word(j):
            return False
        if any(st in words for st, _, _ in clitic_stems(v.norms[j])):
            return not (j - 1 >= a and v.in_words(j - 1, W["negators"]))  # (لم يمنع: done)
        if v.is_verb(j):
            return False
    return False


__all__ = ["prevented", "prevented_words"]
