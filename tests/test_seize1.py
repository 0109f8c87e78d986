"""seize1 (issue 12): the roles of a seizure (tests/gold/README.md, convention 2). A place
seized written without a name — counted, quantified or described area nouns, facilities —
is the event's location, never its recipient (rasd.events.seized.taken_place); the party a
place was held by, named after it by a holder phrase (تحت سيطرة، كآخر معقل ل), is the
recipient (place_holder). Sentences of the dev sets (fresh13, fresh17, fresh15), the demo
corpus and the region news; the refusals from the same corpora."""

from __future__ import annotations

import pytest

from event_helpers import before_events, places, recipients
from rasd.events.seized import _noun_kind
from rasd.roles import View
from rasd.text.normalize import normalize

PLACES = [
    # fresh13: an area noun and its adjective, before a compass phrase
    ("في المقابل قالت مصادر في تنظيم داعش إن مقاتليه سيطروا على مواقع جديدة قرب الخالدية "
     "شرق الرمادي.", "سيطروا", "مواقع جديدة"),
    # fresh13: a quantifier and a plural of towns (was the recipient)
    ("وقد استغل تنظيم داعش الفوضى بأن سيطر على بضع بلدات وأعدم أجانب، وشن هجمات على "
     "سفارات في طرابلس.", "سيطر", "بضع بلدات"),
    # fresh13: a hotel and a station, joined by و (the hotel was the recipient)
    ("وطبقا لما أعلنه الملازم فرج قعيم، فإن قوات الجيش نجحت أول من أمس في السيطرة على "
     "الفندق البلدي ومحطة النقل المجاورة له وفندق النوران.", "سيطرة", "محطة النقل"),
    # fresh13: a count of sites before a compass phrase
    ("وأفادت مصادر بالمقاومة بأن المقاومة المسنودة بقوات من الجيش الوطني بسطت سيطرتها على "
     "ثلاثة مواقع جنوب مأرب.", "سيطرتها", "ثلاثة مواقع"),
    # fresh13: districts placed by a definite noun, not a name
    ("وأفادت مصادر محلية أن المقاومة الشعبية تمكنت حتى مساء أمس الاثنين من السيطرة على "
     "أربع مديريات بالمحافظة.", "سيطرة", "أربع مديريات"),
    # fresh13: كل and a definite plural
    ("وقال مصدر بالمقاومة إن الهجوم أسفرعن سيطرة المقاومة على كل المواقع وتقدمها إلى "
     "مشارف منطقة العين.", "سيطرة", "كل المواقع"),
    # the demo corpus (Syria): a quantifier and a definite plural (was the recipient)
    ("وقال إن الفصائل التي يواجهها جيشه تمكنت من السيطرة على بعض المناطق.", "سيطرة",
     "بعض المناطق"),
    # the region news: a partitive count of sites, then who held them
    ("واستطاعت المقاومة السيطرة على عدد من المواقع التي كانت تحت سيطرة الحوثيين، غير أن "
     "المقاومة تشكو من نقص حاد في السلاح.", "سيطرة", "عدد من المواقع"),
]

NO_PLACE = [
    # fresh2: an area placed by the name after في: the name is the place
    ("قال سكان ومسؤولون إن مقاتلين مناهضين لجماعة الحوثي سيطروا على ست مناطق في محافظة إب "
     "بوسط البلاد اليوم الاثنين.", "سيطروا", "مناطق"),
    # fresh17: a relative clause on a bare area noun (areas in general, no place)
    ("وعلى الرغم من أن القوات العراقية تمكنت خلال الاشهر الماضية من استعادة مناطق يسيطر "
     "عليها التنظيم، إلا أن الاخير لا يزال يحتفظ بمدن رئيسة.", "استعادة", "مناطق"),
    # fresh7: a bare area noun with a vague qualifier
    ("وقال إن المتمردين الحوثيين سيطروا على مناطق واسعة في اليمن.", "سيطروا", "مناطق"),
    # team: a definite singular points back at a named town
    ("وسيطر التنظيم على المدينة بعد قتال عنيف مع قوات الجيش السوري الليلة الماضية.",
     "سيطر", "المدينة"),
    # the demo corpus: vast areas of named countries (the countries are the place)
    ("ويعكس هذا القرار تكثيفا للدور التركي في التصدي لمقاتلي تنظيم داعش الذين سيطروا على "
     "مناطق شاسعة من العراق وسوريا.", "سيطروا", "مناطق"),
    # the region news: the airport alone points back at a named one; a time after it
    ("ويمضي البيحاني قائلا بعد سيطرة الميليشيات على المطار بأسبوع تمكنت من إحكام قبضتها "
     "على الخط الساحلي.", "سيطرة", "بأسبوع"),
    # a siege: what is besieged stays the recipient, no place taken
    ("وحاصرت المقاومة معسكرا شمال قاعدة العند.", "حاصرت", "معسكرا"),
]

HOLDERS = [
    # fresh13: a stronghold of the party, after ك and the area in construct with a name
    ("وذكرت مصادر محلية في محافظة أبين أن المقاومة الشعبية تمكنت أمس من السيطرة على معظم "
     "مناطق مديرية لودر كآخر معقل لمليشيات الحوثي في محافظة أبين.", "سيطرة",
     ["مليشيات الحوثي"]),
    # fresh17: a relative clause saying who still held it
    ("قال متحدث إن المقاتلين المحليين ووحدات من الجيش سيطرت على حي التواهي آخر أحياء عدن "
     "التي كانت لا تزال تحت سيطرة جماعة الحوثيين وحلفائها.", "سيطرت", ["جماعة الحوثيين"]),
    # the demo corpus (Syria): a village taken from the other factions
    ("وقال المرصد السوري إن الهجوم على مدينة مارع يلي السيطرة على قرية أم حوش القريبة التي "
     "كانت تحت سيطرة الفصائل المسلحة الأخرى.", "سيطرة", ["الفصائل المسلحة الأخرى"]),
]

NO_HOLDER = [
    # fresh21: the stronghold is the place taken itself (the dev gold leaves it empty)
    ("واصلت قوات الجيش اليمني تحريرها لآخر معقل للمتمردين في منطقة العند الاستراتيجية.",
     "تحريرها", "متمردين"),
    # fresh2: a stronghold approached, after من
    ("سيطروا على ست مناطق في محافظة إب الأمر الذي يقرب المقاومة المسلحة من معقل الحوثيين "
     "في العاصمة صنعاء.", "سيطروا", "الحوثيين"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_seized_place_is_location(text: str, trigger: str, place: str) -> None:
    found, _ = places(text, trigger)
    assert place in found, found
    assert not any(place in r for r in recipients(text, trigger))


@pytest.mark.parametrize(("text", "trigger", "word"), NO_PLACE)
def test_seized_place_refused(text: str, trigger: str, word: str) -> None:
    found, _ = places(text, trigger)
    assert not any(word in p.split() for p in found), found


@pytest.mark.parametrize(("text", "trigger", "expected"), HOLDERS)
def test_holder_is_recipient(text: str, trigger: str, expected: list[str]) -> None:
    assert recipients(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "word"), NO_HOLDER)
def test_holder_refused(text: str, trigger: str, word: str) -> None:
    got = recipients(text, trigger)
    assert not any(word in r for r in got), got


NOUN_TEXT = "سيطروا على القرية والمنطقة والموقع والمواقع والقرى وقرية ومنطقة ومطار."


@pytest.mark.parametrize(("word", "kind"), [
    ("القرية", None), ("والمنطقة", None), ("والموقع", None),  # definite singulars point back
    ("والمواقع", "area"), ("والقرى", "area"),  # definite plurals are areas
    ("وقرية", "area"), ("ومنطقة", "area"),  # indefinite singulars too
    ("ومطار", "site"),
])
def test_area_noun_kind(word: str, kind: str | None) -> None:
    """A definite singular area noun is no unnamed area; its final ة is read as ه, so the
    singulars are a data list (`singular_area_nouns`), not a test of the spelling."""
    v = View(before_events(NOUN_TEXT))
    assert _noun_kind(v, v.norms.index(normalize(word))) == kind
