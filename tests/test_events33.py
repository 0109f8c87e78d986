"""An attack told again for its toll (events33, rasd.events.toll_host): a definite attack noun
that is the subject of a verb of result (أسفر الهجوم عن، كما أسفرت الغارات عن) names the
attack a noun of its lexicon row told just before (its sentence or the one before); it is
folded into that attack, which takes the toll it lacked. Another account (بينما أفادت مصادر
أخرى بأن الهجوم أسفر) and a result told before the noun (تدمير آلياته … المواجهات أسفرت)
stay. Verbatim sentences of the filtered region news (snn_region_*), the demo corpus
(snn_syria_*) and the dev gold (fresh11, fresh13), each named."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def assaults(text: str) -> list[tuple[str, int | None, int | None]]:
    doc = extract_text(text, published="2015-08-01")
    return [(doc.span_text(e.trigger), e.dead, e.injured)
            for e in doc.events if e.type == "ASSAULT"]


# (text, the attacks coded: trigger, dead, injured)
FOLDED = [
    # snn_region (Sanaa checkpoint): a verb of targeting, then the toll in the next sentence
    ("وشهدت العاصمة صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش تابعة للحوثيين أمام "
     "معسكر التموين في منطقة عصر، شمال غرب المدينة. وقال المكتب الإعلامي للمقاومة الشعبية "
     "إن الهجوم أسفر عن مقتل اثنين من المسلحين الحوثيين وتدمير مدرعة عسكرية.",
     [("هجوما", 2, None)]),
    # fresh11 (ramadi-army-air-strikes-*): the wounded told after the dead, كما before the verb
    ("وأوضح مصدر في الخلية في بيان صحفي أن \"قيادة الفرقة الثامنة وبالتنسيق مع طيران الجيش "
     "والقوة الجوية, نفذت اليوم سلسلة من الغارات الجوية ، في مناطق الحصيبة والملاحمة "
     "والبوعلوان شرقي الرمادي , أسفرت عن مقتل 52 داعشيا , بينهم قياديان اثنان\". وأضاف "
     "البيان :\"كما أسفرت الغارات عن جرح 58 داعشيا، ودمرت 9 مستودعات للأسلحة و 22 عجلة "
     "مسلحة و14 زورقا في المناطق المذكورة\".",
     [("الغارات", 52, 58), ("دمرت", None, None)]),
]

# (text, the attack kept with its toll, the repeat folded into it): the same sentence
FOLDED_HERE = [
    # snn_syria (al-Rai border clashes): a clash noun, then المواجهات of its row with the toll
    ("وقال: «إن الغارات الجوية بدأت عند الساعة الرابعة فجرا وسمع صدى ضرباتها في معظم الريف "
     "الحلبي الشمالي حسب ما لفت المصدر الذي أكد أن مناظير الرصد لفصائل حلب أكدت على حدوث "
     "دمار هائل في مواقع (داعش) وإعطاب وحرق كثير من آليات التنظيم، وسبق الغارات اشتباكات "
     "استمرت على الحدود السورية التركية بين تنظيم داعش والحرس التركي والجيش التركي بالقرب من "
     "منطقة الراعي في قرية العياش الخالية من السكان والتي يسيطر عليها التنظيم عند الحدود مع "
     "تركيا وكانت قد أسفرت المواجهات التي تصاعدت حتى استخدام الأسلحة الثقيلة عن سقوط ضابط "
     "وأربعة قتلى على الأقل من الجانب التركي إضافة لمقتل عدد من عناصر (داعش)».",
     ("اشتباكات", 4, None), "مواجهات"),
]

# (text, the attack noun that stays an event of its own)
KEPT = [
    # fresh13 (anbar-advance-*): two accounts of one attack, each with its toll, coded twice
    ("كما أفادت مصادر التنظيم بأن 113 من مليشيا الحشد الشعبي قـُتلوا في هجوم للتنظيم على "
     "موقع للحشد في محيط الصقلاوية شمال شرق الفلوجة، بينما أفادت مصادر في الجيش العراقي بأن "
     "الهجوم أسفر عن مقتل 58 وإصابة العشرات من أفراد الجيش ومليشيا الحشد.", "الهجوم"),
    # snn_syria (Aqaba checkpoint): a destruction told before is no clash of the same row
    ("كذلك تحدث عن «احتراق حاجز العقبة بالكامل وتدمير آلياته واغتنام شيلكا وعربة (بي إم بي) "
     "BMP وأسلحة»، وقال إن المواجهات أسفرت عن وقوع «عشرات القتلى لحزب الله وقوات النظام».",
     "مواجهات"),
]


@pytest.mark.parametrize("text, coded", FOLDED)
def test_attack_told_again_for_its_toll_is_folded(text, coded):
    assert assaults(text) == coded


@pytest.mark.parametrize("text, host, gone", FOLDED_HERE)
def test_attack_told_again_in_its_sentence_is_folded(text, host, gone):
    coded = assaults(text)
    assert host in coded and gone not in [t for t, _, _ in coded]


@pytest.mark.parametrize("text, word", KEPT)
def test_attack_noun_of_another_account_stays(text, word):
    assert word in [t for t, _, _ in assaults(text)]
