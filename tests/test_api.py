"""The JSON API over a real SQLite store (real articles + hand-built documents)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from rasd.serve.app import create_app
from rasd.serve.queries import Queries
from serve_data import (
    ALEPPO,
    GENEVA,
    airstrike_report,
    api_client,
    build_store,
    denial_report,
    talks_report,
)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "test.db"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with api_client(store_path) as c:
        yield c


def error_of(res) -> dict:
    body = res.json()
    assert set(body) == {"error"}, body
    assert body["error"]["status"] == res.status_code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


def test_openapi_documents_every_endpoint(client):
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    for p in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/merged-events",
        "/api/merged-events/{merged_id}",
        "/api/claims",
        "/api/conflicts",
        "/api/actors",
        "/api/places",
        "/api/search",
        "/api/stats",
        "/api/timeline",
        "/api/network",
        "/api/map",
        "/api/extract",
        "/api/outlets",
    ):
        assert p in paths, p
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"q", "category", "actor", "place", "from", "to", "outlet", "page", "per_page"} <= params
    assert client.get("/api/docs").status_code == 200


def test_documents_paginate_and_cap(client):
    first = client.get("/api/documents", params={"per_page": 3}).json()
    assert first["total"] == 8 and len(first["items"]) == 3 and first["page"] == 1
    second = client.get("/api/documents", params={"per_page": 3, "page": 2}).json()
    assert len(second["items"]) == 3
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    res = client.get("/api/documents", params={"per_page": 100_000})
    assert res.status_code == 422 and "per_page" in error_of(res)["message"]
    assert client.get("/api/documents", params={"page": 0}).status_code == 422


def test_documents_page_on_from_the_previous_pages_next(client):
    # each page's `next` (its last document's id) read back as `after` gives the page its
    # number gives (schema 20: the dashboard's next link), whatever the filter
    for params in ({}, {"place": "حلب"}, {"q": "حلب"}):
        path = "/api/search" if "q" in params else "/api/documents"
        by_number, by_next, after, page = [], [], None, 1
        while True:
            res = client.get(path, params={**params, "per_page": 2, "page": page,
                                           "after": after}).json()
            by_next.append([d["id"] for d in res["items"]])
            by_number.append([d["id"] for d in client.get(path, params={
                **params, "per_page": 2, "page": page}).json()["items"]])
            if "next" not in res:
                break
            assert res["next"] == res["items"][-1]["id"]
            after, page = res["next"], page + 1
        assert by_next == by_number and sum(map(len, by_next)) == res["total"] > 0, params
        assert len(by_next) > 1 or params  # (every document: pages on)
    # an id the store does not hold (or anything else) reads the page by its number
    odd = client.get("/api/documents", params={"per_page": 3, "page": 2,
                                               "after": "x' OR 1=1 --"}).json()
    assert odd["items"] == client.get("/api/documents", params={"per_page": 3,
                                                                "page": 2}).json()["items"]
    res = client.get("/api/documents", params={"after": "x" * 65})
    assert res.status_code == 422 and "after" in error_of(res)["message"]


def test_one_document_has_text_and_grounded_layers(client):
    doc = airstrike_report()
    got = client.get(f"/api/documents/{doc.id}").json()
    assert got["text"] == doc.text and got["meta"]["source"] == "aawsat"
    for layer in ("entities", "quantities", "times"):
        assert got[layer], layer
        for span in got[layer]:
            assert got["text"][span["start"] : span["end"]] == span["text"]
    assert got["events"][0]["type"] == "ASSAULT" and got["events"][0]["dead"] == 12
    assert got["claims"][0]["speaker"]["text"] == "المرصد السوري لحقوق الإنسان"


def test_unknown_document_is_404_json(client):
    res = client.get("/api/documents/0000000000000000")
    assert res.status_code == 404 and "not found" in error_of(res)["message"]
    res = client.get("/api/no-such-endpoint")
    assert res.status_code == 404
    error_of(res)


def test_events_filters(client):
    assault = client.get("/api/events", params={"category": "ASSAULT"}).json()
    assert assault["total"] >= 4
    assert {e["type"] for e in assault["items"]} == {"ASSAULT"}
    consult = client.get("/api/events", params={"category": "consult"}).json()
    assert [e["doc_id"] for e in consult["items"]] == [talks_report().id]
    aleppo = client.get("/api/events", params={"place": ALEPPO["id"]}).json()
    assert aleppo["total"] == 3
    # by name: also the real article's massacres in «محافظتا إدلب وحلب» (places34)
    by_name = client.get("/api/events", params={"place": "حلب", "category": "ASSAULT"}).json()
    assert by_name["total"] == 4
    dated = client.get("/api/events", params={"from": "2016-12-14", "to": "2016-12-14"}).json()
    assert dated["total"] >= 2 and all(e["date"] == "2016-12-14" for e in dated["items"])
    outlet = client.get("/api/events", params={"outlet": "okaz"}).json()
    assert outlet["total"] == 2 and {e["doc_id"] for e in outlet["items"]} == {denial_report().id}
    negated = client.get("/api/events", params={"status": "negated"}).json()
    assert [e["status"] for e in negated["items"]] == ["negated"]


@pytest.mark.parametrize(
    "params",
    [
        {"category": "BOMBING"},
        {"from": "2016-13-01"},
        {"to": "yesterday"},
        {"status": "maybe"},
        {"actor": "x" * 500},
        {"doc": "not-hex"},
    ],
)
def test_bad_filters_are_422_json(client, params):
    res = client.get("/api/events", params=params)
    assert res.status_code == 422, params
    error_of(res)


def test_merged_event_gathers_reports_claims_and_conflicts(client):
    merged = client.get(
        "/api/merged-events", params={"place": ALEPPO["id"], "category": "ASSAULT"}
    ).json()
    multi = [m for m in merged["items"] if m["reports"] >= 2]
    assert multi, merged
    detail = client.get(f"/api/merged-events/{multi[0]['id']}").json()
    docs = {m["doc_id"] for m in detail["members"]}
    assert {airstrike_report().id, denial_report().id} <= docs
    assert {"aawsat", "okaz"} <= set(detail["outlets"])
    assert len({c["doc_id"] for c in detail["claims"]}) >= 2
    assert detail["conflict_list"], detail
    conflicts = client.get("/api/conflicts").json()
    assert conflicts["total"] >= 1
    assert client.get("/api/merged-events/nope").status_code == 404


def test_claims_actors_places(client):
    claims = client.get("/api/claims").json()
    assert claims["total"] >= 5
    speakers = {c["speaker"]["text"] for c in claims["items"]}
    assert "وزارة الدفاع الروسية" in speakers
    actors = client.get("/api/actors", params={"per_page": 50}).json()
    keys = {a["key"]: a for a in actors["items"]}
    assert "person-lavrov" in keys and keys["person-lavrov"]["events"] >= 1
    places = client.get("/api/places").json()
    aleppo = [p for p in places["items"] if p["key"] == ALEPPO["id"]]
    assert (
        aleppo
        and aleppo[0]["mentions"] == 3
        and aleppo[0]["events"] >= 1
        and aleppo[0]["lat"] == pytest.approx(ALEPPO["lat"])
    )


def test_search_stats_outlets(client):
    res = client.get("/api/search", params={"q": "حلب"}).json()
    ids = {d["id"] for d in res["items"]}
    assert airstrike_report().id in ids and denial_report().id in ids
    assert all(d["snippet"] for d in res["items"])
    assert client.get("/api/search").status_code == 422
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 8 and stats["events"] >= 6 and stats["claims"] >= 5
    outlets = {o["source"] for o in client.get("/api/outlets").json()}
    assert {"aawsat", "okaz", "alriyadh", "almadina"} <= outlets


def test_timeline_network_map(client):
    rows = client.get("/api/timeline").json()
    counts = {(r["date"], r["category"]): r["count"] for r in rows}
    assert counts[("2016-12-13", "ASSAULT")] == 1  # three reports of one merged event
    assert counts[("2016-12-14", "CONSULT")] == 1
    only = client.get("/api/timeline", params={"category": "AID"}).json()
    assert {r["category"] for r in only} == {"AID"}
    net = client.get("/api/network").json()
    edge = [
        e for e in net["edges"] if e["source"] == "person-lavrov" and e["target"] == "person-kerry"
    ]
    assert edge and edge[0]["count"] == 1 and edge[0]["quad"]
    assert "verbal" in edge[0]["quad"] and "coop" in edge[0]["quad"]
    assert {n["key"] for n in net["nodes"]} >= {"person-lavrov", "person-kerry"}
    points = client.get("/api/map").json()["items"]
    keys = {p["key"] for p in points}
    assert {ALEPPO["id"], GENEVA["id"]} <= keys
    assert all(p["lat"] is not None for p in points)


def test_a_text_matching_more_than_it_selects_says_so(store_path, monkeypatch):
    # a text selects the last written documents it matches (query.TEXT_CAP): every answer
    # under it says so once it matches more, the timeline (a list) by a header
    from rasd.store import query

    queries = Queries.for_url(f"sqlite:///{store_path}", cache_ttl=0)
    try:
        with TestClient(create_app(queries), raise_server_exceptions=False,
                        base_url="http://localhost") as c:
            q = {"q": "حلب"}
            full = c.get("/api/search", params=q).json()
            assert "capped" not in full and full["total"] >= 2
            assert "x-rasd-capped" not in c.get("/api/timeline", params=q).headers
            monkeypatch.setattr(query, "TEXT_CAP", full["total"] - 1)
            got = c.get("/api/search", params=q).json()
            assert got["capped"] is True and got["total"] == full["total"] - 1
            assert c.get("/api/timeline", params=q).headers["x-rasd-capped"] == "true"
            for path in ("/api/summary", "/api/network", "/api/map", "/api/events",
                         "/api/merged-events", "/api/claims", "/api/actors", "/api/places"):
                assert c.get(path, params=q).json()["capped"] is True, path
            assert "capped" not in c.get("/api/summary", params={"q": "جنيف"}).json()
    finally:
        queries.close()


def test_extract_text_and_html(client):
    text = "قصفت الطائرات مدينة حلب صباح اليوم."
    res = client.post(
        "/api/extract", json={"text": text, "published": "2016-12-15", "source": "test"}
    )
    assert res.status_code == 200
    doc = res.json()
    assert doc["schema"] == "rasd/document@1" and doc["text"] == text
    assert doc["meta"]["published"] == "2016-12-15" and doc["meta"]["source"] == "test"
    html = (
        "<html><head><title>عنوان</title></head><body><article><p>"
        + text * 3
        + "</p></article></body></html>"
    )
    res = client.post("/api/extract", json={"html": html})
    assert res.status_code == 200 and "حلب" in res.json()["text"]


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": "a", "html": "<p>a</p>"},
        {"text": "حلب", "published": "15/12/2016"},
        {"text": "   "},
    ],
)
def test_extract_rejects_bad_input(client, body):
    res = client.post("/api/extract", json=body)
    assert res.status_code == 422, body
    error_of(res)


def test_extract_body_limits(client):
    res = client.post(
        "/api/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert res.status_code == 422
    error_of(res)
    big = json.dumps({"text": "حلب " * 300_000}).encode()
    res = client.post("/api/extract", content=big, headers={"content-type": "application/json"})
    assert res.status_code == 413 and "too large" in error_of(res)["message"]

    def chunks():  # no Content-Length: the cap must hold on the streamed body too
        for _ in range(30):
            yield b"x" * 100_000

    res = client.post(
        "/api/extract", content=chunks(), headers={"content-type": "application/json"}
    )
    assert res.status_code == 413
    error_of(res)


def test_internal_error_is_json_without_traceback(store_path):
    class Broken(Queries):
        def stats(self):
            raise RuntimeError("secret internal detail /etc/passwd")

    queries = Broken(lambda: None)
    with TestClient(create_app(queries), raise_server_exceptions=False,
                    base_url="http://localhost") as c:
        res = c.get("/api/stats")
    assert res.status_code == 500
    assert error_of(res)["message"] == "internal error"
    assert "Traceback" not in res.text and "secret" not in res.text


def test_dashboard_and_assets_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    for asset in (
        "/static/js/main.js",
        "/static/css/app.css",
        "/static/vendor/leaflet/leaflet.js",
        "/static/geo/countries-50m.json",
        "/static/geo/syria-governorates.json",
        "/static/fonts/noto-naskh-arabic-arabic-400-normal.woff2",
    ):
        assert client.get(asset).status_code == 200, asset
    assert "http" not in page.text.replace("http-equiv", "")


@pytest.mark.parametrize("ttl, expected", [(60, 1), (0, 2)])
def test_aggregates_are_cached_for_ttl(store_path, ttl, expected):
    queries = Queries.for_url(f"sqlite:///{store_path}", cache_ttl=ttl)
    store = queries.store
    calls = []
    real = store.timeline
    store.timeline = lambda f: calls.append(f) or real(f)
    from rasd.store import Filters

    first = queries.timeline(Filters(category="ASSAULT"))
    assert queries.timeline(Filters(category="ASSAULT")) == first
    assert len(calls) == expected
    queries.timeline(Filters(category="AID"))  # other filters: another entry
    assert len(calls) == expected + 1
    queries.close()
