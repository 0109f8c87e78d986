"""Helpers for the store tests: a store URL per backend, hand-built documents.

`store_url` gives a fresh SQLite file, and a fresh PostgreSQL database when
RASD_TEST_PG is set (.ci/run sets it; locally: eval "$(scripts/pg-test-server.sh)").
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.document import (
    Claim,
    Document,
    Entity,
    Event,
    EventTime,
    Link,
    Meta,
    Role,
    Span,
    Speaker,
)
from rasd.store import Store

PG = os.environ.get("RASD_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="RASD_TEST_PG not set (run scripts/pg-test-server.sh)"))]


def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database on the test server; dropped afterwards."""
    import psycopg

    assert PG is not None
    name = "rasd_t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasd.db'}"
    else:
        yield from pg_database()


def span(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `sub` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def entity(text: str, eid: str, sub: str, etype: str, link: Link | None = None) -> Entity:
    s, e = span(text, sub)
    return Entity(s, e, eid, etype, link)


def role(text: str, sub: str, eid: str | None = None) -> Role:
    s, e = span(text, sub)
    return Role(s, e, eid)


def event(text: str, eid: str, etype: str, trigger: str, *, actor: list[Role] | None = None,
          recipient: list[Role] | None = None, location: list[Role] | None = None,
          date: str | None = None, dead: int | None = None, injured: int | None = None,
          status: str = "asserted", claim: str | None = None) -> Event:
    s, e = span(text, trigger)
    return Event(eid, 0, etype, Span(s, e), [], actor or [], recipient or [], location or [],
                 EventTime(s, e, date) if date else None, dead, injured, None, status, claim)


def claim(text: str, cid: str, speaker: str, cue: str, content: str,
          speaker_entity: str | None = None) -> Claim:
    sp = span(text, speaker)
    return Claim(cid, 0, Speaker(sp[0], sp[1], speaker_entity, "institution"),
                 Span(*span(text, cue)), Span(*span(text, content)))


def document(text: str, source: str | None, published: str | None, *,
             entities: list[Entity] | None = None, events: list[Event] | None = None,
             claims: list[Claim] | None = None, url: str | None = None,
             title: str | None = None) -> Document:
    doc = Document(text=text, meta=Meta(source, url, title, published, "ar"))
    doc.sentences = [Span(0, len(text))]
    doc.entities = entities or []
    doc.events = events or []
    doc.claims = claims or []
    return doc


ALEPPO = Link("sy-aleppo", "حلب", "Aleppo", "city", "SY", 36.2021, 37.1343)
IDLIB = Link("sy-idlib", "إدلب", "Idlib", "city", "SY", 35.9306, 36.6339)
RUSSIA = Link("country-RU", "روسيا", "Russia", "country", "RU")
REGIME = Link("org-syrian-army", "الجيش السوري", "Syrian Arab Army", "armed-group", "SY")
OPPOSITION = Link("org-syrian-opposition", "المعارضة السورية", "Syrian opposition",
                  "armed-group", "SY")


DEMO = Path(__file__).resolve().parents[1] / "demo-data" / "saudinewsnet" / "articles.jsonl"


def later_join(tmp_path: Any, first: Document, later: Document) -> tuple[int, dict | None]:
    """Store two reports in a fresh SQLite store: the number of merged events, and the
    reason (`why`) the later report joined the first's merged event (None when apart)."""
    with Store.open(f"sqlite:///{Path(tmp_path) / 'rasd.db'}") as st:
        st.add_documents([first, later])
        merged = st.merged_events().items
        if len(merged) != 1:
            return len(merged), None
        members = st.merged_event(merged[0]["id"])["members"]
        return 1, next(m["why"] for m in members if m["doc_id"] == later.id)


def demo_articles(n: int, max_chars: int = 2500) -> list[dict]:
    """The first `n` real demo articles short enough to keep a test quick."""
    out = []
    with DEMO.open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if len(a["content"]) <= max_chars:
                out.append(a)
            if len(out) == n:
                break
    return out


VOLATILE = {"added", "applied", "updated", "num"}  # wall-clock times, row numbers


def extract_article(a: dict, extra: str = "", source: str | None = None) -> Any:
    """A demo article (`demo_articles`) through the pipeline; `extra` appended to its text
    and `source` in place of its outlet tell the same story again as another report."""
    from rasd.pipeline import extract_text

    return extract_text(a["content"] + extra, published=a["date_extracted"][:10],
                        source=source or a.get("source"), title=a.get("title"),
                        url=a.get("url"))


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables aside), minus volatile columns."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'doc_fts%'"
            " AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for t in tables:
            cur = conn.execute(f"SELECT * FROM {t}")
            cols = [c[0] for c in cur.description]
            rows = [tuple((k, v) for k, v in zip(cols, r, strict=True) if k not in VOLATILE)
                    for r in cur]
            out[t] = sorted(rows, key=repr)
        out["fts"] = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()  # contentless
                      for t in ("doc_fts", "doc_fts_stems")]
        return out
    finally:
        conn.close()


def answers(st: Any) -> dict[str, Any]:
    """What the API serves from a store (every list, every merged event and document),
    less the wall-clock times, as JSON: two stores that must serve the same compare equal."""
    merged = [r["id"] for r in st.db.query("SELECT id FROM merged_events ORDER BY id")]
    docs = [r["id"] for r in st.db.query("SELECT id FROM documents ORDER BY id")]
    out = {"merged": [st.merged_event(i) for i in merged],
           "documents": [st.document(i) for i in docs],
           "lists": {name: getattr(st, name)(per_page=200).items for name in (
               "merged_events", "events", "claims", "conflicts", "documents", "actors",
               "places")},
           "stats": st.stats(), "timeline": st.timeline(), "network": st.network(),
           "outlets": st.outlets(), "search": st.search("حلب").items}
    return json.loads(json.dumps(_without_times(out), ensure_ascii=False))


def _without_times(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _without_times(x) for k, x in v.items() if k not in VOLATILE}
    if isinstance(v, list):
        return [_without_times(x) for x in v]
    return v


def undo_21(st: Any) -> None:
    """Schema 21 undone (inside the caller's transaction): no key set kept."""
    from rasd.store import facets, keysets

    for facet in sorted(facets.registered(st.db)):
        if facets.keyset_of(facet) is not None:
            keysets.drop(st.db, facet)
            for table in ("agg_facets", "agg_facet_keys", "agg_facet_edges"):
                st.db.execute(f"DELETE FROM {table} WHERE facet = ?", (facet,))
    st.db.execute("DELETE FROM schema_version WHERE version = 21")


def undo_20(st: Any) -> None:
    """Schemas 21 and 20 undone (inside the caller's transaction): every stored state with
    its sketches again, the members' evidence as JSON text, the claims' date index
    descending."""
    from rasd.store.blobs import pack, unpack
    from rasd.store.merged import with_sketches

    undo_21(st)

    for r in st.db.query("SELECT id, core, state FROM merged_events"):
        if r["state"]:
            st.db.execute("UPDATE merged_events SET state = ? WHERE id = ?", (pack(
                with_sketches(unpack(r["state"]), unpack(r["core"]))), r["id"]))
    whys = [(json.dumps(unpack(r["why"]), ensure_ascii=False, separators=(",", ":")),
             r["doc_id"], r["event_id"])
            for r in st.db.query("SELECT doc_id, event_id, why FROM events WHERE why IS NOT NULL")]
    if st.db.is_pg:
        st.db.execute("ALTER TABLE events ALTER COLUMN why TYPE TEXT USING NULL")
    st.db.executemany("UPDATE events SET why = ? WHERE doc_id = ? AND event_id = ?", whys)
    st.db.execute("DELETE FROM agg_days WHERE kind LIKE ?", ("merged:status:%",))
    st.db.execute("DROP INDEX claims_published")
    st.db.execute("CREATE INDEX claims_published ON claims (published DESC, doc_id, claim_id)")
    st.db.execute("DELETE FROM schema_version WHERE version = 20")


def undo_19(st: Any) -> None:
    """Schemas 20 and 19 undone (inside the caller's transaction)."""
    undo_20(st)
    for table in ("agg_facets", "agg_facet_keys", "agg_facet_edges", "agg_outlet_status"):
        st.db.execute(f"DROP TABLE {table}")
    st.db.execute("DELETE FROM agg_totals WHERE name LIKE ? OR name LIKE ? OR name LIKE ? OR"
                  " name LIKE ?", ("documents:status:%", "claims:status:%", "merged:status:%",
                                   "conflicts:status:%"))
    st.db.execute("DELETE FROM schema_version WHERE version = 19")


def undo_15(st: Any) -> None:
    """Schemas 19, 18, 17, 16 and 15 undone (inside the caller's transaction)."""
    from rasd.store import key_filter

    undo_19(st)
    for column in key_filter.COLUMNS:
        st.db.execute(f"ALTER TABLE agg_keys DROP COLUMN {column}")
    for table in ("agg_outlet_keys", "store_notes"):
        st.db.execute(f"DROP TABLE {table}")
    st.db.execute("DELETE FROM schema_version WHERE version IN (15, 16, 17, 18)")
