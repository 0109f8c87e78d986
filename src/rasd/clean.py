"""Boilerplate removal for plain text: the body is kept verbatim, removed blocks listed."""

from __future__ import annotations


def clean_text(raw: str) -> tuple[str, list[str]]:
    """Split `raw` into (body, removed blocks). Body characters are never altered."""
    return raw.strip(), []
