"""Entity post-steps over the tagger's spans: tanween and everyday words (entities/recognize.py),
split person names joined again (entities/ruler.py)."""

import pytest

from rasd.document import Document, Entity, Meta
from rasd.entities.link import get_kb
from rasd.entities.recognize import _is_name
from rasd.entities.ruler import apply_ruler
from rasd.text import stage as segment


def _doc(text: str) -> Document:
    return segment.stage(Document(text=text, meta=Meta(published="2015-08-01")))


@pytest.mark.parametrize(("text", "span", "etype", "kept"), [
    # tanween marks an indefinite word: a nisba adjective, no country or group
    ("أوقف الجيش 23 شخصاً سورياً شرق لبنان", "سورياً", "LOC", False),
    ("أوقف الجيش 23 شخصاً سوريًا شرق لبنان", "سوريًا", "LOC", False),
    ("وقتل 40 داعشياً في الغارات", "داعشياً", "MISC", False),
    ("وقال إن سوريا ترفض ذلك", "سوريا", "LOC", True),
    # a religion alone is no name; a party named after one is
    ("وقال إن الإسلام يحرم ذلك", "الإسلام", "MISC", False),
    ("وأعلنت حركة الجهاد الإسلامي", "الجهاد الإسلامي", "ORG", True),
    # currencies are units
    ("بلغت الكلفة مليون فرنك سويسري", "فرنك", "MISC", False),
])
def test_is_name(text: str, span: str, etype: str, kept: bool) -> None:
    start = text.index(span)
    assert _is_name(_doc(text), Entity(start, start + len(span), "e1", etype, None)) is kept


def _ruled(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    doc = _doc(text)
    tagged = []
    for k, (span, etype) in enumerate(spans, 1):
        start = text.index(span)
        tagged.append(Entity(start, start + len(span), f"e{k}", etype, None))
    return {doc.span_text(e): e.type for e in apply_ruler(doc, get_kb(), tagged)}


def test_given_names_and_the_family_name_read_apart_are_one_person() -> None:
    got = _ruled("واعتقلت القوات الشاب خليل أبو عبسة من بلدته",
                 [("خليل", "PER"), ("أبو عبسة", "PER")])
    assert got.get("خليل أبو عبسة") == "PER"
    got = _ruled("وقتل الجندي أول محمد علي ياسين العمري في القصف",
                 [("محمد علي", "PER"), ("ياسين العمري", "PER")])
    assert got.get("محمد علي ياسين العمري") == "PER"


@pytest.mark.parametrize(("text", "spans"), [
    # a conjunction joins two persons
    ("وانضم إلى مجموعة أسامة منصور وشادي المولوي في الجرود",
     [("أسامة منصور", "PER"), ("وشادي المولوي", "PER")]),
    # a full name before another is apposition: the spokesman of the first
    ("وقال المتحدث باسم حيدر العبادي سعد الحديثي إن الحكومة",
     [("حيدر العبادي", "PER"), ("سعد الحديثي", "PER")]),
    # a comma keeps them apart
    ("وحضر خليل، أبو عبسة الاجتماع", [("خليل", "PER"), ("أبو عبسة", "PER")]),
])
def test_two_persons_stay_apart(text: str, spans: list[tuple[str, str]]) -> None:
    got = _ruled(text, spans)
    for span, _ in spans:
        assert span in got or span.removeprefix("و") in got


@pytest.mark.parametrize(("text", "names"), [
    # a place that needs a context word is licensed by a place listed right after it, as
    # it is by one right before it
    ("وسيطر الحوثيون على البيضاء وذمار.", ["البيضاء", "ذمار"]),
    ("وسيطر الحوثيون على البيضاء، ذمار.", ["البيضاء", "ذمار"]),
])
def test_a_list_licenses_the_names_before_its_known_one(text: str, names: list[str]) -> None:
    from rasd.entities.ruler import kb_mentions

    got = [text[m.start:m.end] for m in kb_mentions(_doc(text), get_kb()) if m.type == "LOC"]
    assert got == names


def test_no_list_no_license() -> None:
    from rasd.entities.ruler import kb_mentions

    text = "وقال إن البيضاء مستقرة في ذمار."
    got = [text[m.start:m.end] for m in kb_mentions(_doc(text), get_kb()) if m.type == "LOC"]
    assert "البيضاء" not in got
