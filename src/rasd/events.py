"""PLOVER events: who did what to whom, where, when, how many."""

from __future__ import annotations

from rasd.document import Document, Event


def find_events(doc: Document) -> list[Event]:
    return []


def stage(doc: Document) -> Document:
    doc.events = find_events(doc)
    return doc
