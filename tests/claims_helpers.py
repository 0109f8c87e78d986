"""Shared by the claims tests: each claim of a text read by the whole pipeline."""

from __future__ import annotations

from rasd.pipeline import extract_text


def claims_of(text: str, published: str = "2015-08-01") -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of each claim the pipeline reads in `text`, as written."""
    doc = extract_text(text, published=published)
    t = doc.span_text
    return [(t(c.speaker), t(c.cue), t(c.content)) for c in doc.claims]
