"""The learned argument labeller (rasd.events.roles_model, role_features): off by default,
its weights load when turned on (RASD_ROLES_MODEL=on), it fills only roles the rules left
empty, and on real sentences of the demo corpus (none from a dev gold file) it adds the role
a reader would and leaves alone the phrases that fill none."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from rasd.events import roles_model
from rasd.events.role_features import ATTRS, DIM, ROLES, TEMPLATES, code, feature_ids
from rasd.pipeline import extract_text

ROOT = Path(__file__).resolve().parent.parent


def _event(text: str, trigger: str):
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    ev = next(e for e in doc.events if t(e.trigger) == trigger)
    return doc, ev


def _role(text: str, trigger: str, role: str) -> list[str]:
    doc, ev = _event(text, trigger)
    return [doc.span_text(r) for r in getattr(ev, role)]


def test_weights_load_with_a_threshold_per_role(monkeypatch):
    monkeypatch.setenv("RASD_ROLES_MODEL", "on")
    m = roles_model.model()
    assert m is not None
    for role in ROLES:
        assert m.weights[role].shape == (DIM,)
        assert 0.5 <= m.threshold[role] <= 1.0
    assert any(np.count_nonzero(m.weights[r]) for r in ROLES)


def test_a_missing_weights_file_fails_loudly(monkeypatch, tmp_path):
    monkeypatch.setenv("RASD_ROLES_MODEL", str(tmp_path / "none.json"))
    with pytest.raises(FileNotFoundError):
        roles_model.model()


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("RASD_ROLES_MODEL", raising=False)
    assert roles_model.model() is None
    monkeypatch.setenv("RASD_ROLES_MODEL", "off")
    assert roles_model.model() is None


# (sentence, trigger, role, the phrase the model adds): roles the rules leave empty (the
# weights retrained with the clause reading, roles14, leave two of the earlier five empty:
# تحقيق قوات المعارضة تقدمًا and a relative clause's verb, see docs/history/evaluation.md)
ADDS = [
    # the party right before a deed noun's object (إحراز X تقدما)
    ("إلى ذلك، تحدثت مصادر ميدانية، عن إحراز تنظيم داعش تقدمًا جديدًا في مدينة الحسكة.",
     "تقدمًا", "actor", "تنظيم داعش"),
    # the subject of the light verb (بدأت X هجوما)
    ("وبدأت قوات النظام و”حزب الله” اللبناني في الرابع من تموز/يوليو هجوما على مدينة "
     "الزبداني، آخر مدينة في المنطقة الحدودية مع لبنان لا تزال بيد المعارضة، يترافق مع قصف "
     "جوي عنيف، وتسببت المعارك المتواصلة بمقتل حوالى سبعين مقاتلا من الطرفين، وتحاصر قوات "
     "النظام الزبداني منذ العام 2013.", "هجوما", "actor", "قوات النظام"),
    # the subject of the sentence, a party acting بالتعاون مع another
    ("وأفاد مصدر إعلامي بأن وحدات حماية الشعب الكردية بالتعاون مع الكتائب المقاتلة وبغطاء من "
     "طيران التحالف الدولي تمكنت من السيطرة على منطقة الفيلات الحمر جنوب شرق الحسكة، بعد "
     "اشتباكات مع مقاتلي تنظيم داعش استمرت لأيام.", "تعاون", "actor",
     "وحدات حماية الشعب الكردية"),
]

# (sentence, trigger, role): the model must leave the role empty: the official who tells of
# an attack is no party to it
LEAVES = [
    ("وأشار مسؤول إلى إن ثمانية أشخاص آخرين أصيبوا جراء الهجوم.", "الهجوم", "actor"),
    ("وقال مسؤول أمني إن 18 شرطيا على الأقل أصيبوا يوم الأحد في انفجار عبوة ناسفة.",
     "انفجار", "actor"),
    ("إلى ذلك، تحدثت مصادر ميدانية، عن إحراز تنظيم داعش تقدمًا جديدًا في مدينة الحسكة.",
     "تقدمًا", "recipient"),
]


@pytest.mark.parametrize("text, trigger, role, phrase", ADDS)
def test_model_fills_an_empty_role(monkeypatch, text, trigger, role, phrase):
    monkeypatch.setenv("RASD_ROLES_MODEL", "on")
    assert _role(text, trigger, role) == [phrase]
    monkeypatch.setenv("RASD_ROLES_MODEL", "off")
    assert _role(text, trigger, role) == []  # the rules alone leave it empty


@pytest.mark.parametrize("text, trigger, role", LEAVES)
def test_model_leaves_a_role_empty(monkeypatch, text, trigger, role):
    monkeypatch.setenv("RASD_ROLES_MODEL", "on")
    assert _role(text, trigger, role) == []


def test_training_script_runs_on_the_seed(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_roles
    finally:
        sys.path.pop(0)
    out = tmp_path / "m.json"
    assert train_roles.main(["--sets", "seed", "--no-loso", "--out", str(out)]) == 0
    m = json.loads(out.read_text(encoding="utf-8"))
    assert set(m["weights"]) == set(ROLES) and m["dim"] == DIM
    assert all(m["weights"][r] and all(0 <= int(f) < DIM for f in m["weights"][r])
               for r in ROLES)
    again = tmp_path / "again.json"  # retrained, the same weights: deterministic
    assert train_roles.main(["--sets", "seed", "--no-loso", "--out", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8")) == m


def test_weights_of_another_feature_space_fail_loudly(monkeypatch, tmp_path):
    bad = tmp_path / "old.json"
    bad.write_text(json.dumps({"features": ["bias"], "weights": {}, "bias": {},
                               "threshold": {}}), encoding="utf-8")
    monkeypatch.setenv("RASD_ROLES_MODEL", str(bad))
    with pytest.raises(ValueError):
        roles_model.model()


def test_feature_ids_are_stable_and_in_range():
    rows = np.zeros((3, len(ATTRS)), dtype=np.int64)
    rows[1, ATTRS.index("slot")] = code("subj")
    rows[2, ATTRS.index("slot")] = code("obj")
    ids = feature_ids(rows)
    assert ids.shape == (3, len(TEMPLATES))
    assert ids.min() >= 0 and ids.max() < DIM
    assert (ids[1] != ids[2]).any() and (feature_ids(rows) == ids).all()
