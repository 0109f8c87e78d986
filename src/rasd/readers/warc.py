"""WARC archives (.warc, .warc.gz; as Common Crawl and web archivers write them).

warcio streams the records; each HTML response (or resource) record goes
through the article extractor, and becomes a Record with the page's text and
title, the record's target URL, the page's own date or else the capture date,
and the site's host name as source. Other records (requests, metadata, images,
redirects) are passed over.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO
from urllib.parse import urlsplit

from rasd.readers.dates import normalize_date
from rasd.readers.html import extract_html
from rasd.readers.record import BadInput, Record
from rasd.readers.stream import peeked
from rasd.readers.text import decode

MAX_PAGE = 20 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


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
    try:
        for n, rec in enumerate(ArchiveIterator(stream), 1):
            item = _page(rec, origin, n)
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
