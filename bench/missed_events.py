"""Missed, spurious and mis-statused events of dev gold files, each with its sentence.

    .venv/bin/python bench/missed_events.py tests/gold/fresh/*.json          # counts
    .venv/bin/python bench/missed_events.py tests/gold/fresh/*.json --list   # and each item

The counts end with the status errors by pair, rasd's status / the gold's (asserted /
historical: background read as news), the first sort of their causes.

Events are paired with gold events exactly as `rasd eval` pairs them (rasd.evaluate). Each
unpaired gold event is `missed`; a missed gold event whose sentence holds an unpaired rasd
event on the same trigger word is a `category` confusion (listed once, as missed); each
other unpaired rasd event is `spurious`; a paired event whose status differs from the
gold's is a `status` error. Optional gold events cost nothing and are not listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from rasd.document import Document, Event
from rasd.evaluate import (
    _fragment_spans,
    _triggers,
    event_pairs,
    gold_paths,
    load_gold,
    run_gold,
    span_score,
)
from rasd.pipeline import Pipeline


def sentence(doc: Document, ev: Event) -> str:
    s = doc.sentences[ev.sentence]
    return " ".join(doc.text[s.start:s.end].split())


def confused(doc: Document, g: dict[str, Any], preds: list[Event], free: set[int]) -> int | None:
    """An unpaired rasd event of another type on the gold trigger, inside its sentence."""
    spans = _fragment_spans(doc.text, g.get("sentence", ""))
    for i in sorted(free):
        v = preds[i]
        inside = not spans or any(v.trigger.start < e and s < v.trigger.end for s, e in spans)
        if inside and max(span_score(doc.span_text(v.trigger), x) for x in _triggers(g)) > 0:
            return i
    return None


def errors(doc: Document, golds: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(kind, line) for each error of one article."""
    t = doc.span_text
    preds = doc.events
    pairs = event_pairs(doc, golds)
    hit_p, hit_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    free = set(range(len(preds))) - hit_p
    out: list[tuple[str, str]] = []
    for j, g in enumerate(golds):
        if j in hit_g or g.get("optional"):
            continue
        i = confused(doc, g, preds, free)
        head = f"{g.get('type')} {g.get('trigger')} [{g.get('status', '')}]"
        if i is not None:
            free.discard(i)
            out.append(("category", f"{head} ← rasd {preds[i].type}\n    «{g.get('sentence')}»"))
        else:
            out.append(("missed", f"{head}\n    «{g.get('sentence')}»"))
    for i in sorted(free):
        v = preds[i]
        out.append(("spurious", f"{v.type} {t(v.trigger)} [{v.status}]\n    «{sentence(doc, v)}»"))
    for i, j, _ in pairs:
        v, g = preds[i], golds[j]
        if g.get("status") and g["status"] != v.status:
            out.append(("status", f"{v.type} {t(v.trigger)} {v.status} (gold {g['status']})"
                                  f"\n    «{sentence(doc, v)}»"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--list", action="store_true", help="print each error with its sentence")
    args = ap.parse_args(argv)
    pipe = Pipeline()
    counts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for path in gold_paths(args.gold):
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        for kind, line in errors(doc, gold.get("events", [])):
            counts[kind] += 1
            if kind == "status":
                pairs[status_pair(line)] += 1
            if args.list:
                print(f"{path.split('/')[-1][:30]:30} {kind:9} {line}")
    print(", ".join(f"{k} {counts[k]}" for k in ("missed", "category", "spurious", "status")))
    if pairs:
        print("status (rasd / gold): " + ", ".join(f"{p} {n}" for p, n in pairs.most_common()))
    return 0


def status_pair(line: str) -> str:
    """'asserted / historical' from a status error line (… asserted (gold historical))."""
    head = line.split("\n")[0]
    gold = head.rsplit("(gold ", 1)[1].rstrip(")")
    return f"{head.rsplit(' (gold ', 1)[0].split()[-1]} / {gold}"


if __name__ == "__main__":
    sys.exit(main())
