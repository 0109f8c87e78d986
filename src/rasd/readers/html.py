"""HTML pages: main text, title and date by trafilatura (with htmldate)."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.readers.record import BadInput


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    published: str | None


def extract_html(html: str, origin: str = "<html>") -> Page:
    import trafilatura  # imported here: it takes ~0.3 s and plain text never needs it

    if not html.strip():
        raise BadInput(f"{origin}: empty page")
    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, deduplicate=False,
        )
    except Exception as exc:  # lxml raises many types on broken markup
        raise BadInput(f"{origin}: unreadable HTML ({type(exc).__name__})") from None
    if result is None or not (result.text or "").strip():
        raise BadInput(f"{origin}: no article text found in the page")
    return Page(text=result.text, title=result.title or None, published=result.date or None)
