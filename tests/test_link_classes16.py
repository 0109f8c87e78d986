"""The knowledge base widened by class (links16): international treaties and conventions, UN
Security Council resolutions by number, Yemen's military regions,
outlets the news cites, the Southern Resistance apart from the popular resistance; a division
after its head noun even when its name is also a word (محافظة البيضاء، محافظة الخليل); a short
form that names a body's parent keeps the parent (المقاومة الشعبية beside المقاومة الشعبية
الجنوبية). Sentences from the region news, the demo corpus and the dev sets."""

from __future__ import annotations

import pytest

from link_helpers import tagged_doc
from rasd import evaluate
from rasd.document import Document
from rasd.entities.link import stage


def _links(text: str, spans: tuple[tuple[str, str], ...] = (),
           published: str = "2015-08-01") -> dict[str, str | None]:
    doc: Document = stage(tagged_doc(text, published, spans))
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}


# names of the new classes found by the KB ruler (no tagger span given) and linked
FOUND = [
    ("أشارت تركيا إلى المادة 51 من ميثاق الأمم المتحدة التي تعطي الدول حق الدفاع عن النفس.",
     "ميثاق الأمم المتحدة", "treaty-un-charter"),
    ("وقدم الأردن شكوى لانتهاك إسرائيل اتفاقية شيكاغو للطيران المدني.",
     "اتفاقية شيكاغو للطيران المدني", "treaty-chicago-convention"),
    ("وقال إن الاستيطان يخالف اتفاقية جنيف الرابعة.", "اتفاقية جنيف الرابعة",
     "treaty-fourth-geneva-convention"),
    ("وأكد أن احتجاز الأطفال ينتهك اتفاقية حقوق الطفل.", "اتفاقية حقوق الطفل", "treaty-crc"),
    ("وأكد أن الحلول لها مرجعيات وخصوصًا القرار 2216 ومخرجات الحوار الوطني.", "القرار 2216",
     "unscr-2216"),
    ("وكذلك العراق فهو تحت القرار الدولي 2170 بمحاربة داعش.", "القرار الدولي 2170",
     "unscr-2170"),
    ("وطالب لبنان بتطبيق القرار رقم 1701 ووقف الخروقات الجوية.", "القرار رقم 1701",
     "unscr-1701"),
    ("واستعادت هذه القوات قصر 22 مايو الرئاسي مقر قيادة المنطقة العسكرية الرابعة.",
     "قيادة المنطقة العسكرية الرابعة", "org-ye-military-region-4th"),
    ("وقال قائد المنطقة العسكرية الثانية في المكلا إن القوات تقدمت.",
     "المنطقة العسكرية الثانية", "org-ye-military-region-2nd"),
    ("بحسب موقع ترك برس الإخباري.", "موقع ترك برس", "org-turk-press"),
    ("وذكر موقع زمان الوصل أن قوات النظام قصفت المدينة.", "موقع زمان الوصل",
     "org-zaman-al-wasl"),
    ("وقالت صحيفة الوطن الكويتية إن الوفد وصل إلى الرياض.", "صحيفة الوطن الكويتية",
     "org-al-watan-kw"),
    ("ودخل مقاتلون من المقاومة الجنوبية حي التواهي على أطراف عدن.", "المقاومة الجنوبية",
     "org-southern-resistance-ye"),
]


@pytest.mark.parametrize(("text", "name", "entry"), FOUND)
def test_class_names_found_and_linked(text: str, name: str, entry: str) -> None:
    assert _links(text).get(name) == entry


# a number that is also a year is no resolution by «القرار N» alone; the Council's own name
# stays the mention in «قرار مجلس الأمن N» (the gold marks the Council there)
NOT_RESOLUTIONS = [
    ("وقال إن القرار 2014 كان صائبا.", "القرار 2014"),
    ("وعليهم تنفيذ قرار مجلس الأمن 2216 وألا يفكروا بالتواصل مع الحكومة.", "قرار مجلس الأمن 2216"),
]


@pytest.mark.parametrize(("text", "name"), NOT_RESOLUTIONS)
def test_no_resolution_read(text: str, name: str) -> None:
    assert name not in _links(text)


def test_council_kept_in_its_resolution() -> None:
    links = _links("وعليهم تنفيذ قرار مجلس الأمن 2216 وألا يفكروا بالتواصل مع الحكومة.")
    assert links.get("مجلس الأمن") == "org-unsc"


# a tagger span after محافظة whose name is also a word: the governorate, not the city
HEADED = [
    ("شن طيران التحالف غارات على تجمعات للحوثيين وقوات صالح في محافظة البيضاء.", "البيضاء",
     "ye-gov-al-bayda"),
    ("وتأتي محافظة الخليل في المرتبة الأولى بعدد المنازل المهدومة.", "الخليل", "ps-gov-hebron"),
    ("واعتقلت قوات الاحتلال ثلاثة شبان من محافظة جنين.", "جنين", "ps-gov-jenin"),
    # without the head noun the city keeps the name
    ("واعتقلت قوات الاحتلال ثلاثة شبان من مدينة الخليل.", "الخليل", "ps-city-hebron"),
]


@pytest.mark.parametrize(("text", "span", "entry"), HEADED)
def test_head_noun_picks_the_division(text: str, span: str, entry: str) -> None:
    assert _links(text, ((span, "LOC"),)).get(span) == entry


# a list licenses no everyday word an adjective describes (the naval base is no al-Qaeda),
# and still licenses the bare name listed with an actor
LISTED = [
    ("وسيطرت القوات على قيادة المنطقة العسكرية الرابعة والقاعدة البحرية في التواهي.",
     "القاعدة", None),
    ("واستهدفت الغارات مواقع الحوثيين والقاعدة في محافظة أبين.", "القاعدة", "org-al-qaeda"),
]


@pytest.mark.parametrize(("text", "name", "entry"), LISTED)
def test_listed_common_word(text: str, name: str, entry: str | None) -> None:
    assert _links(text).get(name) == entry


# Lebanon's districts: a district's own name (البقاع الغربي، الشوف), and «قضاء X» for one
# named after its seat town, which keeps the bare name
LEBANON = [
    ("حلقت طائرة استطلاع إسرائيلية فوق البقاع الغربي وراشيا.", "البقاع الغربي",
     "lb-dist-west-bekaa"),
    ("وجرت الانتخابات البلدية في الشوف أمس.", "الشوف", "lb-dist-chouf"),
    ("ووقعت اشتباكات في قضاء زحلة ليلا.", "قضاء زحلة", "lb-dist-zahle"),
]


@pytest.mark.parametrize(("text", "name", "entry"), LEBANON)
def test_lebanon_districts(text: str, name: str, entry: str) -> None:
    assert _links(text).get(name) == entry


def test_parent_short_form_keeps_the_parent() -> None:
    text = ("وفي التطورات الميدانية، واصلت المقاومة الشعبية الجنوبية تقدمها في عدن. وفي العاصمة "
            "صنعاء، قالت المقاومة الشعبية إن 7 من المسلحين الحوثيين قتلوا.")
    links = _links(text)
    assert links.get("المقاومة الشعبية الجنوبية") == "org-southern-resistance-ye"
    assert links.get("المقاومة الشعبية") == "org-popular-resistance-ye"


# English names a link answers to: a given name's other transliterations, official names
ENGLISH = [
    ("person-bahaa-al-araji", "Baha al-Araji"),
    ("person-hasabo-mohamed-abdel-rahman", "Hassabo Mohamed Abdel Rahman"),
    ("iq-region-kurdistan", "Kurdistan Region of Iraq"),
    ("org-houthi-revolutionary-committee", "Houthi Revolutionary Committee"),
    ("unscr-2216", "UN Security Council Resolution 2216"),
]


@pytest.mark.parametrize(("entry", "name_en"), ENGLISH)
def test_english_name_accepted(entry: str, name_en: str) -> None:
    from rasd.entities.kb import get_kb
    assert evaluate._link_ok(get_kb().get(entry).link(), name_en)


def test_given_name_spelling_is_not_a_surname_swap() -> None:
    from rasd.entities.kb import get_kb
    assert not evaluate._link_ok(get_kb().get("person-bahaa-al-araji").link(), "Baha al-Maliki")
