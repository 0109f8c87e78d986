"""kb18 (issue 14): a coalition named with its leader is the leader's country's coalition,
whatever the report's home; a lone «أوغلو» is the one person named in full with it; the
wars' actors and places the free news names (the international coalition written
«الائتلاف الدولي», Syria's Counter-Terrorism Court, the Syrian Media Organization, the Muslim
World League's human-development body, Amer al-Rafdan, Sarmada, Hasakah's al-Nashwa, the
al-Anad area, SANA's written-out name, Ahmed Jibril, Muwaffaq Nyrabia). Sentences from
the news records `scripts/free_news.py` keeps."""

from __future__ import annotations

import pytest

from link_helpers import doc_of, links_of
from rasd.entities.kb import get_kb, name_key


def mentions(text: str) -> list[tuple[str, str | None]]:
    doc = doc_of(text)
    return [(doc.span_text(e), e.link.id if e.link else None) for e in doc.entities]


# (sentence, the mention, the entry it must link; None: stays unlinked)
LINKS = [
    # snn_syria_0024: the coalition written with ائتلاف, and its aircraft
    ("وفي فضاء الحسكة، تتناوب طائرات الائتلاف الدولي والجيش السوري على التحليق فوق المدينة.",
     "طائرات الائتلاف الدولي", "org-us-led-coalition"),
    # snn_syria_0059
    ("اعلنت وزارة الدفاع الاميركية الثلاثاء ان غارة جوية لقوات الائتلاف الدولي فوق سورية ادت "
     "في مطلع يوليو الى مقتل زعيم جماعة خراسان محسن الفضلي بالقرب من سرمدا بشمال غرب سورية.",
     "سرمدا", "sy-town-sarmada"),
    # snn_syria_0072: Syria's court of the terrorism cases
    ("وجاء في حيثيات الحكم الصادر عن ما يعرف بمحكمة قضايا الإرهاب في دمشق، أن المشمولين "
     "بأحكام الإعدام ظهروا على شاشات التلفزة.", "محكمة قضايا الإرهاب",
     "org-syria-counterterrorism-court"),
    # snn_syria_0167: an opposition outlet of Syria
    ("في غضون ذلك، نقلت «الهيئة السورية للإعلام» عن الناشط الإعلامي فادي الزبداني قوله إن "
     "الأهالي صامدون.", "الهيئة السورية للإعلام", "org-syrian-media-organization"),
    # region news (KSrelief's convoys to Yemen): the Muslim World League's body
    ("دشن المستشار بالديوان الملكي القوافل الإغاثية بالتعاون مع الهيئة العالمية للتنمية "
     "البشرية التابعة لرابطة العالم الإسلامي.", "الهيئة العالمية للتنمية البشرية",
     "org-mwl-human-development"),
    # snn_syria_0054: ISIS's former governor of al-Khayr
    ("أبرزهم أبو أسامة العراقي والي ولاية البركة وعامر الرفدان الوالي السابق لولاية الخير.",
     "عامر الرفدان", "person-amer-al-rafdan"),
    # snn_syria_0014: Khoja as the news spells him
    ("قبل أيام قليلة، شكا خالد خوجا، رئيس الائتلاف السوري المعارض من الخطة الأميركية.",
     "خالد خوجا", "person-khaled-khoja"),
    # snn_syria_0357: SANA by its name written out
    ("ورافق المعلم في هذه الزيارة نائب وزير الخارجية السوري، فيصل مقداد. وقالت الوكالة "
     "السورية للأنباء إن الوزير التقى نظيره.", "الوكالة السورية للأنباء", "org-sana"),
    # snn_syria_0376: the PFLP-GC's leader among Zabadani's attackers
    ("مشيرا إلى أن الإيرانيين وحزب الله والنظام السوري وجماعة أحمد جبريل يستخدمون أسلحة "
     "محرمة دوليا في الزبداني.", "أحمد جبريل", "person-ahmed-jibril"),
    # snn_syria_0301: the coalition's election
    ("وحصل الخوجة على 59 صوتًا فيما حصل منافسه الوحيد موفق نيربية على 38 صوتًا.",
     "موفق نيربية", "person-muwaffaq-nyrabia"),
    # snn_syria_0067: a quarter of al-Hasakah
    ("وأكدت مصادر عسكرية كردية دخولها حي النشوة في مدينة الحسكة بغطاء جوي.",
     "حي النشوة", "sy-nbhd-al-nashwa"),
]


@pytest.mark.parametrize(("text", "span", "entry"), LINKS)
def test_links(text: str, span: str, entry: str | None) -> None:
    got = links_of(text)
    assert got.get(span, "absent") == entry, got


def test_the_euphoria_is_no_quarter() -> None:
    """«النشوة» alone is an everyday word (euphoria): only «حي النشوة» names the quarter."""
    kb = get_kb()
    assert name_key("النشوة") not in kb.names
    assert name_key("حي النشوة") in kb.names


def test_the_preposition_is_no_anad() -> None:
    # region news (Aden's liberation): «عند» the preposition beside «قاعدة العند»
    got = links_of("وأكد أن قوات الجيش الوطني والمقاومة الشعبية مسنودة بقوات التحالف العربي لن "
                   "تتوقف عند تحرير محافظة عدن وقاعدة العند الاستراتيجية وتطهير محافظتي لحج "
                   "وأبين.")
    assert "ye-town-al-anad" not in got.values(), got
    assert got.get("قاعدة العند") == "ye-base-al-anad-air-base", got


@pytest.mark.parametrize(("text", "span", "entry"), [
    # snn_region_0021, a report about Lebanon and Iran that names Syria: the leader decides
    ("قطعًا، سيكون للتحالف الذي تقوده السعودية لتحرير اليمن تأثير في سوريا وفي حلب.",
     "تحالف", "org-saudi-led-coalition"),
    # snn_region_0223, an Afghan report: led by the United States, not ISAF by the home
    ("وأضاف أن السوداني أشرف على هجمات ضد قوات التحالف الذي تقوده الولايات المتحدة في "
     "أفغانستان.", "التحالف", "org-us-led-coalition"),
    # region news: no leader, the home country's coalition stands (a Yemen report)
    ("وقبل بدء سريان الهدنة واصل طيران التحالف أمس شن غاراته الجوية على عدة مواقع بمحافظة "
     "صعدة المعقل الرئيسي لميليشيا الحوثي.", "طيران التحالف", "org-saudi-led-coalition"),
])
def test_a_coalition_named_with_its_leader(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span, "absent") == entry, got


def test_a_lone_oglu_is_the_one_person_named_with_it() -> None:
    # snn_syria_0100 and 0112: Davutoğlu named in full, then «مكتب أوغلو»; the adviser
    # «كمال معدن أوغلو» (Kemal Madenoğlu, not in the KB) stays no one's
    got = mentions("أعلن رئيس الوزراء التركي أحمد داود أوغلو أن العمليات ستستمر. كما أعلن "
                   "المصدر أنّ مستشار رئاسة الوزراء كمال معدن أوغلو تولّى رئاسة المركز. "
                   "وأفاد بيان صدر عن مكتب أوغلو بأنه تم توقيف 251 شخصا.")
    lone = [link for text, link in got if text == "أوغلو"]
    assert lone == [None, "person-ahmet-davutoglu"], got


def test_a_lone_oglu_after_a_name_the_kb_lacks_stays_unlinked() -> None:
    # snn_syria_0079: «أحمد واود أوغلو» (a typo the KB does not know) is the one bearer
    got = mentions("قال رئيس الوزراء التركي أحمد واود أوغلو في مؤتمر صحافي عقد اليوم (الجمعة)، "
                   "إن 297 شخصا بينهم 37 أجنبيا اعتقلوا خلال المداهمات. وفي تطور لاحق، قال "
                   "أوغلو اليوم، إنّ تركيا لا يمكن أن تقف مكتوفة اليدين.")
    assert [link for text, link in got if text == "أوغلو"] == [None], got
