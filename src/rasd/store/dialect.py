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
             "without_rowid": " WITHOUT ROWID",
             # days from a merged event's `date` to its `date_to` (ISO dates)
             "span_days": "CAST(julianday(date_to) - julianday(date) AS INTEGER)",
             "nulls_last": ""}  # (SQLite sorts NULL last in DESC already)

    def param(self, sql: str) -> str:
        return sql

    def unindexed(self, column: str) -> str:
        """`column` in a condition the planner should not pick an index for (SQLite, without
        statistics, prefers an equality's index to a narrower range's)."""
        return "+" + column

    def table_exists_sql(self) -> str:
        return "SELECT count(*) FROM sqlite_master WHERE name = ?"

    def fts_schema(self) -> list[str]:
        # contentless: the words live only in the index; rowid = documents.num
        return ["CREATE VIRTUAL TABLE doc_fts USING fts5(exact, stems, content='', "
                "tokenize='unicode61 remove_diacritics 0')"]

    def to_blob(self, table: str, column: str) -> list[str]:
        """A JSON text column that now holds compressed blobs (SQLite columns take both)."""
        return []

    def index_text(self, db: Any, num: int, doc_id: str, exact: str, stems: str) -> None:
        db.execute("INSERT INTO doc_fts (rowid, exact, stems) VALUES (?, ?, ?)",
                   (num, exact, stems))

    def text_match(self, query: fts.Query, column: str) -> tuple[str, list[Any]]:
        cond, params = fts.fts5_condition(query)
        return (f"{column} IN (SELECT d2.id FROM doc_fts JOIN documents d2 "
                f"ON d2.num = doc_fts.rowid WHERE {cond})", params)

    def lock_writers(self, db: Any) -> None:
        """SQLite transactions take the write lock at BEGIN IMMEDIATE already."""

    def lock_migrations(self, db: Any) -> None:
        """Same: one writer at a time."""

    def retryable(self, exc: BaseException) -> bool:
        return False


class PostgreSQL(SQLite):
    name = "postgresql"
    words = {"blob": "BYTEA", "real": "DOUBLE PRECISION", "serial": "BIGSERIAL PRIMARY KEY",
             "without_rowid": "", "span_days": "(CAST(date_to AS DATE) - CAST(date AS DATE))",
             "nulls_last": " NULLS LAST"}
    # SQLSTATEs after which a whole transaction may simply run again
    RETRY = {"40001", "40P01"}  # serialization failure, deadlock detected

    def param(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def unindexed(self, column: str) -> str:
        return column  # the planner has statistics

    def table_exists_sql(self) -> str:
        return ("SELECT count(*) FROM pg_tables WHERE tablename = ?"
                " AND schemaname = current_schema()")

    def fts_schema(self) -> list[str]:
        return [
            "CREATE TABLE doc_search (doc_id TEXT PRIMARY KEY REFERENCES documents (id), "
            "exact TSVECTOR NOT NULL, stems TSVECTOR NOT NULL)",
            "CREATE INDEX doc_search_exact ON doc_search USING GIN (exact)",
            "CREATE INDEX doc_search_stems ON doc_search USING GIN (stems)",
        ]

    def to_blob(self, table: str, column: str) -> list[str]:
        return [f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BYTEA"
                f" USING convert_to({column}, 'UTF8')"]

    def index_text(self, db: Any, num: int, doc_id: str, exact: str, stems: str) -> None:
        db.execute("INSERT INTO doc_search (doc_id, exact, stems) VALUES "
                   "(?, to_tsvector('simple', ?), to_tsvector('simple', ?))",
                   (doc_id, exact, stems))

    def text_match(self, query: fts.Query, column: str) -> tuple[str, list[Any]]:
        cond, params = fts.pg_condition(query, "s")
        return f"{column} IN (SELECT s.doc_id FROM doc_search s WHERE {cond})", params

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
