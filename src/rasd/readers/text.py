"""Plain-text files in any common encoding: one file, one article.

UTF-8 (with or without BOM) and UTF-16 (BOM, or recognised by where its zero
bytes fall) are read directly; anything else (Windows-1256, ISO-8859-6, ...) is
identified by charset-normalizer. UTF-8 with a few stray bytes (a file cut or
mended by hand) is read as UTF-8, the stray bytes replaced by U+FFFD, with a
warning. Bytes that decode to control characters are binary, not text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from rasd.readers.record import BadInput, Record, replaced_warning
from rasd.readers.stream import read_limited

# UTF-8 but for this share of stray bytes (at most): the rest is surely UTF-8
STRAY_SHARE = 0.005

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, or BadInput naming `origin` and why not."""
    if not data.strip():
        raise BadInput(f"{origin}: empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), origin)
            except UnicodeDecodeError:
                raise BadInput(f"{origin}: unreadable as {enc}") from None
    if b"\x00" in data:  # no text encoding but UTF-16/32 has zero bytes
        enc = _utf16_without_bom(data)
        if enc is None:
            raise BadInput(f"{origin}: binary content, not text")
        try:
            return _checked(data.decode(enc), origin)
        except UnicodeDecodeError:
            raise BadInput(f"{origin}: binary content, not text") from None
    try:
        return _checked(data.decode("utf-8"), origin)
    except UnicodeDecodeError:
        pass
    mended = mostly_utf8(data)
    if mended is not None:
        _checked(mended.replace("\ufffd", ""), origin)  # stray bytes are not binary
        return mended
    return _checked(_detect(data, origin), origin)


def mostly_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 with its stray bytes replaced (U+FFFD), when they are few and the
    rest has multi-byte UTF-8 (so no single-byte encoding is likelier); else None."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(data) - len(text)  # bytes beyond one per character
    if stray <= max(8, STRAY_SHARE * len(data)) and multibyte > 4 * stray:
        return text
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'-be' when zero bytes sit (almost) only at odd/even offsets."""
    sample = data[:20000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 10 * max(even, 1) or (even == 0 and odd > 0):
        return "utf-16-le"
    if even > 10 * max(odd, 1) or (odd == 0 and even > 0):
        return "utf-16-be"
    return None


def _detect(data: bytes, origin: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200000]).best()
    if best is None:
        raise BadInput(f"{origin}: binary content or unknown text encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise BadInput(f"{origin}: unreadable as {best.encoding}") from None


def _checked(text: str, origin: str) -> str:
    sample = text[:5000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    if "\x00" in sample or bad > len(sample) * 0.05:
        raise BadInput(f"{origin}: binary content, not text")
    if not text.strip():
        raise BadInput(f"{origin}: empty file")
    return text


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record]:
    from rasd import limits

    # a character takes at most 4 bytes: more bytes than this is surely too long a text
    text = decode(read_limited(stream, origin, 4 * limits.MAX_TEXT_CHARS + 4), origin)
    yield Record(origin=origin, text=text, warning=replaced_warning(origin, text))
