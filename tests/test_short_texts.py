"""Texts cut anywhere (a sentence with no full stop, ending right after a verb, a light verb or
a conjunction) extract without an error: every pass reads only inside its sentence's tokens,
and every role it gives is a non-empty span of the text."""

from __future__ import annotations

import json
import random

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline
from serve_data import DEMO

CUT_TEXTS = [
    "أغلق أول من أمس بوابة رأس إجدير الحدودية",  # a subject at the very end (split_coordination)
    "الإدارة الأميركية، إذ إن الزيارة الأخيرة التي قام بها",  # a light verb ending the text
    "قصفت الطائرات",
    "وقال",
    "هجوم شنه",
    "اعتقلت القوات و",
    'للأشقاء اللاجئين السوريين . وأضاف الجلال: "إن',  # a quote opened on إن, then the end
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def demo_cuts(n: int, seed: int = 7) -> list[str]:
    """`n` runs of 1–25 words cut from the demo articles at random word boundaries."""
    rows = [json.loads(line) for line in DEMO.open(encoding="utf-8")]
    rnd = random.Random(seed)
    cuts = []
    for _ in range(n):
        words = rnd.choice(rows)["content"].split()
        a = rnd.randrange(len(words))
        cuts.append(" ".join(words[a:a + rnd.randint(1, 25)]).rstrip("."))
    return cuts


def roles_inside(doc: Document) -> None:
    for ev in doc.events:
        for role in (*ev.actor, *ev.recipient, *ev.location):
            assert 0 <= role.start < role.end <= len(doc.text), (doc.text, role)
            assert doc.text[role.start:role.end].strip(), (doc.text, role)


@pytest.mark.parametrize("text", CUT_TEXTS)
def test_cut_text_extracts(pipeline: Pipeline, text: str) -> None:
    (doc,) = pipeline.pipe([Document(text)])
    roles_inside(doc)


def test_demo_cuts_extract(pipeline: Pipeline) -> None:
    for doc in pipeline.pipe([Document(t) for t in demo_cuts(150)]):
        roles_inside(doc)
