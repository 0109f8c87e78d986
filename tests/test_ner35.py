"""ner35 (issue 14): bodies named by two fields joined by و, departments, an office's title, and
cities whose bare name is also a noun.

- A ministry's portfolio joined by و is one name (heads.tsv `coord`, `heads._portfolios`):
  وزارة السياحة والآثار، وزارة الموارد المائية والري; a conjunct that is a body of its own
  (والأجهزة الأمنية، والجيش الإسرائيلي، وهيئة الأركان) or a plain noun with no article (ومصادر
  طبية) ends the name before its و.
- دائرة names a department only with a relational adjective that is no nationality or a second
  field (heads.tsv `described`): دائرة الأوقاف الإسلامية, not دائرة العمليات الإسرائيلية.
- «خادم الحرمين الشريفين» is the Saudi king's title, no person (office_phrases.txt).
- A hand-checked city whose bare name is also a noun (مسقط) after a place preposition and before
  a punctuation mark or a word that is never its genitive (أمس) is the city; «مسقط رأسه» is not
  (ruler._city_alone, no_genitive.txt); مع is a place cue for a capital (مع كابول).

Sentences from the dev sets (fresh, fresh7, fresh19, fresh21, fresh27) and the unannotated news
(`scripts/free_news.py`: snn_region_0263, 0385, 0519, 0755, 0767; snn_syria_0031, 0057, 0240,
0268, 0277)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _entities(text: str) -> dict[str, str]:
    doc = _PIPE(make_document(Record(origin="t", text=text, id="t")))
    return {doc.text[e.start:e.end]: e.type for e in doc.entities}


# (sentence, names expected with their type, spans that must not be found)
ROWS = [
    # fresh19: a KB ministry's name runs on over its second field
    ("واتخذ النظام السابق هذه القرار تحسبا لتلف الوثائق في حال تعرضت دار الكتب للقصف خلال "
     "المعارك في 2003 حسب العلوجي الذي أشار إلى أن أحد المواقع البديلة للأرشيف النادر كان قبو "
     "وزارة السياحة والآثار.",
     {"وزارة السياحة والآثار": "ORG"}, ["وزارة السياحة"]),
    # snn_region_0519: a field with its adjective, then a second one
    ("وبين أن حجم الاستثمارات المستهدفة لبرامج وزارة الموارد المائية والري خلال العام المالي "
     "الجديد يبلغ نحو 4 مليارات.",
     {"وزارة الموارد المائية والري": "ORG"}, ["وزارة الموارد المائية"]),
    # snn_syria_0240: three fields
    ("والتوافق على إعداد خطة متكاملة بعدما كانت وزارة الاتصالات والنقل والصناعة توصلت لصياغة "
     "إطارها العام.",
     {"وزارة الاتصالات والنقل والصناعة": "ORG"}, []),
    # fresh: a state body joined by و is another body
    ("ولم يصدر أي بيان رسمي من حركة حماس أو وزارة الداخلية والأجهزة الأمنية بغزة حول "
     "التفجيرات وأسبابها.",
     {"وزارة الداخلية": "ORG"}, ["وزارة الداخلية والأجهزة الأمنية"]),
    # fresh7: the army is another body
    ("واكدت المنظمة ان وزارة الدفاع والجيش الاسرائيلي ردتا على الاتهامات.",
     {"وزارة الدفاع": "ORG", "الجيش الاسرائيلي": "ORG"}, ["وزارة الدفاع والجيش"]),
    # snn_syria_0031: a head noun joined by و opens another body
    ("إلى ذلك، طالبت وزارة الدفاع وهيئة الأركان في الحكومة السورية المؤقتة الأمين العام للأمم "
     "المتحدة بان كي مون، بالخروج عن صمته.",
     {"وزارة الدفاع": "ORG"}, ["وزارة الدفاع وهيئة الأركان"]),
    # snn_syria_0057: a plain noun with no article is no field of the ministry
    ("وأكد مصدر في وزارة الداخلية ومصادر طبية حصيلة التفجير.",
     {"وزارة الداخلية": "ORG"}, ["وزارة الداخلية ومصادر"]),
    # fresh19, fresh21, snn_region_0755: departments so described
    ("أطلقت دائرة الكتب والوثائق العراقية حملة لإنشاء نسخ رقمية من الكتب والوثائق النادرة.",
     {"دائرة الكتب والوثائق العراقية": "ORG"}, []),
    ("وقدرت دائرة الأوقاف الإسلامية في القدس، أن نحو 251 مستوطنا إسرائيليا اقتحموا المسجد.",
     {"دائرة الأوقاف الإسلامية": "ORG", "القدس": "LOC"}, []),
    ("وأوضحت دائرة الأرصاد الجوية والمسح الجيولوجي الباكستانية أن مركز الزلزال كان على عمق 200 "
     "كيلومترًا في منطقة حدودية بين باكستان وأفغانستان .",
     {"دائرة الأرصاد الجوية والمسح الجيولوجي الباكستانية": "ORG"}, []),
    # snn_syria_0277, snn_syria_0268: a circle, no department
    ("وبعدها، توسعت دائرة العمليات الإسرائيلية، حيث استهدف سلاح الجو قافلة لحزب الله في المنطقة.",
     {"حزب الله": "ORG"}, ["دائرة العمليات الإسرائيلية", "دائرة العمليات"]),
    ("ويتجلى هذا الاهتمام خلال حرص الحملة على توسعة دائرة المستفيدين من برامجها ومشاريعها.",
     {}, ["دائرة المستفيدين"]),
    # snn_region_0263: the king's title alone is no person
    ("وأعرب خادم الحرمين الشريفين باسمه واسم شعب وحكومة المملكة عن أصدق التهاني وأطيب التمنيات "
     "بالصحة والسعادة للرئيس يامين.",
     {}, ["خادم الحرمين الشريفين", "خادم الحرمين", "الشريفين"]),
    # fresh27: مسقط ("place of falling") after إلى and before أمس is Muscat
    ("حيث وصل وزير الخارجية السوري، وليد المعلم إلى مسقط أمس، والتقى نظيره يوسف بن علوي.",
     {"مسقط": "LOC", "وليد المعلم": "PER"}, []),
    # snn_region_0767: the noun in the construct state after إلى
    ("وقال في تصريح لـ «عكاظ»: بن همام وصل إلى مسقط رأسه بمديرية غيل باوزير لحضور زفاف ابنه.",
     {"بن همام": "PER"}, ["مسقط"]),
    # snn_region_0385: talks with Kabul
    ("في الوقت الذي تشهد فيه الحركة التي بدات مفاوضات سلام صعبة مع كابول منافسة كبيرة مع بروز "
     "تنظيم داعش.",
     {"كابول": "LOC"}, []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS)
def test_bodies_titles_and_cities(text: str, expected: dict, absent: list) -> None:
    found = _entities(text)
    for name, etype in expected.items():
        assert found.get(name) == etype, (name, found)
    for span in absent:
        assert span not in found, (span, found)
