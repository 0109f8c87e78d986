"""kb13 (issue 14): a report's own masthead is the outlet that published it; Fatah's full
name and bodies; the occupation's prison service.

1. SaudiNewsNet's papers quote their sources «لـ"الوطن"», «علمت «الرياض»», «مصادر الجزيرة»:
   in the paper's own report (`meta.source`, through `data/outlets.tsv`'s `kb` column) the
   bare masthead is that paper — not the homeland, the city of Riyadh or Al Jazeera. Quoted,
   bracketed or after لـ any masthead; tagged ORG, one that is no everyday word or that the KB
   reads as another outlet. In another outlet's report, or unquoted, nothing changes.
2. حركة التحرير الوطني الفلسطيني (فتح) is Fatah; its Central Committee and Revolutionary
   Council are entries (as Hamas's Political Bureau was); «إدارة سجون الاحتلال» is the IPS.
3. Juba, South Sudan's capital, a curated city (GeoNames' is a small place the linker leaves
   unlinked outside its country); بن قردان (Ben Gardane) in two words.

Sentences from the region news (snn_region_*), the demo corpus (snn_syria_*) and the dev sets."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.kb import get_kb
from rasd.outlets import outlets
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _doc(text: str, source: str | None) -> Document:
    rec = Record(origin="t", text=text, id="t", source=source)
    return next(iter(_PIPE.pipe([make_document(rec)])))


def _link_of(text: str, source: str | None, span: str) -> str | None:
    doc = _doc(text, source)
    found = [e for e in doc.entities if doc.span_text(e) == span]
    assert found, f"no entity {span!r} in {[doc.span_text(e) for e in doc.entities]}"
    return found[0].link.id if found[0].link else None


# (sentence, the report's outlet, span, its link)
OWN = [
    ('وأكد مسؤولون في المطار لـ"الوطن" أن مدرجات المطار تمت إعادة صيانتها وإصلاحها.',
     "alwatan", "الوطن", "org-al-watan-sa"),  # snn_region_0652
    ('من جانبه، أكد الخبير العسكري الدكتور فهد الشليمي لـ"الوطن" أن الثاني من أغسطس يمثل '
     'جرحا كبيرا في النفسية الكويتية والخليجية.',
     "alwatan", "الوطن", "org-al-watan-sa"),  # snn_region_0424
    ('وقال لـ"الوطن": نظرا لمحاصرة القوات الأمنية قضاء الفلوجة هرب معظم قيادات داعش من '
     'المدينة.', "alwatan", "الوطن", "org-al-watan-sa"),  # snn_syria_0063
    ("إلى ذلك علمت «الرياض» أن الانقلابيين الحوثيين اختطفوا أكثر من 25 صحفياً وكاتباً.",
     "alriyadh", "الرياض", "org-al-riyadh-newspaper"),  # snn_region_0745
    ('وذكرت مصادر "الرياض" أن الاشتباكات في تعز أدت إلى مقتل العشرات.',
     "alriyadh", "الرياض", "org-al-riyadh-newspaper"),  # snn_syria_0181
    ("وقال الدكتور أحمد المساري رئيس الكتلة النيابية لتحالف القوى العراقية لـ(الجزيرة) عبر "
     "الهاتف ان هذه التصريحات لا تعبر عن وجهة نظر التحالف.",
     "aljazirah", "الجزيرة", "org-al-jazirah-newspaper"),  # fresh21
    ("وأوضح شهود عيان لـ «الجزيرة» أن شرطة الاحتلال منعت العشرات من أطفال المخيمات.",
     "aljazirah", "الجزيرة", "org-al-jazirah-newspaper"),  # fresh11
]

# the same words where they are not the report's own masthead
OTHERS = [
    # another paper's report: the channel, the homeland, the city
    ("وأوضح شهود عيان لـ «الجزيرة» أن شرطة الاحتلال منعت العشرات من أطفال المخيمات.",
     "okaz", "الجزيرة", "org-al-jazeera"),
    ("وقال محافظ عدن في مؤتمر صحفي عقده في الرياض أمس إن الحكومة ستعود قريبا.",
     "alriyadh", "الرياض", "sa-city-riyadh"),  # unquoted in al-Riyadh's own report
    ("إلى ذلك علمت «الرياض» أن الانقلابيين الحوثيين اختطفوا أكثر من 25 صحفياً وكاتباً.",
     None, "الرياض", "sa-city-riyadh"),  # no outlet known: as before
]


@pytest.mark.parametrize(("text", "source", "span", "link"), OWN + OTHERS)
def test_own_masthead(text: str, source: str | None, span: str, link: str) -> None:
    assert _link_of(text, source, span) == link


def test_every_outlet_names_a_kb_media_entry() -> None:
    kb = get_kb()
    for slug, row in outlets().items():
        if row["kb"]:
            entry = kb.get(row["kb"])
            assert entry is not None and entry.kind == "media", slug


PALESTINE = [
    ("أكدت حركة التحرير الوطني الفلسطيني فتح أن المقاومة الشعبية حق للشعب الفلسطيني.",
     "حركة التحرير الوطني الفلسطيني فتح", "org-fatah"),
    ("وذكر عضو اللجنة المركزية لحركة «فتح» بعد اجتماع اللجنة أمس أن الرئيس عباس يريد أن "
     "يستغل العملية.", "اللجنة المركزية لحركة «فتح»", "org-fatah-central-committee"),  # 0470
    ("وقال عضو المجلس الثوري لحركة فتح إن الحركة ترفض العودة إلى المفاوضات.",
     "المجلس الثوري لحركة فتح", "org-fatah-revolutionary-council"),
    ("وأفاد نادي الأسير بأن إدارة سجون الاحتلال نقلت الأسير محمد علان إلى المستشفى.",
     "إدارة سجون الاحتلال", "org-ips"),
]


PLACES = [
    # fresh15: South Sudan's capital beside Khartoum, in a Sudanese report
    ("لاجئ من جنوب السودان إلى منطقة أبيي المتنازع عليها بين الخرطوم وجوبا.", "جوبا",
     "ss-city-juba"),
    # fresh13: the Tunisian border town in two words
    ("بعد قيام مجموعات خارجة عن القانون في منطقة بن قردان بالهجوم على السيارات الليبية.",
     "بن قردان", "city-tn-ben-gardane"),
]


@pytest.mark.parametrize(("text", "span", "link"), PALESTINE + PLACES)
def test_bodies_and_places(text: str, span: str, link: str) -> None:
    assert _link_of(text, None, span) == link
