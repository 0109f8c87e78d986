"""A learned model switched by an environment variable: `off`, `on` (the shipped weights)
or the path of other weights; unset or empty means the module's default."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

M = TypeVar("M")


def switched(var: str, default: str, shipped: Path, load: Callable[[str], M]) -> M | None:
    """The model `var` asks for, or None when it is off."""
    choice = os.environ.get(var, "") or default
    if choice == "off":
        return None
    return load(str(shipped) if choice == "on" else choice)


def weights_file(var: str, path: str) -> dict[str, Any]:
    """The JSON weights at `path`; a wrong path fails loudly, naming the variable."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{var}: no weights file {path}")
    return json.loads(p.read_text(encoding="utf-8"))
