"""recip6 (issue 12, twenty-second session): recipients the party filter or the clause reading
lost, read by construction in every war.

- `addressees.asked_addressee`: whom a verb or participle of asking asks — the phrase right
  before what is asked (إلى/على or a verbal noun with ب/ل) — is a party by that frame,
  whatever its head noun (وسائل الإعلام، المرجعية الشيعية، الهيئات المسؤولة): one asks
  people, bodies and states. The party filter keeps it as read.
- `targets.held_from`: a place seized or cleared was taken from the party a phrase of holding
  names (من قبضة، من سيطرة، كانت في أيدي) or the party fought before it (بعد مواجهات مع).
- `objects.joined_party`: no conjunct whose first word carries a pronoun (، وأهمها حي …).

Sentences from the dev sets (fresh3 … fresh29) and the free news of scripts/free_news.py
(snn_*); the guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import roles_of

FOUND = [
    # fresh3: a verb of asking with its subject said before, a phrase no lexicon names
    ("وتتهم الحكومة في تونس السلطات بالتقصير، ودعت وسائل الإعلام إلى البعد عن كل ما من شأنه "
     "إثارة الفتنة.", "دعت", "وسائل الإعلام"),
    # fresh8: a quantifier of all on a noun with a pronoun
    ("وقالت إن الوضع في البلاد صعب للغاية، ودعت جميع مواطنيها إلى مغادرة ليبيا.", "دعت",
     "جميع مواطنيها"),
    # fresh11: whom the call goes to after the subject and its comma
    ("من جهته، طالب الناشط المدني والفنان المسرحي علي الشيباني، المرجعية الشيعية بإصدار فتوى "
     "صريحة بالتظاهر.", "طالب", "المرجعية الشيعية"),
    # fresh19: the addressee's phrase goes on to what is asked (the gold's string is whole:
    # الهيئات المسؤولة عن تقديم الإغاثة والدعم)
    ("وطالب الدكتور اليامي في بيان اليوم الهيئات المسؤولة عن تقديم الإغاثة والدعم بتكثيف "
     "جهودها لتطويق الأزمة الإنسانية.", "طالب", "الهيئات المسؤولة"),
    # fresh13: a quantifier of all, a qualifying phrase, then what is asked
    ("وطالبت الوزارة كافة الدول خاصة الأعضاء في مجلس الأمن بالتصدي العاجل لـ \"هذا التصعيد\".",
     "طالبت", "كافة الدول"),
    # fresh19: a place freed from the grip of a party, past a time
    ("وأوضح أن السفن تنقل المواد التموينية والطبية لموانئ ومطار عدن الذي حرر خلال الأيام الماضية "
     "من قبضة الانقلابيين في إطار عملية «السهم الذهبي».", "حرر", "الانقلابيين"),
    # fresh3: past a partitive, from the control of a party
    ("وقال كرحوت إنه تم تحرير أكثر من 50 %من أحياء الرمادي مركز محافظة الأنبار من سيطرة داعش، "
     "وأهمها حي التأميم.", "تحرير", "داعش"),
    # fresh29: the place taken was in the hands of a party
    ("وسيطرت القوات الموالية للحكومة اليمنية على زنجبار، عاصمة محافظة أبين في جنوب البلاد التي "
     "كانت في أيدي المتمردين الحوثيين.", "سيطرت", "المتمردين الحوثيين"),
    # region: the party fought before the seizure
    ("من جهة أخرى سيطرت المقاومة الشعبية في محافظة مأرب شرق البلاد على منطقة «الفاو» بعد "
     "مواجهات عنيفة مع الانقلابيين، فيما دمرت قوات التحالف مخازن أسلحة.", "سيطرت",
     "الانقلابيين"),
    # team: the same past a time
    ("وسيطر التنظيم على المدينة بعد قتال عنيف مع قوات الجيش السوري الليلة الماضية.", "سيطر",
     "قوات الجيش السوري"),
    # free news (snn_region_0487): a participle of asking, a noun with its pronoun
    ("جاء ذلك في خطاب تلفزيوني للحوثي على الهواء مباشرة اليوم (الأحد) استهدف – فيما يبدو – رفع "
     "الروح المعنوية لقواته، داعياً أنصاره إلى مواصلة المعركة والتصدي للحكومة المدعومة من "
     "التحالف العربي في اليمن.", "داعياً", "أنصاره"),
    # free news (snn_syria_0013): from the hands of a party named in quotes
    ("وفي الشمال الشرقي، استطاع المقاتلون الأكراد السوريون السيطرة على مساحة من الأرض تمتد "
     "لمسافة طويلة انتزعوها من أيدي تنظيم «داعش» قرب الحدود التركية فسيطروا على كوباني أولاً.",
     "سيطرة", "تنظيم «داعش»"),
    # free news (snn_syria_0424): the party fought before the seizure, past a place
    ("وكان التنظيم سيطر على كامل بلدة مهين شمال شرق بلدة القريتين، بعد اشتباكات مع قوات الأسد، "
     "أسفرت عن مقتل وجرح عناصر من الأخيرة.", "سيطر", "قوات الأسد"),
    # fresh: past a bracketed place and a comma
    ("وقالت إن قوات موالية لهادي بسطت سيطرتها الكاملة على مدينة الحوطة عاصمة محافظة لحج (شمالي "
     "عدن)، بعد اشتباكات عنيفة مع المتمردين.", "سيطرتها", "المتمردين"),
]


@pytest.mark.parametrize("text,trigger,recipient", FOUND)
def test_recipient_found(text: str, trigger: str, recipient: str) -> None:
    actors, recipients = roles_of(text, trigger)
    assert recipient in recipients and recipient not in actors


NOT_FOUND = [
    # free news (snn_syria_0031 …): what is asked, read as the object, is no one asked
    ("كما طالب مجلس الأمن الدولي بتحمل كامل مسؤولياته القانونية في وضع حد لجرائم النظام "
     "الإيراني.", "طالب", "بتحمل كامل مسؤولياته القانونية في وضع حد"),
    ("وقال الدفاع «إنه حكم قاس، على الرغم من أنه جاء أقل مما طالبت به النيابة العامة من عقوبة "
     "بالسجن 14عامًا».", "طالبت", "عقوبة"),
    ("وقد دعت تركيا لإقامة منطقة خاضعة للحماية في شمال سوريا.", "دعت", "لإقامة منطقة خاضعة"),
    # fresh3: a phrase on a pronoun after a comma points back, no second party
    ("وقال كرحوت إنه تم تحرير أكثر من 50 %من أحياء الرمادي مركز محافظة الأنبار من سيطرة داعش، "
     "وأهمها حي التأميم.", "تحرير", "أهمها حي التأميم"),
]


@pytest.mark.parametrize("text,trigger,recipient", NOT_FOUND)
def test_recipient_not_found(text: str, trigger: str, recipient: str) -> None:
    assert recipient not in roles_of(text, trigger)[1]
