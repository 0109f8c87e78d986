"""The store on SQLite and PostgreSQL: migrations, copies, search, filters, safety."""

from __future__ import annotations

import json

import pytest

import store_helpers
from conftest import REPO, SEED
from rasd.document import Document
from rasd.pipeline import extract_text
from rasd.store import BadFilter, Filters, Store, StoreError
from rasd.store.schema import VERSION
from store_helpers import (
    ALEPPO,
    RUSSIA,
    document,
    entity,
    event,
    role,
)

DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set


def demo_articles(n: int) -> list[dict]:
    out = []
    with DEMO.open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) == n:
                break
    return out


def test_migrations_are_recorded_and_applied_once(store_url):
    with Store.open(store_url) as st:
        versions = [r["version"] for r in st.db.query(
            "SELECT version FROM schema_version ORDER BY version")]
        assert versions == list(range(1, VERSION + 1))
        st.add_documents([document("نص أول عن حلب.", "a", "2016-01-01")])
    with Store.open(store_url) as st:  # reopening migrates nothing and keeps data
        assert st.db.scalar("SELECT count(*) FROM schema_version") == VERSION
        assert st.stats()["documents"] == 1
        st.db.execute("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
                      (VERSION + 1, "future"))
    with pytest.raises(StoreError, match="newer than this rasd"):
        Store.open(store_url)


def test_exact_duplicates_are_stored_once_with_every_source(store_url):
    text = "قصفت طائرات حربية أحياء في مدينة حلب صباح الثلاثاء."
    a = document(text, "aljazeera", "2016-12-13", url="https://a.example/1")
    b = document(text, "alarabiya", "2016-12-13", url="https://b.example/9")
    with Store.open(store_url) as st:
        r1 = st.add_documents([(a, "a.txt")])
        r2 = st.add_documents([(b, "b.html"), (a, "a.txt")])  # a.txt again: nothing new
        assert (r1.added, r2.added, r2.copies) == (1, 0, 2)
        s = st.stats()
        assert (s["documents"], s["records"], s["exact_copies"], s["outlets"]) == (1, 2, 1, 2)
        doc = st.document(a.id)
        assert sorted(c["source"] for c in doc["copies"]) == ["alarabiya", "aljazeera"]
        assert doc["group"]["outlets"] == ["alarabiya", "aljazeera"]
        assert st.documents(filters=Filters(outlet="alarabiya")).total == 1


def test_near_duplicates_are_grouped_and_keep_all_outlets(store_url):
    first, other = demo_articles(2)
    text = first["content"]
    words = text.split()
    # a syndicated copy: another outlet's byline, two words edited, last sentence dropped
    edited = " ".join(["(رويترز)"] + words[:40] + ["الأحد"] + words[41:90] + ["قوات"]
                      + words[91:-8])
    docs = [document(text, "aawsat", "2015-07-21"), document(edited, "reuters", "2015-07-21"),
            document(other["content"], other["source"], "2015-07-21")]
    with Store.open(store_url) as st:
        st.add_documents(docs[:1])
        r = st.add_documents(docs[1:])  # a later ingest joins the earlier group
        assert r.near_duplicates == 1
        full = st.document(docs[1].id)
        assert full["group"]["id"] == docs[0].id
        assert full["group"]["outlets"] == ["aawsat", "reuters"]
        assert st.document(docs[2].id)["group"]["id"] == docs[2].id
        s = st.stats()
        assert (s["near_duplicates"], s["duplicate_groups"]) == (1, 1)


SEARCH_DOCS = [
    ("وصلت القافلة الأولى إلى حَلَب مساء الثلاثاء.", "with-diacritics"),
    ("تجدد القصف بحلب بعد ساعات من الاتفاق.", "with-preposition"),
    ("وحلب تحت الحصار منذ أشهر.", "with-conjunction"),
    ("قال المحلل الحلبي إن المفاوضات متعثرة.", "adjective"),
    ("أعلنت السلطات فتح ممر آمن في إدلب لإجلاء المدنيين.", "idlib"),
]


def _search_store(url: str) -> Store:
    st = Store.open(url)
    st.add_documents([document(t, src, "2016-12-13") for t, src in SEARCH_DOCS])
    return st


def test_search_ignores_diacritics_hamza_and_clitics(store_url):
    with _search_store(store_url) as st:
        found = {i["source"] for i in st.search("حلب").items}
        assert found == {"with-diacritics", "with-preposition", "with-conjunction"}
        assert {i["source"] for i in st.search("حَلَب").items} == found
        assert {i["source"] for i in st.search("الحلبي").items} == {"adjective"}
        # hamza/alef variants on both sides
        assert [i["source"] for i in st.search("ادلب").items] == ["idlib"]
        assert [i["source"] for i in st.search("اجلاء المدنيين").items] == ["idlib"]
        assert [i["source"] for i in st.search("آمن").items] == ["idlib"]
        # all words must match; quoted phrases must be consecutive
        assert st.search("حلب الحصار").total == 1
        assert st.search('"ممر آمن"').total == 1
        assert st.search('"آمن ممر"').total == 0
        # a phrase and a word: the phrase from the exact words, the word from the readings
        assert [i["source"] for i in st.search('"ممر آمن" بادلب').items] == ["idlib"]
        assert st.search('"ممر آمن" حلب').total == 0
        # a query word with clitics finds what the bare word finds (tests/test_search.py)
        by_source = {i["source"]: i for i in st.search("بحلب").items}
        assert set(by_source) == found
        hit = by_source["with-preposition"]
        assert hit["hits"] == 1
        (s, e), = hit["highlights"]
        assert hit["snippet"][s:e] == "بحلب"


def test_a_store_of_an_older_schema_keeps_its_search_and_near_duplicates(tmp_path):
    # tests/fixtures/store-v4.db, written at schema 4: schema 11 rebuilt the search index
    # from the texts (two tables) and keyed signatures and band hashes by document number
    import shutil

    path = tmp_path / "old.db"
    shutil.copy(REPO / "tests" / "fixtures" / "store-v4.db", path)
    url = f"sqlite:///{path}"
    old = "قال المرصد السوري إن قوات النظام خرقت وقف إطلاق النار في حلب مساء الخميس بقصف"
    with Store.open(url) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert st.search("حلب").total == 4  # every text names it
        assert [i["source"] for i in st.search('"وقف اطلاق النار" بالمعارضة').items] == [
            "sana"]
        assert st.search('"اطلاق وقف"').total == 0
        assert st.db.scalar("SELECT count(*) FROM signatures") == 4
        # a copy with one more word joins the stored document's group (its band hashes)
        again = document(old + " مدفعي على حي الشيخ سعيد أمس.", "reuters", "2016-12-15")
        assert st.add_documents([again]).near_duplicates == 1
        assert st.document(again.id)["group"]["id"] == "de81528cb2944a5f"
    with Store.open(url) as st:  # opened again: nothing to migrate, nothing indexed twice
        assert st.db.scalar("SELECT count(*) FROM schema_version") == VERSION
        assert st.search("حلب").total == 5
        assert st.db.scalar("SELECT count(*) FROM doc_fts_stems") == 5


INJECTIONS = ["' OR 1=1 --", '"; DROP TABLE documents; --', "%", "_", "\\", "حلب' --",
              "1) OR (1=1", "*", 'NEAR("a" "b")', "stems : حلب", "حلب OR *", '"', "'",
              "x%' UNION SELECT text FROM documents --", "\x00"]


def test_filters_and_queries_are_never_sql(store_url):
    with _search_store(store_url) as st:
        before = st.stats()
        for probe in INJECTIONS:
            for field in ("date_from", "date_to") if probe != "\x00" else ():
                with pytest.raises(BadFilter):
                    st.events(Filters(**{field: probe}))
            for field in ("q", "category", "actor", "recipient", "place", "outlet", "status",
                          "doc_id"):
                f = Filters(**{field: probe})
                total = st.documents(filters=f).total
                # a query keeps its words (حلب' -- searches حلب); a filter matches nothing
                # (a lone NUL is dropped: no filter at all)
                assert total == 0 or field == "q" or probe == "\x00", (field, probe)
                st.events(f), st.merged_events(f), st.claims(f), st.conflicts(f)
                st.actors(f), st.places(f), st.timeline(f), st.network(f)
            st.search(probe)
            assert st.document(probe) is None and st.merged_event(probe) is None
        assert st.search("' OR 1=1 --").total == 0
        assert st.documents(filters=Filters(outlet="' OR 1=1 --")).total == 0
        assert st.stats() == before


def test_pages_are_bounded(store_url):
    with _search_store(store_url) as st:
        p1, p3 = st.documents(1, 2), st.documents(3, 2)
        assert (p1.total, len(p1.items), len(p3.items)) == (5, 2, 1)
        assert st.documents(99, 2).items == []
        assert st.documents(0, 10**9).per_page == 500  # clamped, not an error


def test_a_failing_batch_writes_nothing(store_url):
    good = document("قصفت طائرات حربية أحياء في مدينة حلب.", "a", "2016-12-13")
    text = "قصفت طائرات روسية مدينة حلب."
    ents = [entity(text, "e1", "روسية", "LOC", RUSSIA), entity(text, "e2", "حلب", "LOC", ALEPPO)]
    ev = event(text, "v1", "ASSAULT", "قصفت", actor=[role(text, "روسية", "e1")],
               location=[role(text, "حلب", "e2")])
    bad = document(text, "b", "2016-12-13", entities=ents, events=[ev, ev])  # same event id
    with Store.open(store_url) as st:
        with pytest.raises(StoreError):
            st.add_documents([good, bad])
        s = st.stats()
        assert (s["documents"], s["records"], s["events"], s["merged_events"]) == (0, 0, 0, 0)
        assert st.search("حلب").total == 0


def test_stored_document_is_the_contract(store_url):
    doc = extract_text(SEED.read_text(encoding="utf-8"), published="2016-12-15",
                       source="aljazeera")
    with Store.open(store_url) as st:
        st.add_documents([doc])
        stored = st.document(doc.id)
    contract = doc.to_dict()
    assert {k: stored[k] for k in contract} == contract
    assert Document.from_dict(stored).to_dict() == contract


@pytest.mark.parametrize("url", [
    "mysql://root@localhost/x",
    "sqlite:////nonexistent-dir/sub/rasd.db",
    "postgresql://nobody@127.0.0.1:1/none",
])
def test_unusable_store_is_a_one_line_error(url):
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert "\n" not in str(info.value)


def test_blobs_name_their_dictionary_and_older_blobs_still_read():
    import zlib

    from rasd.store.blobs import dictionaries, pack, unpack

    features = {"lo": "2015-08-03", "hi": "2015-08-03", "places": [["sy-idlib-ariha", "",
                3, 35.81, 36.61, ["sy-idlib", "country-SY"], "SY"]], "actors": [],
                "recipients": [], "sentence": [0, 120], "speaker": None, "wording": [1, 2]}
    blob = pack(features)
    assert blob[1] & 0x20 and int.from_bytes(blob[2:6], "big") in dictionaries()
    assert unpack(blob) == features
    plain = zlib.compress(json.dumps(features).encode(), 1)  # written by an older rasd
    assert unpack(plain) == features and len(blob) < len(plain)
