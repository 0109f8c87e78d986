"""The knowledge base widened by class (links15): foreign and defence ministers of the region
and the outside powers with their terms, and an office's feminine form for a woman holding it; heads
of international bodies; GeoNames villages of the wars' countries (cities500); an armed
group's names after its head noun (الميليشيات الحوثية); a country's state forms (الجمهورية
العراقية, المملكة المغربية)."""

from __future__ import annotations

import pytest

from link_helpers import tagged_doc
from rasd import evaluate
from rasd.document import Document
from rasd.entities.kb import get_kb, name_key
from rasd.entities.link import stage


def _links(text: str, published: str) -> dict[str, str | None]:
    doc: Document = stage(tagged_doc(text, published))
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}


# the office's holder on the report's date, the office said as news says it
HOLDERS = [
    ("وزير الخارجية الكويتي", "2015-08-15", "person-sabah-al-khalid-al-sabah"),
    ("وزير الخارجية البريطاني", "2012-03-01", "person-william-hague"),
    ("وزير الخارجية البريطاني", "2019-01-10", "person-jeremy-hunt"),
    ("وزير الخارجية التونسي", "2017-05-01", "person-khemaies-jhinaoui"),
    ("وزير الخارجية المغربي", "2015-08-15", "person-salaheddine-mezouar"),
    ("وزير الخارجية الإسرائيلي", "2021-01-01", "person-gabi-ashkenazi"),
    ("وزير الخارجية الإيطالي", "2020-01-01", "person-luigi-di-maio"),
    ("وزير خارجية البحرين", "2016-01-01", "person-khalid-bin-ahmed-al-khalifa"),
    ("وزير الخارجية الصيني", "2023-03-01", "person-qin-gang"),
    ("وزير الخارجية الصيني", "2024-03-01", "person-wang-yi"),
    ("وزير الخارجية الألماني", "2016-03-01", "person-frank-walter-steinmeier"),
    # a woman in the office: the head and its adjective feminine
    ("وزيرة الخارجية الألمانية", "2022-06-01", "person-annalena-baerbock"),
    ("وزيرة الخارجية البريطانية", "2022-03-01", "person-liz-truss"),
    ("رئيسة الوزراء البريطانية", "2017-01-01", "person-theresa-may"),
    ("وزيرة الدفاع الفرنسية", "2019-01-01", "person-florence-parly"),
    ("وزير الدفاع السوري", "2019-01-01", "person-ali-abdullah-ayyoub"),
    ("وزير الدفاع السوداني", "2012-01-01", "person-abdel-rahim-mohammed-hussein"),
]


@pytest.mark.parametrize(("office", "date", "holder"), HOLDERS)
def test_office_holder_on_the_date(office: str, date: str, holder: str) -> None:
    found = get_kb().holder_by_key(name_key(office), date)
    assert found is not None and found.id == holder, found


# names of the new classes found by the KB ruler and linked, in real sentences
FOUND = [
    ("التقى وزير الخارجية المغربي ناصر بوريطة نظيره الإسباني في الرباط.", "2019-03-01",
     "ناصر بوريطة", "person-nasser-bourita"),
    ("ودعا وزير الخارجية الصيني وانغ يي إلى وقف إطلاق النار.", "2015-08-15",
     "وانغ يي", "person-wang-yi"),
    ("وقالت المفوضة السامية لحقوق الإنسان نافي بيلاي إن القصف قد يرقى إلى جرائم حرب.",
     "2012-08-15", "نافي بيلاي", "person-navi-pillay"),
    ("وقال منسق السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل إن الحصار غير مقبول.",
     "2023-11-01", "جوزيب بوريل", "person-josep-borrell"),
    ("وقصفت الميليشيات الحوثية أحياء سكنية في مدينة تعز.", "2015-08-15",
     "الميليشيات الحوثية", "org-houthis"),
    # the plural noun describes the group's members: the name is الحوثيين alone
    ("واتهم البيان المتمردين الحوثيين بقصف الأحياء السكنية في عدن.", "2015-08-15",
     "الحوثيين", "org-houthis"),
    ("وطالب الأهالي بالإفراج عن أبنائهم المختطفين لدى ميليشيات التمرد الحوثي.", "2015-08-15",
     "ميليشيات التمرد الحوثي", "org-houthis"),
    ("وقالت الجمهورية العراقية في رسالتها إلى مجلس الأمن إن القصف التركي انتهاك لسيادتها.",
     "2015-08-15", "الجمهورية العراقية", "country-IQ"),
    ("وأعلنت المملكة المغربية مشاركتها في التحالف.", "2015-08-15",
     "المملكة المغربية", "country-MA"),
    ("وأكدت الجمهورية التونسية رفضها للتدخل العسكري في ليبيا.", "2015-08-15",
     "الجمهورية التونسية", "country-TN"),
    # a state form inside a longer name is that name's (ISI, South Yemen), not the country's
    ("وغير التنظيم اسمه إلى دولة العراق الإسلامية ثم عرف بداعش.", "2015-08-15",
     "دولة العراق الإسلامية", "org-isi"),
    ("ويريد الجنوبيون استعادة جمهورية اليمن الجنوبية السابقة.", "2015-08-15",
     "جمهورية اليمن الجنوبية", "ye-region-south-yemen-state"),
    # the Libyan army of the 2014- war's news is Haftar's, the Libyan Arab Armed Forces
    ("وأعلن متحدثون باسم الجيش الليبي أن طائرات حربية أغرقت سفينة قبالة بنغازي.", "2015-08-15",
     "الجيش الليبي", "org-lna"),
    ("واقتحمت قوات الاحتلال قرية عراق بورين جنوب نابلس.", "2015-08-15",
     "عراق بورين", "gn-ps-iraq-burin"),
]


@pytest.mark.parametrize(("text", "date", "span", "entry"), FOUND)
def test_new_classes_found_and_linked(text: str, date: str, span: str, entry: str) -> None:
    links = _links(text, date)
    assert links.get(span) == entry, links


# forms that are not in use are not generated: no «republic» for the United States, no
# head-noun forms for a group whose name is no nisba (ميليشيات صالح)
@pytest.mark.parametrize("phrase", ["الجمهورية الأمريكية", "الميليشيات الصالحية",
                                    "الجمهورية السعودية", "الجمهورية الإسرائيلية"])
def test_forms_not_in_use_are_not_names(phrase: str) -> None:
    assert get_kb().by_key(name_key(phrase)) == []


# a village's name that is an everyday word or a given name is not taken from GeoNames
@pytest.mark.parametrize("word", ["المعصرة", "الثغرة", "داليا", "أفيغدور"])
def test_village_names_that_are_words_stay_out(word: str) -> None:
    assert not [e for e in get_kb().by_key(name_key(word)) if e.source == "geonames"]


# English names a link answers to: a kingdom's forces are «Royal» in their official names,
# and a word's other transliterations (Shaif, Shayef; Hadramaut, Hadramawt)
ENGLISH = [
    ("org-saudi-landforces", "Royal Saudi Land Forces", True),
    ("org-saudi-airdefence", "Royal Saudi Air Defense", True),
    ("org-jordanian-airforce", "Royal Jordanian Air Force", True),
    ("org-syrian-army", "Royal Syrian Army", False),
    ("person-ali-shaif-al-hariri", "Ali Shayef al-Hariri", True),
    ("ye-region-wadi-hadramaut", "Wadi Hadramawt", True),
]


@pytest.mark.parametrize(("entry", "name_en", "agrees"), ENGLISH)
def test_english_names(entry: str, name_en: str, agrees: bool) -> None:
    assert evaluate._link_ok(get_kb().entries[entry].link(), name_en) is agrees
