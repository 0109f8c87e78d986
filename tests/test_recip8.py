"""recip8 (issue 12): recipients that had no candidate phrase or none chosen. The object of a
transitive deed's verbal noun in construct (مهاجمة عناصر «داعش»: `objective_nouns`); people
counted by a dual (اعتقال طفلين) or by a nisba in the accusative after a number (250 مسيحيا،
12 داعشيا); where the phrase builder now stops: a counted phrase joined by و + a number word
(ثلاث نساء | وأربعة أطفال), the object after a subject in ون (قتل مقاتلون | جنديين), a place
after ب (سفينة | ببنغازي); a crew (الطاقم المسلح). Sentences from the dev gold (team,
fresh11, fresh13) and the free news (saudinewsnet-region, saudinewsnet-syria)."""

from __future__ import annotations

import pytest

from event_helpers import recipients, roles_of

ROWS = [
    # fresh11: the genitive of مهاجمة and the phrase joined to it by و are attacked
    ("وبدأت مقاتلات وقوات تركية، منذ أواخر يوليو (تموز) الماضي، مهاجمة عناصر «داعش» في "
     "سوريا، ومعسكرات لحزب العمال الكردستاني بالعراق.", "مهاجمة",
     ["عناصر «داعش»", "معسكرات لحزب العمال الكردستاني"]),
    # team: 250 + an accusative nisba of a faith, the people abducted
    ("وفي فبراير شباط خطف مقاتلو التنظيم 250 مسيحيا اشوريا على الأقل بينهم الكثير من "
     "الأطفال والنساء.", "خطف", ["250 مسيحيا اشوريا"]),
    # region news (snn_region_0268): a count + a nisba of a party's members
    ("وقال قائد الفرقة السابعة اللواء نومان الزوبعي في حديث لـ«الشرق الأوسط» إن قوة من الفرقة "
     "السابعة نفذت عملية نوعية في منطقة البوحياة التابعة لقضاء حديثة غرب الأنبار أسفرت عن "
     "قتل 12 داعشيا بينهم قيادي يدعى حسن مجيد سليمان.", "قتل", ["12 داعشيا"]),
    # fresh11: a dual counts two children
    ("حيث يتم يوميًا اعتقال طفلين على الأقل.", "اعتقال", ["طفلين"]),
    # syria news (snn_syria_0006, its second clause): the same dual after a verb
    ("أما تنظيم جبهة النصرة فقد قتل طفلين.", "قتل", ["طفلين"]),
    # fresh13: two counted phrases, the second joined by و + a number word
    ("إلى ذلك، دعت بعثة الأمم المتحدة إلى وضع حد فوري لأعمال العنف في جنوب ليبيا، فيما تشير "
     "التقارير إلى أن القتال الذي وقع مؤخرًا في سبها أسفر عن مقتل ثلاث نساء وأربعة أطفال.",
     "القتال", ["ثلاث نساء", "أربعة أطفال"]),
    # region news (snn_region_0688): a crew (`party_heads`: طاقم) is the target struck
    ("وأضاف: \"تحصن أهالي القرية في تبة مجاورة، وأطلقوا قذيفة على الطاقم المسلح ما أسفر عن "
     "احتراقه ومقتل جميع من كانوا عليه\".", "أطلقوا قذيفة", ["الطاقم المسلح"]),
    # syria news (snn_syria_0413): fighters (a nominative in ون) killed two soldiers, the
    # victims of the attack the killing folds into
    ("وقتل مقاتلون جنديين في هجومين منفصلين بإقليمي فان واغري ليرتفع عدد قتلى قوات الأمن "
     "التركية منذ 20 يوليو إلى 21 قتيلا على الأقل.", "هجومين", ["جنديين"]),
    # fresh11: the ship struck, its city a place of its own after ب (not «سفينة ببنغازي»)
    ("أعلن متحدثون باسم الجيش الليبي أمس، أن طائرات حربية، تابعة للحكومة المعترف بها دوليًا، "
     "قصفت سفينة ببنغازي وأغرقتها، وهاجمت سفينة أخرى.", "قصفت", ["سفينة"]),
]

ROLES = [
    # region news (snn_region_0402): ب + a weapon after the genitive is no object, so the
    # genitive stays what is attacked, not the doer (its object after it)
    ("واشتبك فلسطينيون مع الجيش الإسرائيلي في القدس ونابلس ورام الله والخليل وبيت لحم، وخلف "
     "ذلك عشرات الإصابات، كما سجلت محاولة مهاجمة الجيش بقنابل حارقة قرب رام الله.", "مهاجمة",
     ([], ["الجيش"])),
    # Syria news (snn_syria_0003, snn_syria_0103): with an object after the ب phrase, the
    # genitive is the doer, as before
    ("وأعلنت مصادر ميدانية أن «خمسة مدنيين على الأقل قُتلوا وأصيب آخرون بينهم أطفال جراء "
     "استهداف الطيران المروحي ببرميلين متفجرين بلدة كفر داعل في ريف حلب الغربي، كما استهدف "
     "الطيران الحربي قرية الإمام في ريف مدينة الباب شرقي حلب، مما أدى إلى مقتل شخصين وجَرْح "
     "آخرين.", "استهداف", (["الطيران المروحي"], ["خمسة مدنيين"])),
    ("كذلك اتفق الطرفان على إدانة «استهداف النظام بشكل مروّع المدنيين العزل في كافة المدن "
     "والبلدات السورية باستخدام البراميل المتفجرة والصواريخ».", "استهداف", (["النظام"], [])),
]


@pytest.mark.parametrize("text,trigger,expected", ROLES)
def test_roles(text: str, trigger: str, expected: tuple[list[str], list[str]]) -> None:
    assert roles_of(text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", ROWS)
def test_recipient(text: str, trigger: str, expected: list[str]) -> None:
    assert recipients(text, trigger) == expected

