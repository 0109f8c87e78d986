"""recip24 (issue 12): (1) a verb of asking or charging with its subject after it addresses
the phrase that follows that subject (past a place, a time, a leader after بزعامة, a comma,
the rest of the subject before its comma) and ends where what is asked or charged opens;
(2) a person noun whose ف is no clitic (فتاة) and an infant (رضيع) head a party. Sentences
from the dev sets (fresh5, fresh7, fresh11, fresh15, fresh17) and the news."""

from __future__ import annotations

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text

ADDRESSED = [
    # fresh17: a place and a time between the subject and the one charged
    ("اتهمت حكومة الوفاق الوطني في رام الله، أمس، الحكومة الإسرائيلية بمحاولة جر المنطقة "
     "بأكملها إلى دوامة من العنف.", "اتهمت", ["الحكومة الإسرائيلية"]),
    # fresh17: the one asked heads no party noun, its genitive names the party
    ("وطالبت الحكومة مؤسسات المجتمع الدولي بتحمل مسؤولياتها القانونية والأخلاقية.",
     "طالبت", ["مؤسسات المجتمع الدولي"]),
    # fresh17: the subject's leader after بزعامة
    ("طالب ائتلاف الوطنية بزعامة اياد علاوي الحكومة العراقية باتخاذ خطوات شجاعة وحازمة.",
     "طالب", ["الحكومة العراقية"]),
    # fresh5: a comma after the subject
    ("ودعا حسبو، الدول الغربية الى مراجعة مواقفها تجاه الآخرين.", "دعا", ["الدول الغربية"]),
    # fresh7: the subject's adjective and conjunct before its comma
    ("حيث اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين بخرقها منذ الساعات الأولى.",
     "اتهمت", ["الحوثيين"]),
    # the news (snn_region_0414): two asked, after a comma
    ("وناشد العربي، المجتمع الدولي ومجلس الأمن بضرورة التصدي لمثل هذه الممارسات.", "ناشد",
     ["المجتمع الدولي", "مجلس الأمن"]),
]


@pytest.mark.parametrize("text,trigger,recipients", ADDRESSED)
def test_addressee_after_subject(text: str, trigger: str, recipients: list[str]) -> None:
    assert roles_of(text, trigger)[1] == recipients


NOT_ADDRESSED = [
    # the subject's own ل phrase (the news, snn_syria_0164)
    ("بينما دعت الأمانة العامة لمجلس التعاون الخليجي إلى احترام الهدنة الإنسانية الجديدة.",
     "دعت", "مجلس التعاون الخليجي"),
    # the subject's name after a comma (apposition)
    ("وطالب المتحدث باسم الحكومة، محمد علي بوقف القتال فورا.", "طالب", "محمد علي"),
    # one definite adjective left of the subject
    ("وطالبت الحكومة اليمنية الشرعية بوقف القتال فورا.", "طالبت", "الشرعية"),
]


@pytest.mark.parametrize("text,trigger,phrase", NOT_ADDRESSED)
def test_subject_rest_not_addressed(text: str, trigger: str, phrase: str) -> None:
    assert phrase not in roles_of(text, trigger)[1]


PEOPLE = [
    # fresh15: فتاة (its ف no conjunction)
    ("وأشار النجيفي إلى أن احتجاجه على قيام أحد ضباط الجيش باغتصاب فتاة قاصر في الموصل كان "
     "وراء إقالته.", "اغتصاب", ["فتاة قاصر"]),
    # fresh10: an infant
    ("تحقق الشرطة الاسرائيلية في تصريحات معادية بعد مقتل رضيع فلسطيني في حريق متعمد.",
     "مقتل", ["رضيع فلسطيني"]),
]


@pytest.mark.parametrize("text,trigger,recipients", PEOPLE)
def test_person_nouns_head_parties(text: str, trigger: str, recipients: list[str]) -> None:
    assert roles_of(text, trigger)[1] == recipients


DIED = [
    # fresh15: the one martyred, his age counted after his name
    ("استشهد الشاب عبدالله ال منصور (١٨) عاما صباح اليوم الأحد نتيجة سقوط مقذوف عسكري من داخل "
     "الأراضي اليمنية.", "استشهد", ["الشاب عبدالله ال منصور"]),
    # the news (snn_region, two outlets): who died is no doer
    ("من المؤسف للغاية أن تنتهك القوات الهندية مرة أخرى وقف إطلاق النار أثناء عيد الفطر، كما "
     "حدث العام الماضي عندما استشهد مدنيون أبرياء.", "استشهد", ["مدنيون أبرياء"]),
]


@pytest.mark.parametrize("text,trigger,recipients", DIED)
def test_who_died_is_no_doer(text: str, trigger: str, recipients: list[str]) -> None:
    actors, got = roles_of(text, trigger)
    assert got == recipients
    assert actors == []


OWN_PREPOSITION = [
    # fresh15: طلب من, whom it asks right after the trigger
    ("وأوضح لوكالة الصحافة الفرنسية أن الحركة «طلبت من السكان المحليين تأمين ثلاثة آلاف رغيف "
     "خبز.", "طلبت من", ["السكان المحليين"]),
    # fresh13: القبض على, who is arrested
    ("وأضافت أنه «تم القبض على المتهم مع مجموعة أخرى، ومبدئيا هناك أطراف ليبية مهمة متورطة».",
     "القبض على", ["المتهم"]),
    # the news (snn_region_0434)
    ("وأشار وزير النقل اليمني إلى أن الوزراء في عدن، طلبوا من نائب الرئيس تأجيل الزيارة.",
     "طلبوا من", ["نائب الرئيس"]),
]


@pytest.mark.parametrize("text,trigger,recipients", OWN_PREPOSITION)
def test_trigger_own_preposition_object(text: str, trigger: str,
                                        recipients: list[str]) -> None:
    assert roles_of(text, trigger)[1] == recipients


def test_agreed_on_is_no_party() -> None:
    # fresh10: what is agreed on after تم التوافق على is no recipient
    text = ("كان الاجتماع الأخير بالقاهرة قد ناقش التفاصيل الفنية، وقد تم التوافق على بعض النقاط "
            "الفنية خلال الاجتماع.")
    assert roles_of(text, "تم التوافق على")[1] == []


# a feminine verb before a sound masculine plural or dual is not its subject (disagrees):
# the ف opening فتيين is the word's own, so the dual is still read whole; it is the object
FEMININE_VERB_OBJECT = [
    ("كما اعتقلت قوات الاحتلال خمسة فلسطينيين من الخليل، بينما اعتقلت فتيين فلسطينيين من "
     "سكان حي رأس العامود في مدينة القدس.", "اعتقلت", "فتيين فلسطينيين"),
]


@pytest.mark.parametrize(("text", "trigger", "object_"), FEMININE_VERB_OBJECT)
def test_feminine_verb_object_is_no_actor(text: str, trigger: str, object_: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    ev = [e for e in doc.events if t(e.trigger) == trigger][-1]
    assert object_ not in [t(r) for r in ev.actor]
    assert object_ in [t(r) for r in ev.recipient]
