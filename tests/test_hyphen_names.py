"""A number a hyphen joins to the word before it names a model or a meeting (إف-16، تو-95،
جنيف-2), never a count; the subject before a verb reads past it. Sentences from the demo
corpus (snn_syria_0088, 0093) and the region news."""

from __future__ import annotations

import pytest

from rasd import quantities
from rasd.document import Document, Meta
from rasd.pipeline import extract_text
from rasd.text import stage as segment


def read(text: str) -> list[tuple[str, float, str | None]]:
    doc = quantities.stage(segment.stage(Document(text=text, meta=Meta(published="2015-07-24"))))
    return [(doc.text[q.start:q.end], q.value, q.unit) for q in doc.quantities]


# (text, the quantities read)
QUANTITIES = [
    # a model's number glued to its name by a hyphen: no count (16 of «قصفت» before)
    ("وقال مكتب رئيس الوزراء في بيان ان مقاتلات تركية إف-16 قصفت مواقع لتنظيم الدولة", []),
    ("قال مكتب رئيس الوزراء التركي إن مقاتلات تركية إف- 16 قصفت أهدافا لداعش", []),
    ("واعلنت موسكو ان قاذفات تو-95 حلقت قرب الحدود", []),
    ("وحذر من فشل مؤتمر جنيف-2 يمنيا", []),
    # a count beside a hyphen that joins no name stays
    ("وقال الشاب محمد طه- 20 عاما إن القصف لم يتوقف", [("20 عاما", 20, "عام")]),
    ("وأكدت علاونة - 21 عاماً أن الاحتلال اعتقل شقيقها", [("21 عاماً", 21, "عام")]),
    ("قتل 10-15 شخصا في القصف", [("10", 10, "شخص"), ("15 شخصا", 15, "شخص")]),
    ("ثلاث مقاتلات إف-16 أقلعت من قاعدة في ديار بكر", [("ثلاث مقاتلات", 3, "مقاتلة")]),
]


@pytest.mark.parametrize(("text", "found"), QUANTITIES)
def test_hyphen_names_count_nothing(text: str, found: list) -> None:
    assert read(text) == found


# (text, the trigger, its actors)
SUBJECTS = [
    ("وقال مكتب رئيس الوزراء في بيان ان مقاتلات تركية إف-16 قصفت مواقع لتنظيم الدولة "
     "الاسلامية داعش.", "قصفت", ["مقاتلات تركية"]),
    ("قال مكتب رئيس الوزراء التركي إن مقاتلات تركية إف- 16 قصفت أهدافا لتنظيم داعش.",
     "قصفت", ["مقاتلات تركية"]),
    # the aside in parentheses, as before
    ("وقال البيان ان مقاتلات تركية (إف-16) قصفت مواقع لتنظيم داعش.", "قصفت",
     ["مقاتلات تركية"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), SUBJECTS)
def test_subject_read_past_a_model_number(text: str, trigger: str, actors: list[str]) -> None:
    doc = extract_text(text, published="2015-07-24")
    found = {doc.text[e.trigger.start:e.trigger.end]: [doc.text[a.start:a.end] for a in e.actor]
             for e in doc.events}
    assert found.get(trigger) == actors, found
