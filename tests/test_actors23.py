"""actors23: a verb's subject that ran into its object (issue 12). An indefinite word that
cannot head a construct (a sound masculine plural in ون, مسلحون: in construct it is مسلحو;
or a word with tanween) takes no definite word after it, since a definite adjective never
follows an indefinite noun: the definite word opens the object (roles.View._unannexed in
np_forward). A construct of a broken or feminine plural (قوات الأمن، عناصر التنظيم) stays. An
indefinite feminine word after a plural in ون cannot agree with it as an adjective, so it
opens the object too (استهدف مسلحون مجهولون | مركبة عسكرية;
roles.View._feminine_after_plural_un)."""

from __future__ import annotations

import pytest

from event_helpers import actors as _actors
from event_helpers import recipients as _recipients

SPLIT = [
    # (text, trigger, actors, recipients): the indefinite plural subject, the definite object
    ("وقد اختطف مسلحون الصحفي من بيته.", "اختطف", ["مسلحون"], ["الصحفي"]),
    ("وقتل مسلحون مجهولون الشيخ في منزله.", "قتل", ["مسلحون مجهولون"], ["الشيخ"]),
    ("واعتقل متظاهرون غاضبون الجنود لساعات.", "اعتقل", ["متظاهرون غاضبون"], ["الجنود"]),
    ("هاجم مستوطنون المزارعين في قرية بورين.", "هاجم", ["مستوطنون"], ["المزارعين"]),
    ("واختطف مجهولون الطبيب أمس.", "اختطف", ["مجهولون"], ["الطبيب"]),
    # an indefinite feminine word after a plural in ون cannot be its adjective: the object
    ("وفي محافظة لحج، استهدف مسلحون مجهولون مركبة عسكرية تابعة للجيش صباح اليوم.", "استهدف",
     ["مسلحون مجهولون"], ["مركبة عسكرية"]),
]

KEPT = [
    # a construct whose first word is a broken or feminine plural keeps its genitive
    ("وقصفت قوات الأمن مواقع المسلحين.", "قصفت", ["قوات الأمن"], ["مواقع المسلحين"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients"), SPLIT + KEPT)
def test_subject_ends_before_object(text, trigger, actors, recipients):
    assert _actors(text, trigger) == actors
    assert _recipients(text, trigger) == recipients


PHRASES = [
    # (text, the noun phrase np_forward reads from its first word)
    ("مسلحون الصحفي", "مسلحون"),
    ("مسلحون مجهولون الشيخ", "مسلحون مجهولون"),
    ("قواتٌ الجيش", "قواتٌ"),  # tanween: no construct
    # a singular in ون (five letters or a loanword) or a broken plural heads a construct
    ("قانون الطوارئ", "قانون الطوارئ"),
    ("مليون الدولار", "مليون الدولار"),
    ("سجون النظام", "سجون النظام"),
    ("تلفزيون الدولة", "تلفزيون الدولة"),
    ("مسلحو التنظيم", "مسلحو التنظيم"),
    ("للشؤون الخارجية", "للشؤون الخارجية"),  # ل + الشؤون: definite
    # a feminine word (ة، ات) after a plural in ون opens a new phrase; a broken plural
    # adjective and a conjunct do not
    ("مسلحون مجهولون مركبة عسكرية", "مسلحون مجهولون"),
    ("مقاتلون محليون جماعة الحوثي", "مقاتلون محليون"),
    ("مدنيون أبرياء", "مدنيون أبرياء"),
]


@pytest.mark.parametrize(("text", "phrase"), PHRASES)
def test_np_forward_unannexed(text, phrase):
    from rasd.pipeline import extract_text
    from rasd.roles import View

    doc = extract_text(text + " في المدينة.")
    v = View(doc)
    e = v.np_forward(0, len(v.toks), prefixed_ok=True)
    assert text[:v.toks[e - 1].end] == phrase
