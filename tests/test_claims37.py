"""Claims that held on news the passes were never tuned on (claims37, issue 12).

Read on 300 unannotated Saudi news records (scripts/free_news.py): no cue in a second person
form (تذكرون); no speaker in في/على with a pronoun (وقال فيه، وكتب عليه); a fronted topic
gives way to the name after the verb (وبهذا الخصوص قال قعيم إن); a manner participle after
the verb (أضاف متسائلا) is no speaker; the "according to" frames: no source in a rule or plan
acted on (وفق خطط، وفقا لتوجيهات), the verb after ما/لما is the frame's (وفقا لما ذكرته وكالة
…), a فإن/فقد further on opens the content (وطبقًا للمقدم علي الشهراني … فإن), a frame
between dashes before إن is an aside of the verb before it; a participle after فيما + a verb
is that verb's subject's; a dropped speaker found from a name's last word is the whole name.
Sentences from the free news (snn_region_*) and the dev gold."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of
from rasd.lexicons import cue_matcher, second_person_plurals
from rasd.text.segment import tokenize

READ = [
    # (text, speaker, cue, content's start)
    # fresh13 (libya-interior-minister): a fronted topic, the name after the verb
    ("وقال مسؤولون عسكريون إن قوات الجيش قامت بمحاولة جديدة للتقدم نحو الميناء التجاري. وبهذا "
     "الخصوص قال قعيم إن «الجيش أحرز تقدما في محور الصابري وقمنا بهجوم قوي وكاسح».",
     "قعيم", "قال", "الجيش أحرز تقدما"),
    # fresh19 (carter-jabouri): وفيما يتعلق بـ… is the topic, الجبوري the subject
    ("وقال إن صوت الدعوة إلى تقسيم العراق يتعالى، وفيما يتعلق بخيار إقامة إقليم للسنة وآخر "
     "للشيعة أوضح الجبوري أن الإقليمين مشكلة وحل بالوقت نفسه.", "الجبوري", "أوضح",
     "الإقليمين مشكلة"),
    # news snn_region_0483: a manner phrase after the verb, the subject before it stays
    ("لا أحد ممن سألناهم استبدل الورق بكتب إلكترونية، وإن كان البعض يعترف بصوت خفيض إنه يسعى "
     "إلى تنزيل بعض الكتب المقرصنة.", "البعض", "يعترف", "يسعى إلى تنزيل"),
    # news snn_region_0522: وقال فيه: the statement's author, not فيه
    ("جاء ذلك في البيان الذي أصدره معالي الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله "
     "بن عبدالمحسن التركي، وقال فيه : إن رابطة العالم الإسلامي تابعت بأسىً التصريحات التي "
     "صدرت عن نائب الرئيس العراقي.", "عبدالله بن عبدالمحسن التركي", "قال",
     "رابطة العالم الإسلامي تابعت"),
    # news snn_region_0283: متسائلا tells how he said it
    ("وقال المايسترو سحاب في مقابلة مع رويترز أن \"أغاني أم كلثوم ستظل تلاقي معجبين لها\" "
     "ولكنه اضاف متسائلا \"أين هي الفرقة العربية التي تقدم التراث أين هي\" مؤكدا انه عندما "
     "تجد الناس فرصة ستأتي للاستماع.", "المايسترو سحاب", "اضاف", "أين هي الفرقة"),
    ("وقال المايسترو سحاب في مقابلة مع رويترز أن \"أغاني أم كلثوم ستظل تلاقي معجبين لها\" "
     "ولكنه اضاف متسائلا \"أين هي الفرقة العربية التي تقدم التراث أين هي\" مؤكدا انه عندما "
     "تجد الناس فرصة ستأتي للاستماع.", "المايسترو سحاب", "مؤكدا", "عندما تجد الناس"),
    # fresh23 (ankara-akp-building): the verb after لما is the frame's; فقد opens the content
    ("ووفقا لما ذكرته وكالة أنباء \"الأناضول\" فجر اليوم (الأربعاء)، فقد قام المواطنون أمس "
     "بإبلاغ الشرطة عقب اشتباههم في صندوق موضوع أسفل إحدى السيارات.",
     "وكالة أنباء \"الأناضول\"", "وفقا لما ذكرته", "قام المواطنون"),
    # news snn_region_0551: a trailing frame with its verb
    ("وعقد الغويل اجتماعات مكثفة أمس مع عدد من الوزراء والمستشارين بخصوص الأزمة التي تمر بها "
     "البلاد، وفقا لما بثته وكالة الأنباء الموالية لحكومته، لكنه تجاهل على ما يبدو قصة تعرض "
     "السجناء للتعذيب.", "وكالة الأنباء الموالية لحكومته", "وفقا لما بثته", "وعقد الغويل"),
    # news snn_region_0368: the source's phrase runs on to فإن
    ("سقطت مقذوفات عسكرية أمس في مدينة نجران أطلقت من داخل الأراضي اليمنية، وطبقًا للمقدم علي "
     "الشهراني المتحدث الإعلامي للدفاع المدني بمنطقة نجران فإن فرق الدفاع المدني بمدينة نجران "
     "باشرت ظهر أمس حادثة سقوط مقذوف عسكري.",
     "مقدم علي الشهراني المتحدث الإعلامي للدفاع المدني بمنطقة نجران", "طبقًا", "فرق الدفاع"),
    # news snn_region_0136: an outlet and a comma before فإن
    ("وحسب مصدر في المقاومة لـ«الشرق الأوسط»، فإن تحرير مدينة عدن من قبضة الميليشيات، أدى إلى "
     "رفع المعنويات.", "مصدر في المقاومة", "حسب", "تحرير مدينة عدن"),
    # news snn_region_0513: the name's complement before فإن
    ("ووفقا لمنظمة بتسيلم الاسرائيلية لحقوق الإنسان فإن 391 فلسطينيا محتجزون دون محاكمة "
     "اعتبارا من مايو أيار.", "منظمة بتسيلم الاسرائيلية لحقوق الإنسان", "وفقا", "391 فلسطينيا"),
    # news snn_region_0022: the frame between dashes is the verb's aside
    ("يقول الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي - حسب وكالة الصحافة الفرنسية - "
     "إن «مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي ومنشآته الحيوية».",
     "الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي", "يقول", "مقاتلي المقاومة"),
    ("وقال سكان محليون - حسب وكالة الأنباء الألمانية - إن طيران التحالف شن الاثنين ثلاث غارات "
     "جوية على منزل اللواء مهدي مقولة.", "سكان محليون", "قال", "طيران التحالف"),
    # news snn_region_0615: أما names the topic, the cue with ف answers it
    ("أما منيف الزهيري، وهو قيادي في القوات التي تقاتل الحوثيين ونائب مدير المطار، فأفاد: «في "
     "نحو الساعة الواحدة مساء وصلت طائرة تابعة للخطوط الجوية اليمنية».", "منيف الزهيري",
     "أفاد", "في نحو الساعة"),
    ("أما المولوي أكبر أغا، وهو قيادي سابق في طالبان، فقال إن الحركة تمر بمرحلة صعبة.",
     "المولوي أكبر أغا", "قال", "الحركة تمر"),
    # fresh21 (aden-fuel-black-market): the speaker after the outlet, a comma and a time
    ("وقال لـ\"الاقتصادية\"، أمس، مصدر مطلع من هناك، إن البترول متوافر في عددٍ من محافظات "
     "اليمن، لافتاً إلى أن عدن تشهد وفرة في مشتقات النفط.", "مصدر مطلع من هناك", "لافتاً",
     "عدن تشهد"),
    # fresh23 (houthis-use-defence-minister): the subject of the conjoined opening verb
    ("وطالبت قيادات قبلية وميدانية في المقاومة في لحج تحدثت لـ «عكاظ» المنظمات الدولية "
     "والحقوقية بالعمل على وضع حد لممارسات المليشيات الحوثية، وخاصة بعد نقل وزير الدفاع محمود "
     "الصبيحي المحتجز بأحد السجون في لحج إلى مواقع متقدمة في جبهة لحج، مبينة أن توجيهات "
     "أصدرها أحد قيادات الحوثي بنقل المعتقلين كدروع بشرية.",
     "قيادات قبلية وميدانية في المقاومة في لحج", "مبينة", "توجيهات أصدرها"),
    # fresh21 (iraqi-sunni-alliance): a quoted name between a person noun and its title
    ("ويهدد بالقتل كل من يحاول الخروج منها وقال الشيخ “احمد درع الجميلي” المتحدث الرسمي باسم "
     "مجلس شيوخ ووجهاء قضاءي الفلوجة والگرمة، إن “تنظيم داعش أعدم 22 عنصرا من الجيش العراقي”.",
     "الشيخ “احمد درع الجميلي” المتحدث الرسمي باسم مجلس شيوخ ووجهاء قضاءي الفلوجة والگرمة",
     "قال", "تنظيم داعش أعدم"),
    # news snn_region_0087: a quoted name after باسم, an outlet after it, then أن
    ("وأوضح عدنان الكاف الناطق الرسمي باسم «ائتلاف عدن للإغاثة الشعبية» لـ«الشرق الأوسط»، أن "
     "الائتلاف قام بتوزيع 6500 سلة غذائية في منطقة القاهرة.",
     "عدنان الكاف الناطق الرسمي باسم «ائتلاف عدن للإغاثة الشعبية»", "أوضح", "الائتلاف قام"),
    # news snn_region_0165, 0363: the object of a set phrase ends the speaker
    ("ولفت الجبير الانتباه إلى أن المشكلة التي نواجهها تدخل إيران في شأن دول المنطقة.",
     "الجبير", "لفت", "المشكلة التي"),
    ("وكشف ولد الشيخ أحمد النقاب عن أهم النقاط التي عرضها على الجامعة العربية بشأن الحل "
     "السياسي في اليمن.", "ولد الشيخ أحمد", "كشف", "أهم النقاط"),
    # news snn_region_0789: a person noun inside a body's name is no dropped speaker
    ("وعبر د. الزياني في تصريح صحافي عقب زيارته للمركز الإعلامي عن سعادته بزيارته لمركز الملك "
     "سلمان للإغاثة والأعمال الإنسانية، وقال \"تشرفت اليوم بتلبية دعوة د. عبدالله الربيعة "
     "لزيارة المركز المهم\".", "الزياني", "قال", "تشرفت اليوم"),
    # region (badakhshan-taliban-attack): الستار of a name is no set phrase's object
    ("وقال نائب حاكم الاقليم عبد الستار باريز إن العملية العسكرية بدأت في منطقة ألمار صباح أمس.",
     "نائب حاكم الاقليم عبد الستار باريز", "قال", "العملية العسكرية"),
    # news snn_region_0726: the participle after فيما + verb is that verb's subject's
    ("وقال الدكتور ممدوح غراب، رئيس جامعة قناة السويس، إن هناك عمقا في العلاقة بين مصر وليبيا. "
     "فيما قدم الدكتور مبارك الشكر والتحية والتقدير لكل أساتذة جامعة قناة السويس، مشيرًا إلى "
     "الارتباط الوثيق بين الجامعة الدولية وجامعة قناة السويس.", "الدكتور مبارك", "مشيرًا",
     "الارتباط الوثيق"),
]


@pytest.mark.parametrize("text,speaker,cue,content", READ)
def test_read(text: str, speaker: str, cue: str, content: str) -> None:
    got = [c for c in claims_of(text) if c[1] == cue and c[2].startswith(content)]
    assert [c[0] for c in got] == [speaker], claims_of(text)


NONE = [
    # (text, cue that reports nothing)
    # news snn_region_0625: "do you remember", second person
    ("هل تذكرون لقاء «أحمد علي صالح» بالأمير محمد بن سلمان في الرياض قبل أن يعلن الملك سلمان "
     "بدء العاصفة.", "تذكرون"),
    # news snn_region_0616: what is written on the passport
    ("وحمل الجواز صورة الرئيس، وكتب عليه «هذا الجواز صادر بناء على اتفاقية الحكومة الذاتية "
     "الفلسطينية».", "كتب"),
    # news snn_region_0024, 0696, 0251: "in accordance with" a plan, instructions, conditions
    ("إذ جرت مناقشة العمليات العسكرية الأخيرة التي نفذتها الوحدات وفق خطط مركز العمليات.",
     "وفق"),
    ("وأوضح رأفت الصباغ أن هذه الفعاليات تنطلق وفقا لتوجيهات خادم الحرمين الشريفين الملك سلمان "
     "بن عبد العزيز، حيث ظل المركز يواصل جهودا مكثفة لدعم اليمنيين.", "وفقا"),
    ("أعلنت قيادة قوات التحالف الالتزام بهدنة إنسانية في اليمن لمدة خمسة أيام، وفق شروط أهمها "
     "التزام الحوثيين وحلفائهم بالهدنة.", "وفق"),
    # news snn_region_0022: no claim of the frame between dashes
    ("يقول الناطق باسم مجلس قيادة المقاومة الشعبية علي الأحمدي - حسب وكالة الصحافة الفرنسية - "
     "إن «مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي».", "حسب"),
    # fresh21 (duma-night-of-terror): the clause before the frame is cut inside a quotation
    ("قبل أن يستيقظ الجميع على صرخات سعد ينادي أهالي قريته: «ساعدوني، لقد أحرقونا جميعا»، "
     "بحسب ما قاله شهود عيان من أهالي الضحايا لـ«الشرق الأوسط».", "بحسب ما قاله"),
    # news snn_region_0094: a plural cue finds no plural speaker (not the man named before)
    ("واصدر المرجع الديني العراقي السيد الصرخي الحسني، بيانا ردا على رسالة من شيوخ عشائر الموصل "
     "وصلاح الدين والأنبار، قالوا فيها: نبلّغكم التحية والسلام من عشائرنا.", "قالوا"),
]


@pytest.mark.parametrize("text,cue", NONE)
def test_no_claim(text: str, cue: str) -> None:
    assert [c for c in claims_of(text) if c[1] == cue] == []


def test_nested_addressee_stays_object() -> None:
    """أبلغ's noun phrase is the one told: the subject before it stays the speaker."""
    got = claims_of("وقالت الخارجية الروسية إن الوزير سيرجي لافروف أبلغ نظيره الأمريكي بأن "
                    "السلطات مستعدة لفتح الطريق أمام المسلحين.")
    assert [c[0] for c in got if c[1] == "أبلغ"] == ["الوزير سيرجي لافروف"]


def test_second_person_forms() -> None:
    assert second_person_plurals("يقول") == {"تقولون"}
    assert second_person_plurals("ينفي") == {"تنفون"}
    assert second_person_plurals("-") == set()
    m = cue_matcher()
    for form in ("تذكرون", "تقولون"):
        assert not m.find(form, tokenize(form)), form
    for form in ("يذكرون", "تذكر", "قالوا", "تعللوا"):
        assert m.find(form, tokenize(form)), form


def test_dropped_speaker_whole_name() -> None:
    """news snn_region_0036: the nearest name before a subjectless cue, found from its last
    word, is the whole name."""
    got = claims_of("ليست لديه خلافات ولكن بعد ظهور منصور البلوي في احد البرامج وقال إن "
                    "عبدالفتاح نجم الكرة السعودية القادم.")
    assert [c[0] for c in got if c[1] == "قال"] == ["منصور البلوي"]


def test_charge_before_a_relative_complementizer() -> None:
    """news snn_region_0484: the charge (بفرض) comes before the أنه of a relative clause
    (الذي يعرف أنه), which is no content of the accusation."""
    got = claims_of("واتهمت بعض الشخصيات في طالبان أوساطا موالية لباكستان بفرض الملا منصور، "
                    "الذي يعرف أنه من أنصار محادثات السلام.")
    assert not [c for c in got if c[2].startswith("من أنصار")]
