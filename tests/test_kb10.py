"""kb10 (issue 14): a description that names a body the report has already named links to it.

News names a body once and then describes it: «الأمم المتحدة … وقالت المنظمة الدولية»,
«الأونروا … الوكالة الأممية», «اللجنة الدولية للصليب الأحمر … اللجنة الدولية». The pass
(`rasd.entities.descriptions.link_descriptions`, words in `data/kb/curated/descriptions.tsv`)
links such a description to the one body of its kind named before it; with two candidates, none
before it, or the description opening another body's name, it stays unlinked.

Sentences from the region news (`scripts/free_news.py` output), the demo corpus and the dev sets."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.entities.descriptions import Description, description_of, descriptions
from rasd.entities.kb import get_kb, name_key
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

_PIPE = Pipeline()


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _link_of(text: str, mention: str) -> str | None:
    """The link of the last mention whose words are `mention`."""
    doc = _doc(text)
    found = [e for e in doc.entities if doc.span_text(e) == mention]
    assert found, [doc.span_text(e) for e in doc.entities]
    last = found[-1]
    return last.link.id if last.link else None


# (text, the description, the body it must link to)
LINKED = [
    # fresh11 bashir-plans-un-summit-speech-new-york: the ICC, a court, named between
    ("يعتزم الرئيس السوداني عمر حسن البشير المطلوب للمحكمة الجنائية الدولية السفر إلى نيويورك "
     "للمشاركة في قمة الأمم المتحدة. وقالت المنظمة الدولية إن القمة ستعقد الشهر المقبل.",
     "المنظمة الدولية", "org-un"),
    # region news snn_region_0087: «التي» after it starts no longer name
    ("سلمت الأمم المتحدة أمس بحرًا شحنة من المساعدات الإنسانية إلى عدن، هي الأولى للمنظمة "
     "الدولية التي تصل إلى هذه المدينة في جنوب اليمن منذ أشهر.", "للمنظمة الدولية", "org-un"),
    # fresh11 bashir-plans-un-summit-speech-new-york: the UN, then «المنظمة الدولية»
    ("دعت الأمم المتحدة إلى وقف القتال في اليمن. وقالت المنظمة الدولية إن المدنيين يدفعون "
     "الثمن.", "المنظمة الدولية", "org-un"),
    # fresh17 eu-asks-israel-review-settlement-units-mogherini-unrwa-two-million-euros
    ("قدم الاتحاد الأوروبي مليوني يورو للأونروا. وقال المفوض إن الدعم للوكالة الأممية "
     "سيستمر.", "للوكالة الأممية", "org-unrwa"),
    # fresh15 rivlin-federation-…-hunger-strike: the ICRC, then «اللجنة الدولية»
    ("أعلنت اللجنة الدولية للصليب الأحمر عن زيارة للأسرى. وقالت اللجنة الدولية إنها ستواصل "
     "عملها.", "اللجنة الدولية", "org-icrc"),
]

# (text, the description): left unlinked
UNLINKED = [
    # demo snn_syria_0359: only the Security Council named before, a مجلس, no «منظمة»
    ("هذا في الوقت الذي يترافق فيه هذا الحراك مع تصويت مجلس الأمن اليوم الجمعة، على اقتراح "
     "أميركي يطلب من الأمين العام للمنظمة الدولية بان كي مون ومنظمة حظر الأسلحة الكيماوية "
     "تشكيل فريق من المحققين.", "للمنظمة الدولية"),
    # region news snn_region_0058: the UN and the WFP named before; Reem Nada speaks for the WFP
    ("وأشارت تقارير إلى أن سفينة الأمم المتحدة استأجرها برنامج الأغذية العالمي الذي حاول في "
     "الأسابيع الأخيرة تسليم مساعدة إنسانية لكنه لم ينجح بسبب المعارك. وقالت متحدثة باسم هذه "
     "المنظمة الدولية ريم ندا إنها أول سفينة يستأجرها برنامج الأغذية العالمي تبلغ مرفأ عدن.",
     "المنظمة الدولية"),
    # two bodies of the kind named before it: the UN and the WHO are both «منظمة»
    ("دعت الأمم المتحدة ومنظمة الصحة العالمية إلى هدنة. وقالت المنظمة الدولية إن الوضع خطير.",
     "المنظمة الدولية"),
    # demo snn_syria_0109: the tagger cut «الجبهة الجنوبية» to its head; Nusra named before
    ("اندلعت اشتباكات في مدينة درعا في جنوب سوريا بين قوات النظام ومقاتلي المعارضة إثر هجوم "
     "شنه مقاتلو المعارضة وجبهة النصرة الاسلامية على احياء تابعة لقوات النظام، بحسب ما افاد "
     "المرصد السوري لحقوق الانسان. وأعلنت فصائل الجبهة الجنوبية المؤلفة من مجموعات مقاتلة "
     "عدة على حسابها على موقع «تويتر» استئناف «معركة عاصفة الجنوب».", "الجبهة"),
]


@pytest.mark.parametrize(("text", "mention", "entry"), LINKED)
def test_description_links_to_the_body_named_before(text: str, mention: str, entry: str) -> None:
    assert _link_of(text, mention) == entry


@pytest.mark.parametrize(("text", "mention"), UNLINKED)
def test_description_left_unlinked(text: str, mention: str) -> None:
    assert _link_of(text, mention) is None


def test_description_opening_another_name_is_that_name() -> None:
    # «المنظمة الدولية للهجرة» is the IOM, not a description of the UN named before
    doc = _doc("دعت الأمم المتحدة إلى هدنة. وقالت المنظمة الدولية للهجرة إن آلاف النازحين وصلوا.")
    links = {doc.span_text(e): e.link.id if e.link else None for e in doc.entities}
    assert links.get("المنظمة الدولية للهجرة") == "org-iom"


# (description key, a KB entry, fits?)
FITS = [
    ("المنظمة الدولية", "org-un", True),        # منظمة الأمم المتحدة, no country
    ("المنظمة الدولية", "org-amnesty", True),   # منظمة العفو الدولية (an ngo)
    ("المنظمة الدولية", "org-wfp", False),      # a برنامج (its rival all the same, below)
    ("المنظمة الدولية", "org-hamas", False),    # no international body
    ("اللجنة الدولية", "org-msf", False),       # a منظمة, not an اللجنة
    ("الوكالة الأممية", "org-unrwa", True),     # وكالة الأونروا, part of the UN
    ("الوكالة الأممية", "org-un", False),       # the UN itself is no agency of the UN
    ("المنظمة الأممية", "org-who", True),       # منظمة الصحة العالمية, affiliated to the UN
    ("المنظمة الأممية", "org-amnesty", False),  # no UN body
    ("اللجنة الدولية", "org-icrc", True),
    ("الحركة", "org-hamas", True),              # حركة حماس
    ("الحركة", "org-isis", False),              # تنظيم الدولة: a تنظيم, not a حركة
    ("التنظيم", "org-isis", True),
    ("الجماعة", "org-houthis", True),           # جماعة الحوثي
    ("الحزب", "org-hezbollah", True),           # حزب الله
    ("القناة", "org-al-jazeera", True),         # قناة الجزيرة
]


@pytest.mark.parametrize(("description", "entry", "fits"), FITS)
def test_description_fits_kind_head_and_scope(description: str, entry: str, fits: bool) -> None:
    d = description_of(name_key(description))
    assert isinstance(d, Description)
    assert d.fits(get_kb().entries[entry]) is fits


# (description, a KB entry): named before, the entry makes the description ambiguous
RIVALS = [
    ("المنظمة الدولية", "org-wfp"),   # «المنظمة» is said of any international body
    ("المنظمة الدولية", "org-unhcr"),  # an «مفوضية»
]


@pytest.mark.parametrize(("description", "entry"), RIVALS)
def test_any_international_body_is_a_rival_of_the_organisation(description: str,
                                                                entry: str) -> None:
    d = descriptions()[name_key(description)]
    x = get_kb().entries[entry]
    assert d.rival(x) and not d.fits(x)


def test_a_court_or_council_is_no_rival_of_the_organisation() -> None:
    d = descriptions()[name_key("المنظمة الدولية")]
    assert not d.rival(get_kb().entries["org-icc"])
    assert not d.rival(get_kb().entries["org-unsc"])


def test_clitics_are_cut_and_table_loads() -> None:
    table = descriptions()
    assert description_of(name_key("والمنظمة الدولية")) is table[name_key("المنظمة الدولية")]
    assert description_of(name_key("القوات الحكومية")) is None  # another body, never listed
