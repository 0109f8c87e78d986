"""A deed's place in its own sentence that the place scan of `places.locations` stopped short of
(places29, issue 12): a chain of places going on past the scan's window (`CHAIN_REACH`: في
مدينة تعز … وفي مأرب، في منطقة عين كاوة بمحافظة أربيل), a month told by its two names
(`TIME_JOINERS`: في حزيران/يونيو … في باكو), and a one-word place the tagger left that the
knowledge base knows (`kb_place_word`: المفاوضات الجارية في مسقط). Each row is a dev article,
a fragment of the deed's sentence, its trigger and the places a reader records; the last rows
are places the scan must leave: a pronoun on a noun (في قصره), what talks are about (حول
تطورات الأوضاع في المنطقة: `topic_nouns`), why a deed was done (لأنها …: `reason_openers`)."""

from __future__ import annotations

import pytest

from event_helpers import article_event

FOUND = [
    # the chain of places past the window: وفي مأرب after تعز and its aside
    ("fresh17/aden-tawahi-taken-resistance-spokesman-ahmadi-lahij-abyan-taiz-fighting",
     "وفي مأرب وهي منطقة قبلية", "القتال", ["تعز", "مأرب"]),
    # … the province after the quarter: في منطقة عين كاوة بمحافظة أربيل
    ("fresh7/nineveh-christians-erbil-protest", "في منطقة عين كاوة بمحافظة أربيل",
     "وقفة احتجاجية", ["عين كاوة", "أربيل"]),
    # … a list: في كل من منطقة تورا بورا وولاية هلمند ومنطقة وزيرستان
    ("fresh15/taliban-tayeb-agha-resigns-doha-office-quetta-clashes-ghazni-funeral",
     "في كل من منطقة تورا بورا", "اشتباكات", ["تورا بورا", "هلمند", "زيرستان"]),
    # a month told by its two names does not end the deed's reach
    ("fresh27/erdogan-says-putin-moving-to-abandon-assad-after-baku-meeting-and-phone-call-"
     "vows-to-press-war-on-terror-mostly-pkk-three-strikes-on-isis",
     "حزيران/يونيو على هامش حفل", "لقاء", ["باكو", "اذربيجان"]),
    # a place the knowledge base knows, no entity: في مسقط
    ("fresh7/houthi-emergency-sanaa-muscat-talks", "المفاوضات الجارية في مسقط", "المفاوضات",
     ["مسقط"]),
]


@pytest.mark.parametrize("name,fragment,trigger,expected", FOUND)
def test_place_in_own_sentence_found(name: str, fragment: str, trigger: str,
                                     expected: list[str]) -> None:
    doc, e = article_event(name, fragment, trigger)
    places = [doc.span_text(r) for r in e.location]
    assert all(any(x in p for p in places) for x in expected), places


LEFT = [
    # في قصره بجدة: "his palace", no town Qusra; the place is Jeddah
    ("fresh19/king-salman-shoukry-jubeir-jeddah-yemen-cairo-meeting-aden-airport-rockets-"
     "saudi-artillery", "استقبل في قصره بجدة", "استقبل", "قصره"),
    # talks "on the developments of the situation in the region": what is talked of
    # (`topic_nouns`), not where they were held
    ("fresh19/sisi-kerry-cairo-strategic-dialogue-palestine-iran-deal-f16-delivery-shoukry-"
     "journalists", "حول تطورات الأوضاع في المنطقة", "محادثات", "الشرق الأوسط"),
    # the ship was sunk "because it carried fighters … to support terrorism in the eastern
    # region": a clause of reason (`reason_openers`), not where it was sunk
    ("region/benghazi-warplanes-sink-ship", "إن السفينة أُغرقت لأنها", "أُغرقت",
     "المنطقة الشرقية"),
]


@pytest.mark.parametrize("name,fragment,trigger,absent", LEFT)
def test_no_place_from_a_common_word(name: str, fragment: str, trigger: str,
                                     absent: str) -> None:
    doc, e = article_event(name, fragment, trigger)
    assert all(absent not in doc.span_text(r) for r in e.location), \
        [doc.span_text(r) for r in e.location]
