"""Shared by the role tests: run the whole pipeline on a sentence and read one event's roles."""

from __future__ import annotations

from rasd.document import Document
from rasd.pipeline import extract_text


def recipients(text: str, trigger: str) -> list[str]:
    """The recipients of the first event whose trigger reads `trigger` (fails when none)."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [(t(e.trigger), e.type) for e in doc.events]
    return [t(r) for r in hits[0].recipient]


def places(text: str, trigger: str) -> tuple[list[str], set[str]]:
    """The places of the first event whose trigger reads `trigger`, and how they were found."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    return [t(r) for r in hits[0].location], {r.basis for r in hits[0].location}


def before_events(text: str) -> Document:
    """A document run through every stage before the events stage (the events passes' input)."""
    from rasd.pipeline import STAGES, make_document
    from rasd.readers.record import Record

    doc = make_document(Record(origin="<test>", text=text), "2016-12-15")
    for name in ("segment", "entities", "link", "quantities", "times", "claims"):
        doc = STAGES[name](doc)
    return doc
