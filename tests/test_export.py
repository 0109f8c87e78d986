"""Exports (JSONL contract, CSV and Parquet event rows, PLOVER records) and the
reading commands (search, show, stats, export) over a real store."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import store_helpers
from rasd.cli import app
from rasd.document import PLOVER_TYPES, Document
from rasd.store import Store
from rasd.store.export import EVENT_COLUMNS, export
from test_merge import SHELLING_A, SHELLING_B, breach_docs, shelling

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set


def fill(url: str) -> list[Document]:
    ru, op = breach_docs()
    docs = [shelling(SHELLING_A, "قصفت", "روسية", "aljazeera", 12),
            shelling(SHELLING_B, "غارات", "روسية", "alarabiya", 10), ru, op]
    with Store.open(url) as st:
        st.add_documents(docs)
    return docs


def test_jsonl_is_the_contract_one_document_per_line(store_url):
    docs = fill(store_url)
    out = io.StringIO()
    with Store.open(store_url) as st:
        assert export(st, "jsonl", out) == 4
    lines = out.getvalue().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [d.id for d in docs]  # insertion order
    for line, doc in zip(lines, docs, strict=True):
        d = json.loads(line)
        assert d == doc.to_dict()  # exactly the contract, nothing added
        assert Document.from_dict(d).to_dict() == d


def test_csv_and_parquet_one_row_per_event(store_url, tmp_path):
    fill(store_url)
    out = io.StringIO()
    with Store.open(store_url) as st:
        n = export(st, "csv", out)
        with (tmp_path / "e.parquet").open("wb") as fh:
            assert export(st, "parquet", fh) == n == st.stats()["events"] == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == [c for c, _ in EVENT_COLUMNS]
    first = rows[0]
    assert (first["type"], first["date"], first["actors"], first["actor_ids"],
            first["locations"], first["dead"], first["source"]) == (
        "ASSAULT", "2016-12-13", "روسيا", "country-RU", "حلب", "12", "aljazeera")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 4 and table.column_names == [c for c, _ in EVENT_COLUMNS]
    assert table.column("dead").to_pylist() == [12, 10, None, None]
    assert table.column("merged_id").to_pylist()[0] == table.column("merged_id").to_pylist()[1]


def test_plover_records(store_url):
    fill(store_url)
    out = io.StringIO()
    with Store.open(store_url) as st:
        export(st, "plover", out)
    recs = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(recs) == 4 and all(r["event_type"] in PLOVER_TYPES for r in recs)
    r = recs[0]
    assert r["actor"]["name"] == "Russia" and r["actor"]["kb_id"] == "country-RU"
    assert r["location"]["placename"] == "Aleppo" and r["location"]["lat"] == pytest.approx(36.2021)
    assert (r["event_date"], r["quad_code"], r["dead"], r["source"]) == (
        "2016-12-13", "material-conflict", 12, "aljazeera")
    assert r["story_id"] and r["merged_event_id"] == recs[1]["merged_event_id"]


def test_reading_commands(tmp_path):
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    docs = fill(url)
    run = CliRunner().invoke
    stats = run(app, ["stats", "--json", "--db", url])
    assert stats.exit_code == 0
    s = json.loads(stats.stdout)
    assert (s["documents"], s["events"], s["merged_events"], s["conflicts"]) == (4, 4, 2, 1)
    found = run(app, ["search", "حلب", "--db", url, "--json", "--outlet", "orient"])
    assert found.exit_code == 0
    assert [d["id"] for d in json.loads(found.stdout)["items"]] == [docs[3].id]
    text = run(app, ["search", "بخرق", "--db", url])
    assert text.exit_code == 0 and docs[2].id in text.stdout and "بخرق" in text.stdout
    shown = run(app, ["show", docs[0].id, "--db", url, "--json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["id"] == docs[0].id
    merged_id = json.loads(shown.stdout)["merged"]["v1"]
    event = json.loads(run(app, ["show", merged_id, "--db", url, "--json"]).stdout)
    assert event["reports"] == 2 and len(event["members"]) == 2
    missing = run(app, ["show", "nope", "--db", url])
    assert missing.exit_code == 1 and "no such document" in missing.stderr
    csv_file = tmp_path / "events.csv"
    exp = run(app, ["export", "--format", "csv", "-o", str(csv_file), "--db", url,
                    "--category", "ASSAULT", "--from", "2016-12-14"])
    assert exp.exit_code == 0
    assert len(list(csv.DictReader(csv_file.open(encoding="utf-8")))) == 2
    bad_date = run(app, ["export", "--from", "yesterday", "--db", url])
    assert bad_date.exit_code == 2  # a usage error, no traceback
