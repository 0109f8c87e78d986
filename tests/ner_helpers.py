"""Shared helpers of the entity-recognition tests: the entities the entity stages find."""

from __future__ import annotations

from rasd.document import Document
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline(names=("segment", "entities", "link"))


def document_of(text: str) -> Document:
    """`text` run through the segment, entities and link stages."""
    return _PIPE(make_document(Record(origin="t", text=text, id="t")))


def entities_of(text: str) -> dict[str, str]:
    """Every entity found in `text`, its text to its type."""
    doc = document_of(text)
    return {doc.text[e.start:e.end]: e.type for e in doc.entities}


def assert_names(text: str, expected: dict[str, str], absent: list[str]) -> None:
    """Each expected name is found with its type; no absent span is found."""
    found = entities_of(text)
    for name, etype in expected.items():
        assert found.get(name) == etype, (name, found)
    for span in absent:
        assert span not in found, (span, found)
