"""recip27 (issue 12): what a deed of destroying, blowing up, burning or demolishing
destroyed is its recipient, a thing as well as a party (rasd.events.destroyed): the verb's
object or the verbal noun's genitive. Sentences of the dev sets (fresh13, fresh17, fresh19),
the demo corpus and the region news; the refusals from the same corpora. Each found one
fails with the pass removed."""

from __future__ import annotations

import pytest

from event_helpers import recipients

FOUND = [
    # fresh13: a verbal noun after قام ب, its genitive with its owner after ل (recip3: an
    # armed group noun with its adjective; the owner was cut off before)
    ("وأضاف موضحا: «لقد قام سلاح الجو بتفجير مخزن ذخيرة للمجموعات الإرهابية في الصابري»",
     "تفجير", ["مخزن ذخيرة للمجموعات الإرهابية"]),  # with its owner, as the gold (recip3)
    # fresh13: a named church, one name with its و
    ("وقالت وسائل الاعلام الاسرائيلية انه يشتبه باعمال أخرى، خصوصا بأنه تزعم مجموعة مسؤولة "
     "عن احراق كنيسة الخبز والسمك قرب بحيرة طبرية في 18 حزيران/يونيو الفائت.", "احراق",
     ["كنيسة الخبز والسمك"]),
    # fresh19: the verb's object past its subject (VSO after قد)
    ("وكان داعش قد دمر كنوزا أثرية في العراق بينها مدينتا نمرود والحضر الأثريتين.", "دمر",
     ["كنوزا أثرية"]),
    # fresh19: a verbal noun after تمكن من, a convoy
    ("فيما تمكنت المدفعية السعودية أمس، من تدمير رتل عسكري وعدد من الآليات كانت متجهة "
     "لتعزيز فلول الحوثيين بالقرب من الحدود السعودية.", "تدمير", ["رتل عسكري"]),
    # fresh19: tanks, a definite genitive and its adjective
    ("السبت الماضي 18 يوليو 2015 قامت المليشيات الحوثية وصالح بتفجير الخزانات الاستراتيجية "
     "للنفط والغاز بتعز محدثة كارثة بيئية حقيقة لايمكن تصورها.", "تفجير",
     ["الخزانات الاستراتيجية"]),
    # fresh17: a part noun takes the whole after من (the subject of an undergone verb)
    ("إذ قال مدير المرصد رامي عبد الرحمن \"تهدم جزء كبير من جسرين رئيسيين في ريف دير الزور "
     "جراء استهدافهما بغارات من طائرات حربية تابعة للائتلاف\".", "تهدم",
     ["جزء كبير من جسرين رئيسيين"]),
    # the region news (snn_region_0461): counted things, each its own conjunct
    ("وتمكنت المقاومة من إحراق 10 أطقم عسكرية، وتفجير دبابة وناقلة جند تحمل مدفعا مضادا "
     "للطيران في منطقة شخب بقعطبة.", "إحراق", ["10 أطقم عسكرية"]),
    # the demo corpus (snn_syria_0065): the object after the subject, a tunnel with its owner
    ("وأورد التلفزيون السوري الرسمي أن وحدة من الجيش والقوات المسلحة دمرت نفقا للتنظيمات "
     "الإرهابية بطول 70 مترا.", "دمرت", ["نفقا للتنظيمات الإرهابية"]),  # (recip3: its owner)
    # the demo corpus (snn_syria_0078): a count and its من phrase
    ("وقالت المصادر إن القصف أدى أيضا إلى تدمير عدد من العربات العسكرية التابعة للقوات "
     "الحوثية.", "تدمير", ["عدد من العربات العسكرية"]),
]

REFUSED = [
    # a definite verbal noun takes no genitive: its adjective (the region news)
    ("أدانت الحكومة اليمنية بشدة التفجير الإرهابي الذي وقع أمس في منطقة عسير.", "تفجير",
     "الإرهابي"),
    # the weapon blown up, not a target (the demo corpus)
    ("وأعلن مكتب أخبار سوريا أن الفصائل مهدت للهجوم بتفجير عربة مفخخة قرب الحاجز.", "تفجير",
     "عربة"),
    # the reflexive: who blew himself up
    ("وفجر انتحاري نفسه وسط الحشد.", "فجر", "نفسه"),
    # figurative: to spark a conflict (the region news)
    ("وهذا قد يؤدي إلى تفجير نزاع في الجنوب لتصبح القضية الجنوبية أكثر تعقيدا.", "تفجير",
     "نزاع"),
    # an ordinal adjective (fresh2)
    ("وقال المصدر إن شخصا قتل بتفجير ثان قرب المسجد.", "تفجير", "ثان"),
    # an agent phrase after a passive (fresh19)
    ("وقال إن الوثائق أحرقت بفعل فاعل خلال الأحداث.", "أحرقت", "بفعل"),
    # the genitive blew itself up: the agent (the demo corpus)
    ("ترافقت الاشتباكات مع تفجير عنصرين من التنظيم لنفسيهما بعربة مفخخة.", "تفجير",
     "عنصرين"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FOUND)
def test_destroyed_object_found(text: str, trigger: str, expected: list[str]) -> None:
    assert recipients(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "not_given"), REFUSED)
def test_destroyed_object_refused(text: str, trigger: str, not_given: str) -> None:
    got = recipients(text, trigger)
    assert not any(not_given in r.split() for r in got), got
