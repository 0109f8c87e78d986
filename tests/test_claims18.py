"""Claim speakers on real news sentences (claims18, issue 12): a name holding علي, a quoted
name after its head noun, a fronted topic, a relative aside before the cue, an indefinite
source with its affiliation."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

SPEAKERS = [
    # علي inside a person's name is no preposition (على): the speaker runs to the name's end
    ("في غضون ذلك، أفاد رئيس جهاز الأمن القومي اليمني، اللواء علي الأحمدي، بأن «مدة تدريب "
     "مقاتلي اللجان الشعبية لن تقل عن 45 يومًا كحد أدنى».", "أفاد",
     "رئيس جهاز الأمن القومي اليمني، اللواء علي الأحمدي"),
    ("من جهته، قال نائب حاكم غزني محمد علي أحمدي إن حركة طالبان نظمت مراسم أول من أمس قرب "
     "عاصمة الولاية.", "قال", "نائب حاكم غزني محمد علي أحمدي"),
    ("وقال علي الأحمدي إن الوضع في عدن مستقر.", "قال", "علي الأحمدي"),
    # a quoted name right after its institution or outlet noun belongs to the speaker
    ("اتهمت منظمة “هيومن رايتس ووتش” المتمردين الحوثيين بارتكاب جرائم حرب في اليمن.",
     "اتهمت", "منظمة “هيومن رايتس ووتش”"),
    ("وقالت منظمة «أطباء بلا حدود» إن المستشفى تعرض للقصف.", "قالت",
     "منظمة «أطباء بلا حدود»"),
    # ... and then the relay's source after عن speaks, the outlet is the via
    ("ونقل راديو «بي بي سي» أمس عن الملا أغا قوله «إن الجماعة المسلحة يجب أن تتعامل مع "
     "شؤونها من داخل أفغانستان».", "نقل", "الملا أغا"),
    # a fronted topic (وبشأن X) is no subject: the speaker follows the cue
    ("وبشأن مدينة الفلوجة أوضح رزيج أن «القطعات ما زالت تحاصر مدينة الفلوجة».", "أوضح",
     "رزيج"),
    # a relative clause between commas before the cue describes the subject before it
    ("إلا أن الخبراء السويسريين، والذين تحركوا بطلب من أرملة عرفات، اعتبروا أن نظرية "
     "التسميم أكثر انسجاما مع النتائج التي توصلوا إليها.", "اعتبروا", "الخبراء السويسريين"),
    # an indefinite source noun keeps its affiliation before a noun-phrase content
    ("أعلن مسؤول كبير في حركة طالبان الأفغانية، وهو الملا سيد محمد طيب أغا مسؤول المكتب "
     "السياسي للجماعة في العاصمة القطرية الدوحة، استقالته من منصبه بعد وفاة زعيم الحركة.",
     "أعلن", "مسؤول كبير في حركة طالبان الأفغانية"),
    ("وأكد مصدر في الوزارة استمرار المفاوضات مع الحوثيين.", "أكد", "مصدر في الوزارة"),
    ("وأكد عضو في مجلس ولاية غزني الحادث، مشيرا إلى «مقتل عدد من عناصر طالبان».", "مشيرا",
     "عضو في مجلس ولاية غزني"),
    # غير أن opens an adversative clause, no content: the ب/عن phrase is the content
    ("وأفادت وسائل الإعلام المحلية عن سقوط صاروخ ثان داخل القطاع الفلسطيني، غير أن الجيش "
     "الإسرائيلي لم يؤكد الأمر.", "أفادت", "وسائل الإعلام المحلية"),
    # a relay's source after a comma still speaks; the relay is the via
    ("ونقلت وكالة «باس نيوز» الكردية، عن مصدر مطلع في رئاسة إقليم كردستان، قوله إن «بارزاني "
     "أجرى اتصالا هاتفيا مع أحمد داود أوغلو رئيس الوزراء التركي».", "نقلت",
     "مصدر مطلع في رئاسة إقليم كردستان"),
    # لقد is no subject; a name starting with ل («لوفيغارو») is no ل + outlet
    ("ولقد قال موقع «تويتر» التابع للسفارة الأميركية في دمشق بدوره في إحدى تغريداته إن "
     "القيادة السورية تشن غارات جوية.", "قال", "موقع «تويتر» التابع للسفارة الأميركية"),
    ("وقالت صحيفة «لوفيغارو» الفرنسية إن الحكومة لم تعد تعكس الواقع على الأرض.", "قالت",
     "صحيفة «لوفيغارو» الفرنسية"),
]


@pytest.mark.parametrize("text, cue, speaker", SPEAKERS)
def test_speaker(text, cue, speaker):
    assert speaker in [s for s, c, _ in claims_of(text) if c == cue]


CONTENTS = [
    # the ، وهو …، aside naming the speaker is not the content
    ("أعلن مسؤول كبير في حركة طالبان الأفغانية، وهو الملا سيد محمد طيب أغا مسؤول المكتب "
     "السياسي للجماعة في العاصمة القطرية الدوحة، استقالته من منصبه بعد وفاة زعيم الحركة.",
     "أعلن", "استقالته من منصبه بعد وفاة زعيم الحركة"),
    # the quoted name is no direct quotation: the content is the relayed quote
    ("ونقل راديو «بي بي سي» أمس عن الملا أغا قوله «إن الجماعة المسلحة يجب أن تتعامل مع "
     "شؤونها من داخل أفغانستان».", "نقل",
     "الجماعة المسلحة يجب أن تتعامل مع شؤونها من داخل أفغانستان"),
    # a quoted name opening the clause after إن is no direct quotation
    ("وحيث قالت صحيفة «لوفيغارو» الفرنسية إن «سايكس - بيكو» لم تعد تعكس الواقع على الأرض.",
     "قالت", "«سايكس - بيكو» لم تعد تعكس الواقع على الأرض"),
    ("وأفادت وسائل الإعلام المحلية عن سقوط صاروخ ثان داخل القطاع الفلسطيني، غير أن الجيش "
     "الإسرائيلي لم يؤكد الأمر.", "أفادت", "سقوط صاروخ ثان داخل القطاع الفلسطيني"),
]


@pytest.mark.parametrize("text, cue, content", CONTENTS)
def test_content(text, cue, content):
    assert content in [x for _, c, x in claims_of(text) if c == cue]


NOT_SPEAKERS = [
    # a statement is no affiliation: the source stays bare
    ("ونفى مسؤول في بيان صحة الأنباء عن سقوط الطائرة.", "نفى", "مسؤول في بيان"),
    # a subject inside the relative clause is not the cue's
    ("إلا أن الخبراء السويسريين، والذين تحركوا بطلب من أرملة عرفات، اعتبروا أن نظرية "
     "التسميم أكثر انسجاما مع النتائج التي توصلوا إليها.", "اعتبروا", "عرفات"),
    ("وبشأن مدينة الفلوجة أوضح رزيج أن «القطعات ما زالت تحاصر مدينة الفلوجة».", "أوضح",
     "مدينة الفلوجة"),
    # من خلال after a comma is a preposition, no relative clause before the cue
    ("وأكد العميد الصبيحي، أن هناك تنسيقا بين جميع القيادات العسكرية، وقيادة التحالف العربي، "
     "من خلال غرفة عمليات مشتركة، لنقل المعلومات العسكرية والية التحرك.", "نقل",
     "التحالف العربي"),
]


@pytest.mark.parametrize("text, speaker", [
    ("وقالت مصادر في «الجيش السوري الحر» إن جولات المبعوث الدولي لم تسفر عن شيء.",
     "مصادر في «الجيش السوري الحر»"),
    ("وأوضح عضو في «شورى كويتا» «اتخذ القرار على عجل واعترض عدد من الأعضاء من بينهم ثلاثة "
     "من مؤسسي طالبان».", "عضو في «شورى كويتا»"),
])
def test_a_quote_after_a_preposition_before_the_content_is_the_speakers(text, speaker):
    assert [c[0] for c in claims_of(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "لقد عاش هول وزميله المصور تجارب من الميدان قبل أن يعود إلى لندن ويروي قصصًا من «موقع "
    "الحدث» عن معاناة الأبرياء ودموية الصراع في كتابه «الدواعش من الداخل».",
])
def test_a_quote_after_a_preposition_opens_no_content(text):
    assert claims_of(text) == []


def test_a_quote_after_a_preposition_is_a_name_not_the_content():
    text = ("ويقول خليل القيادي في حزب «الاتحاد الديمقراطي» الناشط في شمال سوريا، والمقرب من "
            "«حزب العمال الكردستاني» المناهض لتركيا، إن أنقرة «تخشى قيام كيان كردي».")
    assert "حزب العمال الكردستاني" not in [x for _, _, x in claims_of(text)]


@pytest.mark.parametrize("text, cue, speaker", NOT_SPEAKERS)
def test_not_speaker(text, cue, speaker):
    assert speaker not in [s for s, c, _ in claims_of(text) if c == cue]
