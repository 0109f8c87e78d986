"""Background told by an undated pluperfect or by a word of before after the deed, deeds
supposed after وإلا, and the status a deed joined by و shares (status11): a deed told by
كان (قد) + a perfect verb with no time near it is what had happened before the news
(historical: وكان داعش قد دمر كنوزا أثرية), unless another verb, أن or a relative pronoun
stands between (the deed is that verb's object), كان follows a word of condition (وإذا كان
… قد رفض: given that) or a word of time ties it to the news (قد قصفت … أثناء الهجوم); a deed
with في السابق، مسبقا، في وقت سابق a few words after it (no mark or verb between) is
background too; a deed a few words after وإلا (otherwise) is supposed (hypothetical), not
one told further on; a deed joined by و to a background or supposed deed before it in its
clause, with no mark, verb or relative between and no time of its own, shares that status.
Each row is a real sentence of a dev article (set named) or of the news of other outlets
(/work/wt/notes/free, record named), with its article's date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # an undated pluperfect: background (fresh19 iraq-national-archives, fresh21 aqsa, fresh7
    # sarkhi, fresh23 anbar)
    ("وكان داعش قد دمر كنوزا أثرية في العراق بينها مدينتا نمرود والحضر الأثريتين.",
     "2015-08-08", "دمر", "historical"),
    ("يذكر أن منظمات يهودية متشددة كانت قد دعت، عبر شبكات التواصل الاجتماعي، إلى اقتحام جماعي "
     "للمسجد الأقصى بمناسبة ذكرى ما يسمى بخراب الهيكل المزعوم.", "2015-07-27", "دعت",
     "historical"),
    ("وكان الصرخي رفض فتوى المرجع الشيعي الأعلى علي السيستاني بقتال مسلحي العشائر والمجموعات "
     "الأخرى التي تقاتل قوات الحكومة.", "2015-07-21", "رفض", "historical"),
    ("وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من المدينة ووفرت لهم "
     "ملاذات آمنة بقضاء الخالدية والمدينة السياحية في الحبانية.", "2015-07-23", "دعت",
     "historical"),
    # ... not a deed tied to the news by a word of time after it, nor one another verb
    # between governs (fresh13 coalition-warships, fresh13 bayda, fresh13 jordan-wounded),
    # nor after إذا (free region snn_region_0256)
    ("وكانت المنطقة العسكرية الثالثة قد قصفت بالمدفعية عربات ومواقع حوثية أثناء الهجوم الذي تم "
     "التصدي له ببسالة.", "2015-07-23", "قصفت", "asserted"),
    ("وأوضح السكان أن المقاومة تمكنت من السيطرة على معسكر النصر وسط مدينة البيضاء، الموالي "
     "للحوثيين، مشيرين إلى أن “المقاومة كانت قصفت وبشكل مكثف المعسكر، قبل أن يلوذ جنوده "
     "بالفرار، وفتحوا أبوابه للنهب”.", "2015-08-11", "قصفت", "asserted"),
    ("وكان وزير النقل اليمني بدر باسلمة قد أعلن أن الأردن وافق على استقبال جرحى يمنيين مدنيين "
     "وعسكريين وتعهد بتقديم العلاج لهم.", "2015-08-10", "وافق", "asserted"),
    ("وإذا كان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد رفض، كما أكدت صحيفة «هآرتس» "
     "الإسرائيلية، عروضاً سابقة من الفلسطينيين", "2015-07-26", "رفض", "asserted"),
    # ... nor كان the copula (free Syria snn_syria_0057)
    ("إلا أن المصدر الطبي قال: إن الهجوم كان سيارة مفخخة استهدفت مدنيين.", "2015-07-23",
     "استهدفت", "asserted"),
    # وإلا: a deed supposed (free region snn_region_0691); not a deed told further on (team
    # white-house-syria)
    ("وفي سعي الوالي لضبط الأمن، أمر السكان بأن يحمل كل منهم فانوسا أثناء سيره في الأزقة بعد "
     "الحادية عشرة مساء، وإلا فللشرطة حق إطلاق الرصاص عليه.", "2015-08-09", "إطلاق الرصاص",
     "hypothetical"),
    ("وقال المتحدث باسم البيت الابيض جوش ايرنست في مؤتمر صحافي: إن على النظام السوري (الا "
     "يتدخل) في العمليات التي تقوم بها القوات المعارضة التي دربتها الولايات المتحدة والا "
     "فإن(خطوات اضافية) قد تتخذ للدفاع عنها في تهديد مبطن بإمكان اللجوء الى الضربات الجوية ضد "
     "قوات النظام السوري.", "2015-08-04", "تهديد", "asserted"),
    # a deed joined by و shares a supposed or background status (fresh4 taiz-gas, fresh7
    # sarkhi)
    ("وقال «الحاج»: «الميليشيات فجرت أمس مواقع للغاز الذي اشتعل لساعات وأدى إلى خسائر كبيرة "
     "خاصة أنه يقع أمام السجن المركزي مباشرة»، موضحا أن الهدف ربما استكمال الحصار على تعز وسحب "
     "50 ألفا والتغطية على الفساد الممارس وأعمال النهب، "
     "وأوضح أن دبابة للحوثي موجودة في جبل الدفاع الجوي بالمنطقة 23 ودمر الموقع بالكامل وكان "
     "يتوقع أن تقوم المقاومة بهجوم على تلك المنطقة وتستعيدها خاصة أنها تتمركز في مناطق "
     "بالقرب منه.", "2015-07-20", "تستعيد", "hypothetical"),
    ("وتضمنت فتوى الصرخي (في رده على السيستاني) تحريم رفع السلاح “ضد السنة” في العراق وبطلان "
     "فتوى السيستاني، وهو ما أثار غضبا حكوميا وتهديدا تضمن محاصرة مقره في كربلاء، ثم "
     "مطالبته بإغلاق المكتب قبل "
     "أن يتحول التهديد إلى مواجهة مسلحة في يوليو/تموز 2014 أدت لمقتل نحو 125 من أنصار الصرخي "
     "واعتقال 300 آخرين في كربلاء.", "2015-07-21", "اعتقال", "historical"),
    # a word of before a few words after the deed (fresh obama-kenya, fresh4 sudan-iran,
    # fresh21 yemen-fuel)
    ("وقالت \"يكاد تاريخ علاقة أوباما بالقارة الأفريقية يكون كله مجموعة من الفرص المهدرة\"، "
     "مضيفة \"ومع هذا فقد زار الرئيس أوباما كينيا مرتين في السابق، قبل أن يدخل أصلا البيت "
     "الأبيض.", "2015-07-27", "زار", "historical"),
    ("كشف مسؤول سوداني رفيع المستوى، السبت أن ايران أوقفت تنفيذ مشروعات تنموية حيوية في بلاده، "
     "بعد تعهدها في وقت سابق بالعمل على تشييدها وابرام عقودات تصب في ذات الإتجاه، وأعلن ان "
     "الخرطوم أنهت فعليا تعاقداتها مع الايرانيين وشرعت في البحث عن بدائل.", "2015-07-27",
     "تعهد", "historical"),
    ("فمن جهة الحوثيون يستخدمونها في تنقلاتهم، والقبائل يستخدمونها أيضاً في الجهة الأخرى، بخلاف "
     "أن الحوثيين صادروا مسبقاً قاطرات نفطية\".", "2015-07-25", "صادروا", "historical"),
    # ... a deed noun's only right after it (free region snn_region_0361, shortened: the
    # committee was formed earlier, the meeting is the news)
    ("وأضاف الراوي «وما يتعلق بالمناطق المحررة فإن لقاءً تم مع لجنة شكلت في وقت سابق بالتعاون "
     "مع رئاسة الوزراء لإعادة تأهيل المناطق المحررة وتقديم الخدمات للعوائل التي بدأت بالرجوع "
     "إلى الأنبار فعلاً بعد هذا الإنجاز الرائع من قبل القوات الأمنية المشتركة».", "2015-07-31",
     "لقاء", "asserted"),
]


@pytest.mark.parametrize(("text", "published", "word", "want"), ROWS)
def test_status11(text: str, published: str, word: str, want: str) -> None:
    assert status_of(text, published, word) == want
