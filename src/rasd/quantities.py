"""Quantities: numbers in digits and in words, with the counted noun as unit."""

from __future__ import annotations

from rasd.document import Document, Quantity


def find_quantities(doc: Document) -> list[Quantity]:
    return []


def stage(doc: Document) -> Document:
    doc.quantities = find_quantities(doc)
    return doc
