"""Time expressions read from real sentences and resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from rasd import times
from rasd.document import Document, Meta
from rasd.pipeline import extract_text
from rasd.text import stage as segment

THURSDAY = "2016-12-15"


def read(text: str, published: str | None = THURSDAY) -> list[tuple[str, str | None, str | None]]:
    doc = times.stage(segment.stage(Document(text=text, meta=Meta(published=published))))
    return [(doc.text[t.start : t.end], t.date, t.part) for t in doc.times]


def test_seed_article_times(seed_text: str) -> None:
    doc = extract_text(seed_text, published=THURSDAY)
    found = [(doc.span_text(t), t.date, t.part) for t in doc.times]
    assert ("مساء الثلاثاء", "2016-12-13", "evening") in found
    assert ("صباح أمس", "2016-12-14", "morning") in found
    assert ("أمس", "2016-12-14", None) in found  # في وقت سابق أمس


@pytest.mark.parametrize("text, span, when", [
    ("قصفت الطائرات الثلاثاء", "الثلاثاء", "2016-12-13"),
    ("قصفت الطائرات الخميس", "الخميس", "2016-12-15"),  # the publication day itself
    ("قصفت الطائرات يوم الجمعة", "يوم الجمعة", "2016-12-09"),
    ("وقصفت الطائرات والسبت", "السبت", "2016-12-10"),
    ("قصفت الطائرات الخميس الماضي", "الخميس الماضي", "2016-12-08"),
    ("يجتمعون الأحد المقبل", "الأحد المقبل", "2016-12-18"),
    ("قصفت الطائرات اليوم", "اليوم", "2016-12-15"),
    ("قصفت الطائرات أمس", "أمس", "2016-12-14"),
    ("قصفت الطائرات بالأمس", "الأمس", "2016-12-14"),
    ("قصفت الطائرات أول أمس", "أول أمس", "2016-12-13"),
    ("قصفت الطائرات أمس الأول", "أمس الأول", "2016-12-13"),
    ("قصفت الطائرات أول من أمس", "أول من أمس", "2016-12-13"),
    ("يجتمعون غداً", "غداً", "2016-12-16"),
    ("يجتمعون بعد غد", "بعد غد", "2016-12-17"),
    ("قصفت الطائرات يوم أمس", "يوم أمس", "2016-12-14"),
    ("قال اليوم الخميس", "اليوم الخميس", "2016-12-15"),
    # the weekday names the day when it disagrees: a copy published days later says
    # "today, Monday" (Reuters on the Suruc bombing, republished on Saturday)...
    ("قال اليوم الاثنين", "اليوم الاثنين", "2016-12-12"),
    ("قال أمس الاثنين", "أمس الاثنين", "2016-12-12"),
    # ... and an article stamped the evening before its day says "today, Friday"
    ("قال اليوم الجمعة", "اليوم الجمعة", "2016-12-16"),
    ("قصفت قبل يومين", "قبل يومين", "2016-12-13"),
])
def test_days(text: str, span: str, when: str) -> None:
    assert [(s, d) for s, d, _ in read(text)] == [(span, when)]


@pytest.mark.parametrize("text, span, when, part", [
    ("قصفت صباح أمس", "صباح أمس", "2016-12-14", "morning"),
    ("قصفت مساء الثلاثاء", "مساء الثلاثاء", "2016-12-13", "evening"),
    ("قصفت فجر الاثنين", "فجر الاثنين", "2016-12-12", "dawn"),
    ("قصفت ليلة السبت", "ليلة السبت", "2016-12-10", "night"),
    ("قصفت ظهر اليوم", "ظهر اليوم", "2016-12-15", "noon"),
    ("قصفت عصر أمس", "عصر أمس", "2016-12-14", "afternoon"),
    ("قصفت مساء يوم الأربعاء", "مساء يوم الأربعاء", "2016-12-14", "evening"),
    ("قصفت الثلاثاء مساء", "الثلاثاء مساء", "2016-12-13", "evening"),
    ("قصفت الليلة الماضية", "الليلة الماضية", "2016-12-14", "night"),
    ("قصفت صباحاً", "صباحاً", None, "morning"),
])
def test_parts_of_day(text: str, span: str, when: str | None, part: str) -> None:
    assert read(text) == [(span, when, part)]


@pytest.mark.parametrize("text, span, when", [
    ("الخميس 15 ديسمبر 2016", "الخميس 15 ديسمبر 2016", "2016-12-15"),
    ("الثلاثاء، 13 كانون الأول 2016", "الثلاثاء، 13 كانون الأول 2016", "2016-12-13"),
    ("في 27 آب/أغسطس 2012", "27 آب/أغسطس 2012", "2012-08-27"),
    ("في 10 تموز (يوليو) 2015", "10 تموز (يوليو) 2015", "2015-07-10"),
    ("في 3 إبريل 2011", "3 إبريل 2011", "2011-04-03"),
    ("في 3 يونيه 2011", "3 يونيه 2011", "2011-06-03"),
    ("في 5 جانفي 2014", "5 جانفي 2014", "2014-01-05"),
    ("في 5 جويلية 2014", "5 جويلية 2014", "2014-07-05"),
    ("في 5 غشت 2014", "5 غشت 2014", "2014-08-05"),
    ("في 5 دجنبر 2014", "5 دجنبر 2014", "2014-12-05"),
    ("في 5 شتنبر 2014م", "5 شتنبر 2014م", "2014-09-05"),
    ("في 27/8/2012", "27/8/2012", "2012-08-27"),
    ("في 2016-12-13", "2016-12-13", "2016-12-13"),
    ("في ١٥/١٢/٢٠١٦", "١٥/١٢/٢٠١٦", "2016-12-15"),
    ("في 13\u200f/12\u200f/2016", "13\u200f/12\u200f/2016", "2016-12-13"),
    ("في ١٥ ربيع الأول ١٤٣٨ هـ", "١٥ ربيع الأول ١٤٣٨ هـ", "2016-12-14"),
    ("في 1 ذي الحجة 1437", "1 ذي الحجة 1437", "2016-09-02"),
    ("في 10 تموز الجاري", "10 تموز الجاري", "2016-07-10"),
    ("في 12 من الشهر الحالي", "12 من الشهر الحالي", "2016-12-12"),
    ("في 20 نوفمبر", "20 نوفمبر", "2016-11-20"),
])
def test_absolute_dates(text: str, span: str, when: str) -> None:
    assert [(s, d) for s, d, _ in read(text)] == [(span, when)]


def test_absolute_dates_need_no_publication_date() -> None:
    assert read("في 15 ديسمبر 2016", published=None) == [("15 ديسمبر 2016", "2016-12-15", None)]
    assert read("قصفت أمس", published=None) == [("أمس", None, None)]
    assert read("في 20 نوفمبر", published=None) == [("20 نوفمبر", None, None)]


@pytest.mark.parametrize("text, span, part", [
    ("في الأسبوع الماضي", "الأسبوع الماضي", "week"),
    ("في الشهر الماضي", "الشهر الماضي", "month"),
    ("في العام الماضي", "العام الماضي", "year"),
    ("في السنة الماضية", "السنة الماضية", "year"),
    ("في عام 2015", "عام 2015", "year"),
    ("منذ 2011", "2011", "year"),
    ("في آب/أغسطس 2016", "آب/أغسطس 2016", "month"),
    ("في مايو/ أيار 2014", "مايو/ أيار 2014", "month"),
    ("في شهر مارس", "شهر مارس", "month"),
    ("في مايو الماضي", "مايو الماضي", "month"),
    ("منذ صيف 2012", "صيف 2012", "season"),
    ("خلال الساعات الماضية", "الساعات الماضية", None),
    ("قبل أيام", "قبل أيام", None),
])
def test_periods_have_no_day(text: str, span: str, part: str | None) -> None:
    assert read(text) == [(span, None, part)]


@pytest.mark.parametrize("text", [
    "مارس ضغوطا على الحكومة",  # مارس: "exercised", not March
    "في اليوم التالي",  # "the next day"
    "اتفق الاثنان بين الاثنين",  # "the two"
    "فجر انتحاري نفسه",  # فجر: "blew up"
    "ظهر في مقطع فيديو",  # ظهر: "appeared"
    "قال أحد المقاتلين",
])
def test_not_times(text: str) -> None:
    assert read(text) == []


def test_resolution_rules() -> None:
    pub = date(2016, 12, 15)  # a Thursday
    assert times.resolve_weekday(pub, 3, None) == pub
    assert times.resolve_weekday(pub, 3, "past") == date(2016, 12, 8)
    assert times.resolve_weekday(pub, 3, "next") == date(2016, 12, 22)
    # the nearest day-month, with the past preferred: a month ahead beats eleven behind
    assert times.resolve_day_month(pub, 1, 10, "gregorian", None) == date(2017, 1, 10)
    assert times.resolve_day_month(pub, 6, 10, "gregorian", None) == date(2016, 6, 10)
    assert times.resolve_day_month(pub, 12, 20, "gregorian", "past") == date(2015, 12, 20)
    assert times.to_gregorian(2016, 2, 30, "gregorian") is None


def test_spans_keep_the_text() -> None:
    text = "وقال مساءَ الثلاثاءِ إن القصف تجدد صباحَ أمسِ، وفي ١٥ ربيع الأول ١٤٣٨ هـ."
    doc = extract_text(text, published=THURSDAY)
    assert [(doc.span_text(t), t.date) for t in doc.times] == [
        ("مساءَ الثلاثاءِ", "2016-12-13"), ("صباحَ أمسِ", "2016-12-14"),
        ("١٥ ربيع الأول ١٤٣٨ هـ", "2016-12-14")]


@pytest.mark.parametrize("text, span, when", [
    ("قال أمس الأربعاء", "أمس الأربعاء", "2016-12-14"),
    ("قصفت فجر اليوم (الخميس)", "فجر اليوم (الخميس)", "2016-12-15"),
    ("وقع أول من أمس(الثلاثاء)", "أول من أمس(الثلاثاء)", "2016-12-13"),
])
def test_a_relative_day_named_by_its_weekday_is_one_expression(text: str, span: str,
                                                                when: str) -> None:
    assert [(s, d) for s, d, _ in read(text)] == [(span, when)]


def test_today_as_a_noun_is_not_a_date() -> None:
    assert read("17 ساعة في اليوم الواحد") == []


@pytest.mark.parametrize("text, span, when", [
    ("في الرابع عشر من الشهر الماضي", "الرابع عشر من الشهر الماضي", "2016-11-14"),
    ("في الخامس من أغسطس 2015", "الخامس من أغسطس 2015", "2015-08-05"),
    ("ليل الحادي والعشرين من أيلول 2013", "ليل الحادي والعشرين من أيلول 2013", "2013-09-21"),
])
def test_ordinal_days(text: str, span: str, when: str) -> None:
    assert [(s, d) for s, d, _ in read(text)] == [(span, when)]


def test_an_ordinal_without_a_month_is_not_a_day() -> None:
    assert read("في الرابع عشر من المرحلة") == []


@pytest.mark.parametrize("text, span, when, part", [
    ("بتاريخ 7 / يوليو / 2015 م", "7 / يوليو / 2015 م", "2015-07-07", None),
    ("يوم الأحد (10/شوال / 1436هـ)", "يوم الأحد (10/شوال / 1436هـ)", "2015-07-26", None),
    ("في 5 مايو من العام 2014", "5 مايو من العام 2014", "2014-05-05", None),
    # a year named from the publication day: not the nearest 21 September
    ("وقع في الـ21 من سبتمبر من العام الماضي", "21 من سبتمبر من العام الماضي", "2015-09-21",
     None),
    ("في 3 يناير العام المقبل", "3 يناير العام المقبل", "2017-01-03", None),
    ("منذ 5 مارس من العام الجاري", "5 مارس من العام الجاري", "2016-03-05", None),
    ("في أكتوبر/تشرين الأول عام 2002", "أكتوبر/تشرين الأول عام 2002", None, "month"),
    ("في بيان الليلة قبل الماضية", "الليلة قبل الماضية", "2016-12-13", "night"),
])
def test_longer_written_dates(text: str, span: str, when: str | None, part: str | None) -> None:
    assert read(text)[-1:] == [(span, when, part)]


def test_the_whole_day_is_not_today() -> None:
    assert read("تعمل على مدار اليوم") == []


# Counted spans of time (data/time/durations.tsv): a time with no date, whose count stays a
# quantity. Sentences from the dev sets, the demo corpus and the region news.
@pytest.mark.parametrize("text, span", [
    ("وقال إنه اعتقل في العراق قبل ثلاث سنوات", "قبل ثلاث سنوات"),
    ("وتشهد مدينة تعز مواجهات عنيفة منذ حوالي أربعة أشهر، بعد زحف",
     "منذ حوالي أربعة أشهر"),
    ("الجيش الأميركي الذي يقاتل في أفغانستان منذ 13 عامًا", "منذ 13 عامًا"),
    ("أوقف قبل أكثر من ستة أشهر في بغداد", "قبل أكثر من ستة أشهر"),
    ("حققت تقدما خلال اليومين الماضيين، واستطاعت السيطرة", "اليومين الماضيين"),
    ("قتل 28 متمردا خلال الأربع وعشرين ساعة الماضية", "الأربع وعشرين ساعة الماضية"),
    ("سيعود الوزراء خلال الأيام القليلة المقبلة إلى عدن", "الأيام القليلة المقبلة"),
    ("وكان يشغل منصب نائب زعيم الحركة خلال الأعوام الثلاثة الماضية.", "الأعوام الثلاثة الماضية"),
    ("وقعت 11 ألف اعتداء خلال السنوات العشر الأخيرة", "السنوات العشر الأخيرة"),
    ("وستتضح في الأسابيع المقبلة التفاصيل الكاملة للصفقة", "الأسابيع المقبلة"),
    ("شنّ نظام الاسد خلال تسعة اشهر 26350 غارة", "خلال تسعة اشهر"),
    ("وهو قادر على إنهاء الإرهاب في ليبيا خلال أشهر", "خلال أشهر"),
    ("التي يسيطر عليها الحوثيون منذ بضعة أشهر.", "منذ بضعة أشهر"),
    ("فقدوا في سوريا منذ نحو عشرة أيام.", "منذ نحو عشرة أيام"),
])
def test_counted_spans_of_time(text: str, span: str) -> None:
    assert read(text) == [(span, None, None)]


@pytest.mark.parametrize("text", [
    "وقالت إن المعارك اشتدت منذ ساعات الفجر الأولى",  # the hours of a dawn
    "وتعرضت المدينة لقصف شديد منذ أول أيام عيد الفطر",  # أول: the first, not a count
    "وناقش المجلس خلال عقد المؤتمر الأوضاع",  # عقد: "holding", not a decade
])
def test_not_counted_spans(text: str) -> None:
    assert [s for s, d, p in read(text) if d is None and p is None] == []


@pytest.mark.parametrize("text, span", [
    ("التفاهم الذي توصل إليه الجانبان في 2003.", "2003"),
    ("خلال المعارك التي بدأت في المدينة في 2012.", "2012"),
    ("وفي 2015 كانت القاعدة من أهم الجبهات", "2015"),
])
def test_a_year_after_fi(text: str, span: str) -> None:
    assert read(text) == [(span, None, "year")]
