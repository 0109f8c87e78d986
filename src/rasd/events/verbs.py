"""The actor and recipient of a trigger verb, as named passes over its clause.

`subject_passes` are tried in order until one recognizes the verb's construction (an
object pronoun with the subject after it, a resumptive pronoun, a verb continuing the
clause before, a counted subject, a subject before the verb, a pronoun subject, the noun
phrase after the verb); then `object_pass` reads the object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.events.frame import (
    OBJECT_PRONOUNS,
    PRONOUNS,
    SUBJECT_MAX,
    Frame,
    counted,
    partitive_end,
    skip_aside,
    skip_time,
)
from rasd.events.status import light_verb
from rasd.lexicons import event_markers
from rasd.roles import PRONOUN_PREPS, RELATIVES
from rasd.text.normalize import normalize

# Types whose grammatical object is the target actor (others' objects are things:
# يرفضون وقف إطلاق النار، أقامت ممرات) unless the object is a named entity.
OBJECT_IS_RECIPIENT = {"ACCUSE", "ASSAULT", "COERCE", "CONSULT", "SUPPORT", "THREATEN",
                       "SANCTION", "REQUEST"}


@dataclass
class VerbClause:
    """What the subject passes need about the verb's position."""

    verb_first: bool  # the verb opens its clause (وقصفت، ، قصفت)
    continued: bool  # و joins it to the clause before: it keeps that clause's subject
    subject: tuple[int, int] | None  # a subject written before the verb


def read_clause(f: Frame) -> VerbClause:
    v, a, t0 = f.v, f.a, f.t0
    prefix = normalize(v.text[v.toks[t0].start:f.m.start])
    quote = t0 - 1 > a and v.text[v.toks[t0 - 1].start] in "“«\"" and \
        v.toks[t0 - 1].end - v.toks[t0 - 1].start == 1  # السلطات “ألقت القبض
    verb_first = prefix[-1:] in ("و", "ف") or v.boundary_before(t0 - quote, a)
    # ونجحت في تدميرها وقتلت مسلحين: a verb joined by و to the clause before it keeps
    # that clause's subject, so the phrase after it is the object
    continued = prefix[-1:] in ("و", "ف") and t0 > a and v.word(t0 - 1) \
        and not v.boundary_before(t0, a)
    subject = None if verb_first else v.subject_before(t0, a, SUBJECT_MAX, preps=False)
    if subject is None and prefix[-1:] not in ("و", "ف") and t0 - 1 > a \
            and v.text[v.toks[t0 - 1].start] in ",،":  # إن مقاتلي الجيش والمقاومة، سيطروا
        subject = v.subject_after_complementizer(t0 - 1, a)
        verb_first = verb_first and subject is None
    return VerbClause(verb_first, continued, subject)


def object_pronoun(f: Frame, c: VerbClause) -> bool:
    """اختطفهم تنظيم الدولة، أطلقتها فصائل إسلامية: an object pronoun on the verb; its
    subject follows, the phrase before (if any) is what the pronoun stands for."""
    v, b, t1 = f.v, f.b, f.t1
    rest = normalize(v.text[f.m.end:v.toks[f.t0].end])
    rest = rest[1:] if rest[:1] == "ت" and len(rest) > 1 else rest  # ضرب|تها: the feminine ت
    suffixed = t1 - f.t0 == 1 and rest in OBJECT_PRONOUNS
    if not (suffixed and not c.verb_first and t1 < b):
        return False
    if c.subject and c.subject[0] > f.a and light_verb(v, c.subject[0] - 1, event_markers()):
        f.actor, f.after = v.split_coordination(*c.subject), t1  # جددت الميليشيات قصفها:
        return True  # after a light verb and its subject, the verb form is its noun
    e = v.np_forward(t1, b)
    if e == t1:
        return False
    f.actor, f.after = v.split_coordination(t1, e), b
    f.recipient = [c.subject] if c.subject else []
    return True


def resumptive(f: Frame, c: VerbClause) -> bool:
    """مراكز سيطر عليها الأكراد: the subject follows the pronoun; اتهم فيه الرئيس بشار
    الأسد بعض الدول: the object follows the subject."""
    v, b, t1 = f.v, f.b, f.t1
    if not (t1 < b and (v.norms[t1],) in PRONOUN_PREPS):
        return False
    e = v.np_forward(t1 + 1, b)
    f.actor = [(t1 + 1, e)] if e > t1 + 1 else []
    if c.subject:
        f.recipient, f.after = [c.subject], b
    else:
        f.after = e if f.actor else t1 + 1
    return True


def relative_subject(f: Frame, c: VerbClause) -> bool:
    """التحالف العربي الذي دمر الركيزة الأساسية: a verb right after a relative pronoun has
    the relative's antecedent for subject; the phrase after it is its object."""
    v, a, t0 = f.v, f.a, f.t0
    if not (t0 > a and (v.bare(t0 - 1),) in RELATIVES and v.bare(t0 - 1) not in ("ما", "من")):
        return False
    s = v.np_backward(t0 - 1, a, SUBJECT_MAX, preps=False, after_prep=True)
    if s < t0 - 1:
        f.actor = v.split_coordination(s, t0 - 1)
    return True


def continued(f: Frame, c: VerbClause) -> bool:
    """ونجحت في تدميرها وقتلت مسلحين: no subject of its own (rasd.events.context may give
    it the clause's)."""
    return c.continued


def counted_subject(f: Frame, c: VerbClause) -> bool:
    """12 سوريا قتلوا: the counted subject of a killing is the victims."""
    if c.subject and f.trig.type == "ASSAULT" and counted(f.v, *c.subject) and not any(
            f.v.trigger_noun_at(k) for k in range(*c.subject)):  # (41 ضربة جوية استهدفت)
        f.recipient = [c.subject]
        return True
    return False


def subject_before(f: Frame, c: VerbClause) -> bool:
    if c.subject:
        f.actor = f.v.split_coordination(*c.subject)
        return True
    return False


def pronoun_subject(f: Frame, c: VerbClause) -> bool:
    """وهي تضغط من أجل، إنهم رفضوا وقف إطلاق النار: a pronoun subject, so the phrase after
    is the object (so is it after a verb phrase such as ألقت القبض)."""
    v, a, t0 = f.v, f.a, f.t0
    return (t0 > a and (v.norms[t0 - 1] in PRONOUNS or v.norms[t0 - 1][-2:] in ("هم", "ما")
                        and v.norms[t0 - 1] in event_markers()["subject_pronouns"])) \
        or f.t1 - t0 > 1


def subject_after(f: Frame, c: VerbClause) -> bool:
    """The phrase after the verb: its subject (قصفت الطائرات), the victims when counted
    (قتل خمسة أطفال), nothing when it is a demonstrative object (رفض ذلك)."""
    v, b = f.v, f.b
    s = skip_time(v, f.t1, b)
    if s + 1 < b and v.text[v.toks[s].start] in "\"«“" and s + 1 in v.ent_tok:
        s += 1  # سيطر "جيش الفتح": a quoted name
    e = v.np_forward(s, b)
    if e > s and v.bare(s) in event_markers()["demonstratives"]:
        pass
    elif e > s and counted(v, s, e):
        e = partitive_end(v, e, b)
        f.recipient, f.after = [(s, e)], e
    elif e > s:
        f.actor, f.after = [(s, e)], e
    return True


SUBJECT_PASSES: tuple[Callable[[Frame, VerbClause], bool], ...] = (
    object_pronoun, resumptive, relative_subject, continued, counted_subject, subject_before,
    pronoun_subject, subject_after)


def object_pass(f: Frame) -> None:
    """The object after the subject (past times, a short في phrase, an aside between
    commas) is the recipient for types whose object is a party (OBJECT_IS_RECIPIENT), or
    when it is a name; never a ب/ل phrase (اتهمت الأردن | بدعم)."""
    v, b, t1 = f.v, f.b, f.t1
    after = f.after
    s = skip_aside(v, after, b) if f.actor and after > t1 else skip_time(v, after, b)
    e = v.np_forward(s, b) if s < b else s
    bare_np = e > s and not (v.clitic_start(s) > v.toks[s].start and v.norms[s][:1] in "بل")
    if f.trig.type == "CONSULT" and any(v.norms[k] == "مع" for k in range(e, min(f.b, e + 4))):
        return  # يبحث دي ميستورا قضية الزبداني مع ممثلي …: the topic, then the partner
    if not f.recipient and bare_np and (
            (f.trig.type in OBJECT_IS_RECIPIENT and t1 - f.t0 == 1) or s in v.ent_tok):
        if counted(v, s, e) or v.bare(s) in event_markers()["head_skip"]:
            e = partitive_end(v, e, f.b)  # العديد | من المواقع الامنية
        f.recipient = v.split_coordination(s, e)


def verb_roles(f: Frame) -> None:
    f.after = f.t1
    clause = read_clause(f)
    for step in SUBJECT_PASSES:
        if step(f, clause):
            break
    object_pass(f)
