"""Deeds named as done facts (status13): a deed told in the relative clause of an accord, a
truce or a proposal (الاتفاق النووي الذي أبرمته الدول الكبرى، لاتفاق السلام الذي تم التوصل
إليه، المقترحات السابقة، التي رفضها) names that accord by how it came about, as its
conclusion named after a word of "after" does (بعد توقيع الاتفاق النووي), and an outcome
a party or an effort is credited with (أسهمت في استعادة عدن) is a deed already done: both
are background, historical. Not with a time of the deed's own near it (the time passes judge
it), not a relative clause of another noun (the news's own deed told of its victim or its
object), not a deed a party helped with that is no outcome of fighting. Each row is a real
sentence of a dev article (set named) or of the news of other outlets (/work/wt/notes/free,
record named), with its article's date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # an accord named by its conclusion (fresh11 gentiloni-leon-warn-libya-isolation, fresh17
    # carter-baghdad-visit, free snn_syria_0266: a perfect opening with ت)
    ("حذر وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي إلى ليبيا برناردينو ليون "
     "الأطراف الليبية المتنازعة من مواجهة عزلة دولية في حال رفضها لاتفاق السلام الذي تم التوصل "
     "إليه في مدينة الصخيرات بالمغرب برعاية أممية.", "2015-07-23", "التوصل إليه", "historical"),
    ("وتأتي زيارة كارتر إلى بغداد ضمن جولة اقليمية شملت حتى الآن السعودية والاردن وإسرائيل، "
     "وتهدف إلى طمأنة حلفاء واشنطن في المنطقة من أن الاتفاق النووي التاريخي الذي أبرمته الدول "
     "الكبرى مع ايران، سيحول دون قدرة ايران على انتاج سلاح نووي.", "2015-07-23", "أبرمته",
     "historical"),
    ("وذكر ماكجورك في حسابه على موقع تويتر: إنه قدم إلى تركيا للقاء مستشار وزارة الخارجية "
     "التركية فريدون سينيرلي أوغلو، وعدد من المسؤولين الأتراك لبحث تنفيذ الاتفاق الذي توصل "
     "إليه البلدان بخصوص مكافحة داعش.", "2015-08-02", "توصل إليه", "historical"),
    # a proposal rejected before, a comma between (fresh10 south-sudan-igad-peace-deal: its
    # date lies past the time window)
    ("ويستعيد الاتفاق الحالي جزءا كبيرا من المقترحات السابقة، التي رفضها الرئيس سلفا كير وخصمه "
     "ونائبه السابق رياك مشار في السادس من مارس (آذار) الماضي، مع تصحيح حول نسب تقاسم السلطة "
     "داخل المؤسسات، وفق مصدر مقرب من الملف.", "2015-07-24", "رفضها", "historical"),
    # an accord's conclusion named after a word of "after" (team doha-lavrov-kerry-jubeir-meeting,
    # fresh15 netanyahu-israel-aid-talks)
    ("وسيناقش كذلك بالتفصيل دور ومكانة إيران في الشؤون الإقليمية بعد التوصل إلى الاتفاق بشأن "
     "برنامج طهران النووي في فيينا بين طهران والمجتمع الدولي.", "2015-08-03",
     "التوصل إلى الاتفاق", "historical"),
    ("مشيرة إلى أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو يحاول ابتزاز واشنطن بعد توقيع الاتفاق "
     "النووي الذي وقعته الدول الست الكبرى مع إيران، حيث يعتزم نتنياهو أن يضغط على الكونجرس "
     "الأمريكي لكيلا يوافق على الاتفاق النووي.", "2015-07-21", "توقيع الاتفاق", "historical"),
    # an outcome credited (fresh7 saudi-led-coalition-aden, fresh13 bahah-gcc-thanks)
    ("ويشن التحالف العربي منذ 26 اذار/مارس حملة جوية ضد المتمردين الحوثيين اسهمت في استعادة "
     "عدن ومطارها ومينائها.", "2015-08-03", "استعادة", "historical"),
    ("من جهته، أعرب نائب الرئيس اليمني خالد بحاح، عن تقديره البالغ للدور الذي تضطلع به دول "
     "مجلس التعاون لدول الخليج العربية وما تقدمه من جهد كبير أسهم في تحرير محافظة عدن واستعادة "
     "عدد من المناطق المهمة من قبضة الميليشيات المتمردة.", "2015-08-10", "تحرير محافظة",
     "historical"),
    # ... not an accord's conclusion with its own time near it: the news (seed
    # aleppo-evacuation-talks)
    ("ووفقًا لموقع قناة الجزيرة، قال أبو بكر أثناء اتصاله بالقناة: إن الاتفاق الذي تم التوصل "
     "إليه مساء الثلاثاء انهار، ولكن المفاوضات والاتصالات استمرت مع الروس.", "2016-12-15",
     "التوصل إليه", "asserted"),
    # ... not a signing ahead, after لـ (fresh10 south-sudan-igad-peace-deal)
    ("ويتوقع وصول المفاوضين عن طرفي النزاع الجمعة المقبل إلى أديس أبابا للاطلاع على مسودة "
     "الاتفاق، على أن تعقد قمة في العاصمة الإثيوبية في الخامس من أغسطس المقبل لتوقيع الاتفاق.",
     "2015-07-24", "توقيع الاتفاق", "future"),
    # ... not the relative clause of a victim or an object: the news's own deed (fresh21
    # duma-night-of-terror, fresh13 msf-liu-yemen-aden-mines)
    ("عاشت حفصة الدوابشة مثل آخرين ليلة رعب حقيقية، تشبه إلى حد كبير فيلم رعب هوليووديا، "
     "عندما تسلل اثنان من المستوطنين بداية هذا الأسبوع إلى منزل شقيقها سعد الذي أحرقه "
     "المستوطنون وزوجته مع ابنيه في قرية دوما الوادعة جنوب شرقي نابلس بالضفة الغربية.",
     "2015-08-06", "أحرقه", "asserted"),
    ("وأكد المتحدث أن هذا العدد من القتلى والجرحى ناجم عن الألغام الأرضية التي زرعتها ميليشيات "
     "الحوثي والرئيس المخلوع علي عبد الله صالح في آخر معاقلهم قبل انسحابها وسيطرة قوات المقاومة "
     "على هذه الأحياء السكنية في شمال عدن.", "2015-08-06", "زرعتها", "asserted"),
    # ... not taking part in an outcome: yesterday's news told by its fighters (free
    # snn_region_0505)
    ("وأكدت مصادر يمنية مطلعة، أن خبراء إيرانيين كانوا يتواجدون في قاعدة العند؛ لمساندة مليشيا "
     "الحوثي، وقوات صالح فروا أثناء الهجوم، في الوقت الذي أفاد فيه قائد عسكري ميداني، أن قرابة "
     "ثلاثة آلاف مقاتل، موالين للحكومة، شاركوا في استعادة قاعدة العند.", "2015-08-04",
     "استعادة", "asserted"),
    # ... not help with a deed that is no outcome (region nigeria-army-frees-captives), nor
    # taking part by an imperfect in fighting that goes on (fresh10 pentagon-iraqi-troops)
    ("وقالت أيضا القوات الجوية النيجيرية إنها ساعدت القوات البرية في صد هجوم لبوكو حرام حول "
     "قرية بيتا عند الطرف الجنوبي لمحمية سامبيسا وهي أحد معاقل بوكو حرام.", "2015-08-03", "صد",
     "asserted"),
    ("وقال الكولونيل ستيف وارن، على هامش مرافقته كارتر، إن نحو ثلاثة آلاف جنـدي من الجيش "
     "العراقي دربوا عـلى يد الائتلاف الــدولي الذي تقـوده الولايات المتحدة ضد التنظيم، يشاركون "
     "في معارك تمهد لاستعادة الرمادي من داعش.", "2015-07-24", "معارك", "asserted"),
]


@pytest.mark.parametrize(("text", "published", "word", "want"), ROWS)
def test_status13(text: str, published: str, word: str, want: str) -> None:
    assert status_of(text, published, word) == want
