"""Boilerplate removal: the seed's four lines, the crawled pages, no body lost."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from conftest import SEED_GOLD, SHARED
from rasd.clean import _rules, classify_line, clean_text, glued_tail
from rasd.text.language import guess_language

PAGES = SHARED / "data" / "news" / "pages-dev.jsonl"
SNN = SHARED / "data" / "news" / "saudinewsnet-syria.jsonl"
HTML_FIXTURE = SHARED / "data" / "html" / "assabah.com.tn.article.html"


def _pages() -> dict[str, dict]:
    with PAGES.open(encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, fh)}


def _body_is_verbatim(raw: str, body: str) -> None:
    """Every body line is a whole input line (or, for a glued link line cut off,
    the start of one), in input order."""
    raw_lines = raw.splitlines()
    k = 0
    for line in body.split("\n"):
        if not line:
            continue
        while k < len(raw_lines) and raw_lines[k].strip() != line.strip() \
                and not (line.strip() and raw_lines[k].strip().startswith(line.strip())):
            k += 1
        assert k < len(raw_lines), f"body line not in the input, in order: {line[:60]!r}"
        assert line in raw_lines[k]
        k += 1


def test_seed_loses_exactly_the_four_gold_lines(seed_text):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["boilerplate"]
    body, removed = clean_text(seed_text)
    assert removed == gold
    kept = [line for line in seed_text.splitlines() if line.strip() and line.strip() not in gold]
    assert body == "\n".join(kept)  # nothing of the body lost, not a character changed


@pytest.mark.parametrize("page_id", sorted(_pages()))
def test_pages_keep_every_real_sentence(page_id):
    page = _pages()[page_id]
    body, removed = clean_text(page["text"])
    _body_is_verbatim(page["text"], body)
    for line in page["text"].splitlines():
        words = line.split()
        if len(words) >= 12 and line.rstrip()[-1:] in ".؟!”\"":
            assert line.strip() in body, f"a sentence was removed: {line[:80]!r}"


def test_page_widgets_are_removed():
    pages = _pages()
    body, removed = clean_text(pages["page-01"]["text"])
    assert not any(ch in body for ch in "°")
    assert "دينار أردني" not in body and "يورو" not in body and "نوفمبر 2025" not in body
    assert body.startswith("خبر: عشرات الشهداء")  # the title stays
    assert len(removed) == 19

    body, removed = clean_text(pages["page-02"]["text"])
    assert removed == ["[ad_1]", "[ad_2]", "Source link"]

    body, removed = clean_text(pages["page-03"]["text"])
    assert body.startswith("ضحايا بينهم أطفال بقصف جوي")  # the title, not the related links
    assert "2018" not in body and "حماة" not in body and "سمارت-محمود الدرويش" not in body
    assert body.split("\n")[1].startswith("قتل طفلان وجرح تسعة مدنيين")

    for pid in ("page-05", "page-07"):
        assert clean_text(pages[pid]["text"])[1] == ["إعلان"]
    body, removed = clean_text(pages["page-08"]["text"])
    assert len(removed) == 1 and removed[0].startswith("![")
    for pid in ("page-04", "page-06", "page-09"):
        assert clean_text(pages[pid]["text"])[1] == []


def test_trafilatura_leak_on_the_html_fixture_is_removed():
    import trafilatura

    expected = json.loads((HTML_FIXTURE.parent / "assabah.com.tn.article.expected.json")
                          .read_text(encoding="utf-8"))
    extracted = trafilatura.extract(HTML_FIXTURE.read_text(encoding="utf-8"))
    leaked = [s for s in expected["without"] if s in extracted]
    assert leaked, "trafilatura no longer leaks: this test lost its point"
    body, removed = clean_text(extracted)
    assert not [s for s in expected["without"] if s in body]
    assert all(s in body for s in expected["with"])


# Boilerplate as other sites write it: each line appended to a real article must go,
# and the article must stay whole.
BOILERPLATE = [
    "تابعونا على تويتر",
    "اشترك في قناتنا على يوتيوب",
    "للاشتراك في النشرة البريدية اضغط هنا",
    "انضموا إلى قناتنا على تيليجرام: https://t.me/example",
    "اقرأ أيضاً: مقتل 5 مدنيين بقصف على ريف إدلب",
    "مواضيع ذات صلة",
    "أخبار ذات صلة:",
    "الأكثر قراءة",
    "أضف تعليقك",
    "التعليقات (3)",
    "إضافة تعليق جديد",
    "شارك: فيسبوك | تويتر | واتساب",
    "فيسبوك تويتر واتساب تيليجرام نسخ الرابط",
    "Share on Facebook Twitter WhatsApp",
    "جميع الحقوق محفوظة © 2024 الجزيرة نت",
    "© 2023 Reuters. All rights reserved.",
    "حقوق النشر محفوظة لموقع عنب بلدي 2024",
    "Copyright 2024 Enab Baladi",
    "https://www.example.com/news/12345",
    "www.alyompress.com",
    "المصدر: وكالات",
    "(رويترز)",
    "أ ف ب",
    "بقلم: محمد أحمد",
    "الوسوم: سوريا، حلب، روسيا",
    "آخر تحديث: 15 ديسمبر 2016 - 10:30 ص",
    "الخميس 15 كانون الأول 2016",
    "منذ 3 ساعات",
    "3 دقائق للقراءة",
    "الرئيسية > أخبار > سوريا",
    "advertisement",
    "- إعلان -",
    "28°C غائم جزئيا",
    "سعر الدولار 15000",
    "الدولار الأمريكي 3.75",
    "الخبر التالي: الأمم المتحدة تدعو إلى هدنة في حلب",
    "...المزيد",
    "![صورة من حلب](https://example.com/a.jpg)",
    "[اقرأ أيضا: مقتل 5 مدنيين في حلب]",
    "اضغط هنا للاشتراك في قناتنا على يوتيوب",
    "10:30 ص",
    "الصورة: رويترز",
    "Getty Images",
    "المصدر : الجزيرة + وكالات",
    "(وكالات)",
    "— Syrian Observatory (@syriahr) December 15, 2016",
    "pic.twitter.com/AbCdEf123",
    "جاري التحميل...",
]


def _removed_alone(seed_text: str, line: str) -> None:
    """The line set after the seed's first paragraphs goes, and nothing else does."""
    article = "\n".join(seed_text.splitlines()[:14])
    body, removed = clean_text(article + "\n" + line)
    assert removed == [line]
    assert body == article


@pytest.mark.parametrize("line", BOILERPLATE)
def test_common_boilerplate_lines_are_removed(seed_text, line):
    _removed_alone(seed_text, line)


# Real sentences that carry the same cue words must stay.
SENTENCES = [
    "وقال مراسل قناة الجزيرة إن القصف استهدف حي الشعار في حلب، مشيرا إلى سقوط قتلى.",
    "وتابع المتحدث: إن المفاوضات مع الجانب الروسي مستمرة عبر قناة تواصل تركية.",
    "ونشر ناشطون على تويتر وفيسبوك صورا لعائلة قتلت في القصف.",
    "اقرأ المزيد من التفاصيل في التقرير الذي نشرته الأمم المتحدة أمس حول الوضع الإنساني.",
    "وأضاف أن الحكومة تحتفظ بجميع الحقوق في الرد على هذا الانتهاك وفق القانون الدولي.",
    "وبلغ سعر صرف الدولار 15000 ليرة سورية في السوق السوداء، بحسب تجار في دمشق.",
    "المصدر العسكري أكد أن الطائرات قصفت المنطقة ثلاث مرات خلال يوم الخميس الماضي.",
    "الرئيس السوري - بحسب الوكالة - التقى المبعوث الأممي في دمشق صباح الخميس.",
    "شارك آلاف المتظاهرين في مسيرة حاشدة وسط العاصمة للمطالبة بوقف الحرب.",
    "وطالبت الصحيفة باحترام حقوق النشر الخاصة بالصور التي التقطها مصوروها في حلب.",
    "لمتابعة التطورات الميدانية أرسلت الأمم المتحدة فريقا إلى حلب رافقه مراسل قناة محلية.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_real_sentences_with_cue_words_are_kept(seed_text, sentence):
    assert classify_line(sentence) is None
    text = "\n".join(seed_text.splitlines()[:3] + [sentence] + seed_text.splitlines()[3:14])
    body, removed = clean_text(text)
    assert removed == [] and sentence in body


def test_outlet_byline_only_outside_the_paragraphs(seed_text):
    lines = seed_text.splitlines()[:14]
    for byline in ("عين اليوم – متابعات", "عنب بلدي – ريف حلب", "عين اليوم – محمد أحمد"):
        top = byline + "\n" + "\n".join(lines)
        assert clean_text(top)[1] == [byline]
    # a dateline names where the report was filed: it is part of the report
    for dateline in ("أبوظبي - سكاي نيوز عربية", "عين اليوم – بيروت", "الرياض - واس"):
        assert clean_text(dateline + "\n" + "\n".join(lines))[1] == []
    middle = "\n".join(lines[:5] + ["لقاء أمريكي - روسي"] + lines[5:])
    assert clean_text(middle)[1] == []  # a subheading between paragraphs stays


def test_read_also_header_takes_its_headline_list(seed_text):
    lines = seed_text.splitlines()[:14]
    tail = ["اقرأ أيضا:", "مقتل 3 مدنيين بقصف على حلب", "", "روسيا تعلن هدنة جديدة في سوريا"]
    body, removed = clean_text("\n".join(lines + tail))
    assert removed == [t for t in tail if t]
    assert body == "\n".join(lines)


def test_blank_lines_collapse_and_ends_are_stripped():
    raw = "\n\n  \nالسطر الأول من الخبر.\n\n\n\nالسطر الثاني من الخبر.\n\n"
    body, removed = clean_text(raw)
    assert body == "السطر الأول من الخبر.\n\nالسطر الثاني من الخبر."
    assert removed == []


def test_saudinewsnet_corpus_loses_no_paragraph():
    """Over 471 real articles: only short lines (or link lines) may go, never running text."""
    n_removed = 0
    with SNN.open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            body, removed = clean_text(row["content"])
            _body_is_verbatim(row["content"], body)
            n_removed += len(removed)
            for r in removed:
                assert len(r.split()) <= 12 or classify_line(r) == "link_line", r
                assert r[-1:] != "." or len(r.split()) < 8, r
    assert n_removed > 20  # outlet bylines and "...المزيد" teasers are there to find


def test_non_arabic_text_passes_through_and_language_is_named():
    text = ("Le gouvernement syrien a annoncé mardi un cessez-le-feu à Alep.\n"
            "Les évacuations devraient commencer jeudi, selon les médias officiels.\n"
            "Partager sur Facebook Twitter")
    body, removed = clean_text(text)
    assert removed == ["Partager sur Facebook Twitter"]
    assert body == "\n".join(text.splitlines()[:2])
    assert guess_language(body) == "fr"
    assert guess_language("The Syrian government announced a ceasefire in Aleppo.") == "en"
    assert guess_language("دولت ایران روز دوشنبه اعلام کرد که مذاکرات ادامه خواهد یافت") == "fa"
    assert guess_language("12 34 !") == "und"


# An outlet's link or source line, whatever its length: real lines from the demo
# corpus and the region news (SaudiNewsNet), and the general forms of the lead.
LINK_LINES = [
    "رابط الخبر بصحيفة الوئام: التلفزيون السوري: الأسد"
    " يعفو عن المنشقين و المتخلفين عن الخدمة العسكرية",
    "رابط الخبر بصحيفة الوئام: الحملة السعودية لنصرة الأشقاء"
    " في سوريا تواصل تنفيذ المرحلة الثانية من برنامجها الإغاثي",
    "رابط الخبر بصحيفة الوئام: الهدنة والحوثي متناقضان!",
    "لقراءة الحوار كاملا أنقر هنــا",
    "رابط المقال على موقع عنب بلدي: https://www.enabbaladi.net/archives/123456",
    "الرابط الأصلي للخبر https://www.bbc.com/arabic/middleeast-38000000",
    "المصدر: موقع الجزيرة نت - https://www.aljazeera.net/news/2016/12/15/aleppo-evacuation-talks",
    "المصدر: صحيفة الشرق الأوسط اللندنية",
    "اقرأ المقال كاملا على موقع العربي الجديد",
    "اقرأ أيضا: روسيا تعلن هدنة جديدة في حلب"
    " بعد أسبوع من القصف العنيف على الأحياء الشرقية https://example.com/a",
]


@pytest.mark.parametrize("line", LINK_LINES)
def test_link_lines_are_removed_whatever_their_length(seed_text, line):
    _removed_alone(seed_text, line)


# The same line glued to the end of the last paragraph (as the demo corpus has it):
# the paragraph keeps every character up to its last sentence end.
GLUED = [
    ("وانتزع تنظيم داعش السيطرة على مدينة تدمر بوسط البلاد من يد القوات الحكومية في مايو ايار.",
     "رابط الخبر بصحيفة الوئام: الأسد: الجيش يواجه نقصاً في الطاقة البشرية"),
    ("الحسابات بين بعضها البعض يتعين في بادئ الأمر التعامل مع الخطر المشترك ثم السعي عندئذ للاتفاق"
     " على كيفية العيش في بلادها”.",
     "رابط الخبر بصحيفة الوئام: لافروف: يجب على أمريكا التعاون مع الأسد لمحاربة داعش"),
    ("وقالت الوكالة إن الجانبين اتفقا على مواصلة المشاورات.",
     "رابط المقال في موقع روسيا اليوم: https://arabic.rt.com/news/123456"),
]


def _tail_cues() -> tuple:
    return tuple(dataclasses.replace(c, tail=c.name == "link_line") for c in _rules().cues)


@pytest.mark.parametrize(("paragraph", "link"), GLUED)
def test_glued_link_line_is_found_and_kept_by_default(seed_text, paragraph, link):
    line = paragraph + "   " + link + " "
    cut = glued_tail(line, _tail_cues())  # with `tail` on, the cut is at the link line
    assert cut is not None and line[:cut].rstrip() == paragraph and line[cut:].strip() == link
    assert glued_tail(paragraph, _tail_cues()) is None
    # the data leaves `tail` off (the gold keeps a glued link line in the text)
    article = "\n".join(seed_text.splitlines()[:14])
    body, removed = clean_text(article + "\n" + line)
    assert removed == [] and body == article + "\n" + line.rstrip()


# Lines that start like a link or source line and go on to real prose stay.
LINK_PROSE = [
    "وقال المصدر: إن الروس سيرغبون في دفع التحالف الوطني للتعهد بالمشاركة في الاجتماع القادم.",
    "المصدر: «بعدها ستتم السيطرة على حلب تلقائيًا حيث"
    " إنها سوف تسقط نتيجة تشكل المنطقة الآمنة بجوارها».",
    "رابط الخبر بصحيفة الوئام: وقالت مصادر في الجيش إن"
    " القوات سيطرت على البلدة بعد معارك عنيفة استمرت يومين.",
    "وأعلنت قيادة العمليات عن تحرير الطريق الرابط بين تل البو عيثة ومناطق عقدة سرمن شمالي الرمادي.",
    "المصدر: موقع عسكري قريب من الحكومة قال إن الطائرات"
    " قصفت مواقع المسلحين في ريف حماة الشمالي صباح اليوم",
]


@pytest.mark.parametrize("line", LINK_PROSE)
def test_lines_going_on_to_prose_are_kept(seed_text, line):
    para = _kept_as_prose(seed_text, line)
    assert glued_tail(para + " " + line, _tail_cues()) is None


def _kept_as_prose(seed_text: str, line: str) -> str:
    """The line stays, alone and glued to a paragraph; returns that paragraph."""
    article = "\n".join(seed_text.splitlines()[:14])
    body, removed = clean_text(article + "\n" + line)
    assert removed == [] and body.endswith(line)
    para = "وأكد المسؤول أن المفاوضات ستستأنف الأسبوع المقبل في جنيف بحضور جميع الأطراف."
    body, removed = clean_text(article + "\n" + para + " " + line)
    assert removed == [] and body.endswith(line)
    return para


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    # \S must stay "not a space": folding it to \s made a byline need a second blank
    (r"^(بقلم)\s*[:\-]\s*\S.*", "بقلم:محمد علي", True),
    (r"^(بقلم)\s*[:\-]\s*\S.*", "بقلم:  ", False),
    # letters are folded like the text they meet (hamza, case), escapes are not
    (r"^(إضغط|Click) (هنا|here)\b", "اضغط هنا", True),
    (r"^(إضغط|Click) (هنا|here)\b", "click here", True),
    (r"^\D+$", "رابط الخبر", True),
    (r"^\D+$", "2016", False),
])
def test_boilerplate_patterns_keep_their_escapes(pattern, text, matches):
    from rasd.clean import pattern_key
    from rasd.text.normalize import normalize_key
    assert bool(re.search(pattern_key(pattern), normalize_key(text))) is matches


# A news agency's closing mark and wire time stamp (SPA/واس in the region news and
# the fresh3, fresh8, fresh10, fresh11 gold; ت م = Makkah time), and its other forms.
END_MARKS = [
    ["// انتهى //", "18:34 ت م"],
    [" // انتهى //", " 19:14 ت م "],
    ["//انتهى// 18:11 ت م"],
    ["(انتهى)"],
    ["-انتهى-"],
    ["/انتهى/"],
    ["ـ (انتهى) ـ"],
    ["// انتهى //", "09:28 ت.م"],
]


@pytest.mark.parametrize("lines", END_MARKS)
def test_agency_end_marks_are_removed(seed_text, lines):
    article = "\n".join(seed_text.splitlines()[:14])
    body, removed = clean_text(article + "\n" + "\n".join(lines))
    assert removed == [x.strip() for x in lines]
    assert body == article


# The mark glued to the article's last sentence (snn_region_0097 and the same in
# other forms): the paragraph keeps every character up to its sentence end.
GLUED_END = [
    ("وكان في استقبال الطائرة لحظة وصولها نائب رئيس مجلس النواب محمد الشدادي و وزير النقل و"
     " مستشار الرئيس اليمني ومحافظ عدن ومحافظ أبين ومدير مطار عدن الدولي.", "// انتهى // "),
    ("وقال البرنامج إن عملياته تعاني من نقص في التمويل.", "//انتهى// 18:11 ت م"),
    ("وأكد المتحدث أن القوات استعادت السيطرة على البلدة.»", "(انتهى)"),
]


@pytest.mark.parametrize(("paragraph", "mark"), GLUED_END)
def test_glued_end_mark_is_cut_after_the_last_sentence(seed_text, paragraph, mark):
    article = "\n".join(seed_text.splitlines()[:14])
    body, removed = clean_text(article + "\n" + paragraph + " " + mark)
    assert removed == [mark.strip()]
    assert body == article + "\n" + paragraph


# انتهى in running text (the demo corpus, snn_syria_0028 and snn_syria_0377) and a
# short line that goes on to prose stay, alone or as the last paragraph.
END_PROSE = [
    "وبعد أشهر من الخلافات التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف"
    " لمدة ساعة أثناء زيارتهما روسيا. وانتهى اللقاء بموافقة مودي على المشاركة في قمة إقليمية"
    " في إسلام آباد العام المقبل.",
    "وخضع أقل من ستين مقاتلًا معارضًا سوريًا لبرنامج «تدريب وتجهيز» أمريكي تركي مشترك لكن"
    " المشروع انتهى بكارثة بعد خطف جبهة النصرة (ذراع تنظيم القاعدة في سوريا) عددًا منهم"
    " إثر دخولهم الى سوريا.",
    "انتهى الاجتماع دون اتفاق",
    "وقال إن الاجتماع انتهى.",
    "18:30 موعد بدء الهدنة",
]


@pytest.mark.parametrize("line", END_PROSE)
def test_end_mark_words_in_prose_are_kept(seed_text, line):
    _kept_as_prose(seed_text, line)
