"""merge13: a town told after محافظة, or the second of a pair after the dual محافظتي, is
the governorate named after its seat (محافظتي مأرب وتعز), not the town: it names no place
the event happened in, so a place alone no longer joins such a telling to the town's own
acts of those days (the clashes of two governorates, the shelling of «محافظتي عدن وتعز»,
beside the Taiz city fighting). Real SQLite store, documents as the pipeline writes them."""

from __future__ import annotations

import pytest

from rasd.document import Entity, Event, EventTime, Link, Role, Span
from rasd.store import Store
from rasd.store.features import provincial
from store_helpers import document

TAIZ = Link("ye-city-taiz", "تعز", "Taiz", "city", "YE", 13.5795, 44.0209)
DARAA = Link("sy-city-daraa", "درعا", "Daraa", "city", "SY", 32.6189, 36.1021)

# (sentence, trigger, the place as written, its link): each an ASSAULT told at that place
TAIZ_CITY = ("وشهدت أحياء عدة في تعز، مثل حوض الأشراف وعصيفرة، اشتباكات عنيفة",
             "اشتباكات", "تعز", TAIZ)
TAIZ_CITY2 = ("فقد قصف المتمردون بشكل عشوائي حي كلابة والشماسي والروضة في مدينة تعز جنوبي البلاد",
              "قصف", "تعز", TAIZ)
TWO_GOVS = ("إلا أن مصادر بفصائل تعارض الحوثيين تحدثت عن اشتباكات في ساعة مبكرة من اليوم"
            " الاثنين في محافظتي مأرب وتعز إلى الجنوب", "اشتباكات", "تعز", TAIZ)
ADEN_TAIZ = ("وقصف المتمردون الحوثيون وقوات صالح مناطق سكنية في محافظتي عدن وتعز، مما أدى إلى"
             " سقوط قتلى من المدنيين", "وقصف", "تعز", TAIZ)
ONE_GOV = ("وفي محافظة تعز، قصف مسلحو الحوثي بشكل عنيف أحياء سكنية", "قصف", "تعز", TAIZ)
DARAA_CITY = ("إذ نفذ طيران النظام السوري أمس 16 غارة على أحياء مدينة درعا", "غارة", "درعا",
              DARAA)
DARAA_TOWN = ("تعرضت قرى درعا الواقعة تحت سيطرة مقاتلي المعارضة لقصف عنيف بالبراميل المتفجرة",
              "لقصف", "درعا", DARAA)


def _report(source: str, sentence: str, trigger: str, place: str, link: Link):
    s = sentence.index(place)
    t = sentence.index(trigger)
    ent = Entity(s, s + len(place), "e0", "LOC", link)
    ev = Event("v1", 0, "ASSAULT", Span(t, t + len(trigger)), [], [], [],
               [Role(s, s + len(place), "e0")], EventTime(t, t + len(trigger), "2015-07-27"))
    return document(sentence, source, "2015-07-27", entities=[ent], events=[ev])


# (name, first telling, second telling, one merged event?)
CASES = [
    ("clashes in the governorates of Marib and Taiz against the Taiz city fighting",
     TAIZ_CITY, TWO_GOVS, False),
    ("residential areas shelled in the governorates of Aden and Taiz against Taiz city",
     TAIZ_CITY2, ADEN_TAIZ, False),
    ("told in the governorate of Taiz against the city's fighting", TAIZ_CITY, ONE_GOV, False),
    ("the city told twice, once as «مدينة تعز»: the place still joins them",
     TAIZ_CITY, TAIZ_CITY2, True),
    ("Daraa's villages and the city of Daraa: no governorate word, the place joins them",
     DARAA_CITY, DARAA_TOWN, True),
]


@pytest.mark.parametrize(("name", "first", "later", "one"), CASES, ids=[c[0] for c in CASES])
def test_a_governorate_named_after_its_seat_is_no_town(tmp_path, name, first, later, one):
    a, b = _report("aawsat", *first), _report("alyaum", *later)
    with Store.open(f"sqlite:///{tmp_path / 'rasd.db'}") as st:
        st.add_documents([a, b])
        merged = st.merged_events().items
        assert (len(merged) == 1) is one, merged


# (text, the place as written, which occurrence, told as a governorate?)
PROVINCIAL = [
    ("اشتباكات في محافظتي مأرب وتعز إلى الجنوب", "تعز", True),
    ("اشتباكات في محافظتي مأرب وتعز إلى الجنوب", "مأرب", True),
    ("ولم يكن الوضع في محافظة درعا أقل حماوة", "درعا", True),
    ("قتل ثلاثة بقصف بمحافظة حلب", "حلب", True),
    ("غارة على أحياء مدينة درعا، مركز المحافظة", "درعا", False),
    ("أما في تعز، فقد قتل 3 مسلحين", "تعز", False),
    ("قصف مناطق في عدن وتعز", "تعز", False),
]


@pytest.mark.parametrize(("text", "place", "told"), PROVINCIAL, ids=[r[0] for r in PROVINCIAL])
def test_provincial(text, place, told):
    s = text.index(place)
    assert provincial(text, s, s + len(place)) is told
