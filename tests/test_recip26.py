"""recip26 (issue 12): an object pronoun on a deed verb or on a deed noun whose genitive is
what is done names its recipient, the phrase before it in its sentence that it agrees with
(rasd.events.suffixes). Sentences from the dev sets (fresh2, fresh7, fresh10, fresh13,
fresh19, region, team) and the demo corpus; the refusals from the demo and the news."""

from __future__ import annotations

import pytest

from event_helpers import recipients
from rasd.pipeline import extract_text

FOUND = [
    # fresh2: the deed told right before lends its recipient (أعدم 11 شابًا … اختطافهم)
    ("أعلن مصدر أمني عراقي أن تنظيم داعش أعدم 11 شابًا بعد اختطافهم من مناطق جنوب وغرب "
     "الموصل.", "اختطافهم", ["11 شابًا"]),
    # team: the same, a thing destroyed (عددا من السيارات المفخخة … تدميرها)
    ("ومن جانبه قال التلفزيون السوري إن القوات الحكومية منعت عددا من السيارات المفخخة من "
     "الوصول لأهدافها ونجحت في تدميرها وقتلت أيضا مسلحين من المعارضة.", "تدميرها",
     ["السيارات المفخخة"]),
    # fresh7: a verb's object suffix, the counted children named at the sentence's start,
    # past a relative clause closed by a comma
    ("واكد ثلاثة اطفال في التقرير انهم قاموا \"بالتوقيع على اعترافات مكتوبة بالعبرية التي "
     "لا يفهمونها، بعد أن هددهم المحققون\".", "هددهم", ["ثلاثة اطفال"]),
    # fresh10: a patient possessive (لاتهامه: the accused), a name past a relative clause
    ("واندلعت الحرب الأهلية في ديسمبر 2013 في العاصمة جوبا عندما أقال الرئيس سلفا كير، وهو "
     "من قبيلة الدينكا، نائبه السابق رياك مشار الذي ينتمي إلى قبيلة النوير، لاتهامه "
     "بالتخطيط لانقلاب.", "اتهامه", ["رياك مشار"]),
    # fresh11: a deed noun after a passive auxiliary (يتم اعتقالهم), a counted phrase
    ("واشارت الى ان نحو 500-700 طفل فلسطيني من عمر 12 عاما يتم اعتقالهم ومحاكمتهم أمام "
     "المحاكم العسكرية الإسرائيلية كل عام.", "اعتقالهم", ["500-700 طفل فلسطيني"]),
    # the demo corpus (snn_syria_0438): the same (تم اعتقاله), past the party a clause
    # between names after a noun with ل (لمصلحة حزب الله)
    ("إلى ذلك أعلن جهاز الأمن الداخلي الإسرائيلي أمس أن مواطنا سويديا من أصل فلسطيني يشتبه "
     "بأنه تجسس لمصلحة حزب الله تم اعتقاله ووجهت إليه تهمة تسليم معلومات.", "اعتقاله",
     ["مواطنا سويديا"]),
    # region: the object told before the verb whose subject follows it (178 شخصا … تحتجزهم)
    ("قال الجيش النيجيري في ساعة متأخرة من مساء يوم الأحد إنه أنقذ 178 شخصا كانت جماعة بوكو "
     "حرام المتشددة تحتجزهم في ولاية بورنو النيجيرية .", "تحتجزهم", ["178 شخصا"]),
    # fresh19: the whole group, not the part named after بينهم
    ("من جهة أخرى أحبطت قوات حرس الحدود المصرية محاولة تسلّل 45 شخصًا بينهم 12 سودانيًا، "
     "للحدود الجنوبية وتم ضبطهم.", "ضبطهم", ["45 شخصًا"]),
    # the demo corpus (snn_syria_0092): a deed noun's pronoun, the tank destroyed just before
    ("في حين تمكنت الفصائل المقاتلة من تدمير دبابة لقوات النظام، عبر استهدافها بصاروخ تاو، "
     "وذلك خلال اشتباكات بين الطرفين.", "استهدافها", ["دبابة لقوات النظام"]),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_suffix_names_the_recipient(text: str, trigger: str, expected: list[str]) -> None:
    assert recipients(text, trigger) == expected


NOT_FOUND = [
    # fresh15: the pronoun of a deed noun with its own object after ل is its agent
    ("اتهمت منظمة هيومن رايتس ووتش المتمردين الحوثيين بارتكاب جرائم حرب في اليمن وذلك من "
     "خلال استهدافهم للمدنيين بالصواريخ.", "استهدافهم", "المتمردين الحوثيين"),
    # fresh11: after a light verb the deed noun's pronoun is that verb's subject
    ("فيما أكدت هيئة شؤون الأسرى والمحررين أن سلطات الاحتلال الإسرائيلي ومصلحة سجونها ما "
     "زالت تواصل اعتقالاتها وانتهاكاتها بحق الأطفال.", "اعتقالاتها",
     "سلطات الاحتلال الإسرائيلي"),
    # fresh11: what is launched is the weapon, not a target
    ("نجحت وحدات الدفاع الجوي السعودي في التصدي لصاروخ “سكود” أطلقه العدو من عمق الأراضي "
     "اليمنية.", "أطلقه", "سكود"),
    # the demo corpus (snn_syria_0294): inside a relative clause whose head is its verb's
    # subject, the pronoun stands for another (حلب), not the nearest party
    ("وربما الاضطرار لاحتلال حلب، لجعلها عاصمة للدولة الإسلامية، وخالية من قوات النظام "
     "والتنظيمات الدينية التي تناوبت كلها على تدميرها.", "تدميرها", "قوات النظام"),
    # the demo corpus (snn_syria_0353): a part of them (قسم منهم) was arrested
    ("لا يزال مجهولا مصير 230 مواطنا اختطفهم تنظيم الدولة الإسلامية بينهم العشرات من "
     "المسيحيين، قسم منهم تم اعتقاله من دير مار اليان.", "اعتقاله",
     "تنظيم الدولة الإسلامية"),
    # region: a deed only purposed (لكي لا يتم استهدافها) names no target to point back to
    ("لكنه يواجه تكتيكا جديدا بات يستخدمه التنظيم ويتمثل في جلب إمدادات بسيارات مدنية "
     "تتكون من سيارة أو سيارتين، وغالبا ما تحمل بعض المدنيين بمن فيهم الأطفال والنساء لكي "
     "لا يتم استهدافها من قبل الطيران.", "استهدافها", "سيارة"),
    # the news (snn_region_0252): a name right before a verb with no subject after it may
    # be its subject; the name before that is no object either
    ("أي أنه وحسب القيادي الفلسطيني عاطف أبو بكر فجمال عبدالناصر قتله مسدس إسرائيلي بأياد "
     "فلسطينية.", "قتله", "عاطف أبو بكر"),
]


@pytest.mark.parametrize("text,trigger,wrong", NOT_FOUND)
def test_suffix_names_no_wrong_party(text: str, trigger: str, wrong: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    assert all(wrong not in t(r) for r in hits[0].recipient)
