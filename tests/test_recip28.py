"""recip28 (issue 12): the missed recipients on a trigger carrying ها, read one by one. Most
are the noun's agent (سيطرتها، رفضها، غاراتها: the recipient is elsewhere in the clause), and
the object pronouns left are each blocked by a different construction, so no rule was added.
These rows hold what the reading showed must stay as it is: an agent's pronoun names no
recipient, a place the pronoun stands for stays the deed's place, and a verb of asking's
pronoun is not read (tried: two fires on the demo and the news, none right). Sentences from
the dev sets (fresh3, fresh11, fresh13), the demo corpus and the region news."""

from __future__ import annotations

import pytest

from event_helpers import places, recipients

NO_RECIPIENT = [
    # fresh13: سيطرتها is the resistance's own control; what it took is the place
    ("في حين أفادت مصادر محلية في محافظة إب وسط اليمن أن المقاومة الشعبية تمكنت حتى مساء أمس "
     "الاثنين من السيطرة على أربع مديريات بالمحافظة, مشيرة إلى أن المقاومة أخذت مساء أمس في "
     "التقدم نحو مديرية يريم باتجاه العاصمة صنعاء عقب سيطرتها على مديرية الرضمة.", "سيطرتها"),
    # fresh3: رفضها is the ministry's refusal (its agent), not a refused party
    ("وأعلنت وزارة النقل الأردنية رفضها لإقامة المطار في موقعه الحالي كما حركت شكوى لأمور "
     "تتعلق بالسلامة الجوية.", "رفضها"),
    # fresh11: سيطرتهم, the Houthis' control of the city centre
    ("وقال سكان، إن المقاتلين الموالين للرئيس هادي ورجال المقاومة الشعبية خاضوا معارك لاستعادة "
     "الأحياء الشمالية من مدينة عدن من المقاتلين الحوثيين أمس الثلاثاء بعد يوم من اكتمال "
     "سيطرتهم على وسط المدينة.", "سيطرتهم"),
    # fresh13: غاراتها after a light verb, the planes' raids
    ("ميدانيا، واصلت طائرات التحالف العربي بقيادة المملكة غاراتها الجوية مستهدفة مواقع تلك "
     "المليشيات في أنحاء متفرقة من البلاد.", "غاراتها"),
    # the demo corpus (snn_syria_0190): a verb of asking's pronoun; the nearest party that
    # agrees (وائل أبو فاعور) is not whom the families asked (جنبلاط, whom they met)
    ("وتحرك الأهالي أمس باتجاه المختارة، حيث التقوا تيمور وليد جنبلاط بحضور وزير الصحة العامة "
     "وائل أبو فاعور، وطالبوه بالعمل على إعادة تحريك هذا الملف بأسرع وقت ممكن.", "طالبوه"),
    # the region news: نحثّهم stands for a whole list, of which the nearest phrase is a part
    ("فأنا على استعداد لبذل أقصى الجهود لإنجاح المشروع من خلال حث الأبناء والأخوة الأعزّاء من "
     "رجال دين وعشائر وشيوخ كرام وعسكريين وخبراء وأكاديميين ومثقفين وكل العراقيين الباحثين عن "
     "الخلاص، نحثّهم للالتحاق بالمشروع واحتضانه.", "نحثّهم"),
]


@pytest.mark.parametrize("text,trigger", NO_RECIPIENT)
def test_pronoun_names_no_recipient(text: str, trigger: str) -> None:
    assert recipients(text, trigger) == []


PLACE_KEPT = [
    # fresh11: هدمتها stands for the village; rasd keeps it the deed's place (this row's
    # gold codes it as the recipient too, most dev sets a struck place as the place only)
    ("كما اقتحمت جرافات الاحتلال الاربعاء قرية العراقيب مسلوبة الاعتراف في النقب الفلسطيني "
     "المحتل، وهدمتها بالكامل للمرة الـ87.", "هدمتها", "العراقيب"),
]


@pytest.mark.parametrize("text,trigger,place", PLACE_KEPT)
def test_place_pronoun_stays_the_place(text: str, trigger: str, place: str) -> None:
    assert recipients(text, trigger) == []
    assert place in places(text, trigger)[0]
