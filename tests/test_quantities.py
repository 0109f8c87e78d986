"""Quantities read from real sentences through the segment stage and the quantities stage."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd import quantities, times
from rasd.document import Document, Meta
from rasd.pipeline import extract_text
from rasd.text import stage as segment


def read(text: str) -> list[tuple[str, float, str | None, bool]]:
    doc = quantities.stage(segment.stage(Document(text=text, meta=Meta(published="2016-12-15"))))
    for q in doc.quantities:
        assert doc.text[q.start : q.end] == doc.span_text(q)
    return [(doc.text[q.start : q.end], q.value, q.unit, q.ordinal) for q in doc.quantities]


def values(text: str) -> list[float]:
    return [v for _, v, _, _ in read(text)]


def test_seed_article_quantities(seed_text: str) -> None:
    doc = extract_text(seed_text, published="2016-12-15")
    found = {(doc.span_text(q), q.value, q.unit, q.ordinal) for q in doc.quantities}
    assert ("ألفَيْ مقاتل", 2000, "مقاتل", False) in found
    assert ("عشرة آلاف", 10000, "مقاتل", False) in found  # unit carried over the range
    assert ("دفعة أولى", 1, "دفعة", True) in found


@pytest.mark.parametrize("text, value", [
    ("قتل 15 شخصا", 15),
    ("قتل ١٥ شخصا", 15),
    ("قتل ۱۵ شخصا", 15),
    ("نزح 1,500 شخص", 1500),
    ("نزح ١٬٥٠٠ شخص", 1500),
    ("نزح 1.500.000 شخص", 1500000),
    ("وزعت 20.000 عبوة", 20000),
    ("بلغت 2.5 مليون دولار", 2500000),
    ("بلغت ١٫٥ مليون دولار", 1500000),
    ("نزح 3 آلاف شخص", 3000),
    ("يبلغ عدد السكان 23 مليونا", 23000000),
])
def test_digits(text: str, value: float) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("قتل خمسة وعشرون شخصا", 25),
    ("قتل خمسة و عشرون شخصا", 25),
    ("نزح ثلاثة آلاف وخمسمائة شخص", 3500),
    ("نزح ثلاثمئة شخص", 300),
    ("نزح ثلاث مئة شخص", 300),
    ("نزح مئتا شخص", 200),
    ("نزح مئتين من الأشخاص", 200),
    ("نزح ألفا شخص", 2000),
    ("نزح ألفان وخمسمائة شخص", 2500),
    ("نزح ألفي شخص", 2000),
    ("نزح ألفَيْ شخص", 2000),
    ("نزح مليونا شخص", 2000000),
    ("نزح ملايين الأشخاص", 1000000),
    ("نزح مئتا ألف شخص", 200000),
    ("نزح أحد عشر ألف شخص", 11000),
    ("قتلت إحدى عشرة امرأة", 11),
    ("قتل اثنا عشر شخصا", 12),
    ("بلغت الخسائر خمسة مليارات دولار", 5 * 10**9),
    ("بلغ العدد مائة وثلاثة وعشرون مليوناً وأربعمائة وستة وخمسون ألفاً وسبعمائة وتسعة وثمانون",
     123456789),
    ("نزح عشرات الآلاف من المدنيين", 10000),
    ("نزح نصف مليون شخص", 500000),
    ("نزح مليون ونصف", 1500000),
])
def test_number_words(text: str, value: float) -> None:
    assert values(text) == [value]


def test_clitics_are_not_in_the_span() -> None:
    found = read("مر بخمسة أيام ولثلاثة أشهر وعشرة أعوام")
    assert [(s, v) for s, v, _, _ in found] == [
        ("خمسة أيام", 5), ("ثلاثة أشهر", 3), ("عشرة أعوام", 10)]


def test_units_are_singular_nouns_without_clitics() -> None:
    assert read("قتل 35 مدنيا") == [("35 مدنيا", 35, "مدني", False)]
    assert read("قتل خمسة أطفال") == [("خمسة أطفال", 5, "طفل", False)]
    assert read("شنت الطائرات سبع غارات") == [("سبع غارات", 7, "غارة", False)]
    assert read("نزح آلاف المدنيين")[0][2] == "مدني"
    assert read("قتل 5 في القصف")[0][2] is None  # a preposition is not a unit


def test_percentages() -> None:
    assert read("ارتفعت بنسبة 10 بالمئة") == [("10 بالمئة", 10, "بالمئة", False)]
    assert [(v, u) for _, v, u, _ in read("بنسبة ٥٠٪ و12.5%")] == [(50, "٪"), (12.5, "%")]
    # المئة after a number makes a percentage, not a hundred
    assert values("تراجع بنسبة 30 في المئة") == [30]


def test_ranges_share_their_unit() -> None:
    found = read("قتل بين 10-15 شخصا")
    assert [(v, u) for _, v, u, _ in found] == [(10, "شخص"), (15, "شخص")]
    found = read("ارتفع العدد من ألفَيْ مقاتل إلى عشرة آلاف.")
    assert [(v, u) for _, v, u, _ in found] == [(2000, "مقاتل"), (10000, "مقاتل")]


def test_ordinals() -> None:
    assert read("وصلت دفعة أولى من الجرحى")[0] == ("دفعة أولى", 1, "دفعة", True)
    assert read("وصلت الدفعة الثانية")[0] == ("الثانية", 2, "دفعة", True)
    assert read("للمرة الثالثة")[0][1:] == (3, "مرة", True)
    assert read("في المرحلة الحادية عشرة")[0][1:] == (11, "مرحلة", True)
    assert read("أول مرة")[0][1:] == (1, "مرة", True)


def test_one_and_two_follow_their_noun() -> None:
    assert read("بقي شهر واحد") == [("شهر واحد", 1, "شهر", False)]
    assert read("قتل طفلا واحدا") == [("طفلا واحدا", 1, "طفل", False)]
    assert read("استمر القصف يومين") == [("يومين", 2, "يوم", False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل عنصران من الشرطة", [("عنصران", 2, "عنصر", False)]),
    ("أصيب مدنيان بجروح", [("مدنيان", 2, "مدني", False)]),
    ("اختطف مسلحون امرأتين", [("امرأتين", 2, "امرأة", False)]),
    ("سقطت قذيفتان على الحي", [("قذيفتان", 2, "قذيفة", False)]),
    ("قتل عشرات المدنيين", [("عشرات المدنيين", 10, "مدني", False)]),
])
def test_dual_nouns_count_two(text: str, expected: list) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "هاجم المقاتلين مواقع الجيش",  # sound plural, not a dual
    "أجلي المدنيين من الحي",
])
def test_sound_plurals_are_not_duals(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "قال أحد المقاتلين",  # "one of", not a count
    "يوم الاثنين",  # a weekday
    "ارتفع ثاني أكسيد الكربون",
    "أول أمس",  # a time
    "في 15 ديسمبر 2016",  # a date's numbers
    "ولد في 1982",  # a year
    "في الساعة 10:30",
    "قال إن كمية كبيرة وصلت",  # كمية is not ك + مية
    "لست أدري",  # لست is not ل + ست
    "أعلنت الفرقة 30 مقتل قائدها",  # a unit's name
    "تبنى مجلس الأمن القرار 2235 بالإجماع",  # a resolution's number
    "نصت المادة 4 من الاتفاق",
    "أسقطت طائرة إف 16",
])
def test_not_quantities(text: str) -> None:
    assert read(text) == []


def test_definite_cardinal_takes_no_unit() -> None:
    assert read("قال الثلاثة دخلوا") == [("الثلاثة", 3, None, False)]


def test_parse_digits() -> None:
    assert quantities.parse_digits("2,5") == 2.5
    assert quantities.parse_digits("1,234,567") == 1234567
    assert quantities.parse_digits("2.500", before_scale=True) == 2.5
    assert quantities.parse_digits("12,34,5") is None


def test_documents_without_tokens_or_arabic() -> None:
    assert quantities.find_quantities(Document(text="")) == []
    doc = extract_text("Fifteen people were killed on Tuesday.")
    assert doc.quantities == []


def test_a_duration_ago_is_both_a_time_and_a_count() -> None:
    doc = extract_text("وصل قبل أسبوعين تقريبا", published="2016-12-15")
    assert [(doc.span_text(t), t.date) for t in doc.times] == [("قبل أسبوعين", None)]
    assert [(doc.span_text(q), q.value, q.unit) for q in doc.quantities] == [
        ("أسبوعين", 2, "أسبوع")]


def test_numbers_of_an_ordinal_date_are_the_date() -> None:
    assert read("في الرابع عشر من الشهر الماضي") == []


def test_ordinals_agree_with_their_noun() -> None:
    assert read("حيث كانت الأولى في المدينة")[0][2] is None  # كانت is a verb
    assert read("ولأول مرة")[0][1:] == (1, "مرة", True)
    assert read("من جهة ثانية")[0] == ("جهة ثانية", 2, "جهة", True)


def test_a_noun_with_a_preposition_is_not_counted() -> None:
    assert read("دفع المئات للتظاهر") == [("المئات", 100, None, False)]


def test_sound_plurals_are_singularized() -> None:
    assert read("قتل خمسة متطرفين")[0][2] == "متطرف"
    assert read("قتل سبعة مسلحين")[0][2] == "مسلح"
    assert read("أطعم خمسة مساكين")[0][2] == "مساكين"  # a broken plural stays


def test_definite_teens_keep_their_noun() -> None:
    assert read("خلال الاثني عشر عاما الماضية") == [("الاثني عشر عاما", 12, "عام", False)]


_WORDS = ("في 15 ديسمبر 2016 ١٥/١٢/٢٠١٦ 99/99/9999 1400/13/40 هـ م ربيع الأول ألف ألفي آلاف "
          "عشرات مليون ونصف و نصف أول أمس الأحد مساء صباح الشهر الماضي من ( ) / - 10-15 1,5,6 "
          "١٬٢ 2.5.5 99999999999999999999 % بالمئة عام الثاني عشر الحادي والثلاثين 32 يوليو "
          "صفر 0 الاثنين بين يوم اليوم الجاري 31/2/2015 29 فبراير 30 1500 1299 ، . ٫")
_VOCAB = tuple(_WORDS.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=14), st.booleans(),
       st.sampled_from([None, "2016-12-15", "0001-01-01", "9999-12-31", "bad"]))
def test_any_mix_of_number_and_date_words_reads_without_error(words: list[str], glue: bool,
                                                              published: str | None) -> None:
    text = ("" if glue else " ").join(words)
    doc = segment.stage(Document(text=text, meta=Meta(published=published)))
    for span in [*quantities.find_quantities(doc), *times.find_times(doc)]:
        assert 0 <= span.start < span.end <= len(text)
