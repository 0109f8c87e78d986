"""Helpers shared by commands: one-line errors and date options."""

from __future__ import annotations

import datetime as dt
import sys

import typer


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    print(f"rasd: {message}", file=sys.stderr)
    return typer.Exit(code)


def warn(message: str) -> None:
    print(f"rasd: {message}", file=sys.stderr)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
