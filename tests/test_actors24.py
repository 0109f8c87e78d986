"""actors24: actors named by an agent phrase or another clause of the sentence (issue 12).

- `agents.hand_doer`: على يد / على أيدي later in a deed's clause names its doer, whatever
  noun heads the phrase (the party filter is enough; من قبل، من جانب keep their stricter
  reading in frame.agent_phrase, since they also read "before", "on the side of").
- `agents.also_actor`: a verb right after كما ("and also"), or the light verb of a deed noun
  there, goes on with the doer of the deed told before it in the sentence; not a verb of a
  deed done to people (a passive, unvowelled), nor a deed noun governed by another.
- `context.pronoun_subject` through a light verb's preposition: إنها تمكنت من قتل — the
  pronoun on the complementizer is the speaker (a speaker of the same sentence only).
- `verbs.read_clause`: a phrase inside a whole relative clause right before the verb is
  that clause's, not the verb's subject; the clause's antecedent is (not a place).
Sentences from the dev sets (team, fresh7, fresh13), the demo corpus and the region news.
"""

from __future__ import annotations

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text

FOUND = [
    # (text, trigger, actors)
    # hand_doer: fresh7, fresh13, the region news
    ("وفي شهادة لطفل يدعى راشد س. (11 عاما) فانه اعتقل على يد افراد من قوة شرطة حرس "
     "الحدود الإسرائيلية في القدس في نوفمبر (تشرين الثاني)، مشيرا الى انهم وضعوا على رأسه "
     "كيسا اسود.", "اعتقل", ["افراد من قوة شرطة حرس الحدود الإسرائيلية"]),
    ("ومئير اتينغر هو حفيد الحاخام مئير كاهانا الذي أسس حركة كاخ العنصرية المناهضة للعرب "
     "والذي اغتيل العام 1990 على أيدي الفلسطينيين.", "اغتيل", ["الفلسطينيين"]),
    ("وفي عمان، قال مسؤولون إن الجانبين اتفقا على رفع مشروع قرار إلى مجلس الأمن الدولي، ردا "
     "على إحراق الرضيع الفلسطيني علي دوابشة على يد مستوطنين متطرفين.", "إحراق",
     ["مستوطنين متطرفين"]),
    # also_actor: team (two articles), the demo corpus (and the region news below)
    ("هددت الولايات المتحدة نظام الأسد أمس الاثنين باتخاذ خطوات إضافية (للدفاع في سوريا عن "
     "القوات المعارضة التي دربتها)كما فرضت في الوقت نفسه عقوبات جديدة على النظام السوري.",
     "عقوبات", ["الولايات المتحدة"]),
    ("قالت منظمة سورية محسوبة على المعارضة إن قريتين شيعيتين في محافظة إدلب تعرضتا لمئات "
     "الصواريخ التي أطلقتها فصائل إسلامية معارضة، كما فجرت فيها سيارات مفخخة.", "فجرت",
     ["فصائل إسلامية"]),
    ("واستولى المتمردون الحوثيون بدعم من وحدات من الجيش ظلت موالية للرئيس السابق علي "
     "عبدالله صالح على مناطق عدة من بينها العاصمة صنعاء في يناير الماضي، كما سيطروا بعد ذلك "
     "على عدن.", "سيطروا", ["المتمردون الحوثيون"]),
    # pronoun_subject through the light verb's preposition: fresh13, the demo corpus
    ("وقالت الحكومة إنها تمكنت من قتل 15 مسلحا من تنظيم داعش، بينما أفادت مصادر محلية بأن "
     "موجات نزوح جماعي بدأت.", "قتل", ["الحكومة"]),
    ("وجاء في بيان \"جيش الفتح\" في المنطقة الجنوبية، أنه تمكن من استعادة السيطرة على سد "
     "كوكب، وقتل عددا من عناصر اللواء.", "استعادة", ["جيش الفتح"]),
    # the antecedent of a whole relative clause before the verb (region news)
    ("المتظاهرون الذين جابوا شوارع كابل نددوا بصمت الحكومة تجاه ما يحدث.", "نددوا",
     ["المتظاهرون"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), FOUND)
def test_actor_found(text, trigger, actors):
    assert roles_of(text, trigger)[0] == actors


EMPTY = [
    # (text, trigger): no actor
    # the phrase after the relative's verb is no subject of the verb after it (fresh17: was
    # «تقوده الولايات المتحدة»; the antecedent after يعتقد أنها is not read)
    ("وعلى صعيد متصل، قال المرصد السوري لحقوق الإنسان إن طائرات حربية يعتقد أنها تابعة "
     "للتحالف الذي تقوده الولايات المتحدة قصفت مواقع لجبهة النصرة في شمال سوريا اليوم.",
     "قصفت"),
    # the antecedent is a place, no party (the region news)
    ("ناقشنا مع السلطة آلية استقبال العائدين والنازحين من داخل المديريات المنتهكة والمهدمة من "
     "قبل قوات الحوثي وصالح، كمديرية كريتر والتواهي وخورمكسر والمعلا التي كان فيها قصف شنيع "
     "وبالتالي المنازل تهدمت.", "قصف"),
    # the deed governed by another after كما: the storming is the enemy's (region news)
    ("وأن رجال المقاومة تمكنوا من صد هجوم عنيف لميليشيا الحوثي وصالح في قرية المجيرين، كما "
     "قاموا بإفشال محاولة اقتحام للمديرية.", "اقتحام"),
    # a speaker carried from the sentence before is not read through the preposition
    # (region news: the government, not the hospital's spokeswoman of an earlier sentence)
    ("وقالت متحدثة باسم مستشفى سوروكا في إسرائيل إن الطفل يعالج في المستشفى. وقالت أيضا إنها "
     "ستبدأ في احتجاز مواطنين يشتبه في ضلوعهم في أعمال عنف سياسي ضد الفلسطينيين.", "احتجاز"),
]


def test_second_light_verb_after_also():
    """The second raid, told after كما شن (region news), has the first's doer: the last event
    whose trigger reads غارات."""
    text = ("ومن جهته، شن طيران التحالف عدة غارات على مخازن الأسلحة في معسكر السواد جنوب "
            "صنعاء، كما شن أربع غارات على مواقع مليشيات الحوثي في منطقة حرض.")
    doc = extract_text(text, published="2015-08-01")
    raids = [e for e in doc.events if doc.span_text(e.trigger) == "غارات"]
    assert len(raids) == 2
    assert [doc.span_text(r) for r in raids[1].actor] == ["طيران التحالف"]


@pytest.mark.parametrize(("text", "trigger"), EMPTY)
def test_no_actor(text, trigger):
    assert roles_of(text, trigger)[0] == []
