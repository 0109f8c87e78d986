"""Names of tribes, clans, ethnic groups and sects read from the noun before them
(data/ner/group_nouns.txt).

Arabic names such a group as the genitive of an indefinite noun of its kind: قبيلة الدينكا،
إثنية البشتون، طائفة البهرة، عشائر الصبيحة. The tagger, trained on news that seldom names
them, misses them or reads them as a person or a place (لقبيلة الوائلي as PER). The name
is the one definite word right after the noun, when it is neither an everyday word (عشائر
الناحية، قبائل الشمال), nor any knowledge-base name (عشائر الأنبار، عشائر الموصل: the
tribes of a place), nor a nationality; after a dual or plural noun, definite words listed
with و are names too (قبيلتي التبو والطوارق). An indefinite word after the noun is most
often an adjective (قبيلة بشتونية، قبائل متناحرة) and is never read.
"""

from __future__ import annotations

from rasd.document import Token
from rasd.entities.features import _data_lines, is_nationality, norm_word, noun_leads
from rasd.entities.heads import stops
from rasd.entities.kb import GROUP_KINDS, KB, OPENING_QUOTES, name_key
from rasd.entities.persons import Name
from rasd.once import once

# Proclitics the group noun may carry: وقبائل، لقبيلة، بطائفة.
_LEADS = noun_leads()
_MAX_LISTED = 6
_MIN_LETTERS = 5  # ال + three letters: shorter definite words are function words


@once
def group_nouns() -> dict[str, bool]:
    """Normalized group noun -> whether names may be listed after it (a dual or plural)."""
    out = {}
    for ln in _data_lines("group_nouns.txt"):
        cols = ln.split("\t")
        out[norm_word(cols[0].strip())] = len(cols) > 1 and cols[1].strip() == "list"
    return out


@once
def _group_forms() -> dict[str, bool]:
    """Every group noun with each proclitic of `_LEADS` written on it -> whether names may be
    listed after it. Made once, so a word is one look-up (the pass asks every token of every
    document); where two readings give one form, the first lead's reading wins, as in a
    scan of the leads in order."""
    table = group_nouns()
    forms: dict[str, bool] = {}
    for lead in _LEADS:
        for noun, listed in table.items():
            forms.setdefault(lead + noun, listed)
    return forms


def _group_noun(norm: str) -> bool | None:
    """Whether names may be listed after it, if the word is a group noun (a proclitic
    allowed), else None."""
    return _group_forms().get(norm)


def _group_name(kb: KB, norm: str) -> bool:
    """A definite word that may name a group: a KB group's name, or no everyday word, no
    other KB name and no nationality."""
    if not (norm.startswith("ال") and len(norm) >= _MIN_LETTERS and norm.isalpha()):
        return False
    key = name_key(norm)
    entries = kb.by_key(key)
    if entries and all(e.kind in GROUP_KINDS for e in entries):
        return True  # a group the KB knows (built/groups.jsonl): the link stage links it
    return not (norm in stops() or kb.is_common(key) or entries
                or is_nationality(norm) or kb.nationality(key) is not None)


def group_names(kb: KB, text: str, tokens: list[Token]) -> list[Name]:
    """The group names after group nouns in `tokens`, in text order."""
    out: list[Name] = []
    forms = _group_forms()
    for i, tok in enumerate(tokens[:-1]):
        listed = forms.get(tok.norm)
        if listed is None:
            continue
        j = i + 1
        if tokens[j].norm in OPENING_QUOTES and j + 1 < len(tokens):
            j += 1
        if not _group_name(kb, tokens[j].norm):
            continue
        out.append(Name(tokens[j].start, tokens[j].end))
        j += 1
        for _ in range(_MAX_LISTED if listed else 0):
            if j >= len(tokens) or not tokens[j].norm.startswith("و") \
                    or not _group_name(kb, tokens[j].norm[1:]):
                break
            cut = text.find("و", tokens[j].start, tokens[j].end) + 1
            out.append(Name(cut, tokens[j].end))
            j += 1
    return out
