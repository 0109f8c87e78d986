"""Which mentions become events (events9): truces, aid delivered, places liberated, the dead
told as fallen, aircraft that crash, and deeds that are only demanded. Real sentences of the
demo corpus (demo-data/saudinewsnet), none from a dev gold article or a merge gold quote."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def events(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published="2015-07-27")
    return [(e.type, doc.span_text(e.trigger)) for e in doc.events]


def types(text: str) -> list[str]:
    return [t for t, _ in events(text)]


# mentions that were no event and are one
FOUND = [
    # a humanitarian truce announced (indefinite: a new truce)
    ("أعلنت قيادة قوات التحالف العربي عن هدنة إنسانية في اليمن، تبدأ من ظهر اليوم الأحد "
     "وتستمر لمدة خمسة أيام.", ("CONCEDE", "هدنة إنسانية")),
    ("قالت قيادة تحالف \"إعادة الأمل\" الذي تقوده المملكة إن هدنة إنسانية ستبدأ مساء اليوم "
     "في اليمن، لمدة خمسة أيام.", ("CONCEDE", "هدنة إنسانية")),
    # aid delivered: providing services or aid, distributing aid goods
    ("وكانت العيادات التخصصية السعودية واصلت تقديم الخدمات الطبية لللاجئين السوريين، مقدمة "
     "خدماتها لأكثر من 1300 حالة.", ("AID", "تقديم الخدمات")),
    ("وزعت الحملة الوطنية السعودية لنصرة الأشقاء في سورية 8538 عبوة حليب للأطفال الرضع.",
     ("AID", "وزعت")),
    # a liberated place named by its name, not a place noun
    ("وجاءت تصريحات ولد الشيخ بعد أيام على تحرير عدن، كبرى مدن الجنوب اليمني، من سيطرة "
     "الحوثيين وأتباع صالح.", ("COERCE", "تحرير")),
    # the dead told as fallen, with no deed word
    ("وسقط 20 قتيلا على الأقل بينهم عدد من الأطفال في بلدة معرة مصرين شمال شرقي مدينة إدلب.",
     ("ASSAULT", "سقط 20 قتيلا")),
    # an aircraft that crashes
    ("وتحطمت طائرة عسكرية بسبب سوء الاحوال الجوية في منتصف يناير في محافظة ادلب.",
     ("ASSAULT", "تحطمت طائرة")),
    # an invasion of a place
    ("وأنه ارتمى في أحضان الحوثيين عقب اجتياحهم العاصمة صنعاء.",
     ("COERCE", "اجتياحهم العاصمة")),
    # a plot or an attack foiled: the thwarting is the deed
    ("في سياق متصل، أحبطت فصائل المعارضة محاولة تقدم نفذتها القوات النظامية باتجاه قرية "
     "الزيادية في ريف إدلب الغربي.", ("COERCE", "أحبطت")),
]


@pytest.mark.parametrize(("text", "event"), FOUND)
def test_the_mention_is_an_event(text, event):
    assert event in events(text)


# mentions that stay no event
NOT_EVENTS = [
    # a truce told again (definite), not announced
    "وأكدت المصادر أن الهدنة الإنسانية لم تصمد سوى ساعات.",
    # distributing leaflets is no aid
    "كما وزعت منظمة الهلال الأحمر مناشير تتضمن الإجراءات الوقائية لمقاومة موجة الحر.",
    # a fall told of a project, not of the dead
    "حيث نفذ المشروع على ثلاث مراحل استفاد منها 3202 عائلة سورية.",
    # services that are no aid
    "وأضافت زندبيرج أن جنوب السودان يقدم خدمات أمنية هائلة لإسرائيل.",
    # an interview is no dialogue between parties
    "ووجه طواف، في حوار مع \"الوطن\"، انتقادات لاذعة للمبعوث الأممي السابق.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event(text):
    assert events(text) == []


# the deed after a demand is what is demanded, not a deed told; the demand is the event
DEMANDS = [
    ("وقال إن الاهالي الغاضبين نظموا تجمعات في بعض شوارع اللاذقية وريفها وطالبوا بتوقيف "
     "سليمان الأسد الذي استقل سيارته وغادر.", ["REQUEST"]),
    ("ودعا المحتجون إلى سرعة الإفراج عن المختطفين بدون تأخير.", ["REQUEST"]),
]


# the deed after a word of aim or wish is what is aimed at
AIMS = [
    ("كما دعا المركز الأمم المتحدة ومنظماتها المختلفة ذات العلاقة إلى الإسهام في تنفيذ هذه "
     "البرامج التي تهدف إلى تقديم الخدمات العلاجية للشعب اليمني.", ["REQUEST"]),
    ("وأعلنت القوات العراقية تكثيف عملياتها في الانبار بهدف «تحرير» المحافظة الحدودية مع "
     "سوريا.", []),
]


@pytest.mark.parametrize(("text", "found"), AIMS)
def test_an_aimed_deed_is_no_event(text, found):
    assert types(text) == found


@pytest.mark.parametrize(("text", "found"), DEMANDS)
def test_a_demanded_deed_is_no_event(text, found):
    assert types(text) == found


# a crash or the fallen dead beside the attack they belong to are that attack (one event)
FOLDED = [
    ("وقال مدير المرصد رامي عبدالرحمن \"تحطمت طائرة حربية اثناء قصفها حياً في وسط مدينة "
     "أريحا\" الواقعة في محافظة ادلب.", "قصفها"),
    ("وقصف المتمردون الحوثيون وقوات صالح مناطق سكنية في محافظتي عدن وتعز، مما أدى إلى سقوط "
     "قتلى من المدنيين.", "قصف"),
]


@pytest.mark.parametrize(("text", "trigger"), FOLDED)
def test_a_crash_or_the_fallen_beside_an_attack_are_that_attack(text, trigger):
    assert [t for ty, t in events(text) if ty == "ASSAULT"] == [trigger]


def test_who_benefits_from_aid_is_its_recipient():
    doc = extract_text("واستفاد 500 لاجئ سوري من المساعدات الغذائية في مخيم الزعتري.",
                       published="2015-07-27")
    (ev,) = [e for e in doc.events if e.type == "AID"]
    assert not ev.actor


# one deed told by a noun and a verb of aid is one event
ONE_AID = [
    # the noun the verb needs is its object
    "واستفاد 500 لاجئ سوري من المساعدات الغذائية في مخيم الزعتري.",
    # a verb with an object pronoun after the noun is a clause about it
    "وبذلك يكون مطار عدن قد استقبل ثلاث طائرات في الايام القليلة الماضية ضمن المساعدات التي "
    "يقدمها مركز الملك سلمان للإغاثة.",
]


@pytest.mark.parametrize("text", ONE_AID)
def test_one_aid_deed_is_one_event(text):
    assert types(text).count("AID") == 1


def test_aid_named_as_a_purpose_is_no_event():
    # لتقديم المساعدات after an order: what the flight is for; the relief flight is the deed
    text = ("إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لتقديم المساعدات "
            "العاجلة للشعب اليمني الشقيق، وصلت أمس طائرة إغاثة إلى مطار عدن.")
    assert [t for ty, t in events(text) if ty == "AID"] == ["إغاثة"]


def statuses(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text, published="2015-07-27")
    return [(doc.span_text(e.trigger), e.status) for e in doc.events]


# كان + an imperfect (past its subject, or before a deed noun it governs) and a habitual
# phrase tell background; كان after a conjunction of time tells what went on then
STATUS = [
    ("وكانت المقاتلات التركية تقصف مواقع التنظيم.", ("تقصف", "historical")),
    ("وكان النظام يشن غارات على المدينة قبل أن تسيطر عليها المعارضة.",
     ("غارات", "historical")),
    ("ورأى الخبير أن النظام سيتبع السياسة ذاتها مع المخيم، وهي قصف مدفعي وصاروخي كثيف من "
     "حين إلى آخر.", ("قصف", "historical")),
    ("وجاءت الغارات بينما كانت المعارضة السورية تشن هجوما على المربع الأمني للنظام في مدينة "
     "درعا.", ("هجوما", "asserted")),
    # a verb whose stem opens with ت, told of her, is a perfect, not an imperfect of today
    ("قال سكان إن 27 شخصاً على الأقل قتلوا عندما تحطمت طائرة حربية في سوق مزدحم في بلدة "
     "أريحا اليوم الاثنين.", ("تحطمت طائرة", "asserted")),
]


@pytest.mark.parametrize(("text", "status"), STATUS)
def test_status(text, status):
    assert status in statuses(text)


def test_a_foiled_deed_is_no_deed():
    text = ("وأفادت الوكالة بأن القوات المشتركة الكردية حققت تقدما جديدا جنوب مدينة عين العرب، "
            "فيما أحبطت تفجيرين انتحاريين في مدينة تل أبيض.")
    assert ("COERCE", "أحبطت") in events(text)
    assert not [t for ty, t in events(text) if "تفجير" in t]

