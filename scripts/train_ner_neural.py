"""Train the neural entity tagger (char-CNN + BiLSTM + CRF) with PyTorch.

    python scripts/train_ner_neural.py               # train, keep the best dev epoch, ship it
    python scripts/train_ner_neural.py --no-write    # an experiment: print dev F1 per epoch only
    python scripts/train_ner_neural.py --silver build/silver/silver.conll --silver-weight 0.5

Needs PyTorch (`pip install torch==2.13.0`, the CPU build; `make model` installs
it), only here: rasd tags with numpy (entities/neural.py). Reads the ANERcorp
train split for training; the dev split only picks the epoch. The knowledge
features of train sentences take their word counts from the other folds, as
the CRF's do (scripts/train_ner.py), so unseen words look in training the way
they will in new text. With --silver, news tagged by the e5 mode (scripts/silver_ner.py)
joins the train split, its loss weighted by --silver-weight; it reads the full train
lexicon, as new text does, and adds nothing to the vocabulary (its new words are
unknown words, read by their letters and features). Seeds are fixed and PyTorch runs
single-threaded and deterministic, so a rerun gives the same model.
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

from rasd.entities.features import Lexicon, fold_lexicons, lexicon  # noqa: E402
from rasd.entities.neural import (  # noqa: E402
    MAX_CHARS,
    NEURAL,
    SLOTS,
    NeuralTagger,
    Vocab,
    allowed_transitions,
    sentence_inputs,
    viterbi,
    word_chars,
    word_slots,
)
from rasd.entities.tagger import CONLL_WINDOW, ENSEMBLE, Tagger  # noqa: E402
from rasd.evaluate_ner import canon_tag, format_score, read_conll, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "rasd" / "data" / "ner"
ANER = ROOT.parent / "shared" / "data" / "anercorp"
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
MODELS = DATA  # where the CRFs are read and the mixture written (--models)
DIMS = {"word": 100, "core": 64, "char": 32, "cnn": 100, "slot": 8, "mark": 8, "hidden": 64}


def load(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    sents = read_conll(path)
    return [[r[0] for r in s] for s in sents], [[canon_tag(r[-1]) for r in s] for s in sents]


def replace_mentions(words: list[list[str]], tags: list[list[str]], copies: int,
                     seed: int) -> list[tuple[int, list[str], list[str]]]:
    """Copies of the sentences with names, each name swapped for another train name of its type.

    The copy keeps the context and changes the name, so the tagger learns from the
    words around a name more than from the name itself (mention replacement, Dai &
    Adel 2020): what new text needs, where most names were never seen. Returns
    (index of the source sentence, words, tags) per copy.
    """
    from rasd.evaluate_ner import chunks

    rng = random.Random(seed)
    pool: dict[str, list[list[str]]] = {}
    for w, t in zip(words, tags, strict=True):
        for a, b, typ in chunks(t):
            pool.setdefault(typ, []).append(w[a:b])
    out: list[tuple[int, list[str], list[str]]] = []
    for _ in range(copies):
        for i, (w, t) in enumerate(zip(words, tags, strict=True)):
            found = chunks(t)
            if not found:
                continue
            nw: list[str] = []
            nt: list[str] = []
            at = 0
            for a, b, typ in found:
                nw += w[at:a]
                nt += t[at:a]
                name = rng.choice(pool[typ])
                nw += name
                nt += ["B-" + typ] + ["I-" + typ] * (len(name) - 1)
                at = b
            out.append((i, nw + w[at:], nt + t[at:]))
    return out


def sentence_item(words: list[str], lex: Lexicon) -> tuple:
    """(norms, cores, marks, slots) of one sentence, the network's inputs."""
    norms, cores, marks = sentence_inputs(words, lex)
    return norms, cores, marks, [word_slots(x, lex) for x in norms]


def build_vocab(train: list[tuple], min_count: int) -> Vocab:
    words: Counter[str] = Counter()
    cores: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    slots: list[set[str]] = [set() for _ in SLOTS]
    marks: set[str] = set()
    for norms, cr, mk, sl in train:
        words.update(norms)
        cores.update(cr)
        marks.update(mk)
        for x in norms:
            chars.update(word_chars(x))
        for row in sl:
            for i, v in enumerate(row):
                slots[i].add(v)
    head = ["<pad>", "<unk>"]
    maps = {
        "words": head + sorted(w for w, c in words.items() if c >= min_count),
        "cores": head + sorted(w for w, c in cores.items() if c >= min_count),
        "chars": head + sorted(c for c, k in chars.items() if k >= 2),
        "mark": head + sorted(marks),
        "tags": TAGS,
    }
    for name, vals in zip(SLOTS, slots, strict=True):
        maps[name] = head + sorted(vals)
    return Vocab(maps)


def tensorize(vocab: Vocab, item: tuple, tags: list[str] | None) -> dict[str, torch.Tensor]:
    norms, cores, marks, slots = item
    chars = np.zeros((len(norms), MAX_CHARS), np.int64)
    for i, n in enumerate(norms):
        ids = [vocab.get("chars", c) for c in word_chars(n)]
        chars[i, : len(ids)] = ids
    out = {
        "word": torch.tensor([vocab.get("words", n) for n in norms]),
        "core": torch.tensor([vocab.get("cores", c) for c in cores]),
        "chars": torch.from_numpy(chars),
        "slots": torch.tensor([[vocab.get(s, v) for s, v in zip(SLOTS, row, strict=True)]
                               for row in slots]),
        "mark": torch.tensor([vocab.get("mark", m) for m in marks]),
    }
    if tags is not None:
        out["tags"] = torch.tensor([TAGS.index(t) for t in tags])
    return out


class Net(nn.Module):
    def __init__(self, vocab: Vocab, dropout: float) -> None:
        super().__init__()
        d = DIMS
        v = vocab.lists
        self.word = nn.Embedding(len(v["words"]), d["word"], padding_idx=0)
        self.core = nn.Embedding(len(v["cores"]), d["core"], padding_idx=0)
        self.char = nn.Embedding(len(v["chars"]), d["char"], padding_idx=0)
        self.cnn = nn.Conv1d(d["char"], d["cnn"], 3, padding=1)
        self.slots = nn.ModuleList(nn.Embedding(len(v[s]), d["slot"]) for s in SLOTS)
        self.mark = nn.Embedding(len(v["mark"]), d["mark"])
        d_in = d["word"] + d["core"] + d["cnn"] + d["slot"] * len(SLOTS) + d["mark"]
        self.lstm = nn.LSTM(d_in, d["hidden"], batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * d["hidden"], len(TAGS))
        self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.end = nn.Parameter(torch.zeros(len(TAGS)))
        self.drop = nn.Dropout(dropout)

    def emissions(self, batch: list[dict[str, torch.Tensor]], word_drop: float) -> tuple:
        lengths = [len(b["word"]) for b in batch]
        pad = nn.utils.rnn.pad_sequence
        word = pad([b["word"] for b in batch], batch_first=True)
        core = pad([b["core"] for b in batch], batch_first=True)
        if self.training and word_drop:
            word = word.masked_fill((torch.rand(word.shape) < word_drop) & (word > 1), 1)
            core = core.masked_fill((torch.rand(core.shape) < word_drop) & (core > 1), 1)
        chars = pad([b["chars"] for b in batch], batch_first=True)  # (B, T, C)
        bsz, t, c = chars.shape
        ce = self.char(chars.view(bsz * t, c)).transpose(1, 2)  # (BT, d, C)
        conv = torch.relu(self.cnn(ce))
        conv = conv.masked_fill((chars.view(bsz * t, 1, c) == 0), 0.0).max(dim=2).values
        slots = pad([b["slots"] for b in batch], batch_first=True)
        parts = [self.word(word), self.core(core), conv.view(bsz, t, -1)]
        parts += [emb(slots[:, :, i]) for i, emb in enumerate(self.slots)]
        parts.append(self.mark(pad([b["mark"] for b in batch], batch_first=True)))
        x = self.drop(torch.cat(parts, dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True,
                                                   enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        mask = torch.arange(t)[None, :] < torch.tensor(lengths)[:, None]
        return self.out(self.drop(h)), mask

    def loss(self, batch: list[dict], word_drop: float) -> torch.Tensor:
        em, mask = self.emissions(batch, word_drop)
        tags = nn.utils.rnn.pad_sequence([b["tags"] for b in batch], batch_first=True)
        bsz, t, k = em.shape
        # Gold path score.
        idx = torch.arange(bsz)
        gold = self.start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
        for i in range(1, t):
            step = self.trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]]
            gold = gold + step * mask[:, i]
        last = tags[idx, mask.sum(1) - 1]
        gold = gold + self.end[last]
        # Partition function.
        alpha = self.start[None, :] + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + em[:, i]
            alpha = torch.where(mask[:, i, None], nxt, alpha)
        z = torch.logsumexp(alpha + self.end[None, :], dim=1)
        weight = torch.tensor([b.get("weight", 1.0) for b in batch])
        return ((z - gold) * weight).sum()

    def export(self) -> dict[str, np.ndarray]:
        """The arrays entities.neural reads (LSTM biases summed, gate order i, f, g, o)."""
        def a(t: torch.Tensor) -> np.ndarray:
            return t.detach().cpu().numpy().astype(np.float32)
        lstm = self.lstm
        w = {
            "emb.word": a(self.word.weight), "emb.core": a(self.core.weight),
            "emb.char": a(self.char.weight), "emb.mark": a(self.mark.weight),
            "cnn.weight": a(self.cnn.weight), "cnn.bias": a(self.cnn.bias),
            "fwd.w_ih": a(lstm.weight_ih_l0), "fwd.w_hh": a(lstm.weight_hh_l0),
            "fwd.b": a(lstm.bias_ih_l0 + lstm.bias_hh_l0),
            "bwd.w_ih": a(lstm.weight_ih_l0_reverse), "bwd.w_hh": a(lstm.weight_hh_l0_reverse),
            "bwd.b": a(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse),
            "out.weight": a(self.out.weight), "out.bias": a(self.out.bias),
            "crf.trans": a(self.trans), "crf.start": a(self.start), "crf.end": a(self.end),
        }
        for name, emb in zip(SLOTS, self.slots, strict=True):
            w["emb." + name] = a(emb.weight)
        return w


def decode(tagger: NeuralTagger, sentences: list[list[str]], batch: int = 64) -> list[list[str]]:
    move, first = allowed_transitions(tagger.tags)
    out: list[list[str]] = []
    for i in range(0, len(sentences), batch):
        chunk = sentences[i : i + batch]
        for m in tagger.marginals(chunk):
            out.append([tagger.tags[j] for j in viterbi(np.log(m + 1e-9), move, first)])
    return out


def tune_mixture(net: NeuralTagger, words: list[list[str]],
                 tags: list[list[str]]) -> tuple[dict, float, float]:
    """The CRF weight, mixing space and O bias of the shipped CRF + `net` best on dev.

    Returns (the mixture, its dev F1, the network's own dev F1 through the same decoder).
    """
    tagger = Tagger(MODELS, neural=False)
    tagger.attach(net, 0.0)
    kept, crf, nets = tagger.probabilities(words, window=CONLL_WINDOW)
    keep = [tags[i] for i in kept]
    results = []
    for space in ("prob", "log"):
        for w in [k / 10 for k in range(11)]:
            f1 = score(keep, tagger.mix(crf, nets, w, space)).overall.f1
            print(f"  {space} mixture, crf weight {w:.1f}: dev F1 {f1:.4f}", flush=True)
            results.append((f1, -abs(w - 0.5), w, space))
    best = max(results)
    # Then the O bias for that mixture: kept only if it pays clearly (dev is small and noisy).
    f1, bias = best[0], 0.0
    for b in (0.25, 0.5, 0.75, 1.0, 1.5, 2.0):
        got = score(keep, tagger.mix(crf, nets, best[2], best[3], b)).overall.f1
        print(f"  O bias {b}: dev F1 {got:.4f}", flush=True)
        if got >= best[0] + 0.005 and got > f1:
            f1, bias = got, b
    return {"crf_weight": best[2], "space": best[3], "o_bias": bias}, f1, results[0][0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--epochs", type=int, default=36)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--word-drop", type=float, default=0.05)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--replace", type=int, default=0,
                    help="copies of the train sentences with names swapped (mention replacement)")
    ap.add_argument("--silver", type=Path, help="silver CoNLL (scripts/silver_ner.py) to add")
    ap.add_argument("--silver-share", type=float, default=1.0,
                    help="the share of the silver documents used (their first ones)")
    ap.add_argument("--silver-weight", type=float, default=1.0,
                    help="the loss weight of a silver sentence (a train sentence: 1)")
    ap.add_argument("--hidden", type=int, default=DIMS["hidden"], help="LSTM units per direction")
    ap.add_argument("--no-write", action="store_true", help="train and score; ship nothing")
    ap.add_argument("--out", type=Path, help="write the network here instead (no mixture)")
    ap.add_argument("--models", type=Path,
                    help="with --mix-only: the folder of the CRFs (and the network) to mix")
    ap.add_argument("--mix-only", action="store_true",
                    help="keep the shipped network; re-choose the CRF weight (after a CRF retrain)")
    args = ap.parse_args(argv)
    DIMS["hidden"] = args.hidden
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    train_words, train_tags = load(ANER / "train.txt")
    dev_words, dev_tags = load(ANER / "dev.txt")
    if args.mix_only:
        global MODELS
        MODELS = args.models or DATA
        net = MODELS / NEURAL if (MODELS / NEURAL).is_file() else DATA / NEURAL
        return write_mixture(NeuralTagger.load(net), dev_words, dev_tags, True)
    lexes = fold_lexicons(train_words, train_tags, args.folds)
    items = [sentence_item(w, lex) for w, lex in zip(train_words, lexes, strict=True)]
    vocab = build_vocab(items, args.min_count)  # from the real sentences only
    data = [tensorize(vocab, it, tg) for it, tg in zip(items, train_tags, strict=True)]
    if args.replace:  # each copy reads the counts of its source sentence's fold
        for i, w, t in replace_mentions(train_words, train_tags, args.replace, args.seed):
            data.append(tensorize(vocab, sentence_item(w, lexes[i]), t))
    if args.silver:
        from train_ner import read_silver

        full = lexicon()  # the train split's counts, as new text reads them
        silver = read_silver(args.silver, args.silver_share)
        for words, tags in silver:
            for w, t in zip(words, tags, strict=True):
                item = tensorize(vocab, sentence_item(w, full), t)
                item["weight"] = args.silver_weight
                data.append(item)
        print(f"silver: {len(silver)} documents, {sum(len(d) for d, _ in silver)} sentences",
              flush=True)
    print(f"vocab: {len(vocab.lists['words'])} words, {len(vocab.lists['cores'])} stems, "
          f"{len(vocab.lists['chars'])} chars; {len(data)} sentences", flush=True)

    net = Net(vocab, args.dropout)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    lexicon.cache_clear()  # dev and new text read the shipped full-train counts
    best: tuple[float, int, dict[str, np.ndarray]] | None = None
    order = list(range(len(data)))
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        net.train()
        random.shuffle(order)
        # Batches of similar length: less padding, same randomness per seed.
        chunks = [order[i : i + args.batch * 20] for i in range(0, len(order), args.batch * 20)]
        total = 0.0
        for chunk in chunks:
            chunk.sort(key=lambda i: len(data[i]["word"]))
            for i in range(0, len(chunk), args.batch):
                batch = [data[j] for j in chunk[i : i + args.batch]]
                opt.zero_grad()
                loss = net.loss(batch, args.word_drop)
                loss.backward()
                nn.utils.clip_grad_norm_(net.parameters(), 5.0)
                opt.step()
                total += loss.item()
        net.eval()
        tagger = NeuralTagger(net.export(), vocab)
        s = score(dev_tags, decode(tagger, dev_words))
        f1 = s.overall.f1
        print(f"epoch {epoch}: loss {total / len(data):.3f} dev P {s.overall.precision:.4f} "
              f"R {s.overall.recall:.4f} F1 {f1:.4f} ({time.time() - t0:.0f}s)", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, epoch, net.export())
    assert best is not None
    print(f"best epoch {best[1]}: dev F1 {best[0]:.4f}")
    out = args.out or (DATA / NEURAL if not args.no_write else Path(tempfile.mkdtemp()) / NEURAL)
    NeuralTagger(best[2], vocab).save(out)
    shipped = NeuralTagger.load(out)  # as shipped: large tables in float16
    print(format_score(score(dev_tags, decode(shipped, dev_words))))
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
    if args.out:
        return 0
    return write_mixture(shipped, dev_words, dev_tags, not args.no_write)


def write_mixture(net: NeuralTagger, words: list[list[str]], tags: list[list[str]],
                  write: bool) -> int:
    mixture, f1, alone = tune_mixture(net, words, tags)
    print(f"mixture: {mixture}: dev F1 {f1:.4f} (network alone {alone:.4f})")
    if write:
        (MODELS / ENSEMBLE).write_text(json.dumps(mixture) + "\n")
        if not (MODELS / NEURAL).is_file():
            (MODELS / NEURAL).write_bytes((DATA / NEURAL).read_bytes())
        print(format_score(score(tags, Tagger(MODELS).tag_document(words, CONLL_WINDOW))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
