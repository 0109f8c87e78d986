"""What a deed of destroying destroyed is its recipient (recip27): the object of a verb of
destroying, blowing up, burning or demolishing (`destroy_verbs`: دمرت وحدة من الجيش نفقا،
فجرت دبابة ومدرعتين) or the genitive of its verbal noun (`destroy_nouns`: تدمير رتل عسكري، قام
بتفجير مخزن ذخيرة للمجموعات الإرهابية، احراق كنيسة الخبز والسمك) names what the deed was
done to, a thing as well as a party; the dev sets' annotators code it so. The party filters
(rasd.events.arguments.only_parties, parties.keep_parties) drop such things, so this pass
reads them after the first, for an event with no recipient, and marks them kept for the
second (as objects named by their owner are: `owned_objects`).

Reads the frame's trigger, actor and sentence tokens; writes its recipient (and drops an
actor after a verb that names no party: the object read as a subject), and the recipient's
spans into the view's memo `owned_objects`. Words in data/events/destroyed.json."""

from __future__ import annotations

from rasd.events.frame import (
    OBJECT_PRONOUNS,
    Frame,
    TokSpan,
    counted,
    one_word_deed,
    partitive_end,
    skip_time,
)
from rasd.events.parties import party_span
from rasd.events.places import generic_place, is_place, place_word
from rasd.lexicons import event_markers, word_lists
from rasd.once import once
from rasd.roles import PREPS, View, _nisba, norm_piece


@once
def destroy_words() -> dict[str, frozenset[str]]:
    """data/events/destroyed.json, normalized: `destroy_verbs`, `destroy_nouns`,
    `not_objects`, `rigged`, `figurative`, `part_nouns`."""
    return word_lists("events", "destroyed.json")


def _destroying(f: Frame) -> bool:
    """The trigger is a verb or a verbal noun of destroying (one token)."""
    W = destroy_words()
    return one_word_deed(f, ("ASSAULT",), W["destroy_verbs"], W["destroy_nouns"],
                         W["noun_leads"])


def _object_start(f: Frame) -> tuple[int, bool, TokSpan | None] | None:
    """(the token where what is destroyed starts, it carries ل, the actor span that is the
    object) after the trigger: a verb's object past its subject and times (دمرت القوات |
    جسرا), or the phrase after it read as its subject that names no party (دمرت | نفقا …);
    a noun's genitive or, past its agent, the agent's ل phrase (تدمير الجيش | للمواقع)."""
    v = f.v
    s = skip_time(v, f.t1, f.b)
    after = next((x for x in f.actor if x[0] == s), None)
    if after is not None and f.trig.verb and not v.trigger_noun_at(s) \
            and party_span(v, after) is None:
        return s, False, after  # a thing after the verb is its object, its subject said
        # before (not a deed noun: ودمرت الغارات …)
    if not f.trig.verb and _definite(v, f.t0):
        after = after or (s, s)  # التفجير | الإرهابي، التدمير الممنهج: a definite noun takes
        # no genitive; a word after it is its adjective or predicate (only ل + its object)
    if after is not None:
        if after[1] > after[0] and v.is_def(after[1] - 1) and after[1] < f.b \
                and v.is_def(after[1]):
            return None  # دمرت السفن الحربية | التابعة لقوات التحالف: a definite word after
            # a definite subject is its adjective; where its object starts is unsure
        s = skip_time(v, after[1], f.b)
        if not f.trig.verb:
            return (s, True, None) if s < f.b and v.word(s) and v.norms[s][:1] == "ل" \
                and len(v.norms[s]) > 3 else None
    if s >= f.b or not v.word(s):
        return None
    return s, False, None


def _definite(v: View, t: int) -> bool:
    """The word carries the article, also after a clitic preposition (للتفجير، بالتدمير)."""
    return v.is_def(t) or v.bare(t).startswith(("لل", "بال")) and len(v.bare(t)) > 5


def _no_object(v: View, s: int) -> bool:
    """Token s opens no object: a mark, a preposition, a verb, a deed noun, a time, a word of
    `not_objects` (فجر نفسه، تفجير انتحاري), an indefinite nisba adjective (تدمير كلي)."""
    n = v.bare(s)
    if v.norms[s][:1] == "و" and n != v.norms[s]:
        return True  # وتخريب، وعددا: a conjunct of the trigger, no object
    if v.stop(s) or v.is_verb(s) or v.in_time(s) or (v.norms[s],) in PREPS \
            or v.trigger_noun_at(s) or (n,) in v.W["attachment_adjectives"]:
        return True  # (ودمرت الغارات …: a deed noun after the verb is its subject)
    if n in destroy_words()["not_objects"] or v.norms[s] in destroy_words()["not_objects"]:
        return True
    return not v.is_def(s) and s not in v.ent_tok and _nisba(n) and not counted(v, s, s + 1)


def _suffixed(f: Frame) -> bool:
    """The trigger word carries an object pronoun (دمرتها، تدميرها): what it destroyed is
    named before (rasd.events.suffixes); what follows is no object."""
    v = f.v
    rest = norm_piece(v.text[f.event.trigger.end:v.toks[f.t0].end])
    if rest in OBJECT_PRONOUNS:
        return True
    word = v.norms[f.t0]
    return any(word.endswith(p) for p in ("ها", "هم", "هما", "هن")) and len(word) > 5


def destroyed_object(f: Frame) -> None:
    """A deed of destroying with no recipient: what follows it as its object or genitive
    (see the module's doc), when that is no place (the event's place: places) nor the
    weapon (`instruments`: تفجير سيارة مفخخة)."""
    if f.recipient or not _destroying(f) or _suffixed(f):
        return
    v = f.v
    got = _object_start(f)
    if got is None:
        return
    s, lam, subject = got
    if _no_object(v, s) or not lam and v.prefixed(s):
        return
    if v.phrase_at(s, event_markers()["instruments"]):
        return  # تفجير سيارة مفخخة، فجر عبوة ناسفة: the weapon
    e = v.np_coordinated(s, f.b) if not lam else v.np_forward(s, f.b, prefixed_ok=True)
    if e <= s:
        return
    W, head_end = destroy_words(), e
    if counted(v, s, s + 1) or v.bare(s) in W["part_nouns"] \
            or v.bare(s) in event_markers()["head_skip"] and e - s == 1:
        e = partitive_end(v, e, f.b)  # تدمير عدد | من العربات، جزء كبير | من جسرين
    words = {v.bare(t) for t in range(s, e)} | {v.norms[t] for t in range(s, e)}
    if e < f.b and v.word(e) and v.bare(e).startswith(("لنفس", "لانفس")):
        return  # تفجير عنصرين من التنظيم لنفسيهما: the genitive blew itself up, the agent
    if words & W["rigged"]:
        return  # تفجير عربة مفخخة: the weapon
    if {v.bare(s), v.bare(s)[1:] if lam else v.bare(s)} & W["figurative"]:
        return  # تفجير نزاع: figurative
    k = s + 1 if s + 1 < e and (counted(v, s, s + 1) or v.norms[s].isdigit()) else s
    site = v.phrase_at(k, event_markers()["site_heads"])
    if not site and (is_place(v, s, head_end) or place_word(v, k)
                     or generic_place(v, k) and head_end - k == 1):
        return  # دمرت مدينة عدن: a place is where (the places pass), not a recipient here
        # (the part before a partitive من is judged: قسم كبير | من مدينة باغا)
    if e - s == 1 and v.norms[s].isdigit():
        return  # تفجير 65000 (خمسة وستين ألف) اسطوانة: a count cut from what it counts
    parts = v.split_coordination(s, e)
    counts = all(counted(v, p[0], p[0] + 1) or v.norms[p[0]].isdigit() for p in parts[1:])
    spans: list[TokSpan] = [(s, e, 1)] if lam else parts if len(parts) > 1 and counts \
        else [(s, e)]  # 9 مستودعات للأسلحة و22 عجلة مسلحة: counted things one by one;
    # كنيسة الخبز والسمك، مواقع وأسلحة وعجلات مختلفة: one phrase
    f.recipient = spans
    f.actor = [x for x in f.actor if x is not subject]
    from rasd.events.arguments import roles  # (arguments runs this pass)

    kept = v.memo.setdefault("owned_objects", set())
    for r in roles(v, spans):  # the party filter after the sentence keeps them as read
        kept.add((r.start, r.end))
