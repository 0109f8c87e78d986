"""Place passes of places13 (rasd.events.context) on sentences of the demo corpus (none
from a gold file): each row is a sentence, a trigger and the places a reader records."""

from __future__ import annotations

import pytest

from event_helpers import places

# a fronted في phrase closed by a comma sets the place of its sentence's deeds: the last
# place it introduces, even past words that are no place (محيط قرى عدة)
OPENING_PHRASES = [
    ("وفي محيط قرى عدة في ريف حلب الشمالي، دارت اشتباكات عنيفة ليلة أول من أمس بين عناصر "
     "داعش من جهة والفصائل الإسلامية والمقاتلة من جهة أخرى.", "اشتباكات", ["ريف حلب الشمالي"]),
    # the sentence's own place after the comma is the deed's, not the fronted country
    ("وفي جنوب سوريا، سيطر \"جيش الفتح\" في المنطقة الجنوبية، الجمعة، على سد كوكب في ريف "
     "درعا الغربي، بعد اشتباكات مع \"لواء شهداء اليرموك\" هناك.", "اشتباكات",
     ["ريف درعا الغربي"]),
]

# a fronted phrase that names no place (an interview, a time) sets none
NO_OPENING_PLACE = [
    ("وفي مقابلة في سبتمبر، صنف الرئيس الامريكي باراك اوباما مجموعة خراسان ضمن التنظيمات "
     "التي تشكل \"تهديدا مباشرا للولايات المتحدة\"، محذرا من ان اعضائها \"يمكن ان يقتلوا "
     "مدنيين\".", "يقتلوا"),
]


@pytest.mark.parametrize("text, trigger", NO_OPENING_PLACE)
def test_no_opening_place(text, trigger):
    assert places(text, trigger)[0] == []


@pytest.mark.parametrize("text, trigger, location", OPENING_PHRASES)
def test_opening_phrase(text, trigger, location):
    found, basis = places(text, trigger)
    assert found == location
    assert basis == {"sentence"}


# deeds joined by و share the place phrase said after both
JOINED = [
    ("وأشار المرصد إلى ارتفاع العدد الاجمالي للقتلى إلى 3216 على الأقل جراء غارات التحالف - "
     "الدولي، وضرباته الصاروخية على مناطق في سورية منذ 23 سبتمبر 2014، وحتى فجر أمس.",
     "غارات", ["سورية"]),
]


@pytest.mark.parametrize("text, trigger, location", JOINED)
def test_joined_deeds_share_a_place(text, trigger, location):
    found, basis = places(text, trigger)
    assert found == location
    assert basis == {"sentence"}


# a deed told as past background (وكان … قد) is placed in its own sentence as a reported one
# is; a place before منذ + a deed of reference is not that deed's place
HISTORICAL = [
    ("وكان متطرفون فتحوا أمس، النار من سوريا على مركز حدودي للجيش التركي في كيليس، ما أدى "
     "إلى مقتل ضابط صف واصابة عسكريين اثنين بجروح.", "فتحوا", ["كيليس"]),
    ("وقام ثلاثة مقنعين في مايو الماضي بخطف الأب جاك مراد، رئيس دير مار اليان في بلدة "
     "القريتين بعد أن استولى التنظيم على مدينة تدمر الأثرية.", "خطف", ["القريتين"]),
]


@pytest.mark.parametrize("text, trigger, location", HISTORICAL)
def test_historical_deed_placed_in_its_sentence(text, trigger, location):
    assert places(text, trigger)[0] == location


# the place a relative pronoun stands for witnesses the deed after its verb
WITNESSING = [
    ("ويسيطر مقاتلو المعارضة وجبهة النصرة على حوالي سبعين في المئة من محافظة درعا وعلى الجزء "
     "الاكبر من مدينة درعا التي شهدت اولى الاحتجاجات ضد نظام الرئيس بشار الاسد في منتصف "
     "مارس 2011.", "احتجاجات", ["درعا"]),
]


@pytest.mark.parametrize("text, trigger, location", WITNESSING)
def test_place_that_witnesses_a_deed(text, trigger, location):
    assert places(text, trigger)[0] == location


# a place is carried to a deed told after it in its paragraph, not to an imperfect verb
# that says what a party does (كان يعود ويخرق الالتزام); after أن the imperfect tells a
# deed (قبل أن يترجل ويطلق عليه النار) and takes the place as a told deed does
CARRIED = [
    ("أقدم أحد انسباء الرئيس السوري بشار الأسد على قتل عقيد في الجيش بسبب خلاف على أفضلية "
     "المرور في مدينة اللاذقية على الساحل السوري، وفق ما أعلن المرصد السوري لحقوق الإنسان "
     "الجمعة. وقال مدير المرصد رامي عبد الرحمن \"اقدم سليمان الأسد وهو نجل أبن عم الرئيس "
     "السوري على قتل العقيد المهندس في القوات الجوية حسان الشيخ، بعد أن تجاوز الأخير بسيارته "
     "سيارة الأسد عند مستديرة الأزهري في مدينة اللاذقية ليل أمس\". وأضاف \"اعترض سليمان "
     "الأسد بعدها بسيارته سيارة الشيخ بهدف ايقافها قبل أن يترجل ويطلق عليه النار من رشاش كان "
     "بحوزته على مرأى من أولاده\".", "يطلق عليه النار", ["اللاذقية"]),
    ("ونقلت وكالة الأنباء الألمانية عن مصدر قوله: «نريد أن نؤكد لفريق دي ميستورا أن النظام "
     "رفض إيقاف إطلاق النار في معارك الزبداني وحتى عندما كان يعلن أنه يوافق على وقف إطلاق "
     "النار في هدن سابقة، كان يعود ويخرق الالتزام».", "يخرق الالتزام", []),
]


@pytest.mark.parametrize("text, trigger, location", CARRIED)
def test_carried_place_and_habits(text, trigger, location):
    assert places(text, trigger)[0] == location


# a dateline is where the report was filed: no place of the deeds when the article places
# its deeds at another town, in their own sentences
DATELINES = [
    ("عين اليوم – ديار بكر (تركيا)\nقالت وزارة الداخلية التركية في بيان اليوم الاثنين إن "
     "انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 27 شخصا وإصابة "
     "نحو 100 يعالجون في مستشفيات محلية.\n وأضاف البيان أن هناك مخاوف من أن يرتفع عدد القتلى "
     "واصفا الانفجار بأنه “عمل إرهابي”.\n وتابع “ندعو الجميع إلى التوحد والتزام الهدوء في وجه "
     "هذا العمل الإرهابي الذي يستهدف وحدة بلادنا.”", "يستهدف", []),
]


@pytest.mark.parametrize("text, trigger, location", DATELINES)
def test_dateline_not_where_deeds_are(text, trigger, location):
    found, basis = places(text, trigger)
    assert found == location and "dateline" not in basis
