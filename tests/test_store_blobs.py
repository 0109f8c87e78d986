"""The merge's blobs in their compact form (schema 12): sketches in binary, a one-report
merged event's core read from its member; the same answers, on both backends, and an
older store rewritten in place by its migration."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import store_helpers
from rasd.document import Document
from rasd.store import Store, merge
from rasd.store.blobs import ROWS, SKETCHED, pack, pack_document, pack_sketches, packed, unpack
from rasd.store.merged import MEMBER, Merger, alone_core, id_number, number_id
from rasd.store.schema import VERSION

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set
FIXTURES = Path(__file__).parent / "fixtures"

ARTICLES = store_helpers.demo_articles(6)
PHRASING = [19937287, 37196525, 74385250, 124168922, 143651779, 156440401, 160699920,
            167692078, 212483369, 269244655, 291861294, 314266094, 315117025, 315849909,
            318480023, 350258812, 351276096, 367176594, 390709862, 429684699, 439272393,
            444155100, 452075169, 455508132]
WORDING = [1146499282, 1355825251, 2063603532, 2526287995, 2904982266, 3280786090,
           3462360091, 3584664408]


@pytest.mark.parametrize("obj, lifted", [
    # an event's merge features: its two sketches go apart, the sentence's offsets too
    ({"lo": "2015-07-20", "places": [["sy-region-jabal-turkman", "جبل التركمان", 1, 35.85,
      36.02, ["sy-latakia", "country-SY"], "SY"]], "sentence": [3309, 3637],
      "wording": WORDING, "phrasing": PHRASING, "exact": [], "dated": False}, True),
    # a core: its members' sketches, a list of lists; the voice "" of a report kept
    ({"wording": [WORDING, WORDING[:6]], "phrasing": [PHRASING],
      "reports": {"4430298784d7e0af": {"": {"a": [["~عدد الضحايا"]], "r": []}}}}, True),
    # repeated values, a zero, a value past 32 bits
    ({"w": [0, 0, 7, 7, 2 ** 40]}, True),
    # not sketches: unsorted, negative, floats, booleans, too short, too large
    ({"w": [5, 3, 9, 1], "n": [-1, 2, 3, 4], "f": [1.0, 2.0, 3.0, 4.0],
      "b": [False, True, True, True], "s": [1, 2, 3], "big": [1, 2, 3, 2 ** 63]}, False),
    # a string that reads as the marker: written as `pack` writes, whatever else it holds
    ({"name": "\x01", "wording": WORDING}, False),
])
def test_sketches_are_written_apart_and_read_back_the_same(obj, lifted):
    blob = pack_sketches(obj)
    assert unpack(blob) == obj
    assert blob.startswith(SKETCHED) is lifted
    if lifted and "phrasing" in obj:
        assert len(blob) < len(pack(obj)) * 0.8


LINK = {"id": "sy-city-latakia", "name_ar": "اللاذقية", "name_en": "Latakia", "kind": "city",
        "country": "SY", "lat": 35.5317, "lon": 35.7901}


@pytest.mark.parametrize("entities, rows", [
    # the contract's shape: rows, the same dicts back (a link, none, an entity inside
    # another: a start before the previous one's end)
    ([{"start": 3, "end": 13, "id": "e1", "type": "LOC", "link": None},
      {"start": 114, "end": 122, "id": "e2", "type": "LOC", "link": LINK},
      {"start": 114, "end": 118, "id": "e3", "type": "ORG", "link": None}], True),
    # anything else as it is: ids out of order, another key, keys in another order
    ([{"start": 3, "end": 13, "id": "e2", "type": "LOC", "link": None}], False),
    ([{"start": 3, "end": 13, "id": "e1", "type": "LOC", "link": None, "score": 0.9}], False),
    ([{"end": 13, "start": 3, "id": "e1", "type": "LOC", "link": None}], False),
    ([], False),
])
def test_a_documents_entities_are_written_as_rows_and_read_back_the_same(entities, rows):
    doc = {"schema": "rasd/1", "id": "4430298784d7e0af", "sentences": [{"start": 0,
           "end": 130}], "entities": entities, "events": []}
    blob = pack_document(doc)
    back = unpack(blob)
    assert back == doc and list(back) == list(doc)
    assert [list(e) for e in back["entities"]] == [list(e) for e in entities]
    assert blob.startswith(ROWS) is rows


@pytest.fixture(scope="module")
def docs():
    extract = store_helpers.extract_article
    first = [extract(a) for a in ARTICLES[:4]]
    # the same stories told again by another outlet (other texts): their events merge
    retold = [extract(a, " وأكد شهود عيان ذلك.", "another-outlet") for a in ARTICLES[:2]]
    later = [extract(a) for a in ARTICLES[4:]]
    return first, retold, later


def _answers(st: Store) -> dict:
    return store_helpers.answers(st)


def _filled(url: str, docs) -> Store:  # noqa: ANN001
    first, retold, later = docs
    st = Store.open(url)
    st.add_documents(first)
    st.add_documents(retold)
    return st


def test_a_one_report_events_core_is_read_from_its_member(store_url, docs, monkeypatch,
                                                           tmp_path):
    with _filled(store_url, docs) as st:
        rows = st.db.query("SELECT id, core, state, reports FROM merged_events")
        alone = [r for r in rows if not r["state"]]
        assert alone and all(not r["core"] for r in alone)  # one member: no core kept
        assert any(r["reports"] > 1 and r["core"] for r in rows)  # several: kept
        st.add_documents(docs[2])
        mine = (_answers(st))
    # the same documents into a store that keeps every core (as schema 11 did)
    monkeypatch.setattr(Merger, "_alone_core", lambda *a: False)
    with _filled(f"sqlite:///{tmp_path / 'kept.db'}", docs) as st:
        assert st.db.scalar("SELECT count(*) FROM merged_events WHERE core = ?", (b"",)) == 0
        st.add_documents(docs[2])
        assert (_answers(st)) == mine


def _as_schema_11(st: Store) -> dict[str, bytes]:
    """Put a store back in schema 11's shape: its merge blobs as schema 11 wrote them
    (every core, decimal sketches), names as JSON text, the quad and family columns and
    the two indexes back, version 12 forgotten. The cores as written."""
    cores, names, types = {}, {}, {}
    for r in st.db.query("SELECT id, type, core, names FROM merged_events"):
        if r["core"]:
            core = unpack(r["core"])
        else:
            m = st.db.one(f"SELECT {MEMBER} FROM events WHERE merged_id = ?", (r["id"],))
            core = alone_core(merge.Mention.from_json(unpack(m["features"]), m)).to_json()
        cores[r["id"]] = pack(core)
        names[r["id"]] = json.dumps(unpack(r["names"]), ensure_ascii=False,
                                    separators=(",", ":"))
        types[r["id"]] = r["type"]
    with st.db.transaction():
        if st.db.is_pg:
            st.db.execute("ALTER TABLE merged_events ALTER COLUMN names TYPE TEXT USING ''")
        st.db.execute("ALTER TABLE merged_events ADD COLUMN quad TEXT")
        st.db.execute("ALTER TABLE merged_events ADD COLUMN family TEXT NOT NULL DEFAULT ''")
        st.db.execute("ALTER TABLE merged_events ADD COLUMN updated TEXT NOT NULL DEFAULT ''")
        st.db.executemany(
            "UPDATE merged_events SET core = ?, names = ?, quad = ?, family = ? WHERE id = ?",
            [(b, names[i], merge.quad(types[i]), merge.family(types[i]), i)
             for i, b in cores.items()])
        for r in st.db.query("SELECT doc_id, event_id, features FROM events"):
            st.db.execute("UPDATE events SET features = ? WHERE doc_id = ? AND event_id = ?",
                          (pack(unpack(r["features"])), r["doc_id"], r["event_id"]))
        for r in st.db.query("SELECT num, data FROM documents"):
            st.db.execute("UPDATE documents SET data = ? WHERE num = ?",
                          (pack(unpack(r["data"])), r["num"]))
        _undo_14(st)
        keys = st.db.query("SELECT key, family, day, merged_id FROM merged_keys")
        st.db.execute("DROP TABLE merged_keys")
        st.db.execute("CREATE TABLE merged_keys (key TEXT NOT NULL, family TEXT NOT NULL,"
                      " day TEXT NOT NULL, merged_id TEXT NOT NULL,"
                      " PRIMARY KEY (key, family, day, merged_id))")
        st.db.executemany("INSERT INTO merged_keys (key, family, day, merged_id)"
                          " VALUES (?, ?, ?, ?)",
                          [(k["key"], k["family"], dt.date.fromordinal(k["day"]).isoformat(),
                            k["merged_id"]) for k in keys])
        st.db.execute("CREATE INDEX claims_speaker ON claims (speaker_key)")
        st.db.execute("CREATE INDEX documents_source ON documents (source)")
        st.db.execute("DELETE FROM schema_version WHERE version = 12")
        _undo_13(st)
    return cores


def _undo_14(st: Store) -> None:
    """Schema 14 undone: the lookup keys' merged events by their ids, the index of events
    on (doc_id, type) back (and 15 before it)."""
    store_helpers.undo_15(st)
    keys = _keys(st)
    st.db.execute("DROP TABLE merged_keys")
    st.db.execute("DROP TABLE merge_families")
    st.db.execute("CREATE TABLE merged_keys (key TEXT NOT NULL, family TEXT NOT NULL,"
                  " day INTEGER NOT NULL, merged_id TEXT NOT NULL,"
                  " PRIMARY KEY (key, family, day, merged_id))")
    st.db.executemany("INSERT INTO merged_keys (key, family, day, merged_id)"
                      " VALUES (?, ?, ?, ?)",
                      keys)
    st.db.execute("CREATE INDEX events_doc_type ON events (doc_id, type)")
    st.db.execute("DELETE FROM schema_version WHERE version = 14")


def _keys(st: Store) -> list[tuple[str, str, int, str]]:
    """The merge's lookup keys as schema 13 held them: (key, family, day, merged id)."""
    return sorted((k["key"], k["name"], k["day"], number_id(k["merged"])) for k in st.db.query(
        "SELECT k.key, f.name, k.day, k.merged FROM merged_keys k JOIN merge_families f"
        " ON f.code = k.family"))


def test_a_schema_13_store_files_its_keys_under_numbers_and_merges_on_the_same(store_url,
                                                                              docs):
    with _filled(store_url, docs) as st:
        before = _answers(st)
        keys = _keys(st)
        assert st.db.scalar("SELECT count(*) FROM merged_keys") == len(keys)  # all named
        assert keys and all(k[3] in {r["id"] for r in st.db.query(
            "SELECT id FROM merged_events")} for k in keys)
        with st.db.transaction():
            _undo_14(st)
        assert st.db.scalar("SELECT count(*) FROM merged_keys WHERE merged_id LIKE ?",
                            ("m%",)) == len(keys)
    with Store.open(store_url) as st:  # migrated to 14
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert _keys(st) == keys
        assert st.db.scalar("SELECT count(*) FROM merged_keys") == len(keys)
        row = st.db.one("SELECT family, merged FROM merged_keys LIMIT 1")
        assert isinstance(row["family"], int) and isinstance(row["merged"], int)
        assert _answers(st) == before
        st.add_documents(docs[2])
        migrated = _answers(st)
    with _fresh(store_url, docs) as st:
        st.add_documents(docs[2])
        assert _answers(st) == migrated


@pytest.mark.parametrize("mid", [
    "m000000000000000", "mfffffffffffffff",
    merge.merged_id(merge.Mention("d", "v1", None, "ASSAULT", "asserted", None, None))])
def test_a_merged_id_and_its_number_are_one_another(mid):
    assert number_id(id_number(mid)) == mid
    assert 0 <= id_number(mid) < 2 ** 63  # a BIGINT on PostgreSQL


def _undo_13(st: Store) -> None:
    """Schema 13's tables and columns taken out (the per-outlet counts)."""
    st.db.execute("DROP TABLE agg_outlet_merged")
    st.db.execute("ALTER TABLE agg_outlets DROP COLUMN events")
    st.db.execute("ALTER TABLE agg_outlets DROP COLUMN claims")
    st.db.execute("DELETE FROM schema_version WHERE version = 13")


def test_a_store_written_at_schema_11_is_migrated_in_place_and_serves_the_same(tmp_path):
    # tests/fixtures/store-v11.db: written by rasd at main 2c1f091 (schema 11) from the six
    # documents above; store-v11.answers.json.gz: what that rasd served from it
    import gzip
    import shutil

    path = tmp_path / "v11.db"
    shutil.copy(FIXTURES / "store-v11.db", path)
    served = json.loads(gzip.decompress((FIXTURES / "store-v11.answers.json.gz").read_bytes()))
    with Store.open(f"sqlite:///{path}") as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        alone = st.db.query("SELECT core FROM merged_events WHERE state = ?", (b"",))
        assert alone and all(r["core"] == b"" for r in alone)
        assert all(bytes(r["features"]).startswith(SKETCHED) for r in st.db.query(
            "SELECT features FROM events"))
        mine = _answers(st)
        # built before schema 12: its merged events are recomputed under today's rules
        # (schema 15), the rest served as that rasd served it
        assert {k for k in mine if mine[k] != served[k]} == {"merged", "lists"}
        assert st.db.scalar("PRAGMA page_size") == 4096  # an existing store keeps its pages
        stored = []
        for r in st.db.query("SELECT id FROM documents ORDER BY num"):
            d = st.document(r["id"])
            for k in ("copies", "group", "merged"):
                del d[k]
            stored.append(Document.from_dict(d))
    # the same as a store written today from those documents, one at a time in their order
    with Store.open(f"sqlite:///{tmp_path / 'today.db'}") as st:
        for d in stored:
            st.add_documents([d])
        assert _answers(st) == mine
    with Store.open(f"sqlite:///{tmp_path / 'new.db'}") as st:
        assert st.db.scalar("PRAGMA page_size") == 8192  # a new one: larger ones


def test_an_older_store_is_rewritten_in_place_and_answers_the_same(store_url, docs):
    assert VERSION >= 12
    with _filled(store_url, docs) as st:
        before = (_answers(st))
        empty = st.db.scalar("SELECT count(*) FROM merged_events WHERE core = ?", (b"",))
        _as_schema_11(st)
        size = st.db.scalar("SELECT sum(length(features)) FROM events")
    with Store.open(store_url) as st:  # the migration rewrites the blobs
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert not {"quad", "family", "updated"} & set(st.db.one("SELECT * FROM merged_events"))
        assert st.db.scalar("SELECT count(*) FROM merged_events WHERE core = ?",
                            (b"",)) == empty > 0
        assert st.db.scalar("SELECT sum(length(features)) FROM events") < 0.85 * size
        assert all(bytes(r["features"]).startswith(SKETCHED) for r in st.db.query(
            "SELECT features FROM events"))
        assert (_answers(st)) == before
        st.add_documents(docs[2])  # and merges on as a store written at schema 12 does
        migrated = (_answers(st))
    with _fresh(store_url, docs) as st:
        st.add_documents(docs[2])
        assert (_answers(st)) == migrated


def _fresh(store_url: str, docs) -> Store:  # noqa: ANN001
    """The same documents into a new store of the same backend."""
    if store_url.startswith("sqlite:///"):
        return _filled(store_url.replace(".db", "-fresh.db"), docs)
    st = Store.open(store_url)  # PostgreSQL: empty the database's tables and start again
    with st.db.transaction():
        for r in st.db.query("SELECT tablename FROM pg_tables"
                             " WHERE schemaname = current_schema()"):
            st.db.execute(f'DROP TABLE IF EXISTS "{r["tablename"]}" CASCADE')
    st.close()
    return _filled(store_url, docs)


def test_a_rewrite_that_fails_leaves_the_store_as_it_was(store_url, docs, monkeypatch):
    with _filled(store_url, docs) as st:
        cores = _as_schema_11(st)
    calls = []

    def failing(obj):  # noqa: ANN001, ANN202
        calls.append(1)
        if len(calls) > 5:
            raise RuntimeError("disk full")
        return pack_sketches(obj)

    monkeypatch.setattr("rasd.store.write.pack_sketches", failing)
    with pytest.raises(RuntimeError):
        Store.open(store_url)
    monkeypatch.undo()
    with Store.open(store_url, readonly=True) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == 11
        assert {r["id"]: bytes(r["core"]) for r in st.db.query(
            "SELECT id, core FROM merged_events")} == cores
        assert not any(bytes(r["features"]).startswith(SKETCHED) for r in st.db.query(
            "SELECT features FROM events"))
    with Store.open(store_url) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION


def test_a_schema_19_store_keeps_each_sketch_once_after_its_migration(store_url, docs):
    # schema 20: a state leaves out the sketches its core holds, the evidence is compressed
    # where that is shorter, the claims' date index is ascending; an older store is
    # rewritten in place and serves and merges on as one written at 20
    with _filled(store_url, docs) as st:
        before = _answers(st)
        states = {r["id"]: unpack(r["state"]) for r in st.db.query(
            "SELECT id, state FROM merged_events WHERE reports > 1")}
        assert states and all("wording" not in s and "phrasing" not in s
                              for s in states.values())
        whys = st.db.query("SELECT why FROM events WHERE why IS NOT NULL")
        assert whys and all(isinstance(r["why"], bytes) for r in whys)
        assert any(packed(r["why"]) for r in whys)  # (long evidence compressed)
        with st.db.transaction():
            store_helpers.undo_20(st)
        full = {r["id"]: unpack(r["state"]) for r in st.db.query(
            "SELECT id, state FROM merged_events WHERE reports > 1")}
        assert all(full[i]["wording"] or full[i]["phrasing"] for i in full)
        assert all(not isinstance(r["why"], bytes) for r in st.db.query(
            "SELECT why FROM events WHERE why IS NOT NULL"))
        assert _answers(st) == before  # (an older store reads the same)
    with Store.open(store_url) as st:  # migrated to 20
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert {r["id"]: unpack(r["state"]) for r in st.db.query(
            "SELECT id, state FROM merged_events WHERE reports > 1")} == states
        assert all(isinstance(r["why"], bytes) for r in st.db.query(
            "SELECT why FROM events WHERE why IS NOT NULL"))
        if not st.db.is_pg:
            assert "doc_id DESC" in st.db.scalar(
                "SELECT sql FROM sqlite_master WHERE name = 'claims_published'")
            plan = " ".join(str(tuple(r)) for r in st.db.execute(
                "EXPLAIN QUERY PLAN SELECT c.* FROM claims c ORDER BY c.published DESC NULLS"
                " LAST, c.doc_id, c.claim_id LIMIT 5"))
            assert "claims_published" in plan and "TEMP B-TREE" not in plan
        assert _answers(st) == before
        st.add_documents(docs[2])
        migrated = _answers(st)
    with Store.open(store_url) as st:  # opened again: nothing to rewrite
        assert _answers(st) == migrated
    with _fresh(store_url, docs) as st:
        st.add_documents(docs[2])
        assert _answers(st) == migrated
