"""Place names after an area noun (data/ner/area_heads.txt): قرى الكصيبة، بمنطقة الخلفاء،
لناحية باودش، حيي المنشية والعباسية، قرى: (مشرعة، وحدنان)، قرية حسن شامي.

An area noun in the construct state (قرية، منطقة، ناحية، أحياء ...; indefinite, a proclitic
allowed) takes a genitive; when that genitive is no everyday word, it is the area's name.
Villages, quarters and districts of a war zone are mostly absent from any gazetteer and read
as unknown words by a tagger, but the area noun says what they are. `area_names` reads:

    area-noun [: ( "] name [، | و name]*      name = word | indefinite word{1,3}

A name word is not an everyday word (the knowledge base's stoplist, `head_stops.txt`), not a
nationality, cue or area noun, carries no digit and no preposition. A definite word (الكصيبة)
is a name by itself, and so is a word that opens place names (أبو، أم، بني:
data/ner/place_openers.txt) with the word after it (أبو العراج، بني سعد);
indefinite words (شيرين تاجاب، قرة تبة) may make one of up to three.
After a plural or dual noun (قرى، مناطق، حيي) the names listed with و or a comma are places
too (الجورة والجرادات). A quote or bracket opened after the noun bounds the name.
Everyday words name places in two places (ner26): a definite word joined by و to such a list
(منطقتي دار سعد والعلم، مدينتا نمرود والحضر), and one that a compass word locates right after
the noun (منطقة الشعب في شمال شرقي بغداد; data/ner/compass_words.txt). A KB place of two or
three words opens a name though its first word is an everyday word (منطقتي دار سعد).
ner37: fronts and axes (جبهة المخدرة، محور العند; `front`: no verbal noun or adjective after
them), construct openers (بيت، عين، دير، كرم: data/ner/area_openers.txt), a list announced
after the noun and its adjective (جبهات عدة في صرواح والنجفة), a list opened by an everyday
word (أحياء التحرير الأسفل، والضبوعة) and names joined by و in quotes (منطقة "القفر والمخادر").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.document import Token
from rasd.entities.features import (
    _core,
    _data_lines,
    cues,
    is_given_name,
    is_nationality,
    lexicon,
    norm_word,
    noun_leads,
    word_list,
)
from rasd.entities.heads import head_of, stops
from rasd.entities.kb import CLOSING_QUOTES, KB, OPENING_QUOTES
from rasd.once import once
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.segment import clitic_stems

# Proclitics an area noun may carry (بمنطقة، لناحية، وقرى، فبمنطقة): data/ner/noun_proclitics.txt.
_LEADS = noun_leads()
_OPENERS = frozenset({":", *OPENING_QUOTES, "("})
_CLOSERS = frozenset({*CLOSING_QUOTES, ")"})
_MAX_WORDS = 3
_IMPERFECT = ("ي", "ت", "ن")  # prefixes of an imperfect verb
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يات")  # nisba adjectives (حي سكني، منطقة سكنية)
_PASSIVE = re.compile("م..و.ه")  # a passive participle (مناطق مكشوفة، منطقة محصورة)
_FAEEL = re.compile("..ي.ه")  # an adjective فعيلة (مدينة عريقة، منطقة بعيدة)
_FAELA = re.compile(".ا..ه")  # an active participle فاعلة (ولاية جاذبة، منطقة آمنة)
_PRONOUNS = ("هم", "هما", "كم", "هن")  # suffixed pronouns: a verb or a noun, no name
_MAX_LISTED = 6


@dataclass(frozen=True, slots=True)
class Area:
    first: int  # token index of the name's first word
    last: int  # token index after it
    start: int  # char offsets (a leading و of a listed name cut)
    end: int
    entry: str | None = None  # the KB division «singular noun + name» (محافظة عمران)


@once
def _table() -> dict[str, bool]:
    """Normalized area noun -> whether it is dual or plural (data/ner/area_heads.txt)."""
    out = {}
    for ln in _data_lines("area_heads.txt"):
        cols = ln.split("\t")
        out[norm_word(cols[0].strip())] = len(cols) > 1 and "list" in cols[1].strip().split(",")
    return out


@once
def _fronts() -> frozenset[str]:
    """Area nouns marked `front` (جبهة، جبهات، محور): their genitive is as often a deed or a
    side as a place (جبهات القتال، جبهة الاستنزاف، الجبهة الشعبية), so a name after them passes
    `front_word` too."""
    out = set()
    for ln in _data_lines("area_heads.txt"):
        cols = ln.split("\t")
        if len(cols) > 1 and "front" in cols[1].strip().split(","):
            out.add(norm_word(cols[0].strip()))
    return frozenset(out)


@once  # asked for each new word
def area_nouns() -> frozenset[str]:
    """Normalized area nouns."""
    return frozenset(_table())


@once
def _singulars() -> dict[str, str]:
    """Normalized dual or plural area noun -> its singular (محافظتي -> محافظة)."""
    out = {}
    for ln in _data_lines("area_heads.txt"):
        cols = [c.strip() for c in ln.split("\t")]
        if len(cols) > 2 and "list" in cols[1].split(","):
            out[norm_word(cols[0])] = cols[2]
    return out


@once  # asked for each area noun found (four a document)
def _plurals() -> frozenset[str]:
    """Area nouns naming several places (dual or plural): their genitive may be a list."""
    return frozenset(w for w, many in _table().items() if many)


@lru_cache(maxsize=1 << 18)  # every token of every document (25k words in the demo)
def area_noun(norm: str) -> str | None:
    """The area noun in a word (its proclitics cut), else None."""
    nouns = area_nouns()
    for lead in _LEADS:
        if norm.startswith(lead) and norm[len(lead):] in nouns:
            return norm[len(lead):]
    return None


def list_noun(norm: str) -> bool:
    """Is the word a dual or plural area noun, a proclitic allowed (ولايتي، بمحافظتي، قرى)?
    It counts places and belongs to none of their names."""
    noun = area_noun(norm)
    return noun is not None and noun in _plurals()


def is_area_noun(norm: str) -> bool:
    """Is the word an area noun (`area_noun`)? A WordScan's test."""
    return area_noun(norm) is not None


def name_word(norm: str, kb: KB, quoted: bool = False) -> bool:
    """A word that may be (part of) a place's name after an area noun (a word in quotes may
    start with و: no conjunction follows an opening quote)."""
    if len(norm) < 3 or not norm.isalpha() or norm.startswith(("بال", "لل", "كال")) or (
            norm.startswith("و") and not quoted):
        return False
    if norm in stops() or norm in word_list("not_entities.txt") or kb.is_common(norm) \
            or area_noun(norm) is not None:
        return False
    if is_nationality(norm) or kb.nationality(norm) is not None or norm in cues():
        return False
    if head_of(norm) is not None:
        return False  # مجلس، وزارة: an institution's head opens another name
    # a preposition or conjunction joined to a known or everyday word (بنابلس، بغرب،
    # فسيتم), or an everyday word with a pronoun (سيطرته، سيطرتنا، ربطه)
    rest = norm[1:]
    if norm[0] in "بلكف" and len(rest) >= 3 and (
            kb.is_common(rest) or rest in cues() or bool(kb.by_key(rest))):
        return False
    if any(suf and kb.is_common(stem) for stem, _, suf in clitic_stems(norm)):
        return False
    # a past verb in the plural (طردوا), a definite dual or plural (الهيئتين)
    return not (norm.endswith("وا") or (norm.startswith("ال") and norm.endswith(("تين", "يين"))))


def first_word(norm: str, kb: KB, quoted: bool = False, listed: bool = False) -> bool:
    """A word that may open a place's name right after an area noun. An indefinite word
    there may open a clause that describes the area (منطقة يسيطر عليها، حي يغلب الشيعة على
    سكانه، بحي الزهور، وفجروها) or be its adjective (منطقة سكنية، ولاية جاذبة): not those
    (a place the KB knows by such a word stays: مدينة باتنة). `listed`: the word is joined
    by و to a name already read after a dual or plural noun (منطقتي حصيبة وجويبة); an
    adjective would have come before the first name, so the shapes of فعيلة and فاعلة are
    names there."""
    if not name_word(norm, kb, quoted):
        return False
    if norm.startswith("ال") or quoted:
        return True
    if not listed and _FAELA.fullmatch(norm) is not None and not _known_place(kb, norm):
        return False  # ولاية جاذبة وواعدة: an attractive state; مدينة باتنة is the KB's
    return not (norm.startswith(_IMPERFECT) or norm.endswith(_ADJECTIVE_ENDINGS)
                or _PASSIVE.fullmatch(norm) is not None
                or (not listed and _FAEEL.fullmatch(norm) is not None)
                or (norm.startswith("م") and norm.endswith("ه") and len(norm) >= 6)
                or norm.endswith(_PRONOUNS) or (norm.endswith("ها") and len(norm) > 4))


def _name(tokens: list[Token], j: int, kb: KB, bounded: bool) -> int:
    """Token index after a name starting at token j, or j if none stands there."""
    if j + 1 < len(tokens) and _opener(tokens[j].norm) and name_word(tokens[j + 1].norm, kb):
        return j + 2  # قرية أبو العراج، ناحية بني سعد، منطقة بيت مران
    if j >= len(tokens) or not first_word(tokens[j].norm, kb, bounded):
        return j
    if tokens[j].norm.startswith("ال") and not bounded:
        return j + 1
    k = j + 1
    while k < len(tokens) and k - j < _MAX_WORDS and _next_word(tokens[k].norm, kb) and (
            bounded or not tokens[k].norm.startswith("ال")):
        k += 1
    return k


def _opener(norm: str) -> bool:
    """A word that opens a place's name with the word after it, after an area noun (أبو، بني:
    place_openers.txt; بيت، عين، دير: area_openers.txt)."""
    return norm in word_list("place_openers.txt") or norm in word_list("area_openers.txt")


def _next_word(norm: str, kb: KB) -> bool:
    """A later word of a name of indefinite words (قرة تبة، شيرين تاجاب، حسن شامي): no
    participle in م (عدن مستقرة، كشمير مقسم)، adverb (درعا جزئيا), pronoun suffix,
    preposition (كويتا بغرب) or given name (منطقة سوروتش عبدالله جيفتشي: its governor)."""
    return name_word(norm, kb) and not norm.startswith("م") and not norm.endswith("يا") \
        and not norm.endswith(_PRONOUNS) and not (norm.endswith("ها") and len(norm) > 4) \
        and not is_given_name(norm)


def _known_place(kb: KB, norm: str) -> bool:
    """A word the KB names a place by and that is no everyday word (صعدة, refused by
    `name_word` as صعد + ه)."""
    return not kb.is_common(norm) and any(e.is_place for e in kb.by_key(norm))


_VERBAL_NOUNS = (
    re.compile("است..ا."),  # استفعال: الاستنزاف، الاستقلال
    re.compile("ا.ت.ا."),  # افتعال: الاجتياح
    re.compile("ان..ا."),  # انفعال: الانسحاب
    re.compile("ت..ي."),  # تفعيل: التحرير، التطهير
    re.compile("م.ا..ه"),  # مفاعلة: المواجهة، المقاومة
)


def front_word(norm: str) -> bool:
    """A word that may name the place a front or an axis holds (جبهة المخدرة، محور العند):
    no definite derived verbal noun (جبهة الاستنزاف، جبهة التحرير، محور المقاومة) nor
    feminine relational adjective (لجبهة الشعبية، لجبهة الغربية: the front described). An
    indefinite word is left to `first_word` (محور تكريت)."""
    if not norm.startswith("ال"):
        return True
    stem = norm[2:]
    return not stem.endswith("يه") and not any(p.fullmatch(stem) for p in _VERBAL_NOUNS)


def _division(kb: KB, singular: str | None, norm: str) -> str | None:
    """The KB place named «singular + word» (محافظة عمران for عمران after محافظتي), else None:
    a listed word that is also an everyday word or a given name (عمران، البيضاء) is that
    division's name when the KB holds the division under it."""
    if singular is None or len(norm) < 3 or not norm.isalpha():
        return None
    place = next((e for e in kb.lookup(f"{singular} {norm}") if e.is_place), None)
    return place.id if place is not None else None


def _listed(tokens: list[Token], k: int, kb: KB, singular: str | None = None,
            everyday: bool = True) -> tuple[int, int, str | None] | None:
    """(token index of a listed name, token after it, its KB division if read as one) from
    token k: `، name` or `وname`."""
    if k < len(tokens) and tokens[k].norm == ",":
        k += 1
    if k >= len(tokens):
        return None
    norm = tokens[k].norm
    if norm.startswith("و") and _opener(norm[1:]) \
            and k + 1 < len(tokens) and name_word(tokens[k + 1].norm, kb):
        return k, k + 2, None  # مناطق جعولة وبير أحمد: an opener and its word, as first
    if norm.startswith("و") and first_word(norm[1:], kb, listed=True):
        return k, k + 1, None
    division = _division(kb, singular, norm[1:] if norm.startswith("و") else (
        norm if tokens[k - 1].norm == "," else ""))
    if division is not None:
        return k, k + 1, division
    if everyday and norm.startswith("و") and tokens[k - 1].norm != "," \
            and _listed_everyday(tokens, k, kb):
        return k, k + 1, None
    if tokens[k - 1].norm == "," and name_word(norm, kb):
        end = _name(tokens, k, kb, False)
        # a word that may be in a name but cannot open one (تحسبًا، after a comma) ends
        # the list: no empty name
        return (k, end, None) if end > k else None
    return None


def _kb_place_words(tokens: list[Token], j: int, kb: KB) -> int:
    """The number of words (2 or 3) from token j that the KB names a place by, else 0: a
    name whose first word is an everyday word (دار سعد، بئر العبد) is still the place's."""
    for n in (3, 2):
        if j + n <= len(tokens):
            key = " ".join(t.norm for t in tokens[j:j + n])
            if key.isascii() or not all(t.norm.isalpha() for t in tokens[j:j + n]):
                continue
            if any(e.is_place for e in kb.by_key(key)):
                return n
    return 0


def _kb_place_word(tokens: list[Token], j: int, kb: KB, noun: str) -> bool:
    """Token j, right after a singular area noun, is one word the KB names a place by, though
    an everyday word (العند "stubbornness", مران "practice"): the noun says it is the place
    (جبهة العند، محور العند، جبل مران). Not a word the area grammar refuses for a front (a
    verbal noun), nor one a definite adjective follows (a common noun described)."""
    if noun in _plurals() or j >= len(tokens):
        return False
    norm = tokens[j].norm
    if len(norm) < 3 or not norm.isalpha() or not front_word(norm) \
            or norm in word_list("not_entities.txt") or area_noun(norm) is not None:
        return False
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if nxt.startswith("ال") and nxt.endswith(("ي", "يه")):
        return False
    return any(e.is_place for e in kb.by_key(norm))


def _everyday_name(word: str, kb: KB) -> bool:
    """A definite word that may name a place though it is an everyday word (العلم، الشعب،
    الدورة): not an area or head noun, nationality, cue, ordinal (والثاني) or listed non-name,
    nor a definite dual or plural (والمدينتين، المحافظات، المسلحين)."""
    if not word.startswith("ال") or len(word) < 5 or not word.isalpha():
        return False
    if area_noun(word[2:]) is not None or head_of(word) is not None:
        return False
    if is_nationality(word) or kb.nationality(word) is not None or word in cues() \
            or word in word_list("not_entities.txt") or word in word_list("ordinals.txt"):
        return False
    return not word.endswith(("ات", "تين", "يين", "ين", "ون"))


def _located_everyday(tokens: list[Token], j: int, kb: KB) -> bool:
    """Token j, right after an area noun, is a definite everyday word that a compass word (or
    في/ب + an area noun) locates: the area's name (منطقة الشعب في شمال شرقي بغداد، لمنطقة
    الدورة جنوبي بغداد، حي الجمهوري شرقي المدينة). A description of an area is not placed
    against another place this way (منطقة القتال، مناطق الاشتباكات)."""
    if j + 1 >= len(tokens) or not _everyday_name(tokens[j].norm, kb):
        return False
    nxt = tokens[j + 1].norm
    if nxt == "في" and j + 2 < len(tokens):
        nxt = tokens[j + 2].norm
    elif nxt[:1] == "ب" and area_noun(nxt) is not None:
        return True  # حي الخالدية بمدينة …
    if nxt[:1] == "ب" and nxt[1:] in word_list("compass_words.txt"):
        nxt = nxt[1:]  # بشمال
    return nxt in word_list("compass_words.txt") or (
        tokens[j + 1].norm == "في" and area_noun(nxt) is not None)


def _plural_description(tokens: list[Token], j: int, kb: KB) -> bool:
    """Token j, right after a plural area noun, is a definite everyday word standing alone
    that says what the areas are, not which (ner43): «مناطق التماس في المدينة»، «بعيدا عن
    مناطق الاقتتال»، «مناطق الشقق السكنية». A plural noun names its places in a list (قرى
    الكصيبة والجرادات); a lone definite word after it is a description when the ANERcorp
    train split uses it and never inside a name, or it has a verbal noun's shape
    (الاقتتال), or a definite adjective describes it (الشقق السكنية). Not a place the KB
    knows, nor a word a list goes on from (و after it: «مناطق الشيحة والدواية»)."""
    word = tokens[j].norm
    if not word.startswith("ال") or _known_place(kb, word):
        return False
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if nxt.startswith("و") or nxt == ",":
        return False  # a list of names goes on
    seen, named = lexicon().get(_core(norm_word(word)), (0, 0))
    return (seen >= 1 and named == 0) or any(p.fullmatch(word[2:]) for p in _VERBAL_NOUNS) \
        or (nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and len(nxt) > 4)


def _listed_everyday(tokens: list[Token], k: int, kb: KB) -> bool:
    """A definite word joined by و to a list of names after a dual or plural area noun is one
    more name of that kind even when it is an everyday word (`_everyday_name`): the noun
    counts the places (منطقتي دار سعد والعلم، بلدتي النخيب والعلم، مدينتا نمرود والحضر). Not
    after a comma («، والثاني أن» opens a clause), nor a word a singular adjective follows
    (والسوق الشعبي: a common noun described)."""
    if not _everyday_name(tokens[k].norm[1:], kb):
        return False
    # an adjective after it describes it (a common noun), unless a dual or plural one agrees
    # with the area noun (مدينتا نمرود والحضر الأثريتين)
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    return not (nxt.startswith("ال") and len(nxt) > 3 and not nxt.endswith(("تين", "يين")))


def area_names(kb: KB, text: str, tokens: list[Token],
               at: Iterable[int] | None = None) -> list[Area]:
    """The place names after area nouns in `tokens` (the document's tokens).

    `at`: the positions to try, ascending (default all); a position left out must be one
    where `area_noun` is None (see text/scan.py)."""
    out: list[Area] = []
    i = 0
    for k in range(len(tokens)) if at is None else at:
        if k < i:
            continue  # inside the name found last
        i = k
        noun = area_noun(tokens[i].norm)
        if noun is None:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].norm in _OPENERS:
            j += 1
        bounded = j > i + 1 and tokens[j - 1].norm != ":"
        front = noun in _fronts()
        if front and j < len(tokens) and not bounded and not front_word(tokens[j].norm):
            i += 1
            continue
        end = _name(tokens, j, kb, bounded)
        if end == j + 1 and not bounded and noun in _plurals() \
                and _plural_description(tokens, j, kb):
            end = j  # مناطق التماس: which areas, not their names
        if bounded:
            listed = _quoted_list(text, tokens, j, end, kb)
            if listed:
                out += listed
                i = listed[-1].last
                continue
        if end == j and noun in _plurals() and j < len(tokens) \
                and _known_place(kb, tokens[j].norm):
            end = j + 1  # محافظتي صعدة و…: no صعد + a pronoun when the KB names the place so
        if end == j and not bounded:
            end = j + _kb_place_words(tokens, j, kb)  # منطقتي دار سعد: دار is an everyday word
        if end == j and not bounded and _kb_place_word(tokens, j, kb, noun):
            end = j + 1  # جبهة العند، جبل مران: the KB's place, an everyday word too
        if end == j and not bounded and not front and _located_everyday(tokens, j, kb):
            end = j + 1
        if end == j and not bounded and noun in _plurals():
            listed = _bridged_list(text, tokens, j, kb, _singulars().get(noun)) or _opened_list(
                text, tokens, j, kb, _singulars().get(noun)) or _counted_list(
                text, tokens, i, j, kb)
            if listed:
                out += listed
                i = listed[-1].last
                continue
        if end == j or (bounded and end < len(tokens) and tokens[end].norm not in _CLOSERS
                        and tokens[end].norm != ","):
            i += 1
            continue
        out.append(Area(j, end, tokens[j].start, tokens[end - 1].end))
        if noun in _plurals():
            out += _list_after(text, tokens, end, kb, _singulars().get(noun))
            i = out[-1].last
        else:
            i = end
    return out


def _list_after(text: str, tokens: list[Token], end: int, kb: KB,
                singular: str | None, everyday: bool = True) -> list[Area]:
    """The names listed with و or a comma from token `end`, after a name read after a dual or
    plural area noun (`_listed`; `everyday`: a definite everyday word joined by و may be one)."""
    out = []
    for _ in range(_MAX_LISTED):
        item = _listed(tokens, end, kb, singular, everyday)
        if item is None:
            break
        a, end, division = item
        out.append(Area(a, end, _after_conjunction(text, tokens[a]), tokens[end - 1].end,
                        division))
    return out


def _quoted_list(text: str, tokens: list[Token], j: int, end: int, kb: KB) -> list[Area]:
    """Names joined by و inside the quotes or brackets opened after an area noun, up to the
    closing mark: منطقة «القفر والمخادر»، مديريات "السدة والرضمة وحزم العدين". In quotes an
    everyday word is a name too (القفر، السدة) when another is none; each name is up to three
    words."""
    if end == j and j < len(tokens) and _everyday_name(tokens[j].norm, kb):
        end = j + 1
    if end == j or end >= len(tokens) or not tokens[end].norm.startswith("و"):
        return []
    out = [Area(j, end, tokens[j].start, tokens[end - 1].end)]
    k = end
    while k < len(tokens) and tokens[k].norm.startswith("و") and len(out) <= _MAX_LISTED:
        word = tokens[k].norm[1:]
        if not (name_word(word, kb, True) or _everyday_name(word, kb)):
            return []
        e = k + 1
        while e < len(tokens) and e - k < _MAX_WORDS and tokens[e].norm.isalpha() \
                and not tokens[e].norm.startswith("و"):
            e += 1
        out.append(Area(k, e, _after_conjunction(text, tokens[k]), tokens[e - 1].end))
        k = e
    if k >= len(tokens) or tokens[k].norm not in _CLOSERS:
        return []
    # one name no everyday word at least: not «منطقة «الأمن والأمان»», a slogan
    words = [tokens[a.first].norm.removeprefix("و") if n else tokens[a.first].norm
             for n, a in enumerate(out)]
    return out if any(name_word(w, kb) for w in words) else []


def _opened_list(text: str, tokens: list[Token], k: int, kb: KB,
                 singular: str | None) -> list[Area]:
    """A list after a dual or plural area noun whose first name is an everyday word, with a
    definite adjective maybe (أحياء التحرير الأسفل، والضبوعة، والمسبح; «هي العقبة ويرزا»): a
    name among the later ones (no everyday word: `name_word`) says the list names places
    (not «مناطق القتال والاشتباكات»)."""
    if k >= len(tokens) or not _everyday_name(tokens[k].norm, kb) \
            or tokens[k].norm[2:] in word_list("compass_words.txt"):
        return []  # «كبرى مدن الشمال، والرمادي»: a compass word, the region of the cities
    end = k + 1
    if end < len(tokens) and _everyday_name(tokens[end].norm, kb) \
            and tokens[end].norm.startswith("ال"):
        end += 1  # التحرير الأسفل
    listed = _list_after(text, tokens, end, kb, singular, everyday=False)
    if not any(name_word(tokens[a.first].norm.removeprefix("و"), kb) for a in listed):
        return []
    return [Area(k, end, tokens[k].start, tokens[end - 1].end), *listed]


def _count_adjective(norm: str) -> bool:
    """An indefinite word agreeing with a plural area noun that counts or describes the places
    before they are listed (عدة، فلسطينية، معروفة، أخرى: «قرى فلسطينية هي العقبة ويرزا»)."""
    return norm.isalpha() and not norm.startswith("ال") and len(norm) >= 3 and (
        norm.endswith("ه") or norm in ("اخرى", "اخري"))


def _bridged_list(text: str, tokens: list[Token], j: int, kb: KB,
                  singular: str | None) -> list[Area]:
    """A list of names after a plural area noun, an adjective maybe and a word that announces
    them (data/ner/list_bridges.txt: هي، مثل، منها، في): «ثلاث قرى فلسطينية هي العقبة ويرزا
    والميتة»، «جبهات عدة في صرواح والنجفة والمخدرة». Two names at least: one name after
    such words may be what the places are in (مناطق عدة في الجنوب)."""
    k = j
    if k < len(tokens) and _count_adjective(tokens[k].norm) and area_noun(tokens[k].norm) is None:
        k += 1
    if k >= len(tokens) or tokens[k].norm not in word_list("list_bridges.txt"):
        return []  # «مناطق محافظة لحج»: no bridge, no list of names
    k += 1
    if k >= len(tokens):
        return []
    end = _name(tokens, k, kb, False)
    if end == k:
        return _opened_list(text, tokens, k, kb, singular)
    listed = _list_after(text, tokens, end, kb, singular, everyday=False)
    words = [tokens[k].norm] + [tokens[a.first].norm.removeprefix("و") for a in listed]
    if not listed or not any(name_word(w, kb) for w in words):
        return []  # «في الداخل والخارج»: everyday words, no name among them
    return [Area(k, end, tokens[k].start, tokens[end - 1].end), *listed]


@once
def _cardinals() -> dict[str, int]:
    """Normalized cardinal number word -> its value, two to ten (data/numbers/words.tsv, its
    `unit` rows: ثلاث، ثلاثة، أربع)."""
    text = resources.files("rasd").joinpath("data", "numbers", "words.tsv").read_text(
        encoding="utf-8")
    out = {}
    for ln in text.splitlines():
        cols = ln.split("\t")
        if ln.startswith("#") or len(cols) < 3 or cols[2] != "unit":
            continue
        if cols[1].isdigit() and 2 <= int(cols[1]) <= _MAX_LISTED:
            out[norm_word(cols[0])] = int(cols[1])
    return out


def _count_before(tokens: list[Token], i: int) -> int:
    """The number of places a plural area noun at token i counts (ثلاث قرى، 3 قرى), else 0."""
    if i == 0:
        return 0
    norm = tokens[i - 1].norm
    if norm.isdigit():
        return int(norm) if 2 <= int(norm) <= _MAX_LISTED else 0
    return _cardinals().get(norm, 0)


def _item_word(norm: str, kb: KB) -> bool:
    """A word that may be one place of a counted list: letters only, no area noun,
    nationality, cue or stopword (`name_word`'s lists) — its shape is not asked: the count
    says how many names the list holds (يرزا looks like a verb)."""
    return len(norm) >= 3 and norm.isalpha() and area_noun(norm) is None \
        and not is_nationality(norm) and norm not in cues() and norm not in stops()


def _counted_list(text: str, tokens: list[Token], i: int, j: int, kb: KB) -> list[Area]:
    """A list announced by هي after a counted plural area noun and its adjective, holding as
    many one-word names joined by و as the number says, then punctuation: «ثلاث قرى
    فلسطينية هي العقبة ويرزا والميتة،». The count and the closing mark tell the list whole,
    so a word shaped like a verb (يرزا) or an everyday word (العقبة) is one of its names;
    `_bridged_list` reads the uncounted ones."""
    count = _count_before(tokens, i)
    k = j
    if k < len(tokens) and _count_adjective(tokens[k].norm) and area_noun(tokens[k].norm) is None:
        k += 1
    if not count or k >= len(tokens) or tokens[k].norm not in ("هي", "هما"):
        return []
    k += 1
    if k >= len(tokens) or tokens[k].norm.startswith("و") or not _item_word(tokens[k].norm, kb):
        return []
    out = [Area(k, k + 1, tokens[k].start, tokens[k].end)]
    k += 1
    while len(out) < count and k < len(tokens) and tokens[k].norm.startswith("و") \
            and _item_word(tokens[k].norm[1:], kb):
        out.append(Area(k, k + 1, _after_conjunction(text, tokens[k]), tokens[k].end))
        k += 1
    if len(out) != count or (k < len(tokens) and tokens[k].is_word):
        return []
    return out


def _after_conjunction(text: str, tok: Token) -> int:
    """Char offset of `tok` after a leading و (وحدنان -> حدنان)."""
    _, index = normalize_with_map(text[tok.start:tok.end])
    if normalize(text[tok.start:tok.end]).startswith("و") and len(index) > 1:
        return tok.start + index[1]
    return tok.start
