"""Sense decisions for trigger words whose frequent sense is no event (data/events/senses.json):
عزل isolates a place or deposes an office holder but is also the adjective unarmed, أسر
captures counted fighters but is also families, إعدام is an execution done but also a death
sentence or one demanded, أبلغ delivers a message to a party but also tells an outlet. Each
entry licenses its row by cues of its context (the object's class, a governing verb) and
refuses it by others (an article, a pronoun suffix, a plural of people before it).

Reads: tokens, entities, quantities (through the View). Writes nothing: one predicate over a
trigger match, applied with the other context checks of `events.acceptable`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rasd.clause import lexicon
from rasd.events.frame import OBJECT_PRONOUNS
from rasd.lexicons import event_markers, norm_words, read_json, trigger_matcher
from rasd.once import once
from rasd.roles import PREPS, View
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems

GOVERNOR_REACH = 2  # tokens before a trigger searched for the verb that governs it
OBJECT_SKIP = 3  # words of approximation passed before the object (أسر نحو 200، أكثر من)
QUOTES = "«»\"“”'"


@once
def sense_lexicon() -> dict[tuple[str, str], dict[str, Any]]:
    """(row first form normalized, category or "") -> its cues, each word list normalized."""
    raw = read_json("events", "senses.json")
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for e in raw["senses"]:
        cues: dict[str, Any] = {}
        for side in ("license", "refuse"):
            c = dict(e.get(side, {}))
            if "governor" in c:
                c["governor"] = norm_words(c["governor"])
            cues[side] = c
        out[normalize(e["row"]), e.get("type", "")] = cues
    return out


@once
def sense_classes() -> dict[str, set[str]]:
    return {k: norm_words(v) for k, v in read_json("events", "senses.json")["classes"].items()}


def sense_licensed(v: View, m, b: int) -> bool:
    """A trigger of a row in the sense lexicon is an event only with one of its licensing
    cues (when it has any) and none of its refusing ones; other rows pass."""
    lex = sense_lexicon()
    cues = lex.get((m.payload.lemma, m.payload.type)) or lex.get((m.payload.lemma, ""))
    if cues is None:
        return True
    lic, ref = cues["license"], cues["refuse"]
    if ref and _holds(v, m, b, ref):
        return False
    return not lic or _holds(v, m, b, lic)


def _holds(v: View, m, b: int, c: dict[str, Any]) -> bool:
    """One of the cues of c holds for the match."""
    if c.get("article") and _definite(v, m):
        return True
    if c.get("suffix") and _suffixed(v, m):
        return True
    if "ends" in c and v.raw(m.last - 1).endswith(
            tuple(c["ends"])):
        return True  # عزلة: another noun of the root
    if "prefix" in c and _prefixed(v, m, c["prefix"]):
        return True
    if "before" in c and any(_before_is(v, m, cls) for cls in c["before"]):
        return True
    if "governor" in c and _governed(v, m, c["governor"]):
        return True
    if c.get("attacked") and _attacked(v, m):
        return True
    return any(key in c and any(test(v, m, b, cls) for cls in c[key])
               for key, test in _CLASS_CUES.items())


ATTACK_REACH = 6  # tokens back from a trigger to the attack word whose target it is
ON = normalize("على")


def _attacked(v: View, m) -> bool:
    """The trigger is the target of an attack told right before it (events23): after على
    that follows an attack noun past its adjectives and counts (شنت مقاتلات التحالف غارات
    جوية عدة على | تعزيزات), or the object of an attack verb with only words and no
    preposition between, its subject (استهدف طيران التحالف العربي | تعزيزات، قصف بست غارات
    جوية | تعزيزات)."""
    on = m.first > 0 and v.word(m.first - 1) and v.bare(m.first - 1) == ON
    for k in range(m.first - 1 - on, max(-1, m.first - 1 - on - ATTACK_REACH), -1):
        if not v.word(k) or not on and (v.norms[k],) in PREPS:
            return False  # (قصفت المواقع | وسط تعزيزات: a preposition, no object)
        attack = any(c.payload.type == "ASSAULT" for c in v.candidates(trigger_matcher(), k))
        if attack and (on or v.is_verb(k)):
            return True
        if v.is_verb(k):
            return False  # another verb: its clause, not the attack's
    return False


def _definite(v: View, m) -> bool:
    """The trigger word carries the article, after any proclitic (الأسر، للأسر، والأسر)."""
    tok = v.toks[m.first]
    head = normalize(v.text[tok.start:m.start])
    return head.endswith("ال") or head.endswith("لل") or normalize(
        v.text[m.start:m.end]).startswith("ال")


def _suffixed(v: View, m) -> bool:
    """The trigger carries an object pronoun (أبلغه، أبلغهم) or a possessive one (مسيرته:
    the taa of a feminine noun before its pronoun is passed; مسيرة itself has none, though
    its final letter normalizes to ه)."""
    tok = v.toks[m.last - 1]
    if m.end < tok.end:
        rest = normalize(v.text[m.end:tok.end])
        return (rest[1:] if rest[:1] == "ت" else rest) in OBJECT_PRONOUNS
    if v.text[tok.start:tok.end].endswith("ة"):
        return False
    word = normalize(v.text[tok.start:tok.end])
    return any(word.endswith(p) and len(word) - len(p) >= 4 for p in ("ه", "ها", "هم", "هما"))


def _before_is(v: View, m, cls: str) -> bool:
    """The word right before the trigger is of the class (المدنيين | العزل)."""
    k = m.first - 1
    return k >= 0 and v.word(k) and v.bare(k) in sense_classes().get(cls, set())


def _prefixed(v: View, m, prefixes: list[str]) -> bool:
    """The trigger's word opens with a proclitic of the list that the trigger itself lacks
    (للسيطرة: the purpose لـ on the definite noun)."""
    word = v.norms[m.first]
    own = normalize(v.text[m.start:m.end])
    return any(word.startswith(p) and not own.startswith(p) for p in prefixes)


def _after_is(v: View, m, b: int, cls: str) -> bool:
    """The word right after the trigger is of the class (أبلغت | مصادر، أبلغ | من)."""
    k = m.last
    return k < b and v.word(k) and v.bare(k) in sense_classes().get(cls, set())


def _after_passive(v: View, m, b: int, cls: str) -> bool:
    """A passive auxiliary right after the trigger, and the verbal noun after it of the class
    (كمائن | تم | إنشاؤها: checkpoints that were set up)."""
    k = m.last
    return k + 1 < b and v.word(k) and v.word(k + 1) \
        and v.norms[k] in lexicon().auxiliaries \
        and v.bare(k + 1) in sense_classes().get(cls, set())


TOLD_REACH = 12  # tokens after a verb of telling searched for the one told, up to the message
MESSAGE_WORDS = frozenset(normalize(w) for w in ("أن", "بأن", "إن", "بان"))


def _told(v: View, m, b: int, cls: str) -> bool:
    """One told, named before the message (أن، بأن) within TOLD_REACH tokens, is of the class:
    an outlet in quotes or by its head word (أبلغ مسؤول حكومي آخر وكالة أنباء "رويترز" بأن،
    أبلغ إسماعيل الداراني، عضو مجلس الثورة «الشرق الأوسط»، أن)."""
    words = sense_classes().get(cls, set())
    for k in range(m.last, min(b, m.last + TOLD_REACH)):
        if v.word(k) and v.norms[k] in MESSAGE_WORDS:
            return False
        if cls == "media" and not v.word(k) and v.text[v.toks[k].start] in QUOTES \
                and (k == m.last or _before_message(v, k, b)):
            return True  # (not «جنيف 3»، شرط أن: a name inside what was told)
        if v.word(k) and v.bare(k) in words:
            return True
    return False


def _before_message(v: View, k: int, b: int) -> bool:
    """The quoted name opened at token k is followed, past its closing mark and a comma, by
    the message word (وكالة أنباء "رويترز" بأن، «الشرق الأوسط»، أن)."""
    j = k + 1
    while j < b and v.word(j):
        j += 1  # the quoted words
    j += 1  # the closing mark
    while j < b and not v.word(j):
        j += 1  # a comma
    return j < b and v.norms[j] in MESSAGE_WORDS


def _governed(v: View, m, words: set[str]) -> bool:
    """A word of `words` within GOVERNOR_REACH tokens before the trigger (قامت | بإعدام;
    أقدمت جبهة النصرة على | إعدام is past the reach: the subject stands between)."""
    for k in range(m.first - 1, max(-1, m.first - 1 - GOVERNOR_REACH), -1):
        if not v.word(k):
            return False
        if any(st in words for st, _, _ in clitic_stems(v.norms[k])):
            return True
    return False


def _object_index(v: View, m, b: int) -> int:
    """The first word after the trigger past the words of approximation (نحو، أكثر من)."""
    skip = event_markers()["approximators"] | event_markers()["head_skip"] | {"من"}
    skip |= sense_classes()["continue"]  # تعهد بمواصلة | الجهاد
    k = m.last
    for _ in range(OBJECT_SKIP):
        if k < b and (v.text[v.toks[k].start] in QUOTES or v.word(k) and (
                v.bare(k) in skip or any(st in skip for st, _, _ in clitic_stems(v.norms[k])))):
            k += 1  # (a quote mark: بمواصلة «الجهاد»)
    return k


COMPLEMENT_REACH = 4  # words passed before the ل-complement (على استعداد تام | للحوار، استعداد
# التحالف | للتعاون)
LAM = normalize("ل")


def _complement_is(v: View, m, b: int, cls: str) -> bool:
    """The first word with the proclitic ل after the trigger, within COMPLEMENT_REACH words
    and its clause (past an adjective of degree or the party whose readiness it is), is of
    the class: what one is ready for (مستعد لحل سياسي، على استعداد للحوار مع أنقرة، استعداد
    التحالف للتعاون)."""
    words = sense_classes().get(cls, set())
    for k in range(m.last, min(b, m.last + COMPLEMENT_REACH + 1)):
        if not v.word(k):
            return False  # (a comma or a stop: another clause)
        if v.bare(k).startswith(LAM):
            return v.bare(k) in words
    return False


NEAR_REACH = 6  # words either side of a trigger searched for a word of its context
STOPS = ".!?؟"


def _near(v: View, m, b: int, cls: str) -> bool:
    """A word of the class within NEAR_REACH words before or after the trigger, not past the
    end of a sentence (نحو 1800 مقاتل عشائري تلقوا تدريبات: a training of war)."""
    words = sense_classes().get(cls, set())
    for step, k in ((-1, m.first - 1), (1, m.last)):
        for _ in range(NEAR_REACH):
            if not 0 <= k < b or not v.word(k) and v.text[v.toks[k].start] in STOPS:
                break
            if v.word(k) and v.bare(k) in words:
                return True
            k += step
    return False


CAUSE_REACH = 14  # words either side of a death or a wound searched for what caused it


def _cause_near(v: View, m, b: int, cls: str) -> bool:
    """A word or a two-word phrase of the class within CAUSE_REACH words before or after the
    trigger, not past the end of a sentence (events40): لقي 19 شخصا حتفهم وأصيب 12 آخرون، حالة
    بعضهم خطرة، في تصادم حافلتين; سجل مقتل 2000 شخص، وإصابة 5000 آخرين في حوادث الطرق — the dead
    of a collision or a flood, no deed of force. Commas do not stop it: the cause is often told
    after the toll's asides."""
    words = sense_classes().get(cls, set())
    for step, k in ((-1, m.first - 1), (1, m.last)):
        for _ in range(CAUSE_REACH):
            if not 0 <= k < b or not v.word(k) and v.text[v.toks[k].start] in STOPS:
                break
            if v.word(k) and (v.bare(k) in words or k + 1 < b and v.word(k + 1)
                              and f"{v.bare(k)} {v.bare(k + 1)}" in words):
                return True
            k += step
    return False


COUNTED_REACH = 12  # tokens after a verb searched for the counted people it takes


def _counted_after(v: View, m, b: int, cls: str) -> bool:
    """A word of the class after the trigger in its clause (up to a comma, a stop or another
    verb; past its subject) is counted: a number, a quantity or a count word right before it
    (استقبلت أكثر من نصف مليون نازح، استقبلت فرق منظمة «أطباء بلا حدود» 206 جرحى، استقبلت
    ألوف الجرحى).
    People a host received are counted; a topic of talks is not (استقبل الوزير السفير وبحث
    معه أوضاع اللاجئين)."""
    words = sense_classes().get(cls, set())
    for k in range(m.last, min(b, m.last + COUNTED_REACH)):
        if not v.word(k):
            if v.text[v.toks[k].start] in "،,.:؛;":
                return False
            continue
        if k > m.last and v.bare(k) in words and _count_before(v, k, m.last):
            return True
        if k > m.last and v.is_verb(k):
            return False  # (وفدا يمثل 20 ألف نازح: another verb's object)
    return False


def _count_before(v: View, k: int, lo: int) -> bool:
    """A count ends right before token k: a number or a count word there (206 جرحى، ألوف
    الجرحى), or a quantity starting within COUNT_WORDS tokens before it (نصف مليون نازح، 600
    ألف لاجئ)."""
    j = k - 1
    if j < lo or not v.word(j):
        return False
    if v.norms[j].isdigit() or v.bare(j) in sense_classes()["count"]:
        return True
    first = max(lo, k - COUNT_WORDS)
    return any(not q.ordinal for q in v.quantities_in(v.toks[first].start, v.toks[j].end))


def counted_before(v: View, k: int, lo: int) -> bool:
    """A count ends right before token k, not before token lo (see `_count_before`): the
    reading the events' own passes share (talkless.reception_of_things)."""
    return _count_before(v, k, lo)


COUNT_WORDS = 3  # words of a written count before its noun (نصف مليون، 600 ألف)


def _counted_object(v: View, m, b: int, cls: str) -> bool:
    """The trigger's object is a noun of the class after a count (تدريب 500 مقاتل، لتدريب
    ستة ألاف مقاتل من أبناء الموصل)."""
    k = _object_index(v, m, b)
    words = sense_classes().get(cls, set())
    for j in range(k + 1, min(b, k + COUNT_WORDS + 1)):
        if not v.word(j):
            return False
        if v.bare(j) in words:
            return _count_before(v, j, k)
    return False


def _counted(v: View, m, b: int) -> bool:
    """A count opens the trigger's object, past words of approximation (أسر ستة حوثيين، أسر
    نحو 200 من المتمردين، أسر العشرات من ميليشيات الحوثيين، بإعدام عدد من الأسرى)."""
    skip = event_markers()["approximators"] | {"من"}
    for k in range(m.last, min(b, m.last + OBJECT_SKIP + 1)):
        if not v.word(k):
            return False
        t = v.toks[k]
        if any(not q.ordinal for q in v.quantities_in(t.start, t.end + 1)) \
                or v.norms[k].isdigit() or v.bare(k) in sense_classes()["count"]:
            return True
        if v.bare(k) not in skip:
            return False
    return False


def _object_is(v: View, m, b: int, cls: str) -> bool:
    """The trigger's object (the word after it) is of the class."""
    if cls == "count":
        return _counted(v, m, b)
    k = _object_index(v, m, b)
    if k >= b or not v.word(k):
        return False
    stems = {st for st, _, _ in clitic_stems(v.norms[k])} | {v.bare(k)}
    ent = v.ent_tok.get(k)
    if cls == "place":
        return ent is not None and ent.type == "LOC" \
            or bool(stems & event_markers()["place_nouns"])
    return bool(stems & sense_classes().get(cls, set()))  # title, force


SOON_REACH = 6  # words after a trigger searched for a word of its clause (events37)


def _soon_after(v: View, m, b: int, cls: str) -> bool:
    """A word of the class within SOON_REACH words after the trigger, in its clause: no mark
    and no other verb between (events37: طلب الاتحاد الأوروبي من إسرائيل، طلبت السلطات
    اليمنية من الأردن; not الأطباء طلبوا تأجيل زيارتهم لمدة 24 ساعة حتى يتمكنوا من، whose
    من belongs to another verb)."""
    words = sense_classes().get(cls, set())
    for k in range(m.last, min(b, m.last + SOON_REACH)):
        if not v.word(k):
            return False
        if v.bare(k) in words:
            return True
        if v.is_verb(k):
            return False
    return False


# The cues of senses.json that name word classes, and the test each class is put to around the
# match (after it, after a passive, told before it, counted after it, as its complement, near it,
# as its counted object, as its object); one of them holding licenses (or refuses) the sense.
_CLASS_CUES: dict[str, Callable[[View, Any, int, str], bool]] = {
    "after": _after_is, "after_passive": _after_passive, "told": _told,
    "counted_after": _counted_after, "complement": _complement_is, "near": _near,
    "counted_object": _counted_object, "object": _object_is, "soon_after": _soon_after,
    "cause_near": _cause_near,
}
