"""The PLOVER vocabulary (categories, quads, modes, statuses, with Arabic and English labels),
loaded from its one home, `data/plover/vocabulary.json`.

The pipeline, the contract check, the store, the API (`/api/meta`) and the dashboard all read
it from here, so a category or a label is written once.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from rasd.once import once


@once
def vocabulary() -> dict[str, Any]:
    """The whole data file (keys: quads, categories, modes, statuses), read once."""
    path = resources.files("rasd") / "data" / "plover" / "vocabulary.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _codes(kind: str) -> tuple[str, ...]:
    return tuple(item["code"] for item in vocabulary()[kind])


CATEGORIES: tuple[str, ...] = _codes("categories")
QUADS: tuple[str, ...] = _codes("quads")
MODES: tuple[str, ...] = _codes("modes")
STATUSES: tuple[str, ...] = _codes("statuses")

_QUAD_OF = {c["code"]: c["quad"] for c in vocabulary()["categories"]}


def quad(category: str) -> str | None:
    """The PLOVER quad of a category (`ASSAULT` → `material-conflict`), None if unknown."""
    return _QUAD_OF.get(category)


def label(kind: str, code: str, lang: str = "ar") -> str:
    """The Arabic (`ar`) or English (`en`) label of a category, quad, mode or status code;
    the code itself when it has none."""
    for item in vocabulary()[kind]:
        if item["code"] == code:
            return item.get(lang) or code
    return code
