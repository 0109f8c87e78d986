"""actors39 (issue 12, twenty-second session): the subject of a clause read for a deed its
verb governs, circumstances or joins.

- A deed noun right after a preposition of circumstance (`adjunct_preps`: في، خلال، أثناء)
  in the adjunct of its clause's verb is done by that verb's subject: the actor of the
  verb's own event, or the subject read there (not a verb of undergoing, not a counted
  phrase after the verb) (rasd.events.agents.adjunct_actor).
- The negated verb of going on (`still_auxiliaries`: ما زال، لا يزال) between a subject and
  its verb leaves the subject the verb's, as كان does (rasd.events.nouns.subject_before_still,
  read by the verb's clause and by the light verb).
- Verbs of nearing, deciding and hastening to a deed (اقترب من، قرر، سارع إلى، بادر إلى)
  join `undertaking_verbs`, also past comma asides.
- A verb joined by و to a verb of its sentence that tells no event takes that verb's
  subject when the two agree (rasd.events.agents.joined_verb_actor).

FOUND rows are sentences of the dev gold (the set named) or of free news; they fail with
main's (65e7a7d5) src/. KEPT rows pass on both: they guard what the passes must leave.
"""

from __future__ import annotations

import pytest

from event_helpers import actors

FOUND = [
    # (text, trigger, actors expected)
    # the verb's own event gives its actor to the attacks it was done in (team)
    ("وفي فبراير شباط خطف مقاتلو التنظيم 250 مسيحيا اشوريا على الأقل بينهم الكثير من الأطفال "
     "والنساء في هجمات على قرى بشمال شرق سوريا في عملية خطف جماعي تزامنت مع هجوم شنته قوات "
     "كردية في نفس المنطقة بدعم من غارات جوية لتحالف تقوده الولايات المتحدة.", "هجمات",
     ["مقاتلو التنظيم"]),
    # the subject of a verb that tells no event: a speaker at a press conference (fresh19)
    ("وقال كيري خلال مؤتمر صحفي عقده مع نظيره المصري سامح شكري في القاهرة أمس، في إطار الحوار "
     "الاستراتيجي بين البلدين، لا شك على الإطلاق في أنه إذا تم تطبيق اتفاق فيينا بالكامل، فإنه "
     "سيجعل مصر وجميع دول المنطقة أكثر أمانا مما كانت قبله.", "مؤتمر صحفي", ["كيري"]),
    # fighting in clashes (fresh17)
    ("وسيطر المقاتلون على مباني الإذاعة والتلفزيون وقواعد للجيش وقوات الأمن في معارك عنيفة "
     "حسبما قال المتحدث باسم المجموعة علي الأحمدي.", "معارك", ["المقاتلون"]),
    # ما زالت between the subject and the light verb (fresh11)
    ("فيما أكدت هيئة شؤون الأسرى والمحررين أن سلطات الاحتلال الإسرائيلي ومصلحة سجونها ما زالت "
     "تواصل اعتقالاتها وانتهاكاتها بحق (200) طفل فلسطيني قاصر دون سن الـ (18عامًا)، موزعين "
     "بين ثلاثة سجون هي \"عوفر ومجدو وهشارون\".", "اعتقالاتها", ["سلطات الاحتلال الإسرائيلي"]),
    # اقترب past comma asides (fresh13)
    ("اقتربت المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي، اليوم، من تطهير محافظة "
     "البيضاء (وسط البلاد)، من مسلحي الحوثي، والقوات الموالية له.", "تطهير",
     ["المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي"]),
    # قرر (free news snn_syria_0124)
    ("فبعد تماهٍ تركي مع الجماعات الإسلامية بسوريا، والتغاضي عن «داعش» طوال العامين الماضيين، "
     "قررت تركيا الشروع بعملية عسكرية ضد «داعش».", "عملية عسكرية", ["تركيا"]),
    # a verb joined to a verb that tells no event (free news snn_syria_0386)
    ("وشدد المندوب الصيني على الحل السياسي باعتباره الحل الوحيد للأزمة السورية وطالب بعدم "
     "الانجراف عن المسار السياسي.", "طالب", ["المندوب الصيني"]),
]

KEPT = [
    # the verb of the clause is one of undergoing: its subject is the victims (free news
    # snn_region_0217)
    ("هذا فيما قتل أربعة مدنين واصيب اكثر من ٢٠ اخرين في قصف عشوائي على الاحياء السكنية.",
     "قصف", []),
    # a passive past a complementizer: those arrested are no raiders (snn_syria_0079)
    ("قال رئيس الوزراء التركي أحمد واود أوغلو في مؤتمر صحافي عقد اليوم (الجمعة)، إن 297 شخصا "
     "بينهم 37 أجنبيا اعتقلوا خلال المداهمات التي نفذت في أنحاء مختلفة من البلاد.", "مداهمات", []),
    # a killing verb with a count after it: no subject is read (snn_syria_0181)
    ("وكان خمسة مسلحين حوثيين من محافظة عمران لقوا مصرعهم واصيب سبعة آخرين السبت في كمين نصب "
     "لهم في نقيل سمارة بمحافظة إب وهم في طريقهم للقتال في أبين جنوب البلاد.", "كمين", []),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_actor_found(text: str, trigger: str, expected: list[str]) -> None:
    assert actors(text, trigger) == expected


@pytest.mark.parametrize("text,trigger,expected", KEPT)
def test_actor_kept(text: str, trigger: str, expected: list[str]) -> None:
    assert actors(text, trigger) == expected
