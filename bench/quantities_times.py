"""Speed of the quantities and times stages on one core: tokens per second.

    .venv/bin/python bench/quantities_times.py [JSONL] [--docs N] [--repeat N]

Segments the articles of a JSONL corpus (`content` or `text` field; default the
shared SaudiNewsNet Syria sample) once, then times each stage alone over the
segmented documents and prints tokens/s (wall clock and process CPU time: the
second is steadier on a shared machine) and CPU ms per document. The quantities
stage includes its own pass over time expressions (numbers inside dates are
left to times).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rasd import quantities, times
from rasd.document import Document, Meta
from rasd.text import stage as segment

CORPUS = (Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news"
          / "saudinewsnet-syria.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl", nargs="?", default=str(CORPUS))
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    docs = []
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec.get("content") or rec.get("text") or ""
            if text.strip():
                published = (rec.get("date_extracted") or rec.get("published") or "")[:10] or None
                docs.append(segment.stage(Document(text=text, meta=Meta(published=published))))
            if len(docs) >= args.docs:
                break
    n_tok = sum(len(d.tokens) for d in docs)
    quantities.lexicon()
    times.lexicon()
    print(f"{len(docs)} documents, {n_tok} tokens")
    for name, fn in (("quantities", quantities.find_quantities), ("times", times.find_times)):
        best = cpu = float("inf")
        found = 0
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            found = sum(len(fn(d)) for d in docs)
            best = min(best, time.perf_counter() - t0)
            cpu = min(cpu, time.process_time() - c0)
        print(f"{name:>10}: {n_tok / best:,.0f} tokens/s wall, {n_tok / cpu:,.0f} tokens/s CPU, "
              f"{1000 * cpu / len(docs):.2f} ms CPU/doc, {found} found")


if __name__ == "__main__":
    main()
