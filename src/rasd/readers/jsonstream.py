"""Reading big JSON documents value by value (a corpus can be one multi-GB file).

The standard decoder's `raw_decode` reads one value at a time from a buffer that
is refilled from the stream, so an array of a million messages is never held in
memory at once: only the value being decoded is.

A value the decoder cannot take (malformed, nested too deep for Python's
recursive decoder, a number of 4,300 digits or more, or over MAX_VALUE
characters, a number included) is stepped over without being decoded (brackets
and strings counted) and raised as SkippedValue: an array goes on with its next
element. Only a stream that ends inside a value stops the reading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import NoReturn, TextIO

from rasd.readers.record import BadInput

_DECODER = json.JSONDecoder()
_CHUNK = 1 << 16
MAX_VALUE = 20 * 1024 * 1024  # characters; a bigger single value is refused


class SkippedValue(BadInput):
    """One value that could not be decoded and was stepped over: the stream goes on."""


_IN_STRING = re.compile(r'["\\]')
_OUTSIDE = re.compile(r'"|[\[{]+|[\]}]+')  # a run of brackets counted in one step
_SCALAR_END = re.compile(r"[\s,\]}]")
_SPACE = re.compile(r"[ \t\r\n]*")  # a run of blank lines is skipped in one step


class _Scanner:
    """Finds where a JSON value ends without decoding it, fed the buffer piece by piece."""

    def __init__(self) -> None:
        self.depth = 0
        self.in_string = False
        self.escape = False
        self.started = False
        self.scalar = False

    def feed(self, buf: str, i: int) -> int | None:
        """The index just past the value, or None if it goes on past `buf`."""
        n = len(buf)
        if not self.started:
            self.started = True
            self.scalar = buf[i] not in '[{"'
        if self.scalar:
            m = _SCALAR_END.search(buf, i)
            return m.start() if m else None
        while i < n:
            if self.escape:
                self.escape = False
                i += 1
                continue
            if self.in_string:
                m = _IN_STRING.search(buf, i)
                if not m:
                    return None
                i = m.end()
                if m.group() == "\\":
                    self.escape = True
                else:
                    self.in_string = False
                    if self.depth == 0:
                        return i
                continue
            m = _OUTSIDE.search(buf, i)
            if not m:
                return None
            i = m.end()
            run = m.group()
            if run == '"':
                self.in_string = True
            elif run[0] in "[{":
                self.depth += len(run)
            elif len(run) >= self.depth:  # the value closes inside this run
                return m.start() + max(self.depth, 1)
            else:
                self.depth -= len(run)
        return None


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
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
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
        """Decode the next value, reading more of the stream while it is incomplete;
        SkippedValue for one that cannot be decoded (see the module doc)."""
        if not self.peek():
            raise BadInput(f"{self.origin}: malformed JSON (a value expected, found the end)")
        size = _CHUNK
        while True:
            try:
                obj, end = _DECODER.raw_decode(self.buf, self.pos)
                if end < len(self.buf) or self.eof or not isinstance(obj, int | float):
                    start, self.pos = self.pos, end
                    if end - start > MAX_VALUE:
                        raise SkippedValue(f"{self.origin}: value too large "
                                           f"(over {MAX_VALUE:,} characters)")
                    return obj
                # a number at the end of the buffer may go on in the next read
            except json.JSONDecodeError as exc:
                if _Scanner().feed(self.buf, self.pos) is not None:  # whole, and malformed
                    self._skip(f"malformed JSON ({exc.msg})")
                if self.eof:
                    raise BadInput(f"{self.origin}: malformed JSON ({exc.msg})") from None
            except RecursionError:
                self._skip("nested too deep to read")
            except ValueError as exc:  # e.g. an integer of 4,300 digits or more
                self._skip(f"unreadable value ({str(exc).splitlines()[0][:100]})")
            if len(self.buf) - self.pos > MAX_VALUE:
                self._skip(f"value too large (over {MAX_VALUE:,} characters)")
            size = min(size * 2, 1 << 24)  # grow reads: decoding a long value stays linear
            if not self._fill(size):
                self.eof = True

    def _skip(self, reason: str) -> NoReturn:
        """Step over the value at `pos` (dropping what is read of it), then raise
        SkippedValue; BadInput if the stream ends inside it."""
        scan = _Scanner()
        i = self.pos
        while True:
            end = scan.feed(self.buf, i)
            if end is not None:
                self.pos = end
                raise SkippedValue(f"{self.origin}: {reason}")
            self.pos = len(self.buf)  # scanned: _fill drops it
            if not self._fill(1 << 20):
                self.eof = True
                raise BadInput(f"{self.origin}: malformed JSON (the file ends inside a value)")
            i = self.pos

    def array(self) -> Iterator[object]:
        """The elements of the array that starts here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            try:
                yield self.value()
            except SkippedValue as exc:
                yield exc
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
