"""Declared readiness and training (events35, issue 12), per the settled conventions 10 and 6
(tests/gold/README.md): readiness takes its category from its ل-complement (to talk or
cooperate AGREE, to concede or settle CONCEDE, to fight none); training is a deed only with
trainees of war (another's forces: AID; a party's own fighters: MOBILIZE) or received by
fighters (تلقوا تدريبات). Data: data/events/triggers.tsv (section events35), senses.json
(entries and classes of block events35), markers.json (readiness_heads, predicate_triggers,
receive_verbs). Sentences from the dev gold sets, the demo corpus and the region news."""

from __future__ import annotations

import pytest

from event_helpers import actors, events_of, recipients
from rasd.pipeline import extract_text

FOUND = [
    # readiness to talk or cooperate: AGREE
    ("وقال المتحدث الرسمي إن الحكومة العراقية أعلنت رفضها تعرض قرى إقليم كردستان لقصف "
     "الطائرات التركية، لكنها على استعداد للحوار مع أنقرة لحلحلة المشكلة عبر القنوات "
     "الدبلوماسية.", "AGREE", "على استعداد"),  # fresh2
    ("وأعرب عن استعداده للتعاون مع الولايات المتحدة والمجتمع الدولي لاتخاذ كافة الإجراءات.",
     "AGREE", "استعداد"),  # fresh19
    ("من جانبه، أعلن كمال كليتشدار أوغلو زعيم حزب الشعب الجمهوري، وهو أبرز حزب معارض أمس، "
     "استعداده للمشاركة في حكومة ائتلافية مع حزب العدالة والتنمية.", "AGREE",
     "استعداد"),  # fresh10
    ("وأضاف: \"أعلم أن الولايات المتحدة مستعدة لبحث أي خيار دبلوماسي قد يتحدث عن نفسه.",
     "AGREE", "مستعدة"),  # demo
    ("وقال دزيي: «نحن مستعدون للمفاوضات.", "AGREE", "مستعدون"),  # region news
    ("مؤكدا أن التحالف مستعد للتعاون مع أي تحقيق في اليمن.", "AGREE", "مستعد"),  # fresh23
    # readiness to concede or settle: CONCEDE
    ("وقالت الخارجية الروسية إن لافروف أبلغ نظيره الأمريكي بأن السلطات السورية مستعدة لفتح "
     "الطريق أمام المسلحين.", "CONCEDE", "مستعدة"),  # seed
    ("وكان زعيم الحوثيين أكد الاحد انه مستعد لحل سياسي في اليمن.", "CONCEDE",
     "مستعد"),  # fresh21
    ("ويبدو أن اختياره يلمح إلى أن «دائرة حقاني»، وهو فصيل تنامت قوته تدريجيًا، لديه استعداد "
     "للتوصل لتسوية بخصوص اختيار القيادة.", "CONCEDE", "استعداد"),  # demo
    # training given to another's forces: AID
    ("كما يتم الآن تدريب أبناء الحشد الوطني المتطوعين على يد قوات تركية خاصة وذلك لخوض "
     "معركة تحرير الموصل.", "AID", "تدريب"),  # fresh17
    ("وقال المصدر إنه تم تدريب 54 مقاتلا في تركيا لمواجهة «داعش».", "AID",
     "تدريب"),  # demo (a counted object)
    ("ضمن جهود الائتلاف لتقديم المشورة وتدريب القوات العراقية.", "AID", "تدريب"),  # fresh17
    ("توجت باتفاق على دعم مصري لليمن يتمثل في إرسال قوات لحماية موانئ الجنوب وتدريب ضباط "
     "يمنيين.", "AID", "تدريب"),  # fresh11
    ("أكد السفير اليمني السابق أن نظام بشار الأسد تورط في تدريب مقاتلين حوثيين.", "AID",
     "تدريب"),  # demo
    # training received by fighters: AID
    ("من جهة أخرى، أشار وارن إلى أن نحو 1800 مقاتل عشائري تلقوا تدريبات وتجهيز، كجزء من "
     "برنامج التدريب هذا.", "AID", "تدريبات"),  # fresh17
    ("ولفتت إلى أن نحو عشرة ألف مقاتل يمني تلقوا دورات تدريبية خلال الأشهر الأربعة "
     "الماضية.", "AID", "دورات تدريبية"),  # fresh11
    ("وكان هؤلاء ضمن وحدة تلقت تدريبات على يد جنود أمريكيين في تركيا.", "AID",
     "تدريبات"),  # region news
    # a party training its own fighters: MOBILIZE
    ("تستمر المقاومة الشعبية في تدريب المقاتلين في معسكرات خاصة بمحافظة الضالع، وإرسالهم "
     "إلى القتال في بقية الجبهات.", "MOBILIZE", "تدريب"),  # fresh11
]


@pytest.mark.parametrize(("text", "type_", "trigger"), FOUND)
def test_found(text: str, type_: str, trigger: str) -> None:
    evs = events_of(text)
    assert any(t == type_ and w.startswith(trigger) for t, w in evs), evs


NOT_FOUND = [
    # readiness to fight, or for what is no concession nor talk
    ("مشددًا على أن «الجيش مستعد لأي مفاجأة من قبل تنظيم «داعش».", "CONCEDE"),  # fresh4
    ("كاميرون: بريطانيا مستعدة لقصف المتشددين في ليبيا وسوريا إن لاح خطر", "CONCEDE"),
    ("اهل الموصل يرفضون الارهاب وهم مستعدون لتقديم الغالي والنفيس من اجل ذلك.",
     "CONCEDE"),  # fresh17
    ("وأشار إلى أن رغبة الملا عمر كانت تتمثل في بقاء طالبان متحدة، وأن عائلته مستعدة الآن "
     "لضمان تنفيذ رغبته.", "CONCEDE"),  # demo
    # readiness to talk is no concession
    ("وقال دزيي: «نحن مستعدون للمفاوضات.", "CONCEDE"),
    # the accusative استعدادا is a purpose, in preparation for: no readiness, no talks
    ("وقد عقد وفد الخبراء الفنيون المصريون عدة اجتماعات مكثفة خلال اليومين الماضيين برئاسة "
     "دكتور حسام مغازي وزير الموارد المائية والري استعدادًا للمشاركة الفعالة بجولة "
     "المفاوضات السابعة في الخرطوم.", "AGREE"),  # fresh10
    ("أما على صعيد محافظة تعز، فما زال الثوار يحشدون قواتهم استعدادا للمعركة الكبرى.",
     "ASSAULT"),  # region news
    # the ل-complement of readiness is what it is for, no deed of its own
    ("وأعرب عن استعداده للتعاون مع الولايات المتحدة والمجتمع الدولي.", "COOPERATE"),
    ("مؤكدا استعداد التحالف للتعاون مع أي تحقيق في اليمن.", "COOPERATE"),  # demo
    # training of no war, or named as what a program, span, wait or mission is about
    ("إننا نحاول تعليم وتدريب العاطلين لدينا حتى يمكنهم ان يجدوا وظائف في تركيا.", "AID"),
    ("افتتحت الحملة الوطنية السعودية لنصرة الأشقاء في سوريا «المطبخ الإنتاجي التدريبي» "
     "المخصص لتدريب الشابات السوريات من الفئة العمرية من (17 - 25) سنة على المهارات "
     "اللازمة.", "AID"),  # demo
    ("كما اطلع الوفد على الدورات التدريبية التي يقدمها المركز السعودي للتعليم والتدريب في "
     "مجالات \"الطهو، والخياطة، وتقنية المعلومات\".", "AID"),  # demo
    ("وقبل أن تفشل عمان في إقناع بغداد ببرنامج تسليح وتدريب العشائر العربية فشلت في تطبيق "
     "الفكرة ذاتها.", "AID"),  # team
    ("أفاد اللواء علي الأحمدي بأن «مدة تدريب مقاتلي اللجان الشعبية الذين تقرر دمجهم في قوات "
     "الجيش والأمن، لن تقل عن 45 يومًا كحد أدنى».", "AID"),  # fresh13
    ("ينشر الحلف الاطلسي نحو 12 الفا و500 جندي في افغانستان مكلفين تدريب القوات الافغانية "
     "وتقديم المشورة اليهم.", "AID"),  # team
]


@pytest.mark.parametrize(("text", "type_"), NOT_FOUND)
def test_not_found(text: str, type_: str) -> None:
    assert type_ not in [t for t, _ in events_of(text)]


# The ready party: the pronoun on the complementizer of a nominal clause, the pronoun on the
# noun, or the party in construct after it; the party talked with is the recipient.
ROLES = [
    ("وأعربت الحكومة العراقية عن رفضها للقصف التركي، مؤكدة أنها على استعداد للحوار مع "
     "أنقرة.", "على استعداد", ["الحكومة العراقية"], ["أنقرة"]),
    ("وكان زعيم الحوثيين أكد الاحد انه مستعد لحل سياسي في اليمن.", "مستعد",
     ["زعيم الحوثيين"], []),
    ("وأبدى السيسي استعداده للتعاون مع الولايات المتحدة والمجتمع الدولي.", "استعداده",
     ["السيسي"], ["الولايات المتحدة", "المجتمع الدولي"]),
    ("مؤكدا استعداد التحالف للتعاون مع أي تحقيق في اليمن.", "استعداد", ["التحالف"], []),
    ("وتقول مصادر في المعارضة السورية إن أفراد الفرقة 30 تلقوا تدريبات ضمن برنامج تقوده "
     "الولايات المتحدة.", "تدريبات", [], ["أفراد الفرقة 30"]),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), ROLES)
def test_roles(text: str, trigger: str, actor: list[str], recipient: list[str]) -> None:
    assert actors(text, trigger) == actor
    assert recipients(text, trigger) == recipient


# غير before a predicate of readiness denies it; the status stage reads it
@pytest.mark.parametrize(("text", "trigger"), [
    ("وقالت الحكومة إنها غير مستعدة للحوار مع المتمردين.", "مستعدة"),
    ("وقال نائب سفير تركيا في الأمم المتحدة إن النظام في سورية إما غير قادر أو غير مستعد "
     "لوقف هذه التهديدات الصادرة من أراضيه.", "مستعد"),  # region news
])
def test_readiness_denied(text: str, trigger: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    hits = [e for e in doc.events if doc.span_text(e.trigger) == trigger]
    assert hits and hits[0].status == "negated", [(doc.span_text(e.trigger), e.status)
                                                  for e in doc.events]
