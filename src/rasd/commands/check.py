"""`rasd check FILE...`: does extracted JSON keep the output contract?

Reads JSON (one document, or an array of them) or JSONL (one per line, read as
a stream), '-' for stdin. Prints one line per violation, then 'N documents, M
violations'; exit status 1 when there is any violation or unreadable input.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from typing import Annotated, BinaryIO

import typer

from rasd.commands.common import fail, warn
from rasd.contract import check
from rasd.readers.jsonl import lines
from rasd.readers.stream import peeked


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)


def documents(stream: BinaryIO, name: str) -> Iterator[tuple[str, object]]:
    """(where, parsed document) for each document of a JSON or JSONL stream."""
    head, stream = peeked(stream)
    first_line = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    try:
        json.loads(first_line)
        jsonl = True
    except ValueError:
        jsonl = False
    if not jsonl:
        try:
            data = json.load(io.TextIOWrapper(stream, encoding="utf-8-sig"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{name}: not JSON or JSONL ({str(exc).splitlines()[0]})") from None
        for i, doc in enumerate(data if isinstance(data, list) else [data], 1):
            yield (f"{name}[{i}]" if isinstance(data, list) else name), doc
        return
    for n, raw in lines(stream):
        if raw is None or not raw.strip():
            if raw is None:
                yield f"{name}:{n}", None
            continue
        try:
            yield f"{name}:{n}", json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{name}:{n}: malformed JSON ({str(exc).splitlines()[0]})") from None


def check_command(
    files: Annotated[list[str], typer.Argument(
        help="JSON or JSONL files of documents, - for stdin")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="only the summary line")] = False,
) -> None:
    """Check extracted documents against the output contract (spec document.md)."""
    n_docs = n_bad = 0
    unreadable = False
    for name in files:
        try:
            fh: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            warn(f"{name}: cannot read ({exc.strerror})")
            unreadable = True
            continue
        try:
            for where, doc in documents(fh, "<stdin>" if name == "-" else name):
                n_docs += 1
                errs = check(doc) if doc is not None else ["record too large to check"]
                n_bad += len(errs)
                if not quiet:
                    for e in errs:
                        print(f"{where}: {e}")
        except ValueError as exc:
            warn(str(exc))
            unreadable = True
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
    print(f"{n_docs} documents, {n_bad} violations")
    if n_docs == 0 and not unreadable:
        raise fail("no document to check")
    if n_bad or unreadable:
        raise typer.Exit(1)
