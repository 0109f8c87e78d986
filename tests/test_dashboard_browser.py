"""The dashboard in a real browser: headless Chromium (Debian's, installed by .ci/run) driven by
Playwright against a live uvicorn server on 127.0.0.1 over a real SQLite test store.

Each test asserts what is rendered and saves a screenshot under artifacts/screenshots/.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from rasd.serve.queries import Queries
from rasd.serve.server import BackgroundServer
from serve_data import XSS_MARK, airstrike_report, build_store, hostile_report

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"no Chromium at {CHROMIUM} (.ci/run installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "test.db"
    build_store(path)
    queries = Queries.for_url(f"sqlite:///{path}")
    with BackgroundServer(queries) as srv:
        yield srv
    queries.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Watch:
    """Everything a page did that it should not: script errors, requests off this server."""

    def __init__(self, page, base: str) -> None:
        self.errors: list[str] = []
        self.foreign: list[str] = []
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("request", lambda r: None if r.url.startswith((base, "data:"))
                else self.foreign.append(r.url))


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ar")
    pg = ctx.new_page()
    pg.watch = Watch(pg, server.url)
    yield pg
    assert pg.watch.errors == [], pg.watch.errors
    assert pg.watch.foreign == [], pg.watch.foreign
    assert pg.evaluate(f"window.{XSS_MARK}") is None
    ctx.close()


def open_view(page, server, hash_: str, ready: str) -> None:
    page.goto(server.url + hash_)
    page.wait_for_selector(f"body[data-ready='{ready}']", timeout=15_000)
    page.evaluate("document.fonts.ready")


def each(page, selector: str, prop: str) -> list:
    """`prop` ("dataset.x", "textContent") of every element matching `selector`."""
    return page.eval_on_selector_all(selector, f"els => els.map(e => e.{prop})")


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_timeline_rtl_arabic_font(page, server):
    open_view(page, server, "#/", "overview")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator("[data-stat=documents] b").inner_text() == "٨"
    bars = page.locator(".timeline rect.bar")
    assert bars.count() >= 5
    cats = set(each(page, ".timeline rect.bar", "dataset.category"))
    assert {"ASSAULT", "CONSULT", "AID"} <= cats
    assert page.locator(".timeline .legend .key").count() == len(cats)
    # the Arabic webfont shipped with the package is the one in use
    assert page.evaluate("document.fonts.check('16px \"Rasd Sans\"', 'حلب')")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Rasd" in f for f in loaded), loaded
    assert page.locator(".rank li").count() >= 5
    shot(page, "overview")


def test_timeline_filters_and_english_toggle(page, server):
    open_view(page, server, "#/?category=CONSULT", "overview")
    cats = set(each(page, ".timeline rect.bar", "dataset.category"))
    assert cats == {"CONSULT"}
    assert page.locator("select[name=category]").input_value() == "CONSULT"
    page.click("#lang")
    page.wait_for_selector("body[data-ready='overview']")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.locator("#nav a[data-view=map]").inner_text() == "Map"
    assert "Consult" in page.locator(".timeline .legend").inner_text()
    shot(page, "overview-en")
    page.click("#lang")  # back to Arabic for the other tests (saved in localStorage)
    page.wait_for_selector("body[data-ready='overview']")
    assert page.locator("#nav a[data-view=map]").inner_text() == "الخريطة"


def test_map_markers_clusters_and_governorates(page, server):
    open_view(page, server, "#/map", "map")
    page.wait_for_selector(".leaflet-land-pane path", state="attached")
    assert int(page.get_attribute("#map", "data-markers")) >= 4
    assert page.locator(".gov-tip").count() == 14
    assert "حلب" in page.locator(".gov-tip").all_inner_texts()
    countries = page.locator(".leaflet-land-pane path").count()
    assert countries > 100
    visible = page.locator(".leaflet-overlay-pane path.event-marker").count()
    clusters = page.locator(".marker-cluster").count()
    assert visible + clusters >= 2
    shot(page, "map")
    # filtered to CONSULT: only Geneva remains
    open_view(page, server, "#/map?category=CONSULT", "map")
    assert page.get_attribute("#map", "data-markers") == "1"


def test_network_edges_coloured_by_quad(page, server):
    open_view(page, server, "#/network", "network")
    edges = page.locator("svg.network line.edge")
    assert edges.count() >= 2
    quads = set(each(page, "svg.network line.edge", "dataset.quad"))
    assert {"verbal-cooperation", "material-conflict"} <= quads
    names = each(page, "svg.network .node text", "textContent")
    assert "سيرغي لافروف" in names and "جون كيري" in names
    shot(page, "network")


def test_claims_board_side_by_side_with_conflicts(page, server):
    open_view(page, server, "#/claims", "claims")
    cards = page.locator(".claim-card")
    assert cards.count() >= 3
    speakers = cards.locator(".speaker").all_inner_texts()
    assert "المرصد السوري لحقوق الإنسان" in speakers and "وزارة الدفاع الروسية" in speakers
    outlets = set(cards.locator(".outlet").all_inner_texts())
    assert {"aawsat", "okaz"} <= outlets
    boxes = [cards.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 5  # side by side, not stacked
    assert page.locator(".conflicts .conflict-item").count() >= 1
    # conflicts are data: the UI words them in Arabic, and says why each report is there
    assert "Accounts differ" not in page.locator(".conflicts").inner_text()
    why = page.locator("table.members td.why").all_inner_texts()
    assert "أول تقرير عن الحدث" in why and any("المكان: حلب" in w for w in why)
    assert page.locator(".claim-card.disputed").count() >= 2
    assert page.locator("table.members tbody tr").count() >= 3
    shot(page, "claims")


def test_reader_highlights_from_offsets(page, server):
    doc = airstrike_report()
    open_view(page, server, f"#/doc/{doc.id}", "doc")
    body = page.locator(".article-text")
    assert body.inner_text() == doc.text  # highlights never change the text
    assert page.locator("mark.ent").count() == 3
    assert page.locator("mark.ev").inner_text() == "غارات"
    assert page.locator("mark.qty").inner_text() == "12"
    assert page.locator("mark.time").inner_text() == "يوم الثلاثاء"
    content = "".join(page.locator("mark.claim-content").all_inner_texts())
    assert content == "الغارات استهدفت الأحياء الشرقية من المدينة"
    page.hover("mark.ev")
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "ASSAULT" in tip.inner_text() and "حلب" in tip.inner_text()
    assert page.evaluate("getComputedStyle(document.querySelector('.article-text')).fontFamily"
                         ).startswith('"Rasd Naskh"')
    shot(page, "reader")
    page.uncheck("input[data-layer=entities]")
    assert "hide-entities" in body.get_attribute("class")


def test_search_with_filters(page, server):
    open_view(page, server, "#/search", "search")
    page.fill("input[name=q]", "حلب")
    page.select_option("select[name=category]", "ASSAULT")
    page.click("button[type=submit]")
    # the old view stays "ready" until the hash changes: wait for the new query first
    page.wait_for_url(re.compile("category=ASSAULT"))
    page.wait_for_selector("body[data-ready='search']")
    assert re.search(r"q=%D8%AD%D9%84%D8%A8|q=حلب", page.url)
    titles = page.locator(".results-docs .doc-list a").all_inner_texts()
    assert "غارات روسية على حلب" in titles and "موسكو تنفي قصف حلب" in titles
    assert all(s for s in page.locator(".results-docs .snippet").all_inner_texts())
    types = each(page, ".results-events tbody tr", "dataset.type")
    assert types and set(types) == {"ASSAULT"}
    shot(page, "search")
    page.select_option("select[name=outlet]", "okaz")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile("outlet=okaz"))
    page.wait_for_selector("body[data-ready='search']")
    assert page.locator(".results-docs .doc-list a").all_inner_texts() == ["موسكو تنفي قصف حلب"]


def test_hostile_content_renders_inert_everywhere(page, server):
    doc = hostile_report()
    views = [(f"#/doc/{doc.id}", "doc"), ("#/doc", "doc"), ("#/", "overview"), ("#/map", "map"),
             ("#/network", "network"), ("#/search?q=%D8%A5%D8%AF%D9%84%D8%A8", "search"),
             ("#/claims", "claims")]
    for hash_, ready in views:
        open_view(page, server, hash_, ready)
        assert page.evaluate(f"window.{XSS_MARK}") is None, hash_
        # nothing from the data became an element: only our own scripts, no <img>/<b> from text
        assert page.locator("#view img, #view script, #view b[onmouseover]").count() == 0
        assert page.locator("[onerror], [onmouseover], [onclick]").count() == 0
        hrefs = each(page, "a[href]", "getAttribute('href')")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")], hash_
        if ready == "doc" and doc.id in hash_:
            assert page.locator(".article-text").inner_text() == doc.text
            assert "<script>" in page.locator(".doc-title").inner_text()
            shot(page, "xss-reader")
    # the hostile place on the map: its popup shows the markup as text
    open_view(page, server, "#/map?place=sy-idlib-xss", "map")
    page.locator(".leaflet-overlay-pane path.event-marker").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible")
    assert "<b onmouseover=" in popup.inner_text()
    page.mouse.move(10, 10)
    page.hover(".leaflet-popup-content b")
    assert page.evaluate(f"window.{XSS_MARK}") is None
    shot(page, "xss-map")


def test_extract_page_runs_the_pipeline(page, server):
    text = ("قصفت الطائرات الروسية مدينة حلب صباح الثلاثاء ما أدى إلى مقتل عشرة مدنيين، "
            f"وقال المرصد السوري لحقوق الإنسان إن <img src=x onerror=\"window.{XSS_MARK}=10\"> "
            "الغارات استهدفت الأحياء الشرقية.")
    open_view(page, server, "#/extract", "extract")
    assert page.locator("#filters").is_hidden()
    page.fill("textarea[name=text]", text)
    page.fill("input[name=published]", "2016-12-15")
    page.click(".extract-form button[type=submit]")
    page.wait_for_selector("body[data-extracted='1']", timeout=30_000)
    assert page.locator(".extract-out .article-text").inner_text() == text
    assert page.locator(".extract-out mark").count() >= 1
    assert page.locator(".extract-out img").count() == 0
    shot(page, "extract")


def test_api_docs_page_works_offline(page, server):
    page.goto(server.url + "api/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/events" in paths and "/api/extract" in paths
    shot(page, "api-docs")
