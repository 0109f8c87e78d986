"""One deed told twice in a sentence (events44, issue 12; rasd.events.restated,
data/events/restated.json). An attack noun under ب after a verb of attacking, or after the
verbal noun of targeting, tells how that deed was done (fold_means); the verbal noun or a
participle of demanding after a protest tells the protest's purpose (fold_protest_demand);
a visit named as the setting of talks to come is their setting (visit_setting). Both sides:
the constructions folded, and second deeds that stay. Sentences from the dev gold (fresh2,
fresh4, fresh11, fresh13, fresh17, fresh21, fresh25, fresh27, region) and the unannotated
region news (scripts/free_news.py --drop-dev)."""

from __future__ import annotations

import pytest

from event_helpers import events_of

ONE_DEED = [
    # (sentence, category, the triggers rasd gives that category: one deed, one word)
    ("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية غرب "
     "العاصمة، التابعة لمحافظة صنعاء.", "ASSAULT", ["قصفت"]),  # fresh13
    ("هذا ولقي 12 مسلحا من ميليشيات صالح والحوثي مصرعهم وأصيب آخرون في استهدافهم بكمائن "
     "بقيفة رداع.", "ASSAULT", ["كمائن"]),  # region news
    ("تهدم جزء كبير من جسرين رئيسيين في ريف دير الزور جراء استهدافهما بغارات من طائرات "
     "حربية تابعة للائتلاف بضربات عدة بعد منتصف ليل أمس.", "ASSAULT", ["تهدم", "غارات"]),
    # fresh17 (تهدم, the bridges' fall, is told apart by the lexicon; the gold puts it in
    # the strike's alt_triggers)
    ("وأمام مكتب محافظ البصرة، تظاهر أمس نحو 500 شخص يرفعون الأعلام العراقية واللافتات "
     "للمطالبة بإيجاد حل لمشكلة المياه التي ترتفع بها نسبة الملوحة.", "REQUEST", []),  # fresh11
    ("وكانت عدد من المدن العراقية قد شهدت الجمعة والسبت خروج تظاهرات جماهيرية مطالبة بتحسين "
     "الخدمات ومحاسبة الفاسدين والمقصرين.", "REQUEST", []),  # fresh17
    ("وكانت عائلات متحدرة من الفوعة وكفريا موجودة في ضاحية السيدة زينب قرب دمشق تظاهرت أمس "
     "الأول، بحسب المرصد، مطالبة بحماية سكان الفوعة وكفريا.", "REQUEST", []),  # fresh27
    ("وقالت مصادر دبلوماسية إن الرئيس اليمني سيلتقي خلال زيارته إلى مصر مع الرئيس "
     "عبدالفتاح السيسي وعدد من كبار المسؤولين لبحث آخر تطورات الوضع في اليمن.",
     "CONSULT", ["يلتقي"]),  # fresh21
]


@pytest.mark.parametrize("text,cat,triggers", ONE_DEED)
def test_one_deed_told_twice_is_one_event(text: str, cat: str, triggers: list[str]) -> None:
    assert [t for c, t in events_of(text) if c == cat] == triggers


TWO_DEEDS = [
    # (sentence, a trigger of its own deed that must stay, its category)
    # a deed noun after a clause of its own (a verb between): another deed
    ("وكان مصدر أمني أشار إلى احتمال أن يكون استهداف المدنيين جرى للانتقام لقيام مجهولين "
     "الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي.", "تدمير", "ASSAULT"),  # region
    ("وكان مصدر أمني أشار إلى احتمال أن يكون استهداف المدنيين جرى للانتقام لقيام مجهولين "
     "الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي.", "استهداف", "ASSAULT"),
    ("وأوضح أن دبابة للحوثي موجودة في جبل الدفاع الجوي بالمنطقة 23 ودمر الموقع بالكامل وكان "
     "يتوقع أن تقوم المقاومة بهجوم على تلك المنطقة وتستعيدها.", "هجوم", "ASSAULT"),  # fresh4
    # the strike noun before a quoted clause of another deed
    ("وأشارت المنسقية إلى أنه بالتزامن مع الضربة الجوية، \"قامت مدفعية الدعم التابعة لقيادة "
     "القوات البرية، بقصف أهداف لتنظيم داعش شمالي سوريا\".", "قصف", "ASSAULT"),  # fresh25
    # a light verb between: the noun is the object of a clause of its own
    ("وبهذا الخصوص قال قعيم إن «الجيش أحرز تقدما في محور الصابري وقمنا بهجوم قوي وكاسح "
     "واستخدمنا الأسلحة الثقيلة».", "هجوم", "ASSAULT"),  # fresh13
    # a visit under way beside talks to come told by a noun: the visit stays
    ("رئيس اللجنة وصل إلى صنعاء في زيارة تستمر ثلاثة أيام، وتشمل كذلك مدينة عدن، هو سيطلع "
     "بنفسه على الأوضاع الإنسانية والمعاناة التي يعيشها المدنيون في البلاد، وسيجري كذلك "
     "محادثات مع جميع الأطراف اليمنية.", "زيارة", "CONSULT"),  # region news
    # a verb of calling after a protest is a deed of its own
    ("وكان أهالي العاصمة صنعاء قد خرجوا من قبل في مظاهرات مماثلة، للمطالبة بالإفراج عن "
     "المعتقلين الذين تحتفظ بهم الحركة المتمردة كرهائن، ودعوا إلى الإفراج الفوري عنهم أو "
     "تقديمهم للمحاكمة.", "دعوا", "REQUEST"),  # fresh2
    ("و كان المئات من أهالي محافظة البصرة جنوبي العراق قد تظاهروا امس احتجاجا على عدم توفر "
     "الخدمات وخاصة الكهرباء والماء و طالب نحو 500 متظاهر امام ديوان المحافظة الحكومتين "
     "المحلية والمركزية بالايفاء بالوعود.", "طالب", "REQUEST"),  # fresh17
]


@pytest.mark.parametrize("text,trigger,cat", TWO_DEEDS)
def test_a_second_deed_stays(text: str, trigger: str, cat: str) -> None:
    assert (cat, trigger) in events_of(text)


def test_the_folded_means_gives_its_target() -> None:
    """واستهدف طيران التحالف بعدة غارات مواقع الحوثيين: the count under ب is the noun's;
    the verb keeps the target the noun's phrase had."""
    from event_helpers import recipients
    text = "واستهدف طيران التحالف بعدة غارات مواقع الحوثيين في مدينة صعدة."
    assert [t for c, t in events_of(text) if c == "ASSAULT"] == ["استهدف"]
    assert recipients(text, "استهدف") == ["مواقع الحوثيين"]
