"""Event detection of events51 (issue 12, deeds the trigger list missed): forces arriving, a
collective force the first word after وصل or in the phrase of وصول (وصول قوات إماراتية), are
MOBILIZE; not reinforcements (told by the noun تعزيزات's own row), soldiers at a door in a raid,
an official's visit or relief reached. A state of alert (حالة تأهب، درجة التأهب) and forces
getting ready (يتأهب مقاتلو المقاومة) are MOBILIZE, one bracing for an outcome (نتأهب لاحتمال)
not; opposition told by the verb (يعارض، يعارضون) is REJECT, the adjective عارض not, nor a
stance after a relative pronoun and كان (التي كانت تعارض: triggers.relative_stance_ok). The dual
of ناقش (ناقشا، سيناقشان) and the plural noun مناقشات are CONSULT, and so is a reception governed
by a word of time (خلال استقباله، لدى استقبال), receiving requests not. القضاء على with fighters
counted is ASSAULT, a goal (القضاء على تنظيم داعش يتطلب، القضاء على بعض الجيوب) not. A killing
governed by a light verb (تمكنت من قتل) is its subject's deed beside an attack told after it, the
outcome of one told before it (triggers.capable_killing). Data: data/events/triggers.tsv (block
events51), senses.json (rows وصل MOBILIZE, تأهب, القضاء على, استقبال; classes arriving_forces,
eliminated), markers.json (pluperfect_auxiliaries, read by one more pass). Sentences from the dev
gold (sets named below) and from the region and Syria news of /work/wt/notes/free."""

from __future__ import annotations

import pytest

from event_helpers import events_of, has_event

FOUND = [
    # (sentence, category, the trigger's first word)
    ("إلا أن مظاهر الفرح القت بظلالها على محيا الاطفال لحظات وصول القوات السعودية في مشهد يصور "
     "الأطفال من خلاله على أن قواتنا مصدر أمان للشعب اليمني.", "MOBILIZE", "وصول"),  # region news
    ("كشف مسؤول يمني بارز يعمل في مطار عدن، عن وصول قوات إماراتية ضمن دول التحالف بقيادة "
     "السعودية، بهدف تأمين المطار الدولي، بعد استئناف الرحلات التجارية، وفقًا للجداول المحددة "
     "سلفًا.", "MOBILIZE", "وصول"),  # region news
    ("من ناحية ثانية، يتأهب مقاتلو المقاومة لاقتحام قاعدة العند الجوية في لحج، فيما تمكنت "
     "المدفعية السعودية أمس، من تدمير رتل عسكري وعدد من الآليات كانت متجهة لتعزيز فلول الحوثيين "
     "بالقرب من الحدود السعودية.", "MOBILIZE", "يتأهب"),  # fresh19
    ("على صعيد آخر، ومن الناحية الأمنية حالة تأهب قصوى وتوتر في الضفة الغربية في أعقاب عملية "
     "الدهس التي وقعت ظهر الخميس في طريق60.", "MOBILIZE", "حالة تأهب"),  # fresh15
    ("وأضافت قائلة: «بناء على استنتاجات مجلس الشؤون الخارجية الذي انعقد في 20 يوليو (تموز) "
     "الجاري، يعارض الاتحاد الأوروبي بشدة السياسات والإجراءات المتخذة في هذا السياق، مثل بناء "
     "الجدار العازل وراء خط 1967.", "REJECT", "يعارض"),  # fresh17
    ("وأشار سعيدي إلى تفضيل «الملا أختر» إجراء محادثات مع الحكومة الأفغانية لإنهاء حرب عمرها 13 "
     "عامًا، ولكنه يواجه منافسين أقوياء داخل الحركة يعارضون تلك المحادثات خاصة عبد القيوم ذاكر، "
     "السجين السابق في غوانتانامو.", "REJECT", "يعارضون"),  # region news
    ("وقال البيان إن الزعيمين ناقشا أيضا تعميق تعاونهما في القتال ضد تنظيم داعش المتشدد الذي "
     "استولى على مساحات واسعة من الأراضي في سوريا والعراق.", "CONSULT", "ناقشا"),  # fresh5
    ("وقال مسؤول كبير بوزارة الخارجية الأميركية دون الخوض في تفاصيل إن كيري ولافروف «سيناقشان "
     "سلسلة من القضايا محل الاهتمام المشترك» في اجتماع بالعاصمة الماليزية كوالالمبور.",
     "CONSULT", "يناقشان"),  # Syria news: the future prefix read as a clitic (status future)
    ("وفي واشنطن قال مسؤولون أمريكيون إن مناقشات تجري بشأن حجم ونطاق منطقة آمنة على الحدود تخلى "
     "من مقاتلي الدولة الإسلامية وتتيح لمسلحي المعارضة المعتدلة العمل بحرية.", "CONSULT",
     "مناقشات"),  # fresh27
    ("وأعرب الزياني، لدى استقبال نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، له الليلة "
     "الماضية في الرياض، عن ارتياحه لما تحقق من نجاحات عسكرية للجيش الوطني والمقاومة الشعبية في "
     "اليمن حتى الآن في محافظتي عدن ولحج وبقية المحافظات.", "CONSULT", "استقبال"),  # fresh13
    ("ونقلت وكالة الأنباء الإيرانية «إرنا» عن الرئيس الإيراني حسن روحاني، قوله خلال استقباله وليد "
     "المعلم، بأن «طريق الحل لمشكلة سوريا هو الحل السياسي».", "CONSULT", "استقباله"),  # Syria news
    ("من جهته أعلن قائد العمليات في بابل اللواء رياض الخيكاني أن قيادة عمليات بابل تمكنت من "
     "القضاء على 10 إرهابيين بينهم انتحاري شيشاني الجنسية حاولوا الاعتداء على القطعات العسكرية في "
     "المحور الجنوبي.", "ASSAULT", "القضاء"),  # region news
    ("وأضاف المحمدي «أن القطعات العسكرية تمكنت من قتل أعداد كبيرة في صفوف الإرهابيين وهي في تقدم "
     "مستمر باتجاه تحقيق الأهداف المرسومة لها بتحرير مدينة الرمادي بالكامل من سطوة تنظيم داعش».",
     "ASSAULT", "قتل"),  # region news: beside the advance, the killing is a deed of its own
]


@pytest.mark.parametrize("text, category, word", FOUND)
def test_found(text: str, category: str, word: str) -> None:
    assert has_event(text, category, word), events_of(text)


REFUSED = [
    # (sentence, category, word): no event of the category on the word
    ("قال كيري لصحفيين في الدوحة، يوم الإثنين: \"بوسع الجميع أن يأمل في طي الصفحة لكننا نتأهب "
     "لاحتمال ألا يحدث هذا.\"", "MOBILIZE", "نتأهب"),  # Syria news: no force near it
    ("قائلا إنه “حدث جزئي عارض”، وإن تلك “التطورات يعتبرها الآخرون مكسباً”، وهو ما فسره مراقبون "
     "بأنه إقرار واعتراف بالهزيمة.", "REJECT", "عارض"),  # region news: the adjective
    ("وترى «الإندبندنت» أن القضاء على تنظيم داعش يتطلب تسليح ودعم وتدريب السوريين والعراقيين "
     "ليقوموا بالعمل بأنفسهم.", "ASSAULT", "القضاء"),  # Syria news: a goal, no count
    ("أكد العقيد منصور بن أحمد الغامدي مدير جوازات منطقة الباحة المكلف أن إدارته بدأت في استقبال "
     "طلبات الأشقاء اليمنيين الراغبين في تصحيح أوضاعهم.", "CONSULT", "استقبال"),  # region news
    ("وعبر الحريري خلال الاستقبال عن الشكر لخادم الحرمين الشريفين على حرص المملكة على أمن لبنان "
     "واستقراره.", "CONSULT", "الاستقبال"),  # fresh15: the reception told before, named back
    ("مشيرة إلى أن كل المساعدات التي وصلت هي لقوات التحالف بقيادة السعودية التي أرسلت لوحدها أربع "
     "طائرات إغاثية حتى الآن.", "MOBILIZE", "وصلت"),  # Syria news: aid, not forces, arrived
    ("وصل وزير الدفاع الأميركي اشتون كارتر أمس الجمعة إلى مدينة اربيل في إقليم كردستان.",
     "MOBILIZE", "وصل"),  # fresh21: a visit (CONSULT)
    ("وعندما وصل الجنود إلى مدخل البيت الداخلي طلب أحدهم من أحمد، الابن البكر للشهيد، بالتعريف على "
     "إخوته.", "MOBILIZE", "وصل"),  # fresh17: soldiers at a door in a raid, no force deployed
    ("في 28 أبريل وصلت تعزيزات كبيرة للميليشيات من العريش، ودخلت خط الساحل والمطار.",
     "MOBILIZE", "وصلت"),  # region news: told by the noun تعزيزات's own row
    ("واختتم حديثه بالقول: نعمل حاليا على القضاء على بعض الجيوب في مأرب للانطلاق واستعادة الدولة.",
     "ASSAULT", "القضاء"),  # fresh3: a goal, no fighters counted
    ("وتنفجر في هذه المنطقة باستمرار نزاعات بين المجموعات العرقية والقبائل التي كانت تعارض النظام "
     "في الماضي وتسعى الى السيطرة على موارد النفط والمياه.", "REJECT", "تعارض"),  # fresh11
    ("وقالت في بيان إن طيران التحالف الدولي وجه عددا من الضربات لمساندة القطعات الموجودة على الأرض "
     "في محافظة الأنبار وتمكن من قتل 28 إرهابيا وتدمير ثمانية هاونات.", "ASSAULT",
     "قتل"),  # fresh23: the strikes' outcome, one event with them
]


@pytest.mark.parametrize("text, category, word", REFUSED)
def test_refused(text: str, category: str, word: str) -> None:
    assert not has_event(text, category, word), events_of(text)
