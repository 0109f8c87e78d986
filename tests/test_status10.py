"""Background told without a time, and deeds wished, allowed or aimed at, read as news
(status10): a verb of seizing ground right after a relative pronoun names a party or a place
by its record (historical: تنظيم داعش الذي استولى على مساحات واسعة), unless a time stands
near it; a deed someone can do now (تستطيع السلطات اعتقال) or told by an imperfect right
after أن / بأن with no status word (يرحب بأن يزور، يتعين ان تتعاون) is hypothetical, not
after a word of time (قبل أن تطلق النار) nor in a clause of managing (استطاع … أن يخطف); a
future verb or a verb of seeking sees its deed through إلى / على (ستتجه إلى تطهير), not
through a preposition of time (سيذهب بعد زيارته); a deed in the clause a condition word
opens is hypothetical however far from it (إذا لم يوافق الحوثيون … على الانسحاب), not past a
word of time, a whether or a perfect after إذا كان; a deed after اعتاد or دأب على is a
habit, background. Each row is a real sentence of a dev
article (set named) or of the filtered news of other outlets (scripts/free_news.py
--drop-dev), with its article's publication date."""

from __future__ import annotations

import pytest

from event_helpers import dated_status as status_of

ROWS = [
    # a seizure in a relative clause: the party's record (fresh5 carter-baghdad, fresh25
    # cavusoglu, fresh11 houthis-execute, free region snn_region_0688)
    ("وقال البيان إن الزعيمين ناقشا أيضا تعميق تعاونهما في القتال ضد تنظيم داعش المتشدد الذي "
     "استولى على مساحات واسعة من الأراضي في سوريا والعراق.", "2015-07-24", "استولى",
     "historical"),
    ("ويشير هذا القرار الى تكثيف للدور التركي في مكافحة مسلحي التنظيم الذين سيطروا على مناطق "
     "شاسعة في العراق وسوريا.", "2015-08-06", "سيطروا", "historical"),
    ("وأفاد مصدر عسكري أن السلاح النوعي الواصل إلى الجيش والمقاومة يمكنه قلب المعادلة المختلة "
     "الناتجة عن تفوق الميليشيات وقوات الرئيس المخلوع في العتاد الحربي الذي تم الاستيلاء عليه "
     "من معسكرات ومخازن الجيش والأمن.", "2015-08-04", "الاستيلاء", "historical"),
    ("وتشهد عدة مدن يمنية انتفاضة مسلحة ضد قوات الحوثيين وصالح التي سيطرت عليها بتواطؤ من قادة "
     "ألوية في الجيش موالين لعلي عبدالله صالح.", "2015-08-09", "سيطرت", "historical"),
    # ... not with a time near it, nor a seizure told as the news by its own verb (free Syria
    # snn_syria_0392; free region snn_region_0688)
    ("وقال مدير المرصد رامي عبدالرحمن: «قام داعش بخطف 170 سنيًا، وأكثر من 60 مسيحيًا، بتهمة "
     "التخابر مع النظام، وذلك خلال عملية مداهمة لمدينة القريتين التي استولوا عليها، الأربعاء».",
     "2015-08-08", "استولوا", "asserted"),
    ("وسيطرت المقاومة على دبابة ومدفع 23، حسبما أفادت المصادر.", "2015-08-09", "سيطرت",
     "asserted"),
    # a power to do it (fresh israel-administrative-detention)
    ("وبحسب القانون الإسرائيلي الموروث من الانتداب البريطاني، تستطيع السلطات العسكرية اعتقال "
     "مشتبه به لستة أشهر من دون توجيه تهمة إليه.", "2015-08-09", "اعتقال", "hypothetical"),
    # an imperfect after أن / بأن (fresh23 asiri-coalition, fresh21 iraqi-sunni-alliance, free
    # Syria snn_syria_0423)
    ("وقال عسيري إن التحالف يرحب بأن يزور محققون اليمن لبحث الانتهاكات الحقوقية التي قد يكون "
     "ارتكبها أي من أطراف الحرب.", "2015-07-31", "يزور", "hypothetical"),
    ("الجانبان بحثا مستجدات الحرب ضد تنظيم داعش الارهابي، ومن المرحج ان يزور الوزير الأميركي "
     "تركيا بعد انتهاء زيارته الحالية في اربيل.", "2015-07-25", "يزور", "hypothetical"),
    ("قال وزير الخارجية الروسي سيرجي لافروف إنه يتعين ان تتعاون الولايات المتحدة مع الرئيس "
     "السوري بشار الأسد في محاربة تنظيم داعش.", "2015-08-09", "تتعاون", "hypothetical"),
    # ... a status word still wins (fresh10 south-sudan-igad); not after a word of time
    # (fresh13 aqsa-incursions), nor after a verb of managing (free region snn_region_0060)
    ("ومن المقرر أن يزور أوبراين قاعدة للأمم المتحدة في بنتيو، عاصمة ولاية الوحدة الشمالية.",
     "2015-07-24", "يزور", "future"),
    ("فإن قوات الاحتلال الإسرائيلي وصلت في ساعات الفجر الأولى أمس، لاعتقال أحد أبناء أبو ماريا "
     "قبل أن تطلق النار عليه وعلى أولاده.", "2015-07-24", "تطلق النار", "asserted"),
    ("وقد استطاع بفعل تلك الإثارة التي يشوبها كثير من الخداع أن يخطف أبصار المشاهدين، بل ويسجل "
     "أكبر نسبة مشاهدة.", "2015-07-22", "يخطف", "asserted"),
    # a future verb's deed through إلى (fresh13 taiz-mikhlafi); not through بعد (free Syria
    # snn_syria_0324)
    ("وقال الناطق الرسمي للمقاومة الشعبية في محافظة عدن إن المقاومة ستتجه إلى تطهير المناطق "
     "المحاذية للمدينة من جهة محافظة لحج.", "2015-07-24", "تطهير", "future"),
    ("وقال فوزي إن ولد الشيخ أحمد سيذهب بعد زيارته لمصر إلى سلطنة عمان حيث التقى من قبل "
     "بممثلين للحوثيين.", "2015-08-06", "زيارته", "asserted"),
    # a deed in a condition's clause, past the status scope (fresh23 asiri-coalition; free
    # Syria snn_syria_0345; free region snn_region_0458)
    ("مبينا أنه إذا لم يوافق الحوثيون المتحالفون مع إيران في نهاية المطاف على الانسحاب من صنعاء "
     "فإنه سيكون للحكومة الحق في إخراجهم بالقوة.", "2015-07-31", "انسحاب", "hypothetical"),
    ("وأضاف أن هذا التطور لا يمثل فرض حظر طيران بشكل رسمي، لكنه سيكون كذلك في حال حاولت "
     "مقاتلات الأسد القيام بالقصف.", "2015-08-06", "القصف", "hypothetical"),
    ("وكتبت الناشطة اليمنية توكل كرمان أن الحوثي في خطاباته سيظل يكرر عبارة المعركة لم تبدأ بعد "
     "إذا لم يعمل على تسليم الأسلحة التي بحوزته.", "2015-08-03", "تسليم", "hypothetical"),
    # ... not a deed that frames it (fresh19 iraq-national-archives), a whether (team
    # jordan-army-destroys), nor a perfect after إذا كان (free region snn_region_0256)
    ("واتخذ النظام السابق هذه القرار تحسبا لتلف الوثائق في حال تعرضت دار الكتب للقصف خلال "
     "المعارك في 2003 حسب العلوجي.", "2015-08-08", "المعارك", "historical"),
    ("ولم تكشف السلطات الأردنية عن مصير قائد المركبة، وما إذا كان برفقته أشخاص آخرين أم لا، وما "
     "إذا كان قد أصيب خلال تدمير المركبة أم لا.", "2015-08-08", "تدمير", "asserted"),
    ("وإذا كان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد رفض، كما أكدت صحيفة «هآرتس» "
     "الإسرائيلية، عروضاً سابقة من الرئيس أوباما لتطوير قدرات الجيش الإسرائيلي.", "2015-07-26",
     "رفض", "asserted"),
    # a habit (free region snn_region_0691)
    ("يصف الكاتب حالة الأمن والنظام فيقول إن الناس اعتادوا سماع إطلاق الرصاص طوال الليل، وتشييع "
     "الجنائز طبعا طوال النهار.", "2015-08-09", "إطلاق الرصاص", "historical"),
]


@pytest.mark.parametrize(("text", "published", "word", "status"), ROWS)
def test_status10(text: str, published: str, word: str, status: str) -> None:
    assert status_of(text, published, word) == status
