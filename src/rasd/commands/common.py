"""Helpers shared by commands: one-line errors, and filter values checked against their
valid choices (a usage error exits 2 and lists them)."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rasd.store import Filters, Store


# Options that reading commands share (extract, ingest).
FollowSymlinks = Annotated[bool, typer.Option(
    "--follow-symlinks", help="in folders, read what symbolic links point to "
    "(by default they are reported and passed over)")]
TimeBudget = Annotated[float, typer.Option(
    min=0, help="seconds of extraction per document; a slower one is skipped (0: none)")]

# The store option every command that opens one takes, and the event filters that search and
# export share (one declaration, so their help and spelling cannot drift apart).
StoreUrl = Annotated[str, typer.Option(
    "--db", help="store URL: sqlite:///path/file.db or postgresql://user@host:port/db")]
CategoryFilter = Annotated[str | None, typer.Option(
    "--category", help="PLOVER category, e.g. ASSAULT, or several comma-separated")]
ActorFilter = Annotated[str | None, typer.Option("--actor", help="event actor: KB id or name")]
PlaceFilter = Annotated[str | None, typer.Option("--place", help="event place: KB id or name")]
DateFrom = Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")]
DateTo = Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")]
OutletFilter = Annotated[str | None, typer.Option("--outlet", help="source outlet (its slug)")]
StatusFilter = Annotated[str | None, typer.Option(
    "--status", help="event status, e.g. asserted")]
RecordFilter = Annotated[str | None, typer.Option("--record",
                                                  help="the input record's own id")]


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
        raise fail(f"{where}{value!r} is not a date in YYYY-MM-DD form (e.g. 2016-12-15)",
                   2) from None


def check_categories(value: str | None, option: str = "--category") -> str | None:
    """PLOVER categories (one, or several comma-separated), upper-cased; an unknown one exits
    2 with the valid choices."""
    from rasd.plover import CATEGORIES

    if value is None or not value.strip():
        return None
    cats = [c.strip().upper() for c in value.split(",") if c.strip()]
    for c in cats:
        if c not in CATEGORIES:
            raise fail(f"{option}: unknown PLOVER category {c!r} (one of: "
                       f"{', '.join(CATEGORIES)})", 2)
    return ",".join(cats)


def check_status(value: str | None) -> str | None:
    from rasd.plover import STATUSES

    if value is None or not value.strip():
        return None
    if value.strip() not in STATUSES:
        raise fail(f"--status: unknown status {value!r} (one of: {', '.join(STATUSES)})", 2)
    return value.strip()


def check_outlet(store: Store, value: str | None) -> str | None:
    """An outlet slug the store holds; another exits 2 listing the store's outlets."""
    if value is None or not value.strip():
        return None
    known = [o["source"] for o in store.outlets()]
    if value.strip() not in known:
        choices = ", ".join(sorted(known)) or "none: the store holds no outlet names"
        raise fail(f"--outlet: no outlet {value!r} in this store (one of: {choices})", 2)
    return value.strip()


def event_filters(category: str | None, actor: str | None, place: str | None,
                  date_from: str | None, date_to: str | None, status: str | None,
                  record: str | None, q: str | None = None) -> Filters:
    """The filter options, checked (a bad value exits 2 with one line); the outlet is checked
    against the open store by `check_outlet`."""
    from rasd.store import Filters

    return Filters(q=q, category=check_categories(category), actor=actor, place=place,
                   date_from=check_date(date_from, "--from"),
                   date_to=check_date(date_to, "--to"), status=check_status(status),
                   record_id=record)
