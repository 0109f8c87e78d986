"""merge12: a meeting joined by one party alone is another stop of a travelling party when
one side names the town it was held in and the other names none (de Mistura in Cairo, then
Tehran, then Damascus); the untowned side still tells it when its places hold the town or
its own report tells the meeting at the town. Real SQLite store, documents as the pipeline
writes them."""

from __future__ import annotations

import pytest

from rasd.document import Entity, Event, EventTime, Link, Role, Span
from rasd.store import Store
from store_helpers import document

ENVOY = Link("person-staffan-de-mistura", "ستيفان دي مستورا", "Staffan de Mistura", "person")
UN_ENVOY = Link("person-ismail-ould-cheikh-ahmed", "إسماعيل ولد الشيخ أحمد",
                "Ismail Ould Cheikh Ahmed", "person")
CAIRO = Link("eg-city-cairo", "القاهرة", "Cairo", "city", "EG", 30.0444, 31.2357)
TEHRAN = Link("ir-city-tehran", "طهران", "Tehran", "city", "IR", 35.6892, 51.389)
IRAN = Link("country-IR", "إيران", "Iran", "country", "IR", 32.0, 53.0)
EGYPT = Link("country-EG", "مصر", "Egypt", "country", "EG", 26.8, 30.8)
OMAN = Link("country-OM", "عمان", "Oman", "country", "OM", 21.5, 55.9)

# (sentence, trigger, the party, its link, the places named as the event's)
CAIRO_TOLD = ("والتقى دي ميستورا أيضا أثناء وجوده في القاهرة مع شخصيات من المعارضة السورية",
              "التقى", "دي ميستورا", ENVOY, [("القاهرة", CAIRO)])
TEHRAN_TOLD = ("زار دي ميستورا العاصمة الإيرانية طهران والتقى بمسؤولين من أجل بحث حل سياسي",
               "التقى", "دي ميستورا", ENVOY, [("طهران", TEHRAN)])
NO_TOWN = ("وفيما يتعلق بلقاء دي ميستورا المعلم قالت الوكالة إن المبعوث قدم عرضا",
           "بلقاء", "دي ميستورا", ENVOY, [])
IN_IRAN = ("من جانبه أكد دي ميستورا خلال اللقاء أهمية إيران في إيجاد حل في سوريا",
           "اللقاء", "دي ميستورا", ENVOY, [("إيران", IRAN)])
OULD_CAIRO = ("وكشف المتحدث أن ولد الشيخ أحمد التقى في القاهرة الأمين العام للجامعة العربية",
              "التقى", "ولد الشيخ أحمد", UN_ENVOY, [("القاهرة", CAIRO)])
OULD_NEXT = ("وقال فوزي إن ولد الشيخ أحمد سيذهب بعد زيارته لمصر إلى سلطنة عمان حيث التقى",
             "زيارته", "ولد الشيخ أحمد", UN_ENVOY, [("مصر", EGYPT), ("عمان", OMAN)])


def _at(text: str, sub: str, off: int) -> tuple[int, int]:
    s = text.index(sub, off)
    return s, s + len(sub)


def _report(source: str, *told):
    """One report telling each of `told` (its sentences joined, one CONSULT event each)."""
    text = " . ".join(t[0] for t in told)
    ents, evs = [], []
    for i, (sentence, trigger, party, link, places) in enumerate(told):
        off = text.index(sentence)
        ents.append(Entity(*_at(text, party, off), f"e{i}p", "PER", link))
        where = []
        for k, (name, plink) in enumerate(places):
            ents.append(Entity(*_at(text, name, off), f"e{i}l{k}", "LOC", plink))
            where.append(Role(*_at(text, name, off), f"e{i}l{k}"))
        s, e = _at(text, trigger, off)
        evs.append(Event(f"v{i + 1}", 0, "CONSULT", Span(s, e), [],
                         [Role(*_at(text, party, off), f"e{i}p")], [], where,
                         EventTime(s, e, "2015-07-23")))
    return document(text, source, "2015-07-23", entities=ents, events=evs)


# (name, first report's tellings, second report's tellings, one merged event?)
CASES = [
    ("a meeting told with no town against the envoy's meeting in Cairo: another stop",
     [CAIRO_TOLD], [NO_TOWN], False),
    ("told in Egypt and Oman, the next stop, against his meeting in Cairo: Oman holds no Cairo",
     [OULD_CAIRO], [OULD_NEXT], False),
    ("told in Iran against his meeting in Tehran: Iran holds Tehran",
     [TEHRAN_TOLD], [IN_IRAN], True),
    # a guard, not the own-report exception itself: the untowned telling already joins through
    # its own report's Tehran meeting (the `report` evidence), which the rule must not break
    ("the same report telling the Tehran meeting and, further down, one with no town: a guard",
     [TEHRAN_TOLD], [TEHRAN_TOLD, NO_TOWN], True),
]


@pytest.mark.parametrize(("name", "first", "later", "one"), CASES, ids=[c[0] for c in CASES])
def test_a_meeting_joined_by_one_party_needs_its_town(tmp_path, name, first, later, one):
    a, b = _report("aawsat", *first), _report("alyaum", *later)
    with Store.open(f"sqlite:///{tmp_path / 'rasd.db'}") as st:
        st.add_documents([a, b])
        merged = st.merged_events().items
        assert (len(merged) == 1) is one, merged
