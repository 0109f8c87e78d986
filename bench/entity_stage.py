"""CPU time of the entity stage alone, in batches of 64, over the corpus of bench/extract.py.

    .venv/bin/python bench/entity_stage.py [--profile]
    RASD_PURE_PYTHON=1 .venv/bin/python bench/entity_stage.py   # without the compiled loops

The documents are made and segmented first (not timed); then `recognize.stage_many` runs
over all of them twice, 64 at a time: the first pass fills the taggers' word caches (as
the start of a long run does), the second reads them (as the rest of a run does). Each
pass is printed in CPU ms a document; --profile adds cProfile's top functions of a third
pass (compiled functions are charged to their callers).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

from extract import corpus  # noqa: E402
from rasd.entities import recognize  # noqa: E402
from rasd.entities.compiled import hot  # noqa: E402
from rasd.ingest import warm  # noqa: E402
from rasd.pipeline import STAGES, Pipeline, make_document  # noqa: E402

BATCH = 64


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    warm(Pipeline())
    docs = [STAGES["segment"](make_document(r, "2016-12-15")) for r in corpus()]

    def one_pass() -> float:
        t0 = time.process_time()
        for i in range(0, len(docs), BATCH):
            recognize.stage_many(docs[i : i + BATCH])
        return (time.process_time() - t0) * 1000 / len(docs)

    print(f"{len(docs)} documents, batches of {BATCH}, compiled loops: "
          f"{'yes' if hot() is not None else 'no'}")
    print(f"entity stage, word caches filling: {one_pass():.2f} CPU ms a document")
    print(f"entity stage, word caches warm:    {one_pass():.2f} CPU ms a document")
    if args.profile:
        prof = cProfile.Profile(time.process_time)
        prof.runcall(one_pass)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
