"""kb16 (issue 14): numbered units of the wars' armies (اللواء 15، الفرقة السابعة) resolved by
the report's country, never without one; Yemen's camps; الجماعة الإسلامية by the report's
country (Kurdistan's Islamic Group, Pakistan's Jamaat-e-Islami beside Egypt's and Lebanon's);
the heads of Mossad, Shin Bet, Egypt's General Intelligence, Pakistan's ISI and Turkey's MIT
by date. Sentences from the region news (`scripts/free_news.py` output) and a dev set (fresh13)."""

from __future__ import annotations

import pytest

from link_helpers import links_of, tagged_doc
from rasd.entities import link
from rasd.entities.kb import get_kb, name_key
from rasd.evaluate import _link_ok

# (sentence, the mention, the entry it must link; None: stays unlinked)
UNITS = [
    # region news (snn_region_0666): Yemen's 15th Brigade, quoted
    ("وقال العميد عبد الله الصبيحي قائد «اللواء 15» قائد عملية تحرير عدن لـ«الشرق الأوسط» إن "
     "المحور الشمالي لعدن صار تحت سيطرة المقاومة.", "اللواء 15", "ye-army-brigade-15"),
    # region news (snn_region_0666): the brigade's camp — the brigade stays the entity
    ("فر الحوثيون وحلفاؤهم من أتباع الرئيس السابق علي عبد الله صالح من معسكر اللواء 15 "
     "ومواقعه في مدينتي زنجبار وشقرة بمحافظة أبين.", "اللواء 15", "ye-army-brigade-15"),
    # region news (snn_region_0268): Iraq's 7th Division, the number as a word
    ("وفي قضاء حديثة تمكنت الفرقة السابعة في الجيش العراقي من قتل قيادي بارز في تنظيم داعش "
     "و11 من معاونيه في عملية نوعية.", "الفرقة السابعة", "iq-army-division-7"),
    # region news (snn_region_0125): the Republican Guard's 22nd Brigade in Taiz
    ("شهدت مدينة تعز اشتباكات عنيفة، كما قصف اللواء 22 التابع لنجل الرئيس المخلوع عددا من "
     "الأحياء التي تسيطر عليها المقاومة.", "اللواء 22", "org-yemen-22nd-brigade"),
    # a Syrian report: the same number is Syria's division
    ("سيطر تنظيم داعش على مقر الفرقة 17 في الرقة بعد معارك مع الجيش السوري.", "الفرقة 17",
     "sy-army-division-17"),
    # no country in the report: no army's unit
    ("وقال المصدر إن الفرقة السابعة انسحبت من مواقعها.", "الفرقة السابعة", None),
]


@pytest.mark.parametrize(("text", "span", "entry"), UNITS)
def test_a_numbered_unit_is_the_reports_armys(text: str, span: str, entry: str | None) -> None:
    got = links_of(text)
    assert got.get(span, "absent") == entry, got


def test_unit_forms_are_bare_phrases_by_country_not_names() -> None:
    kb = get_kb()
    key = name_key("الفرقة السابعة")
    assert key not in kb.names and kb.is_unit_form(key)
    assert kb.bare[key].ids == {"IQ": "iq-army-division-7", "SY": "sy-army-division-7"}
    # a form another entry already bears is left to it: Syria's 4th Armoured Division
    assert not kb.is_unit_form(name_key("الفرقة الرابعة"))
    assert [e.id for e in kb.lookup("الفرقة الرابعة")] == ["org-fourth-division"]
    # Sudan's divisions beside Iraq's (the 2023 war's news names them by their seats)
    assert get_kb().bare[name_key("الفرقة السادسة")].ids == {
        "IQ": "iq-army-division-6", "SD": "sd-saf-division-6"}
    assert get_kb().bare[name_key("الكتيبة 166")].ids == {"LY": "ly-brigade-166"}
    # the unit's own entry answers to its qualified name
    assert [e.id for e in kb.lookup("الفرقة السابعة في الجيش العراقي")] == ["iq-army-division-7"]


@pytest.mark.parametrize(("entry", "name_en"), [
    ("ye-army-brigade-15", "15th Brigade"),  # fresh11, fresh23
    ("ye-army-brigade-15", "15th Mechanized Brigade"),  # fresh7
    ("ye-army-brigade-135", "135th Infantry Brigade"),  # fresh11
    ("iq-army-division-7", "7th Division"),
])
def test_units_answer_to_their_english_names(entry: str, name_en: str) -> None:
    e = get_kb().get(entry)
    assert e is not None and _link_ok(e.link(), name_en), e.english_names()


CAMPS = [
    # region news (snn_region_0032, snn_region_0688, snn_region_0136)
    ("وشن طيران التحالف عدة غارات جوية على مخازن الأسلحة في معسكر السواد جنوب صنعاء.",
     "معسكر السواد", "ye-base-al-sawad-camp"),
    ("بعد انهيار مفاجئ للحوثيين وقوات صالح عقب سقوط معسكر الصدرين في مريس شمال الضالع جنوب "
     "اليمن.", "معسكر الصدرين", "ye-base-al-sadrain-camp"),
    ("إن الهجوم الأول نفذ أمام معسكر التموين، بمنطقة عصر، شمال غربي العاصمة صنعاء.",
     "معسكر التموين", "ye-base-al-tamwin-camp"),
]


@pytest.mark.parametrize(("text", "span", "entry"), CAMPS)
def test_yemens_camps(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


# fresh13 (kurdish-parties-barzani-*): Kurdistan's four parties, the tagger's spans
KURDISH = ("كشف عضو في رئاسة الاتحاد الإسلامي الكردستاني الأربعاء عن أن الأطراف الأربعة (الاتحاد "
           "الوطني الكردستاني، التغيير، الجماعة الإسلامية، الاتحاد الإسلامي الكردستاني) وافقت على "
           "بقاء مسعود البارزاني في رئاسة إقليم كردستان لمدة عامين إضافيين.")


@pytest.mark.parametrize(("text", "entities", "entry"), [
    (KURDISH, [("الجماعة الإسلامية", "ORG"), ("إقليم كردستان", "LOC"),
               ("الاتحاد الوطني الكردستاني", "ORG")], "org-kurdistan-islamic-group"),
    ("دعت الجماعة الإسلامية إلى مظاهرات في القاهرة والإسكندرية.",
     [("الجماعة الإسلامية", "ORG"), ("القاهرة", "LOC"), ("الإسكندرية", "LOC")],
     "org-gamaa-islamiya"),
    ("نظمت الجماعة الإسلامية مظاهرة في لاهور وكراتشي ضد الحكومة.",
     [("الجماعة الإسلامية", "ORG"), ("لاهور", "LOC"), ("كراتشي", "LOC")],
     "org-jamaat-e-islami-pk"),
])
def test_the_islamic_group_is_the_reports_countrys(text: str, entities: list[tuple[str, str]],
                                                   entry: str) -> None:
    doc = link.stage(tagged_doc(text, entities=entities))
    got = {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}
    assert got["الجماعة الإسلامية"] == entry, got


@pytest.mark.parametrize(("role", "date", "holder"), [
    ("رئيس الموساد", "2015-06-01", "person-tamir-pardo"),
    ("رئيس جهاز الموساد", "2008-01-01", "person-meir-dagan"),
    ("رئيس الموساد", "2019-03-01", "person-yossi-cohen"),
    ("رئيس الشاباك", "2015-08-04", "person-yoram-cohen"),  # region news (snn_region_0501)
    ("رئيس جهاز الشاباك", "2009-01-01", "person-yuval-diskin"),
    ("مدير المخابرات العامة المصرية", "2016-05-01", "person-khaled-fawzy"),
    ("رئيس المخابرات المصرية", "2010-01-01", "person-omar-suleiman"),
    ("رئيس المخابرات الباكستانية", "2015-08-01", "person-rizwan-akhtar"),
    ("رئيس المخابرات التركية", "2016-07-16", "person-hakan-fidan"),
])
def test_intelligence_heads_by_date(role: str, date: str, holder: str) -> None:
    got = get_kb().holder(role, date)
    assert got is not None and got.id == holder


def test_a_former_mossad_head_by_name() -> None:
    got = links_of("وأكد مائير داغان الرئيس السابق للموساد أن ضربة عسكرية على إيران خطأ.")
    assert got.get("مائير داغان") == "person-meir-dagan", got
