"""Security of the server: parameterized queries under injection probes, strict CSP, no
inline script in the dashboard, no HTML sinks in its code, loopback by default."""

from __future__ import annotations

import inspect
import re
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from rasd.commands.serve import serve_command
from rasd.serve.app import STATIC
from rasd.serve.queries import Queries
from rasd.serve.server import BackgroundServer
from serve_data import api_client, build_store

PROBES = [
    "' OR 1=1 --",
    '"; DROP TABLE documents; --',
    "x'); DELETE FROM events; --",
    "1 UNION SELECT name, sql FROM sqlite_master --",
    "%' OR '%'='",
    "حلب' OR 'a'='a",
    "\\'; --",
    "NEAR(a b)",
    "* OR *",
    '" OR ""="',
]
FILTERS = ["q", "category", "actor", "recipient", "place", "from", "to", "outlet", "status", "doc"]
RASD = [sys.executable, "-c", "from rasd.cli import main; main()"]
LISTS = [
    "/api/documents",
    "/api/events",
    "/api/merged-events",
    "/api/claims",
    "/api/conflicts",
    "/api/actors",
    "/api/places",
    "/api/search",
    "/api/timeline",
    "/api/network",
    "/api/map",
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sec") / "test.db"
    build_store(path, real=1)
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with api_client(store_path) as c:
        yield c


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%fts%'"
            )
        ]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_injection_probes_on_every_filter_leave_the_store_intact(client, store_path):
    before = table_counts(store_path)
    assert before["documents"] == 6
    stats = client.get("/api/stats").json()
    seen = 0
    for path in LISTS:
        for name in FILTERS:
            for probe in PROBES:
                params = {name: probe}
                if path == "/api/search" and name != "q":
                    params["q"] = "حلب"
                res = client.get(path, params=params)
                assert res.status_code in (200, 422), (path, name, probe, res.text)
                body = res.json()
                if res.status_code == 422:
                    assert "error" in body
                elif isinstance(body, dict) and "total" in body:
                    # a probe is a literal value: it never widens a filter to everything
                    assert body["total"] < stats["documents"] or path != "/api/documents", probe
                seen += 1
    for probe in PROBES:
        for path in ("/api/documents/", "/api/merged-events/"):
            res = client.get(
                path + probe.replace("/", "%2F").replace("#", "%23").replace("?", "%3F")
            )
            assert res.status_code in (404, 422), (path, probe)
    assert seen == len(LISTS) * len(FILTERS) * len(PROBES)
    assert table_counts(store_path) == before
    assert client.get("/api/stats").json() == stats


def test_security_headers_everywhere(client):
    for path in ("/", "/api/stats", "/static/js/main.js", "/api/documents/none", "/api/nope"):
        res = client.get(path)
        csp = res.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "http" not in csp
        assert res.headers["x-content-type-options"] == "nosniff"
        assert res.headers["x-frame-options"] == "DENY"


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []
        self.remote: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and not a.get("src"):
            self.inline.append(tag)
        if tag == "style" or "style" in a or any(k.startswith("on") for k in a):
            self.inline.append(f"{tag} {a}")
        for key in ("src", "href"):
            if a.get(key) and not a[key].startswith(("/", "#")):
                self.remote.append(a[key])


def test_dashboard_has_no_inline_script_or_remote_asset():
    parser = _Scripts()
    parser.feed((STATIC / "index.html").read_text(encoding="utf-8"))
    assert parser.inline == [] and parser.remote == []


def test_dashboard_code_never_parses_strings_as_html():
    sinks = re.compile(
        r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|"
        r"new Function\(|setAttribute\(\s*['\"]on"
    )
    files = sorted((STATIC / "js").rglob("*.js"))
    assert len(files) >= 8
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            assert not sinks.search(line), f"{f.name}:{n}: {line.strip()}"


def test_loopback_by_default(store_path):
    assert inspect.signature(serve_command).parameters["host"].default == "127.0.0.1"
    proc = subprocess.Popen(
        [*RASD, "serve", "--db", f"sqlite:///{store_path}", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://([\d.]+):(\d+)/", line)
        assert m, line + proc.stderr.read()
        assert m.group(1) == "127.0.0.1"
        url = f"http://127.0.0.1:{m.group(2)}/api/stats"
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=2) as res:
                    assert res.status == 200
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise AssertionError("server never answered")
    finally:
        proc.terminate()
        proc.wait(10)


def test_background_server_binds_loopback(store_path):
    with BackgroundServer(Queries.for_url(f"sqlite:///{store_path}")) as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.sock.getsockname()[0] == "127.0.0.1"


def test_bad_store_url_is_one_line_error(tmp_path):
    res = subprocess.run(
        [*RASD, "serve", "--db", "postgresql://nobody@127.0.0.1:1/none"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode != 0
    assert res.stderr.startswith("rasd: ") and len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.stderr


def _raw_request(url: str, host: str) -> tuple[int, dict]:
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.putrequest("GET", "/api/stats", skip_host=True)
        conn.putheader("Host", host)
        conn.endheaders()
        res = conn.getresponse()
        import json

        return res.status, json.loads(res.read())
    finally:
        conn.close()


def test_host_allow_list_against_dns_rebinding(store_path):
    queries = Queries.for_url(f"sqlite:///{store_path}")
    with BackgroundServer(queries, allow_hosts=("rasd.example.org", ".team.example")) as server:
        port = server.sock.getsockname()[1]
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", "[::1]:8000",
                     "rasd.example.org", "dash.team.example", "team.example"):
            status, body = _raw_request(server.url, host)
            assert status == 200 and "documents" in body, host
        for host in ("attacker.example", f"evil.com:{port}", "rasd.example.org.evil.com",
                     "localhost.evil.com", "xteam.example", "localhost:80@evil.com",
                     "[::1]evil.com"):
            status, body = _raw_request(server.url, host)
            assert status == 400, host
            assert "not allowed" in body["error"]["message"], host


def test_keep_alive_connections_have_tcp_nodelay(store_path):
    """Without TCP_NODELAY each keep-alive response waited ~40 ms for a delayed ACK."""
    import http.client
    import socket

    with BackgroundServer(Queries.for_url(f"sqlite:///{store_path}")) as server:
        conn = http.client.HTTPConnection("127.0.0.1", server.sock.getsockname()[1], timeout=30)
        conn.request("GET", "/api/stats")
        conn.getresponse().read()
        accepted = [c.transport.get_extra_info("socket")
                    for c in server.server.server_state.connections]
        assert accepted
        for sock in accepted:
            assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
        conn.close()


def test_over_large_body_is_a_413_the_client_reads(store_path):
    """urllib writes the whole body before reading: it must get the JSON 413, not a reset."""
    import json

    with BackgroundServer(Queries.for_url(f"sqlite:///{store_path}")) as server:
        for size in (2_000_000, 20_000_000):
            body = json.dumps({"text": "ب " * (size // 2)}, ensure_ascii=False).encode()
            req = urllib.request.Request(server.url + "api/extract", data=body,
                                         headers={"content-type": "application/json"})
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(req, timeout=60)
            assert err.value.code == 413
            message = json.loads(err.value.read())["error"]["message"]
            assert "too large" in message and "1,000,000" in message
