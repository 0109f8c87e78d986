"""Background told by a meeting named as the latest one, and by a pluperfect whose subject is
long (status15): a meeting, a visit or talks named as the latest (الزيارة الأخيرة التي قام
بها، الاجتماع الأخير في بروكسل، القمة العربية الأخيرة) is named by its place among the
meetings before the news, historical; other deeds named so keep their status (الهجمات الأخيرة
على الحدود: the news). A deed right after قد reaches back to its كان past a long subject; a
day of its own still ties it to the news (وكانت قوات الجيش الوطني … قد استعادت السبت). Each
row is a real sentence of a dev article (set named) or of the free news, with its
article's publication date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # the latest visit, meeting, talks, summit: background (fresh27
    # iraqi-envoy-fayadh-meets-assad; free Syria snn_syria_0361, snn_syria_0212;
    # free region snn_region_0594)
    ("وقال المسؤول الأمني الذي طلب عدم الكشف عن هويته إن «الرسالة الأولى هي من الإدارة "
     "الأميركية، إذ إن الزيارة الأخيرة التي قام بها وزير الدفاع الأميركي آشتون كارتر إلى بغداد "
     "كانت في جزء منها تتعلق بهذه الرسالة التي طلبت الإدارة الأميركية تقديمها إلى القيادة "
     "السورية».", "2015-07-31", "زيارة", "historical"),
    ("وتناول المجتمعون الإحاطة التي تقدم بها المبعوث الدولي إلى سوريا ستيفان دي ميستورا إلى "
     "مجلس الأمن، وموقف الائتلاف منها، كما تم الحديث عن النشاطات السياسية التي شهدتها المنطقة "
     "خلال الأيام القليلة الماضية، خصوصا لقاءات الدوحة، وجهود الائتلاف في الحوار السوري - "
     "السوري لا سيما الاجتماع الأخير في بروكسل الذي جمع الائتلاف وهيئة التنسيق الوطنية.",
     "2015-08-07", "اجتماع", "historical"),
    ("مما يدل على أن هناك «طبخة» حل لأزمة سوريا أشار إليها وزير الخارجية الأميركي جون كيري "
     "عندما أدلى بتصريح خلال زيارته الأخيرة إلى موسكو قال فيه إنه يتم البحث مع الجانب الروسي "
     "عن إيجاد مكان لإيران في عملية البحث عن نهاية لأزمة سوريا المستفحلة بالوسائل السلمية.",
     "2015-07-31", "زيارته", "historical"),
    ("وإن كان سياق حديث الرئيس السيسي جاء في سياق « إعلان القاهرة « الذي واصل تأكيد انتهاج "
     "السعودية ومصر على تشكيل القوة العربية المشتركة والتي تقرر إنشاؤها في القمة العربية "
     "الأخيرة بشرم الشيخ المصرية.", "2015-08-06", "قمة", "historical"),
    # ... other deeds named as the latest stay the news (fresh11
    # qatar-reservation-arab-league-turkish-strikes-iraq)
    ("واعتبرت الخارجية القطرية أن «الهجمات الأخيرة على الحدود وفي (سوروج) وفي الداخل التركي، "
     "أكدت مدى وقوع تركيا تحت تهديد التنظيمات الإرهابية، وضرورة تحركها فورًا لإزالة هذا "
     "التهديد».", "2015-08-05", "هجمات", "asserted"),
    # a pluperfect past a long subject, dated two days back: the news (fresh29
    # ahmadi-to-asharq-al-awsat-sanaa-will-free-itself-from-within)
    ("وكانت قوات الجيش الوطني والمقاومة الشعبية الموالية للشرعية في اليمن قد استعادت السبت "
     "محافظة الضالع، جنوب البلاد، بالكامل من ميليشيات المتمردين الحوثيين وقوات الرئيس اليمني "
     "السابق علي عبد الله صالح، التي تعرضت لانهيار سريع.", "2015-08-10", "استعادت", "asserted"),
]


@pytest.mark.parametrize(("text", "published", "word", "status"), ROWS)
def test_status15(text: str, published: str, word: str, status: str) -> None:
    assert status_of(text, published, word) == status
