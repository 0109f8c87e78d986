"""Whether two SQLite stores hold the same merged events and aggregates.

Each table that merging and the kept aggregates write (merged events with their states
and cores unpacked, each event's merged event and evidence, the merge's lookup keys,
conflicts, every agg_* table, role names and forms), read as sorted JSON, one digest a
table; the first differing rows of a table that differs. Documents, events and roles
are compared by their keys and the columns the writer fills. Two stores written from
the same documents in the same order by two versions of the writer must give the same
digests when the change was output-preserving:

    .venv/bin/python bench/store_digest.py /tmp/x/before.db /tmp/x/after.db

Exit status 0 when every table matches, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.store.blobs import unpack  # noqa: E402
from rasd.store.merged import with_sketches  # noqa: E402

# table -> the columns compared (None: all), blobs unpacked where named
TABLES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "merged_events": (None, ("names", "core", "state")),
    "events": ("doc_id, event_id, type, status, date, merged_id, why, lat, lon, dead,"
               " injured, features", ("features", "why")),
    "event_roles": (None, ()),
    "documents": ("id, num, published, source, group_id, n_entities, n_claims, n_events",
                  ()),
    "copies": ("doc_id, origin, source, url, record_id, published, title", ()),
    "claims": ("doc_id, claim_id, speaker_key, speaker_name, source, published", ()),
    "claim_events": (None, ()),
    "merged_keys": (None, ()),
    "merge_families": (None, ()),
    "conflicts": (None, ()),
    "role_names": (None, ()),
    "role_forms": (None, ()),
    "lsh_bands": (None, ()),
}


def _value(v: Any, blob: bool) -> Any:
    if blob and v is not None:
        return unpack(v) if v else ""
    if isinstance(v, bytes):
        return hashlib.sha1(v).hexdigest()
    return v


def tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'agg_%'")]
    return sorted(TABLES) + sorted(names)


def rows(conn: sqlite3.Connection, table: str) -> list[str]:
    cols, blobs = TABLES.get(table, (None, ()))
    cur = conn.execute(f"SELECT {cols or '*'} FROM {table}")  # noqa: S608
    names = [d[0] for d in cur.description]
    out = []
    for r in cur:
        row = {n: _value(v, n in blobs) for n, v in zip(names, r, strict=True)}
        if row.get("state") and row.get("core"):  # (schema 20 stores its sketches once)
            row["state"] = with_sketches(row["state"], row["core"])
        out.append(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str))
    out.sort()
    return out


def main() -> int:
    a, b = (sqlite3.connect(f"file:{p}?mode=ro", uri=True) for p in sys.argv[1:3])
    same = True
    for table in tables(a):
        ra, rb = rows(a, table), rows(b, table)
        da = hashlib.sha1("\n".join(ra).encode()).hexdigest()[:16]
        db = hashlib.sha1("\n".join(rb).encode()).hexdigest()[:16]
        print(f"{table:20s} {len(ra):9,d} {len(rb):9,d}  {da} {db}"
              + ("" if da == db else "  DIFFERENT"))
        if da != db:
            same = False
            only_a, only_b = sorted(set(ra) - set(rb)), sorted(set(rb) - set(ra))
            for r in only_a[:3]:
                print("   <", r[:300])
            for r in only_b[:3]:
                print("   >", r[:300])
    print("identical" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
