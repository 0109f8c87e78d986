"""News outlets announced by an outlet noun or by لـ«...» after a word of saying
(entities/outlets.py), and their place in the ruler."""

import pytest

from rasd.entities.outlets import quoted_outlets
from rasd.text.segment import tokenize


def _quoted(text: str) -> list[str]:
    return [text[o.start:o.end] for o in quoted_outlets(text, tokenize(text))]


@pytest.mark.parametrize(("sentence", "names"), [
    ("والعبادي عمل مصوراً لقناة (الموصلية) ثم مصوراً صحفياً", ["الموصلية"]),
    ("وقال موقع «ليبيا المستقبل» عن أن السلطات", ["ليبيا المستقبل"]),
    # لـ«...» a few words after a word of saying, in the same sentence
    ('وقال المتحدث الرسمي باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي سعد'
     ' الحديثي لـ"الوطن": إن الحكومة', ["الوطن"]),
    ("كشفت قبائل يمنية بمحافظة لحج لـ «عكاظ» عن إقدام", ["عكاظ"]),
    # لـ«...» with no word of saying before it: a party, not an outlet
    ("ووحدات من الجيش موالية لـ«هادي». ", []),
    ("وانتقل إلى الموقع الذي قصفته الطائرات", []),
])
def test_quoted_outlets(sentence: str, names: list[str]) -> None:
    assert _quoted(sentence) == names


def test_ruler_reads_a_person_after_an_outlet_noun_as_the_outlet() -> None:
    from rasd.document import Document, Entity, Meta
    from rasd.entities.link import get_kb
    from rasd.entities.ruler import apply_ruler
    from rasd.text import stage as segment

    text = "وتحدثت لوسائل إعلام إسبانية ولا سيما شبكة كواترو وإذاعة أوندا سيرو."
    doc = segment.stage(Document(text=text, meta=Meta(published="2016-05-01")))
    start = text.index("أوندا سيرو")
    tagged = [Entity(start, start + len("أوندا سيرو"), "e1", "PER", None)]
    # the KB knows the radio with its head noun since links16: the span may take «إذاعة»
    got = [(doc.span_text(e), e.type) for e in apply_ruler(doc, get_kb(), tagged)
           if e.start <= start < e.end]
    assert got in ([("أوندا سيرو", "ORG")], [("إذاعة أوندا سيرو", "ORG")])
