"""scripts/silver_ner.py: the text it keeps out of silver data and how it resumes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from silver_ner import labelled, segment, shingles  # noqa: E402

GOLD = sorted((ROOT / "tests" / "gold" / "fresh").glob("*.raw.txt"))


@pytest.mark.skipif(len(GOLD) < 2, reason="no fresh gold texts")
def test_a_dev_article_shares_text_with_itself_not_with_another() -> None:
    a, b = (p.read_text("utf-8") for p in GOLD[:2])
    # a news record that quotes the article inside other text is caught
    quoted = "نشرت الوكالة الخبر التالي: " + a[: len(a) // 2]
    assert len(shingles(quoted) & shingles(a)) >= 3
    assert len(shingles(b) & shingles(a)) < 3


@pytest.mark.parametrize("text, sentences", [
    ("قال الرئيس عبد ربه منصور هادي إن الحوثيين انسحبوا من عدن. وأكد التحالف ذلك.",
     [["قال", "الرئيس", "عبد", "ربه", "منصور", "هادي", "إن", "الحوثيين", "انسحبوا", "من",
       "عدن", "."], ["وأكد", "التحالف", "ذلك", "."]]),
    ("قتل 5 مدنيين في بغداد، بحسب الشرطة.",
     [["قتل", "5", "مدنيين", "في", "بغداد", "،", "بحسب", "الشرطة", "."]]),
])
def test_segment_cuts_news_as_the_pipeline_does(text: str, sentences: list[list[str]]) -> None:
    assert segment(text) == sentences


def test_a_stopped_run_resumes_without_its_last_document(tmp_path: Path) -> None:
    part = tmp_path / "silver.part"
    part.write_text("-DOCSTART- snn_region_0001\n\nقال\tO\nهادي\tB-PER\n\n"
                    "-DOCSTART- snn_region_0002\n\nفي\tO\nعدن\tB-LOC\n\n"
                    "-DOCSTART- snn_region_0003\n\nفي\tO\n", encoding="utf-8")
    got = labelled(part)
    assert got == {"snn_region_0001": [("قال", "O"), ("هادي", "B-PER")],
                   "snn_region_0002": [("في", "O"), ("عدن", "B-LOC")]}
