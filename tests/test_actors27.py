"""actors27: actors written past an aside, in a relative clause after its verb, and the
feminine حال (issue 12).

- `nouns.light_verb_aside`: a light verb opening its clause, its subject, then asides set off
  by commas (شن طيران التحالف، ليلة الأحد، غارات) or dashes, then an indefinite deed noun: the
  subject is the noun's actor.
- `roles.View.dash_aside_open`: an aside between dashes after a subject (جبهة النصرة -جناح
  تنظيم القاعدة في سوريا- هاجمت) is skipped as a parenthesis is.
- `subjects.adverbial_subject` (`feminine_participle`): a feminine participle of words after a
  comma (، مطالبة، ، متوعدة) shares the subject of the feminine verb before it, or the speaker
  when the quote it follows is closed.
- `verbs.object_pronoun`: a verb with an object pronoun after a relative pronoun takes the party
  after it past a time or an opening quote (الذي اغتاله «داعش»، الذي استعادته الأسبوع الماضي
  القوات الموالية).
- `verbs.relative_resumed`: a relative clause whose head is resumed on a preposition later
  (التي قصفت قوات النظام مناطق سكنية فيها) has the party after its verb for subject.
- `nouns.agent_after` (`manner_participles`): a masculine participle of manner (قصف مكثف،
  هجوم مسلح) passes between a deed noun and its agent's ل.
Sentences from the demo corpus (demo-data/) and the region news (scripts/free_news.py); every
row of FOUND fails with main's (7de3b49) src/.
"""

from __future__ import annotations

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text

FOUND = [
    # (text, trigger, actors)
    # a light verb's subject, then a time between commas (demo corpus)
    ("في غضون ذلك، شن طيران التحالف، ليلة الأحد، غارات عدة على معسكرات يتخذها الحوثيون مقرات "
     "لهم في محافظة الجوف، شمال شرقي العاصمة صنعاء.", "غارات", ["طيران التحالف"]),
    # a time phrase, then the comma (demo corpus, another outlet)
    ("وبدأت قوات النظام وحزب الله اللبناني في الرابع من يوليو (تموز) الحالي، هجوما على مدينة "
     "الزبداني، آخر مدينة في المنطقة الحدودية مع لبنان.", "هجوما",
     ["قوات النظام", "حزب الله اللبناني"]),
    # two appositions between commas (demo corpus)
    ("أجرى باسل آصف شوكت، ابن بشرى حافظ الأسد، وأخت رئيس النظام السوري، زيارة عاجلة إلى أهل "
     "الضابط الذي قتل على يد سليمان هلال الأسد.", "زيارة", ["باسل آصف شوكت"]),
    # (region news)
    ("ونفذ عناصر المقاومة، أمس، هجومًا بقنبلة يدوية على دورية للحوثيين في مدينة معبر، بمحافظة "
     "ذمار.", "هجومًا", ["عناصر المقاومة"]),
    # a subject past an aside between dashes (demo corpus)
    ("قال المرصد السوري لحقوق الإنسان وجماعات مقاتلة إن جبهة النصرة -جناح تنظيم القاعدة في "
     "سوريا- هاجمت مقاتلين تابعين للجيش الحر مدعومين من الغرب في شمال البلاد الجمعة.", "هاجمت",
     ["جبهة النصرة"]),
    # (demo corpus, another article)
    ("وجيش الفتح -المؤلف من فصائل أهمها جبهة النصرة وحركة أحرار الشام- سيطر، الخميس، على ثلاث "
     "نقاط من الخط الدفاعي لقوات النظام في الصواغية شرقي الفوعة.", "سيطر", ["جيش الفتح"]),
    # (region news)
    ("وأبان أن المركز -من خلال هذا التدشين- يوزع 100 ألف سلة غذائية، على المحتاجين من الفقراء "
     "والنازحين.", "يوزع 100 ألف سلة غذائية", ["المركز"]),
    # the feminine حال after a feminine verb (demo corpus, two outlets)
    ("رحبت جامعة الدول العربية بالهدنة الإنسانية في اليمن، مطالبة المليشيات المتمردة باحترام "
     "هذه الهدنة في ظل المعاناة المريرة.", "مطالبة", ["جامعة الدول العربية"]),
    # (region news)
    ("كما أكدت حركة الجهاد الإسلامي أن المقاومة ستقوم بدورها وواجبها الوطني بالدفاع عن الشعب "
     "الفلسطيني، مطالبةً الجماهير الفلسطينية في كل مكان لتصعيد المواجهة مع الاحتلال.",
     "مطالبةً", ["حركة الجهاد الإسلامي"]),
    # after a closed quote: the speaker's clause, not the quoted verb's (demo corpus)
    ("وقالت القوات الكردية في بيان «رغم إعلاننا بشكل رسمي أننا لسنا جزءًا مما يدور من أحداث، "
     "فإن حكومة أنقرة استهدفت مواقعنا»، مطالبة «شركاءنا في التحالف الدولي ضد (داعش) بتوضيح "
     "موقفهم».", "مطالبة", ["القوات الكردية"]),
    # an object pronoun after a relative pronoun, a quoted subject (demo corpus)
    ("واختير ليكون ممثلًا للظواهري بدل أبو خالد السوري الذي اغتاله «داعش» بعد نحو 15 عاما.",
     "اغتاله", ["داعش"]),
    ("ولا يزال حتى الساعة مصير العناصر الـ13 من الفرقة الـ30 الذين اختطفتهم «جبهة النصرة» "
     "نهاية الأسبوع الماضي.", "اختطفتهم", ["جبهة النصرة"]),
    # past a time (region news, three outlets)
    ("وقال وزير النقل اليمني للصحافيين في المطار: \"إنها بداية العمليات في المطار\"، الذي "
     "استعادته الأسبوع الماضي القوات الموالية للحكومة، بعد معارك عنيفة مع المتمردين الحوثيين.",
     "استعادته", ["القوات الموالية للحكومة"]),
    # the head resumed on a preposition later in the relative clause (demo corpus)
    ("فضلاً عن مدينة تلبيسة بريف حمص الشمالي التي قصفت قوات النظام مناطق سكنية فيها، إضافة إلى "
     "استهدافها عدة بلدات في الريف الشرقي لدمشق.", "قصفت", ["قوات النظام"]),
    ("وترى المصادر أن المناطق التي استعاد النظام السيطرة عليها «هي تلك التي شاركت في معاركها "
     "قوات حليفة للنظام».", "استعاد", ["النظام"]),
    # a masculine participle of manner before the agent's ل (demo corpus; region news)
    ("كما اندلعت اشتباكات عنيفة، امس السبت، بين الحوثيين والموالين لصالح والمقاومة الشعبية "
     "بمحافظة أبين جنوبي اليمن، وسط قصف مكثف للحوثيين على إحدى قرى المنطقة.", "قصف",
     ["حوثيين"]),
    ("وقتل جنديان في هجوم مسلح للمقاومة على نقطة تابعة للحوثيين.", "هجوم", ["مقاومة"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), FOUND)
def test_actor_found(text, trigger, actors):
    assert roles_of(text, trigger)[0] == actors


NOT_RECIPIENT = [
    # (text, trigger, phrase): the subject after a relative clause's verb is no recipient
    ("فضلاً عن مدينة تلبيسة بريف حمص الشمالي التي قصفت قوات النظام مناطق سكنية فيها.", "قصفت",
     "قوات النظام"),
    ("وترى المصادر أن المناطق التي استعاد النظام السيطرة عليها هي تلك.", "استعاد",
     "النظام السيطرة"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase"), NOT_RECIPIENT)
def test_not_the_recipient(text, trigger, phrase):
    assert phrase not in roles_of(text, trigger)[1]


KEPT = [
    # (text, trigger, phrase that must not be an actor): guards, passing on both sides
    # who tells a death in an aside need not have caused it
    ("أعلنت وزارة الصحة، في بيان، مقتل 20 شخصا.", "مقتل", "وزارة الصحة"),
    # a feminine participle after a masculine verb is not that verb's subject's
    ("رحب الوزير بالهدنة، مطالبة المليشيات باحترامها.", "مطالبة", "الوزير"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase"), KEPT)
def test_not_the_actor(text, trigger, phrase):
    assert phrase not in roles_of(text, trigger)[0]


def test_weapons_after_a_verb_are_no_subject():
    # وضربها | بالصواريخ والطائرات: past ب, the weapons are no subject of the verb (region news)
    doc = extract_text("كما حصل في تدمير غزة وضربها بالصواريخ والطائرات.. وأسر آلاف "
                       "الفلسطينين.", published="2015-08-01")
    assert all(doc.span_text(r) != "الطائرات" for e in doc.events for r in e.actor)


def test_the_relative_clause_keeps_its_head_as_subject():
    # no resumptive pronoun on a preposition before the next verb: the head is the subject
    assert roles_of("وقال إن الجيش الذي قصف المدينة أمس سيطر عليها.", "قصف")[0] == ["الجيش"]
