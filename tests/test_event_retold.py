"""A deed noun told again far from its first telling, in the same words (events29): the
noun and the two words after it repeat a noun of its type in an earlier sentence, so it is
that deed retold (a statement about it, a reason given), not a new one, when it adds
no party, place, toll or time the first lacks. Real sentence
shapes of the dev fresh sets and the demo corpus; a deed told with other words after it is
kept."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def triggers(text: str) -> list[tuple[str, str, int]]:
    doc = extract_text(text, published="2015-08-10")
    return [(e.type, doc.span_text(e.trigger), e.sentence) for e in doc.events]


RETOLD = [
    # باغتصاب فتاة قاصر: the reason for a dismissal, told twice
    ("وأشار المحافظ إلى أن احتجاجه على قيام أحد ضباط الجيش باغتصاب فتاة قاصر في الموصل كان "
     "وراء إقالته.\nوقال: إن سبب إقالتي هو احتجاجي على قيام ضابط بالجيش باغتصاب فتاة قاصر "
     "في الموصل.", "ASSAULT", "اغتصاب"),
]


@pytest.mark.parametrize(("text", "kind", "word"), RETOLD)
def test_a_deed_retold_in_the_same_words_is_one_event(text, kind, word):
    found = [t for t in triggers(text) if t[0] == kind and word in t[1]]
    assert len(found) == 1
    assert found[0][2] == 0  # the first telling stays


KEPT = [
    # في تفجير سيارة مفخخة: three bombings, each with its own town and toll
    ("وفي بغداد، قتل خمسة اشخاص في تفجير سيارة مفخخة في منطقة الزعفرانية.\n"
     "الى ذلك، قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير سيارة مفخخة يقودها "
     "انتحاري عند نقطة تفتيش شمال بغداد.\nوفي محافظة ديالى، قتل اربعة اشخاص على الاقل في "
     "تفجير سيارة مفخخة في بلدة مندلي.", "ASSAULT", "تفجير", 3),
    # معارك عنيفة: two battles told in two sentences, different words after the noun
    ("وأكدت مصادر في جبهات تعز أن معارك عنيفة احتدمت أمس بين المقاومة والمليشيات في "
     "منطقة الضباب.\nوأضافت المصادر أن معارك عنيفة دارت عصر أمس الجمعة بين الجيش الوطني "
     "والمليشيات في صبر.", "ASSAULT", "معارك", 2),
]


@pytest.mark.parametrize(("text", "kind", "word", "n"), KEPT)
def test_a_deed_told_in_other_words_stays(text, kind, word, n):
    assert len([t for t in triggers(text) if t[0] == kind and word in t[1]]) == n
