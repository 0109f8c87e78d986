"""The KB ruler: entity mentions the tagger missed, found by knowledge-base names.

`kb_mentions` finds KB names in the text (clitic-aware, normalized, via the KB's PhraseMatcher)
and keeps those that are names by themselves: ambiguous or common-word names (صور, الحكومة,
names that are also given names) only with a cue word before them (مدينة, قناة, الرئيس...).
`apply_ruler` merges them with the tagger's spans: a tagger span is never replaced by a
shorter one, is extended when a KB name covers it, and is left alone when they cross.
Later short forms of a person's name (لافروف after سيرجي لافروف, أبو بكر after الفاروق أبو بكر)
are added as PER mentions too.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from operator import attrgetter

from rasd.document import Document, Entity, Token
from rasd.entities.areas import (
    Area,
    _after_conjunction,
    area_names,
    area_nouns,
    is_area_noun,
    list_noun,
)
from rasd.entities.features import (
    _data_lines,
    given_names,
    is_given_name,
    norm_word,
    noun_leads,
    word_list,
)
from rasd.entities.groups import group_names
from rasd.entities.heads import (
    head_of,
    head_phrases,
    heads_before,
    is_head,
    is_state_head,
    is_unit_noun,
    named_after,
    national_bodies,
    numbered_units,
    place_after_head,
    quoted_after_head,
    skip_letters,
    state_heads,
    task_forces,
)
from rasd.entities.heads import stops as head_stops
from rasd.entities.kb import (
    CLOSING_QUOTES,
    CUES,
    GAZETTEERS,
    KB,
    OPENING_QUOTES,
    SKIP_TOKENS,
    Entry,
    indefinite,
    name_key,
)
from rasd.entities.leaders import led_by
from rasd.entities.lists import places_after
from rasd.entities.nonames import (
    collective_people,
    enclosed,
    group_noun,
    nisba_after_noun,
    not_a_name,
    office_tail,
    verb_homographs,
)
from rasd.entities.outlets import after_outlet_noun, quoted_outlets
from rasd.entities.persons import (
    _touched,
    compound_names,
    first_name_repeats,
    listed_persons,
    named_after_cue,
    named_after_office,
    named_after_title,
    named_before_apposition,
    named_in_apposition,
)
from rasd.once import once
from rasd.text.matcher import PhraseMatcher
from rasd.text.normalize import normalize
from rasd.text.scan import WordScan, WordTest, token_starts
from rasd.text.segment import clitic_stems, tokenize
from rasd.text.vocab import aligned
from rasd.times import weekday_names

# Words that bind to the next name part: أبو بكر is one name, بكر alone is not.
_BINDERS = frozenset({"ابو", "ابي", "ابا", "بن", "ابن", "بنت", "عبد", "ال", "ام", "دي", "دو",
                      "فان"})
# Name parts that never stand alone for one person: أوغلو ends many Turkish surnames.
NOT_ALONE = frozenset({"اوغلو", "الله", "الدين", "الرحمن"})
# "في" and the prepositions of place also license a place name that is ambiguous only because
# it names places in many countries (data/ner/weak_place_cues.txt).
_WEAK_LOC_CUES = word_list("weak_place_cues.txt")

# A gazetteer town (GeoNames, world-cities) under 100,000 needs a cue word (مدينة، بلدة):
# a bare one-word name is as often an everyday word elsewhere. "في" is cue enough for one
# written with its own article and no clitic (في التواهي، في الرضمة): the article is the
# name's, not an everyday noun's (في الحسبان is ال + حسبان, a town's name without it), and
# a common word (ANERcorp's) is no name here at all (places18).
_IN = frozenset({name_key("في")})
_DIRECTIONS = frozenset(name_key(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"))
# The words the head-noun, state-body and area passes start from: one scan of a
# document's tokens gives each pass its positions (text/scan.py).
# The proclitic leads of head, area and unit words (heads._LEADS, areas._LEADS) by length;
# a state body's head takes the one-letter leads and وب، ول (heads._state_head).
_LEAD1 = frozenset({"و", "ف", "ب", "ل"})
_LEAD2 = frozenset({"وب", "ول", "فب", "فل"})
_STATE_LEAD2 = frozenset({"وب", "ول"})


def _words_mask(norm: str) -> int:
    """`_WORDS`' four answers for a new word at once (bit k: its k-th test), the state-head
    and area tests read from the word's two lead splits (norm[1:], norm[2:]) instead of each
    test looping `startswith` over its leads; the same answers as the tests one by one
    (tests/test_scan.py)."""
    mask = 1 if head_of(norm) is not None else 0
    lead1 = norm[:1] in _LEAD1
    rest1, rest2 = norm[1:], norm[2:]
    states = state_heads()
    if norm in states or (lead1 and rest1 in states) or (
            rest2 in states and norm[:2] in _STATE_LEAD2) or (
            norm.startswith("لل") and "ال" + rest2 in states):
        mask |= 2
    areas = area_nouns()
    if norm in areas or (lead1 and rest1 in areas) or (rest2 in areas and norm[:2] in _LEAD2):
        mask |= 4
    if is_unit_noun(norm):
        mask |= 8
    return mask


_WORDS = WordScan((is_head, is_state_head, is_area_noun, is_unit_noun), _words_mask)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    type: str
    entry: str | None  # KB id when the name names one entry


def _words_at(doc: Document, tokens: list[Token], test: WordTest) -> list[int]:
    """`_WORDS.positions` of one of its tests over the document's tokens (`tokens`), read
    over its word ids."""
    return _WORDS.positions(tokens, test, aligned(doc.word_ids, tokens))


def word_tokens(doc: Document) -> list[Token]:
    """The document's tokens without brackets and quotes (names are matched across them)."""
    return word_tokens_ids(doc)[0]


def _skipped(norm: str) -> bool:
    return norm in SKIP_TOKENS


# the brackets and quotes of a document, found over its word ids
_SKIPS = WordScan((_skipped,))


_WORD_TOKENS = threading.local()  # the last document's: (tokens, ids, their count, the answer)


def word_tokens_ids(doc: Document) -> tuple[list[Token], array | None]:
    """`word_tokens`, and their word ids from the document's `word_ids` (None where the
    document has none for its tokens). Kept for the last token list asked about (the same
    objects, not modified), per thread: the KB's and the persons' matchers both read them.
    The lists are shared: read them, never change them."""
    tokens = doc.tokens or tokenize(doc.text)
    ids = aligned(doc.word_ids, tokens)
    last = getattr(_WORD_TOKENS, "last", None)
    if last is not None and last[0] is tokens and last[1] is ids and last[2] == len(tokens):
        return last[3]
    got = _word_tokens_ids(tokens, ids)
    _WORD_TOKENS.last = (tokens, ids, len(tokens), got)
    return got


def _word_tokens_ids(tokens: list[Token], ids: array | None
                     ) -> tuple[list[Token], array | None]:
    if ids is None:
        return [t for t in tokens if t.norm not in SKIP_TOKENS], None
    skip = _SKIPS.positions(tokens, _skipped, ids)
    out = list(tokens)
    if skip:
        ids = array("i", ids)
        for k in reversed(skip):
            del out[k]
            del ids[k]
    return out, ids


def _has_cue(tokens: list[Token], i: int, cues: frozenset[str]) -> bool:
    if i <= 0:
        return False
    return any(stem in cues for stem, _, _ in clitic_stems(tokens[i - 1].norm))


_CLOSERS = frozenset(")»]”\"")


def _closes(text: str, start: int, end: int) -> int:
    """Extend `end` over a closing bracket or quote the span opened: لواء (فاطميون)."""
    if text[end:end + 1] not in _CLOSERS:
        return end  # (the usual case: nothing to extend over)
    span = text[start:end]
    for o, c in (("(", ")"), ("«", "»"), ("[", "]"), ("“", "”")):
        if span.count(o) > span.count(c) and text[end:end + 1] == c:
            return end + 1
    if span.count('"') % 2 and text[end:end + 1] == '"':
        return end + 1
    return end


def kb_mentions(doc: Document, kb: KB, tagged: list[Entity] | None = None) -> list[Mention]:
    """KB names in the text that stand as entity mentions by themselves.

    `tagged` (the tagger's entities) lets a descriptive place phrase (ريف درعا) extend a
    LOC span the tagger started on its first word (ريف).
    """
    tokens, ids = word_tokens_ids(doc)
    text = doc.text
    loc_starts = {e.start for e in tagged or () if e.type == "LOC"}
    out: list[Mention] = []
    seen_people: set[str] = set()
    prev: tuple[int, str] = (-1, "")  # token after the last accepted mention, its type
    firsts = kb.first_words
    after = 0  # the token after the last mention
    for i in _may_start_at(tokens, firsts, ids):
        if i < after:
            continue
        for m in kb.matcher.candidates(text, tokens, i):  # longest first
            if m.end != tokens[m.last - 1].end:
                continue  # a stripped "suffix" is too often a word's own ending (السلطة)
            if _false_proclitic(kb, text, tokens[i], m.start):
                continue
            found = _accept(kb, text, tokens, m.first, m.last, m.start, m.end, m.payload.key,
                            seen_people, prev, m.start in loc_starts)
            if found and found.entry is None and _longer_name_inside(kb, text, tokens, m.first,
                                                                     m.last):
                continue  # قوات التحالف الدولي: the coalition's own name, not the bare phrase
            if found:
                out.append(found)
                after = m.last
                prev = (m.last, found.type)
                break
    return _listed_before(kb, text, tokens, out, seen_people, loc_starts)


def _longer_name_inside(kb: KB, text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A name of one KB entry starts inside the bare phrase at tokens[first:last] and runs
    past it (قوات [التحالف الدولي]، قوات [التحالف بقيادة السعودية]): the phrase yields to it."""
    for j in range(first + 1, last):
        for m in kb.matcher.candidates(text, tokens, j):
            if m.last > last and _KEY_READINGS.get(kb, m.payload.key)[1]:
                return True
    return False


def _listed_before(kb: KB, text: str, tokens: list[Token], found: list[Mention],
                   seen_people: set[str], loc_starts: set[int]) -> list[Mention]:
    """Names that needed a context word, listed right before a mention of the same type
    (البيضاء، وإب، وذمار: the list as a whole is the context, as it is for names after
    one), walked back from each accepted mention."""
    if not found:
        return found
    starts = [t.start for t in tokens]  # (the word tokens: a list of this call)
    taken = [(m.start, m.end) for m in found]
    added: list[Mention] = []
    for m in found:
        nxt = m
        while True:
            f = bisect_right(starts, nxt.start) - 1  # the token the mention starts in
            joined = f >= 0 and tokens[f].start < nxt.start
            if f < 0 or (joined and not tokens[f].norm.startswith("و")):
                break  # (a mention after a proclitic و: وذمار)
            last = f - 1 if f > 0 and tokens[f - 1].norm == "," else f
            if last == f and not joined:
                break
            cand = _ending_at(kb, text, tokens, last, nxt.type, seen_people, loc_starts)
            if cand is None or any(a < cand.end and cand.start < b for a, b in taken):
                break
            added.append(cand)
            taken.append((cand.start, cand.end))
            nxt = cand
    return sorted(found + added, key=lambda m: m.start) if added else found


def _ending_at(kb: KB, text: str, tokens: list[Token], last: int, etype: str,
               seen_people: set[str], loc_starts: set[int]) -> Mention | None:
    """A KB name of type `etype` whose last token is tokens[last - 1], accepted as listed."""
    for i in range(max(0, last - 4), last):
        for m in kb.matcher.candidates(text, tokens, i):
            if m.last != last or m.end != tokens[m.last - 1].end \
                    or _false_proclitic(kb, text, tokens[i], m.start):
                continue
            got = _accept(kb, text, tokens, m.first, m.last, m.start, m.end, m.payload.key,
                          seen_people, tagged_loc=m.start in loc_starts, listed_before=True)
            if got is not None and got.type == etype:
                return got
    return None


# the last KB's first words and the scan that answers for them
_START_SCAN: list[tuple[frozenset[str], WordScan]] = []


def _may_start_at(tokens: list[Token], firsts: frozenset[str],
                  ids: array | None = None) -> list[int]:
    """The positions of `tokens` where a KB name may start (`_may_start`), from one scan
    whose answers are kept per word (one WordScan for a KB's first words), over the
    tokens' word ids where given."""
    kept = _START_SCAN[0] if _START_SCAN else None
    if kept is None or kept[0] is not firsts:
        def test(norm: str) -> bool:
            return _may_start(norm, firsts)
        kept = (firsts, WordScan((test,)))
        _START_SCAN[:] = [kept]
    scan = kept[1]
    return scan.positions(tokens, scan.tests[0], ids)


def _may_start(norm: str, firsts: frozenset[str]) -> bool:
    """Can a KB name start at a word of this spelling (one of its readings is a first
    word)? Not cached: the scan keeps its answer per word."""
    return any(stem in firsts for stem, _, _ in clitic_stems(norm))


# alif with a hamza above or below, or madda: the letter a word opens with, never its tail
_HAMZA_ALIFS = frozenset("أإآ")


def _false_proclitic(kb: KB, text: str, tok: Token, start: int) -> bool:
    """A stripped clitic that is really the first letter of a word: كبيرا is not ك + بيرا,
    باب is not ب + إب (a two-letter name after a clitic is too often a word's tail). A
    name of one word written with its hamza (وإب، بإب) starts there: a hamza on alif opens
    a word, and no word's tail is written so (باب, دباب); فإن stays the particle."""
    prefix = text[tok.start:start]
    if prefix and tok.end - start <= 2 and not (
            text[start] in _HAMZA_ALIFS and name_key(text[start:tok.end]) in kb.names):
        return True
    if "س" in prefix:
        return True  # the future particle joins verbs, never names: وسيطًا is not و+س+يطا
    return "ك" in prefix and tok.norm in kb.stopwords


def _continues(kb: KB, tokens: list[Token], last: int) -> bool:
    """The next word looks like the rest of a longer, unknown name: قرية قصر البريج."""
    if last >= len(tokens):
        return False
    nxt = tokens[last].norm
    return (nxt.startswith("ال") and len(nxt) > 3 and nxt not in kb.stopwords
            and kb.nationality(nxt) is None and not kb.curated_name(nxt))


def _described(tokens: list[Token], last: int) -> bool:
    """The next word is a feminine adjective with the article (البحرية، الجوية، العسكرية):
    the word before it is a noun it describes."""
    return last < len(tokens) and tokens[last].norm.startswith("ال") \
        and tokens[last].norm.endswith("يه") and len(tokens[last].norm) > 5


def _timed(tokens: list[Token], last: int) -> bool:
    """The next word is a weekday: the word before it is the time of that day, no name
    («ومدينة صبر، ليل السبت الأحد»: the night, not Lille)."""
    return last < len(tokens) and tokens[last].norm in weekday_names()


def _coordinated(tokens: list[Token], first: int, prev: tuple[int, str], etype: str) -> bool:
    """Listed right after a mention of the same type: أحياء القابون والتضامن، القدم."""
    after, ptype = prev
    if ptype != etype:
        return False
    if after == first:
        return tokens[first].norm.startswith("و")
    return after == first - 1 and tokens[after].norm in (",", "و", "او")


def _list_preposition(text: str, tok: Token, start: int) -> bool:
    """The name is joined to its word by و or ف and then a preposition (وبليون, read و + ب +
    ليون): a list names its items with the conjunction alone («كنصفرة والبارة وبليون»: the
    village بليون), so a preposition after it opens a phrase of its own and the list licenses
    no name behind it."""
    lead = normalize(text[tok.start:start])
    return len(lead) > 1 and lead[0] in ("و", "ف")


class _KeyReadings:
    """What `_accept` asks of the KB about a name alone, per (KB, key): its entries, and
    those it names as a mention each with `needs_context`. Names repeat within and across
    documents and the answers depend on the KB alone. Dict writes are atomic, so threads
    may fill it at once; another KB (tests) or too many keys start it afresh."""

    LIMIT = 100_000

    def __init__(self) -> None:
        # one attribute, replaced whole: a thread never pairs one KB with another's answers
        self.slot: tuple[KB | None, dict[str, _Named]] = (None, {})

    def get(self, kb: KB, key: str) -> _Named:
        owner, kept = self.slot
        if owner is not kb or len(kept) > self.LIMIT:
            kept = {}
            self.slot = (kb, kept)
        got = kept.get(key)
        if got is None:
            entries = tuple(kb.by_key(key))
            got = kept[key] = (entries, tuple((e, kb.needs_context(key, e)) for e in entries
                                              if kb.names_mention(key, e)))
        return got


_Named = tuple[tuple[Entry, ...], tuple[tuple[Entry, bool], ...]]
_KEY_READINGS = _KeyReadings()


def _accept(kb: KB, text: str, tokens: list[Token], first: int, last: int, start: int, end: int,
            key: str, seen_people: set[str], prev: tuple[int, str] = (-1, ""),
            tagged_loc: bool = False, listed_before: bool = False) -> Mention | None:
    """A Mention if the name at tokens[first:last] stands as an entity here, else None.

    The name's entries are tried best first: الميادين is a TV channel only after a cue
    (قناة), and otherwise the town.
    """
    if indefinite(text[start:end]):
        return None
    entries, named = _KEY_READINGS.get(kb, key)
    if entries and not entries[0].mention and entries[0].is_place and tagged_loc:
        return Mention(start, end, "LOC", entries[0].id)
    if not named:
        bare = kb.bare.get(key)
        if bare and bare.mention:
            return Mention(start, _closes(text, start, end), "ORG", None)
        return None
    for entry, needs_context in named:
        etype = entry.type
        if needs_context:
            # an outlet named by an everyday word (اليوم) is not licensed by a list before
            # it (قيادة عمليات الأنبار، اليوم عن ...): only by an outlet's cue
            listed = (listed_before or _coordinated(tokens, first, prev, etype)) and not (
                entry.kind == "media" and kb.is_common(key)) and not _list_preposition(
                text, tokens[first], start)
            cued = _has_cue(tokens, first, CUES[etype])
            # a list licenses no everyday word an adjective describes: وقيادة المنطقة
            # العسكرية الرابعة والقاعدة البحرية (the naval base, not al-Qaeda)
            # nor one a weekday follows: «، ليل السبت» (the night, not Lille)
            ok = cued or (listed and not (kb.is_common(key) and (
                _described(tokens, last) or _timed(tokens, last))))
            if etype == "LOC" and (
                (entry.source not in GAZETTEERS and (
                    not kb.is_common(key) or entry.kind == "country"))  # في سورية ("Syrian")
                or _big_city(kb, key, entry)
            ):
                ok = ok or _has_cue(tokens, first, _WEAK_LOC_CUES)
            if etype == "LOC" and entry.source in GAZETTEERS and not kb.is_common(key):
                ok = ok or _definite_after_in(tokens, first, last, start, key)
            if etype == "LOC" and _definite_city(kb, key, entry, tokens, last):
                # ك "such as" joined to it names the city as في does: «بمدن رئيسة كالموصل»
                ok = ok or _has_cue(tokens, first, _WEAK_LOC_CUES) or normalize(
                    text[tokens[first].start:start]) in _LIKE
            if etype == "LOC" and _city_alone(kb, key, entry, tokens, last) and normalize(
                    text[tokens[first].start:start]) in _CITY_LEADS:  # not الصور "the pictures"
                ok = ok or _has_cue(tokens, first, _WEAK_LOC_CUES)
            if etype == "LOC" and entry.source in ("curated", "babel"):
                # a compass direction before a hand-checked place: غرب الموصل (الموصل is
                # also a word, "the connector")
                ok = ok or _has_cue(tokens, first, _DIRECTIONS)
            if entry.is_place and not kb.is_common(key):
                ok = ok or in_dateline(text, tokens, first, last) or (
                    normalize(text[tokens[first].start:start]) in _CITY_LEADS
                    and located_in(tokens, last))  # not كمينا بمنطقة: an ambush
            if etype == "LOC" and entry.kind == "country":
                # لسورية، بسورية: a preposition joined to it; the adjective takes none
                # (and the article, السورية, makes it the adjective)
                lead = normalize(text[tokens[first].start:start])
                ok = ok or (lead in ("ب", "ل", "وب", "ول", "فب", "فل"))
            if etype == "PER":
                ok = ok or entry.id in seen_people
            if entry.kind == "media":
                ok = ok or outlet_cue(text, start, end) or (
                    last - first > 1 and _has_cue(tokens, first, CUES["MEDIA"]))
            if not ok or _continues(kb, tokens, last):
                continue
        if etype == "PER":
            seen_people.add(entry.id)
        return Mention(start, _closes(text, start, end), etype, entry.id)
    return None


_DASHES = "-–—"
# A gazetteer city this large is what its name means after في/من/إلى (في كابول), even if a
# village elsewhere bears the name too; smaller ones keep needing a cue word (مدينة).
_BIG_CITY = 100_000
# How far into its line a dateline's place may stand: «عين اليوم – كابول», «بيروت - وكالات».
_DATELINE_WORDS = 6


def _definite_after_in(tokens: list[Token], first: int, last: int, start: int,
                       key: str) -> bool:
    """The name carries its own article, no clitic before it, في stands before it, and no
    relational adjective follows it (في الجيب التركي: a noun it describes, "the pocket")."""
    return key.startswith("ال") and start == tokens[first].start \
        and _has_cue(tokens, first, _IN) and not _nisba_after(tokens, last)


def _definite_city(kb: KB, key: str, entry: Entry, tokens: list[Token], last: int) -> bool:
    """A hand-checked city or governorate whose name, written with its own article, is
    also an everyday word (الموصل "the connector", الحديدة، القصير) and no definite word
    follows it: after a place preposition (في الموصل، من الحديدة، قرب الموصل) it is the
    place; with a definite word after, the everyday noun and its adjective (في الميادين
    المختلفة "in the various fields")."""
    return (entry.source == "curated" and entry.kind in _CITY_KINDS and key.startswith("ال")
            and kb.is_common(key) and not (
                last < len(tokens) and tokens[last].norm.startswith("ال")
                and len(tokens[last].norm) > 3))


_CITY_KINDS = frozenset({"city", "governorate"})
# ك "like, such as" joined to a name (كالموصل), alone or after و
_LIKE = frozenset({"ك", "وك"})
# the proclitics a city's bare name may carry (في، وفي، لمسقط); not the article (الصور)
_CITY_LEADS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})


def _city_alone(kb: KB, key: str, entry: Entry, tokens: list[Token], last: int) -> bool:
    """A hand-checked city whose bare name (no article) is also an everyday noun (مسقط، جدة،
    صور، حجة) with no genitive after it: the end, a punctuation mark or a word of
    no_genitive.txt (أمس، الأحد) follows. The noun would stand in the construct state (مسقط
    رأسه، صور الأقمار الصناعية) or take a preposition («على صور من الموقع»); after a place
    preposition the name alone is the city («إلى مسقط أمس»; ner35)."""
    if entry.source != "curated" or entry.kind not in _CITY_KINDS or key.startswith("ال") \
            or not kb.is_common(key):
        return False
    if last >= len(tokens):
        return True
    after = tokens[last].norm
    return not after.isalpha() or after in word_list("no_genitive.txt")


def located_in(tokens: list[Token], last: int) -> bool:
    """The next words locate the name in a larger division: ب or في and a division noun
    (data/ner/division_nouns.txt): «في كرش بمحافظة لحج»، «الطوال بمنطقة جازان»."""
    if last >= len(tokens):
        return False
    nouns = word_list("division_nouns.txt")
    nxt = tokens[last].norm
    if nxt == "في":
        return last + 1 < len(tokens) and tokens[last + 1].norm in nouns
    return nxt[:1] == "ب" and nxt[1:] in nouns


def _nisba_after(tokens: list[Token], last: int) -> bool:
    """The next word is a relational adjective with the article (التركي، الشمالية)."""
    return last < len(tokens) and tokens[last].norm.startswith("ال") \
        and tokens[last].norm.endswith(("ي", "يه")) and len(tokens[last].norm) > 4


def _big_city(kb: KB, key: str, entry) -> bool:
    return (entry.source in GAZETTEERS and entry.population >= _BIG_CITY
            and not kb.is_common(key))


def in_dateline(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """The name is a dateline's place: at the start of a line before a dash, colon or
    bracket (بيروت - وكالات، بيروت (رويترز)), or after the outlet's dash with its line
    ending there or at a date (عين اليوم – كابول⏎)."""
    start, end = tokens[first].start, tokens[last - 1].end
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if len(before.split()) > _DATELINE_WORDS:
        return False
    after = text[end:end + 3].lstrip(" \t")
    if not before.strip():
        return after[:1] in tuple(_DASHES + ":(")
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)].strip()
    return before.rstrip()[-1:] in tuple(_DASHES) and (not rest or rest[:1].isdigit())


def outlet_cue(text: str, start: int, end: int) -> bool:
    """An outlet's name where only an outlet stands: quoted after لـ (قال لـ«اليوم») or
    between the dashes of a byline (عبدالله البرقاوي- سبق- الرياض)."""
    before = text[max(0, start - 4):start].rstrip()
    after = text[end:end + 3].lstrip()
    if before[-1:] and before[-1] in OPENING_QUOTES and after[:1] and after[0] in CLOSING_QUOTES:
        lead = before[:-1].rstrip()
        if lead.endswith("لـ") or lead.endswith(" ل"):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    if (start - line_start < 60 and before[-1:] in tuple(_DASHES)
            and after[:1] in tuple(_DASHES + ":")):
        return True
    return _agency_dateline(text, line_start, start, end)


# A dateline's date at its end: «بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م» (a year,
# the era's letter, a full stop)
_DATE_END = re.compile(r"\d{4}\s*(?:م|هـ|ه)?\s*\.?\s*$")


def _agency_dateline(text: str, line_start: int, start: int, end: int) -> bool:
    """The agency's name closes a dateline after its date (الرياض 25 شوال 1436 هـ الموافق
    10 أغسطس 2015 م واس). (Opening a byline before a dash, «سبق- وكالات:», the outlet is
    one the gold tolerates, not one it asks for: not licensed here.)"""
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)].strip()
    lead = text[line_start:start]
    return bool(lead.strip()) and not rest.strip(".:") and len(lead.split()) <= 14 \
        and _DATE_END.search(lead) is not None


def _name_parts(words: list[str]) -> list[str]:
    """Short forms of a multi-word personal name: its tail and (if free-standing) last word."""
    if len(words) < 2:
        return []
    parts = [" ".join(words[1:])]
    if len(words) > 2 and words[-2] not in _BINDERS:
        parts.append(words[-1])
    return [p for p in parts if len(p.replace(" ", "")) >= 3 and p not in NOT_ALONE]


def _coref_mentions(doc: Document, kb: KB, entities: list[Entity]) -> list[Mention]:
    """Later short forms of persons already mentioned in full."""
    matcher: PhraseMatcher[int] = PhraseMatcher(suffixes=False)
    firsts: dict[str, int] = {}
    for e in entities:
        if e.type != "PER":
            continue
        words = name_key(doc.text[e.start:e.end]).split()
        for part in _name_parts(words):
            if part in firsts or kb.is_common(part):
                continue
            firsts[part] = e.end
            matcher.add(part, e.end)
    if not firsts:
        return []
    return [Mention(m.start, m.end, "PER", None)
            for m in matcher.find(doc.text, word_tokens(doc)) if m.start >= m.payload]


def _split_lists(text: str, entities: list[Entity], mentions: list[Mention]) -> list[Entity]:
    """A tagger span that is only KB names joined by و or commas (عدن وتعز) is those names.

    `mentions` sorted by start: each span reads the mentions inside it by bisection."""
    if len(mentions) < 2:
        return list(entities)  # no span can hold two (most merges add a mention or none)
    starts = [m.start for m in mentions]
    out = []
    for e in entities:
        at = bisect_left(starts, e.start)
        inside = []
        while at < len(mentions) and mentions[at].start < e.end:
            if mentions[at].end <= e.end:
                inside.append(mentions[at])
            at += 1
        if len(inside) >= 2:
            rest = text[e.start:e.end]
            for m in sorted(inside, key=lambda m: -m.start):
                rest = rest[:m.start - e.start] + rest[m.end - e.start:]
            if not rest.replace("و", "").replace("،", "").replace(",", "").strip():
                out += [Entity(m.start, m.end, "", m.type,
                               None) for m in sorted(inside, key=lambda m: m.start)]
                continue
        out.append(e)
    return out


def _merge(kb: KB, text: str, entities: list[Entity], mentions: list[Mention]) -> list[Entity]:
    """The tagger's spans with the KB mentions merged in (see module doc).

    One sweep in text order: a span that ends before a mention starts can meet no later
    mention (they are sorted by start), so it is done; only the few spans still open
    are compared with each mention. Linear in the text's length.
    """
    if not mentions:  # (most merges: nothing to merge in)
        return sorted(entities, key=_SPAN)
    mentions = sorted(mentions, key=_START)
    pending = sorted(_split_lists(text, entities, mentions), key=_SPAN)
    done: list[Entity] = []
    live: list[Entity] = []  # spans that may still meet a mention, in no particular order
    nxt = 0
    for m in mentions:
        while nxt < len(pending) and pending[nxt].start < m.end:
            live.append(pending[nxt])
            nxt += 1
        still = []
        for e in live:
            (done if e.end <= m.start else still).append(e)
        live = _merge_one(kb, text, still, m)
    out = done + live + pending[nxt:]
    out.sort(key=_SPAN)
    return out


_START = attrgetter("start")
_SPAN = attrgetter("start", "end")


def _merge_one(kb: KB, text: str, live: list[Entity], m: Mention) -> list[Entity]:
    """`live` (the spans near mention `m`) after `m` is merged in."""
    crossing = [e for e in live if e.start < m.end and m.start < e.end]
    overlap = [_trim_proclitic(text, e, m) for e in crossing]
    out = [e for e in live if not (e.start < m.end and m.start < e.end)] + overlap
    # the ruler's reading is kept as a fallback link (للنظام: the span نظام lost its article)
    if not overlap:
        out.append(_mention_entity(kb, m))
    elif all(m.start <= e.start and e.end <= m.end for e in overlap) and all(
        (e.end - e.start) < (m.end - m.start) for e in overlap
    ):
        out = [e for e in out if e not in overlap]  # the KB name covers the tagger's spans
        out.append(_mention_entity(kb, m))
    elif m.type == "PER" and m.entry and len(overlap) == 1 and _adjectives_before(
        text, overlap[0], m
    ):
        # المبعوث الأممي دي ميستورا: the tagger took the title's adjective into the name
        out = [e for e in out if e not in overlap]
        out.append(_mention_entity(kb, m))
    elif len(overlap) == 1 and (head := _before_preposition(kb, text, overlap[0], m)):
        # سيف لفرانس برس: a word joined to a preposition ends the name before it
        out = [e for e in out if e not in overlap]
        out += [head, _mention_entity(kb, m)]
    elif _trusted(kb, text, m) and all(
        ((e.start < m.start < e.end < m.end) or (m.start < e.start < m.end < e.end))
        and (_shared_words(text, e, m) >= 2 or m.type == "PER" or _verb_before(text, e, m))
        and not _starts_name(kb, text, e)
        for e in overlap
    ):
        # a tagger span sharing two words or more with a curated name (or a word of a
        # person's name) but crossing it found the name and misplaced a boundary
        # (الأممي ستيفان دي | ستيفان دي مستورا), or took the verb before it for a given name
        # (أشرف الصليب | الصليب الأحمر الدولي أمس على): the curated name wins
        out = [e for e in out if e not in overlap]
        out.append(_mention_entity(kb, m))
    return out


def _mention_entity(kb: KB, m: Mention) -> Entity:
    """The mention as a span, its entry's link set (made only for a mention merged in: most
    meet a tagger span that stays)."""
    return Entity(m.start, m.end, "", m.type, kb.entries[m.entry].link() if m.entry else None)


def _trusted(kb: KB, text: str, m: Mention) -> bool:
    """A mention of a hand-curated entry by a name of two words or more."""
    entry = kb.entries.get(m.entry) if m.entry else None
    return (entry is not None and entry.source in ("curated", "babel")
            and " " in name_key(text[m.start:m.end]))


_PROCLITICS = frozenset("وفبلك")


def _trim_proclitic(text: str, e: Entity, m: Mention) -> Entity:
    """A tagger span whose first word carries a clitic before a KB name starting inside it
    (ووكالة الأنباء السعودية, وبحلب) starts at the name: the clitic is no part of it."""
    lead = text[e.start:m.start]
    # لل + a name with the article (للأردن) elides the article's alif: that span stays
    if e.start < m.start < e.end and len(lead) <= 2 and set(lead) <= _PROCLITICS \
            and lead != "لل":
        return Entity(m.start, e.end, e.id, e.type, e.link)
    return e


_PREPOSITIONS = frozenset({"ل", "لـ", "ب", "بـ", "ول", "وب", "فل", "فب"})


def _before_preposition(kb: KB, text: str, e: Entity, m: Mention) -> Entity | None:
    """The part of tagger span `e` before a curated name that closes it on a word joined to
    a preposition (سيف لفرانس برس: سيف), else None."""
    entry = kb.entries.get(m.entry) if m.entry else None
    if entry is None or entry.source not in ("curated", "babel") or m.end != e.end:
        return None
    word = max(text.rfind(c, e.start, m.start) for c in " \n\t") + 1
    if word <= e.start or text[word:m.start] not in _PREPOSITIONS:
        return None
    head = text[e.start:word].rstrip()
    return Entity(e.start, e.start + len(head), e.id, e.type, e.link) if head else None


def _adjectives_before(text: str, e: Entity, m: Mention) -> bool:
    """The tagger span is a person's name with only relational adjectives (الأممي، الأمريكي)
    before it."""
    if not (e.start < m.start and e.end == m.end):
        return False
    words = [t.norm for t in tokenize(text[e.start:m.start]) if t.norm not in SKIP_TOKENS]
    return bool(words) and all(w.startswith("ال") and w.endswith("ي") and len(w) > 4
                               for w in words)


def _verb_before(text: str, e: Entity, m: Mention) -> bool:
    """The tagger span opens with one word before the mention, a given name that is also a
    verb (verb_homographs.tsv: أشرف), and the mention runs on past the span: «أشرف الصليب
    الأحمر الدولي أمس على» is "the Red Cross supervised"."""
    return e.start < m.start < e.end < m.end and norm_word(
        text[e.start:m.start].strip()) in verb_homographs()


def _shared_words(text: str, e: Entity, m: Mention) -> int:
    return len(text[max(e.start, m.start):min(e.end, m.end)].split())


def _starts_name(kb: KB, text: str, e: Entity) -> bool:
    """A tagger span that opens with a known name (سلمان بن عبدالعزيز آل سعود) is kept."""
    tokens = [t for t in tokenize(text[e.start:e.end]) if t.norm not in SKIP_TOKENS]
    return bool(tokens) and bool(kb.matcher.candidates(text[e.start:e.end], tokens, 0))


def _head_mentions(doc: Document, kb: KB, entities: list[Entity]) -> list[Mention]:
    """Institution and facility names read from their head noun (entities/heads.py), but
    none over a name the knowledge base already read or a place already found (ميناء
    المريسة، برلمان طبرق keep the place, which the linker needs as context)."""
    linked = sorted((e.start, e.end) for e in entities
                    if e.link is not None or e.type == "LOC")
    places = sorted(e.start for e in entities if e.type == "LOC")
    persons = sorted(e.start for e in entities if e.type == "PER")
    out = []
    tokens = doc.tokens or tokenize(doc.text)
    for p in head_phrases(kb, doc.text, tokens, _words_at(doc, tokens, is_head)):
        at = bisect_left(linked, (p.start, -1))
        inside = at < len(linked) and linked[at][1] <= p.end
        crossing = at and linked[at - 1][1] > p.start
        if _banner(tokens[p.first].norm) and bisect_left(places, p.end) > bisect_left(
                places, p.start):
            continue  # لواء الإسكندرون: a district the tagger found stays the place
        if _field_head(tokens[p.first].norm) and (
                bisect_left(persons, p.end) > bisect_left(persons, p.start)
                or _names_person(kb, doc.text[tokens[p.first + 1].start:p.end])):
            continue  # مكتب نتنياهو، لمكتب العبادي: a person's bureau, the person stays
        if not crossing and (not inside or p.type in ("ORG", "MISC")):
            out.append(Mention(p.start, p.end, p.type, None))
    return out


def _force_mentions(doc: Document, kb: KB, entities: list[Entity]) -> list[Mention]:
    """Task forces named by what they do (heads.task_forces: قوة المهام المشتركة) where no
    name found crosses them; names inside (المهام read as MISC) are replaced by the whole."""
    tokens = doc.tokens or tokenize(doc.text)
    phrases = task_forces(kb, doc.text, tokens)
    if not phrases:
        return []
    spans = sorted((e.start, e.end) for e in entities)
    out = []
    for p in phrases:
        at = bisect_left(spans, (p.start, -1))
        crossing = (at > 0 and spans[at - 1][1] > p.start) or any(
            b > p.end for a, b in spans[at:] if a < p.end)
        if not crossing:
            out.append(Mention(p.start, p.end, "ORG", None))
    return out


def _names_person(kb: KB, words: str) -> bool:
    """The knowledge base reads the words as a person's name or surname (العبادي)."""
    return any(x.type == "PER" for x in kb.lookup(words)) or bool(
        kb.surname_bearers(name_key(words)))


def _field_head(norm: str) -> bool:
    """The word is a head that names a body by its field (heads.tsv `field`: مكتب)."""
    found = head_of(norm)
    return found is not None and found[0].field


def _banner(norm: str) -> bool:
    """Is the word a `banner` head (لواء: heads.tsv)?"""
    found = head_of(norm)
    return found is not None and found[0].banner


def _district_places(doc: Document, kb: KB, entities: list[Entity]) -> list[Entity]:
    """An unlinked group or person span that is a district or front head and a known place
    (جبهة سناح، مديرية همدان read as ORG) is that place (heads.place_after_head)."""
    tokens = doc.tokens or tokenize(doc.text)
    heads = {tokens[i].start: i for i in _words_at(doc, tokens, is_head)}
    if not heads:
        return entities
    starts = token_starts(tokens)
    out = []
    for e in entities:
        first = heads.get(e.start)
        if first is not None and e.type != "LOC" and e.link is None:
            place = place_after_head(kb, doc.text, tokens, first, bisect_left(starts, e.end))
            if place is not None:
                e = Entity(place[0], place[1], e.id, "LOC", None)
        out.append(e)
    return out


def _unit_mentions(doc: Document) -> list[Mention]:
    """Military units named by a number or rank (heads.numbered_units: اللواء 135، الفرقة
    الثامنة); a found name inside is replaced by the unit, one crossing it is kept."""
    tokens = doc.tokens or tokenize(doc.text)
    return [Mention(p.start, p.end, p.type, None)
            for p in numbered_units(doc.text, tokens, _words_at(doc, tokens, is_unit_noun))]


def _named_after_head(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A name found right after an indefinite head noun that it names (heads.named_after:
    a person after a facility, unit or institution head, معسكر عبود، كتيبة الحسين، ميناء
    جيهان; a place or body after an agreement or summit head, اتفاقية القاهرة، قمة بيروت)
    is one name with the head, of the head's type."""
    tokens = doc.tokens or tokenize(doc.text)
    before = heads_before(tokens, _words_at(doc, tokens, is_head))
    if not before:
        return entities
    out = []
    for e in entities:
        k = before.get(e.start)
        found = None if k is None else named_after(doc.text, tokens, k, e.type,
                                                   e.link is not None)
        out.append(e if found is None else Entity(found[0], e.end, e.id, found[1], None))
    return out


def _national_mentions(doc: Document, kb: KB, entities: list[Entity]) -> list[Mention]:
    """A state's bodies named by nationality (heads.national_bodies) where no name found
    crosses them; a name inside (the adjective read as its country, للبحرية الإيرلندية) is
    replaced by the whole."""
    tokens = doc.tokens or tokenize(doc.text)
    phrases = national_bodies(kb, doc.text, tokens, _words_at(doc, tokens, is_state_head))
    if not phrases:  # (most documents: the spans' keys below are read for none)
        return []
    spans = sorted((e.start, e.end) for e in entities)
    # a phrase that begins a longer name of the document (المعارضة السورية before or after
    # المعارضة السورية المسلحة) is that name said short: the longer one stands for both
    longer = {name_key(doc.text[a:b]) for a, b in spans} | {
        name_key(doc.text[p.start:p.end]) for p in phrases}
    out = []
    for p in phrases:
        key = name_key(doc.text[p.start:p.end])
        if any(k.startswith(key + " ") for k in longer):
            continue
        at = bisect_left(spans, (p.start, -1))
        crossing = (at > 0 and spans[at - 1][1] > p.start) or (
            at < len(spans) and spans[at][0] < p.end < spans[at][1])
        # a name found inside, other than the adjective alone (read as its country), is
        # kept whole: قوات الحلف الأطلسي holds NATO
        named = at < len(spans) and p.start < spans[at][0] < p.end and any(
            a < tokens[p.last - 1].start for a, _ in spans[at:] if a < p.end)
        if not crossing and not named:
            out.append(Mention(p.start, p.end, p.type, None))
    return out


def _person_mentions(doc: Document, entities: list[Entity]) -> list[Mention]:
    """Names after a naming word and compound given names (entities/persons.py) where no
    found name stands (a compound also over a name found inside it: الإسلام in سيف الإسلام);
    a name found as a place or group around them is left alone."""
    tokens = doc.tokens or tokenize(doc.text)
    spans = sorted((e.start, e.end) for e in entities)
    # an unlinked person's span inside a name after a naming word is the name cut short
    # («اللواء جمعان [أحمد الغامدي]»، «العميد ركن فضل [حسن]»): the name replaces it
    cut = frozenset((e.start, e.end) for e in entities if e.type == "PER" and e.link is None)
    out = []
    for n, inside_ok in [(n, False) for n in named_after_cue(doc.text, tokens)] + [
            (n, True) for n in compound_names(doc.text, tokens)]:
        at = bisect_left(spans, (n.start, -1))
        before = at > 0 and spans[at - 1][1] > n.start
        after = at < len(spans) and spans[at][0] < n.end
        if after and inside_ok:
            after = any(spans[k][1] > n.end for k in range(at, len(spans))
                        if spans[k][0] < n.end)
        elif after and not before:
            touching = [sp for sp in spans[at:] if sp[0] < n.end]
            after = not all(sp in cut and sp[1] <= n.end for sp in touching)
        if not (before or after):
            out.append(Mention(n.start, n.end, "PER", None))
    return out


def _listed_person_mentions(doc: Document, entities: list[Entity]) -> list[Mention]:
    """Untagged names in a list of people (entities/persons.py, `listed_persons`)."""
    tokens = doc.tokens or tokenize(doc.text)
    persons = [(e.start, e.end) for e in entities if e.type == "PER"]
    if len(persons) < 2:
        return []
    others = [(e.start, e.end) for e in entities if e.type != "PER"]
    return [Mention(n.start, n.end, "PER", None)
            for n in listed_persons(doc.text, tokens, persons, others)]


def _cleric_mentions(doc: Document, entities: list[Entity]) -> list[Mention]:
    """Persons named after a cleric's title (الملا ذاكر قيوم: entities/persons.py,
    `named_after_title`) where no found name touches the title or the name but an unlinked
    person's span inside them, which it replaces up to that span's end (الملا [عبد الرزاق]،
    «الحاخام [مئير كاهانا] مؤسس حركة كاخ»: the tagger's end stands)."""
    tokens = doc.tokens or tokenize(doc.text)
    found = named_after_title(doc.text, tokens)
    if not found:
        return []
    spans = sorted((e.start, e.end) for e in entities)
    cut = frozenset((e.start, e.end) for e in entities if e.type == "PER" and e.link is None)
    out = []
    for n in found:
        if _touched(spans, cut, n.start, n.end):
            continue
        # the tagger's end is kept: «الحاخام [مئير كاهانا] مؤسس حركة كاخ»
        inside = [e for s, e in cut if n.start <= s and e <= n.end]
        out.append(Mention(n.start, max(inside, default=n.end), "PER", None))
    return out


def _first_names_alone(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A person's first name written alone after the full name (وكان أختر مسؤولا after الملا
    أختر منصور: entities/persons.py, `first_name_repeats`) is that person, with the full name's
    link. Spans of one link, or of the same words when unlinked, are one person."""
    persons: list[Entity] = []
    seen: set[str] = set()
    for e in entities:
        if e.type != "PER":
            continue
        key = e.link.id if e.link else normalize(doc.text[e.start:e.end])
        if key not in seen:
            seen.add(key)
            persons.append(e)
    if not persons:
        return entities
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    spans = sorted((e.start, e.end) for e in entities)
    found = first_name_repeats(
        tokens, [tokens[bisect_left(starts, e.start):bisect_left(starts, e.end)]
                 for e in persons], spans)
    if not found:
        return entities
    added = [Entity(r.start, r.end, "", "PER", persons[r.host].link) for r in found]
    return sorted(entities + added, key=_SPAN)


def _office_holder_mentions(doc: Document, entities: list[Entity]) -> list[Mention]:
    """Untagged names of an office's holder after the office and its place or body
    (محافظ شبوة علي العولقي الذي …: entities/persons.py, `named_after_office`), and of a
    speaker described right after his name (ويقول علي العواضي وهو …: `named_before_apposition`),
    and of a holder set off by commas after a role phrase (المسؤول الإعلامي للجناح العسكري
    للحزب، بختيار دوغان، …: `named_in_apposition`)."""
    tokens = doc.tokens or tokenize(doc.text)
    spans = sorted((e.start, e.end) for e in entities)
    complements = [(e.start, e.end) for e in entities if e.type in ("LOC", "ORG")]
    persons = sorted((e.start, e.end) for e in entities if e.type == "PER")
    # an unlinked person's span inside the name is the name cut short (علي | العواضي)
    cut = frozenset((e.start, e.end) for e in entities if e.type == "PER" and e.link is None)
    return [Mention(n.start, n.end, "PER", None)
            for n in named_after_office(tokens, spans, complements, cut)
            + named_before_apposition(tokens, spans, cut)
            + named_in_apposition(tokens, spans, persons, cut)]


def _groups(doc: Document, kb: KB, entities: list[Entity]) -> tuple[list[Entity], list[Mention]]:
    """Tribes, clans, ethnic groups and sects named after a noun of their kind
    (entities/groups.py) as MISC: an unlinked span found on just the name is retyped
    (لقبيلة الوائلي read as a person), a name no span touches becomes a mention."""
    tokens = doc.tokens or tokenize(doc.text)
    names = group_names(kb, doc.text, tokens)
    if not names:
        return entities, []
    exact = {(n.start, n.end) for n in names}
    retyped = [Entity(e.start, e.end, e.id, "MISC", e.link)
               if e.link is None and (e.start, e.end) in exact else e for e in entities]
    spans = sorted((e.start, e.end) for e in entities)
    out = []
    for n in names:
        at = bisect_left(spans, (n.start, -1))
        if not ((at > 0 and spans[at - 1][1] > n.start)
                or (at < len(spans) and spans[at][0] < n.end)):
            out.append(Mention(n.start, n.end, "MISC", None))
    return retyped, out


def _outlets(doc: Document, entities: list[Entity]) -> tuple[list[Entity], list[Mention]]:
    """Outlets (entities/outlets.py): an unlinked person or place right after an outlet noun
    or opening with one becomes ORG (وإذاعة أوندا سيرو، راديو سوا); quoted outlet names no
    found name touches become mentions (لقناة (الموصلية)، قال لـ«عكاظ»), and so do quoted
    names after a head noun (مطار «تمناع»: heads.quoted_after_head)."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    retyped = [Entity(e.start, e.end, e.id, "ORG", e.link)
               if e.type in ("PER", "LOC") and e.link is None
               and after_outlet_noun(tokens, starts, e.start) else e for e in entities]
    quoted = [(o.start, o.end, "ORG") for o in quoted_outlets(doc.text, tokens)] + [
        (p.start, p.end, p.type)
        for p in quoted_after_head(tokens, _words_at(doc, tokens, is_head))]
    # a quoted name the tagger read as a group or person after a place head (جبهة «جعولة»،
    # مطار «تمناع») is the place
    places = {(a, b) for a, b, t in quoted if t == "LOC"}
    retyped = [Entity(e.start, e.end, e.id, "LOC", e.link)
               if e.type in ("ORG", "PER") and e.link is None and (e.start, e.end) in places
               else e for e in retyped]
    spans = sorted((e.start, e.end) for e in retyped)
    out = []
    for start, end, etype in quoted:
        at = bisect_left(spans, (start, -1))
        touched = (at < len(spans) and spans[at][0] < end) or (
            at > 0 and spans[at - 1][1] > start)
        if not touched:
            out.append(Mention(start, end, etype, None))
    return retyped, out


def _split_person_after_name(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A group or place name the tagger ran on into the given name of the person it
    introduces (القيادي في الاتحاد الوطني الكردستاني رشاد كلالي) ends before it; the given
    name and the plain word after it are the person."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    out = []
    for e in entities:
        k = bisect_left(starts, e.end) - 1  # the span's last token
        first = bisect_left(starts, e.start)
        if e.type not in ("ORG", "LOC") or e.link is not None or k - first < 2 \
                or tokens[k].end != e.end or not is_given_name(tokens[k].norm) \
                or not tokens[k - 1].norm.startswith("ال"):
            out.append(e)
            continue
        end = tokens[k].end
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.norm.isalpha() and len(nxt.norm) >= 3 \
                and nxt.norm not in head_stops() and not nxt.norm.startswith("و"):
            end = nxt.end
        out += [Entity(e.start, tokens[k - 1].end, e.id, e.type, None),
                Entity(tokens[k].start, end, "", "PER", None)]
    return out


def _join_split_persons(text: str, entities: list[Entity]) -> list[Entity]:
    """Given names and a person span right after them (خليل | أبو عبسة، محمد علي | ياسين
    العمري: the tagger cut one name in two) are one person. Only a space may stand
    between (a comma or a conjunction, وشادي, keeps two persons apart), and a name with a
    family name before another (حيدر العبادي سعد الحديثي) is apposition."""
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, e.end)):
        prev = out[-1] if out else None
        if prev is not None and prev.type == e.type == "PER" and prev.link is None \
                and e.link is None and prev.end < e.start \
                and text[prev.end:e.start].isspace() and _split_name(text, prev, e):
            out[-1] = Entity(prev.start, e.end, prev.id, "PER", None)
            continue
        out.append(e)
    return out


def _split_name(text: str, first: Entity, second: Entity) -> bool:
    """`first` is only given names (خليل، محمد علي): the opening of a longer name, whose
    family name the tagger read apart (أبو عبسة، ياسين العمري)."""
    one = text[first.start:first.end].split()
    two = normalize(text[second.start:second.end]).split()
    if two and two[0].startswith("و") and is_given_name(two[0][1:]):
        return False  # أسامة منصور وشادي المولوي: two persons joined by و
    return 0 < len(one) <= 3 and all(is_given_name(normalize(w)) for w in one)


def _kb_full_name(kb: KB, joined: str, e: Entity) -> Entry | None:
    """The person the knowledge base names `joined` (علي الأحمدي), or the span's own linked
    person when one of its names opens with `joined` (إسماعيل ولد الشيخ [أحمد])."""
    key = name_key(joined)
    if e.link is not None:
        entry = kb.get(e.link.id)
        if entry is not None and entry.kind == "person" and any(
                (k := name_key(n)) == key or k.startswith(key + " ") for n in entry.names_ar):
            return entry
        return None
    return next((x for x in kb.lookup(joined) if x.kind == "person"), None)


def _given_name_before(doc: Document, kb: KB, entities: list[Entity]) -> list[Entity]:
    """A given name written right before a person's span, only a space between, is the
    opening of that name (المبعوث الأممي إسماعيل [ولد الشيخ]، كمال [عوض عبدالدائم]).
    The word must be written as a given name, no clitic or article on it, and a raw ى
    never ends a word of the list below (على، رأى: preposition and verb). It joins on sight an
    unlinked person span that opens without the article (للملا عمر [الملا أختر]: a title
    after it belongs to the next name) and after no name particle (بن، أبو); a given name
    that is also a common word (given_name_homographs.txt: علي for على، باسم، مني), a
    linked span, or a span read as a place or body (علي [الأحمدي] as LOC) joins only when
    the knowledge base or another person mention of the document holds the longer name."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    text = doc.text
    homographs = word_list("given_name_homographs.txt")
    particles = word_list("name_particles.txt")
    persons = [normalize(text[e.start:e.end]) for e in entities if e.type == "PER"]
    taken = {(e.start, e.end) for e in entities}
    out = []
    for e in entities:
        i = bisect_left(starts, e.start) - 1  # the token before the span
        if i < 0 or i + 1 == len(tokens) or tokens[i + 1].start != e.start \
                or e.type == "MISC":
            out.append(e)
            continue
        tok = tokens[i]
        raw, n = text[tok.start:tok.end], tok.norm
        if not text[tok.end:e.start].isspace() or not raw.isalpha() \
                or n not in given_names() or n in particles or n.startswith("ال") \
                or any(s <= tok.start < t for s, t in taken if (s, t) != (e.start, e.end)):
            out.append(e)
            continue
        if raw.endswith("ى") and n in homographs:  # على، رأى: never a name as written
            out.append(e)
            continue
        joined = f"{raw} {text[e.start:e.end]}"
        entry = _kb_full_name(kb, joined, e)
        norm_joined = normalize(joined)
        in_doc = sum(norm_joined in p for p in persons) > 0
        before = tokens[i - 1].norm if i > 0 else ""
        on_sight = e.type == "PER" and e.link is None and n not in homographs \
            and before not in particles and not tokens[i + 1].norm.startswith("ال")
        if entry is None and not in_doc and not on_sight:
            out.append(e)
            continue
        link = entry.link() if entry is not None and e.link is None else e.link
        out.append(Entity(tok.start, e.end, e.id, "PER", link))
    return out


def _listed_places(doc: Document, kb: KB,
                   entities: list[Entity]) -> tuple[list[Entity], list[Mention]]:
    """Places listed by و after a found place (entities/lists.py: «منطقة الرباط والفيوش»،
    «والستر والبو جاسم»): a name no span touches becomes a LOC mention; an unlinked person
    span on a listed name that opens with a place opener (البو جاسم) is retyped LOC. The list
    stops at any other span."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    spans = sorted((e.start, e.end, k) for k, e in enumerate(entities))
    retyped = list(entities)
    out: list[Mention] = []
    for e in entities:
        last = bisect_left(starts, e.end)
        if e.type != "LOC" or last == 0 or tokens[last - 1].end != e.end:
            continue
        for item in places_after(tokens, last, kb):
            start = _after_conjunction(doc.text, tokens[item.first])
            end = tokens[item.last - 1].end
            at = bisect_left(spans, (start, -1))
            touched = [k for a, b, k in spans[max(0, at - 1):at + 2] if a < end and b > start]
            if touched:
                k = touched[0]
                x = retyped[k]
                if len(touched) == 1 and x.type == "PER" and x.link is None \
                        and (x.start, x.end) == (start, end):
                    retyped[k] = Entity(x.start, x.end, x.id, "LOC", None)
                    continue
                break
            out.append(Mention(start, end, "LOC", None))
    return retyped, out


def _split_led(doc: Document, kb: KB, entities: list[Entity]) -> list[Entity]:
    """A body's span that runs on into its leader («التحالف الذي تقوده السعودية»: a KB name,
    or the tagger's) ends before the relative clause or «بقيادة» (entities/leaders.py), its
    link kept; the leader becomes its own entity, unlinked (the link stage reads it), when the
    knowledge base reads its words as a place or a person. Otherwise the span is left."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    out = []
    for e in entities:
        first = max(0, bisect_right(starts, e.start) - 1)
        last = bisect_left(starts, e.end)
        cut = led_by(tokens, first, last) if e.type == "ORG" and last - first > 2 else None
        leader = [] if cut is None else [
            x for x in kb.lookup(doc.text[tokens[cut[1]].start:e.end])
            if x.is_place or x.type == "PER"]
        if not leader:
            out.append(e)
            continue
        out += [Entity(e.start, tokens[cut[0] - 1].end, e.id, e.type, e.link),
                Entity(tokens[cut[1]].start, e.end, "", leader[0].type, None)]
    return out


def _listed_kb_names(doc: Document, kb: KB, entities: list[Entity]) -> list[Mention]:
    """KB names that need a context word, listed by و (a comma maybe before it) right after
    a name of their type that any pass found («باتجاه جبهة عكد ولودر»، «"باب موسى" و"الروضة"»):
    the list is the context, as it is for a KB mention (`_coordinated`, `_listed_before`),
    whoever found the name beside it (the tagger, an area or head pass). Each name added
    licenses the next one; a name that crosses a span is not added."""
    if not entities:
        return []
    tokens, _ = word_tokens_ids(doc)
    text = doc.text
    starts = [t.start for t in tokens]
    taken = sorted((e.start, e.end) for e in entities)
    loc_starts = {e.start for e in entities if e.type == "LOC"}
    seen: set[str] = set()
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        at = bisect_left(taken, (a, -1))
        return not any(x < b and a < y for x, y in taken[max(0, at - 1):at + 2])

    def after(end: int, etype: str) -> Mention | None:
        first = bisect_left(starts, end)  # the token after the name
        if first == 0 or first >= len(tokens) or tokens[first - 1].end != end:
            return None
        k = first + 1 if tokens[first].norm in (",", "و", "او") else first
        if k >= len(tokens) or not _coordinated(tokens, k, (first, etype), etype) or not (
                tokens[k].norm.startswith("و") or tokens[first].norm in ("و", "او")):
            return None  # a comma alone lists no name here: «مدينة صبر، ليل السبت» (night)
        for m in kb.matcher.candidates(text, tokens, k):  # longest first
            if m.end != tokens[m.last - 1].end or _false_proclitic(kb, text, tokens[k],
                                                                   m.start):
                continue
            got = _accept(kb, text, tokens, m.first, m.last, m.start, m.end, m.payload.key,
                          seen, tagged_loc=m.start in loc_starts, listed_before=True)
            if got is not None and got.type == etype and free(got.start, got.end):
                return got
        return None

    for e in sorted(entities, key=_START):
        nxt = e
        while (got := after(nxt.end, e.type)) is not None:
            out.append(got)
            taken.append((got.start, got.end))
            taken.sort()
            nxt = got
    return out


def _retype_areas(entities: list[Entity], areas: list[Area]) -> list[Entity]:
    """An unlinked name the tagger read as a person or group where an area noun names a
    place (قرية حسن شامي، بمنطقتي شيرين تاجاب وكوهيستان، منطقة "واردوج") is that place."""
    spans = {(a.start, a.end) for a in areas}
    opened = [a for a in areas if a.last - a.first == 2]  # an opener and its word: بير أحمد
    out = []
    for e in entities:
        if e.type != "LOC" and e.link is None and (e.start, e.end) in spans:
            e = Entity(e.start, e.end, e.id, "LOC", e.link)
        elif e.type == "PER" and e.link is None:
            # the opener's word read alone as a person (وبير [أحمد]): the whole is the place
            a = next((a for a in opened if a.start < e.start and e.end == a.end), None)
            if a is not None:
                e = Entity(a.start, a.end, e.id, "LOC", None)
        out.append(e)
    return out


@once
def person_place_heads() -> dict[str, str]:
    """Normalized area noun or opener -> `area` or `opener` (data/ner/person_place_heads.tsv):
    the words after which a person's name no KB entry holds names a place."""
    out: dict[str, str] = {}
    for ln in _data_lines("person_place_heads.tsv"):
        word, kind = (c.strip() for c in ln.split("\t")[:2])
        out[norm_word(word)] = kind
    return out


def _person_place_head(norm: str) -> tuple[str, int] | None:
    """(kind, proclitic letters) when the word is a person_place_heads word, a proclitic
    allowed (بمنطقة، وقرية), else None."""
    table = person_place_heads()
    for lead in noun_leads():
        if norm.startswith(lead) and norm[len(lead):] in table:
            return table[norm[len(lead):]], len(lead)
    return None


def _places_named_for_persons(doc: Document, kb: KB, entities: list[Entity]) -> list[Entity]:
    """An unlinked person's name right after a singular area noun or a place opener
    (person_place_heads.tsv) is a place named after the person: «منطقة غازي عثمان باشا في
    إسطنبول», «الممتدة من «بئر أحمد» وحتى المدينة الخضراء». After an opener the place's name
    opens with it; an honorific between an area noun and the name opens it too («في ضاحية
    السيدة زينب قرب دمشق»). A head inside another name (مجلس محافظة …) is left to that name,
    and a name the KB holds as a person's stays the person (linked only later, in the
    link stage's last step: «وأدى حافظ سعيد»)."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = [t.start for t in tokens]
    out: list[Entity] = []
    prev_end = -1
    for e in entities:
        before, prev_end = prev_end, e.end
        if e.type != "PER" or e.link is not None or any(
                x.kind == "person" for x in kb.lookup(doc.text[e.start:e.end])):
            out.append(e)
            continue
        k = bisect_left(starts, e.start)
        if not (0 < k < len(tokens) and starts[k] == e.start) \
                or not doc.text[tokens[k - 1].end:e.start].isspace() \
                or tokens[k - 1].start < before:
            out.append(e)
            continue
        found = _person_place_head(tokens[k - 1].norm)
        start = e.start
        if found is not None and found[0] == "title":
            # an honorific between (no proclitic on it): the area noun must stand before it,
            # the place opens with the honorific
            title, lead = k - 1, found[1]
            found = None
            if lead == 0 and title > 0 and tokens[title - 1].start >= before \
                    and doc.text[tokens[title - 1].end:tokens[title].start].isspace():
                found = _person_place_head(tokens[title - 1].norm)
                start = tokens[title].start
            if found is not None and found[0] != "area":
                found = None
        if found is None:
            out.append(e)
            continue
        kind, lead = found
        if kind == "opener":
            start = skip_letters(doc.text, tokens[k - 1], lead)
        out.append(Entity(start, e.end, e.id, "LOC", None))
    return out


def _area_mentions(entities: list[Entity], areas: list[Area]) -> list[Mention]:
    """Place names after area nouns (entities/areas.py) that no found name touches."""
    spans = sorted((e.start, e.end) for e in entities)
    out = []
    for a in areas:
        at = bisect_left(spans, (a.start, -1))
        touched = (at < len(spans) and spans[at][0] < a.end) or (
            at > 0 and spans[at - 1][1] > a.start)
        if not touched:
            out.append(Mention(a.start, a.end, "LOC", a.entry))
    return out


def _person_at(entities: list[Entity], offset: int) -> bool:
    """A person's name covers the character at `offset` (a subject before its object: «اتهم
    المالكي السعودية»; after a place or a body the adjective is theirs: «مدينة الزبداني
    السورية»، «الفصائل المسلحة السورية»)."""
    return any(e.start <= offset < e.end and e.type == "PER" for e in entities)


def _lone_head(span: str) -> bool:
    """One indefinite head noun of an institution's name alone (جبهة، حزب، اتحاد): a
    construct noun still waiting for its genitive names nothing by itself; the tagger cut
    the name after it off (المتحدث باسم [جبهة] قاعدة العند، أمين عام [حزب] رابطة أبناء
    الجنوب). A definite one may be a short name (الاتحاد, the club). An area noun alone
    or a facility's head ([تل] جورة الماء، [وادي] الطُريق، [دير] الزغب) is left: it still
    points at the place."""
    if " " in span:
        return False
    head = head_of(norm_word(span))
    return head is not None and head[0].type in ("ORG", "LOC/ORG") and not head[1]


def _area_noun_before_place(tokens: list[Token], places: list[int], first: int,
                            last: int) -> bool:
    """tokens[first:last] is one dual or plural area noun (a proclitic allowed) and a place's
    name starts in the next word: «مثل ولايتي قندهار وهلمند» names two provinces, not the
    KB's Velayati. A singular one may open the name (تل in «تل جورة الماء»): it stays."""
    if last - first != 1 or last >= len(tokens) or not list_noun(tokens[first].norm):
        return False
    at = bisect_left(places, tokens[last].start)
    return at < len(places) and places[at] < tokens[last].end


def _drop_non_names(doc: Document, entities: list[Entity]) -> list[Entity]:
    """Spans no document counts as names, whichever pass found them (entities/nonames.py):
    name particles alone (وآل، والـ read as the agency «وال»), a month in a date (أبريل
    (نيسان))، words that are never a name alone (not_entities.txt: a coreference pass may
    add الميليشيات) or a definite area noun pointing back to a place (المدينة "the city",
    place_anaphors.txt), unlinked and not in brackets or quotes (لـ(اليوم) is the paper,
    linked after this step); a nationality adjective describing the definite noun before
    it, no name (الطائرة السعودية: nonames.nisba_after_noun); a one-word person that is
    the dual or plural of a common noun (قياديان، مراسلون: nonames.group_noun); a people or
    sect named by its collective noun, read as ORG, LOC or PER («مقاتلون أكراد»،
    الشيعة: nonames.collective_people); an area noun alone before a place's name (ولايتي
    قندهار: `_area_noun_before_place`); the words
    of an office's name closing a span are cut (office_phrases.txt: «... ولي العهد»)."""
    tokens = doc.tokens or tokenize(doc.text)
    starts = token_starts(tokens)
    drop = word_list("not_entities.txt")
    anaphors = word_list("place_anaphors.txt")
    places = sorted(e.start for e in entities if e.type == "LOC")
    out = []
    for e in entities:
        span = doc.text[e.start:e.end]
        first = max(0, bisect_right(starts, e.start) - 1)
        if _area_noun_before_place(tokens, places, first, bisect_left(starts, e.end)):
            continue
        if not_a_name(doc.text, tokens, first, bisect_left(starts, e.end), e.start, e.end) \
                or (e.type != "PER" and nisba_after_noun(tokens, first, bisect_left(
                    starts, e.end)) and not _person_at(entities, tokens[first - 1].start)) \
                or (e.link is None and not enclosed(doc.text, e.start, e.end)
                    and (all(norm_word(w) in drop for w in span.split())
                         or norm_word(span) in anaphors
                         or (e.type == "PER" and " " not in span and group_noun(span))
                         or collective_people(span, e.type)
                         or _lone_head(span))):
            continue
        last = bisect_left(starts, e.end)
        cut = office_tail(tokens, first, last)
        if cut < last:  # «مقرن بن عبدالعزيز ولي العهد»: the office is no part of the name
            e = replace(e, end=tokens[cut - 1].end)
        out.append(e)
    return out


def apply_ruler(doc: Document, kb: KB, entities: list[Entity] | None = None) -> list[Entity]:
    """The tagger's entities (default: doc.entities) plus KB mentions, ids renumbered e1..."""
    base = list(doc.entities if entities is None else entities)
    merged = _merge(kb, doc.text, base, kb_mentions(doc, kb, base))
    merged = _merge(kb, doc.text, merged, _coref_mentions(doc, kb, merged))
    merged = _split_person_after_name(doc, merged)
    merged = _join_split_persons(doc.text, merged)
    merged = _merge(kb, doc.text, merged, _unit_mentions(doc))
    merged = _merge(kb, doc.text, merged, _head_mentions(doc, kb, merged))
    merged = _merge(kb, doc.text, merged, _force_mentions(doc, kb, merged))
    merged = _named_after_head(doc, merged)
    merged = _district_places(doc, kb, merged)
    merged = _merge(kb, doc.text, merged, _national_mentions(doc, kb, merged))
    merged = _merge(kb, doc.text, merged, _person_mentions(doc, merged))
    merged = _merge(kb, doc.text, merged, _listed_person_mentions(doc, merged))
    merged = _merge(kb, doc.text, merged, _cleric_mentions(doc, merged))
    merged = _merge(kb, doc.text, merged, _office_holder_mentions(doc, merged))
    merged, groups = _groups(doc, kb, merged)
    merged = _merge(kb, doc.text, merged, groups)
    merged, outlets = _outlets(doc, merged)
    merged = _merge(kb, doc.text, merged, outlets)
    tokens = doc.tokens or tokenize(doc.text)
    areas = area_names(kb, doc.text, tokens, _words_at(doc, tokens, is_area_noun))
    merged = _retype_areas(merged, areas)
    merged = _places_named_for_persons(doc, kb, merged)
    merged = _merge(kb, doc.text, merged, _area_mentions(merged, areas))
    merged, listed = _listed_places(doc, kb, merged)
    merged = _merge(kb, doc.text, merged, listed)
    merged = _merge(kb, doc.text, merged, _listed_kb_names(doc, kb, merged))
    merged = _given_name_before(doc, kb, merged)
    merged = _split_led(doc, kb, merged)
    merged = _first_names_alone(doc, merged)
    merged = _drop_non_names(doc, merged)
    return [Entity(e.start, e.end, f"e{i}", e.type, e.link) for i, e in enumerate(merged, 1)]
