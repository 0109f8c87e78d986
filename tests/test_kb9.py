"""kb9 (issue 14): links to the KB for the actors and facilities of other wars' news.

- the region's airports and seaports named «مطار X»، «ميناء/مرفأ X» (`curated/places.tsv`):
  the facility, while X alone stays the town;
- a name two governments share (حكومة الوفاق الوطني: Libya's GNA and the Palestinian
  consensus government of 2014) goes by the document's places;
- a bare counter-terrorism service (جهاز مكافحة الإرهاب) is the home country's, no longer
  always Iraq's (`institutions.tsv`, bare forms);
- one entry per actor: Afghanistan's intelligence is the NDS; the GCC's short form, linked
  where the tagger marks it;
- international and national bodies the news names (OSCE, ECB, fatwa councils, the
  electricity companies of Israel and Gaza).

Sentences from the region news (`scripts/free_news.py` output) and the dev sets."""

from __future__ import annotations

import pytest

from link_helpers import links_of
from rasd.entities.kb import get_kb

# (sentence, the mention, the entry it must link)
FACILITIES = [
    # region news snn_region_0329: the port, not the city
    ("غادرت ميناء جدة الإسلامي السفينة درب الخير متوجهة إلى عدن.", "ميناء جدة الإسلامي",
     "sa-region-jeddah-islamic-port"),
    # region news snn_region_0406: Iraq's oil through Turkey's terminal
    ("وقال إن متوسط الصادرات من شمال العراق عبر ميناء جيهان في تركيا بلغ 40 ألف برميل يوميا.",
     "ميناء جيهان", "tr-region-ceyhan-marine-terminal"),
    # region news snn_region_0512
    ("وقال إن المقاومة طهرت جبل صبر من الحوثيين واقتربت من مطار تعز والحوبان.", "مطار تعز",
     "ye-region-taiz-international-airport"),
    # region news snn_region_0561: the airport's two spellings (عالية / علياء)
    ("وألقي القبض عليه على طريق مطار الملكة عالية في العاصمة عمان.", "مطار الملكة عالية",
     "jo-region-queen-alia-international-airport"),
    # region news snn_region_0600 / 0626: Aden's oil port at al-Buraiqa
    ("وصل 400 نازح على متن سفينة قدمت من مدينة المكلا إلى ميناء الزيت بالبريقة.", "ميناء الزيت",
     "ye-region-aden-oil-port"),
    # region news snn_region_0739: Libya's Hariga terminal at Tobruk
    ("وتدير أجوكو ميناء الحريقة وحقل السرير أكبر حقل نفطي في ليبيا.", "ميناء الحريقة",
     "ly-region-marsa-al-hariga"),
    # Lebanon says مرفأ
    ("وانفجرت شحنة في مرفأ بيروت صباح اليوم.", "مرفأ بيروت", "lb-region-port-of-beirut"),
    ("وأقلعت الطائرة من مطار بن غوريون قرب تل أبيب.", "مطار بن غوريون",
     "il-region-ben-gurion-airport"),
]


@pytest.mark.parametrize(("text", "span", "entry"), FACILITIES)
def test_an_airport_or_port_by_its_head_noun(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


# the bare name stays the town (the facility needs its head noun)
TOWNS = [
    ("وصل الوفد إلى جدة مساء أمس قادما من الرياض.", "جدة", "sa-city-jeddah"),
    ("وتقدمت المقاومة في أحياء تعز الشرقية.", "تعز", "ye-city-taiz"),
]


@pytest.mark.parametrize(("text", "span", "entry"), TOWNS)
def test_the_bare_name_stays_the_town(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


HOMONYMS = [
    # Palestinian: the 2014 consensus government (the dev gold's fresh15 and fresh17 reading)
    ("قال رامي الحمد الله رئيس حكومة الوفاق الوطني في رام الله إن غزة تعاني من أزمة الكهرباء.",
     "حكومة الوفاق الوطني", "org-ps-consensus-government"),
    # Libyan: the GNA
    ("أعلنت حكومة الوفاق الوطني الليبية في طرابلس أن قواتها تقدمت في سرت، وقال فايز السراج "
     "إن ليبيا ستنتصر.", "حكومة الوفاق الوطني الليبية", "org-gna"),
    # a bare counter-terrorism service is the home country's
    ("وقال وزير الداخلية الليبي في طرابلس إن جهاز مكافحة الإرهاب اعتقل ثلاثة في ليبيا.",
     "جهاز مكافحة الإرهاب", "org-libyan-counterterror"),
    ("وقال جهاز مكافحة الإرهاب إن القوات العراقية تقدمت في الرمادي بمحافظة الأنبار.",
     "جهاز مكافحة الإرهاب", "org-iraqi-cts"),
]


@pytest.mark.parametrize(("text", "span", "entry"), HOMONYMS)
def test_a_shared_name_goes_by_the_documents_country(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


BODIES = [
    ("قالت المخابرات الأفغانية في كابل إن طالبان تستعد لهجوم.", "المخابرات الأفغانية",
     "org-afghan-nds"),
    # region news snn_region_0737: the GCC's short form as the tagger marks it
    ("وأكد بحاح أن علاقة اليمن بمجلس التعاون تتوثق يوما بعد الآخر.", "مجلس التعاون", "org-gcc"),
    ("دعت منظمة الأمن والتعاون في أوروبا إلى الحوار.", "منظمة الأمن والتعاون في أوروبا",
     "org-osce"),
    ("وخفض البنك المركزي الأوروبي أسعار الفائدة.", "البنك المركزي الأوروبي", "org-ecb"),
    ("وحذر المجلس الأعلى للإفتاء الفلسطيني من اقتحامات المسجد الأقصى.",
     "المجلس الأعلى للإفتاء الفلسطيني", "org-ps-supreme-fatwa-council"),
    ("وقالت شركة الكهرباء الإسرائيلية إنها ستقطع التيار عن مناطق في الضفة الغربية.",
     "شركة الكهرباء الإسرائيلية", "org-israel-electric-corporation"),
]


@pytest.mark.parametrize(("text", "span", "entry"), BODIES)
def test_bodies_of_other_wars_link(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got


def test_no_second_afghan_intelligence_entry() -> None:
    kb = get_kb()
    assert [e.id for e in kb.lookup("المخابرات الأفغانية")] == ["org-afghan-nds"]
    assert "org-afghan-intelligence" not in kb.entries


def test_english_names_of_the_gold_conventions() -> None:
    kb = get_kb()
    assert "Omar Hassan al-Bashir" in kb.entries["person-omar-al-bashir"].english_names()
    assert "Syrian Revolutionaries Front" in \
        kb.entries["org-syria-revolutionaries-front"].english_names()


# the news' oil companies, Yemen's resistance councils, Syria's opposition bodies
ACTORS = [
    # region news snn_region_0739
    ('يأتي نصف إنتاج ليبيا النفطي من شركة الخليج العربي للنفط "أجوكو" الحكومية في شرق البلاد '
     "وهي إحدى وحدات المؤسسة الوطنية للنفط.", "شركة الخليج العربي للنفط", "org-agoco"),
    # region news (3 articles): Aden's resistance spokesman
    ("وقال الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي إن مقاتلي المقاومة نجحوا في "
     "السيطرة على عدن.", "مجلس قيادة المقاومة الشعبية", "org-aden-resistance-leadership-council"),
    # region news (3 articles): Taiz's council and its head
    ("وقال رئيس المجلس التنسيقي للمقاومة الشعبية بتعز، الشيخ حمود سعيد المخلافي، إن المقاومة "
     "تتقدم.", "المجلس التنسيقي للمقاومة الشعبية بتعز", "org-taiz-resistance-coordinating-council"),
    # region news (4 articles): the Arab Human Rights Committee's short name
    ('دعا رئيس لجنة حقوق الإنسان العربية "لجنة الميثاق" الدكتور هادي بن علي اليامي هيئات حقوق '
     "الإنسان.", "لجنة الميثاق", "org-arab-human-rights-committee"),
    # demo corpus (snn_syria): the opposition body, its bare name where the tagger marks it
    ("أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى الثورة والمعارضة "
     "السورية» التوصل إلى خريطة طريق.", "هيئة التنسيق الوطنية السورية", "org-ncb-syria"),
    ("وأضاف أنه تم وضع أسس للعلاقات المؤسساتية بين الائتلاف وهيئة التنسيق بشكل يرفع من سوية "
     "العمل المشترك في سوريا.", "هيئة التنسيق", "org-ncb-syria"),
    # «القوات X النظامية»: the government forces of the template
    ("وقتلت القوات السورية النظامية عشرة مدنيين في حلب.", "القوات السورية النظامية",
     "org-syrian-govforces"),
    ("وتقدم جيش التحرير الفلسطيني في ريف درعا.", "جيش التحرير الفلسطيني",
     "org-palestine-liberation-army"),
]


@pytest.mark.parametrize(("text", "span", "entry"), ACTORS)
def test_actors_of_the_news_link(text: str, span: str, entry: str) -> None:
    got = links_of(text)
    assert got.get(span) == entry, got
