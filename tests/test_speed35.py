"""speed35 (issue 16): the group nouns with their proclitics read from one table made once
(entities/groups.py), and the plural area nouns' set made once (entities/areas.py). The
answers must be the ones of the scan over the proclitics that they replace."""

from __future__ import annotations

import pytest

from rasd.entities import areas, groups, link
from rasd.entities.features import norm_word, word_list
from rasd.entities.kb import get_kb, name_key
from rasd.outlets import outlets
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


# -- the link stage: the namesake heads' proclitic forms, the outlet's keys, the word
# before a span (entities/link.py)

def _namesake_scan(word: str | None, heads: frozenset[str]) -> bool:
    """The former `_namesake_head`: each proclitic tried in turn."""
    if word is None:
        return False
    return any(word[len(lead):] in heads for lead in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب")
               if word.startswith(lead))


@pytest.mark.parametrize(("word", "head"), [
    ("حي", True), ("وبحي", True), ("لشارع", True), ("فبحي", True), ("كحي", False),
    ("الحي", False), ("وفحي", False), ("مدينة", False), (None, False),
])
def test_namesake_head_words(word: str | None, head: bool) -> None:
    heads = word_list("namesake_heads.txt")
    assert link._namesake_head(None if word is None else norm_word(word), heads) is head


def test_namesake_head_as_the_scan() -> None:
    heads = word_list("namesake_heads.txt")
    leads = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "ك", "ال")
    words = {a + b + h for a in leads for b in leads for h in heads}
    words |= {h[1:] for h in heads} | {t.norm for s in SENTENCES for t in tokenize(s)}
    for w in words:
        assert link._namesake_head(w, heads) is _namesake_scan(w, heads), w


def _restore_scan(text: str, start: int, span: str) -> str:
    """The former `_restore_article`, the word's start found by a generator."""
    if span.startswith("ال"):
        return span
    lo = max(0, start - link._ELIDING_LONGEST - 1)
    before = text[lo:start]
    word = max(before.rfind(c) for c in link._WORD_BREAKS) + 1
    if (word or lo == 0) and before[word:] in link._ELIDING:
        return "ال" + span
    return span


@pytest.mark.parametrize(("text", "span", "restored"), [
    ("وقال متحدث باسم للدفاع المدني إن", "دفاع المدني", "الدفاع المدني"),
    ("وأعلن الناطق للجيش الوطني أن", "جيش الوطني", "الجيش الوطني"),
    ("قالت وزارة الدفاع المدني", "الدفاع المدني", "الدفاع المدني"),
    ("قالت قوات الجيش", "جيش", "جيش"),
])
def test_restore_article(text: str, span: str, restored: str) -> None:
    start = text.index(span)
    assert link._restore_article(text, start, span) == restored
    assert _restore_scan(text, start, span) == restored


def test_restore_article_as_the_scan_at_every_offset() -> None:
    text = " ".join(SENTENCES) + ' (للقوات «للجيش\tلل\nوللدفاع "لل'
    for start in range(len(text)):
        for span in ("جيش", "الجيش", text[start:start + 5]):
            assert link._restore_article(text, start, span) == _restore_scan(text, start, span)


def test_outlet_keys_kept_per_outlet() -> None:
    kb = get_kb()
    for row in outlets().values():
        entry = kb.get(row.get("kb") or "")
        if entry is None:
            continue
        keys = link._outlet_keys(row["ar"], entry.names_ar)
        assert keys == {name_key(n) for n in (row["ar"], *entry.names_ar)}
        assert keys is link._outlet_keys(row["ar"], entry.names_ar)
