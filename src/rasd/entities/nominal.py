"""The nominal-actor stage: event actors and recipients that stand for a knowledge-base
actor (الروس، الجانب الروسي، تركية) become linked entities, as the output contract asks.

It runs after the events stage and is an entity stage: the events stage only points its
roles at entities that exist; adding an entity for a role is this stage's job. The
linker decides what a phrase stands for (rasd.entities.link.resolve_nominal)."""

from __future__ import annotations

from rasd.document import Document, Entity, Link
from rasd.entities.facilities import complement_facilities, name_facilities
from rasd.entities.kb import kind_type
from rasd.entities.link import resolve_nominal, take_division_heads
from rasd.text.normalize import normalize_key


def link_roles(doc: Document) -> None:
    """Point each unlinked actor/recipient at the entity of its exact span, else at the
    entity its phrase stands for: one already in the document with that link (تركية →
    the entity تركيا), else a new one over the phrase."""
    by_span = {(e.start, e.end): e.id for e in doc.entities}
    by_link = {e.link.id: e.id for e in doc.entities if e.link is not None}
    taken = {e.id for e in doc.entities}
    n = len(doc.entities)
    resolved: dict[str, Link | None] = {}  # one answer per phrase (repeats are common)
    for ev in doc.events:
        for r in (*ev.actor, *ev.recipient):
            if r.entity is not None:
                continue
            if (r.start, r.end) in by_span:
                r.entity = by_span[(r.start, r.end)]
                continue
            key = normalize_key(doc.text[r.start:r.end])
            named = _named_before(doc, r.start, key)
            if named is not None:
                r.entity = named  # الحكومة الأردنية … الحكومة: the one named before
                continue
            if key not in resolved:
                resolved[key] = resolve_nominal(doc, r.start, r.end)
            link = resolved[key]
            if link is None:
                continue
            if link.id in by_link:
                r.entity = by_link[link.id]
                continue
            n += 1
            while f"e{n}" in taken:
                n += 1
            eid = f"e{n}"
            taken.add(eid)
            doc.entities.append(Entity(r.start, r.end, eid, kind_type(link.kind), link))
            by_span[(r.start, r.end)] = by_link[link.id] = r.entity = eid


def _named_before(doc: Document, start: int, key: str) -> str | None:
    """The nearest entity before `start` whose name is the bare head `key` and more (الحكومة
    → الحكومة الأردنية، الجيش → الجيش السوري): a bare head refers back to it."""
    if " " in key:
        return None
    best = None
    for e in doc.entities:
        if e.end <= start and normalize_key(doc.span_text(e)).startswith(key + " ") and (
                best is None or e.start > best.start):
            best = e
    return best.id if best is not None else None


def stage(doc: Document) -> Document:
    link_roles(doc)
    # last: the events took the place inside a facility's name as their place
    doc.entities = name_facilities(doc, doc.entities)
    doc.entities = complement_facilities(doc, doc.entities)
    # last, like the two above: the events keep the bare place (تحرير محافظة | عدن) their
    # triggers and the gold's event places read; the entity takes its division head
    doc.entities = take_division_heads(doc, doc.entities)
    return doc
