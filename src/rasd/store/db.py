"""One thin data-access layer over sqlite3 and psycopg 3.

SQL is written once with `?` placeholders; for PostgreSQL they become `%s`.
Values always travel as parameters, never inside the SQL text. Rows come back
as dicts. Writes happen inside `transaction()`: all or nothing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from rasd.store import dialect

Params = Sequence[Any]


class DatabaseError(Exception):
    """The database cannot be opened or refused a statement: one-line message."""


def parse_url(url: str) -> tuple[str, str]:
    """(dialect, target): ('sqlite', path) or ('postgresql', conninfo URL)."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    if url.startswith("sqlite:"):
        parsed = urlparse(url)
        path = unquote(parsed.path)
        if url.startswith("sqlite:////"):  # sqlite:////abs/path: keep one leading slash
            path = "/" + path.lstrip("/")
        elif url.startswith("sqlite:///"):  # sqlite:///relative.db
            path = path[1:] if path.startswith("/") else path
        if not path:
            raise DatabaseError(f"{url}: no database file in the URL")
        return "sqlite", path
    if "://" in url:
        raise DatabaseError(f"{url}: unsupported database URL (use sqlite:/// or postgresql://)")
    return "sqlite", url  # a bare path


class Database:
    """A connection plus its dialect; `?` placeholders on both dialects."""

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        self.url = url
        self.dialect, target = parse_url(url)
        self.sql = dialect.for_name(self.dialect)
        self.readonly = readonly
        self._depth = 0
        if self.dialect == "sqlite":
            self._conn = _open_sqlite(target, readonly)
        else:
            self._conn = _open_pg(target)

    @property
    def is_pg(self) -> bool:
        return self.dialect == "postgresql"

    def close(self) -> None:
        with suppress(Exception):  # a broken connection must not mask the real error
            self._conn.close()

    def _sql(self, sql: str) -> str:
        return self.sql.param(sql)

    def execute(self, sql: str, params: Params = ()) -> Any:
        try:
            return self._conn.execute(self._sql(sql), params)
        except (sqlite3.Error, _pg_error()) as exc:
            raise DatabaseError(_one_line(exc)) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        try:
            if self.is_pg:  # psycopg: executemany lives on cursors
                with self._conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
            else:
                self._conn.executemany(sql, rows)
        except (sqlite3.Error, _pg_error()) as exc:
            raise DatabaseError(_one_line(exc)) from exc

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        cur = self.execute(sql, params)
        rows = cur.fetchall()
        if self.is_pg:
            return list(rows)
        return [dict(r) for r in rows]

    def tuples(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows as tuples, in the statement's column order (long answers: no dicts)."""
        try:
            return self.sql.tuples(self._conn, sql, params)
        except (sqlite3.Error, _pg_error()) as exc:
            raise DatabaseError(_one_line(exc)) from exc

    def one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        if row is None:
            return None
        return next(iter(row.values())) if self.is_pg else row[0]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            if self.is_pg:
                with self._conn.transaction():
                    yield self
            else:
                self.execute("BEGIN IMMEDIATE")  # take the write lock now, not mid-way
                try:
                    yield self
                except BaseException:
                    self._conn.rollback()
                    raise
                self.execute("COMMIT")
        finally:
            self._depth = 0


WRITER_CACHE_KIB = 65536
# a reader's pages mapped from the file (SQLite caps it at 2 GiB here): a query walking
# thousands of rows then reads them in place, not by a read() each (at 100k documents a
# place name's overview: 372 -> 275 ms of CPU, its system time 180 -> 10 ms)
READER_MMAP = 1 << 34
PAGE_SIZE = 8192  # a new SQLite store's (4,096 by default); 16 KiB saved 0.3% more


def _open_sqlite(path: str, readonly: bool) -> sqlite3.Connection:
    p = Path(path)
    if readonly and not p.exists():
        raise DatabaseError(f"{path}: no such store")
    if not readonly and p.parent != Path("") and not p.parent.exists():
        raise DatabaseError(f"{path}: directory {p.parent} does not exist")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=60,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=60000")
        if not readonly:
            # a new store's pages (an existing one keeps its own): a document's row (its
            # text and JSON, 3-4 KiB) left most of a 4 KiB page empty
            conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode=WAL")
            # a writer touches a few pages of each index per row, anywhere in a store of
            # gigabytes: 64 MiB of page cache keeps the upper levels (2 MiB by default),
            # so its cost per document does not grow with the store
            conn.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
        else:
            conn.execute(f"PRAGMA mmap_size={READER_MMAP}")
        # WAL + NORMAL: a killed process never leaves a half transaction.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot open as SQLite ({_one_line(exc)})") from None
    return conn


def _open_pg(url: str) -> Any:
    import psycopg
    from psycopg.rows import dict_row

    try:
        return psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
    except psycopg.Error as exc:
        safe = re.sub(r"//[^@/]*@", "//***@", url)  # never echo a password
        raise DatabaseError(f"{safe}: cannot connect ({_one_line(exc)})") from None


def _pg_error() -> type[Exception]:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return sqlite3.Error
    return psycopg.Error


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
