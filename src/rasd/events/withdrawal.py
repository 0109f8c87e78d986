"""A withdrawal has no recipient (events32): the party read as one is who withdrew.

Reads: an event's type, modes and roles (data/events/withdrawal.json). Writes: the event's
actor and recipient. A retreat, a withdrawal or a flight is a deed a party does to itself;
when the role rules give it a recipient (the genitive of the second of two joined nouns,
انهيار وتراجع ميليشيات الحوثي, read as the object of both) that party is the one that moved,
and an actor the rules borrowed from another deed of the sentence (التقدم السريع للمقاومة
الشعبية) is not."""

from __future__ import annotations

from rasd.document import Event
from rasd.lexicons import read_json
from rasd.once import once


@once
def self_moving_modes() -> frozenset[str]:
    return frozenset(read_json("events", "withdrawal.json")["self_moving_modes"])


def withdrawer(ev: Event) -> None:
    """The recipients of a RETREAT of a mode of `self_moving_modes` become its actor."""
    if ev.type == "RETREAT" and ev.recipient and self_moving_modes() & set(ev.mode):
        ev.actor, ev.recipient = ev.recipient, []
