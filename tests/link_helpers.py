"""Run the whole pipeline on a sentence and read its entities' links (shared by the link and
KB test files)."""

from __future__ import annotations

from rasd.document import Document
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline()


def doc_of(text: str) -> Document:
    """The pipeline's Document for one sentence (record id "t")."""
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def links_of(text: str) -> dict[str, str | None]:
    """Each entity's text and the KB entry it links (None: unlinked)."""
    doc = doc_of(text)
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}
