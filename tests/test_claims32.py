"""Cues the lexicon lacked (claims32, issue 12): وصف "described X as", بيّن "showed that",
توعد "vowed", each read only with إن/أن, a colon or a quotation after it (content marked),
since وصف is also the noun "description", توعد takes a plain ب object (توعدوهم بالثأر) and
بين is also "between". The spelling بين reports only when إن/أن follows it, or its speaker,
with no punctuation between."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def claims_of(text: str) -> list[tuple[str, str, str]]:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    return [(t(c.speaker), t(c.cue), t(c.content)) for c in doc.claims]


REPORTS = [
    # (text, a word of the speaker, cue, a word of the content)
    # fresh21 (saad-dawabsheh): وصف + object + بأنه
    ("ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه عمل إرهابي.",
     "نتنياهو", "وصف", "إرهابي"),
    # fresh11 (israel-cabinet): وصف + object + بأنه + a quotation
    ("ووصفت الحكومة الإسرائيلية المصغرة هجوم الجمعة بأنه \"هجوم إرهابي من جميع النواحي\".",
     "الحكومة", "وصفت", "النواحي"),
    # fresh11 (jordan-valley): بيّن + speaker + أن
    ("وبينت الهيئة أن عدد الأسرى الأطفال في سجن هشارون بلغ 39 شبلا.",
     "الهيئة", "بينت", "الأسرى"),
    # fresh21 (aden-fuel): the masculine بين, its speaker with a relative clause and a quoted
    # outlet before أن
    ("وبين تقرير سابق نشرته \"الاقتصادية\" أن شح المشتقات النفطية في اليمن ألقى بظلاله على "
     "أجرة التنقل.", "تقرير", "بين", "المشتقات"),
    # fresh21 (saudi-condemns-duma): توعد + بأن
    ("وتوعدت حركة الجهاد بأن الرد «لن يتأخر».", "الجهاد", "توعدت", "الرد"),
    # demo (aawsat): ووصف + speaker + object + بأنهم
    ("ووصف شتاينماير الأكراد بأنهم صوت سياسي يجب أن يؤخذ مأخذ الجد.",
     "شتاينماير", "وصف", "سياسي"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), REPORTS)
def test_new_cue_reports(text: str, speaker: str, cue: str, content: str) -> None:
    got = claims_of(text)
    assert [g for g in got if g[1].endswith(cue) and speaker in g[0] and content in g[2]], got


NO_REPORT = [
    # (text, the spelling that reports nothing here)
    # demo (aawsat): "the difference between … and between …", an أن far after a comma
    ("وقال مصدر إن هناك فرق بين الانسحاب وبين إعادة التموضع العسكري، ولأجل ذلك على المتمردين "
     "أن يشعروا قوات التحالف بأي تحرك يريدون القيام به.", "بين"),
    # news: "clashes between" with a quoted name after بين
    ("وتدور اشتباكات عنيفة بين «داعش» وقوات النظام في ريف حلب الشرقي.", "بين"),
    # demo: وصف the noun "description" (حسب وصفه), no إن/أن
    ("إلا أن رد الأخير كان مائعا، حسب وصفه.", "وصف"),
    # news: وصف with a plain ب object (no بأن, no quotation): left to no claim
    ("وفتحت تحقيقات حول نحو مائة شخص للاشتباه بمشاركتهم في مخطط وصفته بالإرهابي.", "وصف"),
    # news (region): توعد with a plain ب object, "threatened them with revenge"
    ("وتوعدوهم بالثأر لمقتل أقاربهم.", "توعد"),
]


@pytest.mark.parametrize(("text", "cue"), NO_REPORT)
def test_other_sense_reports_nothing(text: str, cue: str) -> None:
    got = claims_of(text)
    assert not [c for _, c, _ in got if cue in c], got


def test_between_is_no_verb() -> None:
    """بين stays out of the verb vocabulary (roles and events read it as a preposition)."""
    from rasd.lexicons import verb_vocabulary

    assert "بين" not in verb_vocabulary() and "بينت" in verb_vocabulary()
