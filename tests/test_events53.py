"""events53 (issue 12): a blow judged and a source cited (rasd.events.unreal.judged_blow,
cited): no deed of the news; a fall put down to a fault (unreal.accident's row سقط).

Each row is a real sentence of a dev article or of the free news (region and Syria pools),
run through the whole pipeline. DROPPED rows lose the named event (on main 9e17da94 they had
it); KEPT rows keep it: a blow struck (a strike that killed, an air strike), a martyr's
death (no source after ب), a fall with no accident named."""

from __future__ import annotations

import pytest

from event_helpers import events_of

DROPPED = [
    # fresh21: a loss judged a heavy blow
    ("وتعتبر خسارة قاعدة العند ضربة قاسية للحوثيين.", "ضربة"),
    # region news: a measure critics see as a blow to due process
    ("ونادرا ما تطبق إسرائيل الإجراء - الذي يراه منتقدون أجانب ضربة للإجراءات القانونية "
     "الواجبة - ضد مواطنيها.", "ضربة"),
    # Syria news: a kidnapping judged a strong blow (a pronoun of identity)
    ("وكشف الحاج أن الخطورة في عملية «النصرة» أنها كشفت عن أن التدريبات العسكرية الأميركية "
     "ضعيفة، بدليل «قدرة (النصرة) على الخطف، وهي ضربة قوية، وهذا يعني أن التدريب ضعيف ولا "
     "يمكن الاعتماد عليه في قتال (داعش)».", "ضربة"),
    # Syria news: a newspaper cites an expert (استشهد ب: cites, no death)
    ("واستشهدت الصحيفة في تقريرها بخبير الآثار، مارك الطويل، وهو أميركي من أصل عراقي، في رحلة "
     "بحث عن تحف نهبت من سوريا والعراق، فوجدها تباع في أسواق لندن.", "استشهدت"),
]

KEPT = [
    # region news: the strike that killed a commander (no word of judging)
    ("وذكر أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو في منطقة "
     "برمال بإقليم بكتيكا الأفغاني.", "ASSAULT", "ضربة"),
    # Syria news: an air strike (a word of arms after the blow noun)
    ("وأعيد الضوء إلى «المقاومة السورية لتحرير الجولان» أخيرًا، بعد ضربة جوية نفذتها طائرة "
     "إسرائيلية من دون طيار في بلدة حضر السورية المحاذية لهضبة الجولان السوري المحتل، الأسبوع "
     "الماضي، وأسفرت عن مقتل ثلاثة عناصر منها.", "ASSAULT", "ضربة جوية"),
    # region news: a brother martyred in Aden (no source after the verb)
    ("فيما تقول جارة لها تدعى زينب أن شقيقها قتل، لكنها لا تعرف أين ومتى، فقد تلقت اتصالا من "
     "أحدهم قال لها إن أخاها استشهد في عدن، ثم أنهى المكالمة دون أن يقدم لها أي تفاصيل أخرى.",
     "ASSAULT", "استشهد"),
    # Syria news: a jet fallen on a market, no accident named in the sentence (the row سقط,
    # now read by unreal.accident, keeps a fall told with no cause)
    ("سقطت أمس طائرة حربية تابعة للنظام السوري في سوق للخضار وسط مدينة أريحا، التي يسيطر "
     "عليها فصائل جيش الفتح، مما أدى إلى سقوط عشرات القتلى والجرحى من المدنيين بينهم أطفال.",
     "ASSAULT", "سقطت أمس طائرة"),
]


@pytest.mark.parametrize(("text", "trigger"), DROPPED)
def test_no_deed_told(text: str, trigger: str) -> None:
    assert not [t for _, t in events_of(text) if t.startswith(trigger)]


@pytest.mark.parametrize(("text", "category", "trigger"), KEPT)
def test_deed_kept(text: str, category: str, trigger: str) -> None:
    assert (category, trigger) in events_of(text)
