"""Quotations on lines whose guillemets face the other way, and carried speakers checked
against the cue (claims36, issue 12).

A line's guillemet style is decided once, from its marks (text.quotes.guillemet_style):
»…« (reversed) and Al-Madina's »…» (the closing mark on both sides, a straight quote) are
read by the segmenter and the claims as «…» and "…" are; the text never changes."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of
from rasd.pipeline import extract_text
from rasd.text.quotes import DOUBLED, NORMAL, REVERSED, guillemet_style, read_marks

STYLES = [
    # (line, style)
    # fresh13 (taiz-mikhlafi, Al-Madina): »…» around the paper's name
    ("وقال الشيخ حمود المخلافي رئيس مجلس المقاومة في محافظة تعز في تصريح خاص لـ»المدينة» إن "
     "مليشيا الحوثي والمتحوثين انهزموا", DOUBLED),
    # news snn_syria_0082 (Al-Madina): a quoted name glued to a stray letter
    ("قصفت تركيا أمس الخميس مواقع لتنظيم ا»داعش» الارهابي في سوريا", DOUBLED),
    # the reversed quotation of the issue
    ("قال المتحدث باسم الجيش اليمني العميد عبده مجلي »إن قوات الجيش الوطني استعادت السيطرة "
     "على مواقع في مديرية صرواح«.", REVERSED),
    ("وقال إن ما جرى »جريمة حرب« وإن القوات »لن تتوقف« حتى تحرير المدينة.", REVERSED),
    # region gold (anbar-battles, Asharq al-Awsat): the line opens with the » of a quotation
    # begun on the line before; »…«…« and «…»«…» pair as often: stays normal
    ("ولم يتبين حتى الآن مصيرهم». وأضاف مموزيني: «اندلعت اشتباكات بين مواطنين من الموصل "
     "ومسلحي (داعش)»، مشيرًا إلى أن المواطنين ردوا على مسلحي «داعش» بالحجارة.", NORMAL),
    # fresh21 (Al-Jazirah): a single » closing a quotation of an earlier line
    ("ومن المرجح ان يزور الوزير الأميركي تركيا بعد انتهاء زيارته الحالية في اربيل» وكان "
     "كارتر قد زار بغداد الخميس", NORMAL),
    # fresh23 (Asharq al-Awsat): {…» twice: the » close braces
    ("قال الرئيس اليمني، {من عدن سنستعيد اليمن حتى يستعيد اليمنيون بلادهم». وقدم الرئيس "
     "هادي التهنئة بمناسبة العيد، {لقادة دول مجلس التعاون لدول الخليج العربي».", NORMAL),
    # news snn_region_0575 (Al-Madina): a » opened after a colon and never closed
    ("وقال :» إن الجسر الإغاثي مستمر ضمن خطط وبرامج أعدت لهذا الغرض", NORMAL),
    ("وقال المتحدث «إن القوات تقدمت» وأضاف أن «المعارك مستمرة».", NORMAL),
    ("وقال المتحدث إن القوات تقدمت.", NORMAL),
]


@pytest.mark.parametrize("line,style", STYLES)
def test_guillemet_style(line: str, style: str) -> None:
    assert guillemet_style(line) == style


def test_read_marks_by_line() -> None:
    """Each line is judged alone: a normal line after a reversed one keeps its marks."""
    text = "قال »نعم«.\nوقال «لا»."
    assert read_marks(text) == {4: "«", 8: "»"}
    assert read_marks("قال «نعم».") == {}


def _swapped(text: str) -> str:
    """The text as an outlet writing «…» would: each line's guillemets read as written."""
    marks = read_marks(text)
    return "".join(marks.get(k, ch) for k, ch in enumerate(text))


def _read(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, int, int, bool]]]:
    doc = extract_text(text, published="2015-08-01")
    return ([(s.start, s.end) for s in doc.sentences],
            [(c.speaker.start, c.speaker.end, c.content.start, c.content.end, c.direct)
             for c in doc.claims])


CLAIMS = [
    # (text, speaker, cue, content's start, via)
    ("قال المتحدث باسم الجيش اليمني العميد عبده مجلي »إن قوات الجيش الوطني استعادت السيطرة "
     "على مواقع في مديرية صرواح«.", "المتحدث باسم الجيش اليمني العميد عبده مجلي", "قال",
     "قوات الجيش الوطني", None),
    # a full stop inside a reversed quotation ends no sentence
    ("وقال المتحدث »لقد استعادت القوات مواقع عدة. وتقدمت نحو المدينة« وأضاف أن المعارك "
     "مستمرة.", "المتحدث", "قال", "لقد استعادت", None),
    # fresh7 (houthi-delegation-muscat, Al-Madina): the paper's name in »…» is the outlet
    ("وقالت المصادر لـ»المدينة»: إن طائرة عمانية نقلت أمس الجمعة وفدًا سياسيًا تابعًا "
     "لمليشيات الحوثي والمخلوع صالح، من مطار العاصمة صنعاء إلى سلطنة عمان.", "المصادر",
     "قالت", "طائرة عمانية", "المدينة"),
    # fresh (arish-police-bomb, Al-Madina)
    ("فيما قال مصدر قضائى لـ»المدينة» إن رئيس الوزراء حضر اجتماع مجلس القضاء الأعلى لمناقشة "
     "اختيار النائب العام الجديد.", "مصدر قضائى", "قال", "رئيس الوزراء", "المدينة"),
    # news snn_region_0080 (Al-Madina)
    ("وأوضح العقيد منصور بن أحمد الغامدي مدير جوازات المنطقة المكلف لـ»المدينة» أن الجوازات "
     "أنهت تصحيح أوضاع ١٤٥٣٠ وافدًا من الأشقاء اليمنيين.",
     "العقيد منصور بن أحمد الغامدي مدير جوازات المنطقة المكلف", "أوضح", "الجوازات أنهت",
     "المدينة"),
]


@pytest.mark.parametrize("text,speaker,cue,content,via", CLAIMS)
def test_claims_through_turned_quotes(text: str, speaker: str, cue: str, content: str,
                                      via: str | None) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    found = [(t(c.speaker), t(c.cue), t(c.content), t(c.via) if c.via else None)
             for c in doc.claims]
    assert any(s == speaker and c == cue and x.startswith(content) and v == via
               for s, c, x, v in found), found
    assert doc.text == text  # the marks are read, never rewritten


@pytest.mark.parametrize("text", [row[0] for row in CLAIMS] + [row[0] for row in STYLES])
def test_read_as_the_normal_marks(text: str) -> None:
    """Sentences and claims are those of the same text written with «…» or "…"."""
    assert _read(text) == _read(_swapped(text))


CARRIED = [
    # (text, cue, the content's start, speaker or None: no claim for that cue)
    # fresh17 (beit-ummar): أكدتا "the two confirmed" after one man: not his
    ("وقال أبو ريا إن الجنود أخبروه أن لا ضابط معهم. وحملت حركتا حماس والجهاد الإسلامي "
     "الاحتلال الإسرائيلي المسؤولية الكاملة عن هذه الجرائم. وأكدتا على «حق شعبنا في الدفاع "
     "عن نفسه والرد على جرائم الاحتلال الغاصب، بكل السبل الممكنة والمتاحة».", "أكدتا", "حق شعبنا",
     None),
    # region (bekaa-army-raids): فأعلنت after a statement (بيان, masculine)
    ("وأفاد بيان صادر عن مديرية التوجيه في الجيش اللبناني، بأن «قوة من الجيش أوقفت المواطن "
     "فرحات علي فرحان إسماعيل». أما «الوكالة الوطنية للإعلام» لرسمية، فأعلنت أن «الجيش أوقف في "
     "بلدة بريتال وجرودها أربعة أشخاص».", "أعلنت", "الجيش أوقف", None),
    # fresh2 (nigeria-damaturu): قالا "the two said" after one officer
    ("واكد مسؤول الشرطة ماركوس دانلادي ان \"13 شخصا قتلوا في هجومين انتحاريين قرب مكان لصلاة "
     "عيد الفطر\" في داماتورو.\n\n وكان شاهد عيان ومصدر طبي، ابلغا عن ثلاثة تفجيرات، قالا ان "
     "حصيلة القتلى 13 شخصا.", "قالا", "حصيلة القتلى", None),
    # fresh15 (israeli-ex-security-chiefs): يرون "they see" is no one official's
    ("وقال مسؤول إسرائيلي رفيع في وزارة الخارجية إن النقاشات التي شهدتها الوزارة أخيرا حول "
     "الموضوع، بينت أن كثيرا من المشاركين فيها يرون أن الاتفاق النووي مع إيران سيسهل على "
     "إسرائيل إحباط المشروع المصري.", "يرون", "الاتفاق النووي", None),
    # news snn_region_0782: a claim inside the analyst's (مصادر … أكدت) is no speaker of
    # وقال; the nearest earlier one that agrees is
    ("وأشار المحلل السياسي ناجي السامعي إلى وجود أدلة تكشف وجود مشاركة إيرانية في هذا المخطط، "
     "مؤكدا أن مصادر قريبة الصلة بالانقلابيين أكدت أن طهران تكفلت بمصاريف المرتزقة. وقال في "
     "تصريحات إلى \"الوطن\" \"وقعت خلال الأيام الماضية خلافات كبيرة بين أعضاء بارزين في ما "
     "يسمى باللجنة الثورية\".", "قال", "وقعت خلال", "المحلل السياسي ناجي السامعي"),
    # news snn_region_0627: a participle whose sentence's speaker and the previous disagree
    # with it (قائلة after a commander) gets none, not one from further back
    ("وقالت وزارة الدفاع الافغانية إن المروحية سقطت بسبب عطل تقني في مقاطعة شينكاي. وأشار قائد "
     "عسكري إلى أن المتمردين غير ناشطين في تلك المنطقة.. لكن حركة طالبان تبنت العملية قائلة "
     "إنها اسقطت المروحية بصاروخ.", "قائلة", "اسقطت المروحية", None),
    # the speakers that agree stay: a body takes a masculine cue (team us-threat-sanctions,
    # fresh11 israel-cabinet), a plural of things a feminine one, a ت of the stem is no ending
    ("وقالت وزارة الخزانة الأمريكية في بيان إن العقوبات الجديدة تستهدف اربعة افراد وسبع شركات "
     "متهمة بمساعدة نظام الرئيس بشار الاسد. وأوضح ان الوزارة حددت هويات سبع سفن تنتمي الى "
     "الشركات المدرجة على قائمة العقوبات.", "أوضح", "الوزارة حددت", "وزارة الخزانة الأمريكية"),
    ("ووصفت الحكومة الإسرائيلية هجوم الجمعة بأنه “هجوم إرهابي من جميع النواحي” مضيفا أن "
     "المسؤولين الأمنيين تلقوا أوامر باتخاذ “جميع الخطوات لمحاكمة المسؤولين”.", "مضيفا",
     "المسؤولين الأمنيين", "الحكومة الإسرائيلية"),
    ("وقالت المصادر إن القوات تقدمت نحو المدينة، مؤكدة أن المعارك مستمرة. وأضافت أن الحكومة "
     "ستواصل دعم الجيش.", "أضافت", "الحكومة ستواصل", "المصادر"),
    # the imperfect's ت is feminine: وتقول after a woman stays hers (written for the test: the
    # news has no dropped-subject imperfect in ت; news snn_syria_0385 read تعتبر as masculine)
    ("قالت المتحدثة باسم المفوضية ميليسا فليمنغ إن آلاف اللاجئين عبروا الحدود. وتقول إن المفوضية "
     "تحتاج إلى مزيد من التمويل.", "تقول", "المفوضية تحتاج",
     "المتحدثة باسم المفوضية ميليسا فليمنغ"),
    # fresh13 (yafei): لفت (its ت is the stem's) after a commander
    ("وقال قائد المنطقة العسكرية الرابعة اللواء أحمد سيف اليافعي إن قوات الجيش تقدمت نحو لحج. "
     "ولفت إلى أن المقاومة سيطرت على قاعدة العند.", "لفت", "المقاومة سيطرت",
     "قائد المنطقة العسكرية الرابعة اللواء أحمد سيف اليافعي"),
]


@pytest.mark.parametrize("text,cue,content,speaker", CARRIED)
def test_carried_speaker_agrees_with_the_cue(text: str, cue: str, content: str,
                                              speaker: str | None) -> None:
    found = [(s, x) for s, c, x in claims_of(text) if c == cue and x.startswith(content)]
    if speaker is None:
        assert found == []
    else:
        assert [s for s, _ in found] == [speaker], found
