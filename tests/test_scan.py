"""One scan of a document's tokens shared by the link stage's word passes (text/scan.py):
the passes read from the scan's positions find what they find from every position."""

from pathlib import Path

import pytest

from rasd.entities.areas import area_names, is_area_noun
from rasd.entities.heads import (
    head_of,
    head_phrases,
    is_head,
    is_state_head,
    national_bodies,
    quoted_after_head,
)
from rasd.entities.link import get_kb
from rasd.text.scan import WordScan
from rasd.text.segment import tokenize

GOLD = Path(__file__).resolve().parent / "gold"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.raw.txt"))[:12]]

SENTENCES = [
    "وطالب مجلس محافظة الأنبار بتوفير ممر آمن",
    "وأعلنت القوات النيجيرية وقوات الأمن الأفغانية مقتل عشرة",
    "وقصفت الطائرات قرية حسن شامي وبلدتي كفرنبل ومعرة النعمان",
    "رفضت هبوط الطائرة في مطار «تمناع» الدولي",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_positions_are_the_words_that_pass_each_test(text: str) -> None:
    tokens = tokenize(text)
    scan = WordScan((is_head, is_state_head, is_area_noun))
    for test in scan.tests:
        assert scan.positions(tokens, test) == [
            i for i, t in enumerate(tokens) if test(t.norm)]
    assert any(scan.positions(tokens, test) for test in scan.tests)  # each holds one


def test_a_new_or_longer_token_list_is_scanned_again() -> None:
    scan = WordScan((is_head,))
    first = tokenize("وطالب مجلس محافظة الأنبار")
    assert scan.positions(first, is_head) == [1]
    other = tokenize("قال إن مجلس النواب")
    assert scan.positions(other, is_head) == [2]
    first += tokenize("وزارة")
    assert scan.positions(first, is_head) == [1, 4]


@pytest.mark.parametrize("text", SENTENCES + TEXTS)
def test_passes_from_the_scan_find_what_they_find_everywhere(text: str) -> None:
    kb, tokens = get_kb(), tokenize(text)
    scan = WordScan((is_head, is_state_head, is_area_noun))
    heads, states = scan.positions(tokens, is_head), scan.positions(tokens, is_state_head)
    assert head_phrases(kb, text, tokens, heads) == head_phrases(kb, text, tokens)
    assert national_bodies(kb, text, tokens, states) == national_bodies(kb, text, tokens)
    assert quoted_after_head(tokens, heads) == quoted_after_head(tokens)
    assert area_names(kb, text, tokens, scan.positions(tokens, is_area_noun)) \
        == area_names(kb, text, tokens)


def test_the_scan_finds_the_phrases_of_real_text() -> None:
    """Not an empty comparison: the gold texts hold head-noun names and area names, found
    from the scan's few positions."""
    kb = get_kb()
    found = 0
    for text in TEXTS:
        tokens = tokenize(text)
        heads = WordScan((is_head,)).positions(tokens, is_head)
        assert all(head_of(tokens[i].norm) is not None for i in heads)
        assert len(heads) < len(tokens) / 4
        found += len(head_phrases(kb, text, tokens, heads))
    assert found > 10


# words whose leads and endings the one-pass mask must read as the tests do
ODD_WORDS = ["", "و", "ول", "لل", "للقوات", "وللقوات", "والقوات", "فبالمنطقة", "فلمنطقة",
             "ولواء", "للواء", "بالفرقة", "وبمحافظة", "فمحافظة", "ومجلس", "للمجلس", "x=y"]


def test_the_link_words_mask_answers_as_the_tests_one_by_one() -> None:
    from rasd.entities.ruler import _WORDS, _words_mask

    words = {t.norm for text in TEXTS for t in tokenize(text)} | set(ODD_WORDS)
    words |= {t.norm for s in SENTENCES for t in tokenize(s)}
    hits = [0] * len(_WORDS.tests)
    for w in sorted(words):
        want = sum(1 << k for k, test in enumerate(_WORDS.tests) if test(w))
        assert _words_mask(w) == want, w
        for k in range(len(hits)):
            hits[k] += want >> k & 1
    assert all(hits), hits  # each test holds for some word
