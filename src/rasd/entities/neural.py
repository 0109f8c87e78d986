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
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.entities.cache import KeyedRows, RowCache
from rasd.entities.compiled import hot
from rasd.entities.crf import forward_backward, length_batches
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


def word_chars(n: str, max_chars: int = MAX_CHARS) -> str:
    """The characters the CNN reads, with word-boundary marks."""
    s = "<" + n + ">"
    if len(s) > max_chars:
        half = max_chars // 2
        s = s[:half] + s[-half:]
    return s


def word_slots(n: str, lex: Lexicon) -> tuple[str, ...]:
    """The discrete features of one normalized word (see SLOTS)."""
    _, core, cue, gaz = context_keys(n)
    given, nationality = word_flags(n)[:2]
    kind = "given" if given else "nationality" if nationality else "-"
    return cue or "-", gaz or "-", lex_key(lex, core), word_shape(n), kind


def window_keys(norms: list[str], chars: dict[str, int], unk: int, base: int,
                max_chars: int = MAX_CHARS) -> tuple[np.ndarray, np.ndarray]:
    """The character CNN's window keys of `norms`, end to end, and where each word's start
    (intp arrays): a key per character of `word_chars`, (a * base + b) * base + c for the
    ids + 1 (`chars`, `unk` for a letter it lacks) of the character before it, it and the
    one after (0 past the word's ends)."""
    ids_of = [[chars.get(c, unk) for c in word_chars(n, max_chars)] for n in norms]
    lengths = np.fromiter(map(len, ids_of), np.intp, len(ids_of))
    ids = np.fromiter((i for c in ids_of for i in c), np.intp, int(lengths.sum()))
    word = np.repeat(np.arange(len(ids_of)), lengths)
    # every word's ids + 1 between zeros (the padding), end to end: the character at
    # flat position t sits at t + 2 * word + 1
    at = np.arange(len(ids)) + 2 * word + 1
    padded = np.zeros(len(ids) + 2 * len(ids_of), np.intp)
    padded[at] = ids + 1
    keys = (padded[at - 1] * base + padded[at]) * base + padded[at + 1]
    return keys, np.cumsum(lengths) - lengths


def char_table(chars: dict[str, int], unk: int, size: int = 1 << 16) -> np.ndarray:
    """Each code point's id in `chars` below `size` (`unk` for those it lacks), int32: what
    the compiled `window_keys` reads instead of a string per character."""
    table = np.full(size, unk, np.int32)
    for c, i in chars.items():
        if len(c) == 1 and ord(c) < size:
            table[ord(c)] = i
    return table


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


class NeuralTagger:
    """Per-token tag marginals (and tags) from the shipped network, numpy only."""

    def __init__(self, weights: dict[str, np.ndarray], vocab: Vocab) -> None:
        self.w = {k: np.asarray(v, np.float32) for k, v in weights.items()}
        self.vocab = vocab
        self.tags: list[str] = self.vocab.lists["tags"]
        self.hidden = self.w["fwd.w_hh"].shape[1]
        # 2 KB a word: at most 100 MB
        self._words = RowCache((2, 4 * self.hidden), np.float32, limit=50_000)
        self._lock = threading.Lock()  # the word cache grows: one writer at a time
        # the CNN's output per window of three characters (400 bytes each: at most 26 MB);
        # a key per window, the three ids + 1 in base `_char_base` (0: padding)
        self._char_base = len(self.w["emb.char"]) + 1
        self._windows = KeyedRows(self._char_base ** 3, self.w["cnn.weight"].shape[0],
                                  np.float32, limit=1 << 16)
        self._char_table: np.ndarray | None = None  # (char_table, made on first use)
        self._lex = lexicon()
        self._input_maps: list[dict[str, int]] | None = None  # (`input_ids`' indexes)
        # The list-mark embedding (the last input) projected once per direction.
        mark = self.w["emb.mark"]
        self._mark_proj = {d: mark @ self.w[f"{d}.w_ih"][:, -mark.shape[1]:].T
                           for d in ("fwd", "bwd")}
        # sigmoid(x) = (tanh(x/2) + 1) / 2: with the i, f, o columns pre-halved one tanh
        # per LSTM step serves all four gates (PyTorch order i, f, g, o).
        self._gate_scale = np.full(4 * self.hidden, 0.5, np.float32)
        self._gate_scale[2 * self.hidden : 3 * self.hidden] = 1.0
        self._w_hh = np.ascontiguousarray(
            np.stack([self.w["fwd.w_hh"].T, self.w["bwd.w_hh"].T]) * self._gate_scale)
        # The word inputs' and the output layer's matrices, transposed into contiguous
        # arrays: a product by a contiguous right-hand matrix gives each row the same bits
        # however many rows go with it (`rows_product`), so a sentence's numbers do not
        # depend on the batch it is tagged in (a transposed view does not: BLAS then
        # blocks by the number of rows).
        d_in = self.w["fwd.w_ih"].shape[1] - mark.shape[1]
        self._w_ih_t = {d: np.ascontiguousarray(self.w[f"{d}.w_ih"][:, :d_in].T)
                        for d in ("fwd", "bwd")}
        self._out_t = np.ascontiguousarray(self.w["out.weight"].T)

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

    def _char_cnn(self, norms: Sequence[str]) -> np.ndarray:
        """The character CNN's max-pooled features (words x filters) of many words at once.

        A filter at one position reads three characters (the kernel is 3 wide): its ReLU'd
        output depends on those three alone, so it is computed once per distinct window of
        three characters (`_windows`, kept) and a word's features are the maximum of its
        windows' rows: the same float32 bits as `reference_char_cnn`, which convolves every
        word padded to the longest (tests/test_neural.py checks both on the demo words)."""
        if self.w["cnn.weight"].shape[2] != 3:  # (the shipped kernel is 3 wide)
            return self.reference_char_cnn(norms)
        chars = self.vocab.index["chars"]
        if _hot is None:
            keys, starts = window_keys(list(norms), chars, UNK, self._char_base, MAX_CHARS)
        else:  # (the same keys, no string made per character)
            if self._char_table is None:
                self._char_table = char_table(chars, UNK)
            keys, starts = _hot.char_window_keys(list(norms), self._char_table, chars, UNK,
                                                 self._char_base, MAX_CHARS)
        rows = self._windows.rows(keys, self._window_features)
        return np.maximum.reduceat(rows, starts, axis=0)

    def _window_features(self, keys: np.ndarray) -> np.ndarray:
        """The CNN's ReLU'd outputs (keys x filters) of windows of three characters, each
        key (a + 1) * base^2 + (b + 1) * base + (c + 1) for character ids a, b, c (0:
        padding): the same einsum over the same rows as `reference_char_cnn`, one position
        a window."""
        k = self.w["cnn.weight"]  # (out, c, width)
        base = self._char_base
        emb = np.vstack([np.zeros((1, k.shape[1]), np.float32), self.w["emb.char"]])
        e = emb[np.stack([keys // (base * base), keys // base % base, keys % base], axis=1)]
        windows = np.ascontiguousarray(e.transpose(0, 2, 1))[:, None]  # (N, 1, c, w)
        return np.maximum(np.einsum("nlcw,ocw->nlo", windows, k) + self.w["cnn.bias"], 0)[:, 0]

    def reference_char_cnn(self, norms: Sequence[str]) -> np.ndarray:
        """`_char_cnn` as a convolution of every word, padded to the longest, in one einsum."""
        char = self.vocab.index["chars"].get
        chars = [[char(c, UNK) for c in word_chars(n)] for n in norms]
        k = self.w["cnn.weight"]  # (out, c, width)
        width = k.shape[2]
        pad = width // 2
        longest = max(len(c) for c in chars)
        # Zero rows around every word, as the training convolution pads; every word's
        # character rows copied in with one index (copies: the same values as word by word)
        e = np.zeros((len(chars), longest + 2 * pad, k.shape[1]), np.float32)
        lengths = np.array([len(c) for c in chars])
        word = np.repeat(np.arange(len(chars)), lengths)
        at = np.arange(len(word)) - np.repeat(np.cumsum(lengths) - lengths, lengths) + pad
        e[word, at] = self.w["emb.char"][[i for c in chars for i in c]]
        windows = np.stack([e[:, i : i + longest] for i in range(width)], axis=3)  # (N, L, c, w)
        out = np.maximum(np.einsum("nlcw,ocw->nlo", windows, k) + self.w["cnn.bias"], 0)
        out[np.arange(longest)[None, :] >= lengths[:, None]] = 0  # past the end: ReLU floor
        return out.max(axis=1)

    def _projections(self, norms: list[str]) -> np.ndarray:
        """Input-to-gates projections (words x direction x 4h) of new words, together: each
        word's embedding rows (`input_ids`) and character features side by side (the
        training's order: word, core, characters, `SLOTS`), times the input matrices."""
        if self._input_maps is None:
            v = self.vocab.index
            self._input_maps = [v[k] for k in ("words", "cores", *SLOTS)]
        ids = _input_ids(list(norms), self._input_maps, self._lex, UNK)
        cnn = self._char_cnn(norms)
        tables = [self.w["emb." + k] for k in ("word", "core", *SLOTS)]
        widths = [t.shape[1] for t in tables]
        x = np.empty((len(norms), sum(widths) + cnn.shape[1]), np.float32)
        at = 0
        for j, (table, width) in enumerate(zip(tables, widths, strict=True)):
            if j == 2:  # the characters' features after the word and its core
                x[:, at : at + cnn.shape[1]] = cnn
                at += cnn.shape[1]
            x[:, at : at + width] = table[ids[:, j]]
            at += width
        return np.stack([rows_product(x, self._w_ih_t[d]) + self.w[f"{d}.b"]
                         for d in ("fwd", "bwd")], axis=1)

    def reference_projections(self, norms: list[str]) -> np.ndarray:
        """`_projections` as the embeddings' rows gathered one input after another and
        concatenated (the reference)."""
        v = self.vocab.index
        word, core = v["words"].get, v["cores"].get
        parts = [self.w["emb.word"][[word(n, UNK) for n in norms]],
                 self.w["emb.core"][[core(context_keys(n)[1], UNK) for n in norms]],
                 self._char_cnn(norms)]
        slots = list(zip(*(word_slots(n, self._lex) for n in norms), strict=True))
        for slot, vals in zip(SLOTS, slots, strict=True):
            get = v[slot].get
            parts.append(self.w["emb." + slot][[get(x, UNK) for x in vals]])
        x = np.concatenate(parts, axis=1)
        return np.stack([rows_product(x, self._w_ih_t[d]) + self.w[f"{d}.b"]
                         for d in ("fwd", "bwd")], axis=1)

    def _run(self, proj: np.ndarray, compiled: bool = True) -> np.ndarray:
        """Both LSTM directions over the input projections `proj` (T, 2, B, 4h): time-major,
        direction 0 forward, 1 backward (each sentence reversed and left-aligned), gate
        columns scaled as `_w_hh` is. Returns the states (T, 2, B, h).

        The two directions step together as one stacked product: half the calls. With the
        compiled loops (and `compiled`), the elementwise work between the two tanhs is one
        pass each (`_hot.lstm_cell`, `_hot.lstm_hidden`): the same float32 bits.
        """
        hs = self.hidden
        t_max, _, b, _ = proj.shape
        if b == 1:  # one row would take another BLAS path (other bits): step two
            return self._run(np.concatenate([proj, np.zeros_like(proj)], axis=2),
                             compiled)[:, :, :1]
        w_hh = self._w_hh  # (2, h, 4h), gate columns scaled
        h = np.zeros((2, b, hs), np.float32)
        c = np.zeros((2, b, hs), np.float32)
        g = np.empty((2, b, 4 * hs), np.float32)
        s = np.empty_like(g)
        ig = np.empty_like(c)
        out = np.empty((t_max, 2, b, hs), np.float32)
        # every step writes into arrays made once (out= throughout): no temporaries
        s_i, s_f, g_g, s_o = s[..., :hs], s[..., hs : 2 * hs], g[..., 2 * hs : 3 * hs], \
            s[..., 3 * hs :]
        if _hot is not None and compiled:
            for t in range(t_max):
                np.matmul(h, w_hh, out=g)
                g += proj[t]
                np.tanh(g, out=g)
                _hot.lstm_cell(g, c)
                h = out[t]
                np.tanh(c, out=h)
                _hot.lstm_hidden(h, g)
            return out
        for t in range(t_max):
            np.matmul(h, w_hh, out=g)
            g += proj[t]
            np.tanh(g, out=g)
            np.multiply(g, 0.5, out=s)
            s += 0.5
            np.multiply(s_f, c, out=c)
            np.multiply(s_i, g_g, out=ig)
            c += ig
            h = out[t]
            np.tanh(c, out=h)
            h *= s_o
        return out

    def _emissions(self, sentences: Sequence[Sequence[str]],
                   norms: Sequence[Sequence[str]] | None = None,
                   marks: Sequence[Sequence[str]] | None = None) -> np.ndarray:
        """Tag scores (B, T, tags) of a batch of non-empty sentences, right-padded
        (`norms`: their words' `norm_word`s, `marks` their `phrase_marks`, when the caller
        has them).

        The input projections are laid out time-major in one step (an index per token),
        and the states read back the same way, instead of a copy per sentence; the gate
        scale (by 0.5 or 1: exact) is applied to them before the LSTM as it was inside."""
        lengths = np.array([len(s) for s in sentences])
        t_max = int(lengths.max())
        if norms is None:
            flat, mk = _inputs(sentences, self.vocab.index["mark"], UNK, False, marks)
        else:
            flat, mk = _inputs(norms, self.vocab.index["mark"], UNK, True, marks)
        # Each token's row and step, forward and backward (its sentence reversed).
        row = np.repeat(np.arange(len(lengths)), lengths)
        step = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        back = np.repeat(lengths, lengths) - 1 - step
        # every cell a token's row goes to is written below: only the padding is zeroed
        proj = np.empty((t_max, 2, len(lengths), 4 * self.hidden), np.float32)
        pad_t, pad_r = np.nonzero(np.arange(t_max)[:, None] >= lengths[None, :])
        proj[pad_t, :, pad_r] = 0
        scale = self._gate_scale
        fwd, bwd = self._mark_proj["fwd"], self._mark_proj["bwd"]
        with self._lock:
            # (tokens, direction, 4h): the cached rows and where each token's is
            rows, at = self._words.rows_at(flat, self._projections)
            if _hot is not None:  # the same sums and products in one compiled pass
                _hot.fill_projections(proj, rows, at, fwd, bwd,
                                      np.asarray(mk, np.intp), lengths.astype(np.intp), scale)
            else:
                every = rows[at]
                proj[step, 0, row] = (every[:, 0] + fwd[mk]) * scale
                proj[back, 1, row] = (every[:, 1] + bwd[mk]) * scale
        out = self._run(proj)
        # both directions' states of each token, in text order; padding scores are zeros
        # (never read: forward-backward and Viterbi stop at each sentence's end)
        h = np.concatenate([out[step, 0, row], out[back, 1, row]], axis=1)
        em = np.zeros((len(lengths), t_max, len(self.tags)), np.float32)
        em[row, step] = rows_product(h, self._out_t) + self.w["out.bias"]
        return em

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per-token tag scores (T, tags) for each sentence (empty ones get (0, tags))."""
        out = [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        for batch in length_batches([len(s) for s in sentences]):
            em = self._emissions([sentences[i] for i in batch])
            for k, i in enumerate(batch):
                out[i] = em[k, : len(sentences[i])]
        return out

    def marginals(self, sentences: Sequence[Sequence[str]],
                  norms: Sequence[Sequence[str]] | None = None,
                  marks: Sequence[Sequence[str]] | None = None) -> list[np.ndarray]:
        """P(tag | sentence) per token from the CRF layer's forward-backward (`norms`: the
        sentences' `norm_word`s, `marks` their `phrase_marks`, when the caller has them)."""
        trans = np.exp(self.w["crf.trans"].astype(np.float64))
        start = np.exp(self.w["crf.start"].astype(np.float64))
        end = np.exp(self.w["crf.end"].astype(np.float64))
        out = [np.zeros((0, len(self.tags)), np.float32) for _ in sentences]
        for batch in length_batches([len(s) for s in sentences]):
            em = self._emissions([sentences[i] for i in batch],
                                 None if norms is None else [norms[i] for i in batch],
                                 None if marks is None else [marks[i] for i in batch])
            n = np.array([len(sentences[i]) for i in batch])
            p = forward_backward(em, n, trans, start, end)
            for j, i in enumerate(batch):
                out[i] = p[j, : n[j]].astype(np.float32)
        return out


def inputs(sentences: Sequence[Sequence[str]], mark_index: dict[str, int],
           unk: int, normalized: bool = False,
           given: Sequence[Sequence[str]] | None = None) -> tuple[list[str], list[int]]:
    """The normalized words of all the sentences, in order, and each token's multi-word
    list-mark id (`unk` for a mark the network does not know); `normalized`: the
    sentences are given as their words' `norm_word`s; `given`: each sentence's
    `phrase_marks`, when the caller has them."""
    norms: list[str] = []
    marks: list[str] = []
    for k, words in enumerate(sentences):
        ns = list(words) if normalized else [norm_word(w) for w in words]
        norms += ns
        marks += phrase_marks(ns) if given is None else given[k]
    mark = mark_index.get
    return norms, [mark(m or "-", unk) for m in marks]


# the same, the ids as an intp array, compiled (entities/_hot.pyx), when built
_inputs = inputs if (_hot := hot()) is None else _hot.neural_inputs


def input_ids(norms: list[str], maps: list[dict[str, int]], lex: Lexicon,
              unk: int) -> np.ndarray:
    """Each word's row (words x 7, intp) in every embedding the network reads of it: its
    word, its core, then its `word_slots` (`maps`: the vocabulary's indexes in that order;
    `unk` where one lacks it)."""
    out = np.empty((len(norms), 7), np.intp)
    for i, n in enumerate(norms):
        vals = (n, context_keys(n)[1], *word_slots(n, lex))
        out[i] = [m.get(x, unk) for m, x in zip(maps, vals, strict=True)]
    return out


_input_ids = input_ids if _hot is None else _hot.input_ids


def rows_product(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """`x @ w` for a C-contiguous `w`, each row's bits independent of how many rows `x` has.

    (OpenBLAS gives a lone row another path, a matrix-vector product, whose sums differ
    in the last bits: it is computed as one of two rows.)"""
    if len(x) == 1:
        return (np.concatenate([x, x]) @ w)[:1]
    return x @ w


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
                  budget: int = 2048, trans: np.ndarray | None = None,
                  start_scores: np.ndarray | None = None,
                  end_scores: np.ndarray | None = None) -> list[list[int]]:
    """`viterbi` for many sentences at once: one step over a group of them per position.

    Groups are of similar length (about `budget` padded cells each): one very long
    sentence would otherwise pad all the others to its length. `trans`, `start_scores`
    and `end_scores` are a CRF layer's transition scores (none: only BIO validity).
    """
    k = move.shape[0]
    neg = np.float32(-1e9)
    pen = np.where(move, 0.0 if trans is None else trans, neg).astype(np.float32)
    lead = np.where(first, 0.0 if start_scores is None else start_scores, neg).astype(np.float32)
    tail = np.zeros(k, np.float32) if end_scores is None else end_scores.astype(np.float32)
    out: list[list[int]] = [[] for _ in logps]
    order = sorted(range(len(logps)), key=lambda i: len(logps[i]))
    group: list[int] = []
    for i in order + [-1]:
        if i >= 0 and (not group or (len(group) + 1) * len(logps[i]) <= budget):
            group.append(i)
            continue
        if group:
            for j, path in zip(group, _viterbi_group([logps[j] for j in group], pen, lead, tail),
                               strict=True):
                out[j] = path
        group = [i]
    return out


def _viterbi_group(logps: Sequence[np.ndarray], pen: np.ndarray, lead: np.ndarray,
                   tail: np.ndarray) -> list[list[int]]:
    """Paths of a group: `pen` (from, to) move scores, `lead` first-tag and `tail` last-tag
    scores (-1e9 where BIO forbids). Rows run longest first, so the sentences still going
    at a step are always the first rows: each step works on one slice, no masks."""
    order = sorted(range(len(logps)), key=lambda i: -len(logps[i]))
    n = np.array([len(logps[i]) for i in order])
    b, t_max, k = len(logps), int(n[0]), logps[0].shape[1]
    # time-major (T, B, K): each step reads and writes contiguous blocks
    pad = np.zeros((t_max, b, k), np.float32)
    for r, i in enumerate(order):
        pad[: n[r], r] = logps[i]
    going = np.searchsorted(-n, -np.arange(t_max), side="left")  # rows with length > t
    score = pad[0] + lead
    best = np.maximum.reduce
    final = np.empty((b, k), np.float32)
    back = np.zeros((t_max, b, k), np.int64)
    for t in range(1, t_max):
        m = going[t]
        if m < going[t - 1]:  # rows whose sentence ended at t - 1 keep their score
            final[m : going[t - 1]] = score[m : going[t - 1]]
        cand = score[:m, :, None] + pen  # (rows, from, to)
        cand.argmax(axis=1, out=back[t, :m])
        score = best(cand, axis=1)  # (ndarray.max less its Python wrapper)
        score += pad[t, :m]
    final[: going[t_max - 1]] = score
    final += tail
    out: list[list[int]] = [[] for _ in logps]
    for i, path in zip(order, _backtrack(back, n.astype(np.int64),
                                         final.argmax(axis=1).astype(np.int64)), strict=True):
        out[i] = path
    return out


def _compiled_viterbi_group(logps: Sequence[np.ndarray], pen: np.ndarray, lead: np.ndarray,
                            tail: np.ndarray) -> list[list[int]]:
    """`py_viterbi_group`'s paths, its steps compiled (`_hot.viterbi_paths`: the same float32
    sums, maxima and first-index argmaxes, row by row)."""
    order = sorted(range(len(logps)), key=lambda i: -len(logps[i]))
    n = np.array([len(logps[i]) for i in order], np.int64)
    pad = np.zeros((int(n[0]), len(logps), logps[0].shape[1]), np.float32)
    for r, i in enumerate(order):
        pad[: n[r], r] = logps[i]
    out: list[list[int]] = [[] for _ in logps]
    for i, path in zip(order, _hot.viterbi_paths(pad, n, pen, lead, tail), strict=True):
        out[i] = path
    return out


def backtrack(back: np.ndarray, lengths: np.ndarray, last_tags: np.ndarray) -> list[list[int]]:
    """The Viterbi paths of a group's rows: row r is `lengths[r]` long and ends on
    `last_tags[r]`; `back[t, r, j]` is the best tag before tag j at step t."""
    out: list[list[int]] = []
    for r, last in enumerate(lengths.tolist()):
        j = int(last_tags[r])
        path = [j]
        steps = back[:last, r].tolist()  # (Python lists index faster than numpy scalars)
        for t in range(last - 1, 0, -1):
            j = steps[t][j]
            path.append(j)
        out.append(path[::-1])
    return out


# the same, compiled (entities/_hot.pyx), when built
_backtrack = backtrack if _hot is None else _hot.backtrack
py_viterbi_group = _viterbi_group  # the reference
if _hot is not None:
    _viterbi_group = _compiled_viterbi_group  # noqa: F811
