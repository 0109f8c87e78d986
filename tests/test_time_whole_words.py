"""باب (a gate) is a word of its own, never ب + آب (August): no time is read in it
(data/time/whole_words.txt), while آب itself and with a real proclitic stays a month.
Sentences from the dev gold and from unannotated news kept by scripts/free_news.py
--drop-dev."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def times_of(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published="2015-08-01")
    return [(doc.text[t.start:t.end], t.date) for t in doc.times]


GATES = [
    # fresh21 (aqsa-worshippers-confront-police-settler-incursion-…)
    "كما سمحت الشرطة الإسرائيلية للعشرات من المستوطنين باقتحام المسجد الأقصى من خلال باب "
    "المغاربة وسط حراسة مشددة.",
    # news snn_region_0217
    "وقصف طيران التحالف الخميس، مبنى قيادة اللواء 17 مشاة الذي يقع في باب المندب بمحافظة تعز.",
]


@pytest.mark.parametrize("text", GATES)
def test_gate_is_no_month(text: str) -> None:
    assert not [s for s, _ in times_of(text) if "اب" in s], times_of(text)


def test_august_stays_a_month() -> None:
    got = times_of("وكانت الاشتباكات قد اندلعت في آب الماضي، وتجددت في منتصف آب 2014.")
    assert any("آب" in s for s, _ in got), got
