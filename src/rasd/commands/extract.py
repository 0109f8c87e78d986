"""`rasd extract PATH...`: raw articles in, contract JSON out."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from rasd.commands.common import check_date, fail, warn
from rasd.pipeline import Pipeline, extract
from rasd.readers.files import read_path
from rasd.readers.record import BadInput


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)


def extract_command(
    paths: Annotated[list[str], typer.Argument(help="files, directories, or - for stdin")],
    format: Annotated[Format | None, typer.Option("--format", "-f",
                      help="json for one document, jsonl for many (default: by count)")] = None,
    published: Annotated[str | None, typer.Option(
        help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    source: Annotated[str | None, typer.Option(
        help="outlet name for inputs that carry none")] = None,
) -> None:
    """Extract grounded documents (entities, quantities, times, claims, events)."""
    published = check_date(published)
    pipeline = Pipeline()
    docs = []
    bad = 0
    fatal: str | None = None
    for path in paths:
        try:
            for item in read_path(path):
                if isinstance(item, BadInput):
                    warn(f"skipped {item}")
                    bad += 1
                    continue
                try:
                    docs.append(extract(item, published, source, pipeline))
                except BadInput as exc:
                    warn(f"skipped {exc}")
                    bad += 1
        except BadInput as exc:
            fatal = str(exc)
            warn(fatal)
            bad += 1
    fmt = format or (Format.json if len(docs) == 1 and bad == 0 else Format.jsonl)
    out = sys.stdout
    if fmt is Format.json and len(docs) == 1:
        out.write(docs[0].to_json(indent=1) + "\n")
    else:
        for doc in docs:
            out.write(doc.to_json() + "\n")
    if not docs:
        raise fail("no document extracted")
    if fatal is not None:
        raise typer.Exit(1)
