"""يدعى/تدعى "is named" is no claim cue (claims19, issue 12): يدعي "claims" and يدعى "is
named" share one normalized form; with a name right after, the verb names someone, and a
participle later in the sentence is that person's."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

NAMING = [
    # a given name after the verb spelled with ى, carrying و
    "وقال الدفاع عن أحد المتهمين الرئيسيين، ويدعى خالد وقد صدر ضده عقوبة السجن 12 عامًا، "
    "«إنه حكم قاس، على الرغم من أنه جاء أقل مما طالبت به النيابة العامة».",
    # a title and a name
    "وقالت السلطات التركية: إن الانتحاري شاب تركي يبلغ من العمر 20 عامًا ويدعى الشيخ "
    "عبدالرحمن الأغوز، وذكرت الصحف أنه أقام في صفوف تنظيم داعش الارهابي في سوريا.",
    # a quoted name
    "وقالت مصادر في المقاومة الشعبية إن المسؤول الأمني في محافظة إب يدعى \"أبو عقيل "
    "السالمي\" قتل أمس السبت، على يد عناصر المقاومة الشعبية في مديرية حزم العدين في إب.",
    "وتقع هناك مدرسة دينية تدعى «ياشيفا إتريت كوهانيم» في الحي القديم.",
    # a name after an indefinite noun, spelled with ي
    "وأدانت المحكمة ثلاثة آخرين وعاقبتهم بالسجن لمدة 10 سنوات، كما أدانت شخصًا آخر يدعي "
    "إلياس كان نصيبه 7 سنوات.",
    # a name no list knows, after يدعى
    "وقال مريض آخر من الاربعة عمره 19 عاما ويدعى اوتويللو مياه \"والآن وبعد ان تعافيت "
    "أشعر بانني على ما يرام\".",
]


@pytest.mark.parametrize("text", NAMING)
def test_naming_verb_is_no_cue(text: str) -> None:
    assert not [c for c in claims_of(text) if c[1].endswith(("دعى", "دعي"))]


CLAIMS = [
    # ادعى "to claim": no name after the verb
    ("ذلك عندما يدعي البعض أن الصراعات في الشرق الأوسط صراع ثقافات.", "يدعي", "البعض"),
    ("وتدعي الحكومة الإسرائيلية أن أيا من تلك الهجمات لم تكن مفرطة.", "وتدعي",
     "الحكومة الإسرائيلية"),
]


@pytest.mark.parametrize(("text", "cue", "who"), CLAIMS)
def test_claiming_verb_stays_a_cue(text: str, cue: str, who: str) -> None:
    got = {(s, c) for s, c, _ in claims_of(text)}
    assert (who, cue.removeprefix("و")) in got


SPEAKERS = [
    # the reporting verb before the naming verb keeps its speaker and its quotation
    ("وقال مريض آخر من الاربعة عمره 19 عاما ويدعى اوتويللو مياه \"والآن وبعد ان تعافيت "
     "أشعر بانني على ما يرام\".", "قال", "مريض آخر"),
    ("وقال فرنسي حضر الحفل يدعى إيفان وانتقل مؤخرا إلى لبنان: «عشقته.. لقد عشقت إيقاع "
     "الموسيقى».", "قال", "فرنسي حضر الحفل يدعى إيفان"),
    # a participle with no reporting verb before it is the named person's
    ("وفي شهادة لطفل يدعى راشد س. (11 عاما) فانه اعتقل على يد افراد من قوة شرطة حرس "
     "الحدود الإسرائيلية في القدس، مشيرا الى انهم وضعوا على رأسه كيسا اسود.", "مشيرا",
     "راشد"),
]


@pytest.mark.parametrize(("text", "cue", "who"), SPEAKERS)
def test_speaker_around_naming_verb(text: str, cue: str, who: str) -> None:
    got = {c: s for s, c, _ in claims_of(text)}
    assert cue in got and who in got[cue]


OPENING_VERB = [
    # a participle with no cue before it in its sentence: the subject of the opening verb
    ("وكان المتحدث باسم الحكومة قد قال إن المحادثات ستبدأ. وشنت تركيا منذ ذلك الحين سلسلة "
     "من الغارات الجوية، مشيرة الى انها تستهدف ناشطين من حزب العمال الكردستاني في شمال "
     "العراق.", "مشيرة", "تركيا"),
    ("وقالت السفيرة الأمريكية سامانثا باور إن القرار مهم. وأيد المندوب الروسي فيتالي "
     "تشوركين القرار وإجراء تحقيق حول المسؤولين، مشيرا إلى أن القرار سيؤدي إلى حماية "
     "المدنيين.", "مشيرا", "فيتالي تشوركين"),
    ("ورحّب مجلس السلام الأفغاني بالخطوة، مشيرا إلى أن هذه الخطوة إيجابية وستساعد في "
     "إحلال الأمن والسلام.", "مشيرا", "مجلس السلام الأفغاني"),
    # a title and its affiliation, then the name itself: all of it is the subject
    ("قتل خمسة مدنيين في عملية انتحارية. وتبنى المتحدث باسم حركة طالبان ذبيح الله مجاهد، "
     "الاعتداء، معتبرا أنه استهدف \"آليتين لقوات أجنبية\".", "معتبرا",
     "المتحدث باسم حركة طالبان ذبيح الله مجاهد"),
]


@pytest.mark.parametrize(("text", "cue", "who"), OPENING_VERB)
def test_participle_takes_opening_verb_subject(text: str, cue: str, who: str) -> None:
    got = {c: s for s, c, _ in claims_of(text)}
    assert cue in got and who in got[cue]


def test_object_after_opening_verb_is_no_speaker() -> None:
    # وأشاد بجهود المقاومة: a preposition phrase after the verb is no subject
    got = claims_of("وقال المتحدث باسم المقاومة إن القتال مستمر. وأشاد بجهود المقاومة في "
                    "مدينة عدن، مؤكدا أن أحزان أبناء تعز هي أحزان كل أبناء صنعاء.")
    assert all("بجهود" not in s for s, _, _ in got)
