"""ner36 (issue 14): persons named after a cleric's title, and places after a word of heading
towards or into them.

- After a cleric's title (data/ner/cleric_titles.txt: الملا، المولوي، البطريرك، الأسقف …) one to
  four name-like words are a person's name, الملا and المولوي included when no proclitic joins
  them, a church's adjective skipped (`persons.named_after_title`, `ruler._cleric_mentions`):
  «الملا ذاكر قيوم المعتقل السابق» gives «الملا ذاكر قيوم»; a word the ANERcorp train split uses
  outside names (كبرى، المعتقل) or a word with و (والتنسيق) names no one.
- A person's first name written alone after the full name is that person, with its link
  (`persons.first_name_repeats`, `ruler._first_names_alone`): «وكان أختر مسؤولا» after «أختر
  منصور»; not a word with the article (المخلوع after المخلوع صالح), a name particle, a given name
  that is also a common word (علي), a first name two persons share, or a word next to a given
  name (another person's name).
- باتجاه، اتجاه، نحو، داخل، عبر license a known place that needs a cue, as في does
  (weak_place_cues.txt): «باتجاه الموصل».

Sentences from the dev sets (region, fresh7, fresh8) and the unannotated news (`scripts/free_news.py
--drop-dev`: snn_region_0224, 0361, 0362, 0720; snn_syria_0387)."""

from __future__ import annotations

import pytest

from ner_helpers import assert_names, document_of
from rasd.entities.persons import named_after_title
from rasd.text.segment import tokenize

# (sentence, names expected with their type, spans that must not be found)
ROWS = [
    # snn_region_0720: a commander named after الملا, the description after him left out
    ("الذي اختير من بين ثلاثة مرشحين هم الملا يعقوب نجل الملا عمر، والقائد العسكري الميداني في "
     "طالبان الملا ذاكر قيوم المعتقل السابق في سجن غوانتانامو.",
     {"الملا ذاكر قيوم": "PER"}, ["الملا ذاكر قيوم المعتقل"]),
    # snn_region_0362: المولوي, the name closed by a comma
    ("أما المولوي أكبر أغا، وهو قيادي سابق في طالبان، فقال في تصريح لـ«الشرق الأوسط» إن الحركة "
     "باقية.",
     {"المولوي أكبر أغا": "PER"}, []),
    # snn_region_0720: with a proclitic the name starts after the title
    ("وتفيد تقارير بأن للملا أختر دورا كبيرا في المحادثات التي تجريها الحركة.",
     {"ملا أختر": "PER"}, []),  # (a KB name of Akhtar Mansour since kb26)
    # fresh7: a misspelt city after الملا: كبرى is no name's word
    ("ويسيطر عناصرها منذ أبريل على الملا كبرى مدن حضرموت.",
     {"حضرموت": "LOC"}, ["الملا كبرى", "كبرى"]),
    # region: المولوي as a surname, a word with و after it
    ("لانتمائه إلى مجموعة الإرهابيين أسامة منصور وشادي المولوي والتنسيق مع اللبناني.",
     {}, ["المولوي والتنسيق", "والتنسيق"]),
    # fresh8: past two names only a given name goes on: the rabbi's apposition is left out
    ("يذكر أن مئير اتينغر هو حفيد الحاخام مئير كاهانا مؤسس حركة كاخ العنصرية المناهضة للعرب.",
     {"مئير كاهانا": "PER"}, ["مئير كاهانا مؤسس"]),
    # snn_region_0224: a patriarch, his church's adjective skipped, a definite surname kept
    ("من جهة أخرى، وجه البطريرك الماروني بشارة الراعي في كلمة بمؤتمر مسيحيي الشرق الأوسط في "
     "جامعة سيدة اللويزة الجمعة نداء.",
     {"بشارة الراعي": "PER"}, ["البطريرك الماروني بشارة الراعي", "بشارة"]),
    # snn_syria_0387: a bishop, the name closed by a preposition's outlet
    ("وقال رئيس الطائفة الآشورية في لبنان الأسقف يترون كوليانا لـ«الشرق الأوسط»، إن المختطفين "
     "الـ227 لا يزالون أحياء.",
     {"يترون كوليانا": "PER"}, []),
    # snn_region_0720: the first name alone after the full name is the person
    ("وتولى أختر منصور منصب نائب رئيس مجلس الشورى الأعلى لطالبان حتى منتصف عام 2009.\n"
     "وكان أختر مسؤولا عن أنشطة حركة طالبان في أربعة أقاليم في جنوب أفغانستان.",
     {"أختر منصور": "PER", "أختر": "PER"}, []),
    # snn_region_0361: a city that is also a word ("the connector") after باتجاه
    ("ولكن الانتحاريين تلقوا ضربات موجعة وأن أغلب عناصره لاذوا بالفرار من الرمادي باتجاه "
     "الموصل».",
     {"الرمادي": "LOC", "الموصل": "LOC"}, []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ROWS)
def test_names(text: str, expected: dict[str, str], absent: list[str]) -> None:
    assert_names(text, expected, absent)


# (words after the title, the name read: the words it holds, or None)
TITLE_ROWS = [
    ("الملا عبد الغني برادر في باكستان", "الملا عبد الغني برادر"),  # three words
    ("الملا هيبة الله أخوندزاده", "الملا هيبة الله أخوندزاده"),  # الله as a name's word
    ("الملا سراج الدين حقاني، نجل", "الملا سراج الدين حقاني"),  # a compound given name
    ("الملا عمر الذي أسس الحركة", "الملا عمر"),  # الذي ends the name
    ("والملا حسن إن", "حسن"),  # a proclitic: the title left out; إن ends the name
    ("الملا الجديد", None),  # no name opens with the article
    ("الملا ومساعديه", None),  # nor with و
    ("ملا عمر", None),  # the bare ملا folds with the verb ملأ
    ("الملا عمر الأفغاني", "الملا عمر"),  # a nationality ends the name
    ("المطران متى الخوري", None),  # متى ("when") is no name's word
    ("البطريرك الماروني بشارة الراعي في", "بشارة الراعي"),  # the title's adjective skipped
]


@pytest.mark.parametrize(("text", "name"), TITLE_ROWS)
def test_named_after_title(text: str, name: str | None) -> None:
    names = named_after_title(text, tokenize(text))
    assert [text[n.start:n.end] for n in names] == ([name] if name else [])


def _links(text: str) -> dict[str, str | None]:
    doc = document_of(text)
    return {doc.text[e.start:e.end]: e.link.id if e.link else None for e in doc.entities}


# (text, the first name, whether it is found alone)
FIRST_ROWS = [
    # snn_region_0720: after the full name, the person's link carried
    ("وتولى أختر منصور منصب نائب رئيس مجلس الشورى الأعلى لطالبان حتى منتصف عام 2009. وكان "
     "أختر مسؤولا عن أنشطة حركة طالبان في أربعة أقاليم في جنوب أفغانستان.",
     "أختر", True),
    # snn_syria_0145: an epithet with the article is no first name
    ("حيث وجهني المخلوع صالح بإقناعه بالعودة إلى اليمن واستقباله. وحاولت لمدة خمسة أشهر مع "
     "المخلوع لتعويض أسرته ودفع الدية لها، لكنه رفض ذلك.",
     "المخلوع", False),
    # snn_region_0036: a person the knowledge base does not hold
    ("وبالفعل تحدث محمد العبدلي مع حسن خليفة وطلب حسن مشاهدته واعجب به.", "حسن", True),
]


@pytest.mark.parametrize(("text", "first", "alone"), FIRST_ROWS)
def test_first_name_alone(text: str, first: str, alone: bool) -> None:
    links = _links(text)
    assert (first in links) == alone, links
    if alone:
        full = next(name for name in links if name.startswith(first + " "))
        assert links[first] == links[full], links
