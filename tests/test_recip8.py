"""recip8 (issue 12): recipients that had no candidate phrase or none chosen. The object of a
transitive deed's verbal noun in construct (مهاجمة عناصر «داعش»: `objective_nouns`); people
counted by a dual (اعتقال طفلين) or by a nisba in the accusative after a number (250 مسيحيا،
227 مسيحيًا آشوريًا); where the phrase builder now stops: a counted phrase joined by و + a number word
(اربعة افراد | وسبع شركات), the object after a subject in ون (قتل مقاتلون | جنديين), a place
after ب (سفينة | ببنغازي); a crew (الطاقم المسلح). Sentences from the dev gold (team,
fresh11) and the free news (saudinewsnet-region, saudinewsnet-syria)."""

from __future__ import annotations

import pytest

from event_helpers import recipients, roles_of

ROWS = [
    # fresh11: the genitive of مهاجمة and the phrase joined to it by و are attacked
    ("وبدأت مقاتلات وقوات تركية، منذ أواخر يوليو (تموز) الماضي، مهاجمة عناصر «داعش» في "
     "سوريا، ومعسكرات لحزب العمال الكردستاني بالعراق.", "مهاجمة",
     ["عناصر «داعش»", "معسكرات لحزب العمال الكردستاني"]),
    # team: 250 + an accusative nisba of a faith, the people abducted
    ("وفي فبراير شباط خطف مقاتلو التنظيم 250 مسيحيا اشوريا على الأقل بينهم الكثير من الأطفال "
     "والنساء في هجمات على قرى بشمال شرق سوريا في عملية خطف جماعي تزامنت مع هجوم شنته قوات "
     "كردية في نفس المنطقة بدعم من غارات جوية لتحالف تقوده الولايات المتحدة.", "خطف",
     ["250 مسيحيا اشوريا"]),
    # Syria news (snn_syria_0387): the same, its verb in a relative clause after the count
    ("وكان ثلاثة مقنعين اختطفوا في مايو الماضي الأب جاك مراد رئيس دير مار إليان بعد سيطرة "
     "«داعش» على مدينة تدمر الأثرية، ولا يزال مصيره مجهولاً تمامًا كمصير 227 مسيحيًا آشوريًا "
     "اختطفهم التنظيم من محافظة الحسكة في أبريل (نيسان) الماضي.", "اختطفهم",
     ["227 مسيحيًا آشوريًا"]),
    # fresh11 (the gold's clause): a dual counts two children
    ("حيث يتم يوميًا اعتقال طفلين على الأقل.", "اعتقال", ["طفلين"]),
    # Syria news (snn_syria_0264): the same dual after a verb
    ("وذكر المرصد أن القضاء أعدم رجلين بتهمة \"الزنا\"، وأعقبه بإعدام ثمانية رجال بتهمة "
     "\"العمالة للنظام والتعامل معه\".", "أعدم", ["رجلين"]),
    # team: two counted phrases, the second joined by و + a number word (before, the
    # builder ran into it: «اربعة افراد وسبع»; the gold keeps the coordination whole)
    ("وقالت وزارة الخزانة الأمريكية في بيان إن العقوبات الجديدة تستهدف اربعة افراد وسبع شركات "
     "متهمة بمساعدة نظام الرئيس بشار الاسد على الاستمرار في اذكاء النزاع في سوريا.",
     "العقوبات", ["اربعة افراد", "سبع شركات متهمة"]),
    # region news (snn_region_0688): a crew (`party_heads`: طاقم) is the target struck
    ("وأضاف: \"تحصن أهالي القرية في تبة مجاورة، وأطلقوا قذيفة على الطاقم المسلح ما أسفر عن "
     "احتراقه ومقتل جميع من كانوا عليه\".", "أطلقوا قذيفة", ["الطاقم المسلح"]),
    # syria news (snn_syria_0413): fighters (a nominative in ون) killed two soldiers, the
    # victims of the attack the killing folds into
    ("وقتل مقاتلون جنديين في هجومين منفصلين بإقليمي فان واغري ليرتفع عدد قتلى قوات الأمن "
     "التركية منذ 20 يوليو إلى 21 قتيلا على الأقل.", "هجومين", ["جنديين"]),
    # fresh11: the ship struck, its city a place of its own after ب (not «سفينة ببنغازي»)
    ("أعلن متحدثون باسم الجيش الليبي أمس، أن طائرات حربية، تابعة للحكومة المعترف بها دوليًا، "
     "قصفت سفينة ببنغازي وأغرقتها، وهاجمت سفينة أخرى، لإنهما تحملان «مقاتلين وأسلحة وذخيرة "
     "لدعم الإرهاب».", "قصفت", ["سفينة"]),
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

