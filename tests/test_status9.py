"""Background told with an explicit time, read as news (status9): a time starting near a deed
dates it whole (its year or its الماضي may lie past the window: اغتيل رابين في الرابع من
تشرين الثاني/نوفمبر 1995); a month named beside another calendar's (اذار/مارس); a deed
weeks, months or years ago (قبل اسبوع، قبل شهرين); a pluperfect (كان (قد) + a perfect)
dated a week or more back; a word pointing back to a time already told (آنذاك، في ذلك
الوقت); a deed noun called former (لقاء سابق). Each row is a real
sentence of a dev article (set named) or of the filtered region news
(scripts/free_news.py --drop-dev), with its article's publication date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # the time runs past the window's edge (fresh10 rivlin, fresh4 ifj-mosul)
    ("اغتيل ريس الوزراء الاسرائيلي اسحق رابين في الرابع من تشرين الثاني/نوفمبر 1995 في تل ابيب "
     "في ختام تظاهرة مؤيدة للسلام مع الفلسطينيين على يد متطرف يهودي.", "2015-08-03", "اغتيل",
     "historical"),
    ("والعبادي هو أب لطفلين وعمل مصوراً لقناة (الموصلية) ثم مصوراً صحفياً في (شبكة إعلاميي "
     "نينوى)، وقد اختطف تنظيم داعش العبادي من بيته يوم 4 يونيو الماضي، وأعدمه بالرصاص يوم 15 "
     "يوليو الجاري بعد اتهامه بالتجسس على تحركات قوات هذا التنظيم الإرهابي (داعش) في الموصل.",
     "2015-07-25", "اختطف", "historical"),
    # ... and the execution ten days back, told in the same sentence, stays the news
    ("والعبادي هو أب لطفلين وعمل مصوراً لقناة (الموصلية) ثم مصوراً صحفياً في (شبكة إعلاميي "
     "نينوى)، وقد اختطف تنظيم داعش العبادي من بيته يوم 4 يونيو الماضي، وأعدمه بالرصاص يوم 15 "
     "يوليو الجاري بعد اتهامه بالتجسس على تحركات قوات هذا التنظيم الإرهابي (داعش) في الموصل.",
     "2015-07-25", "أعدمه", "asserted"),
    # a month written in two calendars (fresh7 aden-gulf-troops, fresh27 erdogan-putin)
    ("سقطت قاعدة العند في اذار/مارس بايدي المقاتلين الحوثيين الذين باتوا يسيطرون على مناطق "
     "واسعة في البلاد.", "2015-08-03", "سقطت", "historical"),
    ("واجرى اردوغان وبوتين لقاء مطولا في حزيران/يونيو على هامش حفل افتتاح الالعاب الاوروبية في "
     "باكو في اذربيجان.", "2015-08-03", "لقاء", "historical"),
    # weeks or months ago (fresh27 turkish-official, fresh11 hadramawt); days ago is the news
    # (region bekaa-army-raids)
    ("وكانت تركيا استهدفت في الايام الاخيرة مواقع تنظيم داعش في سوريا ولحزب العمال الكردستاني "
     "الذي تصنفه منظمة ارهابية في شمال العراق، اثر الهجوم الانتحاري في سوروتش (جنوب) قبل اسبوع "
     "الذي نسبته السلطات التركية الى التنظيم الجهادي.", "2015-07-27", "الهجوم", "historical"),
    ("وأشار إلى أن تنظيم القاعدة استخدم سيارتين مدرعتين تابعتين للواء نهبهما من المنطقة "
     "العسكرية الثانية في المكلا قبل شهرين حيث تم شحنهما بالمتفجرات.", "2015-08-01", "نهبهما",
     "historical"),
    ("فيما اتخذت إجراءات أمنية مشددة على مداخل حي الشراونة في مدينة بعلبك، وذلك على خلفية "
     "اختطاف الشاب مارك الحاج موسى، قبل ثلاثة أيام على أيدي مجهولين.", "2015-08-08", "اختطاف",
     "asserted"),
    # ... but not the time of an onset: what began then goes on (fresh13 coalition-warships,
    # team hameh-qudsaya)
    ("تصدت المقاومة الشعبية في مأرب لأعنف هجوم شنه مقاتلو جماعة الحوثي منذ بدء المواجهات قبل "
     "ثلاثة أشهر.", "2015-07-23", "هجوم", "asserted"),
    ("وعلى الرغم من عدم حصول أي تبدّل في المعطيات على الأرض، تبقى معركة الزبداني التي بدأت قبل "
     "شهر، هدفًا استراتيجيًا لقوات النظام.", "2015-07-27", "معركة", "asserted"),
    # the pluperfect dated three weeks back (fresh15 rivlin-federation); dated a day or two
    # back it is the news (fresh11 jordan-valley, fresh21 iraqi-sunni-alliance)
    ("وكان صاروخ أُطلق من قطاع غزة وسقط في إسرائيل في 16 يوليو الماضي، شنت على إثره طائرات "
     "حربية إسرائيلية غارة على القطاع المحاصر منذ تسع سنوات.", "2015-08-08", "أُطلق",
     "historical"),
    ("وكانت مواجهات اندلعت مساء الثلاثاء بين الشبان المقدسيين وقوات الاحتلال في العيسوية، "
     "أطلقت خلالها القنابل الصوتية والغازية تجاه المواطنين والشبان.", "2015-08-06", "مواجهات",
     "asserted"),
    ("وكان كارتر قد زار بغداد الخميس، واجتمع مع رئيس الوزراء حيدر العبادي ورئيس البرلمان سليم "
     "الجبوري ووزير الدفاع خالد العبيدي.", "2015-07-25", "زار", "asserted"),
    # a word pointing back to a time already told (fresh13 boko-haram-slaughters, fresh3
    # yemen-french-hostage); since then is no such word (fresh tripoli-saadi)
    ("وقتل مئات ان لم يكن الآلاف من الاشخاص وخطف المئات من النساء والاطفال، ودمر آنذاك قسم "
     "كبير من مدينة باغا.", "2015-07-30", "دمر", "historical"),
    ("وقالت مصادر قبلية يمنية في مارس: إن بريم سيطلق سراحها لكن مكاوي هي التي افرج عنها فقط في "
     "ذلك الوقت.", "2015-08-08", "افرج", "historical"),
    ("واعتقل الساعدي منذ ذلك الحين في سجن بطرابلس حيث يواجه اتهامات بقتل لاعب كرة قدم.",
     "2015-08-03", "اعتقل", "asserted"),
    # a deed noun called former (fresh17 erekat; free region news 300f57252d76ed14)
    ("قال عريقات إن \"الجهود الفرنسية كما أعلنا مع وزير خارجية فرنسا لوران فابيوس أثناء لقاء "
     "سابق مع الرئيس محمود عباس، أنها مستمرة وندعمها بشكل كامل\".", "2015-07-27", "لقاء",
     "historical"),
    ("وحملت الطائرة الإماراتية مساعدات طبية من المتوقع أن يتم توزيعها على غرار المساعدات "
     "السابقة التي كانت قد وصلت إلى ميناء ومطار عدن.", "2015-07-25", "مساعدات السابقة",
     "historical"),
]


@pytest.mark.parametrize("text,published,word,expected", ROWS)
def test_background_dated_or_called_former_is_historical(text, published, word, expected):
    assert status_of(text, published, word) == expected
