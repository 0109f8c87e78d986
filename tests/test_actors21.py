"""actors21: actors in the event's own sentence that the passes did not reach (issue 12):
a light verb's subject past adverbial phrases, a demonstrative pointing at a party, the doer
after the deed noun past an aside comma, a quoted name or an accusative adjective.
Table-driven on sentences of the dev sets (read among the missed actors with
bench/role_misses.py --list and bench/actor_fallbacks.py --list) and the demo corpus."""

from __future__ import annotations

import pytest

from event_helpers import actors as _actors

FOUND = [
    # a light verb opening its clause, its subject after it, then adverbial phrases only
    # (a time, a preposition, a word of leading) before the indefinite deed noun
    # (nouns.light_verb_far)
    ("ويشن التحالف العربي منذ 26 اذار/مارس حملة جوية ضد المتمردين الحوثيين اسهمت في "
     "استعادة عدن ومطارها ومينائها.", "حملة جوية", ["التحالف العربي"]),
    ("ونفذت القوات في الصباح الباكر عمليات دهم واسعة في أحياء المدينة.", "عمليات دهم",
     ["القوات"]),
    ("وأعلنت السلطات المصرية في 25 أبريل الماضي مد حالة الطوارئ وحظر التجوال في مناطق "
     "بشمال سيناء لمدة ثلاثة أشهر.", "مد حالة الطوارئ وحظر التجوال", ["السلطات المصرية"]),
    # a demonstrative pointing back at a party noun opens the subject
    # (parties.pointing_at_party, verbs.pointed_party)
    ("وأشارت المصادر إلى أن تلك المليشيات داهمت منازلهم بحجة البحث عن مقاومة.", "داهمت",
     ["تلك المليشيات"]),
    ("والتصدي للهجوم المسلح بكل أنواع الأسلحة ومعدات الدولة التي نهبتها تلك الميليشيات "
     "وتستخدمها ضد الأبرياء.", "نهبتها", ["تلك الميليشيات"]),
    ("وقصف هؤلاء المسلحون القرية بالهاون.", "قصف", ["هؤلاء المسلحون"]),
    # a light verb whose object pronoun points back at the deed noun names its doer, before
    # a light verb further back (nouns.light_verb_before yields to nouns.light_verb_after)
    ("وقال أحد القادة الميدانيين في جبهة الجفينة، إنهم تمكنوا من التصدي لهجمات متتالية "
     "شنتها ميليشيات الحوثي والمخلوع خلال الساعات الماضية.", "هجمات", ["ميليشيات الحوثي"]),
    # … past an aside comma, and a quoted name after it (nouns.light_verb_after)
    ("كما تم ضبط عدد من المشتبه بهم جارٍ فحصهم، في حملة أمنية موسعة، شنتها مديرية أمن شمال "
     "سيناء في مناطق مختلفة بالمحافظة.", "حملة أمنية", ["مديرية أمن شمال سيناء"]),
    ("وقال عسيري إن جميع العمليات العسكرية التي نفذتها «عاصفة الحزم» خلال الفترة الماضية "
     "معلنة أمام الرأي العام.", "العمليات العسكرية", ["عاصفة الحزم"]),
    # a deed noun in the accusative with its accusative adjective before the light verb
    # (arguments.deed_noun_read_as_verb, _accusative_pair)
    ("مشيرة إلى أن قصفا عنيفا شنته طائرات التحالف العربي الذي تقوده المملكة على مواقع "
     "المتمردين داخل المعسكر.", "قصفا", ["طائرات التحالف العربي"]),
    ("وذكر السكان بأن قصفاً عنيفاً شنّه الحوثيون بالدبابات ومدافع الهاون استهدف قرية "
     "الخديرة.", "قصفاً", ["الحوثيون"]),
    # the sides of a fight after بين: a time idiom with بين is passed (`between_times`), an
    # allegiance phrase belongs to its side and the list goes on after it
    # (nouns.between_list, nouns.np_list)
    ("وتشهد أطراف مدينة الضالع مواجهات مسلحة بين فترة وأخرى بين الحوثيين والمقاومة الشعبية "
     "منذ عدة أشهر.", "مواجهات", ["الحوثيين", "المقاومة الشعبية"]),
    ("وواصلت رصدها لحصيلة الخسائر في الأرواح والممتلكات التي نجمت عن المعارك التي دارت بين "
     "القوات السورية التابعة للنظام والجيش الحر وأنصار المعارضة في عدد من المدن السورية.",
     "المعارك", ["القوات السورية التابعة للنظام", "الجيش الحر", "أنصار المعارضة"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), FOUND)
def test_actor_found(text, trigger, actors):
    assert _actors(text, trigger) == actors


KEPT = [
    # who announces deaths need not have caused them: no far light verb for a consequence
    ("وأعلنت وزارة الصحة في بيان مقتل 20 شخصا.", "مقتل", []),
    # هؤلاء alone is the subject, the singular noun after it the object: no party «هؤلاء
    # الحكومة» (a demonstrative agrees with the party it points at)
    ("وطالب هؤلاء الحكومة بالتفرغ لتجديد الثقة وتعزيز التعاون مع الإدارة الأميركية.",
     "طالب", []),
    # a demonstrative alone after a verb is its object
    ("ورفض الوزير هذه الاتهامات.", "رفض", ["الوزير"]),
    # the light verb after the deed noun names the doer of the noun its pronoun points at,
    # not of a deed whose object that noun is (region news)
    ("وأضاف أن الثوار تمكنوا من صد هجوم شنته قوات حوثية على مواقع الجيش والمقاومة في محيط "
     "قاعدة العند.", "صد", ["الثوار"]),
    ("وأضاف أن الثوار تمكنوا من صد هجوم شنته قوات حوثية على مواقع الجيش والمقاومة في محيط "
     "قاعدة العند.", "هجوم", ["قوات حوثية"]),
    # a light verb after the noun with no party after it leaves the light verb before it
    # its subject (demo corpus)
    ("وتمكنت الفصائل المقاتلة بعد سلسلة هجمات نفذتها وهجمات مضادة من قوات النظام في سهل "
     "الغاب من السيطرة على مواقع عدة.", "هجمات", ["الفصائل المقاتلة"]),
    # a phrase of support after the far subject is no part of it (region news)
    ("في الوقت الذي حطت فيه أول طائرة مدنية، واصلت قوات الجيش اليمني الوطني المدعومة "
     "بالمقاومة الموالية للرئيس عبد ربه منصور هادي تحرير مناطق في لحج.", "تحرير مناطق",
     ["قوات الجيش اليمني الوطني"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), KEPT)
def test_actor_kept(text, trigger, actors):
    assert _actors(text, trigger) == actors


def test_a_site_after_a_demonstrative_is_no_party():
    """وقال الحاج إن الهجوم استهدف تلك المنطقة: a demonstrative points at parties only; a
    site after it (المنطقة) is no recipient it makes a party of."""
    from event_helpers import recipients
    assert recipients("وقال إن الهجوم استهدف تلك المنطقة.", "استهدف") == []
