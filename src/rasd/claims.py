"""Claims: who said what, through which outlet."""

from __future__ import annotations

from rasd.document import Claim, Document


def find_claims(doc: Document) -> list[Claim]:
    return []


def stage(doc: Document) -> Document:
    doc.claims = find_claims(doc)
    return doc
