"""ner31 (issue 14): the holder's name told after an office and its place or body — «محافظ
شبوة علي العولقي الذي …», «المتحدث باسم مجلس محافظة الأنبار عميد عياش أن …» — is a person
(entities/persons.py `named_after_office`, data/ner/office_titles.txt, name_boundaries.txt).
Sentences from the dev sets (fresh17, fresh13), the unannotated region news and the demo corpus."""

from __future__ import annotations

import pytest

from link_helpers import tagged_doc
from rasd.entities.persons import named_after_office, named_before_apposition
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

# (sentence, the complement's span and type as found, the person expected or None)
ROWS = [
    # fresh17 (aleqtisadiya) and news snn_region_0785: governor of a place, then الذي
    ("وقد افادت مصادر محلية لوكالة فرانس برس ان محافظ شبوة علي العولقي الذي عينه الحوثيون فر",
     ("شبوة", "LOC"), "علي العولقي"),
    # fresh13: spokesman of a body, then أن
    ("ونقلت وكالة الأناضول عن المتحدث باسم مجلس محافظة الأنبار عميد عياش أن القوات العراقية هاجمت",
     ("مجلس محافظة الأنبار", "ORG"), "عميد عياش"),
    # demo snn_syria_0038: head of a government, then a full stop
    ("أعده بناء على طلب من رئيس الحكومة الفرنسي مانوال فالس. البرلماني الفرنسي قسم تقريره",
     ("الحكومة الفرنسي", "ORG"), "مانوال فالس"),
    # a comma closes the name
    ("وقال محافظ عدن نايف البكري، في تصريح صحفي، إن المدينة آمنة",
     ("عدن", "LOC"), "نايف البكري"),
    # guards: a definite word after the complement is no name (an adjective, a time)
    ("وقال محافظ عدن الجديد إن المدينة آمنة", ("عدن", "LOC"), None),
    ("وقال محافظ عدن اليوم إن المدينة آمنة", ("عدن", "LOC"), None),
    # no boundary after the words: a verb runs on (the words are no apposed name)
    ("وزار محافظ عدن مستشفى الجمهورية صباح أمس", ("عدن", "LOC"), None),
    # no office before the place
    ("وصل وفد عدن نايف البكري إن", ("عدن", "LOC"), None),
    # a single word is no name here
    ("وقال محافظ عدن أمس إن المدينة آمنة", ("عدن", "LOC"), None),
    # fresh17 (one definite word after المتحدث باسم is the complement, no span needed)
    ("في معارك عنيفة حسبما قال المتحدث باسم المجموعة علي الأحمدي. ويحارب المقاتلون المحليون",
     None, "علي الأحمدي"),
    # news snn_syria_0024: an outlet behind ل is no name
    ('كشف مسؤول في وحدات حماية الشعب لفرانس برس "عن تواصل بين النظام وقوات الاسد"',
     ("وحدات حماية الشعب", "ORG"), None),
    # a rank (definite) after المتحدث باسم الجيش: the tagger's and the rank rule's business
    ("وقال المتحدث باسم الجيش العميد سمير الحاج إن القوات تقدمت", None, None),
]

# (sentence, the person expected or None): a speaker described right after his name
SPEAKERS = [
    ("ويقول علي العواضي وهو من سكان صنعاء كذلك إن العنف أوجد العديد من الأزمات",
     "علي العواضي"),  # fresh21
    ("وقال أدهم باشو وهو سياسي محلي لرويترز عبر الهاتف فيما ارتفعت صافرات الإنذار",
     "أدهم باشو"),  # fresh23, demo snn_syria_0016
    ("وتقول عواطف السلمان، التي تعمل معاونة لمدير قسم التقنيات في دار الكتب والوثائق إن",
     "عواطف السلمان"),  # fresh19
    ("وقالت تانيا سانريب، وهي كبيرة المحامين في مركز التنوع البيولوجي", "تانيا سانريب"),  # demo
    # guards: a description, not a name (مسؤول، مصدر، شاهد عيان are common words)
    ("وقال مسؤول محلي وهو من أبناء المنطقة إن القصف مستمر", None),
    ("وقال شاهد عيان وهو من سكان الحي إن الطائرات قصفت", None),
    # no description after the words
    ("وقال أدهم باشو لرويترز عبر الهاتف إن الانفجار كبير", None),
]


@pytest.mark.parametrize(("text", "complement", "expected"), ROWS)
def test_named_after_office(text: str, complement: tuple[str, str] | None,
                            expected: str | None) -> None:
    doc = tagged_doc(text, entities=[complement] if complement else [])
    spans = sorted((e.start, e.end) for e in doc.entities)
    names = [text[n.start:n.end] for n in named_after_office(doc.tokens, spans, spans)]
    assert names == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_named_before_apposition(text: str, expected: str | None) -> None:
    doc = tagged_doc(text)
    names = [text[n.start:n.end] for n in named_before_apposition(doc.tokens, [])]
    assert names == ([expected] if expected else [])


def test_a_cut_person_inside_is_replaced() -> None:
    text = "ويقول علي العواضي وهو من سكان صنعاء"
    doc = tagged_doc(text, entities=[("علي", "PER")])
    spans = [(e.start, e.end) for e in doc.entities]
    assert named_before_apposition(doc.tokens, spans) == []
    names = named_before_apposition(doc.tokens, spans, frozenset(spans))
    assert [text[n.start:n.end] for n in names] == ["علي العواضي"]


def test_a_span_found_there_is_left_alone() -> None:
    text = "وقال محافظ عدن نايف البكري إن المدينة آمنة"
    doc = tagged_doc(text, entities=[("عدن", "LOC"), ("نايف البكري", "PER")])
    spans = sorted((e.start, e.end) for e in doc.entities)
    assert named_after_office(doc.tokens, spans, spans[:1]) == []


def test_whole_pipeline_finds_the_governor() -> None:
    text = ("وقد افادت مصادر محلية لوكالة فرانس برس ان محافظ شبوة علي العولقي الذي عينه الحوثيون "
            "فر من المنطقة إلى وجهة مجهولة.")
    doc = Pipeline(names=("segment", "entities", "link"))(
        make_document(Record(origin="t", text=text)))
    persons = [doc.text[e.start:e.end] for e in doc.entities if e.type == "PER"]
    assert "علي العولقي" in persons
