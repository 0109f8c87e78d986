"""Exploration: the e5 mode's mixture and decoding, searched on cached member outputs.

    python scripts/e5_mixture_search.py cache [--corpus dev|held]   # build/mixsearch/
    python scripts/e5_mixture_search.py search

`cache` runs the shipped members once over a corpus (ANERcorp dev as a CoNLL stream,
or WikiFANE's held-out tenth) and stores their per-token tag probabilities: the
network, the fine-tuned e5 tagger, and the second CRF with its document votes taken
from three sources (the network's tags as shipped, e5's tags, the mixture's tags).
`search` then scores variants of the mixture with the post-steps (quoted titles, one
name one type) and, to see how much dev chose, a two-fold estimate: dev cut into two
halves of contiguous sentences, each variant's free weights chosen on one half and
scored on the other.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from itertools import product
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import read_anercorp, read_wikifane, split_wikifane  # noqa: E402
from rasd.entities.consistency import propagate  # noqa: E402
from rasd.entities.features import context_rest, norm_word  # noqa: E402
from rasd.entities.neural import viterbi_batch  # noqa: E402
from rasd.entities.tagger import CONLL_WINDOW, Tagger, document_pass_features  # noqa: E402
from rasd.entities.titles import mark_titles  # noqa: E402
from rasd.evaluate_ner import score  # noqa: E402

OUT = ROOT / "build" / "mixsearch"


def corpus(name: str) -> tuple[list[list[str]], list[list[str]]]:
    if name == "dev":
        return read_anercorp("dev")
    _, held = split_wikifane(*read_wikifane("core"))
    return held


def cache(args: argparse.Namespace) -> int:
    words, gold = corpus(args.corpus)
    tagger = Tagger(mode="e5")
    e5 = tagger._e5
    assert e5 is not None
    t0 = time.process_time()
    keep, crf_net, net = tagger.probabilities(words, CONLL_WINDOW)
    order = [e5.tags.index(t) for t in tagger._labels]
    ctx = [m[:, order] for m in e5.marginals([words[i] for i in keep])]
    print(f"members: {time.process_time() - t0:.0f} CPU s", flush=True)
    base = [context_rest(s) if s else [] for s in words]

    def crf_with(votes_from: list[np.ndarray]) -> list[np.ndarray]:
        votes = tagger._votes(len(words), keep, votes_from)
        feats = document_pass_features(words, base, votes, CONLL_WINDOW)
        return tagger.crf_marginals([words[i] for i in keep], [feats[i] for i in keep])

    crf_e5 = crf_with(ctx)
    mix0 = [np.exp(0.4 * np.log(a + 1e-9) + 0.6 * np.log(b + 1e-9))
            for a, b in zip(crf_net, ctx, strict=True)]
    crf_mix = crf_with(mix0)
    first = tagger.crf_marginals([words[i] for i in keep], [base[i] for i in keep],
                                 second=False)
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"{args.corpus}.pkl", "wb") as f:
        pickle.dump({"keep": keep, "words": words, "gold": gold, "labels": tagger._labels,
                     "crf": crf_net, "crf_e5": crf_e5, "crf_mix": crf_mix, "first": first,
                     "net": net, "e5": ctx}, f)
    print(f"{OUT / (args.corpus + '.pkl')} written", flush=True)
    return 0


def context_states(model, sentences: list[list[str]], side: int,
                   batch_pieces: int = 4096) -> list[np.ndarray]:
    """Like E5Model.states (last layer), but each sentence read with up to `side` pieces of
    the sentences before and after it around it."""
    enc = model.encode_words(sentences)
    jobs = []
    result: list[np.ndarray | None] = [None] * len(enc)
    for s, (ids, _) in enumerate(enc):
        if len(ids) > model.max_len:  # read in windows, without context
            result[s] = model.states([sentences[s]], [12])[0]
            continue
        left: list[int] = []
        k = s - 1
        while k >= 0 and len(left) < side:
            left = enc[k][0] + left
            k -= 1
        left = left[-side:] if side else []
        right: list[int] = []
        k = s + 1
        while k < len(enc) and len(right) < side:
            right = right + enc[k][0]
            k += 1
        right = right[:side]
        room = model.max_len - len(ids)
        if room < len(left) + len(right):
            half = max(room // 2, 0)
            left, right = left[len(left) - min(len(left), half):], right[:min(len(right), half)]
        jobs.append((s, len(left), [model.bos, *left, *ids, *right, model.eos]))
    order = sorted(range(len(jobs)), key=lambda j: len(jobs[j][2]))
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and (j - i + 1) * len(jobs[order[j]][2]) <= max(
                batch_pieces, len(jobs[order[i]][2])):
            j += 1
        group = [jobs[o] for o in order[i:j]]
        out = model.forward([g[2] for g in group], [12])
        for (s, off, _), st in zip(group, out, strict=True):
            first = np.array(enc[s][1], np.int64)
            st = st[:, 1 + off + first]  # (1, words, hidden)
            result[s] = np.ascontiguousarray(st.transpose(1, 0, 2))
        i = j
    return result  # type: ignore[return-value]


def cache_context(args: argparse.Namespace) -> int:
    with open(OUT / f"{args.corpus}.pkl", "rb") as f:
        d = pickle.load(f)
    tagger = Tagger(mode="e5")
    e5 = tagger._e5
    assert e5 is not None
    words = d["words"]
    keep = d["keep"]
    t0 = time.process_time()
    sents = [words[i] for i in keep]
    states = context_states(e5.model, sents, args.side)
    order = [e5.tags.index(t) for t in tagger._labels]
    ctx = [m[:, order] for m in e5.marginals(sents, states)]
    print(f"e5 with {args.side} pieces of context each side: "
          f"{time.process_time() - t0:.0f} CPU s", flush=True)
    with open(OUT / f"{args.corpus}-ctx{args.side}.pkl", "wb") as f:
        pickle.dump({f"e5c{args.side}": ctx}, f)
    return 0


def cache_conv(args: argparse.Namespace) -> int:
    from rasd.entities.convnet import CONVNET, ConvTagger
    from rasd.entities.tagger import model_dir

    with open(OUT / f"{args.corpus}.pkl", "rb") as f:
        d = pickle.load(f)
    conv = ConvTagger.load(model_dir() / CONVNET)
    probs = conv.marginals([d["words"][i] for i in d["keep"]])
    order = [conv.tags.index(t) for t in d["labels"]]
    with open(OUT / f"{args.corpus}-conv.pkl", "wb") as f:
        pickle.dump({"e5conv": [p[:, order] for p in probs]}, f)
    return 0


class Data:
    def __init__(self, name: str) -> None:
        with open(OUT / f"{name}.pkl", "rb") as f:
            d = pickle.load(f)
        for extra in sorted(OUT.glob(f"{name}-*.pkl")):
            with open(extra, "rb") as f:
                d |= pickle.load(f)
        self.__dict__.update(d)
        self.extra = [k for k in d if k.startswith("e5c") or k.startswith("crf_")]
        self.tagger = Tagger(mode="accurate")
        self.tagger._labels = self.labels
        from rasd.entities.neural import allowed_transitions

        self.move, self.start = allowed_transitions(self.labels)
        self.o = self.labels.index("O")
        self.logs = {k: [np.log(p + 1e-9) for p in d[k]]
                     for k in ("crf", "crf_e5", "crf_mix", "first", "net", "e5", *self.extra)}

    def decode(self, weights: dict[str, float], o_bias: float = 0.0,
               bias: np.ndarray | None = None, post: bool = True,
               smooth: dict[str, float] | None = None) -> list[list[str]]:
        logs = self.logs
        if smooth:
            logs = dict(logs)
            for k, lam in smooth.items():
                logs[k] = self.smoothed(k, lam)
        logps = []
        for i in range(len(self.keep)):
            lp = sum(w * logs[k][i] for k, w in weights.items() if w)
            lp = lp.copy()
            lp[:, self.o] -= o_bias
            if bias is not None:
                lp += bias
            logps.append(lp)
        paths = viterbi_batch(logps, self.move, self.start)
        out: list[list[str]] = [[] for _ in self.words]
        for i, p in zip(self.keep, paths, strict=True):
            out[i] = [self.labels[j] for j in p]
        if post:
            out = propagate(self.words, mark_titles(self.words, out), CONLL_WINDOW)
        return out

    _smooth_cache: dict = {}

    def smoothed(self, key: str, lam: float) -> list[np.ndarray]:
        """log of (1 - lam) p + lam * mean p of the same normalized word within the window."""
        ck = (key, lam)
        if ck in self._smooth_cache:
            return self._smooth_cache[ck]
        probs = [np.exp(x) for x in self.logs[key]]
        norms = [[norm_word(w) for w in self.words[i]] for i in self.keep]
        n = len(self.keep)
        out = []
        for a in range(n):
            lo, hi = max(0, a - CONLL_WINDOW), min(n, a + CONLL_WINDOW + 1)
            sums: dict[str, np.ndarray] = {}
            counts: dict[str, int] = {}
            for b in range(lo, hi):
                for w, p in zip(norms[b], probs[b], strict=True):
                    if w in sums:
                        sums[w] = sums[w] + p
                        counts[w] += 1
                    else:
                        sums[w] = p.copy()
                        counts[w] = 1
            p = probs[a].copy()
            for t, w in enumerate(norms[a]):
                if counts[w] > 1 and len(w) >= 3 and w.isalpha():
                    p[t] = (1 - lam) * p[t] + lam * sums[w] / counts[w]
            out.append(np.log(p + 1e-9))
        self._smooth_cache[ck] = out
        return out

    def f1(self, pred: list[list[str]], idx: range | None = None) -> float:
        if idx is None:
            return score(self.gold, pred).overall.f1
        return score([self.gold[i] for i in idx], [pred[i] for i in idx]).overall.f1


def simplex(keys: list[str], step: int) -> list[dict[str, float]]:
    out = []
    for parts in product(range(step + 1), repeat=len(keys) - 1):
        if sum(parts) <= step:
            w = [p / step for p in parts] + [(step - sum(parts)) / step]
            out.append(dict(zip(keys, w, strict=True)))
    return out


def search(args: argparse.Namespace) -> int:
    d = Data("dev")
    n = len(d.words)
    halves = [range(0, n // 2), range(n // 2, n)]

    def report(name: str, configs: list[dict]) -> None:
        t0 = time.time()
        rows = []
        for c in configs:
            pred = d.decode(**c)
            rows.append((d.f1(pred), [d.f1(pred, h) for h in halves], c))
        best = max(rows, key=lambda r: r[0])
        # two-fold: choose on one half, score on the other
        cv = []
        for a, b in ((0, 1), (1, 0)):
            pick = max(rows, key=lambda r: r[1][a])
            cv.append(pick[1][b])
        print(f"{name}: {len(rows)} configs; best on dev {best[0]:.4f} {best[2]}; "
              f"two-fold {np.mean(cv):.4f} ({cv[0]:.4f}, {cv[1]:.4f}) "
              f"[{time.time() - t0:.0f} s]", flush=True)

    shipped = {"weights": {"crf": 0.4, "e5": 0.6}}
    print(f"shipped: dev {d.f1(d.decode(**shipped)):.4f}", flush=True)
    exps = args.exps.split(",")
    if "alone" in exps:
        for member in d.logs:
            print(f"{member} alone: dev {d.f1(d.decode({member: 1.0})):.4f}", flush=True)
    if "votes" in exps:
        for key in ("crf", "crf_e5", "crf_mix"):
            report(f"{key} + e5 (step 0.1)",
                   [{"weights": w} for w in simplex([key, "e5"], 10)])
            report(f"{key} + net + e5 (step 0.1)",
                   [{"weights": w} for w in simplex([key, "net", "e5"], 10)])
    crf = args.crf
    if "obias" in exps:
        report(f"{crf} + e5 + O bias",
               [{"weights": w, "o_bias": b} for w in simplex([crf, "e5"], 10)
                for b in (-0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0)])
    if "typebias" in exps:
        w = {crf: 0.4, "e5": 0.6}
        configs = []
        for t, b in product(("PER", "ORG", "LOC", "MISC"), (-0.5, -0.25, 0.25, 0.5, 0.75, 1.0)):
            v = np.zeros(len(d.labels), np.float32)
            for j, lab in enumerate(d.labels):
                if lab.endswith("-" + t):
                    v[j] = b
            configs.append({"weights": w, "bias": v})
        report(f"{crf} 0.4 + e5 0.6 + one type's bias", configs)
    if "smooth" in exps:
        for lam in (0.2, 0.4, 0.6):
            report(f"smoothed e5 {lam}, {crf} + e5",
                   [{"weights": w, "smooth": {"e5": lam}} for w in simplex([crf, "e5"], 10)])
    if "conv" in exps and "e5conv" in d.logs:
        print(f"e5conv alone: dev {d.f1(d.decode({'e5conv': 1.0})):.4f}", flush=True)
        report(f"{crf} + e5 + conv", [{"weights": w} for w in simplex([crf, "e5", "e5conv"], 10)])
        report(f"{crf} + net + e5 + conv",
               [{"weights": w} for w in simplex([crf, "net", "e5", "e5conv"], 10)])
    ctx = [k for k in d.logs if k.startswith("e5c") and k != "e5conv"]
    if "context" in exps:
        for k in ctx:
            print(f"{k} alone: dev {d.f1(d.decode({k: 1.0})):.4f}", flush=True)
            report(f"{crf} + {k}", [{"weights": w} for w in simplex([crf, k], 10)])
            report(f"{crf} + e5 + {k}", [{"weights": w} for w in simplex([crf, "e5", k], 10)])
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    p = sub.add_parser("cache")
    p.add_argument("--corpus", default="dev", choices=["dev", "held"])
    p = sub.add_parser("context")
    p.add_argument("--corpus", default="dev", choices=["dev", "held"])
    p.add_argument("--side", type=int, default=48)
    p = sub.add_parser("conv")
    p.add_argument("--corpus", default="dev", choices=["dev", "held"])
    p = sub.add_parser("search")
    p.add_argument("--exps", default="alone,votes,obias,typebias,smooth,context")
    p.add_argument("--crf", default="crf_e5", help="the CRF member of the later searches")
    args = ap.parse_args(argv)
    if args.step == "conv":
        return cache_conv(args)
    if args.step == "context":
        return cache_context(args)
    return cache(args) if args.step == "cache" else search(args)


if __name__ == "__main__":
    sys.exit(main())
