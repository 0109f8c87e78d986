"""The segment stage: tokens, their word ids and sentences."""

from __future__ import annotations

from rasd.document import Document
from rasd.text.segment import split_sentences, tokenize_with_ids


def stage(doc: Document) -> Document:
    # the word ids: what the word scans and matchers read (text.vocab)
    doc.tokens, doc.word_ids = tokenize_with_ids(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)
    return doc
