"""kb21 (issue 14): a town right after the head noun of a feature in it or named after it
(مخيم درعا، سهل الزبداني، وادي عقان، مستشفى صيدا) names the feature, so it does not link the
town (the feature's own entry where the KB has it: قاعدة الحبانية); and the places and actors
of the wars that the free news names most and the KB lacked (the Ghab's and Daraa's villages,
Aleppo's quarters, Ramadi's al-Sijariyah, East Husaybah, Yemen's fronts, Samir Kuntar, Haytham
Manna, Ersat Hurmuzlu, Najib Ghallab, the FSA's 1st Coastal Division, Khalidiya's council).
Sentences from the news records `scripts/free_news.py --drop-dev` keeps, and two from the dev
sets (fresh11, region) for the guards."""

from __future__ import annotations

import pytest

from link_helpers import linked_spans
from rasd.entities.link import _part_head
from rasd.text.normalize import normalize_key


def linked(text: str, published: str | None,
           spans: list[tuple[str, str, int]]) -> dict[str, str | None]:
    """The link stage's span -> link (`linked_spans`)."""
    return dict(linked_spans(text, published, spans))


# snn_syria_0259 (2015-08-02): the Palestinian refugee camp named after the city
DARAA_CAMP = ("يشار أن مجموعة العمل وثقت 214 ضحية من أبناء مخيم درعا قضى معظمهم في القصف "
              "بالبراميل المتفجرة والصواريخ.")
# snn_syria_0045 (2015-07-22): the plain, not the town
ZABADANI_PLAIN = ("وأفاد المرصد بعد ظهر أمس بسيطرة قوات حزب الله والنظام على سهل الزبداني الواقع "
                  "في جنوب غرب المدينة، مشيرا إلى انسحاب المقاتلين منه جراء القصف المكثف.")
# snn_region_0103 (2015-07-23): the valley, not the village of Aqqan
AQQAN = ("أعلنت المقاومة الشعبية اليمنية بسط نفوذها على وادي عقان الاستراتيجي بمحافظة لحج الذي "
         "يربط بين محافظتي تعز، في شمال البلاد، ولحج، في جنوبها.")
# snn_syria_0177 (2015-07-27): hospitals named after their cities
HOSPITALS = ("ممثلة بكل من مستشفى رفيق الحريري الجامعي في العاصمة بيروت، مستشفى تعنايل العام، "
             "مستشفى صيدا الحكومي ومستشفى طرابلس الحكومي.")
# snn_region_0199 (2015-07-25): the base the KB names «قاعدة الحبانية»
HABBANIYAH = ("وقال الشيخ رافع الفهداوي إن الوجبة الثالثة من متطوعي الحشد الشعبي من أهالي الأنبار "
              "أكملوا تدريباتهم في معسكر قاعدة الحبانية وهم بانتظار استلامهم الأسلحة.")
# snn_syria_0013 (2015-07-21): «و» joined to جسر الشغور is no head before a name
JISR = ("وانكسرت في مارس (آذار) الماضي، حيث سيطرت قوات المعارضة على مدينتي إدلب وجسر الشغور، "
        "وهددت مدينة درعا.")
# tests/gold/fresh11 taliban-shura-names-mansour-leader: «in Karachi», no hospital's name
KARACHI = ("لا تعود إلى أبريل 2013 كما ذكرت السلطات الأفغانية التي قالت إنه توفي في مستشفى "
           "بكراتشي، بل إلى وقت أقرب.")
# tests/gold/region baghdad-car-bombs-thirty-killed: the district named with its own head
BALAD_RUZ = "بحسب مصدر طبي في مستشفى قضاء بلدروز القريب من مندلي."


@pytest.mark.parametrize(("text", "spans", "span", "entry"), [
    (DARAA_CAMP, [("درعا", "LOC", 0)], "مخيم درعا", "sy-camp-daraa"),  # the KB's camp
    (ZABADANI_PLAIN, [("حزب الله", "ORG", 0), ("الزبداني", "LOC", 0)], "الزبداني",
     "absent"),  # kb22: the KB's «سهل الزبداني» takes the span (test_kb22)
    (AQQAN, [("عقان", "LOC", 0), ("لحج", "LOC", 0)], "عقان", "absent"),  # kb23: «وادي عقان»
    (AQQAN, [("عقان", "LOC", 0), ("لحج", "LOC", 0)], "وادي عقان",
     "ye-region-wadi-aqqan"),  # takes the span, the wadi's own entry, not the town (test_kb23)
    (HOSPITALS, [("بيروت", "LOC", 0), ("صيدا", "LOC", 0), ("طرابلس", "LOC", 0)], "صيدا", None),
    (HOSPITALS, [("بيروت", "LOC", 0), ("صيدا", "LOC", 0), ("طرابلس", "LOC", 0)], "بيروت",
     "lb-city-beirut"),  # after في, not a hospital's head
    (HABBANIYAH, [("الأنبار", "LOC", 0), ("الحبانية", "LOC", 0)], "قاعدة الحبانية",
     "iq-base-habbaniyah"),  # the KB's «head X» is the part's
    (JISR, [("إدلب", "LOC", 0), ("جسر الشغور", "LOC", 0), ("درعا", "LOC", 0)], "جسر الشغور",
     "sy-town-jisr-al-shughur"),
    (KARACHI, [("كراتشي", "LOC", 0)], "كراتشي", "gn-pk-karachi"),
    (BALAD_RUZ, [("قضاء بلدروز", "LOC", 0), ("مندلي", "LOC", 0)], "قضاء بلدروز",
     "iq-qadaa-balad-ruz"),
])
def test_a_town_after_a_part_head_is_the_part(text: str, spans: list[tuple[str, str, int]],
                                              span: str, entry: str | None) -> None:
    got = linked(text, "2015-07-25", spans)
    assert got.get(span, "absent") == entry, got


def test_the_town_named_again_keeps_its_link() -> None:
    """The report names al-Zabadani itself too: the town's own mention keeps the town's link
    (kb21: the plain's mention kept it too; kb22: the plain is the KB's «سهل الزبداني»)."""
    # snn_syria_0065 (2015-07-23)
    text = ("وأورد التلفزيون السوري الرسمي أن “وحدة من الجيش والقوات المسلحة دمرت نفقا للتنظيمات "
            "الإرهابية بطول 70 مترا وعمق مترين يمتد من سهل الزبداني باتجاه مضايا كان يستخدمه "
            "الإرهابيون للتسلل ونقل الإمدادات.” وقال دي ميستورا إن سلاح الجو السوري قصف مناطق في "
            "الزبداني وحولها.")
    got = linked_spans(text, "2015-07-23", [("الزبداني", "LOC", 0), ("مضايا", "LOC", 0),
                                            ("الزبداني", "LOC", 1)])
    assert [x for t, x in got if t == "الزبداني"] == ["sy-town-zabadani"], got
    assert dict(got)["سهل الزبداني"] == "sy-region-zabadani-plain", got


@pytest.mark.parametrize(("word", "head"), [
    ("بمخيم", "مخيم"), ("ومعسكر", "معسكر"), ("معسكري", "معسكر"), ("لسهل", "سهل"),
    ("القاعدة", None),  # the article: no construct head (منطقة القاعدة والمفرق)
    ("مخيمه", None), ("حي", None), ("ميناء", None),
])
def test_part_heads(word: str, head: str | None) -> None:
    assert _part_head(normalize_key(word)) == (normalize_key(head) if head else None)


# snn_syria_0116 (2015-07-25)
GHARIYAH = ("من جهة أخرى، ارتفعت حصيلة غارات الطيران الحربي السوري على بلدة الغارية الغربية "
            "بريف درعا الشرقي جنوبي سوريا إلى 15 قتيلا، بينهم أطفال ونساء.")
# snn_region_0268 (2015-07-26)
HUSAYBAH = ("أشارت الخلية إلى أن «قوة من الشرطة الاتحادية تقدمت على طريق الخالدية (حصيبة "
            "الشرقية - تل مشيهد) أسفرت عن قتل إرهابيين اثنين».")
# snn_syria_0211 (2015-07-31)
MANNA = ("هذا في الوقت الذي اعتبر فيه هيثم منّاع عضو لجنة مؤتمر القاهرة، أن ما اقترحه دي "
         "ميستورا بمثابة «تقدم على مسار الحل السياسي».")
# snn_syria_0277 (2015-08-03)
KUNTAR = ("وبالتوازي «أوفد الحزب في بداية 2014 الأسير المحرر والضابط لديه سمير القنطار للتأثير "
          "على أهالي القرى الدرزية في الجولان السوري»، مشيرًا إلى أن «دعوة القنطار اصطدمت "
          "بحالة من الرفض التام».")
# snn_syria_0223 (2015-07-31)
HURMUZLU = ("أثارت المواقف التي أطلقها كبير مستشاري الرئيس التركي السابق عبد الله غل، وأمين عام "
            "منظمة «الحوار العربي – التركي» إرشاد هورموزلو ضجة كبيرة في الأوساط التركية.")
# snn_syria_0086 (2015-07-24): the tagger's span stops before الساحلية
COASTAL = ("كما استهدفت الفرقة الأولى الساحلية التابعة للجيش السوري الحر مراكز عسكرية في مدينة "
           "اللاذقية بصواريخ من طراز جراد.")
# snn_region_0199 (2015-07-25)
KHALIDIYA = ("ميدانيا، أعلن رئيس مجلس قضاء الخالدية (142 كلم غرب بغداد) التابع لمحافظة الأنبار، "
             "علي داود، تقدم القوات الأمنية وصولا إلى مشارف منطقة السجارية شرق الرمادي.")
# snn_syria_0402 (2015-08-08)
GHAB = ("وأعلن جيش الفتح عن سيطرته على قريتي المشيك والقرقور وتل القرقور في سهل الغاب بريف "
        "حماة الغربي.")
# snn_region_0217 (2015-07-25): the tagger's span leaves جبل out
THAALIB = ("بعد أقل من ربع ساعة من مصرع ثمانية حوثيين في كمين للمقاومة شرقي جبل الثعالب بقيفة "
           "رداع.")
# snn_region_0462 (2015-08-03)
GHALLAB = ("أكد الباحث السياسي اليمني نجيب غلاب أن زيارة نائب الرئيس اليمني رئيس مجلس الوزراء "
           "خالد بحاح إلى محافظة عدن تؤكد أن المقاومة الشعبية تمسك بزمام الأمور.")


@pytest.mark.parametrize(("text", "spans", "span", "entry"), [
    (GHARIYAH, [("الغارية", "LOC", 0), ("درعا", "LOC", 0)], "الغارية الغربية",
     "sy-town-al-ghariyah-al-gharbiyah"),
    (HUSAYBAH, [("الخالدية", "LOC", 0), ("حصيبة", "LOC", 0)], "حصيبة الشرقية",
     "iq-town-husaybah-al-sharqiyah"),
    (HUSAYBAH, [("الخالدية", "LOC", 0), ("حصيبة", "LOC", 0)], "تل مشيهد",
     "iq-region-tal-mushayhid"),
    (MANNA, [("هيثم منّاع", "PER", 0)], "هيثم منّاع", "person-haytham-manna"),
    (KUNTAR, [("سمير القنطار", "PER", 0), ("القنطار", "PER", 1)], "القنطار",
     "person-samir-kuntar"),
    (HURMUZLU, [("عبد الله غل", "PER", 0), ("إرشاد هورموزلو", "PER", 0)], "إرشاد هورموزلو",
     "person-ersat-hurmuzlu"),
    (COASTAL, [("الفرقة الأولى", "ORG", 0), ("اللاذقية", "LOC", 0)], "الفرقة الأولى الساحلية",
     "org-fsa-1st-coastal-division"),
    (KHALIDIYA, [("مجلس قضاء الخالدية", "ORG", 0), ("السجارية", "LOC", 0)],
     "مجلس قضاء الخالدية", "org-iq-khalidiya-district-council"),
    (KHALIDIYA, [("مجلس قضاء الخالدية", "ORG", 0), ("السجارية", "LOC", 0)], "السجارية",
     "iq-ramadi-al-sijariyah"),
    (GHAB, [("المشيك", "LOC", 0), ("سهل الغاب", "LOC", 0)], "المشيك", "sy-village-al-mushayk"),
    (THAALIB, [("الثعالب", "LOC", 0)], "جبل الثعالب", "ye-region-jabal-al-thaalib"),
    (GHALLAB, [("نجيب غلاب", "PER", 0), ("خالد بحاح", "PER", 0)], "نجيب غلاب",
     "person-najib-ghallab"),
])
def test_free_news_actors_and_places(text: str, spans: list[tuple[str, str, int]],
                                     span: str, entry: str) -> None:
    got = linked(text, "2015-07-31", spans)
    assert got.get(span, "absent") == entry, got


def test_ghariyah_alone_is_not_the_suwayda_village() -> None:
    """The tagger's «الغارية» inside «الغارية الغربية» no longer links Salkhad's Gharyeh."""
    got = linked(GHARIYAH, "2015-07-25", [("الغارية", "LOC", 0), ("درعا", "LOC", 0)])
    assert "sy-as-suwayda-salkhad-gharyeh" not in got.values(), got
