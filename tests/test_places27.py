"""The compass phrase over a place's country for every place of an event in its sentence
(places27, issue 12; gold rule 20 of tests/gold/README.md): `context.compass_region` reads,
for each place whoever set it, the compass phrase right after it (`places._region_after`) or
past a short apposition when the knowledge base puts the place in that country
(`places.region_past`). Each row is a sentence of a dev set with the trigger and the places
a reader records; the guard rows keep a compass word that is the genitive of an indefinite
noun, a compass phrase of another clause and one past a place the knowledge base puts
elsewhere; the office rows a meeting whose host's seat follows a comma or a prayer aside."""

from __future__ import annotations

import pytest

from event_helpers import places_of

FOUND = [
    # fresh15 (sudan-press-review): past an apposition holding another country
    ("ونشرت إعلان منظمة الأمن والتعاون في أوروبا أمس، أن 4 سيارات مصفحة تابعة لها أحرقت في "
     "دونيتسك معقل الانفصاليين الموالين لروسيا شرق أوكرانيا.", "أحرقت",
     ["دونيتسك", "شرق أوكرانيا"]),
    # fresh25 (action-group-409): past the camp's complement
    ("وذكر ناشطون فلسطينيون في بيان اليوم أن الطائرات الحربية التابعة لنظام الأسد ألقت عدد من "
     "البراميل المتفجرة على أحياء المدنيين في مخيم درعا للاجئين الفلسطينيين جنوب سوريا .",
     "البراميل المتفجرة", ["مخيم درعا", "جنوب سوريا"]),  # the KB's camp (kb21)
    # fresh19 (resistance-controls-anad-triangle): past the neighbour it lies by
    ("أحكمت عناصر المقاومة الشعبية سيطرتها على مثلث العند المجاور لقاعدة العند الجوية جنوبي "
     "اليمن، وهو الطريق المؤدي إلى الضالع ولحج وتعز.", "سيطرتها",
     ["مثلث العند", "جنوبي اليمن"]),
    # fresh11 (abadi-abolishes): past a joined list of provinces
    ("وتأتي هذه القرارات على خلفية التظاهرات الواسعة التي خرجت خلال الأيام الماضية في بغداد "
     "و8 محافظات بوسط وجنوب العراق مطالبةً بالإصلاحات ومحاربة الفساد.", "تظاهرات",
     ["بغداد", "وسط وجنوب العراق"]),
    # fresh5 (zinjibar-resistance-retaken): past an adjective, the compass phrase linked by في
    ("قال مقيمون ومصادر ميليشيا إن المقاومة مدعومة بتحالف عسكري عربي استولوا اليوم السبت على "
     "مدينة زنجبار الرئيسية في جنوب اليمن ما يوجه ضربة قاصمة جديدة لجماعة الحوثي.", "استولوا",
     ["زنجبار", "جنوب اليمن"]),
    # fresh19 (resistance-takes-hawta): a fight of the later clause, whose place the clause
    # reading of the sentence gave (`clause_place`), takes the compass phrase after it too
    ("سيطرت المقاومة الشعبية اليوم الثلاثاء على مدينة الحوطة عاصمة محافظة لحج جنوبي اليمن "
     "بشكل كامل عقب اشتباكات بينها وبين الحوثيين والقوات الموالية للرئيس اليمني السابق علي "
     "صالح.", "اشتباكات", ["لحج", "جنوبي اليمن"]),
]

KEPT_OUT = [
    # fresh7 (aden-gulf-troops): جنوب اليمن is the genitive of مدن, Aden's rank, not
    # where the troops were deployed (the gold: عدن alone)
    ("نشر مئات الجنود من دول الخليج الاعضاء في التحالف العربي بقيادة السعودية الاثنين حول "
     "عدن لتأمين كبرى مدن جنوب اليمن، وفق مصدر عسكري.", "نشر مئات الجنود", ["عدن"]),
    # another clause opens before the compass phrase (a statement of the fighting at large:
    # a verb, إن, and a bare compass word after an indefinite noun stand between)
    ("قصفت الطائرات الحربية مواقع في مدينة الرقة، وقالت مصادر إن المعارك مستمرة شمال سوريا.",
     "قصفت", ["الرقة"]),
    # the knowledge base puts the city in Iraq: the compass phrase says where the border
    # lies, not the city (without the check the row reads شرق سوريا too)
    ("سقطت قذائف على مدينة الموصل العراقية المحاذية للحدود الغربية شرق سوريا.",
     "سقطت قذائف", ["الموصل"]),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FOUND)
def test_compass_phrase_over_the_country(text: str, trigger: str,
                                         expected: list[str]) -> None:
    assert [p for p, _ in places_of(text, trigger)] == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), KEPT_OUT)
def test_compass_phrase_left_out(text: str, trigger: str, expected: list[str]) -> None:
    assert [p for p, _ in places_of(text, trigger)] == expected


OFFICES = [
    # fresh15 (king-salman-receives-hariri): a prayer aside between dashes before the office
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في مكتبه "
     "بقصر اليمامة اليوم، رئيس وزراء لبنان الأسبق سعد الحريري.", "استقبل", ["قصر اليمامة"]),
    # fresh17 (zayani-meets-ould-cheikh-ahmed): a comma closes the host's name
    ("اجتمع معالي الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد "
     "الزياني، في مكتبه بمقر الأمانة في مدينة الرياض اليوم، مع مبعوث الأمين العام للأمم "
     "المتحدة إلى الجمهورية اليمنية إسماعيل ولد الشيخ أحمد.", "اجتمع", ["الرياض"]),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OFFICES)
def test_office_after_the_hosts_name(text: str, trigger: str, expected: list[str]) -> None:
    assert [p for p, _ in places_of(text, trigger)] == expected

