"""Which mentions become events (events9): truces, aid delivered, places liberated, the dead
told as fallen, aircraft that crash, deeds only demanded, aimed at or foiled, and a habitual
phrase. Real sentences of the demo corpus (demo-data/saudinewsnet) and the filtered region
news, none from a dev gold article or a merge gold quote."""

from __future__ import annotations

import pytest

from rasd.events.status import imperfect_form
from rasd.pipeline import extract_text


def events(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published="2015-07-27")
    return [(e.type, doc.span_text(e.trigger)) for e in doc.events]


def types(text: str) -> list[str]:
    return [t for t, _ in events(text)]


# mentions that were no event and are one
FOUND = [
    # a humanitarian truce announced (indefinite: a new truce)
    (("أعلنت قيادة قوات التحالف العربي عن هدنة إنسانية في اليمن، تبدأ من ظهر اليوم "
     "الأحد وتستمر لمدة خمسة أيام، للسماح بإدخال وتوزيع أكبر قدر من المساعدات "
     "الإنسانية والطبية للشعب اليمني."), ("CONCEDE", "هدنة إنسانية")),
    (('قالت قيادة تحالف "إعادة الأمل" الذي تقوده المملكة إن هدنة إنسانية ستبدأ مساء '
     "اليوم في اليمن، لمدة خمسة أيام، وإن هذه الهدنة جاءت استجابة لطلب من الرئيس "
     "اليمني عبدربه منصور هادي وجهه لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز."),
      ("CONCEDE", "هدنة إنسانية")),
    # aid delivered: providing services, distributing aid goods
    (("وكانت العيادات التخصصية السعودية واصلت تقديم الخدمات الطبية لللاجئين السوريين، "
     "مقدمة خدماتها لأكثر من 1300 حالة، إذ تعمل العيادات في مخيم الزعتري شرق المملكة "
     "الأردنية الهاشمية على تنفيذ البرنامج الذي يستفيد منه اللاجئون."),
      ("AID", "تقديم الخدمات الطبية")),
    (("وقال المتحدث باسم المنظمة كريستيان ليندماير في مؤتمر صحفي إن المنظمة وزعت 4.6 "
     "أطنان من الأدوية والمعدات الطبية والمطهرات في ثماني محافظات رغم صعوبة الأوضاع "
     "الأمنية، كما وزعت الأدوية الأساسية اللازمة لمواصلة تقديم خدمات الرعاية الصحية "
     "وعلاج الجرحي في تعز وحجة وصعدة."), ("AID", "وزعت 4.6 أطنان من الأدوية")),
    # provision of aid goods (another outlet's report of a story a team gold article tells)
    ("وأوضح المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر "
     "عبد الرحمن السمحان أن البرنامج وخلال مراحله الماضية استطاع توفير 8538 عملية صرف "
     "لمادة الحليب الصحي للأطفال السوريين الرضع.", ("AID", "توفير")),
    # a liberated place named by its name, not a place noun
    (("وجاءت تصريحات ولد الشيخ بعد أيام على تحرير عدن، كبرى مدن الجنوب اليمني، من سيطرة "
     "الحوثيين وأتباع صالح، وغداة تحرير قاعدة العند الجوية الاستراتيجية في محافظة لحج، "
     "الواقعة شمال عدن."), ("COERCE", "تحرير")),
    # the dead told as fallen, with no deed word
    ("وقالت مصادر في المقاومة لـ«الشرق الأوسط» إن عددا من القتلى والجرحى سقطوا في صفوف "
     "الحوثيين.", ("ASSAULT", "سقطوا")),
    # restrictions imposed
    ("وخوفا من اندلاع أعمال عنف بعد جريمة الإحراق المتعمد فرضت الشرطة قيودا على دخول "
     "المسجد الأقصى في القدس لأداء صلاة الجمعة فجعلته مقصورا على الرجال فوق سن 50 والنساء.",
     ("COERCE", "فرضت الشرطة قيودا")),
    # an advance on fronts (the plural of a needed word)
    ("كذلك تقدمت المقاومة الشعبية على جبهات جنوب مديرية كريتر وألقت القبض على 72 عنصراً "
     "من الحوثيين.", ("ASSAULT", "تقدمت المقاومة الشعبية على جبهات")),
    # an invasion of a place
    (("ووجه طواف انتقادات حادة للمبعوث الأممي السابق إلى اليمن جمال بنعمر، واتهمه "
     "بالضعف والفشل، وأنه ارتمى في أحضان الحوثيين عقب اجتياحهم العاصمة صنعاء."),
      ("COERCE", "اجتياحهم العاصمة")),
    # an attack foiled: the thwarting is the deed
    (("في سياق متصل، أحبطت فصائل المعارضة محاولة تقدم نفذتها القوات النظامية باتجاه "
     "قرية الزيادية في ريف إدلب الغربي، من محور قرية الزيارة بريف حماه الغربي، كما "
     "أفاد ناشطون."), ("COERCE", "أحبطت")),
]


@pytest.mark.parametrize(("text", "event"), FOUND)
def test_the_mention_is_an_event(text, event):
    assert event in events(text)


# mentions that stay no event of a type
NOT_EVENTS = [
    # a truce told again (definite), not announced
    (("طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة "
     "الإنسانية التي جرى سريانها منتصف الليلة الماضية."), "CONCEDE"),
    # distributing leaflets is no aid
    (("وحذرت عدة جهات أهلية وحكومية من التعرض للشمس، كما وزعت منظمة الهلال الأحمر "
     "مناشير تتضمن الإجراءات الوقائية لمقاومة موجة الحر التي تؤثر على البلاد حاليًا، "
     "داعية الأهالي لعدم التعرض المباشر لأشعة الشمس."), "AID"),
    # benefiting from a project, no aid word
    (("أنهت الحملة الوطنية السعودية المرحلة الثالثة من مشروع «شقيقي مسكنك طمأنينتك» "
     "الذي يوفر المنازل للأشقاء السوريين في مخيمات اللجوء بلبنان، حيث نفذ المشروع على "
     "ثلاث مراحل استفاد منها 3202 عائلة سورية بتكلفة مالية بلغت 5.2 مليون دولار (19.5 "
     "مليون ريال)."), "AID"),
    # providing what is no aid (air cover, a chance)
    ("وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير الغطاء الجوي للمعارضة السورية واجتثاث "
     "مقاتلي «داعش»، معا، من القطاع الممتد على طول الحدود مع استخدام الطائرات الحربية "
     "الأميركية للقواعد الجوية في تركيا لشن الهجمات.", "AID"),
    # a statement handed out to the press is no aid
    ("وأوضحت الوزارة أن العملية التي جرت في 11 يوليو في ولاية باكتيكا أدت إلى مقتل أبو خليل "
     "السوداني (القائد العملاني في تنظيم القاعدة)، وذلك في بيان تم توزيعه على الصحافيين "
     "المرافقين لوزير الدفاع الأمريكي أشتون كارتر في زيارته إلى العراق.", "AID"),
    # services that are no aid
    (("وأضافت زندبيرج أن جنوب السودان يقدم خدمات أمنية هائلة لإسرائيل، الأمر الذي يفسر "
     "حرص رئيس حكومة الاحتلال بنيامين نتانياهو على مواصلة تقديم الدعم العسكري للدولة "
     "الوليدة، فضلا عن التدريب العسكري."), "AID"),
    # an interview is no dialogue between parties
    (('ووجه طواف، في حوار مع "الوطن"، انتقادات لاذعة للمبعوث الأممي السابق لليمن جمال '
     'بنعمر، وقال إنه كان "فاشلا ومغمورا"، وأسهم ضعفه في ما وصلت إليه البلاد، متهما '
     "إياه بالارتماء في أحضان الحوثيين."), "CONSULT"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_EVENTS)
def test_no_event_of_the_kind(text, kind):
    assert kind not in types(text)


# the deed after a demand is what is demanded, not a deed told; the demand is the event
DEMANDS = [
    (('وقال عبد الرحمن أن "الاهالي الغاضبين نظموا تجمعات في بعض شوارع اللاذقية وريفها '
     "وطالبوا بتوقيف سليمان الأسد الذي استقل سيارته وغادر بعد أن قتل الشيخ أمام "
     'أولاده"، مضيفا "أن بعضهم طالب بإعدامه في المكان ذاته".'), "COERCE"),
    (("ودعا ليون إلى الإفراج فورًا عن الإيطاليين المختطفين في منطقة مليتة بمدينة زوارة "
     "الليبية."), "RETREAT"),
]


@pytest.mark.parametrize(("text", "kind"), DEMANDS)
def test_a_demanded_deed_is_no_event(text, kind):
    assert "REQUEST" in types(text) and kind not in types(text)


# the deed after a word of aim or wish is what is aimed at
AIMS = [
    (("كما دعا الأمم المتحدة ومنظماتها المختلفة ذات العلاقة، إلى الإسهام في تنفيذ هذه "
     "البرامج التي تهدف إلى تقديم الخدمات العلاجية للشعب اليمني."), "AID"),
    (("وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف "
     "«تحرير» المحافظة الحدودية مع سوريا والاردن والسعودية."), "COERCE"),
]


@pytest.mark.parametrize(("text", "kind"), AIMS)
def test_an_aimed_deed_is_no_event(text, kind):
    assert kind not in types(text)


def test_a_foiled_deed_is_no_deed():
    text = ("إلى ذلك، أفادت وكالة «آرا نيوز» التي تهتم بشؤون الأكراد، بأن «القوات المشتركة "
     "الكردية حققت ليل الجمعة وصباح السبت تقدما جديدا جنوب مدينة عين العرب (كوباني) "
     "بمحافظة حلب شمال سوريا، فيما أحبطت تفجيرين انتحاريين في مدينة تل أبيض بمحافظة "
     "الرقة شمال شرقي سوريا».")
    assert ("COERCE", "أحبطت") in events(text)
    assert not [t for ty, t in events(text) if "تفجير" in t]


# a crash or the fallen dead beside the attack they belong to are that attack (one event)
FOLDED = [
    (('وقال مدير المرصد رامي عبدالرحمن "تحطمت طائرة حربية اثناء قصفها حياً في وسط مدينة '
     'أريحا" الواقعة في محافظة ادلب والتي تسيطر عليها فصائل المعارضة منذ 28 مايو، '
     'موضحاً أن "الطائرة كانت تحلق على ارتفاع منخفض عندما تعرضت لخلل تقني".'), "قصفها"),
    (("وقصف المتمردون الحوثيون وقوات صالح مناطق سكنية في محافظتي عدن وتعز، مما أدى إلى "
     "سقوط قتلى من المدنيين."), "قصف"),
]


@pytest.mark.parametrize(("text", "trigger"), FOLDED)
def test_a_crash_or_the_fallen_beside_an_attack_are_that_attack(text, trigger):
    assert [t for ty, t in events(text) if ty == "ASSAULT"] == [trigger]


def test_aid_told_by_a_noun_and_a_verb_about_it_is_one_event():
    # المساعدات … التي يقدمها المركز: the verb with an object pronoun is a clause about the noun
    assert types("وبذلك يكون مطار عدن قد استقبل ثلاث طائرات في الايام القليلة الماضية ، وتسيير "
     "المملكة جسراً جوياً لنقل المساعدات الإغاثية والإنسانية التي يقدمها مركز الملك "
     "سلمان للإغاثة والأعمال الإنسانية.").count("AID") == 1


def test_aid_named_as_a_purpose_is_no_event():
    # لتقديم المساعدات after an order: what the flights are for
    text = ("إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله "
     "لتقديم المساعدات العاجلة للشعب اليمني الشقيق أمر صاحب السمو الملكي الأمير محمد "
     "بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
     "بتأمين طائرات شحن تابعة لقيادة القوات الجوية الملكية السعودية لنقل المساعدات من "
     "مستودعات مركز الملك سلمان للإغاثة والأعمال الإنسانية بمحافظة شرورة إلى محافظة "
     "عدن في اليمن .")
    assert not [t for ty, t in events(text) if ty == "AID" and "تقديم" in t]


def statuses(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published="2015-07-27")
    return [(doc.span_text(e.trigger), e.status) for e in doc.events]


def test_a_habitual_phrase_tells_background():
    text = ('ورأى الخبير العسكري أن "كل ما يمكن أن يقوم به النظام هو تحويل المخيم واتباع '
            "السياسة ذاتها التي كان يتبعها مع بعض بلدات ريف دمشق مثل دوما كبراميل متفجرة "
            'وقصف مدفعي وصاروخي كثيف من حين إلى آخر".')
    assert ("قصف", "historical") in statuses(text)


# a word of ت…ت is the perfect of a verb whose stem opens with ت (تحطمت طائرة … اليوم: no
# imperfect, so no deed still to come today)
@pytest.mark.parametrize(("word", "imperfect"), [
    ("يجتمع", True), ("تبدا", True), ("تستهدف", True), ("يتحطم", True),
    ("تحطمت", False), ("تقدمت", False), ("تعرضت", False), ("قصفت", False),
])
def test_imperfect_form(word, imperfect):
    assert imperfect_form(word) is imperfect
