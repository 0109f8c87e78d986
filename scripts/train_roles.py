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
`rasd eval`'s event_args counts (rules only) and add the model's fills. Deterministic: an
L2 logistic regression solved by L-BFGS from zero, no sampling.

Only dev sets: the seed, the team top-level files, region, fresh, fresh2…fresh5, fresh7;
fresh8, fresh10, fresh11 (when there); never the held-out sets nor fresh6, fresh9 or fresh12.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ["RASD_ROLES_MODEL"] = "off"
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # small solves: threads only contend

import numpy as np  # noqa: E402
from scipy import optimize, sparse  # noqa: E402

from rasd.evaluate import event_pairs, gold_paths, load_gold, pair_up, run_gold, span_score  # noqa: E402
from rasd.events import role_features, roles_model  # noqa: E402
from rasd.events.role_features import DIM, ROLES, TEMPLATES  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SETS = {"seed": "../shared/gold/dev/", "team": "tests/gold/", "region": "tests/gold/region/",
        "fresh": "tests/gold/fresh/", "fresh2": "tests/gold/fresh2/",
        "fresh3": "tests/gold/fresh3/", "fresh4": "tests/gold/fresh4/",
        "fresh5": "tests/gold/fresh5/", "fresh7": "tests/gold/fresh7/",
        "fresh8": "tests/gold/fresh8/", "fresh10": "tests/gold/fresh10/",
        "fresh11": "tests/gold/fresh11/"}
# sets annotated to ../shared/spec/annotation.md's rule that roles clear from the article
# (the previous sentence, the dateline) are recorded (fresh7, fresh8, fresh10 from the start;
# the older ones since the gold revisions gold15a/gold15b of 2026-12-05, 18:00): a candidate
# of the previous sentence is a training row only from these
CONTEXT_SETS = frozenset({"team", "region", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                          "fresh7", "fresh8", "fresh10", "fresh11"})
L2 = 3.0
MIN_COUNT = 3  # a feature seen on fewer training rows is left out
TRAIN_ALL = True  # train on the roles the rules filled too (their phrases as candidates)
TARGET_P = 0.5  # least precision of the fills, in inner cross-validation, for a threshold
THRESHOLD_MIN = 0.5  # no fill below this probability, whatever the inner cross-validation
# the roles the model may fill (a role is left to the rules when no fill threshold passes
# leave-one-set-out run their fills cost precision on fresh4 and found none)
FILLED = ("actor", "recipient", "location")
P_COST = 0.005  # argument precision the fills may cost, in inner cross-validation
P_FLOOR = 0.75  # no training set's argument precision may fall below this (inner CV)
# the model may drop a rules' string it finds unlikely: the thresholds tried
# none by default: in leave-one-set-out its drops cost found (fresh recipients 0.556 -> 0.444)
DROPPED: tuple[str, ...] = ()
DROP_GRID = (0.02, 0.05, 0.08, 0.12, 0.16, 0.2, 0.25, 0.3)
INNER_FOLDS = 3  # groups of training sets for the thresholds' inner cross-validation
CURVE_ONLY = False  # --curve: one fit per left-out set, only the fills' precision curve
LIST_FILLS = False  # --curve --list: print each fill of probability >= 0.6
SOFTMAX = False  # --softmax: a conditional logit over each event's candidates and "none"


@dataclass
class Slot:
    """One role of one matched event: the rules' strings, the gold strings, candidates."""

    set: str
    role: str
    pred: list[str]
    gold: list[str]
    # (hashed feature ids, text, the role the rules gave it on this event or "")
    cands: list[tuple[np.ndarray, str, str]] = field(default_factory=list)
    pred_cand: list[int] = field(default_factory=list)  # each rules' string's candidate, -1
    context: str = ""  # the trigger and its sentence (for reading the fills)
    sentence: str = ""  # the event's sentence
    prev_sentence: str = ""  # the sentence before it ("" for the first)
    earlier: str = ""  # the article's text before the sentence before
    later: str = ""  # the article's text after the event's sentence
    before: list[bool] = field(default_factory=list)  # each candidate: of the sentence before

    def labels(self) -> list[int]:
        got = getattr(self, "_labels", None)
        if got is None:
            got = [int(any(span_score(t, g) > 0 for g in self.gold)) for _, t, _ in self.cands]
            self._labels = got
        return got

    def open_cands(self) -> list[tuple[np.ndarray, str, str]]:
        """The candidates a fill may take: none the rules gave a role of this event."""
        return [c for c in self.cands if not c[2]]


def cached_slots(names: list[str], path: Path | None) -> list[Slot]:
    """The rows of these sets, read from a pickle kept by an earlier run when there is one."""
    if path and path.is_file():
        return [s for s in pickle.loads(path.read_bytes()) if s.set in names]
    slots = collect(names)
    if path:
        path.write_bytes(pickle.dumps(slots))
    return slots


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
                    sent = doc.sentences[ev.sentence] if ev.sentence < len(doc.sentences) \
                        else ev.trigger
                    slot = Slot(name, role, [doc.span_text(r) for r in getattr(ev, role)],
                                list(g.get(role, [])),
                                context=f"{doc.span_text(ev.trigger)} | {doc.span_text(sent)}")
                    prev = doc.sentences[ev.sentence - 1] if 0 < ev.sentence <= \
                        len(doc.sentences) else None
                    slot.sentence = doc.span_text(sent)
                    slot.prev_sentence = doc.span_text(prev) if prev is not None else ""
                    slot.earlier = doc.text[:(prev or sent).start]
                    slot.later = doc.text[sent.end:]
                    if v is not None and cs:
                        ids = roles_model.candidate_ids(cs)
                        slot.cands = [(ids[k], doc.text[v.toks[c.i].start:v.toks[c.j - 1].end],
                                       c.own or "") for k, c in enumerate(cs)]
                        slot.before = [c.si != ev.sentence for c in cs]
                        at = {(c.i, c.j): k for k, c in enumerate(cs) if c.own == role}
                        slot.pred_cand = [at.get(v.token_range(r.start, r.end), -1)
                                          for r in getattr(ev, role)]
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
    """L2 logistic regression per role over the hashed feature ids seen on at least
    MIN_COUNT training rows; thresholds are set by the caller (`thresholds`)."""
    slots = [s for s in slots if TRAIN_ALL or not s.pred]
    counts: Counter = Counter()
    for s in slots:
        for ids, _, _ in s.cands:
            counts.update(set(ids.tolist()))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    weights, bias = {}, {}
    for role in ROLES:
        if SOFTMAX:
            w, b = _solve_softmax(*_groups([s for s in slots if s.role == role], index))
        else:
            x, y = _matrix([s for s in slots if s.role == role], index)
            w, b = _solve(x, y)
        weights[role] = {str(f): round(float(a), 5) for f, a in zip(names, w, strict=True)
                         if round(float(a), 5) != 0.0}
        bias[role] = round(float(b), 5)
    return {"dim": DIM, "templates": len(TEMPLATES), "weights": weights, "bias": bias,
            "threshold": {r: 1.0 for r in ROLES},
            "kind": "softmax" if SOFTMAX else "logistic"}


def _groups(slots: list[Slot], index: dict[int, int]
            ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """The candidate rows of each slot, one after another (as _matrix), the start row of
    each slot with candidates, and each row's label."""
    ind: list[int] = []
    ptr = [0]
    y: list[int] = []
    starts: list[int] = []
    for s in slots:
        keep = [k for k in range(len(s.cands))
                if s.set in CONTEXT_SETS or not (s.before and s.before[k])]
        if not keep:
            continue
        starts.append(len(y))
        labels = s.labels()
        for k in keep:
            ind += sorted({index[f] for f in s.cands[k][0].tolist() if f in index})
            ptr.append(len(ind))
            y.append(labels[k])
    x = sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(y), len(index)))
    return x, np.array(starts, dtype=np.intp), np.array(y, dtype=np.float64)


def _solve_softmax(x: sparse.csr_matrix, starts: np.ndarray, y: np.ndarray
                   ) -> tuple[np.ndarray, float]:
    """Weights and bias of a conditional logit: in each slot (rows starts[k] up to the next
    start) the candidates and "none" (score 0) compete; the loss is -log of the share of
    the slot's gold candidates (of none when it has none), L2-regularized (bias not
    penalized). Deterministic: L-BFGS from zero."""
    n, d = x.shape
    xb = sparse.hstack([x, np.ones((n, 1))]).tocsr()
    reg = np.full(d + 1, L2)
    reg[-1] = 1e-6
    seg = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, n)))
    pos = y > 0
    has = np.add.reduceat(pos.astype(np.float64), starts) > 0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xb @ w
        m = np.maximum(np.maximum.reduceat(z, starts), 0.0)
        e = np.exp(z - m[seg])
        tot = np.add.reduceat(e, starts) + np.exp(-m)
        zp = np.where(pos, z, -np.inf)
        mp = np.maximum.reduceat(zp, starts)
        mp = np.where(has, mp, 0.0)
        ep = np.where(pos, np.exp(np.where(pos, z - mp[seg], 0.0)), 0.0)
        totp = np.add.reduceat(ep, starts)
        nll = float(np.sum(m + np.log(tot))) - float(np.sum((mp + np.log(
            np.where(has, totp, 1.0)))[has]))
        g = e / tot[seg] - np.where(has[seg], ep / np.where(has, totp, 1.0)[seg], 0.0)
        return nll + 0.5 * float(reg @ (w * w)), xb.T @ g + reg * w

    res = optimize.minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                            options={"maxiter": 300, "gtol": 1e-4})
    return res.x[:-1], float(res.x[-1])


def _matrix(slots: list[Slot], index: dict[int, int]) -> tuple[sparse.csr_matrix, np.ndarray]:
    rows = [(ids, lab) for s in slots
            for k, ((ids, _, _), lab) in enumerate(zip(s.cands, s.labels(), strict=True))
            if s.set in CONTEXT_SETS or not (s.before and s.before[k])]
    ind: list[int] = []
    ptr = [0]
    y = np.zeros(len(rows))
    for k, (ids, lab) in enumerate(rows):
        ind += sorted({index[f] for f in ids.tolist() if f in index})
        ptr.append(len(ind))
        y[k] = lab
    x = sparse.csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(index)))
    return x, y


def _solve(x: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularized logistic regression (bias not penalized),
    by L-BFGS from zero: deterministic."""
    n, d = x.shape
    xb = sparse.hstack([x, np.ones((n, 1))]).tocsr()
    reg = np.full(d + 1, L2)
    reg[-1] = 1e-6

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = xb @ w
        p = 1 / (1 + np.exp(-z))
        nll = float(np.sum(np.logaddexp(0, z) - y * z)) + 0.5 * float(reg @ (w * w))
        return nll, xb.T @ (p - y) + reg * w

    res = optimize.minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                            options={"maxiter": 300, "gtol": 1e-4})
    return res.x[:-1], float(res.x[-1])


def fills(model: dict, slots: list[Slot]) -> list[tuple[Slot, float, str]]:
    """For each empty slot with candidates: (slot, best probability, its text)."""
    m = roles_model.RoleModel.from_json(model)
    out = []
    for s in slots:
        opened = [k for k, c in enumerate(s.cands) if not c[2]]
        if s.pred or not opened:
            continue
        p = m.probabilities(np.stack([ids for ids, _, _ in s.cands]), s.role)[opened]
        k = int(np.argmax(p))
        out.append((s, float(p[k]), s.cands[opened[k]][1]))
    return out


def kept(model: dict, slots: list[Slot]) -> list[tuple[Slot, int, float]]:
    """For each rules' string with a candidate: (slot, its index in s.pred, probability)."""
    m = roles_model.RoleModel.from_json(model)
    out = []
    for s in slots:
        ks = [(x, k) for x, k in enumerate(s.pred_cand) if k >= 0]
        if not ks:
            continue
        p = m.probabilities(np.stack([c[0] for c in s.cands]), s.role)[[k for _, k in ks]]
        out += [(s, x, float(q)) for (x, _), q in zip(ks, p, strict=True)]
    return out


def thresholds(slots: list[Slot], names: list[str]) -> tuple[dict[str, float],
                                                              dict[str, float]]:
    """Per role, the fill and drop thresholds chosen on inner cross-validation (the sets
    `names` in INNER_FOLDS groups, each left out in turn): of every combination of drop
    thresholds (DROP_GRID; a rules' string the model gives less is dropped), the one whose
    drops and fills find the most of the training sets' gold strings while their argument
    precision stays at least the rules' less P_COST; fills per role at the least threshold
    that keeps the fills' own precision at least TARGET_P, that bound and every training
    set's own argument precision at least P_FLOOR (or its rules' own less P_COST, when
    lower), 1.0 (never fill) when none does."""
    fills_seen: list[tuple[str, float, int, str]] = []
    drops_seen: list[tuple[str, float, int]] = []
    groups = [names[k::INNER_FOLDS] for k in range(INNER_FOLDS)]
    for held in groups:
        train = [s for s in slots if s.set not in held]
        test = [s for s in slots if s.set in held]
        if not test or not train:
            continue
        m = fit(train)
        for s, p, text in fills(m, test):
            fills_seen.append((s.role, p, int(bool(s.gold) and found([text], s.gold) > 0),
                               s.set))
        for s, x, p in kept(m, test):
            drops_seen.append((s.role, p, int(bool(s.gold) and found([s.pred[x]], s.gold) > 0)))
    base = score(slots, None)["all"]
    tp0, n0 = base["tp"], base["tp"] + base["fp"]
    p_min = tp0 / max(1, n0) - P_COST
    ranked = {r: sorted([(p, ok, st) for x, p, ok, st in fills_seen if x == r], reverse=True)
              for r in ROLES}
    # each training set's own argument precision may not fall below P_FLOOR (a set whose
    # rules are near or under it already may lose P_COST of its own at most)
    per_set: dict[str, list[int]] = {}
    for name in names:
        c = score([s for s in slots if s.set == name], None)["all"]
        per_set[name] = [c["tp"], c["tp"] + c["fp"]]
    floor = {st: min(P_FLOOR, tp / max(1, n) - P_COST) - 1e-9
             for st, (tp, n) in per_set.items()}
    grids = [(0.0, *DROP_GRID) if r in DROPPED else (0.0,) for r in ROLES]
    best: tuple[int, dict[str, float], dict[str, float]] | None = None
    for combo in itertools.product(*grids):
        tp, n = tp0, n0
        for role, thr in zip(ROLES, combo, strict=True):
            gone = [ok for r, p, ok in drops_seen if r == role and p < thr]
            tp, n = tp - sum(gone), n - len(gone)
        fill = {}
        kept_counts = {st: list(c) for st, c in per_set.items()}  # with the chosen fills
        for role in ROLES:
            fill[role], k_best, got_best, got = 1.0, 0, 0, 0
            if role not in FILLED:
                continue
            counts = {st: list(c) for st, c in kept_counts.items()}
            low = {st for st, (a, b) in counts.items() if a / max(1, b) < floor[st]}
            chosen = dict(kept_counts)
            for k, (p, ok, st) in enumerate(ranked[role], 1):
                got += ok
                c = counts.setdefault(st, [0, 0])
                c[0], c[1] = c[0] + ok, c[1] + 1
                (low.add if c[0] / c[1] < floor.get(st, 0.0) else low.discard)(st)
                if k >= 5 and got / k >= TARGET_P and p >= THRESHOLD_MIN \
                        and (tp + got) / (n + k) >= p_min and not low:
                    fill[role], k_best, got_best = round(p, 4), k, got
                    chosen = {x: list(y) for x, y in counts.items()}
            tp, n = tp + got_best, n + k_best
            kept_counts = chosen
        if tp / max(1, n) >= p_min and (best is None or tp > best[0]):
            best = (tp, fill, {r: t for r, t in zip(ROLES, combo, strict=True)})
    assert best is not None  # no drop and no fill keeps the rules' precision
    return best[1], best[2]


def score(slots: list[Slot], model: dict | None) -> dict[str, Counter]:
    """event_args counts (tp, fp, fn) per role and overall, rules only or with the model's
    fills and drops."""
    fill = {id(s): text for s, p, text in (fills(model, slots) if model else [])
            if p >= model["threshold"][s.role]}
    gone = {(id(s), x) for s, x, p in (kept(model, slots) if model else [])
            if p < model.get("drop", {}).get(s.role, 0.0)}
    out: dict[str, Counter] = {r: Counter() for r in (*ROLES, "all")}
    for s in slots:
        pred = [t for x, t in enumerate(s.pred) if (id(s), x) not in gone]
        pred += [fill[id(s)]] if id(s) in fill else []
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
    total: dict[tuple[str, str], Counter] = {}
    per_set: dict[str, tuple[dict[str, Counter], dict[str, Counter]]] = {}
    curve: list[tuple[str, float, int, str]] = []  # every left-out fill: role, p, right, set
    for held in names:
        train = [s for s in slots if s.set != held]
        test = [s for s in slots if s.set == held]
        if not test:
            continue
        m = fit(train)
        if CURVE_ONLY:
            for s, p, text in fills(m, test):
                ok = int(bool(s.gold) and found([text], s.gold) > 0)
                curve.append((s.role, p, ok, held))
                if LIST_FILLS and p >= 0.6:
                    print(f"  fill {s.role} {p:.2f} {'RIGHT' if ok else 'wrong'} {text!r} "
                          f"gold {s.gold} | {s.context[:160]}")
            print(f"{held}: fitted", flush=True)
            continue
        m["threshold"], m["drop"] = thresholds(train, [n for n in names if n != held])
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / f"{held}.json").write_text(json.dumps(m), encoding="utf-8")
        a, b = score(test, None), score(test, m)
        per_set[held] = (a, b)
        curve += [(s.role, p, int(bool(s.gold) and found([text], s.gold) > 0), held)
                  for s, p, text in fills(m, test)]
        for key, sc in (("rules", a), ("model", b)):
            for role, c in sc.items():
                total.setdefault((key, role), Counter()).update(c)
        print(_row(held, a, b) + f"   fill {m['threshold']} drop {m['drop']}", flush=True)
    if CURVE_ONLY:
        print_curve(curve)
        return
    a = {r: total.get(("rules", r), Counter()) for r in (*ROLES, "all")}
    b = {r: total.get(("model", r), Counter()) for r in (*ROLES, "all")}
    print(_row("all", a, b) + "   (counts summed)")
    a, b = ({r: Counter() for r in (*ROLES, "all")} for _ in range(2))
    for held in names:
        if held in CONTEXT_SETS:
            for r in (*ROLES, "all"):
                a[r].update(per_set[held][0][r])
                b[r].update(per_set[held][1][r])
    print(_row("spec sets", a, b) + f"   ({', '.join(sorted(CONTEXT_SETS & set(names)))})")
    print_curve(curve)


def print_curve(curve: list[tuple[str, float, int, str]]) -> None:
    """How precise the left-out folds' best candidates are, per role, by probability: the
    fills made at or above each threshold, and how many of them are right."""
    print("left-out fills by probability (every empty role's best candidate, all folds):")
    for role in ROLES:
        got = sorted(((p, ok) for r, p, ok, _ in curve if r == role), reverse=True)
        cells = []
        for thr in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
            k = sum(1 for p, _ in got if p >= thr)
            ok = sum(o for p, o in got if p >= thr)
            cells.append(f">={thr}: {ok}/{k}")
        print(f"  {role:<10} " + "  ".join(cells))


def _row(name: str, a: dict[str, Counter], b: dict[str, Counter]) -> str:
    cells = []
    for sc in (a, b):
        r, p = _rate(sc["all"])
        cells.append(f"{r:.3f} {p:.3f} " + " ".join(f"{_rate(sc[x])[0]:.3f}" for x in ROLES))
    return f"{name:<9} | {cells[0]} | {cells[1]}"


def main(argv: list[str] | None = None) -> int:
    global P_COST, FILLED, DROPPED, THRESHOLD_MIN, TARGET_P, CURVE_ONLY, LIST_FILLS, L2, \
        TRAIN_ALL, SOFTMAX
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--ceiling", action="store_true")
    ap.add_argument("--no-loso", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--loso-dir", type=Path)
    ap.add_argument("--out", type=Path, default=roles_model.WEIGHTS)
    ap.add_argument("--slots", type=Path, help="keep the collected rows in this pickle and "
                    "read them from it when it exists (to try training settings quickly)")
    ap.add_argument("--p-cost", type=float, default=P_COST, help="argument precision the "
                    "fills may cost in inner cross-validation (default %(default)s)")
    ap.add_argument("--fill", nargs="*", default=list(FILLED), help="roles the model fills")
    ap.add_argument("--drop", nargs="*", default=list(DROPPED), help="roles whose rules' "
                    "strings the model may drop")
    ap.add_argument("--min-threshold", type=float, default=THRESHOLD_MIN)
    ap.add_argument("--target-p", type=float, default=TARGET_P)
    ap.add_argument("--wide", action="store_true", help="candidates also from the clause "
                    "reading's and counted phrases (role_features.WIDE; roles15)")
    ap.add_argument("--curve", action="store_true", help="leave-one-set-out fills' "
                    "precision by probability only (no thresholds, nothing written)")
    ap.add_argument("--list", action="store_true", help="with --curve, each fill")
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty (default %(default)s)")
    ap.add_argument("--softmax", action="store_true", help="a conditional logit: the "
                    "candidates of a role compete with none (default: one logistic each)")
    ap.add_argument("--train-empty", action="store_true", help="train only on the roles "
                    "the rules left empty (not on their own phrases too)")
    args = ap.parse_args(argv)
    role_features.WIDE = args.wide
    CURVE_ONLY, LIST_FILLS, L2 = args.curve, args.list, args.l2
    TRAIN_ALL, SOFTMAX = not args.train_empty, args.softmax
    P_COST, FILLED, DROPPED = args.p_cost, tuple(args.fill), tuple(args.drop)
    THRESHOLD_MIN, TARGET_P = args.min_threshold, args.target_p
    names = [n for n in args.sets if (ROOT / SETS[n]).is_dir()]
    slots = cached_slots(names, args.slots)
    if args.ceiling:
        ceiling(slots)
        return 0
    if not args.no_loso:
        loso(slots, names, args.loso_dir)
    if not args.no_write:
        m = fit(slots)
        m["threshold"], m["drop"] = thresholds(slots, names)
        m["_source"] = ("scripts/train_roles.py: L2 logistic regression per role on the dev "
                        f"sets {', '.join(names)}; thresholds by inner leave-one-set-out")
        args.out.write_text(json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n",
                            encoding="utf-8")
        n = {r: len(w) for r, w in m["weights"].items()}
        print(f"wrote {args.out}: weights {n}, thresholds {m['threshold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
