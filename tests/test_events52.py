"""Talks that are no talks (events52, issue 12): rasd.events.talkless.

- `press_interview`: a meeting or talk noun that a press adjective qualifies, or whose
  partner after مع or ل is an outlet, is an interview a speaker gave.
- `crowd_gathering`: اجتمع with a crowd as its subject and no partner after مع.
- `sidelines_setting`: a meeting or summit noun right after على هامش is the setting of the
  talks or words its sentence tells; those talks stay.

Sentences from the dev gold (fresh23, fresh25) and the unannotated region and Syria news
(/work/wt/notes/free)."""

from __future__ import annotations

import pytest

from event_helpers import events_of


def _consult(text: str, word: str) -> list[str]:
    """The CONSULT triggers that start with `word`."""
    return [trig for c, trig in events_of(text) if c == "CONSULT" and trig.startswith(word)]


CROWD = ("وذكرت أن الانفجار وقع فيما اجتمع شباب أتراك وأكراد في المركز الثقافي قبل رحلة "
         "مقرّرة لبلدة كوباني في سوريا التي يؤمنها مقاتلون أكراد سوريون منذ الشهر الماضي بعد "
         "هجوم على متشددي تنظيم الدولة الإسلامية.")  # fresh23, Syria news
SUMMIT = ("والتقى الوزيران في فندق في كوالالمبور على هامش قمة اقليمية حول الأمن تستضيفها "
          "رابطة دول جنوب شرقي آسيا (اسيان).")  # fresh25, Syria news
ASEAN = ("إلى ذلك، اجتمع وزير الخارجية الأميركي جون كيري، أمس الأربعاء، مع نظيره الروسي "
         "سيرغي لافروف على هامش اجتماع رابطة دول جنوب شرقي آسيا (آسيان) التي تضم عشر دول.")
# Syria news
ANSWER = ("وقال تشاوش أوغلو «إننا نعمل حاليا مع الولايات المتحدة على تدريب وتجهيز المعارضة "
          "المعتدلة وسننطلق أيضاً في معركتنا ضد داعش قريباً وبشكل فعال»، في رد مقتضب على أسئلة "
          "أحد الصحافيين على هامش الاجتماعات السنوية لرابطة دول جنوب شرق آسيا (اسيان).")
# fresh25, Syria news
MEETING = ("وأكد وزير الخارجية التركي مولود جاويش أوغلو أن بلاده ستبدأ «قريبا» محاربة تنظيم "
           "داعش في شمال سوريا في إطار «معركة واسعة النطاق»، وذلك خلال لقائه نظيره الأميركي "
           "جون كيري في ماليزيا على هامش الاجتماعات السنوية لرابطة دول جنوب شرقي آسيا "
           "(آسيان).")  # Syria news
PAINTER = ("وأذكر أن البعض انتقدني خلال معارض أقمتها في مدينتي أربيل والسليمانية، على خلفية "
           "إعطاء لقاء صحفي لأحد القنوات المعارضة للنظام بعد الاحتلال، فكان ردي عليهم أنني "
           "فنانة صاحبة رسالة.")  # region news

DROPPED = [
    # (sentence, the word that must head no CONSULT event)
    (CROWD, "اجتمع"),  # young people gathered before a trip: no talks
    (SUMMIT, "قمة"),  # the summit is where the ministers met
    (ASEAN, "اجتماع"),
    (ANSWER, "الاجتماعات"),  # where a minister answered journalists
    (MEETING, "الاجتماعات"),
    (PAINTER, "لقاء"),  # an interview given to a channel
]


@pytest.mark.parametrize(("text", "word"), DROPPED)
def test_no_talks(text: str, word: str) -> None:
    assert not _consult(text, word), events_of(text)


KEPT = [
    # (sentence, the word that must head a CONSULT event)
    (SUMMIT, "التقى"),  # the talks held on the sidelines stay (fresh25, coded CONSULT)
    (ASEAN, "اجتمع"),  # a meeting with a partner after مع, its subject no crowd
    (MEETING, "لقائه"),
    ("أعلن وزير الخارجية التركي مولود تشاوش اوغلو، ان بلاده ستبدأ \"قريبا\" بمحاربة تنظيم "
     "\"داعش\" المتطرف في شمال سوريا، خلال لقاء مع نظيره الاميركي جون كيري في ماليزيا.",
     "لقاء"),  # fresh25 (coded CONSULT): a partner that is a party
    ("المقاطعة الدولية لإسرائيل أثارت الرعب لدى قادة الكيان الإسرائيلي فالرئيس الإسرائيلي "
     "«رؤبين رفلين» خلال لقاء مع رؤساء لجان الجامعات والكليات الإسرائيلية لبحث قضية "
     "المقاطعة الأكاديمية الدولية التي تواجهها المؤسسات والجامعات الإسرائيلية وصف هذه "
     "المقاطعة بالتهديد الاستراتيجي.", "لقاء"),  # fresh17 (coded CONSULT)
    ("وقال كيري خلال مؤتمر صحفي عقده مع نظيره المصري سامح شكري في القاهرة أمس، في إطار "
     "الحوار الاستراتيجي بين البلدين، لا شك على الإطلاق في أنه إذا تم تطبيق اتفاق فيينا "
     "بالكامل، فإنه سيجعل مصر وجميع دول المنطقة أكثر أمانا مما كانت قبله.", "مؤتمر"),
    # fresh19 (coded CONSULT): a press conference held with a counterpart
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_talks_stay(text: str, word: str) -> None:
    assert _consult(text, word), events_of(text)
