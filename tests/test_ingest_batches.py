"""`rasd ingest`'s local extraction in batches (`Pipeline.pipe`), on a real store: the
same store as one record at a time, a bad record in the middle of a batch skipped alone,
a failed batch done again one record at a time, re-runs idempotent, no process left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import store_helpers
from budget import budget_for
from rasd import ingest as ingest_module
from rasd.ingest import ingest
from test_hostile_inputs import _run_watched, demo, descendants_gone, short_articles, stored_ids


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lines_of(rows: list[dict]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in rows]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    rows = short_articles(6, skip=30)
    assert len(rows) == 6
    return rows


@pytest.fixture(scope="module")
def one_by_one(rows, tmp_path_factory) -> Path:
    """The store the six articles give taken one record at a time (in this process: the
    batch size is the parent's), the unreadable line between them reported."""
    tmp = tmp_path_factory.mktemp("ref")
    src = write_jsonl(tmp / "b.jsonl", [*lines_of(rows[:3]), "{not json", *lines_of(rows[3:])])
    db = tmp / "ref.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ingest_module, "LOCAL_PER_TASK", 1)
        report = ingest([str(src)], f"sqlite:///{db}", workers=1, batch_size=1)
    assert (report.added, report.bad, report.renewed, report.split) == (6, 1, 0, 0)
    return db


def test_chunks_hold_records_and_characters_and_long_records_go_alone(monkeypatch):
    from rasd.readers.record import BadInput, Record

    monkeypatch.setattr(ingest_module, "CHUNK_CHARS", 40_000)
    bad: list[str] = []
    report = ingest_module.IngestReport()
    sizes = [100, 200, 25_000, 300, BadInput("x:4: unreadable"), 18_000, 18_000, 18_000,
             10, 10, 10, 10]
    items = [s if isinstance(s, BadInput) else Record(origin=f"x:{i}", text="ق" * s)
             for i, s in enumerate(sizes)]
    chunks = list(ingest_module._chunks(iter(items), report, bad.append, 4))
    got = [[len(r.text or "") for r in c] for c in chunks]
    # a record over LONE_CHARS alone; at most CHUNK_CHARS characters and 4 records a batch
    assert got == [[100, 200], [25_000], [300, 18_000, 18_000], [18_000, 10, 10, 10], [10]]
    assert bad == ["x:4: unreadable"] and report.records == 1


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_bad_record_in_the_middle_of_a_batch_is_skipped_alone(tmp_path, rows, one_by_one,
                                                                 workers):
    """A record refused before any stage runs (a lone surrogate: it could not be written
    as UTF-8) in the middle of a batch: skipped with its line, no batch done again, no
    process replaced; the store is the one that record-at-a-time extraction gives (the
    refused record where the reference has an unreadable line); a re-run adds nothing."""
    surrogate = '{"id": "bad", "content": "قصف \\ud800 حلب"}'
    src = write_jsonl(tmp_path / "b.jsonl", [*lines_of(rows[:3]), surrogate,
                                             *lines_of(rows[3:])])
    db = tmp_path / "s.db"
    res, seen = _run_watched(["ingest", str(src), "--db", f"sqlite:///{db}", "-w", workers,
                              "-q"])
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    assert "b.jsonl:4: not valid Unicode (a lone surrogate U+D800" in res.stderr
    summary = res.stderr.strip().splitlines()[-1]
    assert "6 new documents, 0 already stored" in summary and summary.endswith("1 skipped"), \
        summary
    assert descendants_gone(seen, wait=60) == []
    assert stored_ids(db) == {r["id"] for r in rows}
    got, want = store_helpers.dump(db), store_helpers.dump(one_by_one)
    for table in want:
        if table != "copies":  # origins name the other file
            assert got[table] == want[table], table
    again = _run_watched(["ingest", str(src), "--db", f"sqlite:///{db}", "-w", workers,
                          "-q"])[0]
    assert again.returncode == 0, again.stderr
    assert "0 new documents, 6 already stored" in again.stderr.strip().splitlines()[-1]
    assert store_helpers.dump(db) == got


def test_a_batch_over_its_budget_is_done_again_one_record_at_a_time(tmp_path, rows,
                                                                    one_by_one, monkeypatch):
    """A slow text batched with five ordinary articles (the parent's size limits lifted,
    the batch given one document's budget): the batch runs over, this process takes no
    other document, and a fresh worker process does the six records one at a time: the
    slow one is skipped with its own line (replacing that worker too), the others are
    stored as one at a time stores them, and no process is left."""
    slow = {"id": "slow", "text": " ".join(a["content"] for a in demo(40, 40))[:190_000]}
    src = write_jsonl(tmp_path / "b.jsonl", [*lines_of(rows[:3]), json.dumps(slow),
                                             *lines_of(rows[3:])])
    secs = budget_for([r["content"] for r in rows], floor=1.0)
    monkeypatch.setattr(ingest_module, "LONE_CHARS", 10**6)
    monkeypatch.setattr(ingest_module, "CHUNK_CHARS", 10**6)
    monkeypatch.setattr(ingest_module, "BATCH_BUDGETS", 1)
    db = tmp_path / "s.db"
    bad: list[str] = []
    report = ingest([str(src)], f"sqlite:///{db}", workers=1, budget_s=secs, batch_size=1,
                    on_bad=bad.append)
    assert bad == [f"{src}:4: extraction took over {secs:g} s (the time budget per document)"]
    assert (report.added, report.bad, report.split, report.renewed) == (6, 1, 1, 2)
    assert "(1 batch done again one record at a time)" in report.summary()
    assert stored_ids(db) == {r["id"] for r in rows}
    got, want = store_helpers.dump(db), store_helpers.dump(one_by_one)
    for table in want:
        if table != "copies":
            assert got[table] == want[table], table
