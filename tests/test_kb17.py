"""kb17 (issue 14): the Yemeni government's Higher Relief Committee and Egypt's Conference Party
as bare phrases by the report's country; Yemenia's «الخطوط اليمنية»; the Saudi Fund for
Development; officials of the wars' news; «كفر X» written joined for every place; the security
forces with a masculine adjective (قوات الأمن التونسي); «X, Y» also «X (Y)» in English.
Sentences from the region news (`scripts/free_news.py` output) and the dev sets named."""

from __future__ import annotations

import pytest

from link_helpers import links_of
from rasd.entities.kb import get_kb, name_key
from rasd.evaluate import _link_ok

# (sentence, the mention, the entry it must link; None: stays unlinked)
LINKS = [
    # region news (snn_region_0204): the committee of the Yemeni government
    ("وتعد الطائرة السعودية التي وصلت اليوم جزءا من المساعدات الطبية التي تنفذ بالتنسيق مع اللجنة "
     "العليا للإغاثة التابعة للحكومة اليمنية وكذلك عبر منظمات الأمم المتحدة في عدن.",
     "اللجنة العليا للإغاثة", "org-yemen-higher-relief-committee"),
    # a report with no Yemen in it: no country's committee
    ("وقال المتحدث إن اللجنة العليا للإغاثة ستوزع المساعدات على الأسر المتضررة.",
     "اللجنة العليا للإغاثة", None),
    # region news (snn_region_0204): Yemenia without «الجوية»
    ("إن المركز وبالتنسيق مع السفارة اليمنية لدى جيبوتي والخطوط اليمنية، سوف يقوم بنقل الراغبين "
     "من الأشقاء اليمنيين الموجودين في جيبوتي إلى عدن.", "الخطوط اليمنية", "org-yemenia"),
    # fresh15 (saudi-fund-60-million-palestinian-*)
    ("حوّل الصندوق السعودي للتنمية مبلغ 60 مليون دولار إلى حساب وزارة المالية الفلسطينية.",
     "الصندوق السعودي للتنمية", "org-saudi-fund-for-development"),
    # region news (snn_region_0363): WFP's regional director
    ("وقال مهند هادي، المدير الإقليمي لبرنامج الأغذية العالمي لمنطقة الشرق الأوسط، إن السفينة "
     "رست في ميناء عدن.", "مهند هادي", "person-muhannad-hadi"),
    # fresh25 (hezbollah-five-dead-zabadani-*): the son is not the father
    ("وتحرك الأهالي أمس باتجاه المختارة، حيث التقوا تيمور وليد جنبلاط بحضور وزير الصحة العامة "
     "وائل أبو فاعور.", "تيمور وليد جنبلاط", "person-taymour-jumblatt"),
    ("وتحرك الأهالي أمس باتجاه المختارة، حيث التقوا تيمور وليد جنبلاط بحضور وزير الصحة العامة "
     "وائل أبو فاعور.", "وائل أبو فاعور", "person-wael-abu-faour"),
    # fresh11 (israeli-recon-planes-violate-*): Kfar Kila written joined
    ("ولفت البيان إلى أن هذا التحليق المعادي تزامن مع تحليق طائرة اخرى من دون طيار فوق أجواء "
     "بلدة كفركلا الجنوبية.", "كفركلا", "gn-lb-kfar-kila"),
    # fresh8 (lebanon-israeli-recon-planes-*): Rmeish, not Israel's Arab al-Aramshe
    ("وأضاف البيان أن الطائرتين المعاديتين انتهكتا الأجواء اللبنانية من فوق بلدة رميش ونفذتا "
     "طيرانا دائريا فوق مناطق الجنوب.", "رميش", "lb-town-rmeish"),
    # demo (snn_syria_0048): the Saudi campaign's regional director
    ("وأكد المدير الاقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر بن "
     "عبدالرحمن السمحان أن العيادات التخصصية السعودية في مخيم الزعتري استقبلت مئات المراجعين.",
     "بدر بن عبدالرحمن السمحان", "person-badr-al-samhan"),
    # region news: al-Aqsa's gates of the incursions
    ("وقال شهود عيان إن قوات الاحتلال اقتحمت المسجد الأقصى عبر باب المغاربة وباب السلسلة وباب "
     "حطة، وهاجمت المصلين.", "باب المغاربة", "ps-jerusalem-mughrabi-gate"),
    ("وقال شهود عيان إن قوات الاحتلال اقتحمت المسجد الأقصى عبر باب المغاربة وباب السلسلة وباب "
     "حطة، وهاجمت المصلين.", "باب السلسلة", "ps-jerusalem-chain-gate"),
    # fresh13 (libya-interior-minister-dabbashi-*): the adjective agreeing with الأمن
    ("وقال إنه نجا من محاولة قتله في تونس بفضل تدخل قوات الأمن التونسي.",
     "قوات الأمن التونسي", "org-tunisian-security"),
]


@pytest.mark.parametrize(("text", "span", "entry"), LINKS)
def test_links(text: str, span: str, entry: str | None) -> None:
    got = links_of(text)
    assert got.get(span, "absent") == entry, got


@pytest.mark.parametrize(("text", "entry"), [
    ("وقال رئيس حزب المؤتمر في القاهرة إن الحزب سيشارك في الانتخابات البرلمانية المصرية.",
     "org-egypt-conference-party"),
    ("وقال مسؤول في حزب المؤتمر في صنعاء إن الحوثيين اعتقلوا عددا من أعضائه في اليمن.", "org-gpc"),
])
def test_the_conference_party_is_the_reports_countrys(text: str, entry: str) -> None:
    assert links_of(text).get("حزب المؤتمر") == entry


def test_bare_phrases_are_by_country_not_names() -> None:
    kb = get_kb()
    for phrase in ("اللجنة العليا للإغاثة", "حزب المؤتمر"):
        assert name_key(phrase) not in kb.names
    assert kb.bare[name_key("اللجنة العليا للإغاثة")].ids == {
        "YE": "org-yemen-higher-relief-committee"}


def test_kafr_joined_for_every_place() -> None:
    kb = get_kb()
    assert [e.id for e in kb.lookup("كفركلا")] == ["gn-lb-kfar-kila"]
    # a joined form another entry bears stays its alone: the town, not its subdistrict (demo)
    assert [e.id for e in kb.lookup("كفرنبل")] == ["city-sy-kafr-nubl"]


@pytest.mark.parametrize(("entry", "name_en"), [
    ("lb-city-tripoli", "Tripoli (Lebanon)"),  # fresh25's convention for «Tripoli, Lebanon»
    ("person-king-salman", "King Salman bin Abdulaziz Al Saud"),  # fresh8
    ("strait-bab-el-mandeb", "Bab al-Mandab strait"),  # fresh21
    ("gn-lb-aalma-ech-chaab", "Alma al-Shaab"),  # fresh8
    ("org-yemen-higher-relief-committee", "Higher Relief Committee"),
])
def test_english_forms(entry: str, name_en: str) -> None:
    e = get_kb().get(entry)
    assert e is not None and _link_ok(e.link(), name_en), e.english_names()

