"""Property-based tests (hypothesis) of readers, cleaning and extraction: whatever the
input, never an exception other than BadInput (a one-line reason), and never a good
record lost because of the bad ones around it."""

from __future__ import annotations

import csv
import gzip
import io
import json
import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.clean import clean_text
from rasd.contract import check
from rasd.pipeline import Pipeline, extract, make_document
from rasd.readers.dispatch import read_path
from rasd.readers.record import BadInput, Record

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىءآأإؤئةـًٌٍَُِّْ"
MARKS = ".،؛:!؟?«»\"'()[]-–—/%+=@#*_<>&"
ODD = "\u200b\u200c\u200d\u200e\u200f\u2028\u2029\ufeff\u00a0\t\r\x0c\ufffd"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
# any character at all, the odd ones often
ANY_TEXT = st.text(alphabet=st.one_of(
    st.sampled_from(ARABIC + MARKS + ODD + DIGITS + " \n" + string.ascii_letters),
    st.characters(exclude_categories=("Cs",))), max_size=400)
WORD = st.text(alphabet=ARABIC[:28], min_size=2, max_size=9)
GOOD_TEXT = st.lists(WORD, min_size=3, max_size=40).map(
    lambda words: " ".join(words) + ".")


# --- cleaning -------------------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
def test_cleaning_never_fails_and_never_changes_a_character(raw):
    body, removed = clean_text(raw)
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line in body.split("\n"):  # every kept line is a line of the input, verbatim
        assert line == "" or line in lines or line.strip() in (x.strip() for x in lines)
    for line in removed:
        assert any(line == x.strip() for x in lines)
    kept = [x for x in body.split("\n") if x.strip()]
    assert len(kept) + len(removed) <= len([x for x in lines if x.strip()])


# --- extraction -----------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_extraction_gives_a_valid_document_or_one_line_reason(raw):
    try:
        doc = extract(Record(origin="<prop>", text=raw), pipeline=Pipeline())
    except BadInput as exc:
        assert "\n" not in str(exc) and str(exc).startswith("<prop>: ")
        return
    assert check(json.loads(doc.to_json())) == []


# --- readers: good records among bad ones ------------------------------------------------

GOOD = st.builds(lambda text, n: {"id": f"r{n}", "text": text}, GOOD_TEXT,
                 st.integers(0, 10**6))
BAD_LINE = st.one_of(
    st.binary(max_size=60).filter(lambda b: b"\n" not in b and b"\r" not in b
                                  and not b.strip().startswith(b"{")),
    st.just(b'{"text": '), st.just(b'{"id": 1}'), st.just(b"[1, 2]"), st.just(b'"text"'),
    st.just(b'{"text": "   "}'), st.just(b'{"text": 5}'),
    st.integers(200, 3000).map(lambda n: b'{"text": "x", "a": ' + b"[" * n + b"]" * n + b"}"),
    st.integers(4400, 6000).map(lambda n: b'{"text": "x", "n": ' + b"9" * n + b"}"),
    st.just(b'{"text": "\\ud800 \xd8\xad\xd9\x84\xd8\xa8"}'),
)


def _jsonl(items: list[dict | bytes]) -> tuple[bytes, list[dict]]:
    lines, good = [], []
    for it in items:
        if isinstance(it, dict):
            it = {**it, "id": f"{it['id']}-{len(lines)}"}
            lines.append(json.dumps(it, ensure_ascii=False).encode())
            good.append(it)
        else:
            lines.append(it)
    return b"\n".join(lines) + b"\n", good


def _read(path: Path) -> tuple[list[Record], list[BadInput]]:
    out = list(read_path(str(path)))  # never raises: that is the first property
    return ([r for r in out if isinstance(r, Record)],
            [b for b in out if isinstance(b, BadInput)])


def _kept(records: list[Record], good: list[dict]) -> None:
    """Every good record read, in order, exactly as written (a lone surrogate line is
    read too: make_document refuses it later, with its reason)."""
    texts = [(r.id, r.text) for r in records if r.id is not None and r.id[:1] == "r"]
    assert texts == [(g["id"], g["text"]) for g in good]


@SETTINGS
@given(st.lists(st.one_of(GOOD, BAD_LINE), max_size=12), st.booleans())
def test_jsonl_keeps_every_good_record(tmp_path_factory, items, gz):
    data, good = _jsonl(items)
    path = tmp_path_factory.mktemp("p") / ("in.jsonl.gz" if gz else "in.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    records, bad = _read(path)
    _kept(records, good)
    for b in bad:
        assert "\n" not in str(b)
    for r in records:  # whatever a record holds, making a document is fine or one line
        try:
            make_document(r)
        except BadInput as exc:
            assert "\n" not in str(exc)


BAD_VALUE = st.one_of(
    st.just("1"), st.just('"x"'), st.just("null"), st.just('{"text": 3}'), st.just("[]"),
    st.just('{"text": oops}'), st.just('{"a": [1, 2}'),
    st.integers(200, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(4400, 6000).map(lambda n: "9" * n),
)


@SETTINGS
@given(st.lists(st.one_of(GOOD, BAD_VALUE), max_size=10))
def test_json_array_keeps_every_good_record(tmp_path_factory, items):
    good, parts = [], []
    for n, it in enumerate(items):
        if isinstance(it, dict):
            it = {**it, "id": f"{it['id']}-{n}"}
            good.append(it)
            parts.append(json.dumps(it, ensure_ascii=False))
        else:
            parts.append(it)
    path = tmp_path_factory.mktemp("p") / "in.json"
    path.write_text("[" + ", ".join(parts) + "]", encoding="utf-8")
    records, _ = _read(path)
    # a value with mismatched brackets may swallow what follows it: only JSON that is
    # well formed is promised to stay readable around it
    if not any(p in ('{"a": [1, 2}',) for p in parts):
        _kept(records, good)


@SETTINGS
@given(st.lists(st.one_of(GOOD, st.just({"id": "", "text": ""}),
                          st.builds(lambda t: {"id": "", "text": t, "published": "9" * 400},
                                    GOOD_TEXT)), max_size=10))
def test_csv_keeps_every_good_row(tmp_path_factory, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["id", "text", "published"])
    w.writeheader()
    good = []
    for n, row in enumerate(rows):
        if row["id"]:
            row = {**row, "id": f"{row['id']}-{n}"}
            good.append(row)
        w.writerow({"published": "", **row})
    path = tmp_path_factory.mktemp("p") / "in.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    records, bad = _read(path)
    _kept(records, good)
    if not rows:
        assert len(bad) == 1 and "header only" in str(bad[0])


@SETTINGS
@given(st.lists(st.one_of(GOOD, BAD_VALUE), max_size=10))
def test_telegram_keeps_every_good_message(tmp_path_factory, items):
    parts, good = [], []
    for n, it in enumerate(items):
        if isinstance(it, dict):
            good.append(it["text"])
            parts.append(json.dumps({"id": n, "type": "message", "date": "2016-12-15T10:00:00",
                                     "text": it["text"]}, ensure_ascii=False))
        else:
            parts.append(it)
    path = tmp_path_factory.mktemp("p") / "result.json"
    path.write_text('{"name": "c", "type": "public_channel", "id": 1, "messages": ['
                    + ", ".join(parts) + "]}", encoding="utf-8")
    out = list(read_path(str(path)))
    if not any(p == '{"a": [1, 2}' for p in parts):
        assert [r.text for r in out if isinstance(r, Record)] == good


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(
    ["x.txt", "x.html", "x.jsonl", "x.json", "x.csv", "x.xml", "x.warc", "x.gz", "x.jsonl.gz"]))
def test_any_bytes_in_any_file_are_records_or_one_line_reasons(tmp_path_factory, data, name):
    path = tmp_path_factory.mktemp("p") / name
    path.write_bytes(data)
    for item in read_path(str(path)):
        assert isinstance(item, Record | BadInput)
        if isinstance(item, BadInput):
            assert "\n" not in str(item), str(item)
