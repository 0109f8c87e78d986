"""ner37 (issue 14): small places named after an area noun that the tagger misses.

- Battlefronts and military axes name the place they hold (data/ner/area_heads.txt, `front`):
  «جبهة المخدرة»، «محور الشلاح»; a definite verbal noun or a feminine adjective after them names
  no place (جبهات الاستنزاف، الجبهة الشعبية: `areas.front_word`), nor does an everyday word a
  place phrase follows (جبهات القتال بمنطقة الرضمة).
- A list announced after a plural area noun and its adjective (data/ner/list_bridges.txt: هي،
  مثل، في …): «جبهات عدة في صرواح والنجفة» (`areas._bridged_list`); no bridge, no list («مناطق
  محافظة لحج واصلت»).
- A list after a plural area noun whose first name is an everyday word, when a later one is no
  everyday word: «أحياء التحرير الأسفل، والضبوعة، والمسبح» (`areas._opened_list`).
- Names joined by و inside quotes after an area noun: «منطقة "القفر والمخادر"»
  (`areas._quoted_list`).
- Construct openers after an area noun (data/ner/area_openers.txt): «منطقة قرن الصابحية»،
  «جبهة كرم الطراب»، «قريتي خربة الناقوس».
- One word the KB names a place by, though an everyday word, after a singular area noun:
  «جبهة العند»، «جبل مران» (`areas._kb_place_word`).

Sentences from the dev sets (fresh3, fresh13, fresh21) and the unannotated news
(`scripts/free_news.py --drop-dev`: snn_region_0034, 0112, 0457, 0626, 0728, 0783; snn_syria_0078,
0092, 0252, 0262, 0332, 0387, 0424, 0452)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names
from rasd.entities.areas import front_word
from rasd.entities.features import norm_word

# (sentence, names expected with their type, spans that must not be found)
ROWS = [
    # snn_region_0112: a front at a village
    ("وقالت مصادر إن تقدم المقاومة جاء بعد هجمات على جبهة المخدرة غرب المدينة.",
     {"المخدرة": "LOC"}, []),
    # snn_syria_0092: a front at a town with no article
    ("وذلك خلال اشتباكات بين الطرفين، على جبهة حندرات في ريف حلب الشمالي.",
     {"حندرات": "LOC"}, []),
    # snn_syria_0078: an axis
    ("هجومًا مفاجئًا على مواقع القوات السورية النظامية عند محور الشلاح جنوب شرقي مدينة الزبداني، "
     "دارت على أثرها اشتباكات بين الطرفين.",
     {"الشلاح": "LOC"}, []),
    # snn_region_0783: the fronts of fighting, placed by a later area noun, are no place
    ("وخسائر تكبدتها الجماعة في مواجهات مباشرة مع المقاومة في جبهات القتال بمنطقة الرضمة.",
     {"الرضمة": "LOC"}, ["القتال"]),
    # fresh3: a list after a plural noun, its adjective and في
    ("وقال: لدينا جبهات عدة في صرواح والنجفة والمخدرة والجدعان وعلى حدود طولها 150كم.",
     {"صرواح": "LOC", "النجفة": "LOC", "المخدرة": "LOC", "الجدعان": "LOC"}, []),
    # snn_region_0626: no bridge word, no list: «واصلت» is a verb
    ("وفيما واصلت المقاومة الشعبية عمليات تطهير وتمشيط الجيوب الحوثية المتبقية في بعض مناطق "
     "محافظة لحج واصلت طائرات التحالف ضرباتها الجوية.",
     {"لحج": "LOC"}, ["اصلت", "واصلت"]),
    # fresh21: a list opened by an everyday word and its adjective
    ("استهدفت عدداً من الأحياء السكنية بالمدينة، شملت أحياء التحرير الأسفل، والضبوعة، والمسبح، "
     "ووادي القاضي، إضافة إلى منطقة جبل جرة.",
     {"التحرير الأسفل": "LOC", "الضبوعة": "LOC", "المسبح": "LOC"}, []),
    # snn_syria_0424 and 0387: lists after a plural noun
    ("جددت قوات الأسد قصفها على مدينة تلبيسة وقرى الحولة وأم شرشوح والهلالية في ريف حمص "
     "الشمالي.",
     {"أم شرشوح": "LOC", "الهلالية": "LOC"}, []),
    ("يشعرون بقلق كبير خصوصًا بعد سيطرة التنظيم على بلدات الحدث وحوارين ومهين التي تبعد فقط "
     "عشرة كيلومترات عن المدينة.",
     {"الحدث": "LOC", "حوارين": "LOC", "مهين": "LOC"}, []),
    # snn_region_0783: names joined by و in quotes
    ('واستطاعت قبائل في منطقة "القفر والمخادر" من وقف تعزيزات عسكرية لجماعة الحوثي.',
     {"القفر": "LOC", "المخادر": "LOC"}, ["القفر والمخادر"]),
    ('إن المقاومة الشعبية طردت خلال اليومين الماضيين، مسلحي الحوثي من مديريات "السدة والرضمة '
     'وحزم العدين" والمواجهات الآن تتركز في مناطق مديرية المخادر.',
     {"السدة": "LOC", "الرضمة": "LOC"}, []),
    # construct openers: snn_region_0112, 0457; snn_syria_0252, 0262, 0332
    ("وقالت المصادر إن الثوار حاصروا مجموعة من المسلحين في منطقة قرن الصابحِية، وأدت الاشتباكات "
     "إلى مقتل 14.",
     {"قرن الصابحِية": "LOC"}, []),
    ("ورجال المقاومة الشعبية من قبائل الصبيحة، وصلت إلى منطقة سيلة المخراج على مشارف القاعدة.",
     {"سيلة المخراج": "LOC"}, []),
    ("وكانت جبهة النصرة قد اعتقلت مقاتلين في جبهة كرم الطراب بحلب في 24 مارس (آذار) الماضي.",
     {"كرم الطراب": "LOC", "جبهة النصرة": "ORG"}, ["كرم"]),
    ("وقال المرصد إن من بين هذه المناطق قريتي خربة الناقوس والمنصورة والمناطق المحيطة بهما.",
     {"خربة الناقوس": "LOC"}, ["خربة"]),
    ('وكل من يحمل السلاح في بلدات عين الكروم وسلهب ومحردة ونهر البارد وشطحة توجه نحو جورين".',
     {"عين الكروم": "LOC", "سلهب": "LOC"}, []),
    # a KB place that is also an everyday word, after a singular area noun: snn_region_0034,
    # snn_region_0728, fresh13
    ("وقال قائد نصر لـ«الشرق الأوسط» بأن مقاتلي جبهة العند تمكنوا من السيطرة على الخط العام.",
     {"العند": "LOC"}, []),
    ("اصطفّت بأجنحتها أعلى جبل مران بصعدة، لمهاجمة مليشيات الحوثي.",
     {"جبل مران": "LOC", "صعدة": "LOC"}, []),  # kb22: the mountain is a KB place
    ("والمتمثل في محور العند بقيادة العميد ركن فضل حسن.", {"العند": "LOC"}, []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS)
def test_names(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


# (the word after a front or axis noun, whether it may name a place)
FRONT_ROWS = [
    ("الاستنزاف", False),  # استفعال
    ("الاجتياح", False),  # افتعال
    ("الانسحاب", False),  # انفعال
    ("التحرير", False),  # تفعيل
    ("المواجهة", False),  # مفاعلة
    ("الشعبية", False),  # a feminine relational adjective: the front described
    ("المخدرة", True),
    ("الضباب", True),
    ("الجمهوري", True),  # a quarter of Taiz: a masculine nisba is a name
    ("تكريت", True),  # an indefinite word is left to the area grammar
]


@pytest.mark.parametrize(("word", "place"), FRONT_ROWS)
def test_front_word(word: str, place: bool) -> None:
    assert front_word(norm_word(word)) is place
