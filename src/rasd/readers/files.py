"""Files and directories: .txt (any encoding), .html, .jsonl; '-' is stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from rasd.readers.record import BadInput, Record

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_BYTES = 50 * 1024 * 1024  # one article larger than this is not an article


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: BOMs first, then UTF-8, then charset detection (cp1256 etc.)."""
    if not data.strip():
        raise BadInput(f"{origin}: empty file")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                     (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, origin)
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise BadInput(f"{origin}: binary content, not text")
    return text


def _detect(data: bytes, origin: str) -> str:
    from charset_normalizer import from_bytes

    if data.count(b"\x00") > len(data) // 20 and not _looks_utf16(data):
        raise BadInput(f"{origin}: binary content, not text")
    best = from_bytes(data[:200000], cp_isolation=None).best()
    if best is None:
        raise BadInput(f"{origin}: unknown text encoding")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise BadInput(f"{origin}: unreadable as {best.encoding}") from None


def _looks_utf16(data: bytes) -> bool:
    half = data[: 2000]
    return half[1::2].count(0) > len(half) // 3 or half[0::2].count(0) > len(half) // 3


def _control_ratio(text: str) -> float:
    sample = text[:5000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(sample), 1)


def read_path(path: str) -> Iterator[Record]:
    """Records from one PATH argument (file, directory or '-')."""
    if path == "-":
        yield from _records_from_bytes(sys.stdin.buffer.read(), "<stdin>", suffix=None)
        return
    p = Path(path)
    if not p.exists():
        raise BadInput(f"{path}: no such file or directory")
    if p.is_dir():
        for child in sorted(c for c in p.rglob("*") if c.is_file()):
            if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                yield from _guarded(child)
        return
    yield from read_file(p)


def _guarded(p: Path) -> Iterator[Record | BadInput]:
    """Inside a directory, a bad file is reported as a BadInput item, not raised."""
    try:
        yield from read_file(p)
    except BadInput as exc:
        yield exc  # type: ignore[misc]


def read_file(p: Path) -> Iterator[Record | BadInput]:
    try:
        size = p.stat().st_size
        if size > MAX_BYTES and p.suffix.lower() not in JSONL_SUFFIXES:
            raise BadInput(f"{p}: too large ({size // 1_000_000} MB) for one article")
        data = p.read_bytes() if p.suffix.lower() not in JSONL_SUFFIXES else None
    except OSError as exc:
        raise BadInput(f"{p}: cannot read ({exc.strerror})") from None
    if data is None:
        yield from read_jsonl(p)
    else:
        yield from _records_from_bytes(data, str(p), p.suffix.lower())


def _records_from_bytes(data: bytes, origin: str, suffix: str | None) -> Iterator[Record]:
    text = decode(data, origin)
    if suffix in HTML_SUFFIXES or (suffix is None and _looks_html(text)):
        yield Record(origin=origin, html=text)
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_lines(text.splitlines(), origin)
    else:
        yield Record(origin=origin, text=text)


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def read_jsonl(p: Path) -> Iterator[Record | BadInput]:
    with p.open("rb") as fh:
        yield from _jsonl_lines(fh, str(p))


def _jsonl_lines(lines, origin: str) -> Iterator[Record | BadInput]:  # type: ignore[no-untyped-def]
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield BadInput(f"{where}: not UTF-8")
                continue
        if not line.strip():
            continue
        try:
            yield record_from_json(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield BadInput(f"{where}: malformed JSON ({exc.msg})")
        except BadInput as exc:
            yield exc


def record_from_json(obj: object, where: str) -> Record:
    """A JSONL record: `text` or `html`, optional id/url/title/published/source."""
    if not isinstance(obj, dict):
        raise BadInput(f"{where}: a record must be a JSON object")
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        text = obj.get("content")  # SaudiNewsNet-style dumps
    if not isinstance(text, str) and not isinstance(html, str):
        raise BadInput(f"{where}: no 'text' or 'html' string")

    def opt(key: str) -> str | None:
        v = obj.get(key)
        return str(v) if v not in (None, "") else None

    published = opt("published") or opt("date")
    return Record(origin=where, text=text if isinstance(text, str) else None,
                  html=html if isinstance(html, str) and not isinstance(text, str) else None,
                  id=opt("id"), url=opt("url"), title=opt("title"),
                  published=published[:10] if published else None, source=opt("source"))
