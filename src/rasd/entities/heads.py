"""Institution and facility names read from their head noun (data/ner/heads.tsv).

An Arabic institution or facility name is a head noun and its complement: مجلس النواب،
مجلس محافظة الأنبار، جهاز مكافحة الإرهاب، مطار العقبة الدولي، قاعدة العند الجوية،
وكالة الأنباء العمانية، الصندوق الاجتماعي للتنمية، المجلس الدستوري، مطار صنعاء.
`head_phrases` reads them with a small grammar over the words after the head:

    head      construct-noun{0,2} (definite noun | known name) adjective* [genitive]
    المـ+head adjective+ [genitive]
    genitive  لل-noun adjective* [وال-noun adjective*]   (للعلاقات والإعلام: `_coordinated`)

A construct noun is an indefinite word (محافظة، مكافحة) that still needs its genitive; an
adjective is a definite word with a relational ending (الدولي، الجوية، الكردية) or an elative
(الأعلى). The phrase stops at the first word that fits none of these, so a preposition, a
verb, a number, a conjunction (و) or a punctuation mark ends it, and a phrase whose head has
no complement is none. The type is the head's (heads.tsv): institutions ORG, places LOC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Token
from rasd.entities.features import _data_lines, cues, is_nationality, word_list
from rasd.entities.kb import KB
from rasd.once import once
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.segment import clitic_stems

# Proclitics a head may carry: a conjunction, a preposition, or both (وبمجلس).
_LEADS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_MAX_CONSTRUCT = 2
_MAX_ADJECTIVES = 3
# Definite endings of relational adjectives (الدولي، الجوية، الإيطاليين) and elatives (الأعلى).
_ADJ_ENDINGS = ("ي", "يه", "يين", "يون", "يات")
# possessive pronouns a noun may end in (a final ه is also the taa marbuta: not listed)
_POSSESSIVE = ("ها", "هم", "هما", "هن", "كم", "نا")


@dataclass(frozen=True, slots=True)
class Head:
    type: str  # ORG, LOC, or LOC/ORG (a place before a known place name)
    definite: bool  # the definite form heads a name with adjectives alone
    named: bool = False  # only before a known name or with an adjective (قاعدة العند الجوية)
    place: bool = False  # only before a known place, no area noun (قمة بيروت; قمة جبل صبر)
    quoted: bool = True  # a quoted name after it is a name of its kind (مطار «تمناع»)
    # the definite form heads a name only with a nationality or head_adjectives.txt word and
    # a genitive after it (الشركة العامة للكهرباء، الإدارة العامة للجوازات, not الشركة الأمنية)
    genitive: bool = False
    bare: bool = True  # the indefinite form heads a name (إدارة الأزمة, no: `nobare`)
    # its complement may name two or three fields joined by و (وزارة الصحة العامة والسكان،
    # وزارة الخارجية والتعاون الدولي, `coord`): `_portfolios`
    coordinated: bool = False
    # names only with a relational adjective that is no nationality or a second field
    # joined by و (دائرة الأوقاف الإسلامية، دائرة الكتب والوثائق العراقية; دائرة العنف، دائرة
    # العمليات الإسرائيلية are figures of speech, `described`): `_described_body`
    described: bool = False
    # also "a banner": no name after a word that raises, carries or gathers under one
    # (تحت لواء التنظيمات الجهادية، وحمل لواء العدل, data/ner/banner_words.txt, `banner`)
    banner: bool = False
    # names a body only when its complement is no holder's noun nor another head: مكتب
    # الصحة، مكتب الإرشاد; not مكتب الوزير، مكتب الرئاسة (an officer's or a body's bureau,
    # `field`): `_holders_bureau`
    field: bool = False
    # its name ends with the complement's adjectives: a لل-genitive after them is the
    # clause's (تعرض سبعة من رجال حرس الحدود للإصابة, `nogen`)
    genitive_after: bool = True
    # the indefinite form names a body only by two fields joined by و, the first one
    # definite word that is no area noun (مركز الدراسات والإعلام الاقتصادي، مركز القانون
    # الدولي الإنساني وحقوق الإنسان); مركز المدينة، مركز بغداد التجاري، مركز الشرطة المحلية
    # are places (`fields`): `_field_pair`
    fields: bool = False


@once
def heads() -> dict[str, Head]:
    """Normalized head noun -> its entry (data/ner/heads.tsv)."""
    out: dict[str, Head] = {}
    for ln in _data_lines("heads.tsv"):
        cols = [c.strip() for c in ln.split("\t")]
        flags = set(cols[2].split(",")) if len(cols) > 2 else set()
        out[normalize(cols[0])] = Head(cols[1], "def" in flags, "named" in flags,
                                       quoted="noquote" not in flags, place="place" in flags,
                                       genitive="gen" in flags, bare="nobare" not in flags,
                                       coordinated="coord" in flags,
                                       described="described" in flags,
                                       banner="banner" in flags, field="field" in flags,
                                       genitive_after="nogen" not in flags,
                                       fields="fields" in flags)
    return out


def stops() -> frozenset[str]:
    """Words that end a head-noun name (data/ner/head_stops.txt)."""
    return word_list("head_stops.txt")


def generic() -> frozenset[str]:
    """Adjectives that make a definite head a description (data/ner/head_generic.txt)."""
    return word_list("head_generic.txt")


@dataclass(frozen=True, slots=True)
class Phrase:
    first: int  # token index of the head
    last: int  # token index after the phrase
    start: int  # char offset of the head (its proclitics cut)
    end: int
    type: str


@lru_cache(maxsize=1 << 18)  # every token of every document (25k words in the demo)
def head_of(norm: str) -> tuple[Head, bool, int] | None:
    """(head, definite, proclitic letters) if the word is a head noun, else None.

    A definite head counts only where heads.tsv lets its definite form head a name."""
    table = heads()
    for stem, pre, suf in clitic_stems(norm):
        if suf:
            continue
        lead = norm[:pre]
        if lead == "ل" and norm.startswith("لل") and norm[2:] in table:
            h = table[norm[2:]]  # للمجلس: ل + المجلس with the alif elided
            # (the span keeps the whole word: the scorer and the linker read للمجلس as
            # المجلس, while لمجلس is no form of it)
            return (h, True, 0) if h.definite or h.genitive else None
        if lead not in _LEADS:
            continue
        if stem in table:
            return (table[stem], False, pre) if table[stem].bare else None
        if stem.startswith("ال") and stem[2:] in table:
            h = table[stem[2:]]
            return (h, True, pre) if h.definite or h.genitive else None
    return None


def _banner_taken(tokens: list[Token], i: int) -> bool:
    """The head at token i is "a banner" raised or carried (data/ner/banner_words.txt before
    it: تحت لواء، وحمل لواء)."""
    return i > 0 and tokens[i - 1].norm in word_list("banner_words.txt")


def is_head(norm: str) -> bool:
    """Is the word a head noun (`head_of`)? A WordScan's test."""
    return head_of(norm) is not None


def _definite(norm: str) -> bool:
    return norm.startswith("ال") and len(norm) > 4


def _adjective(norm: str, kb: KB) -> bool:
    """A definite relational adjective or elative: الدولي، الجوية، الأعلى، الكردية."""
    if not _definite(norm) or norm in stops() or norm in word_list("trailing.txt"):
        return False
    return norm.endswith(_ADJ_ENDINGS) or _nationality(norm, kb) \
        or norm in word_list("head_adjectives.txt")


def _plain(norm: str) -> bool:
    """A content word that may stand in a name: no stopword, no conjunction before it,
    not a number."""
    return (len(norm) >= 3 and norm not in stops() and not norm.startswith("و")
            and not any(c.isdigit() for c in norm))


def _known_name(kb: KB, text: str, tokens: list[Token], j: int,
                start: int | None = None) -> tuple[int, bool]:
    """(token index after a known (KB) name starting at token j (at offset `start`, after
    the word's proclitics, if given), whether it is a place), else (j, False)."""
    start = tokens[j].start if start is None else start
    for m in kb.matcher.candidates(text, tokens, j):
        if m.start == start and m.end == tokens[m.last - 1].end \
                and not kb.is_common(m.payload.key) and not kb.is_unit_form(m.payload.key):
            entries = kb.by_key(m.payload.key)
            return m.last, bool(entries) and entries[0].is_place
    return j, False


def _construct(norm: str, k: int) -> bool:
    """An indefinite noun that still needs its genitive: محافظة، مكافحة، قيادة، أمن. The
    first may be any word that does not look like an imperfect verb (يغلب); a second one
    must end in taa marbuta or be a head or cue word (شمال)."""
    if norm[:1] in ("ب", "ل", "ك") and head_of(norm) is not None:
        return False  # بمديرية: a preposition opens a new phrase
    if norm.endswith("ه") or norm in heads() or cues().get(norm) in ("LOC", "ORG"):
        return True
    return k == 0 and norm[:1] not in ("ي", "ت", "ن")


def _nationality(norm: str, kb: KB) -> bool:
    return is_nationality(norm) or kb.nationality(norm) is not None


def _describes(norm: str, kb: KB) -> bool:
    """An adjective after a definite head that describes it (المجلس المحلي، اللجنة السورية،
    الهيئة العامة)."""
    return norm in generic() or _nationality(norm, kb) or norm in word_list("head_adjectives.txt")


def _genitive(norm: str, kb: KB) -> bool:
    """لل + a definite noun: للتنمية، للإغاثة (the alif of ال elided)."""
    return norm.startswith("لل") and len(norm) > 4 and "ال" + norm[2:] not in stops()


def _adjectives(tokens: list[Token], j: int, kb: KB) -> int:
    """Token index after the adjectives (at most three) from token j."""
    n = 0
    while j < len(tokens) and n < _MAX_ADJECTIVES and _adjective(tokens[j].norm, kb):
        j, n = j + 1, n + 1
    return j


def _tail(tokens: list[Token], j: int, kb: KB, construct: bool = False) -> int:
    """Token index after the adjectives and an optional لل-genitive from token j.

    `construct`: after an adjective the genitive may also be ل + a construct chain
    (`_construct_genitive`: اللجنة الوطنية لحقوق الإنسان; «قرار المحكمة لتحديد الخطوة» is
    what the decision is for)."""
    first, j = j, _adjectives(tokens, j, kb)
    if j < len(tokens) and _genitive(tokens[j].norm, kb):
        return _coordinated(tokens, _adjectives(tokens, j + 1, kb), kb)
    if construct and j > first and (after := _construct_genitive(tokens, j)) > j:
        return _adjectives(tokens, after, kb)
    return j


def _named_for(tokens: list[Token], j: int, adj: int, end: int, kb: KB) -> bool:
    """The adjectives tokens[j:adj] hold a nationality or a head_adjectives.txt word and a
    genitive follows them (adj < end): what a `gen` head's definite form needs to name a body
    (الشركة العامة للكهرباء، الحملة الوطنية السعودية لنصرة الأشقاء; الشركة الأمنية is any)."""
    return end > adj and any(
        _nationality(t.norm, kb) or t.norm in word_list("head_adjectives.txt")
        for t in tokens[j:adj])


def _coordinated(tokens: list[Token], j: int, kb: KB) -> int:
    """Token index after a second definite noun joined by و to a لل-genitive, with its
    adjectives, from token j (للعلاقات والإعلام، للثقافة والتراث، للأسماك والحياة البرية):
    what the body is for, in two nouns. Not a head noun or an area noun (والشركة العامة
    للمياه، والحكومة اليمنية: another body, state_heads.txt too), a nationality or an
    everyday word of head_stops.txt."""
    if j >= len(tokens) or not tokens[j].norm.startswith("وال"):
        return j
    word = tokens[j].norm[1:]
    if not _definite(word) or not _plain(word) or word in stops() or _nationality(word, kb) \
            or head_of(word) is not None or head_of(word[2:]) is not None \
            or _state_head(word) is not None or _area_noun(word[2:]) \
            or word in word_list("trailing.txt"):
        return j
    return _adjectives(tokens, j + 1, kb)


_MAX_PORTFOLIOS = 2


def _portfolios(kb: KB, text: str, tokens: list[Token], j: int) -> int:
    """Token index after the fields joined by و to a `coord` head's complement, from token j
    (at most two, each a definite noun or a construct chain closed by one, with its
    adjectives): وزارة الصحة العامة والسكان، وزارة الخارجية والتعاون الدولي، وزارة العدل
    وحقوق الإنسان، وزارة الشؤون البلدية والقروية. A conjunct that is a body of its own ends the
    name before its و: a head, state head or area noun (والأجهزة الأمنية، والجيش
    الإسرائيلي), a nationality, a known name (والهلال الأحمر، والدفاع المدني), a stopword."""
    for _ in range(_MAX_PORTFOLIOS):
        if j >= len(tokens) or not tokens[j].norm.startswith("و"):
            return j
        word = tokens[j].norm[1:]
        if not _plain(word) or _nationality(word, kb) or head_of(word) is not None \
                or _state_head(word) is not None or _area_noun(word) \
                or (_definite(word) and (head_of(word[2:]) is not None
                                         or _area_noun(word[2:]))) \
                or word in word_list("trailing.txt") \
                or _known_name(kb, text, tokens, j, _skip(text, tokens[j], 1))[0] > j:
            return j
        if word.startswith("ال") and len(word) > 3:  # والري: a short noun is one too
            after = j + 1
        elif j + 1 < len(tokens) and _definite(tokens[j + 1].norm) \
                and _plain(tokens[j + 1].norm) and not word.endswith(_POSSESSIVE) \
                and word[:1] not in ("ي", "ت", "ن") and _state_head(tokens[j + 1].norm) is None:
            after = j + 2  # وحقوق الإنسان: a construct chain
        else:
            return j
        j = _adjectives(tokens, after, kb)
    return j


def _holders_bureau(norm: str) -> bool:
    """The complement's first word (its article cut) is a holder's noun (holder_nouns.txt:
    الوزير، محافظ، زعيم) or another head noun (الرئاسة، الحملة): the bureau is his or its."""
    bare = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    return bare in word_list("holder_nouns.txt") or bare in heads()


def _described_body(tokens: list[Token], j: int, end: int, kb: KB) -> bool:
    """tokens[j:end], the words after the first of a `described` head's complement, hold a
    second field joined by و or a relational adjective that is no nationality: what makes
    دائرة الأوقاف الإسلامية a department and دائرة العمليات الإسرائيلية a figure of speech."""
    return any(t.norm.startswith("و") or (_adjective(t.norm, kb) and not _nationality(t.norm, kb))
               for t in tokens[j:end])


def _field_pair(kb: KB, text: str, tokens: list[Token], j: int) -> int:
    """Token index after a `fields` head's complement from token j, two fields joined by و:
    one definite word that is no area noun, place or other known name, with its adjectives,
    then a second field (`_portfolios`); else j (مركز المدينة، مركز الشرطة المحلية: a
    place, no body)."""
    after, kind = _complement(kb, text, tokens, j)
    if kind != "word" or _area_noun(tokens[j].norm[2:]):
        return j
    adjectives = _adjectives(tokens, after, kb)
    end = _portfolios(kb, text, tokens, adjectives)
    return end if end > adjectives else j


def _owner(norm: str) -> bool:
    """لل + a head or area noun: the body the described one belongs to (الصندوق العام
    للوكالة is the agency's general fund), not what it is for."""
    return norm.startswith("لل") and (norm[2:] in heads() or _area_noun(norm[2:]))


def _construct_genitive(tokens: list[Token], j: int) -> int:
    """Token index after ل + an indefinite noun (and up to two more joined by و) + the
    definite noun that closes the chain, from token j: لحقوق الإنسان، لنصرة الأشقاء،
    لإغاثة وإيواء النازحين; else j. A ل before a verb (ليتم، لنقل) or a head noun (لوزارة:
    another body) opens no genitive."""
    norm = tokens[j].norm if j < len(tokens) else ""
    if not norm.startswith("ل") or norm.startswith("لل") or not _plain(norm[1:]) \
            or norm[1:2] in ("ي", "ن") or _definite(norm[1:]) or head_of(norm) is not None \
            or norm.endswith(_POSSESSIVE):
        return j  # لعملها الدرامي: a noun with a pronoun takes no genitive
    k = j + 1
    while k < min(len(tokens), j + 4) and tokens[k].norm.startswith("و") \
            and _plain(tokens[k].norm[1:]) and not _definite(tokens[k].norm[1:]):
        k += 1  # لإغاثة وإيواء: one chain of two nouns
    if k < len(tokens) and _definite(tokens[k].norm) and _plain(tokens[k].norm):
        return k + 1
    return j


def skip_letters(text: str, tok: Token, letters: int) -> int:
    """Char offset in `tok` after its first `letters` normalized letters (a proclitic)."""
    return _skip(text, tok, letters)


def _complement(kb: KB, text: str, tokens: list[Token], j: int,
                nisba: bool = True) -> tuple[int, str]:
    """(token index after an indefinite head's complement starting at token j, what it is:
    `place` (a known place name alone), `known` (another known name), `word` (one definite
    word), `chain` (construct nouns before it)), else (j, "").

    `nisba` False: a word ending in ي is an adjective, no construct noun (مؤتمر صحفي)."""
    k = j
    for n in range(_MAX_CONSTRUCT + 1):
        if k >= len(tokens):
            break
        norm = tokens[k].norm
        after, place = _known_name(kb, text, tokens, k)
        if after > k:
            return after, ("place" if place else "known") if k == j else "chain"
        if not _plain(norm) or norm.startswith("لل") or (
                _nationality(norm, kb) and not (k == j and _definite(norm))):
            # محكمة بلجيكية: an indefinite adjective; باب للمسلحين: a preposition. A definite
            # nationality right after the indefinite head is its genitive, no adjective (an
            # adjective agrees with its noun): باب المغاربة، حي الأكراد
            break
        if _definite(norm):
            return k + 1, "chain" if k > j else "word"
        if n == _MAX_CONSTRUCT or not _construct(norm, n) or (
                not nisba and norm.endswith("ي")):
            break
        k += 1  # a construct noun (محافظة، مكافحة): its genitive follows
    return j, ""


def head_phrases(kb: KB, text: str, tokens: list[Token],
                 at: Iterable[int] | None = None,
                 lookup: Callable[[str], tuple[Head, bool, int] | None] = head_of,
                 ) -> list[Phrase]:
    """The head-noun names in `tokens` (the document's tokens: a bracket, a quote or any
    punctuation ends a name).

    `at`: the positions to try, ascending (default all); a position left out must be one
    where `lookup` is None (see text/scan.py). `lookup`: which words are heads (default
    heads.tsv's; the facilities read after the events pass their own)."""
    out: list[Phrase] = []
    i = 0
    for k in range(len(tokens)) if at is None else at:
        if k < i:
            continue  # inside the phrase found last
        i = k
        found = lookup(tokens[i].norm)
        if found is None:
            i += 1
            continue
        head, definite, pre = found
        if head.banner and (_banner_taken(tokens, i) or tokens[i].norm.startswith("لل")):
            i += 1  # تحت لواء التنظيمات الجهادية; للواء: as often ل + اللواء, the brigade
            continue
        start = _skip(text, tokens[i], pre)
        if head.fields and not definite:
            end = _field_pair(kb, text, tokens, i + 1)
            if end > i + 1:
                out.append(Phrase(i, end, start, tokens[end - 1].end, head.type))
                i = end
            else:
                i += 1
            continue
        known, place = _known_name(kb, text, tokens, i, start)
        if head.banner and known > i + 1 and place:
            i += 1  # لواء اليرموك، لواء الإسكندرون: a brigade or a district, the tagger's
            continue
        if known > i + 1:  # مجلس النواب، وحزب الله: a known name, whole and no more
            if head.coordinated:  # but a ministry's other fields: وزارة السياحة والآثار
                known = _portfolios(kb, text, tokens, known)
            out.append(Phrase(i, known, start, tokens[known - 1].end,
                              "LOC" if place else "MISC" if head.type == "MISC" else "ORG"))
            i = known
            continue
        if definite:
            j = i + 1
            end = _tail(tokens, j, kb, construct=True)
            # a descriptive adjective (المجلس المحلي، اللجنة السورية) is any body of the
            # kind; after a nationality or a head_adjectives.txt word a genitive names what
            # the body is for (الصندوق السعودي للتنمية، اللجنة العليا لإغاثة النازحين), not
            # after a generic one (اللجنة الأمنية لتفقد الأوضاع: what it went to do) nor
            # when it names an owner (الصندوق العام للوكالة)
            adj = _adjectives(tokens, j, kb)
            if end == j or (_describes(tokens[j].norm, kb) and (
                    end == adj or tokens[j].norm in generic() or _owner(tokens[adj].norm))) or (
                    not head.definite and not _named_for(tokens, j, adj, end, kb)):
                i += 1
                continue
            kind = "adjective"
        else:
            j, kind = _complement(kb, text, tokens, i + 1, head.type != "MISC")
            end = (_tail(tokens, j, kb) if head.genitive_after else _adjectives(tokens, j, kb)) \
                if kind else j
            if head.coordinated and kind in ("word", "chain") and end == _adjectives(tokens, j, kb):
                end = _portfolios(kb, text, tokens, end)  # no لل-genitive read: وزارة الصحة والسكان
            if head.field and _holders_bureau(tokens[i + 1].norm):
                i += 1  # مكتب الوزير، مكتب الرئاسة: a holder's or a body's bureau
                continue
            if head.described and not _described_body(tokens, i + 2, end, kb):
                i += 1  # دائرة العنف: a figure of speech
                continue
            if not kind or (head.named and kind != "place" and end == j
                            and not _adjective(tokens[j - 1].norm, kb)):
                i += 1  # قاعدة الحوار: a rule, not a base
                continue
            if head.named and kind == "known":
                i += 1  # قاعدة حزب الله الشعبية: a party's base of support
                continue
            if head.place and (kind != "place" or _area_noun(tokens[i + 1].norm)):
                i += 1  # قمة الزخم الثوري: a peak; قمة جبل صبر: a mountain's
                continue
            if kind == "place" and "/" in head.type:
                i += 1  # مديرية همدان: the district is its place name's entity
                continue
            if head.banner and (kind in ("place", "known")
                                or cues().get(tokens[end - 1].norm) == "PER"):
                # لواء اليرموك: the tagger's; «لواء أحرار الشام» is as often the group the KB
                # names; لواء السلطان مراد: a title, a person's name after it
                i += 1
                continue
        typ = head.type
        if "/" in typ:  # (before a known place, above) else مديرية الصحة، مديرية أمن سيناء
            typ = typ.split("/")[1]
        out.append(Phrase(i, end, start, tokens[end - 1].end, typ))
        i = end
    return out


def place_after_head(kb: KB, text: str, tokens: list[Token], first: int,
                     last: int) -> tuple[int, int] | None:
    """(start, end) of the known place that follows a `LOC/ORG` head opening tokens
    first..last-1 and fills the rest of them (جبهة سناح، مديرية همدان: the front or
    district is its place name's entity), else None."""
    if last - first < 2:
        return None
    found = head_of(tokens[first].norm)
    if found is None or found[1] or "/" not in found[0].type:
        return None
    after, place = _known_name(kb, text, tokens, first + 1)
    if after != last or not place:
        return None
    return tokens[first + 1].start, tokens[last - 1].end


@once
def _area_nouns() -> frozenset[str]:
    """The area nouns of data/ner/area_heads.txt (first column), normalized."""
    return frozenset(normalize(ln.split("\t")[0].strip()) for ln in _data_lines("area_heads.txt"))


def _area_noun(norm: str) -> bool:
    """An area or terrain noun, a proclitic allowed (جبل، بجبل، مدينة)."""
    return any(norm.startswith(lead) and norm[len(lead):] in _area_nouns() for lead in _LEADS)


def named_after(text: str, tokens: list[Token], k: int, etype: str,
                linked: bool) -> tuple[int, str] | None:
    """(the head's start offset, the name's type) when the indefinite head noun at token k
    names the name found right after it (an opening quote may stand between), else None.

    A person (unlinked: a KB person is the person) after any head names the place, unit
    or body (معسكر عبود، كتيبة الحسين، كتيبة «سلمان الحزم»، ميناء جيهان); a place or body
    after an agreement or summit head (`MISC`) names the agreement (اتفاقية القاهرة، قمة
    بيروت، ميثاق الأمم المتحدة). A head before a known place name (`LOC/ORG`: مديرية همدان)
    and a `named` head (قاعدة، اتفاق) are left out; so is a `field` head before a person
    (مكتب أردوغان: his bureau, the man is the name)."""
    found = head_of(tokens[k].norm)
    if found is None or found[1]:
        return None
    head, _, pre = found
    name = k + 2 if tokens[k + 1].norm in _QUOTES_OPEN else k + 1
    if "/" in head.type or head.named or head.banner or (head.field and etype == "PER") or (
            head.place and (etype != "LOC" or _area_noun(tokens[name].norm))):
        return None
    if head.type == "MISC" and etype in ("LOC", "ORG") or (
            head.type != "MISC" and etype == "PER" and not linked):
        return _skip(text, tokens[k], pre), head.type
    return None


def heads_before(tokens: list[Token], at: Iterable[int]) -> dict[int, int]:
    """Start offset of the word right after each head noun at positions `at` (after an
    opening quote, if one follows the head) -> the head's token index."""
    out: dict[int, int] = {}
    for i in at:
        j = i + 1
        if j < len(tokens) and tokens[j].norm in _QUOTES_OPEN:
            j += 1
        if j < len(tokens):
            out[tokens[j].start] = i
    return out


def _skip(text: str, tok: Token, letters: int) -> int:
    """Char offset in `tok` after its first `letters` normalized letters."""
    if not letters:
        return tok.start
    _, index = normalize_with_map(text[tok.start:tok.end])
    return tok.start + (index[letters] if letters < len(index) else 0)


@once
def state_heads() -> frozenset[str]:
    """Heads of a state's bodies named by nationality (data/ner/state_heads.txt)."""
    return word_list("state_heads.txt")


_MAX_BETWEEN = 2
_MAX_BODY = 6


@lru_cache(maxsize=1 << 18)  # every token of every document (25k words in the demo)
def _state_head(norm: str) -> tuple[str, int] | None:
    """(the head, proclitic letters) if the word is a state body's head (للقوات: ل + القوات),
    else None."""
    table = state_heads()
    for lead in ("", "و", "ب", "ل", "وب", "ول", "ف"):
        if norm.startswith(lead) and norm[len(lead):] in table:
            return norm[len(lead):], len(lead)
    if norm.startswith("لل") and "ال" + norm[2:] in table:
        return "ال" + norm[2:], 0  # للقوات: the article's alif elided, the word kept whole
    return None


def is_state_head(norm: str) -> bool:
    """Is the word a state body's head (`national_bodies`)? A WordScan's test."""
    return _state_head(norm) is not None


def national_bodies(kb: KB, text: str, tokens: list[Token],
                    at: Iterable[int] | None = None) -> list[Phrase]:
    """A state's bodies named by a nationality adjective (data/ner/state_heads.txt):

        state-head word{0,2} definite-nationality

    القوات النيجيرية، للبحرية الإيرلندية، قوات الأمن الأفغانية، سلطات الجمارك اليونانية،
    قوات خفر السواحل الإيطالية. An indefinite head (قوات، سلطات) needs a word between (its
    genitive): قوات كردية is a description. The words between are plain words (no
    preposition, number, conjunction or stopword), so the adjective qualifies the head's
    phrase and nothing after it.

    `at`: the positions to try, ascending (default all); a position left out must be one
    where `is_state_head` is false (see text/scan.py)."""
    out: list[Phrase] = []
    i = 0
    for k in range(len(tokens)) if at is None else at:
        if k < i:
            continue  # inside the phrase found last
        i = k
        found = _state_head(tokens[i].norm)
        if found is None:
            i += 1
            continue
        head, pre = found
        end = 0
        for j in range(i + 1, min(len(tokens), i + 2 + _MAX_BETWEEN)):
            norm = tokens[j].norm
            if norm.startswith("ال") and _nationality(norm, kb):
                end = j + 1 if (head.startswith("ال") or j > i + 1) else 0
                break
            if not _plain(norm) or norm.startswith("لل") or _state_head(norm) is not None \
                    or (tokens[j - 1].norm.startswith("ال") and not norm.startswith("ال")):
                break  # a preposition, another head, or no genitive (المقاومة أسرت)
        if end:
            while end < len(tokens) and end - i < _MAX_BODY and (
                    _adjective(tokens[end].norm, kb)
                    or tokens[end].norm in word_list("state_adjectives.txt")):
                end += 1  # المعارضة السورية المسلحة
            out.append(Phrase(i, end, _skip(text, tokens[i], pre), tokens[end - 1].end, "ORG"))
            i = end
        else:
            i += 1
    return out


@once
def _units() -> dict[str, bool]:
    """Normalized unit noun -> whether an ordinal names it only after العسكرية
    (data/ner/unit_heads.txt)."""
    out = {}
    for ln in _data_lines("unit_heads.txt"):
        cols = ln.split("\t")
        if cols[-1].strip() != "lead":
            out[normalize(cols[0].strip())] = len(cols) > 1 and cols[1].strip() == "military"
    return out


def _unit_lead(norm: str) -> int | None:
    """Proclitic letters if the word is a noun that heads a unit's name before it (قيادة،
    وقيادة: `lead` in data/ner/unit_heads.txt), else None."""
    for lead in _LEADS:
        if norm.startswith(lead) and norm[len(lead):] in _unit_leads():
            return len(lead)
    return None


@once
def _unit_leads() -> frozenset[str]:
    return frozenset(normalize(ln.split("\t")[0].strip()) for ln in _data_lines("unit_heads.txt")
                     if ln.split("\t")[-1].strip() == "lead")


@once
def _unit_endings() -> tuple[str, ...]:
    return tuple(_units())


@lru_cache(maxsize=1 << 18)  # every token of every document
def _unit_noun(norm: str) -> tuple[bool, int] | None:
    """(needs العسكرية before an ordinal, proclitic letters) if the word is a unit noun
    (لواء، اللواء، للواء، بالفرقة), else None."""
    table = _units()
    if not norm.endswith(_unit_endings()):
        return None  # the cheap test first: every form ends with its noun
    for lead in _LEADS:
        if not norm.startswith(lead):
            continue
        stem = norm[len(lead):]
        for form in (stem, stem[2:] if stem.startswith("ال") else "",
                     stem[1:] if lead.endswith("ل") and stem.startswith("ل") else ""):
            if form in table:  # لواء، اللواء، للفرقة (ل + الفرقة, the alif elided)
                return table[form], len(lead)
    return None


_MILITARY = frozenset({"العسكريه", "العسكري"})


def is_unit_noun(norm: str) -> bool:
    """Is the word a military unit noun (`numbered_units`)? A WordScan's test."""
    # the ending first, before the cache: most words end in no unit noun
    return norm.endswith(_unit_endings()) and _unit_noun(norm) is not None


def numbered_units(text: str, tokens: list[Token],
                   at: Iterable[int] | None = None) -> list[Phrase]:
    """Military units named by a number or a rank (data/ner/unit_heads.txt, ordinals.txt):

        unit-noun [العسكرية] (number | ordinal)

    اللواء 135، للواء 15، الكتيبة 80، بالفرقة 30، الفرقة الثامنة، المنطقة العسكرية الثانية.
    A number names any unit noun; a rank names منطقة only after العسكرية (المنطقة الأولى
    alone is any first area). The phrase is an ORG from the noun (its proclitic cut) to the
    number or rank.

    `at`: the positions to try, ascending (default all); a position left out must be one
    where `is_unit_noun` is false (see text/scan.py)."""
    ordinals = word_list("ordinals.txt")
    out: list[Phrase] = []
    for i in range(len(tokens)) if at is None else at:
        if i + 1 >= len(tokens):
            break
        tok = tokens[i]
        found = _unit_noun(tok.norm)
        if found is None:
            continue
        military, pre = found
        j = i + 1
        said = tokens[j].norm in _MILITARY
        if said and j + 1 < len(tokens):
            j += 1
        nxt = tokens[j].norm
        if nxt.isdigit() or (nxt in ordinals and (said or not military)):
            first = i
            if i > 0 and pre == 0 and tok.norm.startswith("ال") and \
                    _unit_lead(tokens[i - 1].norm) is not None:
                first = i - 1  # قيادة الفرقة الثامنة: the unit's command
            lead = pre if first == i else _unit_lead(tokens[first].norm) or 0
            out.append(Phrase(first, j + 1, _skip(text, tokens[first], lead),
                              tokens[j].end, "ORG"))
    return out


_QUOTES_OPEN = frozenset({'"', "("})
_QUOTES_CLOSE = frozenset({'"', ")"})
_MAX_QUOTED = 4


def quoted_after_head(tokens: list[Token], at: Iterable[int] | None = None,
                      lookup: Callable[[str], tuple[Head, bool, int] | None] = head_of,
                      ) -> list[Phrase]:
    """A quoted or bracketed name right after an indefinite head noun is a name of the
    head's type: مطار «تمناع»، مديرية «كتاف» (a place before a known place is a place, so
    LOC/ORG reads LOC here), معسكر "العند". Quotes are '"' once normalized.

    `at`: the positions to try, ascending (default all); a position left out must be one
    where `lookup` is None (see text/scan.py); `lookup` as in `head_phrases`."""
    out: list[Phrase] = []
    for i in range(len(tokens) - 2) if at is None else at:
        if i >= len(tokens) - 2:
            break
        found = lookup(tokens[i].norm)
        if found is None or found[1] or not found[0].quoted \
                or tokens[i + 1].norm not in _QUOTES_OPEN:
            continue
        for k in range(i + 3, min(len(tokens), i + 3 + _MAX_QUOTED)):
            if tokens[k].norm in _QUOTES_CLOSE:
                if all(t.norm.isalpha() for t in tokens[i + 2:k]):
                    out.append(Phrase(i + 2, k, tokens[i + 2].start, tokens[k - 1].end,
                                      found[0].type.split("/")[0]))
                break
    return out


@once
def _force_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """(task force heads, adjectives of kind as word tuples) of data/ner/task_forces.tsv."""
    heads_, adjectives = set(), []
    for ln in _data_lines("task_forces.tsv"):
        word, kind = (c.strip() for c in ln.split("\t")[:2])
        if kind == "head":
            heads_.add(normalize(word))
        else:
            adjectives.append(tuple(normalize(w) for w in word.split()))
    return frozenset(heads_), tuple(sorted(adjectives, key=len, reverse=True))


def _force_head(norm: str) -> int | None:
    """Proclitic letters if the word is an indefinite task force head (قوة، وقوات، لقوة)."""
    heads_ = _force_words()[0]
    if not norm.endswith(tuple(heads_)):
        return None  # the cheap test first
    for lead in _LEADS:
        if norm.startswith(lead) and norm[len(lead):] in heads_:
            return len(lead)
    return None


def _kind_adjective(tokens: list[Token], j: int) -> int:
    """Token index after an adjective of kind (task_forces.tsv `adj`) at token j, else j."""
    for words in _force_words()[1]:
        if tuple(t.norm for t in tokens[j:j + len(words)]) == words:
            return j + len(words)
    return j


def task_forces(kb: KB, text: str, tokens: list[Token]) -> list[Phrase]:
    """Task forces named by what they do and an adjective of kind (data/ner/task_forces.tsv):

        (قوة | قوات) definite-noun kind-adjective (kind-adjective | adjective)*

    قوة المهام المشتركة، قوات الطوارئ الخاصة، قوة التدخل المشتركة المتعددة الجنسيات. The noun is
    no adjective (القوات الأمنية المشتركة, with the article, is any joint force; قوات العراقية
    none), nationality, head or known name (قوات التحالف المشتركة: the coalition's, which the
    KB reads); «الخاصة بنا» ("belonging to us") ends no name. ORG, its proclitic cut."""
    out: list[Phrase] = []
    i = 0
    while i < len(tokens) - 2:
        pre = _force_head(tokens[i].norm)
        if pre is None:
            i += 1
            continue
        j = i + 1
        noun = tokens[j].norm
        written = text[tokens[j].start:tokens[j].end]  # الطوارئ: its ئ folds to ي
        if not _definite(noun) or not _plain(noun) \
                or (noun.endswith(_ADJ_ENDINGS) and not written.endswith("ئ")) \
                or _nationality(noun, kb) or _state_head(noun) is not None \
                or head_of(noun) is not None or head_of(noun[2:]) is not None \
                or _known_name(kb, text, tokens, i, _skip(text, tokens[i], pre))[0] > i \
                or _known_name(kb, text, tokens, j)[0] > j:
            i += 1
            continue
        end = _kind_adjective(tokens, j + 1)
        if end == j + 1:
            i += 1
            continue
        for _ in range(_MAX_ADJECTIVES):
            nxt = _kind_adjective(tokens, end)
            if nxt == end and end < len(tokens) and _adjective(tokens[end].norm, kb):
                nxt = end + 1
            if nxt == end:
                break
            end = nxt
        if end < len(tokens) and tokens[end - 1].norm in ("الخاصه", "الخاص") \
                and tokens[end].norm.startswith("ب") and not _area_noun(tokens[end].norm):
            i += 1  # قوة العمل الخاصة بنا: "belonging to"
            continue
        out.append(Phrase(i, end, _skip(text, tokens[i], pre), tokens[end - 1].end, "ORG"))
        i = end
    return out
