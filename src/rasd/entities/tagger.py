"""The shipped CRF entity model: loading from the package and tagging token strings.

Two CRFs: the first tags each sentence alone; the second sees the same
features plus how the first tagged the same stems elsewhere in the document
(features.document_features). A document is a list of sentences; in a long
stream without document breaks (a CoNLL file) `window` bounds the context to
that many sentences on each side.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from rasd.entities.features import (
    Votes,
    add_votes,
    document_features,
    sentence_features,
    sentence_votes,
)

FIRST = "model.crfsuite"
SECOND = "model-doc.crfsuite"
CONLL_WINDOW = 10  # sentences on each side taken as "the document" in CoNLL streams


def model_dir() -> Path:
    """The model folder inside the installed package (no network, no download)."""
    return Path(str(resources.files("rasd").joinpath("data", "ner")))


def second_pass_features(base: list[list[str]], words: Sequence[str],
                         others: Votes) -> list[list[str]]:
    doc = document_features(words, others)
    out = []
    for i, f in enumerate(base):
        g = f + doc[i]
        for d in (-1, 1):
            j = i + d
            if 0 <= j < len(doc):
                g += [f"{x}@{d}" for x in doc[j][:1]]
        out.append(g)
    return out


def document_pass_features(sentences: Sequence[Sequence[str]], base: list[list[list[str]]],
                           first: list[list[str]], window: int | None) -> list[list[list[str]]]:
    """Second-pass features of every sentence, from the first pass's tags of the others."""
    votes = [sentence_votes(s, t) for s, t in zip(sentences, first, strict=True)]
    out: list[list[list[str]]] = []
    n = len(sentences)
    total: Votes = {}
    if window is None:
        for v in votes:
            add_votes(total, v)
    lo = hi = 0  # the window [lo, hi) currently summed into `total`
    for i, words in enumerate(sentences):
        if window is not None:
            a, b = max(0, i - window), min(n, i + window + 1)
            while hi < b:
                add_votes(total, votes[hi])
                hi += 1
            while lo < a:
                add_votes(total, votes[lo], -1)
                lo += 1
        if not words:
            out.append([])
            continue
        add_votes(total, votes[i], -1)  # the other sentences only
        out.append(second_pass_features(base[i], words, total))
        add_votes(total, votes[i])
    return out


class Tagger:
    """BIO tags (B-PER, I-LOC, O, ...) for sentences given as token strings.

    `path` is a folder holding both models, or a single first-pass model file
    (then the document pass is skipped).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        p = Path(path) if path else model_dir()
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

    def tag_first(self, words: Sequence[str]) -> list[str]:
        """The first pass alone: one sentence, no document context."""
        return list(self._first.tag(sentence_features(words))) if words else []

    def tag(self, words: Sequence[str]) -> list[str]:
        """One sentence alone (the first pass: there is no document around it)."""
        return self.tag_document([words])[0]

    def tag_document(self, sentences: Sequence[Sequence[str]],
                     window: int | None = None) -> list[list[str]]:
        """Tags for every sentence of a document (or of a stream, with `window`)."""
        base = [sentence_features(s) if s else [] for s in sentences]
        first = [list(self._first.tag(f)) if f else [] for f in base]
        if self._second is None or len(sentences) < 2:
            return first  # the second model was trained with other sentences around
        feats = document_pass_features(sentences, base, first, window)
        return [list(self._second.tag(f)) if f else [] for f in feats]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The packaged models, loaded once per process."""
    return Tagger()
