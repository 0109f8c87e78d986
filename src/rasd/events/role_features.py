"""Candidates and features for the learned argument labeller (rasd.events.roles_model).

For each event, the phrases that could fill its actor, recipient or place: the entity
mentions of the trigger's sentence and of the sentence before it, the party, people, site
and place noun phrases of the trigger's sentence (`agent_heads`, `people_plurals`,
`site_heads`, `place_nouns` of data/events/markers.json) and the roles the rule passes gave
the events of those sentences.

Each candidate gets a row of small integer attributes (ATTRS): what it is (entity type,
knowledge-base kind, which pass proposed it for which role, the lexicon classes of its
head), where it is from the trigger (before/after, distance, commas, verbs, deed nouns and
relative pronouns between, the linking word or clitic before it), the trigger's category
and form, and its clause reading (rasd.clause): its slot, the voice of the predicate that
governs it, how that predicate stands to the trigger (the trigger itself, the verb that
governs the trigger, a verb joined to it, another verb), inside a relative clause or a
quote. Features are conjunctions of attributes (TEMPLATES), hashed with numpy into a fixed
space of DIM ids: `feature_ids` turns the rows of a document into a (candidates x
templates) id matrix at once. No attribute names a word of the article except closed-class
linking words and lexicon classes, so the model learns constructions, not strings.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from rasd.clause import Reading, read, sentence_of
from rasd.document import Entity, Event
from rasd.events.frame import ambiguous_relative
from rasd.lexicons import event_markers
from rasd.once import once
from rasd.roles import RELATIVES, View

ROLES = ("actor", "recipient", "location")
REACH = 25  # tokens from the trigger to a candidate in its own sentence
# candidates also from the clause reading's phrases and counted phrases (roles15): off, as
# the shipped weights were trained; `scripts/train_roles.py --wide` and
# `bench/role_misses.py --wide` turn it on (measured by leaving one set out, it found no
# more arguments: docs/history/evaluation.md, roles15)
WIDE = False
GLUED = ("prep:ب", "prep:ل")  # the slots of a phrase whose first word carries its preposition
DIM = 1 << 18  # hashed feature space
# closed-class words that link a phrase to the trigger (the token before the candidate)
LINKS = ("من", "في", "على", "ضد", "مع", "الى", "إلى", "عن", "بين", "قبل", "يد", "ايدي",
         "جانب", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
         "بحق", "لصالح", "عبر", "منطقه", "مدينه", "بلده", "قريه", "محافظه", "حي", "ولايه")

# lexicon classes of data/events/markers.json opening a candidate without a name, and the
# classes whose membership of the candidate's first word is a feature
NP_HEADS = ("agent_heads", "people_plurals", "site_heads", "place_nouns")
HEAD_CLASSES = ("agent_heads", "people_plurals", "person_nouns", "generic_victims",
                "bare_victims", "party_heads", "place_nouns", "site_heads", "media_heads",
                "non_party_heads", "generic_places", "vague_places", "territory_nouns",
                "referent_heads")

# the attributes of a candidate, one integer each (NA where it does not apply)
ATTRS = ("bias", "et", "kind", "ev", "multi", "trig_verb", "glued", "has_actor",
         "has_recipient", "has_location", "in_claim", "prop_actor", "prop_recipient",
         "prop_location", "here_actor", "here_recipient", "here_location", "proposed",
         "prev", "prev_first", "prev_open", "side", "dist", "rels", "commas", "verbs", "trigs",
         "adjacent", "link", "after_verb", "before_verb", "clitic", "def", "nearest",
         "clause_start", "first_party", "speaker", "ncand",
         *(f"head_{c}" for c in HEAD_CLASSES),
         "slot", "voice", "rel", "gov_cls", "trig_slot", "trig_voice", "cand_rel", "quote",
         "same_clause", "trig_rel", "preds")
A = {name: k for k, name in enumerate(ATTRS)}
NA = 0

# features: conjunctions of attributes (each hashed with its values into one id)
TEMPLATES: tuple[tuple[str, ...], ...] = (
    ("bias",), ("et",), ("kind",), ("et", "ev"),
    *((f"prop_{r}",) for r in ROLES), *((f"prop_{r}", "et") for r in ROLES),
    *((f"here_{r}",) for r in ROLES), ("proposed",),
    ("multi",),
    *((f"head_{c}",) for c in HEAD_CLASSES), *((f"head_{c}", "ev") for c in HEAD_CLASSES),
    ("trig_verb",), ("glued",), ("glued", "et"), ("ev",),
    ("has_actor",), ("has_recipient",), ("has_location",), ("in_claim",),
    ("prev",), ("prev", "et"), ("prev", "et", "ev"), ("prev_first",), ("prev_open", "et"),
    ("side",), ("dist", "side"), ("et", "side"), ("kind", "side"),
    ("trig_verb", "side", "dist"),
    ("rels", "side"), ("rels", "side", "et"), ("commas", "side"), ("verbs", "side"),
    ("trigs", "side"), ("adjacent", "side", "trig_verb"),
    ("link",), ("link", "side"), ("link", "et"), ("link", "et", "side"),
    ("after_verb", "side"), ("after_verb", "side", "et"), ("before_verb", "side"),
    ("before_verb", "side", "et"), ("clitic",), ("clitic", "side"), ("def",),
    ("nearest", "side"), ("clause_start",), ("first_party",), ("speaker",), ("ncand",),
    # the clause reading
    ("slot",), ("slot", "voice"), ("rel",), ("rel", "slot"), ("rel", "slot", "voice"),
    ("rel", "slot", "voice", "et"), ("rel", "slot", "trig_slot"),
    ("rel", "slot", "trig_slot", "trig_voice"), ("gov_cls", "slot", "voice"),
    ("rel", "gov_cls", "slot"), ("rel", "slot", "ev"), ("rel", "slot", "trig_verb"),
    ("cand_rel", "same_clause"), ("cand_rel", "rel"), ("quote",), ("same_clause", "side"),
    ("same_clause", "rel"), ("trig_rel",), ("trig_rel", "cand_rel", "slot"),
    ("slot", "side", "et"), ("rel", "side", "slot"),
    ("preds",), ("preds", "rel"), ("preds", "slot", "side"), ("preds", "rel", "slot", "voice"),
)
_WIDTH = max(len(t) for t in TEMPLATES)
# each template's attribute columns, padded with the constant column len(ATTRS)
_T_COLS = np.array([[A[a] for a in t] + [len(ATTRS)] * (_WIDTH - len(t)) for t in TEMPLATES],
                   dtype=np.intp)
_SEEDS = np.array([0x9E3779B97F4A7C15 ^ (t * 7919) for t in range(len(TEMPLATES))],
                  dtype=np.uint64)


@cache
def code(value: str) -> int:
    """A stable small integer for a categorical value (1 + its CRC32): never NA."""
    return 1 + zlib.crc32(value.encode("utf-8"))


def feature_ids(rows: np.ndarray) -> np.ndarray:
    """The hashed feature ids (candidates x templates) of attribute rows (candidates x
    ATTRS), in [0, DIM): all templates at once, one step per attribute of the longest."""
    n = rows.shape[0]
    r = np.zeros((n, len(ATTRS) + 1), dtype=np.uint64)
    r[:, :-1] = rows
    key = np.repeat(_SEEDS[None, :], n, axis=0)
    mult, shift = np.uint64(1_000_003), np.uint64(29)
    with np.errstate(over="ignore"):
        for w in range(_WIDTH):
            key = (key ^ r[:, _T_COLS[:, w]]) * mult
            key ^= key >> shift
    return (key % np.uint64(DIM)).astype(np.int64)


@dataclass(slots=True)
class Candidate:
    """A token span [i, j) that could fill a role of an event, and its attribute row."""

    i: int
    j: int
    entity: Entity | None
    si: int  # its sentence
    attrs: list[int]
    own: str | None = None  # the role the rules already gave it on this event


@once
def _links() -> frozenset[str]:
    return frozenset(LINKS)


@once
def _heads() -> frozenset[str]:
    """Head nouns that open a candidate phrase without a name in it."""
    M = event_markers()
    return frozenset().union(*(M[k] for k in NP_HEADS))


@once
def _light() -> frozenset[str]:
    return frozenset(event_markers()["light_verbs"])


def _bucket(n: int) -> int:
    return 1 if n <= 0 else 2 if n == 1 else 3 if n == 2 else 4 if n <= 4 \
        else 5 if n <= 8 else 6 if n <= 15 else 7


def _head_classes(v: View, i: int) -> tuple[bool, ...]:
    """Membership of token i in each of HEAD_CLASSES (kept per document)."""
    memo = v.memo.setdefault("role_heads", {})
    got = memo.get(i)
    if got is None:
        forms = {v.norms[i], v.bares[i]}
        forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}  # as in_words
        got = memo[i] = tuple(not forms.isdisjoint(words) for words in _class_words())
    return got


@once
def _class_words() -> tuple[frozenset[str], ...]:
    M = event_markers()
    return tuple(frozenset(M[c]) for c in HEAD_CLASSES)


@dataclass(slots=True)
class SentenceInfo:
    """One sentence's token range, clause reading and running counts of what lies between
    two of its tokens (commas, verbs, deed nouns, relative pronouns)."""

    a: int
    b: int
    reading: Reading | None
    cum: np.ndarray  # (b - a + 1) x 4 prefix sums
    verb_tok: set[int]


def _flag(v: View, k: int, nouns: set[int]) -> int:
    """1 a comma or clause mark, 2 a verb, 3 an event's deed noun, 4 a relative pronoun,
    0 else."""
    if not v.word(k):
        return 1 if v.text[v.toks[k].start] in "،,;؛:" else 0
    if v.is_verb(k):
        return 2
    if (v.bares[k],) in RELATIVES and not ambiguous_relative(v.norms[k]):
        return 4
    return 3 if k in nouns else 0


def _verbal(v: View, t0: int) -> bool:
    """The trigger at token t0 is a verb (kept per document)."""
    memo = v.memo.setdefault("role_verbal", {})
    got = memo.get(t0)
    if got is None:
        got = memo[t0] = v.is_verb(t0) or not v.trigger_noun_at(t0)
    return got


def sentence_info(v: View, si: int, a: int, b: int, evs: list[Event],
                  phrases: list[tuple[int, int]]) -> SentenceInfo:
    """The SentenceInfo of sentence si (kept per document)."""
    memo: dict[int, SentenceInfo] = v.memo.setdefault("role_sents", {})
    got = memo.get(si)
    if got is not None:
        return got
    nouns: set[int] = set()  # the deed nouns and verbs of the sentence's events
    verbs: set[int] = set()
    for ev in evs:
        if ev.sentence == si:
            t0, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
            (verbs if _verbal(v, t0) else nouns).update(range(t0, t1))
    flags = np.zeros((b - a + 1, 4), dtype=np.int32)
    for k in range(a, b):
        f = 2 if k in verbs else _flag(v, k, nouns)
        if f:
            flags[k - a + 1, f - 1] = 1
    cum = np.cumsum(flags, axis=0)
    reading = None
    if b > a:
        reading = read(sentence_of(v, a, b, verbs, nouns or {-1}, phrases))
    got = memo[si] = SentenceInfo(a, b, reading, cum, verbs)
    return got


def candidates(v: View, ev: Event, k_ev: int, sent_tokens: list[tuple[int, int]],
               proposed: dict[tuple[int, int], list[tuple[str, int, int]]],
               speakers: dict[tuple[int, int], str], evs: list[Event] | None = None
               ) -> list[Candidate]:
    """The candidate phrases of one event with their attribute rows. `sent_tokens` holds
    the token range of each sentence; `proposed` maps a token span to the roles the rules
    gave it (role, event index, the event's sentence): those of event `k_ev` itself are left
    out of the features and kept as `own`; `speakers` maps the token span of a claim's
    speaker to the claim's id; `evs` the document's events (their triggers are the verbs
    and deed nouns of the clause reading)."""
    t0, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    si = ev.sentence
    a, b = sent_tokens[si] if si < len(sent_tokens) else (t0, t1)
    lo = sent_tokens[si - 1][0] if si > 0 and si - 1 < len(sent_tokens) else a
    # the entity mentions and the rules' roles of this sentence and the one before
    spans: dict[tuple[int, int], Entity | None] = dict(_mentions(v, lo, b, proposed))
    named = [s for s in spans if a <= s[0] < b]  # the same for every event of the sentence
    src = dict.fromkeys(spans, 1)  # 1 an entity mention or a rules' role, 2 a head phrase
    for (k, j), e in _head_phrases(v, si, a, b):  # party, people, site, place phrases
        if t0 - REACH <= k < t1 + REACH:
            spans.setdefault((k, j), e)
            src.setdefault((k, j), 2)
    info = sentence_info(v, si, a, b, evs or [ev], named) if si < len(sent_tokens) else None
    if WIDE and info is not None:  # the clause reading's phrases and the counted phrases
        for (k, j), e in _clause_phrases(v, si, info):
            if t0 - REACH <= k < t1 + REACH:
                spans.setdefault((k, j), e)
                src.setdefault((k, j), 3)  # (no first party of the sentence)
    base = _event_attrs(v, ev, t0, t1, info)
    out = []
    first_party = None
    for (i, j), e in sorted(spans.items()):
        if i < t1 and t0 < j:
            continue  # the trigger itself
        given = proposed.get((i, j), [])
        own = next((r for r, k, _ in given if k == k_ev), None)
        csi = si if i >= a else si - 1
        row = list(base)
        _attrs(v, row, ev, i, j, e, t0, t1, a if csi == si else lo, csi,
               {(r, s == ev.sentence) for r, k, s in given if k != k_ev},
               info if csi == si else None)
        if csi == si and first_party is None and (e is None or e.type != "LOC") \
                and src[(i, j)] < 3:
            first_party = i
            row[A["first_party"]] = 1
        spoken = speakers.get((i, j))
        if spoken is not None:
            row[A["speaker"]] = 2 if spoken == ev.claim else 1
        out.append(Candidate(i, j, e, csi, row, own))
    n = _bucket(len(out))
    for c in out:
        c.attrs[A["ncand"]] = n
    return out


def _mentions(v: View, lo: int, b: int,
              proposed: dict[tuple[int, int], list[tuple[str, int, int]]]
              ) -> list[tuple[tuple[int, int], Entity | None]]:
    """The entity mentions starting in tokens [lo, b) and the rules' roles there (kept per
    document)."""
    memo = v.memo.setdefault("role_mentions", {})
    got = memo.get((lo, b))
    if got is not None:
        return got
    spans: dict[tuple[int, int], Entity | None] = {}
    for k in range(lo, b):
        e = v.ent_tok.get(k)
        if e is not None and (k == lo or v.ent_tok.get(k - 1) is not e):
            j = k
            j = v.skip_ent(j, e, b)
            spans[(k, j)] = e
    by_start = v.memo.get("role_proposed")
    if by_start is None:
        by_start = v.memo["role_proposed"] = sorted(proposed)
    for i, j in by_start[bisect_left(by_start, (lo, -1)):]:
        if i >= b:
            break
        if j <= b:
            spans.setdefault((i, j), v.ent_tok.get(i))
    got = memo[(lo, b)] = list(spans.items())
    return got


def _head_phrases(v: View, si: int, a: int, b: int
                  ) -> list[tuple[tuple[int, int], Entity | None]]:
    """The noun phrases of sentence si opened by a head of NP_HEADS outside a name (kept
    per document)."""
    memo = v.memo.setdefault("role_head_phrases", {})
    got = memo.get(si)
    if got is not None:
        return got
    heads = _heads()
    got = []
    for k in range(a, b):
        if k in v.ent_tok or not v.word(k) or not v.in_words(k, heads):
            continue
        j = v.np_forward(k, b)
        if j > k:
            got.append(((k, j), v.ent_tok.get(j - 1)))
    memo[si] = got
    return got


def _clause_phrases(v: View, si: int, info: SentenceInfo
                    ) -> list[tuple[tuple[int, int], Entity | None]]:
    """The noun phrases the clause reading opens in sentence si (a subject, an object, a
    deed noun's genitive, an agent, a preposition's phrase; not one glued to ب/ل, not a
    verb the reading took for a phrase) and the
    counted phrases (rasd.events.victims.counted_phrase: 18 شخصا، اثنين من جنوده، العشرات
    من عناصر التنظيم), outside a name (kept per document)."""
    memo = v.memo.setdefault("role_clause_phrases", {})
    got = memo.get(si)
    if got is not None:
        return got
    from rasd.events.victims import counted_phrase  # (victims imports the role helpers)

    got = []
    rd, a, b = info.reading, info.a, info.b
    for k in range(a, b):
        if not v.word(k):
            continue
        span = counted_phrase(v, k, b)
        if span is not None and span[1] > span[0]:
            got.append(((span[0], span[1]), v.ent_tok.get(span[1] - 1)))
            continue
        slot = rd.slot[k - a] if rd is not None else ""
        if rd is None or not rd.starts[k - a] or rd.head[k - a] != k - a or not slot \
                or k in v.ent_tok or v.prefixed(k) or slot in GLUED or v.is_verb(k):
            continue
        j = v.np_forward(k, b)
        if j > k:
            got.append(((k, j), v.ent_tok.get(j - 1)))
    memo[si] = got
    return got


def _event_attrs(v: View, ev: Event, t0: int, t1: int, info: SentenceInfo | None) -> list[int]:
    """The attributes every candidate of the event shares."""
    row = [NA] * len(ATTRS)
    row[A["bias"]] = 1
    verbal = _verbal(v, t0)
    row[A["trig_verb"]] = 1 if verbal else 2
    glued = v.text[v.toks[t0].start:ev.trigger.start][-1:]
    row[A["glued"]] = code(glued) if glued in ("ل", "ب") else 1
    row[A["ev"]] = code(ev.type)
    for role in ROLES:
        row[A[f"has_{role}"]] = 2 if getattr(ev, role) else 1
    row[A["in_claim"]] = 2 if ev.claim is not None else 1
    rd = info.reading if info is not None and info.a <= t0 < info.b else None
    if rd is not None:
        t = t0 - info.a  # type: ignore[union-attr]
        row[A["trig_slot"]] = code(rd.slot[t] or "-")
        g = rd.gov[t]
        row[A["trig_voice"]] = code(rd.voice[g] if g >= 0 else "-")
        row[A["trig_rel"]] = 1 + rd.relative[t] + 2 * rd.quote[t]
    return row


def _gov_class(v: View, info: SentenceInfo, g: int) -> str:
    k = info.a + g
    if k in info.verb_tok:
        return "event"
    if info.reading is not None and info.reading.voice[g] == "undergo":
        return "undergo"
    if v.norms[k] in _light() or v.bares[k] in _light():
        return "light"
    return "verb" if v.is_verb(k) else "noun"


def _attrs(v: View, row: list[int], ev: Event, i: int, j: int, e: Entity | None, t0: int,
           t1: int, a: int, csi: int, roles_of: set[tuple[str, bool]],
           info: SentenceInfo | None) -> None:
    """Fill the candidate's own attributes into `row` (the event's already there)."""
    et = e.type if e is not None else "NP"
    row[A["et"]] = code(et)
    row[A["kind"]] = code(e.link.kind if e is not None and e.link is not None else "none")
    for role, here in roles_of:
        row[A[f"prop_{role}"]] = 1
        if here:
            row[A[f"here_{role}"]] = 1
    row[A["proposed"]] = 1 if roles_of else 2
    row[A["multi"]] = 1 if j - i > 1 else 2
    for c, got in zip(HEAD_CLASSES, _head_classes(v, i), strict=True):
        if got:
            row[A[f"head_{c}"]] = 1
    if csi != ev.sentence:
        row[A["prev"]] = 1
        row[A["prev_first"]] = 1 if csi == 0 else 2
        row[A["prev_open"]] = 1 if i == a or not v.word(i - 1) or v.is_verb(i - 1) else 2
        return
    before = j <= t0
    row[A["side"]] = 1 if before else 2
    gap = t0 - j if before else i - t1
    row[A["dist"]] = _bucket(gap)
    if info is not None:
        lo, hi = (j, t0) if before else (t1, i)
        span = info.b - info.a  # (a trigger running past its sentence: counts clipped)
        between = info.cum[min(max(hi - info.a, 0), span)] \
            - info.cum[min(max(lo - info.a, 0), span)]
        commas, verbs, trigs, rels = (int(x) for x in between)
        row[A["commas"]] = 1 + min(commas, 2)
        row[A["verbs"]] = 1 + min(verbs, 2)
        row[A["trigs"]] = 1 + min(trigs, 2)
        row[A["rels"]] = 1 + min(rels, 1)
    if gap == 0:
        row[A["adjacent"]] = 1
    link = "none"
    if i > a:
        n = v.bare(i - 1)
        if n in _links():
            link = n
            if n in ("قبل", "يد", "ايدي", "جانب") and i > a + 1:
                link = v.bare(i - 2) + "_" + n
        elif not v.word(i - 1):
            link = "punct"
    row[A["link"]] = code(link)
    row[A["after_verb"]] = 1 if i > a and v.word(i - 1) and v.is_verb(i - 1) else 2
    row[A["before_verb"]] = 1 if j < len(v.toks) and v.word(j) and v.is_verb(j) else 2
    head = v.norms[i]
    clitic = "b" if head[:3] in ("بال",) else "l" if head[:2] == "لل" or head[:3] == "لال" \
        else "w" if head[:1] == "و" and v.bare(i) != head else "-"
    row[A["clitic"]] = code(clitic)
    row[A["def"]] = 1 if v.is_def(i) else 2
    first = True
    for k in (range(j, t0) if before else range(t1, i)):
        x = v.ent_tok.get(k)
        if x is not None and x is not e and x.type == et:
            first = False
            break
    row[A["nearest"]] = 1 if first else 2
    row[A["clause_start"]] = 1 if i == a or (i > a and not v.word(i - 1)) else 2
    rd = info.reading if info is not None and info.a <= t0 < info.b else None
    if rd is not None:
        c, t = i - info.a, t0 - info.a  # type: ignore[union-attr]
        g = rd.gov[c]
        row[A["slot"]] = code(rd.slot[c] or "-")
        row[A["voice"]] = code(rd.voice[g] if g >= 0 else "-")
        row[A["rel"]] = code(rd.relation(c, t))
        row[A["gov_cls"]] = code(_gov_class(v, info, g) if g >= 0 else "-")  # type: ignore[arg-type]
        row[A["cand_rel"]] = 1 + rd.relative[c] + 2 * rd.quote[c]
        row[A["quote"]] = 1 + rd.quote[c] + 2 * rd.quote[t]
        row[A["same_clause"]] = 1 if rd.clause[c] == rd.clause[t] else 2
        # predicates between the candidate's governor (or itself) and the trigger
        row[A["preds"]] = 1 + min(rd.predicates_between(g if g >= 0 else c, t), 3)


def describe(row: list[int] | np.ndarray) -> dict[str, Any]:
    """The attributes of a row by name (for reading a fill): NA ones left out."""
    return {name: int(row[k]) for k, name in enumerate(ATTRS) if row[k] != NA}


__all__ = ["ATTRS", "Candidate", "DIM", "ROLES", "TEMPLATES", "candidates", "code",
           "describe", "feature_ids", "sentence_info"]
