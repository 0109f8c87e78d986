"""The KB matcher's `candidates` compiled (`_hot.MatcherCandidates`, issue 16, speed30) gives
the Match tuples the matcher's Python method gives, in the same order: at every token of
real sentences and gold articles, on the slices the link stage asks (`tokens[:n]`), at the
negative indices a list takes, and for a matcher without pronoun suffixes. Where the
compiled module is missing (RASD_PURE_PYTHON=1) the KB matcher keeps its own method."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.entities.compiled import hot
from rasd.entities.kb import get_kb
from rasd.text.matcher import Match, PhraseMatcher, _stem_offsets
from rasd.text.segment import tokenize

REPO = Path(__file__).resolve().parents[1]
GOLD = [REPO / "tests" / "gold" / "aleppo-shell-kills-five-children.raw.txt",
        REPO / "tests" / "gold" / "doha-lavrov-kerry-jubeir-meeting.raw.txt",
        REPO / "tests" / "gold" / "aleppo-barrel-bombs-spanish-journalists.raw.txt"]
TEXTS = [
    "وصل وزير الخارجية الأمريكي جون كيري إلى حلب",
    "قصفت الطائرات بحلب وريف دمشق",
    "التقى بوتين ورئيسه في موسكو، وقال الناطق باسم الكرملين إن اللقاء كان مثمرا.",
]

compiled = pytest.mark.skipif(hot() is None, reason="entities/_hot not built")


def _python(m: PhraseMatcher):
    return PhraseMatcher.candidates.__get__(m)  # the method, past the instance's binding


def _answer(f, *args):
    """The answer, or the exception's type (an index past the tokens raises IndexError)."""
    try:
        return f(*args)
    except Exception as e:  # noqa: BLE001 (compared, not swallowed)
        return type(e)


def _same(m: PhraseMatcher, text: str, tokens: list) -> int:
    """Asserts the compiled and Python answers equal at every index; returns the matches."""
    py, n = _python(m), 0
    for i in list(range(len(tokens))) + [-1, -2, -len(tokens) - 1, len(tokens)]:
        got, want = _answer(m.candidates, text, tokens, i), _answer(py, text, tokens, i)
        assert got == want, (text[:40], i)
        if isinstance(got, list):
            assert all(type(a) is Match for a in got)
            n += len(got)
    return n


@compiled
def test_kb_matcher_is_bound_to_the_compiled_candidates():
    assert type(get_kb().matcher.candidates).__name__ == "MatcherCandidates"


@compiled
@pytest.mark.parametrize("text", TEXTS + [p.read_text(encoding="utf-8") for p in GOLD])
def test_same_matches_at_every_token(text):
    tokens = tokenize(text)
    assert _same(get_kb().matcher, text, tokens) > 0


@compiled
def test_same_matches_on_the_slices_the_link_stage_asks():
    m = get_kb().matcher
    text = TEXTS[0]
    tokens = tokenize(text)
    for n in range(1, len(tokens) + 1):
        _same(m, text, tokens[:n])


@compiled
@pytest.mark.parametrize("text,i,found", [
    # the longest first; the reading with the proclitic ب is not exact, its span is حلب
    (TEXTS[0], 1, [("وزير الخارجية الأمريكي", 1, 4, "وزير الخارجيه الامريكي", True)]),
    (TEXTS[0], 4, [("جون كيري", 4, 6, "جون كيري", True)]),
    (TEXTS[1], 2, [("حلب", 2, 3, "حلب", False)]),
    (TEXTS[1], 3, [("ريف دمشق", 3, 5, "ريف دمشق", False)]),
    (TEXTS[1], 0, []),
])
def test_answers_on_sentences(text, i, found):
    tokens = tokenize(text)
    got = get_kb().matcher.candidates(text, tokens, i)
    assert [(text[m.start:m.end], m.first, m.last, m.payload.key, m.exact) for m in got] == found


@compiled
@pytest.mark.parametrize("suffixes", [True, False])
def test_a_small_matcher_with_and_without_suffixes(suffixes):
    m: PhraseMatcher[str] = PhraseMatcher(suffixes=suffixes)
    for phrase in ("رئيس", "رئيس الوزراء", "رئيس الوزراء العراقي", "حلب", "ريف حلب"):
        m.add(phrase, phrase)
    m.add("رئيس", "again")  # two payloads at one node: the order they were added
    m.candidates = hot().MatcherCandidates(m, Match, _stem_offsets)
    text = "قال رئيسه إن رئيس الوزراء العراقي زار ريف حلب وبحلب، ورئيس الوزراء"
    assert _same(m, text, tokenize(text)) > 0


def test_python_method_where_the_module_is_missing():
    code = ("from rasd.entities.kb import get_kb; "
            "print(type(get_kb().matcher.candidates).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "RASD_PURE_PYTHON": "1"}, check=True)
    assert out.stdout.strip() == "method"
