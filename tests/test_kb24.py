"""kb24 (issue 14): KB entries for the bodies ner39 taught the tagger to find — the bare
«حرس الحدود» by the country its report and sentence name (Saudi Arabia's in Yemen's and
Saudi news, Israel's Border Police in Palestine's and Israel's, none in Syria's), a governorate's
health office (مكتب الصحة [العامة] [والسكان] بـX), lakes named with their head noun (بحيرة
طبرية), the Muslim Brotherhood's Guidance Bureau, the UN Office at Geneva, OFAC, Egypt's
«هيئة الشرطة», and the opposition's news office and commission the free news cites. Sentences
from dev gold (the set beside each) and from the free news (`/work/wt/notes/free`, record id)."""

from __future__ import annotations

import pytest

from link_helpers import linked_spans

# fresh5 (asir-jazan-houthi-shells-guards-killed)
GUARD_SA = ("من جهة أخرى، أكد المقدم بحري شايع القحطاني، المتحدث الإعلامي باسم حرس الحدود في "
            "منطقة عسير، لـ«الشرق الأوسط»، أن معنويات جميع القوات الأمنية السعودية، عالية.")
# snn_syria_0248
GUARD_SA2 = ("وفيما أعلنت الداخلية السعودية عن استشهاد ثلاثة وإصابة سبعة من عناصر حرس الحدود "
             "في مركز المسيال بقطاع ظهران الجنوب.")
# fresh17 (jenin-burqin-palestinian-killed-israeli-army-arrest-raid)
GUARD_IL = ("وقتل محمد علاونة (22 عامًا) بعد إصابته برصاصة في الصدر خلال مواجهات مع الجيش "
            "الإسرائيلي في قرية برقين جنوب غرب مدينة جنين فجر الأربعاء، بحسب المصدر الأمني. "
            "وقال مصدر عسكري للإذاعة العامة الإسرائيلية إن «الجيش وحرس الحدود قاما بعملية في "
            "القرية لاعتقال فلسطيني مطلوب».")
# snn_syria_0009: Syria's news names the Turkish guards with their adjective, which decides
# over the bare row (the ruler takes the longer name)
GUARD_TR = ("لكننا رأينا صورا التقطت على الحدود التركية - السورية لحرس الحدود التركي وعناصر "
            "من (داعش) وهم يتشاركون أطراف الحديث.")
# fresh13 (msf-liu-yemen-shocking-aden-206-wounded-mines)
HEALTH_ADEN = ("في غضون ذلك، وقال مصدر طبي في مكتب الصحة بعدن لـ«الشرق الأوسط» إن حصيلة أعمال "
               "العنف التي سجلت أول من أمس هي 19 قتيلاً و133 جريحا.")
# fresh13 (palestine-applies-interpol-icc-memo-ettinger-arrested)
GALILEE = ("وقالت وسائل الاعلام الاسرائيلية انه يشتبه باعمال أخرى، خصوصا بأنه تزعم مجموعة "
           "مسؤولة عن احراق كنيسة الخبز والسمك قرب بحيرة طبرية في 18 حزيران/يونيو الفائت.")
# fresh5 (sinai-emergency-extended-arish-bomb)
GUIDANCE = ("كما جددت نيابة أمن الدولة العليا في مصر أمس حبس أربعة من أعضاء مكتب الإرشاد "
            "لجماعة الإخوان المسلمين 15 يوما على ذمة التحقيقات معهم.")
# fresh8 (libya-un-geneva-talks-new-round)
UNOG = ("وذكر أحمد فوزي المتحدث الرسمي لمكتب الأمم المتحدة في جنيف، إن الممثل الخاص "
        "للأمين العام للأمم المتحدة إلى ليبيا برناردينو ليون سيكون في جنيف يوم الاثنين "
        "المقبل.")
# snn_syria_0343
OFAC = ("وذكر مكتب مراقبة الأصول الخارجية أن عددا من هذه الكيانات هي شركات واجهات "
        "تستخدمها الحكومة السورية.")
# snn_syria_0185
POLICE_EG = ("ونص القرار على أن تتولى القوات المسلحة وهيئة الشرطة المصرية اتخاذ ما يلزم "
             "لمواجهة أخطار الإرهاب وتمويله.")
# snn_syria_0003
SYRIA_NEWS = ("في حين كشف «مكتب أخبار سوريا» المعارض، أن «لواء اليرموك التابع للجيش السوري "
              "الحر، قصف بقذائف الهاون مواقع لقوات النظام».")
# snn_syria_0067
SRGC = ("وبدوره، قال مراسل الهيئة العامة للثورة السورية في الحسكة إن المواجهات لا تزال "
        "محتدمة بين الطرفين.")

CASES = [
    (GUARD_SA, "2015-08-01", [("حرس الحدود", "ORG", 0), ("عسير", "LOC", 0)], "حرس الحدود",
     "org-saudi-border-guard"),
    (GUARD_SA2, None, [("حرس الحدود", "ORG", 0), ("ظهران الجنوب", "LOC", 0)], "حرس الحدود",
     "org-saudi-border-guard"),
    (GUARD_IL, "2015-07-23", [("برقين", "LOC", 0), ("جنين", "LOC", 0), ("حرس الحدود", "ORG", 0)],
     "حرس الحدود",
     "org-israeli-border-police"),
    (GUARD_TR, None, [("حرس الحدود التركي", "ORG", 0)], "حرس الحدود التركي",
     "org-turkish-borderguard"),
    (HEALTH_ADEN, "2015-08-06", [("مكتب الصحة بعدن", "ORG", 0)], "مكتب الصحة بعدن",
     "org-ye-gov-aden-health"),
    (GALILEE, "2015-08-06", [("بحيرة طبرية", "LOC", 0)], "بحيرة طبرية",
     "il-region-sea-of-galilee"),
    (GUIDANCE, "2015-07-27", [("مكتب الإرشاد", "ORG", 0)], "مكتب الإرشاد",
     "org-mb-guidance-bureau"),
    (UNOG, "2015-08-08", [("مكتب الأمم المتحدة في جنيف", "ORG", 0)],
     "مكتب الأمم المتحدة في جنيف", "org-unog"),
    (OFAC, None, [("مكتب مراقبة الأصول الخارجية", "ORG", 0)], "مكتب مراقبة الأصول الخارجية",
     "org-ofac"),
    (POLICE_EG, None, [("هيئة الشرطة المصرية", "ORG", 0)], "هيئة الشرطة المصرية",
     "org-egyptian-police"),
    (SYRIA_NEWS, None, [("مكتب أخبار سوريا", "ORG", 0)], "مكتب أخبار سوريا",
     "org-syria-news-office"),
    (SRGC, None, [("الهيئة العامة للثورة السورية", "ORG", 0)], "الهيئة العامة للثورة السورية",
     "org-srgc"),
]


@pytest.mark.parametrize(("text", "published", "spans", "span", "expected"), CASES)
def test_kb24_links(text: str, published: str | None, spans: list[tuple[str, str, int]], span: str,
                    expected: str | None) -> None:
    assert dict(linked_spans(text, published, spans)).get(span, "absent") == expected
