"""The store's fast query paths answer exactly what the plain queries answer.

Counts kept on write (stats, outlets, per-category totals) against counting the
tables; actor and place filters matched on the distinct forms of the roles
(`role_forms`) against matching every role row (the query they replace), on
real articles extracted by the pipeline, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from copy import deepcopy
from dataclasses import replace

import pytest

import serve_data
import store_helpers
from rasd.store import (
    Filters,
    Store,
    aggregates,
    facets,
    fts,
    key_filter,
    keysets,
    outlet_keys,
    query,
    read,
    status_filter,
)
from rasd.store.query import like_escape
from rasd.text.normalize import normalize_key

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set

ARTICLES = store_helpers.demo_articles(8)


@pytest.fixture(scope="module")
def docs():
    from rasd.pipeline import extract_text

    out = [extract_text(a["content"], published=(a.get("date_extracted") or "")[:10],
                        source=a.get("source"), title=a.get("title"), url=a.get("url"))
           for a in ARTICLES]
    copy = extract_text(ARTICLES[0]["content"], published=ARTICLES[0]["date_extracted"][:10],
                        source="another-outlet", url="https://example.org/copy")
    return out, copy


def _filled(url: str, docs) -> Store:
    articles, copy = docs
    st = Store.open(url)
    st.add_documents(articles[:5])
    st.add_documents([*articles[5:], copy])  # a second batch, and a copy of the first
    return st


def _reference_role(db, role: str, value: str) -> tuple[str, list]:
    """The role condition as it was before role_forms: every role row matched in turn."""
    norm = normalize_key(value)
    alts = list(fts.stripped(norm)) if " " not in norm else []
    extra = "".join(" OR r.name_norm = ? OR r.norm LIKE ? ESCAPE '\\'" for _ in alts)
    return ("EXISTS (SELECT 1 FROM event_roles r WHERE r.doc_id = e.doc_id AND r.event_id ="
            " e.event_id AND r.role = ? AND (r.key = ? OR r.norm = ? OR r.name_norm = ? OR"
            " lower(r.name_en) = ? OR r.norm LIKE ? ESCAPE '\\'" + extra + "))",
            [role, value.strip(), norm, norm, value.strip().lower(),
             "%" + like_escape(norm) + "%",
             *(x for a in alts for x in (a, "%" + like_escape(a) + "%"))])


def _values(st: Store) -> list[tuple[str, str]]:
    """(role, filter value) pairs as users and the dashboard send them: keys (a click),
    names in Arabic with and without a clitic, English names, part of a surface,
    an unlinked surface's key, nothing known."""
    out = []
    for role in ("actor", "recipient", "location"):
        rows = st.db.query("SELECT key, norm, name, name_en FROM event_roles WHERE role = ?"
                           " ORDER BY doc_id, event_id, idx LIMIT 4", (role,))
        for r in rows:
            out.append((role, r["key"]))
            out.append((role, r["norm"]))
            out.append((role, "ب" + r["norm"].split()[0]))
            if r["name"]:
                out.append((role, r["name"]))
            if r["name_en"]:
                out.append((role, r["name_en"].upper()))
            if len(r["norm"]) > 3:
                out.append((role, r["norm"][1:-1]))
        out.append((role, "لا يوجد مكان بهذا الاسم"))
    return out


def test_role_filters_select_the_events_every_row_would(store_url, docs):
    with _filled(store_url, docs) as st:
        values = _values(st)
        assert len(values) > 20
        found = 0
        for role, value in values:
            ref, params = _reference_role(st.db, role, value)
            want = {(r["doc_id"], r["event_id"]) for r in st.db.query(
                "SELECT e.doc_id, e.event_id FROM events e WHERE " + ref, params)}
            w = query.role_match(st.db, role, value, "e")
            got = {(r["doc_id"], r["event_id"]) for r in st.db.query(
                "SELECT e.doc_id, e.event_id FROM events e" + w.sql(), w.params)}
            assert got == want, (role, value)
            found += bool(want)
        assert found > len(values) // 2


def test_a_filter_matching_many_forms_reads_them_by_subquery(store_url, docs, monkeypatch):
    with _filled(store_url, docs) as st:
        f = Filters(place="ا")  # a letter: nearly every place
        listed = (st.events(f, 1, 200).to_dict(), st.documents(1, 50, f).to_dict())
        monkeypatch.setattr(query, "MAX_LISTED", 1)
        assert "IN (SELECT DISTINCT" in query.role_match(st.db, "location", "ا").conds[0]
        assert (st.events(f, 1, 200).to_dict(), st.documents(1, 50, f).to_dict()) == listed
        assert listed[0]["total"] > 1


def test_counts_kept_on_write_are_the_tables_counts(store_url, docs):
    with _filled(store_url, docs) as st:
        s = st.db.scalar
        stats = st.stats()
        assert stats["documents"] == s("SELECT count(*) FROM documents") == len(ARTICLES)
        assert stats["records"] == s("SELECT count(*) FROM copies") == len(ARTICLES) + 1
        assert stats["near_duplicates"] == s("SELECT count(*) FROM documents"
                                             " WHERE group_id <> id")
        assert stats["duplicate_groups"] == s(
            "SELECT count(*) FROM (SELECT group_id FROM documents GROUP BY group_id"
            " HAVING count(*) > 1) g")
        assert stats["entities"] == s("SELECT sum(n_entities) FROM documents") > 0
        assert stats["events"] == s("SELECT count(*) FROM events") > 0
        assert stats["claims"] == s("SELECT count(*) FROM claims")
        assert stats["merged_events"] == s("SELECT count(*) FROM merged_events")
        assert stats["multi_report_events"] == s("SELECT count(*) FROM merged_events"
                                                 " WHERE reports > 1")
        assert stats["by_category"] == {r["type"]: r["n"] for r in st.db.query(
            "SELECT type, count(*) AS n FROM merged_events GROUP BY type")}
        assert stats["outlets"] == s("SELECT count(DISTINCT source) FROM copies"
                                     " WHERE source <> ''")
        assert st.outlets() == [{"source": r["source"], "documents": r["n"]} for r in st.db.query(
            "SELECT source, count(DISTINCT doc_id) AS n FROM copies WHERE source <> ''"
            " GROUP BY source ORDER BY n DESC, source")]
        assert {o["source"] for o in st.outlets()} >= {"another-outlet"}


def test_a_categorys_actors_and_places_are_its_days_summed(store_url, docs, monkeypatch):
    with _filled(store_url, docs) as st:
        cats = [r["type"] for r in st.db.query("SELECT DISTINCT type FROM events ORDER BY type")]
        assert len(cats) > 1
        edges = 0
        for value in [*cats, ",".join(cats[:2])]:
            f = Filters(category=value)
            kept_net = st.network(f)  # from the per-category edge totals
            with monkeypatch.context() as m:  # the scan of the events
                m.setattr(aggregates, "answerable", lambda f: False)
                assert st.network(f) == kept_net, value
            edges += len(kept_net)
            for grp, roles in (("party", ("actor", "recipient")), ("place", ("location",))):
                kept = aggregates.keys_page(st.db, grp, f, 500, 0)
                scanned = aggregates.scan_keys_page(st.db, roles, f, 500, 0)
                assert kept[1] == scanned[1], (value, grp)
                assert [(r["key"], r["events"], r["targeted"], r["mentions"])
                        for r in kept[0]] == \
                    [(r["key"], r["events"], r["targeted"], r["mentions"]) for r in scanned[0]]
            page2 = st.actors(f, 2, 1)
            assert page2.total == st.actors(f, 1, 500).total
            assert st.actors(f, 10_000, 1).total == page2.total  # past the end: still counted
        assert edges > 0


def test_date_filters_on_merged_events_are_the_overlapping_ones(store_url, docs):
    with _filled(store_url, docs) as st:
        spans = {r["days"]: r["events"] for r in st.db.query(
            "SELECT days, events FROM agg_spans WHERE events > 0")}
        rows = st.db.query("SELECT date, date_to FROM merged_events WHERE date IS NOT NULL")
        want: dict[int, int] = {}
        for r in rows:
            days = (dt.date.fromisoformat(r["date_to"]) - dt.date.fromisoformat(r["date"])).days
            want[days] = want.get(days, 0) + 1
        assert spans == want and rows
        days = sorted({r["date"] for r in rows} | {r["date_to"] for r in rows})
        for lo, hi in [(days[0], days[0]), (days[len(days) // 2], days[-1]),
                       (days[-1], days[-1]), ("1990-01-01", days[0])]:
            got = st.merged_events(Filters(date_from=lo, date_to=hi), 1, 200)
            plain = [r["id"] for r in st.db.query(
                "SELECT id FROM merged_events m WHERE m.date_to >= ? AND m.date <= ?"
                " ORDER BY m.reports DESC, m.date DESC, m.id", (lo, hi))]
            assert [m["id"] for m in got.items] == plain and got.total == len(plain)


def test_the_overviews_outlet_count_is_the_outlets_with_a_selected_document(store_url, docs):
    with _filled(store_url, docs) as st:
        cats = [r["type"] for r in st.db.query("SELECT DISTINCT type FROM events")]
        place = st.db.scalar("SELECT key FROM event_roles WHERE role = 'location' LIMIT 1")
        days = sorted(r["published"] for r in st.db.query("SELECT published FROM documents"))
        kept = [Filters(category=cats[0]), Filters(category=",".join(cats[:3])),
                Filters(date_from="2099-01-01"), Filters(date_from=days[0], date_to=days[0]),
                Filters(date_to=days[-2]), Filters(date_from=days[1]),
                Filters(category=cats[1], date_from=days[0], date_to=days[-1])]
        for f in [*kept, Filters(place=place), Filters(q="ســوريا")]:
            one_by_one = sum(1 for o in st.outlets()
                             if st.documents(1, 1, replace(f, outlet=o["source"])).total)
            assert st.outlets_selected(f) == one_by_one, f
            assert (aggregates.outlets_counted(st.db, f.checked()) is None) == (f not in kept)


def test_a_categorys_counts_kept_by_day_are_the_lists_totals(store_url, docs):
    with _filled(store_url, docs) as st:
        cats = [r["type"] for r in st.db.query(
            "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC")]
        days = sorted(r["published"] for r in st.db.query("SELECT published FROM documents"))
        dated = [Filters(category=c, date_from=lo, date_to=hi) for c in cats[:3]
                 for lo, hi in [(None, None), (days[0], days[0]), (days[1], days[-1])]]
        for f in [*dated, Filters(category=",".join(cats[:2]))]:
            plain = Filters(**{**f.as_dict(), "status": "asserted"})  # forces the count
            n_asserted = st.events(plain, 1, 1).total
            counted = {"documents": st.documents(1, 1, f).total,
                       "events": st.events(f, 1, 1).total,
                       "claims": st.claims(f, 1, 1).total,
                       "merged": st.merged_events(f, 1, 1).total}
            w = st._doc_filters(f.checked())
            assert counted["documents"] == st.db.scalar(
                "SELECT count(*) FROM documents d" + w.sql(), w.params), f
            cats = f.category.split(",")
            sql = f"SELECT count(*) FROM events e WHERE e.type IN ({', '.join('?' * len(cats))})"
            sql += " AND e.date >= ?" * bool(f.date_from) + " AND e.date <= ?" * bool(f.date_to)
            assert counted["events"] == st.db.scalar(
                sql, [*cats, *(d for d in (f.date_from, f.date_to) if d)]), f
            assert counted["events"] >= n_asserted
            assert counted["claims"] == len({(c["doc_id"], c["id"]) for c in st.claims(
                f, 1, 200).items}), f
            assert counted["merged"] == len(st.merged_events(f, 1, 200).items), f


def test_a_status_filter_selects_the_events_of_that_status(store_url, docs, monkeypatch):
    with _filled(store_url, docs) as st:
        s = st.db.scalar
        statuses = [r["status"] for r in st.db.query(
            "SELECT status FROM events GROUP BY status ORDER BY count(*) DESC")]
        assert len(statuses) > 1 and statuses[0] == "asserted"
        assert not query.rare_status(st.db, "asserted")  # most events: scanned
        assert query.rare_status(st.db, statuses[-1])  # few: read by the status index
        answers = {}
        for status in statuses:
            f = Filters(status=status)
            got = (st.events(f, 1, 200).to_dict(), st.documents(1, 200, f).to_dict(),
                   st.claims(f, 1, 200).to_dict(), st.merged_events(f, 1, 200).to_dict())
            assert got[0]["total"] == s("SELECT count(*) FROM events WHERE status = ?",
                                        (status,)), status
            assert got[1]["total"] == s("SELECT count(DISTINCT doc_id) FROM events"
                                        " WHERE status = ?", (status,)), status
            assert got[2]["total"] == s(
                "SELECT count(*) FROM claims c WHERE EXISTS (SELECT 1 FROM claim_events ce"
                " JOIN events e ON e.doc_id = ce.doc_id AND e.event_id = ce.event_id"
                " WHERE ce.doc_id = c.doc_id AND ce.claim_id = c.claim_id AND e.status = ?)",
                (status,)), status
            assert got[3]["total"] == s("SELECT count(DISTINCT merged_id) FROM events"
                                        " WHERE status = ?", (status,)), status
            answers[status] = got
        for rare in (True, False):  # the index path and the scan give the same pages
            monkeypatch.setattr(query, "rare_status", lambda db, status, rare=rare: rare)
            for status in statuses:
                f = Filters(status=status)
                assert (st.events(f, 1, 200).to_dict(), st.documents(1, 200, f).to_dict(),
                        st.claims(f, 1, 200).to_dict(),
                        st.merged_events(f, 1, 200).to_dict()) == answers[status]


def test_a_speaker_filter_selects_the_claims_every_row_would(store_url, docs):
    with _filled(store_url, docs) as st:
        rows = st.db.query("SELECT speaker_key, speaker_norm, speaker_name_en FROM claims"
                           " ORDER BY doc_id, claim_id LIMIT 6")
        values = ["لا أحد بهذا الاسم"]
        for r in rows:
            values += [r["speaker_key"], r["speaker_norm"]]
            if len(r["speaker_norm"]) > 3:
                values.append(r["speaker_norm"][1:-1])
            if r["speaker_name_en"]:
                values.append(r["speaker_name_en"].upper())
        found = 0
        for value in values:
            norm = normalize_key(value)
            want = {(r["doc_id"], r["claim_id"]) for r in st.db.query(
                "SELECT doc_id, claim_id FROM claims c WHERE (c.speaker_key = ? OR"
                " c.speaker_norm = ? OR lower(c.speaker_name_en) = ? OR c.speaker_norm LIKE ?"
                " ESCAPE '\\')", (value.strip(), norm, value.strip().lower(),
                                   "%" + like_escape(norm) + "%"))}
            got = {(c["doc_id"], c["id"]) for c in st.claims(Filters(actor=value), 1, 200).items}
            assert got == want, value
            assert st.claims(Filters(actor=value), 1, 1).total == len(want), value
            found += bool(want)
        assert found >= len(rows)


def test_counts_with_no_filter_or_dates_alone_are_the_lists_totals(store_url, docs):
    with _filled(store_url, docs) as st:
        s = st.db.scalar
        assert st.documents(1, 1).total == s("SELECT count(*) FROM documents")
        assert st.claims(Filters(), 1, 1).total == s("SELECT count(*) FROM claims")
        assert st.events(Filters(), 1, 1).total == s("SELECT count(*) FROM events") > 0
        dates = sorted(r["date"] for r in st.db.query(
            "SELECT date FROM events WHERE date IS NOT NULL"))
        for lo, hi in [(dates[0], dates[0]), (None, dates[len(dates) // 2]),
                       (dates[len(dates) // 2], None), (dates[1], dates[-2])]:
            f = Filters(date_from=lo, date_to=hi)
            assert aggregates.counted(st.db, "event", f.checked()) is not None
            sql = "SELECT count(*) FROM events WHERE 1 = 1"
            sql += " AND date >= ?" * bool(lo) + " AND date <= ?" * bool(hi)
            assert st.events(f, 1, 1).total == s(sql, [d for d in (lo, hi) if d]), f


def _check_kept(st: Store) -> None:
    """Every table kept on write equals the same counted from scratch."""
    s = st.db.scalar
    stats = st.stats()
    assert {r["name"]: r["n"] for r in st.db.query(
        "SELECT name, n FROM agg_totals WHERE name LIKE ? AND n > 0", ("status:%",))} == {
        "status:" + r["status"]: r["n"] for r in st.db.query(
            "SELECT status, count(*) AS n FROM events GROUP BY status")}
    assert {tuple(r.values()) for r in st.db.query(
        "SELECT source, type, day, n FROM agg_outlet_days WHERE n > 0")} == {
        tuple(r.values()) for r in st.db.query(
            "SELECT c.source, '' AS type, COALESCE(d.published, '') AS day,"
            " count(DISTINCT d.id) AS n FROM documents d JOIN copies c ON c.doc_id = d.id"
            " WHERE c.source <> '' GROUP BY c.source, COALESCE(d.published, '')"
            " UNION ALL SELECT c.source, e.type, COALESCE(d.published, ''), count(DISTINCT d.id)"
            " FROM documents d JOIN copies c ON c.doc_id = d.id JOIN events e"
            " ON e.doc_id = d.id WHERE c.source <> ''"
            " GROUP BY c.source, e.type, COALESCE(d.published, '')")}
    assert {tuple(r.values()) for r in st.db.query(
        "SELECT norm, key, name_en FROM role_forms WHERE role = 'speaker'")} == {
        tuple(r.values()) for r in st.db.query(
            "SELECT DISTINCT speaker_norm, speaker_key, COALESCE(speaker_name_en, '')"
            " FROM claims")}
    for name, sql in (("documents", "SELECT count(*) FROM documents"),
                      ("records", "SELECT count(*) FROM copies"),
                      ("events", "SELECT count(*) FROM events"),
                      ("claims", "SELECT count(*) FROM claims"),
                      ("merged_events", "SELECT count(*) FROM merged_events"),
                      ("multi_report_events",
                       "SELECT count(*) FROM merged_events WHERE reports > 1"),
                      ("entities", "SELECT COALESCE(sum(n_entities), 0) FROM documents")):
        assert stats[name] == s(sql), name
    _check_outlets(st)
    _check_keys(st)
    _check_statuses(st)
    spans: dict[int, int] = {}
    for r in st.db.query("SELECT date, date_to FROM merged_events WHERE date IS NOT NULL"):
        days = (dt.date.fromisoformat(r["date_to"]) - dt.date.fromisoformat(r["date"])).days
        spans[days] = spans.get(days, 0) + 1
    assert spans == {r["days"]: r["events"] for r in st.db.query(
        "SELECT days, events FROM agg_spans WHERE events > 0")}
    for cat in [r["type"] for r in st.db.query("SELECT DISTINCT type FROM events")]:
        f = Filters(category=cat)
        for grp, roles in (("party", ("actor", "recipient")), ("place", ("location",))):
            kept = aggregates.keys_page(st.db, grp, f, 500, 0)
            scanned = aggregates.scan_keys_page(st.db, roles, f, 500, 0)
            assert [(r["key"], r["events"], r["targeted"], r["mentions"]) for r in kept[0]] \
                == [(r["key"], r["events"], r["targeted"], r["mentions"]) for r in scanned[0]]
        w = st._doc_filters(f.checked())
        assert st.documents(1, 1, f).total == s("SELECT count(*) FROM documents d" + w.sql(),
                                                w.params)
        assert st.events(f, 1, 1).total == s("SELECT count(*) FROM events WHERE type = ?",
                                             (cat,))


def _check_outlets(st: Store) -> None:
    """The counts kept per outlet (schema 13) equal a recount, and what an outlet filter
    alone answers from them equals the plain queries over the events."""
    s = st.db.scalar
    outlets = [r["source"] for r in st.db.query("SELECT DISTINCT source FROM copies"
                                                " WHERE source <> ''")]
    assert len(outlets) > 1  # the copy from another outlet
    assert {tuple(r.values()) for r in st.db.query(
        "SELECT source, type, day, events FROM agg_outlet_merged WHERE events <> 0")} == {
        tuple(r.values()) for r in st.db.query(
            "SELECT c.source, m.type, COALESCE(m.day, ''), count(DISTINCT m.id)"
            " FROM merged_events m JOIN events e ON e.merged_id = m.id JOIN copies c"
            " ON c.doc_id = e.doc_id WHERE c.source <> ''"
            " GROUP BY c.source, m.type, COALESCE(m.day, '')")}
    docs_of = "IN (SELECT c.doc_id FROM copies c WHERE c.source = ?)"
    # the actors and places kept per outlet (schema 16): rows as a recount gives them
    keys = outlet_keys.recount(st.db)
    assert outlet_keys.kept(st.db) == keys and keys
    for source in outlets:
        f = Filters(outlet=source)
        assert aggregates.outlet_only(f)
        for grp, roles in (("party", ("actor", "recipient")), ("place", ("location",))):
            kept = outlet_keys.page(st.db, grp, source, 500, 0)
            assert kept == aggregates.scan_keys_page(st.db, roles, f, 500, 0)
            assert kept[0] and outlet_keys.page(st.db, grp, source, 2, 1) == (
                kept[0][1:3], kept[1])
        scan = aggregates.scan_keys_page(st.db, ("actor", "recipient"), f, 500, 0)[0]
        assert [(i["key"], i["name"], i["events"], i["targeted"], i["mentions"])
                for i in st.actors(f, 1, 500).items] == [
            (r["key"], r["name"] or r["text"], r["events"], r["targeted"], r["mentions"])
            for r in scan]
        assert st.documents(1, 1, f).total == s(f"SELECT count(*) FROM documents WHERE id"
                                                f" {docs_of}", (source,)) > 0
        assert st.events(f, 1, 1).total == s(f"SELECT count(*) FROM events WHERE doc_id"
                                             f" {docs_of}", (source,))
        assert st.claims(f, 1, 1).total == s(f"SELECT count(*) FROM claims WHERE doc_id"
                                             f" {docs_of}", (source,))
        assert st.merged_events(f, 1, 1).total == s(
            f"SELECT count(DISTINCT merged_id) FROM events WHERE doc_id {docs_of}", (source,))
        assert st.timeline(f) == [
            {"date": r["day"], "category": r["type"], "count": r["n"]} for r in st.db.query(
                "SELECT m.day, m.type, count(DISTINCT m.id) AS n FROM events e JOIN"
                f" merged_events m ON m.id = e.merged_id WHERE e.doc_id {docs_of} AND"
                " m.day IS NOT NULL GROUP BY m.day, m.type ORDER BY m.day, m.type",
                (source,))]
        pages = {}
        for walk in (False, True):  # a large outlet's page walked in the list's order
            st._walk_outlet = lambda source, upto, walk=walk: walk  # type: ignore[method-assign]
            pages[walk] = [st.merged_events(f, page, 2).to_dict() for page in (1, 2, 3)]
        del st._walk_outlet
        assert pages[True] == pages[False] and pages[False][0]["items"]
        lists = {}  # the documents, events and claims walked in their order, and read as before
        checks, per_row = key_filter.WALK_CHECKS, read.OUTLET_WALK
        for walk in (0, 10**9):
            key_filter.WALK_CHECKS, read.OUTLET_WALK = max(walk, checks), walk
            lists[walk] = [(st.documents(page, 2, f).to_dict(), st.events(f, page, 2).to_dict(),
                            st.claims(f, page, 2).to_dict()) for page in (1, 2, 3)]
        key_filter.WALK_CHECKS, read.OUTLET_WALK = checks, per_row
        assert lists[0] == lists[10**9] and lists[0][0][0]["items"]
        assert st.conflicts(f, 1, 500).total == s(
            f"SELECT count(*) FROM conflicts WHERE merged_id IN (SELECT merged_id FROM events"
            f" WHERE doc_id {docs_of})", (source,))
    unknown = Filters(outlet="no-such-outlet")
    assert st.timeline(unknown) == [] and st.merged_events(unknown, 1, 1).total == 0
    assert st.documents(1, 1, unknown).total == 0


def test_kept_tables_equal_a_recount_after_a_batch_and_a_remerge(store_url, docs):
    with _filled(store_url, docs) as st:
        _check_kept(st)
        with st.db.transaction():
            st.rebuild_merges()  # what a migration that changes the merging runs
        _check_kept(st)


def test_an_old_store_migrated_and_remerged_has_its_kept_tables_right(tmp_path):
    # tests/fixtures/store-v4.db: written by rasd at schema 4; opening it applies every
    # later migration (these tables filled from its rows), then re-merges it
    import shutil
    from pathlib import Path

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "store-v4.db", path)
    with Store.open(f"sqlite:///{path}") as st:
        assert st.stats()["documents"] == 4
        _check_kept(st)


def test_a_server_given_an_older_store_upgrades_it_before_serving(tmp_path):
    # the dashboard reads tables later schemas added (agg_totals, agg_outlets …): a
    # read-only reader of a schema-4 store must not answer "no such table"
    import shutil
    from pathlib import Path

    from rasd.serve.queries import Queries
    from rasd.store.schema import VERSION, current_version

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "store-v4.db", path)
    q = Queries.for_url(f"sqlite:///{path}", cache_ttl=0)
    try:
        assert current_version(q.store.db) == VERSION
        outlet = q.store.db.scalar("SELECT source FROM documents ORDER BY source LIMIT 1")
        assert q.summary(Filters())["documents"] == 4
        assert q.summary(Filters(outlet=outlet))["documents"] == 1
        assert q.actors(Filters(outlet=outlet), 1, 5)["total"] >= 1
    finally:
        q.close()


FILTER_OF = {"actor": "actor", "recipient": "recipient", "location": "place"}


def _key_answers(st: Store, f: Filters) -> dict:
    """What a filter's overview, timeline and lists' totals answer."""
    from rasd.serve.queries import Queries

    q = Queries(lambda: st, cache_ttl=0)
    q._local.store = st
    return {"summary": q.summary(f), "timeline": st.timeline(f),
            "outlets": st.outlets_selected(f),
            **{f"{name} {page}": getattr(st, name)(f, page, 2).to_dict()
               for name in ("merged_events", "events", "claims", "conflicts")
               for page in (1, 2)},
            **{f"documents {page}": st.documents(page, 2, f).to_dict() for page in (1, 2)}}


def _check_keys(st: Store) -> None:
    """The counts kept per key for a key filter (schema 17) equal a recount, and a key
    filter alone answers from them (and from the merged events' kept contributions)
    exactly what the plain queries over the events answer: every filter value `_values`
    sends, on every role; the lists read as before and walked in their order."""
    keys = key_filter.recount(st.db)
    assert key_filter.kept(st.db) == [k for k in keys if any(k[2:])] and keys
    single, walk_checks, walk_cost = (key_filter.single, key_filter.WALK_CHECKS,
                                      key_filter.WALK_COST)
    kept_paths = 0
    conflicted = [("actor" if k[0] == "party" else "location", k[1]) for k in keys if k[5]]
    for role, value in _values(st) + conflicted:
        f = Filters(**{FILTER_OF[role]: value})
        key = single(st.db, f)
        if key is None:  # the plain queries answer it
            continue
        kept = {}
        for checks in (0, 10**9):  # lists read as before, and walked in their order
            key_filter.WALK_CHECKS = checks
            key_filter.WALK_COST = dict.fromkeys(walk_cost, 0.0 if checks else 1.0)
            kept[checks] = _key_answers(st, f)
        key_filter.WALK_CHECKS, key_filter.WALK_COST = walk_checks, walk_cost
        key_filter.single = lambda db, f: None  # the plain queries
        try:
            plain = _key_answers(st, f)
            assert kept[0] == plain and kept[10**9] == plain, (role, value, key)
        finally:
            key_filter.single = single
        kept_paths += 1
        assert key[0] == role and plain["summary"]["reports"] > 0, (role, value)
    assert kept_paths >= 10
    # a value matching several keys' forms, or a category beside the key, is not kept
    row = st.db.one("SELECT key FROM event_roles WHERE role = 'location' LIMIT 1")
    assert single(st.db, Filters(place=row["key"])) == ("location", row["key"])
    assert single(st.db, Filters(place=row["key"], category="ASSAULT")) is None
    assert single(st.db, Filters(place="ا")) is None
    with st.db.transaction():  # a store read before a writer migrated it: the plain queries
        st.db.execute("DELETE FROM schema_version WHERE version = 17")
        assert single(st.db, Filters(place=row["key"])) is None
        st.db.execute("INSERT INTO schema_version (version, applied) VALUES (17, '')")


def _check_statuses(st: Store) -> int:
    """The counts kept per status (schema 19) equal a recount, and a status filter alone
    answers from them (its lists read as before, and walked in their order) exactly what the
    plain queries over the events answer; returns how many statuses were compared."""
    assert status_filter.kept(st.db) == status_filter.recount(st.db)
    assert status_filter.days_kept(st.db) == status_filter.days_recount(st.db)
    statuses = [r[0] for r in st.db.tuples("SELECT DISTINCT status FROM events")]
    walk_checks, walk_cost = key_filter.WALK_CHECKS, status_filter.WALK_COST
    alone = status_filter.alone
    for status in statuses:
        f = Filters(status=status)
        kept = {}
        for checks in (0, 10**9):  # lists read as before, and walked in their order
            key_filter.WALK_CHECKS = checks
            status_filter.WALK_COST = dict.fromkeys(walk_cost, 0.0 if checks else 1.0)
            kept[checks] = _key_answers(st, f)
        key_filter.WALK_CHECKS, status_filter.WALK_COST = walk_checks, walk_cost
        status_filter.alone = lambda f: None  # the plain queries
        try:
            plain = _key_answers(st, f)
        finally:
            status_filter.alone = alone
        assert kept[0] == plain and kept[10**9] == plain, status
        assert plain["summary"]["reports"] > 0 and plain["summary"]["outlets"] > 0
    return len(statuses)


def _strike(dead: int, source: str, published: str = "2019-08-20", *, link=None,  # noqa: ANN001
            where: str = "إدلب"):
    """A report of one air strike on Idlib (or `where`, linked to `link`) with its own death
    toll (tolls far apart are a conflict of the merged event)."""
    from store_helpers import IDLIB, RUSSIA, document, entity, event, role

    link = link or IDLIB
    text = f"قتل {dead} مدنيا في غارة روسية على مدينة {where}."
    ents = [entity(text, "e1", "روسية", "LOC", RUSSIA), entity(text, "e2", where, "LOC", link)]
    return document(text, source, published, entities=ents, events=[
        event(text, "v1", "ASSAULT", "غارة", actor=[role(text, "روسية", "e1")],
              location=[role(text, where, "e2")], dead=dead)])


def _conflicts_of(st: Store, key: str) -> int:
    return key_filter.counted(st.db, "conflict", ("location", key))


def test_a_key_filter_alone_answers_from_kept_counts_after_reingest_and_remerge(
        store_url, docs):
    articles, copy = docs
    with _filled(store_url, docs) as st:
        _check_keys(st)
        st.add_documents([_strike(5, "a"), _strike(25, "b")])  # a conflict: 5 or 25 dead
        assert _conflicts_of(st, "sy-idlib") == 1
        _check_keys(st)
        st.add_documents([_strike(60, "c", "2019-08-21")])  # the same strike, a third toll
        assert _conflicts_of(st, "sy-idlib") == st.db.scalar(
            "SELECT count(*) FROM conflicts") >= 1
        _check_keys(st)
        before = key_filter.kept(st.db)
        st.add_documents([*articles, copy, _strike(5, "a")])  # ingested again: no change
        assert key_filter.kept(st.db) == before
        _check_keys(st)
        with st.db.transaction():
            st.rebuild_merges()
        assert key_filter.kept(st.db) == before
        _check_keys(st)


def _facet_filters(facet: str) -> Filters:
    if (ks := facets.keyset_of(facet)) is not None:  # a name selecting several keys
        return Filters(**{FILTER_OF[ks[0]]: ks[1]})
    kind, _, value = facet.partition(":")
    if kind in ("status", "outlet"):
        return Filters(**{kind: value})
    return Filters(**{FILTER_OF[kind]: value})


def _check_facets(st: Store) -> int:
    """The rows kept per facet (schema 19) equal a recount, and the actors, places, map and
    network under each kept facet's filter, read from them, equal the scans over the
    events; returns how many facets answered so."""
    keys, edges = facets.recount(st.db)
    assert facets.kept(st.db) == (keys, edges)
    answered = 0
    for facet in sorted(facets.registered(st.db)):
        f = _facet_filters(facet)
        if facets.of_filters(st.db, f) != facet:  # a key whose value names another's forms
            continue
        of_filters = facets.of_filters
        kept = {"actors": st.actors(f, 1, 500).to_dict(),
                "places": st.places(f, 1, 500).to_dict(),
                "places 2": st.places(f, 2, 3).to_dict(), "network": st.network(f, 400)}
        for grp, roles in (("party", ("actor", "recipient")), ("place", ("location",))):
            if not facets.keeps_keys(facet):  # an outlet's (agg_outlet_keys: _check_outlets)
                break
            for limit, offset in ((500, 0), (2, 1)):
                assert facets.page(st.db, facet, grp, limit, offset) == \
                    aggregates.scan_keys_page(st.db, roles, f, limit, offset), (facet, grp)
        facets.of_filters = lambda db, f: None  # the scans
        try:
            plain = {"actors": st.actors(f, 1, 500).to_dict(),
                     "places": st.places(f, 1, 500).to_dict(),
                     "places 2": st.places(f, 2, 3).to_dict(), "network": st.network(f, 400)}
        finally:
            facets.of_filters = of_filters
        assert kept == plain and (plain["actors"]["items"] or plain["places"]["items"]), facet
        answered += 1
    return answered


def test_a_common_key_or_status_keeps_its_actors_places_and_network(store_url, docs,
                                                                    monkeypatch):
    from rasd.serve.queries import Queries

    articles, copy = docs
    monkeypatch.setattr(facets, "FACET_EVENTS", 2)  # (5,000 events: a larger store's)
    with Store.open(store_url) as st:
        st.add_documents(articles[:2])
        first = facets.registered(st.db)
        assert _check_facets(st) == len(first)
        st.add_documents([*articles[2:5]])
        st.add_documents([*articles[5:], copy])
        grown = facets.registered(st.db)
        assert grown > first and {f.partition(":")[0] for f in grown} - {"keys"} == {
            "status", "outlet", "actor", "location"}  # (key sets: the test below)
        assert _check_facets(st) >= 5
        st.add_documents([_strike(5, "a"), _strike(25, "b"), _strike(60, "c", "2019-08-21")])
        _check_facets(st)
        assert st.db.scalar("SELECT count(*) FROM conflicts") and _check_statuses(st) > 1
        gained = deepcopy(next(a for a in articles[1:] if any(  # one with an edge gains
            v.actor and v.recipient for v in a.events)))  # a kept outlet
        gained.meta.source, gained.meta.url = copy.meta.source, "https://example.org/copy2"
        assert "outlet:" + copy.meta.source in facets.registered(st.db)
        edges = facets.kept(st.db)[1]
        st.add_documents([gained])
        assert facets.kept(st.db)[1] != edges
        _check_facets(st)
        before = facets.kept(st.db)
        st.add_documents([*articles, copy, _strike(5, "a")])  # ingested again: no change
        assert facets.kept(st.db) == before
        with st.db.transaction():
            st.rebuild_merges()
        assert facets.kept(st.db) == before
        _check_facets(st)
        _check_statuses(st)
        q = Queries(lambda: st, cache_ttl=0)
        q._local.store = st
        facet = max(facets.registered(st.db), key=lambda x: x.startswith("location:"))
        f = _facet_filters(facet)
        assert q.map_points(f, 500)["items"] == [
            p for p in st.places(f, 1, 500).to_dict()["items"] if p["lat"] is not None]
        with st.db.transaction():  # registered from the rows, as the migration does
            facets.fill(st.db)
        assert facets.registered(st.db) == set(facets.due(st.db)) >= grown
        assert facets.kept(st.db) == before
        monkeypatch.setattr(facets, "FACET_EVENTS", 1)  # every key a facet: targets too
        with st.db.transaction():
            facets.fill(st.db)
        assert any(f.startswith("recipient:") for f in facets.registered(st.db))
        assert _check_facets(st) >= 50
        st.add_documents([_strike(7, "d"), _strike(70, "e", "2019-08-22")])
        _check_facets(st)
        with st.db.transaction():  # every event alone (as splits leave them): counts fall
            pending = aggregates.Pending()
            moves = [(d, e, m, f"alone-{i}") for i, (d, e, m) in enumerate(st.db.tuples(
                "SELECT doc_id, event_id, merged_id FROM events ORDER BY doc_id, event_id"))]
            pending.facets.moved(st.db, moves)
            st.db.executemany("UPDATE events SET merged_id = ? WHERE doc_id = ? AND"
                              " event_id = ?", [(m, d, e) for d, e, _, m in moves])
            pending.facets.flush(st.db)
        assert facets.kept(st.db) != before
        _check_facets(st)


def _pages_by_next(st: Store, f: Filters, per_page: int) -> list[list[str]]:
    """Every page of the documents list, each read from the `next` of the one before (as
    the dashboard's "next" link asks: schema 20)."""
    out, after, page = [], None, 1
    while True:
        p = st.documents(page, per_page, f, after=after)
        out.append([d["id"] for d in p.items])
        if p.next is None:
            return out
        after, page = p.next, page + 1


def _pages_by_number(st: Store, f: Filters, per_page: int) -> list[list[str]]:
    total = st.documents(1, per_page, f).total
    return [[d["id"] for d in st.documents(page, per_page, f).items]
            for page in range(1, max(1, -(-total // per_page)) + 1)]


def test_the_documents_pages_read_from_the_last_one_are_the_pages_by_number(
        store_url, docs, monkeypatch):
    from rasd.pipeline import extract_text

    articles, copy = docs
    undated = [extract_text(ARTICLES[i]["content"] + " وقال شهود إن القصف تواصل.",
                            published=None, source="undated-outlet") for i in (2, 3, 6)]
    with _filled(store_url, docs) as st:
        st.add_documents(undated)  # no publication date: last in the list's order
        assert st.db.scalar("SELECT count(*) FROM documents WHERE published IS NULL") == 3
        first = st.db.one("SELECT e.type, e.status, r.key FROM events e JOIN event_roles r ON"
                          " r.doc_id = e.doc_id AND r.event_id = e.event_id AND"
                          " r.role = 'location' ORDER BY e.doc_id, e.event_id LIMIT 1")
        filters = [Filters(), Filters(category=first["type"]), Filters(place=first["key"]),
                   Filters(status=first["status"]), Filters(outlet=ARTICLES[0]["source"]),
                   Filters(q="سوريا"), Filters(date_from="2016-01-01")]
        for walk in (False, True):  # the key's documents read first, or walked in order
            if walk:
                monkeypatch.setattr(key_filter, "walk", lambda *a: True)
            for f in filters:
                for per_page in (1, 2, 5):
                    by_number = _pages_by_number(st, f, per_page)
                    assert _pages_by_next(st, f, per_page) == by_number, (f, per_page)
                    assert sum(map(len, by_number)) == st.documents(1, 1, f).total
        # an id the store does not hold reads the page by its number
        f = Filters()
        assert st.documents(2, 2, f, after="0000000000000000").items == \
            st.documents(2, 2, f).items
        assert len(_pages_by_number(st, f, 2)) > 3


def _shelling(where: str, link, source: str, dead: int | None = None,  # noqa: ANN001
              published: str = "2016-11-20"):
    """A report of shelling at `where` (a place linked to `link`)."""
    from store_helpers import document, entity, event, role

    text = f"قصفت قوات النظام {where} أمس وقتل ثلاثة مدنيين."
    return document(text, source, published, entities=[entity(text, "e1", where, "LOC", link)],
                    events=[event(text, "v1", "ASSAULT", "قصفت",
                                  location=[role(text, where, "e1")], dead=dead)])


def _keyset_answers(st: Store, f: Filters) -> dict:
    from rasd.serve.queries import Queries

    q = Queries(lambda: st, cache_ttl=0)
    q._local.store = st
    out = {"summary": q.summary(f), "timeline": st.timeline(f)}
    for page in (1, 2):
        out[page] = [st.documents(page, 2, f).to_dict(), st.events(f, page, 2).to_dict(),
                     st.merged_events(f, page, 2).to_dict(), st.claims(f, page, 2).to_dict(),
                     st.conflicts(f, page, 2).to_dict()]
    return out


def _check_keysets(st: Store) -> int:
    """A kept key set's counts equal a recount, and the overview, timeline and lists under
    its name, read from them (walked), equal the plain queries; returns how many sets
    answered so."""
    answered = 0
    for facet in sorted(facets.registered(st.db)):
        if (ks := facets.keyset_of(facet)) is None:
            continue
        assert keysets.kept(st.db, facet) == keysets.recount(st.db, facet, ks[0], ks[2])
        f = _facet_filters(facet)
        if facets.keyset_of_filters(st.db, f) != facet:
            continue
        kept = _keyset_answers(st, f)
        of_filters = keysets.of_filters
        keysets.of_filters = lambda db, f: None  # the scans
        try:
            plain = _keyset_answers(st, f)
        finally:
            keysets.of_filters = of_filters
        assert kept == plain and kept["summary"]["reports"] > 0, facet
        answered += 1
    return answered


def test_a_name_matching_several_keys_reads_their_events_only_when_exact(store_url):
    # حلب names the city (by its KB name) and, by their surfaces, the countryside districts:
    # while every surface of a district holds the name, the name selects exactly the events
    # of those keys (read by key); once a district is also written without it (الريف
    # الشمالي), the union of keys and surfaces answers (that event is not selected)
    from store_helpers import ALEPPO, Link

    north = Link("sy-aleppo-countryside-north", "ريف حلب الشمالي", "Northern Aleppo countryside",
                 "region", "SY", 36.4, 37.1)
    west = Link("sy-aleppo-countryside-west", "ريف حلب الغربي", "Western Aleppo countryside",
                "region", "SY", 36.2, 36.9)
    with Store.open(store_url) as st:
        st.add_documents([_shelling("مدينة حلب", ALEPPO, "a"),
                          _shelling("ريف حلب الشمالي", north, "b"),
                          _shelling("ريف حلب الغربي", west, "c")])
        for later, exact in ((None, True), (_shelling("الريف الشمالي", north, "d"), False)):
            if later is not None:
                st.add_documents([later])
            by_key, by_norm = query.role_forms(st.db, "location", "حلب")
            keys, key_params = query._matched(st.db, "key", by_key)
            norms, norm_params = query._matched(st.db, "norm", by_norm)
            got_set = query._key_set(st.db, "location", keys, key_params, norms, norm_params)
            assert (got_set is not None) is exact
            if exact:
                assert sorted(got_set) == sorted([ALEPPO.id, north.id, west.id])
            ref, params = _reference_role(st.db, "location", "حلب")
            want = {(r["doc_id"], r["event_id"]) for r in st.db.query(
                "SELECT e.doc_id, e.event_id FROM events e WHERE " + ref, params)}
            w = query.role_match(st.db, "location", "حلب", "e")
            got = {(r["doc_id"], r["event_id"]) for r in st.db.query(
                "SELECT e.doc_id, e.event_id FROM events e" + w.sql(), w.params)}
            assert got == want and len(want) == 3
            assert st.documents(1, 10, Filters(place="حلب")).total == 3


def test_a_name_selecting_several_keys_keeps_its_actors_places_and_network(store_url,
                                                                          monkeypatch):
    # kept as the facet of its key set while the name selects those keys exactly (schema
    # 21): registered once the city's key is kept, grown by a district written later,
    # dropped once a district is written without the name (the union answers then)
    from store_helpers import ALEPPO, Link

    monkeypatch.setattr(facets, "FACET_EVENTS", 2)
    north = Link("sy-aleppo-countryside-north", "ريف حلب الشمالي", "Northern Aleppo countryside",
                 "region", "SY", 36.4, 37.1)
    west = Link("sy-aleppo-countryside-west", "ريف حلب الغربي", "Western Aleppo countryside",
                "region", "SY", 36.2, 36.9)
    east = Link("sy-aleppo-countryside-east", "ريف حلب الشرقي", "Eastern Aleppo countryside",
                "region", "SY", 36.2, 37.6)
    f = Filters(place="حلب")

    def kept_sets() -> list[tuple]:
        return [ks for x in sorted(facets.registered(st.db)) if (ks := facets.keyset_of(x))]

    with Store.open(store_url) as st:
        st.add_documents([_shelling("مدينة حلب", ALEPPO, "a"),
                          _shelling("ريف حلب الشمالي", north, "b")])
        assert kept_sets() == []  # the city's key is not kept yet (one event)
        st.add_documents([_shelling("حلب", ALEPPO, "c"), _shelling("ريف حلب الغربي", west, "d")])
        assert kept_sets() == [("location", "حلب", tuple(sorted([ALEPPO.id, north.id, west.id])))]
        assert facets.of_filters(st.db, f) == facets.keyset_facet(
            "location", "حلب", [ALEPPO.id, north.id, west.id])
        assert _check_facets(st) >= 2 and _check_keysets(st) == 1
        kept = facets.kept(st.db)
        st.add_documents([_strike(9, "g", link=ALEPPO, where="حلب"),  # the same keys:
                          _strike(2, "i", link=ALEPPO, where="حلب")])
        assert facets.kept(st.db) != kept and len(kept_sets()) == 1  # counted on, a conflict
        assert st.db.scalar("SELECT count(*) FROM conflicts")
        assert _check_facets(st) >= 2 and _check_keysets(st) == 1
        st.add_documents([_shelling("ريف حلب الشمالي", north, "h", dead=4,  # another day:
                                    published="2016-11-24")])  # another merged event
        assert _check_keysets(st) == 1
        st.add_documents(serve_data.hand_built())  # claims on حلب (another key of the name)
        assert st.claims(f, 1, 50).total and _check_keysets(st) == 1
        later = deepcopy(serve_data.hand_built()[:2])  # claims on a key of the set: counted on
        for i, d in enumerate(later):
            d.text += " (نقلا عن مراسلين)"
            d.meta.source, d.meta.url = "later", f"https://example.org/later/{i}"
        claims = st.claims(f, 1, 50).total
        st.add_documents(later)
        assert st.claims(f, 1, 50).total > claims and _check_keysets(st) == 1
        with st.db.transaction():
            st.rebuild_merges()
        assert _check_facets(st) >= 2 and _check_keysets(st) == 1
        before = kept_sets()
        monkeypatch.setattr(facets, "REFILL", 0)  # a fill not due yet:
        st.add_documents([_shelling("ريف حلب الشرقي", east, "e")])  # a new district
        assert kept_sets() == before and facets.of_filters(st.db, f) is None  # the scans answer
        assert _check_facets(st) >= 2 and _check_keysets(st) == 0
        monkeypatch.setattr(facets, "REFILL", 10 ** 6)  # due: the next document fills it
        st.add_documents([_shelling("حلب", ALEPPO, "j", published="2016-11-27")])
        (grown,) = kept_sets()
        assert set(grown[2]) >= {ALEPPO.id, north.id, west.id, east.id}
        assert not st.db.scalar("SELECT count(*) FROM agg_totals WHERE name LIKE ? AND n > 0",
                                (keysets.STALE + "%",))
        assert _check_facets(st) >= 2 and _check_keysets(st) == 1
        with st.db.transaction():  # registered from the rows, as the migration does
            facets.fill(st.db)
        assert east.id in kept_sets()[0][2] and _check_keysets(st) == 1
        st.add_documents([_shelling("الريف الشمالي", north, "f")])  # not exact any more
        assert kept_sets() == [] and facets.of_filters(st.db, f) is None
        assert not st.db.scalar("SELECT count(*) FROM agg_totals WHERE name LIKE ?",
                                ("%@" + facets.KEYS + "%",))  # its counts dropped with it
        _check_facets(st)


def _text_answers(st: Store, f: Filters) -> dict:
    """Every list's page and total, the actors, places, timeline and network under `f`."""
    from rasd.serve.queries import Queries

    q = Queries(lambda: st, cache_ttl=0)
    q._local.store = st
    return {"summary": q.summary(f), "documents": st.documents(1, 50, f).to_dict(),
            "events": st.events(f, 1, 200).to_dict(),
            "merged": st.merged_events(f, 1, 200).to_dict(),
            "claims": st.claims(f, 1, 200).to_dict(),
            "conflicts": st.conflicts(f, 1, 200).to_dict(),
            "actors": st.actors(f, 1, 500).to_dict(), "places": st.places(f, 1, 500).to_dict(),
            "timeline": st.timeline(f), "network": q.network(f, 500)}


def _recount_under_docs(st: Store, ids: list[str]) -> dict:
    """The figures of the events of documents `ids`, counted from the rows."""
    db, marks = st.db, query.placeholders(len(ids))
    merged = {r[0] for r in db.tuples(f"SELECT merged_id FROM events WHERE doc_id IN ({marks})"
                                      " AND merged_id IS NOT NULL", ids)}
    actors = {}
    for key, role, merged_id in db.tuples(
            "SELECT r.key, r.role, e.merged_id FROM events e JOIN event_roles r ON r.doc_id ="
            " e.doc_id AND r.event_id = e.event_id WHERE r.role IN ('actor', 'recipient') AND"
            f" e.doc_id IN ({marks})", ids):
        have = actors.setdefault(key, [set(), set(), 0])
        have[1 if role == "recipient" else 0].add(merged_id)
        have[2] += 1
    days: dict = {}
    for day, typ, mid in db.tuples(
            "SELECT m.day, m.type, m.id FROM merged_events m WHERE m.day IS NOT NULL AND m.id IN"
            f" (SELECT merged_id FROM events WHERE doc_id IN ({marks}))", ids):
        days.setdefault((day, typ), set()).add(mid)
    return {"documents": len(ids),
            "reports": db.scalar(f"SELECT count(*) FROM events WHERE doc_id IN ({marks})", ids),
            "merged": len(merged),
            "actors": {k: (len(a), len(t), n) for k, (a, t, n) in actors.items()},
            "timeline": {k: len(v) for k, v in days.items()}}


def test_a_common_text_reads_its_last_written_documents(store_url, docs, monkeypatch):
    with _filled(store_url, docs) as st:
        def matching(word: str) -> list[str]:  # every match, the last written first
            with query.uncapped():
                w = query.text_match(st.db.sql, word, "d.id")
            return [r[0] for r in st.db.tuples("SELECT d.id FROM documents d" + w.sql()
                                               + " ORDER BY d.num DESC", w.params)]
        # the store's most common words among a few a news reader types
        words = sorted(["اليمن", "سوريا", "الحوثيين", "قتلى", "قوات", "مقتل", "غارات"],
                       key=lambda w: (-len(matching(w)), w))
        word = words[0]
        found = matching(word)
        assert len(found) >= 4
        f = Filters(q=word)
        with query.uncapped():
            every = _text_answers(st, f)
        # a cap at or above the matches: the answers of every match, not flagged
        monkeypatch.setattr(query, "TEXT_CAP", len(found))
        assert _text_answers(st, f) == every
        assert not st.capped(f) and "capped" not in every["summary"]
        # a cap below: the last written `cap` documents' answers, flagged
        for cap in (1, len(found) // 2, len(found) - 1):
            monkeypatch.setattr(query, "TEXT_CAP", cap)
            got = _text_answers(st, f)
            kept = found[:cap]
            ref = _recount_under_docs(st, kept)
            assert st.capped(f) and got["summary"]["capped"] and got["network"]["capped"]
            assert sorted(d["id"] for d in got["documents"]["items"]) == sorted(kept)
            assert got["documents"]["total"] == ref["documents"] == cap
            assert got["events"]["total"] == ref["reports"]
            assert {e["doc_id"] for e in got["events"]["items"]} <= set(kept)
            assert got["merged"]["total"] == ref["merged"]
            for name in ("documents", "events", "merged", "claims", "conflicts", "actors",
                         "places"):
                assert got[name]["capped"] is True
            s = got["summary"]
            assert (s["documents"], s["reports"], s["events"], s["claims"], s["conflicts"]) == (
                got["documents"]["total"], got["events"]["total"], got["merged"]["total"],
                got["claims"]["total"], got["conflicts"]["total"])
            assert {a["key"]: (a["events"], a["targeted"], a["mentions"])
                    for a in got["actors"]["items"]} == ref["actors"]
            assert {(t["date"], t["category"]): t["count"] for t in got["timeline"]} == \
                ref["timeline"]
            # an export reads every match
            with query.uncapped():
                assert st.documents(1, 50, f).total == len(found)
            assert len(list(st.iter_documents(f))) == len(found)
