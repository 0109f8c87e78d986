"""Exports, streaming from the store: JSONL documents, CSV/Parquet event rows,
PLOVER-style JSON event records (one JSON object per line)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from rasd.store.store import Filters, Store

FORMATS = ("jsonl", "csv", "parquet", "plover")

# One row per event mention; the same columns in CSV and Parquet.
EVENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "string"), ("event_id", "string"), ("merged_id", "string"),
    ("type", "string"), ("quad", "string"), ("mode", "string"), ("status", "string"),
    ("date", "string"), ("trigger", "string"),
    ("actors", "string"), ("actor_ids", "string"),
    ("recipients", "string"), ("recipient_ids", "string"),
    ("locations", "string"), ("location_ids", "string"),
    ("lat", "float"), ("lon", "float"),
    ("dead", "int"), ("injured", "int"), ("size", "int"),
    ("claim", "string"), ("sentence", "int"),
    ("source", "string"), ("url", "string"), ("title", "string"), ("published", "string"),
]


def _names(roles: list[dict[str, Any]]) -> str:
    return "; ".join(r.get("name") or r["text"] for r in roles)


def _keys(roles: list[dict[str, Any]]) -> str:
    return "; ".join(r["key"] for r in roles)


def event_row(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": e["doc_id"], "event_id": e["id"], "merged_id": e["merged_id"],
        "type": e["type"], "quad": e["quad"], "mode": "; ".join(e["mode"]),
        "status": e["status"], "date": e["date"], "trigger": e["trigger"]["text"],
        "actors": _names(e["actor"]), "actor_ids": _keys(e["actor"]),
        "recipients": _names(e["recipient"]), "recipient_ids": _keys(e["recipient"]),
        "locations": _names(e["location"]), "location_ids": _keys(e["location"]),
        "lat": e["lat"], "lon": e["lon"], "dead": e["dead"], "injured": e["injured"],
        "size": e["size"], "claim": e["claim"], "sentence": e["sentence"],
        "source": e["source"], "url": e.get("url"), "title": e["title"],
        "published": e.get("published"),
    }


def _party(roles: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not roles:
        return None
    first = roles[0]
    return {"name": first.get("name_en") or first.get("name") or first["text"],
            "name_ar": first.get("name") or first["text"], "text": first["text"],
            "kb_id": None if first["key"].startswith("~") else first["key"],
            "country": first.get("country"),
            "others": [r.get("name") or r["text"] for r in roles[1:]]}


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
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
        return _lines(out, (plover_record(e) for e in store.iter_events(filters)))  # type: ignore[arg-type]
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=[c for c, _ in EVENT_COLUMNS])  # type: ignore[arg-type]
        writer.writeheader()
        n = 0
        for e in store.iter_events(filters):
            writer.writerow(event_row(e))
            n += 1
        return n
    if fmt == "parquet":
        return _parquet(out, (event_row(e) for e in store.iter_events(filters)))  # type: ignore[arg-type]
    raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")


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
