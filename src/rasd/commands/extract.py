"""`rasd extract PATH...`: raw articles in, contract JSON out.

JSON (indented) for one document, JSONL (one line per document, in input
order, written as each batch of BATCH_SIZE is produced) for more: the documents go
through `Pipeline.pipe` together, the entity tagger's numeric work shared, with the
output of each alone. A bad item inside a batch (a
directory, a JSONL or CSV file, an archive) is reported on stderr and skipped;
a PATH that yields nothing usable makes the exit status 1.
"""

from __future__ import annotations

import contextlib
import os
import sys
from enum import StrEnum
from itertools import chain
from typing import Annotated, TextIO

import typer

from rasd.commands.common import FollowSymlinks, TimeBudget, check_date, fail, warn
from rasd.document import Document
from rasd.pipeline import BATCH_SIZE, Pipeline, extract, make_document
from rasd.readers.dispatch import read_path
from rasd.readers.record import BadInput, Record


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)


class _Writer:
    """Holds back the first document until it knows whether there is a second."""

    def __init__(self, fmt: Format | None, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.count = 0
        self.first: Document | None = None

    def add(self, doc: Document) -> None:
        self.count += 1
        if self.fmt is Format.jsonl:
            self._line(doc)
        elif self.count == 1:
            self.first = doc
        elif self.fmt is Format.json:
            raise fail("--format json writes one document and the input holds more; "
                       "use --format jsonl", 2)
        else:  # a second document: the output is JSONL from here on
            self.fmt = Format.jsonl
            assert self.first is not None
            self._line(self.first)
            self.first = None
            self._line(doc)

    def _line(self, doc: Document) -> None:
        self.out.write(doc.to_json() + "\n")
        self.out.flush()

    def finish(self) -> None:
        if self.first is not None:
            self.out.write(self.first.to_json(indent=1) + "\n")
            self.out.flush()


def extract_command(
    paths: Annotated[list[str], typer.Argument(
        help="files (txt, html, jsonl, json, csv, warc, rss/atom, Telegram result.json; "
             ".gz too), directories, or - for stdin")],
    format: Annotated[Format | None, typer.Option(
        "--format", "-f", help="json for one document, jsonl for many (default: by count)")] = None,
    published: Annotated[str | None, typer.Option(
        help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    source: Annotated[str | None, typer.Option(
        help="outlet name for inputs that carry none")] = None,
    text_column: Annotated[str, typer.Option(
        "--text-column", help="CSV: the column holding the article text")] = "text",
    follow_symlinks: FollowSymlinks = False,
    time_budget: TimeBudget = 60.0,
) -> None:
    """Extract grounded documents (entities, quantities, times, claims, events)."""
    from rasd import limits
    from rasd.limits import time_budget as budget

    published = check_date(published, "--published")
    pipeline = Pipeline()
    if time_budget:
        from rasd.ingest import warm

        warm(pipeline)  # models load now, not within the first document's budget
    limits.cap_memory(limits.MEMORY_LIMIT_MB)  # a hostile text fails alone, under 2 GiB
    writer = _Writer(format, sys.stdout)
    failed = 0

    def one(item: Record) -> Document | None:
        """The item alone, under its time budget; None (and a message): skipped."""
        try:
            with budget(time_budget, item.origin):
                return extract(item, published, source, pipeline)
        except BadInput as exc:
            warn(str(exc))
        except MemoryError:
            warn(f"{item.origin}: extraction needs more memory than rasd may use "
                 f"({limits.MEMORY_LIMIT_MB} MB)")
        except Exception as exc:  # one article breaking a stage must not stop the rest
            warn(f"{item.origin}: extraction failed ({type(exc).__name__}: {exc})")
        return None

    def together(items: list[Record]) -> list[Document | None]:
        """The items through `Pipeline.pipe` at once, within one document's time budget
        (ordinary articles take a few hundredths of a second each); if anything fails or
        runs over, each again alone (`one`): the same output either way, bit for bit."""
        if len(items) > 1:
            with contextlib.suppress(Exception), budget(time_budget, "a batch"):
                docs = [make_document(i, published, source) for i in items]
                return list(pipeline.pipe(docs, len(docs)))
        return [one(item) for item in items]

    try:
        for path in paths:
            produced = bad = 0
            batch: list[Record] = []
            for item in chain(read_path(path, follow_symlinks=follow_symlinks,
                                        text_column=text_column), [None]):
                if item is None or len(batch) == BATCH_SIZE:
                    for doc in together(batch):
                        if doc is None:
                            bad += 1
                        else:
                            writer.add(doc)
                            produced += 1
                    batch = []
                if item is None:
                    break
                if isinstance(item, BadInput):
                    warn(str(item))
                    bad += 1
                    continue
                if item.warning:
                    warn(f"warning: {item.warning}")
                batch.append(item)
            if bad and not produced:
                failed += 1
        writer.finish()
    except BrokenPipeError:  # `rasd extract ... | head`: the reader left, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    if writer.count == 0 and not failed:
        raise fail("no document extracted")
    if failed or writer.count == 0:
        raise typer.Exit(1)
