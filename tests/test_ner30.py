"""Armed bodies named by their allegiance as one ORG entity (entities/loyal.py, issue 14).

Sentences from the region news, the demo corpus and the dev gold's raw texts."""

import pytest

from rasd.pipeline import extract_text


def _entities(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text)
    return [(doc.span_text(e), e.type) for e in doc.entities]


@pytest.mark.parametrize(("sentence", "body"), [
    # a person, after a title
    ("وسيطرت القوات الموالية للرئيس عبد ربه منصور هادي على مطار عدن الدولي.",
     "القوات الموالية للرئيس عبد ربه منصور هادي"),
    ("وقصفت قوات موالية للرئيس اليمني السابق علي عبدالله صالح الأحياء السكنية.",
     "قوات موالية للرئيس اليمني السابق علي عبدالله صالح"),
    ("والقوات الموالية لصالح في مدينة لحج", "القوات الموالية لصالح"),
    # the party word الشرعية
    ("وتقدم الجيش الموالي للشرعية نحو مدينة زنجبار.", "الجيش الموالي للشرعية"),
    # a construct head before a definite one: the phrase starts at it
    ("تمكن المقاومة الشعبية وقوات الجيش الموالية للشرعية تحريرها من المليشيات المتمردة",
     "قوات الجيش الموالية للشرعية"),
    # a state, after من
    ("ودخلت القوات المدعومة من السعودية مدينة عدن.", "القوات المدعومة من السعودية"),
    # a title read as a name of its own continues to the name after it
    ("أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي اليوم الاثنين "
     "أنها سيطرت على عدن.",
     "القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي"),
])
def test_loyal_body(sentence: str, body: str) -> None:
    assert (body, "ORG") in _entities(sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    # a pronoun owner names no party
    ("وهاجم الحوثيون والقوات الموالية لها مدينة عدن.", "الموالية"),
    # the allegiance word does not agree with the definite head: the units, not the army
    ("بسط تحالف من الجماعات الجنوبية ووحدات من الجيش موالية لهادي سيطرته على المدينة.", "موالية"),
    # a named body before the allegiance word keeps its own name
    ("واشتبكت المقاومة الشعبية الموالية للرئيس هادي مع الحوثيين.", "الموالية"),
])
def test_no_loyal_body(sentence: str, word: str) -> None:
    assert not any(word in text for text, _ in _entities(sentence))
