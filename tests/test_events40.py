"""Event detection read on news rasd was not tuned on (events40, issue 12): captives freed by
force are an ASSAULT (the verb حرر and the noun إنقاذ with a hostage word; أنقذ only with a
count or captives, not a country saved from a crisis); forces moving toward a place are a
MOBILIZE (تحرك، توجه، اتجه with نحو/باتجاه/صوب in the verb's clause and a force named near
it); the dead and wounded of a road collision or a natural disaster are no deed of force
(senses.json cue `cause_near`, class `accidents`); من المرتقب / من المنتظر tell what lies
ahead. Data: data/events/triggers.tsv (block events40), senses.json (classes `accidents`,
`moving_forces`, `captives`), markers.json (status future, unrealized); code:
events/senses._cause_near. Sentences from the unannotated region and Syria news
(scripts/free_news.py) and the dev gold sets."""

from __future__ import annotations

import pytest

from event_helpers import events_of, has_event

FREED = [
    # (sentence, the ASSAULT trigger's first word)
    ("حرر الجيش النيجيري 178 شخصا محتجزين رهائن لدى حركة بوكو حرام الإرهابية، بينهم أكثر "
     "من 100 طفل و67 امراة.", "حرر"),  # region news
    ("وفي وقت سابق من هذا الأسبوع أعلن الجيش النيجيري أنه حرر 30 رهينة بينهم 21 طفلاً "
     "وسبع نساء قرب ديكوا شرق مايدوغوري.", "حرر"),  # fresh7
    ("وأضاف أنه خلال هذه العملية تم إنقاذ 178 شخصا كانوا محتجزين رهائن لدى الإرهابيين.",
     "إنقاذ"),  # region news
    ("أنقذ الجيش النيجيري 178 شخصا مختطفا من أيدي جماعة بوكو حرام الإسلامية المتشددة.",
     "أنقذ"),  # region news
    ("قال الجيش النيجيري في ساعة متأخرة من مساء يوم الأحد إنه أنقذ 178 شخصا كانت جماعة "
     "بوكو حرام المتشددة تحتجزهم في ولاية بورنو النيجيرية.", "أنقذ"),  # region
]


@pytest.mark.parametrize(("text", "word"), FREED)
def test_captives_freed_is_an_assault(text: str, word: str) -> None:
    assert has_event(text, "ASSAULT", word), events_of(text)


def test_a_place_freed_stays_a_seizure() -> None:
    text = "حررت القوات مدينة الرمادي وأفرجت عن المحتجزين."  # (a hostage word in the window)
    assert has_event(text, "COERCE", "حررت")
    assert not has_event(text, "ASSAULT", "حررت")


NOT_RESCUED = [
    # a country, a people or a party saved from a crisis or a defeat
    "وقال خصروف: المملكة أنقذت اليمن من ويلات الحروب والانقسامات والحرب الأهلية من خلال "
    "عاصفة الحزم.",  # region news
    "وتوقعت المصادر أن يكون الهدف هو للبحث عن أي مخرج ينقذ صالح والحوثي ومليشيتهما من "
    "الهزيمة المؤكدة في الحرب.",  # fresh7
    "وأكد أن بلاده تعمل مع روسيا على خلق أفق ينقذ الشعب السوري من الأزمة.",  # Syria news
]


@pytest.mark.parametrize("text", NOT_RESCUED)
def test_a_rescue_from_a_crisis_is_no_event(text: str) -> None:
    assert not has_event(text, "ASSAULT", "أنقذ") and not has_event(text, "ASSAULT", "ينقذ"), \
        events_of(text)


MOVING = [
    # (sentence, the MOBILIZE trigger)
    ("وكانت مصادر عسكرية في عدن قد أفادت، في وقت سابق، أن لواء عسكرياً معززاً بالدبابات "
     "والمدرعات تحرك نحو قاعدة العند لفتح جبهة جديدة من جهة الغرب.", "تحرك"),  # region news
    ("وفي جبهة لحج تفيد الأنباء أن المقاومة والجيش الوطني سيطروا على مثلث العند ويتجهون "
     "صوب القاعدة العسكرية.", "يتجهون"),  # region news
    ("فيما تحركت تعزيزات أخرى نحو معسكر لبوزة ومثلث العند في مدينة لحج.",
     "تحركت"),  # region news
    ("وتابع: «أصبحت تلك الآليات والمدرعات وكاسحات الألغام، تتجه نحو شمال عدن، في طريقها "
     "إلى تحرير عدد من المحافظات».", "تتجه"),  # Syria news
]


@pytest.mark.parametrize(("text", "word"), MOVING)
def test_forces_moving_is_a_mobilization(text: str, word: str) -> None:
    assert ("MOBILIZE", word) in events_of(text), events_of(text)


NOT_MOVING = [
    "وذلك استباقا لتحرك قوات المقاومة نحو المدينة.",  # fresh21: a movement awaited (ل)
    "وقد استنتج هؤلاء الشبان أنهم استنفذوا عمليات حرق المساجد، وأنه يجب التوجه نحو خطوة "
    "أكبر.",  # region news: a course, no force
    "وان السيطرة عليها سيسمح للمقاومة بالتحرك باتجاه الشمال، نحو الضالع والبيضاء وتعز.",
    # region news: a movement made possible, not made
]


@pytest.mark.parametrize("text", NOT_MOVING)
def test_not_a_mobilization(text: str) -> None:
    assert not any(t == "MOBILIZE" for t, _ in events_of(text)), events_of(text)


ACCIDENTS = [
    "لقي 19 شخصا حتفهم وأصيب 12 آخرون، حالة بعضهم خطرة، في تصادم حافلتين الأحد 9 أغسطس "
    "قرب مدينة الملتقى في الولاية الشمالية في السودان.",  # region news
    "حيث سجل في عام 2014 مقتل 2000 شخص، وإصابة 5000 آخرين في حوادث الطرق.",  # region news
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_the_dead_of_an_accident_are_no_assault(text: str) -> None:
    assert not any(t == "ASSAULT" for t, _ in events_of(text)), events_of(text)


def test_a_killing_beside_no_accident_stays() -> None:
    text = ("قتل 15 شخصا بينهم نساء وأطفال الأربعاء عندما فجر انتحاري نفسه في سوق مزدحمة "
            "بشمال أفغانستان.")  # region news
    assert any(t == "ASSAULT" for t, _ in events_of(text))


def test_a_wound_from_a_strike_stays() -> None:
    text = ("وقال مصدر محلي إن \"عدداً من المدنيين أصيبوا في قصف بقذائف مدفعية حوثية، طالت "
            "أحياء سكنية\".")  # Syria news
    assert has_event(text, "ASSAULT", "قصف")


AHEAD = [
    # (sentence, trigger, status)
    ("ففي خلال أيام من المنتظر هدم بيته وطرده هو وزوجته وأولادهما العشرة.", "طرده",
     "future"),  # region news
]


@pytest.mark.parametrize(("text", "trigger", "status"), AHEAD)
def test_what_lies_ahead(text: str, trigger: str, status: str) -> None:
    from rasd.pipeline import extract_text

    doc = extract_text(text, published="2015-08-01")
    found = [e.status for e in doc.events if doc.span_text(e.trigger) == trigger]
    assert found == [status], found


CAPTORS = [
    # (sentence, the rescue's trigger, its recipients: the captors, never the freed)
    ("حرر الجيش النيجيري 178 شخصا محتجزين رهائن لدى حركة بوكو حرام الإرهابية، بينهم أكثر "
     "من 100 طفل و67 امراة.", "حرر", ["حركة بوكو حرام الإرهابية"]),  # region news
    ("أنقذ الجيش النيجيري 178 شخصا مختطفا من أيدي جماعة بوكو حرام الإسلامية المتشددة.",
     "أنقذ", ["جماعة بوكو حرام الإسلامية"]),  # region news
    ("قال الجيش النيجيري في ساعة متأخرة من مساء يوم الأحد إنه أنقذ 178 شخصا كانت جماعة "
     "بوكو حرام المتشددة تحتجزهم في ولاية بورنو النيجيرية.", "أنقذ",
     ["جماعة بوكو حرام المتشددة"]),  # region
    ("وكان الجيش النيجيري أعلن خلال الأشهر الأخيرة أنه حرر مئات النساء والأطفال كانت الحركة "
     "المتطرفة تحتجزهم رهائن، ولا سيما في غابة سامبيسا.", "حرر",
     ["الحركة المتطرفة"]),  # fresh7
]


@pytest.mark.parametrize(("text", "trigger", "captors"), CAPTORS)
def test_a_rescue_is_made_against_the_captors(text: str, trigger: str,
                                              captors: list[str]) -> None:
    from event_helpers import recipients

    assert recipients(text, trigger) == captors
