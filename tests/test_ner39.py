"""ner39 (issue 14): names of other wars' news missed or misread by the entity stages.

- A name a list licenses (`ruler._accept`, listed after a name of its type or before one) is
  joined to its word by و alone: after و a preposition opens a phrase of its own, so «كنصفرة
  والبارة وبليون» lists the village بليون, never ب + ليون (Lyon): `ruler._list_preposition`.
- The words qualifying a rank before the name (data/ner/rank_qualifiers.txt, بحري added:
  «المقدم بحري شايع القحطاني») and the preposition على as written
  (data/ner/name_prepositions.txt) are data files, no longer sets in persons.py.
- Trade and civil titles are read as ranks are (naming_words.txt, `title`): «المصور الصحفي
  جلاء العبادي»، «الكابتن فيصل الصباحي»، «الكولونيل ستيف وارن»; the foreign ranks alone are no
  name (not_entities.txt: the tagger's «الكولونيل»).
- حرس heads a guard corps' name, its complement's adjectives and no لل-genitive after them
  (heads.tsv, `nogen`: «رجال حرس الحدود للإصابة» is حرس الحدود); بحيرة a lake's (بحيرة طبرية).
- مكتب heads a body's name when its complement names a field or work (data/ner/heads.tsv,
  `field`: مكتب الصحة والسكان، مكتب الإرشاد), not the office or person whose bureau it is
  (data/ner/holder_nouns.txt: مكتب الوزير، مكتب محافظ البصرة) nor another body (مكتب الرئاسة).

Sentences from the dev sets (fresh4, fresh5, fresh7, fresh10, fresh11, fresh13) and the
unannotated news (snn_syria_0128)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names

# (sentence, names expected with their type, spans that must not be found)
ROWS = [
    # snn_syria_0128: a village listed after two; وبليون is و + بليون, no ليون (Lyon)
    ("وذكر أن «الطيران نفذ أكثر من 15 غارة جوية منذ الصباح الباكر على ريف إدلب، حيث قصف بلدات "
     "كنصفرة والبارة وبليون في جبل الزاوية، ولم ترد أنباء عن وقوع إصابات بشرية.",
     {"البارة": "LOC", "كنصفرة": "LOC"}, ["ليون", "بليون"]),
    # fresh5: بحري qualifies the rank; a first name no list holds, a nisba after it
    ("من جهة أخرى، أكد المقدم بحري شايع القحطاني، المتحدث الإعلامي باسم حرس الحدود في منطقة "
     "جازان، أن دورية تعرضت لإطلاق نار.",
     {"شايع القحطاني": "PER", "جازان": "LOC"}, ["بحري شايع القحطاني"]),
    # fresh4: a health office, its two fields joined by و
    ("وقال مدير عام مكتب الصحة والسكان بالمحافظة “الخضر لصور” سقط ألف قتيل وجرح 9 آلاف آخرين.",
     {"مكتب الصحة والسكان": "ORG"}, []),
    # fresh5
    ("كما جددت نيابة أمن الدولة العليا في مصر أمس حبس أربعة من أعضاء مكتب الإرشاد لجماعة "
     "الإخوان المسلمين 15 يوما على ذمة التحقيقات معهم.",
     {"مكتب الإرشاد": "ORG", "جماعة الإخوان المسلمين": "ORG"}, []),
    # fresh13: the office of a city's health, named with its city as the gold has it (kb24's
    # «بـX» form)
    ("في غضون ذلك، وقال مصدر طبي في مكتب الصحة بعدن لـ«الشرق الأوسط» إن حصيلة أعمال العنف التي "
     "سجلت أول من أمس هي 19 قتيلاً و133 جريحا.",
     {"مكتب الصحة بعدن": "ORG"}, []),
    # fresh11: a governor's bureau is no body's name; the city is
    ("وأمام مكتب محافظ البصرة، تظاهر أمس نحو 500 شخص يرفعون الأعلام العراقية واللافتات.",
     {"البصرة": "LOC"}, ["مكتب محافظ البصرة"]),
    # fresh13: a minister's bureau
    ("وقال بيان من مكتب الوزير: إن المذكرة تتعلق بحادثة \"الدوابشة بشكل خاص وإرهاب المستوطنين "
     "بشكل عام\".",
     {}, ["مكتب الوزير"]),
    # fresh7: a leader's bureau; the group is named inside it
    ("وأضافت: إن الوفد الحوثي وصالح ضم كلًا من مدير مكتب زعيم جماعة الحوثي، مهدي المشاط "
     "والناطق الرسمي للجماعة، محمد عبدالسلام.",
     {"جماعة الحوثي": "ORG"}, ["مكتب زعيم جماعة الحوثي"]),
    # fresh13: another body's bureau (a head noun after مكتب)
    ("أبلغ هذا \"الرياض\" الدكتور محمد علي مارم السكرتير الخاص لرئيس الجمهورية اليمني عبد ربه "
     "منصور هادي مدير مكتب الرئاسة الجمهوري في اليمن وقال: التطورات مستمرة.",
     {"اليمن": "LOC"}, ["مكتب الرئاسة الجمهوري", "مكتب الرئاسة"]),
    # fresh10: the president's bureau
    ("من جهته قال لـ\"الاقتصادية\" مختار الرحبي السكرتير الصحفي بمكتب الرئيس اليمني عبد ربه "
     "منصور هادي، \"إن خالد محفوظ بحاح سيجتمع خلال زياراته.",
     {}, ["مكتب الرئيس اليمني", "بمكتب الرئيس اليمني"]),
    # fresh4: a trade title before a first name no list holds and a family nisba
    ("ضم الاتحاد الدولي للصحفيين صوته إلى صوت نقابة الصحفيين العراقية في مطالبتها لتعزيز سلامة "
     "الصحفيين العراقيين بعد مقتل المصور الصحفي جلاء العبادي في مدينة الموصل، عاصمة محافظة "
     "نينوى.",
     {"جلاء العبادي": "PER", "الموصل": "LOC"}, ["الصحفي جلاء العبادي"]),
    # fresh10: a foreign rank is no person of its own; the name after it is
    ("وقال الكولونيل ستيف وارن، على هامش مرافقته كارتر، إن نحو ثلاثة آلاف جنـدي من الجيش العراقي "
     "دربوا عـلى يد الائتلاف الــدولي.",
     {"ستيف وارن": "PER"}, ["الكولونيل", "الكولونيل ستيف وارن"]),
    # fresh27: a pilot's title
    ("حيث قالت مصادر مقربة من قائد الطائرة الكابتن فيصل الصباحي، في تصريحات إلى \"الوطن\"، إنه "
     "ومُساعديه تلقوا تهديدات.",
     {"فيصل الصباحي": "PER"}, ["الكابتن"]),
    # fresh17: a guard corps named by what it guards
    ("وقال مصدر عسكري للإذاعة العامة الإسرائيلية إن «الجيش وحرس الحدود قاما بعملية في القرية "
     "لاعتقال فلسطيني مطلوب».",
     {"حرس الحدود": "ORG"}, []),
    # fresh5: a لل-genitive after it is the verb's (تعرض ... للإصابة)
    ("كما تعرض سبعة من رجال حرس الحدود للإصابة، وتم نقلهم على الفور إلى المستشفى لتلقي العلاج "
     "اللازم.",
     {"حرس الحدود": "ORG"}, ["حرس الحدود للإصابة"]),
    # fresh13: a lake and its name are one place
    ("وقالت وسائل الاعلام الاسرائيلية انه يشتبه باعمال أخرى، خصوصا بأنه تزعم مجموعة مسؤولة عن "
     "احراق كنيسة الخبز والسمك قرب بحيرة طبرية في 18 حزيران/يونيو الفائت.",
     {"بحيرة طبرية": "LOC"}, []),
    # snn_region_0036: after a title, بان is بأن ("that") written without its hamza
    ("وتفاجأت في المؤتمر الصحفي بان فيصل مدخلي يطلق عليه لقب ميسي الجنوب.",
     {}, ["بان فيصل مدخلي", "بان فيصل"]),
    # snn_region_0495: a title's name ends before an adverb (متعجبا, "astonished")
    ("يقول في البداية المواطن خالد الماربي متعجبا أن يصل سعر شكة السمك بين 200 إلى300 ريال في "
     "جازان.",
     {"خالد الماربي": "PER"}, ["خالد الماربي متعجبا"]),
    # snn_region_0458: a name particle's word continues the name
    ("أما الصحفي صدام أبو عاصم، فقد علق على خطاب الحوثي قائلاً “قالوا عبدالملك الحوثي شبه معركة "
     "عدن بمعركة أحد”.",
     {"صدام أبو عاصم": "PER"}, ["صدام", "أبو عاصم"]),
    # snn_region_0402, 0740: a person's bureau is no body's name; the person stays
    ("وجاء في بيان صادر عن مكتب نتنياهو، في أعقاب العملية: «يعبر رئيس الوزراء عن أسفه».",
     {"نتنياهو": "PER"}, ["مكتب نتنياهو"]),
    ("وجاء في البيان المنشور على الموقع الرسمي لمكتب العبادي أنه واستنادا الى المادة 78 من "
     "الدستور.",
     {}, ["مكتب العبادي", "لمكتب العبادي"]),
    # snn_syria_0384: a definite participle after the name is no family name
    ("وأكد الناشط أبو محمد المتابع لنشاط «داعش» لـ«الشرق الأوسط»، اختطاف التنظيم لـ 220 شخصًا "
     "من القريتين.",
     {"أبو محمد": "PER"}, ["أبو محمد المتابع"]),
    # snn_syria_0119: a president's bureau; the man stays, linked
    ("وذكر مكتب أردوغان في بيان أن ثلاث مقاتلات إف- 16 قصفت مقرين ونقطة تجمع للتنظيم الإرهابي "
     "قبل أن تعود إلى قاعدتها.",
     {"أردوغان": "PER"}, ["مكتب أردوغان"]),
    # snn_syria_0003: a news office named by its field and country, in quotes
    ("في حين كشف «مكتب أخبار سوريا» المعارض، أن «لواء اليرموك التابع للجيش السوري الحر، قصف "
     "بقذائف الهاون تل الشيخ حسين الخاضع لسيطرة النظام.",
     {"مكتب أخبار سوريا": "ORG"}, ["سوريا"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS)
def test_names(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)
