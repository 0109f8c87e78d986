"""Build the preset dictionary the store compresses its JSON with (src/rasd/data/store/).

Each event's merge features, each merged event's core and state are a few hundred bytes
of JSON: zlib alone finds little to repeat in them. A preset dictionary of JSON like
them (keys, KB ids and names, dates, numbers) halves them. It is taken from a store holding
the demo corpus, every string with Arabic letters that is not a name of the knowledge base,
every url, record id and title emptied (no corpus text is shipped):

    .venv/bin/python -m rasd.demo --no-serve --db sqlite:///demo.db
    .venv/bin/python scripts/build_blob_dictionary.py --db sqlite:///demo.db

Merge features and cores are compressed with their sketches apart (`blobs.pack_sketches`):
the dictionary holds them as compressed, a marker where each sketch was (since schema 12).

Reproducible: the same store gives the same bytes. A stored blob names its dictionary
(zlib's DICTID, the dictionary's Adler-32): never edit a shipped dictionary, add one.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasd.store import Store  # noqa: E402
from rasd.store.blobs import shell, unpack  # noqa: E402

OUT = REPO / "src" / "rasd" / "data" / "store"
ARABIC = re.compile(r"[\u0600-\u06FF]")
PRIVATE = {"url", "record_id", "title"}  # the corpus's own, emptied too
SHARE = 8000  # bytes of samples of each kind; zlib reads the last 32 KiB
KINDS = [  # rarest first: zlib finds matches nearer the end more cheaply
    ("names", "SELECT names FROM merged_events ORDER BY id"),
    ("documents", "SELECT data FROM documents ORDER BY num"),
    ("states", "SELECT state FROM merged_events ORDER BY id"),
    ("cores", "SELECT core FROM merged_events ORDER BY id"),
    ("features", "SELECT features FROM events ORDER BY doc_id, event_id"),
]


def kb_names() -> frozenset[str]:
    """The knowledge base's Arabic names (shipped with rasd already): kept, the blobs name
    them (the units an actor belongs to, a merged event's places)."""
    from rasd.entities.kb import get_kb

    return frozenset(n for e in get_kb().entries.values() for n in e.names_ar)


def scrubbed(obj: object, keep: frozenset[str] = frozenset()) -> object:
    """`obj` with every Arabic string that is not a KB name in `keep` emptied."""
    if isinstance(obj, str):
        return "" if ARABIC.search(obj) and obj not in keep else obj
    if isinstance(obj, list):
        return [scrubbed(x, keep) for x in obj]
    if isinstance(obj, dict):
        return {k: "" if k in PRIVATE else scrubbed(v, keep) for k, v in obj.items()
                if not ARABIC.search(k) or k in keep}
    return obj


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store holding the demo corpus")
    args = ap.parse_args()
    rng, keep = random.Random(7), kb_names()
    parts = []
    with Store.open(args.db, readonly=True) as st:
        for _kind, sql in KINDS:
            blobs = [next(iter(r.values())) for r in st.db.query(sql)]
            rows = [json.dumps(scrubbed(shell(unpack(b)), keep), ensure_ascii=False,
                               separators=(",", ":")).encode("utf-8") for b in blobs if b]
            rng.shuffle(rows)
            share = b""
            for r in rows:
                if len(share) + len(r) <= SHARE:
                    share += r
            parts.append(share)
    data = b"".join(parts)[-32768:]
    path = OUT / f"blobs-{zlib.adler32(data):08x}.zdict"
    path.write_bytes(data)
    print(f"{path.relative_to(REPO)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
