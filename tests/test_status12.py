"""Background dated by a time that opens its sentence (status12): a time right at the
sentence's start, after في / خلال / مطلع … only (وفي فبراير شباط، وفي الشهر الماضي، وفي مطلع
الشهر الحالي،), dates every deed the sentence tells, however far on, up to a present verb or
a time of the deed's own; when it lies a week or more before publication (a month gone by,
an earlier year, the start of the month a week or more back) the deeds are background:
historical. Not a time a day or a few days back (مساء الخميس، يوم الجمعة، قبل أيام), not the
week gone by (الأسبوع الماضي), not a deed told by a present verb. Each row is a real
sentence of a dev article (set named) or of the news of other outlets (/work/wt/notes/free,
record named), with its article's date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # an opening month or year gone by dates deeds far on in the sentence (team
    # qaryatayn-christians-abducted, fresh8 libya-un-geneva-talks-new-round, fresh25
    # austrian-court-jails-chechen)
    ("وفي فبراير شباط خطف مقاتلو التنظيم 250 مسيحيا اشوريا على الأقل بينهم الكثير من الأطفال "
     "والنساء في هجمات على قرى بشمال شرق سوريا في عملية خطف جماعي تزامنت مع هجوم شنته قوات "
     "كردية في نفس المنطقة بدعم من غارات جوية لتحالف تقوده الولايات المتحدة.", "2015-08-07",
     "غارات جوية", "historical"),
    ("وفي الشهر الماضي وقعت بعض الفصائل اتفاقاً مبدئياً رعته الأمم المتحدة لتشكيل حكومة وحدة "
     "لكن المندوبين من المؤتمر الوطني المنتهية ولايته ومقره العاصمة الليبية قاطعوا الاجتماع.",
     "2015-08-08", "قاطعوا", "historical"),
    ("وفي نوفمبر (تشرين الثاني) من سنة 2014 أعلنت النيابة في فيينا أن 13 شخصا يشتبه بأنهم "
     "قاموا بتجنيد متشددين للقتال في سوريا أوقفوا في إطار حملة مداهمات واسعة جرت في النمسا، "
     "استهدفت منازل وأماكن صلاة ومساجد في مختلف أنحاء البلاد.", "2015-07-23", "مداهمات",
     "historical"),
    # the start of the current month, three weeks before publication (fresh
    # faryab-market-suicide-bombing)
    ("وفي مطلع الشهر الحالي، قتل 33 شخصا غالبيتهم من المدنيين في هجوم انتحاري بالقرب من مدخل "
     "كامب تشابمان التابع للحلف الاطلسي في ولاية خوست على الحدود مع باكستان.", "2015-07-23",
     "هجوم انتحاري", "historical"),
    # ... not a time a day or days back (fresh2 nigeria-damaturu-eid-bombings, fresh11
    # israel-cabinet-administrative-detention-duma, team zabadani-surrender-deal)
    ("ومساء الخميس، قتل ما لا يقل عن 49 شخصا في انفجار قنبلتين في مدينة غومبي جنوب داماتورو في "
     "سوق كان الناس يتبضعون فيه قبل العيد.", "2015-07-17", "انفجار", "asserted"),
    ("ويوم الجمعة أحرق يهوديان متطرفان منزلا فلسطينيا مما أدى إلى استشهاد رضيع فلسطيني وإصابة "
     "والديه وشقيقه بحروق خطيرة.", "2015-08-02", "أحرق", "asserted"),
    ("وأضاف: «قبل أيام تم طرح إيقاف إطلاق النار في الزبداني مقابل إيقاف إطلاق النار في الفوعة، "
     "إلا أنه رفض ذلك ثم عاد ووافق جزئيا بضغط من إيران، لكنه لم يلتزم نهائيا».", "2015-07-25",
     "رفض", "asserted"),
    # ... nor the week gone by, nor a deed a present verb tells (fresh11
    # wfp-first-aid-ship-aden-dar-saad-shelling)
    ("وفي الأسبوع الماضي وصلت قافلتا شاحنات تابعتان للأمم المتحدة لكن المطار- الذي يشهد قتالا "
     "عنيفا- مغلق.", "2015-07-22", "قتالا", "asserted"),
]


@pytest.mark.parametrize(("text", "published", "word", "want"), ROWS)
def test_status12(text: str, published: str, word: str, want: str) -> None:
    assert status_of(text, published, word) == want
