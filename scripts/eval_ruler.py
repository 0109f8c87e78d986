"""Precision of the KB ruler alone against ANERcorp spans: how many of its mentions fall
inside a gold entity, and which do not.

    .venv/bin/python scripts/eval_ruler.py [CONLL_FILE] [--show N]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rasd.document import Document
from rasd.entities.kb import get_kb
from rasd.entities.ruler import kb_mentions
from rasd.evaluate_ner import read_conll
from rasd.text import stage as segment

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "anercorp" / "dev.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("conll", nargs="?", default=str(DEV))
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    kb = get_kb()
    inside = outside = 0
    misses: Counter[tuple[str, str]] = Counter()
    for sent in read_conll(args.conll):
        words, tags = [r[0] for r in sent], [r[-1] for r in sent]
        text = " ".join(words)
        covered = [False] * len(text)
        pos = 0
        for w, t in zip(words, tags, strict=True):
            if t != "O":
                covered[pos:pos + len(w)] = [True] * len(w)
            pos += len(w) + 1
        for m in kb_mentions(segment.stage(Document(text=text)), kb):
            if covered[m.start]:
                inside += 1
            else:
                outside += 1
                misses[(text[m.start:m.end], m.type)] += 1
    total = inside + outside
    print(f"ruler mentions inside a gold entity: {inside}/{total} "
          f"({inside / max(total, 1):.3f})")
    for (surface, etype), n in misses.most_common(args.show):
        print(f"  {n:3d}  {etype}  {surface}")


if __name__ == "__main__":
    main()
