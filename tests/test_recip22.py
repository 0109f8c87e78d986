"""recip22 (issue 12): a coordinated recipient is not cut after its first conjunct when the
next conjunct names the allies or followers of the party before it (و + حلفاء، أنصار،
أتباع، أعوان، مؤيدي with a pronoun pointing back, or before a genitive), and a deed verb's
object goes on over و as np_coordinated reads it (a definite word, a name, a party noun).
Sentences from the dev sets (fresh7, fresh17) and the demo corpus."""

from __future__ import annotations

import pytest

from event_helpers import roles_of

ALLIES = [
    # a deed noun's object after على, its second conjunct the allies (fresh7)
    ("ورفض المصدر اعطاء المزيد من التفاصيل حول العسكريين والبلدان التي ينتمون اليها مكتفيا "
     "بالقول انها “اكبر قوة ينشرها التحالف على ارض اليمن” منذ بدء الحملة الجوية التي يشنها "
     "على قوات الحوثيين وحلفائهم في اليمن في اذار/مارس الماضي.", "حملة الجوية التي يشنها",
     ["قوات الحوثيين", "حلفائهم"]),
    # a deed verb's object (fresh17)
    ("وحققت قوات هادي سلسلة انجازات خلال الايام الاخيرة وطردت الاثنين الحوثيين وحلفاءهم من "
     "آخر معاقلهم في محافظة ابين الجنوبية.", "طردت", ["الحوثيين", "حلفاءهم"]),
    # the demo corpus: the party a place is taken from (taken_from), and its allies
    ("وتمكنت قوات المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي، من تحرير مدينة عدن من "
     "الحوثيين وحلفائهم، بدعم من غارات التحالف العربي الذي تقوده السعودية، مما يمهد الطريق "
     "لتحرير مناطق أخرى جنوبي اليمن.", "تحرير مدينة", ["الحوثيين", "حلفائهم"]),
]


@pytest.mark.parametrize("text,trigger,recipients", ALLIES)
def test_allies_conjunct_continues_the_recipient(text: str, trigger: str,
                                                 recipients: list[str]) -> None:
    assert roles_of(text, trigger)[1] == recipients


def test_allies_noun_alone_is_no_party() -> None:
    # a pronoun-bearing noun with no و before it names no one by itself (_pronominal)
    _, recipients = roles_of("وقال المتحدث إن الطائرات قصفت مقاتليه في المدينة.", "قصفت")
    assert "مقاتليه" not in recipients


def test_allies_of_the_subject_join_the_actor() -> None:
    # the same coordination holds on the subject side (demo corpus)
    actors, recipients = roles_of("فيما قال الجيش الأميركي إن الولايات المتحدة وحلفاءها "
                                  "استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية في سوريا.",
                                  "استهدفوا")
    assert (actors, recipients) == (["الولايات المتحدة", "حلفاءها"], ["مسلحي تنظيم داعش"])
