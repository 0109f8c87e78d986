"""Place readings of places21 (issue 12), each a place the deed's own sentence ties it to
that no pass read: a deed told as going with another (ترافق/تزامن … مع:
`context.accompanied_place`), the resumptive فيها (`context._resumptive`, which never
matched it: bare() took its ف for the conjunction), a street named by the plural شوارع
(`place_nouns`), and a deed a place suffered in a relative clause on it (التي دمرت في
معارك، past nationality adjectives: `places.witness_place`). Each row is a sentence of a
dev set, the demo corpus or the region news, its trigger, and the places (with their basis)
a reader records; the guard rows are firings of looser variants that were wrong."""

from __future__ import annotations

import pytest

from event_helpers import places_of

FOUND = [
    # demo (aawsat): a relative clause with فيها on the deed; main gave no place
    ("وقالت إن «إعادة بناء غزة، التي دمرت فيها المقاتلات الإسرائيلية 18 ألف بيت، لم تتقدم "
     "بسبب القيود المفروضة على الحدود».", "دمرت", [("غزة", "sentence")]),
    # demo: the shelling went with the clashes told before it, in the east Homs countryside
    ("يأتي هذا في وقت تستمر فيه الاشتباكات بين قوات النظام وعناصر تنظيم داعش في محيط حقلي "
     "شاعر وجزل بريف حمص الشرقي، وترافق ذلك مع قصف الطيران الحربي على مناطق الاشتباك، فيما "
     "قصفت قوات النظام الحولة وتلبيسة بريف حمص الشمالي.", "قصف",
     [("ريف حمص الشرقي", "sentence")]),
    # team gold (qaryatayn-christians-abducted, Reuters) and the demo: the Kurdish attack
    # went with the kidnapping raid on villages in north-east Syria
    ("وفي فبراير شباط خطف مقاتلو التنظيم 250 مسيحيا اشوريا على الأقل بينهم الكثير من الأطفال "
     "والنساء في هجمات على قرى بشمال شرق سوريا في عملية خطف جماعي تزامنت مع هجوم شنته قوات "
     "كردية في نفس المنطقة بدعم من غارات جوية لتحالف تقوده الولايات المتحدة.", "هجوم",
     [("سوريا", "sentence")]),
    # demo (another outlet): the exchanged shelling went with the clashes at al-Khalidiya
    ("دارت اشتباكات على أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون شمال حلب، بين قوات "
     "النظام مدعمة بقوات الدفاع الوطني من طرف، وغرفة عمليات فتح حلب من طرف آخر، ترافق مع قصف "
     "متبادل من الطرفين على مناطق الاشتباكات.", "قصف", [("الخالدية", "sentence")]),
    # demo: one of Latakia's streets (شوارع), then ف + the killing
    ("لكن المرصد السوري ومؤيدين للرئيس السوري على وسائل التواصل الاجتماعي قالوا إن سليمان "
     "الأسد غضب حين تجاوزه العقيد الشيخ بسيارته التي كان يستقلها بصحبة أسرته في أحد شوارع "
     "اللاذقية فقتله بالرصاص على مقربة بعد ذلك بقليل.", "قتله", [("اللاذقية", "sentence")]),
    # team gold (latakia-assad-relative-arrest): the same street, another outlet's words
    ("لكن المرصد السوري لحقوق الإنسان وانصار الأسد على وسائل التواصل الاجتماعي ذكروا أن "
     "سليمان الأسد شعر بالغضب عندما تخطت سيارة العقيد حسان الشيخ الذي كان برفقته عائلته سيارة "
     "سليمان في أحد شوارع اللاذقية مما دفعه لإطلاق النار عليه بعد ذلك بوقت قصير.",
     "إطلاق النار", [("اللاذقية", "sentence")]),
    # demo (three outlets): the battles Kobani suffered, told in a relative clause on it
    ("وقد استهدف الهجوم حشدا من الشباب المؤيدين للأكراد كانوا يريدون المشاركة في إعادة إعمار "
     "مدينة كوباني أو عين العرب الكردية السورية التي دمرت في معارك ضارية استمرت 4 أشهر.",
     "معارك", [("عين العرب", "sentence")]),
    # region news (alriyadh): the province that witnessed the clashes, a comma before التي
    ("واستهدفت ضربات طيران التحالف العربي، مخازن سلاح للمتمردين في معسكر مره بمحافظة شبوة، "
     "التي شهدت مواجهات عنيفة بين المقاومة الشعبية وميليشيات الحوثي وصالح.", "مواجهات",
     [("شبوة", "sentence")]),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_place_found(text: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text, trigger) == expected


GUARDED = [
    # demo: أسواق is no place noun: with it the looting (from Syria and Iraq) took the
    # London market the window reached across the next verb, and the story's raids then
    # took London as the lead's place
    ("واستشهدت الصحيفة في تقريرها بخبير الآثار، مارك الطويل، وهو أميركي من أصل عراقي، في "
     "رحلة بحث عن تحف نهبت من سوريا والعراق، فوجدها تباع في أسواق لندن.", "نهبت", "لندن"),
]


@pytest.mark.parametrize("text,trigger,absent", GUARDED)
def test_place_guarded(text: str, trigger: str, absent: str) -> None:
    assert all(absent not in p for p, _ in places_of(text, trigger))
