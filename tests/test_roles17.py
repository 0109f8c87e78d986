"""roles17: a place named after مع in talks, accords or cooperation (the types whose only
role preposition is مع) is the party dealt with, not where the deed happened
(`arguments.with_party`). Sentences written in the manner of wire reports (not copied
from a gold file)."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text

# (sentence, trigger, the place after مع: in the recipient, never the location)
WITH_PARTY = [
    ("وبدأت الحركة مفاوضات سلام صعبة مع كابل.", "مفاوضات", "كابل"),
    ("وتجري حماس اتصالات غير مباشرة مع إسرائيل للتوصل إلى هدنة طويلة الأمد.",
     "اتصالات", "إسرائيل"),
]


@pytest.mark.parametrize(("text", "trigger", "party"), WITH_PARTY)
def test_with_party_not_place(text, trigger, party):
    doc = extract_text(text, published="2015-08-01")
    evs = [e for e in doc.events if trigger in doc.span_text(e.trigger)]
    assert evs, [doc.span_text(e.trigger) for e in doc.events]
    for ev in evs:
        assert party not in [doc.span_text(r) for r in ev.location]
        assert party in [doc.span_text(r) for r in ev.recipient]
