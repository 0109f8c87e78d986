"""The clause-subject passes of rasd.events.subjects on sentences from real articles (the
region and fresh dev sets' outlets): each row is a text, a trigger, and the actor a reader
would record (or none), with how it was found."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def event(text: str, trigger: str) -> dict:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [(t(e.trigger), e.type) for e in doc.events]
    e = hits[0]
    return {"actor": [t(r) for r in e.actor], "basis": {r.basis for r in e.actor},
            "recipient": [t(r) for r in e.recipient]}


ROWS = [
    # a participle after a comma (حال): the speaker of the claim whose cue comes before it
    ("من ناحيته، أكد نائب رئيس الجمهورية إياد علاوي أهمية اعتماد الحوار بين العراق وجميع "
     "دول المنطقة للحفاظ على أمنها واستقرارها، مطالبا في الوقت نفسه حزب العمال بمغادرة "
     "الأراضي العراقية.", "مطالبا", ["نائب رئيس الجمهورية إياد علاوي"], {"speaker"}),
    # … the speaker carried from the sentence before (واعتبر, no name of its own)
    ("وقال سمير الحاج إن الميليشيات فجرت مواقع للغاز. واعتبر أن مثل هذه الهجوم هو بمثابة "
     "تغطية على جرائمه، متوعدا إياه بنيل جزائه الأكبر.", "متوعدا", ["سمير الحاج"],
     {"speaker"}),
    # a verb in the first person inside a claim: the speaker's own act, and the phrase after
    # the verb is its object, not its subject
    ("وقال جيم بوملحة رئيس الاتحاد الدولي للصحفيين: «إننا لن نكل من الوقوف إلى جانب "
     "المناضلين، كما نطالب السلطات العراقية بحماية الصحفيين».", "نطالب",
     ["جيم بوملحة رئيس الاتحاد الدولي للصحفيين"], {"speaker"}),
    # the perfect with نا of a verb of words: "we demanded"
    ("أكد رئيس مجلس النواب العراقي سليم الجبوري ضرورة محاسبة المقصرين. وقال الجبوري: \"سنمضي "
     "بشكل مباشر في عملية استجواب، لذلك طالبنا رئيس الوزراء بإقالة عدد من الوزراء\".",
     "طالب", ["الجبوري"], {"speaker"}),
    # a verb of words opening its sentence with no subject: the subject of the sentence before
    ("وأدان أبو ردينة ما تقوم به قوات الاحتلال. وقال أبو ردينة إن الاحتلال يتحمل المسؤولية. "
     "وطالب الحكومة الإسرائيلية بضرورة التوقف عن هذه الانتهاكات.", "طالب", ["أبو ردينة"],
     {"context"}),
    # … but not when the verb has a subject of its own after it
    ("وقال أبو ردينة إن الاحتلال يتحمل المسؤولية. وطالب المتظاهرون بالإفراج عن المعتقلين.",
     "طالب", ["المتظاهرون"], {"sentence"}),
    # … nor for a deed (its agent is no speaker: sentence_chain carries deeds)
    ("وقال المتحدث باسم الشرطة إن التحقيق جار. واعتقل عشرة أشخاص في المدينة.", "اعتقل", [],
     set()),
    # a verb of words joined by و shares the subject of the verb it is joined to (not the
    # agent of a deed noun between them); the title closed by a name is that person (actors30)
    ("من جهته، ندد الامين العام لجامعة الدول العربية نبيل العربي الثلاثاء بالقصف التركي في "
     "شمال العراق وطالب انقرة باحترام سيادة العراق.", "طالب", ["نبيل العربي"], {"sentence"}),
    # … not a claim's speaker across a complementizer (the verb may be the content's)
    ("وقال الوزير إن الحكومة ملتزمة بالحل وطالب المعارضة بالحوار.", "طالب", [], set()),
    # a relative clause's antecedent after a preposition in it: the last noun phrase, without
    # its ل; people, not the deed noun before them, are who the relative الذين stands for
    ("وأكدت تركيا أمس أنها فتحت قاعدة إنجرليك الجوية في الجنوب للطائرات الأمريكية التي تقصف "
     "أهدافا لداعش في سوريا والعراق.", "تقصف", ["طائرات الأمريكية"], {"sentence"}),
    ("وأعلن الجيش عن مقتل المسلحين الذين هاجموا الحاجز.", "هاجموا", ["المسلحين"],
     {"sentence"}),
    # a phrase governed by a fronted preposition is no subject: the subject follows the verb
    ("وفي محاولة لإظهار التأييد للجيش زار داود أوغلو أمس موقعا أماميا حدوديا في منطقة كلس.",
     "زار", ["داود أوغلو"], {"sentence"}),
    # a union is a party: the subject before its verb
    ("وقال مؤيد اللامي نقيب الصحفيين العراقيين: «إن النقابة تطالب الجهات ذات العلاقة "
     "بتوفير الحماية للصحفيين».", "تطالب", ["النقابة"], {"sentence"}),
    # وجه is a light verb: its subject is the agent of the noun it governs
    ("وجهت السلطات الإسرائيلية اليوم (الأحد) اتهامات إلى سويدي من أصل فلسطيني، بالتجسس "
     "لصالح حزب الله.", "اتهامات", ["السلطات الإسرائيلية"], {"sentence"}),
]


@pytest.mark.parametrize("text,trigger,actor,basis", ROWS)
def test_clause_subjects(text, trigger, actor, basis):
    got = event(text, trigger)
    assert got["actor"] == actor
    assert got["basis"] == basis


def test_first_person_object_is_recipient():
    got = event("وقال جيم بوملحة رئيس الاتحاد الدولي للصحفيين: «إننا لن نكل من الوقوف إلى "
                "جانب المناضلين، كما نطالب السلطات العراقية بحماية الصحفيين».", "نطالب")
    assert got["recipient"] == ["السلطات العراقية"]


def test_participle_takes_the_nearest_clause():
    """A participle after a clause inside the content has that clause's subject for
    subject, not the speaker's."""
    got = event("وقال المتحدث العسكري إن قوات الأمن اعتقلت خمسة مسلحين، مطالبا بمحاكمتهم.",
                "مطالبا")
    assert got["actor"] == ["قوات الأمن"]


NOUN_ROWS = [
    # the word a trigger needs may be its agent (تقدم needs a party or a front near it)
    ("هذه التطورات الميدانية تأتي في ظل انحسار واضح للانقلابيين وتقدم مقاتلي المقاومة على "
     "أكثر من محور.", "تقدم مقاتلي", ["مقاتلي المقاومة"]),
    ("الأمر الذي يشير إلى استمرار تقدم القوات الموالية لشرعية الرئيس عبد ربه منصور هادي.",
     "تقدم القوات", ["القوات الموالية"]),
    # … and not when it is a direction (تقدم | باتجاه: no agent)
    ("وتواصل الاشتباكات وسط تقدم باتجاه المدينة.", "تقدم باتجاه", []),
    # the possessive pronoun of a noun of words is its agent (مطالبتها: hers)
    ("ضم الاتحاد الدولي للصحفيين صوته إلى صوت نقابة الصحفيين العراقية في مطالبتها لتعزيز "
     "سلامة الصحفيين العراقيين.", "مطالبتها", ["نقابة الصحفيين العراقية"]),
    # who announces deaths need not have caused them: no light-verb agent for مقتل
    ("وأعلن المرصد السوري لحقوق الإنسان مقتل 10 أشخاص.", "مقتل", []),
    # a light verb governs the deed noun right after it, not the ل phrase of that noun
    ("وجددت الجامعة العربية إدانتها للهجوم على المدنيين.", "هجوم", []),
]


def test_deed_subject_points_back():
    """A definite deed noun as a verb's subject points back like the noun itself: the
    actor of the last deed of its kind (same_kind_actor)."""
    got = event("وشن التحالف غارات على المدينة. وقال المرصد إن الغارات الجوية استهدفت مواقع "
                "عسكرية.", "استهدفت")
    assert got["actor"] == ["التحالف"] and got["basis"] == {"context"}


@pytest.mark.parametrize("text,trigger,actor", NOUN_ROWS)
def test_noun_actors(text, trigger, actor):
    assert event(text, trigger)["actor"] == actor


def test_reflexive_subject_acts():
    """A counted subject of a deed done to oneself acts (not the victims of a killing)."""
    got = event("وقال قائد شرطة ولاية يوبي ان ثلاث انتحاريات قاصرات فجرن انفسهن صباح اليوم في "
                "داماتورو عاصمة الولاية.", "فجرن")
    assert got["actor"] == ["ثلاث انتحاريات قاصرات"] and got["recipient"] == []
    assert event("12 سوريا قتلوا في القصف على المدينة.", "القصف") == {
        "actor": [], "basis": set(), "recipient": ["12 سوريا"]}  # (victims, folded in)
