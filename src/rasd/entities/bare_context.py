"""Whose a bare institution is, read from the words around it, before the home country.

A bare institution (مجلس الوزراء، وزارة الخارجية، قوات التحالف: `KB.bare`) is resolved by the
document's home country (`link.link_by_context`). The words around it can say otherwise, and
they win (`data/kb/curated/bare-context.txt`):

- **a nationality adjective right after it** the tagger left out («نائب مستشار وزارة
  الخارجية الأمريكي بريت ماكجورك», «سلاح الجو الملكي السعودي»);
- **a place right after it** (a preposition, at most one place noun): «فرع وزارة الخارجية
  بجدة» is Saudi Arabia's ministry in a report that names Egypt more; «قوات التحالف في
  سوريا» the US-led coalition;
- **the holder of the office it ends**: a title made only of office words that ends with the
  institution belongs to the person named right after it («نائب الرئيس اليمني رئيس مجلس
  الوزراء خالد بحاح») or, when none follows, the person right before it («الأمير محمد بن
  سلمان، ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء»: the Saudi cabinet in a Yemen
  report).

Only a country the bare phrase has an entry for is taken; a place or person of another
country, or none, leaves the home country's reading. Reads the linking state's mentions and
links; writes only the bare mention's link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.entities.kb import KB_DIR, SKIP_TOKENS, Entry, name_key
from rasd.once import once
from rasd.text.segment import tokenize

if TYPE_CHECKING:
    from rasd.entities.link import _Linking

_PATH = KB_DIR / "curated" / "bare-context.txt"
_CLITICS = ("ول", "ل", "و", "ف")
# punctuation allowed inside a title (الأمير محمد بن سلمان، ولي العهد)
_PUNCT = frozenset("،,-–")


@dataclass(frozen=True, slots=True)
class _Words:
    office: frozenset[str]
    complement: frozenset[str]
    royal: frozenset[str]
    at: frozenset[str]


@once
def _words() -> _Words:
    sections: dict[str, set[str]] = {k: set() for k in ("office", "complement", "royal", "at")}
    current = None
    for line in _PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = line[1:]
            continue
        if current in sections:
            sections[current].add(name_key(line))
    return _Words(*(frozenset(sections[k]) for k in ("office", "complement", "royal", "at")))


def _stems(word: str) -> tuple[str, ...]:
    """The word and the word with one leading clitic cut (لرئيس → رئيس, بجدة → جدة)."""
    return (word, *(word[len(c):] for c in (*_CLITICS, "ب") if word.startswith(c)
                    and len(word) > len(c) + 1))


def _between(text: str) -> list[str] | None:
    """The normalized words of `text`, punctuation dropped; None if anything else is there."""
    out = []
    for t in tokenize(text):
        if t.norm in SKIP_TOKENS or t.norm in _PUNCT:
            continue
        if not t.norm.isalpha():
            return None
        out.append(t.norm)
    return out


def _title(words: list[str] | None) -> bool:
    """Words made only of office words (a clitic ل or و cut), each office noun of
    `@complement` with the word after it (وزير الدفاع)."""
    if words is None:
        return False
    office, complement = _words().office, _words().complement
    after_office = False
    for w in words:
        stems = _stems(w)
        if not (after_office or any(s in office for s in stems)):
            return False
        after_office = any(s in complement for s in stems)
    return True


def _nationality_after(st: _Linking, end: int) -> str | None:
    """The country of a nationality adjective right after offset `end`, after a word of
    `@royal` there (سلاح الجو الملكي السعودي), or after at most two describing adjectives
    (مجلس الوزراء الأمني المصغر الإسرائيلي: Israel's cabinet, ner27)."""
    doc = st.doc
    text = doc.text[end:end + 60]
    words = [t for t in tokenize(text) if t.norm not in SKIP_TOKENS][:3]
    if not words or text[:words[0].start].strip():
        return None
    first = _adjective(st, words[0].norm)
    if first is None and len(words) >= 2 and words[0].norm in _words().royal:
        first = _adjective(st, words[1].norm)
    k = 0
    while first is None and k < min(2, len(words) - 1) and _describing(st, words[k].norm) \
            and not text[words[k].end:words[k + 1].start].strip():
        k += 1
        first = _adjective(st, words[k].norm)
    return first


def _describing(st: _Linking, word: str) -> bool:
    """A definite adjective that is no nationality: a relational one (الأمني) or a
    participle (المصغر، الموسعة)."""
    return (word.startswith("ال") and len(word) > 4 and _adjective(st, word) is None
            and (word.endswith(("ي", "يه")) or word.startswith("الم")))


def _adjective(st: _Linking, word: str) -> str | None:
    """The country of a nationality adjective with the article, singular (السعودي، الأمريكية;
    not a people's plural, الفلسطينيين, which may be the object of a verb)."""
    if not (word.startswith("ال") and (word.endswith("ي") or word.endswith("يه"))):
        return None
    x = st.kb.nationality(word)
    return x.country if x is not None else None


def _located(words: list[str] | None) -> bool:
    """A preposition and at most one place noun (في منطقة، بمنطقة; ب written on the place)."""
    if not words:
        return False
    at = _words().at
    if words[0] == "في":
        rest = words[1:]
    elif words[0].startswith("ب") and words[0][1:] in at:
        rest = [words[0][1:]]
    elif words[0] == "ب":
        rest = words[1:]
    else:
        return False
    return len(rest) <= 1 and all(w in at for w in rest)


def _person_country(st: _Linking, j: int) -> str | None:
    x = st.links[j]
    return x.country if x is not None and x.kind == "person" else None


def _place_country(st: _Linking, j: int) -> str | None:
    x = st.links[j]
    return x.country if x is not None and x.is_place else None


def place_bare_institutions(st: _Linking) -> None:
    """A bare institution followed by the place it is at, or ending the title of a named
    person, is that place's or that person's country's (when the KB has one there)."""
    if not any(r.bare_key for r in st.readings):
        return  # most reports: nothing to read, no sort
    doc, kb = st.doc, st.kb
    order = sorted(range(len(doc.entities)), key=lambda k: doc.entities[k].start)
    for pos, i in enumerate(order):
        r = st.readings[i]
        if r.bare_key is None or i in st.refused:
            continue
        ids = kb.bare[r.bare_key].ids
        e = doc.entities[i]
        sentence = doc.sentence_of(e.start)
        after = order[pos + 1] if pos + 1 < len(order) else None
        before = order[pos - 1] if pos > 0 else None
        if after is not None and doc.sentence_of(doc.entities[after].start) != sentence:
            after = None
        if before is not None and doc.sentence_of(doc.entities[before].start) != sentence:
            before = None
        country = _nationality_after(st, e.end)
        if country is None and after is not None:
            a = doc.entities[after]
            words = _between(doc.text[e.end:a.start])
            if _located(words):
                country = _place_country(st, after)
            elif a.type == "PER" and _title(words):
                # the title is the next person's: theirs, or none known
                country = _person_country(st, after)
                if country is None:
                    continue
        if country is None and before is not None and doc.entities[before].type == "PER":
            words = _between(doc.text[doc.entities[before].end:e.start])
            if words and _title(words):
                country = _person_country(st, before)
        own = ids.get(country) if country else None
        if own is not None and own in kb.entries:
            x: Entry = kb.entries[own]
            st.links[i] = x
