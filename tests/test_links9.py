"""links9: a division's head noun in its span (link.take_division_heads, run last in the
nominals stage), on real sentences through the whole pipeline.

Rows from the dev gold (fresh7, fresh13) and the free region news: the place linked to the
kind its head noun asks for takes the head (its proclitic left out); a head of another kind,
a governor (محافظ), a dual (محافظتي) or a head inside another entity leaves the span alone.
"""

from __future__ import annotations

import pytest

from link_helpers import doc_of
from rasd.document import Document, Entity, Link
from rasd.entities.link import take_division_heads
from rasd.text import stage as segment

# (sentence, span expected, its link, spans that must not be found)
ROWS = [
    # fresh7: the governorate with its head (the gold's span), the capital beside it
    ("كشف سكان محليون في محافظة تعز والعاصمة صنعاء عن تعرضهم لأعمال نهب وسرقة من قبل "
     "مليشيات الحوثي خلال أيام العيد المبارك.",
     "محافظة تعز", "ye-gov-taiz", ["تعز"]),
    # fresh13: «تحرير محافظة عدن»
    ("أسهم في تحرير محافظة عدن واستعادة عدد من المناطق المهمة من قبضة الميليشيات",
     "محافظة عدن", "ye-gov-aden", ["عدن"]),
    # free news: a proclitic on the head stays out of the span (بولاية)
    ("ويسلط الهجوم الذي وقع في منطقة المار بولاية فرياب على الحدود مع تركمانستان الضوء",
     "ولاية فرياب", "af-prov-faryab", ["بولاية فرياب", "فرياب"]),
    # free news: لمحافظة
    ("ميدانيا، أعلن رئيس مجلس قضاء الخالدية (142 كلم غرب بغداد) التابع لمحافظة الأنبار",
     "محافظة الأنبار", "iq-gov-anbar", ["لمحافظة الأنبار", "الأنبار"]),
    # the governor is no head: the city stays bare
    ("وقال محافظ تعز إن المدينة تتعرض للقصف", "تعز", "ye-city-taiz", ["محافظ تعز"]),
    # a dual names two places: each keeps its own span
    ("وأشار إلى أن القوات تتقدم في محافظتي عدن ولحج وبقية المحافظات",
     "عدن", "ye-gov-aden", ["محافظتي عدن"]),
    # مدينة is not a division head: the gold's «مدينة X» is as often X
    ("وقال أهالي في مدينة تعز إن القصف استمر", "تعز", "ye-city-taiz", ["مدينة تعز"]),
]


@pytest.mark.parametrize("text,span,link,absent", ROWS)
def test_division_head_in_span(text: str, span: str, link: str, absent: list[str]) -> None:
    doc = doc_of(text)
    found = {doc.text[e.start:e.end]: (e.link.id if e.link else None) for e in doc.entities}
    assert found.get(span) == link, found
    for a in absent:
        assert a not in found, (a, found)


def _placed(text: str, spans: list[tuple[str, str, str | None]]) -> Document:
    doc = segment.stage(Document(text=text))
    for n, (surface, etype, kind) in enumerate(spans, 1):
        start = text.index(surface)
        link = Link(f"x{n}", surface, surface, kind) if kind else None
        doc.entities.append(Entity(start, start + len(surface), f"e{n}", etype, link))
    return doc


# (text, tagger spans (surface, type, linked kind), spans after the pass)
PASS_ROWS = [
    # a city linked after محافظة keeps its span: the head named another place
    ("في محافظة جدة", [("جدة", "LOC", "city")], ["جدة"]),
    # an unlinked place keeps its span
    ("في محافظة الجوف", [("الجوف", "LOC", None)], ["الجوف"]),
    # a head another entity holds (a council's name) stays with it
    ("رئيس مجلس قضاء الخالدية", [("مجلس قضاء", "ORG", "government"),
                                 ("الخالدية", "LOC", "district")],
     ["مجلس قضاء", "الخالدية"]),
    ("وفي قضاء الخالدية", [("الخالدية", "LOC", "district")], ["قضاء الخالدية"]),
]


@pytest.mark.parametrize("text,spans,expected", PASS_ROWS)
def test_pass_guards(text: str, spans: list[tuple[str, str, str | None]],
                     expected: list[str]) -> None:
    doc = _placed(text, spans)
    out = take_division_heads(doc, doc.entities)
    assert [doc.text[e.start:e.end] for e in out] == expected
