"""ner33 (issue 14): names that news of other wars writes around a body's leader, a body named
by what it does, and a place opened by البو in a list of places.

- A body named with its leader («التحالف الذي تقوده السعودية»، «التحالف العربي بقيادة السعودية»)
  ends before the relative clause or «بقيادة», and the leader is a name of its own
  (entities/leaders.py, ruler._split_led; data/ner/leading_words.txt).
- A `gen` head's definite form names a body with a nationality or a head_adjectives.txt word and
  a genitive (الشركة العامة للكهرباء، الإدارة العامة للجوازات), and a `nobare` head's indefinite
  form names nothing (إدارة الأزمة; entities/heads.py, data/ner/heads.tsv); a second noun joined
  by و to the لل-genitive is part of it (للعلاقات والإعلام) unless it heads another body.
- A definite nationality right after an indefinite head is its genitive (باب المغاربة).
- A place opened by a place opener (البو، أبو، أم) and listed by و after a found place is a place
  (entities/lists.py, ruler._listed_places; data/ner/place_openers.txt).

Sentences from the dev sets (fresh11, fresh17, fresh19, fresh23) and the unannotated region and
Syria news (`scripts/free_news.py`)."""

from __future__ import annotations

import pytest

from rasd.entities.leaders import led_by
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record
from rasd.text.segment import tokenize

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    doc = _PIPE(make_document(Record(origin="t", text=text, id="t")))
    return {doc.text[e.start:e.end]: (e.type, e.link.id if e.link else None)
            for e in doc.entities}


# (sentence, entities expected (text, type, link or None for any), texts that must not be one)
LED = [
    # fresh17 (aleqtisadiya): the coalition and its leader, apart
    ("وكسر المقاتلون بدعم من التحالف الذي تقوده السعودية أشهر من الجمود في عدن الأسبوع الماضي.",
     [("التحالف", "ORG", "org-saudi-led-coalition"), ("السعودية", "LOC", "country-SA")],
     ["التحالف الذي تقوده السعودية"]),
    # fresh11: the US-led coalition in Afghanistan
    ("وأضاف بأن السوداني أشرف على هجمات ضد قوات التحالف الذي تقوده الولايات المتحدة في أفغانستان.",
     [("الولايات المتحدة", "LOC", "country-US")],
     ["التحالف الذي تقوده الولايات المتحدة"]),
    # free news snn_syria_0173: بقيادة after the coalition's adjective
    ("وكان التحالف العربي بقيادة السعودية قد أعلن أمس الأول السبت هدنة إنسانية لخمسة أيام.",
     [("التحالف العربي", "ORG", "org-saudi-led-coalition"), ("السعودية", "LOC", "country-SA")],
     ["التحالف العربي بقيادة السعودية"]),
    # free news snn_syria_0017: a city standing for its government leads too
    ("ويتلقى الأكراد دعما جويا من التحالف الدولي بقيادة واشنطن في الحسكة.",
     [("التحالف الدولي", "ORG", "org-us-led-coalition"), ("واشنطن", "LOC", None)],
     ["التحالف الدولي بقيادة واشنطن"]),
    # guard (fresh17): a nationality adjective leads no name of its own
    ("نفذ الائتلاف الدولي بقيادة اميركية اليوم غارات جوية على مواقع التنظيم.",
     [], ["اميركية"]),
]


@pytest.mark.parametrize(("text", "found", "absent"), LED)
def test_a_bodys_name_ends_before_its_leader(text: str, found: list, absent: list) -> None:
    got = _entities(text)
    for name, etype, link in found:
        assert name in got, got
        assert got[name][0] == etype, got
        if link is not None:
            assert got[name][1] == link, got
    for name in absent:
        assert name not in got, got


# led_by over tokens: (words, span as token indices, expected (body end, leader start) or None)
LED_BY = [
    ("التحالف الذي تقوده السعودية", (0, 4), (1, 3)),
    ("قوات التحالف بقيادة المملكة العربية السعودية", (0, 6), (2, 3)),
    # the leading word first, or nothing after it: no cut
    ("بقيادة السعودية", (0, 2), None),
    ("التحالف الذي تقوده", (0, 3), None),
    # a leader of more than three words is no name read here
    ("قوات التحالف بقيادة الرئيس اليمني عبد ربه منصور هادي", (0, 9), None),
]


@pytest.mark.parametrize(("text", "span", "cut"), LED_BY)
def test_led_by(text: str, span: tuple[int, int], cut: tuple[int, int] | None) -> None:
    assert led_by(tokenize(text), *span) == cut


HEADS = [
    # fresh19 (Libya, AFP): the state's power company
    ("وتلقت دعما مباشرا على شكل وقود لمصلحة الشركة العامة للكهرباء بنحو 11.7 مليار دينار.",
     "الشركة العامة للكهرباء"),
    # free news snn_region_0030 (okaz): the passports directorate
    ("شرعت الإدارة العامة للجوازات عبر مراكز تصحيح الأوضاع للأشقاء اليمنيين في العاصمة الرياض.",
     "الإدارة العامة للجوازات"),
    # free news snn_syria_0055 (Reuters via aleqtisadiya): a nationality, then the genitive
    ("وفي يونيو قالت المؤسسة السورية العامة للتجارة الخارجية إنها تسعى لشراء 150 ألف طن من القمح.",
     "المؤسسة السورية العامة للتجارة الخارجية"),
    # free news snn_region_0113 (alwatan, Gaza): a centre named by nationality and genitive
    ("أطلق المركز السعودي للثقافة والتراث في فلسطين مهرجان الطفولة في قطاع غزة.",
     "المركز السعودي للثقافة والتراث"),
    # free news snn_region_0432 (alyaum): a second noun joined by و to the genitive
    ("وأوضح مدير الإدارة العامة للعلاقات والإعلام بالمديرية العقيد محمد السعد أن",
     "الإدارة العامة للعلاقات والإعلام"),
]


# A definite nationality right after an indefinite head is its genitive (an adjective would
# agree with the indefinite noun): the Mughrabi Gate of al-Aqsa (fresh21, fresh3, free news).
GATES = [
    ("اقتحم العشرات من أفراد الشرطة ساحات المسجد من خلال باب المغاربة وهم يطلقون قنابل الصوت.",
     "باب المغاربة"),
    ("وقال شهود عيان إن قوات الاحتلال اقتحمت المسجد الأقصى عبر باب المغاربة وباب السلسلة.",
     "باب المغاربة"),
]


@pytest.mark.parametrize(("text", "name"), GATES)
def test_a_nationality_after_an_indefinite_head_is_its_genitive(text: str, name: str) -> None:
    assert _entities(text).get(name, ("",))[0] == "LOC"


@pytest.mark.parametrize(("text", "name"), HEADS)
def test_a_body_named_by_what_it_is_for(text: str, name: str) -> None:
    got = _entities(text)
    assert got.get(name, ("",))[0] == "ORG", got


NOT_BODIES = [
    # an adjective with no genitive, or a generic one: any company, any campaign
    ("وقالت الشركة الأمنية إن الحراس انسحبوا من الموقع.", "الشركة الأمنية"),
    ("وأطلقت الحكومة الحملة العسكرية ضد المسلحين في الجنوب.", "الحملة العسكرية"),
    # the indefinite form of a `nobare` head names an act, not a body
    ("وشنت القوات حملة الاعتقالات في المدينة بعد إدارة الأزمة.", "حملة الاعتقالات"),
    ("وشنت القوات حملة الاعتقالات في المدينة بعد إدارة الأزمة.", "إدارة الأزمة"),
    ("ووصلت التعزيزات إلى مركز المدينة صباح أمس.", "مركز المدينة"),
    # a head or state body after و is another body, not the rest of the genitive
    ("وأعلنت الهيئة العامة للموانئ والحكومة اليمنية أن الميناء مغلق.",
     "الهيئة العامة للموانئ والحكومة اليمنية"),
]


@pytest.mark.parametrize(("text", "name"), NOT_BODIES)
def test_no_body_without_its_genitive(text: str, name: str) -> None:
    assert name not in _entities(text)


PLACES = [
    # fresh23 (alsharq via alyaum): the list after مناطق goes on to an Iraqi البو place
    ("واستطاعت فرض سيطرتها على مناطق الشيحة والدواية والستر والبو جاسم، وقريبا جدا ستصل إلى "
     "مركز مدينة الكرمة.", "البو جاسم"),
    # fresh17 (Palestine): a place opened by أبو after a place and a comma
    ("إلى جانب اتخاذ قرارات بحق أهالي قرية سوسية جنوب الخليل، وأبو النوار في القدس المحتلة.",
     "أبو النوار"),
]


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_a_place_listed_after_a_place(text: str, name: str) -> None:
    got = _entities(text)
    assert got.get(name, ("",))[0] == "LOC", got


NOT_PLACES = [
    # after a body or a person, أبو opens a person's kunya
    ("ويقاتل في صفوف حزب الله وأبو الفضل العباس عناصر من العراق.", "أبو الفضل العباس"),
    ("وقتل في الغارة محسن الفضلي وأبو همام القائد في جبهة النصرة.", "أبو همام"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PLACES)
def test_no_place_after_a_name_of_another_kind(text: str, name: str) -> None:
    assert _entities(text).get(name, ("",))[0] != "LOC"
