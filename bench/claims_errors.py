"""Missed and spurious claims on the dev sets, grouped by cause.

    .venv/bin/python bench/claims_errors.py [SET ...] [--list]

SET is a gold folder or file (default: the seed, team, region, fresh, fresh2 and fresh3 sets). Each
unmatched gold claim is put under one cause by comparing it with the predicted claims of its
article under the scorer's span rule (rasd.evaluate.span_score):

- `cue not read`: no predicted claim has the gold cue;
- `speaker wrong`: a claim with the gold cue and content has another speaker;
- `content wrong`: a claim with the gold cue and speaker has other content;
- `speaker and content wrong`: only the cue matches.

Each unmatched prediction is `spurious (cue of a gold claim)` when it shares its cue with a
gold claim (counted once above), else `spurious (no gold claim)`. Per set: P/R/F1 and the
counts per cause; --list prints every item under its cause.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from rasd.evaluate import gold_paths, load_gold, pair_up, run_gold, span_score
from rasd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SETS = [str(ROOT / "../shared/gold/dev"), str(ROOT / "tests/gold"), str(ROOT / "tests/gold/region"),
        str(ROOT / "tests/gold/fresh"), str(ROOT / "tests/gold/fresh2"),
        str(ROOT / "tests/gold/fresh3")]


def _parts(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    return (span_score(pred["cue"], gold.get("cue", "")),
            span_score(pred["speaker"], gold.get("speaker", "")),
            span_score(pred["content"], gold.get("content", "")))


def classify(preds: list[dict[str, str]], golds: list[dict[str, str]]
             ) -> tuple[int, list[tuple[str, str]]]:
    """(true positives, [(cause, description)]) for one article."""
    table = [[sum(p) / 3 if all(p) else 0.0 for p in (_parts(c, g) for g in golds)]
             for c in preds]
    pairs = pair_up(table)
    hit_p, hit_g = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    tp = sum(1 for _, j, _ in pairs)
    out: list[tuple[str, str]] = []
    for j, g in enumerate(golds):
        if j in hit_g or g.get("optional"):
            continue
        best, why = None, "cue not read"
        for i, c in enumerate(preds):
            if i in hit_p:
                continue
            cue, spk, con = _parts(c, g)
            if not cue:
                continue
            cause = ("content wrong" if spk else "speaker and content wrong") if not con \
                else "speaker wrong"
            if best is None or (spk + con) > best:
                best, why = spk + con, cause
                why_pred = c
        desc = f"{g.get('speaker')} | {g.get('cue')} | {g.get('content', '')[:80]}"
        if best is not None:
            desc += f"\n      pred: {why_pred['speaker']} | {why_pred['cue']} | " \
                    f"{why_pred['content'][:80]}"
        out.append((why, desc))
    gold_cues = [g.get("cue", "") for j, g in enumerate(golds) if j not in hit_g]
    for i, c in enumerate(preds):
        if i in hit_p:
            continue
        shared = any(span_score(c["cue"], gc) for gc in gold_cues)
        out.append(("spurious (cue of a gold claim)" if shared else "spurious (no gold claim)",
                    f"{c['speaker']} | {c['cue']} | {c['content'][:80]}"))
    return tp, out


def run_set(path: str, pipeline: Pipeline, listing: bool) -> None:
    causes: dict[str, list[str]] = defaultdict(list)
    tp = n_pred = n_fn = 0
    for gp in gold_paths([path]):
        gold, raw = load_gold(gp)
        doc = run_gold(gold, raw, gp, pipeline)
        t = doc.span_text
        preds = [{"cue": t(c.cue), "speaker": t(c.speaker), "content": t(c.content)}
                 for c in doc.claims]
        golds = gold.get("claims", [])
        k, items = classify(preds, golds)
        tp += k
        n_pred += len(preds)
        for cause, desc in items:
            n_fn += not cause.startswith("spurious")
            causes[cause].append(f"{Path(gp).stem}: {desc}")
    p = tp / n_pred if n_pred else 0.0
    r = tp / (tp + n_fn) if tp + n_fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"== {path}: claims P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp}, pred {n_pred}, "
          f"missed {n_fn})")
    for cause, items in sorted(causes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):3d}  {cause}")
        if listing:
            for it in items:
                print(f"       - {it}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", default=SETS)
    ap.add_argument("--list", action="store_true", help="print every item under its cause")
    args = ap.parse_args()
    pipeline = Pipeline()
    for s in args.sets:
        run_set(s, pipeline, args.list)


if __name__ == "__main__":
    main()
