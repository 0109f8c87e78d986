"""Flight (فر، هرب، فرار، الهروب) is a retreat (RETREAT withdraw, events22) when the one who
flees is an armed party or what it flees is a front: the word before the verb, the word after
it or the noun's genitive names fighters (عشرات الانقلابيين فروا، فرار المسلحين الحوثيين), or
what follows من is a front, a camp or a position (فرت من جبهات عدن، الهرب من الموقع).
Civilians and refugees fleeing, desertion in amnesty decrees, the idiom كر وفر and وفر
"provided" read as و + فر are no event. A flight's place (where the party left or went) is
not carried to the next deed. Sentences from the dev sets (fresh11, fresh13), the demo corpus
and the region news, each named."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    doc = extract_text(text, published="2015-08-01")
    return [(e.type, doc.span_text(e.trigger), [doc.span_text(r) for r in e.actor],
             [doc.span_text(r) for r in e.location]) for e in doc.events]


FLIGHT_WORDS = ("فر", "هرب", "هروب")

FLED = [
    # fresh11 (Abyan): fighters before the verb
    ("وقال إن عشرات الانقلابيين فروا من معسكر اللواء 15 ومواقعه في المدينتين باتجاه محافظة "
     "البيضاء.", "فروا", "عشرات الانقلابيين"),
    # fresh13 (Lahj): the noun's genitive is the party that fled
    ("وسيطرت المقاومة على مديرية لودر بعد فرار المسلحين الحوثيين منها.", "فرار",
     "المسلحين الحوثيين"),
    # fresh13 (Shuqra): what it fled is a front
    ("وكانت الزوارق تقل عناصر من ميليشيات الحوثي وصالح بعد أن فرت من جبهات عدن ولحج.", "فرت",
     None),
    # fresh13 (al-Bayda): the soldiers before the flight noun of لاذ بالفرار
    ("وقصفت المقاومة موقعا لقائد حوثي قبل أن يلوذ جنوده بالفرار.", "الفرار", None),
    # region news snn_region_0666: rebels fleeing their positions
    ("وأضافت المصادر أن المتمردين فروا من مواقعهم، بسبب تقدم المقاومة ووحدات الجيش الوطني.",
     "فروا", "المتمردين"),
    # demo snn_syria_0162: the militias' flight, a genitive
    ("وأكد سيطرة المقاومة الشعبية على القصور الرئاسية بعد هروب الميليشيات الحوثية.", "هروب",
     "الميليشيات الحوثية"),
    # region news snn_region_0457: fled a base, after a count
    ("وبدأت المقاومة باقتحام قاعدة العند بعد فرار العشرات من ميليشيات الحوثي وصالح من القاعدة.",
     "فرار", None),
]


@pytest.mark.parametrize(("text", "word", "actor"), FLED)
def test_armed_flight_is_a_retreat(text: str, word: str, actor: str | None) -> None:
    found = events(text)
    hits = [f for f in found if f[0] == "RETREAT" and word in f[1]]
    assert hits, found
    if actor is not None:
        assert actor in hits[0][2], found


NOT_FLED = [
    # demo snn_syria_0273: a civilian fleeing his city
    "عام 2012، فر فؤاد من حلب ليستقر بمدينة كيليس التركية الحدودية.",
    # demo snn_syria_0324: refugees
    "وذكرت المفوضية أمس أن نحو مائة ألف يمني فروا من البلاد منذ نهاية مارس (آذار) الماضي.",
    # demo snn_syria_0302: fleeing the heat
    "من سكان وسط دمشق تقول إنها هربت من الحر وانقطاع الكهرباء وقلة الماء في دمشق إلى بيروت.",
    # demo snn_syria_0114: desertion in an amnesty decree
    "وأصدر الرئيس بشار الأسد مرسوما تشريعيا يقضي بمنح عفو عام عن جرائم الفرار الداخلي "
    "والخارجي.",
    # demo snn_syria_0329: the idiom كر وفر
    "وأشاروا إلى أن المعارك كانت عبارة عن عمليات كرّ وفرّ تمكن خلالها مقاتلو الفصائل من "
    "استعادة نقاط.",
    # demo snn_syria_0260 and region news snn_region_0400: وفر, provided
    "وبالمثل فقد وفر حزب العمال الكردستاني القوات البرية للسيطرة على الأراضي.",
    "وفي سياق متصل، وفر برنامج الأغذية العالمي مواد غذائية لحوالي 340 ألف شخص.",
    # demo snn_syria_0063: وفرت, provided, with a people's refuge after it
    "وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من المدينة ووفرت لهم ملاذات "
    "آمنة.",
    # demo snn_syria_0465: a killer fleeing the scene, no party
    "سحب كلاشنكوف روسية وهو جالس ورمى أخي بين 5 إلى 6 طلقات من الرصاص وهرب فوراً.",
]


@pytest.mark.parametrize("text", NOT_FLED)
def test_other_flight_is_no_event(text: str) -> None:
    found = events(text)
    assert not any(f[0] == "RETREAT" and any(w in f[1] for w in FLIGHT_WORDS)
                   for f in found), found


def test_flight_place_not_carried() -> None:
    """fresh11: the camp the rebels fled and the province they fled to are not where the
    bombardment told in the next sentence was."""
    text = ("وقال المصدر إن عشرات الانقلابيين فروا من معسكر اللواء 15 باتجاه محافظة البيضاء. "
            "وأضاف أن طائرات التحالف شنت قصفا عنيفا لمواقع المتمردين.")
    found = events(text)
    assert any(f[0] == "RETREAT" for f in found), found
    bomb = [f for f in found if f[0] == "ASSAULT"]
    assert bomb and not any("البيضاء" in p for p in bomb[0][3]), found
