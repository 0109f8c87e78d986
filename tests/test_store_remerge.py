"""Schema 15: a store built before the merge rules of schema 12 has its merged events
recomputed once (on open when small, by `rasd remerge` when large), in one transaction, on
SQLite and PostgreSQL (RASD_TEST_PG)."""

from __future__ import annotations

import pytest

import store_helpers
from rasd.store import Store, schema
from rasd.store.merged import Merger
from rasd.store.schema import VERSION

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set
ARTICLES = store_helpers.demo_articles(6)


@pytest.fixture(scope="module")
def docs():
    extract = store_helpers.extract_article
    first = [extract(a) for a in ARTICLES]
    # the same stories told again by another outlet (other texts): their events merge
    retold = [extract(a, " وأكد شهود عيان ذلك.", "another-outlet") for a in ARTICLES[:3]]
    return first, retold


def _merges(st: Store) -> list[tuple[str, ...]]:
    """Which events are merged together (the groups of members, each sorted)."""
    groups: dict[str, list[str]] = {}
    for r in st.db.query("SELECT doc_id, event_id, merged_id FROM events"
                         " WHERE merged_id IS NOT NULL"):
        groups.setdefault(r["merged_id"], []).append(f"{r['doc_id']}:{r['event_id']}")
    return sorted(tuple(sorted(g)) for g in groups.values())


def _old_store(url: str, docs, monkeypatch) -> tuple[dict, list]:  # noqa: ANN001
    """The documents written by today's rules (their answers and merges: what a re-merge
    must give), then the same store as one built before schema 12 would be: its merged
    events from other rules (here: none joined), at schema 14, its version 1 long ago."""
    with Store.open(url) as st:
        st.add_documents(docs[0])
        st.add_documents(docs[1])
        want = (store_helpers.answers(st), _merges(st))
        assert any(len(g) > 1 for g in want[1])  # reports joined
        with monkeypatch.context() as m:  # older rules: no report joins another
            m.setattr(Merger, "_candidates", lambda *a: [])
            with st.db.transaction():
                st.rebuild_merges()
        assert all(len(g) == 1 for g in _merges(st))
        with st.db.transaction():
            store_helpers.undo_15(st)
            st.db.execute("UPDATE schema_version SET applied = ? WHERE version = 1",
                          ("2026-11-20T10:00:00+00:00",))
    return want


def test_a_small_store_built_before_12_is_re_merged_once_when_opened(store_url, docs,
                                                                       monkeypatch, capsys):
    want = _old_store(store_url, docs, monkeypatch)
    with Store.open(store_url) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert _merges(st) == want[1]
        assert store_helpers.answers(st) == want[0]
        assert schema.old_merges(st.db) is None
    calls = []
    monkeypatch.setattr(Store, "rebuild_merges", lambda *a, **k: calls.append(1))
    Store.open(store_url).close()  # once: opened again, nothing is recomputed
    assert calls == []
    assert "remerge" not in capsys.readouterr().err


def test_a_store_of_the_current_merge_rules_keeps_its_merges(store_url, docs, monkeypatch):
    with Store.open(store_url) as st:
        st.add_documents(docs[0])
    calls = []
    monkeypatch.setattr(Store, "rebuild_merges", lambda *a, **k: calls.append(1))
    with Store.open(store_url) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
    assert calls == []


def test_a_store_merged_by_the_rules_before_18_is_re_merged_once_when_opened(
        store_url, docs, monkeypatch):
    # built at 12 or later (not OLD_MERGES's case) but merged under the rules before 18
    with Store.open(store_url) as st:
        st.add_documents(docs[0])
        with st.db.transaction():
            store_helpers.undo_19(st)
            st.db.execute("DELETE FROM schema_version WHERE version = 18")
    calls = []
    monkeypatch.setattr(Store, "rebuild_merges", lambda *a, **k: calls.append(1))
    with Store.open(store_url) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert schema.old_merges(st.db) is None
    assert calls == [1]
    Store.open(store_url).close()
    assert calls == [1]


def test_a_large_one_is_told_once_and_re_merged_by_the_command(store_url, docs, monkeypatch,
                                                               capsys):
    want = _old_store(store_url, docs, monkeypatch)
    monkeypatch.setattr(schema, "REMERGE_ON_OPEN", 3)  # "large": more than 3 documents
    monkeypatch.setattr("rasd.store.store._TOLD", set())
    with Store.open(store_url) as st:
        assert st.db.scalar("SELECT max(version) FROM schema_version") == VERSION
        assert schema.old_merges(st.db) == "9 documents"
        assert all(len(g) == 1 for g in _merges(st))  # not yet
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "`rasd remerge --db URL`" in err
    Store.open(store_url).close()
    assert capsys.readouterr().err == ""  # one line a process
    # interrupted half way: the store is as it was, the note kept
    with Store.open(store_url) as st:
        def stop(done: int, total: int) -> None:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            st.remerge(stop)
        assert all(len(g) == 1 for g in _merges(st)) and schema.old_merges(st.db)
    from typer.testing import CliRunner

    from rasd.cli import build_app

    for _ in range(2):  # and run twice, the same
        out = CliRunner().invoke(build_app(["remerge"]), ["remerge", "--db", store_url])
        assert out.exit_code == 0, out.output
        assert "re-merged 9 documents" in out.output
        with Store.open(store_url) as st:
            assert _merges(st) == want[1]
            assert store_helpers.answers(st) == want[0]
            assert schema.old_merges(st.db) is None
