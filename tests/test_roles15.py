"""roles15: the learned labeller's candidates widened by the clause reading (a subject, an
object, a deed noun's genitive, an agent, a preposition's phrase) and by counted phrases,
and its conditional-logit form (the candidates of one event compete with "none").

Sentences from the demo corpus (none from a dev gold file): each widened row names a phrase
that is a candidate only with the widening (role_features.WIDE), so it fails without it."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.events import role_features, roles_model
from rasd.events.role_features import DIM, ROLES, TEMPLATES
from rasd.pipeline import extract_text


def _candidates(text: str, trigger: str, wide: bool, monkeypatch) -> list[str]:
    monkeypatch.setattr(role_features, "WIDE", wide)
    monkeypatch.setattr(roles_model, "collector", [])
    doc = extract_text(text, published="2015-08-01")
    got = roles_model.collector
    for v, evs, cands in got:
        for ev, cs in zip(evs, cands, strict=True):
            if doc.span_text(ev.trigger) == trigger:
                return [doc.text[v.toks[c.i].start:v.toks[c.j - 1].end] for c in cs]
    raise AssertionError(f"no event {trigger!r}")


# (sentence, trigger, a phrase the widening adds to its candidates)
WIDENED = [
    # the subject of the verb: a deed noun with its nationality adjective (the rules gave
    # only the adjective التركية)
    ("غير أن المراقبين يؤكدون أن الغارات التركية استهدفت الناشطين الأكراد أكثر مما "
     "استهدفت المقاتلين.", "استهدفت", "الغارات التركية"),
    # a counted phrase after a preposition
    ("وأوضحت المصادر أن قوات النظام استهدفت البلدتين بأكثر من 1400 قذيفة، من أجل "
     "استمرار السيطرة عليها.", "استهدفت", "1400 قذيفة"),
    # the subject of a verb of saying: no party name, no head noun of a party
    ("وأوضحت المصادر أن قوات النظام استهدفت البلدتين بأكثر من 1400 قذيفة، من أجل "
     "استمرار السيطرة عليها.", "استهدفت", "المصادر"),
    # a fronted phrase after a preposition
    ("ففي الجنوب، قصفت الطائرات مديرية كرش ومناطق أخرى في محافظة لحج.", "قصفت", "الجنوب"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase"), WIDENED)
def test_the_clause_reading_widens_the_candidates(text, trigger, phrase, monkeypatch):
    assert phrase not in _candidates(text, trigger, False, monkeypatch)
    assert phrase in _candidates(text, trigger, True, monkeypatch)


# (sentence, trigger, a phrase glued to its preposition: never a candidate as written)
NOT_CANDIDATES = [
    ("وكانت قوى سياسية عراقية نددت بالقصف التركي لقرى إقليم كردستان.", "نددت",
     "بالقصف التركي"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase"), NOT_CANDIDATES)
def test_no_candidate_carries_its_preposition(text, trigger, phrase, monkeypatch):
    assert phrase not in _candidates(text, trigger, True, monkeypatch)


def _softmax_model(z_bias: float) -> roles_model.RoleModel:
    w = {r: np.zeros(DIM) for r in ROLES}
    return roles_model.RoleModel(w, dict.fromkeys(ROLES, z_bias), dict.fromkeys(ROLES, 0.5),
                                 {}, kind="softmax")


def test_softmax_candidates_share_with_none():
    """Each candidate's share of one event: equal scores split evenly with "none" (score
    0), and the shares with none's sum to one."""
    ids = np.zeros((3, len(TEMPLATES)), dtype=np.int64)
    p = _softmax_model(0.0).probabilities(ids, "actor")
    assert np.allclose(p, 0.25)
    p = _softmax_model(np.log(2.0)).probabilities(ids, "actor")
    assert np.allclose(p, 2 / 7) and abs(p.sum() + 1 / 7 - 1) < 1e-9


def test_shipped_weights_are_of_this_feature_space():
    import json

    d = json.loads(roles_model.WEIGHTS.read_text(encoding="utf-8"))
    assert d["dim"] == DIM and d["templates"] == len(TEMPLATES)
    assert d.get("kind", "logistic") in ("logistic", "softmax")


def test_softmax_training_runs_on_the_seed(tmp_path):
    """scripts/train_roles.py --softmax fits the conditional logit, deterministically."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    try:
        import train_roles
    finally:
        sys.path.pop(0)
    out, again = tmp_path / "m.json", tmp_path / "again.json"
    for path in (out, again):
        assert train_roles.main(["--sets", "seed", "--no-loso", "--softmax",
                                 "--out", str(path)]) == 0
    m = json.loads(out.read_text(encoding="utf-8"))
    assert m["kind"] == "softmax" and all(m["weights"][r] for r in ROLES)
    assert json.loads(again.read_text(encoding="utf-8")) == m
    train_roles.main(["--sets", "seed", "--no-loso", "--no-write"])  # module state reset
