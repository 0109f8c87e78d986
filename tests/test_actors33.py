"""actors33: actors missed by construction (issue 12).

- A woman named right after a feminine verb is its subject, not its object
  (`verbs.woman_named`, read by `verbs.disagrees`): her name holds a woman's given name
  (`data/events/women_names.txt`: نادية السقاف، هيلاري كلينتون; not one after a particle:
  أبو ماريا is a man), or the document writes her surname after one (موغيريني after
  فيديريكا موغيريني, ريغيف after ميري ريغيف).
- The genitive of an intransitive verbal noun (`intransitive_deed_nouns`: سيطرة، انسحاب،
  تقدم) after تم / جرى is still its doer (`passives.done_passive`): تمت سيطرة تنظيم داعش على;
  a transitive noun's genitive there stays what was done to (تم اعتقال عبدالخالق الحوثي).
- A verb of moving forces whose needed word is its own subject (`doer_needed_verbs`:
  انتشر) takes that word as its actor (`arguments.needed_doer`): انتشرت القوات الأمنية;
  a counted force there read as the object is its subject (`arguments.needed_subject`:
  انتشر مئات الجنود).

Sentences from the dev sets fresh7, fresh11, fresh17, the region news and the demo corpus;
the FOUND rows fail with main's (25d3d57f) src/, the KEPT rows pass on both.
"""

from __future__ import annotations

import pytest

from event_helpers import actors, roles_of
from rasd.events.verbs import woman_named
from rasd.pipeline import extract_text
from rasd.roles import View

FOUND = [
    # (text, trigger, actors expected)
    # the surname after a woman's full name earlier in the article (fresh17)
    ("وقالت مايا كوسيانتيش، المتحدثة باسم فيديريكا موغيريني منسقة السياسة الخارجية في "
     "الاتحاد: «نتوقع من الحكومة الإسرائيلية، ليس فقط الأقوال، بل الأفعال لإثبات التزامها بحل "
     "الدولتين». وتعهدت موغيريني بتقديم مقترحات محددة حول هذا الموضوع، في وقت قريب، بعد "
     "التشاور مع الشركاء.", "تعهدت", ["موغيريني"]),
    # an intransitive verbal noun after تمت (fresh11)
    ("وأضاف المصدر أن \"تمت سيطرة تنظيم داعش على منطقة الملعب بعد انسحاب القوات العراقية\".",
     "سيطرة", ["تنظيم داعش"]),
    # the force inside the trigger (fresh11)
    ("وانتشرت القوات الأمنية في محيط مركز المحافظة أمس بعد أقل من أسبوعين على أعمال عنف.",
     "انتشرت القوات", ["القوات الأمنية"]),
    # a counted force there too: the verb takes no object (region news)
    ("وفي الثالث من آب/اغسطس الحالي، انتشر مئات الجنود من دول الخليج الاعضاء في التحالف حول "
     "عدن لتأمين كبرى مدن جنوب اليمن.", "انتشر مئات الجنود",
     ["مئات الجنود من دول الخليج الاعضاء"]),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_actor_found(text, trigger, expected):
    assert actors(text, trigger) == expected


def test_woman_subject_given_name():
    # a woman's given name opens the person after حثت (fresh7): she acts, she is no object
    text = ("وحثت سارة ليا ويتسن مديرة قسم الشرق الأوسط وشمال أفريقيا الولايات المتحدة على "
            "الضغط على حليفتها اسرائيل لانهاء ما وصفته بـ\"الممارسات المسيئة\".")
    found, recipients = roles_of(text, "حثت")
    assert found and found[0].startswith("سارة")
    assert not any(r.startswith("سارة") for r in recipients)


KEPT = [
    # (text, trigger, recipients expected): a transitive noun's genitive after تم is its
    # object (demo corpus)
    ("وذكرت الحركة دون إسهاب أنه تم اعتقال عبدالخالق الحوثي وهو قائد عسكري بجماعة الحوثي "
     "السبت.", "اعتقال", ["عبدالخالق الحوثي"]),
]


@pytest.mark.parametrize("text,trigger,expected", KEPT)
def test_object_kept(text, trigger, expected):
    assert roles_of(text, trigger)[1] == expected


WOMEN = [
    # (text, person, a woman?)
    ("وقالت نادية السقاف رئيسة لجنة الإغاثة الدولية، المقيمة في الرياض، عبر حسابها على موقع "
     "التواصل الاجتماعي «تويتر»، إن رحلات اليمنية توقفت.", "نادية السقاف", True),
    ("في نهاية الأسبوع، عادت هيلاري كلينتون إلى واجهة الصحف والتلفزيونات.", "هيلاري كلينتون",
     True),
    ("كما هاجمت وزيرة الثقافة الإسرائيلية، المتطرفة -ميري ريغيف-، الشعب الفلسطيني. وحاولت "
     "ريغيف الربط بين المقاومين الفلسطينيين المدافعين عن أرضهم، وبين الإرهابيين المستوطنين.",
     "ريغيف", True),
    # a woman's name after a particle names a man by his child (fresh17)
    ("وكانت قوات الاحتلال الإسرائيلي قد داهمت بيت فلاح حمد أبو ماريا، في بلدة بيت أمر.",
     "حمد أبو ماريا", False),
    ("واتهم الرئيس السوري بشار الأسد تركيا بدعم المسلحين.", "بشار الأسد", False),
]


@pytest.mark.parametrize("text,name,expected", WOMEN)
def test_woman_named(text, name, expected):
    doc = extract_text(text, published="2015-08-01")
    v = View(doc)
    hits = [e for e in doc.entities if e.type == "PER" and doc.text[e.start:e.end].endswith(name)]
    assert hits, [(e.type, doc.text[e.start:e.end]) for e in doc.entities]
    assert woman_named(v, hits[-1]) is expected
