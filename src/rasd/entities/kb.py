"""The knowledge base: actors and places with Arabic names, loaded once per process.

Data lives in `rasd/data/kb/` (see its README): `curated/` is edited by hand, `built/` is
written by `scripts/build_kb.py` from curated tables, Babel, OpenSyria and world-cities.
Every name is indexed by its matching key (normalized words, brackets and quotes dropped),
so lookups are dict hits; `KB.matcher` finds every known phrase in a tokenized text.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from pathlib import Path

from rasd.document import Link
from rasd.entities.features import given_names
from rasd.once import once
from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import clitic_stems, tokenize

KB_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"

PLACE_KINDS = frozenset({
    "country", "governorate", "district", "subdistrict", "city", "town", "village",
    "neighbourhood", "region", "camp", "crossing",
})
# Kinds of named events (military operations: عاصفة الحزم): entity type MISC.
EVENT_KINDS = frozenset({"operation", "agreement", "war", "uprising"})
# Kinds of entity type MISC: named events, named weapon systems (القبة الحديدية) and UN
# Security Council resolutions (القرار رقم 2216).
# Tribes, ethnic groups and sects (الدينكا، البهرة: built/groups.jsonl) are MISC too, as the
# annotation convention types them.
GROUP_KINDS = frozenset({"ethnic-group", "tribe", "sect"})
MISC_KINDS = EVENT_KINDS | GROUP_KINDS | {"weapon", "resolution"}
# Tokens skipped when matching names: لواء (فاطميون) is the name لواء فاطميون.
SKIP_TOKENS = frozenset('()[]{}«»"“”\'‘’')
# Quotes around a name or title: an outlet quoted after لـ, a title after برنامج.
OPENING_QUOTES = frozenset('«"“')
CLOSING_QUOTES = frozenset('»"”')
def kind_type(kind: str) -> str:
    """Entity type for a KB kind: places LOC, people PER, named events MISC, everything
    else ORG."""
    if kind in PLACE_KINDS:
        return "LOC"
    if kind in MISC_KINDS:
        return "MISC"
    return "PER" if kind == "person" else "ORG"


_TANWEEN = frozenset("\u064b\u064c\u064d")


def indefinite(surface: str) -> bool:
    """Does a word of this surface carry tanween (دوماً، جميعاً، سلامٌ)? Tanween marks an
    indefinite noun or an adverb: a proper name never takes it, so such a word names nothing
    (دوماً is "always", not Douma)."""
    return not _TANWEEN.isdisjoint(surface)


@lru_cache(maxsize=1 << 16)
def name_key(phrase: str) -> str:
    """The matching key of a name: its tokens' normalized forms, brackets and quotes dropped."""
    return " ".join(t.norm for t in tokenize(phrase) if t.norm not in SKIP_TOKENS)


# Word lists read around names (data/kb/curated/name-words.json: each list's use is told there).
_NAME_WORDS = json.loads((KB_DIR / "curated" / "name-words.json").read_text(encoding="utf-8"))


def _name_words(section: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in _NAME_WORDS[section]["words"])


# Cue words before a mention that make an ambiguous name acceptable, by entity type.
CUES = {t: frozenset(name_key(w) for w in words)
        for t, words in _NAME_WORDS["cue_words"].items() if not t.startswith("_")}
_DIVISION_WORDS = frozenset(_NAME_WORDS["division_words"]["words"])  # English, as written
BINDERS = _name_words("binders")  # بن، أبو، عبد: the name goes on
LINEAGE = _name_words("lineage")
COMPOUND_FIRST = _name_words("compound_first")
_GIVEN_SECOND = _name_words("given_second")
_FORMULAE = _name_words("formulae")
_GENERIC_HEADS = _name_words("generic_heads")
AREA_HEADS = _name_words("area_heads")
HEAD_KINDS = {name_key(w): tuple(kinds)
              for w, kinds in _NAME_WORDS["head_kinds"]["kinds"].items()}
# محافظة، ولاية، قضاء: heads the gold keeps in a division's span (link.take_division_heads)
DIVISION_HEADS = _name_words("division_heads")
ORG_HEADS = _name_words("org_heads")
PART_HEADS = _name_words("part_heads")  # مخيم، سهل، وادي: a feature named after a town
SURNAME_SUFFIXES = _name_words("surname_suffixes")  # أوغلو: ends a name, names no one
GENERATIONS = _name_words("generation_words")  # الأب, الابن: which of a father and son


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    names_ar: tuple[str, ...]
    name_en: str | None
    kind: str
    aliases_en: tuple[str, ...] = ()
    country: str | None = None
    affiliation: str | None = None
    lat: float | None = None
    lon: float | None = None
    mention: bool = True  # the ruler may add its names as entity mentions
    ambiguous_ar: tuple[str, ...] = ()
    source: str = "curated"
    population: int = 0
    nominal_ar: tuple[str, ...] = ()  # names that only describe it (النظام التركي): no mention

    @property
    def type(self) -> str:
        return kind_type(self.kind)

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS

    def link(self) -> Link:
        return Link(self.id, self.names_ar[0], self.name_en, self.kind, self.country,
                    self.lat, self.lon)

    def english_names(self) -> tuple[str, ...]:
        """The English name, its aliases, for a division the bare name as news writes it
        (Lahij Governorate: Lahij; Beqaa Valley: Beqaa), and a name with another one in
        brackets, as glossaries write them (Kurdistan Workers' Party (PKK))."""
        names = ((self.name_en,) if self.name_en else ()) + self.aliases_en
        if self.is_place:
            names += tuple(n.rsplit(" ", 1)[0] for n in names
                           if n.rsplit(" ", 1)[-1] in _DIVISION_WORDS and " " in n)
        names = _with_english_forms(names, self.kind, self.names_ar)
        if self.country and not self.is_place and self.kind != "person":
            names += _country_qualified(names, self.country)
        base = ((self.name_en,) if self.name_en else ()) + self.aliases_en
        names += tuple(f"{a} ({b})" for a in base for b in base if a != b)
        # a namesake told apart by a comma is also told apart by brackets (kb17):
        # Tripoli, Lebanon: Tripoli (Lebanon)
        return names + tuple(f"{a} ({b})" for a, _, b in (n.partition(", ") for n in base)
                             if b and "(" not in b)


@once
def _country_words() -> dict[str, tuple[str, str]]:
    """ISO code -> (English demonym, English country name), from the built nationalities
    and countries."""
    built = KB_DIR / "built"
    names = {d["country"]: d["name_en"] for d in _jsonl(built / "countries.jsonl")
             if d.get("kind") == "country" and d.get("name_en") and d.get("country")}
    path = built / "nationalities.json"
    nats = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return {n["iso"]: (n["adj_en"], names[n["iso"]]) for n in nats
            if n.get("adj_en") and n["iso"] in names}


def _country_qualified(names: tuple[str, ...], country: str) -> tuple[str, ...]:
    """A national body's name with its country in brackets instead of the demonym before
    it, as glossaries write it: Iraqi Council of Ministers, Council of Ministers (Iraq); a
    one-word body also with «of» and the country, as encyclopedias title it: Jordanian
    government, Government of Jordan (kb16)."""
    adj, land = _country_words().get(country, ("", ""))
    if not adj:
        return ()
    out = [f"{n[len(adj) + 1:]} ({land})" for n in names
           if n.startswith(adj + " ") and "(" not in n]
    out += [f"{n[len(adj) + 1:].capitalize()} of {land}" for n in names
            if n.startswith(adj + " ") and n.count(" ") == 1]
    return tuple(dict.fromkeys(n for n in out if n not in names))


@dataclass(frozen=True)
class _EnglishForms:
    """`curated/english-forms.tsv`: transliterations of a word, equivalent phrases, Arabic
    titles written in English before a person's name, words that follow an actor's name."""

    spell: dict[str, tuple[str, ...]]
    phrases: tuple[tuple[str, str], ...]
    titles: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, frozenset[str]], ...]


@cache
def _english_form_table(path: Path = KB_DIR / "curated" / "english-forms.tsv") -> _EnglishForms:
    spell: dict[str, tuple[str, ...]] = {}
    phrases: list[tuple[str, str]] = []
    titles: list[tuple[str, str]] = []
    suffixes: list[tuple[str, frozenset[str]]] = []
    for row in _tsv(path):
        form, a, b = row["form"], row["a"], row["b"]
        if form == "spell":
            group = (a, *b.split("|"))
            for w in group:
                spell[w.casefold()] = group
        elif form == "phrase":
            phrases += [(a, b), (b, a)]
        elif form == "title":
            titles.append((name_key(a), b))
        elif form == "suffix":
            suffixes.append((a, frozenset(b.split("|"))))
    return _EnglishForms(spell, tuple(phrases), tuple(titles), tuple(suffixes))


# The Arabic article as English transliterations write it before a word: al-, Al-, ash-, el-.
_EN_ARTICLE = re.compile(r"\b(?:[Aa][lnrsdtz]|[Aa](?:sh|dh|th)|[Ee]l)-(?=\w)"
                         r"|^(?:[Aa][lnrsdtz]|[Aa](?:sh|dh|th)|[Ee]l) (?=\w+ \w)")


_MAX_FORMS = 400
# A word's final ة as transliterations write it (Hawtah, Buraiqeh), not a short word's h (Shah).
_EN_TA_MARBUTA = re.compile(r"(?<=\w\w\w)[ae]h\b")


def english_forms(name: str, kind: str, names_ar: tuple[str, ...] = ()) -> list[str]:
    """Other ways English writes `name`: without the article (al-Faw, Faw; Ash-Shaykh
    Zuwayd, Shaykh Zuwayd) and with al- for any sun letter's form, a word's other
    transliteration (Mohammed, Mohammad), an equivalent phrase (Ministry of Interior,
    Interior Ministry; United Nations, UN), a qualifier in brackets as «in» (Interior
    Ministry (Gaza), Interior Ministry in Gaza, or left out), a person's Arabic title (الملا: Mullah
    Omar) and an actor's following word (Arab coalition forces)."""
    table = _english_form_table()
    out = [name]

    def add(n: str) -> None:
        if n and n not in out:
            out.append(n)

    for n in list(out):
        add(_EN_ARTICLE.sub("al-", n))
        add(_EN_ARTICLE.sub("", n))
    if (kind in PLACE_KINDS and names_ar and name_key(names_ar[0]).startswith("ال")
            and " " not in name_key(names_ar[0]) and not _EN_WORD_ARTICLE.match(name.casefold())):
        add(f"al-{name}")  # البياع: Baya'a, al-Baya'a (a place whose Arabic name has the article)
    if kind in PLACE_KINDS and names_ar and any(w.endswith("ة") for w in names_ar[0].split()):
        for n in list(out):  # a final ة written -ah, -eh or -a (الحوطة: al-Hawtah, al-Hawta)
            add(_EN_TA_MARBUTA.sub("a", n))
    elif kind != "person":
        for n in list(out):  # a possessive or a noun before a noun (Saleh's forces, Saleh forces)
            add(n.replace("'s ", " ").replace("’s ", " "))
    for n in list(out):
        for a, b in table.phrases:
            add(re.sub(rf"\b{re.escape(a)}\b", b, n))
    for n in list(out):
        if n.endswith(")") and " (" in n and n.count("(") == 1:
            head, _, tail = n[:-1].partition(" (")
            add(f"{head} in {tail}")
            add(head)
        elif " in " in n and "(" not in n and kind not in PLACE_KINDS and kind != "person":
            head, _, tail = n.rpartition(" in ")
            add(f"{head} ({tail})")  # Ministry of Health in Gaza: Ministry of Health (Gaza)
    for _ in range(2):  # two words respelled: Ash-Shaykh Zuwayd, Sheikh Zuweid
        for n in list(out):
            words = n.split(" ")
            for i, w in enumerate(words):
                for alt in table.spell.get(w.casefold(), ()):
                    if len(out) < _MAX_FORMS:
                        add(" ".join([*words[:i], alt, *words[i + 1:]]))
    if kind == "person":
        keys = [name_key(a) for a in names_ar]
        for ar, en in table.titles:
            if any(k.startswith(ar + " ") for k in keys):
                for n in list(out):
                    if not n.startswith(en + " "):
                        add(f"{en} {n}")
    bases = list(out)  # one following word at a time, never two
    mine = {word.casefold() for word, kinds in table.suffixes if kind in kinds}
    for word, kinds in table.suffixes:
        if kind in kinds:
            for n in bases:
                if n.rsplit(" ", 1)[-1].casefold() in mine:
                    continue  # Shaboura camp: no «Shaboura camp base»
                add(f"{n} {word}")
                if len(n) > 4 and n.endswith("s") and not n.endswith("ss"):
                    add(f"{n[:-1]} {word}")  # a plural name before a noun: Houthi militias
    return out


# A word's Arabic article in a transliteration (al-Miqdadiyah, el-Sisi, ash-Shaykh).
_EN_WORD_ARTICLE = re.compile(r"^(?:a[lnrsdtz]|a(?:sh|dh|th)|el)[- ]")
# Vowel letters and digraphs that transliterations write for the same Arabic vowel.
_EN_VOWELS = re.compile(r"[aeiou]+")
# Shortest consonant skeleton compared loosely: shorter ones say too little.
_MIN_SKELETON = 4


def _english_words(name: str) -> list[str]:
    """A transliterated name's words, case, accents, apostrophes and each word's article
    dropped (al-Miqdadiyah: miqdadiyah)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"['’ʿʾ`]", "", s).replace("-", " ")
    return [w for w in (_EN_WORD_ARTICLE.sub("", w + " ").strip() for w in s.split()) if w]


def english_skeleton(name: str) -> str:
    """The consonants of a transliterated name, for comparing spellings of one Arabic name:
    its words (`_english_words`) joined, a word's final h after a vowel dropped (Miqdadiyah,
    Muqdadiya), vowels dropped and doubled letters merged (Makhmour, Makhmur; Balad Ruz,
    Baladruz)."""
    words = [re.sub(r"(?<=[aeiou])h$", "", w) for w in _english_words(name)]
    return re.sub(r"(.)\1+", r"\1", _EN_VOWELS.sub("", "".join(words)))


def english_names_agree(a: str, b: str, person: bool = False) -> bool:
    """Two English spellings of one Arabic name: the same consonant skeleton of four letters
    or more (Muqdadiya, al-Miqdadiyah; Balad Ruz, Baladruz; not Hama, Homs). A person's
    given names must be spelt alike and only the last word may differ (Iyad al-Bozum, Iyad
    al-Bozom), since given names share skeletons (Mohammed, Mahmoud)."""
    if person:
        wa, wb = _english_words(a), _english_words(b)
        if len(wa) != len(wb) or wa[:-1] != wb[:-1] or not wa:
            return False
        a, b = wa[-1], wb[-1]
    ka, kb_ = english_skeleton(a), english_skeleton(b)
    minimum = _MIN_SKELETON - 1 if person else _MIN_SKELETON
    return len(ka) >= minimum and ka == kb_ and ka.isalpha()


def _with_english_forms(names: tuple[str, ...], kind: str,
                        names_ar: tuple[str, ...]) -> tuple[str, ...]:
    out = list(names)
    for n in names:
        out += [f for f in english_forms(n, kind, names_ar) if f not in out]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class RoleTerm:
    """One holder of an office: وزير الخارجية الروسي is Lavrov from 2004-03-09."""

    role: str
    variants: tuple[str, ...]
    holder: str
    start: str | None
    end: str | None
    office: str
    country: str
    scope: str | None = None  # the country the office concerns (SY: the UN envoy to Syria)

    def holds(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True, slots=True)
class Bare:
    """An institution named without its country (فصائل المعارضة): resolved per document."""

    phrase: str
    key: str
    kind: str
    mention: bool
    ids: dict[str, str]
    # a numbered unit's form (اللواء 15: units.tsv, kb16): a name for the linker, never the
    # known name a place's head noun takes (معسكر اللواء 15 is the brigade's camp, the
    # brigade the entity)
    unit: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A matcher payload: a phrase key; the KB's tables say what it names."""

    key: str


# Sources in priority order when one name in one country names several entries.
_SOURCE_RANK = {"curated": 0, "babel": 0, "generated": 1, "opensyria": 2, "geonames": 3,
                "world-cities": 4}
# World gazetteers: names not checked by hand, so small places need context.
GAZETTEERS = frozenset({"world-cities", "geonames"})
_KIND_RANK = {"country": 0, "city": 0, "town": 0, "neighbourhood": 0, "governorate": 1,
              "region": 1, "district": 2, "subdistrict": 3}


def _rank(e: Entry) -> tuple[int, int, int]:
    return (_SOURCE_RANK.get(e.source, 3), _KIND_RANK.get(e.kind, 0), -e.population)


@dataclass
class KB:
    entries: dict[str, Entry]
    roles: list[RoleTerm]
    bare: dict[str, Bare]
    nationalities: dict[str, str]  # key of an adjective or collective -> ISO country
    stopwords: frozenset[str]
    person_words: frozenset[str]
    actor_heads: frozenset[str] = frozenset()  # الجانب (الروسي): stands for a country
    names: dict[str, list[str]] = field(default_factory=dict)  # key -> entry ids, best first
    role_names: dict[str, list[RoleTerm]] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)  # entry id -> the id it is part of
    surnames: dict[str, list[str]] = field(default_factory=dict)  # last name -> person ids
    office_holders: frozenset[str] = frozenset()
    headed: dict[str, list[str]] = field(default_factory=dict)  # السويس -> محافظة السويس's id
    # نجران -> منطقة نجران's id: a first-level division named by منطقة (Saudi Arabia's regions)
    area_divisions: dict[str, list[str]] = field(default_factory=dict)
    # (national institution id, region id) -> the region's own institution (curated/regional.tsv)
    regional: dict[tuple[str, str], str] = field(default_factory=dict)
    # countries whose people's names are Arabic (`@arab` of spelling-variants.txt): their
    # names are not transliterations, so no skeleton matching for them
    arab: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for e in self.entries.values():
            if e.kind != "person" or e.source != "curated":
                continue
            keys = [name_key(n) for n in e.names_ar]
            for key in keys:
                words = key.split()
                if words[-1:] and words[-1] in given_names() and any(
                        k.startswith(key + " ") for k in keys):
                    # علي محسن opens علي محسن الأحمر: محسن, a given name, is his father's
                    # name there, not a surname he is called by alone
                    continue
                if len(words) >= 2 and words[-2] not in BINDERS and len(words[-1]) >= 3 \
                        and words[-1] not in GENERATIONS \
                        and e.id not in self.surnames.get(words[-1], ()):
                    self.surnames.setdefault(words[-1], []).append(e.id)
        self.office_holders = frozenset(r.holder for r in self.roles)
        for e in self.entries.values():
            if e.affiliation and e.affiliation != e.id:
                self.parents[e.id] = e.affiliation
            elif e.kind == "government" and e.country:
                self.parents[e.id] = f"country-{e.country}"  # the state it governs
        index: dict[str, list[Entry]] = {}
        headed: dict[str, list[Entry]] = {}
        area: dict[str, list[str]] = {}
        all_keys = {name_key(n) for e in self.entries.values() for n in e.names_ar}
        for e in self.entries.values():
            for n in e.names_ar:
                k = name_key(n)
                head, _, rest = k.partition(" ")
                if head in _GENERIC_HEADS and rest in all_keys and e.is_place:
                    # منطقة حلب: the name is حلب, منطقة is its cue. A division named so
                    # (محافظة السويس) answers to السويس only after its head noun. An actor's
                    # name is its own (ولاية سيناء: the armed group, مديرية شرطة محافظة بغداد).
                    # A rest that is also an everyday word (محافظة الخليل، محافظة البيضاء،
                    # ولاية الجزيرة) is safe here: the head noun before it is the cue.
                    if head not in AREA_HEADS:
                        headed.setdefault(rest, []).append(e)
                    elif e.kind == "governorate":  # منطقة نجران: the region, not the city
                        area.setdefault(rest, []).append(e.id)
                    continue
                if k:
                    bucket = index.setdefault(k, [])
                    if e not in bucket:
                        bucket.append(e)
        self.names = {k: [e.id for e in sorted(v, key=_rank)] for k, v in index.items()}
        self.headed = {k: [e.id for e in sorted(v, key=_rank) if e.id not in self.names.get(k, ())]
                       for k, v in headed.items()}
        self.area_divisions = area
        for r in self.roles:
            for phrase in (r.role, *r.variants):
                self.role_names.setdefault(name_key(phrase), []).append(r)

    # --- lookups ---------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def lookup(self, name: str) -> list[Entry]:
        """Entries an exact name (any spelling variant) may refer to, best first."""
        return [self.entries[i] for i in self.names.get(name_key(name), ())]

    def is_unit_form(self, key: str) -> bool:
        """Whether a key is only a numbered unit's bare form (اللواء 15: `Bare.unit`)."""
        b = self.bare.get(key)
        return b is not None and b.unit and key not in self.names

    def by_key(self, key: str) -> list[Entry]:
        return [self.entries[i] for i in self.names.get(key, ())]

    def by_headed_key(self, key: str) -> list[Entry]:
        """Divisions whose name is `key` after a head noun (محافظة السويس for السويس)."""
        return [self.entries[i] for i in self.headed.get(key, ())]

    def holder(self, role: str, date: str | None, home: Iterable[str] = ()) -> Entry | None:
        """Who held `role` (an Arabic role phrase) on `date` (YYYY-MM-DD)."""
        return self.holder_by_key(name_key(role), date, home)

    def holder_by_key(self, key: str, date: str | None,
                      home: Iterable[str] = ()) -> Entry | None:
        """Who held the role phrase `key` on `date`; when offices of several countries share
        the phrase (المبعوث الأممي), the one whose scope comes first in `home` (countries,
        most relevant first)."""
        terms = [t for t in self.role_names.get(key, ()) if date is None or t.holds(date)]
        # no date: only an office that ever had one holder is safe
        held = {t.holder for t in terms}
        if len(held) > 1:
            scopes = {t.scope for t in terms}
            country = next((c for c in home if c in scopes), None)
            held = {t.holder for t in terms if t.scope == country} if country else held
        return self.entries.get(held.pop()) if len(held) == 1 else None

    def curated_name(self, key: str) -> bool:
        """A name of a hand-checked entry (not only of a gazetteer's small place)."""
        return any(self.entries[i].source in ("curated", "babel")
                   for i in self.names.get(key, ()))

    @cached_property
    def given_names_ar(self) -> dict[str, list[str]]:
        """Compound given names of curated persons (سيف الإسلام, سراج الدين, ذبيح الله: a word
        and الدين/الإسلام/الله..., then more of the name) -> the persons bearing them; not a
        title (آية الله)."""
        out: dict[str, list[str]] = {}
        for e in self.entries.values():
            if e.kind != "person" or e.source != "curated":
                continue
            for n in e.names_ar:
                words = name_key(n).split()
                if len(words) >= 3 and words[0] not in BINDERS and words[1] in _GIVEN_SECOND \
                        and " ".join(words[:2]) not in _FORMULAE \
                        and e.id not in out.get(" ".join(words[:2]), ()):
                    out.setdefault(" ".join(words[:2]), []).append(e.id)
        return out

    @cached_property
    def first_names(self) -> frozenset[str]:
        """Words that open a curated person's name (رشاد of رشاد العليمي, صائب of صائب
        عريقات), binders (أبو, عبد) left out."""
        return frozenset(w for e in self.entries.values()
                         if e.kind == "person" and e.source == "curated"
                         for n in e.names_ar for w in name_key(n).split()[:1]
                         if w not in BINDERS)

    @cached_property
    def foreign_skeletons(self) -> dict[str, tuple[str, ...]]:
        """Transliteration skeletons of the names of curated people of non-Arab countries
        (two words or more) -> their ids: بيتر ماورير and بيتر مورر share one."""
        out: dict[str, list[str]] = {}
        for e in self.entries.values():
            if e.kind != "person" or e.source != "curated" or not e.country \
                    or e.country in self.arab:
                continue
            for n in e.names_ar:
                key = name_key(n)
                if len(key.split()) < 2:
                    continue
                skel = transliteration_skeleton(key)
                if len(skel.replace(" ", "")) >= 5 and e.id not in out.get(skel, ()):
                    out.setdefault(skel, []).append(e.id)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def agencies(self) -> dict[str, list[Entry]]:
        """Per country, its outlets named وكالة الأنباء ... (a national news agency)."""
        out: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            if e.kind == "media" and e.country and any(
                    name_key(n).startswith("وكاله الانباء ") for n in e.names_ar):
                out.setdefault(e.country, []).append(e)
        return out

    def given_name_bearers(self, key: str) -> list[Entry]:
        """Curated persons whose name opens with the compound given name `key`."""
        return [self.entries[i] for i in self.given_names_ar.get(key, ())]

    def surname_bearers(self, key: str) -> list[Entry]:
        """Curated persons whose name ends with the one word `key` (هادي, صالح)."""
        return [self.entries[i] for i in self.surnames.get(key, ())]

    def held_office(self, entry_id: str) -> bool:
        return entry_id in self.office_holders

    @cached_property
    def office_titles(self) -> dict[str, list[RoleTerm]]:
        """An office's title without the nationality adjective its phrases end with (الرئيس of
        الرئيس السوري, وزير الخارجية of وزير الخارجية الروسي) -> the terms of every country's
        office so titled."""
        out: dict[str, list[RoleTerm]] = {}
        for r in self.roles:
            for phrase in (r.role, *r.variants):
                words = name_key(phrase).split()
                adjective = words[-1][2:] if words[-1].startswith("ال") else ""
                if len(words) >= 2 and adjective in self.nationalities:
                    bucket = out.setdefault(" ".join(words[:-1]), [])
                    if r not in bucket:
                        bucket.append(r)
        return out

    @cached_property
    def _terms_on(self) -> dict[str, tuple[RoleTerm, ...]]:
        return {}

    def holders_on(self, date: str) -> tuple[RoleTerm, ...]:
        """The terms of office running on `date` (YYYY-MM-DD), memoized per date."""
        terms = self._terms_on.get(date)
        if terms is None:
            terms = tuple(r for r in self.roles if r.holds(date))
            if len(self._terms_on) < 4096:
                self._terms_on[date] = terms
        return terms

    # --- hierarchy: what an actor is part of ---------------------------------------------------

    def parent(self, entry_id: str) -> Entry | None:
        """The unit or actor `entry_id` belongs to (the Russian Air Force: the Russian Ministry
        of Defence; a government with no curated parent: its country), or None."""
        return self.entries.get(self.parents.get(entry_id, ""))

    def ancestors(self, entry_id: str) -> tuple[Entry, ...]:
        """Every unit above `entry_id`, nearest first (the Golden Division: the Counter
        Terrorism Service, the Iraqi Army, Iraq). Stops at a cycle."""
        out: list[Entry] = []
        seen = {entry_id}
        parent = self.parents.get(entry_id)
        while parent and parent not in seen and parent in self.entries:
            out.append(self.entries[parent])
            seen.add(parent)
            parent = self.parents.get(parent)
        return tuple(out)

    def is_part_of(self, entry_id: str, whole_id: str) -> bool:
        """True if `entry_id` is `whole_id` or one of its units, at any depth."""
        return entry_id == whole_id or any(a.id == whole_id for a in self.ancestors(entry_id))

    def same_side(self, a: str, b: str) -> bool:
        """One of the two is part of the other (the regime's army and the Syrian government;
        the Russian Air Force and Russia): reports naming either name one party."""
        return self.is_part_of(a, b) or self.is_part_of(b, a)

    def nationality(self, phrase: str) -> Entry | None:
        """The country a nationality adjective or collective stands for (الروسية, الأتراك)."""
        key = name_key(phrase)
        readings = [key] if " " in key else [r for r, _, _ in clitic_stems(key)]
        for r in readings:
            if r in self.nationalities:
                return self.entries.get(f"country-{self.nationalities[r]}")
        return None

    def is_common(self, key: str) -> bool:
        """A name that is also an everyday word (or mostly a personal name)."""
        words = key.split()
        if len(words) != 1:
            return key in self.stopwords
        w = words[0]
        bare = w[2:] if w.startswith("ال") and len(w) > 4 else w
        return (w in self.stopwords or bare in self.stopwords or "ال" + bare in self.stopwords
                or len(bare) <= 2)

    @staticmethod
    def names_mention(key: str, entry: Entry) -> bool:
        """Does this name of `entry` stand as an entity mention by itself (الحكومة التركية
        yes; النظام التركي, a description, no)?"""
        return entry.mention and not any(name_key(n) == key for n in entry.nominal_ar)

    def needs_context(self, key: str, entry: Entry) -> bool:
        """Accept this name as a mention of `entry` only with a cue or a tagger span."""
        if key in {name_key(a) for a in entry.ambiguous_ar}:
            return True
        if entry.source == "curated" and " " in key:
            return False
        if self.is_common(key):
            return True
        if entry.is_place and key in self.person_words:
            return True
        if " " not in key and (
            (entry.source in GAZETTEERS and entry.population < 1_000_000)
            or entry.kind in ("district", "subdistrict")
        ):
            return True  # one-word names of small places: بشري, بدر, مهين, الكرامة
        countries = {self.entries[i].country for i in self.names.get(key, ())}
        return len(countries) > 1 and entry.source not in ("curated", "babel")

    @cached_property
    def district_names(self) -> dict[str, tuple[str, ...]]:
        """One-word bare name -> the districts the KB names only with a district head noun
        (مديرية عتمة, قضاء الحضر) while no entry answers to the bare name: no seat town of
        that name is listed, so the bare name can only be the district (kb14)."""
        heads = {h for h, kinds in HEAD_KINDS.items() if kinds[0] == "district"}
        out: dict[str, list[str]] = {}
        for key, ids in self.names.items():
            head, _, rest = key.partition(" ")
            if head not in heads or not rest or " " in rest or rest in self.names:
                continue
            for i in ids:
                if self.entries[i].kind == "district" and i not in out.get(rest, ()):
                    out.setdefault(rest, []).append(i)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def first_words(self) -> frozenset[str]:
        """First words of every matchable phrase: a token none of whose readings is one
        cannot start a match (a cheap test before the matcher's full one)."""
        keys = set(self.names) | set(self.role_names) | set(self.bare) | set(self.nationalities)
        return frozenset(k.split(" ", 1)[0] for k in keys)

    @cached_property
    def matcher(self) -> PhraseMatcher[Hit]:
        """Every name, role phrase, bare institution and nationality form, clitic-aware."""
        m: PhraseMatcher[Hit] = PhraseMatcher()
        keys = set(self.names) | set(self.role_names) | set(self.bare) | set(self.nationalities)
        for k in sorted(keys):
            m.add(k, Hit(k))
        return m

    def sizes(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entries.values():
            out[e.kind] = out.get(e.kind, 0) + 1
        out["role-terms"] = len(self.roles)
        return dict(sorted(out.items()))


# --- loading -------------------------------------------------------------------------------

def _jsonl(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                row = json.loads(line)
                if "_source" not in row:
                    yield row


def _tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(v: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (v or "").split("|") if x.strip())


def _entry(d: dict) -> Entry:
    return Entry(
        id=d["id"], names_ar=tuple(d.get("names_ar") or ()), name_en=d.get("name_en"),
        kind=d["kind"], aliases_en=tuple(d.get("aliases_en") or ()), country=d.get("country"),
        affiliation=d.get("affiliation"), lat=d.get("lat"), lon=d.get("lon"),
        mention=d.get("mention", True), ambiguous_ar=tuple(d.get("ambiguous_ar") or ()),
        source=d.get("source", "curated"), population=int(d.get("population") or 0),
        nominal_ar=tuple(d.get("nominal_ar") or ()),
    )


def _merge(a: Entry, b: Entry) -> Entry:
    """Keep the first entry's fields; add the second's names (curated beats generated)."""
    names = tuple(dict.fromkeys(a.names_ar + b.names_ar))
    aliases = tuple(dict.fromkeys(a.aliases_en + b.aliases_en))
    return Entry(a.id, names, a.name_en or b.name_en, a.kind, aliases, a.country or b.country,
                 a.affiliation or b.affiliation, a.lat if a.lat is not None else b.lat,
                 a.lon if a.lon is not None else b.lon, a.mention, a.ambiguous_ar, a.source,
                 a.population or b.population, tuple(dict.fromkeys(a.nominal_ar + b.nominal_ar)))


def _words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {name_key(w) for w in path.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")}


# Kinds whose names are transliterated from another language when the country is not Arab.
_TRANSLITERATED = frozenset({"person", "media", "party", "city", "town"})


@dataclass(frozen=True, slots=True)
class _Spellings:
    """Spelling variation of names: word sets, letter swaps and word-final swaps of
    transliteration, and the Arab countries whose names the swaps leave alone."""

    words: dict[str, tuple[str, ...]]
    letters: list[dict[int, int]]
    finals: list[tuple[str, str]]
    arab: set[str]
    joined: tuple[str, ...] = ()
    place_joined: tuple[str, ...] = ()

    def joinings(self, name: str, heads: tuple[str, ...] | None = None) -> list[str]:
        """The name with a compound's first part joined to or split from the next word
        (`@joined عبد`: عبد السلام | عبدالسلام), one compound at a time; `heads` other
        first parts than `@joined`'s (`@joined-places كفر`: كفر كلا | كفركلا)."""
        out = []
        words = name.split()
        for i, w in enumerate(words):
            for head in self.joined if heads is None else heads:
                if w == head and i + 1 < len(words):
                    out.append(" ".join(words[:i] + [w + words[i + 1]] + words[i + 2:]))
                elif w.startswith(head + "ال") and len(w) > len(head) + 3:
                    out.append(" ".join(words[:i] + [head, w[len(head):]] + words[i + 1:]))
        return out

    def transliterations(self, name: str) -> list[str]:
        """The name with its letters swapped (غ | ج: every one), or one word's last letter
        swapped (ة | ا: بنسودة | بنسودا; one word at a time, so linear in the words)."""
        out = [name.translate(t) for t in self.letters]
        words = name.split()
        for a, b in self.finals:
            for i, w in enumerate(words):
                for x, y in ((a, b), (b, a)):
                    if len(w) > 3 and w.endswith(x):
                        out.append(" ".join(words[:i] + [w[:-1] + y] + words[i + 1:]))
        return out


def _variants(path: Path) -> _Spellings:
    """Word spellings that name the same thing (ووتش | واتش), each keyed to the others;
    letter swaps of transliteration (`@letters غ ج`: غوتيريش | جوتيريش), word-final swaps
    (`@final ة ا`: بنسودة | بنسودا) and the Arab countries whose names they leave alone
    (`@arab SY IQ ...`)."""
    words: dict[str, tuple[str, ...]] = {}
    letters: list[dict[int, int]] = []
    finals: list[tuple[str, str]] = []
    arab: set[str] = set()
    joined: list[str] = []
    place_joined: list[str] = []
    if not path.exists():
        return _Spellings(words, letters, finals, arab)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@letters"):
            a, b = line.split()[1:3]
            letters.append(str.maketrans({a: b, b: a}))
            continue
        if line.startswith("@final"):
            a, b = line.split()[1:3]
            finals.append((a, b))
            continue
        if line.startswith("@joined-places"):
            place_joined += line.split()[1:]
            continue
        if line.startswith("@joined"):
            joined += line.split()[1:]
            continue
        if line.startswith("@arab"):
            arab |= set(line.split()[1:])
            continue
        forms = [w.strip() for w in line.split("|") if w.strip()]
        if line.startswith("#") or len(forms) < 2:
            continue
        for w in forms:
            words[name_key(w)] = tuple(x for x in forms if x != w)
    return _Spellings(words, letters, finals, arab, tuple(joined), tuple(place_joined))


def _respell(name: str, variants: dict[str, tuple[str, ...]]) -> list[str]:
    """The name with one of its words spelled another accepted way (one word at a time:
    linear in the variants, never their product)."""
    words = name.split()
    return [" ".join(words[:i] + [v] + words[i + 1:])
            for i, w in enumerate(words) for v in variants.get(name_key(w), ())]


# Letters a transliterated name writes or leaves out inside a word (the long vowels), and
# sounds written two ways (تش | ش for ch/č, ج | غ for g), for `transliteration_skeleton`.
_SKELETON_VOWELS = str.maketrans("", "", "اويى")


def transliteration_skeleton(key: str) -> str:
    """A foreign name's skeleton (from its normalized key): each word keeps its first letter,
    loses the long vowels after it (ماورير | مورر) and a final ة (بنسودة | بنسودا), reads تش
    as ش (كوبيتش | كوبيش) and ج as غ, and writes a doubled letter once. Two spellings of one
    transliterated name share it; Arabic names do not go through it (محمد and محمود would)."""
    out = []
    for w in key.split():
        w = w.replace("تش", "ش").replace("ج", "غ")
        w = re.sub(r"(.)\1+", r"\1", w[:1] + w[1:].translate(_SKELETON_VOWELS))
        out.append(w[:-1] if len(w) > 2 and w.endswith("ه") else w)
    return " ".join(out)


@dataclass(frozen=True, slots=True)
class _GroupForms:
    """The head nouns of `curated/group-forms.txt`."""

    construct: tuple[str, ...] = ()
    adjective: tuple[str, ...] = ()
    movement: tuple[str, ...] = ()

    def forms(self, name: str) -> list[str]:
        """An armed group's other names when its name is a head noun and one definite nisba
        word (ميليشيات الحوثي): the other heads (مليشيا الحوثي, جماعة الحوثي), the nisba as
        adjective (الميليشيات الحوثية) and the group's movement (ميليشيات التمرد الحوثي).
        Other names give none."""
        words = name.split()
        if len(words) != 2 or words[0] not in self.construct:
            return []
        nisba = words[1]
        if not (nisba.startswith("ال") and nisba.endswith("ي") and len(nisba) > 4):
            return []
        return ([f"{h} {nisba}" for h in self.construct]
                + [f"{h} {nisba}ة" for h in self.adjective]
                + [f"{h} {m} {nisba}" for h in self.construct for m in self.movement])


def _group_forms(path: Path) -> _GroupForms:
    heads: dict[str, tuple[str, ...]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("@"):
                key, *words = line.split()
                heads[key[1:]] = tuple(words)
    return _GroupForms(**heads)


def preposition_forms(name: str) -> list[str]:
    """An actor's name that places it with في (بعثة الأمم المتحدة في أفغانستان, السفارة
    السورية في بيروت) as news also writes it: with بـ joined to the place (بأفغانستان,
    بالعراق) or with لدى (السفارة السورية لدى لبنان)."""
    words = name.split(" ")
    if "في" not in words[1:-1]:
        return []
    i = words.index("في", 1)
    head, place = words[:i], words[i + 1:]
    return [" ".join([*head, "ب" + place[0], *place[1:]]), " ".join([*head, "لدى", *place])]


def load_kb(root: Path = KB_DIR) -> KB:
    """Read a KB directory (curated first: its entries win over built ones with the same id)."""
    cur, built = root / "curated", root / "built"
    entries: dict[str, Entry] = {}

    def add(e: Entry) -> None:
        entries[e.id] = _merge(entries[e.id], e) if e.id in entries else e

    for name in ("persons.jsonl", "orgs.jsonl", "operations.jsonl"):
        for d in _jsonl(cur / name):
            add(_entry(d))
    for r in _tsv(cur / "places.tsv"):
        add(Entry(r["id"], _split(r["names_ar"]), r["name_en"], r["kind"],
                  _split(r["aliases_en"]), r["country"] or None, r["affiliation"] or None,
                  float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None))
    for name in ("countries.jsonl", "admin1.jsonl", "syria-admin.jsonl", "regions.jsonl",
                 "institutions.jsonl", "geonames.jsonl", "world-cities.jsonl",
                 "resolutions.jsonl", "groups.jsonl", "loyal.jsonl", "units.jsonl"):
        for d in _jsonl(built / name):
            add(_entry(d))
    roles = [RoleTerm(d["role"], tuple(d.get("variants") or ()), d["holder"], d.get("from"),
                      d.get("to"), d.get("office", ""), d.get("country", ""), d.get("scope"))
             for d in _jsonl(built / "roles.jsonl")]
    bare = {}
    for d in _jsonl(built / "bare.jsonl"):
        k = name_key(d["phrase"])
        bare[k] = Bare(d["phrase"], d["key"], d["kind"], bool(d.get("mention")), d["ids"],
                       bool(d.get("unit")))
    nats: dict[str, str] = {}
    nat_path = built / "nationalities.json"
    if nat_path.exists():
        for n in json.loads(nat_path.read_text(encoding="utf-8")):
            for form in n["masc"] + n["fem"] + n["plural"] + n["collectives"]:
                nats[name_key(form)] = n["iso"]
    for eid, e in entries.items():
        if e.is_place and e.lat is None and e.source == "curated":
            # a place whose coordinates were not checked takes its division's (or its
            # country's): approximate, but on the map in the right region
            up = entries.get(e.affiliation or "") or entries.get(f"country-{e.country}")
            if up is not None and up.lat is not None:
                entries[eid] = replace(e, lat=up.lat, lon=up.lon)
    spellings = _variants(cur / "spelling-variants.txt")
    groups = _group_forms(cur / "group-forms.txt")
    # a place's joined form (كفر كلا | كفركلا) only where no entry bears it already: كفرنبل
    # stays the town's, not also its subdistrict's «كفر نبل»
    taken = {name_key(n) for e in entries.values() for n in e.names_ar} \
        if spellings.place_joined else set()
    for eid, e in entries.items():
        # a word's other spellings hold for every entry (كابول | كابل: GeoNames' Kabul too);
        # joinings and letter swaps only for curated names
        extra = [v for n in e.names_ar for v in _respell(n, spellings.words)]
        if e.is_place and spellings.place_joined:
            extra += [v for n in e.names_ar for v in spellings.joinings(n, spellings.place_joined)
                      if name_key(v) not in taken]
        if e.source != "curated":
            if extra := [n for n in extra if n not in e.names_ar]:
                entries[eid] = _merge(e, replace(e, names_ar=tuple(extra)))
            continue
        extra += [v for n in e.names_ar for v in spellings.joinings(n)]
        if not e.is_place:
            extra += [v for n in e.names_ar for v in preposition_forms(n)]
        if e.kind == "armed-group":
            extra += [v for n in e.names_ar for v in groups.forms(n)]
        if e.country and e.country not in spellings.arab and e.kind in _TRANSLITERATED:
            extra += [v for n in e.names_ar for v in spellings.transliterations(n)]
        extra = [n for n in extra if n not in e.names_ar]
        if extra:
            entries[eid] = _merge(e, replace(e, names_ar=tuple(extra)))
    stop = _words(cur / "stoplist.txt") | _words(built / "stoplist-anercorp.txt")
    persons = _words(built / "person-names-anercorp.txt") | _words(cur / "person-words.txt")
    heads = _words(cur / "actor-heads.txt")
    regional = {(r["national"], r["region"]): r["regional"] for r in _tsv(cur / "regional.tsv")
                if r["regional"] in entries}
    return KB(entries, roles, bare, nats, frozenset(stop), frozenset(persons), frozenset(heads),
              arab=frozenset(spellings.arab),
              regional=regional)


@once
def get_kb() -> KB:
    """The packaged KB, loaded once per process. Its lazily built indexes are built here, so
    that concurrent callers (a server's threads) only ever read it."""
    kb = load_kb()
    _ = kb.matcher, kb.first_words, kb.district_names
    return kb
