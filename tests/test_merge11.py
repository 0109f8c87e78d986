"""merge11: a seizure told only at a governorate named after its seat is the capture of that
seat (زيارة محافظة عدن بعد تحريرها / تحرير مدينة عدن); one told at another governorate is
another capture. Real SQLite store, documents as the pipeline writes them."""

from __future__ import annotations

import pytest

from rasd.document import Event, EventTime, Link, Span
from store_helpers import document, entity, later_join, role

ADEN = Link("ye-city-aden", "عدن", "Aden", "city", "YE", 12.7855, 45.0187)
ADEN_GOV = Link("ye-gov-aden", "عدن", "Aden Governorate", "governorate", "YE", 12.8, 45.03)
TAIZ = Link("ye-city-taiz", "تعز", "Taiz", "city", "YE", 13.5795, 44.0209)
TAIZ_GOV = Link("ye-gov-taiz", "تعز", "Taiz Governorate", "governorate", "YE", 13.58, 44.02)
LAHIJ_GOV = Link("ye-gov-lahij", "لحج", "Lahij Governorate", "governorate", "YE", 13.2, 44.8)
RESISTANCE = Link("org-popular-resistance-ye", "المقاومة الشعبية", "Popular Resistance",
                  "armed-group", "YE")
HOUTHIS = Link("org-houthis", "الحوثيين", "Houthis", "armed-group", "YE")


def _report(text: str, source: str, trigger: str, place: str, link: Link, *,
            etype: str = "COERCE", mode: tuple[str, ...] = ("seize",), parties: bool = False,
            day: str = "2015-07-26", second: tuple[str, Link] | None = None):
    """One report of one event at `place` (and `second`), with the resistance taking it
    from the Houthis when `parties`."""
    ents = [entity(text, "e1", place, "LOC", link)]
    actor, target = [], []
    if parties:
        ents += [entity(text, "e2", "المقاومة الشعبية", "ORG", RESISTANCE),
                 entity(text, "e3", "الحوثيين", "ORG", HOUTHIS)]
        actor, target = [role(text, "المقاومة الشعبية", "e2")], [role(text, "الحوثيين", "e3")]
    places = [role(text, place, "e1")]
    if second:
        ents.append(entity(text, "e4", second[0], "LOC", second[1]))
        places.append(role(text, second[0], "e4"))
    start = text.index(trigger)
    ev = Event("v1", 0, etype, Span(start, start + len(trigger)), list(mode), actor, target,
               places, EventTime(start, start + len(trigger), day))
    return document(text, source, day, entities=ents, events=[ev])


CITY_TAKEN = ("أعلنت المقاومة الشعبية تحرير مدينة عدن من الحوثيين بعد معارك عنيفة",
              "تحرير", "عدن", ADEN)
TAIZ_TAKEN = ("أعلنت المقاومة الشعبية تحرير مدينة تعز من الحوثيين بعد معارك عنيفة",
              "تحرير", "تعز", TAIZ)

# (name, the first report, the later report, its kwargs, one merged event?)
CASES = [
    ("the governorate named after Aden, its seat (SABA's statement, alwatan)", CITY_TAKEN,
     ("ودعا الرئيس المبعوث الأممي إلى زيارة محافظة عدن بعد تحريرها من الميليشيات المتمردة",
      "تحريرها", "عدن", ADEN_GOV), {}, True),
    ("Taiz's governorate and its seat", TAIZ_TAKEN,
     ("وتحدث المسؤول عن الأوضاع في محافظة تعز بعد تحريرها من الميليشيات",
      "تحريرها", "تعز", TAIZ_GOV), {}, True),
    ("the seat's governorate with the same sides", CITY_TAKEN,
     ("وقال إن المقاومة الشعبية أكملت تحرير محافظة عدن من الحوثيين",
      "تحرير", "عدن", ADEN_GOV), {"parties": True}, True),
    ("another governorate, the same sides: the siege of al-Anad base in Lahj", CITY_TAKEN,
     ("وتسعى المقاومة الشعبية لاستعادة قاعدة العند في محافظة لحج بعد الحصار الذي فرضته على "
      "الحوثيين", "الحصار", "لحج", LAHIJ_GOV), {"parties": True}, False),
    ("a road between two governorates, the seat's among them (asharq al-awsat, news)",
     CITY_TAKEN,
     ("وتمكن مقاتلو جبهة العند من السيطرة على الخط العام الرابط بين محافظتي عدن ولحج",
      "السيطرة", "عدن", ADEN_GOV), {"second": ("لحج", LAHIJ_GOV)}, False),
    ("the governorate of another city", CITY_TAKEN,
     ("ودعا الرئيس إلى زيارة محافظة تعز بعد تحريرها من الميليشيات المتمردة",
      "تحريرها", "تعز", TAIZ_GOV), {}, False),
    ("a raid told at the governorate is no seizure: it names no town", CITY_TAKEN,
     ("وشن طيران التحالف غارات على مواقع في محافظة عدن",
      "غارات", "عدن", ADEN_GOV), {"etype": "ASSAULT", "mode": ("air",)}, False),
]


@pytest.mark.parametrize(("name", "first", "later", "kw", "one"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_seizure_told_at_the_seats_governorate_joins_the_seats_capture(
        tmp_path, name, first, later, kw, one):
    text, trig, place, link = first
    a = _report(text, "aawsat", trig, place, link,
                parties="parties" in kw and kw["parties"])
    b = _report(*later[:1], "alwatan", *later[1:], **kw)
    merged, why = later_join(tmp_path, a, b)
    assert (merged == 1) is one, merged
    if one:
        assert why is not None and why["place"] == {"key": later[3].id,
                                                    "name": later[3].name_ar, "how": "holds"}, why
