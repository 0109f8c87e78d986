"""JSON Lines (also .jsonl.gz) and JSON files of records, streamed record by record.

A record is an object with `text` or `html` (SaudiNewsNet-style `content` is
taken as text) and optional `id`, `url`, `title`, `published` (or `date`,
`pubDate`, `datePublished`), `source`; other fields are ignored. A JSON file
holding an array of such objects is read element by element, never whole.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from rasd.readers.dates import normalize_date
from rasd.readers.jsonstream import JsonStream
from rasd.readers.record import BadInput, Record, replaced_warning, unreadable
from rasd.readers.text import mostly_utf8

MAX_LINE = 20 * 1024 * 1024  # one record larger than this is skipped, not read
# date_extracted: crawl dumps such as SaudiNewsNet, fetched the day they were published.
_DATE_KEYS = ("published", "date", "pubDate", "datePublished", "published_at", "date_published",
              "date_extracted")


def record_from_json(obj: object, where: str) -> Record:
    """A Record from one JSON object, or BadInput naming `where` and why."""
    if not isinstance(obj, dict):
        raise BadInput(f"{where}: a record must be a JSON object")
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        text = obj.get("content")  # SaudiNewsNet-style dumps
    if not isinstance(text, str) and not isinstance(html, str):
        raise BadInput(f"{where}: no 'text' or 'html' string")
    if not (text if isinstance(text, str) else html).strip():  # type: ignore[union-attr]
        raise BadInput(f"{where}: empty text")

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return str(v) if v not in (None, "") else None

    published = next((d for k in _DATE_KEYS if (d := normalize_date(obj.get(k)))), None)
    rec = Record(origin=where, text=text if isinstance(text, str) else None,
                 html=html if isinstance(html, str) and not isinstance(text, str) else None,
                 id=opt("id"), url=opt("url"), title=opt("title"),
                 published=published, source=opt("source"))
    rec.warning = replaced_warning(where, rec.text, rec.html, rec.title)
    return rec


def lines(stream: BinaryIO, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of each line; None for a line longer than `limit` (skipped)."""
    limit = limit or MAX_LINE
    n = 0
    peek = getattr(stream, "peek", None)
    while True:
        if peek is not None:  # a run of blank lines (a bomb of them) skipped in big steps
            while (blank := _blank_run(peek(1 << 16)[: 1 << 16])) > 0:
                n += stream.read(blank).count(b"\n")
        line = stream.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield n, None
            continue
        yield n, line


def _blank_run(head: bytes) -> int:
    """How many bytes of `head` are whole blank lines (up to its last newline)."""
    rest = head.lstrip(b" \t\r\n")
    skipped = head[: len(head) - len(rest)]
    return skipped.rfind(b"\n") + 1


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record | BadInput]:
    """Records of a JSONL stream; a bad line is yielded as BadInput and skipped, whatever
    is wrong with it (malformed, nested too deep, a number too long, ...)."""
    seen = False
    for n, raw in lines(stream):
        where = f"{origin}:{n}"
        if raw is None:
            yield BadInput(f"{where}: record too large (over {MAX_LINE:,} bytes)")
            continue
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            mended = mostly_utf8(raw)  # a few stray bytes: U+FFFD, and a warning
            if mended is None:
                yield BadInput(f"{where}: not UTF-8")
                continue
            line = mended
        if not line.strip():
            continue
        seen = True
        yield _line_record(line, where)
    if not seen:
        raise BadInput(f"{origin}: empty file")


def _line_record(line: str, where: str) -> Record | BadInput:
    try:
        return record_from_json(json.loads(line), where)
    except json.JSONDecodeError as exc:
        return BadInput(f"{where}: malformed JSON ({exc.msg})")
    except Exception as exc:  # RecursionError, ValueError (4,300+ digits), ...
        return unreadable(where, exc)


def read_json(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record | BadInput]:
    """A .json file: one record object, or an array of them streamed element by element."""
    js = JsonStream(io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace"), origin)
    try:
        first = js.peek()
        if first == "[":
            empty = True
            for i, item in enumerate(js.array(), 1):
                empty = False
                where = f"{origin}[{i}]"
                if isinstance(item, BadInput):
                    yield BadInput(str(item).replace(origin, where, 1))
                    continue
                try:
                    yield record_from_json(item, where)
                except Exception as exc:
                    yield unreadable(where, exc)
            if empty:
                raise BadInput(f"{origin}: an empty array (no records)")
        elif first == "{":
            yield record_from_json(js.value(), origin)
        elif first == "":
            raise BadInput(f"{origin}: empty file")
        else:
            raise BadInput(f"{origin}: not a JSON object or array")
    except UnicodeDecodeError:
        raise BadInput(f"{origin}: not UTF-8") from None
