"""actors40 (issue 12, twenty-third session): the doer named by its fire, by the clause a
deed is the result of, by a participle phrase of several words, and carried past a deed
noun that is a verb of words' object.

- A killing whose clause goes on to the bullets or the fire of a party (`fire_agent_words`:
  برصاص، بنيران + a party) was done by that party (rasd.events.frame.fire_agent, read by
  verbs.agent_passive, agents.fire_doer, and agents.fired_host for a killing folded into
  the fight it is the toll of); a dying verb keeps it as its doer (passives.died_subject).
- A killing, wounding, arrest or destruction right after a verb of result (`cause_verbs`:
  ما أسفر عن، مما أدى إلى) is done by the doer of the clause that verb ends
  (rasd.events.agents.consequence_actor).
- A participle trigger of several words after a comma (، محملا الحكومة مسؤولية) is read
  by its first word as a one-word participle is (rasd.events.subjects.participle).
- A verb of words opening its sentence with a deed noun after it (وأدان … اختطاف) has no
  subject of its own there: the subject of the sentence before is carried
  (rasd.events.subjects._no_subject_after).
- A light verb's subject is read past a comma aside before a count and a definite deed noun
  (، عشرات الغارات: nouns.light_verb_aside), and a light noun's past a comma aside, with the
  parties joined to it (قيام X وY، خلال الأيام الماضية، بإعدام: nouns.light_noun_before).

FOUND rows are sentences of the dev gold (the set named) or of free news; they fail with
main's (bda1dd5f) src/. KEPT rows pass on both: they guard what the passes must leave.
"""

from __future__ import annotations

import pytest

from event_helpers import actors

FOUND = [
    # (text, trigger, actors expected)
    # a participle of several words (fresh19)
    ("وقال الأحمدي، من جهة أخرى، إن الحكومة «لم تردها حتى اللحظة أي تطمينات حول مصير وزير "
     "الدفاع محمود الصبيحي»، محملاً ميليشيات الحوثي مسؤولية تعرض حياة الصبيحي للخطر.",
     "محملاً ميليشيات الحوثي مسؤولية", ["الأحمدي"]),
    # the bullets of a party after a dying verb and the one who died (fresh11)
    ("واستشهد «مساء الأحد» الأسير الفلسطيني المحرر» انس منتصر طه- 20 عاما» برصاص قوات الاحتلال "
     "بذريعة طعنه مستوطنا اسرائيليا داخل محطة الوقود قرب حاجز «عوفر» التابع لقوات الاحتلال "
     "المقام على الطريق رقم 443 غرب مدينة رام الله.", "استشهد", ["قوات الاحتلال"]),
    # a killing folded into the clashes it is the toll of (fresh17)
    ("قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي أثناء مواجهات قرب مدينة جنين "
     "شمال الضفة الغربية المحتلة، حسبما أفاد مصدر أمني فلسطيني ومصدر طبي.", "مواجهات",
     ["الجيش الإسرائيلي"]),
    # the result of a clause whose verb tells no event (fresh3)
    ("كان مصدر في وزارة البيشمركة الكردية صرح أمس بأن عناصر داعش أطلقت صاروخين مستهدفة ثكنات "
     "عسكرية لقوات البيشمركة في قرية حسن شامي شمال أربيل ما أسفر عن مقتل 13 من قوات البيشمركة "
     "وإصابة 3 آخرين.", "مقتل", ["عناصر داعش"]),
    # a deed noun condemned right after the verb opening the sentence (fresh11)
    ("ودعا ليون إلى الإفراج فورًا عن الإيطاليين المختطفين في منطقة مليتة بمدينة زوارة الليبية. "
     "وأدان الليلة قبل الماضية اختطاف الموظفين الإيطاليين، واصفًا إياه بالعمل غير المقبول.",
     "أدان", ["ليون"]),
    # the subject of a verb of result whose ب is written on the deed (free news)
    ("وذكر التقرير أن فصائل المعارضة المسلحة تسببت بقتل 3 مدنيين، في حين بلغ عدد الضحايا الذين "
     "قتلوا على يد جماعات لم تحدد الشبكة السورية لحقوق الإنسان هويتها 5 أشخاص.", "قتل",
     ["فصائل المعارضة المسلحة"]),
    # a light noun's joined subject past a comma aside (fresh11)
    ("كشفت مصادر في المقاومة والقوات الموالية لهادي لـ«الشرق الأوسط»، عن قيام ميليشيات الحوثيين "
     "والقوات الموالية للمخلوع علي عبد الله صالح، خلال الأيام الماضية، بإعدام عدد من الأسرى في "
     "جبهة «جعولة» الممتدة من «بئر أحمد» وحتى المدينة الخضراء في شمال عدن، وكانت تدور مواجهات "
     "في تلك الجبهة التي أصبحت الآن تحت سيطرت المقاومة.",
     "إعدام", ["ميليشيات الحوثيين", "القوات الموالية للمخلوع"]),
    # a count before a light verb's definite deed noun past a comma aside (fresh17)
    ("وشن طيران الائتلاف في الاسابيع الماضية، عشرات الغارات في المحافظة.", "الغارات",
     ["طيران الائتلاف"]),
]

KEPT = [
    # a result of a noun before a relative pronoun (the conflict) goes back to that noun,
    # not to the verb of the clause around it (free news): no doer
    ("وأعلنت جيبوتي أول من أمس حاجتها إلى المساعدات الإنسانية بعد تدفق جديد للاجئين الهاربين "
     "من النزاع في اليمن الذي أسفر عن مقتل أربعة آلاف شخص، نصفهم من المدنيين وفق الأمم "
     "المتحدة.", "مقتل", []),
    # the result of clashes: the dead may be either side's (free news)
    ("كما أشار الكاتب إلى تزامن القرار مع التقارير الصادرة حول الاشتباكات بين الجيش التركي "
     "ومقاتلين من داعش بالقرب من الحدود السورية بما أسفر عن مقتل جندي تركي وجرح اثنين آخرين، "
     "وأيضًا مع إعلان أنقرة عزمها إقامة منطقة آمنة.", "مقتل", []),
    # the result of a verb of undergoing: the plane that fell is no doer (free news)
    ("سقطت أمس طائرة حربية تابعة للنظام السوري في سوق للخضار وسط مدينة أريحا، التي يسيطر "
     "عليها فصائل جيش الفتح، مما أدى إلى سقوط عشرات القتلى والجرحى من المدنيين بينهم أطفال.",
     "سقوط عشرات القتلى", []),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_actor_found(text: str, trigger: str, expected: list[str]) -> None:
    assert actors(text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", KEPT)
def test_actor_kept(text: str, trigger: str, expected: list[str]) -> None:
    assert actors(text, trigger) == expected
