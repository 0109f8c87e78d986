"""Place readings of places18: a definite gazetteer town after في is a place entity though it
is under 100,000 people (`ruler._definite_after_in`: في التواهي، في الرضمة); a mountain pass
names a place by its head noun (`named_place_heads`: عقبة ثرة، عقبة القنذع; the name the
tagger marks is the place given, which the scorer pairs with the annotated عقبة ثرة). Each
row is a sentence of a dev set or the region news, its trigger, and the places (with their
basis) a reader records; the guard rows keep a wrong place or entity out."""

from __future__ import annotations

import pytest

from event_helpers import places_of
from rasd.pipeline import extract_text

FOUND = [
    # fresh13: Aden's district after في (a GeoNames town of no recorded population)
    ("وقال مصدر محلي إن الزوارق البحرية التابعة للميليشيات كانت قد انطلقت في وقت مبكر من "
     "صباح أمس، من ميناء شقرة في اتجاه مدينة عدن لإسناد ميليشيات الحوثي التي كانت تخوض "
     "مواجهات عنيفة مع قوات الجيش الوطني والمقاومة الشعبية في منطقة المعاشيق في التواهي.",
     "مواجهات", [("المعاشيق", "sentence"), ("التواهي", "sentence")]),
    # region news: the same district struck
    ("وشنت طائرات التحالف 15 غارة على مواقع المتمردين الحوثيين في التواهي وكذلك في الضاحيتين "
     "الشمالية والغربية.", "غارة", [("التواهي", "sentence")]),
    # region news: a column destroyed in a mountain pass (عقبة + a name)
    ("ولتحقيق هذا الهدف دمرت طائرات التحالف رتلا عسكريا، في عقبة ثرة، التي تربط بين "
     "محافظتي أبين والبيضاء.", "دمرت", [("عقبة ثرة", "sentence")]),  # kb22: the KB's pass
    # fresh11 (and the region news): reinforcements through the pass
    ("وذكر الشهود بأن التعزيزات العسكرية للحوثيين قدمت إلى المنطقة يوم أمس الاول من مديرية "
     "مكيراس بالبيضاء مروراً بعقبة ثرة، التي تربط بين المحافظتين.", "تعزيزات",
     [("مكيراس", "sentence"), ("عقبة ثرة", "sentence")]),  # kb22: the KB's pass
]


@pytest.mark.parametrize("text, trigger, location", FOUND)
def test_places18(text, trigger, location):
    assert places_of(text, trigger) == location


NOT_PLACES = [
    # region news: an everyday noun with the article (ال + حسبان) is no town after في
    ("ولكن، هل هذا التوصيف موضوعي ويأخذ في الحسبان دور اللاجئين الليبيين في تونس؟", "حسبان"),
    # region news: a town's name with no article after في stays a word (ميزان حسناتهم)
    ("وأشاد بمواقف الأشقاء في اليمن، سائلا الله أن يجعلها في ميزان حسناتهم.", "ميزان"),
    # region news: a name after a clitic ب stays unread (ب + لاد)
    ("وينذر هذا الخلاف بتعميق الانقسامات في بلاد الرافدين.", "لاد"),
    # demo: a definite town name an adjective describes is the everyday noun (الجيب "the
    # pocket", al-Jib in the gazetteer)
    ("لجعلها عاصمة للدولة الإسلامية في الجيب التركي، وخالية من قوات النظام.", "الجيب"),
]


@pytest.mark.parametrize("text, word", NOT_PLACES)
def test_no_place_entity(text, word):
    doc = extract_text(text, published="2015-08-01")
    assert not [e for e in doc.entities if e.type == "LOC" and word in doc.span_text(e)]


def test_entity_after_in():
    doc = extract_text("وأحكمت المقاومة السيطرة على قصر المعاشيق في التواهي.",
                       published="2015-08-01")
    got = [(doc.span_text(e), e.link.id if e.link else None) for e in doc.entities
           if e.type == "LOC"]
    assert ("التواهي", "gn-ye-at-tawahi") in got

