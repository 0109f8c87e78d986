"""يذكر أن "it is worth noting that" is the writer's note, no claim (claims20, issue 12): the
impersonal passive opens the sentence (or carries و, or follows مما) with a complementizer
right after; before, it took the previous claim's speaker."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

NOTES = [
    # (text, a claim before the note that must stay: speaker, cue)
    ("وقال الجهاز المركزي للاحصاء في بيان اليوم ، إن تراجع معدل التضخم يرجع إلى المقارنة مع "
     "ارتفاع قياسي للتضخم في يوليو 2014. مما يذكر أن الأسعار ارتفعت بشكل كبير في السودان "
     "بعد انفصال جنوب السودان في 2011.", "الجهاز المركزي للاحصاء", "قال"),
    # the past ذكر with its carried speaker stays a claim; the note after it does not (fresh17)
    ("وأكد أبو ريا أن الجنود كانوا يقصدون تصفيه محمد من دون أي سبب. وذكر أن هذه ليست المرة "
     "الأولى التي يتم فيها اقتحام منزل شقيقه. يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، "
     "الشاب أحمد علاونة (21 عاما) من قرية برقين قرب مدينة جنين.", "أبو ريا", "ذكر"),
    ("وقالت مصادر في المقاومة إن المتمردين قصفوا مطار عدن الدولي بصواريخ الكاتيوشا. يذكر أن "
     "قاعدة العند تقع شمال عدن باتجاه محافظة لحج، على بعد نحو 60 كيلومترا.",
     "مصادر في المقاومة", "قالت"),
    ("وأكد رونالد ريغان أن الاتفاق سيء. ويذكر أن «آيباك» بعثت 60 ناشطًا إلى مكتب شومر لكسب "
     "تأييده لموقفها الأسبوع الماضي.", "رونالد ريغان", "أكد"),
    # the note in the middle of a sentence, after a number (fresh17)
    ("وقالت البعثة في بيان إن «شهد تموز الماضي شهد مقتل 844 مدنيا» وأوضحت، أن «حصيلة الجرحى "
     "بلغت 2108 شخصا، وكانت محافظة بغداد الأكثر تضررا حيث بلغت حصيلة الضحايا فيها 335 شخصا "
     "ويذكر أن حصيلة شهر حزيران الماضي بلغت مقتل 1446 شخصا وجرح 1687.", "البعثة", "قالت"),
]


@pytest.mark.parametrize(("text", "who", "cue"), NOTES)
def test_editorial_note_is_no_claim(text: str, who: str, cue: str) -> None:
    got = claims_of(text)
    assert not [c for c in got if c[1].endswith("يذكر")]
    assert (who, cue) in {(s, c.removeprefix("و")) for s, c, _ in got}


KEPT = [
    # ذكر with its speaker, and يذكر as "according to" with its speaker after it
    ("وذكر المرصد السوري لحقوق الانسان أن الغارات الجوية قصفت مواقع للجبهة قرب بلدة أعزاز.",
     "المرصد السوري لحقوق الانسان"),
    ("ويعود تاريخ الوثائق إلى العهد الملكي وصولا إلى الأنظمة المتعاقبة بعد الإطاحة "
     "بالملكية، حسبما يذكر العلوجي.", "العلوجي"),
]


@pytest.mark.parametrize(("text", "who"), KEPT)
def test_reporting_zkr_stays_a_claim(text: str, who: str) -> None:
    assert who in {s for s, _, _ in claims_of(text)}
