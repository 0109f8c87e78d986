"""ner24 (issue 14): two person errors of the news.

1. A given name right before a person's span, only a space between, opens that name: the KB
   ruler's «ولد الشيخ» and the tagger's «الأحمدي» (read as a place) left out إسماعيل and
   علي. Pass: ruler._given_name_before (data/ner/given_name_homographs.txt).
2. A one-word person that is the dual or plural of a common noun of people (شاهدان،
   مراسلون، قياديان) is no person. Pass: nonames.group_noun, called by
   ruler._drop_non_names (data/ner/plural_suffixes.txt).

Sentences from the unannotated region news (snn_region_*) and the demo corpus (snn_syria_*)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.nonames import group_noun
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _persons(doc: Document) -> list[str]:
    return [doc.span_text(e) for e in doc.entities if e.type == "PER"]


# (sentence, the person's whole name as the record must give it)
JOINED = [
    ("وذكرت وكالة الأنباء اليمنية، أن الحكومة تعتزم توجيه الدعوة إلى المبعوث الأممي إسماعيل "
     "ولد الشيخ لزيارة مدينة عدن للوقوف على آثار الدمار.", "إسماعيل ولد الشيخ"),  # region_0157
    ("وقال الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي أن \"مقاتلي المقاومة نجحوا في "
     "السيطرة على معظم حي التواهي ومنشآته الحيوية\".", "علي الأحمدي"),  # region_0064
    ("وسيطر المقاتلون على مباني الإذاعة والتلفزيون وقواعد للجيش وقوات الأمن في معارك عنيفة، "
     "حسبما قال المتحدث باسم المجموعة علي الأحمدي.", "علي الأحمدي"),  # region_0022 (was LOC)
    ("وقال الوزير خلال لقائه بوزير الزراعة في ولاية شمال كردفان غرب أواسط السودان كمال عوض "
     "عبدالدائم ان الوزارة تعمل على اكمال مشروع الربط الشبكي.", "كمال عوض عبدالدائم"),  # 0539
]


@pytest.mark.parametrize(("sentence", "name"), JOINED)
def test_given_name_joins_the_person(sentence: str, name: str) -> None:
    assert name in _persons(_doc(sentence))


# (sentence, the word before the person that is no part of the name)
NOT_JOINED = [
    ("وأدين الشيشاني (30 عاما) الذي عرف باسم محمد زد.", "باسم"),  # demo syria_0034
    ("القت السلطات السورية القبض على سليمان الاسد، احد انساب الرئيس السوري بشار الاسد، "
     "لاتهامه بقتل عقيد في القوات الجوية السورية.", "على"),  # demo syria_0459
    ("وعملت له كشفا طبيا وذهبنا بعدها الى الجنوب، بعدها اتصل علي خالد الشنيف واخبرني بأن "
     "عبدالفتاح من ضمن اللاعبين.", "علي"),  # region_0036: على written علي, "called me"
    ("ورأى سمير التقي في تصريحات لـ«الشرق الأوسط» أن «هناك إعادة ترتيب للأمور في المنطقة».",
     "ورأى"),  # demo syria_0241
    ("أعلنت حركة طالبان الافغانية الجمعة تعيين الملا أختر منصور زعيما جديدا لها خلفا للملا "
     "عمر، وأعلنت الحركة تعيين نائبين للملا منصور.", "للملا"),  # region_0385
]


@pytest.mark.parametrize(("sentence", "word"), NOT_JOINED)
def test_common_word_stays_out(sentence: str, word: str) -> None:
    assert not any(p.split()[0] == word for p in _persons(_doc(sentence)))


# (sentence, a dual or plural of people the tagger read as a person)
GROUPS = [
    ("وقال مراسلون: إن الاشتباكات انتقلت إلى داخل القاعدة الاستراتيجية بعدما سيطرت قوات "
     "الشرعية على بوابتها الغربية.", "مراسلون"),  # region_0512
    ("وقال شاهدان لرويترز إن الطائرة الحربية كانت قد أسقطت قنبلة في قلب الشارع التجاري "
     "الرئيسي للمدينة.", "شاهدان"),  # demo syria_0271
]


@pytest.mark.parametrize(("sentence", "word"), GROUPS)
def test_group_noun_is_no_person(sentence: str, word: str) -> None:
    assert word not in _persons(_doc(sentence))


@pytest.mark.parametrize(("word", "group"), [
    ("القياديان", True), ("قياديان", True), ("شاهدان", True), ("مراسلون", True),
    ("كريستيان", False), ("سليمان", False), ("عنان", False), ("سلمان", False),
    ("عدنان", False), ("عثمان", False), ("الحوثيين", False),
])
def test_group_noun_words(word: str, group: bool) -> None:
    assert group_noun(word) is group
