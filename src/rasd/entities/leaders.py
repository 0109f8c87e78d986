"""A body named with its leader: «التحالف الذي تقوده السعودية»، «التحالف الدولي بقيادة
الولايات المتحدة» (the coalition led by Saudi Arabia, by the United States).

The leader is a name of its own (a state, a city standing for its government, a person), and
the body is named by the words before the relative clause or «بقيادة»: the gold lists «التحالف»
or «قوات التحالف» and «السعودية» apart. A span found across the phrase (a knowledge-base name
holding it, or the tagger's) is cut there by `led_by`; the leader's words are returned so that
the ruler makes them an entity when the knowledge base reads them as a place or a person
(`ruler._split_led`). Words: `data/ner/leading_words.txt` (بقيادة، تقوده، يتزعمها …) and
`data/ner/relative_pronouns.txt` (الذي، التي).
"""

from __future__ import annotations

from rasd.document import Token
from rasd.entities.features import word_list
from rasd.entities.nonames import relative_pronouns

_MAX_LEADER = 3  # words of the leader's name


def led_by(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """For a span over tokens[first:last], (end of the body's name, start of the leader's)
    as token indices when a leading word stands inside it after at least one word of the
    body and before one to three words of the leader; else None."""
    leading = word_list("leading_words.txt")
    for k in range(first + 1, last - 1):
        if tokens[k].norm not in leading:
            continue
        end = k - 1 if tokens[k - 1].norm in relative_pronouns() else k
        if end > first and 0 < last - (k + 1) <= _MAX_LEADER:
            return end, k + 1
        return None
    return None
