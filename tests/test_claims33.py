"""Cues that take an object before their ب phrase (claims33, issue 12): اتهم X Y بـ… "X
accused Y of …" and وصف X Y بأنه/بـ… "X described Y as …". The speaker is the noun phrase
right after the cue (with its و conjuncts and its place), the object the next noun phrase,
and the content runs from the object through the ب phrase; a cue carrying its object as a
pronoun (ووصفها X بأنها) has its speaker after it and its content after the ب. When only
the object stands before ب (واتهم حماس بالإقدام) the subject is the one the conjoined cue
shares with the verb opening its sentence, never a speaker carried from elsewhere. وصف
reports only in that reading: the noun (وصفة، حسب وصفه), a passive and a cue after another
clause's subject report nothing."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

SPLIT = [
    # (text, speaker, cue, the content's start)
    # fresh7 (abbas-accuses-kerry): a name, then a title and a name (the accused); the
    # content was one word (بالتقصير, cut at فيما) and no claim was made
    ("واتهم أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير فيما تعهد به من اتفاق بين "
     "الجانبين.", "أبو مازن", "اتهم", "وزير الخارجية الأمريكي جون كيري بالتقصير"),
    # fresh7: only the accused before ب; the subject is the opening verb's (وتعرض أبو مازن)
    ("وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام علي اختطاف ثلاثة من المستوطنين.",
     "أبو مازن", "اتهم", "حماس بالإقدام"),
    # fresh17 (beit-ummar): the speaker's place and a time between commas before the accused
    ("اتهمت حكومة الوفاق الوطني في رام الله، أمس، الحكومة الإسرائيلية بمحاولة جر المنطقة "
     "بأكملها إلى دوامة من العنف، بهدف التنصل من الالتزامات.", "حكومة الوفاق الوطني",
     "اتهمت", "الحكومة الإسرائيلية بمحاولة"),
    # fresh7 (hrw-israel-force): the accused was read into the speaker and a quoted phrase
    # inside the charge taken as the content
    ("اتهمت منظمة \"هيومن رايتس ووتش\" اسرائيل، اليوم (الاثنين)، باستخدام \"القوة غير "
     "المبررة\" لاعتقال اطفال فلسطينيين.", "منظمة \"هيومن رايتس ووتش\"", "اتهمت", "اسرائيل"),
    # demo (snn_syria_0350): speakers joined by و; the object never opens with و
    ("وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز عبر "
     "استخدام براميل متفجرة تلقى من المروحيات.", "بريطانيا وفرنسا والولايات المتحدة", "تتهم",
     "النظام السوري بتنفيذ"),
    # fresh5 (sudan-presidency): وصف, the speaker no longer runs into the object
    ("ووصف نائب الرئيس السوداني انضمام بعض الطلاب لتنظيم \"داعش\" بانه محدود.",
     "نائب الرئيس السوداني", "وصف", "انضمام بعض الطلاب"),
    # demo (snn_syria_0257, its first and its cue's sentence): a statement frame before the
    # cue, the surname named in full earlier
    ("دعت الممثلة الفرنسية المعتزلة بريجيت باردو إلى إيقاع عقوبة «مثالية» رادعة بحق صياد "
     "أميركي. وفي بيان لها صدر أمس، وصفت باردو الصياد الأميركي بأنه «شرير نجس» يستحق عقوبة "
     "رادعة.",
     "باردو", "وصفت", "الصياد الأميركي بأنه"),
    # region news (snn_region_0683, also fresh21)
    ("ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه عمل إرهابي.",
     "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "وصف", "الهجوم بأنه عمل إرهابي"),
    # region (somalia-amisom): the object a pronoun, the speaker the opening verb's subject
    # (no name: the source noun), the content inside the quotation after بأنها
    ("وأدان نائب عن المنطقة في البرلمان الصومالي الحادثة ووصفها بأنها «عمل إجرامي».",
     "نائب", "وصف", "عمل إجرامي"),
    # fresh5 (us-condemns-boko-haram): ووصفتها agrees with أدانت past its object pronoun
    ("أدانت الولايات المتحدة أمس الجمعة هجمات جماعة بوكو حرام الانتحارية في الكاميرون "
     "ونيجيريا ووصفتها بأنها «مروعة وعشوائية» واستنكرت استغلال الجماعة المتشددة للأطفال.",
     "الولايات المتحدة", "وصفت", "مروعة وعشوائية"),
]


@pytest.mark.parametrize(("text", "who", "cue", "content"), SPLIT)
def test_object_taking_cue_splits_speaker_and_object(text: str, who: str, cue: str,
                                                     content: str) -> None:
    got = claims_of(text)
    assert [g for g in got if g[0] == who and g[1].endswith(cue) and g[2].startswith(content)], got


NO_CLAIM = [
    # (text, the cue that reports nothing here)
    # fresh17: a passive inside a quotation, "his condition was described as stable"
    ("ونقلهم المواطنون إلى المستشفى، حيث توفي الوالد نتيجة لإصابته الحرجة، فيما لا يزال محمد "
     "خاضعا لعمليات جراحية، ووصفت حالته بالمستقرة.", "وصف"),
    # fresh15: a conjoined cue after another clause (بدا وكأنه يرى أن …، ووصف): the sentence
    # opens with no verb whose subject it shares; the previous claim's speaker is not taken
    ("غير أن وزير الدفاع الاسرائيلي موشي يعلون بدا وكأنه يرى أن تصديق الكونجرس على الاتفاق "
     "أمر مفروغ منه، ووصف المحادثات بشأن المساعدات التي تطالب بها إسرائيل بأنها فرصة لتقييم "
     "تداعيات هذا الاتفاق.", "وصف"),
    # the noun "prescription"
    ("وصرف الطبيب وصفة طبية بالمجان للمرضى.", "وصف"),
]


@pytest.mark.parametrize(("text", "cue"), NO_CLAIM)
def test_no_object_reading_no_claim(text: str, cue: str) -> None:
    got = claims_of(text)
    assert not [c for _, c, _ in got if cue in c], got


def test_participle_after_a_description_takes_its_subject() -> None:
    # demo (snn_syria_0358): the subject is before وصفت; the noun phrase after it is its
    # object, not the speaker of لافتة
    got = claims_of("لكن مصادر في المعارضة السورية وصفت انسحاب «النصرة» من مواقعها في ريف حلب "
                    "الشمالي بـ«التكتيكي والاحتيالي»، لافتة في تصريح لـ«الشرق الأوسط» إلى أنّها "
                    "«أوكلت النقاط لقادة موالين لها في (الجبهة الشامية)».")
    assert [s for s, c, _ in got if c == "لافتة"] == ["مصادر في المعارضة السورية"], got
