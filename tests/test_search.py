"""Search matches a word whatever clitics it carries (و ف ب ل ك ال and their combinations),
the same on SQLite and PostgreSQL, with the matching words highlighted in the snippet."""

from __future__ import annotations

import pytest

import store_helpers
from rasd.store import Filters, Store, fts
from store_helpers import document

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set

# label -> text. The bare names stand alone in more documents than their clitic forms, as in
# real news; بنان (a given name) and إلى (everywhere) are the traps for the query side.
CORPUS = {
    "aleppo-1": "قصفت الطائرات مدينة حلب صباح الثلاثاء.",
    "aleppo-2": "وصلت القافلة إلى حلب بعد تأخير.",
    "aleppo-3": "أحياء حلب الشرقية تحت الحصار.",
    "bi-aleppo": "تجدد القصف بحلب بعد ساعات من الاتفاق.",
    "wa-aleppo": "وحلب تحت الحصار منذ أشهر.",
    "wa-li-aleppo": "وصل الوفد ولحلب نصيب من المساعدات.",
    "houthis-1": "أعلن الحوثيين سيطرتهم على الميناء.",
    "houthis-2": "قال مسؤول إن الحوثيين انسحبوا من المدينة.",
    "li-houthis": "وجهت الحكومة تحذيرا للحوثيين من التصعيد.",
    "wa-houthis": "اجتمع الوسطاء والحوثيين في مسقط.",
    "damascus-1": "عاد الهدوء إلى دمشق مساء الاثنين.",
    "damascus-2": "شهدت دمشق انفجارا في حي المزة.",
    "wa-damascus": "وصلت الوفود إلى بيروت ودمشق.",
    "fa-bi-damascus": "فبدمشق بدأت المحادثات.",
    "lebanon-1": "زار الوزير لبنان الأسبوع الماضي.",
    "lebanon-2": "قال رئيس حكومة لبنان إن الوضع صعب.",
    "banan": "قالت الطالبة بنان إنها عادت إلى المدرسة.",
    "governor": "قال والي الخرطوم إن الوضع هادئ.",
    "raqqa-1": "سيطر التنظيم على الرقة في 2014.",
    "raqqa-2": "نزح آلاف من الرقة نحو الشمال.",
    "bil-raqqa": "اشتباكات عنيفة بالرقة وريفها.",
    "wa-bil-raqqa": "وبالرقة أيضا قتلى وجرحى.",
}

ALEPPO = {"aleppo-1", "aleppo-2", "aleppo-3", "bi-aleppo", "wa-aleppo", "wa-li-aleppo"}
HOUTHIS = {"houthis-1", "houthis-2", "li-houthis", "wa-houthis"}
DAMASCUS = {"damascus-1", "damascus-2", "wa-damascus", "fa-bi-damascus"}
RAQQA = {"raqqa-1", "raqqa-2", "bil-raqqa", "wa-bil-raqqa"}

CASES = [
    # (query, documents it must find exactly)
    ("حلب", ALEPPO),
    ("بحلب", ALEPPO),
    ("وحلب", ALEPPO),
    ("ولحلب", ALEPPO),
    ("الحوثيين", HOUTHIS),
    ("للحوثيين", HOUTHIS),
    ("والحوثيين", HOUTHIS),
    ("دمشق", DAMASCUS),
    ("ودمشق", DAMASCUS),
    ("فبدمشق", DAMASCUS),
    ("الرقة", RAQQA),
    ("بالرقة", RAQQA),
    ("وبالرقة", RAQQA),
    # a word is not cut into a rarer one: لبنان is not ل + بنان
    ("لبنان", {"lebanon-1", "lebanon-2"}),
    # nor into a function word: والي is not و + الي (إلى, in half the corpus)
    ("والي", {"governor"}),
    # every word must match
    ("بحلب الحصار", {"aleppo-3", "wa-aleppo"}),
]


@pytest.fixture
def store(store_url):
    docs = [document(text, label, "2016-12-13") for label, text in CORPUS.items()]
    with Store.open(store_url) as st:
        st.add_documents(docs)
        yield st


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_word_is_found_whatever_its_clitics(store, query, expected):
    page = store.search(query, per_page=50)
    assert {i["source"] for i in page.items} == expected
    assert page.total == len(expected)
    # the same documents through a filter (the API's q on every list)
    assert store.documents(1, 50, Filters(q=query)).total == len(expected)


def test_matching_words_are_highlighted_in_the_snippet(store):
    items = {i["source"]: i for i in store.search("بحلب", per_page=50).items}
    marked = {label: [i["snippet"][s:e] for s, e in i["highlights"]]
              for label, i in items.items()}
    assert marked["aleppo-1"] == ["حلب"]
    assert marked["bi-aleppo"] == ["بحلب"]
    assert marked["wa-li-aleppo"] == ["ولحلب"]
    assert all(items[label]["hits"] == 1 for label in items)


def test_stripped_readings():
    assert fts.stripped("بحلب") == ("حلب",)
    assert "الحوثيين" in fts.stripped("للحوثيين")
    assert fts.stripped("دمشق") == ()
    assert fts.stripped("والي") == ()  # only الي: a function word
    assert fts.stripped("كما") == ()  # ما: too short
    assert fts.stripped("aleppo") == ()


def test_excerpt_offsets_survive_collapsed_whitespace():
    text = "أمس،   قصفت الطائرات\nمدينة بحلب وريفها. " * 4
    spans = fts.hits(text, fts.parse_query("حلب"))
    line, marks = fts.excerpt(text, spans, width=20)
    assert line.startswith("…") and "\n" not in line and "  " not in line
    assert [line[s:e] for s, e in marks] == ["بحلب"]


def test_place_and_actor_filters_take_clitic_forms(store_url):
    from store_helpers import ALEPPO, entity, event, role

    text = "قصفت طائرات حربية أحياء في مدينة حلب وقال الحوثيون إنهم سيردون."
    ents = [entity(text, "e1", "حلب", "LOC", ALEPPO), entity(text, "e2", "الحوثيون", "ORG")]
    ev = event(text, "v1", "ASSAULT", "قصفت", location=[role(text, "حلب", "e1")],
               actor=[role(text, "الحوثيون", "e2")], date="2016-12-13")
    with Store.open(store_url) as st:
        st.add_documents([document(text, "aawsat", "2016-12-13", entities=ents, events=[ev])])
        for place in ("حلب", "بحلب", "وحلب", "لحلب", "sy-aleppo", "Aleppo"):
            assert st.events(Filters(place=place)).total == 1, place
        assert st.events(Filters(place="بدمشق")).total == 0
        for actor in ("الحوثيون", "والحوثيون", "للحوثيون"):
            assert st.events(Filters(actor=actor)).total == 1, actor
