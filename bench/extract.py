"""Speed and memory of the whole extract pipeline on one core: documents per second.

    .venv/bin/python bench/extract.py [--docs 1000] [--batch 64] [--tracemalloc]

The corpus is the seed article plus demo-data/saudinewsnet/articles.jsonl, read
by the real readers and repeated in order up to --docs documents. Each document
goes through make_document (cleaning, language) and every entry of
pipeline.STAGES, timed one by one, then to_json, as `rasd extract` does: --batch
documents at a time, each stage over the whole batch (`Pipeline.pipe`), or with
--batch 0 each document through every stage alone. The
resources are loaded first, as `rasd extract` loads them (`rasd.ingest.warm`:
models, lexicons; and the language identifier, which a text in Latin letters
loads), and that time is printed apart; so is the first document's.
Peak memory is the process's maximum resident size (getrusage); --tracemalloc
also reports the Python heap's peak, at some cost in speed.

The floor, measured in the same run on the same texts, is the least any
pipeline does: split the text into words and marks with one regular
expression, give each its matching form (rasd's `normalize`; offsets stay in
the original text, so tokens are normalized one by one), and split sentences
with another expression, in plain Python. The pipeline's documents per CPU
second are printed as a share of the floor's (issue 16: at least 1/30, goal
1/15).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from itertools import cycle, islice
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from rasd import pipeline  # noqa: E402
from rasd.ingest import warm  # noqa: E402
from rasd.pipeline import STAGES, Pipeline, make_document  # noqa: E402
from rasd.readers.dispatch import read_path  # noqa: E402
from rasd.readers.record import Record  # noqa: E402
from rasd.text.language import guess_language  # noqa: E402
from rasd.text.normalize import normalize  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# (a revision before Pipeline.pipe, run by bench/ab.sh, has no batches: one by one there)
BATCH_SIZE = getattr(pipeline, "BATCH_SIZE", 0)
SEED = REPO.parent / "shared" / "examples" / "aleppo-evacuation-talks.raw.txt"
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"


def corpus() -> list[Record]:
    recs: list[Record] = []
    for path in (SEED, DEMO):
        if path.exists():
            recs += [r for r in read_path(str(path)) if isinstance(r, Record)]
    if not recs:
        sys.exit("bench: no example articles found (seed or demo-data)")
    return recs


_FLOOR_TOKEN = re.compile(r"\w+|[^\w\s]")
_FLOOR_SENTENCE = re.compile(r"(?<=[.!?؟])\s+|\n+")


def floor_docs_per_cpu_second(texts: list[str], seconds: float = 2.0) -> float:
    """Documents per CPU second of the floor (see module doc) over `texts`, in order."""
    done = 0
    c0 = time.process_time()
    while time.process_time() - c0 < seconds:
        for text in texts:
            [normalize(t) for t in _FLOOR_TOKEN.findall(text)]
            _FLOOR_SENTENCE.split(text)
        done += len(texts)
    return done / (time.process_time() - c0)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--batch", type=int, default=BATCH_SIZE,
                    help=f"documents a batch, as Pipeline.pipe and rasd extract run them "
                         f"(default {BATCH_SIZE}; 0: one by one, each through every stage)")
    args = ap.parse_args()
    if not BATCH_SIZE:
        args.batch = 0
    base = corpus()
    chars = 0
    times: dict[str, float] = defaultdict(float)
    failed: dict[str, int] = defaultdict(int)
    rss_start = rss_mb()
    if args.tracemalloc:
        tracemalloc.start()

    clock = time.thread_time  # CPU time: robust when other work shares the machine

    def one(rec: Record) -> None:
        nonlocal chars
        t = clock()
        doc = make_document(rec, "2016-12-15")
        times["clean+meta"] += clock() - t
        chars += len(doc.text)
        for name, stage in STAGES.items():
            t = clock()
            try:
                doc = stage(doc)
            except Exception:  # a stage under construction must not stop the benchmark
                failed[name] += 1
            times[name] += clock() - t
        t = clock()
        doc.to_json()
        times["to_json"] += clock() - t

    def many(recs: list[Record]) -> None:
        """`one` for a batch, as `Pipeline.pipe` runs it: each stage over all of them."""
        nonlocal chars
        t = clock()
        docs = [make_document(rec, "2016-12-15") for rec in recs]
        times["clean+meta"] += clock() - t
        chars += sum(len(doc.text) for doc in docs)
        for name, stage in STAGES.items():
            t = clock()
            try:
                docs = stage.many(docs)
            except Exception:
                failed[name] += len(docs)
            times[name] += clock() - t
        t = clock()
        for doc in docs:
            doc.to_json()
        times["to_json"] += clock() - t

    t0, c0 = time.perf_counter(), time.process_time()
    # the language identifier loads on the first text not plainly Arabic (about 0.5 s):
    # a resource like the models, loaded here rather than inside the timed documents
    guess_language("A text in Latin letters loads the language identifier.")
    warm(Pipeline())  # as `rasd extract` and the ingest workers load the models
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    one(base[0])
    first = time.perf_counter() - t0
    times.clear()
    chars = 0
    rss_warm = rss_mb()
    n = args.docs - 1
    t0, c0 = time.perf_counter(), time.process_time()
    if args.batch:
        rest = iter(islice(cycle(base), 1, 1 + n))
        while recs := list(islice(rest, args.batch)):
            many(recs)
    else:
        for rec in islice(cycle(base), 1, 1 + n):
            one(rec)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    heap = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None

    print(f"corpus: {len(base)} distinct articles repeated to {args.docs} documents "
          f"({chars / max(n, 1):,.0f} characters each on average after cleaning); "
          + (f"batches of {args.batch}" if args.batch else "one by one"))
    print(f"model load (rasd.ingest.warm, as rasd extract does): {load:.2f} s "
          f"({load_cpu:.2f} s CPU); first document after it: {first:.2f} s")
    print(f"throughput: {n / wall:.1f} documents/s on one core "
          f"({n} documents in {wall:.1f} s, {wall / n * 1000:.1f} ms each); "
          f"{n / cpu:.1f} documents per CPU second ({cpu:.1f} s CPU: the figure to compare "
          f"when other work shares the machine)")
    texts = [r.text or "" for r in islice(cycle(base), 1, 1 + n)]
    floor = floor_docs_per_cpu_second(texts)
    print(f"floor (normalize + tokenize + split sentences, plain Python): {floor:,.0f} documents "
          f"per CPU second; the pipeline runs at 1/{floor / (n / cpu):.1f} of it "
          f"(issue 16: at least 1/30, goal 1/15)")
    print(f"peak memory: {rss_mb():.0f} MB max RSS (start {rss_start:.0f} MB, "
          f"after first document {rss_warm:.0f} MB)"
          + (f"; Python heap peak {heap:.0f} MB (tracemalloc)" if heap is not None else ""))
    total = sum(times.values())
    print("per stage (CPU ms/document, share of time):")
    for name, secs in times.items():
        note = f"  [{failed[name]} failures]" if failed.get(name) else ""
        print(f"  {name:12s} {secs / n * 1000:8.2f} ms  {secs / total * 100:5.1f}%{note}")


if __name__ == "__main__":
    main()
