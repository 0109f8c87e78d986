"""The fast entity tagger: word vectors, two convolutions and a CRF layer, run in numpy.

Trained with PyTorch by scripts/train_ner_fast.py, shipped as arrays
(data/ner/convnet.npz) and run here with numpy alone.

A word is read from its spelling alone, so each word's vector is computed once
and cached:
- the CRF's word features (`features.word_features`: the word, its stems,
  affixes, letter trigrams, cue class, place list, given name, nationality...),
  each a learned vector, summed;
- its multilingual-e5 vector: e5-small embedded every word of a 194k-word
  vocabulary once, at build time (scripts/build_word_vectors.py); the 64 main
  components ship as int8 (`e5` below). A word outside that vocabulary reads
  zeros and a flag;
- how often the ANERcorp train split used its stem, and inside a name.
The words of a sentence are then read in context by two convolutions (five
words wide, then three words two apart: four words each side in all), and the
best valid BIO path is read off the scores and the learned tag transitions.
No recurrence: a document's tokens go through a few matrix products together.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.entities.cache import RowCache
from rasd.entities.crf import forward_backward, length_batches
from rasd.entities.features import (
    Lexicon,
    context_keys,
    lex_key,
    lexicon,
    norm_word,
    phrase_marks,
    word_features,
)
from rasd.entities.neural import allowed_transitions, viterbi_batch

CONVNET = "convnet.npz"
E5_DIM = 64
UNK = 1  # row 0: padding / nothing, row 1: unknown


class WordTable:
    """A frozen word -> row index (the e5 vocabulary); the row -1 is "not in it"."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = list(words)
        self._index = {w: i for i, w in enumerate(self.words)}

    def get(self, word: str) -> int:
        return self._index.get(word, -1)


def word_inputs(n: str, feats: dict[str, int], lex: Lexicon,
                lex_ids: dict[str, int]) -> tuple[list[int], int]:
    """(feature ids, lexicon-band id) of one normalized word: features the model never saw
    in training are left out."""
    ids = [i for i in (feats.get(f, -1) for f in word_features(n)) if i >= 0]
    return ids, lex_ids.get(lex_key(lex, context_keys(n)[1]), UNK)


class ConvTagger:
    """BIO tags for sentences of token strings (numpy only; safe to share across threads)."""

    def __init__(self, weights: dict[str, np.ndarray], meta: dict) -> None:
        self.w = {k: np.asarray(v, np.float32) for k, v in weights.items() if k != "e5"}
        self.w["feat"] = np.vstack([self.w["feat"], np.zeros((1, self.w["feat"].shape[1]),
                                                             np.float32)])
        self.tags: list[str] = meta["tags"]
        self.feats: dict[str, int] = {f: i for i, f in enumerate(meta["features"])}
        self.lex_ids: dict[str, int] = {s: i for i, s in enumerate(meta["lex"])}
        self.marks: dict[str, int] = {s: i for i, s in enumerate(meta["marks"])}
        self.table = WordTable(meta["e5_words"])
        self._e5 = np.asarray(weights["e5"])  # int8 rows, one scale per column
        self._e5_scale = np.asarray(weights["e5_scale"], np.float32)
        self._lex = lexicon()
        w1 = self.w["conv1.weight"]  # (hidden, word, width)
        self.hidden, _, self.width = w1.shape
        # The first convolution read per word: what a word adds to the sentence positions
        # around it (width x hidden), computed once per word, kept in the word cache.
        self._w1 = np.ascontiguousarray(w1.transpose(1, 2, 0).reshape(w1.shape[1], -1))
        self._mark1 = (self.w["mark"] @ self._w1).reshape(-1, self.width, self.hidden)
        w2 = self.w["conv2.weight"]  # (top, hidden, 3), dilation 2
        self._w2 = np.ascontiguousarray(w2.transpose(2, 1, 0).reshape(-1, w2.shape[0]))
        self._out = np.ascontiguousarray(self.w["out.weight"].T)
        self._words = RowCache((self.width, self.hidden), np.float32, limit=40_000)  # 2.5 KB
        self._lock = threading.Lock()  # the cache grows: one writer at a time
        self._move, self._start = allowed_transitions(self.tags)

    @classmethod
    def load(cls, path: str | Path) -> ConvTagger:
        with np.load(path, allow_pickle=False) as z:
            weights = {k: z[k] for k in z.files if k != "meta"}
            meta = json.loads(str(z["meta"]))
        return cls(weights, meta)

    # --- words ---------------------------------------------------------------

    def _vectors(self, norms: list[str]) -> np.ndarray:
        """What new words give the first convolution (words x width x hidden), together."""
        w = self.w
        lex = np.empty(len(norms), np.int64)
        rows = np.empty(len(norms), np.int64)
        ids: list[int] = []
        cuts: list[int] = []
        zero = len(w["feat"]) - 1  # an all-zero row first for every word: no empty bag
        for k, n in enumerate(norms):
            own, lex[k] = word_inputs(n, self.feats, self._lex, self.lex_ids)
            cuts.append(len(ids))
            ids.append(zero)
            ids += own
            rows[k] = self.table.get(n)
        bags = np.add.reduceat(w["feat"][ids], cuts, axis=0)
        known = rows >= 0
        e5 = np.zeros((len(norms), E5_DIM + 1), np.float32)
        e5[known, :E5_DIM] = self._e5[rows[known]] * self._e5_scale
        e5[~known, E5_DIM] = 1.0  # the "no e5 vector" flag
        x = np.concatenate([bags, e5, w["lex"][lex]], axis=1)
        r = np.maximum(x @ w["word.weight"].T + w["word.bias"], 0)
        return (r @ self._w1).reshape(len(norms), self.width, self.hidden)

    def word_vectors(self, norms: list[str]) -> np.ndarray:
        with self._lock:
            return self._words.take(norms, self._vectors)

    # --- sentences -----------------------------------------------------------

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Tag scores (tokens x tags) of each sentence (token strings)."""
        sentences = [[norm_word(w) for w in s] for s in sentences]
        lengths = [len(s) for s in sentences]
        flat = [n for s in sentences for n in s]
        if not flat:
            return [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        half = self.width // 2
        gap = 2 * half  # zero rows between sentences: no convolution reads across them
        starts = np.cumsum([0] + [n + gap for n in lengths[:-1]]) + gap
        total = int(starts[-1] + lengths[-1] + gap)
        pos = np.concatenate([np.arange(a, a + n) for a, n in zip(starts, lengths, strict=True)])
        marks = [self.marks.get(m or "-", UNK) for s in sentences for m in phrase_marks(s)]
        parts = np.zeros((total, self.width, self.hidden), np.float32)
        parts[pos] = self.word_vectors(flat) + self._mark1[marks]
        # conv1: position i sums what the words at i - half ... i + half give it
        h1 = np.broadcast_to(self.w["conv1.bias"], (total, self.hidden)).copy()
        for k in range(self.width):
            off = k - half
            h1[max(0, -off) : total - max(0, off)] += parts[max(0, off) : total - max(0, -off), k]
        np.maximum(h1, 0, out=h1)
        live = np.zeros(total, bool)
        live[pos] = True
        h1[~live] = 0
        # conv2: three positions two apart, only where there are tokens
        cols = np.concatenate([h1[pos - 2], h1[pos], h1[pos + 2]], axis=1)
        h2 = np.maximum(cols @ self._w2 + self.w["conv2.bias"], 0)
        em = np.concatenate([h1[pos], h2], axis=1) @ self._out + self.w["out.bias"]
        return np.split(em, np.cumsum(lengths)[:-1])

    def marginals(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """P(tag | sentence) per token, from the CRF layer's forward-backward (for mixing)."""
        trans, start, end = (np.exp(self.w[k].astype(np.float64))
                             for k in ("crf.trans", "crf.start", "crf.end"))
        ems = self.emissions(sentences)
        out = [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        for batch in length_batches([len(e) for e in ems]):
            n = np.array([len(ems[i]) for i in batch])
            em = np.zeros((len(batch), int(n.max()), len(self.tags)))
            for j, i in enumerate(batch):
                em[j, : n[j]] = ems[i]
            p = forward_backward(em, n, trans, start, end)
            for j, i in enumerate(batch):
                out[i] = p[j, : n[j]].astype(np.float32)
        return out

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best valid BIO path of each sentence (token strings)."""
        ems = self.emissions(sentences)
        out: list[list[str]] = [[] for _ in sentences]
        keep = [i for i, e in enumerate(ems) if len(e)]
        paths = viterbi_batch([ems[i] for i in keep], self._move, self._start,
                              trans=self.w["crf.trans"], start_scores=self.w["crf.start"],
                              end_scores=self.w["crf.end"])
        for i, path in zip(keep, paths, strict=True):
            out[i] = [self.tags[j] for j in path]
        return out
