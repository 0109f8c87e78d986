"""Actors named by an agent phrase of their deed's clause (actors24).

`hand_doer`: على يد، على أيدي ("at the hands of") later in a deed's clause names who did
it, whatever noun heads the phrase (اعتقل على يد أفراد من قوة شرطة حرس الحدود، إحراق 20
مسجدا على يد غلاة المستوطنين، اغتيل العام 1990 على أيدي الفلسطينيين). rasd.events.frame's
agent_phrase reads the phrase only when its head is a name or an armed or ruling party noun
(`agent_heads`), since من قبل and من جانب also read "before" and "on the side of"; the
hand phrase has no other reading, so the general party filter (parties_only) is enough.

`also_actor`: a verb right after كما ("and also") with no subject of its own goes on
with the doer of the deed told before it in the sentence (هددت الولايات المتحدة نظام الأسد
… كما فرضت عقوبات جديدة؛ أن المحكمة أصدرت أحكاما بالسجن … كما حكمت على سبعة).

`joined_verb_actor` (actors39): a deed whose verb is joined by و to a verb of its sentence
that tells no event takes that verb's subject (الخرطوم تعاملت بشفافية مع الأمر، وأطلقت سراح
الصيادين; وشدد المندوب الصيني على الحل السياسي وطالب بعدم الانجراف).

`adjunct_actor` (actors39): a deed noun right after a preposition of circumstance (في، خلال،
أثناء) in the adjunct of its clause's verb is done by that verb's subject (ووصل كارتر في
زيارة، وقال كيري خلال مؤتمر صحفي، خطف مقاتلو التنظيم 250 مسيحيا في هجمات).

`hand_doer` reads a Frame's trigger and actor and writes its actor; `also_actor`,
`joined_verb_actor` and `adjunct_actor` read a story's events and write the actor of those
that have none (`adjunct_actor` also the side that fights a clash whose other side alone
was read after its noun).
"""

from __future__ import annotations

from typing import Any

from rasd.clause import lexicon as clause_lexicon
from rasd.clause import vowelled_passive
from rasd.document import Event, Role
from rasd.events.frame import (
    ASIDE_TYPES,
    SUBJECT_MAX,
    Frame,
    ambiguous_relative,
    clear_relative,
    counted,
    fire_agent,
    hand_agent,
    partitive_end,
    skip_time,
    where_at,
)
from rasd.events.nouns import _party_like, doing_verb, subject_before_still
from rasd.events.parties import parties_only, party_span
from rasd.events.places import is_place, list_comma, place_word
from rasd.events.referents import agrees, pronoun_on
from rasd.events.status import light_verb
from rasd.lexicons import event_markers, trigger_matcher, victim_words
from rasd.roles import PREPS, PRONOUN_PREPS, View
from rasd.text.normalize import normalize

HAND_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds done to someone (not مظاهره … على أيدي)


def hand_doer(f: Frame) -> None:
    """A deed with no actor yet: the party after على يد / على أيدي later in its clause (the
    walk of frame.hand_agent: no mark, verb, relative pronoun or other deed between)."""
    if f.actor or f.trig.type not in HAND_TYPES:
        return
    v = f.v
    s = hand_agent(v, f.t1, f.b, f.trig.type in ASIDE_TYPES)
    if s is None:
        return
    e = partitive_end(v, v.np_coordinated(s, f.b), f.b)  # أفراد من قوة شرطة حرس الحدود
    f.actor = [x[:2] for x in parties_only(v, v.split_coordination(s, e))]


def fire_doer(f: Frame) -> None:
    """مقتل شاب فلسطيني برصاص الجيش الإسرائيلي: an attack with no actor yet whose clause goes
    on to the bullets or the fire of a party (frame.fire_agent) has that party for actor
    (a verb's clause reads it as its agent: verbs.agent_passive)."""
    if f.actor or f.trig.type != "ASSAULT":
        return
    found = fire_agent(f.v, f.t1, f.b)
    if found is not None:
        f.actor = [x[:2] for x in parties_only(f.v, f.v.split_coordination(*found))]


FIRED_REACH = 12  # tokens from a folded killing to the attack it is told with


def fired_host(v: View, evs: list[Event], kills: list[list], b: int) -> None:
    """قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي أثناء مواجهات قرب جنين: a
    killing folded into an attack of its sentence (the fight it is the toll of) whose clause
    names the bullets or the fire of a party (frame.fire_agent) gives that party to the
    attack as its actor, when the attack has none and is told within FIRED_REACH tokens of
    the killing, no sentence mark between (basis "sentence")."""
    for g in kills:
        found = fire_agent(v, g[-1].last + 1, b)
        if found is None:
            continue
        pos = g[0].first
        hosts = [x for x in evs if x.type == "ASSAULT" and not x.actor]
        near = [x for x in hosts if abs(v.token_range(x.trigger.start, x.trigger.end)[0] - pos)
                <= FIRED_REACH and not any(
                    not v.word(t) and v.text[v.toks[t].start] in ".؛;:!?؟" for t in range(
                        *sorted((v.token_range(x.trigger.start, x.trigger.end)[0], pos))))]
        if not near:
            continue
        host = min(near, key=lambda x: abs(x.trigger.start - v.toks[pos].start))
        parts = parties_only(v, v.split_coordination(*found))
        host.actor = [Role(r.start, r.end, r.entity, basis="sentence")
                      for r in (v.role(x[0], x[1]) for x in parts)]


ALSO = frozenset({normalize("كما"), normalize("وكما")})  # "and also": the same doer goes on
ALSO_REACH = 7  # tokens from the light verb after كما to its deed noun (كما فرضت … عقوبات)


def also_verb(v: View, ev: Event) -> bool:
    """The trigger is a verb right after كما, or a deed noun whose light verb is (كما فجرت فيها
    سيارات مفخخة، كما فرضت في الوقت نفسه عقوبات). Not a verb of a deed done to people (كما
    قتل 5 أشخاص: a passive, its vowels unwritten), of undergoing (كما أصيب، كما تعرضت), nor
    one voweled as a passive."""
    t, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    i = next((k for k in range(t, max(0, t - ALSO_REACH), -1)
              if v.norms[k - 1] in ALSO and v.word(k - 1)), None)
    if i is None or not v.is_verb(i) or any(not v.word(k) for k in range(i, t)) \
            or i < t and not light_verb(v, i, event_markers()) \
            or i == t and ev.trigger.start != v.toks[i].start \
            or any(_governs(v, k) for k in range(i + 1, t)):
        return False
    done_to = victim_words()["undergoer_verbs"]
    if i == t and any(m.payload.type == ev.type and (m.payload.lemma,) in done_to
                      for m in v.candidates(trigger_matcher(), i)):
        return False
    raw = v.raw(i)
    return v.bare(i) not in clause_lexicon().undergo and not vowelled_passive(raw)


def _governs(v: View, k: int) -> bool:
    """A word between the light verb and the deed noun that may govern the noun, whose doer
    may be another party: a verbal noun after ب/ل (قاموا بإفشال محاولة اقتحام), an intent
    noun (محاولة), another deed noun."""
    n = v.norms[k]
    return n[:1] in "بل" and len(n) > 3 or v.in_words(k, event_markers()["intent_nouns"]) \
        or bool(v.trigger_noun_at(k))


def also_actor(story: Any) -> None:
    """كما + a verb with no actor: the actor of the nearest earlier event of its sentence."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or not also_verb(v, ev):
            continue
        prev = next((x for x in reversed(story.events[:n])
                     if x.sentence == ev.sentence and x.actor), None)
        if prev is not None:
            ev.actor = [Role(r.start, r.end, r.entity, basis="sentence") for r in prev.actor]


JOINED_REACH = 16  # tokens from a joined verb back to the verb of the clause before it


def joined_verb_actor(story: Any) -> None:
    """الخرطوم تعاملت بشفافية مع الأمر، وأطلقت سراح الصيادين؛ مليشيا الحوثي انهزموا وبدأوا
    بالهروب؛ القوات تقدمت في إطار عملية واسعة واستطاعت فرض سيطرتها: a deed whose verb (the
    trigger, or the light verb right before its noun) is joined by و to a verb of the same
    sentence that tells no event (`joined_head`) has that verb's subject for its actor, when
    both verbs agree (`_agree`: the same person, gender and number) and the subject is a
    party. rasd.events.context.joined_clause_actor carries the actor of an earlier event;
    this reads the subject of a verb that is none."""
    v = story.v
    heads = {v.token_range(e.trigger.start, e.trigger.end)[0] for e in story.events}
    for ev in story.events:
        if ev.actor:
            continue
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        found = joined_head(v, ev, a)
        if found is None:
            continue
        h, k = found
        if k in heads or not _agree(v.bare(h), v.bare(k)):
            continue
        subj = _verb_subject(v, k, h, a)
        if subj:
            ev.actor = _roles(v, subj, "sentence")


def joined_head(v: View, ev: Event, a: int) -> tuple[int, int] | None:
    """(h, k): the event's verb h, joined by و (the trigger verb, or a light verb right before
    the deed noun: وبدأوا | بالهروب), and the nearest verb k before it in its clause, only
    words and commas between (no relative pronoun, complementizer, connective or other
    mark: another clause). Not a verb of undergoing or one voweled as a passive (وقتل 5
    أشخاص: its doer is not the clause's subject)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i) and i not in v.ent_tok and ev.trigger.start > v.toks[i].start \
            and v.text[v.toks[i].start] == "و" and any(
                m.payload.verb and m.payload.type == ev.type
                for m in v.candidates(trigger_matcher(), i)):
        h = i  # (not بأعمال سطو | ونهب: a deed noun read as a verb)
        done_to = victim_words()["undergoer_verbs"]
        if any(m.payload.type == ev.type and (m.payload.lemma,) in done_to
               for m in v.candidates(trigger_matcher(), i)):
            return None
    elif i - 1 > a and v.norms[i - 1][:1] == "و" and v.bare(i - 1) != v.norms[i - 1] \
            and i - 1 not in v.ent_tok and doing_verb(v, i - 1, i, event_markers()):
        h = i - 1  # وبدأوا | بالهروب
    else:
        return None
    if v.bare(h) in clause_lexicon().undergo or vowelled_passive(v.raw(h)):
        return None
    for k in range(h - 1, max(a - 1, h - 1 - JOINED_REACH), -1):
        if not v.word(k) and not v.comma(k) or relative_word(v, k) \
                or v.phrase_at(k, v.W["complementizers"]) or where_at(v, k) \
                or v.phrase_at(k, v.W["connectives"]) or v.phrase_at(k, v.W["clause_openers"]):
            return None
        if v.is_verb(k) and k not in v.ent_tok:
            return (h, k) if k > a or v.word(k) else None
    return None


def _agree(h: str, k: str) -> bool:
    """Two verbs (bare forms) of the same person, gender and number as far as their letters
    tell: a plural (…وا، ي…ون), a feminine (…ت، ت…), else a masculine singular."""
    return _verb_form(h) == _verb_form(k)


def _verb_form(n: str) -> str:
    if n.endswith("وا") or n[:1] in "يت" and n.endswith("ون"):
        return "plural"
    if n.endswith(("تا", "ان")):
        return "dual"
    if n.endswith("ت") or n[:1] == "ت":
        return "feminine"
    return "masculine"


def _verb_subject(v: View, k: int, h: int, a: int) -> list[tuple[int, int]]:
    """The parties that are the subject of the verb at k: after it when it opens its clause
    (up to h), else before it."""
    if v.boundary_before(k, a) or v.norms[k][:1] in "وف" and v.bare(k) != v.norms[k]:
        s0 = skip_time(v, k + 1, h)
        e = v.np_coordinated(s0, h) if s0 < h else s0
        return parties_only(v, v.split_coordination(s0, e)) if e > s0 else []
    subj = subject_before_still(v, k, a) or v.subject_before(k, a, SUBJECT_MAX, preps=False)
    return parties_only(v, v.split_coordination(*subj)) if subj else []


ADJUNCT_REACH = 14  # tokens from the preposition before a deed noun back to its clause's verb


def adjunct_actor(story: Any) -> None:
    """ووصل كارتر صباح الخميس في زيارة غير معلنة؛ وسيطر المقاتلون على مباني الإذاعة في معارك
    عنيفة؛ خطف مقاتلو التنظيم 250 مسيحيا في هجمات على قرى؛ اتفقا أثناء اتصال هاتفي: a deed
    noun with no actor, right after a preposition of circumstance (`adjunct_preps`: في، خلال،
    أثناء) that opens an adjunct of its clause's verb, is done by that verb's subject: the
    actor of the verb's own event, or, when the verb tells none, its subject read here
    (`_verb_subject`; not a verb of undergoing or one voweled as a passive, not a counted
    phrase after the verb: قتل 5 أشخاص في غارات). Only words, commas and the verb's object
    between (no other deed noun, relative pronoun, complementizer or mark)."""
    v = story.v
    M = event_markers()
    by_head = story.by_head()
    for ev in story.events:
        if ev.actor and not _other_side_only(v, ev, M):
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        if i - 2 < a or ev.trigger.start != v.toks[i].start or v.is_verb(i) \
                or v.norms[i - 1] not in M["adjunct_preps"] or v.bare(i) in M["consequences"]:
            continue
        k = _clause_verb(v, i - 1, a)
        if k is None or _cue_far(v, k, i - 1) \
                or pronoun_on(v, i, ev.trigger.end) is not None and any(
                    t in v.ent_tok and v.ent_tok[t].type in ("PER", "ORG")
                    for t in range(k + 1, i - 1)) and not v.boundary_before(k, a):
            continue  # (قدمت الشبكة خارطة طريق إلى المبعوث دي ميستورا أثناء لقاءاته: his)
        own = by_head.get(k)
        if own is not None and own is not ev:
            if own.actor and own.trigger.start >= v.toks[k].start and not any(
                    x.start < r.end and r.start < x.end for x in own.actor for r in ev.recipient):
                ev.actor = _joined_sides(ev, [Role(r.start, r.end, r.entity, basis="sentence")
                                              for r in own.actor])
            continue
        if v.bare(k) in clause_lexicon().undergo or vowelled_passive(v.raw(k)) \
                or {v.bare(k), v.norms[k]} & (M["consequences"] | M["injury_verbs"]) \
                or any((m.payload.lemma,) in victim_words()["undergoer_verbs"]
                       for m in v.candidates(trigger_matcher(), k)):
            continue  # (أصيب طفل في انفجار عبوة ناسفة: the wounded is no bomber)
        subj = _verb_subject(v, k, i - 1, a)
        if subj and not any(counted(v, t, t + 1) for x in subj for t in range(x[0], x[1])) \
                and not any(v.toks[x[0]].start < r.end and r.start < v.toks[x[1] - 1].end
                            for x in subj for r in ev.recipient):
            ev.actor = _joined_sides(ev, _roles(v, subj, "sentence"))


CAUSE_REACH = 20  # tokens from a verb of result back to the verb of the clause it ends
CAUSE_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds done to someone, told as a result


def consequence_actor(story: Any) -> None:
    """أن عناصر داعش أطلقت صاروخين مستهدفة ثكنات عسكرية لقوات البيشمركة ما أسفر عن مقتل 13
    من قوات البيشمركة وإصابة 3 آخرين: a killing, a wounding, an arrest or a destruction (an
    attack or coercion noun) right after a verb of result and its preposition (`cause_verbs`:
    أسفر عن، أدى إلى، تسبب في) is done by the doer of the clause that verb ends: the actor of
    the deed told nearest before it (not a clash, whose dead may be either side's; none when
    that deed has no actor), else the subject of the clause's verb (not a verb of undergoing
    or one voweled as a passive, not a counted phrase). A second result joined to the first
    by و takes the same. Basis "sentence"."""
    v = story.v
    M = event_markers()
    by_head = story.by_head()
    filled: dict[int, list[Role]] = {}  # the result nouns given an actor here, by token
    for n, ev in enumerate(story.events):
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        if ev.actor or ev.type not in CAUSE_TYPES or v.is_verb(i) \
                or ev.trigger.start != v.toks[i].start and v.norms[i][:1] not in "بو":
            continue  # (بقتل، وإصابة: the trigger may leave its clitic out)
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        prev = story.events[n - 1] if n else None
        if v.norms[i][:1] == "و" and prev is not None and prev.sentence == ev.sentence:
            p = v.token_range(prev.trigger.start, prev.trigger.end)[0]
            if p in filled and i - p <= 8 and all(v.word(t) for t in range(p, i)):
                ev.actor = [Role(r.start, r.end, r.entity, basis="sentence")
                            for r in filled[p]]  # ما أسفر عن مقتل 13 … | وإصابة 3 آخرين
                filled[i] = ev.actor
            continue
        c = next((c for c in (i - 2, i - 3) if c >= a and v.phrase_at(c, M["cause_verbs"])
                  == i - c), None)
        if c is None and i - 1 >= a and v.norms[i][:1] == "ب" and v.bare(i - 1) in M[
                "cause_with_b"]:
            c = i - 1  # فصائل المعارضة المسلحة تسببت | بقتل 3 مدنيين
        if c is None:
            continue
        found = _cause_doer(v, c, a, by_head, ev, M)
        found = [r for r in found if not any(r.start < x.end and x.start < r.end
                                             for x in ev.recipient)]
        if found:
            ev.actor = found
            filled[i] = found


def _cause_doer(v: View, c: int, a: int, by_head: dict[int, Event], ev: Event,
                M: dict[str, Any]) -> list[Role]:
    """The doer of the clause the verb of result at c ends (consequence_actor)."""
    p = c
    while p > a and (v.norms[p - 1] in M["cause_leads"] or v.comma(p - 1)):
        p -= 1
    if p == c:  # الهجوم أسفر عن مقتل، فصائل المعارضة تسببت بقتل: the verb's own subject
        subj = v.subject_before(c, a, SUBJECT_MAX, preps=False) if c > a else None
        if not subj:
            return []
        e = next((by_head[k] for k in range(*subj) if k in by_head and by_head[k] is not ev),
                 None)
        if e is not None:
            return [] if not e.actor or e.type not in DEED_TYPES or any(
                v.bare(k) in M["fight_nouns"] for k in range(*subj)) else [
                Role(r.start, r.end, r.entity, basis="sentence") for r in e.actor]
        found = parties_only(v, v.split_coordination(*subj))
        if any(counted(v, t, t + 1) for x in found for t in range(x[0], x[1])):
            return []
        return _roles(v, found, "sentence")
    rel = next((k for k in range(p, c) if v.norms[k] in M["cause_relatives"]), None)
    if rel is not None and (rel == p or v.norms[rel - 1] not in M["cause_lead_nouns"]):
        e = by_head.get(rel - 1) if rel > a else None  # النزاع في اليمن الذي أسفر عن مقتل:
        if e is None or not e.actor or e.type not in DEED_TYPES \
                or v.bare(rel - 1) in M["fight_nouns"]:  # the noun before is the cause
            return []
        return [Role(r.start, r.end, r.entity, basis="sentence") for r in e.actor]
    for k in range(p - 1, max(a - 1, p - 1 - CAUSE_REACH), -1):
        if not v.word(k) and not v.comma(k) or relative_word(v, k) \
                or ambiguous_relative(v.norms[k]) and k + 1 < p and v.is_verb(k + 1) \
                or v.phrase_at(k, v.W["connectives"]) or where_at(v, k):
            return []
        e = by_head.get(k)
        if e is not None and e is not ev:
            if not e.actor or e.type not in DEED_TYPES or v.bare(k) in M["fight_nouns"] \
                    or len(e.actor) > 1 and e.type == "ASSAULT" and not v.is_verb(k):
                return []
            return [Role(r.start, r.end, r.entity, basis="sentence") for r in e.actor]
        if v.is_verb(k) and k not in v.ent_tok:
            if v.bare(k) in clause_lexicon().undergo or vowelled_passive(v.raw(k)) \
                    or {v.bare(k), v.norms[k]} & (M["consequences"] | M["injury_verbs"]) \
                    or any((m.payload.lemma,) in victim_words()["undergoer_verbs"]
                           for m in v.candidates(trigger_matcher(), k)):
                return []
            subj = _verb_subject(v, k, p, a)
            if any(counted(v, t, t + 1) for x in subj for t in range(x[0], x[1])):
                return []
            return _roles(v, subj, "sentence")
    return []


def _other_side_only(v: View, ev: Event, M) -> bool:
    """A fight (`fight_nouns`: both sides act) whose actors are all written after its noun
    (في اشتباكات عنيفة مع الحوثيين: the side fought with): the side that fights it is
    still to be read."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    return ev.type == "ASSAULT" and v.bare(i) in M["fight_nouns"] \
        and all(r.start >= ev.trigger.end for r in ev.actor)


def _joined_sides(ev: Event, found: list[Role]) -> list[Role]:
    """The subject found, then the fight's other side (its actors read before), no overlap."""
    return found + [r for r in ev.actor
                    if not any(r.start < x.end and x.start < r.end for x in found)]


def _clause_verb(v: View, p: int, a: int) -> int | None:
    """The verb of the clause the preposition at p belongs to: the nearest verb before it
    within ADJUNCT_REACH tokens, only words and commas between, no deed noun, verbal noun
    behind ب/ل, other preposition of circumstance, relative pronoun, complementizer or clause
    opener."""
    for k in range(p - 1, max(a - 1, p - 1 - ADJUNCT_REACH), -1):
        if not v.word(k) and not v.comma(k) or relative_word(v, k) \
                or v.phrase_at(k, v.W["complementizers"]) or where_at(v, k) \
                or v.phrase_at(k, v.W["connectives"]) or v.phrase_at(k, v.W["clause_openers"]):
            return None
        if v.is_verb(k) and k not in v.ent_tok:
            return k
        if v.norms[k] in event_markers()["adjunct_preps"]:
            return None  # (اعتبر الحزب الأجهزة مهملة في أفضل الأحوال ومتواطئة في أسوئها | في
            # الهجوم: the first circumstance after the verb only)
        if k not in v.ent_tok and (v.trigger_noun_at(k) or _verbal_noun(v, k)):
            return None  # (حققت تقدما | في المعارك: the progress's, rasd.events.battles;
            # رحب بقرار تركيا بفتح قواعدها امام مشاركة الولايات المتحدة | في العمليات)
    return None


def _verbal_noun(v: View, k: int) -> bool:
    """A noun behind ب/ل that is no party nor name (بقرار، بفتح، للدخول): a verbal noun
    that may govern what follows, its own doer another's."""
    n = v.norms[k]
    return n[:1] in "بل" and len(n) >= 4 and n[:2] not in ("بال", "لل") \
        and n[:3] not in ("بين", "لدي") and (n[1:],) not in PREPS and not _party_like(v, k)


def _cue_far(v: View, k: int, p: int) -> bool:
    """The verb at k is the cue of a claim and more than its subject stands between it and
    the preposition at p (اعتبر الحزب الأجهزة الأمنية مهملة … في الهجوم: the judged, not
    the speaker's; قال كيري | خلال مؤتمر صحفي: the speaker's)."""
    if not any(c.cue.start <= v.toks[k].start < c.cue.end for c in v.doc.claims):
        return False
    e = skip_time(v, k + 1, p)
    return v.np_coordinated(e, p) < p if e < p else False


DEED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"})
COORD_REACH = 8  # tokens of a coordination phrase (بالتنسيق مع X) between a party and its verb
HEAD_REACH = 5  # tokens from a deed noun back to its light verb (نفذت اليوم سلسلة من الغارات)
AFTER_REACH = 8  # tokens from a deed to a coordination phrase after it in its clause


def coordinated_partner(story: Any) -> None:
    """طائرات القوة الجوية، بالتنسيق مع استخبارات عمليات الأنبار، تمكنت من تدمير 4 أوكار؛
    قيادة الفرقة الثامنة وبالتنسيق مع طيران الجيش والقوة الجوية، نفذت اليوم سلسلة من
    الغارات؛ ودحرت جميع محاولاتهم الخائبة بالتعاون مع قوات التحالف: a deed done in
    coordination with a party (`coordination_words` + مع + the party) has that party for a
    second actor (gold rule 23), and, written between the subject and the deed's verb, the
    phrase is an aside: the subject before it is the deed's first actor. On the coordination
    word's own event (COOPERATE) the party before it is the actor. Only parties
    (parties_only: not بعض الجهات ذات الصلة)."""
    v = story.v
    words = event_markers()["coordination_words"]
    for ev in story.events:
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        if _coordination_at(v, i, b, words):
            if not ev.actor and _aside_before_verb(v, i, b):
                ev.actor = _roles(v, _coordinating_subject(v, i, a), "sentence")
            continue
        if ev.type == "COOPERATE":
            continue
        before = _coordination_before(v, i, a, words)
        c = before if before is not None or ev.type not in DEED_TYPES \
            else _coordination_after(v, j, b, words)
        if c is None:
            continue
        if before is not None and not ev.actor:
            ev.actor = _roles(v, _coordinating_subject(v, c, a), "sentence")
        if not ev.actor:
            continue  # (a second actor only beside a first)
        e = v.np_coordinated(c + 2, b)
        partners = parties_only(v, v.split_coordination(c + 2, e)) if e > c + 2 else []
        taken = [*ev.actor, *ev.recipient]
        for r in _roles(v, partners, "sentence"):
            if not any(r.start < x.end and x.start < r.end for x in taken):
                ev.actor.append(r)


def _roles(v: View, spans: list[tuple[int, ...]], basis: str) -> list[Role]:
    out = []
    for s in spans:
        r = v.role(s[0], s[1])
        out.append(Role(r.start, r.end, r.entity, basis=basis))
    return out


def _coordination_at(v: View, c: int, b: int, words: set[str] | frozenset[str]) -> bool:
    """A coordination word at token c, مع right after it, a phrase after that."""
    return c + 2 < b and v.word(c) and v.bare(c) in words and v.norms[c + 1] == "مع" \
        and v.word(c + 2)


def _aside_before_verb(v: View, c: int, b: int) -> bool:
    """The coordination phrase at c runs, a comma closing it or not, right to a verb: an
    aside between a subject and its verb (القوة الجوية، بالتنسيق مع X، | تمكنت), not a phrase
    after a verb's object (إدارة الجوازات بثت رسائل … بالتنسيق مع: the subject is not the
    phrase before it)."""
    e = v.np_coordinated(c + 2, b)
    if e < b and list_comma(v, e):
        e += 1
    return c + 2 < e < b and v.is_verb(e) and e not in v.ent_tok


def _verb_head(v: View, i: int, a: int) -> int | None:
    """The verb of the deed at token i: the trigger itself when a verb, else the light verb
    before it, only words (no other verb, relative pronoun or complementizer) between."""
    if v.is_verb(i) and i not in v.ent_tok:
        return i
    for k in range(i - 1, max(a - 1, i - 1 - HEAD_REACH), -1):
        if not v.word(k) or relative_word(v, k) or v.phrase_at(k, v.W["complementizers"]):
            return None
        if v.is_verb(k) and k not in v.ent_tok:
            return k if light_verb(v, k, event_markers()) else None
    return None


def relative_word(v: View, k: int) -> bool:
    """A relative pronoun at k (من and ما also read "from, of" and "what": not counted)."""
    return clear_relative(v.norms[k])


def _coordination_before(v: View, i: int, a: int,
                         words: set[str] | frozenset[str]) -> int | None:
    """The coordination word of a phrase that ends right before the deed's verb (a comma
    may close it): قيادة الفرقة | وبالتنسيق مع طيران الجيش والقوة الجوية، | نفذت."""
    h = _verb_head(v, i, a)
    if h is None:
        return None
    end = h - 1 if h - 1 > a and list_comma(v, h - 1) else h
    for c in range(end - 3, max(a - 1, end - 1 - COORD_REACH), -1):
        if not v.word(c):
            return None
        if _coordination_at(v, c, end, words):
            e = v.np_coordinated(c + 2, end)
            return c if e == end else None
    return None


def _coordination_after(v: View, j: int, b: int,
                        words: set[str] | frozenset[str]) -> int | None:
    """The coordination word of a phrase later in the deed's clause, no mark, verb,
    relative pronoun or other deed noun between (ودحرت جميع محاولاتهم الخائبة | بالتعاون
    مع قوات التحالف)."""
    for c in range(j, min(b, j + AFTER_REACH)):
        if _coordination_at(v, c, b, words):
            return c
        if not v.word(c) or v.is_verb(c) and c not in v.ent_tok or relative_word(v, c) \
                or v.phrase_at(c, v.W["complementizers"]) or v.trigger_noun_at(c) \
                or _governs(v, c):
            return None  # (انتقدت الولايات المتحدة | لعدم قيامها بالتنسيق مع: its own deed)
    return None


def _coordinating_subject(v: View, c: int, a: int) -> list[tuple[int, int]]:
    """The party that coordinates: the noun phrase opening the clause right before the
    coordination word at c (a comma between: طائرات القوة الجوية، | بالتنسيق), or the subject
    of the verb right before it (تمكنت الجهات المعنية … | وبالتنسيق: read before the verb)."""
    k = c - 1 if c - 1 > a and list_comma(v, c - 1) else c
    if k - 1 >= a and v.is_verb(k - 1) and k - 1 not in v.ent_tok:
        subj = v.subject_before(k - 1, a, SUBJECT_MAX)
        return parties_only(v, v.split_coordination(*subj)) if subj else []
    s = v.np_backward(k, a, SUBJECT_MAX, preps=False)
    ent = v.ent_tok.get(s)
    # (بان كي مون: a name is not cut at its first word)
    s = v.skip_back_ent(s, ent, a) if ent is not None else s
    if s >= k or not v.boundary_before(s, a):
        return []
    return parties_only(v, v.split_coordination(s, k))


STRIKE_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds done to someone, with an object


def relative_tail_actor(story: Any) -> None:
    """تحفظت قطر على موقف جامعة الدول العربية، التي استنكرت القصف التركي؛ في مكافحة مسلحي
    التنظيم الذين سيطروا على مناطق شاسعة؛ مع عمليات الجيش العراقي الذي استعاد السيطرة: a verb
    right after a relative pronoun (a comma may come before it) with no actor, whose
    antecedent phrase names no party as a whole (its head a stance, deed or role noun in
    construct: موقف، مكافحة، عمليات، دور), has for actor the party that closes the phrase,
    the genitive of that construct, when the pronoun agrees with it (التي: a feminine or
    a plural of things, الذي: a masculine, الذين: people; referents.agrees) and not with
    the head noun; before التي the head a deed noun or one of `non_party_heads` (a broken
    plural of things, مشاريع الهيئة التي, reads as a masculine and is the antecedent of
    التي). Not a verb of undergoing or one voweled as a passive, nor a deed with no object
    after it (a passive, its vowels unwritten), nor one whose object pronoun or a later
    pronoun resumes the antecedent (السفينة التي أغرقتها، المدينة التي سيطر عليها: the
    antecedent is what was done to); not a place (مدينة حلب التي). Basis "sentence"."""
    v = story.v
    suffixes = event_markers()["relative_object_suffixes"]
    for ev in story.events:
        if ev.actor:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        r = i - 1
        if r <= a or ev.trigger.start != v.toks[i].start or not v.is_verb(i) \
                or not relative_word(v, r) or v.bare(r) not in suffixes:
            continue
        pronoun = suffixes[v.bare(r)][0]
        if _done_to(v, i) or _resumed(v, i, b, pronoun) \
                or ev.type in STRIKE_TYPES and _no_object(v, i + 1, b):
            continue  # (هيكل سليمان الذي دمر في زمن احتلال الرومان: a passive, vowels unwritten)
        e = r - 1 if v.comma(r - 1) else r
        s = v.np_backward(e, a, SUBJECT_MAX, preps=False, after_prep=True)
        whole = party_span(v, (s, e)) if s < e else None
        if s >= e or s in v.ent_tok or place_word(v, s) or whole is not None and whole[0] == s:
            continue  # (a phrase naming a party as a whole: rasd.events.verbs.relative_subject)
        tail = _construct_tail(v, s, e)
        if tail is None or is_place(v, *tail) or not agrees(v, tail, pronoun) \
                or agrees(v, (s, tail[0]), pronoun) or pronoun == "ها" and not (
                    v.trigger_noun_at(s) or v.in_words(s, event_markers()["non_party_heads"])):
            continue  # (مشاريع الهيئة التي تستهدف: a plural of things, the antecedent of التي)
        found = parties_only(v, [tail])
        if found and not any(v.toks[x[0]].start < r2.end and r2.start < v.toks[x[1] - 1].end
                             for x in found for r2 in ev.recipient):
            ev.actor = _roles(v, found, "sentence")


def _construct_tail(v: View, s: int, e: int) -> tuple[int, int] | None:
    """The genitive that closes the construct phrase [s, e): the phrase from its first
    definite word or name after the bare nouns that head it (موقف | جامعة الدول العربية،
    مكافحة | مسلحي التنظيم، عمليات | الجيش العراقي), a bare noun in construct before that
    word kept with it (مسلحي التنظيم); None when the phrase has no bare head noun."""
    k = s
    while k < e and v.word(k) and not v.is_def(k) and k not in v.ent_tok and not v.prefixed(k) \
            or k == s and k < e and v.norms[k][:1] in "بل" and not v.is_def(k):
        k += 1
    if k == s or k >= e or not (v.is_def(k) or k in v.ent_tok):
        return None
    if k - 1 > s and not v.trigger_noun_at(k - 1) and v.bare(k - 1) not in event_markers()[
            "non_party_heads"]:
        k -= 1  # مكافحة | مسلحي التنظيم: the genitive's own head noun
    return k, e


def _done_to(v: View, k: int) -> bool:
    """The verb at k is one of undergoing, voweled as a passive, or a deed done to people
    (قتل، أصيب: its vowels unwritten, the antecedent may be its victim)."""
    return v.bare(k) in clause_lexicon().undergo or vowelled_passive(v.raw(k)) \
        or {v.bare(k), v.norms[k]} & (event_markers()["consequences"]
                                      | event_markers()["injury_verbs"]) \
        or any((m.payload.lemma,) in victim_words()["undergoer_verbs"]
               for m in v.candidates(trigger_matcher(), k))


def _no_object(v: View, k: int, b: int) -> bool:
    """Nothing but a time, a preposition phrase or the clause's end after the verb ending
    at k: no object follows it (as rasd.events.verbs.no_object)."""
    s = skip_time(v, k, b)
    return s >= b or not v.word(s) or (v.norms[s],) in PRONOUN_PREPS \
        or v.stop(s) and not v.is_verb(s) and v.norms[s] not in ("علي", "ضد", "بحق") \
        or v.norms[s] in event_markers()["no_object_preps"] \
        or v.norms[s][:1] == "و" and v.is_verb(s)  # (سيطروا على، هاجموا ضد: an object)


RESUMED_REACH = 8  # tokens after a relative clause's verb to a pronoun resuming its head


def _resumed(v: View, k: int, b: int, pronoun: str) -> bool:
    """The verb at k carries the relative's pronoun (أغرقتها) or a preposition after it in
    its clause does (سيطر عليها، قصفت فيه)."""
    if v.norms[k].endswith(pronoun) and v.bare(k) != v.norms[k]:
        return True
    for t in range(k + 1, min(b, k + 1 + RESUMED_REACH)):
        if not v.word(t) or v.is_verb(t) and t not in v.ent_tok or relative_word(v, t):
            return False
        if (v.norms[t],) in PRONOUN_PREPS and v.norms[t].endswith(pronoun):
            return True
    return False


def strike_subject_actor(story: Any) -> None:
    """إلى ذلك استهدفت غارات التحالف مواقع ومعسكرات للمليشيات الحوثية؛ ودمرت غارات طيران
    التحالف مخازن أسلحة؛ واستهدف قصف الطيران الروسي بلدة كفرنبل: a deed verb (an attack or
    coercion) with no actor whose subject is a deed noun in construct with a party (the
    strike done by it) has that party for actor, as the noun has (rasd.events.nouns reads
    غارات التحالف أدت …). The subject after the verb (past a time), an object after it
    (يصد هجوم داعش على المدينة: the attack is the object), or the subject before the
    verb; the deed noun bare (in construct), the party the definite phrase or name right
    after it, no ل on it (parties_only). Not a verbal noun after a preposition (في صد
    هجوم لبوكو حرام). Basis "sentence"."""
    v = story.v
    for ev in story.events:
        if ev.actor or ev.type not in STRIKE_TYPES:
            continue
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        if j != i + 1 or not v.is_verb(i) or i in v.ent_tok or _done_to(v, i) or not any(
                m.payload.verb and m.payload.type == ev.type
                for m in v.candidates(trigger_matcher(), i)):
            continue  # (أن قمع وقتل الشعب السوري: a deed noun, its genitive the victim)
        if i > a and (v.norms[i - 1],) in PREPS:
            continue  # (ساعدت القوات البرية في صد هجوم لبوكو حرام: a verbal noun)
        s0 = skip_time(v, j, b)
        found = _strike_party(v, s0, b)
        if found and not _object_after(v, found[-1][1], b):
            found = []  # (يصد هجوم داعش على المدينة: the attack is the verb's object)
        if not found and i > a:
            subj = v.subject_before(i, a, SUBJECT_MAX, preps=False)
            found = _strike_party(v, subj[0], subj[1]) if subj else []
        found = [x for x in found if not any(
            v.toks[x[0]].start < r.end and r.start < v.toks[x[1] - 1].end for r in ev.recipient)]
        if found:
            ev.actor = _roles(v, found, "sentence")


def _object_after(v: View, e: int, b: int) -> bool:
    """A bare noun phrase (the verb's object) opens right after the subject ending at e,
    past a time: the verb, its subject, then its object."""
    t = skip_time(v, e, b)
    return not _no_object(v, e, b) and (v.norms[t],) not in PREPS and v.np_forward(t, b) > t


def _strike_party(v: View, s: int, b: int) -> list[tuple[int, ...]]:
    """The parties in construct with the bare attack noun at s (غارات | التحالف، قصف |
    الطيران الروسي), read up to b; none when s holds no such noun."""
    if s + 1 >= b or not v.word(s) or v.is_def(s) or v.prefixed(s) or s in v.ent_tok \
            or v.norms[s][:1] in "وف" and v.bare(s) != v.norms[s] \
            or not any(not getattr(m.payload, "verb", True) and m.payload.type == "ASSAULT"
                       for m in v.candidates(trigger_matcher(), s)) \
            or not (v.is_def(s + 1) or s + 1 in v.ent_tok) or v.prefixed(s + 1) \
            or v.bare(s + 1) != v.norms[s + 1]:
        return []  # (هجوم لبوكو حرام: a ل phrase, read by rasd.events.nouns.agent_after)
    e = v.np_forward(s + 1, b)
    return parties_only(v, v.split_coordination(s + 1, e)) if e > s + 1 else []


WHAT_REACH = 10  # tokens from the من before a deed noun back to the ما of its verb of doing


def what_done_actor(story: Any) -> None:
    """وأدان أبو ردينة ما تقوم به قوات الاحتلال الإسرائيلي من عمليات قتل واعتقالات؛ ما قامت
    وتقوم به مليشيات الحوثي والمخلوع صالح من تدمير وتخريب: a deed noun with no actor, right
    after the من that tells what ما is (a head noun may come between: من عمليات | قتل), ما
    the object of a verb of doing (`what_done_verbs`: قام ب، ارتكب، مارس، شن، نفذ; a second
    one joined by و), is done by that verb's subject: the parties between the verb (past
    به) and من, and nothing else. Basis "sentence"."""
    v = story.v
    M = event_markers()
    for ev in story.events:
        if ev.actor:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        a, _ = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        if v.is_verb(i) and not v.trigger_noun_at(i) or ev.trigger.start != v.toks[i].start:
            continue
        m = i - 1 if i - 1 > a and v.norms[i - 1] == "من" else i - 2 if (
            i - 2 > a and v.norms[i - 2] == "من" and v.word(i - 1) and not v.is_def(i - 1)
            and i - 1 not in v.ent_tok) else None
        if m is None:
            continue
        found = _what_doer(v, m, a, M)
        if found:
            ev.actor = _roles(v, found, "sentence")


def _what_doer(v: View, m: int, a: int, M: dict[str, Any]) -> list[tuple[int, ...]]:
    """The subject of the verb of doing whose ما the من at m explains (what_done_actor)."""
    for k in range(m - 1, max(a - 1, m - 1 - WHAT_REACH), -1):
        if not v.word(k):
            return []
        if v.norms[k] not in M["what_words"] or k + 1 >= m \
                or not v.in_words(k + 1, M["what_done_verbs"]):
            continue
        t = k + 1
        while t + 1 < m and v.norms[t + 1][:1] == "و" and v.in_words(t + 1, M["what_done_verbs"]):
            t += 1  # ما قامت | وتقوم به
        t += 1
        if t < m and v.norms[t] == "به":
            t += 1
        if t >= m or v.np_coordinated(t, m) != m:
            return []
        return parties_only(v, v.split_coordination(t, m))
    return []
