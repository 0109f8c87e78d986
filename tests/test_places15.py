"""Place passes of places15 (rasd.events.context `one_place`, `rally_place`) on sentences
of the demo corpus and whole dev articles: each row names the text, the trigger, and the
places (with their basis) a reader records, or none where the guard named in the comment
keeps a wrong one out."""

from __future__ import annotations

import pytest

from event_helpers import article_event, places_of


def article_places(name: str, fragment: str, trigger: str) -> list[tuple[str, str]]:
    """The places of the event `trigger` in the sentence holding `fragment` of dev article
    `name` (whole articles: the passes read the sentence's other events)."""
    doc, e = article_event(name, fragment, trigger)
    return [(doc.span_text(r), r.basis) for r in e.location]


# one_place: the sentence names one specific place, in another clause than the deed's
ONE = [
    ("وفي محاولة لإظهار التأييد للجيش زار داود أوغلو أمس موقعا أماميا حدوديا في منطقة كلس "
     "قرب الموقع الذي قتل فيه جندي في اشتباكات مع متشددي تنظيم داعش في الشهر الماضي على "
     "الجانب السوري من الحدود.", "اشتباكات", [("كلس", "sentence")]),
    ("توقفت البراميل المتفجرة التي كانت ترميها المروحيات السورية، عن السقوط على محافظة حلب، "
     "بشكل شبه كلي، منذ إعلان تركيا دخولها الحرب ضد «داعش» قبل نحو أسبوع.",
     "البراميل المتفجرة", [("حلب", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", ONE)
def test_one_place_of_the_sentence(text, trigger, location):
    assert places_of(text, trigger) == location


# none: the one place is where a party named right before it sits (`_seat`: the
# Observatory's director in London, not where the strike was)
NO_ONE = [
    ("وكان المصدر نفسه قال في بداية الشهر الرد نفسه، بعد خبر نقلته، أيضا، وكالة الصحافة "
     "الفرنسية على لسان مدير المرصد السوري لحقوق الإنسان في لندن، بأن طائرات أميركية قتلت "
     "سبعة من مقاتلي النصرة، بعضهم من قادة الجبهة.", "قتلت"),
    # ل + a place noun: where a journey goes (رحلة مقررة لبلدة كوباني), no scene of a deed
    ("وذكرت ان الانفجار وقع فيما اجتمع شباب أتراك وأكراد في المركز الثقافي قبل رحلة مقررة "
     "لبلدة كوباني في سوريا التي يؤمنها مقاتلون أكراد سوريون منذ الشهر الماضي بعد هجوم على "
     "متشددي تنظيم الدولة الإسلامية.", "هجوم"),
]


@pytest.mark.parametrize("text, trigger", NO_ONE)
def test_no_place_of_a_party_seat(text, trigger):
    assert places_of(text, trigger) == []


def test_no_one_place_where_the_sentence_speaks_of_other_places():
    # `_unnamed_places`: العديد من المدن والمحافظات اليمنية, places the sentence does not name
    assert article_places("fresh4/dhamar-families-houthi-dead-anger", "تسود محافظة ذمار",
                          "مواجهات") == []


# rally_place: a demand or condemnation voiced at a protest takes the protest's place
RALLY = [
    ("وشارك مئات السوريين في احتجاج نادر مساء السبت في مدينة اللاذقية الساحلية وهي معقل "
     "الأسد وطائفته للمطالبة باعدام سليمان هلال الأسد ابن ابن عم الرئيس.", "مطالبة",
     [("اللاذقية", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", RALLY)
def test_words_said_at_a_protest(text, trigger, location):
    assert places_of(text, trigger) == location


def test_rally_place_in_a_whole_article():
    assert article_places("fresh2/sanaa-abductees-families-protest", "وقفة احتجاجية",
                          "تنديد") == [("صنعاء", "sentence")]


def test_no_rally_place_from_an_earlier_protest():
    # `_pluperfect`: وكان أهالي العاصمة صنعاء قد خرجوا من قبل في مظاهرات مماثلة للمطالبة …
    # ودعوا إلى الإفراج (events44: the demand is the protest's purpose, folded into it; the
    # call after it is the sentence's deed that must take no rally place)
    assert article_places("fresh2/sanaa-abductees-families-protest", "مظاهرات مماثلة",
                          "دعوا") == []
