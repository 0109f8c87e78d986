"""Facilities named after a place or a person (data/ner/facility_heads.txt).

A facility head noun in the construct state before a name is the facility's name, and the
facility is a referent of its own: ميناء شقرة is the port, not the town of Shuqra; مطار تعز
الدولي the airport, not Taiz; مسجد أبي أيوب الأنصاري a mosque, not the companion. The
entity stage, the linker and the events read the place inside (the linker weighs it as
context, the events take it as their place), so this step runs last, in the nominal stage:

    facility-head (place | unlinked person) facility-adjective*

makes one more entity of the head's type, unlinked, over the place's (a person's name is
replaced: the mosque of أبو أيوب الأنصاري is no mention of him). The adjectives are those
that class a facility (الدولي، الأولمبي، الحكومي: data/ner/facility_adjectives.txt), not
those that describe it (الاستراتيجي). Left as they are:
- a place the article names nowhere else on its own: it stays the one entity there (the
  events and the links read it as the place; مستشفى غزة in an article that names Gaza only
  there gives Gaza, ميناء المخاء the port's town);
- a name that is itself a facility or an institution (معسكر قاعدة الحبانية);
- a KB person (مستشفى الملك فهد);
- a facility the KB holds (مطار صنعاء الدولي، قاعدة العند): the KB ruler finds it whole, so
  its span opens with the head and never reaches this step.

A second step, `complement_facilities`, reads the heads marked `complement` with the head
grammar (entities/heads.py) where no name was found at all: a mosque, museum, castle, dome
or park named by a common word or a chain of them (مسجد الخلفاء، مسجد قوات الطوارئ، قبة
الصخرة), or by a known place the entity stage left unread (في متحف الموصل). It runs after
the events too: they read such a building as the deed's target (قصف استهدف مسجد …), which a
place entity there would turn into the deed's place.

Reads `doc.text`, `doc.tokens`, the entities; returns the new entity list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from rasd.document import Document, Entity, Token
from rasd.entities.features import _data_lines, cues, norm_word, noun_leads
from rasd.entities.heads import Head, head_of, head_phrases, quoted_after_head, skip_letters
from rasd.entities.kb import get_kb
from rasd.once import once
from rasd.text.normalize import normalize, normalize_key

# Proclitics a head may carry: a conjunction, a preposition, or both (وبميناء).
_LEADS = noun_leads()
_MAX_ADJECTIVES = 2


@once
def facility_heads() -> dict[str, str]:
    """Normalized facility head noun -> the facility's type."""
    out: dict[str, str] = {}
    for ln in _data_lines("facility_heads.txt"):
        word, typ = ln.split("\t")[:2]
        out[normalize(word.strip())] = typ.strip()
    return out


@once
def complement_heads() -> dict[str, Head]:
    """Normalized facility heads marked `complement` -> an indefinite head entry of their type."""
    out: dict[str, Head] = {}
    for ln in _data_lines("facility_heads.txt"):
        cols = [c.strip() for c in ln.split("\t")]
        if len(cols) > 2 and "complement" in cols[2].split(","):
            out[normalize(cols[0])] = Head(cols[1], definite=False)
    return out


@once
def _complement_forms() -> dict[str, tuple[Head, bool, int]]:
    """Every written form of a `complement` head with its proclitics (ومسجد، بمتحف) -> the
    head grammar's view of it (indefinite; the proclitic letters)."""
    return {lead + word: (head, False, len(lead))
            for word, head in complement_heads().items() for lead in _LEADS}


def complement_head(norm: str) -> tuple[Head, bool, int] | None:
    """The head grammar's view of a `complement` head (indefinite, a proclitic allowed:
    ومسجد، بمتحف), else None."""
    return _complement_forms().get(norm)


@once
def facility_adjectives() -> frozenset[str]:
    """Normalized adjectives that stay in a facility's name (data/ner/facility_adjectives.txt)."""
    return frozenset(norm_word(ln.strip()) for ln in _data_lines("facility_adjectives.txt"))


def facility_head(norm: str) -> tuple[str, int] | None:
    """(the facility's type, proclitic letters) if the word is a facility head, else None."""
    table = facility_heads()
    for lead in _LEADS:
        if norm.startswith(lead) and norm[len(lead):] in table:
            return table[norm[len(lead):]], len(lead)
    return None


def _names_facility(e: Entity, first: Token) -> bool:
    """A place, or a person or body no KB entry holds (معسكر عبود, مسجد أبي أيوب الأنصاري;
    the tagger's body in فندق شيراتون, مسجد العيدروس: a brand or a saint read as a group),
    that is no facility or institution itself (معسكر قاعدة الحبانية: the base keeps its
    name; a body opening with an organisation cue word, كتائب، حركة، نادي, is one; a body
    written with ل after the head is whom the facility is for: «آخر مسجد للسنّة»)."""
    unlinked = e.link is None and (e.type == "PER" or (
        e.type == "ORG" and cues().get(first.norm) != "ORG"
        and e.start == first.start and not first.norm.startswith("لل")))
    return (e.type == "LOC" or unlinked) \
        and facility_head(first.norm) is None and head_of(first.norm) is None


def _head_before(doc: Document, tokens: list[Token], starts: list[int],
                 e: Entity) -> tuple[int, tuple[str, int]] | None:
    """(token index of the name's first word, the head's entry) when a facility head stands
    right before the entity (only spaces between), else None."""
    k = bisect_left(starts, e.start)
    if not (0 < k < len(tokens) and starts[k] == e.start
            and doc.text[tokens[k - 1].end:e.start].isspace()):
        return None
    head = facility_head(tokens[k - 1].norm)
    return None if head is None or not _names_facility(e, tokens[k]) else (k, head)


def _fresh_id(taken: set[str], n: int) -> str:
    while f"e{n}" in taken:
        n += 1
    return f"e{n}"


def _key(doc: Document, e: Entity) -> str:
    return e.link.id if e.link is not None else normalize_key(doc.span_text(e))


def name_facilities(doc: Document, entities: list[Entity]) -> list[Entity]:
    """`entities` with the facility named by each place or unlinked person right after a
    facility head (head, name, facility adjectives after it), of the head's type, unlinked.

    A place stays an entity of its own inside the facility's name (the town of ميناء شقرة is
    still Shuqra: the events read it as their place), the facility is added after it with a
    new id; an unlinked person is no referent there and becomes the facility (its id kept,
    so a role pointing at it points at the facility)."""
    tokens: list[Token] = doc.tokens
    if not tokens or not entities:
        return entities
    starts = [t.start for t in tokens]
    found = [_head_before(doc, tokens, starts, e) for e in entities]
    if not any(found):
        return entities
    # places the article names outside any facility's name
    alone = Counter(_key(doc, e) for e, f in zip(entities, found, strict=True) if f is None)
    adjectives = facility_adjectives()
    taken = {e.id for e in entities}
    out: list[Entity] = []
    before = -1  # end of the entity before the one at hand
    for n, (e, f) in enumerate(zip(entities, found, strict=True)):
        prev, before = before, e.end
        if f is None or (e.type == "LOC" and not alone[_key(doc, e)]):
            out.append(e)
            continue
        k, (typ, lead) = f
        start = skip_letters(doc.text, tokens[k - 1], lead)
        after = last = bisect_left(starts, e.end)  # the token after the name
        while after < len(tokens) and after - last < _MAX_ADJECTIVES \
                and tokens[after].norm in adjectives:
            after += 1
        end = tokens[after - 1].end if after > last else e.end
        nxt = entities[n + 1].start if n + 1 < len(entities) else len(doc.text)
        if start < prev or end > nxt:
            out.append(e)  # another name reaches into the head or the adjectives
        elif e.type == "LOC":
            eid = _fresh_id(taken, len(entities) + 1)
            taken.add(eid)
            out += [e, Entity(start, end, eid, typ, None)]
        else:
            out.append(Entity(start, end, e.id, typ, None))
    return out


def _head_type(norm: str) -> str:
    found = complement_head(norm)
    return found[0].type if found else "LOC"


def complement_facilities(doc: Document, entities: list[Entity]) -> list[Entity]:
    """`entities` with each facility a `complement` head names where no entity lies: the head
    grammar's phrase (head, complement, adjectives) becomes an unlinked entity of the head's
    type. A phrase touching a found name is left to that name and to `name_facilities`."""
    tokens: list[Token] = doc.tokens
    if not tokens:
        return entities
    forms = _complement_forms()
    at = [i for i, t in enumerate(tokens) if t.norm in forms]  # one dict test a word
    if not at:
        return entities
    spans = sorted((e.start, e.end) for e in entities)
    taken = {e.id for e in entities}
    added: list[Entity] = []
    # the head's type (the grammar types a known name's phrase by the name: ORG or LOC)
    phrases = [(p, _head_type(tokens[p.first].norm))
               for p in head_phrases(get_kb(), doc.text, tokens, at, complement_head)]
    phrases += [(p, p.type) for p in quoted_after_head(tokens, at, complement_head)]
    for p, typ in sorted(phrases, key=lambda x: x[0].start):
        k = bisect_left(spans, (p.end, -1))
        if k and spans[k - 1][1] > p.start or added and added[-1].end > p.start:
            continue  # a name inside or across the phrase
        eid = _fresh_id(taken, len(entities) + len(added) + 1)
        taken.add(eid)
        added.append(Entity(p.start, p.end, eid, typ, None))
    out = list(entities)
    for e in added:  # before the first entity that starts after it
        out.insert(next((i for i, x in enumerate(out) if x.start > e.start), len(out)), e)
    return out
