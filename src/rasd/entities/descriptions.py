"""Descriptions that refer back to a body the report has named: «الأمم المتحدة … وقالت المنظمة
الدولية», «الأونروا … الوكالة الأممية», «اللجنة الدولية للصليب الأحمر … اللجنة الدولية».

A linking pass (`link_descriptions`, run by rasd.entities.link): an unlinked ORG mention whose
words are a description of `data/kb/curated/descriptions.tsv` takes the link of the one body of
the description's kinds named earlier in the report; two such bodies, or none before it, and it
stays unlinked (a wrong link is worse than none). Reads the linking state's mentions and links;
writes only the description's link. (Event roles the tagger left out, شن التنظيم هجوما, are
not pointed at the body: doing so lowered the demo's merge recall, 0.687 → 0.634.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from rasd.entities.kb import KB_DIR, Entry, name_key
from rasd.once import once
from rasd.text.segment import clitic_stems, tokenize

if TYPE_CHECKING:
    from rasd.entities.link import _Linking

_PATH = KB_DIR / "curated" / "descriptions.tsv"


@dataclass(frozen=True, slots=True)
class Description:
    """What a description can name: bodies of these kinds, one of whose names opens with one
    of these head nouns (article cut), within the scope (any, stateless, family:ID, part:ID);
    `rivals` "kind": every body of the kinds and scope named before makes it ambiguous, not
    only those with the head; "kind-but:HEADS": save those whose own (first) name opens with one
    of HEADS (organs: محكمة، مجلس)."""

    kinds: frozenset[str]
    heads: frozenset[str]
    scope: str
    rivals: str = "head"

    def fits(self, x: Entry) -> bool:
        return self.rival(x) and any(_head(n) in self.heads for n in x.names_ar)

    def rival(self, x: Entry) -> bool:
        """Would `x`, named before, be a body the description may mean?"""
        how, _, organs = self.rivals.partition(":")
        if x.kind not in self.kinds or (
                how == "head" and not any(_head(n) in self.heads for n in x.names_ar)):
            return False
        if organs and x.names_ar and _head(x.names_ar[0]) in _heads(organs):
            return False  # a court, council or assembly: an organ, never «المنظمة»
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
def _heads(words: str) -> frozenset[str]:
    """The head keys of a comma-separated list of nouns."""
    return frozenset(_head(h) for h in words.split(","))


@once
def descriptions() -> dict[str, Description]:
    """The description table, by the description's matching key."""
    table: dict[str, Description] = {}
    lines = [ln for ln in _PATH.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    for line in lines[1:]:  # the header
        phrase, kinds, heads, scope, rivals = line.split("\t")
        table[name_key(phrase)] = Description(
            frozenset(kinds.split(",")), _heads(heads), scope,
            rivals)
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


def name_goes_on(text: str, end: int) -> bool:
    """The word right after the mention opens with ل or the article (المنظمة الدولية للهجرة,
    اللجنة الدولية لشؤون المفقودين, الجبهة الجنوبية): the description is the start of another
    body's name, cut short."""
    rest = text[end:end + 40]
    words = tokenize(rest)
    return bool(words) and not rest[:words[0].start].strip() and \
        words[0].norm.startswith(("ل", "ال")) and words[0].norm not in _free_after()


@once
def _free_after() -> frozenset[str]:
    """Words after a description that start no longer name (التي، الخميس):
    `data/kb/curated/description-after.txt`."""
    path = KB_DIR / "curated" / "description-after.txt"
    return frozenset(name_key(w) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


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
        if d is None or name_goes_on(st.doc.text, e.end):
            continue
        found = {x.id: x for j, f in enumerate(ents) if f.end <= e.start
                 for x in (_entry_of(st, j),) if x is not None and d.rival(x)}
        one = next(iter(found.values())) if len(found) == 1 else None
        if one is not None and d.fits(one):
            st.links[i] = one
