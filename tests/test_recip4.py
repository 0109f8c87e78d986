"""recip4 (issue 12, twentieth session): recipients of talks, thanks, verdicts and blame
(rasd.events.counterparts, words in data/events/counterparts.json).

- `met_party`: the party a talk meets after مع past the subject's asides (a comma, a time, a
  في phrase), where the role preposition's own scan stops (at a comma, after six words).
- `guest_after_asides`: a verb of meeting (استقبل، التقى) meets the phrase after its
  subject's asides (a time, a place or venue, a comma).
- `thanked_party`: a noun of thanks (شكره، الشكر، تقديرها) thanks the party after its ل, or
  the doers in construct after a noun of deeds there (لجهود دول مجلس التعاون).
- `sentenced`: a verdict falls on the party after على past its penalty (بالسجن عامين على)
  or on a penalty noun's genitive (بإعدام سيف الإسلام، بمعاقبة ستة متهمين).
- `blamed_party`: حمّل X المسؤولية blames X.
- `asker_complied_with`: the party after من of a request complied with (بناء على طلب من،
  نزولا عند طلب من) asked: the actor, not the recipient.
- `asked_in_statement`: a verb of asking with a statement's pronoun after it (بيانا تطالب
  فيه الحكومة ب) asks the phrase after that pronoun.

Sentences from the dev sets (fresh5 … fresh25) and the free news of scripts/free_news.py
(snn_region_*, snn_syria_*); the guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import roles_of

FOUND = [
    # fresh19: مع after a time between commas
    ("بحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، مساء أمس، مع وزير الخارجية المصري "
     "سامح شكري، العلاقات الأخوية بين البلدين الشقيقين، والأوضاع في المنطقة.", "بحث",
     "وزير الخارجية المصري سامح شكري"),
    # fresh19: مع after a time and a place phrase of seven words
    ("في السياق ذاته، اجتمع وزير الخارجية عادل الجبير أمس في فرع وزارة الخارجية بجدة مع شكري "
     "والوفد المرافق له، وجرى خلال الاجتماع بحث الموضوعات ذات الاهتمام المشترك بين البلدين "
     "الشقيقين.", "اجتمع", "شكري"),
    # snn_syria_0172: a meeting noun, مع after a venue and a comma
    ("وأكد الزياني خلال اجتماعه أمس في مكتبه بمقر الأمانة العامة في الرياض، مع عز الدين "
     "الأصبحي وزير حقوق الإنسان في اليمن، أن الهدنة ستتيح للمنظمات الإنسانية إيصال مساعدات "
     "الإغاثة إلى جميع المحافظات.", "اجتماعه", "عز الدين الأصبحي"),
    # fresh19: the one received after a venue, a place with ب and a time
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس رئيس "
     "حزب القوات اللبنانية سمير جعجع.", "استقبل", "رئيس حزب القوات اللبنانية سمير جعجع"),
    # fresh15: an honorific between dashes, a venue, a time and a comma
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود – حفظه الله – في مكتبه "
     "بقصر اليمامة اليوم، رئيس وزراء لبنان الأسبق سعد الحريري.", "استقبل",
     "رئيس وزراء لبنان الأسبق سعد الحريري"),
    # snn_syria_0299: التقى past a time and a place
    ("والتقى لافروف أمس في الدوحة أحمد معاذ الخطيب الرئيس الأسبق للائتلاف الوطني السوري لبحث "
     "تطورات الأزمة السورية.", "التقى", "أحمد معاذ الخطيب"),
    # fresh17: thanks for the deeds of parties
    ("وعبرت الحكومة اليمنية عن تقديرها لجهود دول مجلس التعاون لدول الخليج العربية والمملكة "
     "الأردنية لما قدموه من خدمات طبية للجرحى والمصابين سواء عبر إرسال المساعدات الطبية "
     "والأدوية أو استضافة الحالات الحرجة.", "عن تقديرها", "المملكة الأردنية"),
    # snn_region_0000: thanks to people named by a noun
    ("وقدم مدير جوازات منطقة الرياض العميد سليمان بن عبدالرحمن السحيباني شكره لرجال الأمن "
     "المشاركين في هذه البادرة الكريمة.", "شكره", "رجال الأمن المشاركين"),
    # snn_region_0530: an adjective between the noun of thanks and its ل
    ("وجهت وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن، الشكر العميق لقيادة قوات "
     "التحالف العربي وفي مقدمتها المملكة العربية السعودية على الجهود التي تبذلها في سبيل "
     "عودة الشرعية اليمنية.", "الشكر", "قيادة قوات التحالف العربي"),
    # fresh25: the penalty and its term, then على
    ("وفي وقت سابق من الشهر قضت محكمة في فيينا بالسجن عامين ونصف العام على شاب نمساوي، يبلغ "
     "من العمر 17 عاما، بعد إدانته بتأييد تنظيم داعش في سوريا.",
     "قضت محكمة في فيينا بالسجن", "شاب نمساوي"),
    # fresh10: a penalty noun in construct
    ("أصدرت محكمة ليبية اليوم الثلاثاء حكما غيابيا بإعدام سيف الإسلام نجل معمر القذافي وثمانية "
     "آخرين بتهم ارتكاب جرائم حرب تشمل قتل متظاهرين خلال الاحتجاجات عام 2011 التي انتهت "
     "بإسقاط القذافي.", "حكما غيابيا بإعدام", "سيف الإسلام"),
    # fresh5: بمعاقبة + the sentenced
    ("من جهة أخرى، قضت محكمة جنايات القاهرة بمعاقبة ستة متهمين \"غيابيا\" بالإعدام شنقا "
     "لإدانتهم في قضية \"اقتحام حزب غد الثورة\".", "قضت", "ستة متهمين"),
    # snn_region_0402: حمل X المسؤولية, the subject before the verb
    ("لكن الناطق الرسمي باسم الرئاسة الفلسطينية، نبيل أبو ردينة، حمل الحكومة الإسرائيلية "
     "المسؤولية الكاملة عن الجريمة البشعة.", "حمل الحكومة الإسرائيلية المسؤولية",
     "الحكومة الإسرائيلية"),
    # snn_region_0290: the subject after the verb, then the one blamed
    ("وحمّل الأمين العام إسرائيل المسؤولية الكاملة عن تبعات استمرار هذه الاعتداءات "
     "الإسرائيلية الممنهجة بحق المسجد الأقصى المبارك.", "حمّل الأمين العام إسرائيل المسؤولية",
     "إسرائيل"),
    # snn_region_0054: a statement's pronoun after the verb of asking
    ("قبل مؤتمر جنيف، أصدرت المقاومة الشعبية بيانا تطالب فيه الحكومة بعدم المشاركة في "
     "مشاورات جنيف باعتبارها مضيعة للوقت.", "تطالب", "الحكومة"),
    # snn_region_0167: the king's title (no entity since ner35) is a party by its head خادم
    ("أن تمديد التصحيح جاء في وقته، مقدماً شكره لخادم الحرمين الشريفين على ما قدمه ويقدمه "
     "لليمنيين من دعم ومساندة.", "شكره", "خادم الحرمين الشريفين"),
    # snn_syria_0217: the same title thanked beside a deputy
    ("أن الحملة تكفلت بكامل نفقات معالجة هذه المريضة التي أعربت بدورها عن عظيم شكرها "
     "وتقديرها لخادم الحرمين الشريفين ولنائبه المشرف العام على الحملات الإغاثية.", "شكرها",
     "خادم الحرمين الشريفين"),
]


@pytest.mark.parametrize("text,trigger,recipient", FOUND)
def test_recipient_found(text: str, trigger: str, recipient: str) -> None:
    actors, found = roles_of(text, trigger)
    assert recipient in found
    assert recipient not in actors


ACTORS = [
    # fresh13, fresh11: the one a request complied with came from asked
    ("وأوضح أن العمليات العسكرية التي تقوم بها قوات التحالف بقيادة المملكة العربية السعودية "
     "تأتي بناء على طلب من الحكومة اليمنية لوقف الحوثيين للاستيلاء على اليمن بالقوة.",
     "بناء على طلب", "الحكومة اليمنية"),
    ("وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان أمس الجمعة، إلا أن إسلام "
     "آباد أرجأتها بسبب «الغموض» الناجم عن وفاة الملا عمر و«نزولا عند طلب من حركة طالبان "
     "أفغانستان».", "نزولا عند طلب", "حركة طالبان أفغانستان"),
    # fresh13 (guard): after a relative pronoun the phrase after فيه is the subject
    ("ففي الوقت الذي دعا فيه خطيب مسجد الكوفة التابع للتيار الصدري إلى أن حل أزمة الكهرباء "
     "يتطلب رفع المولدات العملاقة عن منازل ومقرات عمل الوزراء.", "دعا",
     "خطيب مسجد الكوفة التابع للتيار الصدري"),
    # snn_region_0290: the one who blames stays the actor
    (FOUND[13][0], FOUND[13][1], "الأمين العام"),
]


@pytest.mark.parametrize("text,trigger,actor", ACTORS)
def test_actor_not_recipient(text: str, trigger: str, actor: str) -> None:
    actors, found = roles_of(text, trigger)
    assert actor in actors
    assert actor not in found


NOT_FOUND = [
    # fresh19: the company of the party met is no second party
    (FOUND[1][0], "اجتمع", "الوفد المرافق"),
    # fresh23, fresh5: a مع of a noun of its own (الحدود مع سوريا), past a purpose
    ("وفي تطور لاحق، يترأس رئيس الوزراء التركي احمد داود اوغلو بعد ظهر اليوم جلسة استثنائية "
     "للحكومة للتباحث في سلسلة اجراءات جديدة لتعزيز الأمن على الحدود مع سوريا.", "تباحث",
     "سوريا"),
    ("وفي السياق نفسه، قال البيت الأبيض في بيان إن الرئيس الأمريكي باراك أوباما ونظيره التركي "
     "رجب طيب أردوغان اتفقا أثناء اتصال هاتفي ليل الأربعاء على العمل معا لوقف تدفق المقاتلين "
     "الأجانب وتأمين حدود تركيا مع سوريا.", "اتصال هاتفي", "سوريا"),
    # fresh5: no subject after the verb (خلالها), so no aside to pass
    ("ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام التقى خلالها "
     "بالرئيس الأمريكي باراك أوباما.", "التقى", "الأمريكي باراك أوباما"),
    # snn_region_0054: the statement's maker is not whom it asks
    (FOUND[14][0], FOUND[14][1], "أصدرت المقاومة الشعبية بيانا"),
]


@pytest.mark.parametrize("text,trigger,phrase", NOT_FOUND)
def test_not_recipient(text: str, trigger: str, phrase: str) -> None:
    _, found = roles_of(text, trigger)
    assert phrase not in found
