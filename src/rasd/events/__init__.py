"""PLOVER events: who did what to whom, where, when, how many.

Triggers come from data/events/triggers.tsv (verbs with generated inflections, and
verbal nouns); status markers, light verbs, role prepositions and mode words from
data/events/markers.json; magnitude nouns from data/events/magnitudes.tsv. Roles are
read off the sentence around the trigger (see rasd.roles): the subject before or
after a verb (or before the light verb of a noun: موسكو أقامت ممرات آمنة), the
object or a role preposition (مع، ضد، أمام) for the recipient, a place entity after a
locative preposition or a direction word (شرقي حلب) for the location.
"""

from __future__ import annotations

from functools import partial

from rasd.document import Document, Event, Role, Span
from rasd.events.arguments import build_event
from rasd.events.attach import add_magnitudes, link_claims
from rasd.events.context import (
    MATERIAL,
    add_context,
    give_victims,
    outcome_place,
    wounded,
)
from rasd.events.frame import OBJECT_PRONOUNS
from rasd.events.parties import keep_parties
from rasd.events.roles_model import label_roles
from rasd.events.sides import victims_side
from rasd.events.triggers import (
    caused_ok,
    construct_ok,
    drop_governed,
    drop_needed,
    fallen_ok,
    fold_event_subjects,
    fold_instruments,
    hal_ok,
    injury,
    merge_coordinated,
    needs_ok,
    sense_ok,
    undergone,
    victims_follow,
    wounds_ok,
)
from rasd.lexicons import event_markers, trigger_matcher
from rasd.roles import View, matches
from rasd.text.normalize import normalize


def find_events(doc: Document) -> list[Event]:
    v = View.of(doc)  # built once for claims and events
    out: list[Event] = []
    for si, a, b in v.sentences():
        if v.phrase_at(a, event_markers()["tag_openers"]):
            continue  # سمات تركيا داعش سلاح الجو: a list of tags, no prose
        if v.phrase_at(a, event_markers()["headline_openers"]):
            continue  # رابط الخبر بصحيفة الوئام: العنوان: the headline again, told above
        found = matches(v, trigger_matcher(), a, b, partial(acceptable, v, a, b),
                        derived_objects=True)
        found, extra, outcomes = fold_instruments(
            v, drop_needed(v, drop_governed(v, merge_coordinated(v, found), a)))
        built = [build_event(v, si, g, a, b, extra.get(g[0], [])) for g in found]
        for ev, g in zip(built, found, strict=True):
            undergone(v, ev, g[0])
        evs = inside_none(fold_event_subjects(v, built))
        kills = [g for g in outcomes if not injury(v, g[0])]  # (wounded: see context.wounded)
        give_victims(v, evs, victims_side(v, evs, kills, a, b))
        wounded(v, evs, a, b)
        outcome_place(v, evs, kills, a, b)
        add_magnitudes(v, evs, a, b)
        out.extend(evs)
    out = [e for e in out if not meeting_again(v, e, out) and not deed_again(v, e, out)]
    link_claims(doc, out)
    out.sort(key=lambda e: e.trigger.start)
    add_context(v, out)
    for ev in out:
        ev.actor, ev.recipient = keep_parties(v, ev.actor), keep_parties(v, ev.recipient)
        if ev.type in MATERIAL:
            ev.actor = [r for r in ev.actor if not media(v, r)]
    label_roles(v, out)  # the learned labeller fills roles the rules left empty
    out.sort(key=lambda e: (e.trigger.start, e.type))
    for e in out:
        whole_word(v, e)
    for k, e in enumerate(out, 1):
        e.id = f"v{k}"
    return out


def meeting_again(v: View, ev: Event, evs: list[Event]) -> bool:
    """الاجتماع سيكون مخصصا، لقاء الدوحة سيحدد مصير الأسد: a meeting noun with no actor or
    recipient of its own, definite or in construct with a place, after a meeting coded in an
    earlier sentence, is that meeting told again (a demonstrative does the same: هذا القصف)."""
    if ev.type != "CONSULT" or ev.actor or ev.recipient:
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i) or not v.in_words(i, event_markers()["meeting_nouns"]):
        return False
    named = j < len(v.toks) and (ent := v.ent_tok.get(j)) is not None and ent.type == "LOC"
    if not (v.is_def(i) or named):
        return False
    return any(e.type == "CONSULT" and e.sentence < ev.sentence for e in evs)


def deed_again(v: View, ev: Event, evs: list[Event]) -> bool:
    """وياتي الهجوم، منفذ الهجوم، مواقع التفجير: a definite attack noun with no party, place or
    toll of its own, told as done, after an attack told by a noun of the same lexicon row in an
    earlier sentence or earlier in its own, is that attack told again (as a meeting is:
    meeting_again). Right after a verb of coming (`retell_verbs`: ويأتي الهجوم بينما، وجاء
    الهجوم بعد), it is an attack told before, whatever word told it, and the roles it took
    are the setting's. One with an ordinal after it (`ordinals`: ووقع التفجير الأول قرب
    مصلى) is one of several told together, an event of its own."""
    if ev.type != "ASSAULT" or ev.status not in ("asserted", "historical"):
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i) or not v.is_def(i):
        return False
    M = event_markers()
    if i > 0 and v.bare(i - 1) in M["retell_verbs"]:
        return any(e.type == "ASSAULT" and _before(e, ev) for e in evs)  # ويأتي الهجوم بينما
    if ev.actor or ev.recipient or ev.location or ev.dead is not None \
            or ev.injured is not None or (j < len(v.toks) and v.bare(j) in M["ordinals"]):
        return False
    rows = _rows(v, ev)
    return bool(rows) and any(
        e.type == "ASSAULT" and _before(e, ev) and rows & _rows(v, e) for e in evs)


def _before(e: Event, ev: Event) -> bool:
    """e is told in an earlier sentence, or earlier in ev's own (صد … هجوما إرهابيا وقتل
    أحد العناصر المشاركة في الهجوم: the definite noun points back at it)."""
    return e.sentence < ev.sentence or (
        e is not ev and e.sentence == ev.sentence and e.trigger.end <= ev.trigger.start)


def _rows(v: View, ev: Event) -> set[str]:
    """The lexicon rows (their first forms) of the nouns an event's trigger starts with
    (هجوم انتحاري: تفجير انتحاري and هجوم)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    return {m.payload.lemma for m in trigger_matcher().candidates(v.text, v.toks, i)
            if not m.payload.verb and m.payload.type == ev.type}


def acceptable(v: View, a: int, b: int, m) -> bool:
    """A trigger match with the words it needs, in its event sense, not inside a time
    (فجر الاثنين); a refused one leaves the next reading of its token a chance."""
    return needs_ok(v, m, a, b) and sense_ok(v, m, b) and wounds_ok(v, m, b) and fallen_ok(v, m) \
        and victims_follow(v, m, b) and construct_ok(v, m) and caused_ok(v, m) and hal_ok(v, m) \
        and not any(t in v.time_tok for t in range(m.first, m.last)) and not in_name(v, m)


def in_name(v: View, m) -> bool:
    """A trigger word inside an organisation's name (الحشد الشعبي، فجر ليبيا، مركز الملك سلمان
    للإغاثة) names the group, no event (names of people and places never reach here)."""
    ent = v.ent_tok.get(m.first)
    return ent is not None and ent.type == "ORG"


def whole_word(v: View, ev: Event) -> None:
    """زيار|ته، سيطر|تها: a trigger noun read without its pronoun suffix (the passes use the
    cut to find the pronoun) is shown as the whole word, never a fragment of one."""
    _, j = v.token_range(ev.trigger.start, ev.trigger.end)
    tok = v.toks[j - 1]
    rest = normalize(v.text[ev.trigger.end:tok.end])
    rest = rest[1:] if rest[:1] == "ت" else rest
    if ev.trigger.end < tok.end and rest in OBJECT_PRONOUNS:
        ev.trigger = Span(ev.trigger.start, tok.end)


def media(v: View, r: Role) -> bool:
    """An outlet (التلفزيون السوري، صحيفة حرييت): it reports deeds, it does none."""
    i, _ = v.token_range(r.start, r.end)
    n = v.bare(i)
    return (n[2:] if n.startswith("ال") else n) in event_markers()["media_heads"]


def inside_none(evs: list[Event]) -> list[Event]:
    """An event whose trigger overlaps a longer trigger of the same type is part of it
    (ألقت الشرطة القبض | على: the noun القبض على and the verb phrase share القبض)."""
    def size(e: Event) -> int:
        return e.trigger.end - e.trigger.start

    def inside(e: Event, o: Event) -> bool:
        return o is not e and o.type == e.type and o.trigger.start < e.trigger.end \
            and e.trigger.start < o.trigger.end \
            and (size(o), -o.trigger.start) > (size(e), -e.trigger.start)
    return [e for e in evs if not any(inside(e, o) for o in evs)]


def stage(doc: Document) -> Document:
    doc.events = find_events(doc)
    return doc


# --- triggers ----------------------------------------------------------------


__all__ = ["find_events", "stage"]
