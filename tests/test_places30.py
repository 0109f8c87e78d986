"""Places of a deed its own sentence gives beyond the place phrase the scan reads (places30,
issue 12): the place a sentence opens with after (و)في, the scene of the deed its clause
places finer (`context_places.opening_scene`: وفي محافظة أبين نفذت المقاومة … هجومًا … في
منطقة السلامية; وفي العراق أصابت الغارات … قرب تسع مدن بينها الموصل); a compass phrase opened
by وسط, whose و is its own (`places._region_at`: محافظة البيضاء، معقل الحوثيين، وسط اليمن); a
specifier phrase after a comma (`places.specified_place`: …، خصوصًا في منطقة المحلة); and a
place before the deed joined by ب to the unit that holds it (`context_places._compass_located`:
المقاومة في جبهة سناح بالضالع تمكنت من قتل). Each row is a dev article, a fragment of the deed's
sentence, its trigger and the places a reader records; every row fails on main 65e7a7d5."""

from __future__ import annotations

import pytest

from event_helpers import article_event

FOUND = [
    # the province the sentence opens with holds the quarter the attack was in
    ("fresh13/taiz-mikhlafi-houthis-flee-sell-weapons-crater-cleared",
     "وفي محافظة أبين نفذت المقاومة", "هجومًا", ["السلامية", "أبين"]),
    # … the country, which the knowledge base says holds the towns the strikes were near
    ("fresh13/coalition-27-strikes-isis-hasaka-mosul-makhmour", "وفي العراق أصابت الغارات",
     "الغارات", ["الموصل", "العراق"]),
    # … the city, for a quarter the knowledge base does not know
    ("fresh15/aden-governor-bakri-iranian-prisoners-lahj-advance-sanaa-bohra-mosque",
     "عاد شبح التفجيرات", "استهدف", ["نقم", "صنعاء"]),
    # وسط اليمن: a compass phrase over the country, past the fronted province
    ("region/dar-saad-katyusha-massacre", "وفي محافظة إب وسط اليمن", "استهدفتا",
     ["إب", "وسط اليمن"]),
    # … past an apposition
    ("fresh11/houthis-flee-zinjibar-shuqra-labouza-retaken", "معقل الحوثيين، وسط اليمن",
     "فروا", ["البيضاء", "وسط اليمن"]),
    # a specifier phrase after a comma narrows the place: خصوصًا في منطقة المحلة
    ("fresh15/aden-governor-bakri-iranian-prisoners-lahj-advance-sanaa-bohra-mosque",
     "خصوصًا في منطقة المحلة", "تقدمت", ["لحج", "المحلة"]),
    # the front before the deed, joined by ب to its province
    ("fresh11/houthis-execute-southern-prisoners-jaawala-sanah", "جبهة سناح بالضالع", "قتل",
     ["سناح", "الضالع"]),
]


@pytest.mark.parametrize("name,fragment,trigger,expected", FOUND)
def test_place_of_own_sentence_found(name: str, fragment: str, trigger: str,
                                     expected: list[str]) -> None:
    doc, e = article_event(name, fragment, trigger)
    places = [doc.span_text(r) for r in e.location]
    assert all(any(x in p for p in places) for x in expected), places


def test_compass_word_keeps_its_own_waw() -> None:
    """وسط is no و + سط: the role is the whole phrase."""
    doc, e = article_event("fresh11/houthis-flee-zinjibar-shuqra-labouza-retaken",
                           "معقل الحوثيين، وسط اليمن", "فروا")
    assert "وسط اليمن" in [doc.span_text(r) for r in e.location]
