"""The argument passes of rasd.events on sentences from real articles (SaudiNewsNet's region
and Syria files): each row is a sentence, a trigger and the roles a reader would record."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def event(text: str, trigger: str, published: str = "2015-08-01") -> dict:
    doc = extract_text(text, published=published)
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [(t(e.trigger), e.type) for e in doc.events]
    e = hits[0]
    return {"type": e.type, "actor": [t(r) for r in e.actor],
            "recipient": [t(r) for r in e.recipient], "location": [t(r) for r in e.location],
            "basis": {r.basis for r in (*e.actor, *e.recipient, *e.location)},
            "status": e.status}


# noun triggers: the actor from a light verb, a genitive, a relative clause, a list …
NOUN_ACTORS = [
    # a light verb far before its noun, its coordinated subject and a time between
    ("ارتكبت ميليشيات الحوثي وقوات الرئيس المخلوع علي عبدالله صالح أمس مجزرة راح "
     "ضحيتها 57 قتيلا.", "مجزرة",
     ["ميليشيات الحوثي", "قوات الرئيس المخلوع علي عبدالله صالح"]),
    # a light verb right before the noun: the subject follows the noun
    ("ونفذت الهجمات قوات حكومية وميليشيا متحالفة معها من قبيلة بول نوير.", "هجمات",
     ["قوات حكومية", "ميليشيا"]),
    # an affiliation list belongs to the party noun
    ("إلى أن شنت قوات مشتركة من نيجيريا والنيجر وتشاد هجوما كبيرا في وقت سابق من العام "
     "الجاري.", "هجوما", ["قوات مشتركة من نيجيريا والنيجر وتشاد"]),
    # the genitive of an event noun is its agent
    ("ويأتي استعادة القاعدة الجوية ودحر الميليشيات بعد أسابيع على تحرير محافظة عدن بدعم "
     "من ضربات التحالف العربي.", "ضربات", ["التحالف العربي"]),
    # the agent after the noun with ل
    ("أعلن المرصد السوري لحقوق الإنسان أن 12 سوريا قتلوا في قصف لطيران النظام السوري "
     "بالبراميل المتفجرة أمس.", "قصف", ["طيران النظام السوري"]),
    # a definite nationality adjective stands for the state
    ("وقالت المعارضة إن الغارات الروسية استهدفت مستشفى في ريف إدلب.", "الغارات",
     ["الروسية"]),
]


@pytest.mark.parametrize("text, trigger, actor", NOUN_ACTORS)
def test_noun_actors(text, trigger, actor):
    assert event(text, trigger)["actor"] == actor


# the target of a verbal noun is its genitive; an adjective after a definite noun is none
NOUN_TARGETS = [
    ("وكان مصدر أمني أشار إلى احتمال أن يكون استهداف المدنيين جرى للانتقام لقيام مجهولين "
     "الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي.", "استهداف", [], ["المدنيين"]),
    ("وكان مصدر أمني أشار إلى احتمال أن يكون استهداف المدنيين جرى للانتقام لقيام مجهولين "
     "الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي.", "تدمير", [], ["صهريج مياه"]),
    # an agent genitive of a verbal noun with a ل target
    ("ورجحت المعلومات أن يكون سبب اختطافهم مرتبطا بتوقيف السلطات التشيكية لعلي فياض.",
     "توقيف", ["السلطات التشيكية"], ["علي فياض"]),
    # القصف العنيف: after a definite noun the adjective is no target
    ("وقال المصدر إن ذلك جاء تزامنا مع استمرار القصف العنيف على بلدتي كفريا والفوعة.",
     "القصف", [], []),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", NOUN_TARGETS)
def test_noun_genitives(text, trigger, actor, recipient):
    e = event(text, trigger)
    assert (e["actor"], e["recipient"]) == (actor, recipient)


# verb triggers: the subject by construction
VERB_SUBJECTS = [
    # the antecedent of a relative pronoun, after a preposition
    ("هذه التطورات تأتي في ظل إطار جوي من قبل التحالف العربي الذي دمر الركيزة الأساسية من "
     "سلاح الحوثي.", "دمر", ["التحالف العربي"]),
    # the subject after إن, past an aside between commas
    ("وقال المرصد، والذي يتخذ من بريطانيا مقرا له، إن تحالفا لفصائل معارضة بينها جبهة "
     "النصرة، ذراع تنظيم القاعدة في سوريا، قد هاجم قريتي الفوعة وكفريا في محافظة إدلب.",
     "هاجم", ["تحالفا لفصائل معارضة"]),
    # a verb joined by و keeps the clause's subject, however far
    ("قال المرصد إن المعارضة المسلحة أطلقت نحو 400 صاروخ على قريتين شيعيتين في شمال غرب "
     "سوريا اليوم الجمعة (18 سبتمبر/ أيلول) وفجرت فيهما سبع سيارات مفخخة على الأقل.",
     "فجرت", ["المعارضة المسلحة"]),
]


@pytest.mark.parametrize("text, trigger, actor", VERB_SUBJECTS)
def test_verb_subjects(text, trigger, actor):
    assert event(text, trigger)["actor"] == actor


NOT_PARTIES = [
    # a passive has no subject: تم is none
    "وقالت البعثة في بيان إنه خلال المواجهة تم قتل خمسة من مسلحي الشباب.",
    # a clause-opening verb is no part of the subject: التقرير is a document, no party
    "كما وثق التقرير قتل مدنيين من رجال ونساء وبينهم أطفال.",
]


@pytest.mark.parametrize("text", NOT_PARTIES)
def test_no_fragment_actor(text):
    e = event(text, "قتل")
    assert e["actor"] == []


def test_places_from_context_keep_their_basis():
    text = ("ووقع الهجوم في منطقة واردوج أمس الاول الخميس وقتل عضوان من قوات الامن.\n"
            "وتابع \"أصيب خمسة جنود في الاشتباكات\".\n"
            "وقال بيدار إنه تم اعتقال قاري ذبيح الله قائد طالبان في المنطقة.")
    e = event(text, "الاشتباكات", "2015-07-26")
    assert e["location"] == ["واردوج"] and e["basis"] == {"context"}
    e = event(text, "اعتقال", "2015-07-26")  # في المنطقة: the place named before
    assert e["location"] == ["واردوج"] and e["recipient"] == ["قاري ذبيح الله"]


def test_opening_place_and_responsibility():
    text = ("وفي إقليم نانجارهار شرق البلاد أصيب رجلا شرطة على الاقل بعد انفجار قنبلة زرعت "
            "بالقرب من نقطة تفتيش تابعة للشرطة أمس السبت.\n"
            "وأعلنت حركة طالبان مسؤوليتها عن الانفجار.")
    e = event(text, "انفجار", "2015-07-26")
    assert e["location"] == ["نانجارهار"] and "sentence" in e["basis"]
    assert e["actor"] == ["حركة طالبان"]  # the group that claimed it (basis context)


def test_dateline_place():
    e = event("عين اليوم – بيروت\nقال مصدر أمني إن انفجارا استهدف حافلة للجنود.", "انفجارا")
    assert e["location"] == ["بيروت"] and e["basis"] == {"dateline"}


def test_two_sided_clash():
    """بين X وY من جهة وZ من جهة أخرى: the first side acts, the second is the recipient."""
    e = event("ذكرت مصادر أمنية يمنية أن اشتباكات عنيفة تدور بين الجيش الموالي للشرعية "
              "والمقاومة الشعبية من جهة والحوثيين والقوات الموالية للرئيس السابق علي عبدالله "
              "صالح من جهة أخرى.", "اشتباكات")
    assert e["actor"] == ["الجيش الموالي للشرعية", "المقاومة الشعبية"]
    assert e["recipient"] == ["الحوثيين", "القوات الموالية للرئيس السابق علي عبدالله صالح"]


# a possessive pronoun on an agentive deed noun: the party it points back at (its gender and
# number agree), not a place nearer than any party, not the accused of اتهامه
POSSESSIVES = [
    ("على صعيد اخر، خطف تنظيم داعش نحو 230 مدنيا، بينهم ستون مسيحيا على الاقل غداة سيطرته "
     "على مدينة القريتين في محافظة حمص.", "سيطر", ["تنظيم داعش"]),
    ("ويميز المقاتلون السوريون بين جبهة النصرة التي ركزت عملياتها ضد قوات النظام، وتنظيم "
     "داعش.", "عمليات", ["جبهة النصرة"]),
    ("تحطمت طائرة حربية سورية أمس بعد سقوطها نتيجة خلل تقني أثناء قصفها حيا في وسط مدينة "
     "أريحا.", "قصف", ["طائرة حربية سورية"]),
    ("وقال المصدر إن حزب الله يضغط على المقاتلين المعارضين في الزبداني للخروج من المدينة، "
     "ضمن تسوية تقضي بانسحابهم دون أسلحتهم.", "انسحاب", ["المقاتلين المعارضين"]),
    ("تمكن خلالها الثوار من التصدي لمقاتلي الحزب، الذين تمت تغطية هجماتهم بغارات الطيران.",
     "هجمات", ["مقاتلي الحزب"]),
    # the place is nearer: قصفها may be bombing it
    ("لا يزال النظام يعطي الأولوية للمعركة في الزبداني عبر تشديد الحصار عليها والاستمرار في "
     "قصفها جوا بالبراميل المتفجرة.", "قصف", []),
    # the pronoun of اتهامه is the accused
    ("القت السلطات السورية القبض على سليمان الاسد، احد انساب الرئيس بشار الاسد، لاتهامه "
     "بقتل عقيد في القوات الجوية.", "اتهام", []),
]


@pytest.mark.parametrize("text, trigger, actor", POSSESSIVES)
def test_possessive_actor(text, trigger, actor):
    e = event(text, trigger)
    assert e["actor"] == actor
    assert not actor or e["basis"] >= {"sentence"}


# a name is never cut by a phrase edge; a party phrase with a word that alone names a thing
# (سلاح الجو); the agent after ل with the article (للطيران); a time aside between commas
# neither ends a verb's clause nor a place scan; a quoted subject after the verb
CLAUSE_EDGES = [
    ('وجاء في البيان: "استهدف سلاح الجو التركي ثلاثة مواقع لتنظيم داعش داخل الأراضي '
     'السورية.', "استهدف", ["سلاح الجو التركي"], ["ثلاثة مواقع لتنظيم داعش"], []),
    ("من ناحية ثانية، أسفرت غارات للطيران التركي، فجر أمس، على قرية شمال شرقي أربيل عن "
     "مقتل نحو 25 قرويًا.", "غارات", ["طيران التركي"], [], ["شمال شرقي أربيل"]),
    ('وفي جنوب سوريا، سيطر "جيش الفتح" في المنطقة الجنوبية، الجمعة، على سد كوكب في ريف درعا '
     'الغربي.', "سيطر", ["جيش الفتح"], [], ["ريف درعا الغربي"]),
    # after a light verb and its subject, the verb form is its noun: the subject acts
    ("وفي تعز، جددت ميليشيات الحوثي وصالح قصفها بصواريخ الكاتيوشا قريتي مشرعة وحدنان.",
     "قصف", ["ميليشيات الحوثي وصالح"], [], ["مشرعة"]),
]


@pytest.mark.parametrize("text, trigger, actor, recipient, location", CLAUSE_EDGES)
def test_clause_edges(text, trigger, actor, recipient, location):
    e = event(text, trigger)
    assert (e["actor"], e["recipient"], e["location"]) == (actor, recipient, location)
