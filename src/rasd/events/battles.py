"""Battles and progress told by nouns, per the settled conventions 27 and 28
(tests/gold/README.md; events38).

`battle_ok`: a battle noun in the singular (معركة، المعركة) tells a fight only when it names
the place fought for, a place or facility entity right after it (معركة عدن، معركة الزبداني،
حسم معركة قاعدة " العند "). Not events: a battle with no place (تأجيل معركة التحرير، دوره في
معركة التحرير, an anaphoric المعركة: نقل المعركة إلى حضن الغازي), a figure of speech
(بمعركة “أحد”). A battle for a taking names its place after the deed noun (معركة تحرير
الموصل: convention 28 makes it an ASSAULT, alt COERCE). The plural (معارك، المعارك) is
left to the general row.

`fold_progress`: progress made in a fight or a taking told just after it in its clause
(القوات العراقية تحرز تقدما في المعارك، قواته تحقق تقدما مطردا على الأرض في المواجهات
الدامية، حققت تقدما في عملية تحرير مناطق واسعة) is that event's other word (convention 27,
rule 4): one event, the fight's or the taking's, which takes the progress's doer and time
where it has none; a fight's recipient (the side fought against) joins its actors.

Reads: trigger matches, tokens and entities of the View; the events of one sentence.
Writes: nothing (`battle_ok`, a predicate of events.acceptable); drops the progress event and
fills its host's empty roles (`fold_progress`). Words in data/events/markers.json."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.places import place_word
from rasd.lexicons import event_markers, trigger_matcher
from rasd.roles import View, norm_piece
from rasd.text.segment import clitic_stems

OPENING_QUOTES = "«\"“("
LAUNCH_REACH = 4  # words before a battle noun searched for the word that launched it
BATTLE_PLACE_REACH = 3  # tokens after a battle noun (past its deed noun) to the place fought for
PROGRESS_REACH = 6  # words from the progress noun to the fight noun it was made in
PROGRESS_PREPS = ("في", "خلال")  # the last or the one but last word before the fight noun
CLAUSE_MARKS = frozenset(".:؛;؟?!«»\"“”()")  # marks that end or open a clause (a comma does not)


def battle_ok(v: View, m, b: int) -> bool:
    """A singular battle noun (`battle_nouns`) launched or waged (a word of `battle_launch_words`
    within LAUNCH_REACH words before it in its clause: أطلقت قوات المعارضة معركة «زلزلة عروش
    حزب الله»، لخوض معركة)
    or with the place fought for after it: a place or facility entity within BATTLE_PLACE_REACH
    tokens, past an opening quote, the deed noun it is for (معركة تحرير محافظة الأنبار) and
    place words only (بدء معركة بلدتي كفريا والفوعة، انطلاقة المعركة في عدن); any other
    trigger passes."""
    if m.payload.type != "ASSAULT" or m.last - m.first != 1 \
            or norm_piece(v.text[m.start:m.end]) not in event_markers()["battle_nouns"]:
        return True
    if _launched(v, m.first):
        return True
    k = _past_quotes(v, m.last, b)
    if k < b and k not in v.ent_tok and v.word(k) and any(
            not x.payload.verb and x.payload.type in ("COERCE", "ASSAULT")
            for x in v.candidates(trigger_matcher(), k)):
        k = _past_quotes(v, k + 1, b)  # (معركة تحرير الموصل: the battle for a taking)
    for t in range(k, min(b, k + BATTLE_PLACE_REACH)):
        ent = v.ent_tok.get(t)
        if ent is not None:
            return ent.type in ("LOC", "FAC")
        if not v.word(t) or not place_word(v, t):
            return False  # (المعركة الجارية على الحدود: an adjective first; معركة التحرير)
    return False


def _launched(v: View, i: int) -> bool:
    """A word of launching or waging (with or without و) within LAUNCH_REACH words before
    token i, no punctuation between (its subject may stand between: أطلقت قوات المعارضة |)."""
    launch = event_markers()["battle_launch_words"]
    for k in range(i - 1, max(-1, i - 1 - LAUNCH_REACH), -1):
        if not v.word(k):
            return False
        n = v.norms[k]
        if n in launch or n[:1] == "و" and n[1:] in launch:
            return True
    return False


def _past_quotes(v: View, k: int, b: int) -> int:
    """The first token from k on that is no opening quote mark."""
    k = v.skip_quotes(k, b, OPENING_QUOTES)
    return k


def fold_progress(v: View, evs: list[Event]) -> list[Event]:
    """The events of one sentence, each progress noun made in a fight or a taking told
    right after it folded into that event."""
    drop: list[Event] = []
    for e in evs:
        h = _progress_host(v, e, evs)
        if h is None or h in drop:
            continue
        h.actor = h.actor or e.actor  # (not its place: ستصبح عند حدود مدينة الرمادي is
        h.time = h.time or e.time  # where the forces will be, not where the fight is)
        if is_fight(v, h):  # (المواجهات الدامية التي تخوضها ضد الميليشيات: the other side)
            h.actor = h.actor + [r for r in h.recipient if (r.start, r.end) not in {
                (x.start, x.end) for x in h.actor}]
            h.recipient = []
        drop.append(e)
    return [e for e in evs if not any(e is d for d in drop)]


def is_fight(v: View, h: Event) -> bool:
    """The event is told by a noun of a mutual fight (`fight_nouns`): by the convention of
    clashes its sides are all actors, the party it is fought against (ضد) one of them."""
    k, _ = v.token_range(h.trigger.start, h.trigger.end)
    return h.type == "ASSAULT" and any(
        st in event_markers()["fight_nouns"] for st, _, _ in clitic_stems(v.bare(k)))


def _progress_host(v: View, e: Event, evs: list[Event]) -> Event | None:
    """The fight or taking (an ASSAULT or COERCE noun) after في or خلال within
    PROGRESS_REACH words after a progress noun (`progress_nouns`, the ASSAULT row of تقدم read
    as a noun), with no verb, conjunction or clause mark between: the fight it was made in."""
    if e.type != "ASSAULT":
        return None
    i, j = v.token_range(e.trigger.start, e.trigger.end)
    if norm_piece(v.text[e.trigger.start:v.toks[i].end]) not in event_markers()["progress_nouns"]:
        return None  # (تقدما is read as a dual verb too: the form decides)
    for h in evs:
        hi, hj = v.token_range(h.trigger.start, h.trigger.end)
        if h is e or h.type not in ("ASSAULT", "COERCE") or hi < j or v.is_verb(hi) \
                or not any(not x.payload.verb for x in v.candidates(trigger_matcher(), hi)):
            continue
        words = [k for k in range(j, hi) if v.word(k)]
        if not words or len(words) > PROGRESS_REACH or not any(
                v.norms[k] in PROGRESS_PREPS for k in words[-2:]):
            continue  # (في المعارك، في عملية تحرير: the fight, or the operation of it)
        if any(v.is_verb(k) or v.norms[k][:1] == "و" for k in words) or any(
                c in CLAUSE_MARKS for k in range(j, hi) if not v.word(k)
                for c in v.raw(k)):
            continue
        return h
    return None
