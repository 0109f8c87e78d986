"""Shared by the role tests: run the whole pipeline on a sentence and read one event's roles."""

from __future__ import annotations

from pathlib import Path

from rasd.document import Document, Event
from rasd.pipeline import extract_text

GOLD = Path(__file__).parent / "gold"


def events_of(text: str) -> list[tuple[str, str]]:
    """(category, trigger) of each event of `text`."""
    doc = extract_text(text, published="2015-08-01")
    return [(e.type, doc.span_text(e.trigger)) for e in doc.events]


def has_event(text: str, category: str, word: str) -> bool:
    """`text` has an event of `category` whose trigger starts with `word`."""
    return any(t == category and trig.startswith(word) for t, trig in events_of(text))



def actors(text: str, trigger: str) -> list[str]:
    """The actors of the first event whose trigger reads `trigger` (fails when none)."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    return [t(r) for r in hits[0].actor]

def recipients(text: str, trigger: str) -> list[str]:
    """The recipients of the first event whose trigger reads `trigger` (fails when none)."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [(t(e.trigger), e.type) for e in doc.events]
    return [t(r) for r in hits[0].recipient]


def roles_of(text: str, trigger: str) -> tuple[list[str], list[str]]:
    """(actors, recipients) of the first event whose trigger reads `trigger` (fails when none)."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [(t(e.trigger), e.type) for e in doc.events]
    return [t(r) for r in hits[0].actor], [t(r) for r in hits[0].recipient]


def places(text: str, trigger: str) -> tuple[list[str], set[str]]:
    """The places of the first event whose trigger reads `trigger`, and how they were found."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    return [t(r) for r in hits[0].location], {r.basis for r in hits[0].location}



def places_of(text: str, trigger: str) -> list[tuple[str, str]]:
    """The places (text, basis) of the first event whose trigger reads `trigger`."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    return [(t(r), r.basis) for r in hits[0].location]

def article_event(name: str, fragment: str, trigger: str) -> tuple[Document, Event]:
    """Dev article `name` run whole (the passes read the sentence's other events) and its
    first event whose trigger reads `trigger` in the sentence holding `fragment` (fails when
    none)."""
    doc = extract_text((GOLD / f"{name}.raw.txt").read_text(encoding="utf-8"),
                       published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger
            and fragment in t(doc.sentences[e.sentence])]
    assert hits, [(t(e.trigger), e.sentence) for e in doc.events]
    return doc, hits[0]


def before_events(text: str) -> Document:
    """A document run through every stage before the events stage (the events passes' input)."""
    from rasd.pipeline import STAGES, make_document
    from rasd.readers.record import Record

    doc = make_document(Record(origin="<test>", text=text), "2016-12-15")
    for name in ("segment", "entities", "link", "quantities", "times", "claims"):
        doc = STAGES[name](doc)
    return doc


def dated_status(text: str, published: str, word: str) -> str:
    """The status of the first event whose trigger holds `word` (or starts with it, for a
    trigger that is the word and those after it), the article published on `published`."""
    doc = extract_text(text, published=published)
    found = [e.status for e in doc.events
             if word in doc.span_text(e.trigger) or doc.text.startswith(word, e.trigger.start)]
    assert found, f"no event on {word}: {[doc.span_text(e.trigger) for e in doc.events]}"
    return found[0]
