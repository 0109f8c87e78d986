"""A phrase scan's first-word test (issue 16, speed17): `openers` keeps per phrase set the
first words of its phrases, and `View.phrase_at` finds no phrase at a token that opens none
of them (the skips of `between_list` and `predicate_subject` are checked by
bench/same_output.py: the same events on 548 documents)."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.events.frame import openers, opens_at
from rasd.lexicons import event_markers
from rasd.roles import View

TEXTS = [
    "أعلنت وزارة الدفاع أن الطائرات الروسية لم تقصف مواقع المعارضة، فيما قال المرصد إن "
    "اشتباكات عنيفة دارت أمس بين قوات النظام وفصائل المعارضة على الحدود التركية.",
    "وكانت قوات الأمن قد اعتقلت 12 شخصا على الأقل في مدينة الموصل من قبل الشرطة، ومن "
    "المتوقع أن تشن القوات هجوما جديدا خلال الأيام المقبلة في حال رفض المسلحون الانسحاب.",
    "قتل 30 شخصا وأصيب أكثر من 100 آخرين في تفجير انتحاري استهدف سوقا شعبية في مدينة "
    "بغداد، بحسب ما أعلنت الشرطة العراقية للمرة الثانية خلال أسبوع.",
]


_doc = before_events


@pytest.fixture(scope="module")
def views() -> list[View]:
    return [View(_doc(t)) for t in TEXTS]


def _sets(v: View) -> dict[str, object]:
    M = event_markers()
    return {"status": M["status"], "historical": M["status"]["historical"],
            "unrealized": M["unrealized"], "toll_hedges": M["toll_hedges"],
            "territory_nouns": M["territory_nouns"], "agent_phrases": M["agent_phrases"],
            "complementizers": v.W["complementizers"], "manner": v.W["manner_adverbs"]}


def test_kept_first_words_are_the_phrases_first_words(views) -> None:
    for name, phrases in _sets(views[0]).items():
        sets = phrases.values() if isinstance(phrases, dict) else [phrases]
        fresh = frozenset(p[0] for ps in sets for p in ps if p)
        assert openers(phrases) == fresh, name
        assert openers(phrases) is openers(phrases)  # kept, not rebuilt
        assert fresh  # (no empty set: the test could not fail)


def test_no_phrase_at_a_token_that_opens_none(views) -> None:
    found = 0
    for v in views:
        for name, phrases in _sets(v).items():
            sets = list(phrases.values()) if isinstance(phrases, dict) else [phrases]
            for k in range(len(v.toks)):
                hit = any(v.phrase_at(k, ps) for ps in sets)
                if not opens_at(v, k, openers(phrases)):
                    assert not hit, (name, v.norms[k])
                found += bool(hit)
    assert found >= 6  # (لم، أن، إن، على الأقل، من قبل، من المتوقع، في حال: found at all)
