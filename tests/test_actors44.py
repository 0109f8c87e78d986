"""The doer of a deed noun named by an indefinite nationality adjective (issue 12, actors44):
rasd.events.nouns.nationality_after reads, after an indefinite deed noun and past its own
indefinite adjectives, an indefinite nationality adjective as the state that does the deed
where the adjective cannot name a person the deed is done to (markers.json
`indefinite_nationality_endings`): a feminine singular at once (غارة أمريكية، ضربة
إسرائيلية، عقوبات أميركية), a masculine singular only past another adjective (قصف جوي سوري).
Left: a plural of people (أسرى إيرانيين: the captives), a masculine right after its noun
(مقتل جندي تركي: the one killed is no adjective of the deed), the adjective of a genitive
inside the trigger (تحطم طائرة حربية سورية: the plane's). An institution of the same state
that announces the deed stays its actor (قال الجيش الأمريكي إن غارة جوية أمريكية).
Sentences from the dev gold (sets named) and the region and Syria news of
/work/wt/notes/free."""

from __future__ import annotations

import pytest

from event_helpers import actors

FOUND = [
    # (sentence, trigger, actor it must hold)
    ("أعلنت وزارة الدفاع الأمريكية أن قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين آخرين "
     "في غارة أمريكية استهدفته في أفغانستان", "غارة", "أمريكية"),  # fresh7
    ("غارة جوية أمريكية في أفغانستان قتلت قيادياً ميدانياً كبيراً بتنظيم القاعدة", "غارة",
     "أمريكية"),  # fresh11: past the mode adjective جوية
    ("عشرات الشهداء في قصف جوي سوري على المدن", "قصف", "سوري"),  # team: a masculine past جوي
    ("قال الجيش الأمريكي أمس الجمعة إن غارة جوية أمريكية في أفغانستان قتلت قياديا ميدانيا "
     "كبيرا بتنظيم القاعدة.", "غارة", "الجيش الأمريكي"),  # region news: the announcing
    # institution of the adjective's own state names the doer more closely (announced_deed)
    ("وكانت غارة جوية امريكية استهدفت الفضلي في سبتمبر الا ان المسؤولين الامريكيين لم يؤكدوا "
     "وفاته آنذاك.", "غارة", "امريكية"),  # Syria news
    ("وتحركت أنقرة بعد ساعات من إعلان مسؤولين في واشنطن أنها سمحت بانطلاق طائرات مقاتلة "
     "أمريكية من قاعدة إنجرليك قرب الحدود السورية لتتراجع عن رفض سابق بالسماح بضربات أمريكية "
     "بطائرات مأهولة.", "ضربات", "أمريكية"),  # Syria news: behind ب
    ("وقتل عنصران من الشرطة التركية بالرصاص صباح أمس في منطقة أضنة (جنوب)، في هجوم جديد نسبته "
     "السلطات إلى التمرد الكردي وسط تزايد التوترات في البلاد وإطلاق عملية عسكرية تركية ضد "
     "المتشددين في سورية والعراق.", "عملية عسكرية", "تركية"),  # Syria news
    ("وأعيد الضوء إلى «المقاومة السورية لتحرير الجولان» أخيرًا، علمًا بأن هذه الضربة ليست "
     "الأولى، إذ قتل أربعة آخرون في شهر أبريل (نيسان) الماضي منهم، إثر ضربة إسرائيلية أيضًا، "
     "قرب الشريط الحدودي مع الجولان، بحسب ما أعلنت تل أبيب.", "ضربة",
     "إسرائيلية"),  # Syria news
]

LEFT = [
    # (sentence, trigger, a phrase that must not be its actor)
    ("بعد كشف محافظ عدن عن وجود أسرى إيرانيين لدى المقاومة", "أسرى",
     "إيرانيين"),  # fresh10: a plural of people is who is held
    ("وبرر اوغلو العملية العسكرية ضد المتطرفين، بالهجوم الانتحاري في سروج ومقتل جندي تركي "
     "باطلاق نار من قبل جهاديين الخميس.", "مقتل", "تركي"),  # Syria news: the one killed
    ("ميدانيا، ارتفعت حصيلة تحطم طائرة حربية سورية خلال قصفها مدينة أريحا التي تسيطر عليها "
     "فصائل المعارضة في شمال غرب سورية إلى 37 قتيلا على الأقل بينهم ثلاثة أطفال وأكثر من 60 "
     "جريحا، بحسب المرصد السوري لحقوق الإنسان.", "تحطم طائرة", "سورية"),  # Syria news
]


@pytest.mark.parametrize(("text", "trigger", "want"), FOUND)
def test_found(text: str, trigger: str, want: str) -> None:
    assert want in actors(text, trigger)


@pytest.mark.parametrize(("text", "trigger", "wrong"), LEFT)
def test_left(text: str, trigger: str, wrong: str) -> None:
    assert wrong not in actors(text, trigger)
