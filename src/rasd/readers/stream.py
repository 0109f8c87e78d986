"""Opening inputs as binary streams: files, gzip, stdin, with a peek at the head.

Readers take a binary stream so that every format streams the same way from a
file, a .gz file or standard input; the head (first bytes) lets the dispatcher
recognise a format by content when the name says nothing.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from rasd.readers.record import BadInput

HEAD = 64 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # one article larger than this is not an article
# Decompression: past BOMB_FLOOR bytes out, more than BOMB_RATIO bytes out per byte in is
# a decompression bomb (text compresses 3-15x; zeros or blank lines, 1000x).
BOMB_RATIO = 200
BOMB_FLOOR = 16 * 1024 * 1024


class Prefixed(io.RawIOBase):
    """A stream whose first bytes were already read (`head`), then the rest of `raw`."""

    def __init__(self, head: bytes, raw: BinaryIO) -> None:
        self._head = memoryview(head)
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def peeked(raw: BinaryIO) -> tuple[bytes, BinaryIO]:
    """(head bytes, a buffered stream that still starts at byte 0)."""
    head = b""
    while len(head) < HEAD:
        chunk = raw.read(HEAD - len(head))
        if not chunk:
            break
        head += chunk
    return head, io.BufferedReader(Prefixed(head, raw), buffer_size=HEAD)


def read_limited(stream: BinaryIO, origin: str, limit: int | None = None) -> bytes:
    """All of a one-document stream, refusing one over `limit` (at most MAX_DOCUMENT_BYTES)."""
    limit = min(limit or MAX_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{origin}: too large (over {limit:,} bytes) for one article")
    return data


class _Counted(io.RawIOBase):
    """Counts the bytes read from `raw`."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        data = self.raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        return n


class Inflated(io.RawIOBase):
    """The gzip-decompressed bytes of `compressed`, stopping a decompression bomb: past
    BOMB_FLOOR bytes out, BadInput when the output outgrows BOMB_RATIO x the input.
    Several gzip members (concatenated .gz files) are read as one stream."""

    def __init__(self, compressed: BinaryIO, origin: str) -> None:
        self.origin = origin
        self._in = _Counted(compressed)
        self._gz = gzip.GzipFile(fileobj=io.BufferedReader(self._in, HEAD))
        self.out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        try:
            n = self._gz.readinto(buffer)
        except (OSError, EOFError, zlib.error) as exc:
            raise BadInput(f"{self.origin}: broken gzip data ({exc})") from None
        self.out += n
        check_ratio(self.out, self._in.count, self.origin)
        return n

    def close(self) -> None:
        self._gz.close()
        super().close()


def check_ratio(out: int, into: int, origin: str) -> None:
    """BadInput when `out` decompressed bytes from `into` compressed look like a bomb."""
    if out > BOMB_FLOOR and out > BOMB_RATIO * max(into, 1):
        raise BadInput(f"{origin}: decompresses to over {BOMB_RATIO}x its size "
                       f"({out:,} bytes from {into:,}): a decompression bomb? not read further")
