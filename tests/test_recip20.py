"""Recipients of passives and of objects named by their owner (recip20), on sentences of the
dev articles (Syria, Yemen, Iraq, Palestine, Lebanon reports): a passive deed's subject is
who it was done to, before or after the verb, counted or not (rasd.events.passives,
rasd.events.victims.plain_victims); a deed noun after تم/جرى has no agent (done_passive);
a form spelt as a passive only (اغتيل، هوجمت: `passive_forms`) has no actor; a verb's
object that names no party by its own words is kept with its owner after it
(rasd.events.objects.owned_object). The guards: a body that acts (قوى الجيش), an object
pronoun on the verb (خطفهما مسلحون), a counted object past a place and a comma."""

from __future__ import annotations

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text

RECIPIENTS = [
    # the uncounted subject right after a passive killing folded into the attack (team)
    ("قتل مدنيون جراء قصف قامت به طائرات يعتقد أنها روسية على مدينة أريحا بريف إدلب.",
     "قصف", ["طائرات"], ["مدنيون"]),
    # a deed noun after تم: its genitive is what was done, not its agent (fresh10)
    ("وتم صد قوات الحوثيين منذ ذلك الوقت على عدة جبهات.", "صد", [], ["قوات الحوثيين"]),
    # a form spelt as a passive only: the phrase after it is who was killed (fresh10)
    ("اغتيل ريس الوزراء الاسرائيلي اسحق رابين في الرابع من تشرين الثاني/نوفمبر 1995 في تل "
     "ابيب في ختام تظاهرة مؤيدة للسلام مع الفلسطينيين.", "اغتيل", [],
     ["ريس الوزراء الاسرائيلي اسحق رابين"]),
    # … and the subject before it is what was attacked (fresh10)
    ("وقال مورار إن المنشآت الصحية هوجمت بكثافة وعانت أضرارا مباشرة.", "هوجمت", [],
     ["المنشآت الصحية"]),
    # a verb's object named by its owner after تابعة ل (fresh13), ل (fresh10), من (region)
    ("وفي السياق نفسه، استهدف طيران التحالف العربي تعزيزات عسكرية تابعة لميليشيات الحوثي "
     "وصالح كانت قادمة في اتجاه شقرة بعد أن فرت من جبهات عدن ولحج.", "استهدف",
     ["طيران التحالف العربي"], ["تعزيزات عسكرية تابعة لميليشيات الحوثي وصالح"]),  # the owner's
    # conjunct too, as the fresh13 gold (objects.owner_end, recip2)
    ("كما طالب أبو مرزوق الإطار القيادي المؤقت لمنظمة التحرير الفلسطينية والذي يضم حركتي "
     "حماس والجهاد الإسلامي «للاجتماع فورًا لدراسة وضعنا».", "طالب", ["أبو مرزوق"],
     ["الإطار القيادي المؤقت لمنظمة التحرير الفلسطينية"]),
    ("هذه التطورات الميدانية، تأتي في ظل انحسار واضح للانقلابيين من الحوثيين وقوات صالح على "
     "الأرض، في ظل إطار جوي من قبل التحالف العربي الذي دمر الركيزة الأساسية من سلاح "
     "الحوثي.", "دمر", ["التحالف العربي"], ["الركيزة الأساسية من سلاح الحوثي"]),
]


@pytest.mark.parametrize("text,trigger,actors,recipients", RECIPIENTS)
def test_recipient_of_passive_or_owned_object(text: str, trigger: str, actors: list[str],
                                              recipients: list[str]) -> None:
    assert roles_of(text, trigger) == (actors, recipients)


GUARDS = [
    # a body that acts, its counted object past a place and a comma (fresh3)
    ("من جهة أخرى أوقفت قوى الجيش في محلة المصنع - البقاع، ثلاثة عشر شخصاً من التابعية "
     "السورية لتجوّلهم داخل الاراضي اللبنانية من دون أوراق قانونية.", "أوقفت",
     ["قوى الجيش"]),
    # an object pronoun on the verb: the phrase after it is its subject (fresh3)
    ("وكانت بريم التي تعمل استشارية في الصندوق الاجتماعي للتنمية في اليمن ومترجمتها اليمنية "
     "شيرين مكاوي قد خطفهما مسلحون في صنعاء في 24 فبراير، بينما كانتا في طريقهما الى العمل.",
     "خطفهما", ["مسلحون"]),
]


@pytest.mark.parametrize("text,trigger,actors", GUARDS)
def test_doer_stays_the_actor(text: str, trigger: str, actors: list[str]) -> None:
    assert roles_of(text, trigger)[0] == actors


def test_part_of_counted_victims_is_no_recipient() -> None:
    """25 شخصا، معظمهم من المدنيين، قتلوا (fresh): the phrase after من in the aside is part
    of the counted victims, not the subject of the passive."""
    text = ("أعلن مسؤول حكومي امس الأربعاء أن ما لايقل عن 25 شخصا، معظمهم من المدنيين، قتلوا "
            "في انفجار سيارة مفخخة في سوق.")
    assert "المدنيين" not in roles_of(text, "انفجار")[1]


def test_killing_noun_after_preposition_gives_no_victims() -> None:
    """من قتل الشعب الفلسطيني (region news): a killing word after a preposition is a noun
    of a general claim, not a passive whose subject the attack of the sentence struck."""
    text = ("التطورات الخطيرة وخاصة جريمة الاعتداء «الإرهابي الإسرائيلي» على عائلة دوابشة تعطي "
            "بريق أمل أن الضمير العالمي سيصحو من جديد للحيلولة من تمكين إسرائيل الإفلات من "
            "العقاب وتأسيس آلية دولية لمنع إسرائيل من قتل الشعب الفلسطيني.")
    assert "الشعب الفلسطيني" not in roles_of(text, "اعتداء")[1]


def test_one_of_a_group_gives_no_new_attack() -> None:
    """وقتل أحد العناصر الإرهابية المشاركة فى الهجوم (fresh): one of the attackers, killed by
    those who repelled them, names no victims of a second attack."""
    text = ("وكشف المتحدث العسكرى المصري العميد محمد سمير، عن تفاصيل صد عناصر التأمين من الجيش "
            "الثالث الميداني هجوما إرهابياً وقتل أحد العناصر الإرهابية المشاركة فى الهجوم.")
    doc = extract_text(text, published="2015-08-01")
    assert "الهجوم" not in [doc.span_text(e.trigger) for e in doc.events]
