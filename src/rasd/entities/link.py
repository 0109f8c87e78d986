"""The linking stage: attach knowledge-base entries to entity mentions."""

from __future__ import annotations

from rasd.document import Document


def stage(doc: Document) -> Document:
    return doc
