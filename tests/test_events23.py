"""Spurious events from noun triggers (events23, issue 12), as stated patterns on real
sentences: إحباط is a foiled deed of force, not a measure defeated in diplomacy nor the
noun frustration; reinforcements named as the target of an attack told right before them
are its object, no mobilization; weapons joined by و beside an attack are its instruments; a
body or mechanism named by the deed it does (شركة توزيع الكهرباء) is a name, no deed.
Sentences from the dev sets (fresh13, fresh15), the demo corpus and the region news; each
refusal is paired with the event it must keep."""

from __future__ import annotations

import pytest

from event_helpers import events_of

REFUSED = [
    # fresh15 (Israel, the IAEA resolution): a resolution foiled in diplomacy
    ("يشار إلى أن إسرائيل نجحت خلال العقود الثلاثة الأخيرة في إحباط القرار وتجنيد غالبية "
     "الدول ضده.", "COERCE", "إحباط"),
    ("وتم إحباط القرار في السنوات الأخيرة، بفضل الحملة الدبلوماسية.", "COERCE", "إحباط"),
    ("ويرى كثير من المشاركين أن الاتفاق النووي مع إيران سيسهل على إسرائيل إحباط المشروع "
     "المصري.", "COERCE", "إحباط"),
    # demo corpus (Syria): the noun frustration, alone with the article
    ("لكنه عندما يتحدث عن الإحباط يبدو متشائما.", "COERCE", "إحباط"),
    # fresh13 and the region news (Yemen): reinforcements struck by air raids
    ("كما شنت مقاتلات التحالف العربي أمس، غارات جوية عدة على تعزيزات حربية للحوثيين وقوات "
     "موالية للرئيس السابق.", "MOBILIZE", "تعزيزات"),
    ("وقالت مصادر محلية إن مقاتلات التحالف شنت ست غارات على تعزيزات للحوثيين وقوات صالح في "
     "عقبة القناع.", "MOBILIZE", "تعزيزات"),
    ("وفي السياق نفسه، استهدف طيران التحالف العربي تعزيزات عسكرية تابعة لميليشيات الحوثي "
     "وصالح كانت قادمة.", "MOBILIZE", "تعزيزات عسكرية"),
    # fresh15 (HRW on Aden): rockets and mortars joined by و, the instruments of the targeting
    ("واتهمت المنظمة الحوثيين بارتكاب جرائم حرب في اليمن وذلك من خلال استهدافهم للمدنيين "
     "بالصواريخ وقذائف المورتر عشوائيًا في مدينة عدن.", "ASSAULT", "صواريخ وقذائف"),
    # demo corpus (Daraa camp): barrels and rockets, the instruments of the shelling
    ("وأضاف أن مجموعة العمل وثقت 214 ضحية من أبناء مخيم درعا قضى معظمهم في القصف بالبراميل "
     "المتفجرة والصواريخ.", "ASSAULT", "البراميل المتفجرة والصواريخ"),
    # fresh15 (Gaza power plant): a company named by its deed
    ("وقالت مصادر فلسطينية إن «شركة توزيع الكهرباء في غزة لم تحول 30 مليون شيقل.",
     "AID", "توزيع"),
]


@pytest.mark.parametrize(("text", "kind", "word"), REFUSED)
def test_refused(text: str, kind: str, word: str) -> None:
    found = events_of(text)
    assert not any(t == kind and word in w for t, w in found), found


KEPT = [
    # demo corpus (Saudi Arabia): attacks foiled, counted after a word of approximation
    ("وقامت الأجهزة الأمنية بدورها عبر إحباط أكثر من 200 عملية إرهابية.", "COERCE", "إحباط"),
    # demo corpus (Syria): reinforcements brought, no attack before them
    ("وأكد ناشطون أن قوات النظام استقدمت تعزيزات كبيرة خلال اليومين السابقين.",
     "MOBILIZE", "تعزيزات"),
    # fresh11 (Abyan): reinforcements received
    ("تواصل المقاومة الاحتشاد توطئة لاقتحام المدينتين، بعد أن تلقت تعزيزات ضخمة تشمل دبابات "
     "وأسلحة ثقيلة ومقاتلين.", "MOBILIZE", "تعزيزات"),
    # the targeting itself stays, with the weapons folded into it
    ("واتهمت المنظمة الحوثيين بارتكاب جرائم حرب في اليمن وذلك من خلال استهدافهم للمدنيين "
     "بالصواريخ وقذائف المورتر عشوائيًا في مدينة عدن.", "ASSAULT", "استهداف"),
    # the raids on the reinforcements stay
    ("كما شنت مقاتلات التحالف العربي أمس، غارات جوية عدة على تعزيزات حربية للحوثيين.",
     "ASSAULT", "غارات"),
    # demo corpus (Syria): weapons launched are the attack itself, told beside another one
    ("وقال التلفزيون السوري إن الجيش السوري قصف مناطق في الزبداني وحولها وان مقاتلي المعارضة "
     "ردوا باطلاق الصواريخ وقذائف المورتر الثقيلة على قريتين قرب مدينة إدلب.",
     "ASSAULT", "صواريخ وقذائف"),
    # demo corpus (Israel): a charge pressed, told after إليه (which آلية would read as)
    ("وأعلن جهاز الأمن الداخلي الإسرائيلي أمس أن مواطنا سويديا تم اعتقاله ووجهت إليه تهمة "
     "تسليم معلومات وإجراء اتصالات بعميل أجنبي.", "ACCUSE", "تهمة"),
    # aid distributed by a campaign is a deed
    ("ووزعت الحملة مساعدات غذائية على 500 أسرة نازحة في المدينة.", "AID", "وزعت"),
]


@pytest.mark.parametrize(("text", "kind", "word"), KEPT)
def test_kept(text: str, kind: str, word: str) -> None:
    found = events_of(text)
    assert any(t == kind and word in w for t, w in found), found
