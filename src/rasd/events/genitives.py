"""The doer of a deed noun named by its genitive when that genitive is a person's title or
a share of a party rather than a name or an armed head (actors43): ترحيب وزيرة المهجرين
اللبنانية أليس شبطيني، لقاء المسؤول الأمريكي، فرار قيادات داعش، هروب المئات من مليشيات
الحوثي. Read only for nouns whose genitive is their agent (`agentive_nouns`)."""

from __future__ import annotations

from rasd.events.frame import partitive_end
from rasd.lexicons import event_markers
from rasd.roles import View


def titled_genitive(v: View, k: int, e: int, b: int) -> int | None:
    """Where the genitive phrase at k after an agentive deed noun ends when it names who did
    it (e, or past a partitive من phrase), else None: its head is a title of one who acts
    for a party (`genitive_agent_titles`: رئيس، وزيرة، المسؤول، قيادات، وفد), or, past a
    count or quantifier and a partitive من (`head_skip`: المئات من، معظم), a title, an armed
    or ruling head (`agent_heads`), a plural of fighters (`people_plurals`) or a named
    organisation or person. Not a bare quantifier nor a plural of people with no party
    (هروب المئات من المدنيين)."""
    M = event_markers()
    skip = M["head_skip"]
    h = k
    while h < e and (v.in_words(h, skip) or v.norms[h].isdigit()):
        h += 1
    end = e
    if h >= e:  # المئات | من مليشيات الحوثي: only a count, its من phrase names who
        end = partitive_end(v, e, b)
        h = e + 1
    if h >= end:
        return None
    if v.in_words(h, M["genitive_agent_titles"]):
        return _affiliation(v, end, b) if end == e else end
    if h == k:
        return None  # a bare armed head or name is read by the genitive passes already
    ent = v.ent_tok.get(h)
    named = ent is not None and ent.type in ("PER", "ORG")
    return end if named or v.in_words(h, M["agent_heads"]) \
        or v.in_words(h, M["people_plurals"]) else None


def _affiliation(v: View, e: int, b: int) -> int:
    """زيارة وفد | من الأمم المتحدة: a من phrase naming a party (an organisation or person,
    or an armed or ruling head) after a title is whom it comes from, part of the doer; not
    one naming a place (فرار قيادات داعش | من المدينة: where they fled from)."""
    if e + 1 >= b or v.norms[e] != "من":
        return e
    ent = v.ent_tok.get(e + 1)
    if ent is not None and ent.type in ("ORG", "PER") \
            or v.in_words(e + 1, event_markers()["agent_heads"]):
        end = partitive_end(v, e, b)
        return next((t for t in range(e + 2, end) if v.prefixed(t)), end)  # (وفد من جامعة
        # واشنطن الأمريكية | للحملة الوطنية: the ل phrase is where it goes)
    return e
