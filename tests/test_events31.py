"""Readings of event words that tell no deed (events31, issue 12), as stated patterns on real
sentences: the noun تهديد for a danger posed or felt (an adjective of its kind or degree after
it, a verb of feeling or a noun of source before it), not a threat made; reaching an
agreement named after the purpose لـ on the article (للتوصل إلى اتفاق), an aim, none reached;
a deed noun governed by a noun of means, manner or level (كيفية، بمستوى، سبل), a way of doing
it, none done; regaining a state, a standing or an aim (استعادة نشاطه، استعادة الشرعية), no
ground seized; الاتصالات, the telecoms utility, beside another utility or governed by a
building, a device, a sector or an authority, not contacts between parties. Sentences from
the dev sets (fresh10, fresh11, fresh13, fresh15, fresh17, fresh19, seed), the demo corpus and
the region news; each refusal is paired with the event of the same word that must stay."""

from __future__ import annotations

import pytest

from event_helpers import events_of

REFUSED = [
    # senses.json تهديد. fresh17 (Israeli universities): a danger named by its kind
    ("كما أن رئيس الدولة وصف هذه المقاطعة بالتهديد الاستراتيجي للدولة.", "THREATEN", "تهديد"),
    # fresh19 (Arab human rights committee): a danger by its degree
    ("وتعد اللجنة التمرد المسلح الذي تقوده جماعة الحوثي تهديدا خطيرا وجسيما لجملة الحقوق "
     "والحريات.", "THREATEN", "تهديد"),
    # fresh10 (Turkey): a danger felt
    ("وقال أوغلو إن العمليات الأمنية المكثفة ستستمر ما دامت تركيا تشعر بالتهديد.",
     "THREATEN", "تهديد"),
    # fresh11 (Qatar): the source of a danger
    ("كما أكدت الخارجية القطرية على حق تركيا في الدفاع عن نفسها، والقضاء على مصدر التهديد، "
     "من أي جهة.", "THREATEN", "تهديد"),
    # fresh15 (Lebanese press review): the specter of a siege
    ("يعاني سكان المدينتين لليوم العشرين على التوالي بفعل تهديد شبح الحصار والجوع.",
     "THREATEN", "تهديد"),
    # demo corpus (Turkey): the terror threat
    ("وأكد أنه يعمل على تأمين البلاد في مواجهة التهديد الإرهابي.", "THREATEN", "تهديد"),
    # demo corpus (Syria): not the only danger
    ("لا يمثل مقاتلو تنظيم داعش التهديد الوحيد على المجموعة التي دربتها الولايات المتحدة.",
     "THREATEN", "تهديد"),
    # senses.json توصل. fresh10 (Renaissance dam talks): an aim
    ("ومن المقرر مد فترة انعقاد اجتماع الخرطوم يوما إضافيا سعيا من الوزراء الثلاثة للتوصل "
     "لاتفاق يرضي الجميع.", "AGREE", "توصل"),
    # fresh13 (Libya): an aim demanded
    ("وشددت على الحاجة إلى قيام الأطراف الليبية الفاعلة بالتحرك بسرعة للتوصل إلى تسوية "
     "سياسية.", "AGREE", "توصل"),
    # demo corpus (Zabadani): attempts, none reached
    ("وقد اختبرت الزبداني خمس محاولات للتوصل إلى اتفاق بين قوى المعارضة والنظام.",
     "AGREE", "توصل"),
    # markers.json containers, a noun of level. fresh10 (Saudi Red Crescent)
    ("انطلاقا من اهتمام الهيئة برسالتها الإنسانية والرقي بمستوى تقديم الخدمات في إطار "
     "اختصاصها.", "AID", "تقديم"),
    # demo corpus (Moscow and Washington): a noun of manner
    ("وموسكو لم تتمكنا من التغلب على خلافاتهما والاتفاق على كيفية قتال تنظيم داعش معا.",
     "ASSAULT", "قتال"),
    # region news (Yemen): a noun of manner
    ("وقال إن المهمة الأساسية في الوقت الحالي هي كيفية استعادة بقية اليمن.",
     "COERCE", "استعادة"),
    # senses.json استعاد. fresh13 (Taiz airport): an activity regained, no ground
    ("ونتمنى أن تعود الطائرات، وعودة وتشغيل المطار، واستعادة نشاطه الملاحي.",
     "COERCE", "استعادة"),
    # region news (Yemen): the war's aim, legitimacy restored
    ("وذلك في كل جبهات القتال حتى استعادة الشرعية في كل الأرض اليمنية.", "COERCE", "استعادة"),
    # region news (Aden television): a standing regained
    ("وأكدت حرص القيادة السياسية اليمنية على استعادة مكانتها العريقة.", "COERCE", "استعادة"),
    # demo corpus (Turkey's fears, once status5's fear row): a decision regained
    ("ويتابع: «تركيا تخشى من استعادة القرار السوري، تخشى انضمام قوى أخرى من الجيش الحر إلى "
     "الجبهة ضد (داعش)».", "COERCE", "استعادة"),
    # senses.json اتصالات. region news (Taiz): the telecoms cut with the internet
    ("واستمر انقطاع الإنترنت والاتصالات في المدينة بعد استهداف الحوثيين للسنترال الرئيسي.",
     "CONSULT", "اتصالات"),
    # region news (Aden): services restored
    ("وشدد على توفير الخدمات الرئيسية كالماء والكهرباء والاتصالات في أقرب وقت ممكن.",
     "CONSULT", "اتصالات"),
    # region news (Aden): a building
    ("وسيطرت المقاومة على عدد من المباني، منها مقر حزب المخلوع صالح، ومبنى الاتصالات.",
     "CONSULT", "اتصالات"),
    # region news (Aden airport): devices
    ("وتشغيل أجهزة المراقبة الجوية والملاحية وأجهزة الاتصالات الأرضية والجوية.",
     "CONSULT", "اتصالات"),
    # demo corpus (Turkey): an authority
    ("وقال المسؤول ان سلطة تكنولوجيا الاتصالات ليست لها علاقة بالحظر.", "CONSULT", "اتصالات"),
]

KEPT = [
    # region news (Jordan): a threat received
    ("يشار الى ان صحفيا اردنيا تلقى تهديدا ووعيدا بتقديم شكوى ضده لدى السفارة الاسرائيلية.",
     "THREATEN", "تهديد"),
    # region news (Sanaa airport): threats received, their content after ب
    ("وقال إنه ومساعديه تلقوا تهديدات بسحب رخص القيادة الجوية منهم.", "THREATEN", "تهديد"),
    # demo corpus (Syria): a veiled threat made
    ("فإن خطوات اضافية قد تتخذ للدفاع عنها في تهديد مبطن بإمكان اللجوء الى الضربات الجوية.",
     "THREATEN", "تهديد"),
    # seed (Aleppo): an agreement expected within hours, no purpose لـ
    ("وتوقع التوصل خلال ساعات لاتفاق جديد يسمح بإجلاء المدنيين والمقاتلين.", "AGREE", "توصل"),
    # seed (Aleppo): the agreement reached
    ("وقال إن الاتفاق الذي تم التوصل إليه مساء الثلاثاء انهار.", "AGREE", "توصل"),
    # fresh11 (UNHCR): a distribution done, no noun of means before it
    ("وبينت المنظمة انها قامت بتوزيع المساعدات غير الغذائية على اكثر من 138 الف عائلة.",
     "AID", "توزيع"),
    # fresh13 (Abyan): ground regained
    ("وتمكنت المقاومة الشعبية بمساندة من الجيش الوطني من استعادة مناطق حيوية في محافظة أبين.",
     "COERCE", "استعادة"),
    # fresh5 (Ramadi): control regained
    ("في وقت يحاول فيه العراق استعادة السيطرة على مدينة الرمادي عاصمة محافظة الأنبار.",
     "COERCE", "استعادة"),
    # demo corpus (Syria): a shrine, a place
    ("كان أهمها استعادة مقام الشيخ عبد الله الواقع بالقرب من مزرعة بيت جن.",
     "COERCE", "استعادة"),
    # demo corpus (Russia and the US): contacts between parties
    ("كما تشهد الفترة الأخيرة العديد من الاتصالات بين الجانبين الروسي والأمريكي.",
     "CONSULT", "اتصالات"),
    # fresh4 (Libya): contacts begun between leaders
    ("وبدأ زعماء قبائل وقيادات من الجيش الليبي اتصالات فيما بينهم لإنقاذ سيف الإسلام.",
     "CONSULT", "اتصالات"),
    # region news (Taiz): calls received from party leaders
    ("وأضاف: تلقيت اتصالات كثيرة خلال الأيام الماضية من قيادات مؤتمرية.",
     "CONSULT", "اتصالات"),
]


def _has(text: str, category: str, word: str) -> bool:
    return any(t == category and word in w for t, w in events_of(text))


@pytest.mark.parametrize("text,category,word", REFUSED)
def test_refused(text: str, category: str, word: str) -> None:
    assert not _has(text, category, word), events_of(text)


@pytest.mark.parametrize("text,category,word", KEPT)
def test_kept(text: str, category: str, word: str) -> None:
    assert _has(text, category, word), events_of(text)
