"""ner20 (issue 14): people named in a list of people (entities/persons.py `listed_persons`),
a name after a rank (`named_after_cue`, `rank` in data/ner/naming_words.txt), a mountain pass
as an area noun (data/ner/area_heads.txt), and the English names a link answers to (a national
body's country in brackets, «X city», a template's English names on the curated entry it maps
to; kb.Entry.english_names). Sentences from the dev sets fresh15, fresh13, fresh11 and the demo
corpus."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.kb import get_kb
from rasd.evaluate import _link_ok
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline()


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _typed(doc: Document) -> set[tuple[str, str]]:
    return {(doc.span_text(e), e.type) for e in doc.entities}


# (sentence, people that must be found, spans that must not be entities)
LISTS = [
    # fresh15 israeli-ex-security-chiefs-*: foreign names the tagger misses inside a list
    ("ووقع على الرسالة عدد من الجنرالات السابقين، ديفيد بن بعشاط، وشلومو غازيت، واليكس طال، "
     "وابيعيز يعاري، وعمرام متسناع، ومندي ماروز، وداني روتشيلد، وغيورا رام، وميخا رام، وامنون "
     "ريشف، ونتان شاروني، وغيرهم.", {"ابيعيز يعاري", "عمرام متسناع", "امنون ريشف"}, set()),
    # demo snn_syria_0301: a list with commas only
    ("وضمّت كلاً من: أنس العبدة، صلاح درويش، فؤاد عليكو، موفق نيربية، عبد الأحد صطيفو، نذير "
     "الحكيم، رياض الحسن، سهير الأتاسي، محمد جوجة، محمد قداح، نصر الحريري، واصل الشمالي، هيثم "
     "رحمة، حسان الهاشمي، خطيب بدلة، بدر جاموس، أحمد تيناوي، هادي البحرة، فايز سارة.",
     {"حسان الهاشمي", "خطيب بدلة"}, set()),
    # guard: a conjunct of words that are mostly no name's (a title) stays out
    ("حضر اللقاء محمد علي الحسن، ووزير الدفاع، وأحمد سعيد الخالدي.", {"أحمد سعيد الخالدي"},
     {"وزير الدفاع", "ووزير الدفاع"}),
]


@pytest.mark.parametrize(("text", "people", "absent"), LISTS)
def test_listed_persons(text: str, people: set[str], absent: set[str]) -> None:
    got = _typed(_doc(text))
    assert {(p, "PER") for p in people} <= got, got
    assert not {s for s, _ in got} & absent, got


# (sentence, the person after the rank, the longer span that must not be read)
RANKS = [
    # fresh11 hadramawt-qaeda-*: the name ends before the office after it
    ("مبينا بأن من بين المصابين العقيد علي عامر رئيس عمليات اللواء 135 مشاه.", "علي عامر",
     "علي عامر رئيس"),
]


@pytest.mark.parametrize(("text", "person", "longer"), RANKS)
def test_name_after_rank(text: str, person: str, longer: str) -> None:
    got = _typed(_doc(text))
    assert (person, "PER") in got, got
    assert (longer, "PER") not in got, got


def test_rank_needs_a_given_name() -> None:
    got = _typed(_doc("وأصيب النقيب المناوب في الهجوم على المركز."))
    assert not any(t == "PER" for _, t in got), got


# (sentence, the pass's name: a place, or None where no place may be read)
PASSES = [
    # fresh13 coalition-warships-*: a mountain pass between two governorates
    ("كما استهدفت مقاتلات التحالف أيضا عقبة القنذع الواقعة بين محافظة البيضاء وشبوة.",
     "القنذع"),
    # fresh13 / fresh11: a quoted pass
    # kb22: the KB names the pass with its head
    ("السيطرة على تلك الطريق التي تقع فيها «عقبة ثرة» الاستراتيجية.", "عقبة ثرة"),
    # region news: Yemen's نقيل
    ("وتقدمت القوات نحو نقيل سمارة في محافظة إب.", "نقيل سمارة"),  # kb22: the KB's name
    # guard: عقبة "obstacle" before an adjective or a preposition
    ("هذا القرار يمثل عقبة رئيسية بوجه السلام، وهو عقبة في طريق الحل.", None),
]


@pytest.mark.parametrize(("text", "place"), PASSES)
def test_mountain_pass(text: str, place: str | None) -> None:
    got = _typed(_doc(text))
    if place is None:
        assert not got, got
    else:
        assert (place, "LOC") in got, got


# (KB id, an English name a reader writes for it, whether the link answers to it)
ENGLISH = [
    ("org-iraqi-cabinet", "Council of Ministers (Iraq)", True),
    ("org-lebanese-cabinet", "Council of Ministers (Lebanon)", True),
    ("org-iraqi-momigration", "Ministry of Displacement and Migration (Iraq)", True),
    ("ye-city-taiz", "Taiz city", True),
    ("city-ye-al-bayda", "al-Bayda city", True),
    ("org-afghan-andsf", "Afghan forces", True),
    ("org-lna", "Libyan Army", True),
    # guards: the country in brackets is for national bodies, never for a place or a person,
    # and «city» follows a city, not a governorate
    ("ye-gov-taiz", "Taiz city", False),
    ("country-IQ", "Iraq (Iraq)", False),
    ("org-iraqi-cabinet", "Council of Ministers (Lebanon)", False),
]


@pytest.mark.parametrize(("eid", "name_en", "ok"), ENGLISH)
def test_english_names(eid: str, name_en: str, ok: bool) -> None:
    entry = get_kb().get(eid)
    assert entry is not None
    assert _link_ok(entry.link(), name_en) is ok


def test_israeli_parliament_is_the_knesset() -> None:
    doc = _doc("وصادق البرلمان الإسرائيلي على القانون، وقال رئيس الكنيست إن التصويت جرى أمس.")
    links = {doc.span_text(e): e.link.id for e in doc.entities if e.link}
    assert links.get("البرلمان الإسرائيلي") == "org-knesset", links
    assert get_kb().get("org-israeli-parliament") is None
