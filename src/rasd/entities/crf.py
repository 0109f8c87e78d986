"""Linear-chain CRF marginals in numpy: shared by the network's CRF layer and the crfsuite models.

crfsuite answers one `marginal(label, position)` call at a time; reading its
weights once and running forward-backward on whole batches of sentences gives
the same numbers several times faster (tests/test_neural.py checks both).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from itertools import repeat

import numpy as np
import pycrfsuite

from rasd.entities.cache import RowCache
from rasd.entities.compiled import hot
from rasd.entities.features import (
    NEIGHBOUR_OFFSETS,
    NEIGHBOUR_SHIFTS,
    Lexicon,
    bigram_tables,
    context_ids,
    context_keys,
    lex_key,
    lexicon,
    neighbour_features,
    norm_word,
    word_features,
)


def length_batches(lengths: Sequence[int], budget: int = 4096) -> list[list[int]]:
    """Indices of the non-empty items in length-sorted batches of about `budget` cells."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: lengths[i])
    out: list[list[int]] = []
    for i in order:
        if out and (len(out[-1]) + 1) * lengths[i] <= budget:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def forward_backward(em: np.ndarray, n: np.ndarray, trans: np.ndarray,
                     start: np.ndarray | None = None,
                     end: np.ndarray | None = None) -> np.ndarray:
    """P(tag) per token of a right-padded batch of emission scores (B, T, K).

    `trans`, `start` and `end` are potentials (exp of the weights). Scaled
    forward-backward in probability space: each step is one small matrix
    product, renormalized, instead of a log-sum-exp over tag pairs.
    """
    em = em.astype(np.float64)
    pot = np.exp(em - em.max(axis=2, keepdims=True))  # padding: all ones, never read
    b, t_max, k = em.shape
    start = np.ones(k) if start is None else start
    end = np.ones(k) if end is None else end
    # (np.add.reduce is what ndarray.sum calls, minus a Python wrapper: one per step)
    total = np.add.reduce
    # Both passes step together, time-major: z[t, 0] is the forward vector at step t,
    # z[t, 1] the backward one at step t of each sentence reversed and left-aligned (every
    # sentence's last token is step 0: no step needs a mask). One step is one stacked
    # product of z[t - 1] by the pair (trans, trans.T) and one renormalization: the same
    # operations on the same numbers as two separate passes, the factors of one (x * 1.0)
    # aside, which change nothing.
    rows = np.arange(b)[:, None]
    back = np.maximum(n[:, None] - 1 - np.arange(t_max)[None, :], 0)  # (B, T)
    pot_t = pot.transpose(1, 0, 2)  # (T, B, K)
    before = np.ones((t_max, 2, b, k))  # factors before the product: 1 | reversed pot
    before[:, 1] = pot_t[back.T, rows.T]
    after = np.ones((t_max, 2, b, k))  # factors after it: pot | 1
    after[:, 0] = pot_t
    pair = np.stack([trans, trans.T])
    z = np.empty((t_max, 2, b, k))
    a = start * pot_t[0]
    z[0, 0] = a / total(a, axis=1, keepdims=True)
    z[0, 1] = end / end.sum()
    for t in range(1, t_max):
        y = (z[t - 1] * before[t - 1]) @ pair
        y *= after[t]
        np.divide(y, total(y, axis=2, keepdims=True), out=z[t])
    p = np.empty_like(pot)
    np.multiply(z[:, 0].transpose(1, 0, 2), z[back, 1, rows], out=p)
    p /= total(p, axis=2, keepdims=True)
    return p


def families(attr: dict[str, int]) -> dict[str, dict[str, int]]:
    """A CRF's attributes by family: the part of a feature up to its first "=" (`w=`,
    `p2=`, `g3=`: no family's name holds another "=") -> the rest (a value may hold one)
    -> the attribute id; what `_hot.word_feature_ids` reads instead of feature strings."""
    out: dict[str, dict[str, int]] = {}
    for a, i in attr.items():
        cut = a.find("=") + 1
        if cut:
            out.setdefault(a[:cut], {})[a[cut:]] = i
    return out


class NeighbourIds:
    """A CRF's attribute ids of `features.neighbour_features` read from tables by the
    word's `context_keys`, without building the feature strings: for each of the four keys
    (word, core, cue class, list class), value -> its feature's id at each of
    `NEIGHBOUR_OFFSETS` (`w-2=`, `w-1=`, `w1=`, `w2=`; ...), and a core -> the ids of its
    lexicon band's `lx=`, `lx-1=`, `lx+1=` (`no_band`: a core the lexicon lacks, band "0").
    The same ids in the same groups and order as `feature_ids` of the strings
    (tests/test_compiled.py checks both on the demo words)."""

    KINDS = ("w", "c", "cue", "gaz")

    def __init__(self, attr: dict[str, int], unk: int, lex: Lexicon) -> None:
        self.unk = unk
        prefix = {f"{kind}{d}=": (j, k) for j, kind in enumerate(self.KINDS)
                  for k, d in enumerate(NEIGHBOUR_OFFSETS)}
        band_prefix = {"lx=": 0, "lx-1=": 1, "lx+1=": 2}
        found: list[dict[str, list[int]]] = [{} for _ in self.KINDS]
        band_ids: dict[str, list[int]] = {}
        for a, i in attr.items():
            cut = a.find("=") + 1  # (no prefix holds a "="; a value may)
            head, value = a[:cut], a[cut:]
            if head in prefix:
                j, k = prefix[head]
                found[j].setdefault(value, [unk] * len(NEIGHBOUR_OFFSETS))[k] = i
            elif head in band_prefix:
                band_ids.setdefault(value, [unk] * 3)[band_prefix[head]] = i
        self.tables = tuple({v: tuple(ids) for v, ids in t.items()} for t in found)
        self.none = (unk,) * len(NEIGHBOUR_OFFSETS)
        by_band = {b: tuple(ids) for b, ids in band_ids.items()}
        self.no_band = by_band.get(lex_key({}, ""), (unk,) * 3)
        self.bands = {core: by_band.get(lex_key(lex, core), (unk,) * 3) for core in lex}

    def ids(self, norms: Sequence[str]) -> tuple[list[int], list[int]]:
        """The ids and cuts `feature_ids` gives the `neighbour_features` of `norms`, end to
        end (seven groups a word, each led by `unk`)."""
        unk = self.unk
        tw, tc, tcue, tgaz = (t.get for t in self.tables)
        none = self.none
        band_of = self.bands.get
        no_band = self.no_band
        ids: list[int] = []
        cuts: list[int] = []
        for n in norms:
            w, core, c, g = context_keys(n)
            lx = band_of(core, no_band)
            wi = tw(w, none)
            ci = tc(core, none)
            at = len(ids)
            cuts += (at, at + 2, at + 4)
            ids += (unk, lx[0], unk, lx[1], unk, lx[2])
            cue = tcue(c, none) if c else None
            gaz = tgaz(g, none) if g else None
            for k in (0, 1, 2, 3):  # NEIGHBOUR_OFFSETS: -2, -1, 1, 2 (a list class at -1, 1)
                cuts.append(len(ids))
                ids += (unk, wi[k], ci[k])
                if cue is not None:
                    ids.append(cue[k])
                if gaz is not None and k in (1, 2):
                    ids.append(gaz[k])
        return ids, cuts


def feature_ids(context: Sequence[Sequence[str]], attr: dict[str, int],
                unk: int) -> tuple[list[int], list[int]]:
    """The attribute ids of each token's features (`unk` for those the model never saw),
    a leading `unk` id per token (a zero row: no token's slice is empty), and where each
    token's ids start."""
    get = attr.get
    ids: list[int] = []
    cuts: list[int] = []
    for f in context:
        cuts.append(len(ids))
        ids.append(unk)
        ids.extend(map(get, f, repeat(unk)))
    return ids, cuts


def flat_ids(context: Sequence[Sequence[int]], unk: int) -> tuple[list[int], list[int]]:
    """`feature_ids` of features already given as their ids (`features.context_ids`)."""
    ids: list[int] = []
    cuts: list[int] = []
    for f in context:
        cuts.append(len(ids))
        ids.append(unk)
        ids.extend(f)
    return ids, cuts


def row_sums(w: np.ndarray, flat: Sequence[int], cuts: Sequence[int]) -> np.ndarray:
    """Row g: the rows `w[flat[j]]` of group g, past its leading id (`feature_ids`' ids
    and cuts), summed.

    Groups with the same number of rows are summed together, one (groups x rows x labels)
    reduction each: each group's rows are added one after another in its order, as a group
    alone gives them (`reduceat` adds long groups in another order, a few 1e-15 apart)."""
    ids, at = np.asarray(flat, np.intp), np.asarray(cuts, np.intp) + 1  # (no leading id)
    counts = np.diff(np.append(at, len(ids) + 1)) - 1
    out = np.empty((len(at), w.shape[1]))
    for k in np.unique(counts).tolist():
        group = np.flatnonzero(counts == k)
        out[group] = w[ids[at[group, None] + np.arange(k)]].sum(axis=1)
    return out


# the same ids as intp arrays, compiled (entities/_hot.pyx), when built
_feature_ids = feature_ids if (_hot := hot()) is None else _hot.feature_ids
_flat_ids = flat_ids if _hot is None else _hot.flat_ids
# the same sums, one group's rows after another in C
_row_sums = row_sums if _hot is None else _hot.row_sums


class CrfsuiteMarginals:
    """A crfsuite model's per-token marginals, in the column order of `labels`.

    Labels the model does not know get probability 0 (as crfsuite would). A token's
    score is the cached sum of its word's own features, plus the cached sums of what its
    neighbours' spellings give it (`features.neighbour_features`), plus the few context
    features left (`features.context_rest`, document features added): string features are
    built and looked up only for those. Safe across threads: the caches grow under a lock.
    """

    def __init__(self, tagger: pycrfsuite.Tagger, labels: Sequence[str]) -> None:
        info = tagger.info()
        own = list(tagger.labels())
        col = {lab: j for j, lab in enumerate(own)}
        attrs = sorted({a for a, _ in info.state_features})
        self._attr = {a: i for i, a in enumerate(attrs)}
        # One extra zero row: attributes the model never saw add nothing.
        w = np.zeros((len(attrs) + 1, len(own)))
        for (a, lab), v in info.state_features.items():
            w[self._attr[a], col[lab]] = v
        self._w = w
        self._unknown = len(attrs)
        trans = np.zeros((len(own), len(own)))
        for (x, y), v in info.transitions.items():
            trans[col[x], col[y]] = v
        self._trans = np.exp(trans)
        self._cols = [col.get(lab, -1) for lab in labels]
        self._words = RowCache((len(own),), np.float64, limit=200_000)  # 72 bytes a word
        shifts = len(NEIGHBOUR_SHIFTS)
        self._around = RowCache((shifts, len(own)), np.float64, limit=100_000)  # 504 bytes
        self._lex = lexicon()
        self._pad = self._sums(neighbour_features(None, self._lex))
        self._neighbour_ids = NeighbourIds(self._attr, self._unknown, self._lex)
        self._families = families(self._attr)
        self._lock = threading.Lock()
        self._pairs = bigram_tables(self._attr)
        # a stem's document-vote features as this model's ids, by its vote counts
        # (tagger.Tagger._document_ids)
        self.vote_memo: dict[tuple[int, ...], tuple] = {}

    @property
    def attributes(self) -> tuple[dict[str, int], int]:
        """(feature string -> attribute id, the id of a feature the model never saw)."""
        return self._attr, self._unknown

    def context_ids(self, words: Sequence[str], norms: Sequence[str] | None = None,
                    marks: Sequence[str] | None = None) -> list[list[int]]:
        """`features.context_rest` of a sentence as this model's attribute ids (`marks`:
        its `phrase_marks`, when the caller has them)."""
        return context_ids(words, norms, self._attr, self._unknown, *self._pairs, marks)

    def _sums(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """The summed weights of each group of features (groups x labels), all in one
        reduction; a leading zero row per group, so that none is empty."""
        ids, cuts = _feature_ids(groups, self._attr, self._unknown)
        return np.add.reduceat(self._w[ids], cuts, axis=0)

    def _neighbours(self, norms: list[str]) -> np.ndarray:
        """What each new word gives the tokens around it (words x shifts x labels): the
        ids of its `neighbour_features` read from tables (`NeighbourIds`), summed as
        `_sums` sums those of the strings."""
        nb = self._neighbour_ids
        if _hot is None:
            ids, cuts = nb.ids(norms)
        else:
            ids, cuts = _hot.neighbour_ids(list(norms), nb.tables, nb.bands, nb.no_band,
                                           nb.none, nb.unk)
        sums = np.add.reduceat(self._w[ids], cuts, axis=0)
        return sums.reshape(len(norms), len(NEIGHBOUR_SHIFTS), -1)

    def reference_neighbours(self, norms: list[str]) -> np.ndarray:
        """`_neighbours` from the feature strings (the reference)."""
        groups = [g for n in norms for g in neighbour_features(n, self._lex)]
        return self._sums(groups).reshape(len(norms), len(NEIGHBOUR_SHIFTS), -1)

    def _local(self, norms: list[str]) -> np.ndarray:
        """The summed weights of each new word's own features (`word_features`), each
        word's rows added one after another in its features' order (`row_sums`)."""
        if _hot is not None:  # the same ids read by value from the families' tables
            flat, cuts = _hot.word_feature_ids(list(norms), self._families, self._attr,
                                               self._unknown)
        else:
            flat, cuts = _feature_ids([word_features(n) for n in norms], self._attr,
                                      self._unknown)
        return _row_sums(self._w, flat, cuts)

    def emissions(self, words: Sequence[str], context: Sequence[Sequence[str]],
                  norms: Sequence[str] | None = None, ids: bool = False) -> np.ndarray:
        """State scores (tokens x the model's labels) of a run of tokens from their words'
        cached own-feature sums and the given features (`context`; with `ids`, as this
        model's attribute ids), neighbours not added (`norms`: the words' `norm_word`s,
        when the caller has them)."""
        if ids:
            at, cuts = _flat_ids(context, self._unknown)
        else:
            at, cuts = _feature_ids(context, self._attr, self._unknown)
        if norms is None:
            norms = [norm_word(w) for w in words]
        with self._lock:
            local = self._words.take(norms, self._local)
        return local + np.add.reduceat(self._w[at], cuts, axis=0)

    def _add_neighbours(self, em: np.ndarray, live: np.ndarray, flat: list[str],
                        reach: int) -> None:
        """What each token's neighbours' spellings give it, added to `em` (B, T, labels):
        the words on a grid with `reach` padding words each side, one slot after another
        (the reference of `_hot.add_neighbours`)."""
        b, t_max = live.shape
        grid = np.broadcast_to(self._pad, (b, t_max + 2 * reach, *self._pad.shape)).copy()
        inner = np.zeros((b, t_max + 2 * reach), bool)
        inner[:, reach : reach + t_max] = live
        with self._lock:
            grid[inner] = self._around.take(flat, self._neighbours)
        for slot, shift in enumerate(NEIGHBOUR_SHIFTS):
            em += grid[:, reach - shift : reach - shift + t_max, slot]

    def marginals(self, sentences: Sequence[Sequence[str]],
                  contexts: Sequence[Sequence[Sequence[str]]],
                  norms: Sequence[Sequence[str]] | None = None,
                  ids: bool = False) -> list[np.ndarray]:
        """P(label) per token (tokens x `labels`) of each sentence, from its words and
        their remaining context features (`features.context_rest`, plus document features
        in the second pass; with `ids`, as this model's attribute ids); `norms`: the
        sentences' `norm_word`s, when the caller has them."""
        k = len(self._cols)
        out = [np.zeros((0, k), np.float32) for _ in sentences]
        lengths = [len(s) for s in sentences]
        cols = [c for c, own in enumerate(self._cols) if own >= 0]
        owns = [self._cols[c] for c in cols]
        reach = max(abs(d) for d in NEIGHBOUR_SHIFTS)
        for batch in length_batches(lengths):
            n = np.array([lengths[i] for i in batch])
            t_max = int(n.max())
            live = np.arange(t_max)[None, :] < n[:, None]  # (B, T), row-major = text order
            words = [w for i in batch for w in sentences[i]]
            flat = [norm_word(w) for w in words] if norms is None else \
                [w for i in batch for w in norms[i]]
            em = np.zeros((len(batch), t_max, self._w.shape[1]))
            em[live] = self.emissions(words, [f for i in batch for f in contexts[i]], flat,
                                      ids)
            if _hot is not None:  # the same sums, read from the cache's rows in one pass
                with self._lock:
                    rows, at = self._around.rows_at(flat, self._neighbours)
                    _hot.add_neighbours(em, np.ascontiguousarray(rows), at, self._pad,
                                        n.astype(np.intp), NEIGHBOUR_SHIFTS)
            else:
                self._add_neighbours(em, live, flat, reach)
            p = forward_backward(em, n, self._trans)
            got = np.zeros((*p.shape[:2], k), np.float32)
            got[:, :, cols] = p[:, :, owns]
            for j, i in enumerate(batch):
                out[i] = got[j, : n[j]]
        return out
