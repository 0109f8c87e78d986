"""recip10 (issue 12, twenty-sixth session): what a shooting was aimed at.

- `shot.shot_at`: an attack told by its word of fire (أطلقوا النار، فتحوا النار، إطلاق
  النار) with no recipient takes the phrase after its preposition of aim (على، باتجاه،
  تجاه) even when its head is no party noun (guests, a doer, marches); a part of the body
  shot at gives its owner. Fire of joy, a pronoun (its referent is read elsewhere) and a
  recipient read already are left.
- `shot.dealt_blow`: a blow dealt (وجه ضربات، توجيه ضربة) names whom it struck after إلى or
  ل past its adjectives and quotes; a country there is a place, and ضد is read as before.

Sentences from the dev sets (fresh8, fresh13, fresh15, fresh17, fresh21, fresh23) and the
free news (snn_*); the guards hold what must not change."""

from __future__ import annotations

import pytest

from event_helpers import recipients

ROWS = [
    # fresh8 (baghlan-wedding): guests are no party noun, still whom the gunmen fired on
    ("كان هناك حفل زفاف انقلب إلى مأساة بعد أن دخله عدد من المسلحين وفتحوا النار على "
     "الضيوف الذكور.", "فتحوا النار", ["الضيوف الذكور"]),
    # fresh15: the ramming attacker shot by the force
    ("بدوره أثنى رئيس الوزراء الإسرائيلي على القوة التي اطلقت النار على منفذ عملية الدهس "
     "فكتب يقول في بيان على الشبكات الاجتماعية.", "اطلقت النار", ["منفذ عملية الدهس"]),
    # fresh17: باتجاه + a name
    ("وأضاف أن جنود الاحتلال أطلقوا النار باتجاه محمد من دون سابق إنذار وبلا أي سبب.",
     "أطلقوا النار", ["محمد"]),
    # fresh13: a part of the body in construct gives its owner
    ("إذ قاموا بنشاط أمني لاعتقال مطلوبين فأطلق الجنود النار باتجاه قدمي أحد الفلسطينيين، "
     "عندما غادر الجنود المكان.", "أطلق الجنود النار", ["أحد الفلسطينيين"]),
    # fresh8 (and snn_region_0394): a part of the body in quotes, its owner after ل
    ("وقالت إن مجموعة ألقت الحجارة على السياج الأمني وإن الجنود أطلقوا النار على “الأطراف "
     "السفلية للمشتبه بهم.”", "أطلقوا النار", ["مشتبه بهم"]),
    # snn_syria_0058: marches fired on
    ("فيما ذهب نحو 10 آلاف قتيل قبل حصول أي احتكاك حيث كان النظام السوري يطلق النار على "
     "المسيرات السلمية».", "يطلق النار", ["المسيرات السلمية"]),
    # guard, snn_syria_0165: fire of joy is aimed at no one
    ("بينما اعتبر الموالون للنظام خطاب الرئيس بشار الأسد يوم أمس هو خطاب (النصر) وأطلق جنوده "
     "النار ابتهاجا على عدد من الحواجز في العاصمة دمشق بعد انتهاء بثه عبر القناة "
     "التلفزيونية المحلية.", "أطلق جنوده النار", []),
    # guard, snn_syria_0078: a recipient read already stays
    ("ونقل «مكتب أخبار سوريا» عن الناشط الإعلامي أبو العبد الشمالي، أنّ الشرطة التركية أطلقت "
     "النار على ثلاثة مدنيين كانوا يحاولون العبور إلى تركيا.",
     "أطلقت النار", ["ثلاثة مدنيين"]),
    # guard, snn_syria_0264: a pronoun is no phrase of this pass
    ("وأوضح أن عملية الإعدام تمت بإطلاق النار عليهم، \"ومن ثم تم نقل جثثهم إلى جهة مجهولة\".",
     "إطلاق النار", []),
]


@pytest.mark.parametrize(("text", "trigger", "want"), ROWS)
def test_shot_at(text: str, trigger: str, want: list[str]) -> None:
    assert recipients(text, trigger) == want


BLOWS = [
    # fresh21: ل glued on the one struck, past the quoted blow
    ("واكد متحدث باسم القوات الحكومية في بيان نشرته وكالة الانباء الرسمية الموالية للرئيس "
     "هادي، ان تحرير زنجبار \"بات قريبا\"، مشيرا الى ان المقاتلين الموالين وجهوا \"ضربات "
     "قاسية\" للمتمردين في أبين.", "ضربات", ["متمردين"]),
    # fresh23: إلى past the blow's adjective
    ("وقال الكربولي في تصريح له إن: تنظيم داعش منع المدنيين من الخروج من الفلوجة، مشيرا إلى "
     "أن طيران الجيش العراقي والتحالف الدولي وجها ضربات موجعة إلى التنظيم تسببت في إرباك "
     "صفوفه.", "ضربات", ["التنظيم"]),
    # guard, fresh15: a country after إلى is no party struck here
    ("وقال: «حسب هذا التوجه فإن الولايات المتحدة والقوى العظمى تفهم أن الاتفاق النووي مع "
     "إيران وجه ضربة كافية إلى إسرائيل، ولا حاجة إلى ممارسة مزيد من الضغط عليها في موضوع "
     "مشروعها النووي».", "ضربة", []),
    # guard, Syria news: ضد read as before
    ("وأضاف: «لا أقف هنا لأعلن توجيه ضربات ضد جبهة النصرة، لكن لا شيء يحمي النصرة من ذراع "
     "الولايات المتحدة الطويلة، مثلما فعلنا مع مجموعة خراسان الإرهابية.", "ضربات",
     ["جبهة النصرة"]),
]


@pytest.mark.parametrize(("text", "trigger", "want"), BLOWS)
def test_dealt_blow(text: str, trigger: str, want: list[str]) -> None:
    assert recipients(text, trigger) == want
