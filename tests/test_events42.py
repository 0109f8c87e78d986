"""Event detection of events42 (issue 12): deed nouns told as no deed that happened
(rasd.events.unreal, data/events/unreal.json). A deed called for, threatened or pledged
(as force) is the demand's, threat's or pledge's content, no event of its own, also where it
is linked by ل, past a name in quotes, past an aside set off by commas, past a noun of haste,
after a noun of calling or threatening; a deed to be ended, prevented or avoided is none (one
asked to stop is going on, and stays); a deed noun after a word of all or every, or of
kind, names a class (a generic mention). The guards: a relative clause or a time adjective
picking the deeds out, a pledge of aid or withdrawal, a causal دعا (مما دعا), a party's own
refraining (تمتنع عن). Sentences from the dev gold (fresh, fresh3, fresh7, fresh10, fresh13,
fresh15, fresh21, fresh23, fresh25, fresh27) and the unannotated region and Syria news
(scripts/free_news.py --drop-dev)."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _starts(text: str, word: str) -> list[str]:
    return [cat for cat, trig in events_of(text) if trig.startswith(word)]


NO_DEED = [
    # (sentence, the deed word that must head no event)
    # called for: by ل past a quoted name, past an aside, past a noun of haste
    ("وكانت قوات الاحتلال فرضت من منذ الفجر قيودها على دخول المصلين إلى المسجد الأقصى، "
     "بالتزامن مع دعوات «منظمات الهيكل» لاقتحامه في ذكرى ما يسمى «خراب الهيكل».",
     "اقتحامه"),  # fresh3
    ("تدنيس الاقصى وفي القدس دعت منظمات \"الهيكل المزعوم\" لاقتحام جماعي لباحات المسجد "
     "الأقصى المبارك صباح اليوم.", "اقتحام"),  # region news
    ("يذكر أن منظمات يهودية متشددة كانت قد دعت، عبر شبكات التواصل الاجتماعي، إلى اقتحام "
     "جماعي للمسجد الأقصى بمناسبة ذكرى ما يسمى بخراب الهيكل المزعوم.", "اقتحام"),  # fresh21
    ("وطالب الحكومة الاتحادية بالإسراع بتحرير مناطق المسيحيين والعمل الجاد لتهيئة القوات "
     "العسكرية والأمنية على مشارف الموصل.", "تحرير"),  # fresh7
    # threatened, pledged as force
    ("وكانت وزيرة الإعلام اليمنية نادية السقاف قد قالت في وقت سابق إن الحوثيين أطلقوا "
     "تهديدات بالاستيلاء على أي طائرة تهبط في مطار صنعاء الدولي.", "الاستيلاء"),  # fresh27
    ("كشفت مصادر واسعة الاطلاع لـ«الشرق الأوسط» عن «وصول تهديدات جدية بتفجير الدورة "
     "الثالثة والعشرين للهيئة؛ لذلك تم البحث عن موقع بعيد عن الأحياء السكنية».",
     "تفجير"),  # Syria news
    ("وأطلقت حركة طالبان في أواخر نيسان - أبريل هجومها السنوي بحلول فصل الربيع وتعهدت بشن "
     "هجمات في جميع أنحاء البلاد.", "هجمات"),  # fresh10
    ("وقالت مصادر إسرائيلية: إن نتنياهو تعهد لعبّاس بالعمل على إلقاء القبض على منفّذي "
     "العملية الإرهابية بحق عائلة دوابشة.", "إلقاء"),  # region news
    # to be stopped, ended, prevented or avoided
    ("وخطة إنقاذ لمليشيات الحوثي وقوات صالح، بذريعة وقف الحرب وإنهاء الاقتتال في اليمن.",
     "الاقتتال"),  # fresh7
    ("وطالبت اللجنة الدولية أن يتضمن أي حل لإنهاء إضرابه «ضرورة حماية السلامة المعنوية "
     "والجسدية للمحتجز».", "إضرابه"),  # fresh15
    ("وتابع أن التحالف نجح في استعادة معظم عدن الأسبوع الماضي في أول انتصار بري كبير لحملته "
     "لإنهاء سيطرة الحوثيين على أجزاء كبيرة من اليمن.", "سيطرة"),  # fresh23
    ("وقد اضطر الجيش إلى نقل الجرحى بالطائرات المروحية ليمنع اعتداءات أخرى.",
     "اعتداءات"),  # fresh25
    ("في السابق رمت موسكو بطوق النجاة للنظام السوري للتنازل عن ترسانته الكيماوية لتفادي "
     "ضربة أميركية.", "ضربة"),  # Syria news
    # a class of deeds
    ("أقرّ الأسد بعدم قدرة قواته على تحقيق الانتصار في كافة المعارك، وأكد على أولوية الحفاظ "
     "على حياة الجنود.", "المعارك"),  # Syria news
    ("وأشار الى أن الحزب بدأ يتراجع عن فكرة استقدام مقاتلين شيعة من العراق نتيجة عدم "
     "فعاليتهم في هذا النوع من المعارك.", "المعارك"),  # fresh27
    ("\"كما هو الحال في جميع العمليات العسكرية الإسرائيلية، فإن جميع صراعات قطاع غزة في 2014 "
     "قد نفذتها القوات الإسرائيلية وفقا لقانون النزاعات المسلحة\".", "العمليات"),  # region news
]


@pytest.mark.parametrize(("text", "word"), NO_DEED)
def test_no_deed_told(text: str, word: str) -> None:
    assert not _starts(text, word), events_of(text)


KEPT = [
    # (sentence, the deed word, its category)
    # a pledge of force is still told by the pledge word
    ("وأطلقت حركة طالبان في أواخر نيسان - أبريل هجومها السنوي بحلول فصل الربيع وتعهدت بشن "
     "هجمات في جميع أنحاء البلاد.", "تعهدت", "THREATEN"),  # fresh10
    # a pledge of aid or of a withdrawal keeps its deed
    ("وكان وزير النقل اليمني بدر باسلمة قد أعلن أن الأردن وافق على استقبال جرحى يمنيين "
     "مدنيين وعسكريين وتعهد بتقديم العلاج لهم.", "تقديم", "AID"),  # fresh13
    ("كما تعهدت بإخلاء جميع مواقعها على جبهات تنظيم داعش، وتسليم جميع مقراتها في مدينة أعزاز "
     "الواقعة بريف حلب الشمالي لـ«الجبهة الشامية».", "إخلاء", "RETREAT"),  # Syria news
    # دعا that tells what prompted a deed done
    ("منع الحوثيون رئيس مجلس إدارة ميناء الحديدة القبطان محمد إسحاق من دخول الميناء، مما "
     "دعا كل الموظفين والعمال للدخول في إضراب عن العمل احتجاجا.", "إضراب", "PROTEST"),
    # region news
    # a party's own refraining is a deed denied, coded
    ("وواصلت القوات الموالية للرئيس الشرعي عبد ربه منصور هادي، حصارها لقاعدة العند الجوية "
     "الواقعة في المحافظة، مشيرة إلى أنها تمتنع عن اقتحام القاعدة الاستراتيجية حاليًا بسبب "
     "وجود مئات المعتقلين بداخلها.", "اقتحام", "ASSAULT"),  # fresh15
    # a deed one asks to stop is going on (the gold codes the shelling in طالب بوقف القصف)
    ("وقال بيناز صالح لوكالة الصحافة الفرنسية «أريد أن تكف تركيا عن قتل الأكراد، أن تكف عن "
     "قصف الناس والقرى».", "قصف", "ASSAULT"),  # Syria news
    # deeds picked out by a relative clause after the quantifier
    ("وقال عسيري إن جميع العمليات العسكرية التي نفذتها «عاصفة الحزم» خلال الفترة الماضية "
     "والتي تنفذها في الوقت الحالي معلنة أمام الرأي العام.", "العمليات", "ASSAULT"),  # fresh13
]


@pytest.mark.parametrize(("text", "word", "category"), KEPT)
def test_deed_kept(text: str, word: str, category: str) -> None:
    assert category in _starts(text, word), events_of(text)


def test_recent_meetings_are_no_class() -> None:
    """خلال جميع الاجتماعات الأخيرة: a time adjective picks the meetings out (fresh13)."""
    text = ("وأوضح عماد أحمد بالقول انه خلال جميع الاجتماعات الأخيرة بين الأطراف السياسية، "
            "سواء الثنائية منها او المتعددة الأطراف لم تتفق الأحزاب الكردية على التمديد.")
    assert "CONSULT" in _starts(text, "اجتماعات"), events_of(text)


def test_call_for_not_doing_leaves_the_deed_after() -> None:
    """دعوات لعدم تعيين «وال تركي» جديد للتنسيق: the call is for not appointing; the
    coordination after it is no deed called for (fresh27 codes both coordinations)."""
    text = ("وكشف مصدر رسمي تركي لـ«الشرق الأوسط» أن تركيا تنظر في دعوات لعدم تعيين «وال تركي» "
            "جديد للتنسيق مع المعارضة السورية، وستعمد إلى التنسيق المباشر بين إدارات الحكومة "
            "السورية المؤقتة والإدارات الرسمية التركية.")
    assert _starts(text, "تنسيق").count("COOPERATE") == 2, events_of(text)
