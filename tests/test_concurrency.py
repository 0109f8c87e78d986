"""Extraction under concurrency: many threads in one process, and many clients of a real
server whose extraction pool has a queue limit. Every answer must equal the answer
the same article gets alone."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from budget import budget_for
from rasd.pipeline import Pipeline, extract
from rasd.serve.queries import Queries
from rasd.serve.server import BackgroundServer
from rasd.serve.workers import ExtractPool
from rasd.store import Store
from serve_data import DEMO


def articles(n: int, skip: int = 0) -> list[str]:
    """`n` different real articles of the demo corpus."""
    out = []
    with DEMO.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= skip:
                out.append(json.loads(line)["content"])
            if len(out) == n:
                break
    return out


# A fresh interpreter: its taggers' word caches start empty and grow while 12 threads
# extract (the failure seen: "could not broadcast input array", wrong entities).
THREADS = r"""
import json, sys
from concurrent.futures import ThreadPoolExecutor
from rasd.pipeline import Pipeline, extract
from rasd.readers.record import Record
texts = json.load(sys.stdin)
def one(t):
    try:
        return extract(Record(origin="t", text=t), pipeline=Pipeline()).to_dict()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
with ThreadPoolExecutor(12) as ex:
    together = list(ex.map(one, texts))
alone = [one(t) for t in texts]
errors = [r for r in together if isinstance(r, str)]
print(json.dumps({"errors": errors[:3], "n_errors": len(errors),
                  "different": sum(a != b for a, b in zip(together, alone))}))
"""


def test_extraction_from_12_threads_equals_one_at_a_time():
    texts = articles(48)
    res = subprocess.run([sys.executable, "-c", THREADS], input=json.dumps(texts),
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out == {"errors": [], "n_errors": 0, "different": 0}


@pytest.fixture(scope="module")
def store_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("conc") / "empty.db"
    Store.open(f"sqlite:///{path}").close()
    return f"sqlite:///{path}"


def test_48_concurrent_extractions_on_a_fresh_server(store_url):
    texts = articles(48, skip=100)
    alone = [extract_alone(t) for t in texts]
    pool = ExtractPool(workers=2, queue=48)
    with BackgroundServer(Queries.for_url(store_url), extractor=pool) as server:

        def post(text: str) -> tuple[int, object]:
            with httpx.Client(timeout=600) as c:
                r = c.post(server.url + "api/extract", json={"text": text})
                return r.status_code, r.json()

        with ThreadPoolExecutor(12) as ex:
            answers = list(ex.map(post, texts))
    pool.close()
    assert [status for status, _ in answers] == [200] * 48, [b for s, b in answers if s != 200]
    assert [body for _, body in answers] == alone


def extract_alone(text: str) -> dict:
    from rasd.readers.record import Record

    return json.loads(extract(Record(origin="<api>", text=text), pipeline=Pipeline()).to_json())


def test_a_full_queue_answers_503_with_retry_after(store_url):
    pool = ExtractPool(workers=1, queue=1)
    texts = articles(6, skip=200)
    start = threading.Barrier(len(texts))
    with BackgroundServer(Queries.for_url(store_url), extractor=pool) as server:

        def post(text: str) -> httpx.Response:
            with httpx.Client(timeout=600) as c:
                start.wait()
                return c.post(server.url + "api/extract", json={"text": text})

        with ThreadPoolExecutor(len(texts)) as ex:
            answers = list(ex.map(post, texts))
        busy = [r for r in answers if r.status_code == 503]
        # the first two were taken (one extracting, one waiting; the worker starts and
        # loads its models meanwhile, seconds): the others were refused at once
        assert [r.status_code for r in answers].count(200) >= 2
        assert busy, [r.status_code for r in answers]
        for r in busy:
            assert int(r.headers["retry-after"]) >= 1
            assert r.json()["error"]["status"] == 503 and "busy" in r.json()["error"]["message"]
        # and the server still serves once the burst is over
        ok = httpx.post(server.url + "api/extract", json={"text": texts[0]}, timeout=600)
        assert ok.status_code == 200
    pool.close()


def test_time_budget_and_a_dead_worker_on_the_server(store_url):
    import psutil

    long_text = " ".join(articles(60, skip=300))[:190_000]
    secs = budget_for(["قصف حلب."], floor=0.3)  # sized to the load: see budget.py
    pool = ExtractPool(workers=1, queue=4, budget_s=secs)
    with BackgroundServer(Queries.for_url(store_url), extractor=pool) as server, \
            httpx.Client(timeout=600) as c:
        r = c.post(server.url + "api/extract", json={"text": long_text})
        assert r.status_code == 422
        assert f"took over {secs:g} s (the time budget per document)" \
            in r.json()["error"]["message"]
        assert c.post(server.url + "api/extract", json={"text": "قصف حلب."}).status_code == 200
        # a worker killed mid-document (out of memory, an operator): that request
        # fails with one line, the pool is replaced, the next request is served
        workers = psutil.Process().children(recursive=True)
        with httpx.Client(timeout=600) as c2:
            box: dict = {}

            def post() -> None:
                box["r"] = c2.post(server.url + "api/extract", json={"text": long_text})

            slow = threading.Thread(target=post)
            slow.start()
            _wait_until_submitted(pool)  # killed before: it would go to a fresh pool
            for w in workers:
                if w.pid in _pool_workers():
                    with contextlib.suppress(psutil.Error):  # a retired one may exit first
                        w.kill()
            slow.join(300)
        assert box["r"].status_code == 500
        assert "extraction worker stopped" in box["r"].json()["error"]["message"]
        r = c.post(server.url + "api/extract", json={"text": "قصف حلب."})
        assert r.status_code == 200 and r.json()["text"] == "قصف حلب."
    pool.close()


def _wait_until_submitted(pool: ExtractPool, wait: float = 300) -> None:
    """Until a document is in the pool's process executor (not merely sent to the server):
    a condition, not a sleep, so that load cannot reorder the requests."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        executor = pool._pool
        if executor is not None and executor._pending_work_items:  # type: ignore[attr-defined]
            return
        time.sleep(0.01)
    raise AssertionError("the document never reached the extraction pool")


def _pool_workers() -> set[int]:
    import psutil

    out = set()
    for p in psutil.Process().children(recursive=True):
        try:
            if "forkserver" in " ".join(p.parent().cmdline()) and p.is_running() \
                    and p.status() != psutil.STATUS_ZOMBIE:
                out.add(p.pid)
        except psutil.Error:
            pass
    return out


def test_a_worker_interrupted_mid_document_takes_no_other(store_url):
    """The time budget may stop a worker anywhere, halfway through updating a cache it
    shares with later documents: that worker is retired, and a document queued behind
    the slow one (given to the same worker) is extracted by a fresh one, correctly."""
    long_text = " ".join(articles(60, skip=300))[:190_000]
    short = articles(1, skip=5)[0]
    expected = extract_alone(short)
    pool = ExtractPool(workers=1, queue=4, budget_s=budget_for([short], floor=0.5))
    with BackgroundServer(Queries.for_url(store_url), extractor=pool) as server, \
            httpx.Client(timeout=600) as c:
        assert c.post(server.url + "api/extract", json={"text": "قصف حلب."}).status_code == 200
        first = _pool_workers()
        with ThreadPoolExecutor(2) as ex:
            slow = ex.submit(c.post, server.url + "api/extract", json={"text": long_text})
            _wait_until_submitted(pool)  # the queued one goes behind it, to the same worker
            queued = ex.submit(c.post, server.url + "api/extract", json={"text": short})
            slow_r, queued_r = slow.result(), queued.result()
        assert slow_r.status_code == 422 and "time budget" in slow_r.json()["error"]["message"]
        assert queued_r.status_code == 200 and queued_r.json() == expected
        deadline = time.monotonic() + 120
        while first & _pool_workers() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert first and not first & _pool_workers()  # the interrupted worker is gone
        assert _pool_workers()  # and a fresh one serves
    pool.close()


def test_memory_cap_refuses_a_document_and_the_worker_goes_on(store_url):
    """A document that needs more memory than a worker may use (the 2 GiB cap scaled down
    to 500 MB, which a worker's models fit in and 199k zero-width characters do not): refused
    with one line, not a crash, and the worker serves the next request."""
    pool = ExtractPool(workers=1, queue=2, budget_s=600, memory_mb=500)
    with BackgroundServer(Queries.for_url(store_url), extractor=pool) as server, \
            httpx.Client(timeout=900) as c:
        r = c.post(server.url + "api/extract", json={"text": "\u200b" * 199_000})
        assert r.status_code == 422
        assert "needs more memory than a worker may use" in r.json()["error"]["message"]
        r = c.post(server.url + "api/extract", json={"text": "قصف حلب."})
        assert r.status_code == 200
    pool.close()
