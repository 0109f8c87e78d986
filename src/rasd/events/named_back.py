"""A deed named back in a later sentence (events49, issue 12): no event of its own.

Reads: an event's trigger, its roles and status, the words around the trigger, the times and
counts near it, the article's earlier events (data/events/named_back.json, and the markers
`anew_heads`, `ordinals`, `distinct_adjectives`). Writes nothing: a predicate the events
stage drops events by. A definite deed noun with no party, place or toll of its own, told
as done after an event of its category in an earlier sentence, names that deed back
(ردتا على الاتهامات after «اتهمت المنظمة», والمساعدات هي الأكبر منذ شهور after a ship
carrying food aid). told_again and deed_again fold the nouns of the earlier one's lexicon
row; this pass takes any word of the category (a verb told first, another noun), so its
guards keep every noun that tells a new deed: one with an object or an instrument after
it (السيطرة على مديريات عدن، ثم الافراج عنهم، المطالبة بالحكم الذاتي), a next step (ثم),
a phase of the deed (استمرار المفاوضات، تم الاستيلاء، لإكمال الهجوم البري), several
deeds told as one (سلسلة من الغارات، قمع والاعتقالات والمصادرة: a list of deeds), an
ordinal or an adjective of another time (المظاهرات الأخيرة، المحادثات المقبلة), a
count or a time of its own (المظاهرات الفلسطينية عام 2014), a relative clause right after
it that tells it anew (بسبب المعارك التي كانت تحصل في مناطق الريف الشرقي)."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.status import light_verb
from rasd.lexicons import event_markers, word_lists
from rasd.once import once
from rasd.roles import View

DONE = frozenset({"asserted", "historical"})  # statuses of a deed that took place
DETAIL_REACH = 3  # words after the noun in which a time or a count of its own tells a new deed


@once
def named_back_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "named_back.json")


def named_back(v: View, ev: Event, evs: list[Event]) -> bool:
    """ev is a bare definite deed noun naming back a deed of its category told as done in an
    earlier sentence, and nothing around it tells a new deed (`_new_deed`)."""
    if ev.status not in DONE or ev.actor or ev.recipient or ev.location \
            or ev.dead is not None or ev.injured is not None:
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i) or not v.is_def(i):
        return False
    if not any(e.type == ev.type and e.sentence < ev.sentence and e.status in DONE
               for e in evs):
        return False
    return not _new_deed(v, ev, i, j, evs)


def _new_deed(v: View, ev: Event, i: int, j: int, evs: list[Event]) -> bool:
    """A word around the noun at token i (j = i + 1) that makes it a deed of its own."""
    W, M = named_back_words(), event_markers()
    n = len(v.toks)
    if i > 0 and (v.in_words(i - 1, W["next_words"]) or v.in_words(i - 1, M["anew_heads"])
                  or light_verb(v, i - 1, M) or v.in_words(i - 1, W["several_heads"])
                  or v.in_words(i - 1, W["phase_heads"]) or v.preposed_in(i - 1, W["phase_heads"])
                  or i > 1 and v.bare(i - 1) == "من" and v.in_words(i - 2, W["several_heads"])):
        return True  # (ومن ثم الافراج، استمرار المفاوضات، لإكمال الهجوم، سلسلة من الغارات)
    if j < n and v.word(j):
        after = v.bare(j)
        if after in W["object_words"] or v.norms[j] in W["object_words"] \
                or any(after.startswith(p) for p in W["object_prefixes"]) \
                or after in M["ordinals"] | M["distinct_adjectives"]:
            return True  # (السيطرة على مديريات عدن، المطالبة بالحكم، المظاهرات الأخيرة)
    told = [k for k in range(j, min(n, j + DETAIL_REACH + 1)) if not v.comma(k)][:2]
    if any(v.in_words(k, W["relative_words"]) for k in told):
        return True  # (بسبب المعارك التي كانت تحصل في مناطق الريف: a clause telling it anew)
    if any(e is not ev and (j < n and v.token_range(e.trigger.start, e.trigger.end)[0] == j
                            and v.norms[j][:1] == "و"
                            or v.token_range(e.trigger.start, e.trigger.end)[1] == i
                            and v.norms[i][:1] == "و") for e in evs):
        return True  # (من قمع والاعتقالات والمصادرة: a list of deeds)
    hi = v.toks[min(n, j + DETAIL_REACH) - 1].end
    return bool(v.times_in(ev.trigger.start, hi)) or v.count_in(ev.trigger.start, hi)
