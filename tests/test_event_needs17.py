"""Known triggers the needed-words check dropped (events17): an arrest verb whose arrested
people come after a place aside or initials set off by a dash or comma, and a short verb
taking the trigger noun as its object written before it (شن حملة، أكد دعمه). Sentences from
the dev gold's articles (Lebanese army communiqués, Yemen and Syria news); the lookalikes
stay no event."""

from __future__ import annotations

import pytest

from event_helpers import events_of

FOUND = [
    # the object past a place aside: «محلة المصنع - البقاع، ثلاثة عشر شخصاً»
    ("من جهة أخرى أوقفت قوى الجيش في محلة المصنع - البقاع، ثلاثة عشر شخصاً من التابعية "
     "السورية لتجوّلهم داخل الاراضي اللبنانية من دون أوراق قانونية.", "COERCE", "أوقفت"),
    # initials in brackets, then a comma, then the charge: «أوقفت السوري (م.غ)، لانتمائه»
    ("كما أوقفت السوري (م.غ)، لانتمائه إلى تنظيم جبهة النصرة.", "COERCE", "أوقفت"),
    # a short verb taking the trigger noun as its object, before it, its subject between them
    ("ويأتي دخول تركيا المعركة ضد تنظيم داعش، ثم شن حملة على حزب العمال الكردستاني، بعد وقت "
     "قصير على مقتل 32 شخصا في مدينة سروج التركية الحدودية.", "ASSAULT", "حملة"),
    ("وأكد الوزير دعمه للحكومة الشرعية في اليمن.", "SUPPORT", "دعمه"),  # (written)
]


@pytest.mark.parametrize(("text", "kind", "trigger"), FOUND)
def test_found(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) in events_of(text)


NOT_FOUND = [
    # past a comma, a preposition of another phrase (منذ نحو الشهر) is no direction of تقدم
    ("والأولوية الآن بالنسبة للنظام هي معركة الزبداني التي يعجز عن تحقيق أي تقدم فيها، "
     "رغم الخسائر الكبيرة التي تكبدها منذ بدء المعركة منذ نحو الشهر.", "ASSAULT", "تقدم"),
    # خلف before الحادث: a verb whose subject is the trigger counts only after it
    ("وإضافة إلى موت الرضيع حرقاً خلف الحادث أيضا ثلاثة مصابين من أقاربه.",
     "ASSAULT", "الحادث"),
    # a new clause opened with و after the comma: its people are no object of أوقف
    # (written for this test)
    ("وأوقفت الحكومة العمل بالقرار الصادر عن الوزارة الشهر الماضي، وطالبت المواطنين بالهدوء.",
     "COERCE", "أوقفت"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), NOT_FOUND)
def test_not_found(text: str, kind: str, trigger: str) -> None:
    assert (kind, trigger) not in events_of(text)
