"""recip5 (issue 12, twenty-first session): recipients missed by construction, read the same
way in every war.

- `objects.object_past_asides`: a verb whose subject came before it has its object after the
  asides that follow it (a time, a comma, an aside between commas, a manner phrase), where
  the object reading stops at the first.
- `objects.joined_party`: a party joined by و to the last recipient — past the place or the
  partitive that qualifies it and a comma — is one more recipient; a list of things written
  together stays as the gold writes it.
- `addressees.hal_object`: a participle of asking (feminine forms too) asks the phrases joined
  to its first one and those placed by a في phrase before what is asked.

Sentences from the dev sets (fresh5 … fresh29) and the free news of scripts/free_news.py
(snn_region_*); the guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import roles_of
from rasd.pipeline import extract_text

FOUND = [
    # fresh17: a time and a comma between the verb and its object, the subject before it
    ("يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة (21 عاما) من قرية برقين "
     "قرب مدينة جنين.", "قتلت", "الشاب أحمد علاونة"),
    # fresh25: a time between commas right after the verb
    ("سبق- وكالات: أعلنت المنسقية العامة لرئاسة الوزراء التركية، أن القوات المسلحة ضربت، أمس "
     "الجمعة، أهدافاً تابعة لتنظيم \"داعش\" الإرهابي شمالي سوريا، ومنظمة \"بي كا كا\" "
     "الإرهابية بشمالي العراق، بشكل فاعل.", "ضربت", "أهدافاً تابعة لتنظيم \"داعش\" الإرهابي"),
    # fresh27: في + a time between the verb and its object
    ("وكانت تركيا استهدفت في الايام الاخيرة مواقع تنظيم داعش في سوريا ولحزب العمال الكردستاني "
     "الذي تصنفه منظمة ارهابية في شمال العراق، اثر الهجوم الانتحاري في سوروتش (جنوب) قبل "
     "اسبوع الذي نسبته السلطات التركية الى التنظيم الجهادي والذي ادى الى سقوط 32 قتيلا.",
     "استهدفت", "مواقع تنظيم داعش"),
    # fresh21: titles with names joined after مع, past the first the coordination reads
    ("وعقب وصوله اجتمع رئيس اقليم كردستان مسعود بارزاني مع وزير الدفاع الامريكي آشتون كارتر "
     "الذي وصل محافظة اربيل أمس الجمعة بعد زيارة لبغداد، الجانبان بحثا مستجدات الحرب ضد تنظيم "
     "داعش الارهابي ودور التحالف الدولي ودعمه لإقليم كردستان وقوات البيشمركة، ومن المرحج ان "
     "يزور الوزير الأميركي تركيا بعد انتهاء زيارته الحالية في اربيل» وكان كارتر قد زار بغداد "
     "الخميس، واجتمع مع رئيس الوزراء حيدر العبادي ورئيس البرلمان سليم الجبوري ووزير الدفاع "
     "خالد العبيدي.", "اجتمع", "وزير الدفاع خالد العبيدي"),
    # fresh13: a comma between two parties cleared from a place
    ("اقتربت المقاومة الشعبية الموالية للرئيس عبدربه منصور هادي، اليوم، من تطهير محافظة "
     "البيضاء (وسط البلاد)، من مسلحي الحوثي، والقوات الموالية له.", "تطهير", "القوات الموالية"),
    # fresh13: a comma between the two parties attacked
    ("وفي محافظة أبين نفذت المقاومة بالمنطقة الوسطى هجومًا نوعيًّا على مواقع المليشيات "
     "الحوثية، وقوات المخلوع صالح في منطقة السلامية وأمطروهم بوابل من القذائف.", "هجومًا",
     "قوات المخلوع صالح"),
    # fresh25: a place and a comma between two military things struck, each with its owner
    ("وأشارت المنسقية إلى أنه بالتزامن مع الضربة الجوية، \"قامت مدفعية الدعم التابعة لقيادة "
     "القوات البرية، بقصف أهداف لتنظيم داعش شمالي سوريا، وأهداف لمنظمة بي كا كا الإرهابية "
     "شمالي العراق\"، فيما أكدت \"مواصلة العمليات الموجهة ضد المنظمات الإرهابية داعش، و(بي كا "
     "كا) وحزب الجبهة الشعبية الثورية\".", "قصف", "أهداف لمنظمة بي كا كا الإرهابية"),
    # fresh19: a feminine participle of asking, a quantifier of all, a second phrase joined
    ("وأشارت إلى أن القدس بحاجة ماسة لوقفة عربية وإسلامية جدية، وفاعلة، وقادرة على ردع ومحاسبة "
     "إسرائيل على عدوانها المتواصل ضد المدينة المقدسة، مطالبة الدول كافة ومؤسسات الأمم المتحدة "
     "باتخاذ ما يلزم من إجراءات.", "مطالبة", "مؤسسات الأمم المتحدة"),
]


@pytest.mark.parametrize("text,trigger,recipient", FOUND)
def test_recipient_found(text: str, trigger: str, recipient: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    assert hits, [t(e.trigger) for e in doc.events]
    assert any(recipient in [t(r) for r in e.recipient]
               and recipient not in [t(r) for r in e.actor] for e in hits)


NOT_FOUND = [
    # fresh11: a participle joined by و is no second party (واصفًا إياه)
    ("وأدان الليلة قبل الماضية اختطاف الموظفين الإيطاليين، واصفًا إياه بالعمل غير المقبول.",
     "اختطاف", "اصفًا إياه"),
    # fresh11: nouns joined with no comma are one list, as the gold writes it
    ("وقال الطالب زياد طارق (24 عاما) «نطالب بإقالة المحافظ ومجلس المحافظة، حان الوقت ليحصل "
     "سكان البصرة على حقوقهم».", "نطالب", "مجلس المحافظة"),
    # fresh13: the owner's conjunct stays inside the thing's phrase
    ("إلى ذلك استهدفت غارات التحالف مواقع ومعسكرات وتحصينات للمليشيات الحوثية والقوات المتحالفة "
     "معها في العديد من المحافظات اليمنية.", "استهدفت", "القوات المتحالفة"),
    # free news (saudinewsnet-syria): after a relative clause the و goes back to its antecedent
    ("ويميز المقاتلون السوريون بين جبهة النصرة التي ركزت عملياتها ضد قوات النظام، وتنظيم "
     "\"داعش\" الذي يتهمونه بممارسة ارتكابات مسيئة تشمل الخطف والاعدام والسعي بالتفرد بالسيطرة "
     "على مناطق وجوده.", "عملياتها", "تنظيم \"داعش\""),
    # free news (saudinewsnet-syria): abstract nouns joined to a party are no second party
    ("لنحارب معا الإرهاب الذي يستهدف جميع السوريين ووحدة وسيادة الجمهورية العربية السورية».",
     "يستهدف", "وحدة"),
    # fresh13: a list of things written together is one recipient in the gold
    ("وأضاف البيان كما استهدفت طائرات التحالف وحدات تكتيكية ومركبات ومواقع قتالية بالقرب من 8 "
     "مدن عراقية منها الموصل والفلوجة والرمادي.", "استهدفت", "مواقع قتالية"),
]


@pytest.mark.parametrize("text,trigger,recipient", NOT_FOUND)
def test_recipient_not_found(text: str, trigger: str, recipient: str) -> None:
    assert recipient not in roles_of(text, trigger)[1]
