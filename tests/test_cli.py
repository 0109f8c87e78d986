"""Command-line conventions: --version, a readable `show` (and --json), filter values refused
with their valid choices, binary formats refused on a terminal, the input record's own id
kept, and the export rows (evidence sentence, place, country, admin1, OWASP-safe cells)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from rasd import __version__
from rasd.cli import app
from rasd.document import Link, Span
from rasd.store import Store
from serve_data import api_client
from store_helpers import ALEPPO, document, entity, event, role

run = CliRunner().invoke

SHELLING = ("قصفت طائرات حربية روسية أحياء في مدينة حلب صباح الثلاثاء. "
            "وقال الدفاع المدني إن 12 مدنيا قتلوا.")
RUSSIA = Link("country-RU", "روسيا", "Russia", "country", "RU")
# A hostile outlet, title and actor: spreadsheet formulas in every text cell.
FORMULA_TEXT = "=cmd|' /C calc'!A0 أعلنت جماعة -مسلحة @كتيبة مسؤوليتها عن هجوم في بوينس آيرس."
BUENOS_AIRES = Link("city-ar-buenos-aires", "بوينس آيرس", "Buenos Aires", "city", "AR",
                    -34.6037, -58.3816)


def shelling_doc():
    ents = [entity(SHELLING, "e1", "روسية", "LOC", RUSSIA),
            entity(SHELLING, "e2", "حلب", "LOC", ALEPPO)]
    ev = event(SHELLING, "v1", "ASSAULT", "قصفت", actor=[role(SHELLING, "روسية", "e1")],
               location=[role(SHELLING, "حلب", "e2")], date="2016-12-13", dead=12)
    doc = document(SHELLING, "aawsat", "2016-12-14", entities=ents, events=[ev],
                   title="غارات على حلب")
    doc.record_id = "feed-0001"
    cut = SHELLING.index(" وقال")
    doc.sentences = [Span(0, cut), Span(cut + 1, len(SHELLING))]
    return doc


def formula_doc():
    t = FORMULA_TEXT
    ents = [entity(t, "e1", "-مسلحة", "ORG"), entity(t, "e2", "بوينس آيرس", "LOC", BUENOS_AIRES)]
    ev = event(t, "v1", "ASSAULT", "هجوم", actor=[role(t, "-مسلحة", "e1")],
               location=[role(t, "بوينس آيرس", "e2")], date="2016-12-15")
    return document(t, "@evil", "2016-12-15", entities=ents, events=[ev],
                    title="=HYPERLINK(\"http://x.example\")")


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    with Store.open(url) as st:
        st.add_documents([shelling_doc(), formula_doc()])
    return url


def test_version():
    res = run(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"rasd {__version__}"
    cmd = subprocess.run([sys.executable, "-m", "rasd", "--version"], capture_output=True,
                         text=True, timeout=60)
    assert cmd.returncode == 0 and cmd.stdout.strip() == f"rasd {__version__}"


def test_show_is_readable_and_json_on_request(url):
    doc = shelling_doc()
    res = run(app, ["show", doc.id, "--db", url])
    assert res.exit_code == 0
    out = res.stdout
    assert not out.lstrip().startswith("{")
    assert "غارات على حلب" in out and "feed-0001" in out
    assert "الشرق الأوسط (aawsat)" in out  # the outlet's display name with its slug
    assert "اعتداء ASSAULT" in out and "«قصفت»" in out and "روسيا → - @ حلب" in out
    as_json = json.loads(run(app, ["show", doc.id, "--db", url, "--json"]).stdout)
    assert as_json["id"] == doc.id and as_json["meta"]["record_id"] == "feed-0001"
    merged = as_json["merged"]["v1"]
    event_out = run(app, ["show", merged, "--db", url]).stdout
    assert "reports" in event_out and "2016-12-13" in event_out
    # the input record's own id finds the document too
    by_record = run(app, ["show", "feed-0001", "--db", url, "--json"])
    assert json.loads(by_record.stdout)["id"] == doc.id
    missing = run(app, ["show", "nope", "--db", url])
    assert missing.exit_code == 1 and "no such document" in missing.stderr


@pytest.mark.parametrize(("args", "message", "choice"), [
    (["--category", "NOSUCH"], "unknown PLOVER category 'NOSUCH'", "ASSAULT"),
    (["--category", "assault,bombing"], "unknown PLOVER category 'BOMBING'", "COERCE"),
    (["--outlet", "bbc"], "no outlet 'bbc' in this store", "aawsat"),
    (["--status", "maybe"], "unknown status 'maybe'", "asserted"),
    (["--from", "15/12/2016"], "is not a date in YYYY-MM-DD form", "2016-12-15"),
    (["--to", "2016-02-30"], "is not a date in YYYY-MM-DD form", "2016-12-15"),
])
@pytest.mark.parametrize("command", [["search", "حلب"], ["export", "-f", "csv"]])
def test_bad_filter_values_are_refused_with_the_choices(url, command, args, message, choice):
    res = run(app, [*command, *args, "--db", url])
    assert res.exit_code == 2
    assert message in res.stderr and choice in res.stderr
    assert "Traceback" not in res.output and res.stdout == ""


def test_valid_filters_still_work(url):
    res = run(app, ["search", "حلب", "--category", "assault", "--outlet", "aawsat",
                    "--db", url, "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["total"] == 1
    res = run(app, ["search", "", "--record", "feed-0001", "--db", url, "--json"])
    assert [d["id"] for d in json.loads(res.stdout)["items"]] == [shelling_doc().id]


def test_parquet_is_refused_on_a_terminal(url, tmp_path):
    main, child = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "rasd", "export", "-f", "parquet",
                               "--db", url], stdout=child, stderr=subprocess.PIPE, text=True,
                              timeout=60)
    finally:
        os.close(child)
        os.close(main)
    assert proc.returncode == 2 and "binary format" in proc.stderr
    target = tmp_path / "events.parquet"
    res = run(app, ["export", "-f", "parquet", "-o", str(target), "--db", url])
    assert res.exit_code == 0 and pq.read_table(target).num_rows == 2


def test_csv_rows_carry_the_sentence_place_and_region(url):
    res = run(app, ["export", "-f", "csv", "--db", url])
    assert res.exit_code == 0
    rows = {r["trigger"]: r for r in csv.DictReader(io.StringIO(res.stdout))}
    r = rows["قصفت"]
    assert r["sentence"] == "قصفت طائرات حربية روسية أحياء في مدينة حلب صباح الثلاثاء."
    assert (r["place"], r["place_en"], r["place_id"]) == ("حلب", "Aleppo", "sy-aleppo")
    assert (r["country"], r["country_ar"], r["country_en"]) == ("SY", "سوريا", "Syria")
    assert (r["admin1"], r["admin1_en"]) == ("حلب", "Aleppo")
    assert float(r["lat"]) == pytest.approx(36.2021) and r["record_id"] == "feed-0001"
    plover = [json.loads(x) for x in run(app, ["export", "-f", "plover", "--db", url]
                                         ).stdout.splitlines()]
    assert {p["record_id"] for p in plover} == {"feed-0001", None}
    docs = [json.loads(x) for x in run(app, ["export", "--db", url]).stdout.splitlines()]
    assert docs[0]["meta"]["record_id"] == "feed-0001"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(url):
    rows = {r["trigger"]: r for r in csv.DictReader(io.StringIO(
        run(app, ["export", "-f", "csv", "--db", url]).stdout))}
    r = rows["هجوم"]
    assert r["title"] == "'=HYPERLINK(\"http://x.example\")"
    assert r["source"] == "'@evil" and r["actors"] == "'-مسلحة"
    assert r["sentence"].startswith("'=cmd|")
    assert float(r["lon"]) == pytest.approx(-58.3816)  # a negative number stays a number
    assert r["country"] == "AR" and r["admin1"] == ""
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or \
                value.lstrip("-").replace(".", "").isdigit()


def test_api_downloads_follow_the_filters(url, tmp_path):
    path = Path(url.removeprefix("sqlite:///"))
    with api_client(path) as c:
        res = c.get("/api/export", params={"format": "csv", "q": "بحلب"})
        assert res.status_code == 200 and res.headers["x-rasd-records"] == "1"
        assert 'filename="rasd-events.csv"' in res.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(res.text)))
        assert [r["place"] for r in rows] == ["حلب"]
        res = c.get("/api/export", params={"format": "plover", "category": "ASSAULT"})
        assert len(res.text.splitlines()) == 2
        res = c.get("/api/export", params={"format": "jsonl", "outlet": "aawsat"})
        assert [json.loads(x)["meta"]["record_id"] for x in res.text.splitlines()] == [
            "feed-0001"]
        res = c.get("/api/export", params={"format": "parquet"})
        (tmp_path / "x.parquet").write_bytes(res.content)
        assert pq.read_table(tmp_path / "x.parquet").num_rows == 2
        bad = c.get("/api/export", params={"format": "xlsx"})
        assert bad.status_code == 422 and "format" in bad.json()["error"]["message"]
