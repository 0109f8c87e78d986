"""One deed told twice in one clause (events26, issue 12): a trigger opened by و, right
after a trigger of its category in its clause, with no doer of its own, is the same deed
told again when its object points back (a pronoun on it or on the preposition after it:
وأغرقتها، واعتدوا عليهم، واقتحامه، وإدانتها) or when it is a verb of targeting after an
attack noun with no target of its own (ضربات جوية شنتها … واستهدفت مواقع); the gold codes
these as one event whose alt_triggers hold the second word. Sentences from the dev sets
(fresh4, fresh10, fresh11, fresh17); each fold is paired with a sentence whose second deed
names its own target or opens its own clause and stays an event."""

from __future__ import annotations

import pytest

from event_helpers import events_of
from rasd.pipeline import extract_text

FOLDED = [
    # (sentence, category, first trigger kept, second trigger folded into it)
    # fresh11 (Benghazi): the ship bombed and sunk, one strike
    ("أعلن متحدثون باسم الجيش الليبي أمس، أن طائرات حربية، تابعة للحكومة المعترف بها دوليًا، "
     "قصفت سفينة ببنغازي وأغرقتها، وهاجمت سفينة أخرى.", "ASSAULT", "قصفت", "أغرقت"),
    # fresh4 (Dhamar): the envoys attacked and beaten, one assault
    ("حيث هاجم الأهالي مندوبي التمرد الذين أوصلوا الجثث واعتدوا عليهم، كما هاجموا وجهاء "
     "الأحياء.", "ASSAULT", "هاجم", "اعتدوا"),
    # fresh17 (Duma): the door blown and the house stormed, one raid
    ("داهمت قوة خاصة بلباس الجيش منزل فلاح، وقامت بتفجير أبواب المنزل واقتحامه.",
     "ASSAULT", "تفجير", "اقتحام"),
    # fresh10 (Asir): condemnation told by two nouns
    ("أعربت الجمهورية العراقية عن استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجد قوات "
     "الطوارئ بمنطقة عسير.", "ACCUSE", "استنكارها", "إدانت"),
    # fresh4 (Nineveh): the strikes' targets told by a verb of targeting
    ("لقي عشرات من عناصر تنظيم داعش، مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي الذي "
     "تقوده الولايات المتحدة، واستهدفت مواقع للتنظيم في عدد من القرى جنوب شرق محافظة نينوى.",
     "ASSAULT", "ضربات جوية", "استهدفت"),
    # fresh10 (PKK): the shelling's targets
    ("فيما انطلق قصف المدفعية التركية فجر أمس، من مدينة دجلة في أقصى جنوب شرق تركيا "
     "واستهدف أهدافا واقعة قرب الحدود العراقية.", "ASSAULT", "قصف", "استهدف"),
]


@pytest.mark.parametrize(("text", "kind", "first", "second"), FOLDED)
def test_second_mention_folded(text: str, kind: str, first: str, second: str) -> None:
    found = [t for k, t in events_of(text) if k == kind]
    assert any(t.startswith(first) for t in found), found
    assert not any(t.startswith(second) for t in found), found


def test_folded_target_goes_to_the_first() -> None:
    doc = extract_text(FOLDED[4][0], published="2015-08-01")
    strike = next(e for e in doc.events if doc.span_text(e.trigger).startswith("ضربات"))
    assert "مواقع للتنظيم" in [doc.span_text(r) for r in strike.recipient]


KEPT = [
    # (sentence, category, the second trigger that stays an event)
    # fresh11: another ship, another attack (its own object, after a comma and و)
    (FOLDED[0][0], "ASSAULT", "هاجمت"),
    # fresh4: كما opens a clause of its own, other victims
    (FOLDED[1][0], "ASSAULT", "هاجموا"),
    # fresh13 (Sanaa): a verb after a verb, another target
    ("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية، كما "
     "استهدف أيضا آليات عسكرية في صحراء وادي الحسيني في محافظة لحج.", "ASSAULT", "استهدف"),
    # a strike by a verb, then a verb of targeting with its own object: two targets
    ("وقصفت مقاتلات التحالف معسكر المنار واستهدفت آليات عسكرية في لحج.", "ASSAULT", "استهدفت"),
    # fresh4 (IFJ, Mosul): abducted on one day, executed on another: two deeds
    ("والعبادي هو أب لطفلين، وقد اختطف تنظيم داعش العبادي من بيته يوم 4 يونيو الماضي، "
     "وأعدمه بالرصاص يوم 15 يوليو الجاري بعد اتهامه بالتجسس.", "ASSAULT", "أعدم"),
    # an abduction and a killing told together, no dates: still two deeds
    ("وقد اختطف مسلحون الصحفي من بيته وأعدموه بالرصاص.", "ASSAULT", "أعدم"),
    # fresh11 (al-Araqib): the village stormed, then demolished: two deeds
    ("كما اقتحمت جرافات الاحتلال الاربعاء قرية العراقيب مسلوبة الاعتراف في النقب الفلسطيني "
     "المحتل، وهدمتها بالكامل للمرة الـ87.", "ASSAULT", "هدمت"),
    # fresh13 (Lahij): the verb of targeting goes on the relative clause (the rockets')
    ("إن المقاومة ستتجه إلى تطهير المناطق المحاذية للمدينة من جهة محافظة لحج التي تنطلق "
     "منها صواريخ الحوثي وتستهدف المواطنين.", "ASSAULT", "تستهدف"),
    # two attacks on two targets: the second names its own
    ("وهاجم مسلحون حاجزا للجيش في المدينة وقصفوا مقر الشرطة بالقذائف.", "ASSAULT", "قصفوا"),
]


@pytest.mark.parametrize(("text", "kind", "second"), KEPT)
def test_second_deed_kept(text: str, kind: str, second: str) -> None:
    found = [t for k, t in events_of(text) if k == kind]
    assert any(t.startswith(second) for t in found), found
