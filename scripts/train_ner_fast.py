"""Train the fast entity tagger (entities/convnet.py) with PyTorch.

    python scripts/train_ner_fast.py                       # train, keep the best dev epoch, ship it
    python scripts/train_ner_fast.py --no-write            # an experiment: dev F1 per epoch only
    python scripts/train_ner_fast.py --wikifane core       # + WikiFANE (did not help on dev)

Needs PyTorch (`pip install torch==2.13.0`, CPU build; training only) and the
e5 word vectors of scripts/build_word_vectors.py (build/e5/). Trains on the
ANERcorp train split, with --wikifane also on WikiFANEGold (clitics rejoined,
classes mapped: scripts/ner_corpora.py) without its held-out tenth; the
ANERcorp dev split picks the epoch and is never trained on; the held-out tenth
of WikiFANE is an out-of-domain check (PER/LOC/ORG). The defaults give the
shipped model (docs/entities.md). Seeds are fixed and PyTorch runs
single-threaded and deterministic: a rerun gives the same model.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_corpora import (  # noqa: E402
    MAPPINGS,
    ROOT,
    read_anercorp,
    read_wikifane,
    split_wikifane,
)
from rasd.entities.convnet import CONVNET, E5_DIM, UNK, ConvTagger  # noqa: E402
from rasd.entities.features import (  # noqa: E402
    Lexicon,
    context_keys,
    fold_lexicons,
    lex_key,
    lexicon,
    norm_word,
    phrase_marks,
    word_features,
)
from rasd.evaluate_ner import format_score, score  # noqa: E402

DATA = ROOT / "src" / "rasd" / "data" / "ner"
E5 = ROOT / "build" / "e5"
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
IDENTITY = ("w=", "core=", "st=")  # features naming the word itself (dropped at random)
DIMS = {"feat": 96, "lex": 8, "word": 128, "hidden": 128, "top": 64}


def e5_table() -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(int8 rows, column scales, words) of the e5 vectors reduced to E5_DIM main components."""
    vecs = np.load(E5 / "vectors.npy").astype(np.float32)
    table = [ln.split("\t")[0] for ln in (E5 / "words.tsv").read_text("utf-8").splitlines()]
    assert len(table) == len(vecs), "build/e5 is incomplete: run scripts/build_word_vectors.py"
    mean = vecs.mean(axis=0)
    rng = np.random.default_rng(13)
    sample = vecs[rng.choice(len(vecs), min(50_000, len(vecs)), replace=False)] - mean
    _, _, vt = np.linalg.svd(sample, full_matrices=False)
    red = (vecs - mean) @ vt[:E5_DIM].T
    red /= red.std(axis=0)
    scale = np.abs(red).max(axis=0) / 127
    return np.round(red / scale).astype(np.int8), scale.astype(np.float32), table


class Encoded:
    """Sentences as index arrays: per token its word (a row of `words`), lexicon band, mark."""

    def __init__(self) -> None:
        self.word_index: dict[str, int] = {}
        self.words: list[str] = []
        self.sentences: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []

    def add(self, words: list[str], tags: list[str] | None, lex: Lexicon,
            lex_ids: dict[str, int], marks: dict[str, int]) -> None:
        norms = [norm_word(w) for w in words]
        ids = []
        for n in norms:
            if n not in self.word_index:
                self.word_index[n] = len(self.words)
                self.words.append(n)
            ids.append(self.word_index[n])
        lx = [lex_ids.get(lex_key(lex, context_keys(n)[1]), UNK) for n in norms]
        mk = [marks.get(m or "-", UNK) for m in phrase_marks(norms)]
        tg = [TAGS.index(t) if t in TAGS else 0 for t in tags] if tags else [0] * len(norms)
        self.sentences.append((np.array(ids), np.array(lx), np.array(mk), np.array(tg)))


class Net(nn.Module):
    def __init__(self, n_feats: int, n_lex: int, n_marks: int, dropout: float) -> None:
        super().__init__()
        d = DIMS
        self.feat = nn.EmbeddingBag(n_feats, d["feat"], mode="sum")
        self.lex = nn.Embedding(n_lex, d["lex"])
        self.word = nn.Linear(d["feat"] + E5_DIM + 1 + d["lex"], d["word"])
        self.mark = nn.Embedding(n_marks, d["word"])
        nn.init.zeros_(self.mark.weight)
        self.conv1 = nn.Conv1d(d["word"], d["hidden"], 5, padding=2)
        self.conv2 = nn.Conv1d(d["hidden"], d["top"], 3, padding=2, dilation=2)
        self.out = nn.Linear(d["hidden"] + d["top"], len(TAGS))
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))
        self.drop = nn.Dropout(dropout)

    def emissions(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """Tag scores (B, T, tags); batch holds per-token word vectors' inputs, padded."""
        mask = batch["mask"]  # (B, T)
        bsz, t = mask.shape
        bag = self.feat(batch["feat_ids"], batch["feat_offsets"],
                        per_sample_weights=batch["feat_weights"])  # (tokens, d)
        x = torch.cat([bag, batch["e5"], self.lex(batch["lex"])], dim=1)
        x = torch.relu(self.word(self.drop(x)))
        grid = torch.zeros(bsz * t, x.shape[1])
        grid[mask.view(-1)] = x
        grid = grid.view(bsz, t, -1) + self.mark(batch["mark"]) * mask[..., None]
        h = self.drop(grid).transpose(1, 2)  # (B, d, T)
        m = mask[:, None, :].float()
        h1 = torch.relu(self.conv1(h)) * m
        h2 = torch.relu(self.conv2(self.drop(h1))) * m
        return self.out(self.drop(torch.cat([h1, h2], dim=1).transpose(1, 2)))

    def loss(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        em = self.emissions(batch)
        mask, tags = batch["mask"], batch["tags"]
        bsz, t, k = em.shape
        idx = torch.arange(bsz)
        gold = self.start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
        for i in range(1, t):
            step = self.trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]]
            gold = gold + step * mask[:, i]
        last = tags[idx, mask.sum(1) - 1]
        gold = gold + self.end[last]
        alpha = self.start[None, :] + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + em[:, i]
            alpha = torch.where(mask[:, i, None], nxt, alpha)
        z = torch.logsumexp(alpha + self.end[None, :], dim=1)
        return (z - gold).sum()

    def export(self) -> dict[str, np.ndarray]:
        def a(x: torch.Tensor) -> np.ndarray:
            return x.detach().cpu().numpy().astype(np.float32)
        return {
            "feat": a(self.feat.weight), "lex": a(self.lex.weight), "mark": a(self.mark.weight),
            "word.weight": a(self.word.weight), "word.bias": a(self.word.bias),
            "conv1.weight": a(self.conv1.weight), "conv1.bias": a(self.conv1.bias),
            "conv2.weight": a(self.conv2.weight), "conv2.bias": a(self.conv2.bias),
            "out.weight": a(self.out.weight), "out.bias": a(self.out.bias),
            "crf.trans": a(self.trans), "crf.start": a(self.start), "crf.end": a(self.end),
        }


class Batcher:
    """Training batches from encoded sentences, with identity features and e5 vectors
    hidden at random (so that the model learns to read words it never saw)."""

    def __init__(self, enc: Encoded, feat_ids: list[list[int]], identity: np.ndarray,
                 e5_rows: np.ndarray, e5: np.ndarray) -> None:
        self.enc = enc
        self.feat_ids = feat_ids
        self.identity = identity
        self.e5_rows = e5_rows
        self.e5 = e5

    def batch(self, sent_ids: list[int], word_drop: float, e5_drop: float,
              rng: random.Random) -> dict[str, torch.Tensor]:
        sents = [self.enc.sentences[i] for i in sent_ids]
        t = max(len(s[0]) for s in sents)
        b = len(sents)
        mask = torch.zeros(b, t, dtype=torch.bool)
        tags = torch.zeros(b, t, dtype=torch.long)
        mark = torch.zeros(b, t, dtype=torch.long)
        ids: list[int] = []
        weights: list[float] = []
        offsets: list[int] = []
        e5 = np.zeros((sum(len(s[0]) for s in sents), E5_DIM + 1), np.float32)
        lex: list[int] = []
        k = 0
        for r, (words, lx, mk, tg) in enumerate(sents):
            n = len(words)
            mask[r, :n] = True
            tags[r, :n] = torch.from_numpy(tg)
            mark[r, :n] = torch.from_numpy(mk)
            lex += lx.tolist()
            for w in words:
                offsets.append(len(ids))
                f = self.feat_ids[w]
                drop_id = word_drop and rng.random() < word_drop
                ids += f
                weights += [0.0 if drop_id and self.identity[i] else 1.0 for i in f]
                row = self.e5_rows[w]
                if row >= 0 and not (e5_drop and rng.random() < e5_drop):
                    e5[k, :E5_DIM] = self.e5[row]
                else:
                    e5[k, E5_DIM] = 1.0
                k += 1
        return {"mask": mask, "tags": tags, "mark": mark,
                "feat_ids": torch.tensor(ids, dtype=torch.long),
                "feat_offsets": torch.tensor(offsets, dtype=torch.long),
                "feat_weights": torch.tensor(weights),
                "e5": torch.from_numpy(e5), "lex": torch.tensor(lex, dtype=torch.long)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--epochs", type=int, default=22)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--word-drop", type=float, default=0.2)
    ap.add_argument("--e5-drop", type=float, default=0.05)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--wikifane", default="none", choices=["none", *MAPPINGS])
    ap.add_argument("--wiki-share", type=float, default=1.0,
                    help="share of the WikiFANE train sentences used")
    ap.add_argument("--no-e5", action="store_true", help="leave the e5 vectors out")
    ap.add_argument("--hidden", type=int, default=DIMS["hidden"], help="first convolution's width")
    ap.add_argument("--top", type=int, default=DIMS["top"], help="second convolution's width")
    ap.add_argument("--no-write", action="store_true", help="train and score; ship nothing")
    args = ap.parse_args(argv)
    DIMS.update(hidden=args.hidden, top=args.top)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    train_w, train_t = read_anercorp("train")
    dev_w, dev_t = read_anercorp("dev")
    wiki_train, wiki_held = split_wikifane(*read_wikifane("core"))
    extra: tuple[list[list[str]], list[list[str]]] = ([], [])
    if args.wikifane != "none":
        w_train, _ = split_wikifane(*read_wikifane(args.wikifane))
        keep = int(len(w_train[0]) * args.wiki_share)
        extra = (w_train[0][:keep], w_train[1][:keep])
    full_lex = lexicon()
    lexes = fold_lexicons(train_w, train_t, args.folds) + [full_lex] * len(extra[0])
    sentences = train_w + extra[0]
    tags = train_t + extra[1]

    # Vocabularies, from the training sentences only.
    lex_names = ["<pad>", "<unk>", *sorted({lex_key(lx, context_keys(norm_word(w))[1])
                                            for s, lx in zip(sentences, lexes, strict=True)
                                            for w in s})]
    lex_ids = {s: i for i, s in enumerate(lex_names)}
    mark_names = ["<pad>", "<unk>", *sorted({m or "-" for s in sentences
                                             for m in phrase_marks([norm_word(w) for w in s])})]
    mark_ids = {s: i for i, s in enumerate(mark_names)}
    enc = Encoded()
    for s, t, lx in zip(sentences, tags, lexes, strict=True):
        enc.add(s, t, lx, lex_ids, mark_ids)
    counts: Counter[str] = Counter()
    for words, *_ in enc.sentences:
        for w in words:
            counts.update(word_features(enc.words[w]))
    feats = sorted(f for f, c in counts.items()
                   if c >= (args.min_count + 1 if f.startswith(IDENTITY) else args.min_count))
    feat_index = {f: i for i, f in enumerate(feats)}
    print(f"{len(enc.sentences)} sentences ({len(train_w)} ANERcorp, {len(extra[0])} WikiFANE "
          f"{args.wikifane}), {len(enc.words)} words, {len(feats)} features", flush=True)

    if args.no_e5:
        e5_int, e5_scale, e5_words = np.zeros((0, E5_DIM), np.int8), np.ones(E5_DIM, np.float32), []
    else:
        e5_int, e5_scale, e5_words = e5_table()
    e5_real = e5_int.astype(np.float32) * e5_scale
    e5_index = {w: i for i, w in enumerate(e5_words)}

    def encode_words(e: Encoded) -> tuple[list[list[int]], np.ndarray]:
        fids = [[feat_index[f] for f in word_features(w) if f in feat_index] for w in e.words]
        rows = np.array([e5_index.get(w, -1) for w in e.words])
        return fids, rows

    identity = np.array([f.startswith(IDENTITY) for f in feats])
    fids, rows = encode_words(enc)
    batcher = Batcher(enc, fids, identity, rows, e5_real)
    net = Net(len(feats), len(lex_names), len(mark_names), args.dropout)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)

    meta = {"tags": TAGS, "features": feats, "lex": lex_names, "marks": mark_names,
            "e5_words": e5_words}

    def shipped(weights: dict[str, np.ndarray]) -> ConvTagger:
        return ConvTagger({**weights, "e5": e5_int, "e5_scale": e5_scale}, meta)

    # The dev head as the network reads it in training, to check the numpy export against.
    probe = Encoded()
    for words in dev_w[:40]:
        probe.add(words, None, full_lex, lex_ids, mark_ids)
    probe_fids, probe_rows = encode_words(probe)
    probe_batch = Batcher(probe, probe_fids, identity, probe_rows, e5_real).batch(
        list(range(len(probe.sentences))), 0.0, 0.0, rng)

    best: tuple[float, int, dict[str, np.ndarray]] | None = None
    order = list(range(len(enc.sentences)))
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        net.train()
        rng.shuffle(order)
        total = 0.0
        chunks = [order[i : i + args.batch * 20] for i in range(0, len(order), args.batch * 20)]
        for chunk in chunks:
            chunk.sort(key=lambda i: len(enc.sentences[i][0]))
            for i in range(0, len(chunk), args.batch):
                batch = batcher.batch(chunk[i : i + args.batch], args.word_drop, args.e5_drop,
                                      rng)
                opt.zero_grad()
                loss = net.loss(batch)
                loss.backward()
                nn.utils.clip_grad_norm_(net.parameters(), 5.0)
                opt.step()
                total += loss.item()
        net.eval()
        tagger = shipped(net.export())
        if epoch == 1:
            check_export(net, tagger, probe_batch, [[norm_word(w) for w in s] for s in dev_w[:40]])
        f1 = dev_score(tagger, dev_w, dev_t).overall.f1
        print(f"epoch {epoch}: loss {total / len(order):.3f} dev F1 {f1:.4f} "
              f"({time.time() - t0:.0f}s)", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, epoch, net.export())
    assert best is not None
    print(f"best epoch {best[1]}: dev F1 {best[0]:.4f}")
    tagger = shipped(best[2])
    print(format_score(dev_score(tagger, dev_w, dev_t)))
    held = score(wiki_held[1], [[t if t[2:] in ("PER", "LOC", "ORG") else "O" for t in s]
                                for s in tagger_tags(tagger, wiki_held[0])])
    print(f"WikiFANE held-out tenth ({len(wiki_held[0])} sentences, PER/LOC/ORG): "
          f"P {held.overall.precision:.4f} R {held.overall.recall:.4f} F1 {held.overall.f1:.4f}")
    out = DATA / CONVNET if not args.no_write else Path(tempfile.mkdtemp()) / CONVNET
    save(out, best[2], e5_int, e5_scale, meta)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


def check_export(net: Net, tagger: ConvTagger, batch: dict[str, torch.Tensor],
                 sentences: list[list[str]]) -> None:
    """The numpy tagger computes the emissions the trained network does."""
    with torch.no_grad():
        em = net.emissions(batch).numpy()
    for i, got in enumerate(tagger.emissions(sentences)):
        gap = np.abs(em[i, : len(got)] - got).max()
        assert gap < 1e-3, f"numpy export differs from the network by {gap} on sentence {i}"


def tagger_tags(tagger: ConvTagger, sentences: list[list[str]]) -> list[list[str]]:
    return tagger.tag([[norm_word(w) for w in s] for s in sentences])


def dev_score(tagger: ConvTagger, words: list[list[str]], tags: list[list[str]]):
    return score(tags, tagger_tags(tagger, words))


def save(path: Path, weights: dict[str, np.ndarray], e5_int: np.ndarray, e5_scale: np.ndarray,
         meta: dict) -> None:
    arrays = {k: v.astype(np.float16) if k == "feat" else v for k, v in weights.items()}
    np.savez_compressed(path, meta=np.array(json.dumps(meta, ensure_ascii=False)), e5=e5_int,
                        e5_scale=e5_scale, **arrays)


if __name__ == "__main__":
    sys.exit(main())
