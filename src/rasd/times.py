"""Time expressions resolved against the publication date."""

from __future__ import annotations

from rasd.document import Document, Time


def find_times(doc: Document) -> list[Time]:
    return []


def stage(doc: Document) -> Document:
    doc.times = find_times(doc)
    return doc
