"""The clause reading (rasd.clause) of real sentences of the demo corpus (SaudiNewsNet 2015,
none from a dev or held-out gold file): the predicate governing a phrase, its voice, the
phrase's slot, relative clauses and quotes, read from the Document's own tokens."""

from __future__ import annotations

import pytest

from rasd.clause import Reading, read, sentence_of
from rasd.document import Document
from rasd.roles import View
from rasd.text.stage import stage


def _read(text: str) -> tuple[View, Reading]:
    v = View(stage(Document(text=text)))
    return v, read(sentence_of(v, 0, len(v.toks)))


def _at(v: View, word: str) -> int:
    """Index of the first token written `word`."""
    return next(k for k, t in enumerate(v.toks) if v.text[t.start:t.end] == word)


S_SHANN = ("شن سلاح الجو التركي أمس أولى غاراته على مواقع لتنظيم داعش في سورية وذلك بعد "
           "أربعة أيام على هجوم انتحاري.")
S_LAQI = ("ولقي أربعة أشخاص مصرعهم بينما أصيب 20 آخرون بجروح متفاوتة في ثلاثة حوادث أمنية "
          "منفصلة في بغداد أمس.")
S_QIBAL = ("وبرر اوغلو العملية العسكرية ضد المتطرفين، بالهجوم الانتحاري في سروج ومقتل جندي "
           "تركي باطلاق نار من قبل جهاديين الخميس.")
S_TARAD = "وتعرضت هذه الطائرات لحوادث عدة كما تم إسقاط بعضها من فصائل المعارضة."
S_ATLAQ = ("قتل 18 شخصا وأصيب العشرات بجروح أمس، في سقوط صاروخ أطلقته قوات النظام السوري على "
           "حي شعبي وسط مدينة حلب شمال البلاد.")
S_REL = ("وقام طيران النظام المروحي بإلقاء براميل متفجرة على المدينة التي اسقط عليها منذ بدء "
         "المعركة 470 برميلاً متفجراً.")
S_QUOTE = ("وتحدث المرصد عن «تجدد الاشتباكات بين قوات النظام والفصائل المعارضة، في محيط مطار "
           "الثعلة».")
S_ANNA = ("وقال المصدر في تصريح صحافي أن شخصا قتل، وأصيب خمسة آخرون بتفجير مماثل في منطقة "
          "الحبيبية بمدينة الصدر، شرقي بغداد.")

# (sentence, phrase's first word, slot, governing predicate, its voice)
SLOTS = [
    (S_SHANN, "سلاح", "subj", "شن", "active"),  # VSO: the subject after the verb
    (S_SHANN, "مواقع", "prep:على", "غاراته", "active"),  # a deed noun's على phrase
    (S_SHANN, "سورية", "prep:في", "غاراته", "active"),
    (S_LAQI, "أربعة", "subj", "ولقي", "undergo"),  # لقي مصرعه: the subject undergoes
    (S_LAQI, "20", "subj", "أصيب", "passive"),  # أصيب is read passive unvowelled
    (S_LAQI, "بغداد", "prep:في", "أصيب", "passive"),
    (S_QIBAL, "جهاديين", "agent", "باطلاق", "passive"),  # من قبل: the agent
    (S_QIBAL, "المتطرفين", "prep:ضد", "العملية", "active"),
    (S_QIBAL, "اوغلو", "subj", "وبرر", "active"),
    (S_TARAD, "الطائرات", "subj", "وتعرضت", "undergo"),  # a demonstrative skipped
    (S_TARAD, "إسقاط", "subj", "تم", "active"),  # تمّ + verbal noun
    (S_TARAD, "بعضها", "gen", "إسقاط", "passive"),  # ... whose genitive is the patient
    (S_ATLAQ, "قوات", "subj", "أطلقته", "active"),  # a known verb with an object pronoun
    (S_ATLAQ, "حي", "prep:على", "أطلقته", "active"),
    (S_ATLAQ, "العشرات", "subj", "وأصيب", "passive"),
    (S_ANNA, "شخصا", "pre", "قتل", "active"),  # after أن: the subject before its verb
    (S_ANNA, "بمدينة", "prep:ب", "بتفجير", "active"),  # ب glued on a place noun
    (S_ANNA, "المصدر", "subj", "وقال", "active"),
]


@pytest.mark.parametrize("text, word, slot, gov, voice", SLOTS)
def test_slot_governor_and_voice(text, word, slot, gov, voice):
    v, r = _read(text)
    k = _at(v, word)
    assert r.slot[k] == slot
    g = r.gov[k]
    assert g >= 0 and v.text[v.toks[g].start:v.toks[g].end] == gov
    assert r.voice[g] == voice


# (sentence, phrase's first word, predicate, how the phrase stands to the predicate)
RELATIONS = [
    (S_SHANN, "سلاح", "غاراته", "host"),  # subject of the verb that governs the deed noun
    (S_SHANN, "مواقع", "غاراته", "trigger"),
    (S_TARAD, "الطائرات", "لحوادث", "host"),
    (S_ATLAQ, "قوات", "أطلقته", "trigger"),
    (S_ATLAQ, "قوات", "وأصيب", "other"),
    (S_LAQI, "20", "ولقي", "other"),
    (S_ANNA, "خمسة", "قتل", "joined"),  # قتل، وأصيب: two verbs joined by و
]


@pytest.mark.parametrize("text, word, pred, relation", RELATIONS)
def test_relation_to_a_predicate(text, word, pred, relation):
    v, r = _read(text)
    assert r.relation(_at(v, word), _at(v, pred)) == relation


def test_a_relative_clause_is_marked_and_closed():
    v, r = _read(S_REL)
    assert r.relative[_at(v, "بدء")] and r.relative[_at(v, "اسقط")]
    assert not r.relative[_at(v, "المدينة")] and not r.relative[_at(v, "طيران")]
    assert r.clause[_at(v, "بدء")] != r.clause[_at(v, "طيران")]


def test_a_relative_clause_ends_at_the_main_verb():
    # المواقع التي احتلها ... تعرضت: a second verb without و closes the relative clause
    v, r = _read("بدلا من استهداف المواقع التي احتلها ارهابيو تنظيم داعش تعرضت القوات "
                 "التركية لمواقعنا الدفاعية")
    assert r.relative[_at(v, "ارهابيو")]
    assert not r.relative[_at(v, "القوات")]


def test_quotes():
    v, r = _read(S_QUOTE)
    assert r.quote[_at(v, "قوات")] and r.quote[_at(v, "محيط")]
    assert not r.quote[_at(v, "المرصد")]


def test_given_phrases_are_kept_whole():
    v = View(stage(Document(text=S_ATLAQ)))
    i = _at(v, "قوات")
    r = read(sentence_of(v, 0, len(v.toks), phrases=[(i, i + 3)]))
    assert r.starts[i] and not r.starts[i + 1] and not r.starts[i + 2]


def test_linear_in_the_sentence_length():
    # every token is visited once: a long sentence reads in one pass (no quadratic blow-up)
    text = " ".join([S_ATLAQ.rstrip(".")] * 40) + "."
    v, r = _read(text)
    assert len(r.slot) == len(v.toks)
    assert sum(r.starts) > 40


def test_a_deed_noun_hung_on_an_object_is_no_host():
    # نشر جيش الفتح صورا لتفجير: the publisher of the pictures did not blow anything up
    v, r = _read("ونشر جيش الفتح صورا لتفجير كبير بعربة مدرعة.")
    assert r.relation(_at(v, "جيش"), _at(v, "لتفجير")) == "host_far"
    v, r = _read(S_SHANN)
    assert r.relation(_at(v, "سلاح"), _at(v, "غاراته")) == "host"
