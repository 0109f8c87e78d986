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

from rasd.document import Document, Event
from rasd.events.arguments import build_event
from rasd.events.attach import add_magnitudes, link_claims
from rasd.events.context import add_context, give_victims, victims
from rasd.events.parties import keep_parties
from rasd.events.triggers import (
    drop_governed,
    fold_event_subjects,
    fold_instruments,
    merge_coordinated,
    needs_ok,
)
from rasd.lexicons import trigger_matcher
from rasd.roles import View, matches


def find_events(doc: Document) -> list[Event]:
    v = View.of(doc)  # built once for claims and events
    out: list[Event] = []
    for si, a, b in v.sentences():
        found = [m for m in matches(v, trigger_matcher(), a, b) if needs_ok(v, m, a, b)
                 and not any(t in v.time_tok for t in range(m.first, m.last))]  # فجر الاثنين
        found, extra, outcomes = fold_instruments(
            v, drop_governed(v, merge_coordinated(v, found), a))
        evs = fold_event_subjects(
            v, [build_event(v, si, g, a, b, extra.get(g[0], [])) for g in found])
        give_victims(v, evs, [x for g in outcomes if (x := victims(v, g, a, b))])
        add_magnitudes(v, evs, a, b)
        out.extend(evs)
    link_claims(doc, out)
    out.sort(key=lambda e: e.trigger.start)
    add_context(v, out)
    for ev in out:
        ev.actor, ev.recipient = keep_parties(v, ev.actor), keep_parties(v, ev.recipient)
    out.sort(key=lambda e: (e.trigger.start, e.type))
    for k, e in enumerate(out, 1):
        e.id = f"v{k}"
    return out


def stage(doc: Document) -> Document:
    doc.events = find_events(doc)
    return doc


# --- triggers ----------------------------------------------------------------


__all__ = ["find_events", "stage"]
