"""The NER training corpora as (words, tags) sentences in ANERcorp's conventions.

ANERcorp (../shared/data/anercorp) is read as it is. WikiFANEGold
(../shared/data/wikifane, CC BY-SA 3.0) splits clitics off as tokens of their
own (`و ب مصر`, `مدينة ه`) and tags 50 fine classes; `read_wikifane` joins the
clitics back onto their word, as raw text and ANERcorp write them (`وبمصر`,
`مدينته`), and maps the fine classes onto PER/LOC/ORG/MISC (`MAPPINGS`; what
each choice gives on ANERcorp dev is in docs/history/entities.md, round four). Used by the training
scripts only: the corpora are never shipped.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from rasd.evaluate_ner import canon_tag, read_conll

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
ANER = SHARED / "anercorp"
WIKIFANE = SHARED / "wikifane" / "wikifane-gold.conll.gz"

Sentences = tuple[list[list[str]], list[list[str]]]

_PER = ("Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete",
        "Businessperson", "Engineer", "Lawyer", "Police")
_ORG = ("Commercial", "Non-Governmental", "Government", "Educational", "Media", "Sports",
        "Religious_ORG", "Medical-Science", "Entertainment")
_GPE = ("Nation", "Population-Center", "State-or-Province", "County-or-District",
        "GPE-Cluster", "Continent")
_NATURAL = ("Water-Body", "Land-Region-Natural", "Celestial")
_FACILITY = ("Building-Grounds", "Airport", "Subarea-Facility", "Path")
_PRODUCT = ("Book", "Movie", "Sound", "Software", "Hardware")
# Vehicles (Air, Water, Land), weapons, food, drugs, plants, chemicals and people groups
# (العرب): no single right type, and ANERcorp mostly leaves such words untagged.


def _mapping(**extra: str) -> dict[str, str]:
    out = {c: "PER" for c in _PER} | {c: "ORG" for c in _ORG}
    out |= {c: "LOC" for c in _GPE + _NATURAL}
    return out | extra


MAPPINGS: dict[str, dict[str, str]] = {
    # persons, organisations, geo-political and natural places; the rest O
    "core": _mapping(),
    # + facilities as places, books/films/software as MISC
    "wide": _mapping(**{c: "LOC" for c in _FACILITY}, **{c: "MISC" for c in _PRODUCT}),
}

_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س", "ال"})
_ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي"})


def read_anercorp(split: str) -> Sentences:
    sents = read_conll(ANER / f"{split}.txt")
    return [[r[0] for r in s] for s in sents], [[canon_tag(r[-1]) for r in s] for s in sents]


def _join(prefix: str, word: str) -> str:
    if prefix.endswith("ل") and word.startswith("ال") and len(word) > 2:
        return prefix + word[1:]  # ل + الحكومة = للحكومة
    return prefix + word


def _attach(word: str, suffix: str) -> str:
    if word.endswith("ة"):
        word = word[:-1] + "ت"  # مدينة + ه = مدينته
    elif word.endswith("ى") and suffix != "ي":
        word = word[:-1] + "ي"  # على + ه = عليه
    return word + suffix


def rejoin(words: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """Clitic tokens joined onto their word; the word's tag is the token's tag."""
    out_w: list[str] = []
    out_t: list[str] = []
    pending = ""  # proclitics waiting for their word
    for w, t in zip(words, tags, strict=True):
        if w in _PROCLITICS and t == "O":
            pending += w
            continue
        if w in _ENCLITICS and t == "O" and out_w and not pending and out_w[-1][-1:].isalpha():
            out_w[-1] = _attach(out_w[-1], w)
            continue
        if pending:
            w = _join(pending, w) if w[:1].isalpha() else w
            if not w[:1].isalpha() or w == pending:
                out_w.append(pending)
                out_t.append("O")
            pending = ""
        out_w.append(w)
        out_t.append(t)
    if pending:
        out_w.append(pending)
        out_t.append("O")
    return out_w, out_t


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    if tag == "O":
        return tag
    typ = mapping.get(tag[2:])
    return tag[:2] + typ if typ else "O"


def read_wikifane(mapping: str = "core") -> Sentences:
    """WikiFANEGold sentences, clitics rejoined, classes mapped by MAPPINGS[mapping]."""
    table = MAPPINGS[mapping]
    words: list[list[str]] = []
    tags: list[list[str]] = []
    cur_w: list[str] = []
    cur_t: list[str] = []
    with gzip.open(WIKIFANE, "rt", encoding="utf-8") as f:
        for line in [*f, ""]:
            line = line.rstrip("\n")
            if not line.strip():
                if cur_w:
                    # a class maps as a whole (B- and I- alike): no stray I- is left
                    w, t = rejoin(cur_w, [_map_tag(t, table) for t in cur_t])
                    words.append(w)
                    tags.append(t)
                cur_w, cur_t = [], []
                continue
            tok, _, tag = line.partition("\t")
            cur_w.append(tok.strip())
            cur_t.append(tag.strip() or "O")
    return words, tags


def split_wikifane(words: list[list[str]], tags: list[list[str]],
                   every: int = 10) -> tuple[Sentences, Sentences]:
    """(train, held-out) WikiFANE: blocks of 50 sentences, every `every`-th block held out
    (whole stretches of articles, so a held-out name is not the train sentence next to it)."""
    train: Sentences = ([], [])
    held: Sentences = ([], [])
    for i, (w, t) in enumerate(zip(words, tags, strict=True)):
        part = held if (i // 50) % every == every - 1 else train
        part[0].append(w)
        part[1].append(t)
    return train, held
