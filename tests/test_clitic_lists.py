"""The shared 'clitic + word of a list' tests (refactor1): View.preposed_in and
text.segment's in_with_article and in_with_conjunction, on words of real sentences."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.roles import View
from rasd.text.normalize import normalize
from rasd.text.segment import in_with_article, in_with_conjunction

TEXT = ("قصفت الطائرات بالصواريخ مواقع تابعة لقوات النظام في منطقة الريف، وبالصواريخ "
        "استهدف مقاتلو الحوثيين للقوات الحكومية بحي الزهور والجيش كالجيش بمنطقة قريبة.")
WORDS = frozenset(normalize(w) for w in ("قوات", "صواريخ", "منطقة", "جيش", "حي"))


@pytest.fixture(scope="module")
def view() -> View:
    return View(before_events(TEXT))


def _at(v: View, word: str) -> int:
    return v.norms.index(normalize(word))


@pytest.mark.parametrize("word, preps, expected", [
    ("بالصواريخ", "بل", True),    # ب + ال + صواريخ
    ("لقوات", "بل", True),        # ل + قوات
    ("بمنطقة", "بل", True),       # ب + منطقة
    ("بمنطقة", "ب", True),
    ("لقوات", "ب", False),        # ل is not asked for
    ("وبالصواريخ", "بل", True),   # و + ب + ال: the conjunction is dropped first
    ("للقوات", "بل", False),      # ل + (ا)لقوات: the dropped alif is not restored
    ("منطقة", "بل", False),       # no preposition: in_words answers that
    ("كالجيش", "بل", False),      # ك is no preposition of the set
    ("بحي", "بل", False),         # three letters: حي is not read off it
    ("الحوثيين", "بل", False),
])
def test_preposed_in(view: View, word: str, preps: str, expected: bool) -> None:
    assert view.preposed_in(_at(view, word), WORDS, preps) is expected


@pytest.mark.parametrize("word, expected", [
    ("الجيش", True),
    ("جيش", True),
    ("الطائرات", False),     # طائرات is not in the list
    ("والجيش", False),       # a conjunction is the caller's to drop (View.bare)
    ("بالجيش", False),       # a preposition too (View.preposed_in)
    ("الحي", True),
    ("ال", False),
])
def test_in_with_article(word: str, expected: bool) -> None:
    assert in_with_article(normalize(word), WORDS) is expected


LIGHTS = frozenset(normalize(w) for w in ("بدأ", "شن", "وضع"))


@pytest.mark.parametrize("word, expected", [
    ("بدأ", True),
    ("وبدأ", True),          # و + بدأ
    ("فشن", True),           # ف + شن
    ("وضع", True),           # the verb itself (also و + ضع: the list decides)
    ("ووضع", True),
    ("لشن", False),          # a preposition is no conjunction
    ("والجيش", False),
    ("وو", False),
])
def test_in_with_conjunction(word: str, expected: bool) -> None:
    assert in_with_conjunction(normalize(word), LIGHTS) is expected
