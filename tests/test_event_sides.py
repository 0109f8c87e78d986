"""rasd.events.sides on sentences of the demo corpus (SaudiNewsNet, 2015): a fight told
through the dead of one side has the side after مع for actor and the dead for recipient;
with the fight's agent said, or no dead told, the side after مع stays the recipient."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text

SIDES = [
    # counted dead before the fight noun
    ("وفي مأرب، قتل 8 حوثيين في مواجهات مع المقاومة الشعبية صباح الأحد في جبهة الجفينة "
     "جنوب شرق مدينة مأرب.", "مواجهات", ["المقاومة الشعبية"], ["8 حوثيين"]),
    # uncounted dead after a passive killing, past a quoted name; the other side coordinated
    ("بينما قتل قائد عسكري وأحد العناصر في «فيلق الشام» خلال اشتباكات مع قوات النظام "
     "والمسلحين الموالين لها في تل حمكي بريف جسر الشغور.", "اشتباكات",
     ["قوات النظام", "المسلحين الموالين"], ["قائد عسكري"]),
    # the dead as the subject before the passive verb
    ("قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباكات مع "
     "تنظيم \"داعش\" المتطرف عبر الحدود مع سوريا اليوم.", "اشتباكات",
     ["تنظيم \"داعش\""], ["جنديا تركيا"]),
    ("وكان هلال الأسد والد سليمان قتل في معارك مع مسلحين إسلاميين العام الماضي.", "معارك",
     ["مسلحين إسلاميين"], ["هلال الأسد"]),
    # no dead told: the side after مع is the recipient
    ("وتدور اشتباكات عنيفة مع قوات النظام في محيط المدينة.", "اشتباكات", [],
     ["قوات النظام"]),
    # the dead are generic (no side): nothing moves
    ("وقتل 30 شخصا في اشتباكات مع قوات النظام في محيط المدينة.", "اشتباكات", [],
     ["قوات النظام"]),
]


@pytest.mark.parametrize("text, trigger, actor, recipient", SIDES)
def test_fight_sides(text, trigger, actor, recipient):
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    ev = next(e for e in doc.events if t(e.trigger) == trigger)
    assert ([t(r) for r in ev.actor], [t(r) for r in ev.recipient]) == (actor, recipient)
