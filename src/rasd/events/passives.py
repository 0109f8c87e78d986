"""Passives whose subject is who the deed was done to, counted or not (recip20).

A verb of a deed done to people (`undergoer_verbs`, data/events/victims.json: killing,
wounding, arresting, abducting) written without vowels reads the same active and passive
(قتل، اعتقلوا). With nothing after it that could be its object (a preposition phrase, a
time, the clause's end) it is a passive: the people named before it (الصحفيون اعتقلوا في
صنعاء) or right after it (وقتل الجنود في الكمين) are who it was done to, not its doers.
rasd.events.victims.counted_before reads the counted subjects (12 سوريا قتلوا); these
passes read the rest, guarded against a body that acts (`collective_agents`: القوات،
الشرطة، الحكومة …, an organisation's name), a place, a time and a bare number.

A deed noun after a passive auxiliary (تم، جرى: `passive_auxiliaries`, clause.json) has
no agent: its genitive is what was done (تم صد قوات الحوثيين, not the Houthis repelling).

Each pass reads a Frame (its trigger, actor and recipient spans) and writes its actor and
recipient only.
"""

from __future__ import annotations

from rasd.events.frame import Frame, skip_time
from rasd.events.parties import party_span
from rasd.events.victims import acting_body, no_object_after
from rasd.lexicons import victim_words
from rasd.roles import norm_piece


def _deed_on_people(f: Frame, joined: bool) -> bool:
    """The trigger is a past verb (no present prefix) of a deed done to people; `joined`:
    a و/ف may join it to the clause before."""
    if not f.trig.verb or len(f.group) != 1 or (f.trig.lemma,) not in victim_words()[
            "undergoer_verbs"]:
        return False
    if f.m.end < f.v.toks[f.t0].end:
        return False  # خطفهما مسلحون: an object pronoun, the subject after it
    word = norm_piece(f.v.text[f.m.start:f.m.end])
    if word[:1] in "وف" and len(word) > 3:
        if not joined:
            return False  # (واعتقلوا: the clause before has the subject)
        word = word[1:]
    return word[:1] not in "يتنس"


def plain_before(f: Frame) -> None:
    """الصحفيون قد اعتقلوا في صنعاء، مدنيين أصيبوا في القصف: the uncounted subject before a
    passive deed done to people (no object after it) is its recipient; the actor read from
    it goes."""
    if f.recipient or not _deed_on_people(f, joined=False):
        return
    v = f.v
    if not no_object_after(v, f.t1, f.b):
        return
    subj = v.subject_before(f.t0, f.a, 7)
    if subj is None or not any(x[0] == subj[0] for x in f.actor) \
            or acting_body(v, *subj):
        return
    cut = party_span(v, subj)
    if cut is None:
        return
    f.recipient = v.split_coordination(cut[0], cut[1])
    f.actor = [x for x in f.actor if not subj[0] <= x[0] < subj[1]]


def plain_after(f: Frame) -> None:
    """وقتل الجنود في الكمين، واعتقل الصحفي في منزله: a passive deed done to people opening
    its clause, its one phrase read as the subject and nothing after that phrase that could
    be the object: the phrase is who it was done to."""
    if f.recipient or not _deed_on_people(f, joined=True) or len(f.actor) != 1:
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
            or (v.bare(f.t0 - 1),) not in v.W["passive_auxiliaries"]:
        return
    genitive = [x for x in f.actor if x[0] == f.t1]
    if genitive:
        f.recipient = genitive
        f.actor = [x for x in f.actor if x not in genitive]

