"""ner26 (issue 14): places named by everyday words, facilities by their head noun.

1. After a dual or plural area noun, a definite word joined by و to the listed names is one
   more place even when it is an everyday word (منطقتي دار سعد والعلم، بلدتي النخيب والعلم);
   the nominative dual is an area noun too (مدينتا نمرود والحضر); a KB place of two or three
   words opens the list though its first word is an everyday word (دار سعد).
2. After an area noun, a definite everyday word that a compass word locates is the area's
   name (منطقة الشعب في شمال شرقي بغداد، لمنطقة الدورة جنوبي بغداد).
   Both: entities/areas.py (data/ner/area_heads.txt, data/ner/compass_words.txt).
3. Palaces, churches, oil fields and road junctions are named by their head noun (قصر الشعب،
   كنيسة الطابغة، حقل جزل النفطي، مثلث العلم): data/ner/heads.tsv.
4. A head noun with a possessive pronoun, as written, is no name (استقبل في قصره بجدة):
   nonames.possessed_head.

Sentences from the region news (snn_region_*), the demo corpus (snn_syria_*) and the dev
sets (fresh13, fresh17, fresh19)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.nonames import possessed_head
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _typed(doc: Document, etype: str) -> list[str]:
    return [doc.span_text(e) for e in doc.entities if e.type == etype]


# (sentence, places it must name, words no entity may be)
PLACES = [
    # 1. listed after a dual or plural area noun
    ("وقال إن المقاومة الشعبية المدعومة من السعودية تقدمت في منطقتي دار سعد والعلم فيما قصفت "
     "طائرات حربية عربية الجماعة.", ["دار سعد", "العلم"], []),  # news
    ("وأوقف عناصر التنظيم سائقين لقيامهم بنقل مواطنين هاربين نحو بلدتي النخيب والعلم فيما "
     "أصدر أوامره بمنع مغادرة المدينة.", ["النخيب", "العلم"], []),  # fresh13
    ("وكان التنظيم قد دمر كنوزا أثرية في العراق بينها مدينتا نمرود والحضر الأثريتين.",
     ["نمرود", "الحضر"], []),  # fresh19
    # 2. located by a compass word
    ("وهاجم انتحاريان بحزام ناسف نقطة تفتيش للجيش والشرطة في منطقة الشعب في شمال شرقي بغداد.",
     ["الشعب"], []),  # fresh17
    ("وعثر على جثتين مرميتين في حي عرب جبور التابع لمنطقة الدورة جنوبي بغداد.",
     ["الدورة"], []),  # news
    ("وانفجرت عبوة أمام مبنى البنك المركزي اليمني في منطقة التحرير وسط العاصمة.",
     ["التحرير"], []),  # news
    # kept out: a clause opened after a comma, a plural description
    ("إن الهجمات تركزت في العاصمة، لا سيما في أحياء جوبر والقدم والتضامن، والثاني أن الأولوية "
     "الآن بالنسبة للنظام هي معركة الزبداني.", ["جوبر"], ["الثاني", "والثاني"]),  # demo
    ("وتعمل المنظمة في مناطق الصراعات والاضطرابات لكن التمويل لا يكفي.", [],
     ["الصراعات", "الاضطرابات", "والاضطرابات"]),  # news
]


@pytest.mark.parametrize(("text", "places", "not_names"), PLACES)
def test_everyday_words_named_as_places(text: str, places: list[str], not_names: list[str]) -> None:
    doc = _doc(text)
    found = _typed(doc, "LOC")
    for p in places:
        assert p in found, (p, found)
    spans = [doc.span_text(e) for e in doc.entities]
    for w in not_names:
        assert w not in spans, (w, spans)


# (sentence, the facility it names, type)
FACILITIES = [
    ("وخلال المباحثات التي عقدت بقصر الاتحادية في القاهرة، أكد الرئيس هادي أن اليمن ستبقى.",
     "قصر الاتحادية"),  # news
    ("وقال الأسد أمام رؤساء وأعضاء المنظمات الشعبية والمهنية في قصر الشعب إن الجيش يركز.",
     "قصر الشعب"),  # demo
    ("وسيطر التنظيم على عدة حواجز تابعة لقوات الأسد في محيط حقل جزل النفطي بريف تدمر.",
     "حقل جزل النفطي"),  # demo
    ("وقال القائد حتى تمكنا من السيطرة على مثلث العلم الذي يربط بين لحج وعدن وأبين.",
     "مثلث العلم"),  # news
    ("وقدمت النيابة لائحة اتهام ضده بتهمة المشاركة في إحراق كنيسة الطابغة في طبريا.",
     "كنيسة الطابغة"),  # news
]


@pytest.mark.parametrize(("text", "name"), FACILITIES)
def test_facility_heads(text: str, name: str) -> None:
    assert name in _typed(_doc(text), "LOC")


# heads left out of heads.tsv: their complements are everyday phrases; حصّن is a verb
NOT_FACILITIES = [
    ("وقال لافروف إن مصير الأسد يحدده السوريون وهذه تشكل نقطة الخلاف.", "نقطة الخلاف"),  # news
    ("وقالت في تصريح الى محطة التلفزيون العامة الاسبانية إن الوضع خطير.",
     "محطة التلفزيون"),  # news
    ("وكتب أن الغطاء الدولي الذي حصَّن المالكي من العقاب انتهى.", "حصَّن المالكي"),  # news
]


@pytest.mark.parametrize(("text", "phrase"), NOT_FACILITIES)
def test_not_facility_heads(text: str, phrase: str) -> None:
    doc = _doc(text)
    assert phrase not in [doc.span_text(e) for e in doc.entities]


def test_possessed_head_in_sentence() -> None:
    # fresh19: "received in his palace in Jeddah"
    doc = _doc("وكان ولي العهد الأمير محمد بن نايف، استقبل في قصره بجدة مساء أول من أمس وزير "
               "الخارجية المصري.")
    spans = [doc.span_text(e) for e in doc.entities]
    assert "قصره" not in spans
    assert "جدة" in _typed(doc, "LOC")


# (word, whether it is a head noun with a possessive pronoun)
POSSESSED = [
    ("قصره", True),
    ("مقرها", False),  # مقر is no head noun of heads.tsv
    ("مطارهم", True),
    ("وزارته", True),
    ("جبلة", False),  # the town (taa marbuta), not جبل + ه
    ("قرية", False),
    ("قصر", False),
    ("طه", False),
]


@pytest.mark.parametrize(("word", "possessed"), POSSESSED)
def test_possessed_head(word: str, possessed: bool) -> None:
    text = f"في {word} أمس"
    assert possessed_head(text, 1, 2, 3, 3 + len(word)) is possessed


def test_possessed_town_kept() -> None:
    # demo: Jableh, the coastal town, is no «جبل + ه»
    doc = _doc("ونقل النظام قواته إلى المناطق الداخلية في اللاذقية وجبلة، أي إلى معقل النظام.")
    assert "جبلة" in _typed(doc, "LOC")
