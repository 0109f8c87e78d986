"""Event detection of events41 (issue 12): an armed party pursued is an ASSAULT (the verbal
nouns ملاحقة، مطاردة), licensed only by an object naming fighters, their remnants or
their leaders; a hunt and a prosecution are none. A state of emergency
declared with its subject between (أعلن الانقلابيون حالة الطوارئ) or imposed (حالة الطوارئ
تفرض) and a curfew told by the imperfect (يحظر التجوال) are a COERCE. Data:
data/events/triggers.tsv (block events41), senses.json (row ملاحقة, class `remnants`).
Sentences from the dev gold (fresh10, fresh19) and the unannotated region and Syria
news (scripts/free_news.py)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, has_event

PURSUED = [
    # (sentence, the ASSAULT trigger)
    ("يواصل الثوار من مقاتلي المقاومة الشعبية في عدن مطاردة بقايا ميليشيات الحوثيين المدعومة "
     "بفلول الرئيس المخلوع علي عبدالله صالح في المناطق كافة.", "مطاردة"),  # region news
    ("وأوضح العايد أن «الأتراك قصفوا مواقع لتنظيم داعش في الداخل السوري، وبدأوا ملاحقة "
     "قيادات هذا التنظيم ونقاط لوجيستية له في داخل تركيا».", "ملاحقة"),  # Syria news
    ("وذكر عبد الرحمن أيضًا أنّ جبهة النصرة «تقوم بمطاردة المقاتلين» الذين تلقوا تدريبات في "
     "اطار البرنامج الاميركي في محافظة ادلب.", "مطاردة"),  # Syria news
]


@pytest.mark.parametrize(("text", "word"), PURSUED)
def test_pursuit_of_fighters_is_an_assault(text: str, word: str) -> None:
    assert has_event(text, "ASSAULT", word), events_of(text)


NOT_PURSUED = [
    # (sentence, the word that must head no event)
    ("وحتى الآن الخبر يدل على شخصية تهوى المطاردة واحساس الصياد المتفوق، وأيضا تعكس شخصا يعشق "
     "التفاخر.",
     "المطاردة"),  # Syria news: a hunt
    ("وأكد الناطق باسم الحكومة الفلسطينية، أن حكومة فلسطين ستواصل كافة الجهود الدبلوماسية "
     "والقانونية، من أجل ملاحقة المجرمين الإسرائيليين، انتصارا لحق الشعب الفلسطيني في الحياة "
     "والحرية.", "ملاحقة"),  # fresh10: a prosecution (ACCUSE in the gold)
    ("مطالبا الجهات المختصة في المحافظة بالقيام بدورها في ملاحقة الجناة، واتخاذ العقوبات "
     "الرادعة لهؤلاء وأمثالهم.", "ملاحقة"),  # region news: offenders sought by the law
]


@pytest.mark.parametrize(("text", "word"), NOT_PURSUED)
def test_no_pursuit_without_fighters(text: str, word: str) -> None:
    assert not any(trig.startswith(word) for _, trig in events_of(text)), events_of(text)


EMERGENCY = [
    # (sentence, the COERCE trigger's first word)
    ("وأعلن الانقلابيون حالة الطوارئ في العاصمة صنعاء، ونفذوا حملة اعتقالات ضد ناشطين وقياديين "
     "في حزبي الإصلاح والناصري.", "حالة"),  # fresh19 (and its telling in the region news)
    ("ووفقاً للقرار الذي أصدره رئيس الوزراء ، إبراهيم محلب ، فإن حالة الطوارئ تفرض في المنطقة "
     "المحددة شرقاً من \"تل رفح\".", "حالة"),  # region news
    ("ووفق القرار يحظر التجوال في المنطقة المحددة طوال مدة إعلان حالة الطوارئ من الساعة "
     "السابعة مساء وحتى السادسة من صباح اليوم التالي.", "يحظر"),  # fresh19, Syria news
]


@pytest.mark.parametrize(("text", "word"), EMERGENCY)
def test_state_of_emergency_is_a_coercion(text: str, word: str) -> None:
    assert has_event(text, "COERCE", word), events_of(text)


def test_humanitarian_emergency_level_is_no_coercion() -> None:
    text = ("يذكر أن الأمم المتحدة أعلنت في وقت سابق، الدرجة الثالثة من حالة الطوارئ الإنسانية، "
            "وهي الأعلى، في اليمن.")  # region news: no word of declaring within reach
    assert not has_event(text, "COERCE", "حالة"), events_of(text)
