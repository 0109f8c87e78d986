"""Helpers shared by commands: one-line errors and date options."""

from __future__ import annotations

import datetime as dt
import sys

import typer


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    print(f"rasd: {_one_line(message)}", file=sys.stderr)
    return typer.Exit(code)


def warn(message: str) -> None:
    print(f"rasd: {_one_line(message)}", file=sys.stderr, flush=True)


def _one_line(message: str) -> str:
    return " ".join(message.split("\n")).strip()


def check_date(value: str | None, option: str | None = None) -> str | None:
    """A YYYY-MM-DD option value, normalised; a bad one exits 2 with one line."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        where = f"{option}: " if option else ""
        raise fail(f"{where}{value!r} is not a date in YYYY-MM-DD form", 2) from None
