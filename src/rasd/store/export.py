"""Exports, streaming from the store: JSONL documents, CSV/Parquet event rows,
PLOVER-style JSON event records (one JSON object per line)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from rasd.store.blobs import unpack, unpack_text
from rasd.store.store import Filters, Store

FORMATS = ("jsonl", "csv", "parquet", "plover")

# One row per event mention; the same columns in CSV and Parquet. The event's place is its
# first geocoded location (else its first location), with the country and first-level
# administrative unit (governorate, province) it lies in, from the knowledge base.
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "string"), ("record_id", "string"), ("event_id", "string"),
    ("merged_id", "string"), ("type", "string"), ("quad", "string"), ("mode", "string"),
    ("status", "string"), ("date", "string"), ("trigger", "string"),
    ("actors", "string"), ("actor_ids", "string"),
    ("recipients", "string"), ("recipient_ids", "string"),
    ("locations", "string"), ("location_ids", "string"),
    ("place", "string"), ("place_en", "string"), ("place_id", "string"),
    ("country", "string"), ("country_ar", "string"), ("country_en", "string"),
    ("admin1", "string"), ("admin1_en", "string"),
    ("lat", "float"), ("lon", "float"),
    ("dead", "int"), ("injured", "int"), ("size", "int"),
    ("claim", "string"), ("sentence", "string"),
    ("source", "string"), ("url", "string"), ("title", "string"), ("published", "string"),
]

# Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _names(roles: list[dict[str, Any]]) -> str:
    return "; ".join(r.get("name") or r["text"] for r in roles)


def _keys(roles: list[dict[str, Any]]) -> str:
    return "; ".join(r["key"] for r in roles)


class Places:
    """Country and first-level unit of a knowledge-base place, by walking its `affiliation`
    chain (subdistrict → district → governorate → country); cached per id."""

    ADMIN1_KINDS = frozenset({"governorate", "province", "state"})

    def __init__(self) -> None:
        from rasd.entities.kb import get_kb

        self.kb = get_kb()
        self._admin1: dict[str, Any] = {}

    def country(self, code: str | None) -> Any:
        return self.kb.get(f"country-{code}") if code else None

    def admin1(self, place_id: str) -> Any:
        if place_id not in self._admin1:
            entry, seen, found = self.kb.get(place_id), set(), None
            while entry is not None and entry.id not in seen:
                seen.add(entry.id)
                if entry.kind in self.ADMIN1_KINDS:
                    found = entry
                    break
                entry = self.kb.get(entry.affiliation) if entry.affiliation else None
            self._admin1[place_id] = found
        return self._admin1[place_id]


def main_place(e: dict[str, Any]) -> dict[str, Any] | None:
    """The event's first geocoded location, else its first location."""
    locs = e["location"]
    return next((r for r in locs if r.get("lat") is not None), locs[0] if locs else None)


def event_row(e: dict[str, Any], sentence: str | None = None, record_id: str | None = None,
              places: Places | None = None) -> dict[str, Any]:
    """One CSV/Parquet row. `sentence`: the text of the event's sentence; `places` adds the
    country and admin1 names (without it, only the codes the event carries)."""
    place = main_place(e)
    key = place["key"] if place else None
    linked = key is not None and not key.startswith("~")
    code = place.get("country") if place else None
    country = places.country(code) if places and code else None
    admin1 = places.admin1(key) if places and linked else None
    return {
        "doc_id": e["doc_id"], "record_id": record_id, "event_id": e["id"],
        "merged_id": e["merged_id"], "type": e["type"], "quad": e["quad"],
        "mode": "; ".join(e["mode"]), "status": e["status"], "date": e["date"],
        "trigger": e["trigger"]["text"],
        "actors": _names(e["actor"]), "actor_ids": _keys(e["actor"]),
        "recipients": _names(e["recipient"]), "recipient_ids": _keys(e["recipient"]),
        "locations": _names(e["location"]), "location_ids": _keys(e["location"]),
        "place": (place.get("name") or place["text"]) if place else None,
        "place_en": place.get("name_en") if place else None,
        "place_id": key if linked else None,
        "country": code, "country_ar": country.names_ar[0] if country else None,
        "country_en": country.name_en if country else None,
        "admin1": admin1.names_ar[0] if admin1 else None,
        "admin1_en": admin1.name_en if admin1 else None,
        "lat": e["lat"], "lon": e["lon"], "dead": e["dead"], "injured": e["injured"],
        "size": e["size"], "claim": e["claim"], "sentence": sentence,
        "source": e["source"], "url": e.get("url"), "title": e["title"],
        "published": e.get("published"),
    }


def neutralise(row: dict[str, Any]) -> dict[str, Any]:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP);
    numbers (a negative longitude) stay numbers."""
    return {k: "'" + v if isinstance(v, str) and v.startswith(FORMULA_START) else v
            for k, v in row.items()}


class _Documents:
    """The sentence texts and record id of the document being exported (events come in
    document order, so one document is read once)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.doc_id: str | None = None
        self.text = ""
        self.sentences: list[dict[str, int]] = []
        self.record_id: str | None = None

    def load(self, doc_id: str) -> None:
        if doc_id == self.doc_id:
            return
        row = self.store.db.one("SELECT text, data FROM documents WHERE id = ?", (doc_id,))
        data = unpack(row["data"]) if row else {}  # kept compressed (store/blobs.py)
        self.doc_id, self.text = doc_id, unpack_text(row["text"]) if row else ""
        self.sentences = data.get("sentences", [])
        self.record_id = (data.get("meta") or {}).get("record_id") or self.store.db.scalar(
            "SELECT MIN(record_id) FROM copies WHERE doc_id = ?", (doc_id,))

    def sentence(self, index: int | None) -> str | None:
        if index is None or not 0 <= index < len(self.sentences):
            return None
        s = self.sentences[index]
        return " ".join(self.text[s["start"]:s["end"]].split())


def event_rows(store: Store, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """Every (filtered) event as a CSV/Parquet row, with its sentence, place and record id."""
    docs = _Documents(store)
    places = Places()
    for e in store.iter_events(filters):
        docs.load(e["doc_id"])
        yield event_row(e, docs.sentence(e.get("sentence")), docs.record_id, places)


def _party(roles: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not roles:
        return None
    first = roles[0]
    return {"name": first.get("name_en") or first.get("name") or first["text"],
            "name_ar": first.get("name") or first["text"], "text": first["text"],
            "kb_id": None if first["key"].startswith("~") else first["key"],
            "country": first.get("country"),
            "others": [r.get("name") or r["text"] for r in roles[1:]]}


def plover_record(e: dict[str, Any], record_id: str | None = None) -> dict[str, Any]:
    """A PLOVER/POLECAT-style event record (field names after the PLOVER JSON spec)."""
    loc = e["location"][0] if e["location"] else None
    return {
        "event_id": e["key"],
        "event_date": e["date"],
        "event_type": e["type"],
        "mode": e["mode"][0] if e["mode"] else "",
        "modes": e["mode"],
        "contexts": [],  # rasd does not code PLOVER contexts yet
        "quad_code": e["quad"],
        "status": e["status"],
        "actor": _party(e["actor"]),
        "recipient": _party(e["recipient"]),
        "location": None if loc is None else {
            "placename": loc.get("name_en") or loc.get("name") or loc["text"],
            "placename_ar": loc.get("name") or loc["text"], "text": loc["text"],
            "kb_id": None if loc["key"].startswith("~") else loc["key"],
            "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon")},
        "dead": e["dead"], "injured": e["injured"], "size": e["size"],
        "trigger": e["trigger"]["text"],
        "story_id": e["doc_id"],
        "record_id": record_id,
        "merged_event_id": e["merged_id"],
        "source": e["source"],
        "url": e.get("url"),
        "headline": e["title"],
        "publication_date": e.get("published"),
        "language": "ar",
        "coder": "rasd",
    }


def export(store: Store, fmt: str, out: IO[str] | IO[bytes],
           filters: Filters | None = None) -> int:
    """Write the store (filtered) in `fmt` to `out`; return the number of records."""
    if fmt == "jsonl":
        return _lines(out, store.iter_documents(filters))  # type: ignore[arg-type]
    if fmt == "plover":
        return _lines(out, _plover_records(store, filters))  # type: ignore[arg-type]
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[c for c, _ in EVENT_COLUMNS])  # type: ignore[arg-type]
        writer.writeheader()
        n = 0
        for row in event_rows(store, filters):
            writer.writerow(neutralise(row))
            n += 1
        return n
    if fmt == "parquet":
        return _parquet(out, event_rows(store, filters))  # type: ignore[arg-type]
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


def _plover_records(store: Store, filters: Filters | None) -> Iterator[dict[str, Any]]:
    docs = _Documents(store)
    for e in store.iter_events(filters):
        docs.load(e["doc_id"])
        yield plover_record(e, docs.record_id)


def _lines(out: IO[str], items: Iterator[dict[str, Any]]) -> int:
    n = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n


def _parquet(out: IO[bytes], rows: Iterator[dict[str, Any]], chunk: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "float": pa.float64(), "int": pa.int64()}
    schema = pa.schema([(c, types[t]) for c, t in EVENT_COLUMNS])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        buf: list[dict[str, Any]] = []
        for row in rows:
            buf.append(row)
            if len(buf) >= chunk:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf.clear()
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n
