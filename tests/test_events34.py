"""Two word families no trigger row read before (events34, issue 12), from the misses of the
newer dev sets: a sweep of an area (تمشيط، مشط; data/events/triggers.tsv, section events34)
and a party's operations with its pronoun pressed on (عملياتها after كثف، صعد، وسع، واصل;
the row and its licence in data/events/senses.json). Sentences from the dev gold sets, the
demo corpus and the region news."""

from __future__ import annotations

import pytest

from event_helpers import actors, events_of

FOUND = [
    # a sweep clearing an area of the enemy's remnants after a fight (ASSAULT)
    ("وأكدت المصادر، أن المقاومة بدأت بتمشيط تلك المواقع، فيما لا تزال تلاحق الحوثيين "
     "وقوات صالح في مثلث العند.", "ASSAULT", "تمشيط"),  # fresh19
    ("فيما لم تزل قوات المقاومة الشعبية تواصل تمشيط المنطقة المحيطة بقاعدة العند الجوية "
     "التي استردها الثوار من ميليشيات الحوثي.", "ASSAULT", "تمشيط"),  # fresh21
    ("وقال مصدر عسكري اليوم \"ان الحوطة باتت تحت السيطرة بعد عمليات تمشيط ليل الثلاثاء "
     "وصباح هذا اليوم\".", "ASSAULT", "تمشيط"),  # fresh21
    ("وأضافت المصادر أن المقاومة الشعبية شرعت مساء أمس بتنفيذ عملية تمشيط واسعة لمديرية "
     "لودر بعد فرار المسلحين الحوثيين منها.", "ASSAULT", "تمشيط"),  # fresh13
    ("وأفادت مصادر يمنية بأن «مقاتلي المقاومة الشعبية يقومون بتمشيط المنازل والمقرات "
     "الحكومية في كل الأحياء السكنية في منطقتي التواهي والمعلا».", "ASSAULT",
     "تمشيط"),  # region news
    ("وواصلت المقاومة الشعبية أيضاً تمشيط منطقة الحسيني وقاعدة العند الجوية بعد تحريرها "
     "من الحوثيين.", "ASSAULT", "تمشيط"),  # region news
    # a sweep in search of something: a security deployment (MOBILIZE)
    ("من جانبه أوضح مصدر أمني بشمال سيناء، أن قوات الأمن مشطت منطقة الحادث بحثاً عن "
     "عبوات ناسفة أخرى في موقع الحادث.", "MOBILIZE", "مشطت"),  # fresh19
    ("لافتاً الانتباه إلى أن قوات الأمن قامت بتمشيط منطقة الحادث بحثاً عن عبوات ناسفة "
     "أخرى.", "MOBILIZE", "تمشيط"),  # fresh8
    # a party's operations, with its pronoun, intensified, escalated or widened (ASSAULT)
    ("كثفت قوات الجيش الوطني والمقاومة الشعبية عملياتها في محافظتي أبين وتعز.", "ASSAULT",
     "عملياتها"),  # fresh21
    ("وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف «تحرير» "
     "المحافظة.", "ASSAULT", "عملياتها"),  # fresh17
    ("قالت مصادر عسكرية متطابقة ان هذه القوات تصعد عملياتها في محافظة اب جنوب صنعاء.",
     "ASSAULT", "عملياتها"),  # fresh17
    ("تقوم المقاتلات الأميركية بتوسيع عملياتها في سورية لحماية فصائلها المفضلة.", "ASSAULT",
     "عملياتها"),  # demo
    ("واتهم المتمردين بمواصلة عملياتهم العسكرية في منطقة جبل صبر.", "ASSAULT",
     "عملياتهم"),  # region news
]


@pytest.mark.parametrize(("text", "type_", "trigger"), FOUND)
def test_found(text: str, type_: str, trigger: str) -> None:
    evs = events_of(text)
    assert any(t == type_ and w.startswith(trigger) for t, w in evs), evs


NOT_FOUND = [
    # a search sweep is no attack
    ("من جانبه أوضح مصدر أمني بشمال سيناء، أن قوات الأمن مشطت منطقة الحادث بحثاً عن "
     "عبوات ناسفة أخرى في موقع الحادث.", "ASSAULT"),  # fresh19
    # operations named by the bare noun are of any kind: relief operations intensified
    ("وكثفت المنظمات الدولية عمليات الإغاثة في المدينة.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_FOUND)
def test_not_found(text: str, type_: str) -> None:
    assert type_ not in [t for t, _ in events_of(text)]


# The pronoun on the operations names their doer, the subject of the announcing verb, across
# a date aside; before the licence the row took the whole word and the claimant of the
# article's attacks was carried in (fresh17).
def test_operations_doer_from_the_pronoun() -> None:
    text = ("وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف "
            "«تحرير» المحافظة.")
    assert actors(text, "عملياتها") == ["القوات العراقية"]
