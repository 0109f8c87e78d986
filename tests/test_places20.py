"""Place readings of places20, each a place named before the deed or outside its clause that
the deed's own words point at: هناك "there" after the deed (`context.there_place`), a local
source named with his place telling a deed that says no place (`context.speaker_place`), the
place a compass phrase locates when the clause's place is read back (`_compass_located`:
محافظة البصرة جنوبي العراق), and حيث after a place and a day (`where_place`, talks too).
Each row is a sentence of a dev set, the demo corpus or the region news, its trigger, and the
places (with their basis) a reader records; the guard rows are firings of looser variants
that were wrong."""

from __future__ import annotations

import pytest

from event_helpers import places_of
from rasd.pipeline import extract_text

FOUND = [
    # fresh13: هناك after the deed, the camp named before it in the clause
    ("وأضاف: المقاومة هي الآن على مشارف معسكر لبوزة وأن معارك شرسة تدور هناك بين المقاومة "
     "والمليشيا حيث تقدمت المقاومة في أماكن كثيرة من مواقع قاعدة العند الجوية التي تتمركز "
     "فيها قوة كبيرة من المليشيا وقوات الرئيس السابق علي عبدالله صالح .", "معارك",
     [("معسكر لبوزة", "sentence")]),
    # fresh3: هناك after the attack; the front and the city its compass phrase names
    ("وكانت مواجهات عنيفة اندلعت بين الطرفين خلال الساعات الماضية في جبهة الجفينة جنوب "
     "مأرب، عقب هجوم شنه الحوثيون وقوات صالح على مواقع المقاومة هناك.", "هجوم",
     [("الجفينة", "sentence"), ("مأرب", "sentence")]),
    # demo: هناك after the expulsion, Syria named before it in the sentence
    ("إن الوجع السوري الذي أمتد لأكثر من أربع سنوات، لا يجب أن يكون عند السيد الضمير العالمي "
     "مجرد غيمة سرابية تتمرأى في سقف الوهن والوهم والتردد بألوان قزحية لا تقاوم، إن مستقبل "
     "سوريا الإرث والتاريخ والإنسان لا يجب أن يكون عند السيد الضمير العالمي مثل هذه الغيمة، "
     "وحضورها في ذهه لا يجب أن يكون حضوراً هيولياً بحجم الحلم المنكسر، لكن إن أراد هذا الضمير "
     "للشمس أن تشرق صافية هنية في سورية مرة أخرى، عليه طرد كبير الشياطين هناك وأعوانه "
     "الشياطين الصغار، بشكل عاجل غير آجل ولا لبس فيه.", "طرد",
     [("سورية", "sentence")]),
    # fresh17 (the opening clauses of a run-on sentence): the place read back from the
    # protest is a compass phrase; Basra is where, and the compass phrase over the country
    # after it its region (gold rule 20, `compass_region` since places27; fresh17's gold:
    # محافظة البصرة، جنوبي العراق)
    ("و كان المئات من أهالي محافظة البصرة جنوبي العراق قد تظاهروا امس احتجاجا على عدم توفر "
     "الخدمات وخاصة الكهرباء والماء و طالب نحو 500 متظاهر امام ديوان المحافظة الحكومتين "
     "المحلية والمركزية بالايفاء بالوعود واطلاق الدرجات الوظيفية للخريجين.", "تظاهروا",
     [("البصرة", "sentence"), ("جنوبي العراق", "sentence")]),
    # region news: the district and the city its compass phrase names
    ("كما شهدت منطقة الضباب جنوب غرب تعز اشتباكات بين الحوثين وقوات صالح والجيش الوطني "
     "الشرعي المسنود بالمقاومة.", "اشتباكات", [("الضباب", "sentence"), ("تعز", "sentence")]),
    # fresh11: an official in Sabha tells of clashes the quote places nowhere
    ('وقال المسؤول في مدينة سبها على بعد 750 كلم جنوب طرابلس "سقط 40 قتيلا على الاقل '
     'غالبيتهم العظمى من المسلحين واصيب العشرات بجروح في اشتباكات عنيفة بين التبو والطوارق".',
     "اشتباكات", [("سبها", "context")]),
    # fresh10: sources in the West Bank and Jerusalem tell of arrests
    ("هذا، وكثّفت سلطات الاحتلال الإسرائيلية من حملات الاعتقال في صفوف الفلسطينيين خلال فترة "
     "العيد وما بعدها، حيث أفادت مصادر الجزيرة في الضفة الغربية والقدس المحتلة أن قوات "
     "الاحتلال اعتقلت خلال الأيام القليلة الماضية أكثر من 30 فلسطينياً بينهم نساء وأطفال "
     "خلال حملات اعتقال ليلية لمنازل الفلسطينيين.", "اعتقلت",
     [("الضفة الغربية", "context"), ("القدس المحتلة", "context")]),
    # region news: a field commander at his front
    ('وقال قائد المقاومة في منطقة الجفينه ل"الرياض" إنهم تعرضوا لهجمات عنيفة خلال الساعات '
     'الماضية من قبل الحوثيين، وباءت كلها بالفشل.', "هجمات", [("الجفينه", "context")]),
]

# demo: هناك past a quoted name; the compass phrase named before it. Since events38 (settled
# rule 28 of tests/gold/README.md) a battle named with no place of its own is no event.
BATTLE_THERE = ("واستخدمت القوات الأمريكية، يوم الأربعاء، ولأول مرة، قاعدة في تركيا لتوجيه ضربة "
                "بطائرة بلا طيار في شمال سوريا وذلك قبل ما وصفته أنقرة بأنه \"معركة شاملة\" "
                "وشيكة على مقاتلي داعش هناك.")


def test_battle_with_no_place_of_its_own_is_no_event() -> None:
    doc = extract_text(BATTLE_THERE, published="2015-08-01")
    assert "معركة" not in [doc.span_text(e.trigger) for e in doc.events]


@pytest.mark.parametrize("text, trigger, location", FOUND)
def test_places20(text, trigger, location):
    assert places_of(text, trigger) == location


NO_PLACE = [
    # demo: the existential هناك ("there is") after a deed points at no place (without the
    # test the battles took Syria from the sentence before)
    ("كما تعاون خوسيه مانويل لوبيز مع فرانس برس كمصور في مناطق نزاع عدة في العالم ومنها "
     "سوريا حتى العام 2013. واضافت رئيسة اتحاد جمعيات الصحافيين \"هذه المنطقة شهدت معارك "
     "عنيفة وبالتالي هناك ما يستدعي القلق\".", "معارك"),
    # demo: an ambassador posted abroad speaks of elsewhere (no local source; talks)
    ("كشف السفير اليمني السابق في سورية عبدالوهاب هادي طواف أن نظام الأسد كان يتعاون مع "
     "الحوثيين بإحضارهم من اليمن، وتسهيل سفرهم إلى طهران دون وضع أختام في جوازات سفرهم، "
     "مشيرا إلى أنه ناقش هذا الموضوع مع بشار الأسد إلا أن رد الأخير \"كان مائعا\"، حسب "
     "وصفه.", "يتعاون"),
    # demo: a body whose name holds a place (the campaign for Syrians runs clinics in Jordan)
    ("وأكد المدير الاقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر بن "
     "عبدالرحمن السمحان من جهته، أن العيادات التخصصية السعودية تقدم الخدمات الطبية "
     "العلاجية المتميزة بما تحتويه من أجهزة ومعدات طبية ترقى لتوازي أفضل ما في المنطقة.",
     "تقدم الخدمات الطبية"),
]


@pytest.mark.parametrize("text, trigger", NO_PLACE)
def test_no_place(text, trigger):
    assert places_of(text, trigger) == []


def test_where_then_visit():
    """region news: حيث after a place, a visit made there (the sentence's first visit,
    الزيارة رمزية, is another)."""
    text = ("●● الزيارة رمزية وعملية لنائب الرئيس وجاءت بعد أن أرسل فريقا من الوزراء لدراسة "
            "الواقع في عدن وتم إعداد خطة عملية لدعم العمل الإغاثي والإنساني وإيصاله وكانت "
            "الزيارة تأكيدا على أن الشرعية ستعود لمتابعة وإنجاز الخطط الهادفة لعودة الحياة "
            "الطبيعية للمؤسسات في عدن، حيث قام بزيارة ميدانية لعدد من مديريات عدن وميناء الزيت "
            "والقصر الرئاسي.")
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    visit = [e for e in doc.events if t(e.trigger) == "زيارة"][-1]
    assert [(t(r), r.basis) for r in visit.location] == [("عدن", "sentence")]


def test_claim_place_wins():
    """region news: the claim names where the deed was (غرب الرمادي); the commander's own
    place (في بابل) is not taken for it."""
    text = ("من جهته أعلن قائد العمليات في بابل اللواء رياض الخيكاني أن قيادة عمليات بابل "
            "تمكنت من القضاء على 10 إرهابيين بينهم انتحاري شيشاني الجنسية حاولوا الاعتداء على "
            "القطعات العسكرية في المحور الجنوبي، والمتواجدة في مناطق الشقق السكنية والملعب غرب "
            "الرمادي.")
    assert places_of(text, "اعتداء") == [("الرمادي", "sentence")]
