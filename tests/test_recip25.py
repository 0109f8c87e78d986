"""recip25 (issue 12): the subject of an undergo verb (تعرض) written after it is what the event
noun with ل was done to also when a place after في and a comma stand between that subject and
the noun (تعرض الجنود في منطقة عسير، لقذائف); a bare place noun (مناطق) there names no target,
and a place subject is the event's place. Sentences after fresh5 and the news
(snn_syria_0424, snn_syria_0457)."""

from __future__ import annotations

import pytest

from event_helpers import places, roles_of

UNDERGONE = [
    # after fresh5: a place after في and a comma between the subject and the event noun
    ("وأوضح أنه في صباح أمس تعرض الجنود في منطقة عسير، لقذائف عسكرية كثيفة من داخل الأراضي "
     "اليمنية.", "قذائف", ["الجنود"]),
    # a comma alone
    ("وأوضح أنه تعرض مركز المسيال، لقذائف عسكرية كثيفة.", "قذائف", ["مركز المسيال"]),
    # the agent after من قبل stays the actor
    ("تعرض الصحفيون في مدينة حلب، لاعتداء من قبل عناصر الأمن.", "اعتداء", ["الصحفيون"]),
]


@pytest.mark.parametrize("text,trigger,recipients", UNDERGONE)
def test_undergoer_past_place_aside(text: str, trigger: str, recipients: list[str]) -> None:
    assert roles_of(text, trigger)[1] == recipients


def test_bare_place_noun_no_target() -> None:
    # the news (snn_syria_0457): مناطق alone names no target
    text = ("فيما تعرضت مناطق في محيط مدينة دوما بالغوطة الشرقية، لقصف من قبل قوات النظام دون "
            "انباء عن إصابات.")
    assert roles_of(text, "قصف") == (["قوات النظام"], [])


def test_place_subject_is_the_place() -> None:
    # the news (snn_syria_0424): a quarter shelled is the event's place
    text = "وفي مدينة حمص، تعرض حي الوعر، منتصف الليل، لقصف عنيف بقذائف الدبابات."
    assert "حي الوعر" in places(text, "قصف")[0]
