"""WARC archives (.warc, .warc.gz; as Common Crawl and web archivers write them).

warcio streams the records; each HTML response (or resource) record goes
through the article extractor, and becomes a Record with the page's text and
title, the record's target URL, the page's own date or else the capture date,
and the site's host name as source. Other records (requests, metadata, images,
redirects) are passed over.

Bounds: a header line over MAX_HEADER_LINE bytes, a header block (or a run of
blank lines between records) over MAX_HEADER_BLOCK bytes, and decompression past
the bomb ratio of readers.stream stop the archive with one line, keeping the
pages read before; one page that fails is skipped and reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urlsplit

from rasd.readers.dates import normalize_date
from rasd.readers.html import extract_html
from rasd.readers.record import BadInput, Record, unreadable
from rasd.readers.stream import _Counted, check_ratio, peeked
from rasd.readers.text import decode

MAX_PAGE = 20 * 1024 * 1024
MAX_HEADER_LINE = 64 * 1024
MAX_HEADER_BLOCK = 1024 * 1024  # bytes read line by line with no content read between
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _Bounded:
    """warcio's decompressing reader, with its line reads bounded (see the module doc)."""

    def __init__(self, reader, counted: _Counted, origin: str) -> None:  # type: ignore[no-untyped-def]
        self._reader = reader
        self._counted = counted
        self._origin = origin
        self._lines = 0  # bytes read by lines since the last content read
        self._out = 0

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._reader, name)

    def readline(self, length: int | None = None) -> bytes:
        want = MAX_HEADER_LINE + 1 if not length or length > MAX_HEADER_LINE + 1 else length
        line = self._reader.readline(want)
        self._count(len(line))
        if len(line) > MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise BadInput(f"{self._origin}: a WARC header line over {MAX_HEADER_LINE:,} bytes")
        self._lines += len(line)
        if self._lines > MAX_HEADER_BLOCK:
            raise BadInput(f"{self._origin}: over {MAX_HEADER_BLOCK:,} bytes of WARC headers "
                           "or blank lines without a record")
        return line

    def read(self, length: int | None = None) -> bytes:
        data = self._reader.read(length)
        self._count(len(data))
        if data:
            self._lines = 0
        return data  # type: ignore[no-any-return]

    def _count(self, n: int) -> None:
        self._out += n
        check_ratio(self._out, self._counted.count, self._origin)


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record | BadInput]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head, stream = peeked(stream)
    if not head.strip():
        raise BadInput(f"{origin}: empty file")
    if not looks_like_warc(gunzip_head(head) if head[:2] == b"\x1f\x8b" else head):
        raise BadInput(f"{origin}: not a WARC file (no WARC/1.x header)")
    pages = 0
    counted = _Counted(stream)
    archive = ArchiveIterator(counted)
    archive.reader = _Bounded(archive.reader, counted, origin)
    try:
        for n, rec in enumerate(archive, 1):
            try:
                item = _page(rec, origin, n)
            except Exception as exc:  # one odd page never stops the archive
                item = unreadable(f"{origin}#{n}", exc)
            if item is not None:
                pages += 1
                yield item
    except ArchiveLoadFailed as exc:
        msg = str(exc).splitlines()[0] if str(exc) else "unreadable"
        raise BadInput(f"{origin}: not a readable WARC file ({msg})") from None
    if pages == 0:
        raise BadInput(f"{origin}: no HTML pages in the archive")


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream's head (b'' if it is not gzip)."""
    import zlib

    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _page(rec, origin: str, n: int) -> Record | BadInput | None:  # type: ignore[no-untyped-def]
    if rec.rec_type not in ("response", "resource"):
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    where = f"{origin}#{n}" + (f" ({url})" if url else "")
    if rec.http_headers is not None:
        status = rec.http_headers.get_statuscode()
        ctype = rec.http_headers.get_header("Content-Type") or ""
        if status and not status.startswith("2"):
            return None
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if not ctype.lower().startswith(_HTML_TYPES):
        return None
    data = rec.content_stream().read(MAX_PAGE + 1)
    if len(data) > MAX_PAGE:
        return BadInput(f"{where}: page too large")
    try:
        html = _decode(data, ctype, where)
        page = extract_html(html, where)
    except BadInput as exc:
        return exc
    host = urlsplit(url).hostname if url else None
    return Record(
        origin=where, text=page.text, url=url, title=page.title,
        published=page.published or normalize_date(rec.rec_headers.get_header("WARC-Date")),
        source=host.removeprefix("www.") if host else None,
    )


def _decode(data: bytes, ctype: str, where: str) -> str:
    """The charset the server declared, else detection."""
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return data.decode(value.strip("\"' "))
            except (LookupError, UnicodeDecodeError):
                break
    return decode(data, where)
