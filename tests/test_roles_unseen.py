"""Actors and recipients that hold on unseen wars (issue 12, args8), on sentences of the
demo corpus (SaudiNewsNet, 2015; none from a dev gold file): counted victims as the
recipient of their attack (rasd.events.context.give_victims, wounded), and no actor
carried from an earlier deed of its kind into a sentence that names another party before
the deed (rasd.events.context.rival_before)."""

from __future__ import annotations

import pytest

from conftest import event_roles as roles
from rasd.pipeline import extract_text

# counted people killed or wounded beside an attack are its recipient; bare counts (آخرين،
# قتيلا) are not
VICTIMS = [
    ("وجاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود "
     "السورية.", "تفجير انتحاري", ["32 شخصا"]),
    ("واستهدف أكثر التفجيرات دموية الثلاثاء منطقة بغداد الجديدة (شرق)، حيث قتل 19 شخصا على "
     "الأقل وأصيب 43 في تفجير سيارة مفخخة.", "تفجير", ["19 شخصا"]),
    # the injury noun, the attack with ب on its word
    ("وأفاد مصدر أمني إصابة ثلاثة أشخاص بانفجار عبوة لاصقة بشاحنة متوقفة في حي الدورة "
     "جنوبي بغداد.", "انفجار", ["ثلاثة أشخاص"]),
    # the wounded before their verb, the attack after it
    ("وقال مسؤول أمني إن 18 شرطيا على الأقل أصيبوا يوم الأحد في انفجار عبوة ناسفة.",
     "انفجار", ["18 شرطيا"]),
    # bare counts: no recipient
    ("وقال شهود إن أكثر من 20 قتيلاً سقطوا في الانفجار بالبلدة.", "انفجار", []),
    ("وأشار مسؤول إلى إن ثمانية أشخاص آخرين أصيبوا جراء الهجوم.", "الهجوم", []),
]


@pytest.mark.parametrize("text, trigger, recipient", VICTIMS)
def test_victims_are_recipients(text, trigger, recipient):
    assert roles(text, trigger)[1] == recipient


# a definite deed noun takes the actor of the last deed of its kind (same_kind_actor) only
# when its own sentence names no other organisation or armed party before it
CARRIED = [
    # another party (الفصائل) acts in the sentence: the coalition's aircraft are not carried
    ("وأضاف البيان كما استهدفت طائرات التحالف وحدات تكتيكية ومركبات ومواقع قتالية بالقرب "
     "من 8 مدن عراقية منها الموصل والفلوجة والرمادي. إلى ذلك، أمطرت الفصائل المقاتلة "
     "المعارضة للنظام السوري اربع بلدات شيعية محاصرة في شمال سوريا بالقذائف الصاروخية "
     "والمدفعية.", "قذائف", []),
    # the party named before is the one carried: it is carried
    ("ويأتي ذلك بعد أن تمكنت قوات التحالف والمقاومة الشعبية من السيطرة على مدينة عدن، "
     "وتتركز المعارك شمالا إلى لحج، حيث تسعى المقاومة لاستعادة قاعدة العند الجوية "
     "الاستراتيجية بعد الحصار المطبق الذي فرضته على ميليشيات الحوثي وصالح.", "الحصار",
     ["قوات التحالف", "المقاومة الشعبية"]),
]


@pytest.mark.parametrize("text, trigger, actor", CARRIED)
def test_carried_actor(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


ROUND_UP = ("وقتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أول من "
            "أمس، بحسب ما أفادت مصادر أمنية وطبية أمس، في هجمات تبنى بعضها داعش. كما انفجرت "
            "سيارة مفخخة في الزعفرانية بجنوب بغداد، ما أدى إلى مقتل أربعة أشخاص وأصيب 10، بحسب "
            "المصدر نفسه. وفي محافظة ديالى شمال شرق بغداد، قتل أربعة أشخاص على الأقل في تفجير "
            "سيارة مفخخة في بلدة مندلي القريبة من الحدود مع إيران.")

# the group that claimed responsibility is the actor of the article's attacks, not of those
# of a sentence that turns to another story (other_story) nor of a text adopted
RESPONSIBILITY = [
    (ROUND_UP, "انفجرت", ["داعش"]),
    (ROUND_UP, "تفجير", []),  # وفي محافظة ديالى، …: another story of the round-up
    ("تبنى مجلس الأمن الدولي أمس قرارا بتشكيل لجنة خبراء سيكلفون بتحديد هوية المسؤولين عن "
     "هجمات كيميائية بغاز الكلور وقعت أخيرا في سوريا.", "هجمات", []),
]


@pytest.mark.parametrize("text, trigger, actor", RESPONSIBILITY)
def test_responsibility(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


# a past deed verb after a person with no object is a passive: the person is the recipient
# (rasd.events.verbs.person_passive)
PASSIVES = [
    ("وقال جيف ديفيس احد المتحدثين باسم البنتاغون في بيان ان محسن الفضلي قتل في 8 يوليو "
     "خلال تنقله بسيارة بالقرب من سرمدا بشمال غرب سورية.", "قتل", [], ["محسن الفضلي"]),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", PASSIVES)
def test_person_passive(text, trigger, actor, recipient):
    assert roles(text, trigger) == (actor, recipient)


# the ل phrase after a deed noun is its agent (agent_after), but not after a noun with a
# possessive pronoun (the pronoun is the agent) nor past another deed noun (its agent)
AGENT_AFTER = [
    ("كما أكد رجل ملثم إن المجموعة المتشددة «قامت بقطع يد الغرب وأيدي الأميركان في بلاد "
     "الشام» باختطافها للمقاتلين.", "اختطافها", []),
    ("وترى المصادر أن المناطق التي استعاد النظام السيطرة عليها «هي تلك التي شاركت في "
     "معاركها قوات حليفة للنظام».", "معاركها", []),
]


@pytest.mark.parametrize("text, trigger, actor", AGENT_AFTER)
def test_agent_after(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


# each party of a coordinated subject after a light verb with an object pronoun
COORDINATED = [
    ("فقد قتل 17 مدنيا على الأقل وجرح 121 آخرون، من بينهم نساء وأطفال في قصف شنه الحوثيون "
     "وقوات صالح على أحياء سكنية في دار سعد بمدينة عدن.", "قصف", ["الحوثيون", "قوات صالح"]),
    ("وفي مدينة درعا السورية تجددت المعارك العنيفة الخميس بين قوات النظام ومقاتلي المعارضة "
     "اثر هجوم شنه مقاتلو المعارضة وجبهة النصرة الاسلامية على احياء تابعة لقوات النظام.",
     "هجوم", ["مقاتلو المعارضة", "جبهة النصرة الاسلامية"]),
    # a name whose own first letter is و is no second party (وليد المعلم)
    ("أبلغ وزير الخارجية السوري وليد المعلم المبعوث الأممي ستيفان دي ميستورا تمسك النظام "
     "السوري بالمبادرة التي أطلقها الرئيس الروسي فلاديمير بوتين.", "أبلغ",
     ["وزير الخارجية السوري وليد المعلم"]),
]


@pytest.mark.parametrize("text, trigger, actor", COORDINATED)
def test_coordinated_actors(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


def test_weapon_arm_of_a_party_is_a_party():
    """مدفعية الجيش: a weapon arm in construct with a force (party_weapons) names a party;
    a statement of it (بيان الجيش) does not."""
    from rasd.events.parties import party_span
    from rasd.roles import View
    doc = extract_text("ونقلت الأناضول عن الضابط العقيد وليد الدليمي، أن قيادة العمليات الخاصة "
                       "زودت طيران التحالف الدولي ومدفعية الجيش، بإحداثيات مواقع تجمعات عناصر "
                       "التنظيم. وأصدر الجيش بيانا.")
    v = View.of(doc)
    at = {v.norms[k]: k for k in range(len(v.toks))}
    k = at["ومدفعيه"]
    assert party_span(v, (k, k + 2)) == (k, k + 2)
    k = at["بيانا"]
    assert party_span(v, (k, k + 1)) is None


# a casualty word that is an event of its own has its counted victims for recipient
# (rasd.events.context.casualty_recipient)
CASUALTIES = [
    ("كما تبنت مقاومة آزال مقتل 3 من عناصر الميليشيات الحوثية في نفس مدينة معبر.", "مقتل",
     ["3 من عناصر الميليشيات الحوثية"]),
    ("أما على الحدود السورية - التركية، فأفيد عن إصابة ثلاثة مدنيين بأعيرة نارية أطلقها "
     "عناصر من الشرطة التركية أثناء محاولتهم العبور بطريقة غيرة شرعية الحدود السورية - "
     "التركية.", "إصابة", ["ثلاثة مدنيين"]),
]


@pytest.mark.parametrize("text, trigger, recipient", CASUALTIES)
def test_casualty_recipient(text, trigger, recipient):
    assert roles(text, trigger)[1] == recipient


def test_carried_out_by_a_quoted_party():
    """قامت «جبهة النصرة» بشن هجوم: the light verb's quoted subject carries out the attack
    (execution_nouns); استهدفت فيه مقاتلين: a feminine verb has no masculine plural of people
    for subject after its resumptive pronoun, so they are what the attack struck."""
    text = ("هذا المأزق اتضح أكثر في اليومين الماضيين، حيث قامت «جبهة النصرة» بشن هجوم قرب "
            "بلدة أعزاز شمال حلب استهدفت فيه مقاتلين من المعارضة السورية دربتهم واشنطن.")
    assert roles(text, "هجوم") == (["جبهة النصرة"], ["مقاتلين"])
