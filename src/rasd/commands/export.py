"""`rasd export --format jsonl|csv|parquet|plover [-o FILE]`: the store, out."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from rasd.commands.common import (
    check_categories,
    check_date,
    check_outlet,
    check_status,
    fail,
    warn,
)
from rasd.commands.ingest import DB_HELP
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL, Filters


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)


def export_command(
    format: Annotated[Format, typer.Option("--format", "-f", help=(
        "jsonl: one contract document per line; csv/parquet: one row per event; "
        "plover: PLOVER-style JSON event records, one per line"))] = Format.jsonl,
    output: Annotated[str | None, typer.Option("--output", "-o",
                      help="file to write (default: stdout)")] = None,
    q: Annotated[str | None, typer.Option("--q", help="full-text query, as rasd search")
                 ] = None,
    category: Annotated[str | None, typer.Option(
        help="PLOVER category, or several comma-separated")] = None,
    actor: Annotated[str | None, typer.Option(help="event actor: KB id or name")] = None,
    place: Annotated[str | None, typer.Option(help="event place: KB id or name")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, typer.Option(help="source outlet (its slug)")] = None,
    status: Annotated[str | None, typer.Option(help="event status, e.g. asserted")] = None,
    record: Annotated[str | None, typer.Option(help="the input record's own id")] = None,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_URL,
) -> None:
    """Export documents or events from the store (the same filters as rasd search)."""
    from rasd.store.export import export

    binary = format is Format.parquet
    if binary and output is None and sys.stdout.isatty():
        raise fail("parquet is a binary format: write it to a file with -o FILE.parquet "
                   "(or redirect stdout)", 2)
    f = Filters(q=q, category=check_categories(category), actor=actor, place=place,
                date_from=check_date(date_from, "--from"), date_to=check_date(date_to, "--to"),
                status=check_status(status), record_id=record)
    with open_store(db) as store:
        f.outlet = check_outlet(store, outlet)
        try:
            if output is None:
                out = sys.stdout.buffer if binary else sys.stdout
                n = export(store, format.value, out, f)
                out.flush()
            else:
                mode = "wb" if binary else "w"
                with open(output, mode, **({} if binary else {"encoding": "utf-8",
                                                               "newline": ""})) as fh:
                    n = export(store, format.value, fh, f)
        except OSError as exc:
            raise fail(f"{output or '<stdout>'}: cannot write ({exc.strerror})") from None
    warn(f"exported {n} {'documents' if format is Format.jsonl else 'events'}")
