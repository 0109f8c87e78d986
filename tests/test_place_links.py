"""Place passes of places12 (rasd.events.context, rasd.events.places) on sentences of the
demo corpus and the region news file (none from a gold file): each row is a sentence, a
trigger and the places a reader records, with how they were found."""

from __future__ import annotations

import pytest

from event_helpers import places
from rasd.pipeline import extract_text

# a unit linked to the place by the sentence: the seat of a province (X، عاصمة محافظة Y),
# a place it lies beside when that place is wider (قرب، المحاذية ل)
UNIT_LINKS = [
    ("وسيطرت القوات الموالية للحكومة اليمنية المعترف بها دوليا على زنجبار، عاصمة محافظة "
     "أبين في جنوب البلاد التي كانت في أيدي المتمردين الحوثيين.", "سيطرت", ["زنجبار", "أبين"]),
    ("إن الهدف هو التقدم نحو مدينة حوتة، عاصمة محافظة لحج، وتطويق الحوثيين في قاعدة "
     "العند.", "التقدم", ["حوتة", "لحج"]),
    ("وأعيد الضوء إلى المقاومة أخيرًا، بعد ضربة جوية نفذتها طائرة إسرائيلية من دون طيار في "
     "بلدة حضر السورية المحاذية لهضبة الجولان السوري المحتل، الأسبوع الماضي.", "ضربة جوية",
     ["بلدة حضر السورية", "هضبة الجولان"]),
]


@pytest.mark.parametrize("text, trigger, location", UNIT_LINKS)
def test_unit_links(text, trigger, location):
    found, basis = places(text, trigger)
    assert found == location and basis == {"sentence"}


# a deed told in a حيث clause after a place phrase happened there
WHERE_PLACES = [
    ("استهدافت طائرات النظام الحربية والمروحية عددا من القرى والبلدات السورية، والتي تقع "
     "تحت سيطرة المعارضة بريف إدلب، حيث قتل 18 مدنياً وأصيب العشرات.", "قتل", ["إدلب"]),
    ("اصيب 18 شرطيا مصريا على الاقل الاحد في انفجار عبوة ناسفة استهدف حافلة كانوا "
     "يستقلونها قرب مدينة العريش في شمال سيناء حيث تجري مواجهات مستمرة بين قوات الامن "
     "المصري والمتطرفين.", "مواجهات", ["شمال سيناء"]),
]


@pytest.mark.parametrize("text, trigger, location", WHERE_PLACES)
def test_where_place(text, trigger, location):
    found, basis = places(text, trigger)
    assert found == location and basis == {"sentence"}


def test_where_needs_a_place_before():
    """حيث after no place phrase (بعد إصدار البيان) gives the deed no place of before."""
    found, _ = places("وبدأت المعارك مباشرة بعد إصدار البيان، حيث استهدفت قوات المعارضة "
                      "بالمدفعية الثقيلة منطقة \"تل القرقور\" تمهيداً لاقتحامها.", "استهدفت")
    assert found in ([], ["تل القرقور"])


# places listed after a plural place noun are no antecedent of a singular one (المحافظة)
LISTS = [
    ("قتل عشرات من عناصر التنظيم جراء الضربات الصاروخية وغارات التحالف العربي على تجمعات "
     "وتمركزات ومقار التنظيم ومحطات نفطية في محافظات حماه وحلب وحمص والحسكة والرقة ودير "
     "الزور.", ["حماه", "حلب", "الحسكة", "دير الزور"], True),
    ("وفي محافظة حماة بلغ عدد القنابل البرميلية 144، وبلغ 35 في اللاذقية.", ["حماة"], False),
]


@pytest.mark.parametrize("text, names, listed", LISTS)
def test_listed_member(text, names, listed):
    from rasd.events.places import listed_member
    from rasd.roles import View

    v = View(extract_text(text, published="2015-08-01"))
    for name in names:
        k = next(k for k, t in enumerate(v.toks) if name.split()[0] in v.text[t.start:t.end])
        ent = v.ent_tok.get(k)
        assert ent is not None and ent.type == "LOC", name
        s = min(t for t in v.ent_tok if v.ent_tok[t] is ent)
        assert listed_member(v, s) is listed, name


def test_bracketed_name():
    """A name in brackets after a place head is the place (قرية (البحصة)); a compass word in
    brackets is an aside (محافظة حماة (وسط)), no name."""
    found, basis = places("وأكد المرصد أن «معارك عنيفة شهدها محيط قرية (البحصة) التي يقطنها "
                          "مواطنون من الطائفة المرشدية».", "معارك")
    assert found == ["قرية (البحصة)"] and basis == {"sentence"}
    from rasd.events.places import bracketed_name
    from rasd.roles import View

    v = View(extract_text("وتقع جورين على تلة مرتفعة في محافظة حماة (وسط) تشرف على منطقة سهل "
                          "الغاب حيث تدور معارك منذ ايام.", published="2015-08-01"))
    k = next(k for k, t in enumerate(v.toks) if v.text[t.start:t.end] == "(")
    assert bracketed_name(v, k, len(v.toks)) == k
