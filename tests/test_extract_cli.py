"""`rasd extract` as a user runs it: a real subprocess, real files, stdout and stderr."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from conftest import REPO, SEED, SEED_GOLD, SHARED

RASD = str(REPO / ".venv" / "bin" / "rasd")
TOOL = SHARED / "tools" / "check-document.py"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([RASD, "extract", *args], input=stdin, capture_output=True, text=True,
                          timeout=300)


def test_seed_json_passes_the_shared_checker(seed_text, tmp_path):
    r = run(str(SEED), "--format", "json", "--published", "2016-12-15")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    assert doc["removed"] == gold["boilerplate"]
    body_lines = [x for x in seed_text.splitlines() if x.strip() not in gold["boilerplate"]]
    assert doc["text"] == "\n".join(body_lines)  # nothing of the body lost
    assert doc["meta"]["published"] == "2016-12-15" and doc["meta"]["language"] == "ar"
    assert r.stdout.startswith("{\n")  # indented JSON for one document
    out = tmp_path / "seed.json"
    out.write_text(r.stdout, encoding="utf-8")
    tool = subprocess.run([sys.executable, str(TOOL), str(out)], capture_output=True, text=True)
    assert tool.returncode == 0, tool.stdout
    assert tool.stdout.strip() == "1 documents, 0 violations"


def test_many_inputs_give_jsonl_in_input_order_with_bad_items_skipped(tmp_path, seed_text):
    """A directory, a JSONL file with a bad line, a CSV, and stdin, in one run."""
    d = tmp_path / "dir"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_bytes(seed_text.encode("cp1256"))
    (d / "sub" / "b.txt").write_text(
        "The Syrian government announced a ceasefire in Aleppo on Tuesday, state media said.",
        encoding="utf-8")
    (d / "sub" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    pages = [json.loads(x) for x in
             (SHARED / "data" / "news" / "pages-dev.jsonl").read_text("utf-8").splitlines()]
    jl = tmp_path / "pages.jsonl"
    jl.write_text(json.dumps(pages[3], ensure_ascii=False) + "\n{oops\n"
                  + json.dumps(pages[4], ensure_ascii=False) + "\n", encoding="utf-8")
    table = tmp_path / "t.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["body", "published", "source"])
        w.writerow([pages[5]["text"], "Sat, 11 Nov 2017 12:00:00 +0300", "microsyria"])
    r = run(str(d), str(jl), str(table), "-", "--text-column", "body", "--source", "cli",
            stdin=pages[6]["text"])
    assert r.returncode == 0, r.stderr
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(docs) == 6
    assert [x["meta"]["language"] for x in docs] == ["ar", "en", "ar", "ar", "ar", "ar"]
    assert docs[0]["removed"] == json.loads(SEED_GOLD.read_text("utf-8"))["boilerplate"]
    assert docs[2]["meta"]["url"] == pages[3]["url"] and docs[3]["meta"]["published"] == \
        "2015-09-18"
    assert docs[4]["meta"]["published"] == "2017-11-11" and docs[4]["meta"]["source"] == \
        "microsyria"
    assert docs[5]["meta"]["source"] == "cli" and docs[5]["removed"] == ["إعلان"]
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 2 and "Traceback" not in r.stderr
    assert "broken.txt: binary content" in errors[0]
    assert "pages.jsonl:2: malformed JSON" in errors[1]


def test_bad_inputs_one_line_and_nonzero(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path, why in [(tmp_path / "missing.txt", "no such file or directory"),
                      (empty, "empty file")]:
        r = run(str(path))
        assert r.returncode == 1 and r.stdout == ""
        assert r.stderr.strip().splitlines() == [f"rasd: {path}: {why}"]
    r = run(str(SEED), "--published", "15/12/2016")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "--published" in r.stderr and "Traceback" not in r.stderr
    r = run(str(SEED), str(SEED), "--format", "json")
    assert r.returncode == 2 and "use --format jsonl" in r.stderr


def test_one_good_one_missing_path_prints_the_good_and_fails(tmp_path, seed_text):
    r = run(str(SEED), str(tmp_path / "nope.txt"))
    assert r.returncode == 1
    assert json.loads(r.stdout)["removed"]  # the good document is still written
    assert r.stderr.strip().splitlines() == [f"rasd: {tmp_path / 'nope.txt'}: "
                                             "no such file or directory"]


def test_python_dash_m_rasd_is_the_command():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "rasd", "extract", "-", "--format", "json"],
                         input="قصفت الطائرات مدينة حلب يوم الثلاثاء.", capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and '"entities"' in out.stdout
