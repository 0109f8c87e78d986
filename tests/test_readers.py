"""Readers on real bytes: encodings, HTML, JSONL(.gz), JSON, WARC, feeds, Telegram, CSV."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from conftest import SHARED
from rasd.pipeline import make_document
from rasd.readers import stream as stream_mod
from rasd.readers.dates import normalize_date
from rasd.readers.dispatch import read_path
from rasd.readers.record import BadInput, Record

HTML_FIXTURE = SHARED / "data" / "html" / "assabah.com.tn.article.html"
HTML_EXPECTED = SHARED / "data" / "html" / "assabah.com.tn.article.expected.json"
SNN = SHARED / "data" / "news" / "saudinewsnet-syria.jsonl"


def items(path: Path | str, **options: object) -> list[Record | BadInput]:
    return list(read_path(str(path), **options))


def records(path: Path | str, **options: object) -> list[Record]:
    out = items(path, **options)
    return [r for r in out if isinstance(r, Record)]


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    """Three real SaudiNewsNet articles (text, title, url, date) to build fixtures from."""
    with SNN.open(encoding="utf-8") as fh:
        rows = [json.loads(next(fh)) for _ in range(3)]
    return rows


# --- plain text in every common encoding -----------------------------------------


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b""), ("cp1256", b""), ("iso-8859-6", b""),
])
def test_text_encodings_decode_to_the_same_text(tmp_path, seed_text, encoding, bom):
    p = tmp_path / "seed.txt"
    p.write_bytes(bom + seed_text.encode(encoding))
    [rec] = records(p)
    assert rec.text == seed_text
    assert rec.origin == str(p)


def test_missing_empty_binary_inputs_are_one_line_bad_items(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 20)
    for name, why in [("missing.txt", "no such file"), ("empty.txt", "empty"),
                      ("blank.txt", "empty"), ("image.txt", "binary")]:
        [bad] = items(tmp_path / name)
        assert isinstance(bad, BadInput)
        assert name in str(bad) and why in str(bad) and "\n" not in str(bad)


def test_huge_single_article_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(stream_mod, "MAX_DOCUMENT_BYTES", 1000)
    p = tmp_path / "big.txt"
    p.write_text("قال المرصد. " * 200, encoding="utf-8")
    [bad] = items(p)
    assert isinstance(bad, BadInput) and "too large" in str(bad)


def test_directory_is_recursive_sorted_and_skips_bad_files(tmp_path, seed_text):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_bytes(seed_text.encode("cp1256"))
    (tmp_path / "b" / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b" / "notes.bin").write_bytes(b"\x00" * 10)  # not an input format: ignored
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    out = items(tmp_path)
    assert [type(x).__name__ for x in out] == ["Record", "BadInput", "Record"]
    assert out[0].origin.endswith("a.txt") and out[2].origin.endswith("c.txt")
    assert out[0].text == out[2].text == seed_text
    assert "bad.txt" in str(out[1])


def test_stdin_like_stream_is_sniffed(seed_text):
    from rasd.readers.dispatch import read_stream

    [rec] = list(read_stream(io.BytesIO(seed_text.encode("utf-16")), "<stdin>", None))
    assert rec.text == seed_text
    html = HTML_FIXTURE.read_bytes()
    [page] = list(read_stream(io.BytesIO(html), "<stdin>", None))
    assert page.html is not None and page.text is None


# --- HTML -------------------------------------------------------------------------


def test_html_fixture_with_and_without_strings():
    expected = json.loads(HTML_EXPECTED.read_text(encoding="utf-8"))
    [rec] = records(HTML_FIXTURE)
    doc = make_document(rec)
    for s in expected["with"]:
        assert s in doc.text
    for s in expected["without"]:
        assert s not in doc.text
    assert doc.meta.title and doc.meta.title.startswith("الناشط الحقوقي السوداني")
    assert doc.meta.language == "ar"


# --- JSONL, .jsonl.gz, JSON -------------------------------------------------------


def _jsonl_lines(articles: list[dict]) -> list[str]:
    a, b, c = articles
    return [
        json.dumps({"id": a["id"], "text": a["content"], "url": a["url"], "title": a["title"],
                    "published": "Tue, 21 Jul 2015 02:51:58 GMT", "source": a["source"]},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text", "title": "x"}),
        "",
        json.dumps({"id": b["id"], "content": b["content"], "date": b["date_extracted"]},
                   ensure_ascii=False),
        json.dumps({"id": c["id"], "html": f"<html><body><article><p>{c['content']}</p>"
                    "</article></body></html>", "published": "2015-07-22T10:00:00+03:00"},
                   ensure_ascii=False),
    ]


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.jsonl.gz"])
def test_jsonl_records_bad_lines_and_dates(tmp_path, articles, name):
    data = ("\n".join(_jsonl_lines(articles)) + "\n").encode("utf-8")
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    out = items(p)
    kinds = [type(x).__name__ for x in out]
    assert kinds == ["Record", "BadInput", "BadInput", "Record", "Record"]
    first, bad_json, no_text, second, third = out
    assert first.text == articles[0]["content"] and first.id == articles[0]["id"]
    assert first.published == "2015-07-21" and first.source == articles[0]["source"]
    assert f"{name}:2" in str(bad_json) and "malformed JSON" in str(bad_json)
    assert f"{name}:3" in str(no_text)
    assert second.text == articles[1]["content"] and second.published == "2015-07-21"
    assert third.html is not None and third.text is None and third.published == "2015-07-22"


def test_json_array_is_streamed_element_by_element(tmp_path, articles):
    p = tmp_path / "dump.json"
    p.write_text(json.dumps([{"text": a["content"], "id": a["id"]} for a in articles] + [7],
                            ensure_ascii=False, indent=2), encoding="utf-8")
    out = items(p)
    assert [x.id for x in out[:3]] == [a["id"] for a in articles]
    assert isinstance(out[3], BadInput) and "dump.json[4]" in str(out[3])


# --- WARC ---------------------------------------------------------------------------


def _write_warc(path: Path, pages: list[tuple[str, bytes, str]], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, body, ctype in pages:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(
                b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers,
                                            warc_headers_dict={"WARC-Date": "2019-01-05T10:00:00Z"})
            writer.write_record(rec)


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_through_the_extractor(tmp_path, articles, name, gz):
    a = articles[0]
    page = (f"<html><head><title>{a['title']}</title></head><body><nav>الرئيسية</nav>"
            f"<article><h1>{a['title']}</h1>"
            + "".join(f"<p>{para}</p>" for para in a["content"].split("\n") if para.strip())
            + "</article></body></html>").encode("cp1256", errors="ignore")
    _write_warc(tmp_path / name, [
        ("http://www.assabah.com.tn/article/164913", HTML_FIXTURE.read_bytes(),
         "text/html; charset=utf-8"),
        ("http://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "image/png"),
        (a["url"], page, "text/html; charset=windows-1256"),
    ], gz)
    out = records(tmp_path / name)
    assert len(out) == 2
    assert out[0].url == "http://www.assabah.com.tn/article/164913"
    assert out[0].source == "assabah.com.tn"
    assert "منذ بدء" in out[0].text and out[0].published == "2020-02-19"  # the page's own date
    assert out[1].url == a["url"] and out[1].published == "2019-01-05"  # the capture date
    first_para = next(p for p in a["content"].split("\n") if p.strip()).strip()
    assert first_para[:60] in out[1].text
    # the same archive read from a stream of unknown name (stdin) is recognised by content
    from rasd.readers.dispatch import read_stream

    with (tmp_path / name).open("rb") as fh:
        assert len([r for r in read_stream(fh, "<stdin>", None) if isinstance(r, Record)]) == 2


def test_broken_warc_is_one_bad_item(tmp_path):
    p = tmp_path / "bad.warc"
    p.write_bytes(b"this is not a warc file at all\n" * 10)
    [bad] = items(p)
    assert isinstance(bad, BadInput) and "bad.warc" in str(bad)


# --- RSS / Atom ---------------------------------------------------------------------


def test_rss_feed_entries_with_content_summary_and_rfc822_dates(tmp_path, articles):
    a, b, _ = articles
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>الشرق الأوسط</title><link>http://aawsat.com</link><description>x</description>
<item><title>{a['title']}</title><link>{a['url']}</link><guid>{a['id']}</guid>
<pubDate>Tue, 21 Jul 2015 02:51:58 +0300</pubDate>
<description>&lt;p&gt;ملخص قصير&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>{a['content'].replace(chr(10), '</p><p>')}</p>]]></content:encoded>
</item>
<item><title>{b['title']}</title><link>{b['url']}</link>
<pubDate>Wed, 22 Jul 2015 23:10:00 GMT</pubDate>
<description>&lt;p&gt;{b['content'][:300]}&lt;/p&gt;</description></item>
</channel></rss>"""
    p = tmp_path / "feed.rss"
    p.write_text(rss, encoding="utf-8")
    out = records(p)
    assert [r.title for r in out] == [a["title"], b["title"]]
    assert [r.published for r in out] == ["2015-07-21", "2015-07-22"]
    assert out[0].source == "الشرق الأوسط" and out[0].id == a["id"] and out[0].url == a["url"]
    assert "<p>" not in out[0].text and "ملخص قصير" not in out[0].text  # full content wins
    words = a["content"].split()
    assert " ".join(words[:8]) in " ".join(out[0].text.split())
    assert out[1].text.startswith(b["content"][:40].strip())


def test_atom_feed_by_content_under_xml_suffix(tmp_path, articles):
    a = articles[2]
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>عكاظ</title><id>urn:x</id>
<updated>2015-07-23T08:00:00Z</updated>
<entry><title>{a['title']}</title><id>urn:a</id><link href="{a['url']}"/>
<updated>2015-07-23T08:00:00+03:00</updated>
<content type="html">&lt;p&gt;{a['content'][:500]}&lt;/p&gt;</content></entry></feed>"""
    p = tmp_path / "okaz.xml"
    p.write_text(atom, encoding="utf-8")
    [rec] = records(p)
    assert rec.published == "2015-07-23" and rec.source == "عكاظ"
    assert rec.text.startswith(a["content"][:40].strip())


# --- Telegram Desktop export ----------------------------------------------------------


def test_telegram_export_messages(tmp_path, articles):
    a, b, c = articles
    export = {
        "name": "أخبار سوريا", "type": "public_channel", "id": 1234567,
        "messages": [
            {"id": 1, "type": "service", "date": "2015-07-20T09:00:00", "action": "create_channel",
             "text": ""},
            {"id": 2, "type": "message", "date": "2015-07-21T02:51:58",
             "date_unixtime": "1437436318", "text": a["content"]},
            {"id": 3, "type": "message", "date": "2015-07-22T10:00:00", "photo": "photos/1.jpg",
             "text": ""},
            {"id": 4, "type": "message", "date": "2015-07-22T23:30:00",
             "forwarded_from": "الشرق الأوسط",
             "text": ["عاجل: ", {"type": "bold", "text": b["title"]}, "\n", b["content"][:400],
                      {"type": "link", "text": "https://aawsat.com/x"}]},
            {"id": 5, "type": "message", "date_unixtime": "1437700000", "text": c["content"][:200]},
        ],
    }
    p = tmp_path / "result.json"
    p.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    out = records(p)
    assert [r.id for r in out] == ["telegram:1234567:2", "telegram:1234567:4",
                                   "telegram:1234567:5"]
    assert all(r.source == "أخبار سوريا" for r in out)
    assert out[0].text == a["content"] and out[0].published == "2015-07-21"
    assert out[1].text == f"عاجل: {b['title']}\n{b['content'][:400]}https://aawsat.com/x"
    assert out[1].forwarded_from == "الشرق الأوسط" and out[1].published == "2015-07-22"
    assert out[2].published == "2015-07-24"  # from date_unixtime alone


# --- CSV -----------------------------------------------------------------------------------


def test_csv_named_text_column_other_columns_and_bad_rows(tmp_path, articles):
    import csv

    p = tmp_path / "corpus.csv"
    with p.open("w", encoding="cp1256", newline="", errors="ignore") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "body", "published", "title", "source", "url"])
        for a in articles[:2]:
            w.writerow([a["id"], a["content"], "21/07/2015", a["title"], a["source"], a["url"]])
        w.writerow(["empty", "", "", "", "", ""])
    out = items(p, text_column="body")
    assert [type(x).__name__ for x in out] == ["Record", "Record", "BadInput"]
    assert out[0].id == articles[0]["id"] and out[0].published == "2015-07-21"
    assert out[0].text.split()[:10] == articles[0]["content"].split()[:10]
    assert "empty 'body'" in str(out[2])
    [bad] = items(p)  # default column 'text' is not there
    assert isinstance(bad, BadInput) and "no column 'text'" in str(bad) and "body" in str(bad)


def test_tsv_default_text_column(tmp_path, articles):
    p = tmp_path / "corpus.tsv"
    rows = ["text\tdate"] + [f"{a['title']}. {a['content'][:200]}".replace("\n", " ")
                             + "\t2015-07-21 02:51:58" for a in articles]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = records(p)
    assert len(out) == 3 and all(r.published == "2015-07-21" for r in out)


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("value,expected", [
    ("2016-12-15", "2016-12-15"), ("2016-12-15T23:30:00-05:00", "2016-12-15"),
    ("Thu, 15 Dec 2016 10:00:00 GMT", "2016-12-15"), ("15/12/2016", "2016-12-15"),
    ("12/15/2016", "2016-12-15"), ("١٥/١٢/٢٠١٦", "2016-12-15"), ("2016/12/15", "2016-12-15"),
    ("15 ديسمبر 2016", "2016-12-15"), ("الخميس 15 كانون الأول 2016", "2016-12-15"),
    ("15 دجنبر 2016", "2016-12-15"), ("15 جانفي 2017", "2017-01-15"),
    ("December 15, 2016", "2016-12-15"), ("Dec 15 2016 10:00 AM", "2016-12-15"),
    ("15 ربيع الأول 1438", "2016-12-14"), ("1481796000", "2016-12-15"),
    (1481796000, "2016-12-15"), ("2016-02-30", None), ("أمس", None), ("", None), (None, None),
])
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


def test_rfc822_dates_as_feedparser_and_email_write_them():
    import email.utils
    import time

    for ts in range(1_300_000_000, 1_700_000_000, 37_000_000):
        stamp = email.utils.formatdate(ts, usegmt=True)
        assert normalize_date(stamp) == time.strftime("%Y-%m-%d", time.gmtime(ts))


def test_gzipped_text_and_oversized_jsonl_record(tmp_path, seed_text, monkeypatch):
    from rasd.readers import jsonl

    p = tmp_path / "seed.txt.gz"
    p.write_bytes(gzip.compress(seed_text.encode("cp1256")))
    [rec] = records(p)
    assert rec.text == seed_text
    monkeypatch.setattr(jsonl, "MAX_LINE", 2000)
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"text": "كلمة " * 1000}) + "\n"
                   + json.dumps({"text": seed_text[:500]}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    with big.open("rb") as fh:
        out = list(jsonl.read(fh, "big.jsonl"))
    assert isinstance(out[0], BadInput) and "too large" in str(out[0])
    assert isinstance(out[1], Record) and out[1].origin == "big.jsonl:2"


SCANNED_VALUES = [
    '"a]b"', '"\\"]"', '[]', '[[[]]]', '[[], [[]], {}]', '{"a": [1, {"b": "]]}"}]}',
    '[' * 500 + ']' * 500, '[{"a": ' * 300 + '[]' + '}]' * 300, '{"k": "\\\\"}',
    '[["x"], "[", "]"]',
]


@pytest.mark.parametrize("value", SCANNED_VALUES)
@pytest.mark.parametrize("piece", [1, 2, 7, 10_000])
def test_json_scanner_finds_where_a_value_ends_fed_in_pieces(value, piece):
    """The scanner that steps over values the decoder cannot take (runs of brackets are
    counted in one step: 20 MB of them took 15 s one by one) ends each value exactly
    where json itself does, however the stream is cut."""
    from rasd.readers.jsonstream import _Scanner

    json.loads(value)  # a valid value, whose end is its length
    text = value + ', ["next"]]'
    scan = _Scanner()
    end = None
    for k in range(0, len(text), piece):
        found = scan.feed(text[k:k + piece], 0)
        if found is not None:
            end = k + found
            break
    assert end == len(value)
