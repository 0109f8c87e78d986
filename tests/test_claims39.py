"""Claims of the weakest dev sets and of outlets least present in them (claims39, issue 12).

Plural participles (مشيرين، معتبرين) report; a frame right after a verb's speaker before its
«، إن» is that verb's outlet (وقال سكان محليون وفقاً لموقع …، إن); بحسبما is a report frame; a
statement phrase after the speaker (في بيان أصدرته …، أن) may run past the cue's window;
institutions joined by و and an institution's لل owner are one speaker; a speaker never ends
with a preposition or the relay's القول and stops at the cue's own preposition (أعرب المسؤول
| عن أمله); a participle is the subject's of the nearest joined verb with a named subject, or
of the verb after a discourse opener, or of a verb the lexicon does not know followed by a
person's name; a feminine cue takes no masculine common noun as its subject (أكدت تصميم
الدولة); تابع لـ "belonging to", a future سيقول، ستعتبر and a cue after an indefinite noun
with no speaker before it (أفراد وكيانات قالت إنهم) report nothing of their own. Sentences
from the dev gold and from unannotated news kept by scripts/free_news.py --drop-dev."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

READ = [
    # (text, speaker, cue, content's start)
    # fresh13 (bayda-resistance-shells-houthis-nasr-camp-taken): a plural participle
    ("وأوضح السكان أن المقاومة تمكنت من السيطرة على معسكر النصر وسط مدينة البيضاء، الموالي "
     "للحوثيين، مشيرين إلى أن “المقاومة كانت قصفت وبشكل مكثف المعسكر، قبل أن يلوذ جنوده "
     "بالفرار، وفتحوا أبوابه للنهب”.", "السكان", "مشيرين", "المقاومة كانت"),
    # news snn_syria_0144
    ("وأشار محللون سياسيون يمنيون إلى أن الهدنة الجديدة تعطي فرصة كبيرة للمتمردين الحوثيين، "
     "لمراجعة أنفسهم، مشيرين إلى أن سير العمليات وتطورها على الأرض بعث برسالة قوية وواضحة "
     "للإرهابيين.", "محللون سياسيون يمنيون", "مشيرين", "سير العمليات"),
    # fresh13 (bayda-…): the frame after the speaker is the verb's outlet
    ("وقال سكان محليون وفقاً لموقع المشهد اليمني، إن المقاومة الشعبية قصفت مواقع وتجمعات "
     "الحوثيين في البيضاء بالتزامن مع تحليق مكثف لطيران التحالف العربي.", "سكان محليون", "قال",
     "المقاومة الشعبية"),
    # fresh21 (resistance-pursues-houthis-after-anad-hawta-siege-…): بحسبما
    ("وعلى الصعيد الانساني، حطت طائرة سعودية عسكرية الاربعاء في مطار عدن حيث اوصلت شحنة جديدة "
     "من 25 طنا من المساعدات الطبية، بحسبما افاد مراسل وكالة الصحافة الفرنسية.",
     "مراسل وكالة الصحافة الفرنسية", "افاد", "حطت طائرة"),
    # fresh29 (yemen-defence-ministry-…): a statement phrase past the window, joined bodies
    ("أعربت وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن، عن شكرها وامتنانها العميق لقيادة "
     "قوات التحالف العربي، وأكدت الوزارة وهيئة الأركان اليمنية في بيان أصدرته أمس الثلاثاء "
     "بمناسبة تحرير قاعدة العند العسكرية ودحر المليشيات الانقلابية منها في عملية نوعية أمس "
     "الاول الاثنين، أن المليشيات الانقلابية باتت إلى تراجع وانحسار.",
     "الوزارة وهيئة الأركان اليمنية", "أكدت", "المليشيات الانقلابية باتت"),
    ("أعربت وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن، عن شكرها وامتنانها العميق لقيادة "
     "قوات التحالف العربي.", "وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن", "أعربت",
     "شكرها"),
    # news snn_region_0180: a quoted outlet inside the statement phrase
    ("وأكد الأحمدي في تصريحات نقلتها “سكاي نيوز العربية” أن مقاتلي المقاومة استعادوا أغلب "
     "أحياء التواهي ومرافقها الحيوية.", "الأحمدي", "أكد", "مقاتلي المقاومة"),
    # news snn_syria_0172: a statement phrase of commas (خلال اجتماعه …، مع …، أن)
    ("وأكد الزياني خلال اجتماعه أمس في مكتبه بمقر الأمانة العامة في الرياض، مع عز الدين الأصبحي "
     "وزير حقوق الإنسان في اليمن، أن الهدنة ستتيح للمنظمات الإنسانية إيصال مساعدات الإغاثة إلى "
     "جميع المحافظات.", "الزياني", "أكد", "الهدنة ستتيح"),
    # news snn_region_0461: the institution's owner after لل
    ("كما أكد المركز الإعلامي للمقاومة مصرع قائد الحملة على الضالع، المدعو صالح الشرجي.",
     "المركز الإعلامي للمقاومة", "أكد", "مصرع قائد"),
    # news snn_syria_0332: no preposition at a speaker's end
    ("وافاد المرصد عن \"سيطرة مقاتلي الفصائل على بلدة البحصة التي تبعد اقل من كيلومترين عن "
     "جورين\" مشيرا الى مصرع 17 شخصا في صفوف المسلحين المحليين.", "المرصد", "مشيرا", "مصرع 17"),
    # news snn_syria_0432
    ("وينقل الدكتور سعيد طانيوس من داخل المسرح الروسي السياسي قوله: بأنه لاشك في أن صيف العام "
     "الجاري شهد ارتفاعاً ملحوظاً في حمى الجدل الدائر حول سيناريوهات حل الأزمة السورية.",
     "الدكتور سعيد طانيوس", "ينقل", "لاشك"),
    # news snn_region_0275: the speaker stops at the cue's own preposition
    ("من جانبه، أعرب المسؤول الإماراتي عن أمله في أن يعم الأمن والاستقرار المحافظات اليمنية "
     "كافة في القريب العاجل.", "المسؤول الإماراتي", "أعرب", "يعم الأمن"),
    # news snn_region_0513: the relay's القول is no part of the source
    ("ونقلت إذاعة إسرائيل عن المصادر القول: إن \"المجموعة تضم بضع عشرات من المستوطنين\".",
     "المصادر", "نقلت", "المجموعة تضم"),
    # news snn_syria_0427: the content after إلى أن starts after أن
    ("يأتي ذلك في الوقت الذي أشارت فيه مصادر «عكاظ» في رئاسة الائتلاف إلى أن الموقف الروسي بدى "
     "أقل صلابة لجهة التمسك بالأسد.", "مصادر «عكاظ» في رئاسة الائتلاف", "أشارت",
     "الموقف الروسي"),
    # fresh15 (nujaifi-iran-controls-mosul-…): the verb after a discourse opener
    ("من ناحية ثانية، طالب مجلس محافظة الأنبار بوقف القصف وهجوم القوات العراقية على مدينة "
     "الفلوجة غرب بغداد، أسبوعا واحدا للسماح بخروج المدنيين منها، كاشفا عن مقتل 7 آلاف مدني "
     "منذ بدء العمليات خلال الشهر الجاري.", "مجلس محافظة الأنبار", "كاشفا", "مقتل 7"),
    # fresh21 (saudi-condemns-duma-arson-…): the nearest joined verb with a named subject
    ("كما قررت القيادة الفلسطينية التوجه إلى مجلس الأمن لاستصدار قرار يدين هجمات المستوطنين، "
     "وطلبت تفعيل الطلب الفلسطيني بإنشاء نظام خاص للحماية الدولية للشعب الفلسطيني وحملت منظمة "
     "التحرير حكومة بنيامين نتنياهو المسؤولية الكاملة عن مقتل الطفل، معتبرة ان الهجوم نتيجة "
     "مباشرة لافلات ارهاب المستوطنين من العقاب.", "منظمة التحرير", "معتبرة", "الهجوم نتيجة"),
    # news snn_region_0224: a verb the lexicon does not know, a person's name after it
    ("من جهة أخرى، وجه البطريرك الماروني بشارة الراعي في كلمة بمؤتمر مسيحيي الشرق الأوسط نداء "
     "إلى «كل فريق سياسي وكتلة نيابية، كي يعين مرشحه النهائي المقبول من الآخرين»، مؤكدا أن "
     "«المسيحيين اليوم هم حاجة بلدان الشرق الأوسط الملحة والقصوى». ووصف رئيس القوات سمير جعجع "
     "زيارته إلى السعودية بـ»الزيارة - الحدث» و»الجيدة جدا». وكرر جعجع أنها تأتي في إطار "
     "التعارف عن كثب على الإدارة الجديدة، مشيرا إلى أنه جرى التركيز فيها على الشأن اللبناني.",
     "جعجع", "مشيرا", "جرى التركيز"),
    # news snn_region_0424: the office with its holder's name past a title
    ("من جانبه، أكد الخبير العسكري الدكتور فهد الشليمي لـ\"الوطن\" أن الثاني من أغسطس يمثل جرحا "
     "كبيرا في النفسية الكويتية والخليجية، واصفا تلك الذكرى بأنها \"إثبات فشل الوطن العربي في "
     "حماية نفسه\"، معتبرا أنه يجب أن يتعلم من تلك الحادثة.",
     "الخبير العسكري الدكتور فهد الشليمي", "معتبرا", "يجب أن يتعلم"),
    # news snn_syria_0116: «على ما قال، إنه» is a report, its subject the opening verb's
    ("ونشر جيش الفتح صورا لتفجير كبير بعربة مدرعة ملغمة على ما قال، إنه مقر لمليشيات طائفية في "
     "منطقة الصواغية.", "جيش الفتح", "قال", "مقر لمليشيات"),
    # news snn_region_0513: a relative clause on an indefinite noun with its subject after it
    ("وفي بعض الأحيان يحتجز هؤلاء المشتبه بهم دون محاكمة لعدة أشهر في إجراء تقول إسرائيل، إنه "
     "ضروري لمنع وقوع المزيد من أعمال العنف.", "إسرائيل", "تقول", "ضروري"),
    # news snn_region_0783: a participle opening its sentence after a sentence with no claim
    ("واعتبر مركز الدراسات والاعلام الاقتصادي، وهو مركز يمني متخصص في رصد الوضع الاقتصادي وتحليل "
     "السوق، أي استمرار في تراجع سعر الريال اليمني بأنه يمثل كارثة على المواطنين. مؤكدا في بلاع "
     "نشره الأحد، أن قرار تعويم اسعار المشتقات النفطية لن يجد طريقه للتطبيق.",
     "مركز الدراسات والاعلام الاقتصادي", "مؤكدا", "قرار تعويم"),
    # news snn_region_0167: a participle inside a claim's clause keeps that claim's speaker
    ("حيث أكد جميل سعيد أحد المقيمين اليمنيين أن هذا القرار أثلج صدورهم منوهاً بأن تلك الخطوة "
     "سستسهم في تحسين وضعهم الاقتصادي.", "جميل سعيد أحد المقيمين اليمنيين", "منوهاً",
     "تلك الخطوة"),
    # news snn_region_0470: past a comma
    ("من جانبه، هاجم رئيس حكومة الاحتلال، بنيامين نتنياهو، الأحد، السلطة الفلسطينية قائلاً: إننا "
     "«خلافا لجيراننا، نحن ننبذ ونستنكر (الإرهاب)، هم يسمون الميدان على أسماء قتلة أطفال» على "
     "حد زعمه.", "رئيس حكومة الاحتلال، بنيامين نتنياهو", "قائلاً", "خلافا لجيراننا"),
]


@pytest.mark.parametrize("text,speaker,cue,content", READ)
def test_read(text: str, speaker: str, cue: str, content: str) -> None:
    got = [c for c in claims_of(text) if c[1] == cue and c[2].startswith(content)]
    assert [c[0] for c in got] == [speaker], claims_of(text)


NONE = [
    # (text, cue that reports nothing)
    # fresh15 (iraq-cabinet-cuts-salaries-…): تابع لـ "belonging to"
    ("وطبقا للقرار الصادر عن اجتماع مجلس الوزراء فقد جاءت نسب التخفيضات والتي صدرت على شكل بيان "
     "تابع لمكتب العبادي كما يلي: «رئيس الوزراء ونوابه بنسبة 50 في المائة».", "تابع"),
    # fresh15 (taliban-tayeb-agha-…): the future passive
    ("وقال المتحدث إن الجيش مستعد. إلى ذلك، حظرت السلطات الأفغانية أول من أمس التجمعات المرتبطة "
     "بالحداد على وفاة زعيم حركة طالبان السابق الملا عمر، محذرة من أن أي مراسم من هذا النوع "
     "ستعتبر «هدفا شرعيا» للقوات الأفغانية.", "ستعتبر"),
    # news snn_syria_0058: what will be done
    ("من جهته أعلن وزير الدفاع سمير مقبل أن السفير البريطاني في لبنان توم فلتشر أكد له بأنه "
     "سيتابع العمل لمصلحة لبنان «خاصة لجهة دعم الجيش وتقويته وتعزيز صموده في مواجهة التحديات "
     "القائمة».", "سيتابع"),
    # news snn_syria_0316: a relative clause on an indefinite noun, no speaker
    ("وسعت الولايات المتحدة الاثنين عقوباتها على سوريا عبر اضافة افراد وكيانات قالت انهم "
     "يؤمنون محروقات للنظام السوري يستخدمها في محاربة شعبه.", "قالت"),
    # fresh13 (bayda-…): the frame after the speaker makes no claim of its own
    ("وقال سكان محليون وفقاً لموقع المشهد اليمني، إن المقاومة الشعبية قصفت مواقع وتجمعات "
     "الحوثيين في البيضاء.", "وفقاً"),
]


@pytest.mark.parametrize("text,cue", NONE)
def test_none(text: str, cue: str) -> None:
    assert cue not in [c[1] for c in claims_of(text)], claims_of(text)


# fresh25 (turkish-forces-strike-isis-…): the masculine noun after a feminine cue is its
# content, not its speaker (the claim goes; the participle after it takes no such speaker)
FEMININE = ("وقالت الوزارة إن الأمن مستتب. كما أكدت تصميم الدولة التركية على القيام بكل الخطوات "
            "اللازمة لتأمين سلامة وأمن شعبها، وذلك باستخدام كل الإمكانات المتاحة، مشددة على "
            "استمرار العمليات دون تمييز (بين المنظمات الإرهابية).")


def test_feminine_cue_takes_no_masculine_noun() -> None:
    got = claims_of(FEMININE)
    assert not any(c[0].startswith("تصميم") for c in got), got


# fresh2 (sanaa-abductees-families-protest): a participle opening its sentence carries no
# claim from further back than the sentence before
OPENING = ("وقالت مصادر أخرى إن الرقم أكبر من ذلك بكثير. وكان أهالي العاصمة صنعاء قد خرجوا من "
           "قبل في مظاهرات مماثلة. ودعوا إلى الإفراج الفوري عنهم أو تقديمهم للمحاكمة. مشيرين إلى "
           "أنهم يتعرضون في بعض الأحيان إلى إساءة المعاملة.")


def test_opening_participle_carries_no_far_speaker() -> None:
    assert not [c for c in claims_of(OPENING) if c[1] == "مشيرين" and c[0] == "مصادر أخرى"]
