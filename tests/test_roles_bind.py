"""The entity a role points at (bind1): an entity after a participle of allegiance that
governs a party through ل/من/مع (الموالية لـ، المدعومة من، المتحالفة مع، المؤيدة لـ) names
another party than the phrase's head, so it is not the role's; a genitive (قوات صالح،
أتباع صالح) keeps its entity, and so does a name after the bare adjective."""

from __future__ import annotations

import pytest

from rasd.pipeline import STAGES, make_document
from rasd.readers.record import Record
from rasd.roles import View


def _view(text: str) -> View:
    doc = make_document(Record(origin="<test>", text=text), "2015-07-20")
    for name in ("segment", "entities", "link", "quantities", "times"):
        doc = STAGES[name](doc)
    return View(doc)


def _bound(text: str, span: str) -> str | None:
    """The text of the entity the span's role points at, or None."""
    v = _view(text)
    start = text.index(span)
    eid = v.entity_for(start, start + len(span))
    ents = {e.id: e for e in v.doc.entities}
    return None if eid is None else text[ents[eid].start:ents[eid].end]


CASES = [
    # (sentence, role span, a word the bound entity must hold, or None for no entity)
    ("وتمكنت قوات المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي، من تحرير مدينة عدن "
     "من الحوثيين.", "قوات المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي", "المقاومة"),
    ("وشنت القوات الموالية للرئيس هادي هجمات على مواقع الحوثيين في عدن.",
     "القوات الموالية للرئيس هادي", None),
    ("وقصفت ميليشيات الحوثي المدعومة من إيران أحياء في تعز.",
     "ميليشيات الحوثي المدعومة من إيران", "الحوثي"),
    ("وانسحبت ميليشيات الحوثيين وقوات الرئيس المخلوع علي عبدالله صالح من المدينة.",
     "قوات الرئيس المخلوع علي عبدالله صالح", "صالح"),
    ("بعد طرد الميليشيات الحوثية وأتباع الرئيس السابق علي عبد الله صالح من عدن.",
     "أتباع الرئيس السابق علي عبد الله صالح", "صالح"),
    ("وقال المتحدث باسم القوات الموالية ناصر الشعيبي إن المدينة تحررت.",
     "المتحدث باسم القوات الموالية ناصر الشعيبي", "الشعيبي"),
    ("وقالت جبهة النصرة الموالية لتنظيم القاعدة إنها سيطرت على البلدة.",
     "جبهة النصرة الموالية لتنظيم القاعدة", "النصرة"),
    ("وهاجم مقاتلو المعارضة المدعومون من الولايات المتحدة مواقع التنظيم.",
     "مقاتلو المعارضة المدعومون من الولايات المتحدة", None),
]


@pytest.mark.parametrize(("text", "span", "holds"), CASES, ids=range(len(CASES)))
def test_role_entity_is_the_heads_not_the_allied_party(text: str, span: str,
                                                        holds: str | None) -> None:
    got = _bound(text, span)
    if holds is None:
        assert got is None
    else:
        assert got is not None and holds in got


def test_the_allied_party_alone_is_still_its_own_entity() -> None:
    text = "وقال الرئيس عبدربه منصور هادي إن عدن تحررت."
    assert "هادي" in (_bound(text, "الرئيس عبدربه منصور هادي") or "")
