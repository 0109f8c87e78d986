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
from rasd.entities.features import (
    Lexicon,
    context_keys,
    lex_key,
    lexicon,
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
    """BIO tags for sentences of normalized words (numpy only; safe to share across threads)."""

    def __init__(self, weights: dict[str, np.ndarray], meta: dict) -> None:
        self.w = {k: np.asarray(v, np.float32) for k, v in weights.items() if k != "e5"}
        self.tags: list[str] = meta["tags"]
        self.feats: dict[str, int] = {f: i for i, f in enumerate(meta["features"])}
        self.lex_ids: dict[str, int] = {s: i for i, s in enumerate(meta["lex"])}
        self.marks: dict[str, int] = {s: i for i, s in enumerate(meta["marks"])}
        self.table = WordTable(meta["e5_words"])
        e5 = np.asarray(weights["e5"])  # int8 rows, one scale per column
        self._e5 = e5
        self._e5_scale = np.asarray(weights["e5_scale"], np.float32)
        self._lex = lexicon()
        dim = self.w["word.bias"].shape[0]
        self._words = RowCache((dim,), np.float32, limit=100_000)  # 512 bytes a word
        self._lock = threading.Lock()  # the cache grows: one writer at a time
        self._move, self._start = allowed_transitions(self.tags)
        # Each convolution as one matrix over the concatenated window: (width * c_in, c_out).
        self.conv = [(_unfold(self.w[f"conv{k}.weight"]), self.w[f"conv{k}.bias"],
                      self.w[f"conv{k}.weight"].shape[2], dilation)
                     for k, dilation in ((1, 1), (2, 2))]

    @classmethod
    def load(cls, path: str | Path) -> ConvTagger:
        with np.load(path, allow_pickle=False) as z:
            weights = {k: z[k] for k in z.files if k != "meta"}
            meta = json.loads(str(z["meta"]))
        return cls(weights, meta)

    # --- words ---------------------------------------------------------------

    def _vectors(self, norms: list[str]) -> np.ndarray:
        """The vectors (words x dim) of new words, together."""
        w = self.w
        bags = np.zeros((len(norms), w["feat"].shape[1]), np.float32)
        lex = np.empty(len(norms), np.int64)
        rows = np.empty(len(norms), np.int64)
        for k, n in enumerate(norms):
            ids, lex[k] = word_inputs(n, self.feats, self._lex, self.lex_ids)
            if ids:
                bags[k] = w["feat"][ids].sum(axis=0)
            rows[k] = self.table.get(n)
        known = rows >= 0
        e5 = np.zeros((len(norms), E5_DIM + 1), np.float32)
        e5[known, :E5_DIM] = self._e5[rows[known]] * self._e5_scale
        e5[~known, E5_DIM] = 1.0  # the "no e5 vector" flag
        x = np.concatenate([bags, e5, w["lex"][lex]], axis=1)
        return np.maximum(x @ w["word.weight"].T + w["word.bias"], 0)

    def word_vectors(self, norms: list[str]) -> np.ndarray:
        with self._lock:
            return self._words.take(norms, self._vectors)

    # --- sentences -----------------------------------------------------------

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Tag scores (tokens x tags) of each sentence of normalized words."""
        lengths = [len(s) for s in sentences]
        flat = [n for s in sentences for n in s]
        if not flat:
            return [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        gap = 4  # zero rows between sentences: no convolution reads across them
        starts = np.cumsum([0] + [n + gap for n in lengths[:-1]]) + gap
        total = int(starts[-1] + lengths[-1] + gap)
        pos = np.concatenate([np.arange(a, a + n) for a, n in zip(starts, lengths, strict=True)])
        live = np.zeros(total, bool)
        live[pos] = True
        marks = [self.marks.get(m or "-", UNK) for s in sentences for m in phrase_marks(s)]
        x = np.zeros((total, self.w["word.bias"].shape[0]), np.float32)
        x[pos] = self.word_vectors(flat) + self.w["mark"][marks]
        h = x
        for k, (weight, bias, width, dilation) in enumerate(self.conv):
            out = _conv(h, weight, bias, width, dilation)
            np.maximum(out, 0, out=out)
            out[~live] = 0
            h = out + h if k and out.shape == h.shape else out
        em = h[pos] @ self.w["out.weight"].T + self.w["out.bias"]
        return np.split(em, np.cumsum(lengths)[:-1])

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The best valid BIO path of each sentence of normalized words."""
        ems = self.emissions(sentences)
        trans = self.w["crf.trans"]
        out: list[list[str]] = [[] for _ in sentences]
        keep = [i for i, e in enumerate(ems) if len(e)]
        paths = viterbi_batch([ems[i] for i in keep], self._move, self._start,
                              trans=trans, start_scores=self.w["crf.start"],
                              end_scores=self.w["crf.end"])
        for i, path in zip(keep, paths, strict=True):
            out[i] = [self.tags[j] for j in path]
        return out


def _unfold(weight: np.ndarray) -> np.ndarray:
    """A (c_out, c_in, width) convolution kernel as a (width * c_in, c_out) matrix."""
    c_out, c_in, width = weight.shape
    return np.ascontiguousarray(weight.transpose(2, 1, 0).reshape(width * c_in, c_out))


def _conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, width: int,
          dilation: int) -> np.ndarray:
    """A 'same' 1-D convolution over the rows of x (N, c_in), zeros beyond both ends."""
    half = (width // 2) * dilation
    n = x.shape[0]
    padded = np.zeros((n + 2 * half, x.shape[1]), np.float32)
    padded[half : half + n] = x
    cols = np.concatenate([padded[k * dilation : k * dilation + n] for k in range(width)], axis=1)
    return cols @ weight + bias
