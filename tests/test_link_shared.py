"""What the link stage's passes share within a document (speed29): the token starts
(text.scan.token_starts), the word tokens and their ids (ruler.word_tokens_ids), the data
word lists (features.word_list), and `nonames.enclosed` read from the characters next to
a span: each gives what it gave when every pass made its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from link_helpers import tagged_doc
from rasd.entities import features, nonames, ruler
from rasd.entities.kb import SKIP_TOKENS
from rasd.entities.nonames import enclosed
from rasd.text.scan import token_starts
from rasd.text.segment import tokenize

GOLD = Path(__file__).resolve().parent / "gold"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.raw.txt"))[:8]]

SENTENCES = [
    "وقالت وكالة الأنباء الليبية (وال) إن القصف طال بنغازي",
    "نقلت صحيفة «الشرق الأوسط» عن مصدر في عدن",
    "قال المتحدث لـ «عكاظ» إن الهجوم استهدف مطار «تمناع» الدولي",
    "وأكد ولي ولي العهد (الأمير محمد) أن التحالف مستمر",
    'وصرح مسؤول لوكالة "رويترز" بأن القوات دخلت المدينة',
]


def _enclosed_by_copy(text: str, start: int, end: int) -> bool:
    """`enclosed` as it was written before: the text before and after the span copied."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return bool(before) and before in nonames._OPEN and bool(after) and after in nonames._CLOSE


@pytest.mark.parametrize("text", SENTENCES + TEXTS)
def test_enclosed_answers_as_the_copy_did_for_every_word_span(text: str) -> None:
    tokens = tokenize(text)
    spans = [(t.start, t.end) for t in tokens]
    spans += [(a.start, b.end) for a, b in zip(tokens, tokens[1:], strict=False)]
    spans += [(0, 0), (0, len(text)), (len(text), len(text))]
    got = [enclosed(text, a, b) for a, b in spans]
    assert got == [_enclosed_by_copy(text, a, b) for a, b in spans]
    if text in SENTENCES:
        assert any(got)  # each sentence holds a bracketed or quoted word


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("وقالت وكالة الأنباء الليبية (وال) إن", "وال", True),
    ("قال المتحدث لـ «عكاظ» إن", "عكاظ", True),
    ("قال المتحدث لـ « عكاظ » إن", "عكاظ", True),  # spaces inside the marks
    ("وقالت وكالة الأنباء الليبية وال إن", "وال", False),
    ("(وال", "وال", False),  # nothing after the span
    ("وال)", "وال", False),  # nothing before it
])
def test_enclosed_on_sentences(text: str, span: str, expected: bool) -> None:
    start = text.index(span)
    assert enclosed(text, start, start + len(span)) is expected


@pytest.mark.parametrize("text", SENTENCES + TEXTS[:3])
def test_token_starts_are_the_tokens_starts_kept_per_list(text: str) -> None:
    tokens = tokenize(text)
    starts = token_starts(tokens)
    assert starts == [t.start for t in tokens]
    assert token_starts(tokens) is starts  # the same list while the same tokens are asked
    other = tokenize(text + " وانتهى")
    assert token_starts(other) == [t.start for t in other]
    tokens += tokenize(" آخر")  # the list grown: read again
    assert token_starts(tokens) == [t.start for t in tokens]


@pytest.mark.parametrize("text", SENTENCES + TEXTS[:4])
def test_word_tokens_kept_per_document_drop_the_marks(text: str) -> None:
    doc = tagged_doc(text)
    words, ids = ruler.word_tokens_ids(doc)
    assert words == [t for t in doc.tokens if t.norm not in SKIP_TOKENS]
    assert ids is not None and len(ids) == len(words)
    assert ruler.word_tokens_ids(doc) == (words, ids)
    assert ruler.word_tokens(doc) is words  # the same lists for the second matcher
    other = tagged_doc("قال المتحدث لـ «عكاظ» إن")
    assert [t.norm for t in ruler.word_tokens(other)] == ["قال", "المتحدث", "ل", "عكاظ", "ان"]
    assert ruler.word_tokens(doc) == words


def test_the_word_lists_stay_read_once_asked_in_turn() -> None:
    # more lists than the old cache of 8 held, each asked again as every document asks them
    names = ["not_entities.txt", "trailing.txt", "name_particles.txt", "title_cues.txt",
             "state_heads.txt", "state_adjectives.txt", "plural_suffixes.txt",
             "place_openers.txt", "place_anaphors.txt", "ordinals.txt", "head_stops.txt",
             "head_generic.txt", "date_words.txt", "focus_adverbs.txt"]
    first = [features.word_list(n) for n in names]
    misses = features.word_list.cache_info().misses
    again = [features.word_list(n) for n in names]
    assert features.word_list.cache_info().misses == misses
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert "ان" not in first[0] and all(first)  # read in matching form, none empty
