"""Claims beyond إن/أن: noun-phrase content after a cue's preposition, "according to" frames,
asides before the content, cues read only with a content marker, and speaker kinds."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def claims_of(text: str) -> list[tuple[str, str, str, str]]:
    doc = extract_text(text, published="2016-12-15")
    t = doc.span_text
    return [(t(c.speaker), t(c.cue), t(c.content), c.speaker.kind) for c in doc.claims]


# (sentence, speaker, cue, content) of the one claim read
PREPOSITION_CONTENT = [
    ("وأفادت مصادر طبية في المستشفى بمقتل خمسة مدنيين في القصف.",
     "مصادر طبية في المستشفى", "أفادت", "مقتل خمسة مدنيين في القصف"),
    ("كما أفاد مصدر أمني عن إصابة جنديين بانفجار عبوة ناسفة.",
     "مصدر أمني", "أفاد", "إصابة جنديين بانفجار عبوة ناسفة"),
    ("وحذر وزير الخارجية الأردني أمس من عواقب التصعيد في المنطقة.",
     "وزير الخارجية الأردني", "حذر", "عواقب التصعيد في المنطقة"),
    ("وكشف المتحدث باسم الشرطة، عن تفاصيل الهجوم على نقطة التفتيش.",
     "المتحدث باسم الشرطة", "كشف", "تفاصيل الهجوم على نقطة التفتيش"),
    ("وأكد مصدر أمني على ضرورة إخلاء المنطقة.",
     "مصدر أمني", "أكد", "ضرورة إخلاء المنطقة"),
]


@pytest.mark.parametrize("text, speaker, cue, content", PREPOSITION_CONTENT)
def test_noun_phrase_content_after_the_cue_preposition(text, speaker, cue, content):
    [(s, c, x, _)] = claims_of(text)
    assert (s, c, x) == (speaker, cue, content)


# (sentence, cue, speaker, content) of the claim whose speaker is not written after its cue
DROPPED_SPEAKER = [
    ("وقال مسؤولون محليون إن الاشتباكات تجددت، وأشاروا إلى سقوط قذائف على الأحياء السكنية.",
     "أشاروا", "مسؤولون محليون", "سقوط قذائف على الأحياء السكنية"),
    ("وقالت الشرطة إن الانفجار وقع في السوق، مشيرة إلى إصابة سبعة أشخاص.",
     "مشيرة", "الشرطة", "إصابة سبعة أشخاص"),
]


@pytest.mark.parametrize("text, cue, speaker, content", DROPPED_SPEAKER)
def test_preposition_content_with_a_dropped_speaker(text, cue, speaker, content):
    found = {c: (s, x) for s, c, x, _ in claims_of(text)}
    assert found[cue] == (speaker, content)


def test_a_nominal_cue_keeps_its_object_when_a_preposition_comes_later():
    [(s, c, x, _)] = claims_of("وأكد مصدر مقرب من الحكومة استمرار المحادثات لاتفاق جديد على "
                               "وقف إطلاق النار.")
    assert (s, c) == ("مصدر مقرب من الحكومة", "أكد") and x.startswith("استمرار المحادثات")


APPOSITION = [
    ("ونفى أحمد سالم، المتحدث باسم الحركة، مسؤوليتها عن الهجوم.",
     "أحمد سالم، المتحدث باسم الحركة", "نفى", "مسؤوليتها عن الهجوم"),
    ("ونفت سارة كوهين، محامية المتهم، التهم الموجهة إليه.",
     "سارة كوهين، محامية المتهم", "نفت", "التهم الموجهة إليه"),
]


@pytest.mark.parametrize("text, speaker, cue, content", APPOSITION)
def test_a_title_between_commas_belongs_to_the_speaker(text, speaker, cue, content):
    [(s, c, x, _)] = claims_of(text)
    assert (s, c, x) == (speaker, cue, content)


def test_the_next_cue_after_a_comma_ends_the_content():
    found = {c: x for _, c, x, _ in claims_of(
        "وقالت الشرطة إن الانفجار وقع في السوق، مشيرة إلى إصابة سبعة أشخاص.")}
    assert found["قالت"] == "الانفجار وقع في السوق"


NO_CLAIM = [
    "وكانت حصيلة أولية، أفادت مساء الأحد عن مقتل ثلاثة.",  # describes the noun before it
    "وعلقت الحكومة المفاوضات مع المتمردين.",  # علق = suspend: no content marker
    "وشاهد السكان طائرة تحلق فوق المدينة.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(text):
    assert claims_of(text) == []


def test_a_relay_describing_its_source_is_one_claim():
    [(s, c, x, _)] = claims_of("نقلت الوكالة عن مصادر وصفتها بالمطلعة أن الاتفاق تأجل.")
    assert (c, x) == ("نقلت", "الاتفاق تأجل")


MARKED = [
    ("وعلق الوزير بالقول: لن نقبل بأي تسوية على حساب الضحايا.",
     "الوزير", "علق", "لن نقبل بأي تسوية على حساب الضحايا"),
    ("وعلقت المنظمة على القرار: المحكمة تجاهلت الأدلة كلها.",
     "المنظمة", "علقت", "المحكمة تجاهلت الأدلة كلها"),
    ("وأعلنت هيئة الأركان العامة (الجيش) في بيان إن قواتها دمرت ثلاث عربات.",
     "هيئة الأركان العامة", "أعلنت", "قواتها دمرت ثلاث عربات"),
]


@pytest.mark.parametrize("text, speaker, cue, content", MARKED)
def test_marked_content(text, speaker, cue, content):
    [(s, c, x, _)] = claims_of(text)
    assert (s, c, x) == (speaker, cue, content)


def test_frame_after_its_clause_and_frame_opening_with_wa():
    [(s, c, x, _)] = claims_of("وتضررت عشرات المنازل في القرية وفق بيان للدفاع المدني.")
    assert (c, x) == ("وفق", "وتضررت عشرات المنازل في القرية") and s.startswith("بيان")
    found = claims_of("وقال المحافظ إن الطرق أغلقت بالكامل، ووفقا لوزارة الصحة تضرر أكثر من مئة "
                      "منزل.")
    assert ("وزارة الصحة", "وفقا", "تضرر أكثر من مئة منزل") in [(s, c, x) for s, c, x, _ in found]


def test_an_outlet_right_after_the_cue_is_no_speaker():
    found = claims_of("وقال المتحدث باسم الحركة إن القصف طال المستشفى. "
                      "وقال لرويترز إن الحركة سترد على الهجوم.")
    assert [s for s, _, _, _ in found] == ["المتحدث باسم الحركة"] * 2


KINDS = [
    ("وقال مسؤول في الوزارة إن المعبر أغلق.", "anonymous"),
    ("وقال مسؤول كبير في الوزارة إن المعبر أغلق.", "anonymous"),
    ("وقال مسؤول فلسطيني إن المعبر أغلق.", "anonymous"),
    ("وقال متحدث باسم الجيش إن المعبر أغلق.", "anonymous"),
    ("وقال رئيس اتحاد الصحفيين إن المعبر أغلق.", "named"),
    ("وقالت بعض المصادر إن المعبر أغلق.", "anonymous"),
    ("وقالت السلطات المحلية إن المعبر أغلق.", "institution"),
]


@pytest.mark.parametrize("text, kind", KINDS)
def test_speaker_kind(text, kind):
    [(_, _, _, k)] = claims_of(text)
    assert k == kind


@pytest.mark.parametrize("text", ["نفوآ", "أعلن مسؤوليته", "وقال"])
def test_a_cue_that_ends_the_text_has_no_claim_and_no_error(text: str) -> None:
    # a nominal cue read at the text's last word once indexed past its end (found by
    # tests/test_properties.py on «نفوآ»)
    assert extract_text(text).claims == []
