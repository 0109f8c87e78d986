"""Descriptions that refer back to a body the report has named: «الأمم المتحدة … وقالت المنظمة
الدولية», «الأونروا … الوكالة الأممية», «اللجنة الدولية للصليب الأحمر … اللجنة الدولية».

A linking pass (`link_descriptions`, run by rasd.entities.link): an unlinked ORG mention whose
words are a description of `data/kb/curated/descriptions.tsv` takes the link of the one body of
the description's kinds named earlier in the report; two such bodies, or none before it, and it
stays unlinked (a wrong link is worse than none). Reads the linking state's mentions and links;
writes only the description's link.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rasd.entities.kb import KB_DIR, Entry, name_key
from rasd.text.segment import clitic_stems, tokenize

if TYPE_CHECKING:
    from rasd.entities.link import _Linking

_PATH = KB_DIR / "curated" / "descriptions.tsv"


@dataclass(frozen=True, slots=True)
class Description:
    """What a description can name: bodies of these kinds, one of whose names opens with one
    of these head nouns (article cut), within the scope (any, stateless, family:ID, part:ID)."""

    kinds: frozenset[str]
    heads: frozenset[str]
    scope: str

    def fits(self, x: Entry) -> bool:
        if x.kind not in self.kinds or not any(_head(n) in self.heads for n in x.names_ar):
            return False
        how, _, parent = self.scope.partition(":")
        if how == "stateless":
            return x.country is None
        if how == "family":
            return x.id == parent or x.affiliation == parent
        if how == "part":
            return x.affiliation == parent and x.id != parent
        return True


def _head(name: str) -> str:
    """The first word of a name, normalized, its article cut (المفوضية → مفوضيه)."""
    key = name_key(name)
    word = key.split(" ", 1)[0] if key else ""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def descriptions() -> dict[str, Description]:
    """The description table, by the description's matching key."""
    table: dict[str, Description] = {}
    lines = [ln for ln in _PATH.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    for line in lines[1:]:  # the header
        phrase, kinds, heads, scope = line.split("\t")
        table[name_key(phrase)] = Description(
            frozenset(kinds.split(",")), frozenset(_head(h) for h in heads.split(",")), scope)
    return table


def description_of(key: str) -> Description | None:
    """The description a mention's key is, its first word's clitics cut (والمنظمة الدولية)."""
    table = descriptions()
    if key in table:
        return table[key]
    first, _, rest = key.partition(" ")
    for stem, _, _ in clitic_stems(first):
        found = table.get(f"{stem} {rest}".strip())
        if found is not None:
            return found
    return None


def _name_goes_on(text: str, end: int) -> bool:
    """The word right after the mention opens with ل (المنظمة الدولية للهجرة, اللجنة الدولية
    لشؤون المفقودين): the description is the start of another body's name."""
    rest = text[end:end + 40]
    words = [t for t in tokenize(rest)]
    return bool(words) and not rest[:words[0].start].strip() and words[0].norm.startswith("ل")


def _entry_of(st: _Linking, j: int) -> Entry | None:
    """The KB entry mention `j` is linked to by now, by any pass."""
    x = st.links[j]
    if x is not None:
        return x
    link = st.shared.get(j) or st.kept_link(j, st.doc.entities[j], st.readings[j])
    return st.kb.entries.get(link.id) if link is not None else None


def link_descriptions(st: _Linking) -> None:
    """An unlinked ORG mention that is a description (المنظمة الدولية) takes the link of the
    one body of its kinds named before it in the report; none when two are named there."""
    ents = st.doc.entities
    for i, e in enumerate(ents):
        if (e.type != "ORG" or i in st.refused or _entry_of(st, i) is not None):
            continue
        d = description_of(st.keys[i])
        if d is None or _name_goes_on(st.doc.text, e.end):
            continue
        found = {x.id: x for j, f in enumerate(ents) if f.end <= e.start
                 for x in (_entry_of(st, j),) if x is not None and d.fits(x)}
        if len(found) == 1:
            st.links[i] = next(iter(found.values()))
