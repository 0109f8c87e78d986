"""ner40 (issue 14): names the KB knows, missed in context although a list or a locative
phrase names them.

- A two-letter KB name written with its hamza after a clitic (وإب، بإب) is the name: a hamza
  on alif opens a word and no word's tail is written so (باب, دباب stay words); فإن stays
  the particle (`ruler._false_proclitic`).
- A KB name that needs a context word is listed (و or a comma) right after a name of its
  type that any pass found, not only after a KB mention: the list is its context
  (`ruler._listed_kb_names`), and the link stage keeps the place's link when the place
  listed right after it is linked (`link.refuse_unlicensed_places`, `_listed_place(after=True)`).
- ك "such as" joined to a hand-checked city written with its article names it as في does
  («بمدن رئيسة كالموصل»), unless a definite word follows (the everyday noun and its
  adjective).
- A gazetteer town (no everyday word) right before ب/في and a division noun
  (data/ner/division_nouns.txt) is the town: «في كرش بمحافظة لحج»; not after ك («كمينا
  بمنطقة»: an ambush).

Sentences from the dev sets (fresh5, fresh11, fresh17, fresh21) and the unannotated news
(snn_region_0251, 0670, 0688)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names

# (sentence, names expected with their type, spans that must not be found)
ROWS = [
    # fresh11: a list of governorates; إب written with its hamza after و, البيضاء listed before it
    ("وفيما تؤكد مصادر داخل المقاومة قرب فتح جبهات قتال جيدة ضد المتمردين في محافظات وسط اليمن، "
     "مثل البيضاء، وإب، وذمار، لطرد عناصر التمرد التي تسيطر على المنطقة كلها.",
     {"إب": "LOC", "البيضاء": "LOC", "ذمار": "LOC"}, []),
    # fresh11: no إب out of الشباب, دبابات or الانقلابيين
    ("وقال المركز الإعلامي للمقاومة إن مئات الشباب يتدافعون على مراكز التجنيد، بعد أن تلقى "
     "المتمردون تعزيزات ضخمة تشمل دبابات وأسلحة ثقيلة، وفر عشرات الانقلابيين من معسكر اللواء 15.",
     {}, ["إب", "اب"]),
    # snn_region_0670: فإن is the particle, not ف + a name starting إن
    ("وبحسب تقرير للامم المتحدة فإن صالح الذي بقي في السلطة 33 عاما قبل ان يضطر الى التنحي اثر "
     "انتفاضة شعبية عام 2012 استفاد من الفساد لجمع ثروة تقدر ما بين 30 و32 مليار دولار.",
     {}, ["إن صالح"]),
    # snn_region_0251: a town listed after a front the head pass found
    ("حيث دفعت بتعزيزات عسكرية من منطقة \"مكيراس\" بمدينة البيضاء الواقعة وسط اليمن باتجاه جبهة "
     "عكد ولودر في أبين.",
     {"لودر": "LOC", "أبين": "LOC"}, []),
    # snn_region_0688: quarters listed in quotes
    ("مشيراً إلى أن من بين الأحياء التي تعرضت للقصف في المدينة، \"باب موسى\" و\"الروضة\" "
     "و\"الجمهوري\"، بحسب المصدر.",
     {"الروضة": "LOC"}, []),
    # fresh17: ك "such as" before a city with its article
    ("إلّا أنّ الاخير لا يزال يحتفظ بمدن رئيسة كالموصل كبرى مدن الشمال، والرمادي والفلوجة.",
     {"الموصل": "LOC", "الرمادي": "LOC", "الفلوجة": "LOC"}, []),
    # fresh21: a town located by its governorate
    ("وقد تمكنت القوات والمقاومة، أمس، من السيطرة على «معسكر لبوزة» في كرش بمحافظة لحج، بعد "
     "مواجهات عنيفة.",
     {"كرش": "LOC", "لحج": "LOC"}, []),
    # fresh5: كمينا is an ambush, no town مينا
    ("كما أنشأت كمينا بمنطقة دوار القادود في مدينة رفح، والذي هاجمته عناصر مسلحة قبل يومين أثناء "
     "عمليات إنشائه.",
     {"رفح": "LOC"}, ["مينا", "كمينا"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS)
def test_names(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)
