"""The answers the claims and events stages keep per document (issue 16) are the answers
the passes computed anew: counts found by binary search, the tokens inside a count, a
phrase read as a party, a speaker read as a party, a matcher's candidates at a token."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.events.parties import _party_span, party_span
from rasd.events.places import _in_count
from rasd.events.subjects import _party_speaker, _reads_as_party
from rasd.lexicons import cue_matcher, trigger_matcher
from rasd.roles import View

TEXTS = [
    "قتل 30 شخصا وأصيب أكثر من 100 آخرين في تفجير انتحاري استهدف سوقا شعبية في مدينة "
    "بغداد، بحسب ما أعلنت الشرطة العراقية للمرة الثانية خلال أسبوع.",
    "قال وزير الخارجية الروسي سيرغي لافروف إن الطائرات الروسية قصفت مواقع لتنظيم داعش في "
    "ريف حلب، فيما أعلن المرصد السوري مقتل خمسة مدنيين بينهم طفلان في الغارة الثالثة.",
    "وأكد المتحدث باسم الجيش اللبناني: «إننا نطالب المجتمع الدولي بوقف الهجمات»، مشيرا "
    "إلى أن ثلاثة جنود قتلوا وجرح 12 آخرون في اشتباكات مع مسلحين قرب بلدة عرسال.",
]


_doc = before_events


@pytest.fixture(scope="module")
def views() -> list[View]:
    return [View(_doc(t)) for t in TEXTS]


def test_counts_by_binary_search_are_the_counts_among_the_quantities(views) -> None:
    seen = set()
    for v in views:
        for i in range(len(v.toks)):
            for j in range(i + 1, min(len(v.toks), i + 4) + 1):
                lo, hi = v.toks[i].start, v.toks[j - 1].end
                want = any(not q.ordinal for q in v.quantities_in(lo, hi))
                assert v.count_in(lo, hi) == want, (v.text[lo:hi], want)
                seen.add(want)
    assert seen == {True, False}  # (30 شخصا، خمسة مدنيين: counts; الثالثة: an ordinal)
    assert any(q.ordinal for v in views for q in v.quantities_in(0, len(v.text)))


def test_tokens_inside_a_count_are_those_the_count_covers(views) -> None:
    inside = 0
    for v in views:
        for k in range(len(v.toks)):
            pos = v.toks[k].start
            want = any(q.start < pos < q.end and not q.ordinal
                       for q in v.quantities_in(max(0, pos - 40), pos))
            assert _in_count(v, k) == want, v.text[v.toks[k].start:v.toks[k].end]
            inside += want
    assert inside  # (أكثر من 100: the words after the count's first)


def test_a_phrase_read_as_a_party_twice_is_read_as_anew(views) -> None:
    parties = 0
    for v in views:
        for i in range(len(v.toks)):
            for j in range(i + 1, min(len(v.toks), i + 4) + 1):
                for span in ((i, j), (i, j, 1)):
                    want = _party_span(v, span, False)
                    assert party_span(v, span) == want
                    assert party_span(v, list(span)) == want  # (asked again, as a list)
                    assert party_span(v, span, True) == _party_span(v, span, True)
                    parties += want is not None
    assert parties  # (الشرطة العراقية، المرصد السوري)


def test_a_speaker_read_as_a_party_twice_is_read_as_anew(views) -> None:
    answers = []
    for v in views:
        for c in v.doc.claims:
            want = _reads_as_party(v, c)
            assert _party_speaker(v, c) is want and _party_speaker(v, c) is want
            answers.append(want)
    assert True in answers  # (قال وزير الخارجية الروسي سيرغي لافروف)


@pytest.mark.parametrize("matcher", [trigger_matcher, cue_matcher])
def test_a_views_candidates_are_the_matchers(views, matcher) -> None:
    m = matcher()
    found = 0
    for v in views:
        for i in range(len(v.toks)):
            want = m.candidates(v.text, v.toks, i)
            got = v.candidates(m, i)
            assert got == want and v.candidates(m, i) is got  # kept: the same list again
            found += bool(want)
    assert found

