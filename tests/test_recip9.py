"""recip9 (issue 12, twenty-fifth session): the target of a strike and the counted casualties.

- `reached.reached_object`: an attack or coercion told by its noun takes the object of a
  verb of reaching after it (القصف الذي طال الأحياء السكنية، قصف بقذائف …، طالت أحياء
  سكنية) or before it with the noun for subject (أصابت الغارات أهدافا عدة); a settlement
  reached stays the place (gold rule 18).
- `sites.struck_site` in `arguments.places`: a named building, base or post struck or
  besieged stays the recipient (gold rule 26: مسجد قوات الطوارئ، قاعدة العند الجوية); a
  site taken stays the place.
- `victims.give_victims`: victims counted before the attack that caused them are its
  recipients beside what it struck (قتل 21 شخصًا … في ثلاث هجمات استهدفت مناطق); one
  uncounted victim of a place shelled stays out (مقتل مدني … في قصف … على أحياء سكنية).

Sentences from the dev sets (fresh, fresh8, fresh10, fresh13, fresh15, fresh17, region) and
the free news (snn_*); the guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import places, recipients

ROWS = [
    # snn_region_0259: a deed noun, a relative and طال
    ("وقال شهود عيان: إن المنطقة تشهد وضعاً إنسانياً مأساوياً، بسبب القصف الذي طال الأحياء "
     "السكنية.", "القصف", ["الأحياء السكنية"]),
    # fresh13 (and snn_syria_0106): أصاب before the definite noun, its subject
    ("وفي العراق أصابت الغارات أهدافا عدة قرب تسع مدن بينها الموصل ومخمور والفلوجة.",
     "الغارات", ["أهدافا عدة"]),
    # guard, snn_syria_0297: the towns reached are the places, no recipient
    ("وانسحب هذا المشهد على ريف إدلب، حيث نفّذ الطيران الحربي غارات عدة، طالت مدينة بنش "
     "وبلدات طعوم وسرمين وتفتناز بريف إدلب الشمالي.", "غارات", []),
    # fresh10: a named mosque struck (rule 26), not moved to the places
    ("أعربت الجمهورية العراقية عن استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجد قوات "
     "الطوارئ بمنطقة عسير وأسفر عن سقوط عدد من الشهداء والجرحى .", "تفجير",
     ["مسجد قوات الطوارئ"]),
    # fresh15: a base besieged (rule 26)
    ("وواصلت القوات الموالية للرئيس الشرعي عبد ربه منصور هادي، حصارها لقاعدة العند الجوية "
     "الواقعة في المحافظة.", "حصارها", ["قاعدة العند الجوية"]),
    # guard, region: a base taken is the place, no recipient
    ("وكان قائد عملية استعادة قاعدة العند، اللواء فضل حسن، قد تحدث قائلا إن مقاتلي الجيش "
     "والمقاومة الشعبية، سيطروا على قاعدة العند الجوية، ويتقدمون باتجاه المعسكر غربي "
     "القاعدة.", "سيطروا", []),
    # guard, snn_region_0205: a fight for a base has sides, no target
    ("ففي محافظة لحج تستمر المعارك من أجل السيطرة على قاعدة العند العسكرية الاستراتيجية، التي "
     "يسيطر عليها الحوثيون منذ بضعة أشهر.", "المعارك", []),
    # fresh17: the counted dead told before the attacks, beside the areas they targeted
    ("فقد قتل 21 شخصًا على الاقل مساء أمس، في ثلاث هجمات استهدفت مناطق في بغداد.", "هجمات",
     ["مناطق", "21 شخصًا"]),
    # fresh8: the same after جراء
    ("قتل 3 فلسطينيين وأصيب 20 آخرون أمس الخميس جراء انفجار غامض داخل منزل في مدينة رفح "
     "جنوب قطاع غزة.", "انفجار", ["منزل", "3 فلسطينيين"]),
    # guard, team: the five after وأصيب are wounded, not the dead counted first
    ("وقال المرصد إن طفلا واحدا على الأقل قتل وأصيب خمسة أشخاص في ضربات جوية يوم الجمعة على "
     "مناطق خاضعة للمعارضة.", "ضربات جوية", ["مناطق خاضعة للمعارضة"]),
    # guard, fresh: one uncounted civilian killed in the shelling of an area is its toll
    ("ونقل الموقع عن مصادر في اليمن، مقتل مدني وإصابة 4 آخرين في قصف شنّه الحوثيون "
     "وميليشيات \"صالح\" على أحياء سكنية في مدينة تعز، ليلة السبت.", "قصف", ["أحياء سكنية"]),
]


@pytest.mark.parametrize("text,trigger,expected", ROWS)
def test_recipient(text: str, trigger: str, expected: list[str]) -> None:
    assert recipients(text, trigger) == expected


def test_reached_past_weapons() -> None:
    """snn_region_0688: past the weapons (ب + a trigger noun) and a comma, the areas reached
    are the shelling's target (the wounded before it may join them)."""
    text = ("وقال مصدر محلي إن \"عدداً من المدنيين أصيبوا في قصف بقذائف مدفعية حوثية، طالت "
            "أحياء سكنية في مدينة تعز، مركز المحافظة التي تحمل الاسم ذاته\".")
    assert recipients(text, "قصف")[0] == "أحياء سكنية"


def test_site_keeps_its_place() -> None:
    """fresh10: the mosque is the recipient and the province it lies in still the place."""
    found, _ = places(ROWS[3][0], "تفجير")
    assert found == ["عسير"]
