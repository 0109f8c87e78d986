"""The two sides of a fight told through its victims.

A fight noun (اشتباكات، مواجهات، قتال، معارك: `fight_nouns`, data/events/markers.json)
names its other side after مع (rasd.events.arguments.prep_recipient reads it as the
recipient). When the sentence tells the fight through the dead of one side, a killing
folded into it (قتل 8 حوثيين في مواجهات مع المقاومة الشعبية، قتل قائد عسكري خلال اشتباكات
مع قوات النظام، ستة مقاتلين … قتلوا خلال معارك مع عناصر من تنظيم القاعدة), the side after
مع did the killing: it is the actor, and the victims are the recipient. With the fight's
agent said (سيطرت المقاومة بعد مواجهات مع الانقلابيين) or no victims told, the side
after مع stays the recipient."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.context import victims
from rasd.events.frame import SUBJECT_MAX, TokSpan, counted, partitive_end, skip_time
from rasd.events.parties import party_span
from rasd.events.places import is_place
from rasd.events.verbs import subject_past_relative_clause
from rasd.events.victims import companions
from rasd.lexicons import event_markers
from rasd.roles import PRONOUN_PREPS, RELATIVES, View
from rasd.text.segment import clitic_stems

FIGHT_REACH = 14  # tokens from a killing (or its victims) to the fight noun it belongs to
SENTENCE_MARKS = ".:;؛!?؟"


def victims_side(v: View, evs: list[Event], outcomes: list[list], a: int, b: int
                 ) -> list[TokSpan]:
    """Give the victims of the sentence's folded killings to the fight noun after them whose
    other side (after مع) killed them; the counted victims of the other killings are
    returned, for the sentence's attacks (rasd.events.context.give_victims)."""
    left = []
    for g in outcomes:
        found = victims(v, g, a, b)
        slain = found or named_slain(v, g, a, b)
        host = fight_after(v, evs, max(g[-1].last, slain[1]), b) \
            if slain and not generic_victims(v, slain) else None
        if host is None:
            if found:
                left.append(found)
                with_them = companions(v, g, found, b)  # قتل مع مسلحين اثنين آخرين
                left += [with_them] if with_them else []
            continue
        host.actor = host.recipient
        host.recipient = [v.role(*slain)]
    return left


def named_slain(v: View, g: list, a: int, b: int) -> TokSpan | None:
    """The uncounted victims of a passive killing that name a party: the phrase after it
    (قتل قائد عسكري وأحد العناصر في «فيلق الشام»), else its subject before it (جنديا تركيا
    قتل، ستة مقاتلين … الذين تلقوا تدريبات … قتلوا)."""
    t0, t1 = g[0].first, g[-1].last
    s = skip_time(v, t1, b)
    if s + 1 < b and (v.norms[s],) in PRONOUN_PREPS:
        s = skip_time(v, s + 1, b)  # قتل فيه | جندي
    e = v.np_coordinated(s, b) if s < b else s
    if e > s and party_span(v, (s, e)) is not None:
        return s, partitive_end(v, e, b)
    subj = v.subject_before(t0, a, SUBJECT_MAX, preps=False) \
        or subject_past_relative_clause(v, t0, a)
    if subj and party_span(v, subj) is not None and not is_place(v, *subj) \
            and not (subj[0] > a and (v.bare(subj[0] - 1),) in RELATIVES):
        return subj  # (not التي | دربها الجيش: a relative clause; not a place)
    return None


def generic_victims(v: View, span: TokSpan) -> bool:
    """Victims made only of generic words (30 شخصا، آخرين) name no side."""
    generic = event_markers()["generic_victims"]
    return all(any(st in generic for st, _, _ in clitic_stems(v.norms[k]))
               for k in range(*span) if v.word(k) and not counted(v, k, k + 1))


def fight_after(v: View, evs: list[Event], p: int, b: int) -> Event | None:
    """The fight noun within FIGHT_REACH words after token p, with no sentence-level mark
    between, that has no actor and a recipient after مع."""
    for ev in evs:
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        if not (p <= i <= min(b, p + FIGHT_REACH)) or ev.type != "ASSAULT" or ev.actor \
                or not fight_noun(v, ev) or not after_with(v, ev):
            continue
        if not any(v.text[v.toks[k].start] in SENTENCE_MARKS for k in range(p, i)):
            return ev
    return None


def fight_noun(v: View, ev: Event) -> bool:
    """The event's trigger is a fight noun (one token, not a verb)."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i):
        return False
    nouns = event_markers()["fight_nouns"]
    return any(st in nouns for st, _, _ in clitic_stems(v.bare(i)))


def after_with(v: View, ev: Event) -> bool:
    """The first recipient of the event comes right after مع (the rest are joined to it)."""
    if not ev.recipient:
        return False
    k = v.token_range(ev.recipient[0].start, ev.recipient[0].end)[0]
    return k > 0 and v.norms[k - 1] == "مع"
