"""Verbs joined by و share their subject (claims30, issue 12): a conjoined cue with no
speaker of its own (… وقال: «…») takes the person named right after the verb that opens
its sentence, when the two verbs agree, not the nearest person before it (the first verb's
object or a word of its complement)."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

SHARED = [
    # (text, speaker, cue): before, the object كيري (fresh7) / a word of the complement
    ("واتهم أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير فيما تعهد به من اتفاق بين "
     "الجانبين وقال: «إننا أوفينا بكل ما علينا من تعهدات في الوقت الذي أقدمت اسرائيل "
     "وحكومتها المتطرفة».", "أبو مازن", "قال"),
    # demo (aawsat): before, الكيماوي
    ("وشددت دينا قعوار مندوبة الأردن لدى مجلس الأمن على ضرورة التعامل بشكل فعال مع قضية "
     "استخدام السلاح الكيماوي في سوريا باعتباره يشكل تحديا للمجتمع الدولي وانتهاكا للقيم "
     "الإنسانية وقالت: «إن الأردن يطالب بإنشاء آلية تحقيق مشتركة في أسرع وقت ممكن».",
     "دينا", "قالت"),
    # news (alriyadh): before, القيادي
    ("وندد إسماعيل هنية القيادي في حركة حماس في غزة بإسرائيل وقال: «هذا التصعيد الصهيوني "
     "الخطير في القدس يأتي متزامنا مع جرائم المستوطنين الصهاينة».", "إسماعيل هنية", "قال"),
]


@pytest.mark.parametrize(("text", "who", "cue"), SHARED)
def test_conjoined_cue_takes_the_opening_subject(text: str, who: str, cue: str) -> None:
    got = claims_of(text)
    assert any(who in s and c.removeprefix("و") == cue for s, c, _ in got), got


NOT_SHARED = [
    # a feminine opening verb and a masculine cue: another subject, not the woman named
    # (the demo's aawsat sentence, its cue made masculine)
    ("واستقبلت دينا قعوار مندوبة الأردن لدى مجلس الأمن مندوب سوريا بشار الجعفري وقال: «إن "
     "الأردن يطالب بإنشاء آلية تحقيق مشتركة في أسرع وقت ممكن».", "دينا"),
    # a plural cue after a singular opening verb (the news' alriyadh sentence, made plural)
    ("وندد إسماعيل هنية القيادي في حركة حماس في غزة بإسرائيل وقالوا: «هذا التصعيد الصهيوني "
     "الخطير في القدس يأتي متزامنا مع جرائم المستوطنين الصهاينة».", "هنية"),
]


@pytest.mark.parametrize(("text", "other"), NOT_SHARED)
def test_disagreeing_verbs_do_not_share(text: str, other: str) -> None:
    assert not [s for s, _, _ in claims_of(text) if other in s]
