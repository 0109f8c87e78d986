"""Extraction on a real Dask cluster (2 worker processes, 1 thread each): `rasd ingest
--scheduler` stores exactly what a local one-process ingest stores, worker-side bad
items are reported and skipped, `extract_many` yields documents in input order, and a
scheduler killed mid-run ends the command with one line instead of hanging it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

import store_helpers
from rasd.distributed import extract_many, local_cluster, worker_store_url
from rasd.pipeline import extract
from rasd.readers.record import BadInput, Record
from rasd.store import Store

DEMO = store_helpers.DEMO
dump = store_helpers.dump
RASD = Path(sys.executable).parent / "rasd"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with local_cluster(2) as cluster:  # 2 processes, 1 thread each
        yield cluster.scheduler_address




def write_corpus(path: Path) -> list[dict]:
    """20 real articles, one repeated from another outlet, a line the reader rejects and
    one the workers reject (NUL: binary content, found only when cleaning)."""
    arts = store_helpers.demo_articles(20)
    rows = [{"id": f"r{i}", "source": a["source"], "url": a["url"], "title": a["title"],
             "published": "2015-07-21", "text": a["content"]} for i, a in enumerate(arts)]
    rows.insert(7, {**rows[2], "id": "copy", "source": "mirror"})
    rows.insert(11, {"id": "nul", "text": arts[0]["content"][:200] + "\x00" + "ملف"})
    with path.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            if i == 4:
                fh.write("{not json\n")
    return arts


def run_ingest(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(RASD), "ingest", *args, "--quiet"], capture_output=True,
                          text=True, timeout=300)


def summary(stderr: str) -> str:
    return stderr.strip().splitlines()[-1].split("docs/s): ", 1)[1]


@pytest.fixture(scope="module")
def local_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """The corpus, and the store of a plain local one-process ingest of it (the reference)
    with that run's summary."""
    d = tmp_path_factory.mktemp("local")
    corpus, local = d / "news.jsonl", d / "local.db"
    write_corpus(corpus)
    loc = run_ingest(str(corpus), "--db", f"sqlite:///{local}", "--workers", "1")
    assert loc.returncode == 0, loc.stderr
    return corpus, local, loc.stderr


def test_ingest_on_cluster_stores_what_a_local_ingest_stores(scheduler, local_run, tmp_path):
    corpus, local, local_stderr = local_run
    on_dask = tmp_path / "dask.db"
    d = run_ingest(str(corpus), "--db", f"sqlite:///{on_dask}", "--scheduler", scheduler)
    assert d.returncode == 0, d.stderr
    # the worker-side failure and the reader-side one: each reported on one line, skipped
    assert "news.jsonl:13: binary content" in d.stderr
    assert "news.jsonl:6" in d.stderr
    assert "Traceback" not in d.stderr
    a, b = dump(on_dask), dump(local)
    assert len(a["documents"]) == 20 and len(a["copies"]) == 21
    # the layers were extracted (entities live in the documents' JSON, n_entities)
    assert a["events"] and a["claims"] and any(
        dict(r)["n_entities"] for r in a["documents"])
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
    # the summaries agree on everything but the speed: new, copies, events, skipped
    assert summary(d.stderr) == summary(local_stderr)
    assert "20 new documents, 1 already stored" in summary(d.stderr)
    assert summary(d.stderr).endswith("2 skipped")


@pytest.mark.skipif(not store_helpers.PG, reason="RASD_TEST_PG not set "
                    "(run scripts/pg-test-server.sh)")
def test_ingest_on_cluster_into_postgresql(scheduler, local_run):
    """Into PostgreSQL (which the workers open themselves to skip stored texts): the same
    documents as the local reference; a second run stores nothing new."""
    corpus, local, local_stderr = local_run
    for url in store_helpers.pg_database():
        d = run_ingest(str(corpus), "--db", url, "--scheduler", scheduler)
        assert d.returncode == 0, d.stderr
        assert summary(d.stderr) == summary(local_stderr)
        with Store.open(url) as pg, Store.open(f"sqlite:///{local}") as lite:
            assert pg.stats() == lite.stats()
            q = "SELECT id, group_id, data FROM documents ORDER BY id"
            assert [dict(r) for r in pg.db.query(q)] == [dict(r) for r in lite.db.query(q)]
            before = pg.stats()
        again = run_ingest(str(corpus), "--db", url, "--scheduler", scheduler)
        assert again.returncode == 0, again.stderr
        assert "0 new documents, 21 already stored" in summary(again.stderr)
        with Store.open(url) as pg:
            assert pg.stats() == before


def test_extract_many_in_input_order_with_bad_items_reported(scheduler):
    arts = store_helpers.demo_articles(6)
    recs = [Record(origin=f"a{i}", text=a["content"], source=a["source"])
            for i, a in enumerate(arts)]
    recs.insert(2, Record(origin="bad", text="\x00 binary"))
    errors: list[tuple[str, str]] = []
    with Client(scheduler) as client:
        docs = list(extract_many(recs, client, published="2015-07-21", window=3,
                                 on_error=lambda r, e: errors.append((r.origin, repr(e)))))
        assert errors == [("bad", repr(BadInput("bad: binary content")))]
        want = [extract(r, "2015-07-21").to_dict() for r in recs if r.origin != "bad"]
        assert [d.to_dict() for d in docs] == want
        with pytest.raises(BadInput, match="binary content"):  # without on_error: raised
            list(extract_many(recs[:3], client))


def test_bad_scheduler_is_one_line_error(tmp_path):
    r = run_ingest(str(DEMO), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--scheduler",
                   "nonsense")
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and "nonsense" in r.stderr
    assert "Traceback" not in r.stderr


def test_workers_open_a_sqlite_store_only_when_on_this_machine(tmp_path):
    db = tmp_path / "s.db"
    for address in ("local", "tcp://127.0.0.1:8786", "localhost:8786"):
        assert worker_store_url(address, f"sqlite:///{db}") == f"sqlite:///{db}"
    assert worker_store_url("tcp://10.0.0.5:8786", f"sqlite:///{db}") is None
    pg = "postgresql://rasd@db.example:5432/rasd"
    assert worker_store_url("tcp://10.0.0.5:8786", pg) == pg


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_scheduler_lost_mid_run_stops_ingest_with_one_line(tmp_path):
    """Killing the scheduler mid-run (SIGKILL, no goodbye) ends the command promptly with
    a one-line error, keeping the committed batches whole; it never hangs."""
    corpus = tmp_path / "news.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for a in store_helpers.demo_articles(120):
            fh.write(json.dumps({"source": a["source"], "text": a["content"]},
                                ensure_ascii=False) + "\n")
    dask, port = Path(sys.executable).parent / "dask", free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port",
                               str(port), "--dashboard-address", "127.0.0.1:0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)]
    procs.append(subprocess.Popen([str(dask), "worker", address, "--nthreads", "1",
                                   "--dashboard-address", "127.0.0.1:0"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True))
    db = tmp_path / "lost.db"
    run = None
    try:
        run = subprocess.Popen([str(RASD), "ingest", str(corpus), "--db", f"sqlite:///{db}",
                                "--scheduler", address, "--batch", "2", "--quiet"],
                               stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 120
        while time.time() < deadline and run.poll() is None and stored(db) < 2:
            time.sleep(0.2)
        assert run.poll() is None, run.stderr.read() if run.stderr else ""
        os.killpg(procs[0].pid, signal.SIGKILL)  # the scheduler, abruptly
        _, err = run.communicate(timeout=90)
    finally:
        if run is not None and run.poll() is None:  # hung: the failure this test guards
            run.kill()
        for p in procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait()
    assert run.returncode == 1, err
    assert err.strip().count("\n") == 0, err
    assert "lost the cluster" in err and "Traceback" not in err
    assert 2 <= stored(db) < 120


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def test_batch_boundaries_do_not_change_the_store(local_run, tmp_path):
    """The Dask-vs-local comparison above failed now and then: the copy from another
    outlet gave its merged events that outlet only when it came in the same batch as the
    original (batches close on a timer, so load decided). Every batch size stores the
    same rows."""
    from rasd.ingest import ingest

    corpus, local, _ = local_run
    stores = []
    for size in (1, 5, 10_000):
        db = tmp_path / f"b{size}.db"
        ingest([str(corpus)], f"sqlite:///{db}", batch_size=size, flush_seconds=1e9)
        stores.append(dump(db))
    for table in stores[0]:
        assert stores[0][table] == stores[1][table] == stores[2][table], table
    assert any("mirror" in dict(r)["outlets"] for r in stores[0]["merged_events"])
