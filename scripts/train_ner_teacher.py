"""Train the teacher entity tagger on e5's contextual states (PyTorch, training only).

    python scripts/e5_states.py anercorp-train anercorp-dev wikifane-held   # once
    python scripts/train_ner_teacher.py --no-write                         # dev F1 per epoch

The encoder (multilingual-e5-small, entities/encoder.py) stays frozen: each word
is its first piece's states after the cached layers (build/e5-states/), mixed with
learned weights, optionally joined by the word's CRF features (the same bag of
learned feature vectors as the fast tagger), then a BiLSTM and a CRF layer. Trained
on the ANERcorp train split; dev picks the epoch; WikiFANE's held-out tenth is the
out-of-domain check. Seeds fixed, one thread, deterministic.
"""

from __future__ import annotations

import argparse
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
from rasd.entities.consistency import propagate  # noqa: E402
from rasd.entities.features import norm_word, word_features  # noqa: E402
from rasd.entities.neural import allowed_transitions, viterbi_batch  # noqa: E402
from rasd.entities.tagger import CONLL_WINDOW  # noqa: E402
from rasd.entities.titles import mark_titles  # noqa: E402
from rasd.evaluate_ner import format_score, score  # noqa: E402

STATES = ROOT / "build" / "e5-states"
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
IDENTITY = ("w=", "core=", "st=")


def load_states(name: str, layers: list[int]) -> list[np.ndarray]:
    z = np.load(STATES / f"{name}.npz")
    have = list(z["layers"])
    pick = [have.index(x) for x in layers]
    st, off = z["states"][:, pick], z["offsets"]
    return [st[off[i] : off[i + 1]] for i in range(len(off) - 1)]


def crf_nll(em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor, trans: torch.Tensor,
            start: torch.Tensor, end: torch.Tensor) -> torch.Tensor:
    bsz, t, _ = em.shape
    idx = torch.arange(bsz)
    gold = start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
    for i in range(1, t):
        gold = gold + (trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]]) * mask[:, i]
    gold = gold + end[tags[idx, mask.sum(1) - 1]]
    alpha = start[None, :] + em[:, 0]
    for i in range(1, t):
        nxt = torch.logsumexp(alpha[:, :, None] + trans[None], dim=1) + em[:, i]
        alpha = torch.where(mask[:, i, None], nxt, alpha)
    return (torch.logsumexp(alpha + end[None, :], dim=1) - gold).sum()


class Head(nn.Module):
    def __init__(self, n_layers: int, n_feats: int, args: argparse.Namespace) -> None:
        super().__init__()
        self.mix = nn.Parameter(torch.zeros(n_layers))
        self.feat = nn.EmbeddingBag(n_feats, args.feat_dim, mode="sum") if n_feats else None
        width = 384 + (args.feat_dim if n_feats else 0)
        self.proj = nn.Linear(width, args.proj)
        self.lstm = nn.LSTM(args.proj, args.units, batch_first=True, bidirectional=True) \
            if args.units else None
        self.out = nn.Linear(2 * args.units if args.units else args.proj, len(TAGS))
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))
        self.drop = nn.Dropout(args.dropout)

    def emissions(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        st = b["states"]  # (B, T, L, 384)
        x = (st * torch.softmax(self.mix, 0)[None, None, :, None]).sum(2)
        if self.feat is not None:
            bag = self.feat(b["feat_ids"], b["feat_offsets"], per_sample_weights=b["feat_w"])
            grid = torch.zeros(*b["mask"].shape, bag.shape[1])
            grid[b["mask"]] = bag
            x = torch.cat([x, grid], dim=2)
        h = torch.relu(self.proj(self.drop(x)))
        if self.lstm is not None:
            lengths = b["mask"].sum(1)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(h), lengths, batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True,
                                                    total_length=b["mask"].shape[1])
        return self.out(self.drop(h))

    def loss(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
        return crf_nll(self.emissions(b), b["tags"], b["mask"], self.trans, self.start, self.end)


class Data:
    """Sentences with their cached states, feature ids and tags."""

    def __init__(self, words: list[list[str]], tags: list[list[str]] | None,
                 states: list[np.ndarray], feat_index: dict[str, int] | None) -> None:
        self.words = words
        self.states = states
        self.tags = [[TAGS.index(t) if t in TAGS else 0 for t in s] for s in tags] \
            if tags else [[0] * len(s) for s in words]
        self.feats = [[[feat_index[f] for f in word_features(norm_word(w)) if f in feat_index]
                       for w in s] for s in words] if feat_index is not None else None

    def batch(self, ids: list[int], identity: np.ndarray | None, word_drop: float,
              rng: random.Random) -> dict[str, torch.Tensor]:
        t = max(len(self.words[i]) for i in ids)
        n_layers = self.states[ids[0]].shape[1]
        st = np.zeros((len(ids), t, n_layers, 384), np.float32)
        mask = torch.zeros(len(ids), t, dtype=torch.bool)
        tags = torch.zeros(len(ids), t, dtype=torch.long)
        f_ids: list[int] = []
        f_off: list[int] = []
        f_w: list[float] = []
        for r, i in enumerate(ids):
            n = len(self.words[i])
            st[r, :n] = self.states[i]
            mask[r, :n] = True
            tags[r, :n] = torch.tensor(self.tags[i])
            if self.feats is not None:
                for f in self.feats[i]:
                    f_off.append(len(f_ids))
                    drop = word_drop and rng.random() < word_drop
                    f_ids += f
                    f_w += [0.0 if drop and identity[j] else 1.0 for j in f]
        b = {"states": torch.from_numpy(st), "mask": mask, "tags": tags}
        if self.feats is not None:
            b |= {"feat_ids": torch.tensor(f_ids, dtype=torch.long),
                  "feat_offsets": torch.tensor(f_off, dtype=torch.long),
                  "feat_w": torch.tensor(f_w)}
        return b


def predict(net: Head, data: Data, bs: int = 64) -> list[list[str]]:
    move, first = allowed_transitions(TAGS)
    net.eval()
    order = sorted(range(len(data.words)), key=lambda i: len(data.words[i]))
    out: list[list[str]] = [[] for _ in data.words]
    with torch.no_grad():
        for k in range(0, len(order), bs):
            ids = [i for i in order[k : k + bs] if data.words[i]]
            if not ids:
                continue
            b = data.batch(ids, None, 0.0, random.Random(0))
            em = net.emissions(b)
            logps = []
            for r, i in enumerate(ids):
                logps.append(em[r, : len(data.words[i])].numpy())
            paths = viterbi_batch(logps, move, first, trans=net.trans.detach().numpy(),
                                  start_scores=net.start.detach().numpy(),
                                  end_scores=net.end.detach().numpy())
            for i, p in zip(ids, paths, strict=True):
                out[i] = [TAGS[j] for j in p]
    return out


def post(words: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    return propagate(words, mark_titles(words, tags), CONLL_WINDOW)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--layers", type=int, nargs="+", default=[4, 6, 8, 10, 12])
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--proj", type=int, default=256)
    ap.add_argument("--units", type=int, default=128, help="BiLSTM units each way (0: none)")
    ap.add_argument("--features", action="store_true", help="add the CRF word features")
    ap.add_argument("--feat-dim", type=int, default=64)
    ap.add_argument("--word-drop", type=float, default=0.2)
    ap.add_argument("--wikifane", type=int, default=0,
                    help="also train on the first PCT %% of WikiFANE's train part (core mapping; "
                         "states cached as wikifane-trainPCT)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "teacher.pt")
    args = ap.parse_args(argv)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(1)

    train_w, train_t = read_anercorp("train")
    dev_w, dev_t = read_anercorp("dev")
    _, (held_w, held_t) = split_wikifane(*read_wikifane("core"))
    feat_index = None
    identity = None
    if args.features:
        counts: Counter[str] = Counter()
        for s in train_w:
            for w in s:
                counts.update(word_features(norm_word(w)))
        feats = sorted(f for f, c in counts.items() if c >= (3 if f.startswith(IDENTITY) else 2))
        feat_index = {f: i for i, f in enumerate(feats)}
        identity = np.array([f.startswith(IDENTITY) for f in feats])
    train_states = load_states("anercorp-train", args.layers)
    if args.wikifane:
        (wiki_w, wiki_t), _ = split_wikifane(*read_wikifane("core"))
        n = len(wiki_w) * args.wikifane // 100
        train_w, train_t = train_w + wiki_w[:n], train_t + wiki_t[:n]
        train_states += load_states(f"wikifane-train{args.wikifane}", args.layers)
    train = Data(train_w, train_t, train_states, feat_index)
    dev = Data(dev_w, dev_t, load_states("anercorp-dev", args.layers), feat_index)
    held = Data(held_w, held_t, load_states("wikifane-held", args.layers), feat_index)
    net = Head(len(args.layers), len(feat_index or {}), args)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    order = [i for i in range(len(train_w)) if train_w[i]]
    best = None
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        net.train()
        rng.shuffle(order)
        total = 0.0
        chunks = [order[i : i + args.batch * 20] for i in range(0, len(order), args.batch * 20)]
        for chunk in chunks:
            chunk.sort(key=lambda i: len(train_w[i]))
            for i in range(0, len(chunk), args.batch):
                b = train.batch(chunk[i : i + args.batch], identity, args.word_drop, rng)
                opt.zero_grad()
                loss = net.loss(b)
                loss.backward()
                nn.utils.clip_grad_norm_(net.parameters(), 5.0)
                opt.step()
                total += loss.item()
        pred = predict(net, dev)
        raw = score(dev_t, pred).overall.f1
        f1 = score(dev_t, post(dev_w, pred)).overall.f1
        mix = torch.softmax(net.mix, 0).detach().numpy().round(2)
        print(f"epoch {epoch}: loss {total / len(order):.3f} dev F1 {raw:.4f} + post {f1:.4f} "
              f"({time.time() - t0:.0f}s) layer mix {mix}", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, epoch, {k: v.clone() for k, v in net.state_dict().items()})
    assert best is not None
    net.load_state_dict(best[2])
    print(f"best epoch {best[1]}")
    print(format_score(score(dev_t, post(dev_w, predict(net, dev)))))
    hp = [[t if t[2:] in ("PER", "LOC", "ORG") else "O" for t in s]
          for s in post(held_w, predict(net, held))]
    print("WikiFANE held-out (PER/LOC/ORG):")
    print(format_score(score(held_t, hp)))
    if not args.no_write:
        out = args.out
        torch.save({"state": best[2], "args": vars(args),
                    "features": sorted(feat_index, key=feat_index.get) if feat_index else []},
                   out)
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
