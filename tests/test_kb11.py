"""kb11 (issue 14): whose a bare institution is, read from the words around it; the Taliban's
«مجلس الشورى»; a short form between two longer forms of different bodies.

A bare institution (مجلس الوزراء، وزارة الخارجية، قوات التحالف) is the home country's unless
the words around it say otherwise (`rasd.entities.bare_context`, words in
`data/kb/curated/bare-context.txt`): the place right after it (بجدة، في سوريا) or the person
whose title it ends. Sentences from the region news (`scripts/free_news.py` output), the demo
corpus and the dev sets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from link_helpers import doc_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from build_kb import merge_bare  # noqa: E402

# A Yemen report with a Saudi office: the cabinet is the Saudi one.
_MBS = ("أعلنت المقاومة الشعبية في عدن وتعز ولحج تقدمها، وقال قائد المقاومة في عدن إن الحوثيين "
        "فروا من المدينة. وأمر الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني "
        "لرئيس مجلس الوزراء وزير الدفاع بتأمين طائرات شحن إلى عدن.")

CASES = [
    # the person the title is said of, named before it (apposition): Saudi, in a Yemen report
    (_MBS, "مجلس الوزراء", "org-saudi-cabinet"),
    # the person named right after the title: Yemen's prime minister (snn_region_0241)
    ("التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد محفوظ بحاح، اليوم في الرياض سفير "
     "بريطانيا لدى اليمن.", "مجلس الوزراء", "org-yemeni-cabinet"),
    # a title after the institution (وزير الدفاع) and the person it is said of (snn_syria_0433)
    ("أعلنت وزارة الخارجية الروسية أن لافروف سيلتقي في موسكو غدا ولي ولي العهد النائب الثاني "
     "لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان في الكرملين بموسكو.", "مجلس الوزراء",
     "org-saudi-cabinet"),
    # a nationality adjective the tagger left out of the name (snn_syria_0266, snn_region_0125)
    ("قتل عشرات من مسلحي داعش في الرقة وحلب ودير الزور، ووصل نائب مستشار وزارة الخارجية "
     "الأمريكي بريت ماكجورك إلى أنقرة.", "وزارة الخارجية", "org-us-state-department"),
    ("سيطرت المقاومة الشعبية على مطار عدن في اليمن، وأعيد فتح المطار مع هبوط طائرة عسكرية من "
     "سلاح الجو الملكي السعودي هي الأولى التي تصله منذ أربعة أشهر.", "سلاح الجو",
     "org-royal-saudi-air-force"),
    # the place right after it: the ministry's branch in Jeddah is Saudi (snn_region_0165)
    ("وصل وزير الخارجية المصري سامح شكري إلى القاهرة بعد أن اجتمع بنظيره في فرع وزارة الخارجية "
     "بجدة، وبحث الوزيران مع المسؤولين المصريين في القاهرة والإسكندرية العلاقات بين مصر "
     "والسعودية.", "وزارة الخارجية", "org-saudi-mofa"),
    # «في سوريا» after the coalition: the US-led one, though the report is Yemen's
    ("قصفت طائرات التحالف مواقع الحوثيين في صنعاء وتعز وعدن ومأرب والحديدة، فيما قال المتحدث "
     "إن قوات التحالف في سوريا شنت غارات على الرقة.", "قوات التحالف", "org-us-led-coalition"),
    # ... and the Saudi-led one by the report's home country where no place follows
    ("قصفت طائرات التحالف مواقع الحوثيين في صنعاء وتعز وعدن ومأرب والحديدة، فيما قال المتحدث "
     "إن قوات التحالف شنت غارات على الرقة.", "قوات التحالف", "org-saudi-led-coalition"),
    # the Taliban's leadership council in an Afghan report (snn_region_0388)
    ("اختارت حركة طالبان الأفغانية الملا أختر منصور زعيما لها في كابل، وقالت الحركة في بيان إن "
     "مجلس الشورى اجتمع مع علماء البلد والشيوخ في قندهار.", "مجلس الشورى", "org-quetta-shura"),
    # a Saudi report: the bare Shura Council stays Saudi Arabia's
    ("وافق مجلس الشورى السعودي في الرياض على النظام، وقال رئيس مجلس الشورى في جدة إن المجلس "
     "ناقش تقرير وزارة الصحة.", "مجلس الشورى", "org-saudi-shura"),
]


# A short form between two longer forms of different bodies keeps its own reading
# (snn_region_0022: «طيران التحالف الدولي» and «طيران التحالف العربي» in one Yemen report).
SHARED = [
    ("وفي محافظة الضالع شمال عدن، شن طيران التحالف الدولي سلسلة غارات على مواقع للحوثيين. وشن "
     "طيران التحالف العربي عدة غارات جوية في صعدة. وقال سكان محليون في صعدة إن طيران التحالف شن "
     "أربع غارات جوية.", "طيران التحالف", "org-saudi-led-coalition"),
    # one longer form: the short form takes its link, as before
    ("وشن طيران التحالف العربي عدة غارات جوية في صعدة شمالي اليمن. وقال سكان محليون في صعدة إن "
     "طيران التحالف شن أربع غارات جوية على مواقع الحوثيين.", "طيران التحالف",
     "org-saudi-led-coalition"),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = doc_of(text)
    return [(doc.span_text(e), e.link.id if e.link else None) for e in doc.entities]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_bare_institution_by_context(text: str, mention: str, expected: str | None) -> None:
    links = _links(text)
    found = [x for span, x in links if span == mention]
    assert found, links
    assert found[-1] == expected, links


@pytest.mark.parametrize(("text", "mention", "expected"), SHARED)
def test_short_form_between_two_bodies(text: str, mention: str, expected: str) -> None:
    links = _links(text)
    assert [x for span, x in links if span == mention] == [expected], links


_TEMPLATE = [{"phrase": "مجلس الشورى", "key": "shura", "kind": "government", "mention": True,
              "ids": {"SA": "org-saudi-shura", "QA": "org-qatari-shura"}}]


def test_curated_bare_row_adds_countries() -> None:
    curated = [{"phrase": "مجلس الشورى", "key": "shura", "kind": "armed-group", "mention": True,
                "ids": {"AF": "org-quetta-shura"}},
               {"phrase": "التحالف", "key": "coalition", "kind": "international-organisation",
                "mention": False, "ids": {"YE": "org-saudi-led-coalition"}}]
    out = merge_bare(_TEMPLATE, curated)
    assert [b["phrase"] for b in out] == ["مجلس الشورى", "التحالف"]
    assert out[0]["ids"] == {"SA": "org-saudi-shura", "QA": "org-qatari-shura",
                             "AF": "org-quetta-shura"}
    assert _TEMPLATE[0]["ids"] == {"SA": "org-saudi-shura", "QA": "org-qatari-shura"}


def test_curated_bare_row_may_not_replace_a_country() -> None:
    clash = [{"phrase": "مجلس الشورى", "key": "shura", "kind": "government", "mention": True,
              "ids": {"SA": "org-quetta-shura"}}]
    with pytest.raises(SystemExit):
        merge_bare(_TEMPLATE, clash)


# Libya's joint civil-military airports: the air base's names, Arabic and English, are the entry's
@pytest.mark.parametrize(("name", "entry", "english"), [
    ("قاعدة بنينا الجوية", "ly-base-benina-international-airport", "Benina Air Base"),
    ("قاعدة معيتيقة الجوية", "ly-base-mitiga-international-airport", "Mitiga Air Base"),
])
def test_air_base_names_of_joint_airports(name: str, entry: str, english: str) -> None:
    from rasd.entities.kb import get_kb, name_key
    kb = get_kb()
    assert [e.id for e in kb.by_key(name_key(name))] == [entry]
    assert english in kb.entries[entry].english_names()
