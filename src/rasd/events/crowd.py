"""Deeds of an unnamed crowd (events28): stones thrown take no actor carried from context.

Reads: an event's mode and its actor roles' basis (data/events/crowd.json). Writes: the
event's actor, without the roles carried from another sentence or deed. In the news of a
raid or a clash the throwers are a crowd left unnamed, and the force acting around them
(قوات الاحتلال داهمت … تم إلقاء حجارة وزجاجات حارقة; جنوداً إسرائيليين … مجموعة ألقت
الحجارة على السياج الأمني) is the one they face: the context carry would make it the
thrower. An actor named in the deed's own sentence stays (كان المتظاهرون يلقون حجارة)."""

from __future__ import annotations

from rasd.document import Event
from rasd.lexicons import read_json
from rasd.once import once


@once
def unnamed_doer_modes() -> frozenset[str]:
    return frozenset(read_json("events", "crowd.json")["unnamed_doer_modes"])


def crowd_actor(ev: Event) -> None:
    """Drop the carried actors of a deed of a mode of `unnamed_doer_modes`."""
    if unnamed_doer_modes() & set(ev.mode):
        ev.actor = [r for r in ev.actor if r.basis == "sentence"]
