"""The clause of one trigger, and what the argument passes found in it.

Roles are token spans `(i, j)`, or `(i, j, 1)` for a phrase read without its leading
preposition ل (قصف لطيران النظام → طيران النظام). The passes of rasd.events.verbs,
rasd.events.nouns and rasd.events.places fill a `Frame`; rasd.events.arguments turns it
into an Event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasd.document import Event
from rasd.lexicons import Trigger, event_markers
from rasd.roles import PREPS, RELATIVES, View, norm_piece
from rasd.text.matcher import Match
from rasd.text.segment import THIRD_PERSON_SUFFIXES, clitic_stems

SUBJECT_MAX = 7  # tokens of a subject written before its verb
LIGHT_VERB_BACK = 7  # a light verb up to this many tokens before its noun (شن الطيران … غارة)
LIGHT_VERB_FAR = 16  # … or further when only its subject and times lie between
OBJECT_PRONOUNS = THIRD_PERSON_SUFFIXES
PRONOUNS = {"هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما"}

TokSpan = tuple[int, ...]


@lru_cache(maxsize=1 << 17)
def stem_set(norm: str) -> frozenset[str]:
    """The stems of a normalized word's clitic readings (`clitic_stems`) as one set: a pass
    asking whether any reading of a token is one of its words tests the set at once
    (`isdisjoint`, in C) and walks the readings only where one is."""
    return frozenset(st for st, _, _ in clitic_stems(norm))


@dataclass
class Frame:
    """One trigger (a group of coordinated matches) in its sentence, and its roles."""

    v: View
    si: int  # sentence index
    a: int  # the sentence's tokens [a, b)
    b: int
    group: list[Match[Trigger]]
    event: Event
    actor: list[TokSpan] = field(default_factory=list)
    recipient: list[TokSpan] = field(default_factory=list)
    location: list[TokSpan] = field(default_factory=list)
    places: list[TokSpan] = field(default_factory=list)  # targets that are places
    after: int = 0  # where an object may start
    recipient_conj: bool = False  # the first recipient opens with a conjunction و (من جهة، وY)
    owned: list[TokSpan] = field(default_factory=list)  # objects named by their owner
    # (rasd.events.objects.owned_object): the party filter keeps them as they are
    struck: TokSpan = ()  # the thing struck read right after an attack verb, its
    # subject said before (rasd.events.verbs.struck_thing): no actor, the recipient

    # read off the group, which no pass changes: set once when the frame is made (the
    # passes ask them ~100 times a trigger; an attribute, no call). Not `cached_property`:
    # Python 3.11's takes a lock on each first use, four a trigger (~1 % of the stage).
    m: Match[Trigger] = field(init=False, repr=False)  # the group's first match
    trig: Trigger = field(init=False, repr=False)  # its trigger
    t0: int = field(init=False, repr=False)  # the group's first token
    t1: int = field(init=False, repr=False)  # the token after the group's last

    def __post_init__(self) -> None:
        self.m = self.group[0]
        self.trig = self.m.payload
        self.t0 = self.m.first
        self.t1 = self.group[-1].last


def joined(phrases: set[tuple[str, ...]]) -> frozenset[str]:
    """The phrases of a set as strings, their words joined by a space, kept per set (as
    `openers`): a pass comparing a trigger's text with them asks once a sentence."""
    kept = _JOINED.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        kept = _JOINED[id(phrases)] = (phrases, frozenset(" ".join(p) for p in phrases))
    return kept[1]


def openers(phrases) -> frozenset[str]:
    """The first words of `phrases` (a phrase set or a dict of them), kept per set:
    `View.phrase_at` is 0 at a token whose word and bare form are none of them, so a scan
    tests them before asking it (the status scans ask ~300 phrase look-ups a document)."""
    kept = _OPENERS.get(id(phrases))
    if kept is None or kept[0] is not phrases:
        sets = phrases.values() if isinstance(phrases, dict) else (phrases,)
        kept = _OPENERS[id(phrases)] = (phrases, frozenset(p[0] for ps in sets for p in ps if p))
    return kept[1]


_OPENERS: dict[int, tuple[object, frozenset[str]]] = {}
_JOINED: dict[int, tuple[object, frozenset[str]]] = {}


def ambiguous_relative(word: str) -> bool:
    """من and ما: relative pronouns that also read "from, of" and "what" (في الرابع من
    يوليو، بدعم من طيران التحالف), so alone they open no relative clause (markers.json
    `ambiguous_relatives`)."""
    return word in event_markers()["ambiguous_relatives"]


def clear_relative(word: str) -> bool:
    """A relative pronoun that opens a relative clause whatever follows (الذي، التي،
    الذين …): one of RELATIVES, not من or ما."""
    return (word,) in RELATIVES and not ambiguous_relative(word)


def where_at(v: View, k: int) -> bool:
    """Token k is حيث, "where", with or without و/ف (وحيث): it opens a clause of its own,
    whose deed is told at the place named before it (في منطقة بغداد الجديدة، حيث أدى
    تفجير سيارة مفخخة), so no role or place reaches across it (markers.json
    `where_openers`)."""
    return v.bares[k] in event_markers()["where_openers"]


def opens_at(v: View, k: int, first: frozenset[str]) -> bool:
    """Token k's word or bare form opens a phrase whose first words are `first`."""
    return v.norms[k] in first or v.bares[k] in first


def skip_time(v: View, i: int, b: int) -> int:
    """Past times, قد, manner adverbs (بانتظام، باستمرار، عمدا) and repetitions (ثلاث مرات)
    after a verb. Kept per document by (i, b): the passes of one trigger and of the context
    ask it again of the same token (three calls in five)."""
    kept = v.memo.get("skip_time")
    if kept is None:
        kept = v.memo["skip_time"] = {}
    key = i << 32 | b
    got = kept.get(key)
    if got is None:
        got = kept[key] = _skip_time(v, i, b)
    return got


def _skip_time(v: View, i: int, b: int) -> int:
    """`skip_time` read anew."""
    adverbs = v.W["manner_adverbs"]
    first = openers(adverbs)  # (once a call, not once a token)
    while i < b:
        n = v.is_time(i) or (v.norms[i] in first or v.bares[i] in first) and v.phrase_at(
            i, adverbs) or (
            1 if v.norms[i] in ("قد",) or manner(v, i) else 0) or (
            2 if i + 1 < b and v.bare(i + 1) in ("مرات", "مره") and counted(v, i, i + 1)
            else 0)
        if not n:
            break
        i += n
    return i


def skip_aside(v: View, i: int, b: int) -> int:
    """Between a verb's subject and its object: times, a short في/ب phrase (في بيان، في
    رسالة) or an aside between commas (، خلال شهر أبريل الماضي،)."""
    for _ in range(3):
        j = skip_time(v, i, b)
        if i < j < b and v.comma(j) and v.in_time(j - 1):
            j += 1  # اقتحمت قوات الاحتلال أمس، مخيم الدهيشة
        if j + 1 < b and v.bare(j) in ("في", "خلال") and not v.is_def(j + 1) \
                and j + 1 not in v.ent_tok and v.word(j + 1):
            j += 2
        if j < b and v.comma(j):
            k = j + 1
            while k < b and k - j < 7 and v.word(k):
                k += 1
            if k < b and k > j + 1 and v.comma(k) and (
                    v.is_time(j + 1) or (v.norms[j + 1],) in PREPS):
                j = k + 1
        if j == i:
            break
        i = j
    return i


def manner(v: View, i: int) -> bool:
    n = v.norms[i]
    return n[:2] == "با" and len(n) > 5 and i not in v.ent_tok


def counted(v: View, i: int, j: int) -> bool:
    """A quantity starts inside tokens [i, j) (قتل خمسة أطفال)."""
    if j == i + 1 and i >= 0:
        return i in v.count_tok  # (one token, the passes' most common question)
    return v.count_in(v.toks[i].start, v.toks[j - 1].end)  # (سفينة ثانية: no count)


def partitive_end(v: View, e: int, b: int) -> int:
    """عضوان | من قوات الامن، خمسة | من مسلحي الشباب: a partitive من phrase after a count
    belongs to it."""
    if e + 1 < b and v.norms[e] == "من":
        k = v.np_forward(e + 1, b)
        if k > e + 1:
            return k
    return e


AGENT_REACH = 8  # tokens from a trigger to an agent phrase later in its clause
ASIDE_REACH = 16  # … or to one set off by a comma after an aside (agent_past_aside)
ASIDE_MARKS = ",،()"  # the marks an aside may be set off by
ASIDE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})  # deeds done to a
# party, whose agent may follow an aside (not وتعهدت باستمرار الدعم، للمقاومة، من قبل قوات
# التحالف: the agent of the support pledged, not of the pledge)


def agent_phrase(v: View, t1: int, b: int, aside: bool = False) -> TokSpan | None:
    """The party after an agent phrase (من قبل، من جانب، على يد) later in the trigger's clause
    (قصف عنيف منذ أكثر من عشرين يوما من قبل النظام، قتل الضابط على يد سليمان الأسد): no
    punctuation, verb, relative pronoun or other event noun between; the phrase names a
    party (an organisation, a person, a head of armed or ruling parties, or a plural of
    people with a named party in its phrase: رجال أمن حماس). `aside`: also one set off by a
    comma after an aside (`agent_past_aside`; for deeds done to a party, `ASIDE_TYPES`)."""
    found = _agent_words(v, t1, b, aside)
    if found is None:
        return None
    return agent_party(v, sum(found), b)


def agent_party(v: View, s: int, b: int) -> TokSpan | None:
    """The party named at token s after an agent phrase: an organisation, a person, a head
    of armed or ruling parties (`agent_heads`), or a plural of people with a named party in
    its phrase (رجال أمن حماس), read with what is joined to it (من قبل النظام وميليشيا حزب
    الله) and a partitive (عناصر من الأمن); else None."""
    M = event_markers()
    ent = v.ent_tok.get(s) if s < b else None
    party = (ent is not None and ent.type in ("PER", "ORG")) or (
        s < b and v.in_words(s, M["agent_heads"])) or (
        s < b and v.in_words(s, M["people_plurals"]) and any(  # رجال أمن حماس
            v.ent_tok[t].type in ("PER", "ORG") for t in range(s, v.np_forward(s, b))
            if t in v.ent_tok))
    e = v.np_coordinated(s, b) if party else s  # من قبل النظام وميليشيا حزب الله
    return (s, partitive_end(v, e, b)) if e > s else None  # عناصر من الأمن


FIRE_REACH = 16  # tokens from a killing to the bullets or fire of its doer (… برصاص X)
FIRE_QUOTES = "«»\"“”-"  # marks the walk passes (استشهد «مساء الأحد» الأسير … برصاص)


def fire_agent(v: View, t1: int, b: int) -> TokSpan | None:
    """قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي؛ استشهد الأسير المحرر أنس طه
    برصاص قوات الاحتلال: the party whose bullets or fire (`fire_agent_words`: برصاص، بنيران)
    are named later in an attack's clause, past the one it was done to and a time: it fired
    (`agent_party`: not برصاص حي، بنيران صديقة، برصاص قناص). No comma or other mark but
    quotation marks and numbers, no verb or relative pronoun between (a noun of a deed may
    be the victim's: الأسير), FIRE_REACH tokens at most (actors40)."""
    words = event_markers()["fire_agent_words"]
    for k in range(t1, min(b, t1 + FIRE_REACH)):
        if not v.word(k):
            if v.text[v.toks[k].start] in FIRE_QUOTES or v.norms[k].isdigit():
                continue  # (the age or the count of the one killed: طه- 20 عاما» برصاص)
            return None
        if v.norms[k] in words:
            return agent_party(v, k + 1, b)
        if k > t1 and (v.is_verb(k) or clear_relative(v.norms[k])):
            return None  # (a deed noun between is passed: الأسير الفلسطيني … برصاص)
    return None


def _agent_words(v: View, t1: int, b: int, aside: bool = False) -> tuple[int, int] | None:
    """Where an agent phrase (`agent_phrases`) starts later in the trigger's clause and its
    length in tokens: no punctuation, verb, relative pronoun or other event noun between.
    Kept per document by (t1, b) (`_agent_words_at`): `agent_phrase` and `hand_agent`, asked
    by several passes of one trigger, ask it again four times in ten."""
    kept = v.memo.get("agent_words")
    if kept is None:
        kept = v.memo["agent_words"] = {}
    key = (t1 << 32 | b) << 1 | aside
    if key in kept:
        return kept[key]
    found = kept[key] = _agent_words_at(v, t1, b, aside)
    return found


def _agent_words_at(v: View, t1: int, b: int, aside_ok: bool = False) -> tuple[int, int] | None:
    """`_agent_words`, read anew."""
    phrases = event_markers()["agent_phrases"]
    first = openers(phrases)
    weapons = openers(event_markers()["instruments"])  # (their first words, kept)
    armed = False  # past ب: the weapons it names are no deeds of their own (actors25)
    aside = False  # past a comma or a bracket: only a phrase right after one (agent_past_aside)
    for k in range(t1, min(b, t1 + (ASIDE_REACH if aside_ok else AGENT_REACH))):
        if aside_ok and not v.word(k) and v.text[v.toks[k].start] in ASIDE_MARKS:
            aside = True
            continue
        if k >= t1 + AGENT_REACH and not aside:
            return None
        n = v.norms[k]
        relative = clear_relative(n)
        armed = armed or n[:1] == "ب" and len(n) > 3
        if not v.word(k) or (k > t1 and (v.is_verb(k) or relative
                                         or v.trigger_noun_at(k) and not _weapon(v, k, armed,
                                                                                weapons))):
            return None
        n = (v.norms[k] in first or v.bares[k] in first) and v.phrase_at(k, phrases)
        if n and (not aside or agent_past_aside(v, k, t1)):
            return k, n
    return None


def _weapon(v: View, k: int, armed: bool, weapons: frozenset[str]) -> bool:
    """Token k names a weapon past ب (بالصواريخ | من قبل): no deed of its own; asked only of
    an event noun on `_agent_words_at`'s walk."""
    n = v.norms[k]
    return armed and (v.in_words(k, weapons) or n[:1] == "ب" and (
        n[1:] in weapons or n[1:3] == "ال" and n[3:] in weapons))


def agent_past_aside(v: View, k: int, t1: int) -> bool:
    """قتل أمس السبت، على يد عناصر المقاومة الشعبية؛ حرق طفل فلسطيني في قرية دوما بمنطقة
    نابلس، على أيدي مستوطنين متطرفين؛ اختطاف معارض سوداني (محمد مكي) من قبل منظمات
    فلسطينية: past an aside set off by a comma or brackets (a time, a place, the one the deed
    was done to, وهو + what he is), an agent phrase right after the comma or the closing
    bracket goes back to the trigger (`ASIDE_REACH` tokens at most, no verb, relative or
    other event noun on the way: those open a clause of their own, حركة … أسست عام 1967، على
    يد المتطرف: the founder, not the attacker)."""
    return k > t1 and v.text[v.toks[k - 1].start] in ",،)"


def hand_agent(v: View, t1: int, b: int, aside: bool = False) -> int | None:
    """على يد، على أيدي later in the trigger's clause, before a word (the same walk as
    agent_phrase) whether or not the phrase after it reads as a party (الذين قتلوا على يد
    جماعات مسلحة): the verb is a passive all the same. The token after the phrase, else None;
    not من قبل، من جانب, which also read "before" and "on the side of"."""
    found = _agent_words(v, t1, b, aside)
    if found is None:
        return None
    k, n = found
    s = k + n
    return s if v.norms[k] != "من" and s < b and v.word(s) and not v.stop(s) else None


def genitive_kind(f: Frame) -> str | None:
    """'agentive' or 'objective' for the trigger noun (data/events/markers.json), else None."""
    return noun_kind(f.v, f.m.start, f.group[-1].end)


def noun_kind(v: View, start: int, end: int) -> str | None:
    """'agentive' or 'objective' for the trigger noun at offsets [start, end), else None."""
    M = event_markers()
    words = norm_piece(v.text[start:end]).split()
    first = words[0][2:] if words and words[0].startswith("ال") else (words or [""])[0]
    tok = v.toks[v.token_range(start, end)[1] - 1]
    if len(words) == 1 and end < tok.end and v.text[end] == "ت":
        first += "ه"  # سيطر|ته، زيار|ته: the taa marbuta before a pronoun
    if first.endswith("اي") and len(words) == 1 and end < tok.end:
        first = first[:-1] + "ء"  # لقائ|ه: the hamza is written on a seat before a pronoun
    whole = " ".join([first, *words[1:]])
    if whole in M["objective_nouns"] or first in M["objective_nouns"]:
        return "objective"
    if whole in M["agentive_nouns"] or first in M["agentive_nouns"]:
        return "agentive"
    return None


def opener_before(v: View, t0: int, a: int) -> bool:
    """هذا | وأسرت قوات المقاومة: a formula of transition opening the sentence
    (discourse_openers) right before و + the verb continues no clause."""
    return t0 - 1 >= a and v.norms[t0 - 1] in event_markers()["discourse_openers"] \
        and v.boundary_before(t0 - 1, a)


def led_word(word: str, words: frozenset[str], leads: frozenset[str]) -> bool:
    """The word is one of `words` after one of `leads` (proclitics and the article, "" for
    the bare word: بالمداهمة، للتدمير)."""
    return any(word.startswith(p) and word[len(p):] in words for p in leads)


def one_word_deed(f: Frame, types: tuple[str, ...], verbs: frozenset[str],
                  nouns: frozenset[str], leads: frozenset[str]) -> bool:
    """The trigger is one token of one of `types`: a verb whose lemma is one of `verbs`, or
    a noun (its و/ف aside) that is one of `nouns` after one of `leads` (a deed of destroying,
    of raiding: the passes that read its object, destroyed and raided)."""
    if f.trig.type not in types or f.t1 - f.t0 != 1:
        return False
    if f.trig.verb:
        return f.trig.lemma in verbs
    return led_word(f.v.bare(f.t0), nouns, leads)
