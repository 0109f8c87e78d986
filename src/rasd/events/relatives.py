"""The head of a relative clause whose verb points back at it by an object pronoun is what
that verb was done to (recip23): السفينة التي أغرقتها الطائرات، الساعدي الذي سلمته
النيجر، الأسرى الذين اختطفهم الحوثيون. The relative pronoun agrees with the noun phrase
before it; the trigger verb comes right after the pronoun with an object suffix agreeing
with both (`relative_object_suffixes`, data/events/markers.json: التي → ها, الذي → ه,
الذين → هم …); the verb's subject (read by rasd.events.verbs) follows it."""

from __future__ import annotations

from rasd.events.frame import Frame
from rasd.events.parties import party_span
from rasd.events.places import generic_place, is_place, place_word
from rasd.events.referents import agrees, pronoun_on
from rasd.lexicons import event_markers
from rasd.roles import View, _nisba, norm_piece

HEAD_MAX = 6  # words of the head noun phrase before the relative pronoun


def relative_head(v: View, r: int, a: int) -> tuple[int, int] | None:
    """The definite noun phrase ending right before the relative pronoun at token r (a
    relative pronoun follows a definite antecedent): its definite words and names, and
    the bare noun in construct before them (قوات الأمن، مقاتلي الحزب), never a deed noun
    or a word with a preposition (بقصف | المواقع) or an adjective (طائرات ليبية |
    السفينة); None when the word before the pronoun is no definite word or name."""
    s = v.np_backward(r, a, HEAD_MAX, preps=False, after_prep=True)
    k = r
    while k - 1 >= s and (v.is_def(k - 1) or k - 1 in v.ent_tok) and not v.prefixed(k - 1):
        k -= 1
    if k == r:
        return None
    c = k - 1
    if c >= s and c not in v.ent_tok and not v.prefixed(c) and not _nisba(v.bare(c)) \
            and not v.trigger_noun_at(c) and not v.stop(c):
        k = c
    return k, r


def _agrees(v: View, head: tuple[int, int], pronoun: str) -> bool:
    """The head agrees with the pronoun (ها: a plural of sites too, المواقع التي قصفها)."""
    return agrees(v, head, pronoun) or pronoun == "ها" and generic_place(v, head[0])


def _party_head(v: View, head: tuple[int, int]) -> bool:
    """The head is no place (المدينة التي حررتها: where, not whom; rasd.events.places) and
    names a party from its first word (الاتفاق الذي أبرمته الدول الكبرى مع إيران: none,
    the verb's own preposition may name it, rasd.events.arguments.prep_recipient; معدات
    الدولة التي نهبتها: a thing, its owner is no target)."""
    if is_place(v, *head) or place_word(v, head[0]):
        return False
    x = party_span(v, head)
    return x is not None and x[0] == head[0]


def relative_object(f: Frame) -> bool:
    """A verb trigger right after a relative pronoun, its object pronoun agreeing with the
    pronoun and with the noun phrase before it, takes that phrase as its recipient when it
    has none (`_party_head`; only_parties reads it again)."""
    v = f.v
    r = f.t0 - 1
    if not f.trig.verb or f.recipient or len(f.group) != 1 or r <= f.a or not v.word(r) \
            or f.m.end >= v.toks[f.t0].end:
        return False
    suffixes = event_markers()["relative_object_suffixes"].get(v.bare(r))
    prefix = norm_piece(v.text[v.toks[f.t0].start:f.m.start])
    pronoun = pronoun_on(v, f.t0, f.m.end)
    if not suffixes or prefix or pronoun not in suffixes:
        return False  # (وأغرقتها: a verb with و goes on another clause)
    head = relative_head(v, r, f.a)
    if head is None:
        return False
    if not _agrees(v, head, pronoun) and head[0] + 1 < r and not v.is_def(head[0]):
        head = (head[0] + 1, r)  # قائد القوات التي قصفها: the pronoun agrees with the
        # genitive, not with the noun in construct
    if not _agrees(v, head, pronoun) or not _party_head(v, head):
        return False
    f.recipient = [head]
    f.actor = [x for x in f.actor if x[0] >= f.t1 or x[1] <= head[0]]  # (the head is
    # no subject of its own clause's verb)
    return True
