"""Opening inputs as binary streams: files, gzip, stdin, with a peek at the head.

Readers take a binary stream so that every format streams the same way from a
file, a .gz file or standard input; the head (first bytes) lets the dispatcher
recognise a format by content when the name says nothing.
"""

from __future__ import annotations

import io
from typing import BinaryIO

HEAD = 64 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # one article larger than this is not an article


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
    """All of a one-document stream, refusing one over `limit` (MAX_DOCUMENT_BYTES)."""
    from rasd.readers.record import BadInput

    limit = limit or MAX_DOCUMENT_BYTES
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{origin}: too large (over {limit:,} bytes) for one article")
    return data
