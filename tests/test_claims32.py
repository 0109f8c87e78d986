"""A cue the lexicon lacked (claims32, issue 12): بيّن "showed that", read only with إن/أن
after it (content marked), since بين is also "between". The spelling بين reports only when
أن/إن (not لأن) follows it, or its speaker, within six tokens with no punctuation between;
every form (بين، بينت) only as the verb opening its sentence or joined by و/ف or كما. وصف
"described X as" and توعد "vowed" are not cues yet (وصف's speaker runs into its object:
«نائب الرئيس السوداني انضمام …»; توعد's vows are not counted by the gold); the guards below
keep their other senses from reporting if they are added."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

REPORTS = [
    # (text, a word of the speaker, cue, a word of the content)
    # fresh11 (jordan-valley), quotes and brackets dropped: بيّن + speaker + أن
    ("وبينت الهيئة أن عدد الأسرى الأطفال في سجن هشارون بلغ 39 شبلا.",
     "الهيئة", "بينت", "الأسرى"),
    # fresh21 (aden-fuel): the masculine بين, its speaker with a relative clause and a quoted
    # outlet before أن
    ("وبين تقرير سابق نشرته \"الاقتصادية\" أن شح المشتقات النفطية في اليمن ألقى بظلاله على "
     "أجرة التنقل.", "تقرير", "بين", "المشتقات"),
    # fresh17 (jordan-security-arrests): وبين + speaker + ان (no hamza)
    ("وبين المصدر ان الامن العام لن يسمح بمثل هذه الممارسات على الارض الاردنية وسيلاحق "
     "مفتعليها.", "المصدر", "بين", "الامن"),
    # fresh21 (aden-fuel), shortened (the original has «حينها،» before أن): كما بين + speaker
    ("وقال التقرير إن الأسعار ارتفعت، كما بين التقرير أن الحصول على تلك المشتقات بات شاقا.",
     "التقرير", "بين", "المشتقات"),
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
    # fresh19 (aawsat): بين "between" inside a quotation, a لأن "because" far after it
    ("وأضاف أن «مطالب المتظاهرين موحدة تقريبا رغم عدم وجود تنسيقيات بين تجمعات المتظاهرين "
     "لذا فهي عفوية يسيرها فقط الآراء في مواقع التواصل الاجتماعي ومنها نلاحظ دعوات لأن يكون "
     "يوم الجمعة هو موعد لجميع المظاهرات».", "بين"),
    # news (region): "between them and the government", an أن after the preposition على
    ("وقال إن القوى الممثلة في مؤتمر الرياض هناك اتفاق وانسجام بينهم وبين الحكومة والرئاسة "
     "على أن يكون هناك تمثيل بوفد واحد.", "بين"),
    # fresh15 (aawsat): بينت after a comma, the predicate of a noun inside قال's content
    ("وقال مسؤول إسرائيلي رفيع في وزارة الخارجية إن النقاشات التي شهدتها الوزارة أخيرا حول "
     "الموضوع، بينت أن كثيرا من المشاركين فيها يرون أن الاتفاق النووي مع إيران سيسهل على "
     "إسرائيل إحباط المشروع المصري.", "بينت"),
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
