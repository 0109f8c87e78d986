"""Where SQLite and PostgreSQL differ: the one module that knows both.

Everything else writes SQL once, with `?` placeholders and the words below;
`Database.sql` is the dialect of the open store.
"""

from __future__ import annotations

from typing import Any

from rasd.store import fts


class SQLite:
    name = "sqlite"
    # per-dialect words in schema statements
    words = {"blob": "BLOB", "real": "REAL", "serial": "INTEGER PRIMARY KEY",
             "int_key": "INTEGER PRIMARY KEY",  # a key given by the writer (the row's order)
             "without_rowid": " WITHOUT ROWID",
             # days from a merged event's `date` to its `date_to` (ISO dates)
             "span_days": "CAST(julianday(date_to) - julianday(date) AS INTEGER)",
             # an ISO day as its proleptic Gregorian ordinal (Python's date.toordinal)
             "day_number": "CAST(julianday(day) - 1721424.5 AS INTEGER)",
             "nulls_last": "",  # (SQLite sorts NULL last in DESC already)
             "nulls_first": ""}  # (and first in ASC)

    def param(self, sql: str) -> str:
        return sql

    def unindexed(self, column: str) -> str:
        """`column` in a condition the planner should not pick an index for (SQLite, without
        statistics, prefers an equality's index to a narrower range's)."""
        return "+" + column

    def table_exists_sql(self) -> str:
        return "SELECT count(*) FROM sqlite_master WHERE name = ?"

    def tuples(self, conn: Any, sql: str, params: Any) -> list[tuple[Any, ...]]:
        """Rows as plain tuples (no row objects: a long answer, the timeline's tens of
        thousands of rows, costs half as much CPU read this way)."""
        cur = conn.cursor()
        cur.row_factory = None
        return cur.execute(sql, params).fetchall()

    def fts_schema(self) -> list[str]:
        # contentless: the words live only in the index; rowid = documents.num
        return ["CREATE VIRTUAL TABLE doc_fts USING fts5(exact, stems, content='', "
                "tokenize='unicode61 remove_diacritics 0')"]

    # the search index in two tables (schema 11): the exact words with their positions
    # (phrases), the readings without (each query word is one token: detail=none keeps
    # which documents hold it, a third of the size); the index is rebuilt from the texts
    reindex_on_split = True

    def fts_split(self) -> list[str]:
        return ["DROP TABLE doc_fts",
                "CREATE VIRTUAL TABLE doc_fts USING fts5(exact, content='', "
                "tokenize='unicode61 remove_diacritics 0')",
                "CREATE VIRTUAL TABLE doc_fts_stems USING fts5(stems, content='', "
                "detail=none, tokenize='unicode61 remove_diacritics 0')"]

    def to_blob(self, table: str, column: str) -> list[str]:
        """A JSON text column that now holds compressed blobs (SQLite columns take both)."""
        return []

    def roles_by_event(self) -> list[str]:
        """Schema 20: event_roles stored in its key's order (WITHOUT ROWID): an event's role
        rows are found by its key alone (a rowid table looked the key up in its own index,
        then each row by rowid), and the indexes on (role, key) and (role, norm) hold the
        event's key, so the events of a key or form are read from the index alone."""
        cols = ("doc_id, event_id, role, idx, key, text, norm, name, name_norm, name_en,"
                " kind, lat, lon")
        return [
            """CREATE TABLE event_roles_v20 (
            doc_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL,
            idx INTEGER NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL,
            name TEXT, name_norm TEXT, name_en TEXT, kind TEXT, lat REAL, lon REAL,
            PRIMARY KEY (doc_id, event_id, role, idx),
            FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, event_id)) WITHOUT ROWID""",
            f"INSERT INTO event_roles_v20 ({cols}) SELECT {cols} FROM event_roles"
            " ORDER BY doc_id, event_id, role, idx",
            "DROP TABLE event_roles",
            "ALTER TABLE event_roles_v20 RENAME TO event_roles",
            "CREATE INDEX event_roles_key ON event_roles (role, key)",
            "CREATE INDEX event_roles_norm ON event_roles (role, norm)",
        ]

    def index_text(self, db: Any, num: int, doc_id: str, exact: str, stems: str) -> None:
        db.execute("INSERT INTO doc_fts (rowid, exact) VALUES (?, ?)", (num, exact))
        db.execute("INSERT INTO doc_fts_stems (rowid, stems) VALUES (?, ?)", (num, stems))

    def text_match(self, query: fts.Query, column: str, cap: int | None = None
                   ) -> tuple[str, list[Any]]:
        """`column IN (the ids of the documents matching query)`; `cap`: of the `cap` last
        written of them only (the index's rowids read from the last one down)."""
        if cap:
            nums, params = self.text_rows(query)
            return (f"{column} IN (SELECT d2.id FROM documents d2 WHERE d2.num IN ({nums}"
                    f" ORDER BY 1 DESC LIMIT {int(cap)}))"), params
        (table, cond, params), *more = fts.fts5_conditions(query)
        sql = (f"{column} IN (SELECT d2.id FROM {table} JOIN documents d2 "
               f"ON d2.num = {table}.rowid WHERE {cond}")
        for other, other_cond, other_params in more:
            sql += f" AND d2.num IN (SELECT rowid FROM {other} WHERE {other_cond})"
            params = params + other_params
        return sql + ")", params

    def text_rows(self, query: fts.Query) -> tuple[str, list[Any]]:
        """A SELECT of the matching documents' `num` (one column), from the index alone."""
        (table, cond, params), *more = fts.fts5_conditions(query)
        sql = f"SELECT {table}.rowid FROM {table} WHERE {cond}"
        for other, other_cond, other_params in more:
            sql += f" AND {table}.rowid IN (SELECT rowid FROM {other} WHERE {other_cond})"
            params = params + other_params
        return sql, params

    def lock_writers(self, db: Any) -> None:
        """SQLite transactions take the write lock at BEGIN IMMEDIATE already."""

    def lock_migrations(self, db: Any) -> None:
        """Same: one writer at a time."""

    def retryable(self, exc: BaseException) -> bool:
        return False


class PostgreSQL(SQLite):
    name = "postgresql"
    words = {"blob": "BYTEA", "real": "DOUBLE PRECISION", "serial": "BIGSERIAL PRIMARY KEY",
             "int_key": "BIGINT PRIMARY KEY",
             "without_rowid": "", "span_days": "(CAST(date_to AS DATE) - CAST(date AS DATE))",
             "day_number": "(CAST(day AS DATE) - DATE '0001-01-01' + 1)",
             "nulls_last": " NULLS LAST", "nulls_first": " NULLS FIRST"}
    # SQLSTATEs after which a whole transaction may simply run again
    RETRY = {"40001", "40P01"}  # serialization failure, deadlock detected

    def param(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def unindexed(self, column: str) -> str:
        return column  # the planner has statistics

    def table_exists_sql(self) -> str:
        return ("SELECT count(*) FROM pg_tables WHERE tablename = ?"
                " AND schemaname = current_schema()")

    def tuples(self, conn: Any, sql: str, params: Any) -> list[tuple[Any, ...]]:
        from psycopg.rows import tuple_row

        with conn.cursor(row_factory=tuple_row) as cur:
            cur.execute(self.param(sql), params)
            return cur.fetchall()

    def fts_schema(self) -> list[str]:
        return [
            "CREATE TABLE doc_search (doc_id TEXT PRIMARY KEY REFERENCES documents (id), "
            "exact TSVECTOR NOT NULL, stems TSVECTOR NOT NULL)",
            "CREATE INDEX doc_search_exact ON doc_search USING GIN (exact)",
            "CREATE INDEX doc_search_stems ON doc_search USING GIN (stems)",
        ]

    reindex_on_split = False  # two tsvector columns, each with its own GIN index already

    def fts_split(self) -> list[str]:
        return []

    def roles_by_event(self) -> list[str]:
        return []  # (a heap and its primary key's index either way)

    def to_blob(self, table: str, column: str) -> list[str]:
        return [f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BYTEA"
                f" USING convert_to({column}, 'UTF8')"]

    def index_text(self, db: Any, num: int, doc_id: str, exact: str, stems: str) -> None:
        db.execute("INSERT INTO doc_search (doc_id, exact, stems) VALUES "
                   "(?, to_tsvector('simple', ?), to_tsvector('simple', ?))",
                   (doc_id, exact, stems))

    def text_match(self, query: fts.Query, column: str, cap: int | None = None
                   ) -> tuple[str, list[Any]]:
        if cap:
            nums, params = self.text_rows(query)
            return (f"{column} IN (SELECT d2.id FROM documents d2 WHERE d2.num IN ({nums}"
                    f" ORDER BY 1 DESC LIMIT {int(cap)}))"), params
        cond, params = fts.pg_condition(query, "s")
        return f"{column} IN (SELECT s.doc_id FROM doc_search s WHERE {cond})", params

    def text_rows(self, query: fts.Query) -> tuple[str, list[Any]]:
        cond, params = fts.pg_condition(query, "s")
        return ("SELECT t.num FROM doc_search s JOIN documents t ON t.id = s.doc_id"
                f" WHERE {cond}"), params

    def lock_writers(self, db: Any) -> None:
        # Concurrent ingests merge one at a time: a merged event's state is read and
        # written back within the lock, so no join is lost (held until commit).
        db.execute("SELECT pg_advisory_xact_lock(7461737)")

    def lock_migrations(self, db: Any) -> None:
        # Two processes opening a fresh store at once: one migrates, the other waits.
        db.execute("SELECT pg_advisory_xact_lock(7461736)")

    def retryable(self, exc: BaseException) -> bool:
        cause = exc.__cause__ or exc
        return getattr(cause, "sqlstate", None) in self.RETRY


def for_name(name: str) -> SQLite:
    return PostgreSQL() if name == "postgresql" else SQLite()
