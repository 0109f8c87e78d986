"""Place readings of places17 (rasd.events.places): a list of places named after a plural
or dual place noun gives an event that took one of them the others too (`listed_places`:
محافظات كربلاء والنجف والبصرة، محافظتي لحج وتعز), and a comma before في and such a list
sets off the deed's own place phrase (`_listed_after_comma`: الغارات الجوية ، في مناطق
الحصيبة والملاحمة); a compass phrase on a place noun (في غرب المدينة) also gives the place
the noun points back at (`_compass_antecedent`). Each row is a sentence of a dev set or the
demo corpus, its trigger, and the places (with their basis) a reader records; the guard rows
keep a wrong place out."""

from __future__ import annotations

import pytest

from event_helpers import places_of

FOUND = [
    # fresh15: protests in eight provinces listed after محافظات (gold: all eight; places23
    # raised `location_max` from 4 to 8)
    ("وتشهد محافظات كربلاء والنجف والبصرة والحلة والسماوة والناصرية والديوانية وبغداد "
     "مظاهرات احتجاجا على تردي الخدمات وسط مطالبات لرئيس الوزراء العراقي حيدر العبادي.",
     "مظاهرات", [("كربلاء", "sentence"), ("النجف", "sentence"), ("البصرة", "sentence"),
                 ("الحلة", "sentence"), ("السماوة", "sentence"), ("الناصرية", "sentence"),
                 ("الديوانية", "sentence"), ("بغداد", "sentence")]),
    # fresh7: two provinces after a dual noun
    ("وأوضح بأن محافظتي لحج وتعز تم تحرير معظم مناطقهما وباتت في سيطرة المقاومة الشعبية "
     "مشيرا بأن الحكومة الشرعية ستعود بعد أن يكون إقليم عدن آمن بشكل كامل.",
     "تحرير معظم مناطقهما", [("لحج", "sentence"), ("تعز", "sentence")]),
    # fresh11: a comma, then في and a list after مناطق (with the town they lie east of)
    ("وأوضح مصدر في الخلية في بيان صحفي أن “قيادة الفرقة الثامنة وبالتنسيق مع طيران الجيش "
     "والقوة الجوية, نفذت اليوم سلسلة من الغارات الجوية ، في مناطق الحصيبة والملاحمة "
     "والبوعلوان شرقي الرمادي , أسفرت عن مقتل 52 داعشيا , بينهم قياديان اثنان”.",
     "الغارات", [("الحصيبة", "sentence"), ("الملاحمة", "sentence"), ("البوعلوان", "sentence"),
                 ("الرمادي", "sentence")]),
    # demo: villages after a dual noun, and provinces after محافظات
    ("وأفاد موقع \"مسار برس\" أن اشتباكات وصفت بالعنيفة دارت، فجر السبت، بين المعارضة "
     "وقوات الأسد على عدة جبهات من قريتي أم شرشوح والهلالية.",
     "اشتباكات", [("أم شرشوح", "sentence"), ("الهلالية", "sentence")]),
    ("ولفت إلى مقتل 2927 على الأقل من تنظيم داعش غالبيتهم من جنسيات غير سورية، جراء "
     "الضربات الصاروخية وغارات التحالف العربي على تجمعات وتمركزات ومقار التنظيم ومحطات "
     "نفطية في محافظات حماه وحلب وحمص والحسكة والرقة ودير الزور، من ضمنهم عشرات القياديين.",
     "ضربات", [("حماه", "sentence"), ("حلب", "sentence"), ("حمص", "sentence"),
               ("الحسكة", "sentence"), ("الرقة", "sentence"), ("دير الزور", "sentence")]),
    ("تسجّل قوى المعارضة السورية مزيدًا من التقدم على الجبهة الشمالية، تعزز بهجوم عنيف "
     "شنّته صباح أمس الفصائل المنضوية تحت «جيش الفتح» على نقاط متقدمة في محيط بلدتي كفريا "
     "والفوعة في ريف إدلب الشمالي.", "هجوم", [("كفريا", "sentence"), ("الفوعة", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", FOUND)
def test_listed_places(text, trigger, location):
    assert places_of(text, trigger) == location


KEPT = [
    # demo: a place after a comma with no plural or dual noun before the first is no list
    # (جنوب أفريقيا here is "southern Africa", read as the country): only Zimbabwe
    ("دعت الممثلة الفرنسية المعتزلة بريجيت باردو إلى إيقاع عقوبة «مثالية» رادعة بحق صياد "
     "أميركي كان قد قتل، الأسبوع الماضي، أسدًا من نوع نادر في محمية طبيعية في زيمبابوي، "
     "جنوب أفريقيا.", "قتل", [("زيمبابوي", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", KEPT)
def test_no_list(text, trigger, location):
    assert places_of(text, trigger) == location


COMPASS = [
    # fresh11: a seizure and an expulsion told by a part of the city named before (عدن)
    ("وبدعم الضربات الجوية استطاعت القوات المحلية المناهضة للحوثيين كسر شهور من الجمود في "
     "عدن الأسبوع الماضي بالسيطرة على المطار ثم طرد الحوثيين خارج آخر معقل لهم في غرب "
     "المدينة.", "طرد", [("غرب المدينة", "sentence"), ("عدن", "sentence")]),
    # demo: the city named earlier (عدن) named again by شمالي المدينة
    ("بدوره، قال المتحدث باسم المقاومة الشعبية في عدن علي الأحمدي إن القتال مستمر في محيط "
     "قاعدة العند، مبينا أن عناصر المقاومة أتلفت معدات وطائرات ودبابات يسيطر عليها الحوثيون. "
     "وأضافوا أن الثوار "
     "استعادوا كذلك مساء فجر أمس السيطرة على عدد من مواقع الحوثيين شمالي المدينة، كما شنت "
     "القوات بدعم جوي من التحالف هجمات على جيوب للحوثيين في دار سعد وجعولة والبساتين.",
     "استعادوا", [("شمالي المدينة", "sentence"), ("عدن", "sentence")]),
    # fresh13 (guard): the noun could point at either of two listed districts: none added
    ("وكان المتحدث الرسمي باسم مجلس شيوخ ووجهاء قضاءي الفلوجة والكرمة الشيخ أحمد درع "
     "الجميلي، قال إن تنظيم الدولة أعدم الخميس بالرصاص 22 جنديا عراقيا في الحي الصناعي "
     "جنوبي المدينة.", "أعدم", [("جنوبي المدينة", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", COMPASS)
def test_compass_antecedent(text, trigger, location):
    assert places_of(text, trigger) == location
