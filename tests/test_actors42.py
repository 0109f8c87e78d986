"""The doer of a participle of words riding on the main verb (issue 12, actors42,
rasd.events.subjects.hal_doer): after a comma, a participle of praise, accusation, demand or
warning (مشيداً، محملاً، داعيًا، مشددا على ضرورة) tells how the subject of the clause before
it acts: its actor is that subject, not a party named inside its own ب object (moved to the
recipient for praise and condemnation: markers.json `hal_object_types`), and the subject
written after a verb of voicing that is no cue (`hal_head_verbs`: عبر، أبدى، أهاب، أعرب)
is read too. Left: a clause whose opening verb's own event found no subject after it (ودعا
الشعب اليمني: the object), a claim's cue between (وأفادت المصادر أن …، مطالبين; على ما أعلن
مصدر عسكري، محملا: an anonymous speaker is no party), and the labeller's direct object of
the participle (مطالبا … حزب العمال). Sentences from the dev gold (sets named) and the
region and Syria news of /work/wt/notes/free."""

from __future__ import annotations

import pytest

from event_helpers import roles_of

FOUND = [
    # (sentence, trigger, the actors, a recipient it must hold or None)
    ("وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته قوات الجيش الوطني والمقاومة الشعبية من "
     "انتصارات في عدن ولحج وأبين وتعز، مشيداً بالدور الإيجابي الذي تقوم به دول التحالف وفي "
     "مقدمتها المملكة العربية السعودية التي كان لها الدور المحوري والمهم فيما يحدث من تطورات "
     "ونتائج إيجابية على أرض الواقع.", "مشيداً", ["الرئيس هادي"], "دول التحالف"),  # fresh29
    ("وعبر وزير الخارجية عادل الجبير عن استنكار المملكة الشديد لهذا العمل الهمجي والوحشي الذي "
     "تم دون وازع من أخلاق أو ضمير أو إنسانية، محملاً سلطات الاحتلال الإسرائيلية المسؤولية عن "
     "هذا العمل الاجرامي ضد الفلسطينيين.", "محملاً سلطات الاحتلال الإسرائيلية المسؤولية",
     ["وزير الخارجية عادل الجبير"], "سلطات الاحتلال الإسرائيلية"),  # fresh21
    ("وأبدى المصدر اعتقاده أن بعض الفوضى قد تحدث في المناطق المحررة، مشددا على ضرورة أن تكون "
     "الحكومة السورية المؤقتة جاهزة للانتقال إلى الداخل لملء الفراغ وإدارة المناطق.",
     "مشددا على ضرورة", ["المصدر"], None),  # Syria news
    ("أكد العقيد منصور بن أحمد الغامدي مدير جوازات منطقة الباحة المكلف أن إدارته بدأت في "
     "استقبال طلبات الأشقاء اليمنيين الراغبين في تصحيح أوضاعهم، بعد المنحة التي أمر بها خادم "
     "الحرمين الشريفين الملك سلمان بن عبدالعزيز - يحفظه الله - بالتمديد لهم حتى الثلاثين من شهر "
     "شوال الحالي. "
     "وأهاب الغامدي بالأشقاء اليمنيين استغلال فرصة التمديد في إنهاء إجراءات التصحيح في مقرات "
     "الجوازات التي بدأت بكامل استعداداتها لاستقبالهم، مبديًا ترحيبه بجميع الراغبين في التصحيح، "
     "داعيًا في الوقت نفسه لاستكمال الأوراق والمستندات اللازمة للتصحيح.", "داعيًا",
     ["الغامدي"], None),  # region news (the whole record)
    ("من ناحيته، أكد نائب رئيس الجمهورية إياد علاوي أهمية اعتماد الحوار بين العراق وجميع دول "
     "المنطقة للحفاظ على أمنها واستقرارها، مطالبا في الوقت نفسه حزب العمال بمغادرة الأراضي "
     "العراقية.", "مطالبا", ["نائب رئيس الجمهورية إياد علاوي"], "حزب العمال"),  # fresh2
]

LEFT = [
    # (sentence, trigger, a phrase that must not be its actor)
    ("ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف صفًا واحدًا ضد ما تقوم به "
     "الميليشيات من أجل استعادة وتحرير كافة المناطق من سيطرة الجماعة الانقلابية، مشددًا في "
     "الوقت ذاته، على ضرورة المضي نحو تطبيق قرار مجلس الأمن رقم 2216.", "مشددًا",
     "الشعب اليمني"),  # fresh13: دعا's object; its subject is the sentence before's
    ("وأفادت المصادر أن معظم المقاتلين في صفوف الحوثي من أطفال ذمار الذين يعانون من انهيار "
     "معنوي جراء ما يشاهدونه من مواجهات عنيفة في الميدان، مشيرة إلى أن معظم المقاتلين الحوثيين "
     "في المرحلة الحالية أطفال تتراوح أعمارهم بين (12-16عاما) وأن هناك قلقا شديدا لدى شباب "
     "المقاومة من وجود ظاهرة الأطفال، مطالبين أبناء محافظات صنعاء وعمران وخاصة ذمار بعدم إشراك "
     "أطفالهم في العمليات العسكرية التي غالبا ما يكونون الضحية فيها.", "مطالبين",
     "المصادر"),  # fresh13: the claim's cue, an anonymous speaker
    ("قتل تسعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في "
     "وادي سر بوادي حضرموت جنوب شرق اليمن أمس، على ما أعلن مصدر عسكري، محملا تنظيم القاعدة "
     "المسؤولية.", "محملا تنظيم القاعدة المسؤولية", "تسعة جنود"),  # fresh11: passive قتل
]


@pytest.mark.parametrize(("text", "trigger", "doers", "recipient"), FOUND)
def test_doer_is_the_main_subject(text: str, trigger: str, doers: list[str],
                                  recipient: str | None) -> None:
    got, recs = roles_of(text, trigger)
    assert got == doers
    if recipient is not None:
        assert recipient in recs


@pytest.mark.parametrize(("text", "trigger", "not_doer"), LEFT)
def test_left_without_the_main_subject(text: str, trigger: str, not_doer: str) -> None:
    got, _ = roles_of(text, trigger)
    assert not_doer not in got
