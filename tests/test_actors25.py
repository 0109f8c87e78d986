"""actors25: actors of deeds named by a light verb far from its noun, by a genitive before
the object's ل, by an agent phrase past the weapons, and the speaker's own side (issue 12).

- `nouns.light_verb_far`: من/ما before a noun or inside a time is a preposition, no relative
  pronoun (في الرابع من يوليو); a deed noun inside a name is none; a count may stand right
  before the deed noun (تسع ضربات جوية); and the light verb after its subject (SVO) with only
  adverbial phrases before the noun (`_subject_before_far`).
- `nouns.light_verb_before`: the antecedent of a relative clause governed by ل (هدفا للطيران
  النظام الذي شن) opens at the preposition (`_clitic_party`); a subject opening with a count
  names its party after من (ثلاث مقاتلات إف-16 من سلاح الجو التركي: `_counted_party`), and a
  glued hyphen (إف-16) is no clause mark.
- `arguments.parties`: a verbal noun + a party + ل + its object (or an accusative object):
  the party is the doer, whatever the noun (استعادة النظام السوري لمدينة القصير، إحباط الجيش
  هجومًا), not for sending or aid (ل the destination), not before ل + a verbal noun (a
  purpose: `_purpose_at`), not after a word with tanween (داعياً: no construct).
- `arguments.quoted_doer`: a quoted party right after a bare deed noun (هجوم «النصرة»).
- `frame._agent_words`: weapons named after ب (بشتى القذائف والصواريخ) are no deeds between a
  deed noun and its من قبل phrase.
- `subjects.own_forces_speaker`: a force noun with its owner's pronoun opening a claim's
  content (إن مقاتليه هاجموا) names the speaker's side (data/events/own_side.json).
- `subjects.first_person`: an agentive deed noun with "our" (معركتنا) in a claim is the
  speaker's own; not an objective one (تدميرنا) nor a noun of the dead (قتلانا).
Sentences from the demo corpus, the region news (scripts/free_news.py) and the team gold.
"""

from __future__ import annotations

import pytest

from event_helpers import roles_of

FOUND = [
    # (text, trigger, actors)
    # light_verb_far: من inside a time (demo corpus)
    ("وبدأت قوات النظام وحزب الله اللبناني في الرابع من يوليو الماضي هجوما على مدينة "
     "الزبداني، ترافق مع قصف جوي عنيف.", "هجوما", ["قوات النظام", "حزب الله اللبناني"]),
    # a count before the deed noun (demo corpus, two outlets)
    ("نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية على مواقع للتنظيم في "
     "سوريا و14 ضربة أخرى في العراق.", "ضربات جوية", ["قوات التحالف الدولي"]),
    # the light verb after its subject, a preposition phrase before the noun (demo corpus)
    ("وأضاف البيان أن قوات التحالف نفذت في العراق عشر ضربات جوية قرب ثماني مدن إضافة إلى "
     "وحدات تكتيكية ومنشآت أسلحة ومواقع قتالية للتنظيم.", "ضربات جوية", ["قوات التحالف"]),
    ("وكان تنظيم داعش قد شن في الأيام الأخيرة هجوما جديدًا على القوات الحكومية السورية "
     "المتمركزة في قاعدة جوية شرق حلب.", "هجوما", ["تنظيم داعش"]),
    # the antecedent of a relative clause after ل (team gold, written للطيران in the source)
    ("وليس بعيدًا عن العاصمة وأطرافها، كانت بلدة عربين في غوطة دمشق الشرقية، هدفًا للطيران "
     "النظام الذي شنّ أمس أربع غارات عليها من دون ورود معلومات عن سقوط ضحايا.", "غارات",
     ["طيران النظام"]),
    # a genitive party before the object's ل (demo corpus, region news)
    ("وقالت مصادر عسكرية في المعارضة السورية لـ«الشرق الأوسط»، إن هؤلاء المقاتلين «كان لهم "
     "التأثير المباشر في استعادة النظام السوري لمدينة القصير (جنوب حمص)، ومدينة حمص نفسها».",
     "استعادة", ["النظام السوري"]),
    ("ووصف رامي الدالاتي العفو الرئاسي السوري بـ«الخطوة الجيدة»، مؤكدا تأييد الجيش الحر لأي "
     "«خطوة باتجاه المشروع الديمقراطي لسوريا».", "تأييد", ["الجيش الحر"]),
    ("وأشارت الوكالة الكردية إلى أن «مدينة تل أبيض شهدت ظهر السبت (أمس) تفجير وحدات حماية "
     "الشعب (الكردية) لسيارتين مفخختين بعدما وصلت إليها معلومات مسبقة عن تجهيزهما بالمتفجرات».",
     "تفجير", ["وحدات حماية الشعب (الكردية)"]),
    # an agent phrase past the weapons named after ب
    ("وأفادت مصادر بأن مدينة داريا تعرضت لقصف عنيف بشتى القذائف والصواريخ من قبل قوات "
     "النظام.", "قصف", ["قوات النظام"]),
    # the speaker's own forces (demo corpus)
    ("وفي بيان حمل تاريخ اليوم، قال تنظيم داعش، إنّ مقاتليه هاجموا مبنيين في مارع وقتلوا 50 "
     "مقاتلا على الأقل من «صحوات الردة» التي تعارضهم.", "هاجموا", ["تنظيم داعش"]),
    ("وقال جيش الفتح على صفحته الرسمية في موقع التواصل الاجتماعي «فيسبوك»، إن مقاتليه فجّروا "
     "خلال الهجوم أحد مقرات لواء شهداء اليرموك في بلدة الشجرة غرب مدينة درعا.", "فجّروا",
     ["جيش الفتح"]),
    ("وأكدت الفرقة أن مقاتليها «شنوا هجومًا على قوات الأسد المتمركزة في التلال المحيطة».",
     "هجومًا", ["الفرقة"]),
    # a count opening the light verb's subject names its party after من (demo corpus)
    ("وقامت ثلاث مقاتلات إف-16 من سلاح الجو التركي بقصف ثلاثة مواقع للمتطرفين في المنطقة "
     "الحدودية في سورية المقابلة لمدينة كيليس (جنوب).", "قصف", ["سلاح الجو التركي"]),
    # a genitive party before its accusative object (demo corpus)
    ("بالمقابل، تحدثت وسائل الإعلام المقربة من النظام السوري عن «إحباط الجيش السوري هجومًا "
     "للمسلحين من 4 محاور على مدينة درعا».", "إحباط", ["الجيش السوري"]),
    # a quoted party right after a bare deed noun (demo corpus, region news)
    ("ويؤكد الحريتاني أن هجوم «النصرة» على الفرقة 30 «غير مبرر».", "هجوم", ["النصرة"]),
    ("وذلك بعد ورود تقارير مهاجمة «النصرة» لـ«الفرقة 30»، فكيف تنفي أميركا تقارير مهاجمة "
     "«النصرة» للفرقة المدربة من قبلها.", "مهاجمة", ["النصرة"]),
    ("المؤكد أن تهديد «داعش» المحتمل لـ«طالبان» يخدم واشنطن.", "تهديد", ["داعش"]),
    # our deed (demo corpus)
    ("وقال تشاوش اوغلو \"اننا نعمل حاليا مع الولايات المتحدة على تدريب وتجهيز المعارضة "
     "المعتدلة، وسننطلق ايضا في معركتنا ضد داعش قريبا وبشكل فعال\".", "معرك",
     ["تشاوش اوغلو"]),
]


@pytest.mark.parametrize(("text", "trigger", "actors"), FOUND)
def test_actor_found(text, trigger, actors):
    assert roles_of(text, trigger)[0] == actors


EMPTY = [
    # (text, trigger): no actor may be given
    # ل + a verbal noun is a purpose; sending takes its destination after ل (demo corpus)
    ("لا يخفى على السوريين مدى الدعم الذي تقدمه ميليشيا \"حزب الله\" اللبناني لنظام بشار "
     "الأسد منذ بدء الثورة السورية، بدءاً من إرسال المقاتلين لمساندة قوات النظام، مروراً "
     "بتسخير الماكينات الإعلامية التابعة للميليشيا.", "إرسال المقاتلين"),
    # "our dead", "destroying us": the pronoun is no doer (region news, demo corpus)
    ("وأضاف: «نحن نحتفل بالنصر الذي نهديه إلى عائلات قتلانا وجرحانا».", "قتلا"),
    ("وقال أوباما: «إذا كنت قادرًا على التحقق من اتفاق تمّ التفاوض بشأنه مع إمبراطورية الشر "
     "التي كانت عازمة على تدميرنا، إذن فإنه اتفاق يستحق القيام به».", "تدمير"),
    # an anonymous source names no owner of "its forces" (region news)
    ("إلى ذلك، قالت مصادر إن قواتها ألقت القبض في المدينة على عشرة مسلحين.", "ألقت القبض"),
]


@pytest.mark.parametrize(("text", "trigger"), EMPTY)
def test_no_actor(text, trigger):
    assert roles_of(text, trigger)[0] == []


NOT_ACTOR = [
    # (text, trigger, phrase): the phrase must not be given as the actor
    # a participle with tanween heads no genitive: its object, then what it asks (fresh10)
    ("وشدد بحر على أن الإفراج عن الأسرى واجب وطني يتحمّل مسؤوليته كافة فصائل الشعب الفلسطيني "
     "وأطيافه المختلفة، داعياً فصائل المقاومة للعمل بكل السبل والوسائل لتبييض السجون من آخر "
     "أسير فلسطيني.", "داعياً", "فصائل المقاومة"),
    # a pronoun on the deed noun is its genitive: the quoted name after it is not (demo corpus)
    ("وخصوصًا بعد البسالة التي أظهروها في قتالهم «داعش» في كوباني وغيرها.", "قتالهم", "داعش"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase"), NOT_ACTOR)
def test_not_the_actor(text, trigger, phrase):
    assert phrase not in roles_of(text, trigger)[0]
