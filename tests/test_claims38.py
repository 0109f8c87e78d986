"""Claims of the weakest dev sets' missing cues and frames (claims38, issue 12).

تحدث عن "spoke of" reports through its عن phrase only; توقع and رجح report with a speaker of
their own (a person, an institution, a source), and their impersonal passive (ويرجح أنه،
ويتوقع أن) reports nothing; a participle after a negated opening verb (ولم يحدد المتحدث …،
متوقعا) is that verb's subject's; a frame
opening its sentence whose source runs up to a subjectless verb (وبحسب مصادر عسكرية، أكدت أن)
gives that verb its speaker and makes no claim itself; a cue opening an aside that withholds
a name (-تحدثوا شريطة عدم الكشف عن هويتهم-) reports nothing. Sentences from the dev gold and
from unannotated news (snn_syria_*, scripts/free_news.py)."""

from __future__ import annotations

import pytest

from claims_helpers import claims_of

READ = [
    # (text, speaker, cue, content's start)
    # fresh7 (houthi-emergency-sanaa-muscat-talks): the عن phrase is the content
    ("غير أن مصادر عسكرية تحدثت عن انشقافات وخلافات بين الحوثي وصالح، وأن إعلان الطوارئ يأتي "
     "في خطوة استباقية من الحوثي.", "مصادر عسكرية", "تحدثت", "انشقافات وخلافات"),
    # fresh7 (hrw-israel-force-palestinian-children)
    ("وفي قضية اخرى، تحدث تقرير هيومن رايتس ووتش عن اعتقال الطفلة ملك الخطيب (14 عاما) باسلوب "
     "عنيف بشبهة قيامها بالقاء الحجارة.", "تقرير هيومن رايتس ووتش", "تحدث", "اعتقال الطفلة"),
    # news snn_syria_0157
    ("إلا أن مصادر بفصائل تعارض الحوثيين تحدثت عن اشتباكات في ساعة مبكرة من اليوم الاثنين في "
     "محافظتي مأرب وتعز إلى الجنوب.", "مصادر بفصائل تعارض الحوثيين", "تحدثت", "اشتباكات"),
    # news snn_syria_0110: a quotation inside the عن phrase is no marker of its own
    ("من جهة اخرى وفي حلب شمال سورية، تحدث المرصد عن مقتل \"12 من عناصر قوات النظام والمسلحين "
     "الموالين لها (...) وقيادي\" في تنظيم داعش في اشتباكات بين الجانبين.", "المرصد", "تحدث",
     "مقتل"),
    # fresh7 (houthi-delegation-muscat-lahj-taiz-battles)
    ("وتوقعت المصادر أن يكون الهدف من خروج وفد الحوثي وصالح إلى عمان هو للبحث عن أي مخرج ينقذ "
     "صالح والحوثي.", "المصادر", "توقعت", "يكون الهدف"),
    # news snn_syria_0144
    ("وتوقع المحلل السياسي سالم الرويلي في تصريحات إلى \"الوطن\" أن يبادر المتمردون الحوثيون إلى "
     "الالتزام بالهدنة الجديدة، مشيرا إلى أن أي خرق لها سيمثل نهاية محتومة لهم.",
     "المحلل السياسي سالم الرويلي", "توقع", "يبادر المتمردون"),
    # fresh25 (action-group-409-palestinians)
    ("وأكد فريق الرصد والتوثيق في مجموعة العمل من أجل فلسطينيي سوريا أنه استطاع توثيق بيانات 63 "
     "طفلًا فلسطينيًا قضوا إثر القصف والحصار على مخيم اليرموك، فيما رجح الفريق أن يكون العدد "
     "الحقيقي أكبر من ذلك.", "الفريق", "رجح", "يكون العدد"),
    # news snn_syria_0370: a subject after the verb, no passive
    ("ويرجح دبلوماسيون أن يصوت مجلس الأمن التابع للأمم المتحدة اليوم الجمعة على اقتراح أميركي.",
     "دبلوماسيون", "يرجح", "يصوت مجلس الأمن"),
    # fresh13 (yemen-loyalist-plan-taiz-marib): the frame's source is the verb's subject
    ("وبحسب مصادر عسكرية، أكدت أن تعداد القوة العسكرية بمشاركة المقاومة الشعبية، قد شهد "
     "ارتفاعا في الأيام الماضية ليصل إلى أكثر من 20 ألف فرد.", "مصادر عسكرية", "أكدت",
     "تعداد القوة"),
    # fresh13 (dhale-child-loses-eye-houthi-shrapnel-jazan)
    ("ووفقاً لتقارير طبية من مستشفيات كبرى متخصصة في العيون داخل اليمن والمملكة أفادت بأنه بحاجة "
     "ماسة لعمليات جراحية عاجلة، فيما اعتذر عدد من المستشفيات الحكومية بجازان عن علاجه.",
     "لتقارير طبية من مستشفيات كبرى متخصصة في العيون داخل اليمن والمملكة", "أفادت", "بحاجة ماسة"),
    # fresh10 (pentagon-3000-iraqi-troops-ramadi): the negated opening verb's subject
    ("وقال وارن إن الجهـود العسكرية تــركــز حاليا على عزل الرمادي. ولم يحدد المتحدث تاريخ بدء "
     "الهجوم المباشر على المدينة، متوقعا أن يتم ذلك خلال أسابيع بمشاركة آلاف المقاتلين "
     "العراقيين.", "المتحدث", "متوقعا", "يتم ذلك"),
    # news snn_syria_0347: the aside withholding the names is the speaker's, no cue in it
    ("وقال بضعة دبلوماسيين -تحدثوا شريطة عدم الكشف عن هويتهم- انه إذا لم يثر أحد من اعضاء المجلس "
     "اعتراضات على المسودة بحلول صباح الخميس فان من المرجح ان يجرى التصويت يوم الجمعة.",
     "بضعة دبلوماسيين -تحدثوا شريطة عدم الكشف عن هويتهم", "قال", "إذا لم يثر"),
]


@pytest.mark.parametrize("text,speaker,cue,content", READ)
def test_read(text: str, speaker: str, cue: str, content: str) -> None:
    got = [c for c in claims_of(text) if c[1] == cue and c[2].startswith(content)]
    assert [c[0] for c in got] == [speaker], claims_of(text)


NONE = [
    # (text, cue that reports nothing)
    # news snn_syria_0196: يتحدث with no عن phrase (a quotation later is no content of it)
    ("وكان كاميرون يتحدث للصحفيين لدى هبوطه في إندونيسيا في المرحلة الأولى من مهمة تجارية "
     "تستغرق أربعة أيام يأمل أن يصيغ خلالها تحالفات سياسية جديدة لمواجهة خطر شبهه \"بطائفة "
     "الموت\".", "يتحدث"),
    # news snn_syria_0370: the quoted speaker's own تحدثنا
    ("وقال كيري للصحفيين بعد الاجتماع مع لافروف على هامش منتدى إقليمي في ماليزيا \"تحدثنا أيضا "
     "بشأن قرار للأمم المتحدة وبالفعل اعتقد أننا توصلنا لاتفاق\".", "تحدث"),
    # news snn_syria_0045: the impersonal passive "it is likely"
    ("وقال مدير المرصد رامي عبدالرحمن: سقط الصاروخ، ويرجح أنه أرض أرض، على حي المغاير في حلب "
     "القديمة الواقع تحت سيطرة المعارضة، ما تسبب بمقتل 18 شخصا.", "يرجح"),
    # news snn_region_0666: "it is expected", no one's claim carried onto it
    ("وقال العميد عبد الله الصبيحي قائد «اللواء 15» قائد عملية تحرير عدن لـ«الشرق الأوسط» إن "
     "المحور الذي يقوده أصبح على مشارف تعز ويبعد قرابة 70 كيلومترا، ويتوقع أن تدخل القوة خلال "
     "الفترة المقبلة تعز لدعم الوحدات الموالية للشرعية.", "يتوقع"),
    # fresh10 (south-sudan-igad-peace-deal): "the arrival is expected", no speaker after it
    ("ويتوقع وصول المفاوضين عن طرفي النزاع الجمعة المقبل إلى أديس أبابا للاطلاع على مسودة "
     "الاتفاق، على أن تعقد قمة في العاصمة الإثيوبية في الخامس من أغسطس المقبل لتوقيع الاتفاق.",
     "يتوقع"),
    # fresh11 (houthis-flee-zinjibar): "which is likely", a sound no one reports
    ("كما سمع دوي انفجارات ضخمة يرجح أنه ناتج عن انفجار أسلحة وذخائر داخل المعسكر.", "يرجح"),
    # the frame gives its source to the verb after it: no claim of the frame itself
    ("وبحسب مصادر عسكرية، أكدت أن تعداد القوة العسكرية بمشاركة المقاومة الشعبية، قد شهد "
     "ارتفاعا في الأيام الماضية ليصل إلى أكثر من 20 ألف فرد.", "بحسب"),
]


@pytest.mark.parametrize("text,cue", NONE)
def test_no_claim(text: str, cue: str) -> None:
    assert [c for c in claims_of(text) if c[1] == cue] == []


def test_impersonal_passive_is_no_edge() -> None:
    """ويرجح أنه inside a quotation neither reports nor ends the content before it."""
    text = ("وقال مدير المرصد رامي عبدالرحمن: سقط الصاروخ، ويرجح أنه أرض أرض، على حي المغاير في "
            "حلب القديمة الواقع تحت سيطرة المعارضة، ما تسبب بمقتل 18 شخصا.")
    said = [c for c in claims_of(text) if c[1] == "قال"]
    assert len(said) == 1 and said[0][2].startswith("سقط الصاروخ")


def test_frame_keeps_its_claim_when_the_verb_has_a_subject() -> None:
    """news snn_syria_0157's neighbour shape: وبحسب الموقع الاخباري، أعلن بوغدانوف أنه … — the
    verb has its own subject, so the outlet frame stays a via and the verb keeps its speaker."""
    text = ("وبحسب الموقع الاخباري، أعلن بوغدانوف أنه سيتم عقد لقاء في الثالث من اغسطس المقبل بين "
            "وزير الخارجية الروسي ونظيره الأمريكي.")
    said = [c for c in claims_of(text) if c[1] == "أعلن"]
    assert [c[0] for c in said] == ["بوغدانوف"]
