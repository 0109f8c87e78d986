"""Talks held on a visit (places26, issue 12): a meeting told after a visit or an arrival
placed in its own sentence was held where the visitor went (`context.visit_talks`, basis
"context"): in the visit's sentence, or in the next one when the visitor is a party of the
talks; and a visit noun after an arrival's إلى + place past a comma is the visit paid there
(`context.arrival_visit`, basis "sentence"). Each row is a sentence of a dev set, of the
demo corpus or of the unannotated region news (free_news.py), with the trigger and the
places a reader records; the guard rows keep talks without the visitor, an agreement
reached before, a phone call, talks whose sentence names another place, talks two sentences
on and a visit after إلى that follows no verb of motion without a place."""

from __future__ import annotations

import pytest

from event_helpers import places_of

FOUND = [
    # fresh13 (boko-haram-slaughters): the talks of the visit, in the next sentence, the
    # visitor named among their parties
    ("وتأتي هذه التطورات بينما يقوم الرئيس بخاري بزيارة الى الكاميرون لاجراء مناقشات حول "
     "افضل السبل من اجل التصدي للتهديد الاقليمي المتزايد لبوكو حرام.\n واوضحت الرئاسة "
     "النيجيرية ان محادثات بخاري مع نظيره الكاميروني بول بيا تندرج في اطار \"التحرك الجاري "
     "لتشكيل تحالف اقليمي اقوى لمواجهة بوكو حرام\".", "محادثات", ["الكاميرون"]),
    # fresh21 (iraqi-sunni-alliance): a meeting joined to the visit by و
    ("وكان كارتر قد زار بغداد الخميس، واجتمع مع رئيس الوزراء حيدر العبادي ورئيس البرلمان "
     "سليم الجبوري ووزير الدفاع خالد العبيدي.", "اجتمع", ["بغداد"]),
    # demo (snn_syria_0067)
    ("أفادت وكالات إيرانية أن المبعوث الأممي إلى سوريا، ستيفان دي ميستورا، زار العاصمة "
     "الإيرانية طهران، والتقى الثلاثاء بمسؤولين من أجل بحث حل سياسي للأزمة السورية.",
     "التقى", ["طهران"]),
    # demo (snn_syria_0364, a headline): the talks the visit is for
    ("وفد من المعارضة السورية يزور موسكو لعقد جولة جديدة من المحادثات", "محادثات", ["موسكو"]),
]

KEPT_OUT = [
    # region news (snn_region_0720): the talks of the next sentence are the movement's talks
    # in general, the visitor is none of their parties
    ("وذكرت أخبار في مواقع إسلامية أن أختر منصور كان على رأس وفد رفيع المستوى لطالبان مؤلف "
     "من 11 شخصا كان قد زار إيران مؤخرا لكن الحركة لم تؤكد ذلك رسميا. وتفيد تقارير بأن "
     "للملا أختر دورا كبيرا في المحادثات التي تجريها الحركة سواء مع الحكومة الأفغانية أو مع "
     "منظمات وقوى دولية أخرى.", "محادثات"),
    # demo (snn_syria_0266): an agreement reached before the visit is no talks held on it
    ("وصل نائب مستشار وزارة الخارجية الأمريكي بريت ماكجورك إلى العاصمة التركية أنقرة، "
     "لإجراء لقاءات مع المسؤولين الأتراك حول الاتفاق الذي توصل إليه البلدان بخصوص مكافحة "
     "تنظيم داعش.", "توصل إليه"),
    # a phone call made on the visit is held nowhere
    ("زار وزير الخارجية الفرنسي طهران أمس، وأجرى اتصالا هاتفيا مع نظيره الأمريكي جون كيري.",
     "اتصالا هاتفيا"),
    # the talks' clause names another place
    ("زار وزير الخارجية الفرنسي لوران فابيوس طهران أمس، والتقى بعد عودته من بغداد الرئيس "
     "حسن روحاني.", "التقى"),
    # two sentences on, a statement between: the visit's thread is left
    ("وصل وزير الخارجية الفرنسي لوران فابيوس إلى طهران أمس في زيارة رسمية. وقالت الوزارة إن "
     "الزيارة تأتي في إطار تعزيز العلاقات. والتقى فابيوس الرئيس حسن روحاني.", "التقى"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FOUND)
def test_talks_take_the_visits_place(text: str, trigger: str, expected: list[str]) -> None:
    assert places_of(text, trigger) == [(p, "context") for p in expected]


@pytest.mark.parametrize(("text", "trigger"), KEPT_OUT)
def test_talks_kept_unplaced(text: str, trigger: str) -> None:
    assert places_of(text, trigger) == []


ARRIVALS = [
    # fresh17 (carter-baghdad-visit): the arrival, its time set off by commas, then في زيارة
    ("وصل آشتون كارتر وزير الدفاع الاميركي، اليوم (الخميس)، إلى بغداد، في زيارة غير معلنة، "
     "للبحث مع مسؤولين سياسيين وعسكريين في المواجهة ضد تنظيم «داعش».", "زيارة", ["بغداد"]),
]

NO_ARRIVAL = [
    # إلى after a verb that is no verb of motion: what was spoken of, not where he went
    ("وتطرق الوزير، أمس، إلى العراق، في زيارته الحالية.", "زيارته"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ARRIVALS)
def test_visit_after_arrival(text: str, trigger: str, expected: list[str]) -> None:
    assert places_of(text, trigger) == [(p, "sentence") for p in expected]


@pytest.mark.parametrize(("text", "trigger"), NO_ARRIVAL)
def test_no_visit_place_without_arrival(text: str, trigger: str) -> None:
    assert places_of(text, trigger) == []
