"""Place readings of places22 (issue 12): the place a deed of leaving left, named after من
(`arguments.left_place`: انسحبوا من الحوطة، طرد الحوثيين من أبين وشبوة والبيضاء), and "the
country" (في أنحاء البلاد) as the country the article tells of (`context.land_place`), and
a place said to lie beside another (الواقعة شمال عدن) not linked to it as its unit. Each
row is a sentence (with the one before it where the country is named there) of a dev set,
the demo corpus or the region news, its trigger, and the places (with their basis) a reader
records; the guard rows are readings the rules must not make."""

from __future__ import annotations

import pytest

from event_helpers import article_event, places_of

FOUND = [
    # fresh15 (nujaifi-iran-controls-mosul): the federal police withdrew from Mosul; main
    # gave no place
    ("وأضاف النجيفي أن هناك تأثيرات خارجية تريد إبعاد المسؤول الحقيقي عن سقوط الموصل وهو "
     "المالكي، فضلا عن إبعاد بعض قيادات الشرطة الاتحادية التي انسحبت من الموصل على مدى ثلاثة "
     "أيام متواصلة.", "انسحبت", [("الموصل", "sentence")]),
    # fresh19 (abdulmalik-houthi-speech): driven out of Aden
    ("رغم محاولته تبرير هزيمته الكبير بعد طرده من عدن، قال زعيم جماعة الحوثيين إن الهزيمة "
     "التي تلقتها عناصره هناك كانت بسبب عنصر المباغتة.", "طرده", [("عدن", "sentence")]),
    # fresh19 and the region news: fled from Sanaa (the place left) to Hadramawt (where he
    # went); main gave only حضرموت
    ("هذا، ونقلت مواقع يمنية أن محافظ البنك المركزي، محمد بن همام، تمكن من الهرب من صنعاء "
     "متوجها إلى حضرموت بعد اقتراب المعارك من العاصمة اليمنية.", "الهرب",
     [("صنعاء", "sentence"), ("حضرموت", "sentence")]),
    # fresh10 (houthi-leaders-loot-defence-ministry-aden): three provinces listed after من
    ("وكذلك إذا تم طرد الحوثيين من أبين وشبوة والبيضاء فعندها نستطيع أن نقول إن صنعاء "
     "محاصرة من كل الجهات.", "طرد",
     [("أبين", "sentence"), ("شبوة", "sentence"), ("البيضاء", "sentence")]),
    # fresh (turkey-strikes-pkk-north-iraq): a country's territory after من
    ("ويعتبر هذا الهجوم الأوسع على معاقل حزب العمال الكردستاني عقب إعلان الحزب انسحاب "
     "مسلحيه من الأراضي التركية.", "انسحاب", [("الأراضي التركية", "sentence")]),
    # demo corpus: past the subject (مقاتلو المعارضة) and a time word
    ("ويضيف: «انسحب مقاتلو المعارضة في السابق من القصير، باتجاه جبهات أخرى لأن موازين القوى "
     "لا تسمح بذلك».", "انسحب", [("القصير", "sentence")]),
    # region news: the occupiers driven from Afghan territory (main carried كابل)
    ("كما أرادت القيادة الجديدة فرض نفسها عبر التصعيد في عمليات الحركة لطمأنة مقاتلي "
     "الجماعة بأن قيادتها الجديدة مصرة على مواصلة درب مؤسس الحركة الذي كان يقول دائما إن "
     "الحرب ستستمر حتى إقامة النظام الإسلامي وطرد المحتلين من الأراضي الأفغانية.", "طرد",
     [("الأراضي الأفغانية", "sentence")]),
    # demo corpus (Reuters via عين اليوم): police raids "all over the country" in a story of
    # Turkey that tells of strikes in Syria (main had the dateline's أنقرة)
    ("عين اليوم – أنقرة\nقصفت طائرات حربية تركية أهدافا لتنظيم الدولة الإسلامية في سوريا "
     "للمرة الأولى اليوم الجمعة، فيما وعد الرئيس التركي رجب طيب إردوغان باتخاذ إجراءات أكثر "
     "حسما ضد الجهاديين والمتشددين الأكراد بالداخل.\n وتزامنت الضربات الجوية التي جاءت بعد "
     "اتصال هاتفي بين إردوغان والرئيس الأمريكي باراك أوباما يوم الأربعاء مع سلسلة من حملات "
     "المداهمة نفذتها الشرطة في جميع أنحاء البلاد لاعتقال مئات ممن يشتبه في أنهم متشددون "
     "بينهم من ينتمون لجماعات كردية.\n ولطالما كانت تركيا شريكا مترددا في التحالف الذي تقوده "
     "الولايات المتحدة ضد تنظيم الدولة الإسلامية وتشدد بدلا من ذلك على ضرورة الإطاحة بالرئيس "
     "السوري بشار الأسد كما تقول إن القوات الكردية السورية تشكل خطرا أمنيا كبيرا.\n لكن هجمات "
     "اليوم التي يقول مسؤولون إنها بدأت من المجال الجوي التركي تشير إلى أن أنقرة ستهاجم تنظيم "
     "الدولة الإسلامية عبر الحدود السورية بينما ستلاحق أعضاء حزب العمال الكردستاني المحظور "
     "الذي تصفه أنقره بأنه منظمة انفصالية في الداخل.", "مداهمة", [("تركيا", "context")]),
]


@pytest.mark.parametrize("text,trigger,expected", FOUND)
def test_place_found(text: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text, trigger) == expected


GUARDED = [
    # a post, no place, after من: no place read from it
    ("وأعلن محمد طيب أغا مسؤول المكتب السياسي للجماعة استقالته من منصبه بعد وفاة زعيم "
     "الحركة.", "استقالته", "منصبه"),
    # demo corpus: only place entities the knowledge base knows join the place left (الوقف
    # التام is the halt of their activity, which the tagger took for a place)
    ("وأضاف أن «انسحابهم من تركيا والوقف التام للأنشطة بات ضرورة الآن».", "انسحابهم",
     "الوقف"),
    # region news (and fresh17, the same Reuters sentence): Taiz lies north of Aden, not in
    # it (a link of lying then a compass word: `context._units_chain`); main added عدن
    ("وتتواصل المعارك بين المقاتلين المحليين المدعومين بالتحالف وقوات الحوثي وصالح في مدينة "
     "تعز الواقعة شمال عدن وفي مأرب، وهي منطقة قبلية شرق صنعاء وحول الضالع شمال شرقي عدن.",
     "المعارك", "عدن"),
]


# whole dev articles: "the country" is the one the article's places lie in
IN_ARTICLE = [
    # fresh10: the UN official's tour "in the country" (South Sudan, named before)
    ("fresh10/south-sudan-igad-peace-deal-obrien-visit", "ويقوم أوبراين بجولة في البلاد",
     "جولة", ["جنوب السودان"]),
    # fresh13: the coalition's raids "in scattered parts of the country" (Yemen)
    ("fresh13/resistance-takes-lawdar-ibb-districts-marib-clashes", "في أنحاء متفرقة من البلاد",
     "غاراتها", ["اليمن"]),
    # region: the Taliban's summer offensive "all over the country" (Afghanistan)
    ("region/badakhshan-taliban-attack-wardooj", "في مختلف أنحاء البلاد", "هجومها",
     ["أفغانستان"]),
]


@pytest.mark.parametrize("name,fragment,trigger,expected", IN_ARTICLE)
def test_country_of_the_article(name: str, fragment: str, trigger: str,
                                expected: list[str]) -> None:
    doc, e = article_event(name, fragment, trigger)
    assert [doc.span_text(r) for r in e.location] == expected


@pytest.mark.parametrize("text,trigger,absent", GUARDED)
def test_place_guarded(text: str, trigger: str, absent: str) -> None:
    assert all(absent not in p for p, _ in places_of(text, trigger))
