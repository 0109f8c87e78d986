"""Answers the events stage now keeps or reads without a call (issue 16, speed36) are the
answers it read before: the responsibility scan's words kept across documents, the place
window's head test (`_named_head`) before `named_place`, the toll tokens read from the count
sets, `_mark_via` over the three role lists, and `_agent_words` kept per document. Each is
checked against the former computation on every token (or window) of real sentences, with
the tokens that do answer yes found too (a check that answers no everywhere would pass the
first half alone)."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.document import Event, Role, Span
from rasd.events import context
from rasd.events.context import _mark_via, responsibility_words
from rasd.events.frame import _agent_words, _agent_words_at, counted, openers
from rasd.events.places import _in_count, _named_head, named_place, toll_tokens
from rasd.events.status import SEE_THROUGH, _period_near, _verb_in
from rasd.lexicons import event_markers
from rasd.roles import View

TEXTS = [
    # a claim of responsibility (أعلن … مسؤوليته، تبنى), places named by a head (في البلدة)
    "أعلن تنظيم داعش مسؤوليته عن الانفجار الذي استهدف حافلة بالبراميل المتفجرة، فيما تبنى "
    "فصيل آخر المسؤولية عن تفجير سيارة مفخخة في البلدة.",
    # a toll with a hedge and an approximator before a place (على الاقل، ونحو)
    "هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش.",
    # heads with proclitics (بمنطقة، وحي) and a name after them
    "وقصفت الطائرات مواقع بمنطقة الخلفاء وحي الجمعيات في مدينة حلب، بحسب ناشطين.",
    # an agent phrase later in the clause (من قبل، على يد)
    "قتل الضابط على يد مسلحين مجهولين، بعد قصف عنيف منذ أكثر من عشرين يوما من قبل النظام.",
    # a past period in the deed's clause (خلال الفترة الماضية, after a quoted name)
    "وهي الضربات التي نفذتها «عاصفة الحزم» خلال الفترة الماضية في صنعاء.",
]


@pytest.fixture(scope="module")
def views() -> list[View]:
    return [View(before_events(t)) for t in TEXTS]


def _former_responsibility_words(v: View, adopt, nouns) -> list[int]:
    heads = nouns + tuple("ال" + x for x in nouns)
    return [k for k, (n, b) in enumerate(zip(v.norms, v.bares, strict=True))
            if b in adopt or n in adopt or b.startswith(heads)]


def test_the_responsibility_words_are_the_former_scans(views) -> None:
    M = event_markers()
    adopt, nouns = M["adopt_verbs"], tuple(M["responsibility_nouns"])
    found = 0
    for _ in range(2):  # (the second time from the kept answers)
        for v in views:
            got = responsibility_words(v, adopt, nouns)
            assert got == _former_responsibility_words(v, adopt, nouns)
            found += len(got)
    assert found >= 6  # مسؤوليته، تبنى، المسؤولية, twice


def test_the_responsibility_words_start_anew_for_other_words(views) -> None:
    v = views[0]
    adopt, nouns = {"فصيل"}, ("حافل",)
    got = responsibility_words(v, adopt, nouns)
    assert got == _former_responsibility_words(v, adopt, nouns)
    assert [v.norms[k] for k in got] == ["حافله", "فصيل"]
    M = event_markers()  # (and back: the kept answers are the pass's own again)
    adopt, nouns = M["adopt_verbs"], tuple(M["responsibility_nouns"])
    assert responsibility_words(v, adopt, nouns) == _former_responsibility_words(v, adopt, nouns)


def test_the_kept_responsibility_answers_are_bounded(views, monkeypatch) -> None:
    monkeypatch.setattr(context, "RESPONSIBLE_HELD", 5)
    M = event_markers()
    adopt, nouns = M["adopt_verbs"], tuple(M["responsibility_nouns"])
    for v in views:
        assert responsibility_words(v, adopt, nouns) == _former_responsibility_words(
            v, adopt, nouns)
        assert len(context._RESPONSIBLE[0][2]) <= len(set(v.norms)) + 5


def test_named_place_is_the_token_itself_where_no_head_opens(views) -> None:
    heads = []
    for v in views:
        b = len(v.toks)
        for k in range(b):
            if not _named_head(v.norms[k], v.bares[k]):
                assert named_place(v, k, b) == k, v.norms[k]
            else:
                heads.append(v.norms[k])
                assert v.in_words(k, event_markers()["named_place_heads"]) or \
                    v.bares[k][:1] in "بل"
    assert {"البلده", "بمنطقه", "وحي", "مدينه"} <= set(heads)


def _former_toll_tokens(v: View, i: int, j: int, M) -> int:
    n, k = 0, i
    hedges = openers(M["toll_hedges"])
    while k < j:
        h = (v.norms[k] in hedges or v.bares[k] in hedges) and v.phrase_at(k, M["toll_hedges"], j)
        if h:
            n, k = n + h, k + h
            continue
        if v.word(k) and (counted(v, k, k + 1) or _in_count(v, k)
                          or v.bare(k) in M["approximators"] and k + 1 < j
                          and counted(v, k + 1, min(j, k + 3))):
            n += 1
        k += 1
    return n


def test_the_toll_tokens_are_the_former_counts(views) -> None:
    M = event_markers()
    counts = []
    for v in views:
        b = len(v.toks)
        for i in range(b):
            for j in range(i, min(b, i + 12) + 1):
                got = toll_tokens(v, i, j, M)
                assert got == _former_toll_tokens(v, i, j, M), (v.norms[i:j])
                counts.append(got)
    assert max(counts) >= 6  # 30 قتيلا على الاقل ونحو 100 جريح


def test_the_agent_words_are_kept_per_document(views) -> None:
    found = []
    for v in views:
        b = len(v.toks)
        for t1 in range(b):
            want = _agent_words_at(v, t1, b)
            assert _agent_words(v, t1, b) == want
            assert _agent_words(v, t1, b) == want  # (the kept answer)
            if want is not None:
                found.append(" ".join(v.norms[want[0]:sum(want)]))
        assert len(v.memo["agent_words"]) == b
    assert {"علي يد", "من قبل"} <= set(found)


def _event(roles: list[list[Role]]) -> Event:
    ev = Event("", 0, "ASSAULT", Span(0, 1), [])
    ev.actor, ev.recipient, ev.location = roles
    return ev


def test_mark_via_marks_only_the_roles_no_pass_marked() -> None:
    old, new, place = Role(0, 1, "x"), Role(2, 3, "y"), Role(4, 5, "z")
    old.via = "clause"
    evs = [_event([[old, new], [], [place]]), _event([[], [], []])]
    _mark_via(evs, "sentence_place")
    assert [old.via, new.via, place.via] == ["clause", "sentence_place", "sentence_place"]
    _mark_via(evs, "later_pass")
    assert [old.via, new.via, place.via] == ["clause", "sentence_place", "sentence_place"]


def _former_period_near(v: View, t0: int, t1: int, a: int, b: int, M) -> set[str]:
    after = range(t1, min(b, len(v.toks), t1 + 7 + 1))
    before = range(t0 - 1, max(a, t0 - 7 - 3) - 1, -1)
    for ks in (after, before):
        for k in ks:
            if not v.word(k) and v.text[v.toks[k].start] not in SEE_THROUGH:
                break
            if n := v.phrase_at(k, M["past_periods"]):
                gap = range(t1, k) if k >= t1 else range(k + n, t0)
                return set() if _verb_in(v, gap) else {v.bare(j) for j in range(k, k + n)}
    return set()


def test_the_period_near_a_deed_is_the_former_scans(views) -> None:
    M = event_markers()
    found = []
    for v in views:
        b = len(v.toks)
        for t0 in range(b):
            for t1 in (t0 + 1, min(b, t0 + 2)):
                got = _period_near(v, t0, t1, 0, b, M)
                assert got == _former_period_near(v, t0, t1, 0, b, M), v.norms[t0]
                found += got
    assert {"الفتره", "الماضيه"} <= set(found)  # (الفترة الماضية)

