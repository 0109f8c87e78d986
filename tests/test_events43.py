"""Event detection of events43 (issue 12, missed events): relief arriving by a vehicle that
carries it is AID (وصلت أول طائرة إغاثية، هبطت أول طائرة إماراتية إغاثية), unless a goods noun
near the verb tells the deed by its own row; checkpoints set up (نصب نقاط تفتيش) are MOBILIZE;
a party recruiting children or youths by a finite verb (يجند الأطفال) is MOBILIZE, a party
"mobilizing its energies" (جندت كافة طاقاتها) and the soldiers' carrier (ناقلة جند) are not;
reinforcements pushed forward in every person (دفعت بتعزيزات) are one MOBILIZE; food and
medicine handed out by قدم are AID. Data: data/events/triggers.tsv (block events43),
senses.json (rows وصل، هبط of AID, class `aid_goods`). Sentences from the dev gold (fresh
sets named below) and from the unannotated region and Syria news kept by scripts/free_news.py
(--drop-dev)."""

from __future__ import annotations

import pytest

from event_helpers import events_of, has_event

ARRIVED = [
    # (sentence, the AID trigger's first word)
    ("الى ذلك وصلت أول طائرة إغاثية إماراتية إلى مطار عدن، ليل الخميس الجمعة، وذلك في إطار "
     "الجسر الجوي الرامي لدعم اليمنيين منذ تحرير المدينة من ميليشيات الحوثي وصالح.",
     "وصلت"),  # region news (alriyadh)
    ("هبطت أول طائرة إماراتية إغاثية في مطار عدن، جنوبي اليمن، منذ تحرير المدينة من الحوثيين "
     "والقوات الموالية للرئيس المخلوع علي صالح، وفق ما أفادت مصادر محلية يمنية أمس.",
     "هبطت"),  # region news (aleqtisadiya)
    ("أفادت مصادر يمنية، اليوم ، بهبوط أول طائرة إماراتية إغاثية في مطار عدن جنوبي اليمن، منذ "
     "تحرير المدينة من الحوثيين والقوات الموالية للرئيس السابق علي صالح.",
     "هبوط"),  # region news: the verbal noun
    ("وصلت إلى مطار عدن الدولي الطائرة السعودية الإغاثية الثانية والثالثة تحملان على متنها "
     "أكثر من 22 طن من المواد الغذائية والطبية.", "وصلت"),  # region news: the adjective far on
]


@pytest.mark.parametrize(("text", "word"), ARRIVED)
def test_relief_arriving_by_a_vehicle_is_aid(text: str, word: str) -> None:
    assert has_event(text, "AID", word), events_of(text)


def test_goods_noun_near_the_arrival_tells_the_deed_once() -> None:
    text = ("وقالت مصادر صحافية من عدن إن سفينة سعودية محملة بمساعدات غذائية وطبية وصلت الى ميناء "
            "عدن.")  # Syria news: the noun's row tells the aid; the verb is no second event
    evs = events_of(text)
    assert not any(trig.startswith("وصلت") for _, trig in evs), evs
    assert [t for t, _ in evs].count("AID") == 1, evs


NOT_ARRIVED = [
    # (sentence, the word that must head no AID event)
    ("إن المداولات التي شهدها مجلس الأمن، أمس الأول، يجب أن تضع حلولا عملية يتم تنفيذها على "
     "الأرض تمكن من وصول المواد الإغاثية والإنسانية للشعب اليمني الذي يعيش كارثة إنسانية.",
     "وصول"),  # region news: an arrival hoped for (the noun has no AID row)
    ("وصل وزير الدفاع العراقي خالد العبيدي إلى قاعدة الحبانية.", "وصل"),  # a visit (CONSULT)
]


@pytest.mark.parametrize(("text", "word"), NOT_ARRIVED)
def test_no_aid_without_relief_carried(text: str, word: str) -> None:
    assert not has_event(text, "AID", word), events_of(text)


CHECKPOINTS = [
    ("وسارع المتمردون إلى نصب نقاط تفتيش على مداخل المدينة.", "نصب"),  # dev gold (MOBILIZE)
    ("وتابع حديثه بالقول: إن المقاومة الشعبية المكونة من رجال القبائل المعارضة للحوثي نصبت "
     "نقاط تفتيش في المناطق التي تم طرد الحوثي منها.", "نصبت"),  # region news (alyaum)
]


@pytest.mark.parametrize(("text", "word"), CHECKPOINTS)
def test_checkpoints_set_up_are_a_mobilization(text: str, word: str) -> None:
    assert has_event(text, "MOBILIZE", word), events_of(text)


def test_an_ambush_laid_stays_an_assault() -> None:
    text = "وقتل ثمانية حوثيين بكمين نصبته المقاومة الشعبية في منطقة العند."
    assert not has_event(text, "MOBILIZE", "نصب"), events_of(text)


def test_recruiting_children_is_a_mobilization() -> None:
    text = ("كشف عضو اللجنة القانونية في الائتلاف الوطني السوري مروان حجو الرفاعي أن نظام الأسد "
            "أصبح يجند الأطفال دون سن ال 15 بعد نفاد الخزان البشري لديه.")  # Syria news
    assert has_event(text, "MOBILIZE", "يجند"), events_of(text)


NOT_RECRUITED = [
    ("مرحبًا بالأشقاء اليمنيين، ومؤكدًا أن الجوازات جندت كافة طاقاتها لاستقبالهم.",
     "جندت"),  # region news (almadina): energies mobilized, no recruits
    ("وإحراق 10 أطقم عسكرية، وتفجير دبابة وناقلة جند تحمل مدفعا مضادا للطيران.",
     "جند"),  # region news: the noun soldiers
]


@pytest.mark.parametrize(("text", "word"), NOT_RECRUITED)
def test_no_recruitment_without_recruits(text: str, word: str) -> None:
    assert not has_event(text, "MOBILIZE", word), events_of(text)


def test_reinforcements_pushed_in_the_feminine_are_one_mobilization() -> None:
    text = ("بعد محاولة الحوثيين التقدم نحو المنطقة، حيث دفعت بتعزيزات عسكرية من منطقة "
            "\"مكيراس\" بمدينة البيضاء الواقعة وسط اليمن باتجاه جبهة عكد ولودر في أبين.")
    evs = [trig for t, trig in events_of(text) if t == "MOBILIZE"]  # region news (alyaum)
    assert len(evs) == 1 and evs[0].startswith("دفعت"), events_of(text)


def test_meals_handed_out_are_aid() -> None:
    text = ("وقدمت الوزارة أكثر من 46,000 ألف وجبة طعام وحليب الأطفال ومواد النظافة، وذلك من خلال "
            "الجمعية الخيرية والمستودع الخيري بشرورة.")  # dev gold (saudi-social-affairs)
    assert has_event(text, "AID", "قدمت"), events_of(text)


def test_men_of_the_resistance_deployed_is_a_mobilization() -> None:
    text = ("في ذات السياق، انتشر رجال المقاومة الشعبية في الجبال المطلة على مركز مديرية \"القفر\" "
            "تحوفاً من هجوم حوثي مباغت.")  # region news (alyaum)
    assert has_event(text, "MOBILIZE", "انتشر"), events_of(text)


def test_fighters_spread_in_their_land_is_no_mobilization() -> None:
    text = ("وتتطلب القضاء على وجود المعارضة ماديا، إضافة إلى انتشار المقاتلين المعارضين في بيئتهم "
            "الجغرافية وامتدادهم الديموغرافي.")  # Syria news: a standing spread, not a deployment
    assert not has_event(text, "MOBILIZE", "انتشار"), events_of(text)
