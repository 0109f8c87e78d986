"""ner28 (issue 14): mosques, museums, castles, domes and parks named by their complement.

A facility head marked `complement` in data/ner/facility_heads.txt (مسجد، متحف، قلعة، قبة،
متنزه) names a facility with the head grammar's complement (a definite word, a chain of
construct nouns, a known place no one found) or a quoted name, where no entity lies:
مسجد الخلفاء، مسجد قوات الطوارئ، قبة الصخرة، متحف الموصل، مسجد «الفيض الحاتمي». The step
(`facilities.complement_facilities`) runs in the nominal stage, after the events, so a
targeted building stays the deed's target and never becomes its place.

Sentences from the region news (snn_region_*), the demo corpus (snn_syria_*) and the dev
sets (fresh15, fresh19, fresh21)."""

from __future__ import annotations

import pytest

from rasd.entities.facilities import complement_head
from rasd.pipeline import extract_text

# (sentence, the facility it must name as LOC)
NAMED = [
    ("وأدانت الحكومة اليمنية بشدة التفجير الإرهابي الذي استهدف أمس مسجد قوات الطوارئ في منطقة "
     "عسير وأسفر عن سقوط عدد من الشهداء.", "مسجد قوات الطوارئ"),  # snn_region_0639
    ("وسيتم قطع الطرق المؤدية إلى متنزه الزوراء والجزيرة السياحية، فضلاً عن طرق أخرى.",
     "متنزه الزوراء"),  # snn_region_0035
    ("وقال إن حكومته تخطط لوضع مائة كيلوغرام من المتفجرات في مسجد عمر وقبة الصخرة لكي تتوقف "
     "دعاوى المسلمين.", "قبة الصخرة"),  # snn_region_0028
    ("واندلعت اشتباكات بين الجيش والمسلحين في محيط مسجد الرسول الأعظم بحي جمعية الزهراء شمال "
     "حلب.", "مسجد الرسول"),  # snn_syria_0081 (the elative الأعظم left out: short by a word)
    ("وشهدت المدينة عدة محاولات للتقدم من جهة «الشلاح - قلعة الزهرا - الجمعيات - الزلاح».",
     "قلعة الزهرا"),  # snn_syria_0326
    ("وقال مصدر أمني إن الانفجار الذي وقع أمام مسجد الخلفاء على طريق العريش الساحلي أسفر عن "
     "مقتل جندي.", "مسجد الخلفاء"),  # fresh19
    ("ودمر التنظيم المتطرف آثارا تعود إلى القرن التاسع قبل الميلاد في متحف الموصل.",
     "متحف الموصل"),  # fresh19
    ("فيما لاحقت المصلين من كبار السن الذين كانوا في منطقة صحن قبة الصخرة وحاولت إجبارهم على "
     "الخروج.", "قبة الصخرة"),  # fresh21
    ("إذ استهدف انفجار بسيارة مفخخة، عصر أمس، مسجد «الفيض الحاتمي» في منطقة نقم، بشرق "
     "العاصمة.", "الفيض الحاتمي"),  # fresh15: the quoted name alone, as for مطار «تمناع»
]


@pytest.mark.parametrize(("text", "facility"), NAMED)
def test_facility_named_by_its_complement(text: str, facility: str) -> None:
    doc = extract_text(text)
    found = [(doc.span_text(e), e.type, e.link) for e in doc.entities]
    # unlinked, or linked to an entry of the facility's own name (kb23), never to its town
    assert any(span == facility and kind == "LOC" and (link is None or link.name_ar == facility)
               for span, kind, link in found), found


# (sentence, spans no entity may be, spans that must stay as they are)
LEFT = [
    # a town noun after the head: the village's mosque is no name (head_stops.txt)
    ("وقال شهود إن مسلحين اقتحموا مسجد القرية فجر الجمعة واعتقلوا المصلين.",
     ["مسجد القرية"], []),
    # a KB place with a facility head is read whole, once (قلعة القاهرة in Taiz, kb25), its
    # inner القاهرة no second entity
    ("وقال المتحدث إن الحوثيين قصفوا قلعة القاهرة في تعز بالمدفعية.",
     ["القاهرة"], ["قلعة القاهرة", "تعز"]),
    # a person inside: the mosque is read once, by name_facilities (fresh13)
    ("أسفر القصف عن مقتل وإصابة عدد من الأشخاص، إثر قصف استهدف مسجد أبي أيوب الأنصاري في حي "
     "الجولان شمالي المدينة.", [], ["مسجد أبي أيوب الأنصاري"]),
]


@pytest.mark.parametrize(("text", "not_names", "kept"), LEFT)
def test_facility_heads_left_alone(text: str, not_names: list[str], kept: list[str]) -> None:
    doc = extract_text(text)
    spans = [doc.span_text(e) for e in doc.entities]
    for w in not_names:
        assert w not in spans, (w, spans)
    for w in kept:
        assert spans.count(w) == 1, (w, spans)


def test_targeted_mosque_is_no_place_of_the_deed() -> None:
    """Read after the events: the blast's place stays the quarter (fresh15); a mosque entity
    read before the events would have become a second place and dropped the target."""
    doc = extract_text("إذ استهدف انفجار بسيارة مفخخة، عصر أمس، مسجد «الفيض الحاتمي» في منطقة "
                       "نقم، بشرق العاصمة.")
    places = [doc.span_text(r) for ev in doc.events for r in ev.location]
    targets = [doc.span_text(r) for ev in doc.events for r in ev.recipient]
    assert "الفيض الحاتمي" not in places, places
    assert any(t.startswith("مسجد") for t in targets), targets


# (word, whether it is a complement head)
WORDS = [
    ("مسجد", True), ("ومسجد", True), ("بمتحف", True), ("وقبة", True), ("متنزه", True),
    ("قلعة", True),
    ("المسجد", False),  # the definite head is a description (المسجد الكبير)
    ("مسجده", False),  # possessed
    ("جامع", False),  # the adjective "comprehensive" (حوار جامع)
    ("سوق", False),  # the market as an economy (سوق العمل)
    ("ميناء", False),  # named after a place only (name_facilities)
]


@pytest.mark.parametrize(("word", "is_head"), WORDS)
def test_complement_heads(word: str, is_head: bool) -> None:
    from rasd.entities.features import norm_word
    assert (complement_head(norm_word(word)) is not None) is is_head
