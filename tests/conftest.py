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
