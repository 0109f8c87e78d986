"""Shared fixtures: paths to the shared data beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "examples" / "aleppo-evacuation-talks.raw.txt"
SEED_GOLD = SHARED / "gold" / "dev" / "aleppo-evacuation-talks.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def event_roles(text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The actors and recipients of the event whose trigger reads `trigger` in `text`."""
    from rasd.pipeline import extract_text

    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    ev = next(e for e in doc.events if t(e.trigger) == trigger)
    return [t(r) for r in ev.actor], [t(r) for r in ev.recipient]
