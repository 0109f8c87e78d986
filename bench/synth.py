"""A synthetic corpus made from real articles, with controlled duplicates.

Shared by bench/ingest.py and bench/dedup.py. Every synthetic article is a
fresh mix of 8-14 real sentences from the SaudiNewsNet demo articles (about
5,600 distinct sentences, so two originals practically never overlap much);
a chosen share is then repeated as exact copies (another outlet, same text)
and as lightly edited copies (a wire byline, a few words replaced, the last
sentence dropped). Each item names the article it copies, so grouping can be
scored.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "demo-data" / "saudinewsnet" / "articles.jsonl"
OUTLETS = ["aawsat", "alriyadh", "okaz", "almadina", "alyaum", "alwatan", "sabq", "aljazirah"]


@dataclass(slots=True)
class Item:
    text: str
    source: str
    published: str
    article: int  # index of the original synthetic article
    kind: str  # original | exact | edited


def sentences() -> list[str]:
    """Distinct real sentences of six words or more."""
    out: dict[str, None] = {}
    with DEMO.open(encoding="utf-8") as fh:
        for line in fh:
            for s in re.split(r"(?<=[.!؟])\s+|\n+", json.loads(line)["content"]):
                s = s.strip()
                if len(s.split()) >= 6:
                    out[s] = None
    return list(out)


def article(rng: random.Random, sents: list[str]) -> str:
    picked = rng.sample(sents, rng.randint(8, 14))
    paras = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
    return "\n".join(paras)


def edit(text: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(max(2, len(words) // 100)):
        words[rng.randrange(len(words))] = rng.choice(["أمس", "الجمعة", "قوات", "مصادر"])
    body = " ".join(words)
    cut = body.rfind(".", 0, len(body) - 1)
    return "(أ ف ب) - " + (body[: cut + 1] if cut > len(body) // 2 else body)


def corpus(n: int, exact: float = 0.1, edited: float = 0.1, seed: int = 1,
           sents: list[str] | None = None) -> Iterator[Item]:
    """`n` items: originals, then copies interleaved (share `exact` and `edited` of n)."""
    rng = random.Random(seed)
    sents = sents or sentences()
    n_copies = int(n * exact) + int(n * edited)
    n_orig = n - n_copies
    originals: list[str] = []
    kinds = ["exact"] * int(n * exact) + ["edited"] * int(n * edited)
    rng.shuffle(kinds)
    copy_every = max(1, n_orig // max(1, len(kinds))) if kinds else 0
    for i in range(n_orig):
        text = article(rng, sents)
        originals.append(text)
        day = f"2015-07-{1 + i % 28:02d}"
        yield Item(text, rng.choice(OUTLETS), day, i, "original")
        if kinds and i % copy_every == copy_every - 1:
            kind = kinds.pop()
            j = rng.randrange(len(originals))
            src = originals[j]
            yield Item(src if kind == "exact" else edit(src, rng), f"wire-{rng.randrange(50)}",
                       day, j, kind)
    while kinds:  # any rounding leftovers
        kind = kinds.pop()
        j = rng.randrange(len(originals))
        yield Item(originals[j] if kind == "exact" else edit(originals[j], rng), "wire-x",
                   "2015-07-28", j, kind)


def write_jsonl(path: Path, items: Iterator[Item]) -> list[Item]:
    kept = []
    with path.open("w", encoding="utf-8") as fh:
        for k, it in enumerate(items):
            fh.write(json.dumps({"id": f"s{k}", "source": it.source, "published": it.published,
                                 "text": it.text}, ensure_ascii=False) + "\n")
            kept.append(it)
    return kept
