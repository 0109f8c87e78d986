"""recip3 (issue 12, nineteenth session): recipients of two constructions.

- A military thing, a vessel or a bridge (`struck_things` of data/events/owned.json) read as
  the subject right after a verb of striking, with no object after it, is what was struck:
  rasd.events.verbs.struck_thing decides it (one list and one place since actors37),
  rasd.events.objects.struck_subject makes it the recipient. The verb's subject is the
  one of the clause before (وهاجمت سفينة أخرى، كما استهدف أيضا آليات عسكرية). The dev gold
  codes these things as the recipient and the doer of the clause before as the actor.
- A group noun (`owner_groups`: مجموعات، تنظيمات) with an armed group's adjective after
  ل + the article owns the military thing before it (تمركزات للمجموعات الإرهابية):
  rasd.events.objects._owner_start.

Sentences from the dev sets (fresh11, fresh13) and the free region news (snn_region_*); the
guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import roles_of

FOUND = [
    # fresh11: a verb joined to the clause before after a comma; the ship is what was struck
    ("أعلن متحدثون باسم الجيش الليبي أمس، أن طائرات حربية، تابعة للحكومة المعترف بها دوليًا، "
     "قصفت سفينة ببنغازي وأغرقتها، وهاجمت سفينة أخرى، لإنهما تحملان «مقاتلين وأسلحة وذخيرة "
     "لدعم الإرهاب».", "هاجمت", "سفينة أخرى"),
    # fresh13: an adverb between the verb and the thing; the place phrase left to the place
    ("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية غرب العاصمة، "
     "التابعة لمحافظة صنعاء، كما استهدف أيضا آليات عسكرية في صحراء وادي الحسيني في محافظة "
     "لحج.", "استهدف", "آليات عسكرية"),
    # fresh13: a quantifier before the thing, its owner's pronoun on it
    ("ونقلت وكالة الأناضول عن المتحدث باسم مجلس محافظة الأنبار عميد عياش أن القوات العراقية "
     "هاجمت مواقع لتنظيم داعش في منطقتي حصيبة وجويبة شرق الرمادي وقتلت 31 منهم، كما دمرت بعض "
     "آلياتهم.", "دمرت", "بعض آلياتهم"),
    # the region news (snn_region_0217): the thing with its owner after ل
    ("واستهدف طيران التحالف تجمعات الميليشيات في محيط قاعدة العند الجوية، مما أدى إلى مقتل نحو "
     "29 من المتمردين، بينهم القيادي الحوثي محمد المداني، كما استهدفت تجمعات للمليشيات في مزارع "
     "الوهط.", "استهدفت", "تجمعات للمليشيات"),
    # fresh13: the owner a group noun with its adjective
    ("وقال ناصر الحاسي، المتحدث باسم القوات الجوية، إن «سلاح الجو قام بقصف تمركزات للمجموعات "
     "الإرهابية في محور الصابري»، في إشارة إلى حي ساحلي في وسط بنغازي بالقرب من الميناء.",
     "قصف", "تمركزات للمجموعات الإرهابية"),
]


@pytest.mark.parametrize("text,trigger,recipient", FOUND)
def test_recipient_found(text: str, trigger: str, recipient: str) -> None:
    actors, found = roles_of(text, trigger)
    assert recipient in found
    assert recipient not in actors


ACTORS = [
    # fresh11, fresh13: the doer of the clause before, not the thing struck
    (FOUND[0][0], "هاجمت", "طائرات حربية"),
    (FOUND[1][0], "استهدف", "مقاتلات التحالف"),
    (FOUND[2][0], "دمرت", "القوات العراقية"),
]


@pytest.mark.parametrize("text,trigger,actor", ACTORS)
def test_actor_of_clause_before(text: str, trigger: str, actor: str) -> None:
    assert actor in roles_of(text, trigger)[0]


KEPT = [
    # a car that explodes is the weapon, not what was struck (انفجر is no verb of striking)
    ("انفجرت عربة مفخخة في سوق المدينة.", "انفجرت", ["عربة مفخخة"], ["سوق"]),
    # tanks with an object after them are the verb's subject
    ("قصفت دبابات الاحتلال منازل المواطنين في بيت حانون.", "قصفت", ["دبابات الاحتلال"],
     ["منازل المواطنين"]),
    # a group noun with no adjective of an armed group names no owner (the bare thing as on
    # main)
    ("استهدف الطيران تجمعات لمجموعات من الشبان في ريف حماة.", "استهدف", ["الطيران"],
     ["تجمعات"]),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", KEPT)
def test_kept(text: str, trigger: str, actors: list[str], recipients: list[str]) -> None:
    assert roles_of(text, trigger) == (actors, recipients)


COUNTED_DOERS = [
    # the region news (snn_region_0414): a counted phrase after a verb of demand is who demands
    ("كما طالب مئات المتظاهرين الأردنيين في مسيرة نظمتها حراكات شعبية وشبابية أردنية، حكومة "
     "بلادهم بوقف «كافة التعاملات مع حكومة الاحتلال».", "طالب", "مئات المتظاهرين الأردنيين"),
    # the demo corpus (snn_syria_0413): after a verb of protest, who protests
    ("وتظاهر آلاف الأكراد أمس في مدينة كولونيا الألمانية وبروكسل تنديدا بالغارات التي يشنها "
     "الجيش التركي على مقاتلي حزب العمال الكردستاني.", "تظاهر", "آلاف الأكراد"),
]


@pytest.mark.parametrize("text,trigger,actor", COUNTED_DOERS)
def test_counted_doer(text: str, trigger: str, actor: str) -> None:
    actors, found = roles_of(text, trigger)
    assert actor in actors
    assert actor not in found


def test_agent_phrase_is_no_target() -> None:
    # the region news (snn_region_0523): على أيدي opens the doer of the deed noun, not its
    # target
    text = ("وأكد في تصريحات خاصة تعرّض الحريات الصحفية والصحفيين لموجة غير مسبوقة من القمع "
            "والاعتقالات والمصادرة منذ سبتمبر الماضى على أيدي الحوثيين.")
    assert "أيدي الحوثيين" not in roles_of(text, "قمع")[1]


def test_killed_by_hand_kept() -> None:
    # على يد after a killing: the victim before it stays, the doer after it (guard)
    assert roles_of("مقتل الشاب على يد قوات الاحتلال.", "مقتل") == (["قوات الاحتلال"],
                                                                    ["الشاب"])


APPOSITIONS = [
    # the region news (snn_region_0281): an office title right after a name standing alone
    # is the name's apposition
    ("دعا موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس أمس السبت إلى تشكيل حكومة وحدة وطنية "
     "فلسطينية، محذرًا من انعكاسات الفشل الداخلي على الوضع السياسي.", "دعا",
     "نائب رئيس المكتب السياسي"),
    # the demo corpus (snn_syria_0080): after the name, a title with its nationality
    ("وبحث ناصر جودة وزير الخارجية الأردني في عمان، أمس، مع وفد لجنة المتابعة المعنية بتنفيذ "
     "نتائج مؤتمر القاهرة الثاني للمعارضة السورية، تطورات الأوضاع.", "بحث",
     "وزير الخارجية الأردني"),
    # the region news (snn_region_0596): honorifics before the name
    ("استقبل سمو الأمير بندر بن فيصل آل سعود نائب مدير عام إدارة الشؤون الدولية المشرف العام على "
     "برنامج إعادة الروابط العائلية لأهالي المعتقلين اليمنيين.", "استقبل", "نائب مدير عام"),
    # fresh7: the conjunct split off the title's phrase goes with it
    ("وحثت سارة ليا ويتسن مديرة قسم الشرق الأوسط وشمال أفريقيا الولايات المتحدة على الضغط على "
     "حليفتها اسرائيل لانهاء ما وصفته بـ\"الممارسات المسيئة\".", "حثت", "شمال أفريقيا"),
]


@pytest.mark.parametrize("text,trigger,title", APPOSITIONS)
def test_title_after_name_is_no_recipient(text: str, trigger: str, title: str) -> None:
    assert not any(title in r for r in roles_of(text, trigger)[1])


ADDRESSED = [
    # the demo corpus (snn_syria_0162, snn_syria_0077): a subject named by its office takes
    # the title after it as its object (guards)
    ("ويأتي ذلك فيما طالب الرئيس هادي المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد إلى زيارة "
     "عدن بعد تحريرها.", "طالب", "المبعوث الأممي"),
    ("أبلغ وزير الخارجية السوري وليد المعلم المبعوث الأممي ستيفان دي ميستورا تمسك النظام السوري "
     "بالمبادرة التي أطلقها الرئيس الروسي فلاديمير بوتين.", "أبلغ",
     "المبعوث الأممي ستيفان دي ميستورا"),
    # the region news (snn_region_0698): a title with its holder's name after a name alone
    # names a second person, the one asked (guard)
    ("ويطالب بن فريد الرئيس عبد ربه منصور هادي ودول التحالف، وفي مقدمتها المملكة العربية "
     "السعودية، بأن يأخذ بعين الاعتبار الغزو والدمار الذي حل بالجنوب.", "يطالب",
     "الرئيس عبد ربه منصور هادي"),
    # fresh17: after أيضا the subject said before goes on; the name and its title are met
    # (guard: the gold codes «حيدر العبادي رئيس الوزراء» as the recipient)
    ("وسيلتقي أيضًا حيدر العبادي رئيس الوزراء ونظيره خالد العبيدي وسليم الجبوري رئيس مجلس "
     "النواب.", "يلتقي", "رئيس الوزراء"),
]


@pytest.mark.parametrize("text,trigger,recipient", ADDRESSED)
def test_title_after_office_is_recipient(text: str, trigger: str, recipient: str) -> None:
    assert recipient in roles_of(text, trigger)[1]
