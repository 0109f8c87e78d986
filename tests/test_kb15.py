"""kb15 (issue 14): forces named by their allegiance in the knowledge base — Hadi loyalist
forces, Saleh loyalist forces, Assad's, Haftar's and the GNA's forces — each allegiance wording
(القوات الموالية للرئيس عبد ربه منصور هادي، قوات موالية للرئيس اليمني السابق صالح، الجيش الموالي
للشرعية، قوات الرئيس المخلوع) resolving to one canonical actor; the PMF's militia forms and the
Popular Resistance's forces. Sentences from the unannotated region news and the demo corpus."""

from __future__ import annotations

import pytest

from link_helpers import tagged_doc
from rasd.document import Document
from rasd.entities.kb import get_kb, name_key
from rasd.entities.link import link_entities, stage

# (a wording the news and the dev gold use, the entry it names)
VARIANTS = [
    ("القوات الموالية للرئيس عبد ربه منصور هادي", "org-yemeni-govforces"),
    ("القوات الموالية للرئيس اليمني عبدربه منصور هادي", "org-yemeni-govforces"),
    ("القوات الموالية لشرعية الرئيس عبد ربه منصور هادي", "org-yemeni-govforces"),
    ("القوات الموالية للرئيس الشرعي عبد ربه منصور هادي", "org-yemeni-govforces"),
    ("الجيش الموالي لشرعية الرئيس هادي", "org-yemeni-govforces"),
    ("القوات الموالية لهادي", "org-yemeni-govforces"),
    ("الجيش الموالي للشرعية", "org-yemeni-govforces"),
    ("القوات الموالية للشرعية", "org-yemeni-govforces"),
    ("قوات الشرعية", "org-yemeni-govforces"),
    ("قوات هادي", "org-yemeni-govforces"),
    ("قوات الرئيس اليمني", "org-yemeni-govforces"),
    ("القوات الموالية للرئيس السابق علي عبدالله صالح", "org-saleh-forces"),
    ("القوات الموالية للمخلوع علي عبد الله صالح", "org-saleh-forces"),
    ("قوات موالية للرئيس اليمني السابق علي صالح", "org-saleh-forces"),
    ("القوات الموالية للرئيس اليمني السابق", "org-saleh-forces"),
    ("قوات الرئيس المخلوع علي صالح", "org-saleh-forces"),
    ("ميليشيات علي عبدالله صالح", "org-saleh-forces"),
    ("القوات الموالية للرئيس السوري بشار الأسد", "org-syrian-govforces"),
    ("القوات الموالية للأسد", "org-syrian-govforces"),
    ("القوات الموالية للواء المتقاعد خليفة حفتر", "org-lna"),
    ("القوات الموالية لحكومة الوفاق", "org-gna-forces"),
    ("قوات حكومة الوفاق الوطني", "org-gna-forces"),
    ("مليشيات الحشد الشعبي", "org-pmf"),
    ("ميليشيا الحشد الشعبي", "org-pmf"),
    ("قوات المقاومة الشعبية", "org-popular-resistance-ye"),
]


@pytest.mark.parametrize(("name", "entry"), VARIANTS)
def test_each_wording_names_one_actor(name: str, entry: str) -> None:
    assert [e.id for e in get_kb().lookup(name)] == [entry]


def test_the_new_actors_answer_to_the_gold_english_names() -> None:
    kb = get_kb()
    assert "Hadi loyalist forces" in kb.get("org-yemeni-govforces").english_names()
    assert "pro-Hadi forces" in kb.get("org-yemeni-govforces").english_names()
    assert kb.get("org-yemeni-govforces").country == "YE"
    assert kb.get("org-gna-forces").affiliation == "org-gna"


def _links(text: str, spans: tuple[tuple[str, str], ...] = (),
           published: str = "2015-08-01") -> dict[str, str | None]:
    doc: Document = stage(tagged_doc(text, published, spans))
    return {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}


# (sentence, a span covering the whole body, the entry it links)
SPANNED = [
    # snn_region_0458
    ("سخر سياسيون ونشطاء يمنيون معارضون لزعيم الحوثيين من خطابه مساء الأحد، الذي ظهر فيه لأول "
     "مرة منذ الانتكاسة التي منيت بها جماعته في عدن على يد القوات الموالية للرئيس عبد ربه منصور "
     "هادي المدعوم من التحالف العربي الذي تقوده السعودية.",
     "القوات الموالية للرئيس عبد ربه منصور هادي", "org-yemeni-govforces"),
    # snn_region_0022
    ("وأكد هذا الناطق باسم القوات الموالية لهادي أن المتمردين ما زالوا ينتشرون على أسطح مبان في "
     "الحي لكن «بأعداد صغيرة».", "القوات الموالية لهادي", "org-yemeni-govforces"),
    # snn_region_0003
    ("أوضح وزير الداخلية اليمني عبده الحذيفي أن الحكومة تعمل على إعادة مطار عدن الدولي خلال "
     "الأسبوع القادم، بعد تحريره من مسلحي الحوثي والقوات الموالية للرئيس المخلوع علي عبدالله صالح.",
     "القوات الموالية للرئيس المخلوع علي عبدالله صالح", "org-saleh-forces"),
    # snn_syria_0281 (demo corpus)
    ("قال مسؤولون أمريكيون يوم الأحد إن الولايات المتحدة قررت السماح بشن غارات جوية للدفاع عن "
     "مقاتلي المعارضة السورية الذين دربهم الجيش الأمريكي في مواجهة أي مهاجمين حتى لو كانوا من "
     "القوات الموالية للرئيس السوري بشار الأسد.",
     "القوات الموالية للرئيس السوري بشار الأسد", "org-syrian-govforces"),
]


@pytest.mark.parametrize(("text", "span", "entry"), SPANNED)
def test_a_body_spanned_whole_links_its_actor(text: str, span: str, entry: str) -> None:
    """The linker reads the whole span (a span the KB ruler has not cut: ner30's pass)."""
    doc = tagged_doc(text, "2015-08-01", ((span, "ORG"),))
    got = {doc.span_text(e): e.link.id if e.link else None for e in link_entities(doc, get_kb())}
    assert got[span] == entry


# (sentence, a name the KB ruler finds with no tagger span, the entry it links)
FOUND = [
    # snn_region_0088
    ("واستقبل العسكريون العاملون في الجيش الموالي للشرعية، في صنعاء، العيد هذه المرة بشكل مختلف "
     "تمامًا.", "الجيش الموالي للشرعية", "org-yemeni-govforces"),
    # snn_region_0251
    ("عقب هجوم شنته قوات الشرعية الحديثة التجهيز بالأسلحة والآليات من قبل التحالف، ودعم جوي.",
     "قوات الشرعية", "org-yemeni-govforces"),
    # snn_region_0112
    ("ما جعلهم هدفا لقوات المقاومة الشعبية التي فتحت عليهم نيران مدافعها وأردت كثيرين منهم قتلى.",
     "قوات المقاومة الشعبية", "org-popular-resistance-ye"),
]


@pytest.mark.parametrize(("text", "span", "entry"), FOUND)
def test_a_body_without_a_person_inside_is_found_and_linked(text: str, span: str,
                                                            entry: str) -> None:
    assert _links(text).get(span) == entry


def test_a_wording_with_a_person_inside_is_no_ruler_mention() -> None:
    """The person's name stays an entity of its own: the KB ruler adds no mention over it."""
    text = ("وأكد هذا الناطق باسم القوات الموالية لهادي أن المتمردين ما زالوا ينتشرون على أسطح "
            "مبان في الحي.")
    kb = get_kb()
    for name in ("القوات الموالية لهادي", "قوات هادي", "القوات الموالية للرئيس السابق علي صالح"):
        entry = kb.lookup(name)[0]
        assert not kb.names_mention(name_key(name), entry)
    assert "القوات الموالية لهادي" not in _links(text)


def test_a_pronoun_owner_names_no_actor() -> None:
    assert get_kb().lookup("القوات الموالية لها") == []
    assert get_kb().lookup("القوات الموالية له") == []
