"""Place readings of places16 (rasd.events.places): a front (`front_nouns`: محور), a part or
extent of a place (`extent_nouns`: أنحاء، تخوم، ضفاف) before a place entity, a comma, a
time and a place phrase after the deed (`timed_place`), and a dash inside a time. Each row
is a sentence of a dev set, the demo corpus or the region news, its trigger, and the places
(with their basis) a reader records; the guard rows keep a wrong place out."""

from __future__ import annotations

import pytest

from event_helpers import article_event, places_of

FOUND = [
    # a front: في محور الصابري (fresh13, Benghazi), as في جبهة الجفينة
    ("وقال ناصر الحاسي، المتحدث باسم القوات الجوية، إن «سلاح الجو قام بقصف تمركزات "
     "للمجموعات الإرهابية في محور الصابري»، في إشارة إلى حي ساحلي في وسط بنغازي.",
     "قصف", [("الصابري", "sentence")]),
    ("وبهذا الخصوص قال قعيم إن «الجيش أحرز تقدما في محور الصابري وقمنا بهجوم قوي وكاسح "
     "واستخدمنا الأسلحة الثقيلة».", "هجوم", [("الصابري", "sentence")]),
    # demo: a front named by its place noun and a place (محور سهل الغاب بريف حماة)
    ("وأشار إلى أن جيش الفتح حقق تقدما مهما في محور سهل الغاب بريف حماة المجاورة.",
     "تقدما مهما في محور", [("سهل الغاب", "sentence"), ("حماة", "sentence")]),
    # a part or extent of a place: على ضفاف (fresh13), في أنحاء (demo)
    ("وقال رئيس نقابة صيادي السمك في ولاية بورنو ان \"بوكو حرام هاجمت عند الساعة 16:00 "
     "من الاثنين ثلاث قرى على ضفاف بحيرة تشاد حيث قتلت عشرة اشخاص\".",
     "هاجمت", [("بحيرة تشاد", "sentence")]),
    ("وقالت محطتا (سي إن إن تورك) و(إن تي في) التلفزيونيتان إن شرطة مكافحة الإرهاب داهمت "
     "أكثر من 100 موقع في أنحاء إسطنبول.", "داهمت", [("إسطنبول", "sentence")]),
    # a comma, a time, then the place (fresh8 Geneva talks; demo meeting in Riyadh; news)
    ("أعلنت الأمم المتحدة، أنها ستعقد جولة جديدة من محادثات سلام ليبيا، يوم الاثنين في "
     "\"جنيف\"، وذلك في مسعى لإقناع الأطراف المتحاربة بالاتفاق على حكومة وحدة.",
     "محادثات", [("جنيف", "sentence")]),
    # a dash inside a time (ليل الخميس - الجمعة، حزيران - يونيو) ends no reach (demo)
    ("وأفاد ناشطون بأن قوات النظام قصفت بعد منتصف ليل الخميس - الجمعة مناطق في بلدة بسقلا "
     "ما أدى إلى مقتل 3 مواطنين.", "قصفت", [("بسقلا", "sentence")]),
    ("وأجرى أردوغان وبوتين لقاءً مطولاً في حزيران - يونيو على هامش حفل افتتاح الألعاب "
     "الأوروبية في باكو في أذربيجان.", "لقاءً", [("باكو", "sentence"), ("أذربيجان", "sentence")]),
    ("ودعا الرئيس اليمني خلال لقائه، أمس في الرياض، إسماعيل ولد الشيخ مبعوث الأمين العام "
     "للأمم المتحدة إلى اليمن، إلى زيارة محافظة عدن بعد تحريرها من الميليشيات المتمردة.",
     "لقائه", [("الرياض", "sentence")]),
]


@pytest.mark.parametrize("text, trigger, location", FOUND)
def test_place_found(text, trigger, location):
    assert places_of(text, trigger) == location


NOT_FOUND = [
    # a comma and a time open another phrase: في بيان is no place, and the place after it
    # is where the statement was issued
    ("وعقد الوزير اجتماعا مع نظيره، أمس في بيان صدر في عمان.", "اجتماعا"),
    # a coast is no extent noun: كورنيش ساحل أبين is a street of Aden, not the province
    ("ويمضي البيحاني قائلاً بعد سيطرة الميليشيات على المطار بأسبوع تمكنت من إحكام قبضتها "
     "على الخط الساحلي (كورنيش ساحل أبين) واستطاعت من خلال ذلك عزل خور مكسر عن مدن عدن "
     "الأخرى.", "سيطرة"),
]


@pytest.mark.parametrize("text, trigger", NOT_FOUND)
def test_no_place(text, trigger):
    assert places_of(text, trigger) == []


def test_front_in_a_whole_article():
    # fresh13: the strikes on targets في محور الصابري وشارع الشريف, read in the article
    doc, e = article_event("fresh13/libyan-air-force-strikes-benghazi-sabri",
                           "استهدفت عدة اهداف", "استهدفت")
    assert [doc.span_text(r) for r in e.location][:1] == ["الصابري"]
