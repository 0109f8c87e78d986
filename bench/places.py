"""Event places on gold sets, by cause: for every matched event, each annotated place that
was missed and each predicted place that pairs with none, with why.

    .venv/bin/python bench/places.py tests/gold/fresh/*.json          # summary and the list
    .venv/bin/python bench/places.py 'tests/gold/*.json' --quiet      # summary only

Causes of a missed place (first that holds): `no entity` (the place's words are no place
entity of the document anywhere), `not linked` (an entity, no knowledge-base link),
`elsewhere` (an entity, but not in the event's sentence: another sentence of the
paragraph, the lead paragraph, the dateline, farther), `in sentence` (in the event's
sentence and not taken). Places are counted right and wrong by their `basis`, and by
basis and the pass that set them (`Role.via`: "context carried_place"), in a table that
splits a wrong place (the gold has another) from an extra one (the gold has none; places33);
`--context` also
prints each right place that is not of the sentence basis, to read beside the wrong ones.
Events are matched as `rasd eval` matches them (rasd.evaluate), so the figures are its
place figures.
"""

from __future__ import annotations

import argparse
import glob
from collections import Counter
from typing import Any

from rasd.document import Document
from rasd.evaluate import (
    event_pairs,
    gold_paths,
    load_gold,
    pair_up,
    run_gold,
    span_score,
)
from rasd.pipeline import Pipeline


def _matched(doc: Document, golds: list[dict[str, Any]]) -> list[tuple[Any, dict[str, Any]]]:
    """Predicted and gold events paired as `rasd eval` pairs them."""
    return [(doc.events[i], golds[j]) for i, j, _ in event_pairs(doc, golds)]


def _sentence_of(doc: Document, pos: int) -> int:
    return next((k for k, s in enumerate(doc.sentences) if s.start <= pos < s.end), -1)


def _where(doc: Document, ev: Any, gold_place: str) -> str:
    """Why a gold place was missed."""
    ents = [e for e in doc.entities if span_score(doc.span_text(e), gold_place) > 0]
    if not ents:
        return "no entity"
    if all(e.link is None for e in ents):
        return "not linked"
    s = doc.sentences[ev.sentence]
    inside = [e for e in ents if s.start <= e.start < s.end]
    if inside:
        return "in sentence"
    first = min(_sentence_of(doc, e.start) for e in ents)
    if first == 0:
        return "elsewhere: first sentence"
    if first < ev.sentence:
        return "elsewhere: before"
    return "elsewhere: after"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--sentence", action="store_true",
                    help="print the event's sentence under each `in sentence` miss")
    ap.add_argument("--context", action="store_true",
                    help="also print each right place not of the sentence basis")
    args = ap.parse_args()
    paths = gold_paths([p for x in args.paths for p in (sorted(glob.glob(x)) or [x])])
    pipe = Pipeline()
    missed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    right: Counter[str] = Counter()
    by_pass: dict[str, Counter[str]] = {}
    n_gold = 0
    for path in paths:
        gold, raw = load_gold(path)
        doc = run_gold(gold, raw, path, pipe)
        t = doc.span_text
        for ev, g in _matched(doc, gold.get("events", [])):
            golds = g.get("location", [])
            preds = ev.location
            n_gold += len(golds)
            pairs = pair_up([[span_score(t(p), x) for x in golds] for p in preds])
            hit_p, hit_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
            for i, p in enumerate(preds):
                (right if i in hit_p else wrong)[p.basis] += 1
                by_pass.setdefault(f"{p.basis} {p.via}", Counter())[
                    "right" if i in hit_p else "wrong" if golds else "extra"] += 1
                shown = i not in hit_p or args.context and p.basis != "sentence"
                if shown and not args.quiet:
                    print(f"{'WRONG' if i not in hit_p else 'RIGHT'} {p.basis:9} {p.via} "
                          f"{t(p)!r} (gold {golds}) {ev.type} "
                          f"{t(ev.trigger)!r} s{ev.sentence} {path.split('/')[-1]}")
            for j, x in enumerate(golds):
                if j in hit_g:
                    continue
                why = _where(doc, ev, x)
                missed[why] += 1
                if not args.quiet:
                    print(f"MISS  {why:26} {x!r} pred {[t(p) for p in preds]} {ev.type} "
                          f"{t(ev.trigger)!r} s{ev.sentence} {path.split('/')[-1]}")
                    if args.sentence and why == "in sentence":
                        print("      |", t(doc.sentences[ev.sentence]))
    found = sum(right.values())
    given = found + sum(wrong.values())
    print(f"places: gold {n_gold}, found {found} ({found / max(n_gold, 1):.3f}), "
          f"precision {found}/{given} ({found / max(given, 1):.3f})")
    print("right by basis:", dict(right), " wrong by basis:", dict(wrong))
    print("missed by cause:", dict(missed.most_common()))
    # places33: a place set where the gold has none ("extra") apart from one the gold
    # places elsewhere ("wrong"): both lower precision, the first is the carried-place kind
    print(f"{'basis pass':36} {'set':>5} {'right':>5} {'wrong':>5} {'extra':>5} {'P':>5}")
    for k, c in sorted(by_pass.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        print(f"{k:36} {n:5} {c['right']:5} {c['wrong']:5} {c['extra']:5} "
              f"{c['right'] / n:5.2f}")


if __name__ == "__main__":
    main()
