"""`rasd ingest` end to end: the same real articles in every input format, with
duplicates and bad items; and a run killed with SIGKILL mid-way, then resumed.
Both against SQLite and PostgreSQL (when RASD_TEST_PG is set)."""

from __future__ import annotations

import gzip
import html
import io
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import InvalidStateError
from pathlib import Path

import pytest

import store_helpers
from rasd.ingest import ingest, records
from rasd.pipeline import make_document
from rasd.readers.record import BadInput
from rasd.store import Store
from rasd.store.blobs import unpack

store_url = store_helpers.store_url  # the fixture: SQLite, and PostgreSQL if set

RASD = Path(sys.executable).parent / "rasd"




def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def page(a: dict) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs(a["content"]))
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>{html.escape(a['title'])}</title></head><body><nav><a href='/'>الرئيسية"
            f"</a></nav><article><h1>{html.escape(a['title'])}</h1>\n{body}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, doc in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(doc.encode("utf-8")),
                http_headers=headers))


def write_feed(path: Path, items: list[dict]) -> None:
    entries = "".join(
        f"<item><title>{html.escape(a['title'])}</title><link>{html.escape(a['url'])}</link>"
        f"<pubDate>Tue, 21 Jul 2015 10:00:00 +0000</pubDate><description>"
        + html.escape("".join(f"<p>{p}</p>" for p in paragraphs(a["content"])))
        + "</description></item>" for a in items)
    path.write_text(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                    f"<title>sabq</title><link>https://sabq.example</link>{entries}"
                    f"</channel></rss>", encoding="utf-8")


def write_telegram(path: Path, messages: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    msgs = [{"id": 1, "type": "service", "date": "2015-07-21T09:00:00", "action": "pin"}]
    for i, text in enumerate(messages, 2):
        head, _, rest = text.partition("\n")
        msgs.append({"id": i, "type": "message", "date": "2015-07-21T10:00:00",
                     "text": [{"type": "bold", "text": head}, "\n" + rest]})
    path.write_text(json.dumps({"name": "syria_news_channel", "type": "public_channel",
                                "id": 1234, "messages": msgs}, ensure_ascii=False),
                    encoding="utf-8")


def build_corpus(root: Path) -> tuple[Path, list[dict]]:
    """Five real articles spread over txt, html, jsonl, jsonl.gz, WARC, RSS and a
    Telegram export, with exact copies, an edited copy and bad items."""
    arts = store_helpers.demo_articles(5)
    corpus = root / "corpus"
    (corpus / "pages").mkdir(parents=True)
    (corpus / "plain").mkdir()
    (corpus / "plain" / "a0.txt").write_text(arts[0]["content"], encoding="utf-8")
    (corpus / "pages" / "a1.html").write_text(page(arts[1]), encoding="utf-8")
    lines = [{"id": f"r{i}", "source": a["source"], "url": a["url"], "title": a["title"],
              "published": "2015-07-21", "text": a["content"]} for i, a in enumerate(arts[:3])]
    lines.append({**lines[0], "id": "r9", "source": "aawsat-mirror"})  # exact copy, new outlet
    with (corpus / "dump.jsonl").open("w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.write("{this is not json\n")  # a bad line
    edited = arts[1]["content"].replace("\n", " ", 3)
    words = edited.split(" ")
    edited = " ".join(["(رويترز) -"] + words[:12] + ["أمس"] + words[13:])
    with gzip.open(corpus / "wire.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "w1", "source": "reuters", "text": edited,
                             "published": "2015-07-21"}, ensure_ascii=False) + "\n")
    write_warc(corpus / "crawl.warc.gz", [(arts[2]["url"], page(arts[2])),
                                          (arts[3]["url"], page(arts[3]))])
    write_feed(corpus / "sabq.rss", [arts[3], arts[4]])
    write_telegram(corpus / "telegram" / "result.json", [arts[4]["content"], arts[0]["content"]])
    (corpus / "plain" / "empty.txt").write_bytes(b"")  # bad: empty file
    (corpus / "plain" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)  # bad: binary
    return corpus, arts


def group_of(st: Store, needle: str) -> str:
    hits = st.search(f'"{needle}"', per_page=50).items
    groups = {h["group"] for h in hits}
    assert len(groups) == 1, (needle, hits)
    return groups.pop()


def test_every_format_with_duplicates_lands_once_and_grouped(store_url, tmp_path):
    corpus, arts = build_corpus(tmp_path)
    bad: list[str] = []
    report = ingest([str(corpus)], store_url, workers=1, source="cli", on_bad=bad.append)
    assert report.bad == len(bad) >= 3  # the bad JSON line, the empty and the binary file
    assert any("dump.jsonl:5" in b for b in bad)
    assert any("empty.txt" in b for b in bad) and any("binary.txt" in b for b in bad)
    with Store.open(store_url) as st:
        s = st.stats()
        # one group per distinct article, whatever the formats that carried it
        groups = {group_of(st, " ".join(paragraphs(a["content"])[0].split()[:6])) for a in arts}
        assert len(groups) == 5
        assert s["documents"] - s["near_duplicates"] == 5
        assert s["exact_copies"] >= 2  # a0 in txt, jsonl twice and Telegram: one text
        a0 = st.search(" ".join(paragraphs(arts[0]["content"])[0].split()[:6])).items
        exact = [d for d in a0 if d["id"] == st.search(
            '"' + " ".join(arts[0]["content"].split()[:5]) + '"').items[0]["id"]]
        assert {"aawsat-mirror", arts[0]["source"]} <= set(exact[0]["outlets"])
        full = st.document(st.search('"' + " ".join(arts[1]["content"].split()[:5]) + '"')
                           .items[0]["id"])
        assert "reuters" in full["group"]["outlets"]  # the edited wire copy joined the group
        assert {"sabq", "syria_news_channel"} <= {o for d in st.documents(per_page=100).items
                                                  for o in d["outlets"]}
    again = ingest([str(corpus)], store_url, workers=1, source="cli")
    assert (again.added, again.near_duplicates) == (0, 0)
    with Store.open(store_url) as st:
        assert st.stats() == s  # idempotent: nothing changed


def expected_ids(path: Path) -> set[str]:
    out = set()
    for item in records([str(path)]):
        if not isinstance(item, BadInput):
            out.add(make_document(item).id)
    return out


def check_whole(st: Store) -> None:
    """Every stored document has all its rows: nothing half-written."""
    db = st.db
    for d in db.query("SELECT id, num, n_entities, n_claims, n_events, data FROM documents"):
        n = {t: db.scalar(f"SELECT count(*) FROM {t} WHERE doc_id = ?", (d["id"],))
             for t in ("claims", "events", "copies")}
        n["signatures"] = db.scalar("SELECT count(*) FROM signatures WHERE num = ?",
                                    (d["num"],))  # keyed by the document's number
        n["entities"] = len(unpack(d["data"])["entities"])  # kept in the document's JSON
        assert (n["entities"], n["claims"], n["events"]) == (
            d["n_entities"], d["n_claims"], d["n_events"]), d["id"]
        assert n["copies"] >= 1 and n["signatures"] == 1
    tables = ("doc_search",) if db.is_pg else ("doc_fts", "doc_fts_stems")
    for table in tables:
        assert db.scalar(f"SELECT count(*) FROM {table}") == db.scalar(
            "SELECT count(*) FROM documents")


def test_killed_ingest_resumes_with_no_loss_and_no_duplicate(store_url, tmp_path):
    arts = store_helpers.demo_articles(40)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with (corpus / "news.jsonl").open("w", encoding="utf-8") as fh:
        for a in arts + arts[:5]:  # five exact repeats
            fh.write(json.dumps({"source": a["source"], "url": a["url"], "title": a["title"],
                                 "published": "2015-07-21", "text": a["content"]},
                                ensure_ascii=False) + "\n")
    want = expected_ids(corpus)
    assert len(want) == 40
    cmd = [str(RASD), "ingest", str(corpus), "--db", store_url, "--workers", "2",
           "--batch", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    seen = 0
    deadline = time.time() + 240
    with Store.open(store_url) as st:
        while time.time() < deadline and proc.poll() is None:
            try:
                seen = st.db.scalar("SELECT count(*) FROM documents")
            except Exception:  # the schema may not exist yet
                seen = 0
            if seen >= 4:
                break
            time.sleep(0.05)
    assert proc.poll() is None, "ingest ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-batch
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    with Store.open(store_url) as st:
        stored = st.stats()["documents"]
        assert 4 <= stored < 40
        check_whole(st)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store.open(store_url) as st:
        ids = {r["id"] for r in st.db.query("SELECT id FROM documents")}
        assert ids == want  # every document exactly once (id is the primary key)
        check_whole(st)
        after = st.stats()
        assert after["records"] == 45  # each input line recorded once, repeats included
    again = ingest([str(corpus)], store_url, workers=1)  # a third run, in-process
    assert (again.records, again.added, again.copies) == (45, 0, 45)
    with Store.open(store_url) as st:
        assert st.stats() == after


def test_ingest_cli_reports_bad_input_in_one_line(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    missing = subprocess.run([str(RASD), "ingest", str(tmp_path / "nope"), "--db", db, "-q"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
    assert "nope: no such file or directory" in missing.stderr
    bad_db = subprocess.run([str(RASD), "ingest", str(tmp_path), "--db", "mysql://x/y", "-q"],
                            capture_output=True, text=True, timeout=120)
    assert bad_db.returncode == 1 and len(bad_db.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("cmd", [["stats"], ["search", "حلب"], ["show", "abc"],
                                 ["export", "--format", "csv"]])
def test_reading_commands_want_an_existing_store(cmd, tmp_path):
    r = subprocess.run([str(RASD), *cmd, "--db", f"sqlite:///{tmp_path / 'none.db'}"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "no store here" in r.stderr and "Traceback" not in r.stderr


def test_a_retired_pool_is_joined_before_ingest_returns():
    """`_Pools.close` waits for a retired pool's manager thread, which `shutdown(wait=False)`
    forgets: left running at exit, it raced CPython's exit hook (`OSError: [Errno 9]` printed
    after the summary)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from rasd.ingest import _Pools

    ctx = multiprocessing.get_context("forkserver")
    pools = _Pools(None, lambda: ProcessPoolExecutor(1, mp_context=ctx))
    first = pools.current
    assert first.submit(abs, -3).result() == 3  # starts its manager thread
    manager = first._executor_manager_thread
    assert manager is not None and manager.is_alive()
    assert pools.retire(first) and pools.current is not first
    assert first._executor_manager_thread is None  # what shutdown(wait=False) leaves
    assert pools.current.submit(abs, -4).result() == 4
    pools.close()
    assert not manager.is_alive()



@pytest.mark.parametrize("guarded", [False, True], ids=["python-alone", "rasd"])
def test_a_pool_broken_while_holding_cancelled_futures_prints_nothing(guarded):
    """Ctrl-C cancels the jobs not yet started, then the workers stop: the pool's manager
    thread, finding it broken, failed the cancelled futures too and (before Python 3.12)
    printed an InvalidStateError traceback after the interrupt line (CI, 1 run in ~30)."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from rasd.ingest import _tolerate_cancelled_in_broken_pool

    reported: list[type] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: reported.append(args.exc_type)
    try:
        if guarded:
            _tolerate_cancelled_in_broken_pool()
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver"))
        running = pool.submit(time.sleep, 30)
        queued = [pool.submit(time.sleep, 30) for _ in range(6)]  # past the call queue
        deadline = time.monotonic() + 60  # one job runs, the next waits in the call queue
        while not (running.running() and queued[0].running()) and time.monotonic() < deadline:
            time.sleep(0.05)
        manager = pool._executor_manager_thread
        assert all(f.cancel() for f in queued[1:])  # the call queue is full: they stay put
        for p in list(pool._processes.values()):
            p.terminate()  # the pool breaks before it is shut down
        manager.join(30)
        assert not manager.is_alive()
        expect_report = not guarded and sys.version_info < (3, 12)
        assert reported == ([InvalidStateError] if expect_report else [])
    finally:
        threading.excepthook = previous
