"""ner41 (issue 14): the right type for a name found after a head that says what it names.

- An unlinked person's name right after a singular area noun or a place opener
  (data/ner/person_place_heads.tsv) is a place named after the person; an honorific
  (السيدة، الشيخ) between the area noun and the name opens the place's name
  (`ruler._places_named_for_persons`).
- A body the tagger found, unlinked, right after a facility head is the facility's name
  (فندق شيراتون، مسجد العيدروس), as a person's name there is; not a body written with لل
  (the facility is for it: «آخر مسجد للسنّة») (`facilities._names_facility`).

Sentences from the dev sets (fresh2, fresh10, fresh11, fresh15, fresh21, fresh27) and the
unannotated news (snn_syria_0023, snn_syria_0031, snn_region_0453 and the Aleppo report naming
الشيخ نجار)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names
from rasd.document import Document
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_FULL = Pipeline()

# (sentence, names expected with their type, spans that must not be found)
PLACES = [
    # fresh10: an Istanbul district named after a pasha
    ("على صعيد آخر، اندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين في منطقة غازي عثمان "
     "باشا في إسطنبول.",
     {"غازي عثمان باشا": "LOC", "إسطنبول": "LOC"}, []),
    # fresh11: a village opened by بئر, quoted
    ("كشفت مصادر في المقاومة والقوات الموالية لهادي لـ«الشرق الأوسط»، عن قيام ميليشيات الحوثيين "
     "والقوات الموالية للمخلوع علي عبد الله صالح، خلال الأيام الماضية، بإعدام عدد من الأسرى في "
     "جبهة «جعولة» الممتدة من «بئر أحمد» وحتى المدينة الخضراء في شمال عدن.",
     {"بئر أحمد": "LOC", "علي عبد الله صالح": "PER"}, ["أحمد"]),
    # fresh27, snn_syria_0023: the saint's quarter of Damascus, an honorific between
    ("وكانت عائلات متحدرة من الفوعة وكفريا موجودة في ضاحية السيدة زينب قرب دمشق تظاهرت أمس "
     "الأول، بحسب المرصد، مطالبة بحماية سكان الفوعة وكفريا.",
     {"ضاحية السيدة زينب": "LOC", "دمشق": "LOC"}, ["زينب"]),  # (the suburb's KB name, kb26)
    # free news (Aleppo): an industrial quarter named after a sheikh
    ("اشتباكات وفي حلب، اندلعت اشتباكات عنيفة بين قوات المعارضة من جهة، وقوات النظام من جهة "
     "أخرى، في حندرات ومنطقة الشيخ نجار، وقتلت المعارضة 3 جنود وجرحت آخرين.",
     {"الشيخ نجار": "LOC", "حندرات": "LOC"}, ["نجار"]),
    # guard, fresh15: وأدى ("performed") folds to وادي ("valley"); the KB person stays a person
    ("ونظمت مراسم شبيهة في باكستان أيضا. وأدى حافظ سعيد، رئيس المنظمة الإسلامية الباكستانية "
     "التي تعتبر غطاء للمجموعة المسؤولة عن اعتداءات مومباي الدموية في 2008، الأسبوع الماضي صلاة "
     "«الجنازة» أمام ألف من مريديه في مدينة لاهور شرقا.",
     {"حافظ سعيد": "PER", "لاهور": "LOC"}, []),
    # guard, fresh11: a KB person after a body noun stays the person (no area noun before him)
    ("وقال عبد الحليم ياسر، عضو تنسيقية كربلاء للحراك المدني المنظمة للتظاهرة، «سنواصل هذا "
     "الحراك إلى أن تتحقق مطالبنا».",
     {"عبد الحليم ياسر": "PER", "كربلاء": "LOC"}, []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PLACES)
def test_places_named_for_persons(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


def _full(text: str) -> Document:
    return _FULL(make_document(Record(origin="t", text=text, id="t")))


# (sentence, facility or None, its type, spans that must not be found): the whole pipeline,
# since facilities are named in the nominal stage
FACILITIES = [
    # fresh2: a hotel the tagger read as a company
    ("نفذت العشرات من الأسر اليمنية وأهالي المختطفين وقفة احتجاجية صباح أمس أمام فندق شيراتون "
     "وسط صنعاء، للتنديد باختطاف ذويهم.",
     "فندق شيراتون", "LOC", ["شيراتون"]),
    # fresh21: a mosque named after a saint the tagger read as a group
    ("وفي محافظة عدن، سيطرت ميليشيات الحوثي على مسجد العيدروس التاريخي وعدد من المواقع واتخذتها "
     "ثكنا وفجرت بعضها.",
     "مسجد العيدروس", "LOC", ["العيدروس"]),
    # guard, snn_region_0453 (a title it lists): a mosque for the Sunnis, no mosque's name
    ("هدم آخر مسجد للسنّة في طهران",
     None, "", ["مسجد للسنّة"]),
]


@pytest.mark.parametrize(("text", "facility", "etype", "absent"), FACILITIES)
def test_facilities_named_by_a_body(text: str, facility: str | None, etype: str,
                                    absent: list[str]) -> None:
    doc = _full(text)
    found = {doc.text[e.start:e.end]: e.type for e in doc.entities}
    if facility is not None:
        assert found.get(facility) == etype, found
    for span in absent:
        assert span not in found, (span, found)
