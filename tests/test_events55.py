"""events55 (issue 12): deeds the trigger rows missed — a siege told as a state, presence
stepped up, costs borne, ground gained, a force crawling forward. Real sentences of the dev
gold and of the free news (saudinewsnet region and Syria), both ways: the deed read, and the
same words where they tell none."""

from __future__ import annotations

import pytest

from event_helpers import has_event, roles_of

# (sentence, category, trigger start, expected): the row or pass reads the deed, or refuses it
CASES = [
    # a siege told as a state: the participle as a predicate (besieged.besieged_state)
    ("وأوضح أن عدن ظلت محاصرة على مدى ثلاثة أشهر، باستثناء كميات محدودة من المساعدات.",
     "COERCE", "محاصرة", True),  # fresh29
    ("فعندها نستطيع أن نقول إن صنعاء محاصرة من كل الجهات.", "COERCE", "محاصرة", True),  # fresh10
    ("وبالرغم من ذلك اصيبوا بالذعر لأنهم محاصرون ونهايتهم باتت قريبة.",
     "COERCE", "محاصرون", True),  # fresh11
    ("وقد باتت القاعدة محاصرة من مختلف الاتجاهات، تقريبًا.", "COERCE", "محاصرة", True),
    ("بعد أن أصبحت المحافظة محاصرة من جهتي محافظتي الجوف وشبوة.", "COERCE", "محاصرة", True),
    ("إذ إن المدينة محاصرة بشكل كامل.", "COERCE", "محاصرة", True),  # Syria news
    ("حيث بات محاصرا بشكل شبه كامل من قوات النظام.", "COERCE", "محاصرا", True),
    # the participle as an attribute names a besieged place
    ("أمطرت الفصائل المقاتلة المعارضة للنظام السوري اربع بلدات شيعية محاصرة في شمال سوريا"
     " بالقذائف الصاروخية والمدفعية.", "COERCE", "محاصر", False),  # fresh27
    ("رست سفينة تحمل مساعدات غذائية لسكان مدينة عدن اليمنية المحاصرة في ميناء المدينة.",
     "COERCE", "المحاصر", False),  # fresh11
    ("وهما بلدتان محاصرتان في ريف إدلب تسكنهما أغلبية شيعية.", "COERCE", "محاصر", False),
    ("شنت على إثره طائرات حربية إسرائيلية غارة على القطاع المحاصر منذ تسع سنوات.",
     "COERCE", "المحاصر", False),  # fresh15
    # presence stepped up (MOBILIZE): a party's presence noun near a word of intensifying it
    ("كما كثفت من تواجدها في محيط المسجد وعلى بواباته.", "MOBILIZE", "تواجدها", True),
    ("أن الحوثيين عمدوا في بداية العاصفة على تكثيف وجودهم في المواقع التاريخية.",
     "MOBILIZE", "وجودهم", True),  # dev gold
    ("مؤكدًا على أن الأجهزة الأمنية ستكثف وجودها بالقرب من المؤسسات.",
     "MOBILIZE", "وجودها", True),  # region news
    ("واستدعت أن يعزز الجيش الإسرائيلي من وجوده في الضفة الغربية.",
     "MOBILIZE", "وجوده", True),  # region news
    ("ولا يمكن الحديث عن سلام في ظل وجودهم في المدينة.", "MOBILIZE", "وجود", False),
    # costs borne (AID): تكفل with the cost after ب
    ("وأوضح أن الحملة تكفلت بكامل نفقات معالجة هذه المريضة.", "AID", "تكفلت", True),
    ("وتساعدهم على مواجهة ظروف الحياة، تكفل حقوقهم.", "AID", "تكفل", False),  # region news
    ("الدولة التي تكفل دون تمييز، حقوق كافة مكونات الشعب السوري.", "AID", "تكفل", False),
    # ground gained by a force (ASSAULT)
    ("أحرزت المقاومة الشعبية في محافظة تعز تقدمًا كبيرًا في كل جبهات القتال بالمدينة.",
     "ASSAULT", "تقدم", True),  # dev gold
    ("وأضافت أن رجال المقاومة حققوا تقدماً على حساب مسلحي الجماعة.",
     "ASSAULT", "تقدم", True),  # region news
    ("وقال إن برنامج (شقيقي صحتك تهمني) حقق تقدماً واضحاً خلال المراحل السابقة.",
     "ASSAULT", "تقدم", False),  # Syria news
    # a force crawling forward
    ("إن مقاتلي المقاومة زحفوا أمس الجمعة باتجاه مواقع مليشيات الحوثي وصالح.",
     "ASSAULT", "زحفوا", True),  # dev gold
]


@pytest.mark.parametrize(("text", "category", "word", "expected"), CASES)
def test_deed_read_or_refused(text: str, category: str, word: str, expected: bool) -> None:
    assert has_event(text, category, word) is expected


def test_besieged_subject_is_no_actor() -> None:
    """The besieged participle's subject is what is besieged, the one after من besieges."""
    actors, recipients = roles_of("حيث بات محاصرا بشكل شبه كامل من قوات النظام.", "محاصرا")
    assert actors == ["قوات النظام"] and recipients == []
