"""Deeds discussed, expected, decided, prepared for, called for, hoped for or meant are not
yet done (status14): a deed noun that is the complement of a word of discussing, expecting,
deciding or preparing is future (ناقشا أيضا تعميق تعاونهما); of calling, urging, hoping,
proposing or meaning, hypothetical (رغبة في استخدامهم دروعا بشرية، دعا قيادة التمرد إلى
مواصلة قصفها، ما يعني حصار القاعدة) — right after the word and its preposition, through up
to two link words (آلية، مواصلة، أيضا), or with the party called between a verb of calling
and its preposition. A deed in the genitive of another noun after such a word (بحث الاجتماع
تطورات … والعمليات), a decree that is itself the deed (قرارا بتمديد حالة الطوارئ) and the
demand itself (قرار يدعو إلى) keep their status. Each row is a real sentence of a dev article (set
named) or of the free news of other outlets, with its article's publication date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # discussed: future (fresh5 carter-baghdad-visit-ramadi-campaign)
    ("وقال البيان إن الزعيمين ناقشا أيضا تعميق تعاونهما في القتال ضد تنظيم داعش المتشدد.",
     "2015-07-24", "تعاونهما", "future"),
    # hoped for, proposed (fresh7 makkawi-houthis-700-prisoners-shields; fresh29
    # former-us-ambassador-ford; free Syria snn_syria_0013)
    ("مشيرا إلى أن جل الأسرى هم من المواطنين الذي اختطفتهم المليشيا الانقلابية من بينهم أطفال "
     "ونساء وشيوخ رغبة في استخدامهم دروعا بشرية.", "2015-08-05", "دروعا", "hypothetical"),
    ("وبين في مقابلة مع سي ان ان ردًا على وجود اقتراحات للتعاون مع بشار الأسد وإيران لحل مشكلة "
     "داعش.", "2015-08-09", "تعاون", "hypothetical"),
    ("وبعد مرور أربع سنوات على بدء الأزمة في سوريا، لم يعد بوسع الأسد الدفاع عن البلاد بكاملها أو "
     "أن يأمل في استعادة الأراضي التي فقدها.", "2015-07-21", "استعادة", "hypothetical"),
    # called for, urged (free region snn_region_0461, snn_region_0088, snn_region_0484; free
    # Syria snn_syria_0413)
    ("كما دعا قيادة التمرد إلى مواصلة قصفها المكثف على مواقع الانقلابيين، مشيرا إلى أن هذا "
     "القصف أفقد الانقلابيين مصادر قوتهم العسكرية.", "2015-08-03", "قصفها", "hypothetical"),
    ("فإن مواقع مقاتلي المقاومة شهدت أهازيج وقصائد تحث على مواصلة القتال ضد المتمردين.",
     "2015-07-22", "القتال", "hypothetical"),
    ("وأضافت القناة أن الملا عبد الله منان طلب الدعوة إلى عقد اجتماع للأئمة الموالين لطالبان "
     "وقادة الجماعة.", "2015-08-03", "اجتماع", "hypothetical"),
    ("دعا صلاح الدين دمرطاش زعيم حزب الشعوب الديمقراطي حزب العمال الكردستاني إلى «رفع إصبعه "
     "عن الزناد» وحث الحكومة على بدء محادثات لوقف تصاعد العنف.", "2015-08-09", "محادثات",
     "hypothetical"),
    # meant, a consequence told (free region snn_region_0251; free Syria snn_syria_0011,
    # snn_syria_0167)
    ("كما سيطرت المقاومة على جبل منيف وجبل الكسارة وعدد من المواقع المطلة على مثلث العند، ما "
     "يعني حصار القاعدة وعزلها عن خطوط الإمداد كافة.", "2015-07-26", "حصار", "hypothetical"),
    ("«فهذا يعني انسحاب النظام إلى المناطق الساحلية التي يسيطر عليها العلويون»، وفق لانديس.",
     "2015-07-21", "انسحاب", "hypothetical"),
    ("وقال إن حماية المدنيين «تعني أيضا توقيف الاعتقالات بحق أهالي الزبداني».", "2015-07-27",
     "توقيف", "hypothetical"),
    # ... and what keeps its status: a deed in another noun's genitive after a word of
    # discussing (free region, بحث الاجتماع تطورات … والعمليات), a decree that is the deed
    # itself (region arish-bomb-wounds-police-conscripts), the demand itself (fresh15
    # israeli-ex-security-chiefs-letter), the seizure told as news before ما يعني (free region
    # snn_region_0251)
    ("وتابع البيان «كما بحث الاجتماع تطورات الوضع الأمني والعمليات العسكرية الجارية في "
     "المحافظة».", "2015-08-03", "العمليات", "asserted"),
    ("أصدرت الحكومة المصرية يوم السبت قرارا بتمديد حالة الطوارئ في أجزاء من شمال سيناء لثلاثة "
     "أشهر أخرى.", "2015-07-26", "تمديد", "asserted"),
    ("كشفت مصادر سياسية في تل أبيب، أمس، عن قيام حكومة إسرائيل، في الآونة الأخيرة، بحملة "
     "دبلوماسية تهدف إلى إحباط قرار يدعو إلى فرض الرقابة على منشآتها النووية.", "2015-08-04",
     "يدعو", "asserted"),
    ("كما سيطرت المقاومة على جبل منيف وجبل الكسارة وعدد من المواقع المطلة على مثلث العند، ما "
     "يعني حصار القاعدة وعزلها عن خطوط الإمداد كافة.", "2015-07-26", "سيطرت", "asserted"),
]


@pytest.mark.parametrize(("text", "published", "word", "status"), ROWS)
def test_status14(text: str, published: str, word: str, status: str) -> None:
    assert status_of(text, published, word) == status
