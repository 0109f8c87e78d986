"""rasd.events.targets on sentences from real articles (the dev sets' Turkey, Gaza, Libya and
Yemen reports): the party a struck or seized thing belongs to, or was bound for, is a
recipient."""

from __future__ import annotations

import pytest

from event_helpers import recipients

TARGETS = [
    # the parties the arrested belong to, joined by و
    ("على صعيد آخر، أعلنت الحكومة التركية، السبت 25 يوليو/تموز، عن اعتقال 320 شخصا ينتمون "
     "لتنظيم “داعش” ولحزب العمال الكردستاني.", "اعتقال",
     ["320 شخصا", "تنظيم “داعش”", "حزب العمال الكردستاني"]),
    # a thing's owner qualifies it: no party of its own
    ("أفادت مصادر فلسطينية أن مجهولين قاموا بتفجير 6 سيارات عسكرية تابعة لمسؤولين "
     "وقياديين في كتائب القسام الجناح العسكري لحركة حماس فجر أمس.", "تفجير",
     ["6 سيارات عسكرية"]),
    # goods on their way to a party: the party, not the goods
    ("أحبطت السلطات اليونانية تهريب شحنة أسلحة ثقيلة كانت في طريقها إلى مليشيا «فجر ليبيا».",
     "أحبطت", ["مليشيا «فجر ليبيا»"]),
    # … not to a place
    ("وأعلنت سلطات الجمارك اليونانية عن ضبط شحنة مركبات مدرعة في ميناء كيراتسيني اليوناني "
     "كانت في طريقها إلى ليبيا.", "ضبط", []),
    # no word of belonging: nothing added
    ("وقد نفذت مقاتلات تركية الجمعة غارات على مواقع لحزب العمال الكردستاني شمال العراق.",
     "غارات", ["مواقع لحزب العمال الكردستاني"]),
    # sought: the people a raid or a state of alert searches for
    ("نفّذت وحدات من الجيش اللبناني يوم أمس الجمعة عمليات دهم في منطقة البقاع شرق البلاد "
     "بحثا عن مطلوبين ينضوون في عصابات متورطة في عمليات خطف.", "عمليات دهم", ["مطلوبين"]),
    ("شهدت شمال سيناء أمس الاحد استنفاراً أمنياً للبحث عن المتورطين في مقتل ضابط ومجند "
     "وإصابة 3 آخرين في انفجار عبوة ناسفة.", "استنفاراً", ["المتورطين"]),
    # a broken plural of a site is a target as the singular is
    ("وشهد شهر رمضان هذه السنة قدرا خاصا من العنف مع حصول عمليات اطلاق نار على مصلين ووقوع "
     "اعتداءات انتحارية في مساجد.", "اعتداءات", ["مساجد"]),
    # … not a search for things
    ("وشنت قوات الأمن حملة مداهمات واسعة في الحي بحثا عن السلاح.", "مداهمات", []),
]


@pytest.mark.parametrize("text, trigger, expected", TARGETS)
def test_targets(text, trigger, expected):
    assert recipients(text, trigger) == expected
