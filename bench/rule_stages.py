"""The rule stages alone: quantities, times, claims, events and nominals, CPU ms a document.

    .venv/bin/python bench/rule_stages.py [--rounds 3]
    PYTHONPATH=OTHER/src .venv/bin/python bench/rule_stages.py   # another tree, same input

The seed and demo articles (bench/extract.py's corpus, each once) are made documents and
run through the stages before quantities (segment, entities, link) once, in batches of 64;
that input is kept in bench/out/rule-stages-input.pkl (delete it after a change to those
stages). Each round unpickles it fresh and runs the rule stages over it in batches of 64,
each stage timed with `time.thread_time`; the best round is printed, with a digest of the
documents' JSON (the same digest: the same output). Two trees run on one input compare
the rule stages without the entity stage's noise (alternate them: bench/ab.sh).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from extract import corpus  # noqa: E402
from rasd.ingest import warm  # noqa: E402
from rasd.pipeline import STAGES, Pipeline, make_document  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
INPUT = OUT / "rule-stages-input.pkl"
RULE_STAGES = ("quantities", "times", "claims", "events", "nominals")
BATCH = 64


def prepared() -> bytes:
    """The corpus run up to the rule stages, pickled (made once, then read)."""
    if not INPUT.exists():
        docs = [make_document(r, "2016-12-15") for r in corpus()]
        for k in range(0, len(docs), BATCH):
            batch = docs[k:k + BATCH]
            for name, stage in STAGES.items():
                if name in RULE_STAGES:
                    break
                batch = stage.many(batch)
        OUT.mkdir(exist_ok=True)
        INPUT.write_bytes(pickle.dumps(docs))
    return INPUT.read_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    warm(Pipeline())
    blob = prepared()
    best: dict[str, float] = {}
    digest = None
    for r in range(args.rounds):
        docs = pickle.loads(blob)
        spent = dict.fromkeys(RULE_STAGES, 0.0)
        for k in range(0, len(docs), BATCH):
            batch = docs[k:k + BATCH]
            for name in RULE_STAGES:
                t = time.thread_time()
                batch = STAGES[name].many(batch)
                spent[name] += time.thread_time() - t
        got = hashlib.sha1("".join(d.to_json() for d in docs).encode()).hexdigest()[:12]
        if digest not in (None, got):
            raise SystemExit(f"round {r}: output differs from the first round's")
        digest = got
        for name, secs in spent.items():
            best[name] = min(best.get(name, float("inf")), secs / len(docs) * 1000)
    print(f"{len(docs)} documents, best of {args.rounds} rounds, CPU ms a document: "
          + "  ".join(f"{n} {ms:.3f}" for n, ms in best.items()) + f"  (output {digest})")


if __name__ == "__main__":
    main()
