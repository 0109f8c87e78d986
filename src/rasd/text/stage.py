"""The segment stage: tokens and sentences."""

from __future__ import annotations

from rasd.document import Document
from rasd.text.segment import split_sentences, tokenize


def stage(doc: Document) -> Document:
    doc.tokens = tokenize(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)
    return doc
