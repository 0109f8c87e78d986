"""ner43 (issue 14): false places read after an area noun.

A plural area noun (مناطق، قرى، أحياء ...) names its places in a list; a lone definite word
after it that the ANERcorp train split uses and never inside a name, or that has a verbal
noun's shape, or that a definite adjective describes, says what the areas are, not which
(`areas._plural_description`): «مناطق التماس»، «مناطق الاقتتال»، «مناطق الشقق السكنية». A
list going on after the word (و), a word the split never saw (الكصيبة) and a place the KB
knows stay names.

An indefinite nationality adjective right after an indefinite area noun agrees with it
(`nonames.nisba_after_area_noun`): «أول مدينة سورية»، «بلدة سورية في الجولان» are a Syrian
city and town, not Syria, whose name سورية also spells. The country after a preposition stays.

Sentences from the dev sets (fresh2, fresh11, fresh19, fresh23) and the unannotated news
(snn_region_0361, snn_syria_0042, snn_syria_0090, snn_syria_0210, snn_syria_0222,
snn_syria_0323, snn_syria_0327, snn_syria_0387, snn_syria_0409)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names

# (sentence, names expected with their type, spans that must not be found)
PLURAL_DESCRIPTIONS = [
    # fresh11: the friction zones of a city
    ("وتأتي محافظة الخليل في المرتبة الثانية من حيث عدد الأطفال المعتقلين، وتتركز اعتقالاتهم "
     "في مناطق التماس في المدينة.",
     {"الخليل": "LOC"}, ["التماس"]),
    # snn_syria_0222: the same phrase, between two countries
    ("وهل تقبل بفرض حظر طيران في مناطق التماس بينها وبين الأردن وسوريا؟",
     {"الأردن": "LOC", "سوريا": "LOC"}, ["التماس"]),
    # fresh19: the zones of fighting (a verbal noun, افتعال)
    ("وتهجيرهم وأسرهم إلى مناطق أكثر أمناً في البلاد، بعيداً عن مناطق الاقتتال.",
     {}, ["الاقتتال"]),
    # snn_region_0361: a common noun a definite adjective describes
    ("والمتواجدة في مناطق الشقق السكنية والملعب غرب الرمادي.",
     {"الرمادي": "LOC"}, ["الشقق", "الشقق السكنية"]),
]

PLURAL_NAMES = [
    # fresh2: a village name the train split never saw
    ("شنت عملية عسكرية على قرى الكصيبة التابعة لأطراف ناحية قرة تبة ومنطقة جبال حمرين شمال "
     "شرقي بعقوبة.",
     {"الكصيبة": "LOC"}, []),
    # fresh23: a list goes on after the first name
    ("واستطاعت فرض سيطرتها على مناطق الشيحة والدواية والستر والبو جاسم.",
     {"الشيحة": "LOC", "الدواية": "LOC"}, []),
    # snn_syria_0387: an everyday word (الحدث) opening a list of towns
    ("بعد سيطرة التنظيم على بلدات الحدث وحوارين ومهين التي تبعد فقط عشرة كيلومترات عن "
     "المدينة.",
     {"الحدث": "LOC"}, []),
    # snn_syria_0409: the coast's cities, then Homs
    ("حيث اختصرت الدولة العلوية في مدن الساحل وحمص.",
     {"الساحل": "LOC", "حمص": "LOC"}, []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PLURAL_DESCRIPTIONS + PLURAL_NAMES)
def test_plural_area_nouns(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


NISBAS = [
    # snn_syria_0323: the first Syrian city the opposition took
    ("بالنسبة لقوات المعارضة، تتمتع الزبداني بأهمية رمزية، كونها أول مدينة سورية سيطرت عليها "
     "بعد اندلاع الأزمة السورية في مارس (آذار) 2011.",
     {"الزبداني": "LOC"}, ["سورية"]),
    # snn_syria_0327: a Syrian town in the Golan
    ("وكان ملاحظًا السرعة التي تحركت بها إسرائيل لمهاجمة عناصر من حزب الله عندما دخلوا بلدة "
     "سورية في الجولان.",
     {"إسرائيل": "LOC", "الجولان": "LOC"}, ["سورية"]),
    # snn_syria_0210: wide Syrian areas
    ("في ظل وجود «داعش» و«جبهة النصرة» في مناطق سورية واسعة، التفكيرُ بمثل هذا المقترح.",
     {}, ["سورية"]),
    # snn_syria_0090: Syrian areas, then the places listed
    ("قال إن الطريق إلى تحرير القدس يمر بمناطق سورية عديدة أبرزها القلمون، والسويداء، "
     "والزبداني، والحسكة.",
     {"القلمون": "LOC", "الزبداني": "LOC"}, ["سورية"]),
]

COUNTRY_KEPT = [
    # snn_syria_0042: Syria after a preposition is the country
    ("أما الدعم الإنساني والإغاثي فالمملكة مانح رئيسي للمنظمات الإنسانية والإغاثية العاملة "
     "في سورية وفي الدول المستقبلة للاجئين السوريون.",
     {"سورية": "LOC"}, []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), NISBAS + COUNTRY_KEPT)
def test_nisba_after_area_noun(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)
