"""speed35 (issue 16): the group nouns with their proclitics read from one table made once
(entities/groups.py), and the plural area nouns' set made once (entities/areas.py). The
answers must be the ones of the scan over the proclitics that they replace."""

from __future__ import annotations

import pytest

from rasd.entities import areas, groups
from rasd.entities.features import norm_word
from rasd.entities.kb import get_kb
from rasd.text.segment import tokenize


def _scan(norm: str) -> bool | None:
    """The former `_group_noun`: each proclitic of `_LEADS` tried in order."""
    table = groups.group_nouns()
    for lead in groups._LEADS:
        if norm.startswith(lead) and norm[len(lead):] in table:
            return table[norm[len(lead):]]
    return None


SENTENCES = [
    "وقالت مصادر محلية إن اشتباكات اندلعت بين مسلحين من قبيلتي التبو والطوارق في مدينة أوباري.",
    "وأكد شيخ لقبيلة الوائلي أن عشائر الأنبار ترفض وجود التنظيم في مناطقها.",
    "وهاجم مسلحون أفرادا من طائفة البهرة، فيما دعت قبائل متناحرة إلى الهدنة.",
    "وتنتمي غالبية سكان الإقليم إلى إثنية البشتون وأقلية الهزارة الشيعية.",
]


@pytest.mark.parametrize(("word", "listed"), [
    ("قبيلة", False), ("لقبيلة", False), ("وقبيلتي", True), ("قبائل", True),
    ("وبعشائر", True), ("فلطوائف", True), ("ولأقلية", False), ("بإثنية", False),
    ("القبيلة", None), ("كقبيلة", None), ("قبيلتين", None), ("وولقبيلة", None),
    ("", None), ("و", None),
])
def test_group_noun_words(word: str, listed: bool | None) -> None:
    assert groups._group_noun(norm_word(word)) is listed


def test_group_noun_as_the_scan_on_every_form() -> None:
    nouns = list(groups.group_nouns())
    forms = {a + b + n for a in groups._LEADS for b in groups._LEADS for n in nouns}
    forms |= {n[:-1] for n in nouns} | {n + "ه" for n in nouns}
    forms |= {t.norm for s in SENTENCES for t in tokenize(s)}
    for norm in forms:
        assert groups._group_noun(norm) is _scan(norm), norm


@pytest.mark.parametrize(("text", "names"), [
    (SENTENCES[0], ["التبو", "الطوارق"]),
    (SENTENCES[2], ["البهرة"]),
    (SENTENCES[3], ["البشتون", "الهزارة"]),
])
def test_group_names_on_sentences(text: str, names: list[str]) -> None:
    found = groups.group_names(get_kb(), text, tokenize(text))
    assert [text[n.start:n.end] for n in found] == names


def test_plural_area_nouns_made_once() -> None:
    plurals = areas._plurals()
    assert plurals is areas._plurals()
    assert plurals == frozenset(w for w, many in areas._table().items() if many)
    assert norm_word("محافظتي") in plurals and norm_word("محافظة") not in plurals
