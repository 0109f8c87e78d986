"""Place names after an area noun (entities/areas.py) and their place in the ruler."""

import pytest

from rasd.entities.areas import area_names
from rasd.entities.link import get_kb
from rasd.text.segment import tokenize


def _areas(text: str) -> list[str]:
    return [text[a.start:a.end] for a in area_names(get_kb(), text, tokenize(text))]


@pytest.mark.parametrize(("sentence", "names"), [
    # a definite genitive after a construct area noun, a proclitic on the noun
    ("وذكرت المصادر أن الانفجار وقع بمنطقة الخلفاء على طريق البحر", ["الخلفاء"]),
    ("وقصفت المدفعية مواقع في قرى الحميرة المحاذية لكركوك", ["الحميرة"]),
    # indefinite words make one name of up to three
    ("واختطف التنظيم 14 شابا من ناحية باودش وقضاء البعاج", ["باودش", "البعاج"]),
    ("ثكنات عسكرية في قرية حسن شامي شمال أربيل", ["حسن شامي"]),
    # a dual or plural noun lists names with و or a comma; brackets bound them
    ("لاستهداف الآليات العسكرية في مناطق الجورة والجرادات بجنوب الشيخ زويد",
     ["الجورة", "الجرادات"]),
    ("في مواجهات اندلعت في قرى: (مشرعة، وحدنان) بجبل صبر", ["مشرعة", "حدنان", "صبر"]),
    ("وأعطبت آلية لهم في حيي المنشية والعباسية وعلى طريق", ["المنشية", "العباسية"]),
    ("بلدات حيان وبيانون وماير. في حين", ["حيان", "بيانون", "ماير"]),
    # a quoted name
    ('وأصبحت منطقة "واردوج" المضطربة واحدة من أخطر المناطق', ["واردوج"]),
    # a word that opens place names takes the word after it (data/ner/place_openers.txt)
    ("وسقطت قذيفة قرب قرية أبو العراج جنوب المدينة", ["أبو العراج"]),
    # ديالى after محافظة: one word the KB names a place by (ner37: areas._kb_place_word)
    ("الذي استهدف سوقا في ناحية بني سعد بمحافظة ديالى", ["بني سعد", "ديالى"]),
])
def test_area_names(sentence: str, names: list[str]) -> None:
    assert _areas(sentence) == names


@pytest.mark.parametrize("sentence", [
    "ونفذ الهجوم في حي يغلب الشيعة على سكانه",  # a verb opens a clause
    "كان يبحث عن ممر في منطقة آمنة بالجنوب",  # an adjective
    "لتحرير أول حي سكني داخل المدينة",  # a nisba adjective
    "في مناطق سيطرته في ريف القلمون",  # an everyday word with a pronoun
    "لاستعادة السيطرة على مناطق طردوا منها",  # a past verb
    "وتحركات عسكرية في أي منطقة فسيتم التصدي لها",  # ف + a verb
    "من الخروج على أنصاره في مناطق مكشوفة خلال الخطابات",  # a passive participle
    "وسقطت القذائف على قرى المنطقة الحدودية",  # an everyday definite word
    "وانتشرت القوات في المنطقة الحدودية",  # the article on the area noun: a description
    # an active participle فاعلة: an adjective (news, Sudan)
    "مما يؤهلها لان تكون ولاية جاذبة وواعدة للاستثمارات",
])
def test_not_area_names(sentence: str) -> None:
    assert _areas(sentence) == []


def test_later_words_stop_at_a_participle_or_preposition() -> None:
    assert _areas("أن أسعار البترول في مدينة كويتا بغرب باكستان") == ["كويتا"]


def test_ruler_retypes_a_person_read_where_an_area_noun_names_a_place() -> None:
    from rasd.document import Document, Entity, Meta
    from rasd.entities.ruler import apply_ruler
    from rasd.text import stage as segment

    text = "وقصفت الطائرات ثكنات في قرية حسن شامي شمال أربيل وقرى الكصيبة."
    doc = segment.stage(Document(text=text, meta=Meta(published="2015-08-01")))
    start = text.index("حسن شامي")
    tagged = [Entity(start, start + len("حسن شامي"), "e1", "PER", None)]
    got = {doc.span_text(e): e.type for e in apply_ruler(doc, get_kb(), tagged)}
    assert got["حسن شامي"] == "LOC"
    assert got["الكصيبة"] == "LOC"


def test_a_district_or_front_head_before_a_known_place_is_the_place() -> None:
    """جبهة سناح read as a group is the front at the town: the town is the entity; a
    quoted name read as a group after a place head is the place."""
    from rasd.document import Document, Entity, Meta
    from rasd.entities.ruler import apply_ruler
    from rasd.text import stage as segment

    text = "وتدور المعارك في جبهة سناح شمال الضالع وفي جبهة «جعولة» شمال عدن."
    doc = segment.stage(Document(text=text, meta=Meta(published="2015-08-01")))
    tagged = []
    for k, span in enumerate(["جبهة سناح", "جعولة"], 1):
        start = text.index(span)
        tagged.append(Entity(start, start + len(span), f"e{k}", "ORG", None))
    got = {doc.span_text(e): e.type for e in apply_ruler(doc, get_kb(), tagged)}
    assert got.get("سناح") == "LOC"
    assert "جبهة سناح" not in got
    assert got.get("جعولة") == "LOC"
