"""One deed told twice in a sentence (events19): a verb of targeting that describes an attack
noun told before it, past the noun's phrase (rasd.events.triggers._targeted_attack), and a
destruction told as what an attack resulted in (rasd.events.result_toll). Verbatim sentences
of the demo corpus (snn_syria_*), the filtered region news (snn_region_*, heldout_filter.py)
and the dev gold (fresh13), each named."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def assaults(text: str) -> list[str]:
    doc = extract_text(text, published="2015-08-01")
    return [doc.span_text(e.trigger) for e in doc.events if e.type == "ASSAULT"]


# (sentence, the attack triggers kept): the verb of targeting is folded into the noun
TARGETED = [
    # snn_syria_0244: past the noun's place and time
    ("وشنت الجبهة -وهي جناح تنظيم القاعدة في البلاد- هجوما في المنطقة الليلة الماضية استهدف "
     "مقاتلين بينهم جماعة قالت مصادر في المعارضة إنها تلقت تدريبات ضمن برنامج تقوده الولايات "
     "المتحدة لبناء قوة لمحاربة تنظيم داعش.", ["هجوما"]),
    # snn_region_0125: past the noun's doer
    ("وشهدت العاصمة صنعاء هجوما للمقاومة الشعبية استهدف نقطة تفتيش تابعة للحوثيين أمام معسكر "
     "التموين في منطقة عصر، شمال غرب المدينة.", ["هجوما"]),
    # snn_region_0581: past a comma
    ("وردت قوات التمرد الحوثي على هزائمها وتقهقرها بشن حملة قصف عشوائي، استهدفت عدداً من "
     "الأحياء السكنية بالمدينة.", ["قصف"]),
    # fresh13 (anbar-advance-*): past the doer and a comma, the target a pronoun
    ("من جهة أخرى أفادت مصادر عسكرية بأن 47 عنصراً من التنظيم قُتلوا في قصف لطيران التحالف، "
     "استهدفهم في محافظتي الأنبار ونينوى.", ["قصف"]),
    # fresh13 (anbar-advance-*): past an agent phrase (من قبل …)
    ("كما أفادت مصادر بسقوط قتلى وجرحى في قصف مدفعي من قبل الجيش العراقي أو مليشيات الحشد "
     "الشعبي استهدف الخميس سوقا في الفلوجة غرب بغداد.", ["قصف"]),
]

# (sentence, the attack triggers kept): the verb of targeting opens a clause of its own
TARGETED_KEPT = [
    # snn_syria_0164: كما opens a clause
    ("وقال شهود عيان إن «دوي انفجارات عنيفة سمع داخل المعسكر المستهدف، كما استهدفت الطائرات "
     "منطقة ضُلاع همدان».", "استهدفت"),
    # snn_syria_0141: an attack noun right after the verb is its own subject
    ("وفي حين شنت طائرات التحالف غارات على تجمعات الميليشيات في الجفينة جنوب غربي محافظة مأرب، "
     "استهدفت ضربات جوية موقع للقوات الموالية لصالح في محافظتي عمران والجوف.", "استهدفت"),
    # snn_syria_0424: the same, another raid
    ("ونوه ناشطون من المنطقة إلى أنه بالتزامن مع شن الطيران الحربي غارة على مشفى سراقب، "
     "استهدفت غارة أخرى مشفى أورينت الجراحي في بلدة كفرنبل بريف إدلب.", "استهدفت"),
    # fresh13 (coalition-warships-*): كما again, after a raid told by a verb
    ("وقصفت مقاتلات التحالف بغارتين جويتين معسكر المنار في مديرية الحيمة الخارجية غرب "
     "العاصمة، التابعة لمحافظة صنعاء، كما استهدف أيضا آليات عسكرية في صحراء وادي الحسيني "
     "في محافظة لحج.", "استهدف"),
]


@pytest.mark.parametrize("text, kept", TARGETED)
def test_targeting_verb_describes_the_attack_noun(text, kept):
    assert assaults(text) == kept


@pytest.mark.parametrize("text, verb", TARGETED_KEPT)
def test_targeting_verb_of_its_own_clause_stays(text, verb):
    assert verb in assaults(text)


# (sentence, the destruction trigger that is no event of its own)
TOLLS = [
    # snn_region_0112
    ("وقال المكتب الإعلامي للمقاومة الشعبية إن الهجوم أسفر عن مقتل اثنين من المسلحين "
     "الحوثيين وتدمير مدرعة عسكرية.", "تدمير"),
    # snn_syria_0063
    ("وأعلنت خلية الإعلام الحربي مقتل إرهابيين بعمليات عسكرية في مواقع مختلفة أسفرت عن تدمير "
     "عدد من الأهداف بمواقع داعش.", "تدمير"),
    # fresh13 (anbar-advance-*)
    ("وأضاف الدليمي إن طيران التحالف والمدفعية، وجهت نيرانها على الأهداف، وتم قصفها وتدميرها "
     "بالكامل، مما أسفر عن مقتل 27 عنصراً من التنظيم وتدمير ثلاثة من مركباته.", "تدمير"),
    # fresh13 (taiz-new-front-*)
    ("فيما نجح الجيش الوطني في مديرية مقبنة بـ «شمير» عفي نصب كمين للميليشيات الانقلابية ما "
     "أدى إلى تدمير 3 أطقم عسكرية وقتل خمسة من أفرادها.", "تدمير"),
]

# (sentence, the destruction trigger that stays an event)
TOLLS_KEPT = [
    # fresh11: destruction told by a verb of its own after the result
    ("وأضاف البيان :”كما أسفرت الغارات عن جرح 58 داعشيا، ودمرت 9 مستودعات للأسلحة و 22 عجلة "
     "مسلحة و14 زورقا في المناطق المذكورة”.", "دمرت"),
    # region (gold): a destruction of its own, no verb of result
    ("نجحت طائرات التحالف العربي في تدمير بعض المواقع للحوثيين في منطقة رأس عيسى ومعسكر "
     "الصليف شمال مدينة الحديدة.", "تدمير"),
    # snn_syria_0276: a result with no attack told before it in the sentence
    ("وأكد أن نهج طهران الطائفي أدى إلى قتل السوريين وتدمير بلادهم.", "تدمير"),
]


@pytest.mark.parametrize("text, word", TOLLS)
def test_destruction_an_attack_resulted_in_is_its_toll(text, word):
    assert word not in assaults(text)


@pytest.mark.parametrize("text, word", TOLLS_KEPT)
def test_destruction_of_its_own_stays(text, word):
    assert word in assaults(text)
