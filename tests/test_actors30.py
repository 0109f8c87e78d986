"""actors30: wrong actors from the agent readings (issue 12).

- a title cut at its complement (a ل phrase, باسم/إلى, a quoted name) and closed by a person's
  name is that person (`parties.name_after_title`): the title alone named no one, and the gold
  wants the person;
- the auxiliary of لا يزال/لم تزل/ما زالت (`still_auxiliaries`) opens no subject phrase;
- a struck thing between a deed noun and its ل phrase (`owned_targets`: قصف أهداف لتنظيم داعش)
  opens the object: the owner after ل is no agent (`nouns.agent_after`).

Sentences from the dev sets fresh13, fresh19, fresh21 and the demo corpus; every row of NAMED,
STILL and OWNED fails with main's (bbe3cbbf) src/, every row of KEPT passes on both.
"""

from __future__ import annotations

import pytest

from event_helpers import actors

NAMED = [
    # (text, trigger, actor): the person the title's complement closes on
    ("نفى الناطق الرسمي لقوات التحالف ومستشار وزير الدفاع السعودي العميد ركن طيار أحمد عسيري "
     "أي عملية إنزال بري نفذتها قوات التحالف في محافظة عدن جنوبي اليمن.", "نفى", "أحمد عسيري"),
    ("دعا رئيس لجنة حقوق الانسان العربية \"لجنة الميثاق\" الدكتور هادي بن علي اليامي جميع هيئات "
     "حماية حقوق الإنسان في جامعة الدول العربية والأمم المتحدة، وخاصة مجلس حقوق الإنسان للتحرك "
     "الفوري للتحقيق في الجرائم التي تم ارتكابها في اليمن.", "دعا", "هادي بن علي اليامي"),
    ("من جهته دعا المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ في كلمته إلى تمديد الهدنة الإنسانية "
     "5 أيام إضافية على الأقل.", "دعا", "إسماعيل ولد الشيخ"),
    ("استنكر الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني "
     "بشدة، تصريحات نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة العربية السعودية.",
     "استنكر", "عبداللطيف بن راشد الزياني"),
]


@pytest.mark.parametrize("text,trigger,actor", NAMED)
def test_title_gives_the_name(text, trigger, actor):
    assert actors(text, trigger) == [actor]


KEPT = [
    # the title's phrase ends at no complement (خلال لقائه): the titled person after it is the
    # object, not the subject's name (the demo corpus)
    ("ودعا الرئيس اليمني خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل "
     "ولد الشيخ، في الرياض الى زيارة محافظة عدن بعد تحريرها من المليشيات المتمردة.", "دعا",
     ["الرئيس اليمني"]),
]


@pytest.mark.parametrize("text,trigger,expected", KEPT)
def test_title_kept(text, trigger, expected):
    assert actors(text, trigger) == expected


STILL = [
    # (text, trigger, actor): the auxiliary is no part of the subject (fresh21)
    ("فيما لم تزل قوات المقاومة الشعبية تواصل تمشيط المنطقة المحيطة بقاعدة العند الجوية.",
     "تمشيط", "قوات المقاومة الشعبية"),
]


@pytest.mark.parametrize("text,trigger,actor", STILL)
def test_still_auxiliary_left_out(text, trigger, actor):
    assert actors(text, trigger) == [actor]


OWNED = [
    # (text, trigger): the owner of the struck things is no agent (the demo corpus)
    ("أشارت المنسقية إلى أنه بالتزامن مع الضربة الجوية، \"قامت مدفعية الدعم التابعة لقيادة القوات "
     "البرية، بقصف أهداف لتنظيم داعش شمالي سوريا، وأهداف لمنظمة بي كا كا الإرهابية شمالي "
     "العراق\".", "قصف"),
]


@pytest.mark.parametrize("text,trigger", OWNED)
def test_owner_is_no_agent(text, trigger):
    assert "تنظيم داعش" not in actors(text, trigger)
