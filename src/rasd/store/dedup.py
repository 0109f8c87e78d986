"""Near-duplicate detection: MinHash signatures and LSH band hashes.

A document's signature is a datasketch MinHash over its normalized word
3-shingles. LSH splits it into `BANDS` bands of `ROWS` values; two documents
sharing any band hash are candidates, and a candidate whose estimated Jaccard
similarity reaches `THRESHOLD` is a near-duplicate. The store keeps the band
hashes in an indexed table, so finding a new document's group is a handful of
index lookups whatever the corpus size: time grows linearly with the corpus.
"""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from rasd.once import once
from rasd.store.fts import words

NUM_PERM = 128
SHINGLE = 3
# Syndicated copies with a changed byline or a few edited words stay above 0.7;
# distinct articles on the same story share far fewer 3-word shingles.
THRESHOLD = 0.7
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)


@once
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    ws = words(text)
    if len(ws) <= k:
        return {" ".join(ws).encode("utf-8")} if ws else set()
    return {" ".join(ws[i : i + k]).encode("utf-8") for i in range(len(ws) - k + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of a text as bytes (NUM_PERM uint32 values, affine32 scheme)."""
    t = _template()
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=t.permutations, scheme="affine32")
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m.hashvalues.astype(np.uint32).tobytes()


def band_hashes(sig: bytes) -> list[int]:
    """One signed 64-bit hash per LSH band (fits SQLite INTEGER and PG BIGINT)."""
    values = np.frombuffer(sig, dtype=np.uint32)
    if values.min() == values.max():  # no shingles: an empty text matches nothing
        return []
    out = []
    for b in range(BANDS):
        chunk = values[b * ROWS : (b + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"rasd-lsh").digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    va, vb = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    return float(np.count_nonzero(va == vb)) / len(va)
