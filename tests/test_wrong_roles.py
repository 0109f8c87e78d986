"""Roles that were wrong, not missing (roles13): each row is a sentence of the kind real
articles write, a trigger, and the actor and recipient a reader would record. A wrong role
misleads a monitor more than a missing one, so the rows assert what must not be given too."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def roles(text: str, trigger: str) -> tuple[list[str], list[str]] | None:
    doc = extract_text(text, published="2015-08-01")
    t = doc.span_text
    hits = [e for e in doc.events if t(e.trigger) == trigger]
    if not hits:
        return None
    e = hits[0]
    return [t(r) for r in e.actor], [t(r) for r in e.recipient]


ROWS = [
    # a compound preposition ending in من (على الرغم من، بالرغم من): the phrase after it is
    # governed, not the subject; the forces after the verb act
    ("وعلى الرغم من الهدنة قصفت قوات النظام بلدة كفرنبل في ريف إدلب.", "قصفت",
     ["قوات النظام"], None),
    ("وبالرغم من الاتفاق قصفت الطائرات الروسية قرى في ريف إدلب.", "قصفت",
     ["الطائرات الروسية"], None),
    # … but a partitive من keeps its phrase (قوات من الجيش الوطني)
    ("وأعلنت قوات من الجيش الوطني السيطرة على البلدة.", "سيطرة",
     ["قوات من الجيش الوطني"], None),
    # a verb joined by و with a party of its own after it, then its object (VSO): the party
    # is the new subject, not the object of the subject before
    ("وأدان الوزير الهجوم واستهدف الجيش مواقعهم في الريف الشرقي.", "استهدف",
     ["الجيش"], []),
    ("وتقدمت القوات نحو البلدة وقصفت قوات النظام مواقع المعارضة.", "قصفت",
     ["قوات النظام"], ["مواقع المعارضة"]),
    # … but an indefinite plural after the joined verb is its object (the clause's subject)
    ("ونجحت القوات في تدميرها وقتلت مسلحين.", "قتلت", ["القوات"], ["مسلحين"]),
    # … and so is a definite one with no object after it
    ("وهاجمت القوات البلدة وقتلت المسلحين الذين كانوا فيها.", "قتلت",
     ["القوات"], ["المسلحين"]),
    # an adverb of direction after the subject says where the force went: no object
    ("وتحولت الأزمة السياسية في اليمن إلى حرب أهلية حينما تقدم الحوثيون جنوبا صوب ميناء "
     "عدن مما دفع هادي إلى التوجه إلى السعودية.", "تقدم", ["الحوثيون"], []),
    # a verb right after a deed noun governed by ب describes that deed: the victims before
    # the deed noun are not its actor
    ("وأعلن المرصد مقتل سبعة من قادة تنظيم داعش بقصف مدفعي استهدف موكبهم قرب المدينة.",
     "استهدف", [], None),
    ("قتل خمسة مدنيين بغارة جوية استهدفت سوقا شعبيا في المدينة.", "استهدفت", [], None),
    # a killing with its own agent phrase: the agent acts, the count of victims does not
    ("وأكد أن عدد الضحايا قتلوا على يد الميليشيات.", "قتلوا", ["الميليشيات"], None),
    ("عدد الضحايا الذين لقوا حتفهم على أيدي المتمردين تجاوز المئة.", "حتفهم",
     ["المتمردين"], None),
    # … the number of the victims is no party (عدد الضحايا، حصيلة القتلى)
    ("وقال المتحدث إن عدد الضحايا ارتفع إلى 12 قتيلا، قتلوا على يد مسلحين مجهولين.",
     "قتلوا", ["مسلحين مجهولين"], []),
    # … nor are the victims a relative clause stands for: على يد makes the verb a passive
    ("وأشار إلى أن الاشتباكات تسببت بقتل 3 مدنيين من أبناء البلدة الذين قتلوا على يد "
     "جماعات مسلحة.", "قتلوا", ["جماعات مسلحة"], None),
    # … but a partitive after عدد is a party
    ("وقتل عدد من عناصر النظام في الهجوم.", "الهجوم", [], ["عدد من عناصر النظام"]),
    # (roles14) an adjective of an armed group after the subject belongs to it: it is no
    # object, and the object comes after it
    ("واختطفت جماعة الحوثيين المتمردة منذ أسابيع عددا من الصحفيين في صنعاء.", "اختطفت",
     ["جماعة الحوثيين المتمردة"], ["عددا من الصحفيين"]),
    ("وهاجمت الجماعة الإرهابية مواقع الجيش في المنطقة.", "هاجمت",
     ["الجماعة الإرهابية"], ["مواقع الجيش"]),
    # … a title the subject ends in goes on over the name: the person is not the object
    ("دعا زعيم حركة طالبان الجديد الملا أختر منصور المقاتلين إلى الوحدة.", "دعا",
     ["زعيم حركة طالبان الجديد الملا أختر منصور"], ["المقاتلين"]),
    # … but a definite noun after the subject that is no such adjective is still the object
    ("وهاجمت القوات الحكومية المعارضة في ريف حلب.", "هاجمت",
     ["القوات الحكومية"], ["المعارضة"]),
    # … a nationality adjective after the deed noun a verb of condemning governs is that
    # deed's (whose shelling), not the party condemned
    ("وكانت الحكومة العراقية قد نددت بالقصف التركي لمواقع في شمال العراق.", "نددت",
     ["الحكومة العراقية"], []),
    ("واستنكرت الخارجية القطرية بشدة الغارات الإسرائيلية على قطاع غزة.", "استنكرت",
     ["الخارجية القطرية"], []),
    # … a masculine present verb right after أنه / إنه agrees with the pronoun, its subject
    # (the speaker); the party after it is what is asked, not who asks
    ("وقال الناطق باسم الجيش الليبي إنه يطالب مجلس النواب بإعطاء كل الدعم للمؤسسة "
     "العسكرية.", "يطالب", ["الناطق باسم الجيش الليبي"], ["مجلس النواب"]),
    ("وأكد رئيس الحكومة لافتا أنه يطالب مجلس الأمن الدولي باتخاذ إجراءات عاجلة.", "يطالب",
     ["رئيس الحكومة"], ["مجلس الأمن الدولي"]),
    ("وأكد الوزير أنه يدعو المجتمع الدولي إلى التدخل.", "يدعو",
     ["الوزير"], ["المجتمع الدولي"]),
    # … but after a past verb the party after is still its subject (the pronoun of the matter)
    ("وأعلن المرصد أنه قصف الطيران الروسي مواقع التنظيم.", "قصف",
     ["الطيران الروسي"], ["مواقع التنظيم"]),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), ROWS)
def test_no_wrong_role(text: str, trigger: str, actor: list[str],
                       recipient: list[str] | None) -> None:
    got = roles(text, trigger)
    if got is None:  # the verb folded into the deed noun before it: no role of its own
        assert not actor
        return
    assert got[0] == actor
    if recipient is not None:
        assert got[1] == recipient
