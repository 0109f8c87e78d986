"""Passives whose subject is who the deed was done to, counted or not (recip20).

A verb of a deed done to people (`undergoer_verbs`, data/events/victims.json: killing,
wounding, arresting, abducting) written without vowels reads the same active and passive
(قتل، اعتقلوا). Opening its clause with nothing after its one phrase that could be its
object (a preposition phrase, a time, the clause's end), it is a passive: that phrase
(وقتل الشيخ أمام أولاده، واعتقل قياديا في الحركة) is who it was done to, not its doer
(`plain_after`). rasd.events.victims reads the counted subjects before such a verb
(counted_before: 12 سوريا قتلوا) and the uncounted people before or after a killing or
wounding folded into an attack (plain_victims: قتل مدنيون جراء قصف); all are guarded
against a body that acts (`collective_agents`: القوات، الشرطة، الحكومة …, an
organisation's name), a place and a number alone.

A deed noun after a passive auxiliary (تم، جرى: `passive_auxiliaries`, clause.json) has
no agent: its genitive is what was done (تم صد قوات الحوثيين, not the Houthis repelling).

Each pass reads a Frame (its trigger, actor and recipient spans) and writes its actor and
recipient only.
"""

from __future__ import annotations

from rasd.events.frame import Frame, fire_agent, skip_time
from rasd.events.victims import acting_body, no_object_after
from rasd.lexicons import event_markers, victim_words
from rasd.roles import norm_piece


def _deed_on_people(f: Frame) -> bool:
    """The trigger is a past verb (no present prefix) of a deed done to people, with no
    object pronoun on it."""
    if not f.trig.verb or len(f.group) != 1 or (f.trig.lemma,) not in victim_words()[
            "undergoer_verbs"]:
        return False
    if f.m.end < f.v.toks[f.t0].end:
        return False  # خطفهما مسلحون: an object pronoun, the subject after it
    word = norm_piece(f.v.text[f.m.start:f.m.end])
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    return word[:1] not in "يتنس"


def plain_after(f: Frame) -> None:
    """وقتل الجنود في الكمين، واعتقل الصحفي في منزله: a passive deed done to people opening
    its clause, its one phrase read as the subject and nothing after that phrase that could
    be the object: the phrase is who it was done to."""
    if f.recipient or not _deed_on_people(f) or len(f.actor) != 1:
        return
    v = f.v
    i, j = f.actor[0][:2]
    if i != skip_time(v, f.t1, f.b) or acting_body(v, i, j):
        return
    if not no_object_after(v, j, f.b):
        return
    f.recipient, f.actor = [f.actor[0]], []


def done_passive(f: Frame) -> None:
    """تم صد قوات الحوثيين، جرى طرد المسلحين: a deed noun right after a passive auxiliary has
    no agent; the genitive read as its agent is what the deed was done to (a noun spelt as
    a verb, صد، طرد, is the noun there: تم takes no verb)."""
    v = f.v
    if f.recipient or f.t0 <= f.a \
            or (v.bare(f.t0 - 1),) not in v.W["passive_auxiliaries"] \
            or v.bare(f.t0) in event_markers()["intransitive_deed_nouns"]:
        return  # (تمت سيطرة تنظيم داعش على: an intransitive noun's genitive is its doer)
    genitive = [x for x in f.actor if x[0] == f.t1]
    if genitive:
        f.recipient = genitive
        f.actor = [x for x in f.actor if x not in genitive]



def died_subject(f: Frame) -> None:
    """استشهد الشاب عبدالله آل منصور، عندما استشهد مدنيون أبرياء، الطفل علي دوابشة استشهد:
    a verb of dying that takes no object (`dying_verbs`) has no doer; its subject, read as
    the actor before or after it, is who died (the recipient when none was read)."""
    if not f.trig.verb or (f.trig.lemma,) not in victim_words()["dying_verbs"] or not f.actor:
        return
    shot = fire_agent(f.v, f.t1, f.b)
    if shot is not None and any(x[0] == shot[0] for x in f.actor):
        return  # استشهد الأسير … برصاص قوات الاحتلال: who fired is the doer (actors40)
    if not f.recipient:
        f.recipient = [x for x in f.actor if x[1] > x[0]][:1]
    f.actor = []
