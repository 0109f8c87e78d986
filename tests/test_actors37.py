"""actors37 (issue 12, twentieth session): the agent of a deed given after an aside, and the
deeds an announcing body is made the actor of.

- Past an aside set off by a comma or brackets (a time, the one it was done to, وهو + what he
  is), an agent phrase (على يد، على أيدي، من قبل) right after the comma goes back to a deed
  done to a party (`ASIDE_TYPES`) that has no actor (rasd.events.frame.agent_past_aside): no
  verb, relative or other event noun on the way, and not for other events (وتعهدت باستمرار
  الدعم، للمقاومة، من قبل قوات التحالف: the support's agent, not the pledge's).
- An institution announcing a deed by an impersonal passive or a deed noun opening its claim
  is not its doer when it is a report (`report_heads`: التقرير) or when the deed is an
  explosion (`happening_nouns`: انفجار, with no doer in its meaning), data/events/announced.json
  (rasd.events.context.announced_deed).
- The thing struck read as an attack verb's subject is decided in one place
  (rasd.events.verbs.struck_thing, one word list: owned.json `struck_things`) and made the
  recipient by rasd.events.objects.struck_subject (byte-identical; the rows of
  tests/test_actors36.py and tests/test_recip3.py keep it).

Sentences from the free news records of scripts/free_news.py (snn_region_*, snn_syria_*);
the FOUND rows fail with main's (51ad4713) src/, the KEPT rows pass on both (they guard what
the passes must leave).
"""

from __future__ import annotations

import pytest

from event_helpers import actors

FOUND = [
    # (text, trigger, actors expected)
    # the agent after a time and a comma (snn_region_0688)
    ("وقالت مصادر في المقاومة الشعبية إن المسؤول الأمني في محافظة إب يدعى \"أبو عقيل "
     "السالمي\" قتل أمس السبت، على يد عناصر المقاومة الشعبية في مديرية حزم العدين في إب.",
     "قتل", ["عناصر المقاومة الشعبية"]),
    # the agent after an aside of what the victim is (snn_syria_0214)
    ("ثارت ضجة عقب نشر خبر قتل الأسد سيسيل، وهو من نجوم حديقة سفاري في زمبابوي، على يد "
     "طبيب أسنان أميركي له هواية الصيد البري.", "قتل", ["طبيب أسنان أميركي"]),
    # an interior ministry reports a bombing, it does not bomb (snn_syria_0097)
    ("قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا في بلدة سروج بجنوب شرق "
     "تركيا قرب الحدود مع سوريا أسفر عن مقتل 27 شخصا وإصابة نحو 100 يعالجون في مستشفيات "
     "محلية.", "انفجارا", []),
    # a report tells of barrel bombs (snn_syria_0426)
    ("كما أشار التقرير إلى أن القصف بالقنابل البرميلية خلف أضراراً لحق بما لا يقل عن 27 "
     "مركزاً حيوياً في سوريا، بينها 8 أماكن دينية.", "القصف", []),
]

KEPT = [
    # not for a pledge: the agent is the support's (snn_region_0523)
    ("وتعهدت باستمرار الدعم والمساندة، للمقاومة الشعبية اليمنية، من قبل قوات التحالف العربي "
     "بقيادة المملكة، وذلك في كل جبهات القتال حتى استعادة الشرعية في كل الأرض اليمنية.",
     "تعهدت", []),
    # a relative clause in the aside: the founder named after it is not the attacker
    # (snn_region_0028)
    ("ولقد دفع الأمر الشاب الفلسطيني معتز حجازي لمحاولة اغتيال كبير المتطرفين الحاخام يهودا "
     "غليك، زعيم ما يعرف بحركة «أمناء جبل الهيكل»، وهي الحركة الدينية التي أسست عام 1967، "
     "على يد المتطرف غيرشون سولومون.", "اغتيال", []),
    # an army announces its own strike (snn_region_0223)
    ("قال الجيش الأمريكي أمس الجمعة إن غارة جوية أمريكية في أفغانستان قتلت قياديا ميدانيا "
     "كبيرا بتنظيم القاعدة.", "غارة", ["الجيش الأمريكي"]),
    # an armed party announces the dead of its fight (snn_region_0412)
    ("فقد أعلنت المقاومة الشعبية، عن مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة في "
     "مواجهات اندلعت في قرى مشرعة وحدنان بجبل صبر المطل على مدينة تعز.", "مواجهات",
     ["المقاومة الشعبية"]),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_actor_found(text: str, trigger: str, expected: list[str]) -> None:
    assert actors(text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", KEPT)
def test_actor_kept(text: str, trigger: str, expected: list[str]) -> None:
    assert actors(text, trigger) == expected
