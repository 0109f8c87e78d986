"""Speed of the KB layer on one core: KB load time and ruler + linking tokens per second.

    .venv/bin/python bench/link.py [--repeat N] [--with-tagger]

Runs the link stage (KB ruler + linker) over the 471 SaudiNewsNet Syria articles in
../shared/data/news (segmenting excluded); with --with-tagger the entities stage runs
first, so the figure is the whole entity layer (tagger + ruler + linking).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd.document import Document, Meta  # noqa: E402
from rasd.entities import link, recognize  # noqa: E402
from rasd.entities.kb import get_kb  # noqa: E402
from rasd.text import stage as segment  # noqa: E402

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet-syria.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--with-tagger", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    kb = get_kb()
    _ = kb.matcher
    print(f"KB load + matcher build: {time.perf_counter() - t0:.2f}s "
          f"({len(kb.entries)} entries, {len(kb.matcher)} phrases)")
    rows = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines()]
    docs = [segment.stage(Document(text=r["content"],
                                   meta=Meta(published=r["date_extracted"][:10])))
            for r in rows]
    n_tok = sum(len(d.tokens) for d in docs)
    if args.with_tagger:
        recognize.stage(docs[0])  # load the model outside the timing
    secs = cpu = 0.0
    for _ in range(args.repeat):
        fresh = [Document(text=d.text, meta=d.meta, sentences=d.sentences, tokens=d.tokens)
                 for d in docs]
        t0, c0 = time.perf_counter(), time.process_time()
        for d in fresh:
            if args.with_tagger:
                recognize.stage(d)
            link.stage(d)
        secs += time.perf_counter() - t0
        cpu += time.process_time() - c0
    what = "tagger + ruler + linking" if args.with_tagger else "ruler + linking"
    print(f"{what}: {n_tok * args.repeat / secs:,.0f} tokens/s wall, "
          f"{n_tok * args.repeat / cpu:,.0f} tokens per CPU second "
          f"({len(docs)} documents, {n_tok} tokens, x{args.repeat})")


if __name__ == "__main__":
    main()
