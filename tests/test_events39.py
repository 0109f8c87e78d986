"""Event detection beyond Syria (events39, issue 12): a party describing or deeming a deed,
a statement or a party a crime, terror, aggression or irresponsible accuses it (ACCUSE on the
perfect of وصف and اعتبر, the need @branded: a word of blame as the verb's predicate), and such
a branding opened by و after another accusation of its sentence goes on with it; a deed noun
after a line of fighting in construct (خطوط المواجهات) names a place, no fight; an armed
party's leaders fleeing is a retreat like its fighters'; an exchange of prisoners is a release
(RETREAT). Data: data/events/triggers.tsv (block events39), markers.json (`branding_words`,
`branding_after_not`, `field_heads`), senses.json (class `leaders`); code:
events/triggers.branded, events/restated.fold_branded. Sentences from the dev gold sets and
the region news."""

from __future__ import annotations

import pytest

from event_helpers import events_of

BRANDED = [
    # (sentence, the ACCUSE trigger)
    ("ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه عمل إرهابي.", "وصف"),  # fresh21
    ("واعتبرت منظمة التعاون الإسلامي هذه الجريمة تصعيدا خطيرا لأعمال الإرهاب ضد "
     "الفلسطينيين.", "اعتبرت"),  # fresh21
    ("ودعا حسبو، الدول الغربية الى مراجعة مواقفها تجاه الآخرين، ووصفها بالظالمة.",
     "وصفها"),  # fresh5
    ("«هجمات متعمدة على مدنيين» اعتبرتها المنظمة جرائم حرب.", "اعتبرتها"),  # region
    ("اعتبرت وزارة الخارجية الفلسطينية اليوم الأربعاء استمرار الاستيطان الإسرائيلي بمثابة "
     "\"إعلان حرب\" على الفلسطينيين.", "اعتبرت"),  # fresh13
    ("ووصفت الحكومة الإسرائيلية المصغرة هجوم الجمعة بأنه \"هجوم إرهابي من جميع النواحي\".",
     "وصفت"),  # region news
    ("أكد تحالف القوى العراقية السنية رفضه تصريحات نائب رئيس الجمهورية نوري المالكي "
     "ووصفها بأنها غير مسؤولة وتسيء إلى علاقات العراق مع محيطه العربي.", "وصفها"),  # fresh21
]


@pytest.mark.parametrize(("text", "trigger"), BRANDED)
def test_branded_is_an_accusation(text: str, trigger: str) -> None:
    assert ("ACCUSE", trigger) in events_of(text)


NOT_BRANDED = [
    # the definite adjective of the object names, it does not brand
    "واعتبر الوزير أن الهجوم الإرهابي على المسجد يستدعي الرد.",
    "واعتبر أن مثل هذه الهجوم هو بمثابة تغطية على جرائمه التي يمارسها.",  # fresh4
    "وصف الوزير الوضع بأنه صعب للغاية.",  # no word of blame
    "واعتبر أن الحكومة غير مسؤولة عن انقطاع الكهرباء.",  # not responsible for
    "وحزب العمال الكردستاني الذي تصفه أنقرة بأنه منظمة إرهابية.",  # a standing designation
    "واعتبروا أن إخفاءهم واحتجازهم في ظروف غير موائمة يعتبر جريمة ضد الإنسانية.",  # fresh2
]


@pytest.mark.parametrize("text", NOT_BRANDED)
def test_not_branded(text: str) -> None:
    assert not any(t == "ACCUSE" for t, _ in events_of(text))


LINES = [
    "وضع وزير الدفاع وبعض الناشطين المختطفين على خطوط المواجهات مع المقاومة كدروع بشرية.",
    "ويقاتل المتطوعون على خط المواجهات ضد داعش في الأنبار.",
]


@pytest.mark.parametrize("text", LINES)
def test_line_of_fighting_is_no_fight(text: str) -> None:
    assert not any(w.endswith("مواجهات") for _, w in events_of(text))


def test_definite_line_of_an_idiom_keeps_the_deed() -> None:
    assert ("ASSAULT", "تفجيرها") in events_of(
        "دخول «داعش» على الخط وتفجيرها الأخير بصنعاء كيف تنظر إليه؟")  # region news


def test_line_of_supply_cut_is_still_told() -> None:
    assert ("COERCE", "قطع خطوط") in events_of(
        "وتمكنت المقاومة من قطع خطوط الإمداد عن مقاتلي الحوثي في تعز.")


LEADERS = [
    ("وقال مصدر إن قيادات هربت في وقت متأخر من صباح أمس من عدن في اتجاه مدينة شقرة.",
     "هربت"),  # fresh13
    ("وأكد المصدر فرار قيادات داعش من المدينة.", "فرار"),  # fresh23
]


@pytest.mark.parametrize(("text", "trigger"), LEADERS)
def test_leaders_fleeing_retreat(text: str, trigger: str) -> None:
    assert ("RETREAT", trigger) in events_of(text)


def test_civilians_fleeing_still_no_retreat() -> None:
    assert not any(t == "RETREAT" for t, _ in events_of(
        "وقال إن مائة ألف يمني فروا من البلاد منذ بدء الحرب."))


def test_branding_after_an_accusation_goes_on_with_it() -> None:
    evs = events_of("وحملت حركتا حماس والجهاد الإسلامي الاحتلال الإسرائيلي المسؤولية الكاملة عن "
                    "هذه الجرائم، واعتبرتا جريمة قتل فلاح أبو ماريا البالغ من العمر 53 عاما، "
                    "إعداما مقصودا وقتلا بدم بارد.")  # fresh17
    assert [w for t, w in evs if t == "ACCUSE"] == ["حملت"]


EXCHANGES = [
    ("في غضون ذلك، أشرف الصليب الأحمر الدولي أمس على تنفيذ صفقة تبادل أسرى بين مسلحين من "
     "الفصائل الجنوبية وجماعة أنصار الله الحوثية.", "تبادل أسرى"),  # fresh21
    ("تمت صباح أمس عملية تبادل للأسرى هي الأولى بين الشرعية اليمنية وبين المتمردين من "
     "ميليشيات الحوثي وصالح.", "تبادل للأسرى"),  # fresh13
]


@pytest.mark.parametrize(("text", "trigger"), EXCHANGES)
def test_prisoner_exchange_is_a_release(text: str, trigger: str) -> None:
    assert ("RETREAT", trigger) in events_of(text)


NOT_EXCHANGED = [
    # an exchange named bare: an aim, a term of a deal, a mediation (region news)
    "وقال إن الحوثيين يسعون كذلك إلى الاستفادة من المعتقلين في إجراء عمليات تبادل للأسرى.",
    "وتسليم المواقع للجنة المشكلة على أن تختار مراقبين للتنفيذ، وتبادل الأسرى، والتزام "
    "المقاومة بالتنسيق مع التحالف.",
    "ونتوسط لتسهيل تبادل الأسرى بين الجانبين.",
]


@pytest.mark.parametrize("text", NOT_EXCHANGED)
def test_bare_exchange_is_no_release(text: str) -> None:
    assert not any(t == "RETREAT" for t, _ in events_of(text))
