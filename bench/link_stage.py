"""CPU time of the link stage alone over the corpus of bench/extract.py.

    .venv/bin/python bench/link_stage.py [--passes N]
    ROUNDS=3 bench/ab.sh REV bench/link_stage.py      # against another revision's src/

The documents are made, segmented and tagged (entities stage, batches of 64) first, not
timed, and kept pickled; then the link stage runs over fresh copies of them N times
(default 5): the first pass fills the link caches (as the start of a run does), the
others read them. Each pass is printed in CPU ms a document (`time.thread_time`).
"""

from __future__ import annotations

import argparse
import os
import pickle
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

from extract import corpus  # noqa: E402
from rasd.entities import link, recognize  # noqa: E402
from rasd.ingest import warm  # noqa: E402
from rasd.pipeline import STAGES, Pipeline, make_document  # noqa: E402

BATCH = 64


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    warm(Pipeline())
    docs = [STAGES["segment"](make_document(r, "2016-12-15")) for r in corpus()]
    for i in range(0, len(docs), BATCH):
        recognize.stage_many(docs[i : i + BATCH])
    blob = pickle.dumps(docs)
    times = []
    for _ in range(args.passes):
        fresh = pickle.loads(blob)
        t0 = time.thread_time()
        for d in fresh:
            link.stage(d)
        times.append((time.thread_time() - t0) * 1000 / len(fresh))
    print(f"link stage, {len(docs)} documents, CPU ms a document: first pass {times[0]:.2f}, "
          f"then {' '.join(f'{t:.2f}' for t in times[1:])} (best {min(times[1:]):.2f})")


if __name__ == "__main__":
    main()
