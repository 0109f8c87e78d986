"""How JSON is kept in the store: compressed, and documents without copies of their text.

A document's JSON holds its text and, for every span, the span's text again:
the store keeps the text once (documents.text) and drops both from the JSON
(`compact`), then puts them back on the way out (`expand`). JSON columns that
are written once and read whole (document layers, events, claims, merged-event
states, merge features) are zlib-compressed; values written by an older rasd
(plain JSON text) still read.
"""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Iterator
from importlib import resources
from itertools import accumulate
from typing import Any

from rasd.once import once

LEVEL = 6  # the blobs are small: level 6 costs microseconds more than 1, saves 10-30%
DICTIONARY = "blobs-c389d52b.zdict"  # what new blobs are compressed with (see below)


@once
def dictionaries() -> dict[int, bytes]:
    """The preset dictionaries shipped (scripts/build_blob_dictionary.py), by Adler-32:
    a blob names the one it was compressed with (zlib's DICTID)."""
    found = {}
    for f in (resources.files("rasd") / "data" / "store").iterdir():
        if f.name.endswith(".zdict"):
            data = f.read_bytes()
            found[zlib.adler32(data)] = data
    return found


_primed: dict[str, Any] = {}
_primed_lock = threading.Lock()


def _compressor() -> Any:
    """A fresh compressor primed with the dictionary (a copy: priming costs ~80 us)."""
    with _primed_lock:
        if "c" not in _primed:
            zdict = (resources.files("rasd") / "data" / "store" / DICTIONARY).read_bytes()
            _primed["c"] = zlib.compressobj(LEVEL, zdict=zdict)
        return _primed["c"].copy()


def pack(obj: Any) -> bytes:
    """JSON, compressed with the preset dictionary (small JSON blobs halve with it)."""
    c = _compressor()
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return c.compress(raw) + c.flush()


def pack_small(obj: Any) -> bytes:
    """`pack`, or the JSON's UTF-8 bytes where those are shorter (a short value, such as a
    member's evidence {"first":true}, grows by zlib's 10 bytes of header and dictionary id);
    `unpack` reads both."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    c = _compressor()
    small = c.compress(raw) + c.flush()
    return small if len(small) < len(raw) else raw


def unpack(value: Any) -> Any:
    """JSON from a compressed blob (`pack` or `pack_sketches`), or from plain JSON (stores
    written before)."""
    if isinstance(value, bytes | bytearray | memoryview):
        head = bytes(value[:1])
        if head == SKETCHED:
            return _unpack_sketches(bytes(value))
        if head == ROWS:
            return _unpack_rows(bytes(value))
    return json.loads(unpack_text(value))


# --- a document's entities as rows -----------------------------------------------------------
#
# A document's JSON is mostly its entities, each `{"start", "end", "id", "type", "link"}`
# with ids e1, e2, ... in order: `pack_document` writes each as a row [start less the
# previous start, length, type, link] (the keys and ids once, not 80 times a document),
# and `unpack` gives the same dicts back. Entities of any other shape are written as they
# are (`pack`).

ROWS = b"\x02"  # first byte of a document blob with its entities as rows
ENTITY_KEYS = ["start", "end", "id", "type", "link"]


def pack_document(obj: dict[str, Any]) -> bytes:
    """`pack` of a (compact) document JSON, its entities as rows when they have the
    contract's shape."""
    rows = _entity_rows(obj.get("entities"))
    if rows is None:
        return pack(obj)
    return ROWS + pack({**obj, "entities": rows})


def _entity_rows(entities: Any) -> list[list[Any]] | None:
    if not isinstance(entities, list) or not entities:
        return None
    rows, at = [], 0
    for i, e in enumerate(entities, 1):
        if not (isinstance(e, dict) and list(e) == ENTITY_KEYS and e["id"] == f"e{i}"
                and type(e["start"]) is int and type(e["end"]) is int):
            return None
        rows.append([e["start"] - at, e["end"] - e["start"], e["type"], e["link"]])
        at = e["start"]
    return rows


def _entity_dicts(rows: list[list[Any]]) -> list[dict[str, Any]]:
    out, at = [], 0
    for i, (gap, length, etype, link) in enumerate(rows, 1):
        at += gap
        out.append({"start": at, "end": at + length, "id": f"e{i}", "type": etype,
                    "link": link})
    return out


def _unpack_rows(raw: bytes) -> Any:
    obj = json.loads(_inflate(raw[1:]).decode("utf-8"))
    obj["entities"] = _entity_dicts(obj["entities"])
    return obj


# --- merge blobs: sketches in binary ------------------------------------------------------------
#
# Merge features and cores are mostly bottom-k sketches: sorted 32-bit hashes (24 of a
# sentence's letter 4-grams, 8 of the word pairs around a trigger), about 60% of the JSON,
# which decimal digits keep poorly even compressed. `pack_sketches` writes each such list
# (non-negative integers in order, at least SKETCH_MIN of them) as its first value and
# deltas in fixed-width bits after the JSON, which keeps a one-character marker in its
# place: the same values come back, in the same containers (a string equal to the marker
# anywhere in the object, or a value of 2^63 or more, and it is written as `pack` writes).

SKETCHED = b"\x01"  # first byte of a blob with sketches apart (zlib's is 0x78, JSON's { [)
MARKER = "\x01"  # where a sketch was, in the JSON
SKETCH_MIN = 4
_BIG = 1 << 63


class _Unsketchable(Exception):
    pass


def pack_sketches(obj: Any) -> bytes:
    """`pack`, with sorted integer lists (sketches) as fixed-width deltas after the JSON."""
    sketches: list[list[int]] = []
    try:
        shell = _lift(obj, sketches)
    except _Unsketchable:
        return pack(obj)
    if not sketches:
        return pack(obj)
    body = pack(shell)
    return SKETCHED + _varint(len(body)) + body + b"".join(_sketch_bytes(s) for s in sketches)


def shell(obj: Any) -> Any:
    """`obj` as `pack_sketches` compresses it: each sketch replaced by the marker."""
    try:
        return _lift(obj, [])
    except _Unsketchable:
        return obj


def _is_sketch(v: list[Any]) -> bool:
    return len(v) >= SKETCH_MIN and all(type(x) is int and 0 <= x < _BIG for x in v) \
        and all(a <= b for a, b in zip(v, v[1:], strict=False))


def _lift(v: Any, out: list[list[int]]) -> Any:
    if isinstance(v, dict):
        return {k: _lift(x, out) for k, x in v.items()}
    if isinstance(v, list | tuple):
        if _is_sketch(v):  # type: ignore[arg-type]
            out.append(list(v))
            return MARKER
        return [_lift(x, out) for x in v]
    if v == MARKER:
        raise _Unsketchable
    return v


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _read_varint(raw: bytes, at: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        b = raw[at]
        at += 1
        n |= (b & 0x7F) << shift
        if b < 0x80:
            return n, at
        shift += 7


def _sketch_bytes(values: list[int]) -> bytes:
    """Count, bit width, then the first value and the deltas, `width` bits each (little
    end first), in whole bytes."""
    deltas = [values[0]] + [b - a for a, b in zip(values, values[1:], strict=False)]
    width = max(d.bit_length() for d in deltas) or 1
    packed_ = 0
    for i, d in enumerate(deltas):
        packed_ |= d << (i * width)
    size = (width * len(deltas) + 7) // 8
    return _varint(len(values)) + bytes((width,)) + packed_.to_bytes(size, "little")


def _unpack_sketches(raw: bytes) -> Any:
    size, at = _read_varint(raw, 1)
    shell = json.loads(_inflate(raw[at:at + size]).decode("utf-8"))
    at += size
    sketches: list[list[int]] = []
    while at < len(raw):
        n, at = _read_varint(raw, at)
        width = raw[at]
        end = at + 1 + (width * n + 7) // 8
        bits, mask = int.from_bytes(raw[at + 1:end], "little"), (1 << width) - 1
        sketches.append(list(accumulate((bits >> (i * width)) & mask for i in range(n))))
        at = end
    return _drop(shell, iter(sketches))


def _drop(v: Any, sketches: Iterator[list[int]]) -> Any:
    if isinstance(v, dict):
        return {k: _drop(x, sketches) for k, x in v.items()}
    if isinstance(v, list):
        return [_drop(x, sketches) for x in v]
    if v == MARKER:
        return next(sketches)
    return v


def pack_text(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def _inflate(raw: bytes) -> bytes:
    if raw[1] & 0x20:  # FDICT: a preset dictionary, named by its Adler-32
        zdict = dictionaries().get(int.from_bytes(raw[2:6], "big"))
        if zdict is None:
            raise zlib.error("compressed with a dictionary this rasd does not ship")
        d = zlib.decompressobj(zdict=zdict)
        return d.decompress(raw) + d.flush()
    return zlib.decompress(raw)


def unpack_text(value: Any) -> str:
    """Text from a compressed blob, or as written before (text, or its UTF-8 bytes after
    PostgreSQL turned the column into bytes)."""
    if isinstance(value, str):
        return value
    raw = bytes(value)
    if raw[:1] == b"\x78":
        try:
            return _inflate(raw).decode("utf-8")
        except zlib.error:
            pass
    return raw.decode("utf-8")


def packed(value: Any) -> bool:
    """Written compressed (zlib's header, or the sketches' or entity rows' first byte),
    not as plain text or JSON."""
    return isinstance(value, bytes | bytearray | memoryview) and \
        bytes(value[:1]) in (b"\x78", SKETCHED, ROWS)


def compact(doc: dict[str, Any]) -> dict[str, Any]:
    """The contract JSON without its text and without the text of each span."""
    out = {k: _drop_texts(v) for k, v in doc.items() if k != "text"}
    return out


def expand(doc: dict[str, Any], text: str) -> dict[str, Any]:
    """`compact` undone: the text and each span's text back, from the offsets."""
    # sentences are the one list of spans the contract gives without their text
    out = {k: v if k == "sentences" else _add_texts(v, text) for k, v in doc.items()}
    out["text"] = text
    return {k: out[k] for k in _ORDER if k in out} | {k: v for k, v in out.items()
                                                      if k not in _ORDER}


_ORDER = ("schema", "id", "meta", "text", "removed", "sentences", "entities", "quantities",
          "times", "claims", "events")


def _is_span(d: dict[str, Any]) -> bool:
    return isinstance(d.get("start"), int) and isinstance(d.get("end"), int)


def _drop_texts(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _drop_texts(x) for k, x in v.items() if not (k == "text" and _is_span(v))}
    if isinstance(v, list):
        return [_drop_texts(x) for x in v]
    return v


def _add_texts(v: Any, text: str) -> Any:
    if isinstance(v, dict):
        out = {}
        if _is_span(v):
            out["text"] = text[v["start"]:v["end"]]
        for k, x in v.items():
            out[k] = _add_texts(x, text)
        if "text" in out and _is_span(v):  # the contract puts text first
            return {"text": out.pop("text"), **out}
        return out
    if isinstance(v, list):
        return [_add_texts(x, text) for x in v]
    return v


# What the store adds to the contract's events and claims when it writes them (KB names
# and keys, places' points, the date it files an event under): the document's JSON holds
# them once, the API's event and claim views show them, `contract` takes them out again.
_ROLE_ADDED = ("key", "name", "name_en", "country", "lat", "lon")
_ROLES = ("actor", "recipient", "location")


def contract(doc: dict[str, Any]) -> dict[str, Any]:
    """The stored document JSON as the contract has it (without the store's additions)."""
    out = dict(doc)
    out["events"] = [_event_contract(v) for v in doc.get("events", [])]
    out["claims"] = [{**c, "speaker": {k: x for k, x in c["speaker"].items()
                                       if k not in ("name", "key")}}
                     for c in doc.get("claims", [])]
    return out


def _event_contract(v: dict[str, Any]) -> dict[str, Any]:
    out = {k: x for k, x in v.items() if k != "date"}
    for role in _ROLES:
        out[role] = [{k: x for k, x in r.items() if k not in _ROLE_ADDED} for r in v[role]]
    return out


def layer_item(doc: dict[str, Any], text: str, layer: str, item_id: str) -> dict[str, Any]:
    """One event or claim of a stored document JSON, with its spans' texts."""
    for x in doc.get(layer, []):
        if x["id"] == item_id:
            return _add_texts(x, text)
    raise KeyError(f"{layer} {item_id} not in its document")
