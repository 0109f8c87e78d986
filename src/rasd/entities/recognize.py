"""The entity stage: tag tokens with PER/ORG/LOC/MISC spans."""

from __future__ import annotations

from rasd.document import Document, Entity


def find_entities(doc: Document) -> list[Entity]:
    return []


def stage(doc: Document) -> Document:
    doc.entities = find_entities(doc)
    return doc
