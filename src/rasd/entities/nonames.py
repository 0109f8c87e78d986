"""Spans a tagger or a list reads as names that are no names: the words around them or
the words themselves say so. Pure functions over a span's text and the document's tokens;
their words live in data files.

- `particles_only`: a span made of name particles alone (أبو، آل، البو، بو: the part that
  binds to the next word of a name, `data/ner/name_particles.txt`), a proclitic allowed
  (وآل).
- `month_in_date`: a month name (`data/time/months.tsv`) with a number, another month or a
  date word beside it (`data/ner/date_words.txt`): أبريل (نيسان) الماضي، 24 يوليو/تموز.
  The same words name places and firms (حي تشرين، نيسان the car maker) where no date
  stands beside them.
- `inside_office`: a span lying wholly inside the name of an office several words long
  (`data/ner/office_phrases.txt`): ولي، ولي العهد in «ولي ولي العهد» (the deputy crown
  prince) name the office, not its holder; `office_tail` cuts them off the end of the
  holder's name.
- `clitic_homograph`: a one-word span whose word is a common word that reads as a proclitic
  + a name (`data/ner/clitic_homographs.tsv`: لجان، وكيل، لصالح), unless a word before it
  takes the name (الموالين لصالح: loyal to Saleh).
- `verb_homograph`: a one-word span whose word is a given name that is also a verb and whose
  next word, as written, is the one that verb governs (`data/ner/verb_homographs.tsv`: «أشرف
  على» "supervised"; «أشرف علي» with ي may be the name Ashraf Ali and stays).
- `relative_verb`: a one-word span read from an imperfect verb (ت/ي) right after a relative
  pronoun (`data/ner/relative_pronouns.txt`): «التي تدمر» is "which destroys", no Palmyra.
- `nisba_after_noun`: a one-word span that is a definite nationality adjective
  (`data/ner/nationalities.txt`: السعودية، الأمريكية، السورية) right after a definite word
  that is no name: it describes that noun («الطائرة الإغاثية السعودية», «الأراضي السورية»),
  the country is not named. The country's own name needs no article before it (في
  السعودية، والسعودية، تقوده السعودية, «المملكة العربية السعودية» read whole).
- `possessed_head`: a one-word span that is a place or institution head noun with a
  possessive pronoun, as written (قصره، مقرها): "his palace", no name.
- `group_noun`: a one-word person span that is the dual or plural (`data/ner/
  plural_suffixes.txt`: ـان، ـين، ـون) of a noun of four letters or more that the ANERcorp
  train split saw and never inside a name (قيادي، شاهد، مراسل): «قياديان»، «شاهدان»،
  «مراسلون» are people, no person. Names with such an ending keep a stem the split never
  saw or saw in names (كريستيان، سليمان) or a shorter one (عنان، سلمان، عدنان).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.document import Token
from rasd.entities.areas import area_noun
from rasd.entities.facilities import facility_head
from rasd.entities.features import (
    _core,
    _data_lines,
    is_nationality,
    lexicon,
    norm_word,
    word_list,
)
from rasd.entities.heads import head_of
from rasd.lexicons import read_tsv
from rasd.once import once
from rasd.text.segment import THIRD_PERSON_SUFFIXES, clitic_stems

# tokens a date's parts may stand apart by: أبريل (نيسان)، يوليو/تموز، نيسان - أبريل
_DATE_GLUE = frozenset({"(", ")", "/", "-", "–", ",", "«", "»", '"'})


@once
def months() -> frozenset[str]:
    """Normalized month names of one word (the last word of كانون الثاني is no month)."""
    return frozenset(norm_word(name) for name, _, _ in read_tsv("time", "months.tsv")
                     if " " not in name.strip())


def _listed(word: str, words: frozenset[str]) -> bool:
    """The word, or the word without its proclitics (وآل، للأكراد), is in `words`."""
    return any(suf == 0 and stem in words for stem, _, suf in clitic_stems(word))


_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def _particle(word: str, particles: frozenset[str]) -> bool:
    """The word, or the word after a conjunction or preposition (وآل), is a particle; the
    article is not cut (العبد in أبو العبد is a name's word)."""
    return word in particles or any(
        word.startswith(p) and word[len(p):] in particles for p in _PROCLITICS)


@lru_cache(maxsize=1 << 15)
def particles_only(text: str) -> bool:
    """Every word of the span is a name particle (أبو، وآل، البو). Kept per span text:
    the entity and link stages ask it of every span, and spans repeat."""
    words = [norm_word(w) for w in text.split()]
    particles = word_list("name_particles.txt")
    return bool(words) and all(_particle(w, particles) for w in words)


def _dated(tok: Token | None) -> bool:
    if tok is None:
        return False
    n = tok.norm
    return any(c.isdigit() for c in n) or n in months() or n in word_list("date_words.txt")


def month_in_date(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """tokens[first:last] is one month name with a number, a month or a date word next to
    it, over brackets, slashes, dashes and commas: أبريل (نيسان)، نيسان الماضي، 24 تموز."""
    if last - first != 1 or not _listed(tokens[first].norm, months()):
        return False
    i = first - 1
    while i >= 0 and tokens[i].norm in _DATE_GLUE:
        i -= 1
    j = last
    while j < len(tokens) and tokens[j].norm in _DATE_GLUE:
        j += 1
    return _dated(tokens[i] if i >= 0 else None) or _dated(tokens[j] if j < len(tokens)
                                                            else None)


# (some outlets write the guillemets the other way round: لـ»المدينة»)
_OPEN = "(«»\"“”'["
_CLOSE = ")»«\"”“']"


def enclosed(text: str, start: int, end: int) -> bool:
    """The span stands alone in brackets or quotes: (وال)، «وال»."""
    # the nearest characters other than spaces on either side, walked to (asked of every
    # span: a copy of the text before and after it was a document's length each time)
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] not in _OPEN:
        return False
    j, n = end, len(text)
    while j < n and text[j].isspace():
        j += 1
    return j < n and text[j] in _CLOSE


@once
def office_phrases() -> tuple[tuple[str, ...], ...]:
    """The offices' names (data/ner/office_phrases.txt), each a tuple of matching forms."""
    return tuple(tuple(norm_word(w) for w in ln.split()) for ln in _data_lines(
        "office_phrases.txt"))


@once
def _office_openers() -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """Each office's name with the forms a token opening it takes: its first word, or that
    word after a conjunction or preposition (لولي). Made once: the entity and link stages
    ask it of every span."""
    return tuple((frozenset([phrase[0], *(p + phrase[0] for p in _PROCLITICS)]), phrase)
                 for phrase in office_phrases())


def inside_office(tokens: Sequence[Token], first: int, last: int) -> bool:
    """tokens[first:last] lie wholly inside an office's name written out in the text:
    ولي and ولي العهد in «ولي ولي العهد» (data/ner/office_phrases.txt)."""
    for opening, phrase in _office_openers():
        n = len(phrase)
        for s in range(max(0, last - n), first + 1):
            if s + n <= len(tokens) and tokens[s].norm in opening and all(
                    tokens[s + k].norm == phrase[k] for k in range(1, n)):
                return True
    return False


def office_tail(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where a span over tokens[first:last] ends once the words of an office's name that
    close it are cut: «مقرن بن عبدالعزيز ولي العهد» ends before ولي (the holder's name
    without his office). `last` when no office's name starts inside the span."""
    for k in range(first + 1, last):
        for opening, phrase in _office_openers():
            n = len(phrase)
            if k + n <= len(tokens) and k + n >= last and tokens[k].norm in opening \
                    and all(tokens[k + i].norm == phrase[i] for i in range(1, n)):
                return k
    return last


@once
def clitic_homographs() -> dict[str, frozenset[str]]:
    """Normalized common word -> normalized words before it that make it clitic + name."""
    out: dict[str, frozenset[str]] = {}
    for ln in _data_lines("clitic_homographs.tsv"):
        word, _, cues = ln.partition("\t")
        out[norm_word(word.strip())] = frozenset(norm_word(c) for c in cues.split())
    return out


def _cue_before(norm: str, cues: frozenset[str]) -> bool:
    """The word, or the word behind و/ف (والموالين), is one of `cues`."""
    return norm in cues or norm[:1] in ("و", "ف") and norm[1:] in cues


def clitic_homograph(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The span is one listed common word (لجان، جان of لجان) with no word among the two
    before it that takes the name it hides (الموالين لصالح، المقربين جدا لصالح are Saleh;
    لصالح جماعة الحوثي is "in favour of")."""
    if last - first != 1:
        return False
    cues = clitic_homographs().get(tokens[first].norm)
    if cues is None:
        return False
    return not any(_cue_before(t.norm, cues) for t in tokens[max(0, first - 2) : first])


@once
def verb_homographs() -> dict[str, frozenset[str]]:
    """Normalized given name -> the words, as written, that make it a verb right after it."""
    out: dict[str, frozenset[str]] = {}
    for ln in _data_lines("verb_homographs.tsv"):
        word, _, after = ln.partition("\t")
        out[norm_word(word.strip())] = frozenset(after.split())
    return out


def verb_homograph(text: str, tokens: Sequence[Token], first: int, last: int) -> bool:
    """The span is one word, a listed given name behind at most a conjunction (وأشرف), and
    the next word is written as one its verb governs: «السوداني أشرف على هجمات»."""
    if last - first != 1 or last >= len(tokens):
        return False
    norm, table = tokens[first].norm, verb_homographs()
    after = table.get(norm) or (table.get(norm[1:]) if norm[:1] in ("و", "ف") else None)
    nxt = tokens[last]
    return after is not None and text[nxt.start:nxt.end] in after


@once
def relative_pronouns() -> frozenset[str]:
    return frozenset(norm_word(ln.strip()) for ln in _data_lines("relative_pronouns.txt"))


def relative_verb(text: str, tokens: Sequence[Token], first: int, last: int,
                  start: int) -> bool:
    """The span is one whole word beginning with the imperfect's ت/ي right after a relative
    pronoun: a verb (التي تدمر), not the place it spells."""
    return (last - first == 1 and first > 0 and start == tokens[first].start
            and text[start : start + 1] in ("ت", "ي")
            and tokens[first - 1].norm in relative_pronouns())


def _definite(norm: str) -> bool:
    """The word is a noun or adjective with the article, alone or behind proclitics
    (الطائرة، للحملة، والجهات), before a stem of three letters or more: إلى (الي)، الذي، الله
    are none, nor an adverb that singles out what follows (وبالذات, focus_adverbs.txt)."""
    return norm not in relative_pronouns() and not _listed(
        norm, word_list("focus_adverbs.txt")) and any(
        suf == 0 and stem.startswith("ال") and len(stem) >= 5
        for stem, _, suf in clitic_stems(norm))


def nisba_after_noun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """tokens[first:last] is one definite nationality adjective with no proclitic right after
    a definite word: «الجهود السعودية» is an adjective. (The caller keeps the country where
    that word lies inside a person's name: «اتهم المالكي السعودية».)"""
    if last - first != 1 or first == 0:
        return False
    n = tokens[first].norm
    return n.startswith("ال") and is_nationality(n) and _definite(tokens[first - 1].norm)


def nisba_after_area_noun(tokens: Sequence[Token], first: int, last: int) -> bool:
    """One indefinite nationality adjective right after an indefinite area noun agrees with
    it (ner43): «أول مدينة سورية سيطرت عليها»، «دخلوا بلدة سورية في الجولان»، «في مناطق
    سورية واسعة» are a Syrian city, town, areas, not Syria, whose name سورية also spells (an
    area noun takes no country as its genitive: مدينة حلب, never مدينة سوريا)."""
    if last - first != 1 or first == 0:
        return False
    n = tokens[first].norm
    return not n.startswith("ال") and is_nationality(n) and area_noun(tokens[first - 1].norm) \
        is not None


def possessed_head(text: str, first: int, last: int, start: int, end: int) -> bool:
    """A one-word span that is a head noun of a place or an institution (heads.tsv,
    area_heads.txt, facility_heads.txt) carrying a possessive pronoun, as written: «استقبل
    في قصره بجدة» is "in his palace", no name. The pronoun is told from a final taa
    marbuta by the raw spelling (جبلة, the town, is no جبل + ه)."""
    if last - first != 1:
        return False
    raw = text[start:end]
    for suf in THIRD_PERSON_SUFFIXES:  # as written: the raw ه, never the taa marbuta ة
        if raw.endswith(suf) and len(raw) > len(suf) + 2:
            stem = norm_word(raw[: -len(suf)])
            # the taa marbuta is written ت before a pronoun (وزارته، قريتهم)
            for noun in (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,):
                if head_of(noun) is not None or area_noun(noun) is not None \
                        or facility_head(noun) is not None:
                    return True
    return False


def not_a_name(text: str, tokens: Sequence[Token], first: int, last: int, start: int,
               end: int) -> bool:
    """The span text[start:end] over tokens[first:last] is no name in any document: name
    particles alone (unless bracketed or quoted: (وال) is the Libyan agency), a month
    in a date, words of an office's name alone (ولي العهد), a common word that reads as
    a proclitic + a name (لجان), a verb after a relative pronoun (التي تدمر), a head noun
    with a possessive pronoun (قصره), a given name read as the verb it spells (أشرف على),
    or a nationality adjective after an area noun (مدينة سورية)."""
    span = text[start:end]
    return (particles_only(span) and not enclosed(text, start, end)) or month_in_date(
        text, tokens, first, last) or inside_office(tokens, first, last) or clitic_homograph(
        tokens, first, last) or relative_verb(text, tokens, first, last, start) or possessed_head(
        text, first, last, start, end) or verb_homograph(text, tokens, first, last) \
        or nisba_after_area_noun(tokens, first, last)


@lru_cache(maxsize=1 << 14)
def group_noun(word: str) -> bool:
    """The word (proclitics and article aside) is the dual or plural of a common noun of
    people: its stem without the ending has 4+ letters and is counted in the ANERcorp
    lexicon, never inside a name (القياديان، شاهدان، مراسلون)."""
    core = _core(norm_word(word))
    lex = lexicon()
    for suffix in word_list("plural_suffixes.txt"):
        stem = core[:-len(suffix)]
        if core.endswith(suffix) and len(stem) >= 4:
            seen, named = lex.get(stem, (0, 0))
            if seen > 0 and named == 0:
                return True
    return False


def people_word(norm: str) -> bool:
    """The normalized word, proclitics aside, is a people, sect or faith named by its
    collective noun (data/ner/collective_peoples.txt: وأكراد، للشيعة)."""
    return _listed(norm, word_list("collective_peoples.txt"))


def collective_people(span: str, etype: str) -> bool:
    """Every word of the span is a people, sect or faith named by its collective noun
    (`data/ner/collective_peoples.txt`, proclitics cut: «مقاتلون أكراد»، «للشيعة») and the
    span is typed a person, organization or place: a people is none of these (the ANERcorp
    tagger learned الأكراد and الشيعة as ORG). A MISC reading is left to the tagger."""
    if etype == "MISC":
        return False
    words = [norm_word(w) for w in span.split()]
    return bool(words) and all(people_word(w) for w in words)
