"""`rasd export --format jsonl|csv|parquet|plover [-o FILE]`: the store, out."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from rasd.commands.common import check_date, fail, warn
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
    category: Annotated[str | None, typer.Option(help="PLOVER category")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, typer.Option(help="source outlet")] = None,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_URL,
) -> None:
    """Export documents or events from the store."""
    from rasd.store.export import export

    f = Filters(category=category, date_from=check_date(date_from),
                date_to=check_date(date_to), outlet=outlet)
    binary = format is Format.parquet
    with open_store(db) as store:
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
