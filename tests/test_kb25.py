"""kb25 (issue 14): the quarters, border places and bodies of the wars' daily news the KB
lacked — Taiz's and Aden's quarters, Fallujah's Nazal, Anbar's al-Fallahat, Benghazi's al-Sharif
Street, Taiz's al-Qahira castle, Abyan's Akad front, the Dhahran al-Janub border post, the
Supreme Court of Libya — and the guard that a quarter named by an everyday word (الشعلة, a
Baghdad quarter and a Saudi football club) needs a tagger span or a head noun. Sentences from dev
gold (the set beside each) and from the free news (`/work/wt/notes/free`, record id)."""

from __future__ import annotations

import pytest

from link_helpers import linked_spans

# fresh21 (resistance-reaches-taiz-coalition-arms-drop…)
TAIZ = ("وردت قوات التمرد الحوثي على هزائمها وتقهقرها بشن حملة قصف عشوائي، استهدفت عدداً من "
        "الأحياء السكنية بالمدينة، شملت أحياء التحرير الأسفل، والضبوعة، والمسبح، ووادي القاضي، "
        "إضافة إلى منطقة جبل جرة.")
# fresh21 (houthis-damage-yemen-heritage…)
QAHIRA = ("وابتدأت ميليشيات الحوثي بالسيطرة في تهامة على قلعة الحديدة الساحلية، واستهدفت الأحياء "
          "القديمة بجوارها، فيما استهدفت قلعة القاهرة بتعز، إذ جرى اتخاذها ثكنة عسكرية.")
# fresh13 (aden-north-cleared-qayfa-ambushes…)
ADEN_NORTH = ("وقال قائد المنطقة العسكرية الرابعة اللواء أحمد سيف اليافعي: مناطق جعولة وبير أحمد "
              "والعلم أصبحت تحت سيطرة المقاومة.")
# snn_syria_0173
JAAWLA = ("ميدانيا، شنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات خلال الليل على "
          "جيوب للحوثيين في دار سعد وجعولة والبساتين بشمال عدن.")
# fresh4 (anbar-ramadi-clearing-fallujah…)
NAZAL = ("من جهة أخرى، أعلن مصدر في قيادة عمليات الانبار، اليوم عن مقتل سبعة من قادة تنظيم داعش "
         "بقصف مدفعي استهدف موكب للسيارات كانوا يستقلونها ، في حي نزال وسط مدينة الفلوجة.")
# fresh15 (anbar-mohammadi-ramadi-second-phase…)
FALLAHAT = ("وأشار المحمدي إلى أن «طائرات القوة الجوية تمكنت من تدمير 4 أوكار للدواعش تضم عددا "
            "من الإرهابيين بينهم قياديون في منطقة الفلاحات شرق الرمادي».")
# fresh13 (libyan-air-force-strikes-benghazi-sabri…)
SHARIF = ("وأوضح مصدر عسكري بقاعدة بنينا الجوية ان الطائرات الحربية استهدفت عدة اهداف في محور "
          "الصابري وشارع الشريف.")
# fresh10 (libya-court-death-sentence-saif-qaddafi): the court is named with its country
# only as «المحكمة العليا الليبية»; «… في ليبيا» leaves ليبيا its own mention, as the gold has it
COURT_LY = "ويمكن الطعن على الأحكام ويجب أن تصدق عليها المحكمة العليا في ليبيا."
# snn_region_0259
AKAD = ("وقال سكان محليو: إن اشتباكات بالأسلحة الثقيلة جرت بين الحوثيين والمقاومة في منطقة "
        "«عكد» بأبين، وأسفرت عن قتلى وجرحى من الطرفين.")
# snn_syria_0248
MASYAL = ("وفيما أعلنت الداخلية السعودية عن استشهاد ثلاثة وإصابة سبعة من عناصر حرس الحدود في "
          "مركز المسيال بقطاع ظهران الجنوب، نتيجة تعرضهم لقذائف كثيفة من الأراضي اليمنية.")
# snn_region_0036: الشعلة is a football club here; the stoplist keeps the ruler off it
SHULA_CLUB = ("القصة بأن عبدالفتاح لعب مع الفريق الاول في حطين امام الشعلة في الخرج وكان "
              "يومها فريق حطين للناشئين مهددا بالهبوط.")

CASES = [
    (TAIZ, "2015-08-06", [("التحرير الأسفل", "LOC", 0)], "التحرير الأسفل", "ye-taiz-lower-tahrir"),
    (TAIZ, "2015-08-06", [("الضبوعة", "LOC", 0)], "الضبوعة", "ye-taiz-dhabua"),
    (TAIZ, "2015-08-06", [("المسبح", "LOC", 0)], "المسبح", "ye-taiz-masbah"),
    (TAIZ, "2015-08-06", [("وادي القاضي", "LOC", 0)], "وادي القاضي", "ye-taiz-wadi-al-qadi"),
    (QAHIRA, "2015-08-06", [("قلعة القاهرة", "LOC", 0)], "قلعة القاهرة", "ye-taiz-qahira-castle"),
    (ADEN_NORTH, "2015-07-25", [("جعولة", "LOC", 0)], "جعولة", "ye-aden-jaawla"),
    (ADEN_NORTH, "2015-07-25", [("بير أحمد", "LOC", 0)], "بير أحمد", "ye-aden-bir-ahmed"),
    (JAAWLA, None, [], "جعولة", "ye-aden-jaawla"),
    (NAZAL, "2015-07-21", [("حي نزال", "LOC", 0)], "حي نزال", "iq-fallujah-nazzal"),
    (FALLAHAT, "2015-08-06", [("الفلاحات", "LOC", 0)], "الفلاحات", "iq-fallujah-fallahat"),
    (SHARIF, "2015-07-24", [("شارع الشريف", "LOC", 0)], "شارع الشريف",
     "ly-benghazi-sharif-street"),
    (COURT_LY, "2015-07-28", [], "ليبيا", "country-LY"),
    (AKAD, None, [("عكد", "LOC", 0)], "عكد", "ye-abyan-akad"),
    (MASYAL, None, [], "مركز المسيال", "sa-post-masyal"),
    (SHULA_CLUB, None, [], "الشعلة", "absent"),
]


@pytest.mark.parametrize(("text", "published", "spans", "span", "expected"), CASES)
def test_kb25_links(text: str, published: str | None, spans: list[tuple[str, str, int]], span: str,
                    expected: str | None) -> None:
    assert dict(linked_spans(text, published, spans)).get(span, "absent") == expected
