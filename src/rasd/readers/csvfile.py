"""CSV (and TSV) tables with a named text column, one record per row, streamed.

`text_column` (default `text`) holds the article; optional columns `id`, `url`,
`title`, `published` (or `date`) and `source` fill the record. The encoding is
detected on the head of the file (UTF-8, UTF-16, Windows-1256, ...), the
delimiter sniffed among , ; tab and |.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from rasd.readers.dates import normalize_date
from rasd.readers.record import BadInput, Record, replaced_warning, unreadable
from rasd.readers.stream import peeked
from rasd.readers.text import decode, mostly_utf8

MAX_FIELD = 20 * 1024 * 1024


def _encoding(head: bytes, origin: str) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut by the end of the head
            return "utf-8"
        if mostly_utf8(head) is not None:  # stray bytes: replaced, with a warning per row
            return "utf-8"
    from charset_normalizer import from_bytes

    decode(head, origin)  # raises BadInput on binary content
    best = from_bytes(head).best()
    if best is None:
        raise BadInput(f"{origin}: unknown text encoding")
    return best.encoding


def read(stream: BinaryIO, origin: str, text_column: str = "text", delimiter: str | None = None,
         **_: object) -> Iterator[Record | BadInput]:
    head, stream = peeked(stream)
    if not head.strip():
        raise BadInput(f"{origin}: empty file")
    enc = _encoding(head, origin)
    fh = io.TextIOWrapper(stream, encoding=enc, newline="", errors="replace")
    if delimiter is None:
        try:
            sample = head.decode(enc, errors="ignore")[:8192]
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(MAX_FIELD)
    reader = csv.DictReader(fh, delimiter=delimiter)
    try:
        columns = reader.fieldnames or []
    except (csv.Error, UnicodeDecodeError) as exc:
        raise BadInput(f"{origin}: unreadable CSV header ({exc})") from None
    columns = [c.strip() for c in columns]
    reader.fieldnames = columns
    if text_column not in columns:
        shown = ", ".join(columns[:10]) or "none"
        raise BadInput(f"{origin}: no column {text_column!r} (columns: {shown}); "
                       f"name the text column with --text-column")
    rows = 0
    while True:
        line = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # e.g. a field over MAX_FIELD: the reader goes on after it
            yield BadInput(f"{origin}:{reader.line_num}: unreadable CSV row ({exc})")
            if reader.line_num == line:  # no progress: stop rather than spin
                break
            continue
        rows += 1
        where = f"{origin}:{reader.line_num}"
        try:
            item = _record(row, where, text_column)
        except Exception as exc:  # one odd row never stops the table
            item = unreadable(where, exc)
        yield item
    if not rows:
        raise BadInput(f"{origin}: no rows (a header only)")


def _record(row: dict[str, str | None], where: str, text_column: str) -> Record | BadInput:
    text = row.get(text_column)
    if not text or not text.strip():
        return BadInput(f"{where}: empty {text_column!r}")

    def opt(key: str) -> str | None:
        v = row.get(key)
        return v.strip() or None if isinstance(v, str) else None

    title = opt("title")
    return Record(origin=where, text=text, id=opt("id"), url=opt("url"), title=title,
                  published=normalize_date(opt("published") or opt("date")),
                  source=opt("source"), warning=replaced_warning(where, text, title))
