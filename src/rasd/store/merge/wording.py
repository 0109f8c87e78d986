"""The same words: bottom-k sketches of the words around a trigger and of a sentence's letters."""

from __future__ import annotations

import hashlib
import zlib

# --- the same words -----------------------------------------------------------------------------

WORDING_SIZE = 8  # bottom-k sketch of the word pairs around the trigger
WORDING_MIN = 6  # word pairs that can identify a story (a short sentence has fewer than 8)
WORDING_KEYS = 4  # a core is filed under its members' smallest hashes
WORDING_MEMBERS = 12  # the core keeps the sketches of its first members


PHRASING_SIZE = 24  # bottom-k sketch of the letter 4-grams of the event's sentence
PHRASING_GRAM = 4


def sketch(words: list[str]) -> list[int]:
    """Bottom-k sketch (the WORDING_SIZE smallest 32-bit hashes) of consecutive word pairs."""
    return _bottom({f"{a} {b}" for a, b in zip(words, words[1:], strict=False)},
                   WORDING_SIZE)


def phrasing(words: list[str]) -> list[int]:
    """Bottom-k sketch (PHRASING_SIZE hashes) of the letter 4-grams of a sentence's
    normalized words: agency copy retold by another outlet keeps most of them through
    spelling variants (كيمياوية، كيميائية) and clitics that split word pairs."""
    # CRC-32 of each 4-gram's UTF-16 bytes (two a letter: slices of one encoding), mixed by
    # a multiplicative constant: a sentence has a few hundred 4-grams, and blake2b on each
    # cost a millisecond a document
    data = " ".join(words).encode("utf-16-le")
    width = 2 * PHRASING_GRAM
    hashes = {(zlib.crc32(data[i:i + width]) * 0x9E3779B1) & 0xFFFFFFFF
              for i in range(0, len(data) - width + 1, 2)}
    return sorted(hashes)[:PHRASING_SIZE]


def _bottom(items: set[str], k: int) -> list[int]:
    hashes = sorted(int.from_bytes(hashlib.blake2b(p.encode("utf-8"), digest_size=4).digest(),
                                   "big") for p in items)
    return hashes[:k]


def resemblance(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two sets behind two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:max(len(a), len(b))]
    both = set(a) & set(b)
    return sum(h in both for h in union) / len(union)
