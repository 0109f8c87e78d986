"""Speed of the entity layer on one core: tokens per second.

    OMP_NUM_THREADS=1 .venv/bin/python bench/entities.py [CONLL_FILE] [--repeat N] [--long]

Prints tokens per CPU second (what one free core gives; the machine is shared)
and per wall second for three cases: the tagger alone over a CoNLL file's
sentences as `rasd eval ner` reads them (features, both CRF passes, the
network mixed with the second; word caches cold, then warm), and the whole
entities stage (segmenting excluded) over the same text joined into documents
of 30 sentences. `bench/link.py --with-tagger` adds the KB ruler and linking.
--long also times the entities stage and the KB ruler on one document of 100,000 and
one of 1,000,000 characters (the demo articles joined): linear passes take about ten
times longer on the second. RASD_NER_MODE=fast measures the fast tagger.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd.document import Document  # noqa: E402
from rasd.entities import features, recognize  # noqa: E402
from rasd.entities.tagger import CONLL_WINDOW, default_tagger  # noqa: E402
from rasd.evaluate_ner import read_conll  # noqa: E402
from rasd.text import stage as segment  # noqa: E402

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "anercorp" / "dev.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("conll", nargs="?", default=str(DEV))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--long", action="store_true", help="also one 100k- and one 1M-char document")
    args = ap.parse_args()
    sents = [[row[0] for row in s] for s in read_conll(args.conll)]
    n_tok = sum(len(s) for s in sents)
    tagger = default_tagger()
    for cache in ("cold", "warm"):
        if cache == "cold":
            features.word_features.cache_clear()
            features._context_keys.cache_clear()
            features._readings.cache_clear()
            features._core.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        reps = 1 if cache == "cold" else args.repeat
        for _ in range(reps):
            tagger.tag_document(sents, window=CONLL_WINDOW)
        report(f"tagger, CoNLL stream ({cache} cache)", n_tok * reps, t0, c0)
    # Whole stage: documents of 30 sentences each, tokens and sentences made first.
    docs = []
    for k in range(0, len(sents), 30):
        text = "\n".join(" ".join(s) for s in sents[k:k + 30])
        docs.append(segment.stage(Document(text=text)))
    n_doc_tok = sum(len(d.tokens) for d in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for d in docs:
            recognize.stage(d)
    report(f"entities stage ({len(docs)} documents of 30 sentences)", n_doc_tok * args.repeat,
           t0, c0)
    if args.long:
        long_documents()


def long_documents() -> None:
    from rasd.entities.kb import get_kb
    from rasd.entities.ruler import apply_ruler
    from rasd.readers.dispatch import read_path

    demo = Path(__file__).resolve().parent.parent / "demo-data" / "saudinewsnet" / "articles.jsonl"
    joined = "\n".join(r.text or "" for r in read_path(str(demo)) if hasattr(r, "text"))
    kb = get_kb()
    for size in (100_000, 1_000_000):
        text = (joined * (size // max(len(joined), 1) + 1))[:size]
        doc = segment.stage(Document(text=text))
        c0 = time.process_time()
        recognize.stage(doc)
        c1 = time.process_time()
        found = apply_ruler(doc, kb)
        c2 = time.process_time()
        print(f"one document of {size:,} characters ({len(doc.tokens):,} tokens): entities stage "
              f"{c1 - c0:.2f} s CPU, KB ruler {c2 - c1:.2f} s CPU ({len(found):,} entities)")


def report(what: str, n_tok: int, t0: float, c0: float) -> None:
    """Tokens per CPU second (robust on a shared machine) and per wall second."""
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{what}: {n_tok / cpu:,.0f} tokens per CPU second, {n_tok / wall:,.0f} tokens/s wall "
          f"({n_tok} tokens)")


if __name__ == "__main__":
    main()
