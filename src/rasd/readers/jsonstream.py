"""Reading big JSON documents value by value (a corpus can be one multi-GB file).

The standard decoder's `raw_decode` reads one value at a time from a buffer that
is refilled from the stream, so an array of a million messages is never held in
memory at once: only the value being decoded is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from rasd.readers.record import BadInput

_DECODER = json.JSONDecoder()
_CHUNK = 1 << 16
MAX_VALUE = 20 * 1024 * 1024  # characters; a bigger single value is refused


class JsonStream:
    def __init__(self, fh: TextIO, origin: str) -> None:
        self.fh = fh
        self.origin = origin
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _fill(self, size: int = _CHUNK) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(size)
        if not chunk:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next non-space character, not consumed ('' at the end)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            got = self.peek() or "end of file"
            raise BadInput(f"{self.origin}: malformed JSON (expected {ch!r}, found {got!r})")
        self.pos += 1

    def value(self) -> object:
        """Decode the next value, reading more of the stream while it is incomplete."""
        self.peek()
        size = _CHUNK
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
                if end < len(self.buf) or self.eof or not isinstance(obj, int | float):
                    self.pos = end
                    return obj
            except json.JSONDecodeError as exc:
                if self.eof or len(self.buf) - self.pos > MAX_VALUE:
                    what = "value too large" if not self.eof else f"malformed JSON ({exc.msg})"
                    raise BadInput(f"{self.origin}: {what}") from None
            size = min(size * 2, 1 << 24)  # grow reads: decoding a long value stays linear
            if not self._fill(size):
                self.eof = True

    def array(self) -> Iterator[object]:
        """The elements of the array that starts here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            nxt = self.peek()
            if nxt == ",":
                self.pos += 1
            elif nxt == "]":
                self.pos += 1
                return
            else:
                raise BadInput(f"{self.origin}: malformed JSON (expected ',' or ']' in array)")

    def object_keys(self) -> Iterator[str]:
        """Keys of the object that starts here; the caller reads each value after its key."""
        self.expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise BadInput(f"{self.origin}: malformed JSON (object key)")
            self.expect(":")
            yield key
            nxt = self.peek()
            if nxt == ",":
                self.pos += 1
            elif nxt == "}":
                self.pos += 1
                return
            else:
                raise BadInput(f"{self.origin}: malformed JSON (expected ',' or '}}' in object)")
