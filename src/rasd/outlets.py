"""Display names of news outlets (Arabic and English), from `data/outlets.tsv`.

The slug stored with each document (`meta.source`, e.g. `aawsat`) stays the key in the store,
the API filters and the exports; these names are only for people to read.
"""

from __future__ import annotations

from importlib import resources

from rasd.once import once


@once
def outlets() -> dict[str, dict[str, str]]:
    """{slug: {"ar", "en", "site"}} for every outlet listed in the data file."""
    text = (resources.files("rasd") / "data" / "outlets.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    rows = [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    for row in body:
        item = dict(zip(header, (cell.strip() for cell in row), strict=True))
        out[item.pop("slug")] = item
    return out


def display_name(slug: str | None, lang: str = "ar") -> str:
    """The outlet's name in `lang` (ar/en); the slug itself when it is not listed."""
    if not slug:
        return ""
    item = outlets().get(slug)
    return (item.get(lang) or slug) if item else slug
