"""Are the claims and events stages linear in the document length?

    .venv/bin/python bench/claims_events.py [--mb 1.0]

Builds documents of 1/8, 1/4, 1/2 and 1 times --mb megabytes by concatenating the demo
articles (paragraphs kept), runs the stages before claims once per size, then times the
claims, events and nominals stages. Linear stages keep the time per kilobyte flat as the
size doubles; a quadratic one doubles it. Prints one line per size (with the time per
event, since the demo articles' density of events varies along the text) and the ratio of
the largest size's time per kilobyte to the smallest's (about 1 when linear). Run on a quiet
machine or compare ratios from one run: `uptime` is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from rasd.pipeline import STAGES, make_document
from rasd.readers.record import Record

DEMO = Path(__file__).resolve().parent.parent / "demo-data" / "saudinewsnet" / "articles.jsonl"
TIMED = ("claims", "events", "nominals")


def corpus_text(n_chars: int) -> str:
    articles = [json.loads(line)["content"] for line in DEMO.read_text(encoding="utf-8")
                .splitlines() if line.strip()]
    parts: list[str] = []
    size = 0
    while size < n_chars:
        for a in articles:
            parts.append(a.strip())
            size += len(a) + 2
            if size >= n_chars:
                break
    return "\n\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    full = corpus_text(int(args.mb * 1_000_000))
    print(f"load: {os.getloadavg()[0]:.2f} (uptime 1-minute average)")
    per_kb: dict[str, list[float]] = {name: [] for name in TIMED}
    for frac in (0.125, 0.25, 0.5, 1.0):
        text = full[: int(len(full) * frac)]
        doc = make_document(Record(origin="bench", text=text), "2015-08-01")
        for name in ("segment", "entities", "link", "quantities", "times"):
            doc = STAGES[name](doc)
        cells = []
        for name in TIMED:
            t = time.perf_counter()
            doc = STAGES[name](doc)
            secs = time.perf_counter() - t
            per_kb[name].append(secs / (len(text) / 1000))
            cells.append(f"{name} {secs:6.2f} s ({per_kb[name][-1] * 1000:5.2f} ms/kB)")
        print(f"{len(text) / 1e6:5.2f} MB: " + "  ".join(cells)
              + f"  [{len(doc.claims)} claims, {len(doc.events)} events; events "
              f"{per_kb['events'][-1] * len(text) / 1000 / max(1, len(doc.events)) * 1000:.2f}"
              " ms each]")
    print("time per kB, largest / smallest: " + ", ".join(
        f"{name} {v[-1] / v[0]:.2f}" for name, v in per_kb.items()))


if __name__ == "__main__":
    main()
