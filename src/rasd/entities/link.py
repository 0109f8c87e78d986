"""The linking stage: attach knowledge-base entries to entity mentions.

`stage` runs right after the tagger: the KB ruler adds the mentions the tagger missed
(see ruler.py), then `link_entities` resolves every mention to a KB entry when the KB knows it:

1. the mention's words (first word clitic-stripped, a trailing nationality adjective allowed:
   حزب الله اللبناني) name an entry, a dated role (وزير الخارجية الروسي: its holder on
   `doc.meta.published`), an institution named without its country (فصائل المعارضة: the
   document's home country), or a country by nationality (الروس);
2. a name shared by places of several countries (الرقة, طرابلس) goes to the document's home
   country (the country its unambiguous places and actors belong to), or to the curated
   reading, or stays unlinked: never a guess by string alone;
3. a mention that is a short form of a linked person's name (لافروف, أبو بكر) or repeats a
   linked mention shares its link.

`resolve_nominal(doc, start, end)` applies the same resolution to any span (الروس, الحكومة,
وزير الخارجية الروسي) for the claims and events stages; `nominal_entity` also records it as an
entity and returns its id.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from rasd.document import Document, Entity, Link, Token
from rasd.entities.bare_context import place_bare_institutions
from rasd.entities.descriptions import link_descriptions
from rasd.entities.features import given_names, word_list
from rasd.entities.heads import head_of
from rasd.entities.kb import (
    AREA_HEADS,
    BINDERS,
    COMPOUND_FIRST,
    CUES,
    DIVISION_HEADS,
    GAZETTEERS,
    GENERATIONS,
    HEAD_KINDS,
    KB,
    KB_DIR,
    LINEAGE,
    MISC_KINDS,
    ORG_HEADS,
    PART_HEADS,
    SKIP_TOKENS,
    SURNAME_SUFFIXES,
    Entry,
    RoleTerm,
    get_kb,
    indefinite,
    kind_type,
    name_key,
    transliteration_skeleton,
)
from rasd.entities.nonames import relative_pronouns
from rasd.entities.ruler import NOT_ALONE, apply_ruler, located_in, outlet_cue
from rasd.once import once
from rasd.outlets import outlets
from rasd.text.scan import WordScan, token_starts
from rasd.text.segment import clitic_stems, tokenize
from rasd.text.vocab import aligned

_CURATED = ("curated", "babel")
_GAZETTEERS = (*GAZETTEERS, "opensyria")
# Nouns before a surname that make it a family: آل الأسد، عائلة الأسد.
_FAMILY = frozenset(name_key(w) for w in ("آل", "عائلة", "أسرة", "عشيرة"))
# Prepositions and directions that make a curated place of a common word a place: في الباب.
_WEAK_CUES = frozenset(name_key(w) for w in (
    "في", "من", "إلى", "على", "نحو", "باتجاه", "عند", "قرب", "شمال", "جنوب", "شرق", "غرب",
    "بين", "داخل", "محيط", "أطراف", "حول"))
# Compass words before a name that make a part of it another place: غرب كردستان (Rojava).
_COMPASS = frozenset(name_key(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))
# World-gazetteer towns below this population need the document's own country.
_FOREIGN_TOWN = 1_000_000
# Curated places too small to be named in a report about another country by one word.
_FOREIGN_SMALL = frozenset({"town", "village", "neighbourhood", "district", "subdistrict"})


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a span's words can name: entries (best first), a role, a bare institution, a
    nationality's country."""

    entries: tuple[Entry, ...] = ()
    role_key: str | None = None
    bare_key: str | None = None
    nation: Entry | None = None


# the empty reading, made once: the passes compare with it per entity, and a frozen
# dataclass's making (one object.__setattr__ a field) costs more than the comparison
_NO_READING = _Reading()

def _compatible(etype: str | None, entry: Entry) -> bool:
    if etype is None or etype == "MISC":
        return True
    if entry.kind in MISC_KINDS:
        return False  # عاصفة الحزم tagged ORG: an operation, MISC
    if etype == "PER":
        return entry.kind == "person"
    if entry.kind == "person":
        return False
    if etype == "LOC":
        return entry.is_place or entry.kind == "government"
    return entry.kind == "country" or not entry.is_place  # ORG: an actor, a country as actor


def _keys_covering(kb: KB, text: str, etype: str | None) -> list[str]:
    """Matcher keys that cover the whole span text (clitics on its first word allowed)."""
    tokens = [t for t in tokenize(text) if t.norm not in SKIP_TOKENS]
    n = len(tokens)
    dropped: set[str] = set()  # countries of the trailing nationality adjectives passed over
    while n:
        hits = [m.payload.key for m in kb.matcher.candidates(text, tokens[:n], 0)
                if m.last == n and m.end == tokens[n - 1].end]
        if hits and dropped:
            # وزارة الخزانة البريطانية is not the US Treasury: a dropped nationality must be
            # the entry's own country (or a transnational group's branch: داعش الليبي)
            hits = [k for k in hits if any(
                e.country in dropped or (e.country is None and e.kind == "armed-group")
                for e in kb.by_key(k))]
        if hits:
            # a bare institution (وزارة الخارجية) means the home country's only when no
            # adjective was dropped: وزارة الخارجية الإسبانية is not the home country's
            return hits if n == len(tokens) else [k for k in hits if k not in kb.bare]
        # حزب الله اللبناني, جبهة النصرة الإرهابي: a trailing nationality or common adjective
        last = text[tokens[n - 1].start:tokens[n - 1].end]
        nation = kb.nationality(last)
        if n > 1 and (nation or name_key(last) in kb.stopwords) and not (
                n == 2 and head_of(tokens[0].norm) is not None):
            # (ميدان العودة is no Medan: a head noun alone, heads.tsv, names nothing)
            if nation:
                dropped.add(nation.country or "")
            n -= 1
            continue
        break
    if etype in ("ORG", "LOC") and len(tokens) > 2:
        # الاتحاد الوطني الكردستاني رشاد (كلالي): a span run on into the name of the
        # person who follows; the longest opening of two words or more that names an entry
        # (no bare institution) ends right before a given name (one of the lists', or one
        # that opens a KB person's name) that is no other KB name (خراسان, الحر)
        for n in range(len(tokens) - 1, 1, -1):
            word = tokens[n].norm
            if tokens[n - 1].norm in BINDERS or kb.by_key(word) or not (
                    word in given_names() or word in kb.person_words
                    or word in kb.first_names):
                continue
            hits = [m.payload.key for m in kb.matcher.candidates(text, tokens[:n], 0)
                    if m.last == n and m.end == tokens[n - 1].end]
            hits = [k for k in hits if k not in kb.bare and any(
                e.kind != "person" for e in kb.by_key(k))]
            if hits:
                return hits
    if etype == "PER" and len(tokens) > 1:
        # وزير الخارجية سيرجي لافروف: a person's name closing a longer span, but not a
        # father's name inside a lineage (محمد بن سلمان بن عبدالعزيز is not سلمان بن عبدالعزيز)
        for i in range(1, len(tokens)):
            if tokens[i - 1].norm in BINDERS:
                continue
            for m in kb.matcher.candidates(text, tokens, i):
                if m.last == len(tokens) and any(
                    e.kind == "person" for e in kb.by_key(m.payload.key)
                ) and not _other_given_name(kb, tokens, i, m.last, m.payload.key):
                    return [m.payload.key]
        # سلمان بن عبدالعزيز آل سعود: a known name whose lineage or family name goes on
        for n in range(len(tokens) - 1, 1, -1):
            if tokens[n].norm not in LINEAGE:
                continue
            for m in kb.matcher.candidates(text, tokens[:n], 0):
                if m.last == n and m.end == tokens[n - 1].end and any(
                    e.kind == "person" for e in kb.by_key(m.payload.key)
                ):
                    return [m.payload.key]
        # قابوس بن سعيد سلطان عمان, محمد مرسي المنتمي: a known full name opening the span,
        # then a description (a common word first, or a country's name in it)
        for n in range(len(tokens) - 1, 1, -1):
            if not _describes(kb, text, tokens[n:]):
                continue
            for m in kb.matcher.candidates(text, tokens[:n], 0):
                if m.last == n and m.end == tokens[n - 1].end and any(
                    e.kind == "person" for e in kb.by_key(m.payload.key)
                ):
                    return [m.payload.key]
    return []


def _describes(kb: KB, text: str, rest: list[Token]) -> bool:
    """The words after a name are a description, not more of the name: they open with a
    common word (المنتمي، الذي) or name a country (سلطان عمان), and open with no binder or
    given name (بن سلمان، حسن)."""
    first = rest[0].norm
    if first in BINDERS or first in given_names():
        return False
    return first in kb.stopwords or any(
        e.kind == "country" for t in rest for e in kb.lookup(text[t.start:t.end]))


def _other_given_name(kb: KB, tokens: list[Token], first: int, last: int, key: str) -> bool:
    """A lone surname closing the span after a given name that no name of its KB bearer
    holds is someone else's name: مهند هادي (the WFP's director) is not Hadi, سهى عرفات not
    Yasser Arafat. A title before it (الرئيس هادي) is no given name, nor a father's name
    in a lineage (عادل بن أحمد الجبير); فرانك - فالتر شتاينماير holds a word of the KB's
    name."""
    if last - first != 1 or tokens[first - 1].norm not in given_names():
        return False
    if first >= 2 and tokens[first - 2].norm in BINDERS:
        return False
    words = {w for e in kb.by_key(key) if e.kind == "person"
             for n in e.names_ar for w in name_key(n).split()}
    return tokens[first - 1].norm not in words


def _nisba(key: str) -> bool:
    """One word of the form ال...ي: a family name as often as a place (الصابري)."""
    return " " not in key and key.startswith("ال") and key.endswith("ي") and len(key) > 4


# (a town's, الزبداني, is read as the town: the tagger's PER is the likelier error there)
_SMALL_PLACES = frozenset({"village", "neighbourhood"})
# The heads that, right before a span, pick its kind: منطقة حلب is the city's area, not the
# district OpenSyria names منطقة حلب.
_HEADS_BEFORE = frozenset(HEAD_KINDS) - AREA_HEADS


def _head_kinds(doc: Document, start: int) -> tuple[str, ...] | None:
    """The kinds a place noun right before `start` asks for: محافظة (تعز) a governorate."""
    w = _word_before(doc, start)
    if w is None:
        return None
    return next((HEAD_KINDS[s] for s, _, _ in clitic_stems(w) if s in _HEADS_BEFORE), None)


def _prefer_kinds(kb: KB, r: _Reading, key: str, kinds: tuple[str, ...] | None) -> _Reading:
    """The reading with entries of `kinds` first, in the order the head noun gives them
    (إقليم عدن: the region before the governorate; stable: the KB's order within each),
    the divisions named by the head noun and this name (محافظة السويس، مديرية جبلة) first
    among their kind."""
    if kinds is None or not r.entries:
        return r
    # the division named by this head noun and name comes first among its kind
    headed = tuple(e for e in kb.by_headed_key(key) if e.kind in kinds)
    entries = headed + tuple(e for e in r.entries if e not in headed)
    if not any(e.kind in kinds for e in entries):
        return r
    ranked = tuple(sorted(entries, key=lambda e: _kind_rank(e, kinds)))
    return r if ranked[0] is r.entries[0] else _Reading(entries=ranked)


_AREA = name_key("منطقة")


def _prefer_area_division(doc: Document, kb: KB, r: _Reading, key: str,
                          start: int) -> _Reading:
    """After «منطقة», a first-level division the KB names «منطقة X» is that division
    (منطقة نجران، بمنطقة جازان: Saudi Arabia's regions, not their capital cities); other
    places after «منطقة» keep their reading (منطقة حلب is the city's area)."""
    ids = kb.area_divisions.get(key)
    w = _word_before(doc, start) if ids else None
    if w is None or not any(s == _AREA for s, _, _ in clitic_stems(w)):
        return r
    first = tuple(kb.entries[i] for i in ids)
    return _Reading(entries=first + tuple(e for e in r.entries if e not in first))


def _kind_rank(e: Entry, kinds: tuple[str, ...]) -> int:
    return kinds.index(e.kind) if e.kind in kinds else len(kinds)


# Nouns naming an outlet's kind: صحيفة «الشرق الأوسط», وكالة الأناضول.
_OUTLET_NOUNS = frozenset(name_key(w) for w in (
    "صحيفة", "صحيفتي", "جريدة", "مجلة", "قناة", "قناتي", "فضائية", "شبكة", "وكالة", "موقع",
    "تلفزيون", "إذاعة", "راديو"))
_OPEN = "«»\"“(["
_CLOSE = "»«\"”)]"


def _prefer_outlet(doc: Document, kb: KB, e: Entity, text: str, key: str,
                   r: _Reading) -> _Reading:
    """An outlet's name where an outlet stands (لـ«الشرق الأوسط», «واس», صحيفة الرياض, a
    byline's واس- الرياض:) names the outlet whatever the tagger's type: the region, the
    city or nothing otherwise. A name that is also an everyday word (اليوم، الرياض) needs
    more than quotes. A report's own masthead, tagged ORG or where an outlet stands (قال
    لـ«الوطن» in al-Watan, مصادر الجزيرة in al-Jazirah), is the outlet that published it."""
    # an everyday word tagged ORG (اليوم) is the outlet only where the KB reads an outlet
    # there too (مصادر الجزيرة: Al Jazeera's name, in al-Jazirah's own report)
    own = _own_outlet(doc, kb, key)
    if own is not None and (_own_masthead(doc, e.start, e.end) or e.type == "ORG" and (
            not kb.is_common(key) or any(x.kind == "media" for x in r.entries))):
        return _Reading(entries=(own,))
    if r.entries and r.entries[0].kind == "media":
        return r
    media = [x for x in _read(kb, text, "ORG").entries if x.kind == "media"]
    if not media:
        return r
    everyday = kb.is_common(key)
    # a byline names the outlet and the place (سبق- الرياض:, الرياض- واس): only a name
    # that is no place's is the outlet there
    placeless = not any(x.is_place for x in kb.by_key(key))
    text = doc.text
    if (_outlet_context(doc, e.start, e.end)
            or (not everyday and _enclosed(text, e.start, e.end) is not None)
            or _dateline(text, e.start, e.end)
            or (placeless and (outlet_cue(text, e.start, e.end)
                               or _byline_head(text, e.start, e.end)))):
        return _Reading(entries=(media[0],))
    return r


def _own_masthead(doc: Document, start: int, end: int) -> bool:
    """Where a report names its own outlet by its masthead alone: quoted or bracketed
    (علمت «الرياض»، مصادر "الرياض") or where an outlet stands (لـ«الوطن»)."""
    return _outlet_context(doc, start, end) or _enclosed(doc.text, start, end) is not None


def _own_outlet(doc: Document, kb: KB, key: str) -> Entry | None:
    """The KB entry of the outlet that published the document (`meta.source`, through
    data/outlets.tsv) when `key` is one of its names or its masthead (الوطن for al-Watan,
    which the KB does not index alone: the homeland, Syria's al-Watan)."""
    row = outlets().get(doc.meta.source or "")
    entry = kb.get(row.get("kb") or "") if row else None
    if entry is None or key not in _outlet_keys(row["ar"], entry.names_ar):
        return None
    return entry


@lru_cache(maxsize=256)
def _outlet_keys(masthead: str, names: tuple[str, ...]) -> frozenset[str]:
    """The keys of an outlet's masthead and KB names: made once an outlet, not once a span
    (the link stage asks of every span)."""
    return frozenset(name_key(n) for n in (masthead, *names))


def _outlet_context(doc: Document, start: int, end: int) -> bool:
    """Only an outlet stands here: quoted after لـ (لـ«المدينة», لـ»المدينة», ل"الرياض") or
    after an outlet noun (صحيفة، وكالة)."""
    if _place_cue(doc, start, _OUTLET_NOUNS):
        return True
    lead = _enclosed(doc.text, start, end)
    if lead is None:
        return False
    if lead.endswith("لـ") or lead.endswith(" ل") or lead == "ل":
        return True
    # quoted a few words after its outlet noun: نقلت وكالة الأنباء التي يسيطر عليها
    # الحوثيون «سبأ»
    words = doc.text[max(0, start - 80):start].split()[-_OUTLET_REACH:]
    return any(name_key(w) in _OUTLET_NOUNS or name_key(w[1:]) in _OUTLET_NOUNS
               for w in words)


# How many words before a quoted outlet name its outlet noun may stand.
_OUTLET_REACH = 8


_DATELINE_PLACE_WORDS = 4
_DATELINE_ENDS = "-–—:\n"


def _dateline(text: str, start: int, end: int) -> bool:
    """The bracketed source of a dateline: a few words (the place) opening a line, then the
    name in brackets, then a dash or a colon (الرياض (واس) -, مسقط (العمانية):)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    after = text[end:end + 4].lstrip()
    if not before.endswith("(") or not after.startswith(")"):
        return False
    place = before[:-1].split()
    rest = after[1:].lstrip(" \t")
    return (0 < len(place) <= _DATELINE_PLACE_WORDS
            and (not rest or rest[0] in _DATELINE_ENDS))


def _byline_head(text: str, start: int, end: int) -> bool:
    """The first words of a line, a dash after them: واس- الرياض:"""
    line_start = text.rfind("\n", 0, start) + 1
    after = text[end:end + 2].lstrip()[:1]
    return not text[line_start:start].strip() and after != "" and after in "-–—"


def _enclosed(text: str, start: int, end: int) -> str | None:
    """The text before the quote or bracket when the span stands alone between quotes or
    brackets («الشرق الأوسط», لـ (الجزيرة)), else None."""
    before, after = text[max(0, start - 8):start].rstrip(), text[end:end + 2].lstrip()
    if before[-1:] in tuple(_OPEN) and after[:1] in tuple(_CLOSE):
        return before[:-1].rstrip()
    return None


class _ReadCache:
    """`_read` answers per (text, type) for one KB: mention texts repeat within and across
    documents, and a reading depends on nothing else. Dict writes are atomic, so threads
    may fill it at once; another KB (tests) or too many entries start it afresh."""

    LIMIT = 100_000

    def __init__(self) -> None:
        # one attribute, replaced whole: a thread never pairs one KB with another's answers
        self.slot: tuple[KB | None, dict[tuple[str, str | None], _Reading]] = (None, {})

    def get(self, kb: KB, text: str, etype: str | None) -> _Reading:
        owner, readings = self.slot
        if owner is not kb or len(readings) > self.LIMIT:
            readings = {}
            self.slot = (kb, readings)
        r = readings.get((text, etype))
        if r is None:
            r = readings[(text, etype)] = _read_uncached(kb, text, etype)
        return r


_READ_CACHE = _ReadCache()


def _read(kb: KB, text: str, etype: str | None) -> _Reading:
    return _READ_CACHE.get(kb, text, etype)


def _read_uncached(kb: KB, text: str, etype: str | None) -> _Reading:
    r = _read_words(kb, text, etype)
    if r != _NO_READING or etype == "PER":
        return r
    if etype != "LOC":
        actor = _read_headed_actor(kb, text)
        if actor != _NO_READING or etype is not None:
            return actor
    # محافظة تعز: the head is a cue, the rest the name, read as a place of the head's kind
    tokens = [t for t in tokenize(text) if t.norm not in SKIP_TOKENS]
    if len(tokens) < 2:
        return r
    kinds = next((HEAD_KINDS[s] for s, _, _ in clitic_stems(tokens[0].norm)
                  if s in HEAD_KINDS), None)
    if kinds is None:
        return r
    rest = _read_words(kb, text[tokens[1].start:], "LOC")
    # the division the KB names with this very head noun comes first (مديرية جبلة: Yemen's
    # Jiblah District, not Syria's Jableh district nor Jiblah town)
    places = [e for e in kb.by_headed_key(name_key(text[tokens[1].start:])) if e.kind in kinds]
    places += [e for e in rest.entries if e.is_place and e not in places]
    if not places:
        return r
    if places[0].kind != kinds[0]:  # stable: the KB's order within each
        places.sort(key=lambda e: _kind_rank(e, kinds))
    return _Reading(entries=tuple(places))


def _read_headed_actor(kb: KB, text: str) -> _Reading:
    """حركة كاخ, المتمردين الحوثيين: a head noun before an actor's name is no part of it."""
    tokens = [t for t in tokenize(text) if t.norm not in SKIP_TOKENS]
    if len(tokens) < 2 or not any(s in ORG_HEADS for s, _, _ in clitic_stems(tokens[0].norm)):
        return _NO_READING
    rest = _read_words(kb, text[tokens[1].start:], "ORG")
    actors = tuple(e for e in rest.entries if not e.is_place)
    return _Reading(entries=actors) if actors else _NO_READING


def _read_words(kb: KB, text: str, etype: str | None) -> _Reading:
    words = name_key(text).split()
    if etype is None and len(words) == 2 and words[0] in kb.actor_heads:
        nation = kb.nationality(words[1])  # الجانب الروسي: the Russian side
        if nation:
            return _Reading(nation=nation)
    for key in _keys_covering(kb, text, etype):
        every = kb.by_key(key)
        if etype == "PER" and _article_added(words, key):
            # الهادي (the Zaydi imam) is not هادي: a person's one-word name takes no article
            every = [e for e in every if e.kind != "person"]
        entries = tuple(e for e in every if _compatible(etype, e))
        # a quarter's or a village's name of nisba form tagged PER (الصابري) is a surname
        nisba = etype == "PER" and _nisba(key)
        curated = [e for e in every if e.source in _CURATED and e.kind != "person"
                   and not (nisba and e.kind in _SMALL_PLACES)]
        actors = [e for e in curated if e.kind != "media"]
        if (entries and actors and kb.is_common(key)
                and not any(e.source in _CURATED for e in entries)):
            # «القاعدة» tagged LOC: the curated actor, not a small town named by a common word
            return _Reading(entries=(actors[0],))
        if entries:
            return _Reading(entries=entries)
        if (etype in ("LOC", "ORG", "PER") and curated
                and not kb.needs_context(key, curated[0])):
            # داعش tagged LOC or PER: the curated KB knows better; a name it gives places of
            # several countries (صلاح الدين) is left to the home country
            top = curated[0]
            if not top.is_place:
                return _Reading(entries=(top,))
            # (with a larger place of that name, its quarters compete for the home country)
            return _Reading(entries=(top, *(e for e in every if e.source in _CURATED
                                            and e.is_place and e is not top)))
        if key in kb.role_names and etype in (None, "PER", "MISC"):
            return _Reading(role_key=key)
        if key in kb.bare and etype != "PER":
            return _Reading(bare_key=key)
        if key in kb.nationalities and etype != "PER":
            nation = kb.entries.get(f"country-{kb.nationalities[key]}")
            if nation:
                return _Reading(nation=nation)
    return _NO_READING


def _article_added(words: list[str], key: str) -> bool:
    """The span is one word with the article (and clitics) that the KB name `key`, one word
    without it, is read from: الهادي read as هادي."""
    return (len(words) == 1 and " " not in key and not key.startswith("ال")
            and any(stem == "ال" + key for stem, _, _ in clitic_stems(words[0])))


def _choose(entries: tuple[Entry, ...], home: Counter[str]) -> Entry | None:
    """The entry a name means here: one country's, the home country's, or the curated one."""
    countries = {e.country for e in entries}
    if len(countries) == 1:
        return entries[0]
    if home:
        ranked = [c for c, _ in home.most_common() if c in countries]
        if ranked:
            return next(e for e in entries if e.country == ranked[0])
    top = entries[0]
    if top.source in ("curated", "babel") and entries[1].source not in ("curated", "babel"):
        return top
    return None


def _resolve(kb: KB, r: _Reading, home: Counter[str], date: str | None) -> Entry | None:
    if r.entries:
        return _choose(r.entries, home)
    if r.role_key:
        return kb.holder_by_key(r.role_key, date, [c for c, _ in home.most_common()])
    if r.bare_key and home:
        ids = kb.bare[r.bare_key].ids
        for country, _ in home.most_common():
            if country in ids:
                return kb.entries.get(ids[country])
        return None
    return r.nation


def _weigh(home: Counter[str], entry: Entry) -> None:
    if entry.country:
        home[entry.country] += 2 if entry.is_place and entry.kind != "country" else 1


def home_countries(doc: Document, kb: KB | None = None) -> Counter[str]:
    """How strongly the document's linked mentions point at each country."""
    kb = kb or get_kb()
    home: Counter[str] = Counter()
    for e in doc.entities:
        if e.link:
            entry = kb.get(e.link.id)
            if entry:
                _weigh(home, entry)
    return home


_ELIDING = frozenset({"لل", "ولل", "فلل"})
_ELIDING_LONGEST = max(map(len, _ELIDING))
_WORD_BREAKS = " \n\t«\"("


def _restore_article(text: str, start: int, span: str) -> str:
    """The span as its name is written when لـ before the article elided its alif and the
    tagger left the لل out (للدفاع المدني: دفاع المدني is الدفاع المدني; للجيش الوطني)."""
    if span.startswith("ال"):
        return span
    # the word before `start` read from the few characters before it alone: an eliding
    # prefix is at most _ELIDING_LONGEST letters, so a longer word need not be found whole
    lo = max(0, start - _ELIDING_LONGEST - 1)
    before = text[lo:start]
    word = max(map(before.rfind, _WORD_BREAKS)) + 1
    if (word or lo == 0) and before[word:] in _ELIDING:
        return "ال" + span
    return span


@dataclass
class _Linking:
    """One document's linking in progress: each pass reads it and settles some links."""

    doc: Document
    kb: KB
    texts: list[str]
    keys: list[str]
    readings: list[_Reading]
    links: list[Entry | None]
    home: Counter[str] = field(default_factory=Counter)
    refused: set[int] = field(default_factory=set)  # refused by a pass: not linked later
    posted: dict[int, Entry] = field(default_factory=dict)  # a mission's place (in Cairo)
    shared: dict[int, Link] = field(default_factory=dict)  # another mention's link, same name

    @classmethod
    def start(cls, doc: Document, kb: KB) -> _Linking:
        texts = [_restore_article(doc.text, e.start, doc.text[e.start:e.end])
                 for e in doc.entities]
        # a place noun before the span (محافظة تعز) picks the kind of place it names
        keys = [name_key(t) for t in texts]
        readings = [_NO_READING if indefinite(t) else
                    _prefer_outlet(doc, kb, e, t, k, _prefer_area_division(
                        doc, kb, _prefer_kinds(kb, _read(kb, t, e.type), k,
                                               _head_kinds(doc, e.start)), k, e.start)
                                   if e.type == "LOC" else _read(kb, t, e.type))
                    for t, k, e in zip(texts, keys, doc.entities, strict=True)]
        return cls(doc, kb, texts, keys, readings, [None] * len(texts))

    def home_order(self) -> list[str]:
        return [c for c, _ in self.home.most_common()]

    def refuse(self, i: int) -> None:
        self.links[i] = None
        self.refused.add(i)

    def result(self) -> list[Entity]:
        # A link set before (the ruler's reading of a span whose words alone do not read:
        # للنظام) is kept only when the words gave no reading, so an ambiguous name stays
        # unlinked.
        return [Entity(e.start, e.end, e.id, _type(e.type, x),
                       _posted_link(x, self.posted.get(i)) if x
                       else self.shared.get(i) or self.kept_link(i, e, r))
                for i, (e, x, r) in enumerate(zip(self.doc.entities, self.links, self.readings,
                                                  strict=True))]

    def kept_link(self, i: int, e: Entity, r: _Reading) -> Link | None:
        """The ruler's link of an unlinked mention, kept only when its words gave no reading."""
        return e.link if self.links[i] is None and r == _NO_READING else None


def _posted_link(x: Entry, place: Entry | None) -> Link:
    """The entry's link; a mission posted abroad names its place (Sudanese Embassy in Cairo)."""
    link = x.link()
    if place is not None and x.name_en:
        link.name_en = f"{x.name_en} in {place.name_en}"
    return link


def link_unique_names(st: _Linking) -> None:
    """Names that mean one thing wherever they occur (one country's entries); they make the
    document's home country."""
    for i, r in enumerate(st.readings):
        if r.entries and len({e.country for e in r.entries}) == 1:
            st.links[i] = r.entries[0]
            _weigh(st.home, r.entries[0])


def weigh_places_inside_names(st: _Linking) -> None:
    """A name that no entry reads but that holds a place (مجلس محافظة الأنبار، برلمان طبرق)
    says where the document is: the place, of one country, weighs the home country."""
    for i, r in enumerate(st.readings):
        if r != _NO_READING or st.doc.entities[i].type != "ORG":
            continue
        text = st.texts[i]
        for m in st.kb.matcher.find(text, tokenize(text)):
            entries = [e for e in st.kb.by_key(m.payload.key) if e.is_place]
            if entries and not st.kb.is_common(m.payload.key) \
                    and len({e.country for e in entries}) == 1:
                _weigh(st.home, entries[0])


def _sentence_countries(st: _Linking) -> list[Counter[str]]:
    """Per mention, the countries the other places of its sentence already point at (names
    of one country's places, linked by `link_unique_names`; an outlet or an actor in the
    sentence says nothing of where a place is)."""
    by_sentence: dict[int, Counter[str]] = {}
    sentence = [st.doc.sentence_of(e.start) for e in st.doc.entities]
    for i, x in enumerate(st.links):
        if x is not None and x.is_place and sentence[i] >= 0:
            _weigh(by_sentence.setdefault(sentence[i], Counter()), x)
    empty: Counter[str] = Counter()
    return [by_sentence.get(k, empty) if k >= 0 else empty for k in sentence]


def _choose_near(entries: tuple[Entry, ...], near: Counter[str],
                 home: Counter[str]) -> Entry | None:
    """A shared name's entry by its own sentence first, when the sentence points at one of
    the candidates' countries more than at any other (دوما by نابلس in a report about
    Syria is the West Bank village; «تجربة العراق، حيث أدى إبعاد حزب البعث» is Iraq's
    party), else by the document's home country."""
    weights = sorted(((near[c], c) for c in {e.country for e in entries} if c and near[c]),
                     reverse=True)
    if weights and (len(weights) == 1 or weights[0][0] > weights[1][0]):
        return next(e for e in entries if e.country == weights[0][1])
    return _choose(entries, home)


def link_numbered_units(st: _Linking) -> None:
    """A numbered unit's bare form (اللواء 15، الفرقة السابعة: `KB.is_unit_form`) is the unit
    of the army of its sentence's first country, else of the report's first home country;
    never of a country further down the report's list (a Syrian report that names Iraq once
    has no Iraqi division), nor when a relational adjective after the span goes on with
    another force's name (الفرقة الأولى الساحلية: a rebel division of Latakia)."""
    units = [i for i, r in enumerate(st.readings) if st.links[i] is None and r.bare_key
             and st.kb.is_unit_form(r.bare_key)]
    if not units:
        return
    near = _sentence_countries(st)
    top = st.home_order()[:1]
    for i in units:
        key = st.readings[i].bare_key or ""
        ids = st.kb.bare[key].ids
        first = [c for c, _ in near[i].most_common(1)] + top
        country = next((c for c in first if c in ids), None)
        if country is None or _unit_name_goes_on(st.kb, st.doc, st.doc.entities[i].end,
                                                 key, country):
            st.refuse(i)
            continue
        st.links[i] = st.kb.entries.get(ids[country])


def _unit_name_goes_on(kb: KB, doc: Document, end: int, key: str, country: str) -> bool:
    """The word after a unit's bare form makes it another force's unit: a relational
    adjective (الساحلية), or another country's nationality (الفرقة السابعة السورية in an
    Iraqi report). Not the unit's own arm (الفرقة الخامسة الميكانيكية: a form of the unit),
    nor a participle (الموالية، المرابطة)."""
    tokens = doc.tokens or tokenize(doc.text)
    k = bisect_right(token_starts(tokens), end - 1)
    if k >= len(tokens) or doc.text[end:tokens[k].start].strip():
        return False
    nxt = tokens[k].norm
    if kb.is_unit_form(f"{key} {nxt}"):
        return False
    nation = kb.nationality(nxt)
    if nation is not None:
        return nation.country != country
    return nxt.startswith("ال") and nxt.endswith("يه") and not nxt.startswith("الم") \
        and len(nxt) > 6


def link_by_context(st: _Linking) -> None:
    """Shared names (طرابلس: by the countries of the mention's own sentence, else the home
    country's), roles (وزير الخارجية الروسي: its holder on the document's date, of the home
    country's office when several share the words), bare institutions (فصائل المعارضة) and
    nationalities, given the home country."""
    near = _sentence_countries(st)
    for i, r in enumerate(st.readings):
        if st.links[i] is not None or i in st.refused:
            continue
        if len({e.country for e in r.entries}) > 1 and near[i]:
            st.links[i] = _choose_near(r.entries, near[i], st.home)
        elif r.bare_key and st.home and _names_war_actors(st.kb, r.bare_key):
            st.links[i] = _bare_by_sentence(st, i, r.bare_key, near[i]) or _resolve(
                st.kb, r, st.home, st.doc.meta.published)
        else:
            st.links[i] = _resolve(st.kb, r, st.home, st.doc.meta.published)


def _names_war_actors(kb: KB, key: str) -> bool:
    """Does the bare phrase name, per country, actors that are not that country's own (قوات
    التحالف: the Saudi-led coalition in Yemen's news, the US-led one in Syria's), unlike an
    institution every country has of its own (وزارة الدفاع)?"""
    ids = kb.bare[key].ids
    actors = [(c, kb.entries.get(x)) for c, x in ids.items()]
    return len(set(ids.values())) > 1 and any(
        x is not None and x.country != c for c, x in actors)


def _bare_by_sentence(st: _Linking, i: int, key: str, near: Counter[str]) -> Entry | None:
    """A bare phrase naming another war's actor per country (التحالف) is the actor of the
    country its own sentence names most, by its places and nationality adjectives, whatever
    the report's home («قوات التحالف من تطهير للأراضي اليمنية» in a Lebanese piece mostly on
    Syria: Yemen's, the Saudi-led coalition); a tie or no such country in the sentence, and
    the report's home countries decide."""
    ids = st.kb.bare[key].ids
    doc = st.doc
    k = doc.sentence_of(doc.entities[i].start)
    weights = Counter({c: n for c, n in near.items() if c in ids})
    if k >= 0:
        span = doc.sentences[k]
        tokens = doc.tokens or tokenize(doc.text)
        starts = token_starts(tokens)
        nations = st.kb.nationalities
        for t in tokens[bisect_left(starts, span.start):bisect_left(starts, span.end)]:
            country = next((nations[r] for r, _, _ in clitic_stems(t.norm) if r in nations),
                           None) if t.is_word else None
            if country in ids:
                weights[country] += 1
    ranked = weights.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return st.kb.entries.get(ids[ranked[0][0]])
    return None


@once
def _leading_words() -> frozenset[str]:
    return word_list("leading_words.txt")


def _leader_after(st: _Linking, i: int, starts: dict[int, int]) -> int | None:
    """The mention right after mention i's «[الذي/التي] تقوده/بقيادة …» (ner33 makes the
    leader a mention of its own), or None."""
    doc = st.doc
    tokens = doc.tokens or tokenize(doc.text)
    end = doc.entities[i].end
    k = bisect_left(token_starts(tokens), end)
    if k >= len(tokens) or doc.text[end:tokens[k].start].strip(" \u00ab\u00bb\""):
        return None
    if tokens[k].norm in relative_pronouns():
        k += 1
    if k + 1 >= len(tokens) or tokens[k].norm not in _leading_words():
        return None
    return starts.get(tokens[k + 1].start)


def link_led_bodies(st: _Linking) -> None:
    """A bare phrase that names another country's actor in each report (التحالف، قوات
    التحالف: the Saudi-led coalition in Yemen's news, the US-led one in Syria's) followed by
    its leader («التحالف الذي تقوده السعودية»، «قوات التحالف بقيادة الولايات المتحدة») is the
    one of those actors that belongs to the leader's country, whatever the report's home:
    «للتحالف الذي تقوده السعودية لتحرير اليمن» in a report about Syria is the Saudi-led one.
    No leader, a leader of no candidate's country, or two candidates of it: the home
    country's reading stands."""
    kb = st.kb
    bare = [i for i, r in enumerate(st.readings)
            if r.bare_key and i not in st.refused
            and len(set(kb.bare[r.bare_key].ids.values())) > 1]
    if not bare:
        return
    starts = {e.start: j for j, e in enumerate(st.doc.entities)}
    for i in bare:
        j = _leader_after(st, i, starts)
        leader = st.links[j] if j is not None else None
        if leader is None or not leader.country:
            continue
        ids = dict.fromkeys(kb.bare[st.readings[i].bare_key or ""].ids.values())
        led = [x for x in map(kb.entries.get, ids) if x is not None
               and x.country == leader.country]
        if len(led) == 1:
            st.links[i] = led[0]


def prefer_regional_institutions(st: _Linking) -> None:
    """A bare institution (وزارة الصحة, الدفاع المدني) in a report whose places of that
    country lie mostly in a region that runs its own (Gaza) is the region's."""
    regions = {region for _, region in st.kb.regional}
    inside: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for x in st.links:
        if x is None or not x.is_place or x.kind == "country" or not x.country:
            continue
        places[x.country] += 1
        for a in (x, *st.kb.ancestors(x.id)):
            if a.id in regions:
                inside[a.id] += 1
    if not inside:
        return
    for i, x in enumerate(st.links):
        if x is None or st.readings[i].bare_key is None:
            continue
        for region, n in inside.most_common():
            own = st.kb.regional.get((x.id, region))
            if own is not None and 2 * n > places[x.country]:
                st.links[i] = st.kb.entries[own]
                break


def refuse_unlicensed_places(st: _Linking) -> None:
    """A common word or given name the tagger took for a place (قصر، ليل، بشار) is not a
    small place of a gazetteer without a place cue before it (قرية قصر); a curated place
    named by an everyday word (بحجة "on the pretext") also takes في/من. Places named once
    with a place noun (بلدة المالكية) are remembered for `restore_named_places`."""
    doc, kb = st.doc, st.kb
    for i, x in enumerate(st.links):
        # listed right after a linked place, or right before one of its country (البيضاء،
        # وإب، وذمار): the list licenses it
        if x is None or not x.is_place or x.kind == "country" or _listed_place(
                doc, i, st.links) or _listed_place(doc, i, st.links, True, x.country):
            continue
        start, end = doc.entities[i].start, doc.entities[i].end
        if x.source not in _CURATED:
            weak = _weak_name(kb, st.texts[i])
            # located in a division of its own country: «في كرش بمحافظة لحج», not the Saudi
            # Badr in «أسواق بدر بمحافظة السويس»
            located = _located(doc, end) and i + 1 < len(st.links) and \
                st.links[i + 1] is not None and st.links[i + 1].country == x.country
            cued = (_place_cue(doc, start) or located) and not _name_goes_on(kb, doc, end)
        elif x.kind in ("city", "region"):
            continue  # a curated city or region (الرياض، صور، الخليج) is what the tagger meant
        else:
            # a curated place's whole-word name (لحج) is not read as clitic + common word
            weak = _weak_name(kb, st.texts[i], given_names=False, whole=True)
            cued = _place_cue(doc, start) or _place_cue(doc, start, _WEAK_CUES)
        if weak and not cued:
            st.refuse(i)


def refuse_unlicensed_outlets(st: _Linking) -> None:
    """An outlet named by an everyday word (اليوم، الجزيرة) or by one word the KB marks as
    ambiguous (اللواء: also a brigade, a major general) needs an outlet noun before it
    (صحيفة، قناة) or an outlet's place (قال لـ«اليوم», a byline's dashes, a line's head
    before a dash: واس- عدن)."""
    for i, x in enumerate(st.links):
        e = st.doc.entities[i]
        if x is not None and _unlicensed_outlet(st.doc, st.kb, x, st.texts[i], st.keys[i],
                                                e.start, e.end):
            st.refuse(i)


def _unlicensed_outlet(doc: Document, kb: KB, x: Entry, text: str, key: str,
                       start: int, end: int) -> bool:
    """An outlet read from an everyday or ambiguous word with nothing around it that makes
    it an outlet (`refuse_unlicensed_outlets`). A span read as the outlet by passing over
    the everyday words after its name (اللواء الخامس: «the fifth brigade», no newspaper) is
    judged by that name; an armed body's noun before it (قوات اللواء الأول، القوات اللواء
    فضل حسن: a brigade, a major general) is no outlet's cue, only an outlet noun is."""
    if x.kind != "media" or x.source not in _CURATED:
        return False
    words = key.split()
    if (len(words) > 1 and all(w in kb.stopwords for w in words[1:])
            and key not in {name_key(n) for n in x.names_ar}):
        key = words[0]
    return (not (x is _own_outlet(doc, kb, key) and _own_masthead(doc, start, end))
            and (_weak_name(kb, text, given_names=False) or " " not in key)
            and key in {name_key(a) for a in x.ambiguous_ar}
            and not (_outlet_context(doc, start, end)
                     or outlet_cue(doc.text, start, end) or _dateline(doc.text, start, end)
                     or _byline_head(doc.text, start, end)))


def restore_named_places(st: _Linking) -> None:
    """A refused place name is the place after all when the document names that place with
    a place noun elsewhere (بلدة المالكية ... المالكية)."""
    doc = st.doc
    named = {x.id for i, x in enumerate(st.links)
             if x is not None and x.is_place and x.kind != "country"
             and _place_cue(doc, doc.entities[i].start)
             and not _name_goes_on(st.kb, doc, doc.entities[i].end)}
    for i in sorted(st.refused):
        prior = st.readings[i].entries
        if prior and prior[0].id in named:
            st.links[i] = prior[0]
            st.refused.discard(i)


def refuse_foreign_towns(st: _Linking) -> None:
    """A small town of a world gazetteer in a country the document is otherwise not about
    (همدان in a Yemen report is Sanaa's district, not Iran's city) is a guess by string, a
    place noun before it or not."""
    known: Counter[str] = Counter()
    for x in st.links:
        if x is not None and x.source not in _GAZETTEERS:
            _weigh(known, x)
    if not known:
        return
    for i, x in enumerate(st.links):
        if x is None or x.country in known:
            continue
        if ((x.source in GAZETTEERS and x.population < _FOREIGN_TOWN)
                or (x.source == "opensyria" and x.kind != "governorate")):
            st.refuse(i)
    # a curated one-word town, quarter or district of a country nothing else here is about
    # (الفاو in a Yemeni report is a Marib front, not Iraq's al-Faw): its country counts
    # only by the others' links
    others: dict[str, set[str]] = {}
    for x in st.links:
        if x is not None and x.source not in _GAZETTEERS and x.country:
            others.setdefault(x.country, set()).add(x.id)
    for i, x in enumerate(st.links):
        if (x is not None and x.source == "curated" and x.kind in _FOREIGN_SMALL
                and " " not in st.keys[i] and others.get(x.country or "", set()) <= {x.id}
                and any(c != x.country for c in others)
                and not _own_nationality(st, i, x)):
            st.refuse(i)


def refuse_namesake_places(st: _Linking) -> None:
    """A place right after a quarter, street or building head the span left out (حي
    الجولان، شارع بغداد، قلعة القاهرة، مستشفى الكويت: data/ner/namesake_heads.txt) names the
    facility after it; where nothing else linked here is of the place's country, the
    facility is not there, so the mention links nothing (its place would be wrong)."""
    heads = word_list("namesake_heads.txt")
    found = [i for i, x in enumerate(st.links) if x is not None and x.is_place
             and _namesake_head(_word_before(st.doc, st.doc.entities[i].start), heads)]
    if not found:
        return
    others: dict[str, set[str]] = {}
    for i, x in enumerate(st.links):
        if x is not None and x.country and i not in found:
            others.setdefault(x.country, set()).add(x.id)
    for i in found:
        x = st.links[i]
        if x is not None and not others.get(x.country or "") and others \
                and not _own_nationality(st, i, x):
            st.refuse(i)


# The kinds of a settlement or division: right after a part head (مخيم درعا) the span names
# the feature, not one of these.
_SETTLEMENT_KINDS = frozenset(("city", "town", "village", "neighbourhood", "district",
                               "subdistrict", "governorate"))


def link_named_parts(st: _Linking) -> None:
    """A town or division right after a head noun of a feature in it or named after it,
    which the span left out (مخيم درعا، سهل الزبداني، وادي عقان، تل واسط، جبل الخليل:
    `part_heads` of curated/name-words.json), names the feature: its KB entry where the KB
    names «head X» (سد الموصل، سجن أبو غريب، مخيم درعا), else no link (the town would be a
    bigger place for its part). Where the report names the town itself too (مستشفى جنين
    ... في جنين), the mention keeps the town's link: the report's entities hold the town,
    and one name is not split into a linked and an unlinked entity."""
    doc, kb = st.doc, st.kb
    parts: list[tuple[int, str]] = []
    named: set[str] = set()
    for i, x in enumerate(st.links):
        if x is None or x.kind not in _SETTLEMENT_KINDS:
            continue
        head = _part_head(_word_ending_before(doc, doc.entities[i].start))
        if head is None or not _bare_name_after(st, i):
            named.add(x.id)
        else:
            parts.append((i, head))
    for i, head in parts:
        x = st.links[i]
        if x is None or x.id in named:
            continue
        part = next((y for y in kb.by_key(f"{head} {st.keys[i]}") if y.is_place), None)
        if part is None:
            st.refuse(i)
        else:
            st.links[i] = part


def _namesake_head(word: str | None, heads: frozenset[str]) -> bool:
    """The word is a namesake head, bare or after و/ف and ب/ل (وبحي، لشارع)."""
    return word is not None and word in _namesake_forms(heads)


@lru_cache(maxsize=4)
def _namesake_forms(heads: frozenset[str]) -> frozenset[str]:
    """Each namesake head bare and after each proclitic that may come before it: one
    look-up a word, made once (asked of every linked place)."""
    return frozenset(lead + h for lead in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب")
                     for h in heads)


def _own_nationality(st: _Linking, i: int, x: Entry) -> bool:
    """The place's nationality follows it (بلدة الزبداني السورية)."""
    after = _word_after(st.doc, st.doc.entities[i].end)
    nation = st.kb.nationality(after) if after else None
    return nation is not None and nation.country == x.country


def link_listed_places(st: _Linking) -> None:
    """A name tagged PER or ORG in a list of linked places (ودار سعد، وخور مكسر، والمعلا) is
    a place when its words name one here (the home country's, or a curated one)."""
    doc, kb = st.doc, st.kb
    for i, e in enumerate(doc.entities):
        if (st.links[i] is not None or i in st.refused or e.type not in ("PER", "ORG")
                or st.readings[i].entries or not _listed_place(doc, i, st.links, after=True)):
            continue
        places = tuple(x for x in _read(kb, st.texts[i], "LOC").entries if x.is_place)
        chosen = _choose(places, st.home) if places else None
        if chosen is not None and (chosen.country in st.home or chosen.source in _CURATED):
            st.links[i] = chosen


def link_district_names(st: _Linking) -> None:
    """A one-word place the KB names only as a district (منطقة عتمة, بلدة القطن: the KB
    has «مديرية عتمة», no town عتمة) is that district, when the district is of a country
    the document is about and of no other; an everyday word (الحضر "settled people")
    needs a place noun before it (قضاء/مدينة الحضر)."""
    kb = st.kb
    for i, e in enumerate(st.doc.entities):
        key = st.keys[i]
        if (e.type != "LOC" or st.links[i] is not None or i in st.refused
                or st.readings[i] != _NO_READING or key not in kb.district_names
                or key in kb.person_words):
            continue
        ids = kb.district_names[key]
        countries = {kb.entries[d].country for d in ids}
        if len(ids) != 1 or not countries <= set(st.home):
            continue
        if kb.is_common(key) and not _place_cue(st.doc, e.start):
            continue
        st.links[i] = kb.entries[ids[0]]


def link_foreign_spellings(st: _Linking) -> None:
    """A foreign person's name in another transliteration (بيتر مورر for بيتر ماورير, يان
    كوبيتش for يان كوبيش): a PER span of two words or more that nothing reads, whose
    skeleton (`transliteration_skeleton`) is that of one curated person of a non-Arab
    country and of no one else."""
    for i, e in enumerate(st.doc.entities):
        words = st.keys[i].split()
        if e.type != "PER" or st.links[i] is not None or i in st.refused \
                or st.readings[i] != _NO_READING or len(words) < 2:
            continue
        # an Arabic name (أبو أحمد, عبد الله ...; ... أحمد) is spelled as written: its
        # long vowels are no transliterator's choice (أبو أحمد is not آبي أحمد)
        if any(w in BINDERS for w in words) or words[-1] in given_names():
            continue
        ids = st.kb.foreign_skeletons.get(transliteration_skeleton(st.keys[i]), ())
        if len(ids) == 1:
            st.links[i] = st.kb.entries[ids[0]]


def link_repeats(st: _Linking) -> None:
    """Repeats and short forms of linked mentions: the same words again (of a compatible
    type), or the tail of a linked person's name (لافروف, أبو بكر; not after آل/عائلة, not a
    lone أوغلو, an everyday word only with the article: الأسد, not ولي). Linear: the linked
    mentions are indexed by key and by every tail of a person's name."""
    doc, kb, keys = st.doc, st.kb, st.keys
    by_key: dict[str, list[int]] = {}
    by_tail: dict[str, int] = {}
    for j, x in enumerate(st.links):
        if x is None:
            continue
        by_key.setdefault(keys[j], []).append(j)
        if doc.entities[j].type == "PER":
            words = keys[j].split()
            for n in range(1, len(words)):
                by_tail.setdefault(" ".join(words[n:]), j)
    for i, e in enumerate(doc.entities):
        if st.links[i] is not None or i in st.refused:
            continue
        same = next((j for j in by_key.get(keys[i], ())
                     if j != i and (_compatible(e.type, st.links[j])
                                    or _place_taken_for_person(kb, e, keys[i], st.links[j]))),
                    None)
        tail = None
        if (e.type == "PER" and keys[i] not in NOT_ALONE and keys[i] not in GENERATIONS
                and not _is_family(doc, e.start)
                and (keys[i].startswith("ال") or not kb.is_common(keys[i]))):
            tail = by_tail.get(keys[i])
            if tail is None and " " not in keys[i] and not keys[i].startswith("ال"):
                # للعبادي, والعبادي: a clitic before the article of a linked surname
                tail = next((by_tail[s] for s, pre, suf in clitic_stems(keys[i])
                             if pre and not suf and s.startswith("ال") and s in by_tail), None)
        found = [j for j in (same, tail) if j is not None]
        if found:
            st.links[i] = st.links[min(found)]


def _bears(person: Entry, words: list[str]) -> bool:
    """Does one of the person's Arabic names open or end with these words (بشار, الأسد)?"""
    n = len(words)
    for name in person.names_ar:
        w = name_key(name).split()
        if len(w) > n and (w[:n] == words or w[-n:] == words):
            return True
    return False


def _title_terms(st: _Linking, before: list[str]) -> list[RoleTerm] | None:
    """The office terms the words right before a name give it: a dated role's phrase (الرئيس
    السوري، وزير الخارجية الروسي), else an office's title without its nationality (الرئيس,
    وزير الخارجية), else a followers' noun (نظام, قوات) standing for any office of the
    report's home country. None: no title there."""
    kb = st.kb
    for n in (3, 2, 1):
        if len(before) >= n:
            phrase = " ".join(before[-n:])
            terms = kb.role_names.get(phrase) or kb.office_titles.get(phrase)
            if terms:
                return terms
    if before and _followers_noun(before[-1]) and st.home:
        top = st.home_order()[0]
        return [r for r in kb.roles if r.country == top]
    return None


def link_titled_names(st: _Linking) -> None:
    """A person's one name right after an office's title (الرئيس الأسد, الرئيس السوري بشار) or
    a noun for his rule or forces (نظام بشار, قوات بشار) is the one holder of such an office
    on the document's date whose name opens or ends with it: an office changes hands, so the
    title picks the man of the date (in 2015 «الرئيس الأسد» is Bashar, though the report named
    Hafez before). No date, no holder bearing the name, or two, and the mention is left to
    the later passes."""
    doc, kb = st.doc, st.kb
    date = doc.meta.published
    if not date:
        return
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    on: set[RoleTerm] | None = None
    for i, e in enumerate(doc.entities):
        key = st.keys[i]
        if (st.links[i] is not None or i in st.refused or e.type != "PER"
                or key.count(" ") > 1 or key in NOT_ALONE or _is_family(doc, e.start)):
            continue
        k = bisect_left(starts, e.start)
        terms = _title_terms(st, [t.norm for t in tokens[max(0, k - 3):k]])
        if not terms:
            continue
        if on is None:
            on = set(kb.holders_on(date))
        words = key.split()
        people = {p.id: p for t in terms if t in on
                  if (p := kb.get(t.holder)) is not None and _bears(p, words)}
        if len(people) == 1:
            st.links[i] = next(iter(people.values()))


def link_lone_suffixes(st: _Linking) -> None:
    """A lone word that only ends family names (أوغلو: `SURNAME_SUFFIXES`) is the one person
    the document names in full with a name ending in it («أحمد داود أوغلو … بيان صدر عن مكتب
    أوغلو»); two such persons, or a fuller name of it the KB lacks, and it stays unlinked."""
    doc = st.doc
    lone = [i for i, e in enumerate(doc.entities)
            if st.links[i] is None and i not in st.refused and e.type == "PER"
            and st.keys[i] in SURNAME_SUFFIXES]
    if not lone:
        return
    for i in lone:
        if _name_before(st, doc.entities[i].start):
            st.refuse(i)  # another's name: not shared by `one_link_per_name` either
            continue
        tail = " " + st.keys[i]
        bearers = {id(st.links[j]): st.links[j] for j, e in enumerate(doc.entities)
                   if e.type == "PER" and st.keys[j].endswith(tail)}
        if len(bearers) == 1 and None not in bearers.values():
            st.links[i] = next(iter(bearers.values()))


def _name_before(st: _Linking, start: int) -> bool:
    """The words before `start` open a name the tagger left out: a given name right before
    (داود أوغلو), or one before a word that is no everyday word («كمال معدن أوغلو»,
    Kemal Madenoğlu, beside «مكتب أوغلو», «تصريح أوغلو»)."""
    tokens = st.doc.tokens or tokenize(st.doc.text)
    k = bisect_left(token_starts(tokens), start)
    before = [t.norm for t in tokens[max(0, k - 2):k]]
    names = given_names() | st.kb.person_words
    if before and before[-1] in names:
        return True
    return (len(before) == 2 and before[0] in names
            and not st.kb.is_common(before[1]))


def _place_taken_for_person(kb: KB, e: Entity, key: str, x: Entry | None) -> bool:
    """One word tagged PER that the document links elsewhere as a place (داماتورو, the town
    of the report) is that place when no person of the KB and no given name bears it."""
    return (e.type == "PER" and x is not None and x.is_place and " " not in key
            and key not in given_names() and key not in kb.person_words
            and not any(y.kind == "person" for y in kb.by_key(key)))


def link_surnames(st: _Linking) -> None:
    """A tagger PER span that is only the surname of a person of the document's war (هادي,
    صالح in a Yemen report) with no fuller mention: the KB person of the home country with
    that surname, or the one of them who held an office; no home country, no guess; none
    when the document names someone in full with that surname (its linked bearer was
    `link_repeats`' to find)."""
    doc, kb = st.doc, st.kb
    if not st.home:
        return
    top = st.home_order()[0]
    # a surname whose bearer the document names in full (شيرين مكاوي ... مكاوي) is that
    # person's, known to the KB or not; so is one the document names after any word that
    # is not a common word or a followers' noun (العقيد وليد الدليمي cut to ليد الدليمي)
    named = {st.keys[j].split()[-1] for j, e in enumerate(doc.entities)
             if e.type == "PER" and st.links[j] is None and (
                 _full_name(kb, st.keys[j]) or _named_before(kb, st.keys[j]))}
    for i, e in enumerate(doc.entities):
        if (st.links[i] is not None or i in st.refused or e.type != "PER"
                or st.readings[i] != _NO_READING or _is_family(doc, e.start)
                or st.keys[i] in NOT_ALONE or st.keys[i] in named):
            continue
        people = _office_holders_first(
            kb, [p for p in kb.surname_bearers(st.keys[i]) if p.country == top],
            doc.meta.published)
        if len(people) == 1 and _called_by_surname(st, i):
            st.links[i] = people[0]


def _called_by_surname(st: _Linking, i: int) -> bool:
    """Is the lone mention `i` a surname here? Not after a title under which people are
    called by a given name (لواء السلطان مراد: Sultan Murad, not Jacques Mourad)."""
    return not _place_cue(st.doc, st.doc.entities[i].start, _NAME_TITLES)


# Titles under which people are called by a given name (قاري ذبيح الله, الملا برادر): a
# given name after one is that titled man's, not a KB person's known by the same name.
_NAME_TITLES = frozenset(name_key(w) for w in (
    "قاري", "مولوي", "مولانا", "ملا", "الملا", "حاجي", "الحاج", "شيخ", "الشيخ", "الإمام",
    "السيد", "أمير", "الأمير", "أبو", "السلطان"))


@once
def _state_agency_phrases() -> frozenset[str]:
    """Descriptions of a country's official news agency: `curated/state-agencies.txt`."""
    path = KB_DIR / "curated" / "state-agencies.txt"
    return frozenset(name_key(w) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


_APPOSITION_GAP = re.compile(r"[\s«»\"“”()\[\]،,:-]*")


def link_state_agencies(st: _Linking) -> None:
    """«وكالة الأنباء الرسمية» is the outlet the report names right after it, in brackets or
    quotes («(سانا)», «إرنا»); with none there, the one agency of the report's home country
    (a Yemeni report's is Saba); two agencies or no home, and it stays unlinked."""
    doc, kb = st.doc, st.kb
    phrases = _state_agency_phrases()
    for i, e in enumerate(doc.entities):
        if st.links[i] is not None or i in st.refused or e.type != "ORG":
            continue
        first, *rest = st.keys[i].split() or [""]
        if not any(" ".join([stem, *rest]) in phrases for stem, _, _ in clitic_stems(first)):
            continue  # (لوكالة الأنباء الرسمية: its clitics cut)
        nxt = i + 1
        if nxt < len(doc.entities):
            f, x = doc.entities[nxt], st.links[nxt]
            gap = doc.text[e.end:f.start]
            if (x is not None and x.kind == "media" and len(gap) <= 3
                    and _APPOSITION_GAP.fullmatch(gap)):
                st.links[i] = x
                continue
        if st.home:
            found = kb.agencies.get(st.home_order()[0], [])
            if len(found) == 1:
                st.links[i] = found[0]


def link_given_names(st: _Linking) -> None:
    """A tagger PER span that is only a compound given name (سيف الإسلام in a Libya report,
    سراج الدين in an Afghan one) with no fuller mention: the one curated person of the
    document's home country whose name opens with it; none when the document names someone
    in full with that given name, after a title (قاري ذبيح الله, a Taliban commander), or
    when the home country has no such person."""
    doc, kb = st.doc, st.kb
    if not st.home:
        return
    top = st.home_order()[0]
    for i, e in enumerate(doc.entities):
        if (st.links[i] is not None or i in st.refused or e.type != "PER"
                or st.readings[i] != _NO_READING or _is_family(doc, e.start)):
            continue
        key = st.keys[i]
        people = [p for p in kb.given_name_bearers(key) if p.country == top]
        if len(people) != 1 or _place_cue(doc, e.start, _NAME_TITLES):
            continue
        fuller = any(j != i and st.keys[j].startswith(key + " ") and st.links[j] is None
                     for j, f in enumerate(doc.entities) if f.type == "PER")
        if not fuller:
            st.links[i] = people[0]


def link_middle_names(st: _Linking) -> None:
    """A person named with a father's name the KB omits (نايف صالح البكري for نايف البكري):
    the given and family names alone name one KB person, who is not named that way only as a
    common name; lineages (بن، ابن) are left to the lineage rule."""
    doc, kb = st.doc, st.kb
    for i, e in enumerate(doc.entities):
        if st.links[i] is not None or i in st.refused or e.type != "PER":
            continue
        words = st.keys[i].split()
        if len(words) < 3 or any(w in LINEAGE or w == "بنت" for w in words):
            continue
        given = 2 if words[0] in COMPOUND_FIRST else 1
        family = 2 if words[-2] in COMPOUND_FIRST else 1
        if given + family >= len(words):
            continue
        key = " ".join(words[:given] + words[-family:])
        people = [p for p in kb.by_key(key) if p.kind == "person"]
        if len(people) == 1 and key not in {name_key(a) for a in people[0].ambiguous_ar}:
            st.links[i] = people[0]


def share_longer_forms(st: _Linking) -> None:
    """One body, one id in a report: an ORG mention whose words open a longer mention of the
    report that ends with one more describing adjective (المعارضة السورية beside المعارضة
    السورية المسلحة) takes the longer one's link; a nationality or a name as that last word
    (وزارة الدفاع الأمريكية, الجيش الوطني الليبي) says which country's, not which body. A
    short form that reads as the longer one's parent names the whole, not the part
    (المقاومة الشعبية in Sanaa beside المقاومة الشعبية الجنوبية in Aden). Longer forms that
    name two bodies (طيران التحالف العربي and طيران التحالف الدولي in one Yemen report) leave
    the short form as it was read."""
    doc, kb = st.doc, st.kb
    longer: dict[str, int] = {}
    split: set[str] = set()
    for j, e in enumerate(doc.entities):
        words = st.keys[j].split()
        if e.type == "ORG" and st.links[j] is not None and len(words) >= 3:
            last = words[-1]
            if (last.startswith("ال") and kb.nationality(last) is None
                    and not kb.by_key(last) and last not in given_names()):
                short = " ".join(words[:-1])
                k = longer.setdefault(short, j)
                if st.links[k] is not st.links[j]:
                    split.add(short)
    for i, e in enumerate(doc.entities):
        j = longer.get(st.keys[i]) if st.keys[i] not in split else None
        if j is not None and e.type == "ORG" and i not in st.refused \
                and st.links[i] is not st.links[j] and not _parent_of(st.links[i], st.links[j]):
            st.links[i] = st.links[j]


def _parent_of(x: Entry | None, part: Entry | None) -> bool:
    """Is `x` the body `part` belongs to (its affiliation)?"""
    return x is not None and part is not None and part.affiliation == x.id


# English heads of the institutions a state posts abroad: embassies, consulates, missions.
_MISSIONS = ("Embassy", "Consulate", "Consulate General")
# Words placing a mission: السفارة السودانية في القاهرة، لدى إسرائيل.
_POSTED_AT = frozenset({"في", "لدي"})


@lru_cache(maxsize=1 << 16)  # every mention of every document
def _posted_at(text: str) -> tuple[int, int] | None:
    """Where a span's words hold في/لدى (from its third word to its last but one): the end
    of the word before it and the start of the word after it, else None."""
    tokens = [t for t in tokenize(text) if t.norm not in SKIP_TOKENS]
    at = next((k for k in range(2, len(tokens) - 1) if tokens[k].norm in _POSTED_AT), None)
    return None if at is None else (tokens[at - 1].end, tokens[at + 1].start)


def locate_missions(st: _Linking) -> None:
    """A country's embassy or consulate named with its place (السفارة السودانية في القاهرة,
    السفارة السويدية لدى إسرائيل) is that mission, not the country's embassies at large: its
    link names the place (Sudanese Embassy in Cairo), when the words after في/لدى, inside the
    span or right after it, name a place of another country."""
    doc, ents = st.doc, st.doc.entities
    for i, x in enumerate(st.links):
        text = st.texts[i]
        at = _posted_at(text)
        if x is None and at is not None and i not in st.refused and ents[i].type == "ORG":
            # the span runs on to the place: its head alone names the mission
            head = [e for e in _read(st.kb, text[:at[0]], "ORG").entries
                    if e.name_en and e.name_en.endswith(_MISSIONS)]
            x = st.links[i] = head[0] if len(head) == 1 else None
        if x is None or not x.name_en or not x.name_en.endswith(_MISSIONS):
            continue
        if at is not None:
            places = tuple(p for p in _read(st.kb, text[at[1]:], "LOC").entries
                           if p.is_place)
            place = _choose(places, st.home) if places else None
        else:  # السفارة السودانية | في | القاهرة: the place is the next mention
            nxt = i + 1 if i + 1 < len(ents) else None
            gap = doc.text[ents[i].end:ents[nxt].start].split() if nxt is not None else []
            place = (st.links[nxt] if nxt is not None and len(gap) == 1
                     and name_key(gap[0]) in _POSTED_AT else None)
        if place is not None and place.is_place and place.name_en \
                and place.country != x.country:
            st.posted[i] = place


def one_link_per_name(st: _Linking) -> None:
    """One name, one link in a report: a mention left unlinked takes the link another
    mention of the same words and the same type got in the document, or that of a linked
    place named by those words after its head noun (محافظة عمران ... في عمران), when every
    such mention agrees on one entry and the KB gives the words alone no other entry of
    that type (a name two entries share stays unlinked where its context did not choose).
    Not after a family noun (عائلة دوابشة: the family, not the person named before) nor a
    compass word (غرب كردستان beside إقليم كردستان: Syria's Kurdish areas, another place)."""
    doc, kb = st.doc, st.kb
    found: dict[tuple[str, str], Link | None] = {}
    for j, e in enumerate(doc.entities):
        x = st.links[j]
        link = x.link() if x is not None else st.kept_link(j, e, st.readings[j])
        if link is None:
            continue
        words = st.keys[j].split()
        names = [st.keys[j]]
        if e.type == "LOC" and len(words) > 1 and words[0] in HEAD_KINDS \
                and link.kind in HEAD_KINDS[words[0]]:
            names.append(" ".join(words[1:]))  # محافظة عمران: also «عمران»
        for key in names:
            name = (key, e.type)
            seen = found.get(name, link)
            found[name] = link if seen is not None and seen.id == link.id else None
    for i, e in enumerate(doc.entities):
        if st.links[i] is not None or i in st.refused \
                or st.kept_link(i, e, st.readings[i]) is not None \
                or (e.type == "PER" and _is_family(doc, e.start)) \
                or _word_before(doc, e.start) in _COMPASS:
            continue
        link = found.get((st.keys[i], e.type))
        if link is not None and not ({y.id for y in kb.by_key(st.keys[i])
                                      if _compatible(e.type, y)} - {link.id}):
            st.shared[i] = link


# The linking passes, in order: each settles or refuses some mentions' links.
PASSES = (link_unique_names, weigh_places_inside_names, link_numbered_units, link_by_context,
          link_led_bodies,
          place_bare_institutions, prefer_regional_institutions, refuse_unlicensed_places,
          refuse_unlicensed_outlets, restore_named_places, refuse_foreign_towns,
          refuse_namesake_places, link_named_parts,
          link_listed_places, link_district_names, link_foreign_spellings, link_middle_names,
          link_titled_names, link_repeats, link_lone_suffixes, link_surnames,
          link_given_names, link_state_agencies, share_longer_forms, locate_missions,
          one_link_per_name,
          link_descriptions)


def link_entities(doc: Document, kb: KB) -> list[Entity]:
    """Copies of doc.entities, each with `link` set when the KB knows the mention.

    Pure and thread-safe: reads the (immutable) KB and the document, returns new entities.
    """
    st = _Linking.start(doc, kb)
    for link_pass in PASSES:
        link_pass(st)
    return st.result()


def _weak_name(kb: KB, text: str, given_names: bool = True, whole: bool = False) -> bool:
    """One word that is also an everyday word or a given name (clitic readings included,
    unless `whole` and the whole word is a KB name: لحج is no ل + حج)."""
    tokens = [t for t in tokenize(text) if t.norm not in SKIP_TOKENS]
    if len(tokens) != 1:
        return False
    word = tokens[0].norm
    stems = ({word} if whole and kb.by_key(word)
             else {stem for stem, _, _ in clitic_stems(word)})
    return any(kb.is_common(w) or (given_names and w in kb.person_words) for w in stems)


def _word_before(doc: Document, start: int) -> str | None:
    """The normalized word right before offset `start` (brackets and quotes skipped)."""
    tokens = doc.tokens or tokenize(doc.text)
    k = bisect_right(token_starts(tokens), start) - 1
    while k >= 0 and (tokens[k].start >= start or tokens[k].norm in SKIP_TOKENS):
        k -= 1
    return tokens[k].norm if k >= 0 else None


def _bare_name_after(st: _Linking, i: int) -> bool:
    """The mention is a bare name that can stand in construct after a head noun: its word
    takes no proclitic (مستشفى بكراتشي: «in Karachi») and it opens with no place noun of its
    own (مستشفى قضاء بلدروز: the district)."""
    e = st.doc.entities[i]
    tokens = st.doc.tokens or tokenize(st.doc.text)
    k = bisect_right(token_starts(tokens), e.start) - 1
    if k >= 0 and tokens[k].start < e.start < tokens[k].end:
        return False
    first = st.keys[i].split(" ", 1)[0]
    return first not in HEAD_KINDS


def _part_head(word: str | None) -> str | None:
    """The part head a word is in construct (بمخيم، ومعسكر، معسكري: not القاعدة, whose
    article makes it no head of the name after it)."""
    if word is None:
        return None
    return next((s for s, pre, suf in clitic_stems(word) if s in PART_HEADS
                 and not word[:pre].endswith("ال") and word[len(word) - suf:] in ("", "ي")),
                None)


def _word_ending_before(doc: Document, start: int) -> str | None:
    """The normalized word that ends before offset `start` (quotes and brackets skipped):
    not the word the span's own first letters belong to (وجسر الشغور: not «وجسر»)."""
    tokens = doc.tokens or tokenize(doc.text)
    k = bisect_right(token_starts(tokens), start) - 1
    while k >= 0 and (tokens[k].end > start or tokens[k].norm in SKIP_TOKENS):
        k -= 1
    return tokens[k].norm if k >= 0 else None


def _full_name(kb: KB, key: str) -> bool:
    """A given name and more (شيرين مكاوي, محمد سعد مبارك; not وفلول صالح)."""
    words = key.split()
    return len(words) > 1 and any(stem in kb.person_words
                                  for stem, _, _ in clitic_stems(words[0]))


def _named_before(kb: KB, key: str) -> bool:
    """Two words or more, the first neither a common word (الرئيس هادي) nor a followers'
    noun (قوات صالح): a name, though not one the given-name list knows."""
    words = key.split()
    return len(words) > 1 and words[0] not in kb.stopwords and not _followers_noun(words[0])


def _word_after(doc: Document, end: int) -> str | None:
    """The word right after offset `end` (brackets and quotes skipped)."""
    tokens = doc.tokens or tokenize(doc.text)
    k = bisect_right(token_starts(tokens), end - 1)
    while k < len(tokens) and (tokens[k].end <= end or tokens[k].norm in SKIP_TOKENS):
        k += 1
    return doc.text[tokens[k].start:tokens[k].end] if k < len(tokens) else None


def _place_cue(doc: Document, start: int, cues: frozenset[str] = CUES["LOC"]) -> bool:
    """A place noun (قرية، مدينة، حي), or one of `cues`, right before offset `start`."""
    w = _word_before(doc, start)
    return w is not None and any(s in cues for s, _, _ in clitic_stems(w))


def _located(doc: Document, end: int) -> bool:
    """ب or في and a division noun right after offset `end`: «في كرش بمحافظة لحج»
    (`ruler.located_in`): the phrase locates the place before it."""
    tokens = doc.tokens or tokenize(doc.text)
    return located_in(tokens, bisect_left(token_starts(tokens), end))


def _is_family(doc: Document, start: int) -> bool:
    """آل الأسد, عائلة الأسد: a family, not the person of that surname."""
    w = _word_before(doc, start)
    return w is not None and any(s in _FAMILY for s, _, _ in clitic_stems(w))


def _name_goes_on(kb: KB, doc: Document, end: int) -> bool:
    """The word after a one-word place looks like the rest of an unknown name: قرية قصر
    البريج is not Ksar."""
    tokens = doc.tokens or tokenize(doc.text)
    k = bisect_right(token_starts(tokens), end - 1)
    if k >= len(tokens) or doc.text[end:tokens[k].start].strip():
        return False
    nxt = tokens[k].norm
    return (nxt.startswith("ال") and len(nxt) > 3 and nxt not in kb.stopwords
            and kb.nationality(nxt) is None and not kb.curated_name(nxt))


_LIST_GAPS = frozenset(("و", "،", ",", "، و", ", و", "أو"))


def _listed_place(doc: Document, i: int, links: list[Entry | None],
                  after: bool = False, country: str | None = None) -> bool:
    """Coordinated with the place mentioned just before it (`after`: or just after it):
    اللاذقية وجبلة، حلب; `country`: a place of that country («شارعي الثورة وبغداد» lists
    a Damascus street before Baghdad, no Syrian town)."""
    ents = doc.entities
    sides = ((i - 1, (i - 1, i)), (i + 1, (i, i + 1))) if after else ((i - 1, (i - 1, i)),)
    for j, (a, b) in sides:
        if 0 <= j < len(ents) and links[j] is not None and links[j].is_place and \
                (country is None or links[j].country == country) and \
                doc.text[ents[a].end:ents[b].start].strip() in _LIST_GAPS:
            return True
    return False


def _type(tagged: str, entry: Entry | None) -> str:
    """A MISC tag, or a LOC/ORG tag the curated KB contradicts (داعش tagged LOC), takes the
    KB's type (جيش الفتح is an ORG)."""
    if entry is None:
        return tagged
    return entry.type if tagged == "MISC" or not _compatible(tagged, entry) else tagged


class _Context:
    """What `resolve_nominal` reads of a document's entities, kept up to date as entities are
    appended (nominal_entity, the nominals stage) instead of recomputed on every call, which
    made a long document's stages quadratic: the links by span, the home country weights,
    the persons' names by every tail (lafrov, abu bakr)."""

    __slots__ = ("text", "entities", "kb", "seen", "last", "spans", "home", "tails")

    def __init__(self, text: str, entities: list[Entity], kb: KB) -> None:
        self.text, self.entities, self.kb, self.seen, self.last = text, entities, kb, 0, None
        self.spans: dict[tuple[int, int], Link] = {}
        self.home: Counter[str] = Counter()
        self.tails: dict[str, Link] = {}

    def current(self, doc: Document, kb: KB) -> bool:
        """Still describes the document's entities (the same list, only appended to since)?"""
        entities = doc.entities
        return doc.text is self.text and entities is self.entities and kb is self.kb \
            and len(entities) >= self.seen \
            and (self.seen == 0 or entities[self.seen - 1] is self.last)

    def extend(self, doc: Document) -> None:
        """Take in the entities appended since (each thread has its own context)."""
        for e in self.entities[self.seen:]:
            if not e.link:
                continue
            self.spans.setdefault((e.start, e.end), e.link)
            entry = self.kb.get(e.link.id)
            if entry:
                _weigh(self.home, entry)
            if e.link.kind == "person":
                words = name_key(doc.span_text(e)).split()
                for n in range(1, len(words)):
                    self.tails.setdefault(" ".join(words[n:]), e.link)
        self.seen = len(self.entities)
        self.last = self.entities[-1] if self.entities else None


_CONTEXT = threading.local()  # per thread: the context of the last document it asked about


def _context(doc: Document, kb: KB) -> _Context:
    ctx: _Context | None = getattr(_CONTEXT, "ctx", None)
    if ctx is None or not ctx.current(doc, kb):
        ctx = _Context(doc.text, doc.entities, kb)
        _CONTEXT.ctx = ctx
    if ctx.seen < len(doc.entities):
        ctx.extend(doc)
    return ctx


def resolve_nominal(doc: Document, start: int, end: int, kb: KB | None = None) -> Link | None:
    """The KB entry a span stands for (an actor phrase, a nationality, a role), or None.

    Uses the document's linked entities for context: its home country (الحكومة, فصائل
    المعارضة), its date (وزير الخارجية الروسي), its persons (لافروف).
    """
    kb = kb or get_kb()
    ctx = _context(doc, kb)
    known = ctx.spans.get((start, end))
    if known is not None:
        return known
    text = doc.text[start:end]
    entry = _resolve(kb, _read(kb, text, None), ctx.home, doc.meta.published)
    if entry:
        return entry.link()
    return ctx.tails.get(" ".join(name_key(text).split()))


def nominal_entity(doc: Document, start: int, end: int, kb: KB | None = None) -> str | None:
    """The id of the entity for a span, adding a linked one (e.g. الروس) if the KB knows it.

    For the events/claims stages: an actor phrase that stands for a KB actor becomes an entity
    (type from the KB kind) so a Role can point at it. Returns None if nothing is known.
    """
    for e in doc.entities:
        if e.start == start and e.end == end:
            return e.id
    link = resolve_nominal(doc, start, end, kb)
    if link is None:
        return None
    taken = {e.id for e in doc.entities}
    n = len(doc.entities) + 1
    while f"e{n}" in taken:
        n += 1
    doc.entities.append(Entity(start, end, f"e{n}", kind_type(link.kind), link))
    return f"e{n}"


@once
def _followers() -> frozenset[str]:
    """Nouns for a leader's followers, forces or rule before his bare surname (فلول صالح،
    قوات حفتر): `data/kb/curated/follower-nouns.txt`."""
    path = KB_DIR / "curated" / "follower-nouns.txt"
    return frozenset(name_key(w) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1 << 18)  # every token of every document
def _followers_noun(norm: str) -> bool:
    """Is the word a followers' noun (its clitics cut)?"""
    return any(w in _followers() for w, _, _ in clitic_stems(norm))


# the followers' nouns of a document, found in one scan of its tokens
_FOLLOWERS = WordScan((_followers_noun,))
_END = attrgetter("end")


@lru_cache(maxsize=1 << 18)
def _surname_readings(norm: str) -> tuple[tuple[str, int], ...]:
    """The word's readings as a bare surname, و at most before it: (stem, proclitic letters)."""
    return tuple((stem, pre) for stem, pre, suf in clitic_stems(norm)
                 if not (suf or pre > 1 or (pre and norm[0] != "و") or len(stem) < 3))


def _leader_by_surname(kb: KB, key: str, country: str, date: str | None) -> Entry | None:
    """The one curated office-holder of `country` whose name ends with the word `key`; of
    several, the one in office on `date` (الأسد in 2015: Bashar, not Hafez)."""
    people = _office_holders_first(kb, [p for p in kb.surname_bearers(key)
                                        if p.country == country and kb.held_office(p.id)], date)
    return people[0] if len(people) == 1 else None


def _office_holders_first(kb: KB, people: list[Entry], date: str | None) -> list[Entry]:
    """Of several bearers of a surname, those who held an office; of several of these, those
    in office on `date` (an office changes hands: الأسد in 2015 is Bashar, not Hafez)."""
    if len(people) > 1:
        people = [p for p in people if kb.held_office(p.id)]
    if len(people) > 1 and date:
        on = {t.holder for t in kb.holders_on(date)}
        people = [p for p in people if p.id in on]
    return people


def add_leader_surnames(doc: Document, kb: KB, entities: list[Entity]) -> list[Entity]:
    """A leader's bare surname that no span covers (فلول صالح, ميليشيات الحوثي وصالح in a
    Yemen report): after a noun for his followers or forces, or joined by و right after a
    linked actor of his country, it is the one office-holder of the document's home country
    with that surname. A common word that is also a name gets no link without that evidence
    (a report about another country, no such noun, a name going on after it)."""
    home: Counter[str] = Counter()
    for e in entities:
        entry = kb.get(e.link.id) if e.link else None
        if entry is not None:
            _weigh(home, entry)
    if not home:
        return entities
    top = home.most_common(1)[0][0]
    spans = sorted((e.start, e.end) for e in entities)
    ends = {e.end: e for e in entities}
    tokens = doc.tokens or tokenize(doc.text)
    added: list[Entity] = []
    # the cheap test first: a word right after a followers' noun or a name, else no evidence
    evidence = {i + 1 for i in _FOLLOWERS.positions(tokens, _followers_noun,
                                                     aligned(doc.word_ids, tokens))}
    for end in ends:  # (the tokens' ends ascend: the one ending there, found by halving)
        i = bisect_left(tokens, end, key=_END)
        if i < len(tokens) and tokens[i].end == end:
            evidence.add(i + 1)
    for k in sorted(evidence):
        if k >= len(tokens):
            continue
        t, before = tokens[k], tokens[k - 1]
        after_name = ends.get(before.end)
        after_followers = _followers_noun(before.norm)
        j = bisect_right(spans, (t.start, len(doc.text) + 1)) - 1
        if not t.is_word or (j >= 0 and spans[j][1] > t.start):
            continue
        for stem, pre in _surname_readings(t.norm):
            left = after_name if pre else None
            followers = not pre and after_followers
            if not followers and left is None:
                continue
            # a surname that also names a group or a place (الحوثي) is not the man alone
            leader = None if kb.by_key(stem) else _leader_by_surname(
                kb, stem, top, doc.meta.published)
            if leader is None or _name_goes_on(kb, doc, t.end):
                continue
            ally = kb.get(left.link.id) if left is not None and left.link else None
            joined = (ally is not None and ally.country == top and not ally.is_place
                      and not doc.text[before.end:t.start].strip())
            if followers or joined:
                added.append(Entity(t.start + pre, t.end, "", "PER", leader.link()))
                break
    return _renumbered(entities, added)


_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)")


def add_dateline_outlets(doc: Document, kb: KB, entities: list[Entity]) -> list[Entity]:
    """The outlet a dateline names in brackets (الرياض (واس) -, مسقط (العمانية):) when no
    span covers it: the KB's outlet of that name (a name no outlet bears stays out)."""
    spans = [(e.start, e.end) for e in entities]
    added: list[Entity] = []
    for m in _BRACKETED.finditer(doc.text):
        start, end = m.span(1)
        inner = doc.text[start:end]
        lead, trail = len(inner) - len(inner.lstrip()), len(inner) - len(inner.rstrip())
        start, end = start + lead, end - trail
        if not _dateline(doc.text, start, end) or any(a < end and start < b for a, b in spans):
            continue
        key = name_key(doc.text[start:end])
        media = [x for x in kb.by_key(key) if x.kind == "media"] or _agencies(kb, key)
        if media:
            added.append(Entity(start, end, "", "ORG", media[0].link()))
    return _renumbered(entities, added)


def _agencies(kb: KB, key: str) -> list[Entry]:
    """A nationality adjective as a dateline's source (العمانية, الأردنية) stands for that
    country's news agency (وكالة الأنباء العمانية): the one outlet of that country named so."""
    nation = kb.nationality(key)
    found = kb.agencies.get(nation.country or "", []) if nation is not None else []
    return found if len(found) == 1 else []


def _renumbered(entities: list[Entity], added: list[Entity]) -> list[Entity]:
    """`entities` with `added` among them in text order, ids renumbered e1..."""
    if not added:
        return entities
    merged = sorted([*entities, *added], key=lambda e: (e.start, -e.end))
    return [Entity(e.start, e.end, f"e{i}", e.type, e.link) for i, e in enumerate(merged, 1)]


_PROCLITIC_LEADS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def take_division_heads(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A place linked to a division of the kind its head noun asks for takes the head into
    its span: «في محافظة تعز» is the entity محافظة تعز (the gold's span), and a report's
    governorate and its namesake city (محافظة عدن … أصبحت عدن) stay two entities instead
    of one name linked two ways. Only a head word right before the span (its proclitic
    left out: بمحافظة تعز) that no other entity reaches; a city linked after محافظة keeps
    its span (the head named another place). Run last, by the nominals stage: the events
    read the bare place (تحرير محافظة | عدن: the trigger holds the head; the gold's event
    places are bare). Linear: one look back per entity."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    taken: dict[int, Entity] = {}
    reach = -1  # the furthest end of the entities before this one
    for e in sorted(entities, key=_SPAN_ORDER):
        taken[id(e)] = _with_division_head(doc, tokens, starts, e, reach)
        reach = max(reach, e.end)
    return [taken[id(e)] for e in entities]  # in the order they came


_SPAN_ORDER = attrgetter("start", "end")


def _with_division_head(doc: Document, tokens: list[Token], starts: list[int], e: Entity,
                        reach: int) -> Entity:
    k = bisect_left(starts, e.start) - 1
    if e.type != "LOC" or e.link is None or k < 0 or tokens[k].end > e.start \
            or reach > tokens[k].start or doc.text[tokens[k].end:e.start].strip():
        return e
    tok = tokens[k]
    head = next((s for s, _, _ in clitic_stems(tok.norm) if s in DIVISION_HEADS), None)
    if head is None or e.link.kind not in HEAD_KINDS.get(head, ()):
        return e
    word = doc.text[tok.start:tok.end]
    lead = next((p for p in _PROCLITIC_LEADS
                 if word.startswith(p) and name_key(word[len(p):]) == head), None)
    if lead is None:
        return e
    return Entity(tok.start + len(lead), e.end, e.id, e.type, e.link)


def stage(doc: Document) -> Document:
    kb = get_kb()
    doc.entities = apply_ruler(doc, kb)
    doc.entities = add_leader_surnames(doc, kb, link_entities(doc, kb))
    doc.entities = add_dateline_outlets(doc, kb, doc.entities)
    return doc
