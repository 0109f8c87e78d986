"""The doer of a deed told through an accusation (issue 12, actors45): the accused, the
recipient of a word of accusing (data/events/accused.json), is the actor of the deed its ب
phrase opens, right after the accused (past an aside of time) or past a noun of committing
(rasd.events.accused.accused_doer). Left: a party after الوقوف وراء, a deed in a later
clause, a deed that has its own doer (اتهامات … بقصف الجيش التركي مواقعها).
The pronoun on a verbal noun whose object follows after ل is its agent (استهدافهم للمدنيين:
rasd.events.context.possessive_actor with accused.lam_object_after); a frequency idiom
(بين فترة وأخرى) is a time word (claims/words.json `time_words`), so a light verb's subject
reaches its deed noun past it. Sentences from the dev gold (sets named) and the region and
Syria news of /work/wt/notes/free."""

from __future__ import annotations

import pytest

from event_helpers import actors

FOUND = [
    # (sentence, trigger, actor it must hold)
    ("وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام علي اختطاف ثلاثة من المستوطنين مما "
     "تسبب في التأثير السلبي علي جهود تشكيل حكومة وحدة وطنية.", "اختطاف", "حماس"),  # fresh7:
    # past a noun of committing and its preposition
    ("واتهمت الجماعة جبهة النصرة بخطف زعيمها وعدد من أفرادها هذا الأسبوع.", "خطف",
     "جبهة النصرة"),  # Syria news: the deed right after ب
    ("واتهمت ميليشيا وحدات الحماية الكردية تنظيم داعش بإطلاق قذائف تحتوي على غازات سامة على "
     "قواتها في منطقة الصالحية بمدينة الحسكة، وعلى مواقع كردية أخرى جنوب بلدة تل براك، الشهر "
     "الماضي.", "قذائف", "تنظيم داعش"),  # Syria news: past إطلاق
    ("اتهمت منظمة “هيومن رايتس ووتش” المتمردين الحوثيين بارتكاب جرائم حرب في اليمن وذلك من "
     "خلال استهدافهم للمدنيين بالصواريخ وقذائف المورتر عشوائيًا في مدينة عدن جنوبي البلاد.",
     "استهدافهم", "الحوثيين"),  # fresh15: the pronoun of a verbal noun with a ل object
    ("وتشن مقاومة تهامة بين فترة وأخرى هجمات مسلحة على تجمعات وآليات تابعة للحوثيين، أدت إلى "
     "مقتل وإصابة العشرات منهم.", "هجمات", "مقاومة تهامة"),  # fresh7: past a frequency idiom
]

LEFT = [
    # (sentence, trigger, a phrase that must not be its actor)
    ("من جهة أخرى, نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها "
     "في قرية حدودية.", "قصف", "وحدات الحماية الكردية السورية"),  # Syria news: the deed
    # names its own doer (its genitive), and the accusation here is the Kurds' own
    ("وتتهم السلطات الأفغانية أجهزة الاستخبارات الباكستانية بالوقوف وراء حركة طالبان التي "
     "تشن هجمات ضد القوات الأفغانية وقوات الحلف الأطلسي.", "هجمات",
     "أجهزة الاستخبارات الباكستانية"),  # region news: past الوقوف وراء a party, not a deed
    ("اتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير، حيث ذكرت أن أربعة "
     "مدنيين قتلوا في قصف للمناطق الباكستانية من الإقليم المضطرب.", "قصف",
     "الهند"),  # Syria news: a deed of a later clause is not the one charged
    ("وقال: «لم تكن كفريا والفوعة هدفًا للثوار الذين لم يحاولوا يومًا اقتحامهما لكونهما بلدتين "
     "شيعيتين ضمن محيط سنّي».", "اقتحامهما", "كفريا"),  # Syria news: ل of a reason, no
    # object: the pronoun is the towns stormed, no agent
]


@pytest.mark.parametrize(("text", "trigger", "want"), FOUND)
def test_found(text: str, trigger: str, want: str) -> None:
    assert want in actors(text, trigger)


@pytest.mark.parametrize(("text", "trigger", "unwanted"), LEFT)
def test_left(text: str, trigger: str, unwanted: str) -> None:
    assert unwanted not in actors(text, trigger)

