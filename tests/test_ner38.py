"""ner38 (issue 14): officers named after their rank, brigades, and task forces named by what
they do.

- After a military or police rank (data/ner/naming_words.txt, `rank`; اللواء and العماد now
  too), a first name no list holds opens the name when a given name or a family name (a
  definite nisba) follows it: «العميد مشبب القحطاني»، «اللواء جمعان أحمد الغامدي»، «العميد ركن
  فضل حسن» (`persons._ranked_surname`); an unlinked person's span inside the name is the name
  cut short and is replaced by it. The preposition على, written with its ى, is no name (علي
  folds to it), and a quote after اللواء opens a brigade's name, no officer's.
- لواء heads a brigade's name (data/ner/heads.tsv, `banner`): «لواء الحرية»، «لواء صقور الجبل»;
  not after a word that raises or carries a banner (تحت لواء, data/ner/banner_words.txt), before
  a known or found place (لواء الإسكندرون), a title (لواء السلطان مراد), nor with ل (للواء is as
  often ل + اللواء: «للواء محمود الصبيحي», a major general).
- A task force named by what it does and an adjective of kind (data/ner/task_forces.tsv):
  «قوة المهام المشتركة»، «قوات الطوارئ الخاصة»، «قوة التدخل المشتركة المتعددة الجنسيات»
  (`heads.task_forces`); not after an adjective (القوات الأمنية المشتركة) or a known name.

Sentences from the dev sets (fresh5, fresh8, fresh13, fresh27) and the unannotated news
(`scripts/free_news.py --drop-dev`: snn_region_0361, 0367, 0481, 0503, 0540, 0711, 0727, 0766,
0783; snn_syria_0031, 0158, 0266, 0297, 0323, 0358, 0376, 0422)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names

# (sentence, names expected with their type, spans that must not be found)
ROWS = [
    # snn_region_0711: a first name no list holds, a nisba after it; على ends the name
    ("واكد مدير جوازات حائل العميد مشبب القحطاني على كل اليمنيين المقيمين بطريقة غير نظامية.",
     {"مشبب القحطاني": "PER"}, ["مشبب القحطاني على"]),
    # snn_region_0503: اللواء as a rank; the tagger's «محسن» alone is the name cut short
    ("وقال قائد معركة تحرير العند، اللواء فضل محسن، في تصريح نشرته وسائل إعلام محلية.",
     {"فضل محسن": "PER"}, ["محسن"]),
    # snn_region_0540: the tagger's «أحمد الغامدي» made whole
    ("أوضح مساعد مدير الأمن العام للشؤون الأمنية رئيس فريق العمل المكلف بالإشراف ومتابعة سير عمل "
     "لجان تصحيح أوضاع الأشقاء اليمنيين في المملكة اللواء جمعان أحمد الغامدي أن عدد المستفيدين "
     "من تصحيح أوضاع الأشقاء اليمنيين المقيمين.",
     {"جمعان أحمد الغامدي": "PER"}, ["أحمد الغامدي"]),
    # fresh13: فضل ("favour") opens the name before a given name
    ("والمتمثل في محور العند بقيادة العميد ركن فضل حسن، الذي سيقوم والقوة التي ترافقه.",
     {"فضل حسن": "PER"}, []),
    # snn_region_0766: a given name opens it; the tagger's «محمد علي» made whole
    ("كما أصدر هادي، قراراً يقضي بتعيين العقيد الركن محمد علي الصوفي ، قائداً للواء الأول بحري.",
     {"محمد علي الصوفي": "PER"}, ["محمد علي"]),
    # snn_region_0367: الفريق ("the team") is no rank, and على no name
    ("من نزع أكثر من 30 لغمًا صباح أمس (الخميس)، قبل عملية التحرك نحو لحج، في حين يعمل الفريق "
     "على نزع الألغام في باقي المناطق.",
     {"لحج": "LOC"}, ["على"]),
    # snn_region_0727
    ("كما سيقوم الفريق بأول جولة له على الإطلاق في الولايات المتحدة في وقت لاحق من العام.",
     {"الولايات المتحدة": "LOC"}, ["بأول"]),
    # snn_region_0361: المقدم ("offered") before a word that is no name
    ("والعمل على الارتقاء بنوعية التسليح المقدم لمقاتلي العشائر في الأنبار.",
     {"الأنبار": "LOC"}, ["لمقاتلي العشائر", "لمقاتلي"]),
    # snn_syria_0358: a brigade named after a person, in quotes after للواء
    ("سيطروا على مواقع قرب الحدود التركية بريف حلب الشمالي، تابعة للواء «سلطان محمد مراد» "
     "التابع لـ«الجبهة الشامية».",
     {}, ["سلطان محمد مراد"]),
    # snn_syria_0422: a task force
    ("وقالت قوة المهام المشتركة في بيان : إنه تم تنفيذ تسع ضربات.",
     {"قوة المهام المشتركة": "ORG"}, []),
    # fresh27
    ('وقالت قوة المهام المشتركة في بيان الليلة قبل الماضية: "إن الضربات استهدفت وحدات تكتيكية".',
     {"قوة المهام المشتركة": "ORG"}, []),
    # fresh13: two adjectives of kind, the second of two words
    ("واوضح اولوكولاد ان قوة التدخل المشتركة المتعددة الجنسيات، ستباشر مهمتها سريعا.",
     {"قوة التدخل المشتركة المتعددة الجنسيات": "ORG"}, []),
    # fresh8: الطوارئ (its ئ folds to ي: no adjective), الخاصة before a place noun
    ("أدانت السودان الجريمة الإرهابية التي استهدفت مسجداً لقوات الطوارئ الخاصة بمنطقة عسير.",
     {"قوات الطوارئ الخاصة": "ORG"}, []),
    # fresh5: in a list
    ("واكد البيان ان 488 عنصرا من منتسبي قوات الامن العراقية وقوات البيشمركة وقوات المهام الخاصة "
     "والحشد الشعبي قتلوا خلال شهر يوليو.",
     {"قوات المهام الخاصة": "ORG"}, []),
    # snn_region_0361: the article and an adjective: any joint force
    ("فيما تم قتل 11 مسلحًا غرب المدينة في عمليات للقوات الأمنية المشتركة ومتطوعي العشائر.",
     {}, ["للقوات الأمنية المشتركة", "القوات الأمنية المشتركة", "قوات الأمنية المشتركة"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS)
def test_names(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


# لواء (heads.tsv `banner`): a brigade's name, not a banner's, a district's or a rank's
BRIGADE_ROWS = [
    # snn_syria_0031: brigades listed after a found movement
    ("أصدرت «غرفة عمليات حلب» التي تضم مجموعة من الفصائل أبرزها حركة نور الدين الزنكي ولواء "
     "الحرية ولواء صقور الجبل، بدورها أمس، بيانا.",
     {"لواء الحرية": "ORG", "لواء صقور الجبل": "ORG"}, []),
    # snn_syria_0323: before a known group's name, the group the KB names
    ("الذين التقوا بدورهم بممثلين عن لواء أحرار الشام الذي يتمتع بالنفوذ العسكري.",
     {"أحرار الشام": "ORG"}, ["لواء أحرار الشام"]),
    # snn_syria_0297: a known word's name made whole
    ("وقال المكتب: إن «لواء النصر في الفرقة الأولى الساحلية التابعة للجيش الحر، قصف (أمس) مدينة "
     "القرداحة.",
     {"لواء النصر": "ORG"}, []),
    # snn_region_0783: under the banner of
    ('وتخوض القبائل التي توحدت تحت لواء " المقاومة الشعبية " قتالاً دامياً لطردهم.',
     {"المقاومة الشعبية": "ORG"}, ["لواء المقاومة الشعبية"]),
    # snn_syria_0158: a district before a known place stays the place
    ("إذ سيطر العثمانيون قرونا على سوريا واقتطعوا منها لواء الإسكندرون. واليوم ينسق.",
     {"إسكندرون": "LOC"}, ["لواء الإسكندرون"]),
    # snn_region_0481: للواء is ل + اللواء, a major general
    ("وقوات تابعة لفيصل رجب وأخرى للواء محمود الصبيحي وزير الدفاع اليمني الأسير.",
     {"محمود الصبيحي": "PER"}, ["لواء محمود الصبيحي"]),
    # snn_syria_0266: «the brigade accused of …»
    ("وأشار البيان إلى سقوط قتلى وجرحى للواء المتهم بالانتماء لتنظيم داعش.",
     {}, ["لواء المتهم", "للواء المتهم"]),
    # snn_syria_0376: a title in the complement: a person's name follows
    ("وقامت النصرة بتسليم قرية حور كلس للواء السلطان مراد التابع للثوار.",
     {}, ["لواء السلطان"]),
]


@pytest.mark.parametrize(("text", "expected", "absent"), BRIGADE_ROWS)
def test_brigades(text: str, expected: dict[str, str], absent: list[str]) -> None:
    test_names(text, expected, absent)
