"""Who speaks, table by table: the words after or before a cue that are not its speaker
(an adverb, a relative clause's verb, the object of a fronted preposition, a pronoun
addressee, the speaker's own words), quoted names, outlets told before the speaker,
subordinate أن, cues that only report with a content marker, and participles."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def claims_of(text: str) -> dict[str, tuple[str, str]]:
    """cue -> (speaker, content) of each claim read (claims come in text order: a cue read
    twice keeps its last claim)."""
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    return {t(c.cue): (t(c.speaker), t(c.content)) for c in doc.claims}


# (text, cue, speaker, content start): the speaker is not the first words after the cue
SPEAKER_AFTER = [
    # an outlet told before the speaker: the outlet is the via, the name after it speaks
    ('وأكد لـ"الرياض" غزاي الحربي ابن السجين بأن المحكمة حكمت لوالده بالبراءة.',
     "أكد", "غزاي الحربي ابن السجين", "المحكمة حكمت"),
    # a pronoun addressee before the speaker
    ("وقال لنا مصدر أمني إن الحدود مغلقة منذ أسبوع.", "قال", "مصدر أمني", "الحدود مغلقة"),
    # a quoted name is the speaker, the quotation after the colon is the content
    ("وقال المتحدث العميد سمير الحاج إن الوضع صعب. وقال «الحاج»: «الميليشيات فجرت أمس مواقع "
     "للغاز في المدينة».", "قال", "الحاج", "الميليشيات فجرت"),
]


@pytest.mark.parametrize("text, cue, speaker, content", SPEAKER_AFTER)
def test_the_speaker_after_an_addressee_an_outlet_or_in_quotes(text, cue, speaker, content):
    found = claims_of(text)  # the quoted-name example has two قال: the last is checked
    s, x = found[cue]
    assert s == speaker and x.startswith(content), found


def test_an_outlet_before_the_speaker_is_the_via():
    doc = extract_text('وأكد لـ"الرياض" غزاي الحربي بأن والده وصل صباح اليوم.',
                       published="2015-08-01")
    [c] = doc.claims
    assert c.via is not None and "الرياض" in doc.span_text(c.via)


# (text, cue, speaker): words before or after the cue that are no speaker, so the
# speaker is the previous claim's (carried) or the one written elsewhere
NOT_THE_SPEAKER = [
    # a manner adverb right after the cue
    ("وقال النائب أسامة النجيفي إن التنظيم أعدم المئات. وأكد مرة أخرى بأن الأمم المتحدة "
     "مسؤولة عن اتخاذ إجراءات.", "أكد", "النائب أسامة النجيفي"),
    # the verb of a relative clause before the cue
    ("وقال العميد أحمد الصالح إن الجيش تقدم. وعن طبيعة الحرب التي تدور أوضح أن ما يدور هو "
     "حرب نظامية.", "أوضح", "العميد أحمد الصالح"),
    # an adverb before the cue
    ("وقال الصحافي باتريك هول إن المقاتلين يعبرون الحدود. وهنا يقول إن التنظيم كان أداة "
     "للتخلص من الأسد.", "يقول", "الصحافي باتريك هول"),
    # the object of a fronted preposition
    ("وقال الكاتب روبرت فيسك إن المجندين صغار. وعن هذا الجانب يكتب أن المجندين الغربيين "
     "معرفتهم ضئيلة.", "يكتب", "الكاتب روبرت فيسك"),
    # the speaker's own words are the object of the cue
    ("وقال المتحدث باسم الجيش إن الجيش جاهز. واختتم حديثه بالقول: نعمل حاليا "
     "على القضاء على الجيوب.", "اختتم", "المتحدث باسم الجيش"),
]


@pytest.mark.parametrize("text, cue, speaker", NOT_THE_SPEAKER)
def test_words_that_are_no_speaker(text, cue, speaker):
    found = claims_of(text)
    assert found[cue][0] == speaker, found


# a cue followed by an أن that opens an adverbial clause, not a report
NO_REPORT = [
    "وعلق التنظيم أسماءهم على جدران دائرة الطب العدلي دون أن يسلم جثثهم إلى ذويهم.",
    "وأكدت تصريحات نقلتها وكالة «رويترز» أمس تراجع القتال.",
]


@pytest.mark.parametrize("text", NO_REPORT)
def test_no_report_here(text):
    found = claims_of(text)
    assert not any(s in ("أسماءهم", "تصريحات") for s, _ in found.values()), found


def test_a_subordinate_an_does_not_hide_the_content_after_it():
    found = claims_of('وقال البيان دون ان يقدم اي تفاصيل: "مواطنتنا جرى تحريرها الليلة".')
    assert found["قال"] == ("البيان", "مواطنتنا جرى تحريرها الليلة")


# (text, cue, speaker, content start): cues and participles read since fresh4
CUES = [
    ("ومضت المصادر بالقول، إن المحافظة على شفا إعلان العصيان.",
     "مضت", "المصادر", "المحافظة على شفا"),
    ("وأكد الكبيتس أن الجيش مستعد، مشددًا على أن الجيش مستعد لأي مفاجأة.",
     "مشددًا", "الكبيتس", "الجيش مستعد لأي مفاجأة"),
    ("وقال المتحدث باسم الوزارة إن المفاوضات مستمرة. وأردف أن الاتفاق قريب.",
     "أردف", "المتحدث باسم الوزارة", "الاتفاق قريب"),
    ("وقالت الشرطة إن الانفجار وقع في السوق، محذرة من أن الخطر ما زال قائما.",
     "محذرة", "الشرطة", "الخطر ما زال"),
    # a quoted station between the speaker and أن
    ("وأضاف كلالي في اتصال مع “راديو سوا”، أن عددا آخر من عناصر التنظيم قتلوا.",
     "أضاف", "كلالي", "عددا آخر"),
    ("وقالت صحيفة «واشنطن بوست» إن الرئيس سيزور المنطقة.",
     "قالت", "صحيفة «واشنطن بوست»", "الرئيس سيزور"),
]


@pytest.mark.parametrize("text, cue, speaker, content", CUES)
def test_cues_and_participles(text, cue, speaker, content):
    found = claims_of(text)
    s, x = found[cue]
    assert s == speaker and x.startswith(content), found


def test_a_strict_measure_is_no_participle():
    found = claims_of("واتخذت السلطات إجراءات أمنية مشددة على مداخل الحي بعد الاختطاف.")
    assert "مشددة" not in found


# (text, cue, speaker): a subjectless cue joined by و to the verb that opens its sentence
# shares that verb's subject, not the speaker of a claim in an earlier sentence
# (`conjoined_subject`); with a claim earlier in the sentence, or a verb that does not agree,
# the previous speaker is carried as before
CONJOINED = [
    ("وقال مسؤولون أميركيون أمس إن الولايات المتحدة قررت السماح بضربات جوية. وأعاد لافروف "
     "التأكيد بوجهة نظر بلاده التي ترى أن الخطر الرئيسي في سوريا والعراق هو خطر تنظيم داعش، "
     "وقال: «نقدم الدعم لحكومتي البلدين لمواجهته».", "قال", "لافروف"),
    ('أكد السفير اليمني السابق في سورية عبدالوهاب هادي طواف أن نظام بشار الأسد تورط في تدريب '
     'مقاتلين حوثيين. ووجه طواف، في حوار مع "الوطن"، انتقادات لاذعة للمبعوث الأممي السابق '
     'لليمن جمال بنعمر، وقال إنه كان "فاشلا ومغمورا".', "قال", "طواف"),
    # the opening cue's own claim is not read (a quotation mark right after the name): the
    # title and the name after it
    ('وقال المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ" إن '
     'وصول الطائرة الثانية يأتي ضمن برنامج خصصه المركز لتقديم مواد إغاثية"، وأشار إلى أن هناك '
     'طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز.', "أشار",
     "المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ"),
    # the opening verb is feminine, the cue plural: no shared subject
    ("وقال مسؤولون أميركيون أمس إن الولايات المتحدة قررت السماح بضربات جوية. واستهدفت "
     "الغارات مواقع التنظيم قرب الحدود، وقالوا إن الضربات ستستمر.", "قالوا",
     "مسؤولون أميركيون"),
    # a claim earlier in the sentence: its speaker goes on
    ("وقال مسؤولون أميركيون أمس إن الولايات المتحدة قررت السماح بضربات جوية. وأكد لافروف، "
     "أن تسوية الحرب في سوريا تحتاج لمحادثات تشمل جميع الأطراف، وقال: ما زلنا نختلف مع "
     "واشنطن.", "قال", "لافروف"),
]


@pytest.mark.parametrize("text, cue, speaker", CONJOINED)
def test_a_conjoined_cue_shares_the_opening_verbs_subject(text, cue, speaker):
    found = claims_of(text)
    assert found[cue][0] == speaker, found
