"""Readings of trigger words that tell no deed (events24, issue 12), as stated patterns on
real sentences: a verb negated by لا/لن tells a habit, stance or prediction; a deed noun as
what a thing amounts to (يشكل تهديدا، يعتبر تعذيبا، أشكال التعذيب) is a judgement; a
commander's title (قائد عملية تحرير عدن) names an office; participles and adjectives of
trigger roots (بيان صادر عنها، خطر داهم، إيمانا قاطعا) and أصيب with a feeling or an illness
are no deed; أصيب in a relative clause describes the wounded; a natural hazard's blow or
toll (ضرب زلزال) is no party's deed. Sentences from the dev sets (fresh7, fresh10, fresh11,
fresh13, fresh15), the demo corpus and the region news; each refusal is paired with the
event it must keep."""

from __future__ import annotations

import pytest

from event_helpers import events_of

REFUSED = [
    # stance_negation_ok. fresh15 (Rivlin): a prediction
    ("ورأى ريفلين أنه «بإمكان الكنيست الموافقة على حل الدولتين، لكن الفلسطينيين لن يوافقوا "
     "عليه أبدًا.", "AGREE", "يوافقوا"),
    # fresh13 (Baghdad protests): a stance, what the speakers do not do
    ("وقال إن «المظاهرات حق مكفول دستوريًا ونحن لا نتظاهر من أجل شيء غير مشروع، بل من أجل "
     "أن تستجيب الحكومة لمطالب الشعب».", "PROTEST", "نتظاهر"),
    # fresh7 (Lebanon, the rubbish crisis): a figure of speech in the present
    ("ووصف سلام مشكلة النفايات بأنّها «كارثة وطنية لا تهدد المناخ الصحي والبيئي في البلاد "
     "فقط».", "THREATEN", "تهدد"),
    # region news: a denial that is no deed denied
    ("وقال إن هناك خلافات بين بلاده والولايات المتحدة لكن هذا لا ينفي وجود تباين في وجهات "
     "النظر.", "REJECT", "ينفي"),
    # deemed_ok. demo corpus and region news (Yemen): what the rebellion amounts to
    ("وقال الدكتور اليامي إن التمرد المسلح يشكل اعتداء مباشرا ومتواصلا على حق الشعوب في "
     "تقرير مصيرها.", "ASSAULT", "اعتداء"),
    ("أعتقد أن معظم الناس يدركون أن داعش يشكل تهديدا خطيرا.", "THREATEN", "تهديد"),
    # fresh11 (DCI Palestine): a measure deemed torture
    ("مشيرة إلى أن هذا الإجراء يعتبر تعذيبا حسب المعايير الدولية والقانون الدولي.",
     "ASSAULT", "تعذيب"),
    # fresh15 (force-feeding): a kind of deed
    ("لكن الجمعية الطبية الإسرائيلية التي تعتبر التغذية القسرية شكلا من أشكال التعذيب حثت "
     "الأطباء على عدم الامتثال للقانون.", "ASSAULT", "تعذيب"),
    # _office_title. fresh13 and the region news (Aden): a commander's title
    ("وقال العميد عبد الله الصبيحي قائد اللواء «15» وقائد عملية تحرير عدن إن القوة الموالية "
     "للشرعية وضعت استراتيجيتها للأيام القادمة.", "COERCE", "تحرير"),
    # senses.json. fresh15 (Allan's hunger strike): issued by, an imminent danger
    ("وأضافت اللجنة في بيان صادر عنها: إن حياة محمد علان الذي بدأ إضرابا مفتوحا عن الطعام "
     "في «خطر داهم».", "COERCE", "صادر"),
    ("وأضافت اللجنة في بيان صادر عنها: إن حياة محمد علان الذي بدأ إضرابا مفتوحا عن الطعام "
     "في «خطر داهم».", "COERCE", "داهم"),
    # fresh15 (Rivlin): the adjective categorical
    ("وقال: «إنني أؤمن إيمانًا قاطعًا بأنه يجب إيجاد حل لإنهاء المأساة».", "PROTEST", "قاطع"),
    # fresh13 (MSF, in presentation forms as printed): struck by shock
    ("وقالت إنها ﺃﺻﻴﺒﺖ ﺑﺼﺪﻣﺔ ﺑﺎﻟﻐﺔ إزاء هول ما شاهدته.", "ASSAULT", "ﺃﺻﻴﺒﺖ"),
    # fresh15 (Gaza): sinking into darkness, the intransitive
    ("واشتكى غزيون من أنهم عادوا ليغرقوا في ظلام دامس وطويل.", "ASSAULT", "يغرقوا"),
    # fallen_ok with أصيب. fresh13 (Taiz) and fresh10 (Duma): the wounded and their wounds
    ("ونتمنى أن تعود الطائرات محملة بالجرحى الذين أصيبوا بنيران المليشيات المسلحة لإنقاذ "
     "حياتهم.", "ASSAULT", "أصيبوا"),
    ("والد الطفل الرضيع الشهيد «علي دوابشة» الذي استشهد متأثرا بالحروق التي أصيب بها أثناء "
     "حرق منزله على يد مستوطنين.", "ASSAULT", "أصيب"),
    # hazard_ok. fresh15 (Sudan press review) and the region news (Pakistan)
    ("وتطرقت إلى ما أحدثته الفيضانات الشديدة والأعاصير في ميانمار من مقتل 114 شخصاً.",
     "ASSAULT", "مقتل"),
    ("ضرب زلزال بلغت قوته 6.7 درجات على مقياس ريختر اليوم باكستان.", "ASSAULT", "ضرب"),
    ("غير أن الزلزال أجبر سكان المناطق التي ضربها على الخروج من المنازل والمباني.",
     "ASSAULT", "ضرب"),
]


@pytest.mark.parametrize(("text", "kind", "word"), REFUSED)
def test_refused(text: str, kind: str, word: str) -> None:
    found = events_of(text)
    assert not any(t == kind and word in w for t, w in found), found


KEPT = [
    # fresh13 (Kurdish parties): a deed that did not take place, told with لم
    ("ولم تتفق الأحزاب الكردية على التمديد لولاية رئيس الإقليم.", "AGREE", "تتفق"),
    # demo corpus (Turkey): a denied attack and a deployment ruled out stay negated events
    ("وقال إن العمليات العسكرية التي تنفذها تركيا في سوريا والعراق لا تستهدف اكراد سوريا.",
     "ASSAULT", "تستهدف"),
    ("وقال داود أوغلو إن بلاده لن ترسل قوات برية الى سوريا.", "MOBILIZE", "ترسل قوات"),
    # fresh15: the approval the Knesset may give stays (no negation before it)
    ("ورأى ريفلين أنه «بإمكان الكنيست الموافقة على حل الدولتين، لكن الفلسطينيين لن يوافقوا "
     "عليه أبدًا.", "AGREE", "موافقة"),
    # demo corpus (Palmyra): the capture deemed, with the article, is the thing deemed
    ("وتعتبر السيطرة على المدينة الواقعة على بعد نحو 45 كيلومترا شمال غرب تدمر مهمة.",
     "COERCE", "سيطرة"),
    # an operation begun, no commander's title before it
    ("وأعلنت القوات الحكومية بدء عملية تحرير مدينة الرمادي من سيطرة تنظيم داعش.",
     "COERCE", "تحرير"),
    # the verbs of the same roots in their deed sense
    ("وصادرت قوات الاحتلال أراضي المواطنين في بلدة بيت أمر.", "COERCE", "صادرت"),
    ("وكان الائتلاف الوطني قد قاطع محادثات سلام جرت في موسكو.", "PROTEST", "قاطع"),
    ("وداهمت قوات الاحتلال منازل المواطنين في جنين واعتقلت ثلاثة شبان.", "COERCE", "داهمت"),
    # fresh7 (Libya): the causative, its object after it
    ("وقال متحدثون عسكريون إن طائرات حربية أغرقت يوم الأحد سفينة قرب مدينة بنغازي.",
     "ASSAULT", "أغرقت"),
    # fresh10: a death in a relative clause stays an event (the gold codes it on حرق, alt
    # استشهد; since events46 the arson noun tells it and the death is its toll)
    ("والد الطفل الرضيع الشهيد «علي دوابشة» الذي استشهد متأثرا بالحروق التي أصيب بها أثناء "
     "حرق منزله على يد مستوطنين.", "ASSAULT", "حرق"),
    # an air raid on a village once struck by floods: the raid is no hazard's
    ("وقتل خمسة مدنيين في غارة جوية على قرية تضررت من السيول الشهر الماضي.", "ASSAULT", "غارة"),
    # عاصفة names an operation, no hazard
    ("وأعلنت قيادة التحالف استمرار عمليات عاصفة الحزم وقصفت الطائرات مواقع الحوثيين.",
     "ASSAULT", "قصفت"),
]


@pytest.mark.parametrize(("text", "kind", "word"), KEPT)
def test_kept(text: str, kind: str, word: str) -> None:
    found = events_of(text)
    assert any(t == kind and word in w for t, w in found), found
