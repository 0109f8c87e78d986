"""WARC archives (.warc, .warc.gz; as Common Crawl and web archivers write them).

warcio parses each record; each HTML response (or resource) record goes through
the article extractor, and becomes a Record with the page's text and title, the
record's target URL, the page's own date or else the capture date, and the
site's host name as source. Other records (requests, metadata, images,
redirects) are passed over.

A bad record is skipped and reported, and the archive goes on: warcio's own
iterator stops at the first error, so the records are walked here with its
parser. A record whose WARC headers were read is left at its end (its
Content-Length bounds it); otherwise, and when a record does not end where the
next one starts (a Content-Length that lies), reading resumes at the next line
that starts a record (`WARC/`) or the next gzip member (a record that ends where
its gzip member ends ended well, whatever follows). Bounds per record: a
header line over MAX_HEADER_LINE bytes, a header block over MAX_HEADER_BLOCK
bytes, a page over MAX_PAGE; skipped bytes are read a line (at most
MAX_HEADER_LINE bytes) at a time. Decompression past the bomb ratio of
readers.stream stops the archive with one line, keeping the pages read before.
"""

from __future__ import annotations

import logging
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
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_START = b"WARC/"


class _Stop(BadInput):
    """Ends the archive (a decompression bomb): no record after it can be trusted."""


class _Bounded:
    """warcio's decompressing reader, with its line reads bounded (see the module doc)."""

    def __init__(self, reader, counted: _Counted, origin: str) -> None:  # type: ignore[no-untyped-def]
        self._reader = reader
        self._counted = counted
        self._origin = origin
        self._lines = 0  # bytes read by lines since the last content read
        self._out = 0
        self.refused = 0  # bytes of the line just refused (read, but not returned)
        self._partial = 0  # bytes of a line read in pieces so far
        self.member_ended = False

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._reader, name)

    def readline(self, length: int | None = None) -> bytes:
        want = MAX_HEADER_LINE + 1 if not length or length > MAX_HEADER_LINE + 1 else length
        line = self._reader.readline(want)
        self._count(len(line))
        self.refused = len(line)
        # warcio's reader may hand a long line over in pieces: count them as one line
        whole = self._partial + len(line)
        self._partial = whole if line and not line.endswith(b"\n") else 0
        if whole > MAX_HEADER_LINE and self._partial:
            raise BadInput(f"a WARC header line over {MAX_HEADER_LINE:,} bytes")
        self._lines += len(line)
        if self._lines > MAX_HEADER_BLOCK:
            raise BadInput(f"over {MAX_HEADER_BLOCK:,} bytes of WARC or HTTP headers")
        self.refused = 0
        return line

    def read(self, length: int | None = None) -> bytes:
        data = self._reader.read(length)
        self._count(len(data))
        if data:
            self._lines = self._partial = 0
        return data  # type: ignore[no-any-return]

    def skim(self) -> bytes:
        """The next line, or its next MAX_HEADER_LINE bytes: for skipping (no header
        accounting); b'' at the end of the stream or of a gzip member."""
        line = self._reader.readline(MAX_HEADER_LINE)
        self._count(len(line))
        self._lines = self._partial = 0
        return line  # type: ignore[no-any-return]

    def next_start(self) -> bytes:
        """The first line of the next record, past blank lines and gzip member ends
        (b'' at the end); `member_ended`: a gzip member ended on the way."""
        self.member_ended = False
        while True:
            line = self.skim()
            if not line:
                if self._reader.decompressor and self._reader.read_next_member():
                    self.member_ended = True
                    continue
                return b""
            if line.strip():
                return line

    def resync(self) -> bytes:
        """Skip to the next line that starts a record, or the next gzip member (b'' at
        the end). Lines longer than MAX_HEADER_LINE are skipped in pieces."""
        at_start = not self._partial  # not in the middle of a line refused as too long
        while True:
            line = self.skim()
            if not line:
                if self._reader.decompressor and self._reader.read_next_member():
                    return self.next_start()
                return b""
            if at_start and line.startswith(_RECORD_START):
                return line
            at_start = line.endswith(b"\n")

    def _count(self, n: int) -> None:
        self._out += n
        try:
            check_ratio(self._out, self._counted.count, self._origin)
        except BadInput as exc:
            raise _Stop(str(exc)) from None


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record | BadInput]:
    from warcio.bufferedreaders import DecompressingBufferedReader
    from warcio.recordloader import ArcWarcRecordLoader

    # warcio logs a target URI with spaces as it was written: page content, not for stderr
    logging.getLogger("warcio.recordloader").setLevel(logging.ERROR)

    head, stream = peeked(stream)
    if not head.strip():
        raise BadInput(f"{origin}: empty file")
    if not looks_like_warc(gunzip_head(head) if head[:2] == b"\x1f\x8b" else head):
        raise BadInput(f"{origin}: not a WARC file (no WARC/1.x header)")
    counted = _Counted(stream)
    reader = _Bounded(DecompressingBufferedReader(counted), counted, origin)
    loader = ArcWarcRecordLoader(verify_http=False, arc2warc=False)
    pages = 0
    n = 0
    line = reader.next_start()
    while line:
        n += 1
        where = f"{origin}#{n}"
        rec = None
        try:
            rec = loader.parse_record_stream(reader, line, "warc", no_record_parse=True)
            url = rec.rec_headers.get_header("WARC-Target-URI")
            where += f" ({url})" if url else ""
            page = _content(rec, loader, url, where)
            _skip_rest(rec, reader)
            line = reader.next_start()
            # what follows a record's end is the next record, or (gzip) a new member
            if line and not line.startswith(_RECORD_START) and not reader.member_ended:
                raise BadInput("the record does not end where its Content-Length says "
                               "(no record follows it)")
            item = _record(rec, url, where, *page) if isinstance(page, tuple) else page
        except _Stop:
            raise
        except Exception as exc:  # one bad record never stops the archive
            item = BadInput(f"{where}: {exc}") if type(exc) is BadInput \
                else unreadable(where, exc)
            line = _recover(rec, reader)
        if item is not None:
            pages += 1
            yield item
    if pages == 0:
        raise BadInput(f"{origin}: no HTML pages in the archive")


def gunzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream's head (b'' if it is not gzip)."""
    import zlib

    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""


def _recover(rec, reader: _Bounded) -> bytes:  # type: ignore[no-untyped-def]
    """After a bad record: the first line of the next one. A record whose length is
    known is read to its end first; where no record starts there, `resync`."""
    if rec is not None and _length(rec) is not None:
        rec.raw_stream.limit = max(0, rec.raw_stream.limit - reader.refused)
        try:
            _skip_rest(rec, reader)
            line = reader.next_start()
            if not line or line.startswith(_RECORD_START):
                return line
        except _Stop:
            raise
        except Exception:  # noqa: S110 - a cut record: look for the next start below
            pass
    return reader.resync()


def _length(rec) -> int | None:  # type: ignore[no-untyped-def]
    value = (rec.rec_headers.get_header("Content-Length") or "").strip()
    return int(value) if value.isdigit() and len(value) < 19 else None


def _skip_rest(rec, reader: _Bounded) -> None:  # type: ignore[no-untyped-def]
    """Read the record to its end; BadInput if the stream ends first."""
    raw = rec.raw_stream
    while raw.read(_CHUNK):
        pass
    if raw.limit > 0:
        raise BadInput(f"truncated ({raw.limit:,} bytes short of its Content-Length)")


def _content(rec, loader, url: str | None,  # type: ignore[no-untyped-def]
             where: str) -> tuple[bytes, str] | BadInput | None:
    """(the page's bytes, its content type) of an HTML page record; None for others."""
    if _length(rec) is None:
        raise BadInput("no valid Content-Length")
    if rec.rec_type not in ("response", "resource"):
        return None
    rec.http_headers = loader.load_http_headers(rec.rec_type, url or "", rec.raw_stream,
                                                rec.length)
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
    return data, ctype


def _record(rec, url: str | None, where: str, data: bytes,  # type: ignore[no-untyped-def]
            ctype: str) -> Record | BadInput:
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
