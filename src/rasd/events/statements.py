"""A relational adjective of a statement noun is no role phrase (recip1): in «وأدانت الوزارة
في بيان صحفي، اقتحام المستوطنين» and «وطالبت الحركة في بيان صحفي المجتمع الدولي», the
verb's object was read past «في بيان» and began with صحفي, a party noun when alone (a
journalist). A word right after a noun of `statement_nouns` that is a nisba adjective
agreeing with it in definiteness (بيان صحفي، البيان الصحفي) is that noun's adjective: a
recipient starting there starts after it, and is dropped when nothing is left.

Reads the frame's recipient and sentence tokens; writes its recipient (before the party
filter, rasd.events.arguments.only_parties). Words in data/events/statements.json."""

from __future__ import annotations

from rasd.events.frame import Frame
from rasd.lexicons import read_json
from rasd.once import once
from rasd.roles import View, _nisba
from rasd.text.normalize import normalize


@once
def statement_nouns() -> frozenset[str]:
    """data/events/statements.json `statement_nouns`, normalized."""
    return frozenset(normalize(w) for w in read_json("events", "statements.json")[
        "statement_nouns"])


@once
def _statement_leads() -> tuple[tuple[str, ...], frozenset[str]]:
    """data/events/statements.json: `noun_leads` in the order they are tried, and
    `definite_leads`, normalized."""
    raw = read_json("events", "statements.json")
    return (tuple(normalize(p) for p in raw["noun_leads"]),
            frozenset(normalize(p) for p in raw["definite_leads"]))


def _adjective_of_statement(v: View, k: int, a: int) -> bool:
    """Token k is a nisba adjective of the statement noun right before it (بيان | صحفي)."""
    if k - 1 < a or not v.word(k - 1) or not v.word(k):
        return False
    prev, word = v.bare(k - 1), v.bare(k)
    leads, definite_leads = _statement_leads()
    for p in leads:
        if prev.startswith(p) and prev[len(p):] in statement_nouns():
            definite = p in definite_leads
            break
    else:
        return False
    if definite != word.startswith("ال"):
        return False
    return _nisba(word[2:] if definite else word)


def statement_adjective(f: Frame) -> None:
    """Each recipient opening with a statement noun's adjective starts after it (see the
    module's doc)."""
    v, out = f.v, []
    for r in f.recipient:
        i, j = r[0], r[1]
        if _adjective_of_statement(v, i, f.a):
            i += 1
            while i < j and not v.word(i):
                i += 1  # (بيان صحفي، | اقتحام: the comma after it)
            if i >= j:
                continue
            r = (i, j, *r[2:])
        out.append(r)
    f.recipient = out
