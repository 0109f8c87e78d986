"""The cheaper forms of the shared lookups (issue 16, speed19) answer as before: a word's
clitic readings in their order, a matcher's matches as immutable values, a View's `word`
and `bare` as its tokens say."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.lexicons import trigger_matcher
from rasd.roles import CONJ, View, whole_conj_words
from rasd.text.matcher import Match, PhraseMatcher
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems, tokenize


@pytest.mark.parametrize("word,readings", [
    # و + ل + ال: every proclitic cut, each reading once, in the order they stack
    ("وللحكومة", (("وللحكومه", 0, 0), ("الحكومه", 3, 0), ("حكومه", 3, 0), ("وللحكوم", 0, 1),
                  ("للحكومه", 1, 0), ("للحكوم", 1, 1), ("لحكومه", 2, 0), ("لحكوم", 2, 1))),
    # a pronoun after taa marbuta written ت: the noun's own ة back
    ("حكومته", (("حكومته", 0, 0), ("حكومت", 0, 1), ("حكومه", 0, 2))),
    # the future س before an imperfect verb only
    ("سيقول", (("سيقول", 0, 0), ("يقول", 1, 0))),
    ("سليما", (("سليما", 0, 0),)),
    # a plural pronoun; و then ب
    ("وبيوتهم", (("وبيوتهم", 0, 0), ("وبيوت", 0, 2), ("وبيوه", 0, 3), ("بيوتهم", 1, 0),
                 ("بيوت", 1, 2), ("بيوه", 1, 3), ("يوتهم", 2, 0), ("يوت", 2, 2), ("يوه", 2, 3))),
    # the longest suffix first (كما before ك)
    ("فكتابكما", (("فكتابكما", 0, 0), ("فكتاب", 0, 3), ("كتابكما", 1, 0), ("كتاب", 1, 3),
                  ("تابكما", 2, 0), ("تاب", 2, 3))),
    ("الحوار", (("الحوار", 0, 0), ("حوار", 2, 0))),
    # a stem shorter than three letters keeps no suffix cut
    ("لهن", (("لهن", 0, 0), ("هن", 1, 0))),
])
def test_clitic_readings_in_order(word: str, readings: tuple) -> None:
    assert clitic_stems.__wrapped__(normalize(word)) == readings
    assert clitic_stems(normalize(word)) == readings


def test_min_stem_drops_short_readings() -> None:
    n = normalize("ولهم")
    assert clitic_stems(n, 1)[:1] == (("ولهم", 0, 0),)
    assert all(len(stem) >= 3 for stem, _, _ in clitic_stems(n, 3))
    assert {stem for stem, _, _ in clitic_stems(n, 3)} < {stem for stem, _, _ in
                                                          clitic_stems(n, 1)}


TEXTS = [
    "قتل 30 شخصا وأصيب أكثر من 100 آخرين في تفجير انتحاري استهدف سوقا شعبية في مدينة "
    "بغداد، بحسب ما أعلنت الشرطة العراقية.",
    "وقصفت الطائرات الروسية (سو-24) مواقع لتنظيم «داعش» في وادي بردى وفي ريف حلب.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_view_word_and_bare_read_the_tokens(text: str) -> None:
    v = View(before_events(text))
    whole = whole_conj_words()
    for i, tok in enumerate(v.toks):
        assert v.word(i) is tok.is_word
        n = tok.norm
        assert v.bare(i) == (n[1:] if len(n) > 2 and n[0] in CONJ and n not in whole else n)
    assert v.bare(len(v.toks) - 1) == v.bares[-1]  # (a list's look-up: the same indices)


def test_matches_are_immutable_values() -> None:
    text = "وقصف الطيران مواقع في حلب"
    toks = tokenize(text)
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("قصف", "verb")
    m.add("قصف الطيران", "phrase")
    found = m.candidates(text, toks, 0)  # the longest first; و cut, so no exact reading
    assert [(x.payload, text[x.start:x.end], x.first, x.last, x.exact) for x in found] == [
        ("phrase", "قصف الطيران", 0, 2, False), ("verb", "قصف", 0, 1, False)]
    again = m.candidates(text, toks, 0)
    assert found == again and [hash(x) for x in found] == [hash(x) for x in again]
    assert found[0] is not again[0]  # equal as values, made anew
    with pytest.raises(AttributeError):
        found[0].start = 3  # type: ignore[misc]
    assert found[1] == Match(1, 4, 0, 1, "verb", False)
    assert m.candidates(text, toks, 1) == []  # الطيران starts no entry


def test_trigger_matches_keep_their_order() -> None:
    text = "شنت الطائرات غارات جوية على مواقع المسلحين"
    toks = tokenize(text)
    for i in range(len(toks)):
        found = trigger_matcher().candidates(text, toks, i)
        spans = [(x.last - x.first, x.exact) for x in found]
        assert spans == sorted(spans, key=lambda s: (-s[0], not s[1]))
