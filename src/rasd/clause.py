"""The clause reading of a sentence: for each noun phrase, the predicate that governs it,
that predicate's voice, and the phrase's slot.

One left-to-right pass over a sentence's tokens (the Document's own tokens: nothing is
tokenized again), linear in its length. A predicate is a verb, or a deverbal noun (a deed
noun: قصف، اغتيال، غارات). Each phrase start gets:

- `gov`: the predicate it depends on, the nearest one before it in its clause; a phrase
  before any predicate of its clause waits for the next verb (القوات قصفت: a pre-verbal
  subject, slot `pre`);
- `slot`: `subj` (the first bare phrase after a verb), `obj` (the next one, or the first
  when the verb carries its subject: قصفوا المدينة, or had a pre-verbal one), `gen` (right
  after a deed noun: قصف النظام، اغتيال القائد), `agent` (من قبل، على يد), `prep:X` (after
  a preposition or the clitic ب/ل: على، في، من، ضد، ب، ل …), `pre`;
- the predicate's `voice`: `active`, `passive` (vowelled فُعِل, a form only read passive
  unvowelled: أصيب، اغتيل; تمّ / جرى + a verbal noun; a predicate followed by من قبل / على
  يد) or `undergo` (a verb whose subject is what the deed befalls: تعرض، لقي، استشهد);
- `joined`: a verb joined by و/ف to the verb before it in its clause, or a deed noun
  governed by a verb (شنت الطائرات غارات، تعرضت المدينة لقصف، تم استهداف);
- `clause` (an id per clause: a relative pronoun, a complementizer, a colon opens one),
  `relative` (inside a relative clause: المدينة التي سيطر عليها التنظيم) and `quote`.

The words it knows are closed classes in data/events/clause.json; which tokens are verbs
and which deed nouns is the caller's (rasd.roles.View knows both).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rasd.lexicons import event_markers, norm_phrases, norm_words, read_json
from rasd.once import once
from rasd.roles import PRONOUN_PREPS, RELATIVES, View
from rasd.text.normalize import normalize

SLOTS = ("subj", "obj", "gen", "agent", "pre")
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
# classes of data/events/markers.json whose nouns take a glued ب/ل as a preposition
CLITIC_HOSTS = ("place_nouns", "agent_heads", "people_plurals", "site_heads", "party_heads")
DAMMA = "\u064f"
QUOTE_OPEN = "«“"
QUOTE_CLOSE = "»”"
QUOTE_BOTH = "\"'"


@dataclass(frozen=True, slots=True)
class Lexicon:
    preps: dict[str, str]
    agents: dict[str, list[tuple[str, ...]]]  # by first word
    auxiliaries: frozenset[str]
    passive: frozenset[str]
    undergo: frozenset[str]
    complementizers: dict[str, list[tuple[str, ...]]]  # by first word
    particles: frozenset[str]
    subject_suffixes: tuple[str, ...]


def _by_first(phrases: set[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):  # the longest first
        out.setdefault(p[0], []).append(p)
    return out


@once
def lexicon() -> Lexicon:
    d = read_json("events", "clause.json")
    return Lexicon({normalize(k): v for k, v in d["prepositions"].items()},
                   _by_first(norm_phrases(d["agent_phrases"])),
                   frozenset(norm_words(d["passive_auxiliaries"])),
                   frozenset(norm_words(d["passive_forms"])),
                   frozenset(norm_words(d["undergo_verbs"])),
                   _by_first(norm_phrases(d["complementizers"])),
                   frozenset(norm_words(d["particles"])),
                   tuple(normalize(s) for s in d["subject_suffixes"]))


def _phrase_len(index: dict[str, list[tuple[str, ...]]], words: Sequence[str], k: int) -> int:
    """Length of the longest phrase of `index` at words[k], 0 if none."""
    for p in index.get(words[k], ()):
        if tuple(words[k:k + len(p)]) == p:
            return len(p)
    return 0


@dataclass(slots=True)
class Sentence:
    """What the reading needs of one sentence's tokens (index 0 = its first token)."""

    norms: Sequence[str]  # matching forms
    bares: Sequence[str]  # without a leading و/ف conjunction
    raws: Sequence[str]  # the text of each token (its vowels mark a passive)
    words: Sequence[bool]  # a word (not punctuation)
    verbs: Sequence[bool]  # a verb
    nouns: Sequence[bool]  # a deed noun
    phrase: Sequence[int] = ()  # given phrases: the start of the phrase holding each token, -1
    skip: Sequence[bool] = ()  # tokens of a time or a number: no phrase of their own
    glued: Sequence[bool] = ()  # a word carrying the clitic ب/ل (بمدينة، لقوات)


@dataclass(slots=True)
class Reading:
    """The clause reading of a sentence, one entry per token (-1 / "" where none)."""

    gov: list[int]
    slot: list[str]
    voice: list[str]
    joined: list[int]
    clause: list[int]
    relative: list[bool]
    quote: list[bool]
    starts: list[bool] = field(default_factory=list)  # a phrase starts at the token
    head: list[int] = field(default_factory=list)  # the phrase a token's slot is of, -1

    def relation(self, i: int, t: int) -> str:
        """How the phrase at token i stands to the predicate at token t: `self` (it is
        the predicate), `trigger` (t governs it), `host` (the predicate that governs t
        governs it: شنت الطائرات غارات، تعرضت المدينة لقصف; `host_far` when another object
        of that predicate comes between: نشر جيش الفتح صورا لتفجير), `joined` (its
        predicate is joined to t's or governs it), `other` (another predicate), `none`."""
        if i == t:
            return "self"
        g = self.gov[i]
        if g < 0:
            return "none"
        if g == t:
            return "trigger"
        if g == self.gov[t]:
            return "host_far" if self.object_between(g, self.head[t], i) else "host"
        if self.joined[g] == t or self.joined[t] == g or self.gov[g] == t \
                or (self.joined[g] >= 0 and self.joined[g] == self.joined[t]):
            return "joined"
        return "other"


    def object_between(self, g: int, t: int, i: int) -> bool:
        """Another object of predicate g opens between it and token t (نشر جيش الفتح صورا
        لتفجير: the deed noun hangs on صورا, not on the verb)."""
        return any(self.starts[k] and self.gov[k] == g and self.slot[k] == "obj"
                   and self.head[k] == k for k in range(g + 1, t) if k != i)

    def predicates_between(self, a: int, b: int) -> int:
        """The verbs and deed nouns strictly between tokens a and b."""
        lo, hi = min(a, b), max(a, b)
        return sum(1 for k in range(lo + 1, hi) if self.voice[k])


def _conj(s: Sentence, k: int) -> bool:
    return s.bares[k] != s.norms[k] or (k > 0 and s.norms[k - 1] in ("و", "ف", "او", "أو"))


def vowelled_passive(raw: str) -> bool:
    """A perfect verb written with a damma on its first letter (قُتل، أُصيب), on the infixed
    ت of the eighth form (اعتُقل، احتُجز، اضطُر) or in the tenth (استُهدف): the damma is its
    first vowel."""
    w = raw[1:] if raw[:1] in "وف" and len(raw) > 3 and raw[1:2] != DAMMA else raw
    k = w.find(DAMMA)
    if k < 0:
        return False
    first = next((c for c in w if "\u064b" <= c <= "\u0652"), "")
    return first == DAMMA and (k == 1 or (w.startswith(("است", "اس")) and k <= 4)
                               or (w[:1] == "ا" and k == 3 and w[2:3] in "تطد"))


_vowelled_passive = vowelled_passive


def _prep_of(s: Sentence, k: int) -> str:
    """The preposition glued to the phrase's first word: ب or ل (بالقصف، للنظام), else ''.
    Only before the article, on a deed noun (لقصف، بإطلاق) or where the caller says so
    (`glued`: بمدينة), so بلدة is no ب + لدة."""
    n = s.bares[k]
    if n[:1] in "بل" and (len(n) > 4 and (n[1:3] == "ال" or n[:2] == "لل")
                          or len(n) > 3 and s.nouns[k] or (s.glued and s.glued[k])):
        return n[0]
    return ""


def read(s: Sentence) -> Reading:
    """The clause reading of one sentence (see the module docstring)."""
    lex = lexicon()
    n_tok = len(s.norms)
    phrase = s.phrase or [-1] * n_tok
    skip = s.skip or [False] * n_tok
    r = Reading([-1] * n_tok, [""] * n_tok, [""] * n_tok, [-1] * n_tok, [0] * n_tok,
                [False] * n_tok, [False] * n_tok, [False] * n_tok, [-1] * n_tok)
    last_start = -1
    cur, cur_verb, after = -1, False, 0  # the clause's predicate; bare phrases after it
    topic: list[int] = []  # phrases before any predicate of the clause
    prep = ""  # the pending preposition
    clause, in_rel, rel_verb = 0, False, False
    saved: tuple[int, bool, int, list[int], int] | None = None
    last_slot, last_gov = "", -1
    prev_np = False  # the token before is inside a noun phrase
    aux = False  # after تم / جرى: the next word is a passive verbal noun
    quote = False
    k = 0

    def close_relative() -> None:
        nonlocal cur, cur_verb, after, topic, clause, in_rel, saved
        if saved is not None:
            cur, cur_verb, after, topic, clause = saved
        in_rel, saved = False, None

    while k < n_tok:
        n, b = s.norms[k], s.bares[k]
        r.clause[k], r.relative[k] = clause, in_rel
        if not s.words[k]:
            ch = s.raws[k][:1]
            if ch in QUOTE_OPEN or (ch in QUOTE_BOTH and not quote):
                quote = True
            elif ch in QUOTE_CLOSE or ch in QUOTE_BOTH:
                quote = False
            r.quote[k] = quote
            if ch in ":":  # قال: ... a new clause
                close_relative()
                clause += 1
                cur, cur_verb, after, topic = -1, False, 0, []
            elif ch in "،,;؛" and in_rel and rel_verb:
                close_relative()
            prev_np, prep = False, ""
            k += 1
            continue
        r.quote[k] = quote
        agent = _phrase_len(lex.agents, s.norms, k)
        if agent:
            prep = "agent"
            if cur >= 0:
                r.voice[cur] = "passive"
            for x in range(k, min(n_tok, k + agent)):
                r.clause[x], r.relative[x], r.quote[x] = clause, in_rel, quote
            k += agent
            prev_np = False
            continue
        if skip[k] or n in lex.particles or b in lex.particles or (n,) in PRONOUN_PREPS:
            prev_np = False
            k += 1
            continue
        if (b,) in RELATIVES and n not in ("من", "ما"):
            saved = (cur, cur_verb, after, topic, clause) if not in_rel else saved
            clause += 1
            cur, cur_verb, after, topic = -1, False, 0, []
            in_rel, rel_verb, prev_np, prep = True, False, False, ""
            r.clause[k], r.relative[k] = clause, True
            k += 1
            continue
        comp = _phrase_len(lex.complementizers, s.norms, k) \
            or _phrase_len(lex.complementizers, s.bares, k)
        if comp and not s.verbs[k]:
            if in_rel:
                close_relative()
            clause += 1
            cur, cur_verb, after, topic = -1, False, 0, []
            prev_np, prep = False, ""
            for x in range(k, min(n_tok, k + comp)):
                r.clause[x], r.relative[x], r.quote[x] = clause, in_rel, quote
            k += comp
            continue
        if (n in lex.preps or b in lex.preps) and phrase[k] == -1:
            prep = lex.preps.get(n) or lex.preps[b]
            prev_np = False
            k += 1
            continue
        verb = s.verbs[k] or n in lex.passive or b in lex.passive or n in lex.undergo \
            or b in lex.undergo or n in lex.auxiliaries or b in lex.auxiliaries \
            or (in_rel and not rel_verb and k > 0 and r.relative[k - 1] and (s.bares[k - 1],)
                in RELATIVES and not b.startswith("ال") and not s.nouns[k]
                and not _prep_of(s, k))  # التي احتلها: the word after a relative pronoun
        if verb and phrase[k] in (-1, k):
            if in_rel and rel_verb and not _conj(s, k):
                close_relative()
                r.clause[k], r.relative[k] = clause, False
            if in_rel:
                rel_verb = True
            if _conj(s, k) and cur >= 0 and cur_verb:
                r.joined[k] = cur
            r.voice[k] = "undergo" if n in lex.undergo or b in lex.undergo else "passive" \
                if n in lex.passive or b in lex.passive or _vowelled_passive(s.raws[k]) \
                else "active"
            for t in topic:
                r.gov[t] = k
            had_topic = bool(topic) and r.slot[topic[0]] == "pre"
            topic = []
            cur, cur_verb = k, True
            after = 1 if had_topic or (len(b) > 4 and b.endswith(lex.subject_suffixes)) else 0
            aux = n in lex.auxiliaries or b in lex.auxiliaries
            prev_np, prep = False, ""
            k += 1
            continue
        # a content word: a phrase opens here, or the one before goes on
        given = phrase[k]
        if given >= 0 and given != k:
            prev_np = True
            k += 1
            continue
        noun = s.nouns[k] or aux
        glued = _prep_of(s, k)
        opens = given == k or not prev_np or bool(prep) or bool(glued) \
            or _conj(s, k) or (k > 0 and k - 1 == cur) \
            or (k > 0 and s.bares[k - 1].startswith("ال") and not n.startswith("ال")
                and not b.startswith("ال") and not n.endswith(("ي", "يه")))
        if not opens and noun and last_slot:  # أولى غاراته، عدة غارات: the phrase's slot
            r.starts[k], r.slot[k], r.gov[k] = True, last_slot, last_gov
            r.head[k] = last_start
            r.voice[k] = "passive" if aux else "active"
            cur, cur_verb, after, aux = k, False, 0, False
            k += 1
            continue
        if not opens and not noun:
            k += 1
            continue
        r.starts[k] = True
        if prep or glued:
            slot = "agent" if prep == "agent" else f"prep:{prep or glued}"
            r.slot[k], r.gov[k] = slot, cur
            if cur < 0:
                topic.append(k)
        elif _conj(s, k) and last_slot and last_gov == cur:  # والريف: the slot before
            r.slot[k], r.gov[k] = last_slot, last_gov
            if cur < 0:
                topic.append(k)
        elif cur < 0:
            r.slot[k] = "pre"
            topic.append(k)
        elif cur_verb:
            r.slot[k], r.gov[k] = ("subj" if after == 0 else "obj"), cur
            after += 1
        else:
            r.slot[k], r.gov[k] = ("gen" if k == cur + 1 else "obj"), cur
            after += 1
        last_slot, last_gov, last_start = r.slot[k], r.gov[k], k
        r.head[k] = k
        if noun:  # a deed noun: a predicate of its own, governed where it stands
            r.voice[k] = "passive" if aux else "active"
            if aux and cur >= 0:
                r.joined[k] = cur
            cur, cur_verb, after = k, False, 0
        aux = False
        prev_np, prep = True, ""
        k += 1
    return r


def sentence_of(v: View, a: int, b: int, verbs: set[int] = frozenset(),  # type: ignore[assignment]
                nouns: set[int] = frozenset(),  # type: ignore[assignment]
                phrases: Sequence[tuple[int, int]] = ()) -> Sentence:
    """The Sentence of the View's tokens [a, b): verbs are the View's (`is_verb`) and the
    token indices in `verbs`; deed nouns those in `nouns` (the events' noun triggers) and
    the View's `trigger_noun_at` when `nouns` is not given; `phrases` (token spans) are
    kept whole."""
    idx = range(a, b)
    phrase = [-1] * (b - a)
    for i, j in sorted(phrases, key=lambda p: (p[0], -p[1])):
        if a <= i < b and phrase[i - a] == -1:
            for x in range(i, min(j, b)):
                if phrase[x - a] == -1:
                    phrase[x - a] = i - a
    ask_nouns = not nouns
    heads = _clitic_hosts()
    return Sentence(
        v.norms[a:b], v.bares[a:b], [v.text[v.toks[k].start:v.toks[k].end] for k in idx],
        [v.toks[k].is_word for k in idx],
        [v.toks[k].is_word and (k in verbs or v.is_verb(k) or _suffixed_verb(v, k))
         for k in idx],
        [v.toks[k].is_word and (k in nouns or (ask_nouns and v.trigger_noun_at(k)))
         for k in idx],
        phrase, [k in v.time_tok for k in idx],
        [v.prefixed(k) or (v.bares[k][:1] in "بل" and v.bares[k][1:] in heads) for k in idx])


@once
def _clitic_hosts() -> frozenset[str]:
    """Nouns that, after a glued ب/ل, open a phrase (بمدينة، لقوات، بمنطقة)."""
    M = event_markers()
    return frozenset().union(*(M[c] for c in CLITIC_HOSTS))


def _suffixed_verb(v: View, k: int) -> bool:
    """A verb rasd knows with an object pronoun (أطلقته، استهدفهم، قصفوها)."""
    n = v.bares[k]
    for suffix in PRONOUN_SUFFIXES:
        if n.endswith(suffix) and len(n) - len(suffix) >= 3 \
                and n[:-len(suffix)] in v.verbs:
            return True
    return False


__all__ = ["Lexicon", "Reading", "SLOTS", "Sentence", "lexicon", "read", "sentence_of"]
