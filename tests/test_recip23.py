"""recip23 (issue 12): the head of a relative clause whose verb trigger carries an object
pronoun pointing back at it (the pronoun agreeing with the relative pronoun and the head)
is what the verb was done to: its recipient; a place head stays the place. Sentences from
the dev sets (fresh7, fresh) and the demo corpus."""

from __future__ import annotations

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text

HEADS = [
    # fresh7 (its title, which the article runs into its first line): a ship sunk (التي + ها)
    ("السفينة التي أغرقتها الطائرات الليبية.\nجددت الحكومة الليبية المؤقتة تحذيرها من أى "
     "مساس بالسيادة الليبية", "أغرقتها", ["الطائرات الليبية"], ["السفينة"]),
    # the demo corpus (snn_syria_0066): a person killed (الذي + ه)
    ("وتم اختيار محسن الفضلي ليكون ممثلا شخصيا لزعيم التنظيم الحالي أيمن الظواهري بدلا من أبو "
     "خالد السوري الذي اغتاله تنظيم داعش بسبب انحيازه إلى «أبو محمد الجولاني» زعيم جبهة "
     "النصرة.", "اغتاله", ["تنظيم داعش"], ["أبو خالد السوري"]),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", HEADS)
def test_relative_head_is_the_recipient(text: str, trigger: str, actors: list[str],
                                        recipients: list[str]) -> None:
    got_actors, got_recipients = roles_of(text, trigger)
    assert got_recipients == recipients
    assert got_actors == actors


NOT_RECIPIENTS = [
    # a place head is where, not whom (fresh7: the gold has the town as the place)
    ("عدة أشهر، حيث يحاول الحوثيون إعادة سيطرتهم على المدينة التي حررتها المقاومة الشعبية "
     "منهم.", "حررتها", "المدينة"),
    # a thing agreed on is no party (the news, snn_region_0021)
    ("أعتقد أن الاتفاق الذي أبرمته إيران بخصوص الملف النووي سيطلق يدها.", "أبرمته", "الاتفاق"),
    # a thing looted, its owner no target (fresh3: the gold has no recipient)
    ("كما تم ضبط كميات من الأسلحة ومعدات الدولة التي نهبتها تلك الميليشيات.", "نهبتها",
     "الدولة"),
]


@pytest.mark.parametrize("text,trigger,head", NOT_RECIPIENTS)
def test_relative_head_not_a_party(text: str, trigger: str, head: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    for e in doc.events:
        if t(e.trigger) == trigger:
            assert head not in [t(r) for r in e.recipient]
