"""The shipped CRF entity model: loading from the package and tagging token strings."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from rasd.entities.features import sentence_features

MODEL_NAME = "model.crfsuite"


def model_path() -> Path:
    """Path of the model file inside the installed package (no network, no download)."""
    return Path(str(resources.files("rasd").joinpath("data", "ner", MODEL_NAME)))


class Tagger:
    """BIO tags (B-PER, I-LOC, O, ...) for sentences given as token strings."""

    def __init__(self, path: str | Path | None = None) -> None:
        p = Path(path) if path else model_path()
        if not p.is_file():
            raise FileNotFoundError(f"entity model not found: {p} (run `make model`)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(p))
        self.path = p

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(sentence_features(words)))

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(s) for s in sentences]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The packaged model, loaded once per process."""
    return Tagger()
