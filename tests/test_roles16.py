"""roles16: two kinds of wrong argument the rules gave, fixed as linguistic patterns.

- A city named after a compass word only to locate another city, governorate or country
  of the event (`محافظة الضالع، شمال عدن`) lies outside it: it is not where the event
  happened (`places.located_before`, `places.reference_points`, `context.reference_place`).
  A governorate, country or region after the compass word holds the place and stays; a
  town or district east of a city is in the city's area, and the city stays.
- A past verb vowelled as a passive on the infixed ت of the eighth form (اعتُقل، احتُجز)
  is a passive like قُتل: its subject is what was done to, not the actor
  (`clause.vowelled_passive`).

- The side after مع of a fight noun (اشتباكات مع مقاتلي تنظيم داعش) fights too: an actor
  beside the side told before, not the recipient (`context.fight_sides`).

Sentences from the demo corpus (none from a dev gold file)."""

from __future__ import annotations

import pytest

from rasd.clause import vowelled_passive
from rasd.events.places import located_before
from rasd.pipeline import extract_text
from rasd.roles import View


def _roles(text: str, trigger: str) -> dict[str, list[str]]:
    doc = extract_text(text, published="2015-08-01")
    for ev in doc.events:
        if doc.span_text(ev.trigger) == trigger:
            return {role: [doc.span_text(r) for r in getattr(ev, role)]
                    for role in ("actor", "recipient", "location")}
    raise AssertionError(f"no event {trigger!r}")


# (sentence, the place after the compass word, the place it locates or None)
LOCATED = [
    # a governorate north of Aden: Aden only locates it (the finished document's entity
    # holds its head noun since links9)
    ("وفي محافظة الضالع، شمال عدن، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل "
     "أربعة متمردين في كمين وأسر 119 آخرين.", "عدن", "محافظة الضالع"),
    # a district south-east of Baghdad is in the city's area
    ("وأوضح مصدر أمني أن شخصا قتل، وأصيب ستة آخرون بجروح نتيجة انفجار عبوة ناسفة في منطقة "
     "المدائن جنوب شرقي بغداد.", "بغداد", None),
    # Sadr City is a part of Baghdad: شرقي بغداد says where in it
    ("وقال المصدر في تصريح صحافي أن شخصا قتل، وأصيب خمسة آخرون بتفجير مماثل في منطقة "
     "الحبيبية بمدينة الصدر، شرقي بغداد.", "بغداد", None),
    # a province after the compass word holds the place
    ("وفي حين شنت طائرات التحالف غارات على تجمعات الميليشيات في الجفينة جنوب غربي "
     "محافظة مأرب.", "مأرب", None),
    # «مدينة الباب» is the town (linked so since links16), 40 km east of Aleppo city:
    # Aleppo only locates it
    ("كما استهدف الطيران الحربي قرية الإمام في ريف مدينة الباب شرقي حلب، مما أدى إلى مقتل "
     "شخصين وجرح آخرين.", "حلب", "الباب"),
]


@pytest.mark.parametrize(("text", "reference", "located"), LOCATED)
def test_located_before(text, reference, located):
    doc = extract_text(text, published="2015-08-01")
    v = View.of(doc)
    at = doc.text.rindex(reference)
    k = next(i for i, t in enumerate(v.toks) if t.start <= at < t.end)
    got = located_before(v, k)
    assert (doc.text[v.toks[got[0]].start:v.toks[got[1] - 1].end] if got else None) == located


# (sentence, trigger, a place after a compass word that stays)
KEPT = [
    # a district south-east of a city is in the city's area: the city stays
    ("وأوضح مصدر أمني أن شخصا قتل، وأصيب ستة آخرون بجروح نتيجة انفجار عبوة ناسفة في منطقة "
     "المدائن جنوب شرقي بغداد.", "انفجار", "بغداد"),
    # a governorate after the compass word holds the place
    ("وفي حين شنت طائرات التحالف غارات على تجمعات الميليشيات في الجفينة جنوب غربي "
     "محافظة مأرب، استهدفت ضربات جوية موقع للقوات الموالية لصالح في محافظتي عمران "
     "والجوف.", "غارات", "مأرب"),
    # the city is the antecedent of للمدينة, not a reference point of this deed's places
    ("وقالت مصادر محلية ل\"الرياض\" ان ميليشيات الحوثي وصالح انسحبت من منطقة جعولة شمالي "
     "عدن، بعد سلسة غارات لقوات التحالف العربي على مواقعها في الأطراف الشمالية والشرقية "
     "للمدينة.", "غارات", "عدن"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), KEPT)
def test_a_place_that_holds_the_event_stays(text, trigger, place):
    assert any(place in x for x in _roles(text, trigger)["location"])


# (word as written, read as a vowelled passive)
VOWELLED = [
    ("قُتل", True), ("أُصيب", True), ("استُهدف", True),
    ("اعتُقل", True), ("واعتُقل", True), ("احتُجز", True), ("اختُبرتا", True),
    ("اعتَقل", False), ("اعتقل", False), ("أَطلق", False), ("انسحب", False),
]


@pytest.mark.parametrize(("word", "passive"), VOWELLED)
def test_vowelled_passive(word, passive):
    assert vowelled_passive(word) is passive


# (sentence, trigger, who was held: its recipient, never its actor)
PASSIVES = [
    ("واعتُقل هذا الأسبوع أيضاً ناشطان فلسطينيان آخران في مدينة الخليل.", "اعتُقل",
     "ناشطان فلسطينيان آخران"),
]


@pytest.mark.parametrize(("text", "trigger", "held"), PASSIVES)
def test_an_eighth_form_passive_has_its_subject_as_recipient(text, trigger, held):
    got = _roles(text, trigger)
    assert not any(held in x for x in got["actor"])
    assert any(held in x for x in got["recipient"])


# (sentence, fight noun, the side after مع: an actor, never the recipient, and the side
# told before it, which stays an actor)
FIGHTS = [
    ("وأفاد مصدر إعلامي بأن وحدات حماية الشعب الكردية تمكنت من السيطرة على منطقة الفيلات "
     "الحمر جنوب شرق الحسكة، بعد اشتباكات مع مقاتلي تنظيم داعش استمرت لأيام.",
     "اشتباكات", "مقاتلي تنظيم داعش", "وحدات حماية الشعب الكردية"),
]


@pytest.mark.parametrize(("text", "trigger", "side", "other"), FIGHTS)
def test_the_side_after_maa_of_a_fight_acts(text, trigger, side, other):
    got = _roles(text, trigger)
    assert side in got["actor"] and other in got["actor"]
    assert side not in got["recipient"]


# the victims told before the fight stay its recipient (sides.py)
def test_the_dead_of_a_fight_stay_recipients():
    got = _roles("من ناحية ثانية، قتل ثلاثة عناصر من الفصائل خلال اشتباكات مع قوات النظام في "
                 "حي جوبر.", "اشتباكات")
    assert got["recipient"] == ["ثلاثة عناصر من الفصائل"]
