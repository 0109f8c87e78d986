"""`make demo` (python -m rasd.demo): ingest into the embedded store, dated, idempotent."""

from __future__ import annotations

import itertools
import json

import rasd.demo as demo
from rasd.store import Filters, Store


def test_demo_ingests_dated_articles_idempotently(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "articles.jsonl"
    with demo.DEMO.open(encoding="utf-8") as fh:
        corpus.write_text("".join(itertools.islice(fh, 4)), encoding="utf-8")
    monkeypatch.setattr(demo, "DEMO", corpus)
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    assert demo.main(["--db", db, "--no-serve", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "4 documents" in out
    dates = {json.loads(x)["date_extracted"][:10] for x in corpus.open(encoding="utf-8")}
    with Store.open(db, readonly=True) as store:
        docs = store.documents(1, 10, Filters()).items
        assert len(docs) == 4
        # SaudiNewsNet's date_extracted becomes the publication date
        assert {d["published"] for d in docs} == dates
        first = store.stats()
    assert demo.main(["--db", db, "--no-serve", "--workers", "1"]) == 0  # second run: no change
    with Store.open(db, readonly=True) as store:
        assert store.stats() == first


def test_demo_fails_in_one_line_on_a_bad_store(tmp_path, capsys):
    assert demo.main(["--db", "postgresql://nobody@127.0.0.1:1/none", "--no-serve"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err and err[-1].startswith("rasd demo: ")
