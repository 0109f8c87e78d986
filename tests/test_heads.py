"""Institution and facility names read from their head noun (entities/heads.py)."""

import pytest

from rasd.entities.heads import (
    head_phrases,
    heads_before,
    is_head,
    named_after,
    numbered_units,
)
from rasd.entities.link import get_kb
from rasd.text.segment import tokenize


def _phrases(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.type)
            for p in head_phrases(get_kb(), text, tokenize(text))]


@pytest.mark.parametrize(("sentence", "name", "etype"), [
    # construct chain ending in a known place
    ("وطالب مجلس محافظة الأنبار بتوفير ممر آمن", "مجلس محافظة الأنبار", "ORG"),
    # definite complement; proclitic و cut
    ("أن المعارك وصلت إلى حي التأميم جنوبي الرمادي", "حي التأميم", "LOC"),
    ("وسقط الصاروخ قرب مخيم الأفغان في رفح", "مخيم الأفغان", "LOC"),
    # complement + relational adjectives
    ("وأعلنت وزارة البيشمركة الكردية مقتل عشرة", "وزارة البيشمركة الكردية", "ORG"),
    ("ذكرت وكالة الأنباء العمانية أن الرهينة وصلت", "وكالة الأنباء العمانية", "ORG"),
    ("رفضت هبوط الطائرة في مطار العقبة الدولي", "مطار العقبة الدولي", "LOC"),
    # definite head + adjective + لل-genitive
    ("ويعمل موظفا في الصندوق الاجتماعي للتنمية بصنعاء", "الصندوق الاجتماعي للتنمية", "ORG"),
    ("وطعن النواب أمام المجلس الدستوري في القانون", "المجلس الدستوري", "ORG"),
    # construct noun before a definite genitive
    ("وحرر الجيش وجهاز مكافحة الإرهاب المدينة", "جهاز مكافحة الإرهاب", "ORG"),
    # a genitive of ل + a construct chain after a definite head's adjective (news, fresh15)
    ("من جهتها، رأت اللجنة الوطنية لحقوق الإنسان في ليبيا أن ما حدث",
     "اللجنة الوطنية لحقوق الإنسان", "ORG"),
    ("قررت اللجنة العليا لإغاثة وإيواء النازحين، تخصيص 500 وحدة سكنية",
     "اللجنة العليا لإغاثة وإيواء النازحين", "ORG"),
    # a nationality or العامة/العليا describes, unless a genitive says what the body is for
    ("واس- القاهرة: حوّل الصندوق السعودي للتنمية مبلغ 60 مليون دولار",
     "الصندوق السعودي للتنمية", "ORG"),
    # (ner33: a second word joined by و to the genitive is the rest of what the body is for)
    ("وفد رفيع من وزارة النقل المصرية، ممثلةً في الهيئة العامة للموانئ البرية والجافة",
     "الهيئة العامة للموانئ البرية والجافة", "ORG"),
])
def test_head_names(sentence: str, name: str, etype: str) -> None:
    assert (name, etype) in _phrases(sentence)


@pytest.mark.parametrize("sentence", [
    "سيطرت القوات على البوابة الغربية ومطار القاعدة",  # the base's airport
    "وشاهدا من ساحة المعركة في ولاية الوحدة",  # no named square
    "وذكر تقرير أن المجلس المحلي وزع المساعدات",  # any local council
    "وأعلنت اللجنة السورية أنها",  # a description by nationality
    "وقال إن مجلسا جديدا سيعقد",  # a head with no complement
    "ونفذ الهجوم في حي يغلب عليه الشيعة",  # a verb after the head
    # a genitive naming the owner: the agency's general fund (fresh17)
    "وأضاف ديفيس أن الصندوق العام للوكالة ما يزال يعاني من عجز",
    # a generic adjective stays a description with a genitive (news)
    "وأعلنت الهيئة الطبية العامة لجنوب العاصمة دمشق أنها وثقت",
    # ل + a verbal noun right after a head with no adjective is a purpose (demo)
    "وقال الدفاع إنه سيقوم بتحليل قرار المحكمة لتحديد الخطوة القادمة، التي تتعلق",
])
def test_not_names(sentence: str) -> None:
    assert _phrases(sentence) == []


def test_phrase_stops_at_preposition_and_relative() -> None:
    text = "ووصل إلى مطار صنعاء الدولي الذي أعيد فتحه في الصباح"
    assert _phrases(text) == [("مطار صنعاء الدولي", "LOC")]


def test_a_place_inside_an_institution_name_tells_the_country() -> None:
    """مجلس محافظة الأنبار holds the Anbar it swallowed: the bare مجلس النواب is Iraq's."""
    from rasd.document import Document, Meta
    from rasd.entities.link import stage
    from rasd.text import stage as segment

    text = "وطالب مجلس محافظة الأنبار مجلس النواب بإرسال لجنة."
    doc = stage(segment.stage(Document(text=text, meta=Meta(published="2016-05-20"))))
    got = {doc.span_text(e): (e.type, e.link.id if e.link else None) for e in doc.entities}
    assert got["مجلس محافظة الأنبار"][0] == "ORG"
    assert got["مجلس النواب"] == ("ORG", "org-iraqi-parliament")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a rule or basis, not a base; a base before a known name or with an adjective
    ("واتفقوا على قاعدة الحوار بين الطرفين", []),
    ("وهبطت الطائرات في قاعدة حميميم الجوية", [("قاعدة حميميم الجوية", "LOC")]),
    # a preposition is no construct noun
    ("وفتح باب للمسلحين السوريين", []),
    # a known name after a clitic is the knowledge base's, whole: no adjective added
    ("بدعم من إيران وحزب الله الإرهابي", [("حزب الله", "ORG")]),
    # مديرية: a district the knowledge base holds is its own (links18: every Yemeni
    # district), left to the linker; else an office
    ("وسيطرت القوات على مديرية المخادر", []),
    ("وقالت مديرية الصحة إن", [("مديرية الصحة", "ORG")]),
    ("وذكرت مديرية الأرصاد أن", [("مديرية الأرصاد", "ORG")]),
    ("وتعد قاعدة حزب الله الشعبية في الجنوب", [("حزب الله", "ORG")]),
])
def test_head_readings(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _phrases(sentence) == expected


def test_a_head_that_is_itself_a_place_name_and_a_preposition_end_the_reading() -> None:
    # مفرق alone is the Jordanian city's name: the head is no name by itself here, and
    # بمديرية opens a new phrase rather than continuing a construct chain
    text = "بالقرب من مفرق حبيش بمديرية المخادر حيث قتل"
    assert _phrases(text) == []  # (the district is the knowledge base's: below)
    from rasd.document import Document, Meta
    from rasd.entities.link import stage
    from rasd.text import stage as segment

    doc = stage(segment.stage(Document(text=text, meta=Meta(published="2015-08-01"))))
    got = [(doc.span_text(e), e.type, e.link.kind if e.link else None) for e in doc.entities]
    assert got == [("المخادر", "LOC", "district")]


def _bodies(text: str) -> list[str]:
    from rasd.entities.heads import national_bodies
    return [text[p.start:p.end] for p in national_bodies(get_kb(), text, tokenize(text))]


@pytest.mark.parametrize(("sentence", "names"), [
    ("وأسفر التمرد وتصدي القوات النيجيرية لها عن اكثر من 15 الف قتيل", ["القوات النيجيرية"]),
    # a construct head: its definite genitive, then the nationality
    ("حيث تقول أجهزة الأمن الإسرائيلية إن الحزب كلفه", ["أجهزة الأمن الإسرائيلية"]),
    ("وفق ما قالت قوات خفر السواحل الإيطالية.", ["قوات خفر السواحل الإيطالية"]),
    # لل + the head: the word kept whole
    ("على متن سفينة تابعة للبحرية الإيرلندية، فيما", ["للبحرية الإيرلندية"]),
    # adjectives after the nationality belong to the name
    ("وكان مسؤول التفاوض عن المعارضة السورية المسلحة في مدينة حلب",
     ["المعارضة السورية المسلحة"]),
    # an indefinite head with an indefinite adjective is a description
    ("وقالت إن قوات كردية سيطرت على البلدة", []),
    # a preposition between: the adjective belongs to another phrase
    ("وانتشرت القوات في المدن السورية", []),
    # another head: no country's institution by nationality
    ("قالت منظمة سورية محسوبة على المعارضة", []),
    # الخطوط + a nationality: the state's airline (fresh13, fresh21); other lines (news)
    ("ووصلت إلى عمان الليلة قبل الماضية طائرة من الخطوط اليمنية تقل 79 جريحًا",
     ["الخطوط اليمنية"]),
    ("أول طائرة مدنية تابعة للخطوط اليمنية في مطار عدن الدولي", ["للخطوط اليمنية"]),
    ("تحدثنا عن الخطوط العريضة التي تخص لبنان", []),
])
def test_national_bodies(sentence: str, names: list[str]) -> None:
    assert _bodies(sentence) == names


def test_presidency_and_commission() -> None:
    assert _bodies("وأكد الناطق باسم الرئاسة الفلسطينية في تصريحات له") == ["الرئاسة الفلسطينية"]
    # (a ل-phrase with no article, لحقوق الإنسان, is not read after an indefinite head: لبحث
    # الأزمة is a purpose; the KB knows this body's whole name since links11, so the phrase is
    # the name)
    assert ("مفوضية الأمم المتحدة لحقوق الإنسان", "ORG") in _phrases(
        "فيما أعلنت مفوضية الأمم المتحدة لحقوق الإنسان انزعاجها الشديد")
    assert ("مفوضية الأمم المتحدة", "ORG") in _phrases(
        "فيما أعلنت مفوضية الأمم المتحدة لبحث الأزمة انزعاجها الشديد")


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وأكدت أن إنشاء مطار «تمناع» قرب مطار العقبة الدولي', [("تمناع", "LOC")]),
    ("واستهدفت نقطة تفتيش لهم في مديرية «أرحب» شمال العاصمة", [("أرحب", "LOC")]),
    ('وحثت منظمة "هيومن رايتس ووتش" على فتح تحقيق', [("هيومن رايتس ووتش", "ORG")]),
    ("وفي باب «مسارات حرة» موضوع بعنوان", []),  # a magazine's column
])
def test_quoted_after_head(sentence: str, expected: list[tuple[str, str]]) -> None:
    from rasd.entities.heads import quoted_after_head
    assert [(sentence[p.start:p.end], p.type)
            for p in quoted_after_head(tokenize(sentence))] == expected


def test_a_state_body_said_short_is_not_a_second_name() -> None:
    """المعارضة السورية after المعارضة السورية المسلحة is the same party said short: only
    the longer phrase is added."""
    from rasd.document import Document, Meta
    from rasd.entities.ruler import apply_ruler
    from rasd.text import stage as segment

    text = ("وكان مسؤول التفاوض عن المعارضة السورية المسلحة في حلب قد قال ذلك. "
            "وأكدت المعارضة السورية أن الاتفاق انهار.")
    doc = segment.stage(Document(text=text, meta=Meta(published="2016-12-14")))
    names = [doc.span_text(e) for e in apply_ruler(doc, get_kb(), [])]
    assert "المعارضة السورية المسلحة" in names
    assert "المعارضة السورية" not in names


def _units(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.type) for p in numbered_units(text, tokenize(text))]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a number names any unit noun; a proclitic (ل with the article's alif elided) is cut
    ("وهاجم المسلحون موقعا تابعا للواء 35 مدرع غرب المدينة", [("لواء 35", "ORG")]),
    ("وقال قائد الكتيبة 80 المسؤولة عن الحدود", [("الكتيبة 80", "ORG")]),
    # a rank names it too; قيادة before the definite unit opens its name
    ("وأعلنت قيادة الفرقة الرابعة مقتل عشرين مسلحا", [("قيادة الفرقة الرابعة", "ORG")]),
    # منطقة takes a rank only after العسكرية
    ("وصلت التعزيزات إلى المنطقة العسكرية الرابعة في تعز", [
        ("المنطقة العسكرية الرابعة", "ORG")]),
    ("وتبدأ المرحلة في المنطقة الأولى من المخيم", []),
    # اللواء before a name is a rank, no unit
    ("وقال اللواء أحمد عسيري إن الطائرات", []),
])
def test_numbered_units(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _units(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # agreements and charters named by their subject or a known name
    ("وطالبت إسرائيل بالالتزام باتفاقية حقوق الطفل", [("اتفاقية حقوق الطفل", "MISC")]),
    ("ويعد ذلك خرقا لميثاق الأمم المتحدة", [("ميثاق الأمم المتحدة", "MISC")]),
    ("بعد توقيع اتفاق الصخيرات في المغرب", [("اتفاق الصخيرات", "MISC")]),
    # a summit only before a known place that is no mountain
    ("وأقرت قمة بيروت المبادرة", [("قمة بيروت", "MISC")]),
    ("وتمركز القناصة على قمة جبل صبر", []),
    ("وكان في قمة الزخم الثوري", []),
    # a press conference is no named conference; a peace agreement is no name
    ("وقال في مؤتمر صحفي عقب اللقاء", []),
    ("ورفضت الحكومة اتفاق السلام الذي", []),
])
def test_agreement_heads(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _phrases(sentence) == expected


@pytest.mark.parametrize(("sentence", "name", "etype", "head"), [
    # an unlinked person's name after a facility or unit head names the facility or unit
    ("وتخرجت دفعة جديدة من معسكر عبود أمس", "عبود", "PER", ("معسكر عبود", "LOC")),
    ("وقتل عشرة من عناصر كتيبة الحسين في الاشتباكات", "الحسين", "PER",
     ("كتيبة الحسين", "ORG")),
    ("من عناصر كتيبة «سلمان الحزم» في الجبهة", "سلمان الحزم", "PER",
     ("كتيبة «سلمان الحزم", "ORG")),
    # a place after an agreement head names the agreement
    ("ودعا الفصائل الموقعة على اتفاقية القاهرة إلى الحوار", "القاهرة", "LOC",
     ("اتفاقية القاهرة", "MISC")),
    # a place after a facility head is left to the head-noun grammar; a place after a
    # summit that opens with an area noun is a peak
    ("وهبطت الطائرة في مطار بغداد", "بغداد", "LOC", None),
    ("وتمركز القناصة على قمة جبل صبر", "جبل صبر", "LOC", None),
    # a person after a summit or conference is no summit's name
    ("وعقد مؤتمر أوباما في البيت الأبيض", "أوباما", "PER", None),
])
def test_named_after_head(sentence: str, name: str, etype: str,
                          head: tuple[str, str] | None) -> None:
    tokens = tokenize(sentence)
    start = sentence.index(name)
    k = heads_before(tokens, [i for i, t in enumerate(tokens) if is_head(t.norm)]).get(start)
    found = None if k is None else named_after(sentence, tokens, k, etype, False)
    got = None if found is None else (sentence[found[0]:start + len(name)], found[1])
    assert got == head
