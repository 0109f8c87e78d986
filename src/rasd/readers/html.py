"""HTML: whole pages through the article extractor, fragments to plain text.

Pages: main text, title and date by trafilatura (with htmldate). Fragments
(feed summaries, content:encoded): lxml text with a newline per block element,
since the article extractor is made for whole pages and drops short ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from rasd.readers.dates import normalize_date
from rasd.readers.record import BadInput, Record, replaced_warning
from rasd.readers.stream import read_limited
from rasd.readers.text import decode


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    published: str | None


def extract_html(html: str, origin: str = "<html>") -> Page:
    """The article in a page: main text, title and date, all read from one parse.

    The page is parsed once (lxml, through trafilatura's loader); the title and the
    date come from that tree (meta tags, JSON-LD, then the page's headings; htmldate
    for the date, as trafilatura runs it), and the main text from a copy of it. Only
    the metadata rasd keeps is looked for: trafilatura's full metadata pass (author,
    site name, categories, tags, licence) cost a third of the time.
    """
    from trafilatura import bare_extraction  # ~0.3 s to import: plain text never needs it
    from trafilatura.utils import load_html

    if not html.strip():
        raise BadInput(f"{origin}: empty page")
    try:
        tree = load_html(html)
        if tree is None:
            raise BadInput(f"{origin}: unreadable HTML")
        title, date = _title_and_date(tree)
        result = bare_extraction(
            tree, include_comments=False, include_tables=False, favor_precision=True,
            deduplicate=False,
        )
    except BadInput:
        raise
    except Exception as exc:  # lxml raises many types on broken markup
        raise BadInput(f"{origin}: unreadable HTML ({type(exc).__name__})") from None
    if result is None or not (result.text or "").strip():
        raise BadInput(f"{origin}: no article text found in the page")
    return Page(text=result.text, title=title or None, published=normalize_date(date))


def _title_and_date(tree) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    """What trafilatura's metadata pass finds for the title and the date, alone."""
    import contextlib

    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
    from trafilatura.settings import Extractor

    meta = examine_meta(tree)
    with contextlib.suppress(Exception):  # JSON-LD is page content: any shape
        meta = extract_meta_json(tree, meta)
    meta.title = meta.title or extract_title(tree)
    params = {**Extractor().date_params, "url": meta.url or extract_url(tree)}
    meta.date = find_date(tree, **params)
    meta.clean_and_trim()  # as trafilatura's own pass ends: entities, spaces, length
    return meta.title, meta.date


_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "tr", "table", "section", "article", "figure", "figcaption", "pre", "hr", "dd", "dt"}
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one line per block, scripts and styles dropped."""
    if "<" not in fragment:
        import html as _html

        return _html.unescape(fragment).strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # broken markup: keep the text between the tags
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    lines = (_SPACES.sub(" ", line).strip() for line in _text_with_blocks(root).splitlines())
    return "\n".join(line for line in lines if line)


def _text_with_blocks(el) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag in _BLOCKS
        if block:
            out.append("\n")
        if node.text:
            out.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    walk(el)
    return "".join(out)


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record]:
    """One HTML page: the extractor runs later, in make_document, like for JSONL html."""
    from rasd import limits

    page = decode(read_limited(stream, origin, 4 * limits.MAX_HTML_CHARS + 4), origin)
    yield Record(origin=origin, html=page, warning=replaced_warning(origin, page))
