"""Build, measure and write the learned event filter (rasd.events.event_filter).

    # 1. run the pipeline on the dev sets, keep each event's features and gold label
    .venv/bin/python scripts/train_event_filter.py collect --out /tmp/ef/cands.jsonl \
        seed=../shared/gold/dev/ team=tests/gold/ region=tests/gold/region/ ...
    # 2. leave-one-set-out: train on the other sets, score the set left out
    .venv/bin/python scripts/train_event_filter.py loso /tmp/ef/cands.jsonl
    # 3. score a set the weights never saw with the written weights
    .venv/bin/python scripts/train_event_filter.py score /tmp/ef/fresh8.jsonl
    # 4. train on every set and write data/events/event_filter.json
    .venv/bin/python scripts/train_event_filter.py write /tmp/ef/cands.jsonl

An event is labelled 1 when `rasd eval` pairs it with a gold event (optional ones too: a
found optional event is no error), 0 otherwise. The left-out set's figures are counted on
the same pairs: a dropped paired event loses its pair (a gold event it freed is not paired
again with another event, so the figures can differ from `rasd eval` by a rare re-pairing).
The threshold is chosen on the training sets only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from rasd.evaluate import event_pairs, gold_paths, load_gold, run_gold
from rasd.events import event_filter
from rasd.pipeline import Pipeline

L2 = 1.0  # ridge penalty on the weights (not the bias)
STEPS = 400  # full-batch Newton-free gradient steps
MIN_COUNT = 3  # a feature seen fewer times in training is left out
THRESHOLDS = [round(x, 2) for x in np.arange(0.05, 0.80, 0.025)]


# --- collect ------------------------------------------------------------------


def collect(named: list[str], out: Path) -> None:
    pipe = Pipeline()
    rows = []
    for item in named:
        name, folder = item.split("=", 1)
        for path in gold_paths([folder]):
            gold, raw = load_gold(path)
            event_filter.collector = []
            doc = run_gold(gold, raw, path, pipe)
            seen = event_filter.collector[-1] if event_filter.collector else None
            event_filter.collector = None
            feats = {id(e): f for e, f in zip(seen[1], seen[2], strict=True)} if seen else {}
            rows_of = {id(e): sorted(event_filter._rows(seen[0], e)) for e in seen[1]} \
                if seen else {}
            golds = gold.get("events", [])
            pairs = {i: j for i, j, _ in event_pairs(doc, golds)}
            for i, ev in enumerate(doc.events):
                s = doc.sentences[ev.sentence]
                j = pairs.get(i)
                rows.append({
                    "set": name, "doc": path, "i": i, "label": int(j is not None),
                    "gold": j, "optional": bool(j is not None and golds[j].get("optional")),
                    "feats": feats.get(id(ev), []), "type": ev.type,
                    "lemmas": rows_of.get(id(ev), []),
                    "trigger": doc.span_text(ev.trigger), "status": ev.status,
                    "sentence": " ".join(doc.text[s.start:s.end].split()),
                    "gold_types": sorted({g.get("type", "") for g in golds
                                          if _in_sentence(doc, g, ev)}),
                    "gold_here": [[sorted({g.get("type", ""), *g.get("alt_types", [])}),
                                   [g.get("trigger", ""), *g.get("alt_triggers", [])]]
                                  for g in golds if _in_sentence(doc, g, ev)],
                    "si": ev.sentence, "start": ev.trigger.start,
                    "roles": {r: [doc.span_text(x) for x in getattr(ev, r)]
                              for r in ("actor", "recipient", "location")},
                    "dead": ev.dead, "injured": ev.injured,
                    "time": doc.span_text(ev.time) if ev.time else None,
                })
            rows.append({"set": name, "doc": path, "i": -1, "required": sum(
                1 for g in golds if not g.get("optional"))})
            print(f"{name} {Path(path).name}: {len(doc.events)} events", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                   encoding="utf-8")


def _in_sentence(doc: Any, g: dict[str, Any], ev: Any) -> bool:
    from rasd.evaluate import _fragment_spans
    s = doc.sentences[ev.sentence]
    spans = _fragment_spans(doc.text, g.get("sentence", ""))
    return any(a < s.end and s.start < b for a, b in spans)


# --- the model ------------------------------------------------------------------


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def vocabulary(rows: list[dict[str, Any]]) -> list[str]:
    c = Counter(f for r in rows for f in r["feats"])
    return sorted(f for f, n in c.items() if n >= MIN_COUNT)


def matrix(rows: list[dict[str, Any]], vocab: list[str]) -> np.ndarray:
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, row in enumerate(rows):
        x[r, [index[f] for f in row["feats"] if f in index]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """L2-penalized logistic regression by Newton steps (small: a few hundred features)."""
    w = np.zeros(x.shape[1])
    b = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    xb = np.hstack([x, np.ones((len(x), 1))])
    theta = np.append(w, b)
    reg = np.full(len(theta), l2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-(xb @ theta)))
        g = xb.T @ (p - y) + reg * theta
        h = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        theta -= step
        if np.abs(step).max() < 1e-6:
            break
    return theta[:-1], float(theta[-1])


def prob(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-(x @ w + b)))


def prf(events: list[dict[str, Any]], required: int, keep: np.ndarray) -> tuple[float, ...]:
    """P, R, F1 of one set's kept events on the pairs rasd eval made."""
    kept = [e for e, k in zip(events, keep, strict=True) if k]
    tp = sum(e["label"] for e in kept)
    tp_req = sum(1 for e in kept if e["label"] and not e["optional"])
    p = tp / len(kept) if kept else 0.0
    fn = required - tp_req  # (rasd eval: recall = tp / (tp + fn), optional pairs in tp)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, len(kept) - tp, required - tp_req


def by_set(rows: list[dict[str, Any]]) -> dict[str, tuple[list[dict[str, Any]], int]]:
    out: dict[str, tuple[list[dict[str, Any]], int]] = {}
    for r in rows:
        evs, req = out.get(r["set"], ([], 0))
        if r["i"] < 0:
            req += r["required"]
        else:
            evs.append(r)
        out[r["set"]] = (evs, req)
    return out


def best_threshold(sets: dict[str, tuple[list[dict[str, Any]], int]],
                   probs: dict[str, np.ndarray]) -> float:
    """The threshold of the best mean F1 over the training sets (ties: the lowest)."""
    best, best_t = -1.0, 0.0
    for t in [0.0, *THRESHOLDS]:
        f = np.mean([prf(evs, req, probs[s] >= t)[2] for s, (evs, req) in sets.items()])
        if f > best + 1e-9:
            best, best_t = f, t
    return best_t


def loso(path: Path, l2: float, threshold: float | None = None) -> None:
    rows = load(path)
    sets = by_set(rows)
    print(f"{'set':8} {'events':>6} {'spur':>5}  before P / R / F1      after P / R / F1   "
          f"  t     dropped right/spurious")
    for held in sets:
        train = {s: v for s, v in sets.items() if s != held}
        tr_rows = [e for evs, _ in train.values() for e in evs]
        vocab = vocabulary(tr_rows)
        w, b = fit(matrix(tr_rows, vocab), np.array([e["label"] for e in tr_rows], float), l2)
        t = threshold if threshold is not None else best_threshold(
            train, {s: prob(matrix(evs, vocab), w, b) for s, (evs, _) in train.items()})
        evs, req = sets[held]
        p = prob(matrix(evs, vocab), w, b)
        before = prf(evs, req, np.ones(len(evs), bool))
        after = prf(evs, req, p >= t)
        drop = [e for e, q in zip(evs, p, strict=True) if q < t]
        print(f"{held:8} {len(evs):6} {before[3]:5}  {before[0]:.3f} {before[1]:.3f} "
              f"{before[2]:.3f}   {after[0]:.3f} {after[1]:.3f} {after[2]:.3f}   {t:.3f}  "
              f"{sum(e['label'] for e in drop)}/{sum(1 - e['label'] for e in drop)}")


def write(path: Path, l2: float, out: Path, threshold: float | None = None) -> None:
    rows = load(path)
    sets = by_set(rows)
    evs = [e for s, _ in sets.values() for e in s]
    vocab = vocabulary(evs)
    w, b = fit(matrix(evs, vocab), np.array([e["label"] for e in evs], float), l2)
    t = threshold if threshold is not None else best_threshold(
        sets, {s: prob(matrix(e, vocab), w, b) for s, (e, _) in sets.items()})
    out.write_text(json.dumps({
        "_source": "scripts/train_event_filter.py write, on the dev gold sets "
                   + ", ".join(sets) + f"; L2 {l2}, threshold {t}",
        "features": vocab, "weights": [round(float(x), 5) for x in w],
        "bias": round(b, 5), "threshold": t}, ensure_ascii=False, indent=0) + "\n",
        encoding="utf-8")
    top = sorted(zip(w, vocab, strict=True))
    print("most against:", ", ".join(f"{f} {x:+.2f}" for x, f in top[:15]))
    print("most for:", ", ".join(f"{f} {x:+.2f}" for x, f in top[-10:]))
    print(f"threshold {t}")


def score(path: Path, weights: Path) -> None:
    """Each set of a candidates file scored with written weights (a set they never saw)."""
    m = event_filter.FilterModel.from_json(json.loads(weights.read_text(encoding="utf-8")))
    for name, (evs, req) in by_set(load(path)).items():
        p = m.probabilities([e["feats"] for e in evs])
        before = prf(evs, req, np.ones(len(evs), bool))
        after = prf(evs, req, p >= m.threshold)
        drop = [e for e, q in zip(evs, p, strict=True) if q < m.threshold]
        print(f"{name:8} {len(evs):4} events  before {before[0]:.3f} / {before[1]:.3f} / "
              f"{before[2]:.3f}  after {after[0]:.3f} / {after[1]:.3f} / {after[2]:.3f}  "
              f"dropped right/spurious {sum(e['label'] for e in drop)}/"
              f"{sum(1 - e['label'] for e in drop)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("sets", nargs="+", help="NAME=FOLDER")
    for name in ("loso", "write"):
        p = sub.add_parser(name)
        p.add_argument("cands", type=Path)
        p.add_argument("--l2", type=float, default=L2)
        p.add_argument("--out", type=Path, default=event_filter.WEIGHTS)
        p.add_argument("--threshold", type=float, default=None,
                       help="write: this threshold, not the best on the training sets")
    p = sub.add_parser("score")
    p.add_argument("cands", type=Path)
    p.add_argument("--weights", type=Path, default=event_filter.WEIGHTS)
    args = ap.parse_args(argv)
    if args.cmd == "score":
        score(args.cands, args.weights)
    elif args.cmd == "collect":
        collect(args.sets, args.out)
    elif args.cmd == "loso":
        loso(args.cands, args.l2, args.threshold)
    else:
        write(args.cands, args.l2, args.out, args.threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
