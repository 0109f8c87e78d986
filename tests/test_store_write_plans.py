"""Every statement the writer issues finds its rows by an index: none reads a whole table,
or a list as long as an outlet's documents, per document (docs/history/performance.md, ingest13).

The writes of real articles (a first batch; then a second one with the rest, a copy of a
stored article from another outlet, and a second report of a stored story from another
outlet, so that events join, outlets are gained and kept counts move) are recorded
statement by statement, and each statement's plan (`EXPLAIN QUERY PLAN` with the values it
ran with) is read. SQLite plans without statistics here as on a store of 100k documents
(the store runs no ANALYZE), so a plan read on a small store is the plan at any size.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from rasd.store import Store
from store_helpers import demo_articles, extract_article


class _Recording:
    """The store's connection, each statement kept with the first values it ran with."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.seen: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.seen.setdefault(sql, params)
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        if rows:
            self.seen.setdefault(sql, rows[0])
        return self._conn.executemany(sql, rows)


# Plan lines allowed, each with its reason: (the statement's start, the plan line).
ALLOWED = {
    # the foreign keys' checks of a replaced document row: the insert does nothing on a
    # conflict, so this branch never runs (CPU per document the same at 2k and 100k)
    ("INSERT INTO documents", "SCAN lsh_bands"),
    # the near-duplicate lookup: the document's own 14 band hashes, each by the key
    ("SELECT d.id, d.group_id, s.sig FROM documents d", "LIST SUBQUERY 1"),
    ("SELECT d.id, d.group_id, s.sig FROM documents d", "REUSE LIST SUBQUERY 1"),
    ("SELECT d.id, d.group_id, s.sig FROM documents d", "MULTI-INDEX OR"),
}


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, Any]]:
    articles = demo_articles(8)
    docs = [extract_article(a) for a in articles]
    copy = extract_article(articles[0], source="another-outlet")
    retold = extract_article(articles[1], extra="\nوقال شهود إن القصف استمر ساعات.",
                             source="another-outlet")
    st = Store.open(f"sqlite:///{tmp_path_factory.mktemp('plans')}/w.db")
    rec = _Recording(st.db._conn)
    st.db._conn = rec  # type: ignore[assignment]
    st.add_documents(docs[:5])
    result = st.add_documents([*docs[5:], copy, retold])
    st.db._conn = rec._conn
    assert result.copies == 1 and result.merged_into_existing > 0  # joins and a copy ran
    return st, rec.seen


def _plan(st: Store, sql: str, params: Any) -> list[str]:
    return [r[3] for r in st.db._conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def _is_plannable(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SELECT", "INSERT", "UPDATE", "DELETE"))


def test_no_write_statement_reads_a_whole_table_or_an_outlets_list(recorded):
    st, seen = recorded
    planned = [sql for sql in seen if _is_plannable(sql)]
    assert len(planned) > 40  # the writer's statements, merging and kept counts included
    tables = {r[0] for r in st.db._conn.execute("SELECT name FROM sqlite_master")}
    bad = []
    for sql in planned:
        for line in _plan(st, sql, seen[sql]):
            scan = line.startswith("SCAN ") and line.split()[1] in tables  # not a subquery's
            if (scan or line.startswith(("LIST SUBQUERY", "REUSE LIST", "MULTI-INDEX"))) and \
                    not any(sql.lstrip().startswith(s) and line == p for s, p in ALLOWED):
                bad.append((" ".join(sql.split())[:120], line))
    assert bad == []


@pytest.mark.parametrize(("statement", "index"), [
    # an outlet's role rows in one merged event: the members by merged_id, then each
    # member's copies by its document (not every copy of the outlet)
    ("SELECT count(*) FROM events e CROSS JOIN event_roles r", "events_merged_doc"),
    ("SELECT count(*) FROM events e CROSS JOIN event_roles r", "sqlite_autoindex_copies_1"),
    # the merge's candidates: the lookup keys' rows within the mention's days
    ("SELECT DISTINCT merged FROM merged_keys", "PRIMARY KEY (key=? AND family=? AND day>?"),
])
def test_the_kept_counts_and_the_merge_look_rows_up_by_their_keys(recorded, statement, index):
    st, seen = recorded
    plans = [" ".join(_plan(st, sql, p)) for sql, p in seen.items()
             if sql.startswith(statement)]
    assert plans and all(index in plan for plan in plans)
