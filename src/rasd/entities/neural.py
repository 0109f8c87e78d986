"""The neural entity tagger: a character-CNN + BiLSTM + CRF, run in numpy.

Trained with PyTorch by scripts/train_ner_neural.py (train split; dev for the
epoch), shipped as plain arrays (data/ner/neural.npz) and run here with numpy
alone, so PyTorch is needed to train, never to tag.

Each token is read as: its normalized word and clitic-stripped stem (learned
embeddings; rare words share one unknown vector), its letters (a CNN over
characters, which is what carries unseen names), and the CRF's knowledge
features (cue class, place-list class, how often the train split named the
stem, given name or nationality adjective, a multi-word place-list mark).
Everything but the list mark depends on the spelling alone, so a word's input
projection is computed once and cached.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.entities.features import (
    Lexicon,
    context_keys,
    lex_key,
    lexicon,
    norm_word,
    phrase_marks,
    word_flags,
    word_shape,
)

NEURAL = "neural.npz"
MAX_CHARS = 24  # longer tokens are cut (both ends kept): names are shorter
UNK, PAD = 1, 0
# Word-level discrete inputs, in this order; "mark" is per sentence.
SLOTS = ("cue", "gaz", "lex", "shape", "kind")


def word_chars(n: str) -> str:
    """The characters the CNN reads, with word-boundary marks."""
    s = "<" + n + ">"
    if len(s) > MAX_CHARS:
        half = MAX_CHARS // 2
        s = s[:half] + s[-half:]
    return s


def word_slots(n: str, lex: Lexicon) -> tuple[str, ...]:
    """The discrete features of one normalized word (see SLOTS)."""
    _, core, cue, gaz = context_keys(n)
    given, nationality = word_flags(n)[:2]
    kind = "given" if given else "nationality" if nationality else "-"
    return cue or "-", gaz or "-", lex_key(lex, core), word_shape(n), kind


def sentence_inputs(words: Sequence[str], lex: Lexicon) -> tuple[list[str], list[str], list[str]]:
    """Normalized words, their cores, and the multi-word list marks of one sentence."""
    norms = [norm_word(w) for w in words]
    cores = [context_keys(n)[1] for n in norms]
    return norms, cores, [m or "-" for m in phrase_marks(norms)]


class Vocab:
    """String -> index maps for every input, and the tag list (saved beside the weights)."""

    def __init__(self, maps: dict[str, list[str]]) -> None:
        self.lists = maps
        self.index = {k: {s: i for i, s in enumerate(v)} for k, v in maps.items()}

    def get(self, kind: str, s: str) -> int:
        return self.index[kind].get(s, UNK)

    def to_json(self) -> str:
        return json.dumps(self.lists, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Vocab:
        return cls(json.loads(text))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralTagger:
    """Per-token tag marginals (and tags) from the shipped network, numpy only."""

    def __init__(self, weights: dict[str, np.ndarray], vocab: Vocab) -> None:
        self.w = {k: np.asarray(v, np.float32) for k, v in weights.items()}
        self.vocab = vocab
        self.tags: list[str] = self.vocab.lists["tags"]
        self.hidden = self.w["fwd.w_hh"].shape[1]
        self._cache: dict[str, np.ndarray] = {}
        self._lex = lexicon()
        # The list-mark embedding (the last input) projected once per direction.
        mark = self.w["emb.mark"]
        self._mark_proj = {d: mark @ self.w[f"{d}.w_ih"][:, -mark.shape[1]:].T
                           for d in ("fwd", "bwd")}
        self._w_hh = np.stack([self.w["fwd.w_hh"].T, self.w["bwd.w_hh"].T])  # (2, h, 4h)

    @classmethod
    def load(cls, path: str | Path) -> NeuralTagger:
        with np.load(path, allow_pickle=False) as z:
            weights = {k: z[k] for k in z.files if k != "vocab"}
            vocab = Vocab.from_json(str(z["vocab"]))
        return cls(weights, vocab)

    def save(self, path: str | Path) -> None:
        arrays = {k: v.astype(np.float16) if v.ndim == 2 and v.shape[0] > 1000 else v
                  for k, v in self.w.items()}
        np.savez_compressed(path, vocab=np.array(self.vocab.to_json()), **arrays)

    def _char_cnn(self, n: str) -> np.ndarray:
        idx = [self.vocab.get("chars", c) for c in word_chars(n)]
        e = self.w["emb.char"][idx]  # (L, c)
        k = self.w["cnn.weight"]  # (out, c, width)
        width = k.shape[2]
        pad = width // 2
        e = np.concatenate([np.zeros((pad, e.shape[1]), np.float32), e,
                            np.zeros((pad, e.shape[1]), np.float32)])
        windows = np.stack([e[i : i + len(idx)] for i in range(width)], axis=2)  # (L, c, w)
        out = np.einsum("lcw,ocw->lo", windows, k) + self.w["cnn.bias"]
        return np.maximum(out, 0).max(axis=0)

    def word_projection(self, n: str) -> np.ndarray:
        """Input-to-gates projection of one normalized word for both directions (cached)."""
        hit = self._cache.get(n)
        if hit is not None:
            return hit
        core = context_keys(n)[1]
        v = self.vocab
        parts = [self.w["emb.word"][v.get("words", n)], self.w["emb.core"][v.get("cores", core)],
                 self._char_cnn(n)]
        for slot, val in zip(SLOTS, word_slots(n, self._lex), strict=True):
            parts.append(self.w["emb." + slot][v.get(slot, val)])
        x = np.concatenate(parts)
        d_in = x.shape[0]
        proj = np.stack([x @ self.w[f"{d}.w_ih"][:, :d_in].T + self.w[f"{d}.b"]
                         for d in ("fwd", "bwd")])
        if len(self._cache) < 50_000:  # 2 KB each: at most about 100 MB
            self._cache[n] = proj
        return proj

    def _run(self, fwd: np.ndarray, bwd: np.ndarray) -> np.ndarray:
        """Both LSTM directions over (B, T, 4h) batches already projected (bwd reversed).

        The two directions step together as one stacked product: half the calls.
        """
        proj = np.stack([fwd, bwd])  # (2, B, T, 4h)
        _, b, t_max, _ = proj.shape
        w_hh = self._w_hh
        hs = self.hidden
        h = np.zeros((2, b, hs), np.float32)
        c = np.zeros((2, b, hs), np.float32)
        out = np.empty((2, b, t_max, hs), np.float32)
        for t in range(t_max):
            g = proj[:, :, t] + h @ w_hh
            s = _sigmoid(g)  # i, f, o; the cell input is a tanh
            c = s[..., hs : 2 * hs] * c + s[..., :hs] * np.tanh(g[..., 2 * hs : 3 * hs])
            h = s[..., 3 * hs :] * np.tanh(c)
            out[:, :, t] = h
        return out

    def _emissions(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Tag scores (B, T, tags) of a batch of non-empty sentences, right-padded."""
        lengths = [len(s) for s in sentences]
        t_max = max(lengths)
        rows: list[np.ndarray] = []
        marks: list[str] = []
        for words in sentences:
            norms = [norm_word(w) for w in words]
            rows += [self.word_projection(n) for n in norms]
            marks += phrase_marks(norms)
        mk = [self.vocab.get("mark", m or "-") for m in marks]
        every = np.stack(rows)  # (tokens, direction, 4h)
        f_all = every[:, 0] + self._mark_proj["fwd"][mk]
        b_all = every[:, 1] + self._mark_proj["bwd"][mk]
        fwd = np.zeros((len(sentences), t_max, 4 * self.hidden), np.float32)
        bwd = np.zeros_like(fwd)
        at = 0
        for k, n in enumerate(lengths):
            fwd[k, :n] = f_all[at : at + n]
            bwd[k, :n] = b_all[at : at + n][::-1]
            at += n
        hf, hb = self._run(fwd, bwd)
        for k, n in enumerate(lengths):  # the backward states back in text order
            hb[k, :n] = hb[k, :n][::-1].copy()
        h = np.concatenate([hf, hb], axis=2)
        return h @ self.w["out.weight"].T + self.w["out.bias"]

    def _batches(self, sentences: Sequence[Sequence[str]], budget: int = 4096) -> list[list[int]]:
        """Indices of the non-empty sentences in length-sorted batches of about `budget` cells."""
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        out: list[list[int]] = []
        for i in order:
            if out and (len(out[-1]) + 1) * len(sentences[i]) <= budget:
                out[-1].append(i)
            else:
                out.append([i])
        return out

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per-token tag scores (T, tags) for each sentence (empty ones get (0, tags))."""
        out = [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        for batch in self._batches(sentences):
            em = self._emissions([sentences[i] for i in batch])
            for k, i in enumerate(batch):
                out[i] = em[k, : len(sentences[i])]
        return out

    def marginals(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """P(tag | sentence) per token from the CRF layer's forward-backward.

        Scaled forward-backward in probability space: each step is one small
        matrix product, renormalized, instead of a log-sum-exp over tag pairs.
        """
        trans = np.exp(self.w["crf.trans"].astype(np.float64))
        start = np.exp(self.w["crf.start"].astype(np.float64))
        end = np.exp(self.w["crf.end"].astype(np.float64))
        out = [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        for batch in self._batches(sentences):
            em = self._emissions([sentences[i] for i in batch]).astype(np.float64)
            pot = np.exp(em - em.max(axis=2, keepdims=True))
            n = np.array([len(sentences[i]) for i in batch])
            b, t_max, _ = em.shape
            alpha = np.empty_like(pot)
            beta = np.empty_like(pot)
            a = start * pot[:, 0]
            alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
            for t in range(1, t_max):
                a = (alpha[:, t - 1] @ trans) * pot[:, t]
                a /= a.sum(axis=1, keepdims=True)
                alpha[:, t] = np.where((t < n)[:, None], a, alpha[:, t - 1])
            last = end / end.sum()
            beta[:, t_max - 1] = last
            for t in range(t_max - 2, -1, -1):
                v = (pot[:, t + 1] * beta[:, t + 1]) @ trans.T
                v /= v.sum(axis=1, keepdims=True)
                beta[:, t] = np.where((t >= n - 1)[:, None], last, v)
            p = alpha * beta
            p /= p.sum(axis=2, keepdims=True)
            for j, i in enumerate(batch):
                out[i] = p[j, : n[j]].astype(np.float32)
        return out


def allowed_transitions(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """BIO validity: (tags x tags) allowed moves, and the tags a sentence may start with."""
    k = len(tags)
    move = np.ones((k, k), bool)
    first = np.ones(k, bool)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            first[j] = False
            for i, s in enumerate(tags):
                move[i, j] = s[2:] == t[2:] and s != "O"
    return move, first


def viterbi(logp: np.ndarray, move: np.ndarray, first: np.ndarray) -> list[int]:
    """The best valid BIO path through per-token log scores (no transition weights)."""
    neg = np.float32(-1e9)
    score = np.where(first, logp[0], neg)
    back = np.zeros(logp.shape, np.int64)
    pen = np.where(move, 0.0, neg)
    for t in range(1, logp.shape[0]):
        cand = score[:, None] + pen
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = [int(score.argmax())]
    for t in range(logp.shape[0] - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def viterbi_batch(logps: Sequence[np.ndarray], move: np.ndarray, first: np.ndarray,
                  budget: int = 2048) -> list[list[int]]:
    """`viterbi` for many sentences at once: one step over a group of them per position.

    Groups are of similar length (about `budget` padded cells each): one very long
    sentence would otherwise pad all the others to its length.
    """
    out: list[list[int]] = [[] for _ in logps]
    order = sorted(range(len(logps)), key=lambda i: len(logps[i]))
    group: list[int] = []
    for i in order + [-1]:
        if i >= 0 and (not group or (len(group) + 1) * len(logps[i]) <= budget):
            group.append(i)
            continue
        if group:
            for j, path in zip(group, _viterbi_group([logps[j] for j in group], move, first),
                               strict=True):
                out[j] = path
        group = [i]
    return out


def _viterbi_group(logps: Sequence[np.ndarray], move: np.ndarray,
                   first: np.ndarray) -> list[list[int]]:
    n = np.array([len(x) for x in logps])
    b, t_max, k = len(logps), int(n.max()), logps[0].shape[1]
    pad = np.zeros((b, t_max, k), np.float32)
    for i, x in enumerate(logps):
        pad[i, : len(x)] = x
    neg = np.float32(-1e9)
    pen = np.where(move, 0.0, neg).astype(np.float32)
    score = np.where(first, pad[:, 0], neg)
    back = np.broadcast_to(np.arange(k), (b, t_max, k)).copy()  # padding: stay put
    for t in range(1, t_max):
        cand = score[:, :, None] + pen  # (B, from, to)
        best = cand.argmax(axis=1)
        new = cand.max(axis=1) + pad[:, t]
        live = t < n
        if live.all():
            back[:, t] = best
            score = new
        else:
            back[:, t] = np.where(live[:, None], best, back[:, t])
            score = np.where(live[:, None], new, score)
    path = np.empty((b, t_max), np.int64)
    path[:, -1] = score.argmax(axis=1)
    rows = np.arange(b)
    for t in range(t_max - 1, 0, -1):
        path[:, t - 1] = back[rows, t, path[:, t]]
    return [path[i, : n[i]].tolist() for i in range(b)]
