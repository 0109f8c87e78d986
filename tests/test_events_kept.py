"""Answers the events stage keeps for the process or a set (issue 16, speed21) are the
answers the passes read anew: a word's clitic stems as a set, short pieces of text
normalized, a word's place noun, a phrase set's joined names, and the tokens the
responsibility pass reads. Checked on every token (and its pieces) of real sentences."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.events.context import responsibility_words
from rasd.events.frame import joined, stem_set
from rasd.events.places import _place_noun, anaphoric_place, destination_word, generic_place
from rasd.lexicons import event_markers
from rasd.roles import View, fold_piece, norm_piece
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.segment import clitic_stems

TEXTS = [
    # a destination word (عادت إلى), a place noun pointing back (في المدينة)
    "قصفت طائرات حربية مدينة الرقة قبل أن تعود إلى قاعدتها، وقتل 12 مدنيا في المدينة "
    "بحسب ناشطين.",
    # a claim of responsibility (أعلن … مسؤوليته، تبنى), a weapon noun (بالبراميل المتفجرة)
    "أعلن تنظيم داعش مسؤوليته عن الانفجار الذي استهدف حافلة بالبراميل المتفجرة، فيما تبنى "
    "فصيل آخر المسؤولية عن تفجير سيارة مفخخة في البلدة.",
    # a demand (تطالب بالإفراج), presentation forms and diacritics in the text (ﻻ، قُتل)
    "وتظاهر العشرات للمطالبة بالإفراج عن المعتقلين، وﻻ تزال قوات الأمن تحاصر الحي حيث قُتل "
    "شخصان.",
]


@pytest.fixture(scope="module")
def views() -> list[View]:
    return [View(before_events(t)) for t in TEXTS]


def _pieces(v: View) -> list[str]:
    """Every token's text and its prefixes and suffixes (a clitic, a trigger's prefix)."""
    out = []
    for t in v.toks:
        w = v.text[t.start:t.end]
        out += [w[:n] for n in range(len(w) + 1)] + [w[n:] for n in range(len(w))]
    return out


def test_a_words_stem_set_is_its_readings_stems(views) -> None:
    for v in views:
        for n in v.norms + v.bares:
            assert stem_set(n) == {st for st, _, _ in clitic_stems(n)}, n


@pytest.mark.parametrize("key", ["destination_words", "event_nouns", "demand_words",
                                 "named_place_heads"])
def test_a_stem_set_meets_a_word_list_where_a_reading_is_in_it(views, key) -> None:
    words = event_markers()[key]
    met = 0
    for v in views:
        for n in v.norms:
            want = any(st in words for st, _, _ in clitic_stems(n))
            assert (not stem_set(n).isdisjoint(words)) == want, (key, n)
            met += want
    assert met  # (تعود، الانفجار، المطالبة، المدينة)


def test_destination_word_at_a_word_of_going(views) -> None:
    v = views[0]
    found = [v.norms[k] for k in range(len(v.toks)) if destination_word(v, k, event_markers())]
    assert found == ["تعود"]


def test_short_pieces_normalize_as_anew(views) -> None:
    pieces = [p for v in views for p in _pieces(v)]
    assert any(normalize(p) != p for p in pieces)  # (ﻻ: NFKC; قُتل: a diacritic dropped)
    for p in pieces * 2:  # (asked again: the kept answer)
        assert norm_piece(p) == normalize(p), p
        assert fold_piece(p) == normalize_with_map(p)[0], p


def test_a_words_place_noun_is_read_from_its_readings(views) -> None:
    M = event_markers()
    nouns = []
    for v in views:
        for k in range(len(v.toks)):
            want = next((st[2:] for st, _, _ in clitic_stems(v.bare(k)) if st[:2] == "ال" and (
                st[2:] in M["named_place_heads"]
                or st[2:] in M["place_nouns"] and st[-1:] == "ه")), None)
            assert anaphoric_place(v, k) == _place_noun(v.bare(k)) == want, v.norms[k]
            nouns.append(want)
    assert {"مدينه", "بلده"} <= set(nouns)  # في المدينة، في البلدة


def test_a_generic_place_word_is_read_from_its_readings(views) -> None:
    generic = event_markers()["generic_places"]
    found = []
    for v in views:
        for i in range(len(v.toks)):
            want = i not in v.ent_tok and any(
                st in generic or (st[:2] == "ال" and st[2:] in generic)
                for st, _, _ in clitic_stems(v.norms[i]))
            assert generic_place(v, i) == want, v.norms[i]
            if want:
                found.append(v.norms[i])
    assert "الحي" in found and "الرقه" not in found  # (الحي: no place named; الرقة a name)


def test_joined_names_are_kept_per_set() -> None:
    inst = event_markers()["instruments"]
    names = joined(inst)
    assert names == {" ".join(p) for p in inst}
    assert joined(inst) is names
    other = {("برميل", "متفجر"), ("قذيفه",)}
    assert joined(other) == {"برميل متفجر", "قذيفه"}


def test_the_responsibility_pass_reads_every_token_it_tests(views) -> None:
    M = event_markers()
    adopt, nouns = M["adopt_verbs"], tuple(M["responsibility_nouns"])
    read = 0
    for v in views:
        got = responsibility_words(v, adopt, nouns)
        for k in range(len(v.toks)):  # the pass's own tests: an adopt verb, or a noun
            n = v.bares[k]
            bare = n[2:] if n.startswith("ال") else n
            if n in adopt or v.norms[k] in adopt or bare.startswith(nouns):
                assert k in got, v.norms[k]
                read += 1
        assert got == sorted(got)
    assert read >= 3  # مسؤوليته، تبنى، المسؤولية


def test_token_ranges_kept_are_the_binary_searches(views) -> None:
    from bisect import bisect_left

    for v in views:
        offsets = sorted({x for t in v.toks for x in (t.start, t.end, t.start + 1)})
        for start in offsets[::3]:
            for end in offsets[::5]:
                a = bisect_left(v.starts, start)
                if a > 0 and v.toks[a - 1].end > start:
                    a -= 1  # (an offset inside a token: the token)
                want = (a, bisect_left(v.starts, end))
                assert v.token_range(start, end) == want == v.token_range(start, end)
