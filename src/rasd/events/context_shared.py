"""What the context passes of rasd.events.context and rasd.events.context_places both use:
the document's events as a `Story`, the deeds that are material, the roles copied from
one deed to another, and the few clause readings both kinds of pass share."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Event, Role
from rasd.entities.features import is_nationality
from rasd.events.frame import skip_time
from rasd.events.places import named_place, place_names
from rasd.lexicons import event_markers
from rasd.roles import View

MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"}  # deeds, not words


@dataclass
class Story:
    """A document's events in text order, with what the context passes need."""

    doc: Document
    v: View
    events: list[Event]

    def by_head(self) -> dict[int, Event]:
        """The first event whose trigger starts at each token: the deed a word governs."""
        out: dict[int, Event] = {}
        for e in self.events:
            out.setdefault(self.v.token_range(e.trigger.start, e.trigger.end)[0], e)
        return out


def copy_roles(roles: list[Role], basis: str) -> list[Role]:
    return [Role(r.start, r.end, r.entity, basis=basis) for r in roles]


def _resumptive(v: View, ev: Event) -> bool:
    """A preposition with a pronoun (`resumptive_places`: عليها، فيهما) right after the
    deed, a time between at most: غارات عليها، استولوا عليها الاربعاء، فجرت فيهما; not
    the pronoun of another word (معارك عنيفة استخدمت فيها)."""
    _, j = v.token_range(ev.trigger.start, ev.trigger.end)
    b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[1]
    k = skip_time(v, j, b)
    words = event_markers()["resumptive_places"]
    # the word itself as well as its bare form: bare() takes فيها's ف for the conjunction
    return k < b and v.word(k) and (v.norms[k] in words or v.bare(k) in words)


def _chain_back(v: View, place: tuple[int, int], a: int) -> list[tuple[int, int]]:
    """The place and the place it is said to lie in just before it (عربين | في غوطة دمشق
    الشرقية; أريحا | بريف إدلب): the chain read back to its first place."""
    out = [place]
    s = place[0]
    if s - 2 >= a and v.text[v.toks[s - 1].start] == "(":
        t = s - 2  # الزبداني (ريف دمشق الغربي): the place named before its unit
        prev = v.ent_tok.get(t)
        if prev is not None and prev.type == "LOC":
            p = t
            p = v.skip_back_ent(p, prev, a)
            return [(p, t + 1), place]
    if s - 1 >= a and v.norms[s][:1] == "ب" or s - 2 >= a and v.norms[s - 1] == "في":
        t = s - 1 if v.norms[s][:1] == "ب" else s - 2
        prev = v.ent_tok.get(t)
        if prev is not None and prev.type == "LOC":
            p = t
            p = v.skip_back_ent(p, prev, a)
            out.insert(0, (p, t + 1))
    return out


QUOTE_MARKS = "«»\"“”"
PURPOSE_BACK = 16  # tokens from a purpose ل back to the verb of its clause


def _visit_object(v: View, k: int, b: int, M) -> list[tuple[int, int]]:
    """The place at token k: a place entity (not a region: زيارته للمنطقة), a named place,
    or a country's capital by its adjective (العاصمة الإيرانية طهران)."""
    ent = v.ent_tok.get(k)
    if ent is not None and ent.type == "LOC" and v.ent_tok.get(k - 1) is not ent:
        if ent.link is not None and ent.link.kind == "region":
            return []
        e = k
        e = v.skip_ent(e, ent, b)
        return [(k, e)]
    n = v.phrase_at(k, M["territory_nouns"], b)
    if n and k + n < b and v.is_def(k + n) and is_nationality(v.bare(k + n)):
        name = v.ent_tok.get(k + n + 1)
        if name is not None and name.type == "LOC":
            e = k + n + 1
            e = v.skip_ent(e, name, b)
            return [(k + n + 1, e)]
        return [(k, k + n + 1)]
    e = named_place(v, k, b)
    return place_names(v, k, e) if e > k else []
