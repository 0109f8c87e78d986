"""Missed events beyond Syria (events37, issue 12): warnings (حذر، محذرا) as THREATEN per the
settled convention 7 (tests/gold/README.md); a request with its subject between the verb and
the party asked (طلب الاتحاد الأوروبي من إسرائيل), licensed by من within six words of the
verb's clause; funds or shelter allocated (تخصيص 90 مليون يورو); an official or a delegation
arriving on a visit (وصل وزير الدفاع). Data: data/events/triggers.tsv (section events37),
senses.json (entries and classes of block events37); the cue `soon_after` in
events/senses.py. Sentences from the dev gold sets, the demo corpus and the region news."""

from __future__ import annotations

import pytest

from event_helpers import events_of, roles_of

FOUND = [
    # warnings: THREATEN
    ("حذر وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي إلى ليبيا برناردينو ليون "
     "الأطراف الليبية المتنازعة من مواجهة عزلة دولية في حال رفضها لاتفاق السلام.",
     "THREATEN", "حذر"),  # fresh11
    ("وكانت حركة طالبان حذرت أخيرا تنظيم داعش من التوسع في منطقتها، إلا أن ذلك لم يمنع بعض "
     "مقاتليها من الانشقاق عنها.", "THREATEN", "حذرت"),  # fresh11
    ("وأكدت الحركة رفضها للمراسم، محذرة من أن أي مراسم من هذا النوع ستعتبر «هدفا شرعيا» "
     "للقوات الأفغانية.", "THREATEN", "محذرة"),  # fresh15
    ("وأشار الكاتب إلى أن الولايات المتحدة حذرت نظام الرئيس السوري بشار الأسد من أنها ستقوم "
     "بصد أي هجوم يستهدف أي قوات تتجمع لمواجهة داعش.", "THREATEN", "حذرت"),  # demo
    ("وحذر البيان من أنه في حال استمرار قيام الميليشيات الحوثية بأي أعمال عدائية فإن قوات "
     "التحالف سترد عليها.", "THREATEN", "حذر"),  # region news
    # a request, the party asked after من within the verb's clause: REQUEST
    ("طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها الأخيرة، بشأن بناء وحدات استيطانية "
     "في القدس.", "REQUEST", "طلب"),  # fresh17
    ("ويطلب القرار من الأمين العام للأمم المتحدة وبالتنسيق مع رئيس منظمة حظر الأسلحة "
     "الكيميائية تقديم توصيات في غضون 20 يوما.", "REQUEST", "يطلب"),  # demo
    ("ولقد طلبت هذه المنظمات من قوات الاحتلال الإسرائيلي تأمين هذه الاقتحامات.", "REQUEST",
     "طلبت"),  # region news
    ("إلا أن إسلام آباد أرجأتها بسبب «الغموض» الناجم عن وفاة الملا عمر و«نزولا عند طلب من "
     "حركة طالبان الأفغانية».", "REQUEST", "نزولا عند طلب"),  # fresh11, region news
    # funds or shelter allocated, counted: AID
    ("اعلنت يانا هيباشكوفا سفيره الاتحاد الاوروبي في العراق عن تخصيص 90 مليون يورو لمساعدة "
     "النازحين في العراق.", "AID", "تخصيص"),  # fresh10
    ("قررت اللجنة العليا لإغاثة وإيواء النازحين، تخصيص 500 وحدة سكنية متنقلة من المنحة "
     "التركية لمحافظة الأنبار.", "AID", "تخصيص"),  # fresh15
    ("وكان الملك سلمان أمر في وقت سابق بدعم الشعب اليمني، حيث جرى تخصيص 200 مليون ريال "
     "مساعدات طبية.", "AID", "جرى تخصيص"),  # region news
    # an official or a delegation arriving: CONSULT
    ("فيما وصل وزير الدفاع العراقي خالد العبيدي ومعاون رئيس أركان الجيش أمس إلى قاعدة "
     "الحبانية العسكرية بمحافظة الأنبار للإشراف على العملية العسكرية.", "CONSULT",
     "وصل"),  # fresh23
    ("وصل نائب مستشار وزارة الخارجية الأمريكي بريت ماكجورك إلى العاصمة التركية أنقرة، لإجراء "
     "لقاءات مع المسؤولين الأتراك.", "CONSULT", "وصل"),  # demo
]


@pytest.mark.parametrize(("text", "type_", "trigger"), FOUND)
def test_found(text: str, type_: str, trigger: str) -> None:
    evs = events_of(text)
    assert any(t == type_ and w.startswith(trigger) for t, w in evs), evs


NOT_FOUND = [
    # حذر the adjective, after a noun of calm or a degree word
    ("يشيا الحوثي وصالح في منطقة الحوبان، فيما ساد هدوء حذر مختلف الجبهات المحيطة "
     "بالمحافظة.", "THREATEN", "حذر"),  # region news
    ("والانتخابات الأخيرة في تركيا أعطت إنذارا لسياسة حزب العدالة والتنمية، مما يجعله أكثر "
     "حذرا.", "THREATEN", "حذر"),  # demo
    # a source asking to stay unnamed; a من of a later verb
    ("وقال المصدر الذي طلب عدم الإشارة إلى اسمه إن عددا من المسلحين قتلوا.", "REQUEST", "طلب"),
    ("غير أن الأطباء طلبوا تأجيل زيارتهم لمدة 24 ساعة حتى يتمكنوا من تشخيص حالاتهم.",
     "REQUEST", "طلب"),  # fresh13
    # allocations of no sum nor housing, a programme dedicated, an allocation cancelled
    ("وسيتم تخصيص 4 سيارات لبطولة «لومان»، على أن تعلن أسماء السائقين في وقت لاحق.",
     "AID", "تخصيص"),  # demo
    ("ومؤكدا استمرار المركز في تنفيذ برنامج خصص لهذا الغرض وفق رحلات متتالية.",
     "AID", "خصص"),  # region news
    ("خرج المئات للمطالبة بحل أزمة الكهرباء، وإلغاء تخصيص خمسة ملايين دينار لأعضاء "
     "البرلمان.", "AID", "تخصيص"),  # fresh17
    # arrivals that are no visit: aid, a place reached after the verb
    ("ووصلت مساعدات سعودية جديدة اليوم إلى مدينة عدن.", "CONSULT", "ووصلت"),
    ("وعقب وصوله اجتمع بارزاني مع وزير الدفاع الامريكي آشتون كارتر الذي وصل محافظة اربيل "
     "أمس الجمعة.", "CONSULT", "وصل"),  # fresh21: a place after the verb, no visitor
]


@pytest.mark.parametrize(("text", "type_", "trigger"), NOT_FOUND)
def test_not_found(text: str, type_: str, trigger: str) -> None:
    evs = events_of(text)
    assert not any(t == type_ and w.startswith(trigger) for t, w in evs), evs


NOT_THE_ACTOR = [
    # the VSO subject was read as the warned party too: one phrase, the doer only
    ("واستباقًا لما هو أسوأ، حذّر عضو مجلس قيادة الثورة في ريف دمشق إسماعيل الداراني من «كارثة "
     "إنسانية، إذا ما طال الحصار لأسابيع أخرى».", "حذّر"),  # team gold (hameh-qudsaya), demo
    ("هدد عضو مجلس قيادة الثورة في ريف دمشق إسماعيل الداراني من «كارثة إنسانية».",
     "هدد"),  # the same reading of an older THREATEN row
]


@pytest.mark.parametrize(("text", "trigger"), NOT_THE_ACTOR)
def test_recipient_is_not_the_actor(text: str, trigger: str) -> None:
    doers, done_to = roles_of(text, trigger)
    assert doers and not set(doers) & set(done_to), (doers, done_to)
