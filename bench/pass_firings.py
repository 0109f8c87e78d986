"""How often named frame passes of rasd.events.arguments give a recipient on a corpus, with
each firing written out for reading (recip19: counted_object, counted_before on the demo).

    .venv/bin/python bench/pass_firings.py demo-data/saudinewsnet/articles.jsonl \
        --passes counted_object counted_before [--sample 30 --seed 19]

A firing is a pass that set the recipient of an event that had none; it counts as kept
when the event comes out of rasd with a recipient that covers the phrase the pass gave.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import rasd.events.arguments as A
from rasd.pipeline import extract_text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="jsonl with content (and date_extracted)")
    ap.add_argument("--passes", nargs="+", required=True)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args(argv)
    fired: list[dict] = []
    current: dict = {}

    def watch(step):
        def run(f):
            before = list(f.recipient)
            step(f)
            if f.recipient != before and not before:
                v = f.v
                s0, s1 = v.toks[f.a].start, v.toks[f.b - 1].end
                fired.append({"pass": step.__name__, "doc": current["id"],
                              "trigger": v.text[v.toks[f.t0].start:v.toks[f.t1 - 1].end],
                              "given": [v.text[v.toks[r[0]].start:v.toks[r[1] - 1].end]
                                        for r in f.recipient],
                              "start": v.toks[f.t0].start, "sentence": v.text[s0:s1]})
        return run

    A.PASSES = tuple(watch(p) if p.__name__ in args.passes else p for p in A.PASSES)
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        current["id"] = rec.get("id", "")
        n0 = len(fired)
        doc = extract_text(rec["content"], published=(rec.get("date_extracted") or "")[:10]
                           or None)
        out = {e.trigger.start: [doc.span_text(r) for r in e.recipient] for e in doc.events}
        for x in fired[n0:]:
            got = out.get(x["start"], [])
            x["kept"] = any(g in r or r in g for g in x["given"] for r in got)
    for name in args.passes:
        mine = [x for x in fired if x["pass"] == name]
        kept = [x for x in mine if x["kept"]]
        print(f"{name}: fired {len(mine)}, kept in the output {len(kept)}")
        rnd = random.Random(args.seed)
        for x in rnd.sample(kept, min(args.sample, len(kept))):
            print(f"  {x['doc']} | {x['trigger']} | {x['given']} | {x['sentence'][:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
