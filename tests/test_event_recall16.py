"""Events missed for want of a word (events16): the verbal nouns, passives and duals of
known verb triggers (data/events/trigger_forms.tsv) and the vocabulary absent from
triggers.tsv (fleeing, solidarity, objection, looting, detention, deportation, sentencing,
troops sent or deployed, calls); and the other senses of those words, which stay no event.
Sentences written for these tests in the style of Arabic wire news."""

from __future__ import annotations

import pytest

from event_helpers import events_of
from rasd.lexicons import family_forms, read_tsv

FOUND = [
    ("وهوجمت دورية للجيش قرب الحدود فجر اليوم.", "ASSAULT", "هوجمت"),
    ("وأعلنت المقاومة مهاجمة مواقع المسلحين في أطراف المدينة.", "ASSAULT", "مهاجمة"),
    ("وقد تم تحشيد آلاف المقاتلين على أطراف المدينة.", "MOBILIZE", "تحشيد"),
    ("وقامت عصابات مسلحة بنهب المحلات التجارية في السوق.", "COERCE", "نهب"),
    ("وانتشرت قوات الجيش في شوارع العاصمة صباح اليوم.", "MOBILIZE", "انتشرت"),
    ("وأرسلت الحكومة ألف جندي إلى الحدود الشمالية.", "MOBILIZE", "أرسلت"),
    ("واعترضت الحكومة على قرار مجلس الأمن.", "REJECT", "اعترضت"),
    ("وتحفظت ثلاث دول على البيان الختامي للقمة.", "REJECT", "تحفظت"),
    ("وأفاد شهود بأن المسلحين لاذوا بالفرار بعد وصول قوات الأمن.", "RETREAT", "لاذوا"),
    ("ودانت الجامعة العربية التفجير الذي استهدف المسجد.", "ACCUSE", "دانت"),
    ("وقبضت الشرطة على ثلاثة مطلوبين في حي الشعب.", "COERCE", "قبضت"),
    ("وحكمت محكمة الجنايات بالسجن عشر سنوات على المتهم.", "SANCTION", "حكمت"),
    ("وجددت النيابة حبس المتهمين خمسة عشر يوما.", "COERCE", "حبس"),
    ("وجدد الرئيس الدعوة إلى وقف القتال فورا.", "REQUEST", "الدعوة"),
    ("وتواصل السلطات ترحيل المهاجرين إلى بلدانهم.", "COERCE", "ترحيل"),
    ("وعقد المجلس اجتماعا طارئا بناء على طلب من تركيا.", "REQUEST", "بناء على طلب"),
    ("وقال الأمين العام مؤكدا دعمه لجهود الحكومة في مكافحة الإرهاب.", "SUPPORT", "دعمه"),
    ("وأوضح أنه تم الاتفاق على عقد اجتماع قريب بين الجانبين.", "AGREE", "تم الاتفاق"),
    ("وثمنت الحكومة جهود المملكة في إغاثة النازحين.", "SUPPORT", "ثمنت"),
    ("وأكد شهود وقوع انفجارين في وسط المدينة مساء أمس.", "ASSAULT", "انفجارين"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), FOUND)
def test_found(text: str, type_: str, trigger: str) -> None:
    evs = events_of(text)
    assert any(t == type_ and w.startswith(trigger) for t, w in evs), evs


OTHER_SENSE = [
    ("وكانت البلدة أبعد نقطة يصل إليها الجيش.", "COERCE"),
    ("وأعرب عن أمله في إبعاد الخلافات السياسية عن عمل الحكومة.", "COERCE"),
    ("وانتشر الفيروس في عدة مدن خلال الأسبوع الماضي.", "MOBILIZE"),
    ("وأرسل الرئيس رسالة إلى نظيره التركي.", "MOBILIZE"),
    ("وتقع المدينة تحت سيطرة المعارضة منذ عامين.", "REJECT"),
    ("ودفع المواطنون ثمن الخبز مضاعفا.", "SUPPORT"),
    ("وقطعت الحكومة دعمها للمزارعين هذا العام.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "type_"), OTHER_SENSE)
def test_other_sense(text: str, type_: str) -> None:
    assert type_ not in [t for t, _ in events_of(text)]


def test_outcome_of_attack_is_no_second_event() -> None:
    """استشهاد after an attack in its sentence is the attack's outcome, like مقتل."""
    evs = events_of("وأسفر الهجوم عن استشهاد ثلاثة جنود وإصابة خمسة آخرين.")
    assert [t for t, w in evs if w == "استشهاد"] == []
    assert ("ASSAULT", "الهجوم") in evs


def test_every_family_names_a_verb_row() -> None:
    verbs = {r[3].split(",")[0] for r in read_tsv("events", "triggers.tsv") if r[2] == "verb"}
    lemmas = {r[0] for r in read_tsv("events", "trigger_forms.tsv")}
    assert lemmas <= verbs, lemmas - verbs
    assert family_forms()
