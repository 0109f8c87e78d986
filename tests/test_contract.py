"""The contract checker on real extract output and on deliberately broken documents."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

from conftest import REPO, SHARED
from rasd.contract import check
from rasd.document import content_id
from rasd.pipeline import extract
from rasd.readers.record import Record

TOOL = SHARED / "tools" / "check-document.py"


@pytest.fixture(scope="module")
def docs(seed_text) -> list[dict]:
    """The whole pipeline's output on the seed and the crawled pages."""
    out = [extract(Record(origin="seed", text=seed_text), "2016-12-15").to_dict()]
    with (SHARED / "data" / "news" / "pages-dev.jsonl").open(encoding="utf-8") as fh:
        for d in map(json.loads, fh):
            out.append(extract(Record(origin=d["id"], text=d["text"], url=d["url"]),
                               d["published"]).to_dict())
    return out


def test_real_output_keeps_the_contract(docs):
    for d in docs:
        assert check(d) == []


def test_agrees_with_the_shared_tool(docs, tmp_path):
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n",
                 encoding="utf-8")
    tool = subprocess.run([sys.executable, str(TOOL), str(p)], capture_output=True, text=True)
    assert tool.returncode == 0, tool.stdout
    assert tool.stdout.strip().endswith(f"{len(docs)} documents, 0 violations")


def _broken(doc: dict, how: str) -> dict:
    d = copy.deepcopy(doc)
    if how == "offsets":
        d["entities"][0]["end"] = len(d["text"]) + 5
    elif how == "span text":
        d["entities"][0]["text"] = "نص آخر"
    elif how == "id":
        d["text"] = d["text"] + " "
    elif how == "duplicate id":
        d["claims"][1]["id"] = d["claims"][0]["id"]
    elif how == "missing entity":
        d["claims"][0]["speaker"]["entity"] = "e999"
    elif how == "missing claim":
        d["events"][0]["claim"] = "c999"
    elif how == "plover":
        d["events"][0]["type"] = "ATTACK"
    elif how == "status":
        d["events"][0]["status"] = "maybe"
    elif how == "sentence index":
        d["events"][0]["sentence"] = len(d["sentences"])
    elif how == "list missing":
        del d["quantities"]
    elif how == "sentence order":
        d["sentences"][0], d["sentences"][1] = d["sentences"][1], d["sentences"][0]
    elif how == "sentence overlap":
        d["sentences"][1]["start"] = d["sentences"][0]["end"] - 3
    elif how == "entity type":
        d["entities"][0]["type"] = "PERSON"
    elif how == "date":
        d["times"][0]["date"] = "13/12/2016"
    elif how == "published":
        d["meta"]["published"] = "yesterday"
    elif how == "schema":
        d["schema"] = "rasd/document@0"
    elif how == "speaker kind":
        d["claims"][0]["speaker"]["kind"] = "someone"
    return d


BREAKS = {
    "offsets": "bad offsets", "span text": "but span says", "id": "content hash",
    "duplicate id": "used 2 times", "missing entity": "does not exist",
    "missing claim": "does not exist", "plover": "not a PLOVER category", "status": "status",
    "sentence index": "sentence", "list missing": "quantities is not a list",
    "sentence order": "before the previous end", "sentence overlap": "before the previous end",
    "entity type": "type 'PERSON'", "date": "not YYYY-MM-DD", "published": "meta.published",
    "schema": "schema", "speaker kind": "kind 'someone'",
}


@pytest.mark.parametrize("how", sorted(BREAKS))
def test_each_break_is_reported(docs, how):
    seed = docs[0]
    assert seed["claims"] and seed["events"] and seed["times"]  # the seed has every layer
    errs = check(_broken(seed, how))
    assert errs, how
    assert any(BREAKS[how] in e for e in errs), errs


def test_not_a_document():
    assert check([1, 2]) == ["document is not a JSON object"]
    assert "text missing" in check({"schema": "rasd/document@1"})[-1]


def test_id_is_the_content_hash(docs):
    for d in docs:
        assert d["id"] == content_id(d["text"])


def test_check_command_on_files_and_stdin(docs, tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(docs[0], ensure_ascii=False, indent=1), encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(x, ensure_ascii=False)
                             for x in [docs[1], _broken(docs[0], "plover")]) + "\n",
                   encoding="utf-8")
    rasd = [str(REPO / ".venv" / "bin" / "rasd"), "check"]
    ok = subprocess.run(rasd + [str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.strip() == "1 documents, 0 violations"
    r = subprocess.run(rasd + [str(good), "-"], input=bad.read_text(encoding="utf-8"),
                       capture_output=True, text=True)
    assert r.returncode == 1
    lines = r.stdout.strip().splitlines()
    assert lines[-1] == "3 documents, 1 violations"
    assert lines[0].startswith("<stdin>:2: events[0]: type 'ATTACK'")
    missing = subprocess.run(rasd + [str(tmp_path / "nope.json")], capture_output=True,
                             text=True)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.strip().splitlines() == [f"rasd: {tmp_path / 'nope.json'}: "
                                                   "cannot read (No such file or directory)"]
