"""Trigger words read in a sense that tells no deed (events27, issue 12), as stated patterns
on real sentences: الحشد governed by a force noun or followed by an adjective of its kind
names the Popular or National Mobilization, a force; مسيرة with a possessive pronoun is a
career; فجر before أول / الأول (من أمس) is the dawn; a deed noun governed by an office, a
portfolio, a cell or a sector (وزير الاتصالات، شؤون الإغاثة، خلية الإجلاء، مجالات الإغاثة،
قواطع العمليات) names it; a verb of an act of words or a stance in the imperfect after a
relative pronoun (الميثاق الذي يدعو، الملا منصور الذي ينتقد) describes its noun. Sentences
from the dev sets (fresh7, fresh10, fresh13, fresh15, fresh17), the demo corpus and the region news;
each refusal is paired with the event of the same word that must stay."""

from __future__ import annotations

import pytest

from event_helpers import events_of

REFUSED = [
    # senses.json حشد. fresh13 (Fallujah): a force noun governs it
    ("وقال المصدر بأن الهجوم أسفر عن مقتل 58 وإصابة العشرات من أفراد الجيش ومليشيا الحشد.",
     "MOBILIZE", "حشد"),
    # fresh17 (Mosul): the adjective of its kind follows
    ("كما يتم الآن تدريب أبناء الحشد الوطني المتطوعين على يد قوات تركية خاصة.",
     "MOBILIZE", "حشد"),
    ("كثر الحديث ايضا عن تشكيل الحشد الوطني الذي يضم ابناء الموصل.", "MOBILIZE", "حشد"),
    # senses.json مسيرة. fresh17 (Taliban profile): a career
    ("عاد منصور الى أفغانستان واستأنف مسيرته عام 2006 وصعد في صفوف طالبان.",
     "PROTEST", "مسيرته"),
    # region news (sport): a career with a club
    ("وكادت الإصابة تنهي مسيرته مع الفريق قبل قدوم المدرب الوطني.", "PROTEST", "مسيرته"),
    # dawn_after أول/الأول. fresh17 (Jenin): the dawn of the day before yesterday
    ("يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة من قرية برقين.",
     "ASSAULT", "فجر"),
    # region news (Lahj): the dawn of the first day of the feast
    ("ولفت إلى أن المعارك اشتدت منذ ساعات فجر أول أيام عيد الفطر المبارك حتى اللحظة.",
     "ASSAULT", "فجر"),
    # doer_heads. fresh17 (EU, UNRWA): a commissioner's portfolio
    ("قالت المفوضية الأوروبية إن المفوض المكلف شؤون الإغاثة والمساعدات الإنسانية شارك في "
     "احتفالية إحياء الذكرى.", "AID", "إغاثة"),
    # fresh17 (Iraqi war media cell): the sectors of operations
    ("أعلنت خلية الإعلام الحربي اليوم مقتل العشرات من عناصر تنظيم داعش في قواطع العمليات "
     "العسكرية في محافظات الأنبار وصلاح الدين.", "ASSAULT", "العمليات"),
    # region news (KSrelief): the cell named by its deeds
    ("وصلت سفينة درب الخير إلى ميناء عدن بالتنسيق مع خلية الإجلاء والعمليات الإنسانية.",
     "RETREAT", "إجلاء"),
    # region news (Yemen cabinet): the minister of communications
    ("وقال وزير الأشغال العامة ووزير الاتصالات إن العمل جار لإعادة الخدمات إلى عدن.",
     "CONSULT", "اتصالات"),
    # region news (KSrelief): the fields of relief
    ("بالإضافة إلى استعراض مجالات الإغاثة وتسخير الإمكانات لخدمة الشعب اليمني.",
     "AID", "إغاثة"),
    # relative_stance_ok. fresh7 (OIC): what a charter says
    ("مؤكدة أنها تتعارض مع ميثاق منظمة التعاون الإسلامي الذي يدعو الى تعزيز العلاقات بين "
     "الدول الأعضاء.", "REQUEST", "يدعو"),
    # region news (Yemen): what a resolution says
    ("وطالب عسيري الحوثيين بتنفيذ قرار مجلس الأمن الدولي رقم 2216 الذي يدعو الحركة إلى "
     "الانسحاب من المدن.", "REQUEST", "يدعو"),
    # demo corpus (Yemen): where a party stands
    ("التقى بالأمين العام لحزب المؤتمر الشعبي العام الذي يؤيد صالح.", "SUPPORT", "يؤيد"),
    # demo corpus (Syria): a party's standing position
    ("والحال أن المعارضة السورية المعتدلة التي ترفض داعش لا تملك الدعم الكافي.",
     "REJECT", "ترفض"),
    # region news (Saudi Arabia): a threat as a property of terrorism
    ("لمحاربة ودحر الإرهاب الذي يهدد العالم بأسره.", "THREATEN", "يهدد"),
]


@pytest.mark.parametrize(("text", "kind", "word"), REFUSED)
def test_refused(text: str, kind: str, word: str) -> None:
    found = events_of(text)
    assert not any(t == kind and word in w for t, w in found), found


KEPT = [
    # the mustering verbs and nouns (fresh11, demo corpus, region news)
    ("أما على صعيد محافظة تعز، فما زال الثوار يحشدون قواتهم استعدادا للمعركة الكبرى.",
     "MOBILIZE", "يحشدون"),
    ("وحشد النظام قوات إضافية على حدود اللاذقية الشرقية مع إدلب وحماه.", "MOBILIZE", "حشد"),
    ("ما دفع بالحوثيين إلى حشد مقاتلين جدد من أبناء قبائل الشمال وإرسالهم إلى الجبهات.",
     "MOBILIZE", "حشد"),
    # a march (region news, Jordan; region set, Bil'in)
    ("وطالب مئات المتظاهرين الأردنيين في مسيرة نظمتها الحركة الإسلامية بطرد السفير.",
     "PROTEST", "مسيرة"),
    ("وقمعت قوات الاحتلال الإسرائيلي أمس مسيرة قرية بلعين السلمية الأسبوعية المناهضة "
     "للاستيطان.", "PROTEST", "مسيرة"),
    # فجر as a deed (demo corpus)
    ("وقال المرصد إن انتحاريا فجر نفسه بسيارة مفخخة على حاجز لوحدات حماية الشعب.",
     "ASSAULT", "فجر"),
    # a condemnation made, told in the perfect after the relative pronoun (fresh13)
    ("وشن ناشطون حملة ضد الرئيس الإسرائيلي رؤوفين ريفلين الذي ندد بـ \"الإرهاب اليهودي\".",
     "ACCUSE", "ندد"),
    # an imperfect stance verb told as the clause's own act, no relative pronoun
    ("وقال إن الفلسطينيين يرفضون القرار ويدعون إلى إلغائه.", "REJECT", "يرفضون"),
    # fresh15 (Israel, US aid): the noun is what is asked, its doer named after the pronoun
    ("ووصف المحادثات بشأن المساعدات التي تطالب بها إسرائيل بأنها فرصة لتقييم تداعيات "
     "الاتفاق.", "REQUEST", "تطالب"),
    # fresh10 (UNAMI): the time in which people demand reform, فيه after the verb
    ("إن هذه الاجراءات تأتي في الوقت الذي يطالب فيه المزيد من الناس بالإصلاح والكفاءة.",
     "REQUEST", "يطالب"),
    # demo corpus (Syria): an accusation made, told in a relative clause
    ("وقتلوا خمسة من أفراد «الفرقة 30»، التي تتهم «النصرة» أيضًا بخطف زعيم الفرقة.",
     "ACCUSE", "تتهم"),
    # a visit in the imperfect after the relative pronoun stays (region news)
    ("واستقبل ولي العهد نائب الرئيس اليمني خالد بحاح الذي يزور الإمارات حاليا.",
     "CONSULT", "يزور"),
    # the deed after a body's own verb, not its name (region news)
    ("وأوضح أن المركز نسق مع الحكومة اليمنية لنقل الجرحى إلى الأردن.", "COOPERATE", "نسق"),
]


@pytest.mark.parametrize(("text", "kind", "word"), KEPT)
def test_kept(text: str, kind: str, word: str) -> None:
    found = events_of(text)
    assert any(t == kind and word in w for t, w in found), found
