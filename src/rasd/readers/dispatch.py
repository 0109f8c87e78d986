"""One entry point for every input: `read_path(path, **options)`.

A PATH is a file, a directory (read recursively, in sorted order, hidden files
skipped), or '-' for standard input. The format comes from the suffix (.gz is
looked through) or, when the suffix says nothing, from the first bytes. Items
come out in input order as they are read, as `Record`s or as `BadInput` for
what could not be read: nothing here raises, so one bad file or line never
stops a batch.

Inside a directory, symbolic links are not followed (a link may point anywhere,
/etc/passwd included): each is reported and passed over, unless
`follow_symlinks=True` (then a directory reached twice is read once).
Subfolders that cannot be listed are reported, not skipped silently. A .gz
input is decompressed with a bound on its ratio (readers.stream.Inflated).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from rasd.readers import csvfile, feed, html, jsonl, telegram, text, warc
from rasd.readers.record import BadInput, Record, unreadable
from rasd.readers.stream import Inflated, peeked

Reader = Callable[..., Iterator[Record | BadInput]]

READERS: dict[str, Reader] = {
    "txt": text.read,
    "html": html.read,
    "jsonl": jsonl.read,
    "json": jsonl.read_json,
    "telegram": telegram.read,
    "feed": feed.read,
    "warc": warc.read,
    "csv": csvfile.read,
}

SUFFIXES = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",  # records, an array of them, or a Telegram export: by content
    ".warc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".csv": "csv", ".tsv": "csv",
}


def read_path(path: str, follow_symlinks: bool = False,
              **options: object) -> Iterator[Record | BadInput]:
    """Records (or BadInput items) of one PATH argument; see the module doc.

    Options go to the readers that take them: `text_column` (CSV).
    """
    if path == "-":
        yield from _guarded("<stdin>", lambda: read_stream(sys.stdin.buffer, "<stdin>", None,
                                                           **options))
        return
    p = Path(path)
    if not p.exists():
        yield BadInput(f"{path}: no such file or directory")
    elif p.is_dir():
        found = False
        for f in _walk(p, follow_symlinks):
            if isinstance(f, BadInput):
                yield f
                continue
            found = True
            yield from _guarded(str(f), lambda f=f: read_file(f, **options))  # type: ignore[misc]
        if not found:
            yield BadInput(f"{path}: no readable files in the directory "
                           f"({', '.join(sorted(SUFFIXES))}, .gz)")
    elif not p.is_file():
        yield BadInput(f"{path}: not a regular file")
    else:
        yield from _guarded(path, lambda: read_file(p, **options))


def read_file(p: Path, **options: object) -> Iterator[Record | BadInput]:
    if p.stat().st_size == 0:
        raise BadInput(f"{p}: empty file")
    with p.open("rb") as fh:
        yield from read_stream(fh, str(p), p.name, **options)


def read_stream(stream: BinaryIO, origin: str, name: str | None,
                **options: object) -> Iterator[Record | BadInput]:
    """Records of one stream; `name` (a file name) hints the format, else the content does."""
    fmt, inner = _by_name(name)
    if fmt == "warc":  # warcio reads .warc.gz members itself
        yield from READERS["warc"](stream, origin, **options)
        return
    head, stream = peeked(stream)
    if not head:
        raise BadInput(f"{origin}: empty file")
    if head[:2] == b"\x1f\x8b":
        if warc.looks_like_warc(warc.gunzip_head(head)):
            yield from READERS["warc"](stream, origin, **options)
            return
        with Inflated(stream, origin) as gz:
            yield from read_stream(gz, origin, inner, **options)  # type: ignore[arg-type]
        return
    fmt = _by_content(fmt, head, origin)
    yield from READERS[fmt](stream, origin, **options)


def _by_name(name: str | None) -> tuple[str | None, str | None]:
    """(format, name without .gz) from a file name."""
    if not name:
        return None, None
    lower = name.lower()
    if lower.endswith(".gz"):
        inner = name[:-3]
        return ("warc" if inner.lower().endswith(".warc") else None), inner
    return SUFFIXES.get(os.path.splitext(lower)[1]), name


def _by_content(fmt: str | None, head: bytes, origin: str) -> str:
    """The format, refined or found from the first bytes."""
    if fmt in ("txt", "html", "jsonl", "csv", "warc"):
        return fmt
    if warc.looks_like_warc(head):
        return "warc"
    if feed.looks_like_feed(head):
        return "feed"
    if fmt == "feed":
        raise BadInput(f"{origin}: not an RSS or Atom feed")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        if telegram.looks_like_export(head):
            return "telegram"
        if stripped[:1] == b"{" and _first_line_is_json(stripped):
            return "jsonl"
        return "json"
    if fmt == "json":
        return "json"  # and its reader says why it is not JSON
    if _looks_html(head):
        return "html"
    return "txt"


def _first_line_is_json(data: bytes) -> bool:
    import json

    line = data.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def _looks_html(head: bytes) -> bool:
    h = head[:4000].lower()
    return b"<html" in h or b"<!doctype html" in h or b"<body" in h or b"<head" in h


def _walk(root: Path, follow_symlinks: bool = False) -> Iterator[Path | BadInput]:
    """Readable files under `root`, depth first in sorted order, hidden ones skipped;
    links passed over (and reported) unless `follow_symlinks`; folders that cannot be
    listed reported."""
    errors: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append,
                                                followlinks=follow_symlinks):
        yield from (BadInput(f"{e.filename}: cannot read the folder "
                             f"({e.strerror or e})") for e in errors)
        errors.clear()
        here = Path(dirpath)
        if follow_symlinks:  # a link back up the tree would loop forever
            st = here.stat()
            if (st.st_dev, st.st_ino) in seen:
                dirnames[:] = []
                continue
            seen.add((st.st_dev, st.st_ino))
        keep = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            if not follow_symlinks and (here / d).is_symlink():
                yield _link(here / d)
                continue
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            fmt, inner = _by_name(name)
            if fmt is None and inner and inner != name:  # x.jsonl.gz, x.txt.gz
                fmt, _ = _by_name(inner)
            if fmt is None:
                continue
            if not follow_symlinks and (here / name).is_symlink():
                yield _link(here / name)
                continue
            yield here / name
    yield from (BadInput(f"{e.filename}: cannot read the folder ({e.strerror or e})")
                for e in errors)


def _link(path: Path) -> BadInput:
    return BadInput(f"{path}: a symbolic link, not followed (--follow-symlinks to read it)")


def _guarded(origin: str, make: Callable[[], Iterator[Record | BadInput]]
             ) -> Iterator[Record | BadInput]:
    """Items of one input; anything it raises becomes one BadInput line naming it (the
    readers isolate each record themselves: this is for what breaks a whole file)."""
    try:
        yield from make()
    except BadInput as exc:
        yield exc
    except OSError as exc:
        yield BadInput(f"{origin}: cannot read ({exc.strerror or exc})")
    except Exception as exc:  # e.g. a reader library's own error type
        yield unreadable(origin, exc)
