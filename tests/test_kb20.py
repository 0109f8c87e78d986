"""kb20 (issue 14): a lone name the news reads as someone else's (a father's name inside a
longer name: «اللواء فضل محسن» is not Ali Mohsen; «للواء السلطان مراد» is no Jacques Mourad;
«الإمام الهادي» is not Hadi); a state news agency named by its description; actors of the
Syrian and Turkish news the free records name (Rami al-Dalati, Ismail al-Darani, the Kurdish
Center for Studies, «العدالة والتنمية», «الهيئة السياسية»), Saleh's epithet «عفاش».
Sentences from the news records `scripts/free_news.py --drop-dev` keeps."""

from __future__ import annotations

import pytest

from link_helpers import linked_spans
from rasd.entities.kb import get_kb


def linked(text: str, published: str | None,
           spans: list[tuple[str, str, int]]) -> dict[str, str | None]:
    """The link stage's span -> link (`linked_spans`)."""
    return dict(linked_spans(text, published, spans))


# snn_region_0503 (2015-08-04): the tagger's span leaves the given name فضل out
ANAD = ("وشارك ثلاثة آلاف مقاتل من المقاومة الشعبية في استعادة القاعدة، وهم يتوجهون في هذه "
        "الأثناء إلى محافظة الضالع لملاحقة الحوثيين. وقال قائد معركة تحرير العند، اللواء فضل "
        "محسن، في تصريح نشرته وسائل إعلام محلية إن خبراء إيرانيين كانوا يتواجدون في قاعدة العند "
        "لمساندة مليشيا الحوثي وقوات صالح.")
ANAD_SPANS = [("الضالع", "LOC", 0), ("محسن", "PER", 0), ("قاعدة العند", "LOC", 0)]

# snn_region_0157 (2015-07-24): Saleh by his surname alone, the one office-holder bearing it
ADEN = ("وتم خلال الاجتماع الاستماع إلى محافظ محافظة عدن نائف البكري عبر مداخلة هاتفية أوضح من "
        "خلالها عودة الحياة بشكل تدريجي إلى المدينة على الرغم من كل الظروف الصعبة والدمار الذي "
        "خلفته مليشيات الحوثي وصالح على المدينة.")
ADEN_SPANS = [("عدن", "LOC", 0), ("صالح", "PER", 0)]

# snn_syria_0376 (2015-08-07): a brigade named after a sultan
MURAD = ("أعلنت جبهة النصرة موافقتها على تسليم النقاط التي تسيطر عليها على الحدود السورية "
         "التركية لكتائب الثوار، وذلك بعد اجتماع ضم الفصائل العسكرية الكبرى في حلب. وقامت "
         "النصرة بتسليم قرية حور كلس للواء السلطان مراد التابع للثوار عقب الاتفاق.")
MURAD_SPANS = [("جبهة النصرة", "ORG", 0), ("حلب", "LOC", 0), ("مراد", "PER", 0)]

# snn_region_0778 (2015-08-11): the Zaydi imam al-Hadi in a history of Yemen
IMAM = ("ذكرني هذا بمرحلة خطيرة من تاريخ اليمن، وهو الإمام المنصور عبد الله بن حمزة، يعتبر "
        "المؤسس الفعلي لتقاليد وسلطة الدولة الزيدية في القرون التي تلت الإمام الهادي.")
IMAM_SPANS = [("اليمن", "LOC", 0), ("الهادي", "PER", 0)]


@pytest.mark.parametrize(("text", "spans", "span", "entry"), [
    # the ruler makes the rank's name whole (ner38: persons._ranked_surname): no Ali Mohsen
    (ANAD, ANAD_SPANS, "فضل محسن", None),
    (ADEN, ADEN_SPANS, "صالح", "person-ali-abdullah-saleh"),  # a surname still
    (MURAD, MURAD_SPANS, "مراد", None),
    (IMAM, IMAM_SPANS, "الهادي", None),
])
def test_a_lone_name_that_is_someone_elses(text: str, spans: list[tuple[str, str, int]],
                                           span: str, entry: str | None) -> None:
    got = linked(text, "2015-08-04", spans)
    assert got.get(span, "absent") == entry, got


def test_a_fathers_name_is_no_surname() -> None:
    """علي محسن opens علي محسن الأحمر: محسن is no surname of Ali Mohsen; الأحمر is."""
    kb = get_kb()
    assert "person-ali-mohsen-al-ahmar" not in {p.id for p in kb.surname_bearers("محسن")}
    assert "person-ali-mohsen-al-ahmar" in {p.id for p in kb.surname_bearers("الاحمر")}


def test_hadi_without_the_article_is_still_hadi() -> None:
    """snn_syria_0181: «طلبها الرئيس هادي» in a Yemen report."""
    got = linked("بدء سريان هدنة انسانية من طرف التحالف في اليمن طلبها الرئيس هادي.",
                 "2015-07-27", [("اليمن", "LOC", 0), ("هادي", "PER", 0)])
    assert got["هادي"] == "person-abdrabbuh-mansur-hadi", got


@pytest.mark.parametrize(("text", "spans", "entry"), [
    # snn_syria_0266: the agency in brackets after the description
    ("وأشار المرصد إلى أن من بين قتلى المعارضة في حلب ثلاثة من قادة المجموعات. ونقلت وكالة "
     "الأنباء الرسمية (سانا)، من جهتها، عن مصدر عسكري.",
     [("حلب", "LOC", 0), ("وكالة الأنباء الرسمية", "ORG", 0), ("سانا", "ORG", 0)],
     "org-sana"),
    # snn_syria_0067: an Iranian agency in a report about Syria
    ("وكان في استقبال دي ميستورا وزير الخارجية الإيراني، محمد جواد ظريف، الذي بحث معه تطورات "
     "الأوضاع في الملف السوري، وفقًا لوكالة الأنباء الرسمية «إرنا».",
     [("دي ميستورا", "PER", 0), ("محمد جواد ظريف", "PER", 0),
      ("لوكالة الأنباء الرسمية", "ORG", 0), ("إرنا", "ORG", 0)], "org-irna"),
    # snn_region_0112: none named after it: the home country's agency
    ("وكان الرئيس اليمني عبدربه منصور هادي أصدر قرارا جمهوريا بتعيين محافظ جديد لعدن، وقضى "
     "القرار الذي نشرته وكالة الأنباء الرسمية بتعيين نايف البكري محافظا لعدن.",
     [("عبدربه منصور هادي", "PER", 0), ("عدن", "LOC", 0),
      ("وكالة الأنباء الرسمية", "ORG", 0)], "org-saba"),
    # no home country: no agency
    ("وقضى القرار الذي نشرته وكالة الأنباء الرسمية بتعيين محافظ جديد.",
     [("وكالة الأنباء الرسمية", "ORG", 0)], None),
])
def test_the_official_news_agency(text: str, spans: list[tuple[str, str, int]],
                                  entry: str | None) -> None:
    got = linked(text, "2015-08-02", spans)
    agency = [link for span, link in got.items() if span.endswith("وكالة الأنباء الرسمية")]
    assert agency == [entry], got


@pytest.mark.parametrize(("text", "spans", "span", "entry"), [
    # snn_syria_0026: the party's name in quotes, the tagger's span without «حزب»
    ('أفادت تقارير إخبارية تركية أن رئيس الوزراء التركي رئيس حزب "العدالة والتنمية" أحمد داود '
     "أوغلو أجرى مكالمات هاتفية مع رؤساء مكاتب الحزب في جميع الولايات التركية.",
     [("العدالة والتنمية", "ORG", 0), ("أحمد داود أوغلو", "PER", 0)], "العدالة والتنمية",
     "org-akp"),
    # no country of the party in the report: unlinked
    ("وقالت إن العدالة والتنمية سيعقد مؤتمره المقبل.", [("العدالة والتنمية", "ORG", 0)],
     "العدالة والتنمية", None),
    # snn_syria_0228
    ("تناقش الهيئة السياسية في الائتلاف الوطني لقوى الثورة والمعارضة السورية في اجتماعاتها "
     "الوضع في سوريا.", [("الهيئة السياسية", "ORG", 0), ("سوريا", "LOC", 0)],
     "الهيئة السياسية", "org-snc-political-committee"),
    # snn_syria_0129
    ("ووصف رامي الدالاتي، وهو عضو المجلس العسكري التابع لـ«الجيش السوري الحر»، العفو الرئاسي "
     "السوري بـ«الخطوة الجيدة».", [("رامي الدالاتي", "PER", 0)], "رامي الدالاتي",
     "person-rami-al-dalati"),
    # snn_syria_0323
    ("ويقول عضو مجلس قيادة الثورة بريف دمشق إسماعيل الداراني لـ«الشرق الأوسط»، إن وتيرة "
     "المعارك خفت عن السابق.", [("إسماعيل الداراني", "PER", 0)], "إسماعيل الداراني",
     "person-ismail-al-darani"),
    # snn_syria_0358
    ("ويعتبر الأكراد أن المنطقة الآمنة المنوي إنشاؤها موجهة ضدهم، وهو ما أشار إليه مدير المركز "
     "الكردي للدراسات، نواف خليل.", [("المركز الكردي للدراسات", "ORG", 0)],
     "المركز الكردي للدراسات", "org-kurdish-center-for-studies"),
    # snn_region_0701: Saleh by his clan's name
    ("تطهير محافظة الضالع من الانقلابيين أتباع الحوثيين والمخلوع عفاش عقب عودة الحياة "
     "لطبيعتها في مدينة عدن.", [("الضالع", "LOC", 0), ("عفاش", "PER", 0)], "عفاش",
     "person-ali-abdullah-saleh"),
])
def test_actors_of_the_free_news(text: str, spans: list[tuple[str, str, int]], span: str,
                                 entry: str | None) -> None:
    got = linked(text, "2015-07-31", spans)
    assert got.get(span, "absent") == entry, got


@pytest.mark.parametrize(("text", "span", "entry"), [
    # snn_syria_0042, snn_syria_0294: the wars the news dates things by, tagged MISC
    ("تعيش سورية أسوأ كارثة إنسانية في العالم منذ الحرب العالمية الثانية، وفق الأمم المتحدة.",
     "الحرب العالمية الثانية", "war-world-war-ii"),
    ("لكن انتفاخ البالون التركي قد يوقظ الأطماع التركية الهاجعة منذ نهاية الحرب العالمية "
     "الأولى.", "الحرب العالمية الأولى", "war-world-war-i"),
])
def test_named_wars(text: str, span: str, entry: str) -> None:
    assert linked(text, "2015-07-22", [(span, "MISC", 0)])[span] == entry


def test_a_named_war_is_no_mention_of_its_own() -> None:
    """No tagger span, no mention: the ruler adds none for a war's name."""
    got = linked("منذ الحرب العالمية الثانية.", "2015-07-22", [])
    assert "الحرب العالمية الثانية" not in got, got
