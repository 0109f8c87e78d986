"""An ambush (كمين، كمائن) is an attack (ASSAULT, events21): a party lies in wait for another.
It is no event in the checkpoint sense of the Egyptian press, a post set up (أنشأت كمينا،
كمائن أمنية ثابتة، كمائن تم إنشاؤها). And a deed told after a report's complementizer
(منوها بأن «…») does not take the actor of the deed before it: the side that flees after the
ambush is the ambushed one, named in its own clause. Sentences from the demo corpus, the
region news and the dev sets (fresh5, fresh11, fresh13)."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def events(text: str) -> list[tuple[str, str, list[str]]]:
    doc = extract_text(text, published="2015-08-01")
    return [(e.type, doc.span_text(e.trigger), [doc.span_text(r) for r in e.actor])
            for e in doc.events]


AMBUSH = [
    # fresh13 (al-Bayda): a killing by an ambush the resistance laid
    "أما في قيفة رداع بالبيضاء فقد قتل ثمانية حوثيين بكمين نصبته المقاومة الشعبية.",
    # region news (Yemen): rebels killed in an ambush
    "وفي محافظة الضالع، شمال عدن، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة "
    "متمردين في كمين وأسر 119 آخرين.",
    # demo corpus (Lebanon): fighters killed in an ambush they fell into
    "وتشير المعلومات الى مقتل اكثر من عشرة من عناصر حزب الله في كمين تعرضوا له داخل الأراضي "
    "السورية.",
    # demo corpus (Yemen): ambushes carried out against two patrols
    "وقالت مصادر في المقاومة الشعبية بقيفة: إن مسلحي المقاومة نفّذوا كمائن استهدفت دوريتين "
    "لمليشيا الحوثي وقتلت من كانوا على متنها.",
]


@pytest.mark.parametrize("text", AMBUSH)
def test_ambush_is_an_attack(text: str) -> None:
    found = events(text)
    assert any(t == "ASSAULT" and ("كمين" in w or "كمائن" in w) for t, w, _ in found), found


CHECKPOINT = [
    # fresh5 (Egypt): checkpoints set up, told with the passive after the noun
    "وتأتي الكمائن الثابتة الجديدة ضمن سلسلة كمائن تم إنشاؤها في مواقع متفرقة.",
    # fresh5 (Sinai): a setting-up verb or verbal noun before it, a fixed post after it
    "من جهتها، انتهت قوات الجيش في مركز الشيخ زويد من إقامة ثلاثة كمائن أمنية ثابتة جديدة "
    "شديدة التحصين.",
    "كما أنشأت كمينا بمنطقة دوار القادود في مدينة رفح.",
    # fresh (Arish) and the region news: checkpoints among security measures
    "كما تم تشديد الإجراءات الأمنية وإنشاء كمائن ثابتة ومتحركة وتفتيش السيارات المارة.",
]


@pytest.mark.parametrize("text", CHECKPOINT)
def test_checkpoint_is_no_event(text: str) -> None:
    found = events(text)
    assert not any("كمين" in w or "كمائن" in w for _, w, _ in found), found


FLIGHT = [
    # fresh11 (al-Dhale): the attackers flee the ambush; the ambushers are not who fled
    ("وقال مصدر في المقاومة لـ«الشرق الأوسط» إن «قتل عناصر الحوثي جاء إثر عملية كمين نفذه "
     "رجال المقاومة»، منوهًا بأن «بقية أفراد القوة المهاجمة لاذت بالفرار تاركة خلفها جثث "
     "قتلاها وأسلحتها».", "لاذت بالفرار", "رجال المقاومة"),
]


@pytest.mark.parametrize(("text", "trigger", "not_actor"), FLIGHT)
def test_flight_after_report_keeps_no_carried_actor(text: str, trigger: str,
                                                    not_actor: str) -> None:
    found = events(text)
    assert any(t == "ASSAULT" and w == "كمين" and not_actor in a for t, w, a in found), found
    flight = [a for _, w, a in found if w == trigger]
    assert flight and not_actor not in flight[0], found


def test_same_clause_still_carries() -> None:
    # a deed joined in one clause with no report between still shares its actor (clause_actor)
    found = events("سيطرت المقاومة الشعبية في محافظة مأرب على منطقة الفاو بعد مواجهات عنيفة.")
    assert any(w == "مواجهات" and "المقاومة الشعبية" in a for _, w, a in found), found
