"""ner25 (issue 14): names of other wars the entity layer missed.

1. A tribe, clan, ethnic group or sect is named as the definite genitive of an indefinite
   noun of its kind (قبيلة الدينكا، إثنية البشتون، قبيلتي التبو والطوارق): a MISC name.
   Pass: entities/groups.py (data/ner/group_nouns.txt), ruler._groups.
2. محافظ "the governor of" is a place cue: محافظ الموصل names Mosul (kb._CUE_WORDS).
3. A name listed after أو is listed as after و: صنعاء أو الحديدة (ruler._coordinated).
4. A hand-checked city or governorate named by an everyday word with its article (الموصل،
   الحديدة، القصير) is the place after a place preposition when no definite word follows
   (ruler._definite_city).
5. An institution's indefinite head noun alone (جبهة، حزب، اتحاد) is no name: the tagger
   cut the name after it off (ruler._lone_head, in _drop_non_names).

Sentences from the region news (snn_region_*), the demo corpus (snn_syria_*) and the dev
sets (fresh2, fresh11, fresh15, fresh17, fresh19)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.groups import group_names
from rasd.entities.kb import get_kb
from rasd.entities.ruler import _lone_head
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record
from rasd.text.segment import tokenize

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _typed(doc: Document, etype: str) -> list[str]:
    return [doc.span_text(e) for e in doc.entities if e.type == etype]


def _groups(text: str) -> list[str]:
    return [text[n.start:n.end] for n in group_names(get_kb(), text, tokenize(text))]


# (sentence, the group names it holds, in order)
GROUPS = [
    ("ووقعت كل من قبيلتي التبو والطوارق الليبيتين بمدينة سبها اتفاقاً لوقف إطلاق النار.",
     ["التبو", "الطوارق"]),  # demo, fresh11
    ("وكان الرئيس سلفا كير وهو من قبيلة الدينكا قد أقال نائبه رياك مشار الذي ينتمي الى "
     "قبيلة النوير.", ["الدينكا", "النوير"]),  # fresh2
    ("وأوضح البيان أن الملا منصور، وهو أيضا من إثنية البشتون، سيحمل لقب أمير المؤمنين.",
     ["البشتون"]),  # fresh11, news
    ("وكان أتباع طائفة البهرة في المسجد المستهدف.", ["البهرة"]),  # fresh15
    ("ورجال المقاومة الشعبية من قبائل الصبيحة، وصلت إلى منطقة سيلة المخراج.",
     ["الصبيحة"]),  # region news
    ("بوساطة ورعاية قبائل الحساونة والربائع والقذاذفة في سبها.",
     ["الحساونة", "الربائع", "القذاذفة"]),  # demo
    ("والعائدة ملكيته لطائفة الدروز، ويحظى لديهم باحترام بالغ.", ["الدروز"]),  # demo
    # a place after the noun: the tribes of Mosul, of Anbar
    ("بيانا ردا على رسالة من شيوخ عشائر الموصل وصلاح الدين والأنبار.", []),  # news
    ("وقال إن عشائر الأنبار ستقاتل التنظيم.", []),
    # an everyday word after the noun
    ("حشد مقاتلين جدد من أبناء قبائل الشمال الخاضعة لسيطرتهم.", []),  # news
    ("وفي ناحية كبيسة، تمكنت عشائر الناحية من قتل والي التنظيم.", []),  # news
    # an indefinite adjective after the noun, a definite noun before its adjective
    ("ينحدر الملا أختر منصور من قبيلة بشتونية في الجنوب الأفغاني.", []),  # news
    ("وقالت القبائل اليمنية إنها ترفض الانقلاب.", []),
    # a nationality after the noun
    ("وهاجم مسلحون من عشائر العراقيين المواقع.", []),
]


@pytest.mark.parametrize(("text", "names"), GROUPS)
def test_group_names(text: str, names: list[str]) -> None:
    assert _groups(text) == names


def test_group_found_as_misc() -> None:
    doc = _doc("وكان الرئيس سلفا كير وهو من قبيلة الدينكا قد أقال نائبه رياك مشار الذي ينتمي "
               "الى قبيلة النوير.")
    assert _typed(doc, "MISC") == ["الدينكا", "النوير"]
    assert _typed(doc, "PER") == ["سلفا كير", "رياك مشار"]


def test_group_retyped_from_person() -> None:
    # the tagger reads the tribe as a person (news, snn_region)
    doc = _doc("وقال إن المقاومة التي تصدت للحملة تنتمي معظمها لقبيلة الوائلي.")
    assert "الوائلي" in _typed(doc, "MISC")
    assert "الوائلي" not in _typed(doc, "PER")


# (sentence, the place the record must name)
PLACES = [
    ("أكد اثيل النجيفي محافظ الموصل في العراق أن من الصعب جداً تحرير العراق.",
     "الموصل"),  # fresh17
    ("وسوف تطال مساعداتها كل أبناء اليمن سواء كانوا في العاصمة صنعاء أو الحديدة "
     "إدراكًا لمسؤوليتها.", "الحديدة"),  # fresh19
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_place_after_cue(text: str, place: str) -> None:
    assert place in _typed(_doc(text), "LOC")


def test_governor_of_no_place() -> None:
    # محافظ before a body that is no place licenses nothing
    doc = _doc("وقال محافظ البنك المركزي إن الاحتياطي تراجع.")
    assert "البنك" not in _typed(doc, "LOC")


# (sentence, the hand-checked city it names after a place preposition)
CITIES = [
    ("معتبرا أن احتجاجه على قيام أحد ضباط الجيش باغتصاب فتاة قاصر في الموصل كان وراء "
     "إقالته.", "الموصل"),  # fresh15
    ("الذي يتخذه الحوثي مقرا للتهريب وتزويد عدن وتعز بالمسلحين القادمين من الحديدة وتعزيز "
     "بعض ميليشياته.", "الحديدة"),  # fresh13
    ("وأضاف البيان أن التحالف نفذ أربع غارات قرب الموصل ومثلها قرب الرمادي.",
     "الموصل"),  # demo, snn_syria_0310
    ("انسحب مقاتلو المعارضة في السابق من القصير، باتجاه جبهات أخرى.",
     "القصير"),  # demo, snn_syria_0323
]


@pytest.mark.parametrize(("text", "place"), CITIES)
def test_city_after_preposition(text: str, place: str) -> None:
    assert place in _typed(_doc(text), "LOC")


def test_everyday_word_before_its_adjective() -> None:
    # الميادين "the fields" with its adjective: no town (news, snn_region_0699)
    doc = _doc("وتتضمن الخطة عقد الاجتماعات مع الخبراء وأصحاب الرأي في الميادين المختلفة، لا "
               "سيما الميادين الاقتصادية.")
    assert "الميادين" not in _typed(doc, "LOC")


# (sentence, a head noun the tagger took alone: no entity may be just that word)
LONE_HEADS = [
    ("سياسيا، أفادت تقارير إخبارية تركية أن رئيس الوزراء التركي رئيس حزب \"العدالة "
     "والتنمية\" أحمد داود أوغلو أجرى مكالمات هاتفية مع رؤساء مكاتب الحزب.",
     "حزب"),  # snn_syria_0026
]


@pytest.mark.parametrize(("text", "head"), LONE_HEADS)
def test_lone_head_is_no_name(text: str, head: str) -> None:
    doc = _doc(text)
    spans = [doc.span_text(e) for e in doc.entities]
    assert head not in spans
    assert "العدالة والتنمية" in spans


# (a one-word span, whether it is an institution's head noun alone)
HEAD_WORDS = [
    ("جبهة", True), ("حزب", True), ("اتحاد", True), ("وزارة", True), ("لحزب", True),
    ("الاتحاد", False),  # the club's short name (snn_region_0036)
    # area and facility nouns alone still point at the place: [تل] جورة الماء
    ("تل", False), ("وتل", False), ("دير", False), ("وادي", False), ("مطار", False),
    ("العند", False), ("حزب الله", False), ("جبهة النصرة", False),
]


@pytest.mark.parametrize(("span", "lone"), HEAD_WORDS)
def test_lone_head_words(span: str, lone: bool) -> None:
    assert _lone_head(span) is lone
