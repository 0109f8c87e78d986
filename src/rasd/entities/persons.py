"""Person names that a word around them announces (data/ner/naming_words.txt,
data/ner/compound_names.txt).

- After a naming word (يدعى، يدعيان، المدعو، الملقب) the next plain words, up to three, are a
  person's name; after a dual or plural one, so are the names listed with و:
  قياديان يدعيان، بلال ومعراج الدين.
- A compound given name (سراج الدين، سيف الإسلام، ذبيح الله) names a person wherever it stands;
  a tagger reads its second word as a common noun (الإسلام as a religion).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Token
from rasd.entities.features import (
    _core,
    _data_lines,
    given_names,
    is_given_name,
    is_nationality,
    lexicon,
    norm_word,
    word_list,
)
from rasd.entities.heads import is_unit_noun, stops
from rasd.entities.kb import OPENING_QUOTES
from rasd.once import once
from rasd.text.scan import token_starts

_MAX_WORDS = 3
_MAX_LISTED = 4
_PLURAL_ENDINGS = ("ان", "ون", "ين", "وين", "ات")


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int


@once
def compounds() -> frozenset[tuple[str, str]]:
    """Compound given names as (first word, second word), normalized."""
    out = set()
    for ln in _data_lines("compound_names.txt"):
        words = [norm_word(w) for w in ln.split()]
        if len(words) == 2:
            out.add((words[0], words[1]))
    return frozenset(out)


@once
def _second_words() -> frozenset[str]:
    """The second words of the compound given names (الدين، الإسلام)."""
    return frozenset(second for _, second in compounds())


def _plain(norm: str) -> bool:
    """A word that may be part of a name: a given name (علي, though على folds to it), else
    no stopword."""
    return len(norm) >= 2 and norm.isalpha() and (norm not in stops() or is_given_name(norm))


def _words(tokens: list[Token], j: int) -> int:
    """Token index after a name of up to three plain words from token j; a later word
    with و, or with ب/ل before a longer word (لوكالة، بنقل), is no part of it (بن is)."""
    k = j
    while k < len(tokens) and k - j < _MAX_WORDS and _plain(tokens[k].norm) and (
            k == j or not (tokens[k].norm.startswith("و") or (
                tokens[k].norm[:1] in ("ب", "ل") and len(tokens[k].norm) > 3))):
        k += 1
    return k


@once
def naming_words() -> dict[str, bool]:
    """Normalized naming word -> whether a given name must follow (data/ner/naming_words.txt)."""
    out = {}
    for ln in _data_lines("naming_words.txt"):
        cols = ln.split("\t")
        out[norm_word(cols[0].strip())] = len(cols) > 1 and cols[1].strip() == "given"
    out.update(dict.fromkeys(ranks(), True))
    return out


@once
def ranks() -> frozenset[str]:
    """Military and police ranks, trade titles and kinship nouns (data/ner/naming_words.txt,
    `rank`, `title`, `kin`): a name after them opens with a given name and ends before a
    word the ANERcorp train split uses mostly outside names (العقيد علي عامر رئيس عمليات
    اللواء: علي عامر; نجله يعقوب البالغ 26 عاما: يعقوب)."""
    return frozenset(norm_word(ln.split("\t")[0].strip()) for ln in _data_lines(
        "naming_words.txt") if ln.split("\t")[-1].strip() in ("rank", "kin", "lead", "title"))


@once
def titles() -> frozenset[str]:
    """Trade and civil titles (naming_words.txt, `title`: الصحفي، المواطن، الكابتن): read as
    ranks, but a given name that is also a common word opens no name after them («المؤتمر
    الصحفي بان فيصل»: بأن, "that"), and the name's later words are given names, family names
    nisbas or a particle's word («المواطن خالد الماربي متعجبا»: no متعجبا)."""
    return frozenset(norm_word(ln.split("\t")[0].strip()) for ln in _data_lines(
        "naming_words.txt") if ln.split("\t")[-1].strip() == "title")


def _trade_name_end(tokens: list[Token], j: int, end: int) -> int:
    """The name after a trade title: its first word and the next, up to `end`, while each
    is name-like and a given name, a family nisba (a word with the article ending in ي:
    الصباحي; not «الناشط أبو محمد المتابع», "following"), or a name particle's word
    (الصحفي صدام أبو عاصم)."""
    particles = word_list("name_particles.txt")
    k = j + 1
    while k < end and _name_like(tokens[k].norm) and (
            is_given_name(tokens[k].norm) or tokens[k - 1].norm in particles
            or (tokens[k].norm.startswith("ال") and tokens[k].norm.endswith("ي"))):
        k += 1
    return k


@once
def kin_nouns() -> frozenset[str]:
    """Kinship nouns with a possessive pronoun and بقيادة (naming_words.txt, `kin`, `lead`:
    نجله، شقيقها): a given name that is also a common word opens no name after them."""
    return frozenset(norm_word(ln.split("\t")[0].strip()) for ln in _data_lines(
        "naming_words.txt") if ln.split("\t")[-1].strip() in ("kin", "lead"))


@once
def _prepositions() -> frozenset[str]:
    """The preposition على as written (data/ner/name_prepositions.txt): not normalized, since
    علي, the given name, folds to the same word."""
    return frozenset(ln.strip() for ln in _data_lines("name_prepositions.txt"))


def _rank_name_end(text: str, tokens: list[Token], j: int, end: int) -> int:
    """The name after a rank: its given name and the next words, up to `end`, while each
    is name-like; not the preposition على, written with its ى («العميد مشبب القحطاني على
    كل اليمنيين»; علي, the given name, folds to the same word)."""
    k = j + 1
    while k < end and _name_like(tokens[k].norm) \
            and text[tokens[k].start:tokens[k].end] not in _prepositions():
        k += 1
    return k


def _ranked_surname(cue: str, tokens: list[Token], j: int, end: int) -> bool:
    """After a military or police rank, a first name no list holds (مشبب، جمعان، فضل)
    opens the name when the word after it is a given name or a family name (a definite
    nisba that is no nationality): «العميد ركن فضل حسن»، «اللواء جمعان أحمد الغامدي»،
    «العميد مشبب القحطاني». A first name the ANERcorp train split uses mostly outside names
    (فضل "favour") needs the given name after it; none with the article or و, a proclitic
    ل or a feminine ending (المقدم لمقاتلي العشائر، الرائد صناعة الأسلحة)."""
    if cue not in ranks() or cue in kin_nouns() or end - j < 2:
        return False
    first, second = tokens[j].norm, tokens[j + 1].norm
    if len(first) < 3 or not first.isalpha() or first.startswith(("ال", "و", "لل")) \
            or first.endswith("ه") or first in stops() or is_nationality(first):
        return False
    if is_given_name(second) and second not in word_list("given_name_homographs.txt"):
        return True
    return _name_like(first) and _name_like(second) and second.startswith("ال") \
        and second.endswith("ي") and len(second) > 5 and not is_nationality(second)


def named_after_cue(text: str, tokens: list[Token]) -> list[Name]:
    """Names after a naming word (يدعى بلال، المدعو حسن)."""
    cues = naming_words()
    out: list[Name] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in cues:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].norm in (",", ":", *OPENING_QUOTES):
            j += 1
        if j > i + 1 and is_unit_noun(tok.norm):
            continue  # للواء «سلطان محمد مراد»: a brigade named after a person
        if tok.norm in ranks():
            while j < len(tokens) and tokens[j].norm in word_list("rank_qualifiers.txt"):
                j += 1  # العميد ركن فضل حسن
        end = _words(tokens, j)
        if end == j or text[tokens[j].start:tokens[j].end] in _prepositions() or (
                cues[tok.norm] and not is_given_name(tokens[j].norm)
                and not _ranked_surname(tok.norm, tokens, j, end)) or (
                (tok.norm in kin_nouns() or tok.norm in titles())
                and tokens[j].norm in word_list("given_name_homographs.txt")):
            continue  # «حصل ابنه على»: the preposition, folded to علي
        if tok.norm in titles():
            end = _trade_name_end(tokens, j, end)
        elif tok.norm in ranks():
            end = _rank_name_end(text, tokens, j, end)
        out.append(Name(tokens[j].start, tokens[end - 1].end))
        if not tok.norm.endswith(_PLURAL_ENDINGS):
            continue
        for _ in range(_MAX_LISTED):
            if end >= len(tokens) or not tokens[end].norm.startswith("و") \
                    or not _plain(tokens[end].norm[1:]):
                break
            first = tokens[end]
            nxt = _words(tokens, end)
            cut = text.find("و", first.start, first.end) + 1
            out.append(Name(cut, tokens[nxt - 1].end))
            end = nxt
    return out


_TITLE_NAME_WORDS = 4
_TITLE_ADJECTIVES = 2


@once
def cleric_titles() -> dict[str, bool]:
    """Normalized cleric's title -> whether the title is part of the name that follows
    (data/ner/cleric_titles.txt, `in`: الملا عمر)."""
    out = {}
    for ln in _data_lines("cleric_titles.txt"):
        cols = ln.split("\t")
        out[norm_word(cols[0].strip())] = len(cols) > 1 and cols[1].strip() == "in"
    return out


def _relational(norm: str) -> bool:
    """A definite relational adjective (الماروني، السرياني): it qualifies the title."""
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4


def _title_name_end(tokens: list[Token], j: int) -> int:
    """Token index after the name that starts at token j after a cleric's title: up to four
    name-like words (`_name_like`: no word the ANERcorp train split uses mostly outside
    names), the first with no article and no و, a later one with no و and no nationality,
    and past two names (a name particle with its word, a compound given name: one) only given
    names: «الملا ذاكر قيوم المعتقل السابق» is ذاكر قيوم; «البطريرك الماروني بشارة الراعي»
    بشارة الراعي; «الحاخام مئير كاهانا مؤسس حركة كاخ» مئير كاهانا."""
    seconds = _second_words() | {"الله"}
    particles = word_list("name_particles.txt")
    k, names = j, 0
    while k < len(tokens) and k - j < _TITLE_NAME_WORDS and tokens[k].is_word:
        norm = tokens[k].norm
        if not _name_like(norm) or norm in _name_boundaries() or (
                k == j and norm.startswith(("ال", "و"))) or (
                k > j and (norm.startswith("و") or (
                    norm.startswith("ال") and is_nationality(norm)))):
            break
        if k == j or (tokens[k - 1].norm not in particles and norm not in seconds):
            names += 1
        if names > 2 and not is_given_name(norm):
            break
        k += 1
    return k


def named_after_title(text: str, tokens: list[Token]) -> list[Name]:
    """Persons named after a cleric's title (data/ner/cleric_titles.txt): «الملا ذاكر قيوم»،
    «المولوي أكبر أغا»، «البطريرك الماروني بشارة الراعي» (its adjectives skipped). The span
    holds a title marked `in` when no proclitic joins it (للملا أختر: أختر), else only the
    name. «الملا كبرى مدن حضرموت» (a misspelt city) names no one: كبرى is a word ANERcorp uses
    outside names."""
    titles = cleric_titles()
    out: list[Name] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in titles:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= _TITLE_ADJECTIVES and _relational(tokens[j].norm):
            j += 1
        end = _title_name_end(tokens, j)
        if end == j:
            continue
        whole = titles[tok.norm] and tok.norm.startswith("ال") and j == i + 1
        out.append(Name(tok.start if whole else tokens[j].start, tokens[end - 1].end))
    return out


@dataclass(frozen=True, slots=True)
class Repeat:
    start: int
    end: int
    host: int  # index of the person's span (in the caller's list) whose first name it is


def _first_name(tokens: list[Token]) -> str | None:
    """The first name of a person's span (its tokens), a cleric's title skipped, when the span
    holds at least two more words and the first is fit to stand alone: three letters or more,
    no article (المخلوع صالح: an epithet), no name particle (عبد، أبو) and no given name that
    is also a common word (علي for على), and a word the ANERcorp train split does not use
    mostly outside names."""
    words = [t.norm for t in tokens if t.is_word]
    while words and words[0] in cleric_titles():
        words = words[1:]
    if len(words) < 2:
        return None
    first = words[0]
    if len(first) < 3 or not first.isalpha() or first.startswith("ال") \
            or first in word_list("name_particles.txt") \
            or first in word_list("given_name_homographs.txt") or not _name_like(first):
        return None
    return first


def first_name_repeats(tokens: list[Token], persons: list[list[Token]],
                       spans: list[tuple[int, int]]) -> list[Repeat]:
    """A person's first name written alone after the full name (أختر after الملا أختر منصور:
    «وكان أختر مسؤولا عن أنشطة الحركة»). `persons`: each person span's tokens, in text order;
    `spans`: every entity's span, sorted. The word must be the first name of one person only
    (the same words, or the caller's one link, are one person: the caller passes one span per
    person key), stand after that person's first mention, touch no span, and have no given
    name or name particle beside it (محمد أختر، أبو أختر: another person's name)."""
    firsts: dict[str, list[int]] = {}
    for k, toks in enumerate(persons):
        first = _first_name(toks)
        if first is not None:
            firsts.setdefault(first, []).append(k)
    hosts = {f: ks[0] for f, ks in firsts.items() if len(ks) == 1}
    if not hosts:
        return []
    particles = word_list("name_particles.txt")
    out: list[Repeat] = []
    for i, tok in enumerate(tokens):
        k = hosts.get(tok.norm)
        if k is None or tok.start < persons[k][-1].end \
                or _touched(spans, frozenset(), tok.start, tok.end):
            continue
        before = tokens[i - 1].norm if i > 0 else ""
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if before in particles or is_given_name(before) or is_given_name(after) \
                or after in particles:
            continue
        out.append(Repeat(tok.start, tok.end, k))
    return out


def compound_names(text: str, tokens: list[Token]) -> list[Name]:
    """Compound given names (سراج الدين، سيف الإسلام), a و before them cut."""
    table, seconds = compounds(), _second_words()
    out = []
    # the cheap test first: a compound's second word (few words are one)
    for i in [k - 1 for k, t in enumerate(tokens) if k and t.norm in seconds]:
        first, second = tokens[i].norm, tokens[i + 1].norm
        cut = 0
        if (first, second) not in table and first.startswith("و") \
                and (first[1:], second) in table:
            cut = text.find("و", tokens[i].start, tokens[i].end) + 1 - tokens[i].start
        elif (first, second) not in table:
            continue
        out.append(Name(tokens[i].start + cut, tokens[i + 1].end))
    return out


_LIST_COMMAS = frozenset({"،", ","})
_LISTED_WORDS = (2, 3)


def _name_like(norm: str) -> bool:
    """A plain word the ANERcorp train split does not use mostly outside names (a given
    name always is one): وزير، الدفاع، قوات are not."""
    if not _plain(norm):
        return False
    if is_given_name(norm):
        return True
    seen, named = lexicon().get(_core(norm), (0, 0))
    return seen < 2 or 2 * named >= seen


def _conjuncts(tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """Token ranges between list commas and other punctuation (a full stop, colon or
    bracket ends a list), each with whether a list comma follows it."""
    out, first = [], 0
    for k, tok in enumerate(tokens + [Token(0, 0, ".", is_word=False)]):
        comma = tok.norm in _LIST_COMMAS
        if comma or not tok.is_word:
            if k > first:
                out.append((first, k, comma))
            first = k + 1
    return out


def _after_and(text: str, tok: Token) -> int:
    """Where a conjunct's name starts: after its و unless the word is a given name (وليد)."""
    if tok.norm.startswith("و") and not is_given_name(tok.norm):
        return text.find("و", tok.start, tok.end) + 1
    return tok.start


def listed_persons(text: str, tokens: list[Token], persons: list[tuple[int, int]],
                   others: list[tuple[int, int]]) -> list[Name]:
    """Untagged conjuncts «، وX Y» (a run of at most `_MAX_LISTED`) between two conjuncts
    that are people, commas between them all (`persons`: the people's spans found;
    `others`: every other entity's span). A conjunct is a person when it is at most four
    words and holds a person's span and no other entity."""
    starts = token_starts(tokens)
    marks = [0] * len(tokens)  # per token: 1 inside a person's span, 2 inside another's
    for mark, spans in ((1, persons), (2, others)):
        for s, e in spans:
            for k in range(max(0, bisect_right(starts, s) - 1), bisect_left(starts, e)):
                if tokens[k].end > s:
                    marks[k] |= mark

    def candidate(a: int, b: int, comma: bool) -> bool:
        first = tokens[a].norm
        if first.startswith("و") and not is_given_name(first):
            first = first[1:]
        return (comma and b - a in _LISTED_WORDS and not any(marks[a:b])
                and all(_name_like(w) for w in [first] + [t.norm for t in tokens[a + 1:b]]))

    parts = _conjuncts(tokens)
    person = [b - a <= 4 and {1} <= set(marks[a:b]) <= {0, 1} for a, b, _ in parts]
    out: list[Name] = []
    k = 1
    while k < len(parts) - 1:
        m = k
        while m < len(parts) - 1 and m - k < _MAX_LISTED and not person[m] \
                and candidate(*parts[m]):
            m += 1
        if m > k and person[k - 1] and parts[k - 1][2] and person[m]:
            out += [Name(_after_and(text, tokens[a]), tokens[b - 1].end) for a, b, _ in parts[k:m]]
        k = max(m, k + 1)
    return out


@once
def office_titles() -> dict[str, str]:
    """Normalized title -> the word joining it to its complement ('' when none: محافظ شبوة;
    باسم for المتحدث باسم), from data/ner/office_titles.txt."""
    out: dict[str, str] = {}
    for ln in _data_lines("office_titles.txt"):
        cols = ln.split("\t")
        out[norm_word(cols[0].strip())] = norm_word(cols[1].strip()) if len(cols) > 1 else ""
    return out


@once
def _name_boundaries() -> frozenset[str]:
    return frozenset(norm_word(ln.strip()) for ln in _data_lines("name_boundaries.txt"))


_CLOSING_MARKS = frozenset({"،", ",", ":", ".", "«", '"', "(", "؛"})
_OFFICE_NAME_WORDS = (2, 3)


def _office_before(tokens: list[Token], i: int) -> bool:
    """An office title stands before token i, with its joining word when it takes one
    (محافظ | شبوة، المتحدث باسم | مديرية): the complement starts at i."""
    titles = office_titles()
    if i >= 1 and titles.get(tokens[i - 1].norm) == "":
        return True
    return i >= 2 and bool(tokens[i - 1].norm) \
        and titles.get(tokens[i - 2].norm) == tokens[i - 1].norm


def _apposable(norm: str) -> bool:
    """A name-like word that is no preposition's object: ل on a longer word that is no given
    name ends the name (مسؤول في وحدات حماية الشعب | لفرانس برس: the outlet). ب is left: it
    opens family names (أدهم باشو، نايف البكري's بكري)."""
    if norm[:1] == "ل" and len(norm) > 3 and not is_given_name(norm):
        return False
    return _name_like(norm)


def _touched(spans: list[tuple[int, int]], inside_ok: frozenset[tuple[int, int]],
             start: int, end: int) -> bool:
    """A span of `spans` (sorted) touches [start, end), other than one of `inside_ok` lying
    inside it (a person's name the tagger cut short: علي | العواضي)."""
    at = bisect_left(spans, (start, -1))
    if at > 0 and spans[at - 1][1] > start:
        return True
    return any(sp not in inside_ok or sp[1] > end
               for sp in spans[at:] if sp[0] < end)


def _joined_nouns(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One definite word no span touches after a title and its joining word, as a complement
    (المتحدث باسم المجموعة، المتحدث باسم الحكومة): باسم names whose the speaker speaks for."""
    titles = office_titles()
    out = []
    for i in range(2, len(tokens)):
        tok = tokens[i]
        if tok.norm.startswith("ال") and tokens[i - 1].norm \
                and titles.get(tokens[i - 2].norm) == tokens[i - 1].norm \
                and not _touched(spans, frozenset(), tok.start, tok.end):
            out.append((tok.start, tok.end))
    return out


def named_after_office(tokens: list[Token], spans: list[tuple[int, int]],
                       complements: list[tuple[int, int]],
                       inside_ok: frozenset[tuple[int, int]] = frozenset()) -> list[Name]:
    """The holder's name told after an office and its complement: a place or body found
    (`complements`; `spans`: every entity's, sorted) right after an office title (محافظ
    شبوة، المتحدث باسم مجلس محافظة الأنبار), then two or three name-like words no span
    touches, closed by a clause boundary (إن، أن، الذي، وهو، a comma): «محافظ شبوة علي
    العولقي الذي عينه الحوثيون». A word with the article opens no such name (محافظ عدن
    الجديد). A person's span of `inside_ok` inside the words is replaced by the name."""
    starts = token_starts(tokens)
    boundaries = _name_boundaries()
    out: list[Name] = []
    for s, e in complements + _joined_nouns(tokens, spans):
        i = bisect_left(starts, s)
        if i >= len(tokens) or tokens[i].start != s or not _office_before(tokens, i):
            continue
        j = bisect_left(starts, e)
        if j >= len(tokens) or tokens[j].norm.startswith("ال"):
            continue
        k = j
        while k < len(tokens) and k - j < _OFFICE_NAME_WORDS[-1] and tokens[k].is_word \
                and tokens[k].norm not in boundaries and _apposable(tokens[k].norm):
            k += 1
        closed = k < len(tokens) and (tokens[k].norm in boundaries
                                      or tokens[k].norm in _CLOSING_MARKS)
        if k - j not in _OFFICE_NAME_WORDS or not closed:
            continue
        if _touched(spans, inside_ok, tokens[j].start, tokens[k - 1].end):
            continue
        out.append(Name(tokens[j].start, tokens[k - 1].end))
    return out


@once
def apposition_roles() -> frozenset[str]:
    """Role nouns after which a comma apposition names the holder: office_titles.txt's titles
    and data/ner/apposition_roles.txt's other forms (المسؤول، الناشط، الخبير), normalized."""
    return frozenset(office_titles()) | word_list("apposition_roles.txt")


_ROLE_PHRASE_WORDS = 7  # words between the role noun and the comma (its complement)
_ROLE_LEADS = ("و", "ف")


def _role_word(norm: str) -> bool:
    """A role noun of `apposition_roles`, a و or ف before it allowed (والمدير)."""
    roles = apposition_roles()
    return norm in roles or (norm[:1] in _ROLE_LEADS and norm[1:] in roles)


def _apposed_first(norm: str) -> bool:
    """A word that may open a name set off by a comma: no article (العميد opens a rank's
    phrase, read by `named_after_cue`) and no و but that of a given name (وليد, where ليد is
    none): after و the comma goes on with a list («رئيس الحكومة، والجنرالات السابقين»،
    «محمود غزلان، ومحمد سعد عليوة»)."""
    if norm.startswith("ال"):
        return False
    return not norm.startswith("و") or (norm in given_names() and not is_given_name(norm[1:]))


def named_in_apposition(tokens: list[Token], spans: list[tuple[int, int]],
                        persons: list[tuple[int, int]],
                        inside_ok: frozenset[tuple[int, int]] = frozenset()) -> list[Name]:
    """A person named between commas after a role phrase: a role noun (`apposition_roles`),
    at most seven words with no punctuation (its complement: للجناح العسكري للحزب، في رئاسة
    الاتحاد الإسلامي الكردستاني), a comma, then two or three name-like words (`_apposable`,
    the first `_apposed_first`) closed by a comma or a clause boundary (إن، أن، في …):
    «المسؤول الإعلامي للجناح العسكري للحزب، بختيار دوغان، أن»، «عضو الهيئة العامة
    للائتلاف، خطيب بدلة، في تصريح». No person found (`persons`, sorted) may stand in the
    phrase, and no found span (`spans`, sorted) may touch the words but a person's of
    `inside_ok` inside them, which the name replaces."""
    boundaries = _name_boundaries()
    out: list[Name] = []
    i, n = 0, len(tokens)
    while i < n:
        if not _role_word(tokens[i].norm):
            i += 1
            continue
        k = i + 1
        while k < n and k - i <= _ROLE_PHRASE_WORDS and tokens[k].is_word:
            k += 1
        # a person named inside the phrase is its holder, and the comma goes on with a list
        # («المتحدث الرسمي باسم الجماعة محمود غزلان، ومحمد …»)
        if k >= n or k == i + 1 or tokens[k].norm not in _LIST_COMMAS \
                or _touched(persons, frozenset(), tokens[i].start, tokens[k - 1].end):
            i += 1
            continue
        j = m = k + 1
        while m < n and m - j < _OFFICE_NAME_WORDS[-1] and tokens[m].is_word \
                and tokens[m].norm not in boundaries and _apposable(tokens[m].norm):
            m += 1
        closed = m < n and (tokens[m].norm in _LIST_COMMAS or tokens[m].norm in boundaries)
        if m - j in _OFFICE_NAME_WORDS and closed and _apposed_first(tokens[j].norm) \
                and not _touched(spans, inside_ok, tokens[j].start, tokens[m - 1].end):
            out.append(Name(tokens[j].start, tokens[m - 1].end))
            i = m
            continue
        i += 1
    return out


@once
def speech_verbs() -> frozenset[str]:
    """Verbs of saying before their speaker (data/ner/speech_verbs.txt), normalized."""
    return frozenset(norm_word(ln.strip()) for ln in _data_lines("speech_verbs.txt"))


@lru_cache(maxsize=2)
def _description_openers(where: str) -> frozenset[str]:
    """Words opening a description of the person just named, right after the name (`name`)
    or after a comma (`comma`): data/ner/description_openers.tsv."""
    rows = (ln.split("\t") for ln in _data_lines("description_openers.tsv"))
    return frozenset(norm_word(w.strip()) for w, kinds in rows if where in kinds.split(","))


def named_before_apposition(tokens: list[Token], spans: list[tuple[int, int]],
                            inside_ok: frozenset[tuple[int, int]] = frozenset()) -> list[Name]:
    """A speaker named right after a verb of saying and described right after his name:
    two or three name-like words (`_name_like`: no مسؤول، مصدر، شاهد) closed by وهو/وهي, or
    by a comma and الذي/التي/وهو — «ويقول علي العواضي وهو من سكان صنعاء»، «وتقول عواطف
    السلمان، التي تعمل». No found span (`spans`, sorted) may touch the words but a person's
    of `inside_ok` inside them, which the name replaces."""
    verbs = speech_verbs()
    apposed, after_comma = _description_openers("name"), _description_openers("comma")
    out: list[Name] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in verbs:
            continue
        j = i + 1
        k = j
        while k < len(tokens) and k - j < _OFFICE_NAME_WORDS[-1] and tokens[k].is_word \
                and tokens[k].norm not in apposed and _apposable(tokens[k].norm):
            k += 1
        if k - j not in _OFFICE_NAME_WORDS or k >= len(tokens):
            continue
        closed = tokens[k].norm in apposed or (
            tokens[k].norm in _LIST_COMMAS and k + 1 < len(tokens)
            and tokens[k + 1].norm in after_comma)
        if not closed:
            continue
        if _touched(spans, inside_ok, tokens[j].start, tokens[k - 1].end):
            continue
        out.append(Name(tokens[j].start, tokens[k - 1].end))
    return out
