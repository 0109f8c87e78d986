"""Event detection beyond Syria (events38, issue 12): a place fallen into a party's hands or
come under its control is a taking (COERCE seize), the party its actor and the place its
location (conventions 2 and 33 of tests/gold/README.md); a singular battle noun tells a fight
only with the place fought for (settled rule 28); progress made in a fight told just after it
is that fight's other word (rule 27, rule 4); an accusative verbal noun after a verb of its own
row is the verb's absolute object, no second deed. Data: data/events/triggers.tsv (block
events38), markers.json (`hand_nouns`, `control_states`, `battle_nouns`, `progress_nouns`);
code: events/triggers.into_hands, events/fallen.py, events/battles.py,
events/restated.fold_cognate. Sentences from the dev gold sets and the region news."""

from __future__ import annotations

import pytest

from event_helpers import events_of
from rasd.pipeline import extract_text

TAKEN = [
    # (sentence, trigger, actors, a location)
    ("كشف ياسين مكاوي مستشار الرئيس اليمني أن الحوثيين نقلوا 700 أسير إلى صنعاء قبل سقوط "
     "قاعدة العند بأيدي الجيش والمقاومة الشعبية.", "سقوط", ["الجيش", "المقاومة الشعبية"],
     "قاعدة العند"),  # fresh7
    ("سقطت قاعدة العند في اذار/مارس بايدي المقاتلين الحوثيين.", "سقطت",
     ["المقاتلين الحوثيين"], "قاعدة العند"),  # fresh7
    ("وكانت قاعدة العند قد سقطت في مارس (آذار)، بأيدي المقاتلين الحوثيين الذين باتوا "
     "يسيطرون على المنطقة.", "سقطت", ["المقاتلين الحوثيين"], "قاعدة العند"),  # region news
    ("وقال إن مناطق جعولة وبير أحمد والعلم أصبحت تحت سيطرة المقاومة.", "أصبحت تحت سيطرة",
     ["المقاومة"], "جعولة"),  # fresh13
    ("وأكد أن ثلاثة أرباع المدينة باتت في أيدي الثوار.", "باتت في أيدي", ["الثوار"],
     None),  # fresh21
    ("وأكد أن موقعا أمنيا سقط في أيديهم.", "سقط", [], None),  # region gold: no named place
]


@pytest.mark.parametrize(("text", "trigger", "actors", "place"), TAKEN)
def test_taken(text: str, trigger: str, actors: list[str], place: str | None) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if e.type == "COERCE" and t(e.trigger) == trigger]
    assert hits, [(e.type, t(e.trigger)) for e in doc.events]
    ev = hits[0]
    assert [t(r) for r in ev.actor] == actors
    assert not ev.recipient
    if place is not None:
        assert place in [t(r) for r in ev.location]


NOT_TAKEN = [
    ("وسقط قتلى على أيدي قوات الأمن.", "سقط"),  # at the hands of: a toll, no taking
    ("وأدى ذلك إلى سقوط قتلى وجرحى بأيدي المسلحين.", "سقوط"),
    ("وقال إن الحكومة أصبحت تحت ضغط كبير من الشارع.", "أصبحت"),  # no hold
]


@pytest.mark.parametrize(("text", "trigger"), NOT_TAKEN)
def test_not_taken(text: str, trigger: str) -> None:
    assert not any(t == "COERCE" and w.startswith(trigger) for t, w in events_of(text))


BATTLES = [
    # (sentence, a fight told on معركة)
    ("وعلى الرغم من عدم حصول أي تبدّل في المعطيات على الأرض، تبقى معركة الزبداني التي بدأت "
     "قبل شهر، هدفًا استراتيجيًا لقوات النظام السوري.", True),  # team
    ("توقع المحلل السياسي اليمني هاني مسهور اقتراب حسم معركة قاعدة \" العند \" بعد التطورات "
     "الميدانية.", True),  # fresh10
    ("وشدد بأنه لن يقبل أحد تقديم المسوغات من أجل تأجيل معركة التحرير، ذلك أن التلكؤ "
     "حاصل.", False),  # fresh4: no place
    ("ليكون قادرًا ومستعدًا لأداء دوره المنشود في معركة التحرير.", False),  # fresh10
    ("متوعدا بأن يتم نقل المعركة إلى حضن الغازي والقبض عليهم.", False),  # fresh11: anaphoric
]


@pytest.mark.parametrize(("text", "fight"), BATTLES)
def test_battle_named_by_its_place(text: str, fight: bool) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    assert any(e.type == "ASSAULT" and "معركة" in t(e.trigger) for e in doc.events) == fight


def test_battle_as_a_figure_of_speech() -> None:
    text = ("ويكفي أنه ذهب الى حد تشبيه معركة عدن وهزيمته فيها بمعركة “أحد” وهزيمة المسلمين "
            "فيها أمام الكفار والمشركين!")  # fresh19: the first is a fight, the second a figure
    doc = extract_text(text, published="2015-08-01")
    assert [doc.span_text(e.trigger) for e in doc.events] == ["معركة"]


PROGRESS = [
    # (sentence, the one event's trigger, its actor)
    ("وقالت الوزارة إن القوات العراقية تحرز تقدما في المعارك هناك، وإنها ستصبح خلال أيام عند "
     "حدود مدينة الرمادي.", "المعارك", "القوات العراقية"),  # fresh13
    ("وأضاف أن القوات الأمنية بمشاركة متطوعي العشائر حققت تقدما في عملية تحرير مناطق واسعة "
     "شرق مدينة الرمادي من داعش.", "تحرير مناطق", None),  # fresh23
]


@pytest.mark.parametrize(("text", "trigger", "actor"), PROGRESS)
def test_progress_in_a_fight(text: str, trigger: str, actor: str | None) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    assert [t(e.trigger) for e in doc.events] == [trigger]
    if actor is not None:
        assert actor in [t(r) for r in doc.events[0].actor]


def test_progress_alone_stays() -> None:
    text = ("وحققت قوات المقاومة الشعبية والجيش الموالي للشرعية تقدمًا عند المدخل الغربي للمدينة "
            "الخضراء شمال عدن.")  # fresh11: no fight told after it
    assert any(t == "ASSAULT" for t, _ in events_of(text))


COGNATE = [
    ("وقال الشيخ أحمد الغانم: نرفض رفضا قاطعا هذه التدخلات.", "REJECT"),  # fresh11
    ("وقصفت الطائرات المدينة قصفا عنيفا أمس.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), COGNATE)
def test_cognate_accusative(text: str, type_: str) -> None:
    assert [t for t, _ in events_of(text)].count(type_) == 1


def test_fight_with_progress_has_both_sides_and_no_later_place() -> None:
    doc = extract_text("في غضون ذلك، أعلن الجيش الليبي أن قواته تحقق تقدما مطردا على الأرض في "
                       "المواجهات الدامية التي تخوضها ضد الميليشيات الإرهابية في مدينة بنغازي.",
                       published="2015-08-01")  # fresh13: the side fought against is an actor
    t = doc.span_text
    (ev,) = doc.events
    assert "الميليشيات الإرهابية" in [t(r) for r in ev.actor] and not ev.recipient
    doc = extract_text("وقالت الوزارة إن القوات العراقية تحرز تقدما في المعارك هناك، وإنها ستصبح "
                       "خلال أيام عند حدود مدينة الرمادي.", published="2015-08-01")  # fresh13
    (ev,) = doc.events
    assert not ev.location  # (هناك: a place told before, not where the forces will be)
