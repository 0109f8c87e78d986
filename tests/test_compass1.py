"""Gold rules 20 and 21 (tests/gold/README.md, 2026-12-06) in the place window
(rasd.events.places): a compass phrase on a country or region right after a place of the event,
or opening its sentence, is a second location without its preposition (`region_compass`,
`fronted_region`); the province of «X عاصمة Y» is one too (`seat_province`). Each row is a
sentence of a dev set or the demo corpus, its trigger and the places a reader records; the
guard rows keep a compass phrase on a generic noun or a city, and a generic seat, out."""

from __future__ import annotations

import pytest

from event_helpers import places

FOUND = [
    # fresh7 (libya-warns-eu): «في» between the place and the region
    ("كما اعلن امس الاثنين متحدثون عسكريون باسم الحكومة الليبية المعترف بها دوليا إن طائرات "
     "حربية أغرقت يوم الأحد سفينة وهاجمت سفينة أخرى قرب مدينة بنغازي في شرق ليبيا.",
     "هاجمت", ["بنغازي", "شرق ليبيا"]),
    # fresh11 (hadramawt): three compass words, the region right after the place
    ("قتل تسعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في "
     "وادي سر بوادي حضرموت جنوب شرق اليمن أمس، على ما أعلن مصدر عسكري، محملا تنظيم القاعدة "
     "المسؤولية.", "هجوم", ["وادي سر", "وادي حضرموت", "جنوب شرق اليمن"]),
    # fresh2 (damaturu): past a generic seat apposition and «الواقعة في»
    ("ثلاث انتحاريات قاصرات فجرن انفسهن صباح اليوم في داماتورو عاصمة الولاية الواقعة في شمال "
     "شرقي نيجيريا، ما أسفر عن مقتل 13 شخصا على الاقل.", "فجرن",
     ["داماتورو", "شمال شرقي نيجيريا"]),
    # fresh7 (dhale): the compass phrase with -ي
    ("أفاد مصدر من المقاومة الشعبية، أمس، بمقتل ثمانية عشر حوثياً، خلال الاشتباكات التي اندلعت "
     "بين الطرفين، في مدينة الضالع جنوبي اليمن.", "الاشتباكات", ["الضالع", "جنوبي اليمن"]),
    # demo: the ب on the compass word is left out of the role
    ("قالت وزارة الداخلية التركية في بيان أمس الاثنين إن انفجاراً في بلدة سروج بجنوب شرق تركيا "
     "قرب الحدود مع سوريا أسفر عن مقتل 30 شخصاً وإصابة نحو 100 يعالجون في مستشفيات محلية.",
     "انفجاراً", ["سروج", "جنوب شرق تركيا"]),
    # demo: in brackets after the place
    ("وقالت رئاسة الاركان التركية في بيان إن عسكريا تركيا قتل وجرح اثنان آخران قرب كيليس "
     "(جنوب تركيا) في صدام مسلح مع متطرفي داعش في سوريا على الحدود بين البلدين.", "قتل",
     ["كيليس", "جنوب تركيا"]),
    # fresh7 (dhale): fronted, the region of the sentence's places
    ("وفي غرب اليمن لقي أربعة حوثيين حتفهم، اليوم الجمعة، جراء كمين مسلح نصبته المقاومة الشعبية "
     "في إقليم تهامة على نقطة تابعة لهم بمدينة الحديدة.", "كمين", ["تهامة", "غرب اليمن"]),
    # rule 21, fresh15 (sudan press review): «X عاصمة Y» with no province head before Y
    ("ولفتت الانتباه إلى تعزيز المقاومة الشعبية اليمنية المدعومة من قوات الرئيس اليمني "
     "انتصاراتها بالسيطرة على زنجبار عاصمة أبين رابع محافظة جنوبية وطرد متمردي جماعة الحوثي "
     "والمخلوع صالح الذين باتوا مهددين أيضا في معاقلهم بالشمال.", "سيطرة", ["زنجبار", "أبين"]),
    # rule 21, region news: a region as Y
    ("وقال الجيش لصحفيين يرافقون وزير الدفاع الأمريكي آشتون كارتر في زيارته لأربيل عاصمة "
     "كردستان العراق إن الضربة التي نفذت في بكتيكا هي أحدث الضربات الأمريكية.", "زيارته",
     ["أربيل", "كردستان العراق"]),
]


@pytest.mark.parametrize("text, trigger, location", FOUND)
def test_region_and_seat(text, trigger, location):
    assert places(text, trigger) == (location, {"sentence"})


KEPT = [
    # fresh13 (bayda): a compass word on a generic noun names no place (rule 20)
    ("اقتربت المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي، اليوم، من تطهير محافظة البيضاء "
     "(وسط البلاد)، من مسلحي الحوثي، والقوات الموالية له.", "تطهير", ["البيضاء"]),
    # a compass word on a city is left undecided by the gold: no second place
    ("وقتل 3 أشخاص في قصف على مدينة الفلوجة غرب بغداد.", "قصف", ["الفلوجة"]),
    # a generic seat (عاصمة الولاية) adds nothing (rule 21)
    ("قتل 13 شخصا في تفجيرات في داماتورو عاصمة الولاية.", "تفجيرات", ["داماتورو"]),
    # region news: a fronted region is no place of a deed after another fronted وفي
    ("وفي شمال اليمن، تكثف طائرات التحالف قصفها العنيف للمناطق الحدودية في محافظتي حجة وصعدة، "
     "وفي «إقليم آزال» الذي يضم صنعاء العاصمة والمحافظة ومحافظات عمران وصعدة وذمار، تواصل "
     "مقاومة آزال هجماتها التي تستهدف المسلحين الحوثيين، ونفذ عناصر المقاومة، أمس، هجومًا "
     "بقنبلة يدوية على دورية للحوثيين في مدينة معبر، بمحافظة ذمار.", "هجومًا", ["مدينة معبر"]),
]


@pytest.mark.parametrize("text, trigger, location", KEPT)
def test_no_region(text, trigger, location):
    assert places(text, trigger)[0] == location
