"""events49 (issue 12): a deed named back in a later sentence (rasd.events.named_back).

Each row is two real sentences of one dev article (or of the free news): the first tells a
deed, the second a definite deed noun of its category with no party, place or toll of its
own. NAMED_BACK rows name the first deed back: no event. NEW_DEED rows tell a deed of their
own, each kept by one guard of the pass (object, next step, phase, series, list, time)."""

from __future__ import annotations

import pytest

from event_helpers import events_of

NAMED_BACK = [
    # fresh7: the accusations answered are the report's, told by its verb
    ("اتهمت منظمة \"هيومن رايتس ووتش\" اسرائيل، اليوم (الاثنين)، باستخدام \"القوة غير المبررة\" "
     "لاعتقال اطفال فلسطينيين. واكدت المنظمة ان وزارة الدفاع والجيش الاسرائيلي ردتا على "
     "الاتهامات، واكدتا ان \"المسؤولين الامنيين التزموا بالقانون في كافة الحالات\".",
     "ACCUSE", "اتهامات"),
    # fresh11: the aid the ship carried
    ("رست سفينة تحمل مساعدات غذائية لسكان مدينة عدن اليمنية المحاصرة في ميناء المدينة "
     "الجنوبية أمس الثلاثاء وهي أول سفينة تصل إلى عدن منذ شهور. والمساعدات هي الأكبر منذ "
     "شهور.", "AID", "مساعدات"),
    # fresh25: the air strike told by its verb (ضربت) before
    ("أعلنت المنسقية العامة لرئاسة الوزراء التركية، أن القوات المسلحة ضربت، أمس الجمعة، "
     "أهدافاً تابعة لتنظيم \"داعش\" الإرهابي شمالي سوريا. وأشارت المنسقية إلى أنه بالتزامن "
     "مع الضربة الجوية، \"قامت مدفعية الدعم التابعة لقيادة القوات البرية، بقصف أهداف لتنظيم "
     "داعش شمالي سوريا\".", "ASSAULT", "ضربة"),
    # fresh10: the bombing told by another noun (التفجير … الهجوم)
    ("أعربت الجمهورية العراقية عن استنكارها وإدانتها للتفجير الإرهابي الذي استهدف مسجد قوات "
     "الطوارئ بمنطقة عسير وأسفر عن سقوط عدد من الشهداء والجرحى . وأكد المتحدث الرسمي باسم "
     "وزارة الخارجية العراقية أحمد جمال في بيان له اليوم أن الهجوم الإرهابي الغادر يعكس صورة "
     "واضحة عن خطورة الإرهاب.", "ASSAULT", "الهجوم"),
]

NEW_DEED = [
    # seed: a phase of the talks (استمرار), the gold's CONSULT
    ("وأضاف بأن المفاوضات مع الجانب الروسي لم تعد مع الوسيط الذي لم يستطع ضمان تطبيق الاتفاق "
     "السابق. من جهته، أكد مصدر مقرب من النظام السوري استمرار المفاوضات للتوصل لاتفاق جديد على "
     "خروج مقاتلي المعارضة من حلب.", "CONSULT", "المفاوضات"),
    # fresh13: a next step (ومن ثم) and its object (عنهم): the gold's release
    ("تمت صباح أمس عملية تبادل للأسرى هي الأولى بين الشرعية اليمنية وبين المتمردين من ميليشيات "
     "الحوثي وصالح في مطار عدن. وأبان أن الحكومة الشرعية قبضت على العشرات من الأطفال الذين غرر "
     "بهم من قبل المتمردين، وتم تسليهم للصليب الأحمر لإسعافهم والتحدث معهم ومن ثم الافراج عنهم "
     "لاحتوائهم.", "RETREAT", "الافراج"),
    # fresh29: control told with its object (على مديريات عدن): the gold's COERCE
    ("وأكد اللواء المقدشي أن المقاومة على وشك تحقيق الحسم في محافظة لحج، واستعادة السيطرة على "
     "قاعدة العند العسكرية. وجدد رئيس هيئة الأركان، التأكيد بإحكام المقاومة والجيش الوطني، "
     "السيطرة على مديريات عدن كافة.", "COERCE", "سيطرة"),
    # fresh29: one of a list of deeds (القمع والاعتقالات والمصادرة), the gold's ASSAULT
    ("وأكدت الوزارة وهيئة الأركان اليمنية في بيان أصدرته أمس الثلاثاء بمناسبة تحرير قاعدة "
     "العند العسكرية ودحر المليشيات الانقلابية منها في عملية نوعية أمس الاول الاثنين، أن "
     "المليشيات الانقلابية باتت إلى تراجع وانحسار. وأكد في تصريحات خاصة تعرّض الحريات الصحفية "
     "والصحفيين لموجة غير مسبوقة من القمع والاعتقالات والمصادرة منذ سبتمبر الماضى على أيدي "
     "الحوثيين.", "ASSAULT", "قمع"),
    # fresh2: protests with a time of their own (عام 2014)
    ("وانتقدت جماعات مدافعة عن حقوق الانسان اسرائيل لاستخدامها القوة المفرطة لتفريق مظاهرات "
     "فلسطينية. وتعرضت حكومة رئيس الوزراء بنيامين نتنياهو لمطالبات متصاعدة بالتحرك عقب المظاهرات "
     "الفلسطينية عام 2014 بشأن حرب غزة.", "PROTEST", "المظاهرات"),
    # fresh25: a series of strikes (سلسلة من), several deeds told together
    ("غير ان تركيا بدلت موقفها بعد هجمات دامية على الاراضي التركية نسب بعضها الى التنظيم "
     "المتطرف. وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية، مشيرة الى انها تستهدف ناشطين "
     "من حزب العمال الكردستاني في شمال العراق.", "ASSAULT", "الغارات"),
]


def _has(text: str, kind: str, word: str, which: int) -> bool:
    """An event of `kind` whose trigger holds `word` in sentence `which` (0 or 1) of text."""
    from rasd.pipeline import extract_text

    doc = extract_text(text, published="2015-08-01")
    return any(e.type == kind and word in doc.span_text(e.trigger) and e.sentence == which
               for e in doc.events)


@pytest.mark.parametrize(("text", "kind", "word"), NAMED_BACK)
def test_named_back(text: str, kind: str, word: str) -> None:
    assert any(k == kind for k, _ in events_of(text))  # the first deed stays
    assert not _has(text, kind, word, 1)


@pytest.mark.parametrize(("text", "kind", "word"), NEW_DEED)
def test_new_deed(text: str, kind: str, word: str) -> None:
    assert _has(text, kind, word, 1)
