"""Train the learned argument labeller (rasd.events.roles_model) from the dev gold, and
measure it honestly: leave one dev set out, train on the others, score the left-out set.

    python scripts/train_roles.py                 # leave-one-set-out table, then train on all
                                                  # and write src/rasd/data/events/roles_model.json
    python scripts/train_roles.py --ceiling       # the candidate ceiling per set and role
    python scripts/train_roles.py --loso-dir DIR  # also write each fold's weights (DIR/SET.json)
    python scripts/train_roles.py --sets seed fresh --no-write   # a subset (tests)

The pipeline runs with the model off (RASD_ROLES_MODEL=off) and rasd.events.roles_model's
collector set: each event's candidates and features are taken where the model would run.
Events are paired with gold ones as `rasd eval` pairs them; a candidate is positive for a
role when it matches one of that role's gold strings under the span rule, and rows are the
roles the rules left empty (the only ones the model fills). The simulated scores reproduce
`rasd eval`'s event_args counts (rules only) and add the model's fills. Deterministic: a
Newton-solved L2 logistic regression, no sampling.

Only dev sets: the seed, the team top-level files, region, fresh, fresh2…fresh5, fresh7;
never the held-out sets nor fresh6.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ["RASD_ROLES_MODEL"] = "off"
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # small solves: threads only contend

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402

from rasd.evaluate import event_pairs, gold_paths, load_gold, pair_up, run_gold, span_score  # noqa: E402
from rasd.events import roles_model  # noqa: E402
from rasd.events.role_features import ROLES  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SETS = {"seed": "../shared/gold/dev/", "team": "tests/gold/", "region": "tests/gold/region/",
        "fresh": "tests/gold/fresh/", "fresh2": "tests/gold/fresh2/",
        "fresh3": "tests/gold/fresh3/", "fresh4": "tests/gold/fresh4/",
        "fresh5": "tests/gold/fresh5/", "fresh7": "tests/gold/fresh7/"}
L2 = 3.0
MIN_COUNT = 3  # a feature seen on fewer training rows is left out
TRAIN_ALL = True  # train on the roles the rules filled too (their phrases as candidates)
TARGET_P = 0.55  # least precision of the fills, in inner cross-validation, for a threshold
THRESHOLD_MIN = 0.7  # no fill below this probability, whatever the inner cross-validation
# the roles the model may fill: recipients are left to the rules (in the first
# leave-one-set-out run their fills cost precision on fresh4 and found none)
FILLED = ("actor", "location")
P_COST = 0.005  # most argument precision each role's fills may cost, in inner cross-validation


@dataclass
class Slot:
    """One role of one matched event: the rules' strings, the gold strings, candidates."""

    set: str
    role: str
    pred: list[str]
    gold: list[str]
    # (features, text, the role the rules gave it on this event or "")
    cands: list[tuple[list[str], str, str]] = field(default_factory=list)

    def labels(self) -> list[int]:
        got = getattr(self, "_labels", None)
        if got is None:
            got = [int(any(span_score(t, g) > 0 for g in self.gold)) for _, t, _ in self.cands]
            self._labels = got
        return got

    def open_cands(self) -> list[tuple[list[str], str, str]]:
        """The candidates a fill may take: none the rules gave a role of this event."""
        return [c for c in self.cands if not c[2]]


def collect(names: list[str]) -> list[Slot]:
    pipe = Pipeline()
    slots: list[Slot] = []
    for name in names:
        folder = ROOT / SETS[name] if not SETS[name].startswith("..") else ROOT / SETS[name]
        if not folder.is_dir():
            continue
        for path in gold_paths([str(folder)]):
            gold, raw = load_gold(path)
            roles_model.collector = []
            doc = run_gold(gold, raw, path, pipe)
            got, roles_model.collector = roles_model.collector, None
            cands = {id(ev): (v, cs) for v, evs, cc in got for ev, cs in zip(evs, cc, strict=True)}
            golds = gold.get("events", [])
            for i, j, _ in event_pairs(doc, golds):
                ev, g = doc.events[i], golds[j]
                v, cs = cands.get(id(ev), (None, []))
                for role in ROLES:
                    slot = Slot(name, role, [doc.span_text(r) for r in getattr(ev, role)],
                                list(g.get(role, [])))
                    if v is not None:
                        slot.cands = [(c.feats, doc.text[v.toks[c.i].start:v.toks[c.j - 1].end],
                                       c.own or "") for c in cs]
                    slots.append(slot)
    return slots


def found(pred: list[str], gold: list[str]) -> int:
    return len(pair_up([[span_score(p, x) for x in gold] for p in pred]))


def ceiling(slots: list[Slot]) -> None:
    """Share of gold role strings found by the rules, and by the rules or a candidate of an
    empty role (what the model could at most reach by filling empty roles)."""
    rows: dict[tuple[str, str], Counter] = {}
    for s in slots:
        c = rows.setdefault((s.set, s.role), Counter())
        c["gold"] += len(s.gold)
        c["rules"] += found(s.pred, s.gold)
        if not s.pred and s.gold:
            texts = [t for _, t, _ in s.open_cands()]
            c["cand"] += min(1, found(texts, s.gold)) if texts else 0
    print(f"{'set':<8} {'role':<10} {'gold':>5} {'rules':>6} {'+1 cand':>8}")
    tot: dict[str, Counter] = {}
    for (name, role), c in sorted(rows.items()):
        print(f"{name:<8} {role:<10} {c['gold']:>5} {c['rules'] / max(1, c['gold']):>6.3f} "
              f"{(c['rules'] + c['cand']) / max(1, c['gold']):>8.3f}")
        tot.setdefault(role, Counter()).update(c)
    for role, c in tot.items():
        print(f"{'all':<8} {role:<10} {c['gold']:>5} {c['rules'] / max(1, c['gold']):>6.3f} "
              f"{(c['rules'] + c['cand']) / max(1, c['gold']):>8.3f}")


def fit(slots: list[Slot]) -> dict:
    """L2 logistic regression per role over the features seen ≥ MIN_COUNT times; the
    thresholds from inner leave-one-set-out."""
    slots = [s for s in slots if TRAIN_ALL or not s.pred]
    counts = Counter(f for s in slots for feats, _, _ in s.cands for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    weights, bias = {}, {}
    for role in ROLES:
        x, y = _matrix([s for s in slots if s.role == role], index)
        w, b = _newton(x, y)
        weights[role], bias[role] = w, b
    model = {"features": names, "weights": {r: [round(float(a), 5) for a in w]
                                            for r, w in weights.items()},
             "bias": {r: round(float(b), 5) for r, b in bias.items()},
             "threshold": {r: 1.0 for r in ROLES}}
    return model


def _matrix(slots: list[Slot], index: dict[str, int]) -> tuple[sparse.csr_matrix, np.ndarray]:
    rows = [(feats, lab) for s in slots for (feats, _, _), lab in zip(s.cands, s.labels(),
                                                                        strict=True)]
    ind: list[int] = []
    ptr = [0]
    y = np.zeros(len(rows))
    for k, (feats, lab) in enumerate(rows):
        ind += sorted({index[f] for f in feats if f in index})
        ptr.append(len(ind))
        y[k] = lab
    x = sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(index)))
    return x, y


def _newton(x: sparse.csr_matrix, y: np.ndarray, iters: int = 30) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularized logistic regression (bias not penalized)."""
    n, d = x.shape
    xb = sparse.hstack([x, np.ones((n, 1))]).tocsr()
    w = np.zeros(d + 1)
    reg = np.full(d + 1, L2)
    reg[-1] = 1e-6
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(xb @ w)))
        g = xb.T @ (p - y) + reg * w
        h = (xb.T @ sparse.diags(p * (1 - p)) @ xb).toarray() + np.diag(reg)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def fills(model: dict, slots: list[Slot]) -> list[tuple[Slot, float, str]]:
    """For each empty slot with candidates: (slot, best probability, its text)."""
    m = roles_model.RoleModel.from_json(model)
    out = []
    for s in slots:
        opened = s.open_cands()
        if s.pred or not opened:
            continue
        cands = [roles_model.Candidate(0, 1, None, 0, feats) for feats, _, _ in opened]
        p = m.probabilities(m.matrix(cands), s.role)
        k = int(np.argmax(p))
        out.append((s, float(p[k]), opened[k][1]))
    return out


def thresholds(slots: list[Slot], names: list[str]) -> dict[str, float]:
    """Per role, the least threshold whose fills, in inner cross-validation (each of `names`
    left out in turn), cost the training sets' argument precision at most P_COST and keep
    the fills' own precision at least TARGET_P; 1.0 (never fill) when none does."""
    scored: list[tuple[str, float, int]] = []
    for held in names:
        train = [s for s in slots if s.set != held]
        test = [s for s in slots if s.set == held]
        if not test or not train:
            continue
        m = fit(train)
        for s, p, text in fills(m, test):
            scored.append((s.role, p, int(bool(s.gold) and found([text], s.gold) > 0)))
    base = score(slots, None)["all"]
    tp0, n0 = base["tp"], base["tp"] + base["fp"]
    p0 = tp0 / max(1, n0)
    out = {}
    for role in ROLES:
        if role not in FILLED:
            out[role] = 1.0
            continue
        rs = sorted([(p, ok) for r, p, ok in scored if r == role], reverse=True)
        best, tp = 1.0, 0
        for k, (p, ok) in enumerate(rs, 1):
            tp += ok
            if k >= 5 and tp / k >= TARGET_P and (tp0 + tp) / (n0 + k) >= p0 - P_COST:
                best = p
        out[role] = round(max(best, THRESHOLD_MIN), 4)
    return out


def score(slots: list[Slot], model: dict | None) -> dict[str, Counter]:
    """event_args counts (tp, fp, fn) per role and overall, rules only or with the fills."""
    fill = {id(s): text for s, p, text in (fills(model, slots) if model else [])
            if p >= model["threshold"][s.role]}
    out: dict[str, Counter] = {r: Counter() for r in (*ROLES, "all")}
    for s in slots:
        pred = s.pred + ([fill[id(s)]] if id(s) in fill else [])
        if not pred and not s.gold:
            continue
        f = found(pred, s.gold)
        for key in (s.role, "all"):
            out[key]["tp"] += f
            out[key]["fp"] += len(pred) - f
            out[key]["fn"] += len(s.gold) - f
    return out


def _rate(c: Counter) -> tuple[float, float]:
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    return r, p


def loso(slots: list[Slot], names: list[str], out_dir: Path | None) -> None:
    print("left-out  | rules: found  P    actor recip place | +model: found  P    actor recip "
          "place")
    for held in names:
        train = [s for s in slots if s.set != held]
        test = [s for s in slots if s.set == held]
        if not test:
            continue
        m = fit(train)
        m["threshold"] = thresholds(train, [n for n in names if n != held])
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / f"{held}.json").write_text(json.dumps(m), encoding="utf-8")
        a, b = score(test, None), score(test, m)
        cells = []
        for sc in (a, b):
            r, p = _rate(sc["all"])
            cells.append(f"{r:.3f} {p:.3f} " + " ".join(f"{_rate(sc[x])[0]:.3f}" for x in ROLES))
        print(f"{held:<9} | {cells[0]} | {cells[1]}   thr {m['threshold']}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--ceiling", action="store_true")
    ap.add_argument("--no-loso", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--loso-dir", type=Path)
    ap.add_argument("--out", type=Path, default=roles_model.WEIGHTS)
    args = ap.parse_args(argv)
    names = [n for n in args.sets if (ROOT / SETS[n]).is_dir()]
    slots = collect(names)
    if args.ceiling:
        ceiling(slots)
        return 0
    if not args.no_loso:
        loso(slots, names, args.loso_dir)
    if not args.no_write:
        m = fit(slots)
        m["threshold"] = thresholds(slots, names)
        m["_source"] = ("scripts/train_roles.py: L2 logistic regression per role on the dev "
                        f"sets {', '.join(names)}; thresholds by inner leave-one-set-out")
        args.out.write_text(json.dumps(m, ensure_ascii=False, indent=0) + "\n",
                            encoding="utf-8")
        print(f"wrote {args.out}: {len(m['features'])} features, thresholds {m['threshold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
