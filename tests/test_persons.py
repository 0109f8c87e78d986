"""Person names announced by a naming word or made of a compound given name
(entities/persons.py)."""

import pytest

from rasd.entities.persons import compound_names, named_after_cue
from rasd.text.segment import tokenize


def _named(text: str) -> list[str]:
    return [text[n.start:n.end] for n in named_after_cue(text, tokenize(text))]


@pytest.mark.parametrize(("sentence", "names"), [
    # a dual naming word lists its names with و
    ("مسلحاً بينهم قياديان باكستانيان، يدعيان، بلال ومعراج الدين، كانا يديران معارك",
     ["بلال", "معراج الدين"]),
    ("وقال مسؤولون إن القتيل يدعى محمد المصري (17 عاما).", ["محمد المصري"]),
    # على folds to علي: a given name still counts
    ("وهو يدعى أبو علي الكبسي، ورئيس موانئ", ["أبو علي الكبسي"]),
    # a preposition joined to the next word ends the name
    ("وروى احد السكان ويدعى محمد جيليك لوكالة فرانس برس", ["محمد جيليك"]),
    ("المدعو «حسين خريس» أحد قادة المجموعة", ["حسين خريس"]),
    # تدعي/يدعي "claims" (ى and ي folded): no given name follows
    ("الدول المعادية لسوريا والتي تدعي محاربة الإرهاب", []),
    # a kinship noun with a pronoun before a given name (fresh11, news): the name ends
    # before a word that is mostly no name's
    ("علما أن بعض القياديين يفضلون نجله يعقوب البالغ 26 عاما على الملا منصور", ["يعقوب"]),
    ("أصيب في الهجوم والد الطفل سعد ووالدته رهام وشقيقه أحمد.", ["أحمد"]),
    # بقيادة before a given name (fresh17); before a country no person (fresh11)
    ("ففي العام الماضي ألحقت الهزيمة بجبهة ثوار سوريا بقيادة جمال معروف الذي كان يعد",
     ["جمال"]),
    ("وقال إن غارات التحالف بقيادة السعودية الاثنين حول", []),
    # ركن qualifies the rank before the name (fresh19)
    ("بدوره، قال العميد ركن أحمد عسيري، المتحدث باسم قوات التحالف", ["أحمد عسيري"]),
])
def test_named_after_cue(sentence: str, names: list[str]) -> None:
    assert _named(sentence) == names


@pytest.mark.parametrize(("sentence", "names"), [
    ("وذلك غداة تعيين نجله سراج الدين في الفريق القيادي", ["سراج الدين"]),
    ("بعد حكم بإعدام سيف الإسلام شقيق الساعدي", ["سيف الإسلام"]),
    ("وقال بيدار إنه تم اعتقال قاري ذبيح الله قائد طالبان", ["ذبيح الله"]),
    ("وأصدر رجال الدين فتوى", []),  # clerics: no compound name
])
def test_compound_names(sentence: str, names: list[str]) -> None:
    assert [sentence[n.start:n.end] for n in compound_names(sentence, tokenize(sentence))] \
        == names
