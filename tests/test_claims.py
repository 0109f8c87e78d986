"""Claims on real Arabic news sentences: each word order, frames, outlets, nesting, quotes."""

from __future__ import annotations

import pytest

from rasd.claims import find_claims
from rasd.lexicons import cue_matcher, verb_forms
from rasd.pipeline import extract_text
from rasd.text.normalize import normalize


def claims_of(text: str) -> list[dict]:
    doc = extract_text(text, published="2016-12-15")
    t = doc.span_text
    out = []
    for c in doc.claims:
        assert doc.text[c.content.start:c.content.end] == t(c.content)
        out.append({"speaker": t(c.speaker), "kind": c.speaker.kind, "cue": t(c.cue),
                    "content": t(c.content), "direct": c.direct,
                    "via": t(c.via) if c.via else None, "id": c.id, "sentence": c.sentence})
    return out


def test_verb_first_anonymous_source():
    [c] = claims_of("وقال مصدر مقرب من الحكومة إن القصف استمر ساعات.")
    assert (c["speaker"], c["kind"], c["cue"]) == ("مصدر مقرب من الحكومة", "anonymous", "قال")
    assert c["content"] == "القصف استمر ساعات"
    assert c["id"] == "c1" and c["direct"] is False


def test_subject_first_institution():
    [c] = claims_of("وفي السياق، الوزارة أكدت أن المساعدات وصلت إلى المدينة.")
    assert (c["speaker"], c["kind"], c["cue"]) == ("الوزارة", "institution", "أكدت")
    assert c["content"] == "المساعدات وصلت إلى المدينة"


def test_kana_qad_order_takes_the_name_in_apposition():
    [c] = claims_of("وكان المتحدث باسم الجيش، أحمد سالم، قد أشار إلى أن القوات انسحبت.")
    assert c["speaker"] == "أحمد سالم" and c["cue"] == "أشار"
    assert c["content"] == "القوات انسحبت"


def test_according_to_frame_after_the_clause():
    [c] = claims_of("قتل خمسة مدنيين في القصف، بحسب المرصد السوري لحقوق الإنسان.")
    assert c["cue"] == "بحسب" and c["speaker"] == "المرصد السوري لحقوق الإنسان"
    assert c["content"] == "قتل خمسة مدنيين في القصف"


def test_according_to_an_outlet_is_the_via_of_the_next_claim():
    [c] = claims_of("ووفقًا لموقع قناة الجزيرة، قال أبو بكر أثناء اتصاله بالقناة: إن الاتفاق انهار.")
    assert c["speaker"] == "أبو بكر" and c["via"] == "قناة الجزيرة"
    assert c["content"] == "الاتفاق انهار"


@pytest.mark.parametrize("text, via", [
    ("وقال مسؤول لوكالة رويترز إن المعبر أغلق.", "وكالة رويترز"),
    ("وقال مصدر عسكري لـ«اليوم»: «إن قوات الجيش دمرت مركبة قادمة من الحدود».", "اليوم"),
])
def test_outlet_as_via(text, via):
    [c] = claims_of(text)
    assert c["via"] == via
    assert "قال" in c["cue"] and via not in c["content"]


def test_nested_claim_gives_both():
    cs = claims_of("وقالت الخارجية الروسية إن الوزير سيرجي لافروف أبلغ نظيره الأمريكي بأن "
                   "السلطات مستعدة لفتح الطريق أمام المسلحين.")
    assert [c["cue"] for c in cs] == ["قالت", "أبلغ"]
    assert cs[0]["speaker"] == "الخارجية الروسية"
    assert cs[1]["speaker"].endswith("سيرجي لافروف")
    assert cs[1]["content"] == "السلطات مستعدة لفتح الطريق أمام المسلحين"
    assert cs[1]["content"] in cs[0]["content"]


def test_dropped_speaker_carried_from_previous_claim():
    cs = claims_of("وقال المتحدث باسم الهلال الأحمر إن الهدنة صامدة. وأضاف أن المساعدات ستدخل غدا.")
    assert [c["cue"] for c in cs] == ["قال", "أضاف"]
    assert cs[1]["speaker"] == cs[0]["speaker"] == "المتحدث باسم الهلال الأحمر"
    assert cs[1]["sentence"] == 1 and cs[1]["content"] == "المساعدات ستدخل غدا"


def test_direct_quotation():
    [c] = claims_of('وقال الوزير: "لن نقبل بهذا الاتفاق أبدا".')
    assert c["direct"] is True and c["content"] == "لن نقبل بهذا الاتفاق أبدا"


def test_content_stops_at_a_coordinated_clause():
    [c] = claims_of("وقال المصدر إن الاتفاق انهار، لكن المفاوضات مستمرة مع الوسطاء.")
    assert c["content"] == "الاتفاق انهار"


def test_nominal_content_without_an():
    [c] = claims_of("من جهته، أكد مصدر مطلع استمرار المفاوضات بين الطرفين.")
    assert c["speaker"] == "مصدر مطلع" and c["kind"] == "anonymous"
    assert c["content"] == "استمرار المفاوضات بين الطرفين"


def test_no_claim_from_look_alike_words():
    # التابعة is no تابع, كيري is no يرى, a scare-quoted word is no quotation
    assert claims_of("زار جون كيري الدوحة مع الوحدة التابعة للجيش.") == []
    assert claims_of("واتهمت الحكومة من أسمتهم «الإرهابيين» بقصف المدينة") == []


def test_find_claims_works_without_other_layers():
    from rasd.document import Document
    from rasd.text import stage as segment
    doc = segment.stage(Document(text="وقال مصدر مقرب من النظام إن المحادثات مستمرة."))
    [c] = find_claims(doc)
    assert doc.span_text(c.speaker) == "مصدر مقرب من النظام" and c.speaker.entity is None


def test_cue_lexicon_inflections():
    forms = set(verb_forms("قال", "يقول", first_person=False))
    assert {"قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"} <= forms
    assert "نقول" not in forms  # a quoted first person belongs to the quoted speaker
    assert {"نفي", "نفت", "نفوا", "ينفي", "ينفون"} <= set(verb_forms("نفى", "ينفي"))
    assert len(cue_matcher()) > 200 and normalize("أكّد") == "اكد"


def test_participle_takes_the_main_speaker():
    cs = claims_of("ونفى المصدر لـ«الشرق الأوسط» وصول القضية إلى مستوى مناقشة اتفاق، قائلاً إن "
                   "الحزب يدفع باتجاه تسوية.")
    assert [c["cue"] for c in cs] == ["نفى", "قائلاً"]
    assert cs[0]["via"] == "الشرق الأوسط"
    assert cs[0]["content"] == "وصول القضية إلى مستوى مناقشة اتفاق"
    assert cs[1]["speaker"] == cs[0]["speaker"] == "المصدر"
    assert cs[1]["content"] == "الحزب يدفع باتجاه تسوية"


def test_relative_clause_verb_is_no_report():
    cs = claims_of('وقال الأسد إن "الدول المعادية والتي تدعي محاربة الإرهاب صعدت تمويل العصابات".')
    assert [c["cue"] for c in cs] == ["قال"]


def test_passive_relay_and_fa_inna():
    [c] = claims_of("ونقل عن المتحدث باسم الجيش قوله إن القوات انسحبت من المدينة.")
    assert c["speaker"] == "المتحدث باسم الجيش" and c["content"] == "القوات انسحبت من المدينة"
    [c] = claims_of("ونقلت الوكالة عن مصدر عسكري قوله: «إن الهجوم فشل».")
    assert c["direct"] is True and c["content"] == "الهجوم فشل"
    [c] = claims_of("وبحسب المرصد السوري فإن الاشتباكات استمرت حتى الصباح.")
    assert c["speaker"] == "المرصد السوري"
    assert c["content"] == "الاشتباكات استمرت حتى الصباح"


# --- the passes of rasd.claims.verbs, on sentences from real articles --------------------

SPEAKERS = [
    # discourse openers are no speakers (من جهته، إلى ذلك، بدوره): the speaker follows the cue
    ("من جهته أكد وزير الخارجية الإيطالي باولو جينتيلوني أن نجاح الجهود الدبلوماسية "
     "لتحقيق الاستقرار في ليبيا وسيلة حاسمة.", "وزير الخارجية الإيطالي باولو جينتيلوني"),
    ("إلى ذلك قال آمر كتيبة لواء أول مشاة التابعة للجيش الليبي العقيد حامد بالخير، إنه "
     "يتوجب على الشعب الليبي دعم كافة مؤسسات الدولة.",
     "آمر كتيبة لواء أول مشاة التابعة للجيش الليبي العقيد حامد بالخير"),
    ("وفي وقت سابق قالت الشبكة السورية لحقوق الإنسان إن نحو (260) شهيداً سقطوا الأحد.",
     "الشبكة السورية لحقوق الإنسان"),
    # a withheld name belongs to the source, between commas or dashes or not
    ("وقال ضابط يمني - فضل عدم الكشف عن اسمه - إن الجيش أصبح في حالة شبه المطرود.",
     "ضابط يمني - فضل عدم الكشف عن اسمه"),
    ("وقال المسؤول الذي طلب عدم نشر اسمه إن زورقا غرق واحترق آخر.",
     "المسؤول الذي طلب عدم نشر اسمه"),
    ("إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: «نعتقد أن بعض قتلى الحادثة ينتمون "
     "فعلا لحركة الشباب».", "مسؤولاً محلياً، طلب عدم ذكر اسمه"),
    # the speaker ends at a preposition that does not attach it, a statement, an outlet
    ("وقال وزير الإعلام الأردني د.محمد المومني لدى سؤاله حول التصريحات السورية الرسمية: "
     "«إن الحكومة ترفض التعليق على الأمر».", "وزير الإعلام الأردني د.محمد المومني"),
    ("وقال هزازي في تغريدة: كلي فخر بأن هذا المواطن اليمني يحمل اسمي.", "هزازي"),
    ("وقال مصدر في المقاومة الشعبية بمحافظة صنعاء إن المواجهات مستمرة.",
     "مصدر في المقاومة الشعبية بمحافظة صنعاء"),
]


@pytest.mark.parametrize("text, speaker", SPEAKERS)
def test_speaker_phrases(text, speaker):
    assert [c["speaker"] for c in claims_of(text)][:1] == [speaker]


def test_anonymous_kinds():
    for text in ("وقال المصدر الذي فضل عدم ذكر اسمه إن الوفد غادر صنعاء.",
                 "وأكدت المصادر أن الوفد غادر صنعاء أمس.",
                 "وقال ضابط يمني - فضل عدم الكشف عن اسمه - إن الجيش انسحب."):
        assert claims_of(text)[0]["kind"] == "anonymous", text


NO_CLAIM = [
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم الانتحاري الذي وقع في السوق.",  # negated
    "وقالت الدول المعادية والتي تدعي محاربة الإرهاب صعدت تمويل العصابات",  # relative
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(text):
    assert [c["cue"] for c in claims_of(text)] in ([], ["قالت"])
    assert all(c["cue"] not in ("تعلن", "تدعي") for c in claims_of(text))


CONTENTS = [
    # a clause opening with a verb, no إن
    ("وقال المرصد تحطمت الطائرة اثناء قصفها حيا في وسط مدينة اريحا.", "المرصد",
     "تحطمت الطائرة اثناء قصفها حيا في وسط مدينة اريحا"),
    # the accused and the accusation, past an aside between commas (claims33: the accused
    # is part of what is claimed, as fresh3–fresh17 annotate it)
    ("كما اتهمت حكومة الأسد، خلال شهر أبريل الماضي، الأردن بالمساهمة في سقوط معبر نصيب "
     "الحدودي.", "حكومة الأسد", "الأردن بالمساهمة في سقوط معبر نصيب الحدودي"),
    # a country denies, past an adverb
    ("وينفي الأردن على الدوام صلته بأية أعمال أو جماعات مقاتلة داخل سوريا.", "الأردن",
     "صلته بأية أعمال أو جماعات مقاتلة داخل سوريا"),
    # a report frame before the cue, a time between the cue and the speaker
    ("قتل خمسة اطفال على الاقل الليل قبل الماضي اثر سقوط قذيفة صاروخية، حسبما افاد الاحد "
     "المرصد السوري لحقوق الانسان.", "المرصد السوري لحقوق الانسان",
     "قتل خمسة اطفال على الاقل الليل قبل الماضي اثر سقوط قذيفة صاروخية"),
    # a quoted cue after its subject; a closing quote before the content
    ("إلا أن بعثة الاتحاد الإفريقي في الصومال «نفت بشدة» مزاعم قتل مدنيين.",
     "بعثة الاتحاد الإفريقي في الصومال", "مزاعم قتل مدنيين"),
    # بحسب ما أفادت: a report frame, not a relative clause
    ("قتل 30 شخصاً على الأقل في سلسلة تفجيرات، بحسب ما افادت مصادر امنية امس الاربعاء.",
     "مصادر امنية", "قتل 30 شخصاً على الأقل في سلسلة تفجيرات"),
    # an "according to" frame with a swallowed alif (للشرطة)
    ("وفي إقليم نانجارهار أصيب رجلا شرطة على الاقل بعد انفجار قنبلة طبقا للشرطة.", "شرطة",
     "وفي إقليم نانجارهار أصيب رجلا شرطة على الاقل بعد انفجار قنبلة"),
    # a relative clause whose resumptive فيه leaves the speaker after it; أعلن عن
    ("وجاءت الضربات في نفس اليوم الذي أعلنت فيه وسائل إعلام روسية رسمية عن الاتفاق على "
     "نظام تهدئة.", "وسائل إعلام روسية رسمية", "الاتفاق على نظام تهدئة"),
]


@pytest.mark.parametrize("text, speaker, content", CONTENTS)
def test_contents_without_a_complementizer(text, speaker, content):
    [c] = [c for c in claims_of(text) if c["speaker"] == speaker]
    assert c["content"] == content


RELAYS = [
    # the source after عن speaks, the relay is the via
    ("ونقل التلفزيون السوري الرسمي عن مصدر عسكري قوله: «إن وحدة من الجيش دمرت بؤرا وخطوط "
     "إمداد».", "مصدر عسكري", "التلفزيون السوري الرسمي"),
    ("ونقلت صحيفة الراي الكويتية عن كرحوت أنه تم تحرير أكثر من نصف أحياء المدينة.",
     "كرحوت", "صحيفة الراي الكويتية"),
    # a relay that qualifies its source answers for it
    ("كما نقلت وحدة الإعلام الحربي التابعة لحزب الله عن مصادر وصفتها بالمطلعة أن "
     "المفاوضات لن تكلل باتفاق.", "وحدة الإعلام الحربي التابعة لحزب الله", None),
]


@pytest.mark.parametrize("text, speaker, via", RELAYS)
def test_relayed_sources(text, speaker, via):
    [c] = claims_of(text)
    assert (c["speaker"], c["via"]) == (speaker, via)


def test_agency_named_after_a_city_is_the_via():
    [c] = claims_of("وقال قائد الشرطة المحلية سيف لفرانس برس «كنا لا نزال نبحث عنه عندما فجر "
                    "نفسه».")
    assert c["speaker"] == "قائد الشرطة المحلية سيف" and c["via"] == "فرانس برس"


def test_speaker_carried_across_sentences_of_a_paragraph():
    cs = claims_of("وأوضح بازياد أن المواطنين في عدن لم يتوجهوا بكثافة إلى المواقع السياحية. "
                   "وكانت المدينة خالية. وأقر بأن الكثير من تلك المواقع بدت خالية من مرتاديها.")
    assert [c["speaker"] for c in cs] == ["بازياد", "بازياد"]
    # in a new paragraph a person of the sentence comes first
    cs = claims_of("وأوضح بازياد أن المواطنين لم يتوجهوا إلى المواقع السياحية.\n"
                   "وكانت المدينة خالية. ورد الوزير على الأسئلة وأقر بأن المواقع بدت خالية.")
    assert [c["speaker"] for c in cs] == ["بازياد", "الوزير"]


def test_claim_of_responsibility():
    """The statement's owner speaks; a straight quote glued to a word closes a quotation."""
    [c] = claims_of('وفي بيان للتنظيم تداولته حسابات مؤيدة له على مواقع التواصل الاجتماعي، اعلن '
                    'مسؤوليته عن تفجير سيارة مفخخة في منطقة الزعفرانية"، واخرى في منطقة بغداد '
                    'الجديدة".')
    assert c["speaker"] == "تنظيم" and c["direct"] is False
    assert c["content"].startswith("مسؤوليته عن تفجير سيارة مفخخة في منطقة الزعفرانية")
