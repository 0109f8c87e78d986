"""English forms a link answers to, names placed with في/بـ, regional institutions, a known
person's name followed by a description, and the widened KB (links10, issue 14)."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity, Meta
from rasd.entities.kb import english_forms, get_kb, preposition_forms
from rasd.entities.link import stage
from rasd.text import stage as segment


def _doc(text: str, date: str, spans: list[tuple[str, str]]) -> Document:
    doc = segment.stage(Document(text=text, meta=Meta(published=date)))
    for i, (surface, etype) in enumerate(spans, 1):
        start = text.index(surface)
        doc.entities.append(Entity(start, start + len(surface), f"e{i}", etype))
    return doc


def _ids(doc: Document) -> dict[str, str | None]:
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}


@pytest.mark.parametrize(("name", "kind", "names_ar", "form", "present"), [
    # the article dropped or written al- for a sun letter's form, two words respelled
    ("Ash-Shaykh Zuwayd", "town", (), "Sheikh Zuweid", True),
    ("Ash-Shaykh Zuwayd", "town", (), "al-Shaykh Zuwayd", True),
    ("al-Faw", "town", (), "Faw", True),
    # equivalent phrases, whole words only (UNSMIL stays UNSMIL)
    ("United Nations Support Mission in Libya", "international-organisation", (),
     "UN Support Mission in Libya", True),
    ("UNSMIL", "international-organisation", (), "United NationsSMIL", False),
    ("Ministry of Interior", "ministry", (), "Interior Ministry", True),
    # a qualifier in brackets as «in», or left out; «in» as brackets for an actor
    ("Interior Ministry (Gaza)", "ministry", (), "Interior Ministry in Gaza", True),
    ("Joint Operations Command (Iraq)", "military", (), "Joint Operations Command", True),
    ("Ministry of Health in Gaza", "ministry", (), "Ministry of Health (Gaza)", True),
    ("Rafah crossing", "crossing", (), "Rafah crossing (Gaza)", False),
    # a person's Arabic title, only when one of the person's Arabic names carries it
    ("Akhtar Mansour", "person", ("الملا أختر منصور",), "Mullah Akhtar Mansour", True),
    ("Sergey Lavrov", "person", ("سيرجي لافروف",), "Mullah Sergey Lavrov", False),
    ("Mullah Omar", "person", ("الملا عمر",), "Mullah Mullah Omar", False),
    ("Mohammed Omar", "person", ("الملا محمد عمر",), "Mullah Mohammad Omar", True),
    # an armed actor's «forces», not a ministry's
    ("Arab coalition", "military", (), "Arab coalition forces", True),
    ("Health Ministry", "ministry", (), "Health Ministry forces", False),
])
def test_english_forms(name, kind, names_ar, form, present) -> None:
    assert (form in english_forms(name, kind, names_ar)) is present


@pytest.mark.parametrize(("name", "forms"), [
    ("بعثة الأمم المتحدة في أفغانستان",
     ["بعثة الأمم المتحدة بأفغانستان", "بعثة الأمم المتحدة لدى أفغانستان"]),
    ("وزارة الداخلية في غزة", ["وزارة الداخلية بغزة", "وزارة الداخلية لدى غزة"]),
    ("في غزة", []),
    ("حزب الله", []),
])
def test_preposition_forms(name, forms) -> None:
    assert preposition_forms(name) == forms


@pytest.mark.parametrize(("text", "date", "spans", "name", "expected"), [
    # a bare ministry in a report from Gaza is Gaza's; from the West Bank, Ramallah's
    ("وقالت وزارة الصحة إن أربعة أطفال قتلوا بانفجار صاروخ في رفح جنوب قطاع غزة.",
     "2015-08-01", [("وزارة الصحة", "ORG"), ("رفح", "LOC"), ("قطاع غزة", "LOC")],
     "وزارة الصحة", "org-gaza-moh"),
    ("وقالت وزارة الصحة إن شابا قتل برصاص الجيش الإسرائيلي قرب نابلس ورام الله.",
     "2015-08-01", [("وزارة الصحة", "ORG"), ("نابلس", "LOC"), ("رام الله", "LOC")],
     "وزارة الصحة", "org-palestinian-moh"),
    ("وهرعت طواقم الدفاع المدني إلى مكان الانفجار في خان يونس.", "2015-08-01",
     [("الدفاع المدني", "ORG"), ("خان يونس", "LOC")], "الدفاع المدني",
     "org-gaza-civil-defence"),
    # a known full name, then a title with a country or a common word: the person
    ("وشكر البيان السلطان قابوس بن سعيد سلطان عمان على وساطته.", "2015-08-01",
     [("قابوس بن سعيد سلطان عمان", "PER")], "قابوس بن سعيد سلطان عمان",
     "person-qaboos-bin-said"),
    # ... but not a name that goes on with a father's name
    ("وقال محمد بن سلمان بن عبدالعزيز إن المملكة ماضية.", "2017-08-01",
     [("محمد بن سلمان بن عبدالعزيز", "PER")], "محمد بن سلمان بن عبدالعزيز",
     "person-mohammed-bin-salman"),
    # a UN mission placed with بـ
    ("وقالت بعثة الأمم المتحدة بأفغانستان إن المدنيين قتلوا في ننكرهار.", "2016-08-01",
     [("بعثة الأمم المتحدة بأفغانستان", "ORG")], "بعثة الأمم المتحدة بأفغانستان",
     "org-unama"),
    # a side of a war's country, tagged as one place
    ("وقصفت الطائرات التركية مواقع في شمال العراق.", "2015-08-01",
     [("شمال العراق", "LOC")], "شمال العراق", "country-IQ-north"),
    ("وقتل عشرة في تفجير في شمال شرقي نيجيريا.", "2015-08-01",
     [("شمال شرقي نيجيريا", "LOC")], "شمال شرقي نيجيريا", "country-NG-northeast"),
    # East Jerusalem is not Jerusalem
    ("واعتقلت الشرطة ثلاثة شبان في القدس الشرقية.", "2015-08-01",
     [("القدس الشرقية", "LOC")], "القدس الشرقية", "ps-region-east-jerusalem"),
    # border crossings and armed groups of the widened KB
    ("وأغلقت السلطات معبر رأس جدير الحدودي مع تونس.", "2015-08-01", [], "معبر رأس جدير",
     "ly-crossing-ras-ajdir"),
    ("وأعلنت جماعة لشكر جنقوي مسؤوليتها عن التفجير في كويتا.", "2015-08-01",
     [("جماعة لشكر جنقوي", "ORG")], "جماعة لشكر جنقوي", "org-lashkar-e-jhangvi"),
    ("وقال بيان لقوى 14 آذار إن الحكومة مسؤولة.", "2015-08-01", [("قوى 14 آذار", "ORG")],
     "قوى 14 آذار", "org-march-14"),
])
def test_links_of_the_widened_kb(text, date, spans, name, expected) -> None:
    got = _ids(stage(_doc(text, date, spans)))
    assert got.get(name) == expected, got


def test_every_new_curated_name_points_at_one_entry() -> None:
    kb = get_kb()
    for name, eid in [("لشكر طيبة", "org-lashkar-e-taiba"), ("معبر كرم أبو سالم",
                      "ps-crossing-kerem-shalom"), ("غومبي", "ng-state-gombe")]:
        assert [e.id for e in kb.lookup(name)] == [eid]


@pytest.mark.parametrize(("text", "spans", "name", "expected"), [
    # refugee camps: the camp, not the town it is named after
    ("وقتل شاب برصاص الاحتلال في مخيم النصيرات وسط قطاع غزة.", [("مخيم النصيرات", "LOC")],
     "مخيم النصيرات", "ps-camp-nuseirat"),
    ("واندلعت اشتباكات في مخيم برج البراجنة جنوب بيروت.", [], "مخيم برج البراجنة",
     "lb-camp-burj-al-barajneh"),
    ("وعاد النازحون إلى مخيم الهول في الحسكة.", [], "مخيم الهول", "sy-camp-al-hol"),
])
def test_refugee_camps(text, spans, name, expected) -> None:
    got = _ids(stage(_doc(text, "2016-08-01", spans)))
    assert got.get(name) == expected, got


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a named agreement is a MISC name, and the town inside it is no place mention
    ("ودعا المجلس الأطراف الليبية إلى تنفيذ اتفاق الصخيرات الذي رعته الأمم المتحدة.",
     "اتفاق الصخيرات", ("agr-skhirat", "MISC")),
    ("وقالت الحكومة اليمنية إنها ملتزمة بتنفيذ اتفاق ستوكهولم بشأن الحديدة.",
     "اتفاق ستوكهولم", ("agr-stockholm", "MISC")),
    ("وأكد الوزير أن المبادرة الخليجية هي أساس الحل في اليمن.", "المبادرة الخليجية",
     ("agr-gcc-initiative", "MISC")),
])
def test_named_agreements(text, name, expected) -> None:
    doc = stage(_doc(text, "2016-08-01", []))
    got = {doc.span_text(e): (e.link.id if e.link else None, e.type) for e in doc.entities}
    assert got.get(name) == expected, got
    assert "الصخيرات" not in got


def test_a_word_tagged_person_that_the_document_links_as_a_place_is_that_place() -> None:
    text = ("وانفجرت قنبلة في سوق في داماتورو عاصمة ولاية يوبي في نيجيريا. "
            "وزار قائد الجيش داماتورو اليوم للاحتفال مع الجنود.")
    start = text.rindex("داماتورو")
    doc = _doc(text, "2015-07-18", [("داماتورو", "LOC"), ("يوبي", "LOC"), ("نيجيريا", "LOC")])
    doc.entities.append(Entity(start, start + len("داماتورو"), "e9", "PER"))
    got = [(e.start, e.type, e.link.id if e.link else None) for e in stage(doc).entities
           if doc.text[e.start:e.end] == "داماتورو"]
    assert [(t, i) for _, t, i in got] == [("LOC", "gn-ng-damaturu")] * 2, got
    # a given name tagged PER stays the person's, whatever place bears it
    text = "وقتل ثلاثة في مدينة صالح شمال البلاد. وقال صالح إن الوضع هادئ."
    start = text.rindex("صالح")
    doc = _doc(text, "2015-07-18", [("صالح", "LOC")])
    doc.entities.append(Entity(start, start + len("صالح"), "e9", "PER"))
    last = [e for e in stage(doc).entities if e.start == start]
    assert all(e.type == "PER" for e in last), last


@pytest.mark.parametrize(("text", "name", "expected"), [
    # outlets of the wars' countries, named with their kind (قناة، صحيفة، إذاعة)
    ("وقالت قناة الشرقية إن الانفجار وقع في بغداد.", "قناة الشرقية", "org-al-sharqiya"),
    ("ونقلت إذاعة شبيلي عن شهود أن الهجوم وقع في مقديشو.", "إذاعة شبيلي",
     "org-somalia-shabelle"),
    ("وذكر موقع بوابة الوسط أن الاشتباكات تجددت في بنغازي.", "بوابة الوسط", "org-al-wasat-ly"),
])
def test_outlets_of_the_wars(text, name, expected) -> None:
    got = _ids(stage(_doc(text, "2016-08-01", [])))
    hit = next((v for k, v in got.items() if name in k), None)
    assert hit == expected, got
