"""Shared by the link tests: a segmented document with tagger spans placed in it."""

from __future__ import annotations

from rasd.document import Document, Entity, Meta
from rasd.text import stage as segment


def tagged_doc(text: str, published: str | None = "2016-12-15",
               entities: tuple[tuple[str, str], ...] | list[tuple[str, str]] = ()) -> Document:
    """A segmented document; `entities` are (surface, type) tagger spans placed in it."""
    doc = segment.stage(Document(text=text, meta=Meta(published=published)))
    for i, (surface, etype) in enumerate(entities, 1):
        start = text.index(surface)
        doc.entities.append(Entity(start, start + len(surface), f"e{i}", etype))
    return doc
