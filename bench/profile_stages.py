"""Where the pipeline's time goes, stage by stage (cProfile).

    .venv/bin/python bench/profile_stages.py [--docs 472] [--top 25] [--stage events ...]

Runs the corpus of bench/extract.py (the seed and the demo articles) through
make_document and every stage, with one cProfile profiler per stage switched
on only while that stage runs, and prints each stage's top functions by own
time and by cumulative time. The profiles are written to bench/out/profile-*.prof
(git-ignored) for snakeviz or pstats. RASD_NER_MODE picks the tagger as usual.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time
from itertools import cycle, islice
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from extract import corpus  # noqa: E402
from rasd.pipeline import STAGES, make_document  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=472)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--stage", action="append", help="only these stages (default: all)")
    args = ap.parse_args()
    base = corpus()
    chosen = args.stage or ["clean+meta", *STAGES, "to_json"]
    # CPU time, not wall time: other work shares the machine
    profs = {name: cProfile.Profile(time.thread_time) for name in chosen}
    # one warm-up document: lazy resources load outside the profiles
    doc = make_document(base[0], "2016-12-15")
    for stage in STAGES.values():
        doc = stage(doc)
    for rec in islice(cycle(base), args.docs):
        p = profs.get("clean+meta")
        if p:
            p.enable()
        doc = make_document(rec, "2016-12-15")
        if p:
            p.disable()
        for name, stage in STAGES.items():
            p = profs.get(name)
            if p:
                p.enable()
            doc = stage(doc)
            if p:
                p.disable()
        p = profs.get("to_json")
        if p:
            p.enable()
        doc.to_json()
        if p:
            p.disable()
    OUT.mkdir(exist_ok=True)
    mode = os.environ.get("RASD_NER_MODE", "accurate")
    for name, prof in profs.items():
        path = OUT / f"profile-{mode}-{name.replace('+', '-')}.prof"
        prof.dump_stats(path)
        st = pstats.Stats(prof)
        total = st.total_tt  # type: ignore[attr-defined]
        print(f"\n=== {name}: {total / args.docs * 1000:.2f} CPU ms/document under cProfile "
              f"({path.name})")
        for key in ("tottime", "cumulative"):
            print(f"--- by {key}")
            st.sort_stats(key).print_stats(args.top)


if __name__ == "__main__":
    main()
