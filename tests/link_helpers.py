"""Shared by the link tests: a segmented document with tagger spans placed in it, and the
whole pipeline's links for a sentence."""

from __future__ import annotations

from functools import cache

from rasd.document import Document, Entity, Meta
from rasd.entities.link import stage as link_stage
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record
from rasd.text import stage as segment


def tagged_doc(text: str, published: str | None = "2016-12-15",
               entities: tuple[tuple[str, str], ...] | list[tuple[str, str]] = ()) -> Document:
    """A segmented document; `entities` are (surface, type) tagger spans placed in it."""
    doc = segment.stage(Document(text=text, meta=Meta(published=published)))
    for i, (surface, etype) in enumerate(entities, 1):
        start = text.index(surface)
        doc.entities.append(Entity(start, start + len(surface), f"e{i}", etype))
    return doc


def linked_spans(text: str, published: str | None,
                 spans: list[tuple[str, str, int]]) -> list[tuple[str, str | None]]:
    """The link stage's (span, link) on a document with tagger spans (surface, type, which
    occurrence of the surface, 0 the first) placed in it."""
    doc = segment.stage(Document(text=text, meta=Meta(published=published)))
    for n, (surface, etype, nth) in enumerate(spans, 1):
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        doc.entities.append(Entity(start, start + len(surface), f"e{n}", etype))
    doc.entities.sort(key=lambda e: e.start)
    out = link_stage(doc)
    return [(out.span_text(e), e.link.id if e.link else None) for e in out.entities]


@cache
def _pipeline() -> Pipeline:
    return Pipeline()  # made once, only by the tests that run the whole pipeline


def doc_of(text: str) -> Document:
    """The whole pipeline's Document for one sentence (record id "t")."""
    return next(iter(_pipeline().pipe([make_document(Record(origin="t", text=text, id="t"))])))


def links_of(text: str) -> dict[str, str | None]:
    """Each entity's text and the KB entry it links (None: unlinked)."""
    doc = doc_of(text)
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}
