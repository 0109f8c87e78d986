"""RSS and Atom feed files (feedparser): one record per entry.

An entry's text is its full content (content:encoded, Atom content) when the
feed carries it, else its summary; both are HTML fragments made plain text.
The date is the entry's published (or updated) date, which feedparser reads
from RFC 822 and ISO forms.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from rasd.readers.dates import normalize_date
from rasd.readers.html import html_to_text
from rasd.readers.record import BadInput, Record, replaced_warning, unreadable
from rasd.readers.stream import read_limited


def looks_like_feed(head: bytes) -> bool:
    h = head[:4000].lower()
    return b"<rss" in h or b"<rdf:rdf" in h or (b"<feed" in h and b"atom" in h)


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record | BadInput]:
    import feedparser

    data = read_limited(stream, origin)
    if not data.strip():
        raise BadInput(f"{origin}: empty file")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        bozo = parsed.get("bozo_exception")
        why = f"not a feed ({type(bozo).__name__})" if bozo else "no entries"
        raise BadInput(f"{origin}: {why}")
    source = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#{n}"
        try:
            item = _record(entry, where, source)
        except Exception as exc:  # one odd entry never stops the feed
            item = unreadable(where, exc)
        yield item


def _record(entry, where: str, source: str | None) -> Record | BadInput:  # type: ignore[no-untyped-def]
    html = ""
    for content in entry.get("content") or []:
        if len(content.get("value") or "") > len(html):
            html = content["value"]
    html = html or entry.get("summary") or entry.get("description") or ""
    text = html_to_text(html)
    if not text.strip():
        return BadInput(f"{where}: entry without text")
    # the date as written (its own calendar day); feedparser's parsed form is UTC
    published = (normalize_date(entry.get("published"))
                 or normalize_date(entry.get("updated"))
                 or normalize_date(entry.get("published_parsed"))
                 or normalize_date(entry.get("updated_parsed")))
    title = entry.get("title") or None
    return Record(origin=where, text=text, id=entry.get("id") or None,
                  url=entry.get("link") or None, title=title, published=published,
                  source=source, warning=replaced_warning(where, text, title))
