"""One home for the PLOVER vocabulary and the outlet names: the data files, their loaders, and
the API's /api/meta that the dashboard reads them from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd import document, outlets, plover
from rasd.store import merge
from serve_data import api_client, build_store

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "spec" / "plover.md"
STATIC_JS = ROOT / "src" / "rasd" / "serve" / "static" / "js"


def test_the_categories_are_the_specs_sixteen_with_their_quads():
    assert len(plover.CATEGORIES) == 16
    assert document.PLOVER_TYPES == plover.CATEGORIES
    assert document.STATUSES == plover.STATUSES
    if SPEC.exists():  # the shared spec's table: | CATEGORY | quad | ...
        rows = re.findall(r"^\| ([A-Z]+) \| (\w+) (coop|conflict)", SPEC.read_text("utf-8"), re.M)
        assert tuple(c for c, _, _ in rows) == plover.CATEGORIES
        for code, kind, side in rows:
            assert plover.quad(code) == f"{kind}-{'cooperation' if side == 'coop' else 'conflict'}"
    assert merge.quad("ASSAULT") == "material-conflict"  # the store reads the same file
    assert plover.quad("NOSUCH") is None


def test_every_code_has_both_labels_and_every_mode_is_defined():
    v = plover.vocabulary()
    for kind in ("quads", "categories", "modes", "statuses"):
        for item in v[kind]:
            assert re.search(r"[\u0600-\u06FF]", item["ar"]), item
            assert item["en"] and not re.search(r"[\u0600-\u06FF]", item["en"]), item
    modes = set(plover.MODES)
    assert all(set(c["modes"]) <= modes for c in v["categories"])
    assert {c["quad"] for c in v["categories"]} == set(plover.QUADS)
    assert plover.label("categories", "ASSAULT") == "اعتداء"
    assert plover.label("modes", "aerial", "en") == "aerial"


def test_the_event_triggers_use_only_known_modes():
    path = ROOT / "src" / "rasd" / "data" / "events" / "triggers.tsv"
    used = set()
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or cols[1] == "-":
            continue
        assert cols[0] in plover.CATEGORIES, line
        used |= set(cols[1].split(","))
    assert used <= set(plover.MODES)


def test_outlet_names_from_the_data_file():
    assert outlets.display_name("aawsat") == "الشرق الأوسط"
    assert outlets.display_name("aawsat", "en") == "Asharq Al-Awsat"
    assert outlets.display_name("okaz") == "عكاظ"
    assert outlets.display_name("was") == "واس"
    assert outlets.display_name("unknown-outlet") == "unknown-outlet"  # the slug stays the key
    demo = ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl"
    import json

    slugs = {json.loads(line)["source"] for line in demo.open(encoding="utf-8")}
    assert slugs <= set(outlets.outlets())  # every demo outlet has a name


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("meta") / "test.db"
    build_store(path)
    with api_client(path) as c:
        yield c


def test_api_meta_serves_the_vocabulary(client):
    meta = client.get("/api/meta").json()
    assert [c["code"] for c in meta["categories"]] == list(plover.CATEGORIES)
    assert meta["categories"][-1] == {**meta["categories"][-1], "code": "ASSAULT",
                                      "quad": "material-conflict", "ar": "اعتداء"}
    assert [s["code"] for s in meta["statuses"]] == list(plover.STATUSES)
    assert {m["code"] for m in meta["modes"]} == set(plover.MODES)
    assert meta["outlets"]["aawsat"] == {"ar": "الشرق الأوسط", "en": "Asharq Al-Awsat"}
    assert meta["version"]


def test_api_outlets_carry_display_names(client):
    items = {o["source"]: o for o in client.get("/api/outlets").json()}
    assert items["aawsat"]["name_ar"] == "الشرق الأوسط" and items["okaz"]["name_en"] == "Okaz"



def test_the_dashboard_has_no_second_copy_of_the_vocabulary():
    code = "\n".join(p.read_text("utf-8") for p in STATIC_JS.rglob("*.js"))
    for label in ("اعتداء", "تشاور", "انسحاب وإفراج", "صراع مادي", "الشرق الأوسط"):
        assert label not in code, label
    assert not re.search(r"\bASSAULT\s*:", code)
