"""The place window asks `territory` and `directions_end` only at a token that opens a
territory noun or is a direction word (issue 16, speed34): at every other token both must
answer the token itself, so the pre-check changes nothing. Checked on every token of real
sentences, with the tokens that do open one found too (a check that skips every token would
pass the first half alone)."""

from __future__ import annotations

import pytest

from event_helpers import before_events
from rasd.events.frame import openers
from rasd.events.places import directions_end, locations, territory
from rasd.lexicons import event_markers
from rasd.roles import View

TEXTS = [
    # a territory noun and a nationality after a locative (داخل الأراضي السورية)
    "وقصفت الطائرات التركية مواقع للمسلحين داخل الأراضي السورية فجر اليوم.",
    # a direction run before a place (شمال غرب حلب، جنوب شرقي البلاد)
    "وسيطرت قوات النظام على بلدة في ريف حلب شمال غرب المدينة، بعد معارك جنوب شرقي البلاد.",
    # a border (على الحدود اللبنانية) and a plain place (في مدينة عدن)
    "واشتبك الجيش مع مسلحين على الحدود اللبنانية، فيما قتل ثلاثة في مدينة عدن.",
]


@pytest.fixture(scope="module")
def views() -> list[View]:
    return [View(before_events(t)) for t in TEXTS]


def test_territory_answers_k_where_no_territory_noun_opens(views) -> None:
    M = event_markers()
    lands = openers(M["territory_nouns"])
    found = []
    for v in views:
        b = len(v.toks)
        for k in range(b):
            if v.norms[k] in lands or v.bares[k] in lands:
                if territory(v, k, 0, b, M) > k:
                    found.append(v.norms[k])
            else:
                assert territory(v, k, 0, b, M) == k, v.norms[k]
    assert found == ["الاراضي", "الحدود"]


def test_directions_end_answers_k_where_no_direction_word(views) -> None:
    M = event_markers()
    found = []
    for v in views:
        b = len(v.toks)
        for k in range(b):
            if v.bares[k] in M["directions"]:
                if directions_end(v, k, b) > k:
                    found.append(v.norms[k])
            else:
                assert directions_end(v, k, b) == k, v.norms[k]
    assert "شمال" in found and "جنوب" in found


@pytest.mark.parametrize(("text", "trigger", "place"), [
    (TEXTS[0], "وقصفت", "داخل الأراضي السورية"),
    (TEXTS[2], "قتل", "مدينة عدن"),
])
def test_place_window_still_finds_the_place(text: str, trigger: str, place: str) -> None:
    v = View(before_events(text))
    t0 = next(k for k in range(len(v.toks)) if v.text[v.toks[k].start:v.toks[k].end] == trigger)
    spans = locations(v, t0, t0 + 1, 0, len(v.toks), [])
    got = [v.text[v.toks[i].start:v.toks[j - 1].end] for i, j in spans]
    assert any(place in g or g in place for g in got), got
