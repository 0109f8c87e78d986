"""links11: leaders named by a bare surname or a compound given name, dateline outlets, English
transliterations compared by consonants, and KB classes added (journalists' bodies, outlets)."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity, Meta
from rasd.entities.kb import english_names_agree, get_kb, name_key
from rasd.entities.link import resolve_nominal, stage
from rasd.evaluate import _link_ok
from rasd.text import stage as segment


def _doc(text: str, entities: list[tuple[str, str]] = ()) -> Document:
    """A segmented document with (surface, type) tagger spans placed in it."""
    doc = segment.stage(Document(text=text, meta=Meta(published="2015-08-01")))
    for i, (surface, etype) in enumerate(entities, 1):
        start = text.index(surface)
        doc.entities.append(Entity(start, start + len(surface), f"e{i}", etype))
    return doc


def _links(doc: Document) -> dict[str, str | None]:
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}


@pytest.mark.parametrize(("a", "b", "person", "agree"), [
    ("Muqdadiya", "Al-Miqdadiyah", False, True),     # vowels and the article
    ("Balad Ruz", "Baladruz", False, True),          # one word or two
    ("Makhmour", "Makhmur", False, True),            # ou for u
    ("Iyad al-Bozum", "Iyad al-Bozom", True, True),  # a person's surname respelt
    ("al-Baghdadi al-Mahmoudi", "Baghdadi Mahmudi", True, True),
    ("Mohammed Hassan", "Mahmoud Hassan", True, False),  # given names share a skeleton
    ("Hama", "Homs", False, False),
    ("Aden", "Idna", False, False),                  # too short to compare loosely
    ("Northern Iraq", "Iraq", False, False),
    ("Sudan", "South Sudan", False, False),
])
def test_english_transliterations_agree(a: str, b: str, person: bool, agree: bool) -> None:
    assert english_names_agree(a, b, person) is agree
    assert english_names_agree(b, a, person) is agree


def test_link_answers_to_another_transliteration() -> None:
    kb = get_kb()
    assert _link_ok(kb.get("gn-iq-baladruz").link(), "Balad Ruz")
    assert not _link_ok(kb.get("gn-iq-baladruz").link(), "Baquba")


# (text, tagger spans, mention, expected link id)
CASES = [
    # a leader's bare surname after a noun for his forces, in a report about his country
    ("قتل مدنيون خلال عمليات العنف التي قامت بها ميليشيات الحوثي وصالح في محافظة عدن.",
     [("ميليشيات الحوثي", "ORG"), ("عدن", "LOC")], "صالح", "person-ali-abdullah-saleh"),
    ("تصاعدت الخلافات في ذمار بين أبنائها وفلول صالح في اليمن.",
     [("ذمار", "LOC"), ("اليمن", "LOC")], "صالح", "person-ali-abdullah-saleh"),
    # no such noun, or another country's report: the given name صالح stays no one's
    ("قال صالح إن الوضع في صنعاء مستقر.", [("صنعاء", "LOC")], "صالح", None),
    ("تقدمت قوات صالح نحو القاهرة في مصر.", [("القاهرة", "LOC"), ("مصر", "LOC")], "صالح", None),
    # a compound given name alone, in a report about its one bearer's country
    ("أصدرت محكمة في طرابلس حكما بإعدام سيف الإسلام نجل العقيد الراحل في ليبيا.",
     [("طرابلس", "LOC"), ("سيف الإسلام", "PER"), ("ليبيا", "LOC")], "سيف الإسلام",
     "person-saif-al-islam-gaddafi"),
    # after a title it is that titled man's name (a Taliban commander), not the KB person's
    ("وقال المتحدث إنه تم اعتقال قاري ذبيح الله قائد طالبان في ولاية بدخشان بأفغانستان.",
     [("ذبيح الله", "PER"), ("بدخشان", "LOC"), ("أفغانستان", "LOC")], "ذبيح الله", None),
    # another country's report: no bearer there
    ("أصدرت محكمة في القاهرة حكما على سيف الإسلام في مصر.",
     [("القاهرة", "LOC"), ("سيف الإسلام", "PER"), ("مصر", "LOC")], "سيف الإسلام", None),
    # a dateline's bracketed source: the outlet, an everyday-word acronym or a nisba
    ("الرياض (واس) - استقبل ولي العهد وزير الخارجية.", [("الرياض", "LOC"), ("واس", "ORG")],
     "واس", "org-spa"),
    ("مسقط (العمانية) - التقى وزير الخارجية العماني نظيره الإيراني.", [], "العمانية",
     "org-ona"),
    # a bracketed word that is no dateline's source stays out
    ("قال المسؤول إن الوكالة (العمانية) نشرت الخبر أمس في مسقط.", [], "العمانية", None),
    # KB classes: journalists' bodies and their heads, Lebanon's alliances said with مارس
    ("دان الاتحاد الدولي للصحفيين ونقابة الصحفيين العراقيين مقتل الصحفي في الموصل.", [],
     "نقابة الصحفيين العراقيين", "org-iraqi-journalists-syndicate"),
    ("انتقدت قوى 8 مارس في لبنان موقف الحكومة.", [], "قوى 8 مارس", "org-march-8"),
    ("وقال نقيب الصحفيين العراقيين مؤيد اللامي إن التحقيق مستمر.", [], "مؤيد اللامي",
     "person-muayad-al-lami"),
]


@pytest.mark.parametrize(("text", "spans", "mention", "link"), CASES)
def test_mentions_link_with_evidence(text: str, spans: list[tuple[str, str]], mention: str,
                                     link: str | None) -> None:
    doc = stage(_doc(text, spans))
    assert _links(doc).get(mention) == link
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
    assert doc.entities == sorted(doc.entities, key=lambda e: (e.start, -e.end))


@pytest.mark.parametrize(("text", "name_en"), [
    # a mission named with its place is that mission
    ("استدعت الخارجية المصرية السفير بعد بيان السفارة السودانية في القاهرة حول الصيادين.",
     "Sudanese Embassy in Cairo"),
    ("وجهت إسرائيل اتهامات لموظف في السفارة السويدية لدى إسرائيل بالتجسس.",
     "Swedish Embassy in Israel"),
    # في opening something else than a place: the country's embassy
    ("قالت السفارة الأمريكية في بيان إن الوضع خطير في بغداد.", "American Embassy"),
])
def test_a_mission_names_its_place(text: str, name_en: str) -> None:
    doc = stage(_doc(text))
    embassy = next(e for e in doc.entities if e.link and e.link.name_en.startswith(
        name_en.split(" in ")[0]))
    assert embassy.link.name_en == name_en


@pytest.mark.parametrize(("text", "span", "name_en"), [
    # a tagger span running on to the place: the mission by its head
    ("استدعت الخارجية المصرية السفير بعد بيان السفارة السودانية في القاهرة حول الصيادين.",
     "السفارة السودانية في القاهرة", "Sudanese Embassy in Cairo"),
    # a ministry placed with في is no mission: not linked by its head here
    ("قالت وزارة الصحة في مدينة غزة إن عشرة قتلوا.", "وزارة الصحة في مدينة غزة", None),
])
def test_a_mission_span_with_its_place(text: str, span: str, name_en: str | None) -> None:
    doc = stage(_doc(text, [(span, "ORG")]))
    found = next(e for e in doc.entities if doc.span_text(e) == span)
    assert (found.link.name_en if found.link else None) == name_en


def test_a_date_is_not_the_march_8_alliance() -> None:
    doc = stage(_doc("وقع الانفجار في 8 آذار الماضي في بيروت.", [("بيروت", "LOC")]))
    assert "org-march-8" not in _links(doc).values()


def test_a_spokesman_title_is_no_mention_by_itself() -> None:
    kb = get_kb()
    entry = kb.by_key(name_key("المتحدث العسكري المصري"))[0]
    assert entry.id == "org-egyptian-military-spokesman" and entry.mention is False


@pytest.mark.parametrize(("text", "date", "holder"), [
    # a governor's office: its holder on the report's date
    ("أعلن محافظ عدن أن الأمن مستتب في المدينة.", "2016-05-01", "person-aidarus-al-zoubaidi"),
    ("أعلن محافظ عدن أن الأمن مستتب في المدينة.", "2020-09-01", "person-ahmed-lamlas"),
    ("أعلن محافظ عدن أن الأمن مستتب في المدينة.", "2019-05-01", None),  # no known holder
    ("قال محافظ نينوى إن المسلحين يحشدون قرب الموصل.", "2014-06-05",
     "person-atheel-al-nujaifi"),
    ("قال محافظ محافظة مأرب إن القوات تتقدم.", "2016-03-01", "person-sultan-al-arada"),
    ("قال محافظ الأنبار إن القوات تتقدم في الرمادي.", "2015-12-20", "person-sohaib-al-rawi"),
])
def test_a_governor_is_the_holder_on_the_date(text: str, date: str, holder: str | None) -> None:
    doc = segment.stage(Document(text=text, meta=Meta(published=date)))
    stage(doc)
    start = text.index("محافظ")
    end = text.index(" إن" if " إن" in text else " أن", start)
    link = resolve_nominal(doc, start, end)
    assert (link.id if link else None) == holder


@pytest.mark.parametrize(("text", "spans", "short", "same"), [
    # a short form beside its longer form with a describing adjective: one body
    ("قالت المعارضة السورية إنها سيطرت على البلدة، وأضافت المعارضة السورية المسلحة أن القتال "
     "مستمر في حلب.", [("المعارضة السورية", "ORG"), ("المعارضة السورية المسلحة", "ORG")],
     "المعارضة السورية", True),
    # a nationality as the last word names a country's body, not a longer name of the short one
    ("قالت وزارة الدفاع إن الطائرات قصفت مواقع، فيما نفت وزارة الدفاع الأمريكية ذلك في "
     "بغداد.", [("وزارة الدفاع", "ORG"), ("وزارة الدفاع الأمريكية", "ORG")], "وزارة الدفاع",
     False),
])
def test_a_short_form_shares_its_longer_form(text: str, spans: list[tuple[str, str]],
                                             short: str, same: bool) -> None:
    doc = stage(_doc(text, spans))
    ids = {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}
    assert (ids[short] == ids[spans[1][0]]) is same
