"""Aid told by the arrival of its carrier (events30, rasd.events.carriers): an aid noun
naming the cargo or the kind of a carrier after a word of its arriving, landing, docking or
unloading is told by that word; the trigger runs from it to the aid noun. Real sentences of
fresh19 and of the region news (saudinewsnet); the carrier passes nothing on when no arrival
word stands before it."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text

# (sentence, the AID trigger rasd must give)
CARRIED = [
    # fresh19: the landing of the relief plane (gold trigger هبوط)
    ("واعتبر أن هبوط طائرة الإغاثة السعودية في مطار عدن أمس، «يعطي إشارة إيجابية على أن "
     "الأمور سوف تعود لطبيعتها».", "هبوط طائرة الإغاثة"),
    # fresh19: unloading during the shelling (gold trigger إنزال)
    ("في الغضون، استهدف المتمردون الحوثيون وحلفاؤهم أمس مطار عدن بالصواريخ، أثناء إنزال "
     "طائرة إغاثة سعودية ثانية المساعدات الغذائية بالمطار.", "إنزال طائرة إغاثة"),
    # region news: a ship docks with its cargo after a link word
    ("رست سفينة تحمل مساعدات غذائية لسكان مدينة عدن اليمنية المحاصرة في ميناء المدينة "
     "الجنوبية أمس الثلاثاء.", "رست سفينة تحمل مساعدات غذائية"),
    ("وصلت سفينة إغاثة إماراتية إلى ميناء عدن في اليمن البارحة الأولى، وعلى متنها مواد "
     "غذائية وتموينية.", "وصلت سفينة إغاثة"),
    # an ordinal between the arrival and the carrier
    ("من ناحية ثانية، بالتزامن مع وصول أول سفينة مساعدات غذائية إلى ميناء عدن أمس، استهدفت "
     "خمس قذائف عسكرية الميناء.", "وصول أول سفينة مساعدات غذائية"),
    # adjectives of the carrier before the link, the arrival word with ب
    ("كسرت مدينة عدن عزلتها الجوية بوصول طائرة عسكرية سعودية محملة بمساعدات إنسانية إلى "
     "مطار عدن.", "بوصول طائرة عسكرية سعودية محملة بمساعدات إنسانية"),
]

# (sentence, the AID trigger that stays as it was)
KEPT = [
    # fresh19: ships named by their cargo with no arrival word: the noun stays alone
    ("وأضاف أن سفن الإغاثة الدولية ستستمر في إيصال المواد التموينية والطبية لموانئ ومطار عدن.",
     "إغاثة"),
    # the cargo told too far from the carrier (past a count of tonnes): not reached
    ("ووصلت سفينة سعودية محمّلة بأربعة آلاف طن من المساعدات الغذائية إلى ميناء عدن.",
     "مساعدات"),
]


def aid_triggers(text: str) -> list[str]:
    doc = extract_text(text, published="2015-08-05")
    return [doc.span_text(e.trigger) for e in doc.events if e.type == "AID"]


@pytest.mark.parametrize(("text", "trigger"), CARRIED)
def test_aid_told_by_its_carriers_arrival(text, trigger):
    assert trigger in aid_triggers(text)


@pytest.mark.parametrize(("text", "trigger"), KEPT)
def test_no_arrival_word_leaves_the_aid_noun(text, trigger):
    got = aid_triggers(text)
    assert trigger in got
    assert len(got) == 1
