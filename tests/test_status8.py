"""Past spans (status8; the convention settled 2026-12-06, tests/gold/README.md rule 16): a
deed dated by a span of weeks, months or years up to the news (في الأسابيع الأخيرة، خلال
الفترة الماضية، في السنوات العشر الأخيرة، في نهاية العام الماضي) is background, `historical`;
one of hours or days (خلال الأيام القليلة الماضية), or lately (في الآونة الأخيرة), is the
news, `asserted`; so is one the span is not next to. (A row on a search said to go on still,
ما زال يبحث عن, went with the search: بحث عن is no CONSULT event, test_search_sense.py.)
Real sentences: dev articles of four outlets and the demo corpus (demo-data/saudinewsnet),
each with its article's date."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def status_of(text: str, word: str, published: str) -> str:
    doc = extract_text(text, published=published)
    found = [e.status for e in doc.events if word in doc.span_text(e.trigger)]
    assert found, f"no event on {word}: {[doc.span_text(e.trigger) for e in doc.events]}"
    return found[0]


SPANS = [
    # weeks, months, years, a period: background (fail on main bbe3cbbf)
    ("وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني في جبال "
     "قنديل بشمال العراق، وقد أعلنت سلطات إقليم كردستان العراق عن سقوط مدنيين جراء القصف "
     "التركي.", "غارات", "2015-08-05", "historical"),  # fresh11 qatar-reservation
    ("صرح الناطق باسم الحكومة الفلسطينية «ايهاب بسيسو»: «إن فلسطين وثَّقتْ خلال السنوات "
     "العشر الأخيرة 11 ألف اعتداء من المستوطنين الإسرائيليين بحق أبناء الشعب الفلسطيني "
     "الأعزل.", "اعتداء", "2015-08-10", "historical"),  # fresh10 palestine-11000
    ("وتكافح قوات الامن الافغاني للقضاء على التمرد وانسحب معظم أفراد القوات الامريكية "
     "والاجنبية في نهاية العام الماضي.", "انسحب", "2015-07-27", "historical"),  # region
    ("وقالت تقارير اعلامية محلية ان الاشتباكات قريبة من قرية البيلي - الى الشرق من بلدة "
     "كِلِس التركية - ومنطقة أرسلت اليها تركيا تعزيزات في الاسابيع الاخيرة.", "تعزيزات",
     "2015-07-23", "historical"),  # demo snn_syria_0052
    ("وذكر مصدر اعلامي في الائتلاف الوطني لقوى الثورة والمعارضة السورية ان دي ميستورا "
     "التقى خلال الفترة الأخيرة ممثلين عن مجموعات سياسية وعسكرية في المعارضة في الأردن "
     "ومصر وتركيا.", "التقى", "2015-07-24", "historical"),  # demo snn_syria_0083
    ("لكن هنالك واقعة مقتل أربعة من متطوعي الهلال الأحمر، من شركائنا في العمل الإنساني "
     "والميداني، الذين قتلوا خلال الفترة الماضية، وهم يقومون بعملهم الإنساني.", "قتلوا",
     "2015-08-09", "historical"),  # region news snn_region_0706
    # hours or days, lately: the news at hand
    ("حيث أفادت مصادر الجزيرة في الضفة الغربية والقدس المحتلة أن قوات الاحتلال اعتقلت "
     "خلال الأيام القليلة الماضية أكثر من 30 فلسطينياً بينهم نساء وأطفال.", "اعتقلت",
     "2015-07-23", "asserted"),  # fresh10 jenin-burqin
    ("وتشن تركيا في الآونة الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني في جبال "
     "قنديل بشمال العراق.", "غارات", "2015-08-05", "asserted"),  # lately: no unit of time
    # a span further on in the sentence dates another deed (fresh11 paktika)
    ("وقال الجيش لصحفيين يرافقون وزير الدفاع الأمريكي آشتون كارتر في زيارته لأربيل عاصمة "
     "كردستان العراق إن الضربة التي نُفذت في بكتيكا هي أحدث الضربات الأمريكية لمكافحة "
     "الإرهاب في أفغانستان خلال الأسابيع القليلة الماضية، وإنها تسببت أيضاً في مقتل اثنين "
     "من المتشددين.", "ضربة", "2015-07-25", "asserted"),
]


@pytest.mark.parametrize("text,word,published,expected", SPANS)
def test_a_deed_dated_by_weeks_months_or_years_is_background(text, word, published, expected):
    assert status_of(text, word, published) == expected
