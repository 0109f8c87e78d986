"""recip1 (issue 12, sixteenth session): two recipient constructions the dev sets code the
same way in every case, built as data-driven rules.

- A home raided is the raid's recipient (gold rule 1: a building targeted is the recipient),
  also when its owner is only a pronoun on it (منازلهم) or a kin noun (منازل ذويهم), which
  the party filters used to drop (rasd.events.raided.raided_home; 8 of 8 dev events).
- A nisba adjective of a statement noun (في بيان صحفي) opens no recipient: a verb's object
  read past «في بيان» began with صحفي, a party noun alone (rasd.events.statements).
- A place cleared (تطهير) is taken from the party named after من, as a place seized is
  (rasd.events.arguments.taken_from; 6 of 6 dev events), and that من may come after a
  bracketed aside or a comma (تطهير محافظة البيضاء (وسط البلاد)، من مسلحي الحوثي).

Sentences from the dev sets (fresh7, fresh10, fresh11, fresh13, fresh17), the demo corpus
(snn_syria_*) and the region news (snn_region_*); the guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import recipients

FOUND = [
    # fresh7: a verb of raiding, the subject before it, the home with its owner's pronoun
    ("وأوضحت المصادر لـ «عكاظ» أن عصابات مسلحة داهمت منازلهم في قرية بمنطقة مشرعة وحدنان "
     "في محافظة تعز وقامت بسلب النساء حليهن.", "داهمت", "منازلهم"),
    ("وأشارت المصادر إلى أن تلك المليشيات داهمت منازلهم بحجة البحث عن مقاومة.", "داهمت",
     "منازلهم"),
    # fresh11: the raid's verbal noun, its genitive the home
    ("واعتقلت قوات الاحتلال الإسرائيلي صباح أمس ثلاثة مقدسيين خلال اقتحام منازلهم في بلدة "
     "العيسوية شمال شرق القدس المحتلة.", "اقتحام", "منازلهم"),
    # fresh10: the owner a kin noun; the conjunct deed after it is no part of the home
    ("واعتقلت قوات الاحتلال خمسة شبان من بلدة بني نعيم بعد مداهمة منازل ذويهم وتفتيشها "
     "والعبث بمحتوياتها.", "مداهمة", "منازل ذويهم"),
    # fresh13: a place cleared of a party
    ("استكملت المقاومة الشعبية والجيش الموالي للشرعية تطهير الأجزاء الشمالية والجنوبية "
     "لمدينة عدن من مليشيا الحوثي وصالح .", "تطهير", "مليشيا الحوثي"),
    # fresh13: من after a bracketed aside and a comma
    ("اقتربت المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي، اليوم، من تطهير محافظة "
     "البيضاء (وسط البلاد)، من مسلحي الحوثي، والقوات الموالية له.", "تطهير", "مسلحي الحوثي"),
    # the region news (snn_region_0358): the pronoun on the noun stands for the place
    ("وأوضح النهاري أن السعودية التي خاضت حرباً شريفة وجمعت حلفاءها من أجل مساندة ودعم اليمن "
     "وتطهيره من الحوثيين وإعادة الأمن والطمأنينة لأهله.", "تطهيره", "الحوثيين"),
    # the region news (snn_region_0701)
    ("أظهرت عدد من الصور اليوم تطهير محافظة الضالع من الانقلابيين أتباع الحوثيين والمخلوع "
     "عفاش عقب عودة الحياة لطبيعتها في مدينة عدن.", "تطهير", "الانقلابيين"),
    # the demo corpus (snn_syria_0188): a place seized, من after a comma past the agent
    ("وقدم الرئيس هادي، للمبعوث الدولي، شرحا عن الأوضاع الحالية في اليمن بشكل عام، وفي "
     "محافظة عدن بصورة خاصة، بعد تحريرها بواسطة المقاومة الشعبية وقوات الجيش الموالية "
     "للشرعية، من الميليشيات المتمردة.", "تحريرها", "الميليشيات المتمردة"),
]


@pytest.mark.parametrize("text,trigger,recipient", FOUND)
def test_recipient_found(text: str, trigger: str, recipient: str) -> None:
    assert recipient in recipients(text, trigger)


KEPT = [
    # the demo corpus (snn_syria_0079): a home with no owner was read before and stays
    ("من جانب آخر، أفادت تقارير بأن الشرطة داهمت منازل في عدد من مناطق اسطنبول بحثا عن "
     "أعضاء في التنظيم المتطرف.", "داهمت", ["منازل"]),
    # region: a home with a party owner was read before and stays whole
    ("وقال شهود إن جنود الاحتلال دهموا منازل المواطنين الفلسطينيين في مخيم الدهيشة.",
     "دهموا", ["منازل المواطنين الفلسطينيين"]),
    # fresh3: a mosque stormed is no dwelling: the rule leaves it (the place)
    ("اقتحمت قوات من جيش الاحتلال الإسرائيلي، أمس، المسجد الأقصى المبارك.", "اقتحمت", []),
    # a comma before a من that names no party: the clause ends there
    ("وسيطرت القوات على مدينة الرمادي، من جهة أخرى قال المتحدث إن القتال مستمر.", "سيطرت",
     []),
]


@pytest.mark.parametrize("text,trigger,expected", KEPT)
def test_recipient_kept(text: str, trigger: str, expected: list[str]) -> None:
    assert recipients(text, trigger) == expected


STATEMENT = [
    # fresh19: the object read past «في بيان» began with the adjective; what is condemned is a
    # deed, no party: no recipient
    ("وأدانت الوزارة في بيان صحفي، اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال اليوم ، "
     "المسجد الأقصى المبارك من جهة باب المغاربة، لتأمين اقتحامات المستوطنين.", "أدانت", []),
    # fresh13
    ("اعتبرت وزارة الخارجية الفلسطينية اليوم الأربعاء استمرار الاستيطان الإسرائيلي بمثابة "
     "\"إعلان حرب\" على الفلسطينيين، وأدانت الوزارة في بيان صحفي لها، مصادقة لجنة التخطيط "
     "التابعة للإدارة المدنية الإسرائيلية على بناء وحدات استيطانية.", "أدانت", []),
]


@pytest.mark.parametrize("text,trigger,expected", STATEMENT)
def test_statement_adjective_is_no_recipient(text: str, trigger: str,
                                             expected: list[str]) -> None:
    assert recipients(text, trigger) == expected


def test_journalists_stay_recipients() -> None:
    # fresh13: صحفي words as the deed's genitive (no statement noun before them) are a party
    text = ("ولم يتوقف الأمر على اعتقال الصحفيين الذي تتزايد قائمتهم كل يوم و ملاحقتهم وإغلاق "
            "صحفهم ووسائلهم الاعلامية.")
    assert "الصحفيين" in recipients(text, "اعتقال")
