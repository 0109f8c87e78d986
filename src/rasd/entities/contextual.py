"""The contextual tagger: multilingual-e5-small's states and a head, run in numpy.

Shipped (`data/ner/e5ft.npz`): the whole encoder fine-tuned as a tagger
(scripts/train_ner_finetune.py, on a GPU): each word is its first piece's state
after the 12 layers (entities/encoder.py), joined by a bag of the word's CRF
features (features.word_features); a linear layer and a CRF layer give per-token
tag probabilities. Weights are int8 rows with float32 scales, dequantized once at
load. The earlier form, a head (layer mix, projection, BiLSTM) on the frozen
encoder (`e5.npz` + `e5-head.npz`, scripts/train_ner_teacher.py and
train_ner_e5.py), still loads from a folder that holds it.

It is a member of the `RASD_NER_MODE=e5` mixture (entities/tagger.py): some 30
times slower than the default, for runs where the last points of F1 matter more
than speed (docs/entities.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.entities.crf import forward_backward
from rasd.entities.encoder import E5Model, dequantize_i8
from rasd.entities.features import norm_word, word_features

E5_TUNED = "e5ft.npz"  # the fine-tuned encoder and its head in one file (int8 rows)
E5_MODEL = "e5.npz"  # the earlier form: the frozen encoder's pruned copy (4-bit blocks)
E5_HEAD = "e5-head.npz"  # and the head on it
E5_MIXTURE = "e5-mixture.json"  # the three members' weights, chosen on dev


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class ContextualTagger:
    """Per-token tag probabilities from the e5 states and the head; pure after loading
    (the encoder's piece cache has its own lock), so threads may share one."""

    def __init__(self, model: E5Model, head: dict[str, np.ndarray], meta: dict) -> None:
        self.model = model
        self.w = {k: np.asarray(v, np.float32) for k, v in head.items()}
        self.tags: list[str] = meta["tags"]
        self.layers: list[int] = meta["layers"]
        self.features = {f: i for i, f in enumerate(meta["features"])}
        mix = self.w.get("mix", np.zeros(len(self.layers), np.float32))
        self.mix = np.exp(mix - mix.max()) / np.exp(mix - mix.max()).sum()
        lstm = self.w.get("lstm.weight_hh_l0")
        self.hidden = 0 if lstm is None else lstm.shape[1]

    @staticmethod
    def available(folder: Path) -> bool:
        return (folder / E5_TUNED).is_file() or (folder / E5_HEAD).is_file()

    @classmethod
    def load(cls, folder: Path) -> ContextualTagger:
        tuned = folder / E5_TUNED
        if tuned.is_file():  # the head is a linear layer on the last layer's states
            with np.load(tuned, allow_pickle=False) as z:
                meta = json.loads(str(z["meta"]))["head"]
                head = {k[5:-3]: dequantize_i8(z[k], z[k[:-3] + ".scale"])
                        for k in z.files if k.startswith("head.") and k.endswith(".i8")}
                head |= {k[5:]: z[k] for k in z.files if k.startswith("head.")
                         and not k.endswith((".i8", ".scale"))}
            return cls(E5Model.load(tuned), head, meta)
        with np.load(folder / E5_HEAD, allow_pickle=False) as z:
            head = {k: z[k] for k in z.files if k != "meta"}
            meta = json.loads(str(z["meta"]))
        return cls(E5Model.load(folder / E5_MODEL), head, meta)

    def _bag(self, words: Sequence[str]) -> np.ndarray:
        emb = self.w["feat.weight"]
        out = np.zeros((len(words), emb.shape[1]), np.float32)
        for i, word in enumerate(words):
            ids = [j for f in word_features(norm_word(word))
                   if (j := self.features.get(f)) is not None]
            if ids:
                out[i] = emb[ids].sum(axis=0)
        return out

    def _lstm(self, x: np.ndarray, suffix: str) -> np.ndarray:
        """One direction of the PyTorch LSTM (gates i, f, g, o) over (T, d)."""
        w = self.w
        proj = x @ w["lstm.weight_ih_l0" + suffix].T + w["lstm.bias_ih_l0" + suffix] \
            + w["lstm.bias_hh_l0" + suffix]
        w_hh = w["lstm.weight_hh_l0" + suffix].T
        hs = self.hidden
        h = np.zeros(hs, np.float32)
        c = np.zeros(hs, np.float32)
        out = np.empty((len(x), hs), np.float32)
        for t in range(len(x)):
            g = proj[t] + h @ w_hh
            c = _sigmoid(g[hs : 2 * hs]) * c + _sigmoid(g[:hs]) * np.tanh(g[2 * hs : 3 * hs])
            h = _sigmoid(g[3 * hs :]) * np.tanh(c)
            out[t] = h
        return out

    def emissions_from_states(self, words: Sequence[str], states: np.ndarray) -> np.ndarray:
        """Tag scores (T, tags) of one sentence from its (T, layers, 384) states."""
        w = self.w
        x = np.einsum("tlh,l->th", states, self.mix)
        if "feat.weight" in w:
            x = np.concatenate([x, self._bag(words)], axis=1)
        h = np.maximum(x @ w["proj.weight"].T + w["proj.bias"], 0.0) \
            if "proj.weight" in w else x
        if self.hidden:
            h = np.concatenate([self._lstm(h, ""), self._lstm(h[::-1], "_reverse")[::-1]],
                               axis=1)
        return h @ w["out.weight"].T + w["out.bias"]

    def marginals(self, sentences: Sequence[Sequence[str]],
                  states: Sequence[np.ndarray] | None = None) -> list[np.ndarray]:
        """P(tag) per token (tokens x self.tags) of each non-empty sentence (`states`:
        the encoder's, when already computed)."""
        if states is None:
            states = self.model.states(sentences, self.layers)
        trans, start, end = (np.exp(self.w[k].astype(np.float64))
                             for k in ("trans", "start", "end"))
        out = []
        for words, st in zip(sentences, states, strict=True):
            em = self.emissions_from_states(words, st.astype(np.float32))
            p = forward_backward(em[None], np.array([len(words)]), trans, start, end)
            out.append(p[0].astype(np.float32))
        return out
