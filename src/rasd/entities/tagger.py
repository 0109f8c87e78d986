"""The shipped entity models: loading from the package and tagging token strings.

Three modes (RASD_NER_MODE): "accurate", the default, is the mixture described
below; "fast" is the convolutional tagger of entities/convnet.py (word vectors
with e5 knowledge, two convolutions, a CRF layer): about five times faster,
about 0.03 F1 lower on ANERcorp dev; "e5" adds to the mixture a head on e5's
contextual states (entities/contextual.py): much slower, more accurate
(docs/entities.md).

The mixture: two CRFs: the first tags each sentence alone; the second sees the same
features plus how the first tagged the same stems elsewhere in the document
(features.document_features). A document is a list of sentences; in a long
stream without document breaks (a CoNLL file) `window` bounds the context to
that many sentences on each side.

When the neural tagger is shipped (entities/neural.py), the second CRF's
per-token tag probabilities are mixed with the network's, with the weight
chosen on dev (ensemble.json), and the best valid BIO path is read off the mix:
the CRF knows words and cues, the network letters and longer context, and they
err on different names.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
import pycrfsuite

from rasd.entities.compiled import hot
from rasd.entities.consistency import propagate
from rasd.entities.convnet import CONVNET, ConvTagger
from rasd.entities.crf import CrfsuiteMarginals
from rasd.entities.features import (
    Votes,
    add_votes,
    context_rest,
    norm_word,
    phrase_marks,
    sentence_features,
    sentence_votes,
    vote_features,
    vote_key,
)
from rasd.entities.neural import NEURAL, NeuralTagger, allowed_transitions, viterbi_batch
from rasd.entities.titles import mark_titles
from rasd.once import once

FIRST = "model.crfsuite"
SECOND = "model-doc.crfsuite"
# {"crf_weight": w, "space": "prob" | "log", "o_bias": b}: P = w * P_crf + (1 - w) * P_neural,
# or the same sum of log probabilities (a product of the two), then log P(O) lowered by b
# (both taggers are more precise than complete on new names); all chosen on dev.
ENSEMBLE = "ensemble.json"
MODES = ("accurate", "fast", "e5")
CONLL_WINDOW = 10  # sentences on each side taken as "the document" in CoNLL streams


def model_dir() -> Path:
    """The model folder inside the installed package (no network, no download)."""
    return Path(str(resources.files("rasd").joinpath("data", "ner")))


def second_pass_features(base: list[list[str]], words: Sequence[str],
                         others: Votes) -> list[list[str]]:
    """One sentence's features with the votes of `others` (the other sentences) added."""
    return _with_votes(base, words, others, {}, {})


# A stem's vote features, and its first one as the token after it reads it (@-1: one back)
# and as the token before it does (@1).
_VoteFeatures = tuple[tuple[str, ...], list[str], list[str]]


def _with_votes(base: list[list[str]], words: Sequence[str], total: Votes, own: Votes,
                memo: dict[tuple[tuple[str, int], ...], _VoteFeatures],
                attr: dict[str, int] | None = None, unk: int = 0) -> list[list[str]]:
    """`base` plus the document features of `total` minus this sentence's own votes `own`
    (`features.document_features`), each computed once per distinct vote count in `memo`.
    A token given nothing keeps its `base` list itself (callers only read them). With
    `attr`, `base` holds a CRF's attribute ids (`features.context_ids`) and the document
    features are added as their ids (`unk`: one it never saw)."""
    none: _VoteFeatures = ((), [], [])
    got: list[_VoteFeatures] = []
    add = got.append
    get, get_own = total.get, own.get
    for key in map(vote_key, words):
        d = get(key)
        if not d:
            add(none)
            continue
        mine = get_own(key)
        if mine == d:  # the stem's votes all come from this sentence
            add(none)
            continue
        counts = tuple(d.items()) if mine is None else \
            tuple([(t, k - mine.get(t, 0)) for t, k in d.items()])
        v = memo.get(counts)
        if v is None:
            f = vote_features(dict(counts))
            if not f:
                v = none
            elif attr is None:
                v = (f, [f[0] + "@-1"], [f[0] + "@1"])
            else:
                v = (tuple([attr.get(x, unk) for x in f]),  # type: ignore[misc]
                     [attr.get(f[0] + "@-1", unk)], [attr.get(f[0] + "@1", unk)])
            memo[counts] = v
        add(v)
    out: list[list[str]] = []
    prev: list[str] = []  # what the token before gives this one (its @-1 feature)
    last = len(got) - 1
    for i, f in enumerate(base):
        own_f = got[i][0]
        after = got[i + 1][2] if i < last else ()
        out.append([*f, *own_f, *prev, *after] if own_f or prev or after else f)
        prev = got[i][1]
    return out


py_with_votes = _with_votes  # the reference; the compiled one (entities/_hot.pyx) is the same
if (_hot := hot()) is not None:
    _with_votes = _hot.with_votes  # noqa: F811


def document_pass_features(sentences: Sequence[Sequence[str]], base: list[list[list[str]]],
                           first: list[list[str]], window: int | None,
                           attr: dict[str, int] | None = None, unk: int = 0
                           ) -> list[list[list[str]]]:
    """Second-pass features of every sentence, from the first pass's tags of the others
    (with `attr`: `base` and the result as the CRF's attribute ids, see `_with_votes`)."""
    votes = [sentence_votes(s, t) for s, t in zip(sentences, first, strict=True)]
    out: list[list[list[str]]] = []
    n = len(sentences)
    total: Votes = {}
    if window is None:
        for v in votes:
            add_votes(total, v)
    lo = hi = 0  # the window [lo, hi) currently summed into `total`
    memo: dict[tuple[tuple[str, int], ...], _VoteFeatures] = {}
    for i, words in enumerate(sentences):
        if window is not None:
            a, b = max(0, i - window), min(n, i + window + 1)
            while hi < b:
                add_votes(total, votes[hi])
                hi += 1
            while lo < a:
                add_votes(total, votes[lo], -1)
                lo += 1
        # the other sentences only: `total` less this sentence's votes
        out.append(_with_votes(base[i], words, total, votes[i], memo, attr, unk)
                   if words else [])
    return out


class Tagger:
    """BIO tags (B-PER, I-LOC, O, ...) for sentences given as token strings.

    `path` is a folder holding the models, or a single first-pass model file
    (then the document pass is skipped). `mode` is "fast" (the convolutional
    tagger, when the folder has one), "accurate" (the CRF + network mixture) or
    "e5" (that mixture with the contextual head, when the folder has it);
    default: RASD_NER_MODE, else "accurate".
    """

    def __init__(self, path: str | Path | None = None, neural: bool | None = None,
                 mode: str | None = None) -> None:
        if neural is None:  # RASD_NER_NEURAL=0: the CRFs alone, about twice as fast
            neural = os.environ.get("RASD_NER_NEURAL", "1") != "0"
        # set but empty means the default, as the CLI reads it
        mode = mode or os.environ.get("RASD_NER_MODE") or "accurate"
        if mode not in MODES:
            raise ValueError(f"RASD_NER_MODE must be one of {', '.join(MODES)}, not {mode!r}")
        p = Path(path) if path else model_dir()
        self._conv: ConvTagger | None = None
        if mode == "fast" and p.is_dir() and (p / CONVNET).is_file():
            self._conv = ConvTagger.load(p / CONVNET)
        self._e5: ContextualTagger | None = None
        self.e5_mixture: dict = {}
        if mode == "e5" and neural and p.is_dir():
            # imported here: the encoder (and scipy) stay out of the default pipeline
            from rasd.entities.contextual import E5_MIXTURE, ContextualTagger

            if ContextualTagger.available(p):
                self._e5 = ContextualTagger.load(p)
                self.e5_mixture = json.loads((p / E5_MIXTURE).read_text())
        self.mode = ("fast" if self._conv is not None
                     else "e5" if self._e5 is not None else "accurate")
        first, second = (p / FIRST, p / SECOND) if p.is_dir() else (p, None)
        if not first.is_file():
            raise FileNotFoundError(f"entity model not found: {first} (run `make model`)")
        self._first = pycrfsuite.Tagger()
        self._first.open(str(first))
        self._second: pycrfsuite.Tagger | None = None
        if second is not None and second.is_file():
            self._second = pycrfsuite.Tagger()
            self._second.open(str(second))
        self.path = p
        self._neural: NeuralTagger | None = None
        self.crf_weight = 1.0
        self.space = "prob"
        self.o_bias = 0.0
        if self._conv is None and neural and p.is_dir() and (p / NEURAL).is_file() \
                and (p / ENSEMBLE).is_file():
            mixture = json.loads((p / ENSEMBLE).read_text())
            self.attach(NeuralTagger.load(p / NEURAL), float(mixture["crf_weight"]),
                        mixture.get("space", "prob"), float(mixture.get("o_bias", 0.0)))

    def attach(self, net: NeuralTagger, crf_weight: float, space: str = "prob",
               o_bias: float = 0.0) -> None:
        """Mix `net` into the document pass with this CRF weight."""
        self._neural = net
        self.crf_weight = crf_weight
        self.space = space
        self.o_bias = o_bias
        self._labels = net.tags
        self._marginals: dict[str, CrfsuiteMarginals] = {}
        if self._second is not None:  # read now: the document pass always needs it
            self._marginals["second"] = CrfsuiteMarginals(self._second, self._labels)
        self._move, self._start = allowed_transitions(self._labels)

    def _crf(self, second: bool) -> CrfsuiteMarginals:
        """The second CRF's marginals (the first's when `second` is false or there is no
        second); the weights are read once, on first use."""
        use_second = second and self._second is not None
        key = "second" if use_second else "first"
        if key not in self._marginals:
            crf = self._second if use_second else self._first
            assert crf is not None
            self._marginals[key] = CrfsuiteMarginals(crf, self._labels)
        return self._marginals[key]

    def crf_marginals(self, sentences: Sequence[Sequence[str]],
                      contexts: Sequence[list[list[str]]], second: bool = True,
                      norms: Sequence[Sequence[str]] | None = None,
                      ids: bool = False) -> list[np.ndarray]:
        """P(tag) per token (tokens x neural tag order) of each sentence, from one CRF pass
        (`contexts`: each sentence's `context_rest`, document features added, or with `ids`
        those as that CRF's attribute ids; `norms`: the sentences' `norm_word`s, when the
        caller has them)."""
        return self._crf(second).marginals(sentences, contexts, norms, ids)

    def mix(self, crf: list[np.ndarray], net: list[np.ndarray], weight: float,
            space: str = "prob", o_bias: float = 0.0) -> list[list[str]]:
        """Tags from the weighted mixture of two taggers' per-token probabilities."""
        if len(crf) != len(net):
            raise ValueError(f"{len(crf)} CRF sentences, {len(net)} network sentences")
        if not crf:
            return []
        o = self._labels.index("O")
        # all sentences at once (element by element: the same numbers as one by one)
        a, b = np.concatenate(crf), np.concatenate(net)
        if space == "log":
            logp = weight * np.log(a + 1e-9) + (1.0 - weight) * np.log(b + 1e-9)
        else:
            logp = np.log(weight * a + (1.0 - weight) * b + 1e-9)
        logp[:, o] -= o_bias
        logps = np.split(logp, np.cumsum([len(x) for x in crf])[:-1])
        paths = viterbi_batch(logps, self._move, self._start)
        return [[self._labels[j] for j in path] for path in paths]

    def mix_many(self, probs: dict[str, list[np.ndarray]], weights: dict[str, float],
                 o_bias: float = 0.0) -> list[list[str]]:
        """Tags from a weighted sum of several taggers' log probabilities (same tag order)."""
        o = self._labels.index("O")
        logps = []
        for i in range(len(next(iter(probs.values())))):
            logp = sum(w * np.log(probs[k][i] + 1e-9) for k, w in weights.items() if w)
            logp[:, o] -= o_bias
            logps.append(logp)
        paths = viterbi_batch(logps, self._move, self._start)
        return [[self._labels[j] for j in path] for path in paths]

    def tag(self, words: Sequence[str]) -> list[str]:
        """One sentence alone (a post, a headline: no document around it)."""
        return self.tag_document([words])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]],
                     window: int | None = None) -> list[list[str]]:
        """Tags for every sentence of a document (or of a stream, with `window`)."""
        return self.tag_documents([sentences], window)[0]

    def tag_documents(self, documents: Sequence[Sequence[Sequence[str]]],
                      window: int | None = None) -> list[list[list[str]]]:
        """`tag_document` of each document, the numeric work done for all at once.

        In the accurate mode the network, the CRF and the Viterbi over their mixture run
        over the sentences of every document together (spaCy's `nlp.pipe` design): each
        LSTM step serves hundreds of rows instead of a dozen. The document votes, titles
        and repeats stay per document, and each sentence's numbers are computed row by row
        as they are alone, so the tags are those of `tag_document` one by one."""
        # every token's matching form, once, for all the passes that read it
        norms = [[list(map(norm_word, s)) for s in sentences] for sentences in documents]
        if self._conv is not None or self._neural is None or self._e5 is not None:
            found = [self._tag(s, window) for s in documents]
        else:
            found = self._tag_accurate(documents, window, norms)
        return [propagate(s, mark_titles(s, t), window, n)
                for s, t, n in zip(documents, found, norms, strict=True)]

    def _tag(self, sentences: Sequence[Sequence[str]],
             window: int | None) -> list[list[str]]:
        if self._conv is not None:
            return self._conv.tag(sentences)
        if self._neural is None:
            base = [sentence_features(s) if s else [] for s in sentences]
            first = [list(self._first.tag(f)) if f else [] for f in base]
            if self._lone(sentences):
                return first
            feats = document_pass_features(sentences, base, first, window)
            return [list(self._second.tag(f)) if f else [] for f in feats]
        if self._e5 is None:
            return self._tag_accurate([sentences], window)[0]
        keep, probs = self.e5_probabilities(sentences, window)
        mixed = self.mix_many(probs, self.e5_mixture["weights"], self.e5_mixture["o_bias"])
        out: list[list[str]] = [[] for _ in sentences]
        for i, tags in zip(keep, mixed, strict=True):
            out[i] = tags
        return out

    def _tag_accurate(self, documents: Sequence[Sequence[Sequence[str]]],
                      window: int | None,
                      norms: Sequence[Sequence[Sequence[str]]] | None = None
                      ) -> list[list[list[str]]]:
        """The mixture's tags (before titles and repeats) of each document, all at once."""
        got = self.probabilities_many(documents, window, norms)
        crf = [m for _, c, _ in got for m in c]
        net = [m for _, _, n in got for m in n]
        mixed = iter(self.mix(crf, net, self.crf_weight, self.space, self.o_bias))
        out: list[list[list[str]]] = []
        for sentences, (keep, _, _) in zip(documents, got, strict=True):
            tags: list[list[str]] = [[] for _ in sentences]
            for i in keep:
                tags[i] = next(mixed)
            out.append(tags)
        return out

    def _lone(self, sentences: Sequence[Sequence[str]]) -> bool:
        # A lone sentence has no document: the second CRF was trained with other
        # sentences around, so the first pass stands in for it.
        return self._second is None or len(sentences) < 2

    def probabilities(self, sentences: Sequence[Sequence[str]], window: int | None = None
                      ) -> tuple[list[int], list[np.ndarray], list[np.ndarray]]:
        """(indices of the non-empty sentences, their CRF and network tag probabilities).

        The network tags first; its tags give the second CRF its document votes (as
        good as the first CRF pass's on dev, 0.720 vs 0.718, and one CRF pass fewer).
        """
        return self.probabilities_many([sentences], window)[0]

    def probabilities_many(self, documents: Sequence[Sequence[Sequence[str]]],
                           window: int | None = None,
                           norms: Sequence[Sequence[Sequence[str]]] | None = None
                           ) -> list[tuple[list[int], list[np.ndarray], list[np.ndarray]]]:
        """`probabilities` of each document; the network and each CRF run once over the
        sentences of all of them (every sentence's numbers are its own: rows never mix).
        `norms`: every token's `norm_word`, as the documents (computed here if not given)."""
        assert self._neural is not None
        if norms is None:
            norms = [[list(map(norm_word, s)) for s in sentences] for sentences in documents]
        # each sentence's context features as ids of the CRF that reads them: the second
        # one's, unless the document stands alone
        crfs = [self._crf(not self._lone(sentences)) for sentences in documents]
        # each sentence's multi-word list marks, once: the context ids and the network read them
        marks = [[phrase_marks(n) for n in ns] for ns in norms]
        bases = [[c.context_ids(s, n, m) if s else []
                  for s, n, m in zip(sentences, ns, ms, strict=True)]
                 for sentences, ns, ms, c in zip(documents, norms, marks, crfs, strict=True)]
        keeps = [[i for i, f in enumerate(base) if f] for base in bases]
        kept = [[sentences[i] for i in keep]
                for sentences, keep in zip(documents, keeps, strict=True)]
        kept_norms = [[ns[i] for i in keep] for ns, keep in zip(norms, keeps, strict=True)]
        net = _split(self._neural.marginals(
            [s for k in kept for s in k], [n for k in kept_norms for n in k],
            [ms[i] for ms, keep in zip(marks, keeps, strict=True) for i in keep]), kept)
        # each document's CRF input: the second CRF's, with votes, unless it stands alone
        contexts: list[list[list[list[str]]]] = []
        for sentences, base, keep, probs, c in zip(documents, bases, keeps, net, crfs,
                                                   strict=True):
            feats = base
            if not self._lone(sentences):
                feats = self._document_ids(sentences, base, keep, probs, window, c)
            contexts.append([feats[i] for i in keep])
        crf: list[list[np.ndarray]] = [[] for _ in documents]
        for second in (True, False):
            group = [d for d, sentences in enumerate(documents)
                     if self._lone(sentences) != second]
            if group:
                got = self.crf_marginals([s for d in group for s in kept[d]],
                                         [f for d in group for f in contexts[d]],
                                         second=second,
                                         norms=[n for d in group for n in kept_norms[d]],
                                         ids=True)
                for d, probs in zip(group, _split(got, [kept[d] for d in group]), strict=True):
                    crf[d] = probs
        return list(zip(keeps, crf, net, strict=True))

    def e5_probabilities(self, sentences: Sequence[Sequence[str]], window: int | None = None,
                         voter: str | None = None, net: bool | None = None
                         ) -> tuple[list[int], dict[str, list[np.ndarray]]]:
        """(indices of the non-empty sentences, the e5 mode's members' tag probabilities).

        The member named by `voter` (default: the mixture's "votes": "e5", or "net" as
        first shipped) tags first, and its most likely tags give the second CRF its
        document votes: e5's tags, the better tagger's, make a better second CRF
        (docs/history/entities.md, round eight). The network runs when `net` is true
        (default: when it has a weight in the mixture) or when it gives the votes.
        """
        assert self._e5 is not None and self._neural is not None
        base = [context_rest(s) if s else [] for s in sentences]
        keep = [i for i, f in enumerate(base) if f]
        kept = [sentences[i] for i in keep]
        voter = voter or self.e5_mixture.get("votes", "net")
        if net is None:
            net = bool(self.e5_mixture["weights"].get("net"))
        order = [self._e5.tags.index(t) for t in self._labels]
        probs = {"e5": [m[:, order] for m in self._e5.marginals(kept)]}
        if net or voter == "net":
            probs["net"] = self._neural.marginals(kept)
        lone = self._lone(sentences)
        feats = base
        if not lone:
            feats = document_pass_features(sentences, base,
                                           self._votes(len(sentences), keep, probs[voter]),
                                           window)
        probs["crf"] = self.crf_marginals(kept, [feats[i] for i in keep], second=not lone)
        return keep, probs

    def _document_ids(self, sentences: Sequence[Sequence[str]], base: list[list[list[int]]],
                      keep: list[int], net: list[np.ndarray], window: int | None,
                      crf: CrfsuiteMarginals) -> list[list[list[int]]]:
        """`document_pass_features` as `crf`'s ids, the network's most likely tags voting;
        for a whole document with the compiled loops, its votes counted there by label
        index (`_hot.vote_ids`: the same ids)."""
        if window is not None or _hot is None:
            votes = self._votes(len(sentences), keep, net)
            return document_pass_features(sentences, base, votes, window, *crf.attributes)
        tags: list[list[int]] = [[] for _ in sentences]
        if keep:  # every token's most likely label, one argmax for the document
            best = np.concatenate(net).argmax(axis=1).tolist()
            at = 0
            for i, m in zip(keep, net, strict=True):
                tags[i] = best[at : at + len(m)]
                at += len(m)
        types = tuple(dict.fromkeys(t[2:] if t != "O" else "O" for t in self._labels))
        label_types = tuple(types.index(t[2:] if t != "O" else "O") for t in self._labels)
        memo = crf.vote_memo
        if len(memo) > 100_000:  # (distinct vote counts: a few thousand)
            memo.clear()
        return _hot.vote_ids(list(sentences), base, tags, label_types, types, memo,
                             *crf.attributes)

    def _votes(self, n: int, keep: list[int], net: list[np.ndarray]) -> list[list[str]]:
        """The network's most likely tag per token, for the document votes (types only)."""
        votes: list[list[str]] = [[] for _ in range(n)]
        labels = self._labels
        for i, m in zip(keep, net, strict=True):
            votes[i] = [labels[j] for j in m.argmax(axis=1).tolist()]
        return votes


def _split(items: list[np.ndarray], like: Sequence[Sequence[object]]) -> list[list[np.ndarray]]:
    """`items` cut into consecutive runs as long as the lists of `like`."""
    out: list[list[np.ndarray]] = []
    at = 0
    for part in like:
        out.append(items[at : at + len(part)])
        at += len(part)
    return out


@once
def default_tagger() -> Tagger:
    """The packaged models, loaded once per process (RASD_NER_MODE picks the mode).

    In the accurate mode RASD_NER_NEURAL=0 leaves the network out (in every Tagger):
    the two CRFs alone tag about twice as fast, at about 0.01 lower F1 (docs/entities.md).
    """
    return Tagger()
