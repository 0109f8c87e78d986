"""The entity stage: tag tokens with PER/ORG/LOC/MISC spans.

The model sees tokens the way ANERcorp writes them: punctuation apart, clitics
attached (وروسيا is one token, tagged whole). The document contract wants the
name itself, so a leading conjunction or preposition is cut from the span's
offsets when what is left is the name (روسيا from وروسيا) and kept when the
letter belongs to it (لبنان، بيروت).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from rasd.document import Document, Entity, Span, Token
from rasd.entities.areas import list_noun
from rasd.entities.features import cues, gazetteer, given_names, norm_word, word_list
from rasd.entities.kb import SKIP_TOKENS
from rasd.entities.nonames import clitic_homographs, not_a_name
from rasd.entities.tagger import default_tagger
from rasd.evaluate_ner import chunks
from rasd.once import once
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.segment import clitic_stems


@once
def known_names() -> frozenset[str]:
    """Normalized words known to start names: the model's list plus the gazetteer."""
    words = resources.files("rasd").joinpath("data", "ner", "name_words.txt")
    known = {ln.strip() for ln in words.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")}
    single, multi = gazetteer()
    return frozenset(known | set(single) | set(multi))


def not_entities() -> frozenset[str]:
    """Words that never make an entity on their own (data/ner/not_entities.txt)."""
    return word_list("not_entities.txt")


@lru_cache(maxsize=1 << 15)
def _not_entity(word: str) -> bool:
    """The normalized word is listed in not_entities.txt, or is a listed definite word
    behind a proclitic (للدولار، للميليشيات، وللإسلام: ل + الدولار, the alif elided). Only
    definite stems: كيا، ليا (names) are no ك/ل + يا."""
    listed = not_entities()
    return word in listed or any(
        pre and not suf and stem.startswith("ال") and stem in listed
        for stem, pre, suf in clitic_stems(word))


# Tanween (fathatan, dammatan, kasratan): the mark of an indefinite noun or adjective. A
# place, organisation or title is definite or a diptote and never takes it: «23 شخصاً
# سورياً» is Syrians, no Syria. (A person's name may: محمداً.)
_TANWEEN = frozenset("\u064b\u064c\u064d")


def _indefinite(text: str) -> bool:
    """The span's last word carries tanween (سورياً، سوريًا)."""
    last = text.split()[-1] if text.split() else ""
    return any(c in _TANWEEN for c in last[-3:])


def _is_name(doc: Document, ent: Entity, starts: Sequence[int] | None = None) -> bool:
    """`starts`: the start offsets of doc.tokens (for the words around the span)."""
    if starts is None:
        starts = [t.start for t in doc.tokens]
    text = doc.text[ent.start : ent.end]
    if ent.type != "PER" and _indefinite(text):
        return False
    words = normalize(text).split()
    if ent.type == "PER" and len(words) == 1 and deed_alone(norm_word(text)):
        return False  # ودان الرئيس …: "and condemned"; … وزير الداخلية برقية تهنئة
    if all(_not_entity(w) for w in words):
        return False
    first = max(0, bisect_right(starts, ent.start) - 1)
    return not not_a_name(doc.text, doc.tokens, first, bisect_left(starts, ent.end),
                          ent.start, ent.end)


def proclitic_length(norm: str) -> int:
    """How many leading letters of a tagged name's first word are clitics, not name.

    A known name is kept whole (لبنان); و/ف followed by a preposition or the
    article, or a clitic before a known name, is cut (وبيروت، والأراضي، بسوريا);
    so is ب/ل before a given name (لفهد السالك، لطوني حنا: "by Fahd al-Salik").
    A common word that is never clitic + name is kept whole (لجان التنسيق: committees).
    """
    known = known_names()
    given = given_names()
    if norm in known or norm in given:
        return 0  # وليد، وائل، وداد: a given name's first letter is no conjunction
    if clitic_homographs().get(norm) == frozenset():
        return 0  # لجان، وكيل: the first letter is the word's own
    cut = 0
    rest = norm
    if rest[:1] in ("و", "ف") and len(rest) > 3 and (
            rest[1:] in known or rest[1:3] == "ال" or rest[1:2] in ("ب", "ل", "ك")
            or rest[1:] in given):  # وفراس: و + a given name
        cut, rest = 1, rest[1:]
    if rest[:1] in ("ب", "ل", "ك") and len(rest) > 3 and not rest.startswith("لل") and (
            rest not in known and rest not in given) and (
            rest[1:] in known or rest[1:3] == "ال"  # (ولبنان keeps لبنان)
            or rest[:1] in ("ب", "ل") and rest[1:] in given):  # لفهد، لطوني: ل + a given name
        cut += 1
    return cut


def _cut_offsets(text: str, tok: Token, cut: int) -> int:
    """Start offset of `tok` after `cut` normalized letters (marks follow their letter)."""
    if cut == 0:
        return tok.start
    norm, index = normalize_with_map(text[tok.start : tok.end])
    if cut >= len(index):
        return tok.start
    return tok.start + index[cut]


def _is_head(text: str, tok: Token) -> bool:
    """A cue word for places or organisations (ريف، مدينة، حركة), clitics aside."""
    n = norm_word(text[tok.start : tok.end])
    cue = cues()
    return any(cue.get(s) in ("LOC", "ORG") for s, _, _ in clitic_stems(n))


def _split_at_marks(text: str, tokens: Sequence[Token],
                    found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A tagged span is cut at brackets and quotes inside it: تنظيم (داعش) is تنظيم and داعش;
    the marks themselves belong to no name."""
    out = []
    for a, b, typ in found:
        k = a
        for i in range(a, b + 1):
            if i == b or text[tokens[i].start : tokens[i].end] in SKIP_TOKENS:
                if i > k:
                    out.append((k, i, typ))
                k = i + 1
    return out


def _trailing_words(text: str, tokens: Sequence[Token], a: int, b: int) -> int:
    """The span's end after dropping trailing words that qualify a name (الإرهابي)."""
    after = word_list("trailing.txt")
    while b - a > 1 and norm_word(text[tokens[b - 1].start : tokens[b - 1].end]) in after:
        b -= 1
    return b


def trailing_deed(text: str, tokens: Sequence[Token], a: int, b: int) -> int:
    """A person span's end after dropping a last word that is a verb or deed noun news writes
    right after a name (data/ner/deed_words.txt): «عمر البشير دان الهجوم» is عمر البشير, «أحمد
    النمراوي فرار من» is أحمد النمراوي. One word of the name is always kept."""
    deeds = word_list("deed_words.txt")
    while b - a > 1 and norm_word(text[tokens[b - 1].start : tokens[b - 1].end]) in deeds:
        b -= 1
    return b


def deed_alone(word: str) -> bool:
    """The normalized word is a listed verb or deed noun, a و or ف before it allowed (ودان:
    "and condemned"; برقية "a cable"), and no given name (دان، وليد)."""
    deeds = word_list("deed_words.txt")
    return word not in given_names() and (
        word in deeds or (word[:1] in ("و", "ف") and word[1:] in deeds))


def spans_from_tags(text: str, tokens: Sequence[Token], tags: Sequence[str]) -> list[Entity]:
    """Entities (ids unset) from BIO tags over `tokens`."""
    out: list[Entity] = []
    found = _split_at_marks(text, tokens, chunks(tags))
    starts = {a for a, _, _ in found}
    for a, b, typ in found:
        if b - a == 1 and (b in starts or b + 1 in starts) and _is_head(text, tokens[a]):
            continue  # ريف before إدلب: a head noun tagged apart is no name of its own
        b = _trailing_words(text, tokens, a, b)
        if typ == "PER":
            b = trailing_deed(text, tokens, a, b)
        if b - a > 1 and list_noun(norm_word(text[tokens[a].start : tokens[a].end])):
            a += 1  # مثل ولايتي قندهار وهلمند: the dual noun counts the places, named after it
        first = tokens[a]
        cut = proclitic_length(norm_word(text[first.start : first.end]))
        start = _cut_offsets(text, first, cut)
        out.append(Entity(start, tokens[b - 1].end, type=typ))
    return out


def sentence_tokens(doc: Document) -> list[list[Token]]:
    """The document's tokens grouped by sentence (the whole text if it has no sentences)."""
    groups: list[list[Token]] = []
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]  # (tokens do not overlap: both lists ascend)
    i = 0
    for sent in doc.sentences or [Span(0, len(doc.text))]:
        i = bisect_left(starts, sent.start, i)  # the first token starting in the sentence
        j = bisect_right(ends, sent.end, i)  # and the first ending past it
        if j > i:
            groups.append(tokens[i:j])
        i = j
    return groups


def find_entities(doc: Document) -> list[Entity]:
    """Entity spans of the whole document, ids e1, e2, ... in text order.

    Sentences are tagged one by one, then again with the document's other
    sentences as context (see entities.tagger).
    """
    return find_entities_many([doc])[0]


def find_entities_many(docs: Sequence[Document]) -> list[list[Entity]]:
    """`find_entities` of each document, the tagger's numeric work done for all at once
    (`Tagger.tag_documents`: the same tags as one by one)."""
    groups = [sentence_tokens(doc) for doc in docs]
    words = [[[doc.text[t.start : t.end] for t in g] for g in gs]
             for doc, gs in zip(docs, groups, strict=True)]
    tagged = iter(default_tagger().tag_documents([w for w in words if w]))
    return [_entities(doc, gs, next(tagged)) if gs else []
            for doc, gs in zip(docs, groups, strict=True)]


def _entities(doc: Document, groups: list[list[Token]], tags: list[list[str]]) -> list[Entity]:
    """The document's entities from its sentences' tokens and their tags."""
    found: list[Entity] = []
    for g, t in zip(groups, tags, strict=True):
        found += spans_from_tags(doc.text, g, t)
    starts = [t.start for t in doc.tokens]
    found = [e for e in found if _is_name(doc, e, starts)]
    found.sort(key=lambda e: (e.start, e.end))
    for k, ent in enumerate(found, 1):
        ent.id = f"e{k}"
    return found


def stage(doc: Document) -> Document:
    doc.entities = find_entities(doc)
    return doc


def stage_many(docs: list[Document]) -> list[Document]:
    """`stage` of each document, tagged together (see `find_entities_many`)."""
    for doc, found in zip(docs, find_entities_many(docs), strict=True):
        doc.entities = found
    return docs
