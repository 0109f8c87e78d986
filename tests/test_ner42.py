"""ner42 (issue 14): names a word around them announces that the tagger misses.

- A person set off by commas after a role phrase: a role noun (data/ner/apposition_roles.txt
  and the titles of office_titles.txt), its complement, a comma, then two or three name-like
  words closed by a comma or a clause boundary (`persons.named_in_apposition`). Not after و
  (a list goes on), nor where a person already stands in the phrase (its holder).
- مركز names a body by two fields joined by و (`heads.tsv` `fields`, `heads._field_pair`);
  مركز before a place, or with one field, is a place's centre or any centre of its kind.
- A list announced by هي after a counted plural area noun holds as many places as the number
  says, whatever their shape (`areas._counted_list`): «ثلاث قرى فلسطينية هي العقبة ويرزا
  والميتة».

Sentences from the dev sets (fresh, fresh3, fresh4, fresh5, fresh11, fresh13, fresh15,
fresh29) and the unannotated news (snn_region_0361, snn_region_0464, snn_region_0783,
snn_syria_0240, snn_syria_0326)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names

# (sentence, names expected with their type, spans that must not be found)
APPOSITIONS = [
    # fresh: a party's media officer, named after the phrase
    ("وأكد المسؤول الإعلامي للجناح العسكري للحزب، بختيار دوغان، أن الطائرات الحربية التركية "
     "بدأت مساء الجمعة 24 يوليو/تموز قصف مواقع الحزب في الشريط الحدودي، مع قصف مدفعي مكثف”.",
     {"بختيار دوغان": "PER"}, []),
    # fresh13: a member of a party's presidency
    ("وقال عضو في رئاسة الاتحاد الإسلامي الكردستاني، ابوبكر علي، في تصريحات صحافية إن «القوى "
     "الأربع وافقت على بقاء رئيس الإقليم مسعود البارزاني في منصبه حتى عامين إضافيين».",
     {"ابوبكر علي": "PER", "الاتحاد الإسلامي الكردستاني": "ORG"}, []),
    # snn_syria_0240: a member of the coalition's general assembly
    ("وقال عضو الهيئة العامة للائتلاف، خطيب بدلة، في تصريح، إن «اجتماعات الهيئة العامة تأتي "
     "في ظرف حساس».",
     {"خطيب بدلة": "PER"}, []),
    # snn_region_0464: two roles joined by و before the name
    ("من جانبه، يقول الناشط الحقوقي والمدير التنفيذي لمرصد حضرموت لحقوق الإنسان، فادي محروس، "
     "إن مصير المفقودين في هذه الحرب، سيكون ملفاً كبيراً ولن يغلق بسهولة.",
     {"فادي محروس": "PER"}, []),
    # snn_region_0361: the tagger's last name alone made whole, closed by في
    ("وقال رئيس مجلس قضاء الخالدية في محافظة الأنبار، علي داود في حديث لـ«الشرق الأوسط» إن "
     "«طائرة تابعة لقوات التحالف الدولي نجحت في استهداف الإرهابي».",
     {"علي داود": "PER"}, ["داود"]),
    # guard, fresh5: a person named in the phrase, the comma goes on with a list
    ("ووجهت النيابة لأعضاء الجماعة الأربعة المحبوسين، وهم مفتي الإخوان عبدالرحمن البر، "
     "والمتحدث الرسمي باسم الجماعة محمود غزلان، ومحمد سعد عليوة، ومحمد وهدان، اتهامات "
     "بـ\"الانضمام إلى جماعة إرهابية والتحريض على العنف\".",
     {"محمد سعد عليوة": "PER"}, ["ومحمد سعد عليوة"]),
    # guard, fresh15: و after the comma goes on with a list of roles
    ("والعميد (احتياط) عوزي عيلم، الرئيس السابق للجنة الطاقة النووية في ديوان رئيس الحكومة، "
     "والجنرالات السابقين، ديفيد بن بعشاط، وشلومو غازيت.",
     {}, ["والجنرالات السابقين", "الجنرالات السابقين"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), APPOSITIONS)
def test_named_in_apposition(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


CENTRES = [
    # fresh29: an economic research centre, two fields
    ("طالب مركز الدراسات والإعلام الاقتصادي منظمات ووكالات الإغاثة الدولية بتكثيف جهودها "
     "لإيصال المساعدات الإنسانية بصورة عاجلة إلى عدن.",
     {"مركز الدراسات والإعلام الاقتصادي": "ORG"}, []),
    # fresh29: a rights centre, a field with its adjectives and a construct chain after و
    ("من جهة أخرى، دان مركز القانون الدولي الإنساني وحقوق الإنسان، بكل عبارات الإدانة "
     "المصحوبة بالاستنكار الشديد.",
     {"مركز القانون الدولي الإنساني وحقوق الإنسان": "ORG"}, []),
    # snn_region_0783: the same centre, spelt without the hamza
    ("واعتبر مركز الدراسات والاعلام الاقتصادي، وهو مركز يمني متخصص في رصد الوضع الاقتصادي "
     "وتحليل السوق، أي استمرار في تراجع سعر الريال كارثة.",
     {"مركز الدراسات والاعلام الاقتصادي": "ORG"}, []),
    # guard, snn_syria_0326: a city's centre
    ("وتبعد بلدة القريتين، 85 كلم عن مركز مدينة حمص، وتؤوي عددا كبيرا من النازحين.",
     {"حمص": "LOC"}, ["مركز مدينة حمص"]),
    # guard, fresh4: the same before a known city
    ("مؤكدا ان القوات العراقية المشتركة تتقدم باتجاه منطقة البوعيثة وجزيرة الانبار القريبتين "
     "من مركز مدينة الرمادي.",
     {"الرمادي": "LOC"}, ["مركز مدينة الرمادي"]),
    # guard, fresh3: the city's centre, one field
    ("لافتاً إلى أن “هناك تقدماً في المناطق القريبة من مركز المدينة”.",
     {}, ["مركز المدينة"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CENTRES)
def test_centres_named_by_fields(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


COUNTED = [
    # fresh11: three Jordan Valley villages; يرزا has the shape of a verb, العقبة is a word
    ("وأضاف ان سلطات الاحتلال هدمت منشآت سكنية وزراعية وحيوانية و\"بركسات\" في ثلاث قرى "
     "فلسطينية هي العقبة ويرزا والميتة، بحجة البناء دون ترخيص.",
     {"العقبة": "LOC", "يرزا": "LOC", "الميتة": "LOC"}, ["ويرزا", "والميتة"]),
    # guard, fresh13: the counted villages are not listed (no هي)
    ("وهاجم مسلحو بوكو حرام ثلاث قرى قريبة من باغا على بحيرة تشاد في شمال شرقي نيجيريا.",
     {}, ["قريبة"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), COUNTED)
def test_counted_list(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)
