"""Candidates and features for the learned argument labeller (rasd.events.roles_model).

For each event, the phrases that could fill its actor, recipient or place: the entity
mentions of the trigger's sentence and of the sentence before it, the party noun phrases of
the trigger's sentence (`agent_heads`, `people_plurals` of data/events/markers.json) and the
roles the rule passes gave the other events of the sentence. Each candidate gets a list of
feature names: what it is (entity type, knowledge-base kind, which pass proposed it for
which role), where it is from the trigger (before/after, distance, same clause, commas,
verbs or other triggers between), the word or clitic that links it (من قبل، على يد، ضد،
في، ب، ل, right after the trigger noun, before the verb), and the trigger's category and
form. No feature names a word of the article except closed-class linking words and the
lexicon classes, so the model learns constructions, not strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.document import Entity, Event
from rasd.lexicons import event_markers
from rasd.roles import RELATIVES, View
from rasd.text.normalize import normalize

ROLES = ("actor", "recipient", "location")
REACH = 25  # tokens from the trigger to a candidate in its own sentence
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


@dataclass(slots=True)
class Candidate:
    """A token span [i, j) that could fill a role of an event, and its features."""

    i: int
    j: int
    entity: Entity | None
    si: int  # its sentence
    feats: list[str]
    own: str | None = None  # the role the rules already gave it on this event


@cache
def _links() -> frozenset[str]:
    return frozenset(LINKS)


@cache
def _heads() -> frozenset[str]:
    """Head nouns that open a candidate phrase without a name in it."""
    M = event_markers()
    return frozenset().union(*(M[k] for k in NP_HEADS))


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 \
        else "5-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def _head_classes(v: View, i: int) -> tuple[str, ...]:
    """The lexicon classes (HEAD_CLASSES) of token i (kept per document)."""
    memo = v.memo.setdefault("role_heads", {})
    got = memo.get(i)
    if got is None:
        M = event_markers()
        got = memo[i] = tuple(c for c in HEAD_CLASSES if v.in_words(i, M[c]))
    return got


def _flag(v: View, k: int) -> int:
    """1 a comma or clause mark, 2 a verb, 3 an event noun, 0 else (kept per document)."""
    memo = v.memo.setdefault("role_flags", {})
    got = memo.get(k)
    if got is None:
        if not v.word(k):
            got = 1 if v.text[v.toks[k].start] in "،,;؛:" else 0
        elif v.is_verb(k):
            got = 2
        elif (v.bares[k],) in RELATIVES and v.norms[k] not in ("من", "ما"):
            got = 4
        else:
            got = 3 if v.trigger_noun_at(k) else 0
        memo[k] = got
    return got


def candidates(v: View, ev: Event, k_ev: int, sent_tokens: list[tuple[int, int]],
               proposed: dict[tuple[int, int], list[tuple[str, int, int]]],
               speakers: dict[tuple[int, int], str]) -> list[Candidate]:
    """The candidate phrases of one event with their features. `sent_tokens` holds the token
    range of each sentence; `proposed` maps a token span to the roles the rules gave it
    (role, event index, the event's sentence): those of event `k_ev` itself are left out of
    the features and kept as `own`;
    `speakers` maps the token span of a claim's speaker to the claim's id."""
    t0, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    si = ev.sentence
    a, b = sent_tokens[si] if si < len(sent_tokens) else (t0, t1)
    spans: dict[tuple[int, int], Entity | None] = {}
    lo = a
    if si > 0:
        lo = sent_tokens[si - 1][0]
    for k in range(lo, b):
        e = v.ent_tok.get(k)
        if e is not None and (k == lo or v.ent_tok.get(k - 1) is not e):
            j = k
            while j < b and v.ent_tok.get(j) is e:
                j += 1
            spans[(k, j)] = e
    for i, j in proposed:  # the rules' roles in these sentences
        if lo <= i < b and j <= b:
            spans.setdefault((i, j), v.ent_tok.get(i))
    heads = _heads()
    for k in range(max(a, t0 - REACH), min(b, t1 + REACH)):
        if k in v.ent_tok or not v.word(k) or not v.in_words(k, heads):
            continue
        j = v.np_forward(k, b)
        if j > k:
            spans.setdefault((k, j), v.ent_tok.get(j - 1))
    out = []
    first_party = None
    for (i, j), e in sorted(spans.items()):
        if i < t1 and t0 < j:
            continue  # the trigger itself
        given = proposed.get((i, j), [])
        own = next((r for r, k, _ in given if k == k_ev), None)
        csi = si if i >= a else si - 1
        feats = features(v, ev, i, j, e, t0, t1, a if csi == si else lo, csi,
                         {(r, s == ev.sentence) for r, k, s in given if k != k_ev})
        if csi == si and first_party is None and (e is None or e.type != "LOC"):
            first_party = i
            feats.append("first_party")
        spoken = speakers.get((i, j))
        if spoken is not None:
            feats.append("speaker_of_its_claim" if spoken == ev.claim else "speaker")
        out.append(Candidate(i, j, e, csi, feats, own))
    n = _bucket(len(out))
    for c in out:
        c.feats.append(f"ncand={n}")
    return out


def features(v: View, ev: Event, i: int, j: int, e: Entity | None, t0: int, t1: int,
             a: int, csi: int, roles_of: set[tuple[str, bool]]) -> list[str]:
    """The feature names of the candidate [i, j) for the event whose trigger is [t0, t1)."""
    f = ["bias"]
    et = e.type if e is not None else "NP"
    kind = e.link.kind if e is not None and e.link is not None else "none"
    f += [f"type={et}", f"kind={kind}", f"type={et}|ev={ev.type}"]
    for role, here in sorted(roles_of):
        f += [f"proposed={role}", f"proposed={role}|type={et}"]
        if here:
            f.append(f"proposed_here={role}")
    if not roles_of:
        f.append("proposed=none")
    if j - i > 1:
        f.append("multiword")
    for cls in _head_classes(v, i):
        f += [f"head={cls}", f"head={cls}|ev={ev.type}"]
    verbal = v.is_verb(t0)
    f.append("trig=verb" if verbal else "trig=noun")
    glued = normalize(v.text[v.toks[t0].start:ev.trigger.start])[-1:]
    if glued in ("ل", "ب"):  # لقصف، بإطلاق: the deed noun governed by a preposition
        f += [f"trig_prep={glued}", f"trig_prep={glued}|type={et}"]
    f.append(f"ev={ev.type}")
    for role in ROLES:
        f.append(f"has_{role}={bool(getattr(ev, role))}")
    if ev.claim is not None:
        f.append("in_claim")
    if csi != ev.sentence:
        f += ["prev_sent", f"prev_sent|type={et}", f"prev_sent|type={et}|ev={ev.type}"]
        if csi == 0:
            f.append("prev_sent=first")
        if i == a or not v.word(i - 1) or v.is_verb(i - 1):
            f.append(f"prev_sent|opens_or_after_verb|type={et}")
        return f
    before = j <= t0
    side = "before" if before else "after"
    gap = t0 - j if before else i - t1
    f += [f"side={side}", f"dist={_bucket(gap)}|{side}", f"type={et}|{side}",
          f"kind={kind}|{side}", f"trig={'verb' if verbal else 'noun'}|{side}|dist={_bucket(gap)}"]
    lo, hi = (j, t0) if before else (t1, i)
    commas = verbs = trigs = rels = 0
    for k in range(lo, hi):
        flag = _flag(v, k)
        commas += flag == 1
        verbs += flag == 2
        trigs += flag == 3
        rels += flag == 4
    if rels:
        f += [f"relative_between|{side}", f"relative_between|{side}|type={et}"]
    f += [f"commas={min(commas, 2)}|{side}", f"verbs={min(verbs, 2)}|{side}",
          f"trigs={min(trigs, 2)}|{side}"]
    if gap == 0:
        f.append(f"adjacent|{side}|trig={'verb' if verbal else 'noun'}")
    # the linking word: the token before the candidate, or the candidate's own clitic
    link = "none"
    if i > a:
        n = v.bare(i - 1)
        if n in _links():
            link = n
            if n in ("قبل", "يد", "ايدي", "جانب") and i > a + 1:
                link = v.bare(i - 2) + "_" + n
        elif not v.word(i - 1):
            link = "punct"
    f += [f"link={link}", f"link={link}|{side}", f"link={link}|type={et}",
          f"link={link}|type={et}|{side}"]
    if i > a and v.word(i - 1) and v.is_verb(i - 1):
        f += [f"after_verb|{side}", f"after_verb|{side}|type={et}"]
    if j < len(v.toks) and v.word(j) and v.is_verb(j):
        f += [f"before_verb|{side}", f"before_verb|{side}|type={et}"]
    head = v.norms[i]
    clitic = "b" if head[:3] in ("بال",) else "l" if head[:2] == "لل" or head[:3] == "لال" \
        else "w" if head[:1] == "و" and v.bare(i) != head else "-"
    f += [f"clitic={clitic}", f"clitic={clitic}|{side}"]
    if v.is_def(i):
        f.append("def")
    # nearest candidate-like entity of the same type on its side: is it the first one?
    first = True
    rng = range(j, t0) if before else range(t1, i)
    for k in rng:
        x = v.ent_tok.get(k)
        if x is not None and x is not e and x.type == et:
            first = False
            break
    f.append(f"nearest={first}|{side}")
    if i == a or (i > a and not v.word(i - 1)):
        f.append("clause_start")
    return f


__all__ = ["Candidate", "ROLES", "candidates", "features"]
