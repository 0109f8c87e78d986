"""A newcomer with the README alone: the quick start is there, and following its walkthrough on
the demo data (the `make demo` path: rasd.demo's ingest, then the server) reaches the dashboard
and finds an event by a clitic form of a place's name, in a real browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import rasd.demo as demo
from rasd.serve.queries import Queries
from rasd.serve.server import BackgroundServer
from test_dashboard_browser import ARGS, CHROMIUM, SHOTS

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def test_readme_quick_start_is_complete_and_short():
    text = README.read_text("utf-8")
    assert len(text.splitlines()) < 200
    quick = text[text.index("## Quick start"):text.index("## One example per command")]
    for line in ("make demo", "make test", ". .venv/bin/activate", "بحلب", "نص البحث", "تطبيق",
                 "المكان"):
        assert line in quick, line
    assert re.search(r"!\[[^\]]+\]\(docs/img/[\w-]+\.png\)", text)  # a screenshot
    for link in re.findall(r"\]\((docs/[^)#]+)", text):
        if link != "docs/operations.md":  # written by the hardening work
            assert (ROOT / link).exists(), link
    # one example per main command, each a real command of the CLI
    from rasd.cli import COMMANDS

    examples = text[text.index("## One example per command"):text.index("## What comes out")]
    shown = set(re.findall(r"^rasd (\w+)", examples, re.M))
    assert shown == set(COMMANDS) - {"check", "tag"}


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_the_readme_walkthrough_finds_an_aleppo_event_by_a_clitic_form(tmp_path, monkeypatch):
    # A slice of the demo corpus (so the test stays quick): articles about Aleppo and others.
    lines = demo.DEMO.read_text("utf-8").splitlines()
    aleppo = [x for x in lines if "حلب" in json.loads(x)["content"]][:5]
    others = [x for x in lines if "حلب" not in json.loads(x)["content"]][:5]
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("\n".join(aleppo + others) + "\n", encoding="utf-8")
    monkeypatch.setattr(demo, "DEMO", corpus)
    db = f"sqlite:///{tmp_path / 'rasd.db'}"
    stats = demo.load(db, workers=1)  # what `make demo` does before serving
    assert stats["documents"] == 10

    from playwright.sync_api import sync_playwright

    queries = Queries.for_url(db)
    with BackgroundServer(queries) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800}, locale="ar")
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server.url)
        page.wait_for_selector("body[data-ready='overview']")
        # the README: type بحلب in «نص البحث» (search) and press «تطبيق» (apply)
        page.get_by_label("نص البحث").fill("بحلب")
        page.get_by_role("button", name="تطبيق").click()
        page.wait_for_url(re.compile(r"q="))
        page.wait_for_selector("body[data-ready]")
        docs = page.locator(".results-docs .doc-list > li")
        assert docs.count() == len(aleppo)  # every article about Aleppo, whatever the prefix
        assert page.locator(".results-docs mark.hit").count() >= len(aleppo)
        # then بحلب in «المكان» (place) too: the events that happened in Aleppo
        page.get_by_label("المكان").fill("بحلب")
        page.get_by_role("button", name="تطبيق").click()
        page.wait_for_url(re.compile(r"place="))
        page.wait_for_selector("body[data-ready='search']")
        places = page.locator(".results-events tbody tr td:nth-child(6)").all_inner_texts()
        assert places and all("حلب" in p for p in places), places
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "newcomer-search.png"), full_page=True)
        page.locator(".results-docs .doc-list a").first.click()
        page.wait_for_selector("body[data-ready='doc'] .article-text")
        assert "حلب" in page.locator(".article-text").inner_text()
        assert errors == []
        browser.close()
    queries.close()
