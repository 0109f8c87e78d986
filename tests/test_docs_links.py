"""Relative links and #anchors in README.md and docs/ resolve.

The session logs live in docs/history/: a section moved there from a page links one folder
up (`../store.md`, `../ingest.md`), and a link to a moved section names the history page
(`history/evaluation.md#...`). Anchors are GitHub's: the heading lowercased, punctuation
dropped (letters, digits, `-` and `_` kept, Arabic included), spaces as hyphens, `-1`, `-2`
for repeats.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def slug(heading: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == " ":
            kept.append("-")
        elif ch in "-_" or category[0] in "LN" or category in ("Mn", "Mc"):
            kept.append(ch)
    return "".join(kept)


@cache
def anchors(path: Path) -> frozenset[str]:
    seen: dict[str, int] = {}
    found = set()
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        match = None if fenced else HEADING.match(line)
        if match:
            s = slug(match.group(2))
            n = seen.get(s, 0)
            found.add(s if n == 0 else f"{s}-{n}")
            seen[s] = n + 1
    return frozenset(found)


def broken_links(page: Path) -> list[str]:
    broken = []
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if re.match(r"^[a-z]+:", target) or target.startswith("//"):
            continue
        path, _, fragment = target.partition("#")
        resolved = (page.parent / path).resolve() if path else page
        if not resolved.exists() or (
            fragment and resolved.suffix == ".md" and fragment not in anchors(resolved)
        ):
            broken.append(target)
    return broken


def test_slug_follows_github():
    assert slug("Where it stands (main eccd5a80, the sixteenth session's end, 2026-12-06)") == (
        "where-it-stands-main-eccd5a80-the-sixteenth-sessions-end-2026-12-06")
    assert slug("`rasd eval`") == "rasd-eval"
    assert slug("events31: spurious events — a danger named تهديد") == (
        "events31-spurious-events--a-danger-named-تهديد")


def test_broken_links_are_found(tmp_path):
    page = tmp_path / "page.md"
    (tmp_path / "other.md").write_text("# Title\n\n## A section\n", encoding="utf-8")
    page.write_text("[a](other.md#a-section) [b](other.md#gone) [c](missing.md) [e](gone.md#x) [d](https://x.org/y)\n",
                    encoding="utf-8")
    assert broken_links(page) == ["other.md#gone", "missing.md", "gone.md#x"]


def test_every_relative_link_and_anchor_of_the_docs_resolves():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    broken = {str(p.relative_to(ROOT)): b for p in pages if (b := broken_links(p))}
    assert not broken, f"links that resolve to no file or heading: {broken}"
