"""rasd.events.victims.counted_object and counted_before on sentences of the dev articles
(Jerusalem, Lebanon, Yemen, Nigeria, Iraq, Turkey, Afghanistan reports): a deed done to
people takes the counted phrase right after it, or, written as a passive with no object,
the counted subject before it, as its recipient (recip19)."""

from __future__ import annotations

import pytest

from event_helpers import recipients
from rasd.pipeline import extract_text

COUNTED = [
    # the object of an arrest verb past a hedge: a counted nationality names people
    ("وأغلقت الشرطة جميع الطرقات إلى الحرم القدسي، واعتقلت نحو 20 فلسطينيا.", "اعتقلت",
     ["20 فلسطينيا"]),
    ("من جهة أخرى، أفادت تقارير إخبارية الخميس بأن قوات إسرائيلية اعتقلت الليلة الماضية 15 "
     "فلسطينيًا في الضفة الغربية.", "اعتقلت", ["15 فلسطينيًا"]),
    # past the recipient preposition of the deed's type (COERCE: على) and a vague count
    ("وأبان أن الحكومة الشرعية قبضت على العشرات من الأطفال الذين غرر بهم من قبل "
     "المتمردين.", "قبضت", ["العشرات من الأطفال"]),
    # a compound number (ثلاثة عشر) counts people as one count
    ("وأوقفت قوى الجيش ثلاثة عشر شخصاً من التابعية السورية لتجوّلهم داخل الاراضي "
     "اللبنانية من دون أوراق قانونية.", "أوقفت", ["ثلاثة عشر شخصاً من التابعية السورية"]),
    # the counted subject of a passive killing with no object after it
    ('وقال غامندي ان "تسعة من مزارعي البطيخ قتلوا الاسبوع الماضي في دابار ويا" بالمنطقة '
     "نفسها.", "قتلوا", ["تسعة من مزارعي البطيخ"]),
    ("واكد البيان ان 488 عنصرا من منتسبي قوات الامن العراقية قتلوا خلال الشهر الماضي.",
     "قتلوا", ["488 عنصرا من منتسبي قوات الامن العراقية"]),
    # … past a hedge, a singular nationality after a thousand (ألف أفغاني)
    ("وتقول بعثة الأمم المتحدة في أفغانستان أن قرابة ألف أفغاني قتلوا في الأشهر الأربعة "
     "الأولى من العام الحالي.", "قتلوا", ["قرابة ألف أفغاني"]),
    # … with a ل phrase after the verb (للاشتباه: no object), على الأقل left out
    ("فيما ذكرت وكالة أنباء دوجان أن ستة أشخاص على الأقل اعتقلوا للاشتباه بعلاقتهم "
     "بالحادث.", "اعتقلوا", ["ستة أشخاص"]),
    # an active killing: the counted object after it, the subject before it stays the doer
    ("قال الجيش التركي في بيان أمس إن مسلحين أكرادا قتلوا اثنين من جنوده.", "قتلوا",
     ["اثنين من جنوده"]),
]


@pytest.mark.parametrize("text,trigger,want", COUNTED)
def test_counted_recipients(text: str, trigger: str, want: list[str]) -> None:
    assert recipients(text, trigger) == want


NOT_COUNTED = [
    # a killing with an object: the counted subject before it is the doer, not the dead
    ("وقال الجيش إن 5 مسلحين قتلوا جنديا في الهجوم.", "الهجوم"),
    # a bare count names no one (10 آخرين)
    ("وقالت الشرطة إنها اعتقلت 10 آخرين.", "اعتقلت"),
]


@pytest.mark.parametrize("text,trigger", NOT_COUNTED)
def test_no_counted_recipient(text: str, trigger: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits
    assert not any(t(r)[:1].isdigit() for r in hits[0].recipient)


def test_passive_subject_is_not_the_doer() -> None:
    doc = extract_text('وقال غامندي ان "تسعة من مزارعي البطيخ قتلوا الاسبوع الماضي في دابار '
                       'ويا" بالمنطقة نفسها.', published="2015-08-01")
    ev = next(e for e in doc.events if doc.span_text(e.trigger) == "قتلوا")
    assert [doc.span_text(r) for r in ev.actor] == []
