"""ner18 (issue 14): a facility named after a place or a person is an entity of its own
(ميناء شقرة the port beside شقرة the town; entities/facilities.py), and the coalition's
aircraft are the coalition (curated/bare.tsv, orgs.jsonl). Sentences from the dev sets, the
demo corpus and the region news."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity
from rasd.entities.facilities import facility_head, name_facilities
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record
from rasd.text.segment import tokenize

_PIPE = Pipeline()


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _spans(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {doc.span_text(e): (e.type, e.link.id if e.link else None) for e in doc.entities}


# (sentence, facility span expected or None, its type, the place kept as its own entity, the
# facility's link: the KB's airports and ports (kb9) link, the others stay unlinked)
FACILITIES = [
    # fresh13 coalition-warships-*: the port beside the town it is named after
    ("أغرقت البوارج زوارق قبالة سواحل مدينة شقرة في محافظة أبين، وكانت قد انطلقت من ميناء "
     "شقرة في اتجاه مدينة عدن.", "ميناء شقرة", "LOC", "شقرة", "ye-region-port-of-shuqra"),
    # fresh13 taiz-new-front-*: the adjective that classes the airport is in its name
    ("وتقدمت المقاومة في مدينة تعز نحو مطار تعز الدولي والقاعدة العسكرية.",
     "مطار تعز الدولي", "LOC", "تعز", "ye-region-taiz-international-airport"),
    # fresh11 ramadi-olympic-stadium-*
    ("فجر تنظيم داعش ملعب الرمادي الأولمبي بعد انسحابه من مدينة الرمادي.",
     "ملعب الرمادي الأولمبي", "LOC", "الرمادي", None),
    # fresh10 jenin-burqin-*: a hospital is an institution
    ("استشهد شاب في مواجهات في جنين، ونقل جريح إلى مستشفى جنين الحكومي.",
     "مستشفى جنين الحكومي", "ORG", "جنين", None),
    # demo: a regional airport beside its region
    ("وصلت عبر مطار الأحساء الإقليمي جثامين تسعة متوفين من أبناء الأحساء.",
     "مطار الأحساء الإقليمي", "LOC", "الأحساء", None),
    # fresh13 taiz-new-front-*: an adjective that only describes the port ends its name
    ("سيطرت المقاومة على المخاء، وتقدمت نحو ميناء المخاء الاستراتيجي.",
     "ميناء المخاء", "LOC", "المخاء", "ye-region-port-of-mokha"),
    # a place named only inside a facility the KB does not hold stays the entity (fresh13
    # libyan-air-force-*'s ميناء بنغازي is a KB port since kb9, found whole and linked)
    ("وقصفت الطائرات ميناء درنة وطريق المطار.", None, "", "درنة", None),
    # region news: a base the KB holds keeps its name and link after another head
    ("أكمل 680 متطوعا تدريباتهم في معسكر قاعدة الحبانية في محافظة الأنبار.", None, "",
     "قاعدة الحبانية", None),
]


@pytest.mark.parametrize(("text", "facility", "etype", "place", "link"), FACILITIES)
def test_facility_named_after_place(text: str, facility: str | None, etype: str,
                                    place: str, link: str | None) -> None:
    got = _spans(_doc(text))
    assert place in got, got
    assert got[place][0] == "LOC"
    facilities = [s for s in got if s.endswith(place) and s != place and " " in s
                  and facility_head(s.split()[0]) is not None]
    if facility is None:
        assert not facilities, got
    else:
        assert got.get(facility) == (etype, link), got


def test_person_inside_facility_is_the_facility() -> None:
    # fresh13 anbar-advance-*: the mosque, not the companion it is named after
    got = _spans(_doc("وقصفت طائرات مسجد أبي أيوب الأنصاري في حي الجولان بالفلوجة."))
    assert got.get("مسجد أبي أيوب الأنصاري") == ("LOC", None), got
    assert "أبي أيوب الأنصاري" not in got


def test_name_facilities_keeps_ids_unique_and_places() -> None:
    text = "وصل الوفد إلى مطار دمشق الدولي ثم إلى دمشق."
    doc = Document(text=text)
    doc.tokens = tokenize(text)
    first = text.index("دمشق")
    second = text.rindex("دمشق")
    ents = [Entity(first, first + 4, "e1", "LOC", None), Entity(second, second + 4, "e2", "LOC")]
    out = name_facilities(doc, ents)
    assert [doc.span_text(e) for e in out] == ["دمشق", "مطار دمشق الدولي", "دمشق"]
    assert len({e.id for e in out}) == 3


# the coalition's aircraft are the coalition of the report's war
COALITION = [
    # fresh13 resistance-takes-lawdar-*
    ("وشن طيران التحالف العربي غارات على مواقع الحوثيين في محافظة مأرب شرق صنعاء في اليمن.",
     "طيران التحالف العربي", "org-saudi-led-coalition"),
    # fresh4 nineveh-coalition-strikes-*
    ("وقصفت مقاتلات التحالف الدولي مواقع تنظيم داعش في قرية تل شعير غرب الموصل في العراق.",
     "مقاتلات التحالف الدولي", "org-us-led-coalition"),
]


@pytest.mark.parametrize(("text", "name", "link"), COALITION)
def test_coalition_aircraft_are_the_coalition(text: str, name: str, link: str) -> None:
    got = _spans(_doc(text))
    assert got.get(name) == ("ORG", link), got


# after «منطقة», a Saudi region the KB names «منطقة X» is the region, not its capital city;
# another place after «منطقة» keeps its reading
AREAS = [
    # fresh13 najran-shells-*: the region's civil defence and the city hit, two referents
    ("قال المتحدث الاعلامي للدفاع المدني بمنطقة نجران إن قذيفة سقطت على محل تجاري بمدينة "
     "نجران.", [("sa-region-najran", 1), ("gn-sa-najran", 1)]),
    # region news: the passports of a region
    ("كشف المتحدث الرسمي بجوازات منطقة عسير أن العمل مستمر.", [("sa-region-asir", 1)]),
    # a city named alone stays the city
    ("سقطت قذيفة على حي سكني في جازان.", [("gn-sa-jizan", 1)]),
]


@pytest.mark.parametrize(("text", "links"), AREAS)
def test_region_named_by_area_noun(text: str, links: list[tuple[str, int]]) -> None:
    doc = _doc(text)
    got = [e.link.id for e in doc.entities if e.link is not None and e.type == "LOC"]
    for link, n in links:
        assert got.count(link) == n, got


# after a dual or plural division noun, a listed word that is also a given name or an
# everyday word names the division «singular + word» when the KB holds it
LISTED = [
    # fresh13 coalition-warships-*: the first name ends in ة (no صعد + pronoun)
    ("ودمرت جسر خيوان الذي يربط بين محافظتي صعدة وعمران.", "عمران", "ye-gov-amran"),
    # fresh13 houthi-child-fighters-*
    ("مطالبين أبناء محافظات صنعاء وعمران وخاصة ذمار بعدم إشراك أطفالهم في القتال.", "عمران",
     "ye-gov-amran"),
    # fresh13 msf-liu-*: Arabic presentation forms, the conjunction cut from the span
    ("ﻤﺎ ﺷﺎﻫﺪﺗﻪ ﺑﺄﻡ عيني ﻓﻲ ﻣﺤﺎﻓﻈﺎﺕ صعدة ﻭﻋﻤﺮﺍﻥ ﻭﺗﻌﺰ", "ﻋﻤﺮﺍﻥ", "ye-gov-amran"),
    # demo: Damascus quarters after أحياء
    ("سيضعف جبهاته داخل العاصمة، لا سيما في أحياء جوبر والقدم والتضامن.", "التضامن",
     "sy-nb-damascus-tadamon"),
]


@pytest.mark.parametrize(("text", "name", "link"), LISTED)
def test_listed_division(text: str, name: str, link: str) -> None:
    got = _spans(_doc(text))
    assert got.get(name) == ("LOC", link), got


def test_given_name_outside_a_list_stays_a_person() -> None:
    # a man named عمران is no governorate
    got = _spans(_doc("وقال عمران خان رئيس الوزراء الباكستاني إن بلاده تدعم الحوار."))
    assert all(link != "ye-gov-amran" for _, link in got.values()), got
