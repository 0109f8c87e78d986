"""Participles and قدّر (claims34, issue 12). The participles of the object-taking cues
(متهما، واصفا: cues.tsv column 6 of اتهم/وصف) report only with their object between them
and their ب phrase, the object definite, a name, a title, a demonstrative, a detached pronoun
or a construct ending in a definite word (words.json `participle_objects`); their speaker is
the subject of the verb opening the sentence, never one carried from elsewhere. قدّر X Y
بـ<number> "X put Y at" is an object-taking cue like وصف. New singular participles of clause
cues: مردفا، منوها، مفيدا."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

READ = [
    # (text, speaker's start, cue, content's start)
    # fresh19 (zayani-condemns-maliki): the opening verb استنكر is no cue; the last noun
    # before the participle (المالكي) is the object of the condemnation, not the speaker
    ("استنكر الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني "
     "بشدة، تصريحات نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة العربية السعودية التي "
     "أدلى بها الى احدى محطات التلفزيون العراقية، واصفا تلك التصريحات بأنها لا مسؤولة واتهامات "
     "باطلة ومشينة.", "الأمين العام", "واصفا", "تلك التصريحات بأنها"),
    # fresh23 (suruc-blast): no comma before the participle; a quotation after بأنه is the content
    ("وأضاف البيان أن هناك مخاوف من أن يرتفع عدد القتلى واصفاً الانفجار بأنه «عمل إرهابي». "
     "وتابع «ندعو الجميع إلى التوحّد».", "البيان", "واصفاً", "عمل إرهابي"),
    # fresh10 (pentagon-3000-iraqi-troops): قدّر's participle, a construct object, بما بين
    ("وقال وارن إن الجهود العسكرية تركز حاليا على عزل الرمادي، مقدرا عدد مقاتلي التنظيم فيها "
     "بما بين ألف وألفين.", "وارن", "مقدرا", "عدد مقاتلي التنظيم"),
    # fresh5 (icrc-yemen-3800-dead): قدّرت X Y بـ<number>
    ("قدرت اللجنة الدولية للصليب الأحمر عدد القتلى بسبب الممارسات الحوثية بحق الشعب اليمني "
     "بثلاثة آلاف وثمانمائة شخص منذ مارس الماضي.", "اللجنة الدولية للصليب الأحمر", "قدرت",
     "عدد القتلى"),
    ("وأضافت اللجنة الدولية، في بيان، أن عدد الجرحى تسعة عشر ألف شخص، كما قدرت اللجنة عدد "
     "النازحين من منازلهم بمليون وثلاثمائة ألف شخص.", "اللجنة", "قدرت", "عدد النازحين"),
    # fresh11 (houthis-execute-southern-prisoners): منوها، منوهة
    ("وقال مصدر في المقاومة لـ«الشرق الأوسط» إن «قتل عناصر الحوثي جاء إثر عملية كمين نفذه رجال "
     "المقاومة»، منوهًا بأن «بقية أفراد القوة المهاجمة لاذت بالفرار تاركة خلفها جثث قتلاها».",
     "مصدر في المقاومة", "منوهًا", "بقية أفراد"),
    ("وأضافت المصادر اليمنية أن آلاف اليمنيين التحقوا بمعسكرات التدريب بدءًا من إعلان «عاصفة "
     "الحزم»، منوهة، في هذا السياق، بأن تحرير عدن نفذه 600 مقاتل فقط.", "المصادر اليمنية",
     "منوهة", "تحرير عدن"),
    # fresh11 (gentiloni-leon): مفيدا
    ("من جهته أكد وزير الخارجية الإيطالي باولو جينتيلوني أن نجاح الجهود الدبلوماسية لتحقيق "
     "الاستقرار في ليبيا وسيلة حاسمة لتجنب تكرار حوادث الخطف والقتل مفيدًا أن بلاده لديها الثقة "
     "في جميع الأجهزة.", "وزير الخارجية الإيطالي", "مفيدًا", "بلاده لديها"),
    # region news (snn_region_0414): the opening verb أدانت is no cue
    ("وأدانت الولايات المتحدة الأميركية الهجوم «الوحشي»، واصفة العمل بأنه هجوم إرهابي شرير.",
     "الولايات المتحدة", "واصفة", "العمل بأنه"),
    # demo (snn_syria_0055): قدّرت, the object after a bracketed acronym and a conjunct
    ("قدرت منظمة الأغذية العالمية (فاو) وبرنامج الأغذية العالمي إنتاج القمح في سوريا بنحو "
     "2.445 مليون طن في 2015.", "منظمة الأغذية العالمية", "قدرت", ""),
]


@pytest.mark.parametrize(("text", "who", "cue", "content"), READ)
def test_participle_or_estimate_is_read(text: str, who: str, cue: str, content: str) -> None:
    got = claims_of(text)
    assert [g for g in got if g[0].startswith(who) and g[1] == cue
            and g[2].startswith(content)], got


NO_CLAIM = [
    # (text, the cue form that reports nothing here)
    # team (assad-accuses-turkey): the adjective "accused", no object before ب
    ("وقالت وزارة الخزانة الأمريكية في بيان إن العقوبات الجديدة تستهدف اربعة افراد وسبع "
     "شركات متهمة بمساعدة نظام الرئيس بشار الاسد على الاستمرار في اذكاء النزاع.", "متهمة"),
    # the noun "suspects" with an indefinite adjective before ب
    ("واعتقلت الشرطة ثلاثة متهمين آخرين بالتورط في الهجوم.", "متهمين"),
    # demo: the noun قدر "amount"
    ("وأعلن التحالف هدنة إنسانية لإدخال وتوزيع أكبر قدر من المساعدات الإنسانية والطبية للشعب "
     "اليمني.", "قدر"),
    # demo: a passive estimate with no speaker
    ("وتضم القافلة مستلزمات طبية، إذ يقدر مجموع ما تحمله الشاحنات من مساعدات إغاثية بأكثر من "
     "175 طنا.", "يقدر"),
    # fresh19 (asbahi): مقدرا "appreciating", an indefinite object
    ("وأكد الاصبحي أن الحكومة ستعمل على ترتيب الزيارة بالكامل مقدراً تجاوبهم الدائم مع "
     "الحكومة.", "مقدراً"),
    # fresh11 (gentiloni-leon): the opening verb's subject is a time; the speaker told in
    # the sentence after is not carried back
    ("وأدان الليلة قبل الماضية اختطاف الموظفين الإيطاليين، واصفًا إياه بالعمل غير المقبول.",
     "واصفًا"),
    # fresh11 (southern-iraq-tribes): inside the statement's quotation the participle's
    # subject is the quotation's (المالكي), not the statement that opens the sentence
    ("وقال البيان: \"في ظل الوضع المأساوي الراهن في العراق، يظهر على إحدى القنوات الفضائية "
     "الطائفية زعيم عصابة القتل نوري المالكي بتصريحات طائفية مستفزة متهماً المملكة العربية "
     "السعودية بأنها راعية للارهاب\".", "متهماً"),
    # region news (snn_region_0779): the adjective "useful" before بالنسبة
    ("في الواقع، ينبغي أن يعد هذا الأمر مفيدًا بالنسبة للحكومة الأميركية في خضم محاولاتها "
     "التفاوض مع الحكومة الأفغانية و«طالبان» حول اتفاق للانتقال.", "مفيدًا"),
]


@pytest.mark.parametrize(("text", "cue"), NO_CLAIM)
def test_no_claim(text: str, cue: str) -> None:
    got = claims_of(text)
    assert not [c for _, c, _ in got if c == cue], got
