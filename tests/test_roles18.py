"""roles18: wrong actors and recipients by kind (issue 12). Table-driven on sentences in
the manner of wire reports (the kinds measured on the dev sets with bench/wrong_args.py;
not copied from a gold file)."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def _event(text: str, trigger: str):
    doc = extract_text(text, published="2015-08-01")
    evs = [e for e in doc.events if doc.span_text(e.trigger) == trigger]
    assert evs, [doc.span_text(e.trigger) for e in doc.events]
    return doc, evs[0]


# A verb of charging with one phrase before its charge (ب + a noun), or none after its
# subject: the phrase is the one charged (a passive without vowels, or the charger
# dropped), never the accuser (`verbs.charged_one`).
CHARGED = [
    ("واتهم الفتى بالقاء الحجارة خلال فترة شهدت اضطرابات في القدس.", "اتهم", "الفتى"),
    ("وأدين المتهم بالافتئات على ولي الأمر والخروج عن طاعته.", "أدين", "المتهم"),
    ("وأكدت المنظمة أن غالبية الأطفال المعتقلين يتهمون بإلقاء الحجارة.", "يتهمون",
     "غالبية الأطفال المعتقلين"),
    ("واتهمت القوات المتمردة كذلك بارتكاب فظائع من بينها الاغتصاب والقتل.", "اتهمت",
     "القوات المتمردة"),
    ("وتقدمت الوزارة بشكوى رسمية إلى مجلس الأمن، اتهمت فيها الأردن بدعم الإرهابيين.",
     "اتهمت", "الأردن"),
]


@pytest.mark.parametrize(("text", "trigger", "charged"), CHARGED)
def test_charged_one_is_recipient(text, trigger, charged):
    doc, ev = _event(text, trigger)
    assert [doc.span_text(r) for r in ev.recipient] == [charged]
    assert charged not in [doc.span_text(r) for r in ev.actor]


# Two phrases before the charge, or an object pronoun on the verb: the accuser acts.
ACCUSER = [
    ("واتهم أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير.", "اتهم", "أبو مازن",
     "وزير الخارجية الأمريكي جون كيري"),
    ("وتتهم السلطات الأفغانية أجهزة الاستخبارات الباكستانية بالوقوف وراء حركة طالبان.",
     "تتهم", "السلطات الأفغانية", "أجهزة الاستخبارات الباكستانية"),
    ("واتهم بشار الأسد تركيا بدعم الإرهابيين.", "اتهم", "بشار الأسد", "تركيا"),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), ACCUSER)
def test_accuser_kept(text, trigger, actor, recipient):
    doc, ev = _event(text, trigger)
    assert [doc.span_text(r) for r in ev.actor] == [actor]
    assert [doc.span_text(r) for r in ev.recipient] == [recipient]


def test_object_pronoun_keeps_subject():
    doc, ev = _event("واتهمه الجيش بالتخطيط لهجمات.", "اتهمه")
    assert [doc.span_text(r) for r in ev.actor] == ["الجيش"]


# "Both sides" names no party: the parties are named elsewhere (`non_party_words`).
BOTH_SIDES = [
    ("وقال المصدر إن مواجهات عنيفة اندلعت مساء الخميس بين الطرفين في منطقة سناح.", "مواجهات"),
    ("وأفاد مصدر بمقتل ثمانية عشر مسلحا خلال الاشتباكات التي اندلعت بين الطرفين في المدينة.",
     "الاشتباكات"),
    ("وتجددت المعارك بين الجانبين شمال المدينة.", "المعارك"),
]


@pytest.mark.parametrize(("text", "trigger"), BOTH_SIDES)
def test_both_sides_no_party(text, trigger):
    doc, ev = _event(text, trigger)
    roles = [doc.span_text(r) for r in (*ev.actor, *ev.recipient)]
    assert not any(x in ("الطرفين", "الجانبين") for x in roles), roles


# A car bomb after ب is the attack's weapon, not the site struck (`arguments.site_target`).
def test_car_bomb_not_target():
    doc, ev = _event("وأعلن التنظيم مسؤوليته عن هجوم بسيارة ملغومة بشرق العراق أوقع 40 قتيلا.",
                     "هجوم")
    assert "سيارة ملغومة" not in [doc.span_text(r) for r in ev.recipient]


def test_site_after_bomb_still_target():
    doc, ev = _event("وانفجرت عبوة ناسفة بمدرعة تابعة لقوات الشرطة.", "انفجرت")
    assert [doc.span_text(r) for r in ev.recipient] == ["مدرعة"]


# A source that holds a group responsible (محملا X المسؤولية) claims nothing: it is never
# carried to the article's attacks as their actor (`context.responsibility`, `blame_verbs`).
def test_blame_is_no_claim():
    doc = extract_text(
        "وقتل تسعة جنود الجمعة في هجوم بسيارة مفخخة في جنوب شرق اليمن، على ما أعلن مصدر "
        "عسكري محملاً تنظيم القاعدة المسؤولية.", published="2015-08-01")
    ev = next(e for e in doc.events if doc.span_text(e.trigger) == "هجوم")
    assert "مصدر عسكري" not in [doc.span_text(r) for r in ev.actor]


def test_claim_still_carried():
    doc = extract_text("وقتل تسعة جنود الجمعة في هجوم في جنوب شرق اليمن. وأعلنت حركة الشباب "
                       "مسؤوليتها عن الهجوم.", published="2015-08-01")
    ev = next(e for e in doc.events if doc.span_text(e.trigger) == "هجوم")
    assert [doc.span_text(r) for r in ev.actor] == ["حركة الشباب"]


# A deed exchanged (تبادل … مع) goes both ways: the sides after مع act, and the subject of
# the verb of exchanging too (`context.fight_sides`, `exchanged`).
EXCHANGED = [
    ("وتبادلت جماعة الحوثي وحلفاؤها في الجيش إطلاق نيران المدفعية مع القوات الموالية للرئيس "
     "هادي والمقاومة الشعبية في منطقتي دار سعد والعلم.", "إطلاق نيران",
     {"جماعة الحوثي", "حلفاؤها في الجيش", "القوات الموالية للرئيس هادي",
      "المقاومة الشعبية"}),  # (recip22: و + the allies of a party is one more party)
    ("وتبادل الجيش إطلاق النار مع مسلحين في المدينة.", "إطلاق النار", {"الجيش", "مسلحين"}),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), EXCHANGED)
def test_exchange_both_sides_act(text, trigger, actors):
    doc, ev = _event(text, trigger)
    assert {doc.span_text(r) for r in ev.actor} == actors
    assert not ev.recipient


def test_one_way_fire_keeps_target():
    doc, ev = _event("وأطلق الجيش النار على مسلحين في المدينة.", "أطلق الجيش النار")
    assert [doc.span_text(r) for r in ev.recipient] == ["مسلحين"]


# A seized place is the event's place, not the party it was taken from (`seized_place`).
SEIZED = [
    ("وتحولت الأزمة إلى حرب عندما تقدمت قوات الحوثيين والتي سيطرت على العاصمة صنعاء.",
     "سيطرت", "العاصمة"),
    ("قال سكان إن مقاتلين مناهضين لجماعة الحوثي سيطروا على ست مناطق في محافظة إب.", "سيطروا",
     "ست مناطق"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), SEIZED)
def test_seized_place_no_recipient(text, trigger, place):
    doc, ev = _event(text, trigger)
    assert not any(place in doc.span_text(r) for r in ev.recipient)


def test_seized_unit_stays_recipient():
    doc, ev = _event("وقال القائد إن قوات الجيش سيطرت على اللواء 15 ميكا في مدينة زنجبار.", "سيطرت")
    assert [doc.span_text(r) for r in ev.recipient] == ["اللواء 15"]


# A title right after a person's name, given as the actor, is the name's apposition
# (`parties.named_for_title`); recipients are left alone: after a verb of asking it may be
# the object (دعا الوزير عزالدين الاصبحي مفوض الأمم المتحدة السامي إلى).
TITLED = [
    ("دعا موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس أمس السبت إلى تشكيل حكومة وحدة "
     "وطنية.", "دعا", ["موسى أبو مرزوق"]),
    ('وقال المسؤول "إن خالد محفوظ بحاح نائب رئيس الجمهورية اليمنية رئيس مجلس الوزراء سيجتمع '
     'خلال زياراته لعدن مع الوزراء اليمنيين".', "يجتمع", ["خالد محفوظ بحاح"]),
    ("التقى أوباما رئيس الوزراء العراقي حيدر العبادي في البيت الأبيض.", "التقى", ["أوباما"]),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), TITLED)
def test_title_after_name(text, trigger, actor):
    doc, ev = _event(text, trigger)
    assert [doc.span_text(r) for r in ev.actor] == actor


def test_title_object_kept():
    doc, ev = _event("دعا وزير حقوق الإنسان عزالدين الاصبحي مفوض الامم المتحدة السامي لحقوق "
                     "الانسان الى زيارة مدينة عدن.", "دعا")
    assert [doc.span_text(r) for r in ev.recipient] == ["مفوض الامم المتحدة السامي"]


def test_subject_before_charges():
    doc, ev = _event("باكستان تتهم الهند بانتهاك الهدنة في كشمير", "تتهم")
    assert [doc.span_text(r) for r in ev.actor] == ["باكستان"]
    assert [doc.span_text(r) for r in ev.recipient] == ["الهند"]


# A phrase that opens with a relative clause's first word is a clause, no party
# (`parties._opens_clause`): الائتلاف الدولي الذي | تقوده الولايات المتحدة.
def test_relative_clause_no_party():
    doc = extract_text(
        "وقال الكولونيل إن نحو ثلاثة آلاف جندي دربوا على يد الائتلاف الدولي الذي تقوده "
        "الولايات المتحدة ضد التنظيم، يشاركون في معارك تمهد لاستعادة الرمادي.",
        published="2015-08-01")
    roles = [doc.span_text(r) for e in doc.events for r in (*e.actor, *e.recipient)]
    assert not any(x.startswith("تقوده") for x in roles), roles


def test_from_is_no_relative():
    doc, ev = _event("وتابع: كنا نبحث عنه عندما فجر نفسه بالقرب من عربة عسكرية مدرعة.", "فجر")
    assert [doc.span_text(r) for r in ev.recipient] == ["عربة عسكرية"]


def test_joined_clause_charges():
    doc, ev = _event("وقال الموظفون إنهم لم يحصلوا على رواتبهم منذ شهرين ويتهمون المصرف المركزي "
                     "بعدم منح المصارف السيولة.", "يتهمون")
    assert [doc.span_text(r) for r in ev.recipient] == ["المصرف المركزي"]


# A presidency or a foreign ministry comments on attacks and raids; a deed noun opening its
# claim is not its own deed (`context._commentator`, `comment_heads`), unlike an army's.
def test_commentator_no_actor():
    doc, ev = _event("قالت الرئاسة الفلسطينية إن الاقتحامات المتواصلة للمسجد الأقصى وعمليات القتل "
                     "اليومية ستدفع القيادة لاتخاذ قرارات هامة.", "اقتحامات")
    assert "الرئاسة الفلسطينية" not in [doc.span_text(r) for r in ev.actor]


def test_army_announces_its_raid():
    doc, ev = _event("أعلن الجيش الأمريكي أمس الجمعة أن غارة جوية أمريكية في أفغانستان قتلت "
                     "قياديا كبيرا بتنظيم القاعدة.", "غارة")
    assert [doc.span_text(r) for r in ev.actor] == ["الجيش الأمريكي"]
