"""Talks that are no talks (events52, issue 12): interviews, crowds gathering, sidelines.

Reads: a CONSULT event's trigger and the words around it (data/events/talkless.json).
Writes nothing: predicates the events stage drops events by. PLOVER CONSULT is talks,
meetings and visits between parties. Two frames of Arabic news name a meeting or a talk
where none between parties is told:
- `press_interview`: a meeting or talk noun whose partner is an outlet (خلال لقاء مع قناة
  العربية، في حديث لـ«الشرق الأوسط») or that a press adjective qualifies (في لقاء تلفزيوني،
  إعطاء لقاء صحفي) is the interview a speaker gave; what was said is the claim.
- `crowd_gathering`: اجتمع with a crowd as its subject and no partner after مع (اجتمع شباب
  أتراك وأكراد في المركز الثقافي) tells people gathering, for a rally, a prayer or a trip.
- `sidelines_setting`: a meeting or summit noun right after على هامش (والتقى الوزيران على
  هامش قمة إقليمية) is the setting of the talks or words its sentence tells.
(events54:)
- `agenda_owner`: a meeting or summit noun that owns an agenda (على أجندة الاجتماعات، جدول
  أعمال مؤقت خاص باجتماعات الجمعية العامة) names what was planned for it, no talks told.
- `discussed_in_meeting`: a meeting noun after في/خلال in the clause of a verb of discussing
  told as talks (كيري ولافروف «سيناقشان …» في اجتماع بالعاصمة) is those talks' setting.
- `reception_of_things`: استقبل whose object is a thing or counted clients (استقبل … أكبر
  سفينة إغاثية، العيادة التي استقبلت 239 مراجعا) tells a port or a clinic at work.
"""

from __future__ import annotations

from rasd.document import Event
from rasd.events.senses import counted_before
from rasd.lexicons import word_lists
from rasd.once import once
from rasd.roles import PREPS, View
from rasd.text.normalize import normalize


@once
def talkless_words() -> dict[str, frozenset[str]]:
    return word_lists("events", "talkless.json")


WITH = normalize("مع")
LAM = frozenset(normalize(w) for w in ("ل", "لـ"))
QUOTE_MARKS = "«»\"“”'"
GATHER = frozenset(normalize(w) for w in ("اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع",
                                          "يجتمعون"))
PARTNER_REACH = 12  # tokens after a gathering verb searched for مع, within its sentence


def _outlet_at(v: View, k: int) -> bool:
    """Token k opens an outlet: a head noun of one, bare or with the clitic ل."""
    W = talkless_words()["outlet_heads"]
    return v.word(k) and (v.in_words(k, W) or v.preposed_in(k, W, "ل"))


def press_interview(v: View, ev: Event) -> bool:
    """A CONSULT noun whose partner is an outlet or that a press adjective qualifies."""
    if ev.type != "CONSULT":
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if i >= len(v.toks) or v.is_verb(i) or j >= len(v.toks):
        return False
    W = talkless_words()
    if v.word(j) and v.bare(j) in W["press_adjectives"]:
        return not (j + 1 < len(v.toks) and v.word(j + 1)
                    and v.norms[j + 1] in W["joint_words"])
    if v.norms[j] == WITH and j + 1 < len(v.toks):
        return _outlet_at(v, j + 1)
    if v.norms[j] in LAM and j + 1 < len(v.toks):
        return _outlet_at(v, j + 1) or v.text[v.toks[j + 1].start] in QUOTE_MARKS
    return v.preposed_in(j, W["outlet_heads"], "ل")


def crowd_gathering(v: View, ev: Event) -> bool:
    """اجتمع with a crowd word as its subject and no مع after it in its sentence."""
    if ev.type != "CONSULT":
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.bare(i) not in GATHER or j >= len(v.toks) or not v.word(j) \
            or v.bare(j) not in talkless_words()["crowd_subjects"]:
        return False
    s = v.sents[ev.sentence]
    end = min(v.token_range(s.start, s.end)[1], j + PARTNER_REACH)
    return not any(v.norms[k] == WITH for k in range(j + 1, end))


def sidelines_setting(v: View, ev: Event) -> bool:
    """A CONSULT noun right after على هامش is the setting of its sentence's deed or words."""
    if ev.type != "CONSULT":
        return False
    i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    W = talkless_words()
    return i >= 2 and not v.is_verb(i) and v.word(i - 1) and v.word(i - 2) \
        and v.norms[i - 1] in W["sideline_heads"] and v.norms[i - 2] in W["sideline_preps"]


AGENDA_REACH = 6  # words between an agenda and the خاص that names its meeting (جدول أعمال
# مبدئي وضعته المنظمة الدولية خاص بقمة)


def _agenda_ends(v: View, k: int) -> bool:
    """Token k ends an agenda: أجندة, or أعمال after جدول."""
    W = talkless_words()
    return v.word(k) and (v.in_words(k, W["agenda_words"]) or k > 0 and v.word(k - 1)
                          and f"{v.bare(k - 1)} {v.norms[k]}" in W["agenda_pairs"])


def agenda_owner(v: View, ev: Event) -> bool:
    """A CONSULT noun in the genitive of an agenda, or after خاص ب a few words past one."""
    if ev.type != "CONSULT":
        return False
    i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    if i < 1 or v.is_verb(i):
        return False
    if _agenda_ends(v, i - 1):
        return True  # (على أجندة الاجتماعات الرسمية)
    W = talkless_words()
    if not (v.bare(i).startswith("ب") and v.word(i - 1) and v.in_words(i - 1, W["owner_links"])):
        return False
    for k in range(i - 2, max(-1, i - 2 - AGENDA_REACH), -1):
        if not v.word(k):
            return False  # (a mark: another clause)
        if _agenda_ends(v, k):
            return True
    return False


DISCUSS_REACH = 14  # tokens from a verb of discussing to the meeting noun that sets it
STOPS = ".!?؟:؛;"


def discussed_in_meeting(v: View, ev: Event, evs: list[Event]) -> bool:
    """A meeting noun right after في/خلال, with a CONSULT verb of discussing before it in its
    sentence and no other verb or stop between: the talks' setting, one event (the verb's).
    Not a visit or a call (خلال زيارته، في اتصال هاتفي): `visit_setting` folds those into the
    talks when their statuses agree, and keeps both otherwise."""
    if ev.type != "CONSULT" or "visit" in ev.mode or "phone" in ev.mode:
        return False  # (a visit or a call as the setting: `visit_setting` decides, by status)
    i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    W = talkless_words()
    if i < 2 or v.is_verb(i) or not v.word(i - 1) or v.bare(i - 1) not in W["setting_preps"]:
        return False
    for k in range(i - 2, max(-1, i - 2 - DISCUSS_REACH), -1):
        if not v.word(k):
            if v.text[v.toks[k].start] in STOPS:
                return False
            continue  # (a quote mark: «سيناقشان سلسلة من القضايا» في اجتماع)
        if v.bare(k) in W["discuss_verbs"] and any(
                e is not ev and e.type == "CONSULT" and e.sentence == ev.sentence
                and v.token_range(e.trigger.start, e.trigger.end)[0] == k for e in evs):
            return True  # (سيناقشان: a verb form the verb list may lack)
        if v.is_verb(k):
            return False  # (another verb: its clause, not the talks')
    return False


RECEIVED_REACH = 16  # tokens after استقبل searched for its object, within its clause


def reception_of_things(v: View, ev: Event) -> bool:
    """استقبل told as talks whose object, in its clause (up to a mark or another verb), is a
    thing not after a preposition, or clients right after a count."""
    if ev.type != "CONSULT":
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    W = talkless_words()
    if j - i != 1 or not v.is_verb(i) or v.bare(i) not in W["reception_verbs"]:
        return False
    for k in range(j, min(len(v.toks), j + RECEIVED_REACH)):
        if not v.word(k):
            return False  # (a comma or a stop: another clause)
        if v.is_verb(k):
            return False  # (وفدا يمثل 20 ألف نازح: another verb's object)
        if v.bare(k) in W["received_things"] and v.word(k - 1) and not (
                (v.norms[k - 1],) in PREPS or v.bare(k - 1) in W["no_object_before"]):
            return True
        if v.bare(k) in W["received_clients"] and counted_before(v, k, j):
            return True
    return False
