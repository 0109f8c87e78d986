"""Answers the events stage reads from one index a document or a table (issue 16, speed24)
are the answers the passes computed anew: a matcher's starts and candidates over the whole
document, the time tokens and count tokens of a window, the magnitude phrases a token
opens; and the passes skipped in a sentence with no attack leave its events as they were.
Checked on every token of real sentences."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.events import find_events
from rasd.events.attach import _by_first_word, _forms
from rasd.events.frame import counted
from rasd.lexicons import cue_matcher, magnitudes, trigger_matcher
from rasd.roles import View

TEXTS = [
    # an attack with its toll (قتل 12 مدنيا), a time (أمس), a place (في مدينة الرقة)
    "قصفت طائرات حربية أمس مدينة الرقة، ما أدى إلى مقتل 12 مدنيا وإصابة أكثر من 20 آخرين "
    "بحسب ناشطين.",
    # a claim (قال … إن), talks (التقى، محادثات) and no attack
    "وقال المتحدث باسم الخارجية إن الوزير التقى نظيره الروسي يوم الاثنين، وأجرى معه "
    "محادثات حول الأزمة السورية.",
    # the wounded (أصيب) of an attack named after a cause word (جراء القصف), a count inside
    # a number phrase (ثلاثة آلاف)
    "وأصيب خمسة جنود جراء القصف الذي استهدف مواقعهم، فيما نزح نحو ثلاثة آلاف شخص من "
    "البلدة يوم الثلاثاء الماضي.",
]


@pytest.fixture(scope="module")
def views() -> list[View]:
    return [View(before_events(t)) for t in TEXTS]


@pytest.mark.parametrize("matcher", [trigger_matcher, cue_matcher])
def test_a_ranges_starts_are_the_matchers_own(views, matcher) -> None:
    m = matcher()
    found = 0
    for v in views:
        n = len(v.toks)
        for a in range(n):
            for b in (a, a + 1, min(n, a + 5), n):
                assert v.starting(m, a, b) == m.starting(v.toks, a, b), (a, b)
        found += len(v.starting(m, 0, n))
    assert found  # (قصفت، مقتل، قال، التقى …)


@pytest.mark.parametrize("matcher", [trigger_matcher, cue_matcher])
def test_candidates_are_the_matchers_own_at_every_token(views, matcher) -> None:
    m = matcher()
    for v in views:
        for i in [*range(len(v.toks)), -1]:
            for _ in range(2):  # (asked again: the kept answer)
                assert v.candidates(m, i) == m.candidates(v.text, v.toks, i), i


def test_trigger_nouns_where_the_matcher_finds_a_noun(views) -> None:
    v = views[0]
    nouns = [v.norms[i] for i in range(len(v.toks)) if v.trigger_noun_at(i)]
    assert "مقتل" in nouns and "قصفت" not in nouns


def test_time_tokens_between_are_counted_as_one_by_one(views) -> None:
    seen = 0
    for v in views:
        n = len(v.toks)
        for i in range(n):
            for j in range(i, n + 3):
                assert v.times_between(i, j) == sum(1 for t in v.time_tok if i <= t < j)
        seen += len(v.time_tok)
    assert seen  # (أمس، يوم الاثنين، يوم الثلاثاء الماضي)


def test_a_token_is_counted_where_a_count_starts_in_it(views) -> None:
    seen = 0
    for v in views:
        for i in range(len(v.toks)):
            want = v.count_in(v.toks[i].start, v.toks[i].end)
            assert counted(v, i, i + 1) == want, v.norms[i]
            seen += want
        assert counted(v, -1, 0) == v.count_in(v.toks[-1].start, v.toks[-1].end)
    assert seen >= 3  # (12، 20، خمسة …)


def test_the_phrases_a_token_opens_in_the_tables_order(views) -> None:
    context = magnitudes()[1]
    index = _by_first_word(context)
    assert _by_first_word(context) is index  # (made once per table)
    opened = 0
    for v in views:
        for k in range(len(v.toks)):
            first = _forms(v, k)
            want = [(phrase, f) for phrase, f in context.items() if phrase[0] in first]
            got = [(phrase, f) for _, phrase, f in
                   sorted(x for w in first for x in index.get(w, ()))]
            assert got == want, v.norms[k]
            opened += bool(want)
    assert opened  # (مقتل، إصابة، أصيب …)


def _events(text: str) -> list[tuple]:
    return [(e.type, e.status, e.trigger.start, [(r.start, r.end) for r in e.actor],
             [(r.start, r.end) for r in e.recipient], [(r.start, r.end) for r in e.location],
             e.dead, e.injured) for e in find_events(before_events(text))]


@pytest.mark.parametrize("text", TEXTS)
def test_events_found_twice_are_the_same(text) -> None:
    assert _events(text) == _events(text)  # (the View's copy shares the kept indexes)


def test_the_toll_goes_to_the_attack_and_talks_take_none() -> None:
    attack = _events(TEXTS[0])
    assert any(t == "ASSAULT" and dead == 12 for t, *_, dead, _ in attack)
    talks = _events(TEXTS[1])
    assert talks and all(t != "ASSAULT" and dead is None and hurt is None
                         for t, *_, dead, hurt in talks)
