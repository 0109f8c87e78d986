"""ner34 (issue 14): a verb or deed noun that news writes right after a person's name is no part
of the name (entities/recognize.py `trailing_deed`, `deed_alone`; data/ner/deed_words.txt).

«الرئيس السوداني عمر البشير دان الهجوم» is عمر البشير; «ودان الرئيس …» ("and condemned") is no
person. A name that bears such a word elsewhere stays whole (دان مالام, a Nigerian villager;
نفتالي بينت). Sentences from the dev sets (fresh13, fresh21) and the unannotated region and Syria
news (`scripts/free_news.py`: snn_region_0150, 0205, 0414; snn_syria_0223, 0398)."""

from __future__ import annotations

import pytest

from rasd.entities.features import norm_word
from rasd.entities.recognize import deed_alone, trailing_deed
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record
from rasd.text.segment import tokenize

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _entities(text: str) -> dict[str, str]:
    doc = _PIPE(make_document(Record(origin="t", text=text, id="t")))
    return {doc.text[e.start:e.end]: e.type for e in doc.entities}


# (sentence, persons expected, spans that must not be found)
DEEDS = [
    # snn_region_0205: a feminine past verb after the president's name
    ("إن القوات الموالية للرئيس هادي دمرت، أمس، عربة عسكرية قرب بلدة أمعين وقتل كل من كان بداخلها.",
     ["هادي"], ["هادي دمرت"]),
    # snn_region_0150: a future verb
    ("وأوضح المتحدث الرسمي باسم المركز رأفت الصباغ أن مدير الإمداد والتموين بالمركز الدكتور صلاح "
     "المزروع سيرأس الفريق الإغاثي، مفيدا أن هذه الرحلة تأتي بإشراف مباشر.",
     ["صلاح المزروع"], ["صلاح المزروع سيرأس"]),
    # snn_syria_0398: a verb of three letters past a foreign name
    ("وكان الوزيران التقيا في قطر في آب/أغسطس خلال اجتماع ثلاثي مع نظيرهما الأمريكي جون كيري هيمن "
     "عليه الوضع في سوريا.",
     ["جون كيري"], ["جون كيري هيمن"]),
    # snn_syria_0223
    ("(قالت الصحيفة إن هورموزلو ابتسم وهو يقول ذلك).", ["هورموزلو"], ["هورموزلو ابتسم"]),
    # snn_region_0414 and like it: و + the verb opening the sentence is no person
    ("ودان معالي الأمين العام لجامعة الدول العربية الدكتور نبيل العربي الجريمة الوحشية وعد في "
     "بيان له هذه الجريمة البشعة استمرارا للانتهاكات.",
     ["نبيل العربي"], ["ودان"]),
    # snn_region_0263: a verb before its subject leaves its object after the name
    ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس عبدالله يامين رئيس "
     "جمهورية المالديف بمناسبة ذكرى استقلال بلاده.",
     ["سلمان بن عبدالعزيز", "عبدالله يامين"], ["سلمان بن عبدالعزيز برقية", "برقية"]),
    ("كما بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز برقية تهنئة مماثلة "
     "للرئيس عبدالله يامين بمناسبة ذكرى استقلال بلاده.",
     ["محمد بن نايف بن عبدالعزيز"], ["محمد بن نايف بن عبدالعزيز برقية"]),
    # fresh13: دان inside a Hausa name stays (not the name's last word, no و)
    ("من جهته، اكد بخاري دان مالام احد سكان قرية مجاورة ان المسلحين ذبحوا عشرة اشخاص.",
     ["دان مالام"], []),
]


@pytest.mark.parametrize(("text", "persons", "absent"), DEEDS)
def test_a_deed_after_a_name_is_no_part_of_it(text: str, persons: list, absent: list) -> None:
    got = _entities(text)
    for name in persons:
        assert got.get(name) == "PER", got
    for name in absent:
        assert name not in got, got


# trailing_deed over tokens: (words, span as token indices, expected end)
TRAILING = [
    ("عمر البشير دان", (0, 3), 2),
    ("أحمد النمراوي فرار", (0, 3), 2),
    ("جون كيري هيمن", (0, 3), 2),
    # one word of the name always stays
    ("دان", (0, 1), 1),
    # a given name or a surname that is also a verb is not listed: kept
    ("عبد الرقيب فتح", (0, 3), 3),
    ("نفتالي بينت", (0, 2), 2),
    ("محمد ياسر", (0, 2), 2),
]


@pytest.mark.parametrize(("words", "span", "end"), TRAILING)
def test_trailing_deed(words: str, span: tuple[int, int], end: int) -> None:
    assert trailing_deed(words, tokenize(words), *span) == end


@pytest.mark.parametrize(("word", "verb"), [
    ("ودان", True), ("ودانت", True), ("فدان", True), ("ونددت", True),
    ("برقية", True), ("دمرت", True),
    ("دان", False),  # the given name Dan: «دان مالام»
    ("وليد", False), ("وائل", False),  # given names opening with و
    ("ودمشق", False),
])
def test_deed_alone(word: str, verb: bool) -> None:
    assert deed_alone(norm_word(word)) is verb


# Names listed by و after a dual or plural area noun (entities/areas.py `_listed`, ruler
# `_retype_areas`): a later name may have an adjective's shape (جويبة: فعيلة), and a place opener
# with its word (وبير أحمد) is one more place, its word no person. (fresh13)
LISTED = [
    ("ونقلت وكالة الأناضول عن المتحدث باسم مجلس محافظة الأنبار عميد عياش أن القوات العراقية "
     "هاجمت مواقع لتنظيم داعش في منطقتي حصيبة وجويبة شرق الرمادي وقتلت 31 منهم.",
     ["حصيبة", "جويبة"], []),
    ("وقال قائد المنطقة العسكرية الرابعة اللواء أحمد سيف اليافعي في تصريح خاص لـ «المدينة»: مناطق "
     "جعولة وبير أحمد والعلم أصبحت تحت سيطرة المقاومة.",
     ["جعولة", "بير أحمد", "العلم"], ["أحمد"]),
    # guard (ner32's free-news row, Sudan): a state's adjectives, no name before them, stay none
    ("وانتاج المحاصيل الاستراتيجية مما يؤهلها لان تكون ولاية جاذبة وواعدة للاستثمارات.", [],
     ["جاذبة", "واعدة"]),
]


@pytest.mark.parametrize(("text", "places", "absent"), LISTED)
def test_places_listed_after_a_plural_area_noun(text: str, places: list, absent: list) -> None:
    got = _entities(text)
    for name in places:
        assert got.get(name) == "LOC", got
    for name in absent:
        assert name not in got, got
