"""Place passes of places14 (rasd.events.context `previous_place`, `partner_place`) on
whole articles of the spec-following dev sets (fresh3 … fresh10, whose annotators record a
place clear from the previous sentence, as the annotation spec asks): each row names an
article, a fragment of the deed's sentence, its trigger, and the places a reader records.
Whole articles, since a snippet's first sentence is a lead, whose place `carried_place`
carries farther."""

from __future__ import annotations

import pytest

from event_helpers import article_event
from rasd.pipeline import extract_text


def placed(name: str, fragment: str, trigger: str) -> tuple[list[str], set[str]]:
    """The places (and their bases) of the event `trigger` in the sentence holding
    `fragment` of the dev article `name`."""
    doc, e = article_event(name, fragment, trigger)
    return [doc.span_text(r) for r in e.location], {r.basis for r in e.location}


# a deed whose sentence names no place happened where the deed of the sentence before did:
# قتلوا … في تفجير قنبلة … قرب مدينة ديار بكر. / وأضاف البيان أن … ستة أشخاص … اعتقلوا
PREVIOUS = [
    ("fresh10/turkey-artillery-pkk-northern-iraq", "ستة أشخاص على الأقل", "اعتقلوا",
     ["ديار بكر"]),
    ("fresh7/dhale-clashes-qatn-car-bomb", "مقتل ثمانية عشر حوثياً", "مقتل", ["سناح"]),
    # a region too, where `carried_place` carries only a town: … في الضفة الغربية المحتلة. /
    # وقضى الطفل علي دوابشة … بينما اصيب والداه
    ("fresh10/rivlin-threats-investigation-duma-arson", "وقضى الطفل", "اصيب",
     ["الضفة الغربية"]),
]


@pytest.mark.parametrize("name, fragment, trigger, location", PREVIOUS)
def test_place_of_the_sentence_before(name, fragment, trigger, location):
    assert placed(name, fragment, trigger) == (location, {"context"})


# none when the sentence before names another town besides its deed's place (the governor
# of مأرب on trucks bound for صنعاء), lists several provinces (بغداد … ديالى … صلاح الدين),
# or tells background (سيطروا على العاصمة صنعاء في سبتمبر) before a deed of today
NO_PREVIOUS = [
    ("fresh3/marib-iranian-spy-gear-trucks-seized", "قاطرتين تحملان مواد غذائية", "ضبط"),
    ("fresh5/unami-iraq-july-1332-killed", "دائرة صحة محافظة الانبار", "القتال"),
    ("fresh5/zinjibar-resistance-retaken", "ويدعم التحالف", "ضربات جوية"),
]


@pytest.mark.parametrize("name, fragment, trigger", NO_PREVIOUS)
def test_no_place_from_the_sentence_before(name, fragment, trigger):
    assert placed(name, fragment, trigger)[0] == []


# a deed of a sentence that names one place, another deed's, happened there too: حرر خلال
# عملية عسكرية نفذها في شمال شرق البلاد … مؤكدًا أيضًا أنه اعتقل خلال العملية نفسها
PARTNER = [
    ("fresh7/nigeria-army-frees-178-hostages-bama", "حرر خلال عملية عسكرية", "اعتقل",
     ["شمال شرق البلاد"]),
]


@pytest.mark.parametrize("name, fragment, trigger, location", PARTNER)
def test_place_of_a_deed_of_the_same_sentence(name, fragment, trigger, location):
    assert placed(name, fragment, trigger) == (location, {"sentence"})


# background and a deed of today share no place: the recapture of عدن is no place of a
# campaign waged since March (ويشن التحالف العربي منذ 26 اذار/مارس حملة جوية … اسهمت في
# استعادة عدن)
NO_PARTNER = [
    ("fresh7/aden-gulf-troops-deployed-anad-offensive", "منذ 26 اذار", "حملة جوية"),
]


@pytest.mark.parametrize("name, fragment, trigger", NO_PARTNER)
def test_no_place_across_background(name, fragment, trigger):
    assert placed(name, fragment, trigger)[0] == []


# قضاء, the Iraqi district, introduces a place as محافظة and ناحية do (`place_nouns`):
# أطلقوا … صواريخ مستهدفة قوات البيشمركة في قضاء مخمور (the KB names the district
# itself, so the place is the whole phrase)
DISTRICT = [
    ("fresh8/makhmour-isis-rockets-18-peshmerga-killed", "نحو ثمانية صواريخ", "أطلقوا",
     ["قضاء مخمور"]),
]


@pytest.mark.parametrize("name, fragment, trigger, location", DISTRICT)
def test_district_noun_introduces_a_place(name, fragment, trigger, location):
    assert placed(name, fragment, trigger) == (location, {"sentence"})


# a deed named to date another (بعد + a duration + على, غداة) takes no place of the clause
# it dates (the demo corpus, snn_syria_0079: the Suruç bombing in Turkey, not Syria)
REFERENCE = [
    ("وبعد أربعة أيام على هجوم انتحاري دامٍ استهدف الأراضي التركية وأودى بحياة 32 شخصًا "
     "ومائة جريح، شنّ سلاح الجو التركي اليوم، أولى غاراته على مواقع لتنظيم «داعش» في سوريا.",
     "هجوم انتحاري", "غاراته", ["سوريا"]),
]


@pytest.mark.parametrize("text, trigger, partner, location", REFERENCE)
def test_dating_deed_takes_no_partner_place(text, trigger, partner, location):
    doc = extract_text(text, published="2015-07-24")
    t = doc.span_text
    got = {t(e.trigger): [t(r) for r in e.location] for e in doc.events}
    assert got[partner] == location  # the dated deed is placed
    assert got[trigger] == []


# a sentence that speaks of a place in its own words, no entity found in them (في جميع أنحاء
# البلاد), takes no place from the sentence before (the demo corpus: Turkish police raids
# across Turkey, told after strikes in Syria)
OWN_WORDS = [
    ("قصفت طائرات حربية تركية أهدافا لتنظيم الدولة الإسلامية في سوريا للمرة الأولى اليوم "
     "الجمعة، فيما وعد الرئيس التركي رجب طيب إردوغان باتخاذ إجراءات أكثر حسما ضد الجهاديين "
     "والمتشددين الأكراد بالداخل.\nوتزامنت الضربات الجوية التي جاءت بعد اتصال هاتفي بين "
     "إردوغان والرئيس الأمريكي باراك أوباما يوم الأربعاء مع سلسلة من حملات المداهمة نفذتها "
     "الشرطة في جميع أنحاء البلاد لاعتقال مئات ممن يشتبه في أنهم متشددون بينهم من ينتمون "
     "لجماعات كردية.", "مداهمة"),
]


@pytest.mark.parametrize("text, trigger", OWN_WORDS)
def test_no_previous_place_where_the_sentence_says_where(text, trigger):
    doc = extract_text(text, published="2015-07-24")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    assert [t(r) for r in hits[0].location] == []
