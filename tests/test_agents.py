"""Actors of deeds read from their agent constructions (issue 12, args10), on sentences of
the demo corpus (none from a dev gold file): a subject of a deed verb joined by و + a party
(rasd.events.verbs.coordinated_subject), a party after من right after a deed noun
(rasd.events.nouns.agent_from), and no subject before a light verb that a preposition
governs (rasd.events.nouns._after_preposition). Each class has a case that must not move."""

from __future__ import annotations

import pytest

from conftest import event_roles as roles

# a subject written after its deed verb goes on over و + a party: the object comes after
COORDINATED_SUBJECT = [
    ("وقصف المتمردون الحوثيون وقوات صالح مناطق سكنية في محافظتي عدن وتعز، مما أدى إلى سقوط "
     "قتلى من المدنيين.", "قصف", ["المتمردون الحوثيون", "قوات صالح"], ["مناطق سكنية"]),
    ("ميدانيا وعلى وقع ضربات طيران التحالف، انسحبت ميليشيات الحوثيين وقوات الرئيس المخلوع "
     "علي عبدالله صالح، امس السبت، من الأطراف الشمالية لمدينة عدن باتجاه محافظة لحج.",
     "انسحبت", ["ميليشيات الحوثيين", "قوات الرئيس المخلوع علي عبدالله صالح"], []),
    # وحدات: its و is its own letter, so the phrase is the object
    ("وأضاف البيان: كما استهدفت طائرات التحالف وحدات تكتيكية ومركبات ومواقع قتالية بالقرب "
     "من ثماني مدن عراقية منها الموصل والفلوجة والرمادي.", "استهدفت", ["طائرات التحالف"],
     ["وحدات تكتيكية ومركبات"]),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", COORDINATED_SUBJECT)
def test_coordinated_subject(text, trigger, actor, recipient):
    assert roles(text, trigger) == (actor, recipient)


# a party after من right after a deed noun (past adjectives, a ب phrase of manner) acts
AGENT_FROM = [
    ("وقتل 15 آخرون بينهم نساء واطفال في قصف من طيران حربي على بلدة سراقب في الريف الجنوبي "
     "الشرقي للمحافظة.", "قصف", ["طيران حربي"]),
    ("وقتل ثلاثة أشخاص على الأقل وجرح آخرون في مدينة عربين نتيجة قصف من طائرات النظام السوري "
     "بعدة صواريخ موجهة.", "قصف", ["طائرات النظام السوري"]),
    ("في الشمال، أفاد موقع «الدرر الشامية» المعارض، أن «عشرات المدنيين قتلوا وجرحوا، صباح "
     "الاثنين (أمس)، في غارات جوية مكثفة من طيران نظام الأسد على عدة مناطق في ريف حلب".
     replace("«", "").replace("»", ""), "غارات جوية", ["طيران نظام الأسد"]),
    # after a removal noun, the party after من is who is driven out
    ("في محافظة لحج، حيث باتت مدينة الحوطة، عاصمة المحافظة، قاب قوسين من التطهير من "
     "الميليشيات.", "تطهير", []),
    # after a seizing noun, the party after من is who held the place (its recipient)
    ("غير أن القيادة العراقية ستتوقف عن ذلك للحاجة إليهم في تحرير المناطق العراقية من "
     "تنظيم داعش.", "تحرير المناطق", []),
]


@pytest.mark.parametrize("text, trigger, actor", AGENT_FROM)
def test_agent_from(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


# a noun governed by a preposition before a light verb is no subject of it
AFTER_PREPOSITION = [
    ("وفي حال تمكنت الفصائل المقاتلة من السيطرة على جورين، يصبح بإمكانها وفق عبد الرحمن، "
     "التقدم باتجاه جبال محافظة اللاذقية.", "سيطرة", ["الفصائل المقاتلة"]),
    ("وفي الزبداني استأنف طيران الأسد قصفه العنيف للمدينة، في حين تستمر ميليشيات حزب الله "
     "في محاولاتها للتقدم.", "قصفه", ["طيران الأسد"]),
]


@pytest.mark.parametrize("text, trigger, actor", AFTER_PREPOSITION)
def test_after_preposition(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


# a weapon noun, then a launch verb with an object pronoun: who threw or fired it
LAUNCHED = [
    ("وقالت مصادر محلية إن عشرات القذائف التي أطلقها مقاتلو المعارضة سقطت على أحياء المدينة.",
     "قذائف", ["مقاتلو المعارضة"]),
    ("وأصيب ثلاثة أشخاص في انفجار قنبلة ألقاها مجهولون على سوق شعبي في المدينة.", "انفجار",
     ["مجهولون"]),
    # تلقاها: received, not thrown (no imperfect of ألقى is listed)
    ("بعد الضربات الموجعة التي تلقاها الانقلابيون.", "ضربات", []),
]


@pytest.mark.parametrize("text, trigger, actor", LAUNCHED)
def test_launched(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


# a sentence opening with a deed verb or a light verb, with no subject of its own, goes on
# from the sentence before: the actor of that sentence's last deed
SENTENCE_CHAIN = [
    ("من جهته، نفذ الطيران الحربي الغارة التاسعة على مناطق في بلدة اليادودة، وأنباء عن سقوط "
     "قتلى وجرحى. كما نفذ غارة على مناطق في أطراف حي طريق السد بمدينة درعا، ليرتفع عددها إلى "
     "12 غارة.", "غارة", ["الطيران الحربي"]),
    # the deed noun after the light verb is its subject (بدأت المعارك): nothing carried
    ("وقصفت قوات النظام مناطق سكنية في المدينة. وبدأت المعارك في حلب في صيف 2012، وانقسمت "
     "المدينة منذ ذلك الحين بين احياء خاضعة لسيطرة المعارضة واخرى تحت سيطرة النظام.",
     "المعارك", []),
]


@pytest.mark.parametrize("text, trigger, actor", SENTENCE_CHAIN)
def test_sentence_chain(text, trigger, actor):
    assert roles(text, trigger)[0] == actor


# both sides of a clash told with بين act, none is only fought (rasd.events.nouns.between_list;
# the convention of tests/gold/README.md); a deed of another kind in the same sentence keeps
# its own agent
CLASH_SIDES = [
    ("قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش الإرهابي في سوريا وذلك غداة "
     "تبادل لإطلاق النار بين الجيش التركي والمسلحين على الحدود.", "تبادل لإطلاق النار",
     ["الجيش التركي", "المسلحين"], []),
    ("كما شهدت منطقة الجفينة بمحافظة مارب اشتباكات عنيفة بين المقاومة الشعبية ومسلحين "
     "حوثيين.", "اشتباكات", ["المقاومة الشعبية", "مسلحين حوثيين"], []),
    ("اصيب 18 شرطيا مصريا على الاقل الاحد في انفجار عبوة ناسفة استهدف حافلة كانوا يستقلونها "
     "قرب مدينة العريش في شمال سيناء حيث تجري مواجهات مستمرة بين قوات الامن المصري "
     "والمتطرفين، حسب ما افادت مصادر امنية وطبية.", "مواجهات",
     ["قوات الامن المصري", "المتطرفين"], []),
    ("وفي مدينة درعا السورية تجددت المعارك العنيفة الخميس بين قوات النظام ومقاتلي المعارضة "
     "اثر هجوم شنه مقاتلو المعارضة وجبهة النصرة الاسلامية على احياء تابعة لقوات النظام، بحسب "
     "ما افاد المرصد السوري لحقوق الانسان.", "هجوم",
     ["مقاتلو المعارضة", "جبهة النصرة الاسلامية"], []),
    # the second side after a comma, and after من طرف … من طرف اخر
    ("كذلك دارت اشتباكات بين قوات الأسد، والفصائل المسلحة في محيط بلدة عتمان، وسط قصف جوي على "
     "البلدة.", "اشتباكات", ["قوات الأسد", "الفصائل المسلحة"], []),
    ("كما دارت اشتباكات عنيفة بين قوات النظام وميليشيا الدفاع الوطني من طرف، والفصائل المقاتلة "
     "من طرف اخر في محيط حاجز التاعونة ومحيط بلدة عقرب بريف حماه الجنوبي.", "اشتباكات",
     ["قوات النظام", "ميليشيا الدفاع الوطني", "الفصائل المقاتلة"], []),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", CLASH_SIDES)
def test_clash_sides(text, trigger, actor, recipient):
    assert roles(text, trigger) == (actor, recipient)


# the sides of a clash are not carried into a one-sided deed after it (الهجوم، القصف,
# rasd.events.context.clash_carry), which refers back past the clash to the last one-sided
# deed of its kind; the fight told again only for its toll (المواجهات after اشتباكات) is
# folded into the clash (events33's fold_toll_again), which keeps both sides
CLASH_CARRY = [
    ("اصيب 18 شرطيا مصريا على الاقل الاحد في انفجار عبوة ناسفة استهدف حافلة كانوا يستقلونها "
     "قرب مدينة العريش في شمال سيناء حيث تجري مواجهات مستمرة بين قوات الامن المصري "
     "والمتطرفين، حسب ما افادت مصادر امنية وطبية.\nواوضحت المصادر الامنية ان الهجوم وقع في "
     "منطقة الخلفاء على اطراف مدينة العريش مستهدفا الحافلة المدنية.", "الهجوم", []),
    ("قصفت ثلاث طائرات حربية تركية أمس، عدة مواقع لتنظيم \"داعش\" الإرهابي في سورية، وذلك غداة "
     "تبادل لإطلاق النار بين الجيش التركي والمسلحين على الحدود، وأسفر القصف عن مقتل تسعة من "
     "عناصر التنظيم وإصابة 12 آخرين.", "القصف", []),
    ("شنت طائرات التحالف غارات على تجمعات الميليشيات في الجفينة جنوب غربي محافظة مأرب. أما في "
     "تعز، فقد قتل 3 مسلحين تابعين لميليشيات الحوثي وصالح وأصيب 17 آخرون بجروح في مواجهات بين "
     "المتمردين وقوات المقاومة الشعبية الموالية للشرعية.\nوكانت الغارات قد استهدفت في مدينة "
     "المخاء بتعز مواقع عسكرية تسيطر عليها مليشيات الحوثي وصالح.", "الغارات",
     ["طائرات التحالف"]),
    ("وسبق الغارات اشتباكات استمرت على الحدود السورية التركية بين تنظيم داعش والحرس التركي "
     "والجيش التركي بالقرب من منطقة الراعي في قرية العياش الخالية من السكان والتي يسيطر عليها "
     "التنظيم عند الحدود مع تركيا وكانت قد أسفرت المواجهات التي تصاعدت حتى استخدام الأسلحة "
     "الثقيلة عن سقوط ضابط وأربعة قتلى على الأقل من الجانب التركي.", "اشتباكات",
     ["تنظيم داعش", "الحرس التركي", "الجيش التركي"]),
    # … and the deed before the clash is not given its sides (وسبق الغارات اشتباكات بين)
    ("وسبق الغارات اشتباكات استمرت على الحدود السورية التركية بين تنظيم داعش والحرس التركي "
     "والجيش التركي بالقرب من منطقة الراعي.", "الغارات", []),
]


@pytest.mark.parametrize("text, trigger, actor", CLASH_CARRY)
def test_clash_carry(text, trigger, actor):
    assert roles(text, trigger)[0] == actor
