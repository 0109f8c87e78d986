"""Place readings of places19: a compass phrase right after a named place of the event,
naming the country the place lies in (هاكورك شمال العراق، بنغازي في شرق ليبيا), stays
beside the place (`places._holding_part`, `holding_kinds`): the annotators record both.
A city after the compass word only locates the place and is not the holding part
(الطارمية، شمال بغداد). Each row is a sentence of a dev set, its trigger, and the places
(with their basis) a reader records."""

from __future__ import annotations

import pytest

from event_helpers import places_of

FOUND = [
    # fresh10: a district and the part of the country it lies in
    ("وفي وقت لاحق، قالت مصادر أمنية تركية إن مقاتلات إف-16 تركية قصفت أهدافا للمسلحين "
     "الأكراد في هاكورك شمال العراق.", "قصفت",
     [("هاكورك", "sentence"), ("شمال العراق", "sentence")]),
    # fresh7: a city and its country's east, after في
    ("وقالت القوات الموالية للحكومة المعترف بها دوليا إن طائراتها أغرقت يوم الأحد سفينة "
     "وهاجمت سفينة أخرى قرب مدينة بنغازي في شرق ليبيا.", "هاجمت",
     [("بنغازي", "sentence"), ("شرق ليبيا", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", FOUND)
def test_places19(text, trigger, location):
    assert places_of(text, trigger) == location


KEPT = [
    # a city after the compass word locates the district; the compass phrase stays out
    ("وقالت الوكالة إن طائرات التحالف قصفت مواقع للتنظيم في الطارمية، شمال بغداد.", "قصفت",
     "شمال بغداد"),
]


@pytest.mark.parametrize("text, trigger, absent", KEPT)
def test_places19_not_holding(text, trigger, absent):
    assert absent not in [p for p, _ in places_of(text, trigger)]
