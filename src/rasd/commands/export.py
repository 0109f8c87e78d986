"""`rasd export --format jsonl|csv|parquet|plover [-o FILE]`: the store, out."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from rasd.commands.common import (
    ActorFilter,
    CategoryFilter,
    DateFrom,
    DateTo,
    OutletFilter,
    PlaceFilter,
    RecordFilter,
    StatusFilter,
    StoreUrl,
    check_outlet,
    event_filters,
    fail,
    warn,
)
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL


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
    category: CategoryFilter = None,
    actor: ActorFilter = None,
    place: PlaceFilter = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet: OutletFilter = None,
    status: StatusFilter = None,
    record: RecordFilter = None,
    db: StoreUrl = DEFAULT_URL,
) -> None:
    """Export documents or events from the store (the same filters as rasd search)."""
    from rasd.store.export import export

    binary = format is Format.parquet
    if binary and output is None and sys.stdout.isatty():
        raise fail("parquet is a binary format: write it to a file with -o FILE.parquet "
                   "(or redirect stdout)", 2)
    f = event_filters(category, actor, place, date_from, date_to, status, record, q=q)
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
