"""actors20: actors of deeds and words whose agent the sentence names once for a chain or a
governing noun (issue 12). Table-driven on sentences of the demo corpus, the region news and
the dev sets' constructions (read among the missed actors with bench/role_misses.py --list)."""

from __future__ import annotations

import pytest

from event_helpers import actors as _actors

FOUND = [
    # a verbal noun of announcing, trying, going on or succeeding, in construct with its
    # agent, governs the deed noun (`governing_nouns`, nouns.governing_noun_before)
    ("وقتل مئات من رجال الجيش والشرطة في هجمات للمتشددين منذ إعلان الجيش عزل الرئيس "
     "السابق محمد مرسي في يوليو تموز 2013.", "عزل", ["الجيش"]),
    ("يأتي ذلك في أعقاب إعلان القوات الموالية لنظام بشار الأسد أمس الأول عن تدمير خطوط "
     "إمداد للمسلحين من الأراضي الأردنية.", "تدمير", ["القوات الموالية لنظام بشار الأسد"]),
    ("وقال المصدر إن مواجهات عنيفة اندلعت بين الطرفين في منطقة سناح، عقب محاولة الحوثيين "
     "الهجوم على مواقع المقاومة.", "الهجوم", ["الحوثيين"]),
    ("ولا يرى الداراني إمكانية لمحاولة النظام شنّ هجوم عسكري على الهامة وقديسا.", "هجوم",
     ["النظام"]),
    ("وكان المئات من هذا التنظيم قد قتلوا في محاولة التنظيم الاستيلاء على كوباني.",
     "الاستيلاء", ["التنظيم"]),
    ("وهي أحد الأسباب وراء إعلان الولايات المتحدة شن غارات جوية ضد التنظيم منذ اغسطس 2014.",
     "غارات جوية", ["الولايات المتحدة"]),
    ("وتزامنت هذه التطورات مع مواصلة المقاومة الشعبية تقدمها في جنوب اليمن.", "تقدمها",
     ["المقاومة الشعبية"]),
    ("بعد نجاح المقاومة في اقتحام مدخلها الغربي، ظهر أمس.", "اقتحام", ["المقاومة"]),
    # a verb of words joined by و to a clause that is no event of its own shares the subject
    # the chain opens with (context.chain_words)
    ("وجدد نائب الرئيس السوداني حسبو محمد عبدالرحمن إتهامه لجهات – لم يسمها- بدعم تلك "
     "الظواهر، ودعا إلى ابتدار حوار وإيجاد معالجات لقضايا الفقر.", "دعا",
     ["نائب الرئيس السوداني حسبو محمد عبدالرحمن"]),
    ("وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام على اختطاف ثلاثة من المستوطنين.",
     "اتهم", ["أبو مازن"]),
    ("وأطلقت حركة طالبان في أواخر نيسان هجومها السنوي بحلول فصل الربيع وتعهدت بشن هجمات "
     "في جميع أنحاء البلاد.", "تعهدت", ["حركة طالبان"]),
    ("فإدارة أوباما تقاتل ضد نفوذ ومصالح من تتحالف معهم في العراق، وتتعاون مع خصوم بشار "
     "الأسد.", "تتعاون", ["إدارة أوباما"]),
    # a light verb joined by و before its deed noun, a preposition between (تمكن من، نجح في),
    # goes on with the clause's subject at any distance (context.joined_light_verb)
    ("وذكرت مصادر أن تنظيم الدولة شن هجومًا عنيفًا على عدة حواجز تابعة لقوات الأسد في محيط "
     "حقل جزل النفطي بريف تدمر وتمكن من السيطرة على قرية الدوة.", "سيطرة", ["تنظيم الدولة"]),
    # «من جانب آخر» opens the sentence as «من جهة أخرى» does (`discourse_openers`): no party
    ("من جانب آخر شنّ طيران التحالف العربي فجر أمس ثلاث غارات استهدفت مباني في مدينة "
     "البيضاء.", "غارات", ["طيران التحالف العربي"]),
    # a deed verb after قبل أن with no subject of its own (context.sequel_actor)
    ("وحققت وحدات حماية الشعب مكاسب على حساب تنظيم داعش في محافظة الرقة وسيطرت على تل أبيض "
     "على الحدود التركية يوم 15 يونيو (حزيران) قبل أن تتقدم صوب الجنوب.", "تتقدم",
     ["وحدات حماية الشعب"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), FOUND)
def test_actor_found(text, trigger, actors):
    assert _actors(text, trigger) == actors


# What must not be given: deaths announced are not the announcer's deed; a verb of words
# after a report's content (قال … إن …) is not given the content's subject by the chain; a
# sequel verb with its own subject keeps it; a governing noun whose genitive is no party.
KEPT = [
    ("وجاء ذلك بعد إعلان وزارة الصحة مقتل 20 شخصا في المنطقة.", "مقتل", []),
    ("أدانت الولايات المتحدة هجمات جماعة بوكو حرام ووصفتها بأنها «مروعة وعشوائية» واستنكرت "
     "استغلال الجماعة للأطفال.", "استنكرت", []),
    ("وقصفت الطائرات المدينة بعد أن هاجم المسلحون الحاجز.", "قصفت", ["الطائرات"]),
    # a sequel after a relative clause goes on with the relative's subject, not the clause's
    ("وقال المركز إن المقاومة أكملت سيطرتها التامة على مبنى المحافظة الذي كان المتمردون "
     "يتخذونه مركزا لعملياتهم، قبل أن يقتحموا معسكر اللواء 15 الواقع شرق المدينة.", "يقتحموا",
     []),
    ("وقال المسؤول إن إعلان الهدنة جاء بعد محاولة اقتحام البلدة.", "اقتحام", []),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), KEPT)
def test_actor_not_given(text, trigger, actors):
    assert _actors(text, trigger) == actors
