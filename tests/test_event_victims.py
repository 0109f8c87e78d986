"""rasd.events.victims on sentences from real articles (the dev sets' Iraq, Yemen, Nigeria,
Egypt and Afghanistan reports): the counted victims of a killing are the recipients of the
attack it is folded into."""

from __future__ import annotations

import pytest

from event_helpers import recipients

VICTIMS = [
    # a hedge before the count (ما لا يقل عن)
    ("ومساء الخميس، قتل ما لا يقل عن 49 شخصا في انفجار قنبلتين في مدينة غومبي جنوب "
     "داماتورو.", "انفجار", ["49 شخصا"]),
    # a vague count with a partitive من, the subject of لقي … مصرعهم
    ("لقي العشرات من عناصر تنظيم داعش الإرهابي مصرعهم في المواجهات المسلحة الجارية "
     "بمحافظة الانبار.", "مواجهات", ["العشرات من عناصر تنظيم داعش الإرهابي"]),
    # … and the subject of a killing verb after أن
    ("وقال قائد مقاتلي عشائر محافظة الانبار، ان العشرات من عناصر التنظيم الارهابي قتلوا في "
     "عمليات تطهير مدينة الرمادي.", "تطهير", ["العشرات من عناصر التنظيم الارهابي"]),
    # a vague count that is no party's head: the phrase after من names the victims
    ("وأضاف كلالي أن عددا آخر من عناصر التنظيم قتلوا لدى قصف التحالف لمقرات في قريتي "
     "دويزات والحود قرب الموصل.", "قصف", ["عناصر التنظيم"]),
    # counted phrases joined by و are recipients each (تنظيم is no imperfect verb)
    ("ووقعت اشتباكات بينها وبين المدافعين عن المقر، تسببت بمقتل 25 متطرفًا من تنظيم "
     "النصرة وسبعة من المقاتلين والموالين للفرقة.", "اشتباكات",
     ["25 متطرفًا من تنظيم النصرة", "سبعة من المقاتلين والموالين للفرقة"]),
    ("أفادت مصادر أمنية عراقية أمس الأحد عن مقتل 37 مسلحا من داعش و16 من قوات البيشمركة "
     "في هجمات متفرقة بالعراق.", "هجمات", ["37 مسلحا من داعش", "16 من قوات البيشمركة"]),
    # … not a number that goes on after و (one count: 71 ألفا و781)
    ("ووثق المرصد مقتل 71 ألفا و781 مدنيا بينهم 11 ألفا و964 طفلا في الغارات.", "الغارات",
     ["71 ألفا و781 مدنيا"]),
    # fighters killed by an attack on their side's positions join its target
    ("وقال مصدر أمني إن مدفعية قوات البيشمركة قصفت مواقع عدة لتنظيم داعش في قرى الحميرة "
     "ما أدى إلى مقتل 21 مسلحا من التنظيم.", "قصفت",
     ["مواقع عدة لتنظيم داعش", "21 مسلحا من التنظيم"]),
    # … and wounded policemen the bus the bomb struck
    ("قالت مصادر أمنية وطبية مصرية إن 18 مجندا بالشرطة على الأقل أصيبوا يوم الأحد في انفجار "
     "عبوة ناسفة استهدف حافلة كانت تقلهم بمدينة العريش.", "انفجار",
     ["حافلة", "18 مجندا بالشرطة"]),
    # civilians killed beside a struck place are its toll, not a second target
    ("ونقل الموقع عن مصادر في اليمن، مقتل مدني وإصابة 4 آخرين في قصف شنّه الحوثيون "
     "وميليشيات \"صالح\" على أحياء سكنية في مدينة تعز، ليلة السبت.", "قصف", ["أحياء سكنية"]),
    ("ويأتي هذا التفجير بعد ايام من تفجير انتحاري ضخم في سوق منطقة خان بني سعد في ديالى "
     "الجمعة، ادى الى مقتل تسعين شخصا على الاقل.", "تفجير انتحاري", ["سوق منطقة"]),
    # people named without a number: one phrase
    ("شهدت شمال سيناء أمس الاحد استنفاراً أمنياً للبحث عن المتورطين في مقتل ضابط ومجند "
     "وإصابة 3 آخرين في انفجار عبوة ناسفة بمدرعة تابعة لقوات الشرطة.", "انفجار",
     ["مدرعة", "ضابط ومجند"]),
    # who died, in construct after a noun of death, counted or not
    ("وكانت طواقم فنية تقوم بإزالة ركام منزل مدمر يعود لعائلة أبو نقيرة في مدينة رفح، فانفجر "
     "صاروخ أدى إلى مقتل أبناء العائلة وجرح آخرين.", "انفجر", ["أبناء العائلة"]),
    ("ضم الاتحاد الدولي للصحفيين صوته إلى صوت نقابة الصحفيين العراقية بعد مقتل المصور "
     "الصحفي جلاء العبادي في مدينة الموصل.", "مقتل", ["المصور الصحفي جلاء العبادي"]),
    # the attack told right after the victims by a cause word is theirs, not a later one
    # (the later verb, وفجروها, tells the same blast: events13's blast_again folds it)
    ("شهدت شمال سيناء أمس الاحد استنفاراً أمنياً للبحث عن المتورطين في مقتل ضابط ومجند "
     "وإصابة 3 آخرين في انفجار عبوة ناسفة بمدرعة تابعة لقوات الشرطة قامت عناصر مسلحة "
     "بزرعها بجوار الطريق بحي الزهور، وفجروها عن بعد.", "انفجار", ["مدرعة", "ضابط ومجند"]),
    # who died between لقي and مصرعه, counted or not
    ("في المقابل، لقي أمين شرطة من قوة مركز أبوحماد بمحافظة الشرقية مصرعه إثر قيام مجهولين "
     "يستقلان دراجة بخارية بإطلاق النار عليه من بندقية آلية.", "إطلاق النار",
     ["أمين شرطة من قوة مركز أبوحماد"]),
    # a bare count names no one, others counted by a generic noun neither
    ("وقتل عشرة آخرون في الانفجار.", "انفجار", []),
    ("وفيما أشار مسؤول كبير في خدمة الإسعاف إلى إن ثمانية أشخاص آخرين أصيبوا جراء الهجوم "
     "وتم نقلهم من الموقع.", "الهجوم", []),
    # one person named by an indefinite noun before a killing with no object after it
    # (lone_subject), cut like a party
    ("أعلنت وزارة الدفاع الاميركية، اليوم (الجمعة)، أن قياديا كبيرًا في تنظيم القاعدة قتل مع "
     "مسلحين اثنين آخرين في غارة اميركية استهدفته في افغانستان.", "غارة", ["قياديا كبيرًا"]),
    # … not the killer, with its object after the verb
    ("وقال إن مسلحا قتل امرأة في هجوم على السوق.", "هجوم", ["السوق"]),
    # the counted people killed with them, after مع (companions)
    # (the paktika sentence above with its counted companions named as members)
    ("وقتل قيادي في الحركة مع ثلاثة من عناصرها في غارة جوية.", "غارة",
     ["قيادي", "ثلاثة من عناصرها"]),
    # … not the other side of the fight he died in
    ("وقتل جندي في اشتباكات مع ثلاثة مسلحين قرب الحدود.", "اشتباكات", ["جندي"]),
    # one named in apposition before أحد and the count he is one of
    ("وتابع البيان أن «السوداني أحد ثلاثة متطرفين معروفين قتلوا في الغارة. وسيؤدي مقتله الى "
     "الحد من العمليات التي ينفذها تنظيم القاعدة في العالم».", "غارة",
     ["السوداني", "ثلاثة متطرفين معروفين"]),
    # … not أحد عشر, a number: one count of people (as 13 شخصا; recip19: عشر is a count
    # word at a party's head, so the phrase is no longer dropped)
    ("وقتل أحد عشر شخصا في الهجوم.", "الهجوم", ["أحد عشر شخصا"]),
]


@pytest.mark.parametrize("text, trigger, expected", VICTIMS)
def test_counted_victims(text, trigger, expected):
    assert recipients(text, trigger) == expected


# people nouns that name who a deed is done to (party_heads, data/events/markers.json)
PEOPLE = [
    ("واستغل تنظيم داعش فراغا أمنيا للتوسع في ليبيا وذبح أجانب وخطف آخرين.", "ذبح",
     ["أجانب"]),
    ("وصرحت شاهدة لهيومن رايتس واتش «كانوا يدهسون الناس بالدبابات ثم يعودون للتأكَّد من "
     "موتهم».", "يدهسون", ["الناس"]),
]


@pytest.mark.parametrize("text, trigger, expected", PEOPLE)
def test_people_objects(text, trigger, expected):
    assert recipients(text, trigger) == expected


# counted objects joined by و later in the clause are recipients each (not the place
# they come from)
JOINED = [
    ("وقال المصدر: إن تنظيم داعش اختطف 18 شابًا من ناحية حمام العليل وناحية القيارة و14 "
     "شابًا آخر من ناحية باودش وقضاء البعاج غرب الموصل.", "اختطف",
     ["18 شابًا من ناحية حمام العليل", "14 شابًا آخر"]),
    ("وأضافت إن التفجيرات التي وقعت في توقيت واحد، في حي الشيخ رضوان شمال مدينة غزة، "
     "استهدفت 3 سيارات تعود لأعضاء في كتائب القسام، وسيارتين لعضوين من سرايا القدس.",
     "استهدفت", ["3 سيارات", "سيارتين لعضوين من سرايا القدس"]),
]


@pytest.mark.parametrize("text, trigger, expected", JOINED)
def test_joined_counts(text, trigger, expected):
    assert recipients(text, trigger) == expected
