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
from functools import lru_cache
from importlib import resources
from typing import Any

LEVEL = 6  # the blobs are small: level 6 costs microseconds more than 1, saves 10-30%
DICTIONARY = "blobs-2836a880.zdict"  # what new blobs are compressed with (see below)


@lru_cache(maxsize=1)
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


def unpack(value: Any) -> Any:
    """JSON from a compressed blob, or from plain JSON (stores written before)."""
    return json.loads(unpack_text(value))


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
    if packed(raw):
        try:
            return _inflate(raw).decode("utf-8")
        except zlib.error:
            pass
    return raw.decode("utf-8")


def packed(value: Any) -> bool:
    """Written compressed (zlib's header), not as plain text or JSON."""
    return isinstance(value, bytes | bytearray | memoryview) and bytes(value[:1]) == b"\x78"


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
