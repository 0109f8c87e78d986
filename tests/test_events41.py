"""Event detection of events41 (issue 12): an armed party pursued is an ASSAULT (the verbs
لاحق، طارد، تعقب and the nouns ملاحقة، مطاردة), licensed only by an object naming fighters,
their remnants or their leaders; a hunt, an animal tracked, a prosecution and the adverb
لاحقا are none. Data: data/events/triggers.tsv (block events41), senses.json (rows لاحقت and
ملاحقة, class `remnants`). Sentences from the dev gold (fresh19, fresh21) and the unannotated
region and Syria news (scripts/free_news.py)."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _has(text: str, category: str, word: str) -> bool:
    return any(t == category and trig.startswith(word) for t, trig in events_of(text))


PURSUED = [
    # (sentence, the ASSAULT trigger)
    ("وأكدت المصادر، أن المقاومة بدأت بتمشيط تلك المواقع، فيما لا تزال تلاحق الحوثيين وقوات "
     "صالح في مثلث العند.", "تلاحق"),  # fresh19
    ("تابعت المقاومة والقوات اليمنية الشرعية، اليوم (الاربعاء)، عمليات تعقب المتمردين "
     "الحوثيين وحلفائهم الذين يستمرون بالانسحاب.", "تعقب"),  # fresh21
    ("يواصل الثوار من مقاتلي المقاومة الشعبية في عدن مطاردة بقايا ميليشيات الحوثيين المدعومة "
     "بفلول الرئيس المخلوع علي عبدالله صالح في المناطق كافة.", "مطاردة"),  # region news
    ("وأوضح العايد أن «الأتراك قصفوا مواقع لتنظيم داعش في الداخل السوري، وبدأوا ملاحقة "
     "قيادات هذا التنظيم ونقاط لوجيستية له في داخل تركيا».", "ملاحقة"),  # Syria news
    ("وذكر عبد الرحمن أيضًا أنّ جبهة النصرة «تقوم بمطاردة المقاتلين» الذين تلقوا تدريبات في "
     "اطار البرنامج الاميركي في محافظة ادلب.", "مطاردة"),  # Syria news
]


@pytest.mark.parametrize(("text", "word"), PURSUED)
def test_pursuit_of_fighters_is_an_assault(text: str, word: str) -> None:
    assert _has(text, "ASSAULT", word), events_of(text)


NOT_PURSUED = [
    # (sentence, the word that must head no event)
    ("ولكنّ الصيادين طاردوا الأسد الجريح على مدار 40 ساعة قبل العثور عليه.",
     "طاردوا"),  # Syria news: a hunt
    ("يجدر بالذكر أن السلطات العراقية تلاحق الصرخي منذ العام الماضي بتهمة الإضرار بالأمن في "
     "البلاد.", "تلاحق"),  # region news: a prosecution
    ("مطالبا الجهات المختصة في المحافظة بالقيام بدورها في ملاحقة الجناة، واتخاذ العقوبات "
     "الرادعة لهؤلاء وأمثالهم.", "ملاحقة"),  # region news: offenders sought by the law
    ("وقال إن نظام تحديد المواقع عبر الاقمار الصناعية لتعقب جيركو يوضح أنه مازال حيا "
     "ويتحرك.", "تعقب"),  # Syria news: an animal tracked
    ("ولكن لاحقًا بدا الأمر مختلفًا بالنسبة لحركة حماس والأصوليين اليهود.",
     "لاحق"),  # region news: the adverb «later»
]


@pytest.mark.parametrize(("text", "word"), NOT_PURSUED)
def test_no_pursuit_without_fighters(text: str, word: str) -> None:
    assert not any(trig.startswith(word) for _, trig in events_of(text)), events_of(text)
