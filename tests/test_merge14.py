"""merge14: a town placed by the governorate a report names is not a summary for lying far
from the landmark it lies north of (بلدتي الوهط وصبر التابعتين لمحافظة لحج شمال مدينة عدن);
a place whose KB point is its division's (coordinates not checked) is near nothing. Real
SQLite store, documents as the pipeline writes them, the real KB's entries."""

from __future__ import annotations

import pytest

from rasd.document import Event, EventTime, Link, Span
from rasd.store import features
from store_helpers import document, entity, later_join, role

# as the KB holds them: al-Waht and al-Anad base carry Lahj governorate's point, Abu
# al-Duhur airbase Syria's (their coordinates were not checked)
WAHT = Link("ye-town-al-waht", "الوهط", "Al-Waht", "town", "YE", 13.2, 44.8)
ANAD = Link("ye-base-al-anad-air-base", "قاعدة العند", "Al-Anad Air Base", "camp", "YE",
            13.2, 44.8)
HOUTA = Link("ye-town-al-houta", "الحوطة", "Al-Houta", "town", "YE", 13.05, 44.88)
LAHIJ = Link("ye-gov-lahij", "لحج", "Lahij Governorate", "governorate", "YE", 13.2, 44.8)
ADEN = Link("ye-city-aden", "عدن", "Aden", "city", "YE", 12.7855, 45.0187)
DUHUR = Link("sy-base-abu-al-duhur-military-airbase", "مطار أبو الظهور", "Abu al-Duhur",
             "camp", "SY", 34.8, 39.0)
IDLIB = Link("sy-city-idlib", "إدلب", "Idlib", "city", "SY", 35.9306, 36.6339)
RESISTANCE = Link("org-popular-resistance-ye", "المقاومة الشعبية", "Popular Resistance",
                  "armed-group", "YE")

Place = tuple[str, Link | None]  # a place's surface, its link (None: a name the KB lacks)


def _report(text: str, source: str, trigger: str, places: list[Place], *,
            etype: str = "COERCE", mode: tuple[str, ...] = ("seize",), actor: bool = False,
            day: str = "2015-07-26"):
    """One report of one event at `places`, by the popular resistance when `actor`."""
    ents, located = [], []
    for n, (name, link) in enumerate(places):
        ents.append(entity(text, f"p{n}", name, "LOC", link))
        located.append(role(text, name, f"p{n}"))
    actors = []
    if actor:
        ents.append(entity(text, "a1", "المقاومة الشعبية", "ORG", RESISTANCE))
        actors = [role(text, "المقاومة الشعبية", "a1")]
    start = text.index(trigger)
    ev = Event("v1", 0, etype, Span(start, start + len(trigger)), list(mode), actors, [],
               located, EventTime(start, start + len(trigger), day))
    return document(text, source, day, entities=ents, events=[ev])


SABR = ("وأكدت المصادر أن المقاومة سيطرت على مدينة صبر ثاني مدن محافظة لحج",
        "سيطرت", [("صبر", None)])
WAHT_TAKEN = ("وقالت مصادر محلية إن المقاومة والجيش استكملوا سيطرتهم على بلدتي الوهط وصبر "
              "التابعتين لمحافظة لحج شمال مدينة عدن بعد معارك عنيفة", "سيطرتهم",
              [("الوهط", WAHT), ("صبر", None), ("لحج", LAHIJ), ("عدن", ADEN)])

# (name, the first report, the later report, kwargs of both, one merged event?, the
# later report's evidence when one)
CASES = [
    ("towns of the governorate named, north of Aden (alriyadh 0181 / aawsat 0126)", SABR,
     WAHT_TAKEN, {}, True, {"key": "~صبر", "name": "صبر", "how": "same"}),
    ("the same, the first report naming the known town beside them (alyaum 0195)",
     ("بعد أن أحكمت سيطرتها على منطقتي الوهط وصبر ومدينة الحوطة", "سيطرتها",
      [("الوهط", WAHT), ("صبر", None), ("الحوطة", HOUTA)]),
     WAHT_TAKEN, {}, True, {"key": "ye-town-al-waht", "name": "الوهط", "how": "same"}),
    ("no governorate named: the town far from its landmark is a summary", SABR,
     ("وقالت مصادر محلية إن المقاومة استكملت سيطرتها على بلدتي الوهط وصبر شمال مدينة عدن",
      "سيطرتها", [("الوهط", WAHT), ("صبر", None), ("عدن", ADEN)]), {}, False, None),
    ("a landmark the governorate named holds (Abu al-Duhur east of Idlib, alyaum / aawsat)",
     ("قصف الطيران الحربي مناطق في محيط مطار أبو الظهور العسكري", "قصف",
      [("مطار أبو الظهور", DUHUR)]),
     ("كما استهدف الثوار مساكن الضباط في مطار أبو الظهور العسكري شرق إدلب بالمدفعية",
      "استهدف", [("مطار أبو الظهور", DUHUR), ("إدلب", IDLIB)]),
     {"etype": "ASSAULT", "mode": ()}, False, None),
    ("two unchecked places of one governorate are not near (al-Anad base, al-Waht)",
     ("وقال المتحدث إن المقاومة الشعبية تواصل القتال في محيط قاعدة العند", "القتال",
      [("قاعدة العند", ANAD)]),
     ("وخاضت المقاومة الشعبية معارك عنيفة في بلدة الوهط", "معارك", [("الوهط", WAHT)]),
     {"etype": "ASSAULT", "mode": (), "actor": True}, False, None),
]


@pytest.mark.parametrize(("name", "first", "later", "kw", "one", "why"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_town_placed_by_its_governorate_and_unchecked_points(
        tmp_path, name, first, later, kw, one, why):
    a = _report(*first[:1], "aawsat", *first[1:], **kw)
    b = _report(*later[:1], "alriyadh", *later[1:], **kw)
    merged, got = later_join(tmp_path, a, b)
    assert (merged == 1) is one, merged
    if one:
        assert got is not None and got["place"] == why, got


@pytest.mark.parametrize(("key", "borrowed"), [
    ("ye-town-al-waht", True),  # Lahj governorate's point
    ("ye-base-al-anad-air-base", True),
    ("sy-base-abu-al-duhur-military-airbase", True),  # Syria's
    ("ye-town-al-houta", False),  # its own point
    ("ye-city-aden", False),
    ("ye-gov-lahij", False),  # a governorate with its own point
    ("tr-city-kilis", False),
    ("gn-eg-arish", False),  # a gazetteer's city: North Sinai's point is Arish's
])
def test_a_point_borrowed_from_its_division(key, borrowed):
    assert features.borrowed_point(key) is borrowed
