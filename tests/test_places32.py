"""The one land a deed's sentence names (places32, issue 12: `context_places.one_land`): a deed
with no place whose sentence names no specific place, only one country or region as a place,
happened there, across a clause edge too (وتعاني شبكة الكهرباء في ليبيا أعطالا … جراء
استهداف الأبراج … بسبب الاشتباكات). Each row is a dev article, a fragment of the deed's
sentence, its trigger and the place a reader records; every FOUND row has no place on main
e53d1cf6. LEFT rows are deeds the pass must leave: a land where someone goes (أعيداني الى
فرنسا), two lands, a land named as where the deeds' fighters went back to. The FREE rows are
sentences of the free news (saudinewsnet, not annotated) run alone: two lands a reader takes,
and a land after على, after a word of going, and before a deed that dates its clause (بعد أن),
each of which the pass gave before its guard."""

from __future__ import annotations

import pytest

from event_helpers import article_event, places_of

FOUND = [
    # a land after من داخل, the deeds in the clauses after it
    ("fresh5/asir-jazan-houthi-shells-guards-killed", "من داخل اليمن", "استهداف", "اليمن"),
    ("fresh5/asir-jazan-houthi-shells-guards-killed", "من داخل اليمن", "تدمير", "اليمن"),
    # the land of the sentence's first clause, the deeds in the clauses of its cause
    ("fresh19/libya-three-tankers-hariga-brega-ports-closed-militia-fighting-power-grid-two-"
     "governments", "شبكة الكهرباء في ليبيا", "استهداف", "ليبيا"),
    ("fresh19/libya-three-tankers-hariga-brega-ports-closed-militia-fighting-power-grid-two-"
     "governments", "شبكة الكهرباء في ليبيا", "الاشتباكات", "ليبيا"),
    # a region the sentence opens with, the deed in a relative clause after it
    ("fresh13/boko-haram-slaughters-ten-fishermen-baga-lake-chad", "ومنطقة بحيرة تشاد",
     "الاستيلاء", "بحيرة تشاد"),
]

LEFT = [
    # where someone asks to be taken: no scene of the deed after it
    ("fresh3/yemen-french-hostage-prime-freed", "أعيداني الى فرنسا", "قتل"),
    # two lands, neither in the other: the sentence does not say which
    ("fresh27/turkish-official-syrian-kurds-not-targets-after-tanks-shell-kurdish-held-villages-"
     "ypg-says-positions-hit-probe-pkk-strikes-after-suruc", "في سوريا والعراق", "تستهدف"),
    # where fighters went back to after the battles, not where these were
    ("fresh25/austrian-court-jails-chechen-five-years-after-syria-trip-earlier-sentences-"
     "vienna-2014-raids-150-tried-to-leave-30-killed", "عادوا إلى النمسا", "المعارك"),
]


@pytest.mark.parametrize("name,fragment,trigger,expected", FOUND)
def test_one_land_of_the_sentence(name: str, fragment: str, trigger: str,
                                  expected: str) -> None:
    doc, e = article_event(name, fragment, trigger)
    assert [(doc.span_text(r), r.basis, r.via) for r in e.location] == [
        (expected, "sentence", "one_land")]


@pytest.mark.parametrize("name,fragment,trigger", LEFT)
def test_no_land_given(name: str, fragment: str, trigger: str) -> None:
    doc, e = article_event(name, fragment, trigger)
    assert not any(r.via == "one_land" for r in e.location), \
        [(doc.span_text(r), r.via) for r in e.location]


FREE_FOUND = [
    ("دعا وزير الخارجية الاسباني خوسية مانويل جارسيا مارغالو وسائل الإعلام امس للتعامل بحرص مع "
     "قضية صحفيين مستقلين اسبان قالت وسائل إعلام اسبانية الثلاثاء إنهم فقدوا في سوريا ومن "
     "المعتقد أنهم قد خطفوا.", "خطفوا", "سوريا"),
    ("يذكر أن مركز الملك سلمان للإغاثة والأعمال الإنسانية يقوم حاليا بإعادة وتأهيل المستشفيات "
     "داخل اليمن عبر برامج منظمة للنهوض بالخدمات الطبية والعلاجية في المستشفيات اليمنية، "
     "بتقديم المساعدات العاجلة للشعب اليمني للتخفيف من معاناتهم.", "تقديم المساعدات", "اليمن"),
]

FREE_LEFT = [
    # after على: what a deed is done against (a state is a party)
    ("كما اتخذت المحكمة قرارا بالإجماع بتجريم المتهم بجناية دس الدسائس لدى دولة أجنبية لدفعها "
     "لمباشرة العدوان على سوريا، إضافة إلى جرم الفتنة وإثارة النعرات الطائفية والاقتتال بين "
     "السوريين وإذاعته أنباء كاذبة.", "اقتتال"),
    # after في within three words of a word of going: where they went to fight
    ("قال مكتب الادعاء العام الفيدرالي، إنه بين عامي 2012 و2014 قام أحد المشتبه بهم الرئيسيين "
     "ويدعى خالد (41 عاما) بتجنيد أعداد من الشباب للسفر للقتال في سوريا، وحدث ذلك في الصالات "
     "الرياضية والمساجد الصغيرة وعمل المتهم الرئيسي على إقناعهم بحمل السلاح وجرى اعتقال خالد "
     "ومعه أشخاص آخرون في فبراير (شباط) الماضي.", "اعتقال"),
    # a deed after بعد أن dates the clause before it
    ("وقال ستافان دي ميستورا -وهو ثالث شخصية تتولى رئاسة مفاوضات الأمم المتحدة لإحلال السلام في "
     "سوريا بعد أن انسحب اثنان قبله- إنه يعتقد أن الأطراف غير مستعدة للدخول في محادثات سلام.",
     "انسحب"),
]


@pytest.mark.parametrize("text,trigger,expected", FREE_FOUND)
def test_one_land_in_free_news(text: str, trigger: str, expected: str) -> None:
    assert places_of(text, trigger) == [(expected, "sentence")]


@pytest.mark.parametrize("text,trigger", FREE_LEFT)
def test_no_land_in_free_news(text: str, trigger: str) -> None:
    assert places_of(text, trigger) == []
