"""Denials and obligations the triggers missed (events56, issue 12): rows of
src/rasd/data/events/triggers.tsv.

- REJECT `تنصل` / `تبرأ` with the thing disowned after من: a party disowning a deed or a
  charge; the verbal noun of an aim (بهدف التنصل من) stays out.
- REQUEST `يجب على` / `يتوجب على`: an obligation a speaker lays on a party named after على,
  the party its recipient; «يجب أن» with no party, and «لا يجب على», stay out.

Sentences from the dev gold (fresh2, fresh13, fresh17, fresh27) and the unannotated region and Syria
news (/work/wt/notes/free)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, recipients


def _typed(text: str, category: str, word: str) -> list[str]:
    """The triggers of `category` that start with `word`."""
    return [trig for c, trig in events_of(text) if c == category and trig.startswith(word)]


FOUND = [
    # (sentence, category, the word the event's trigger starts with)
    ("وتنصل جيش الاحتلال من المسؤولية عن قتل أبو ماريا وقال: تعرض جنود القوة لأعمال عنف "
     "داخل أحد منازل القرية.", "REJECT", "تنصل"),  # fresh13
    ("فالعمليات الميدانية التي نفذها (داعش)، مستهدفًا مساجد بصنعاء، تبرأ منها تنظيم "
     "القاعدة.", "REJECT", "تبرأ"),
    # region news
    ("إلى ذلك قال آمر كتيبة لواء أول مشاة التابعة للجيش الليبي العقيد حامد بالخير، إنه "
     "يتوجب على الشعب الليبي دعم كافة مؤسسات الدولة ومنحها الثقة.", "REQUEST", "يتوجب"),
    # fresh2
    ("ورأى ياسين بأنه يجب على الجميع أن يقف مع اليمن ومع الحكومة الشرعية من أجل إعادة "
     "اليمن.", "REQUEST", "يجب"),  # fresh27
    ("لافروف: يجب على أمريكا التعاون مع الأسد لمحاربة داعش.", "REQUEST", "يجب"),  # Syria news
]


@pytest.mark.parametrize(("text", "category", "word"), FOUND)
def test_found(text: str, category: str, word: str) -> None:
    assert _typed(text, category, word), events_of(text)


LEFT = [
    # (sentence, category, the word that must head no event of that category)
    ("اتهمت حكومة الوفاق الوطني في رام الله، أمس، الحكومة الإسرائيلية بمحاولة جر المنطقة "
     "بأكملها إلى دوامة من العنف، بهدف التنصل من الالتزامات تجاه عملية التسوية.", "REJECT",
     "التنصل"),  # fresh17: an aim, no denial told
    ("وأضاف “إسرائيل تشرع قوانين تعبر عن الكراهية وتخالف أبسط قواعد القانون التي تقول إن "
     "العقوبة يجب أن تتناسب مع الفعل.", "REQUEST", "يجب"),  # fresh2: a rule, no party
    ("يرى كاتب مسلسل (امرأة من رماد) جورج عربجي \"أنه لا يجب على الكاتب الدرامي أن يكون "
     "سادياً مع شعب مورست عليه أبشع أنواع التعذيب النفسي\".", "REQUEST", "يجب"),
    # Syria news: negated, an opinion
]


@pytest.mark.parametrize(("text", "category", "word"), LEFT)
def test_left(text: str, category: str, word: str) -> None:
    assert not _typed(text, category, word), events_of(text)


def test_obliged_party_is_recipient() -> None:
    text = "لافروف: يجب على أمريكا التعاون مع الأسد لمحاربة داعش."
    assert recipients(text, "يجب على") == ["أمريكا"]
