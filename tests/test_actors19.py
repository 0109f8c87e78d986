"""actors19: actors in the event's own sentence that no pass picked (issue 12). Table-driven
on sentences in the manner of wire reports (the constructions read among the missed actors
of the dev sets with bench/role_misses.py --list; not copied from a gold file)."""

from __future__ import annotations

import pytest

from event_helpers import actors as _actors

CASES = [
    # bulldozers and warships act for the force that drives them, as tanks do (`party_heads`)
    ("هدمت الجرافات الاسرائيلية، أمس، 18 منشأة زراعية في الأغوار.", "هدمت",
     ["الجرافات الاسرائيلية"]),
    ("واقتحمت جرافات الاحتلال قرية العراقيب في النقب.", "اقتحمت", ["جرافات الاحتلال"]),
    ("دمرت البوارج الحربية صباح أمس 10 زوارق بحرية محملة بمسلحين.", "دمرت",
     ["البوارج الحربية"]),
    # a verb of completing is a light verb (`light_verbs`: استكمل، أكمل)
    ("استكملت المقاومة الشعبية تطهير الأجزاء الشمالية لمدينة عدن.", "تطهير",
     ["المقاومة الشعبية"]),
    # a ل phrase completing an adjective of allegiance belongs to the subject
    # (`nouns._attached_complement`), it does not govern the deed noun after it
    ("واصلت المقاومة الشعبية والجيش الموالي للشرعية تطهير الأجزاء الشمالية لمدينة عدن.",
     "تطهير", ["المقاومة الشعبية", "الجيش الموالي للشرعية"]),
    ("وشنت القوات الموالية للحكومة هجوما على مواقع المتمردين.", "هجوما",
     ["القوات الموالية للحكومة"]),
    # a phrase of support between the light verb's subject and its deed noun
    # (`nouns._supported_by`, `support_words`)
    ("وتمكنت المقاومة الشعبية بمساندة من الجيش الوطني من استعادة مناطق حيوية في أبين.",
     "استعادة", ["المقاومة الشعبية"]),
    ("وتمكن مقاتلو المقاومة الشعبية بدعم عناصر الجيش الموالي للشرعية من استعادة مدينة زنجبار.",
     "استعادة", ["مقاتلو المقاومة الشعبية"]),
    # حتى opening a time between the light verb and its deed noun (`nouns._until_time`)
    ("وأفادت مصادر محلية أن المقاومة الشعبية تمكنت حتى مساء أمس الاثنين من السيطرة على أربع "
     "مديريات.", "سيطرة", ["المقاومة الشعبية"]),
    # a deed noun that is a verb form too, before a light verb with an object pronoun
    # (`arguments.deed_noun_read_as_verb`)
    ("وقال إن قصفا شنته قوات التحالف على مواقع المتمردين أدى إلى مقتل 18 منهم.", "قصفا",
     ["قوات التحالف"]),
    ("قصف نفذته الطائرات الحربية على بلدة كفرنبل أوقع قتلى.", "قصف",
     ["الطائرات الحربية"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), CASES)
def test_actor_found(text, trigger, actors):
    assert _actors(text, trigger) == actors


# What must not change: a verb with its own subject keeps it; a ل noun that governs the deed
# noun (قامت القوات بقمع مسيرة) still leaves the deed's actor to the other passes.
KEPT = [
    ("وقصفت الطائرات مواقع المتمردين في المدينة.", "قصفت", ["الطائرات"]),
    ("هدمت القوات الاسرائيلية 18 منشأة زراعية في الأغوار.", "هدمت", ["القوات الاسرائيلية"]),
    # past an allegiance ل phrase the light verb's subject follows it; nothing before it is
    # taken (a news sentence, where the phrase of قاعدة العند had been read as the subject)
    ("وقطعت المقاومة خطوط الإمدادات التي كانت تزود قاعدة العند الجوية بالأسلحة للمليشيات بعد "
     "معارك عنيفة تمكنت خلالها المقاومة وبمساندة من قوات الجيش الموالية للشرعية السيطرة على "
     "الوادي.", "سيطرة", []),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), KEPT)
def test_actor_kept(text, trigger, actors):
    assert _actors(text, trigger) == actors
