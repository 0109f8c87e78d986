"""recip10 (issue 12): what a shooting was aimed at. A deed told by its word of fire (أطلقوا
النار، فتحوا النار، إطلاق النار، أطلقوا الرصاص) names what it shot at after a preposition of
aim (على، باتجاه، تجاه، صوب، نحو): «فتحوا النار على الضيوف الذكور»، «اطلقت النار على منفذ
عملية الدهس»، «أطلقوا النار باتجاه محمد». The phrase is the recipient even when its head is
no party noun (guests, a doer, marches), as gold rule 26 keeps a site struck; a part of the
body shot at gives its owner («على الأطراف السفلية للمشتبه بهم» → المشتبه بهم).
A blow dealt (`dealt_blow`: وجه ضربات موجعة إلى التنظيم، وجهوا "ضربات قاسية" للمتمردين)
names whom it struck after إلى or ل. Words: data/events/shot.json."""

from __future__ import annotations

from rasd.events.frame import Frame, TokSpan
from rasd.events.places import is_place
from rasd.lexicons import event_markers, word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize

FIRE_REACH = 6  # tokens from the word of fire to its preposition of aim


@once
def shot_words() -> dict[str, frozenset[str]]:
    """data/events/shot.json, normalized: `fire_words`, `aim_preps`, `fire_between`,
    `not_aimed`, `body_parts`."""
    return word_lists("events", "shot.json")


def _fire_at(f: Frame) -> int:
    """The token of the word of fire in the trigger's extent (أطلقوا | النار) or right
    after its group (أطلقوا | الرصاص الحي); -1 when none."""
    v, W = f.v, shot_words()
    end = v.token_range(f.event.trigger.start, f.event.trigger.end)[1]
    for k in range(f.t0, min(f.b, max(end, f.t1 + 1))):
        if v.bare(k) in W["fire_words"]:
            return k
    return -1


def _aim_after(v: View, k: int, b: int) -> int:
    """The token after the preposition of aim that follows the word of fire at k, past its
    adjectives and adverbs (`fire_between`), times and a من phrase (من سوريا، من بندقيته);
    -1 past a mark, a verb, another word, or fire aimed at no one (`not_aimed`)."""
    W = shot_words()
    t = k + 1
    while t < b and t <= k + FIRE_REACH:
        if not v.word(t):
            return -1
        n = v.bare(t)
        if n in W["not_aimed"]:
            return -1
        if n in W["aim_preps"]:
            return t + 1
        if n in W["fire_between"]:
            t += 1
            continue
        s = v.skip_times(t, b)
        if s > t:
            t = s
            continue
        if n == "من" and t + 1 < b:
            e = v.np_forward(t + 1, b, prefixed_ok=True)
            if e > t + 1:
                t = e
                continue
        return -1
    return -1


def _owner_of_part(v: View, s: int, e: int, b: int) -> TokSpan | None:
    """A part of the body at s (قدمي أحد الفلسطينيين، الأطراف السفلية للمشتبه بهم): the
    phrase of its owner after it (its genitive, or ل + the owner past its adjectives)."""
    t = s + 1
    while t < b and v.word(t) and v.is_def(t) == v.is_def(s) and v.is_def(t) \
            and v.norms[t][:1] != "ل":
        t += 1  # (الأطراف | السفلية)
    if t >= b or not v.word(t):
        return None
    if v.norms[t][:2] == "لل":
        o = v.np_forward(t, b, prefixed_ok=True)
        if t < o < b and v.norms[o] in shot_words()["participle_complements"]:
            o += 1  # للمشتبه | بهم: the complement of a passive participle is its own
        return (t, o, 1) if o > t else None
    if not v.is_def(s):
        o = v.np_coordinated(t, b)
        return (t, o) if o > t else None
    return None


def shot_at(f: Frame) -> None:
    """An attack told by its word of fire with no recipient takes the phrase after the
    preposition of aim (`_aim_after`); a part of the body gives its owner; a place, a
    pronoun (عليه: its referent is read elsewhere) or a generic word is left."""
    if f.recipient or f.trig.type != "ASSAULT":
        return
    v, b = f.v, f.b
    k = _fire_at(f)
    if k < 0:
        return
    s = _aim_after(v, k, b)
    s = v.skip_quotes(s, b, "«»“”\"") if s >= 0 else s  # (على «الأطراف السفلية …»)
    if s < 0 or s >= b or not v.word(s) or v.bare(s) in event_markers()["generic_determiners"]:
        return
    e = v.np_coordinated(s, b)
    if e <= s or is_place(v, s, e):
        return
    if v.bare(s) in shot_words()["body_parts"]:
        owner = _owner_of_part(v, s, e, b)
        if owner is None:
            return
        f.recipient = [owner]
    else:
        f.recipient = [(s, e)]
    i, j, *cut = f.recipient[0]  # kept as read: the document's party filter passes it by
    start = v.toks[i].start + (1 if cut else 0)  # (ل | لمشتبه: as `arguments.roles` cuts it)
    v.memo.setdefault("owned_objects", set()).add((start, v.toks[j - 1].end))


BLOW_REACH = 4  # words of a blow's adjectives (and quotes) before its إلى or ل
TO = normalize("إلى")


def dealt_blow(f: Frame) -> None:
    """A noun of striking after a verb of dealing (`dealing_verbs`: وجه ضربات، توجيه ضربة)
    with no recipient takes the phrase after إلى, or after ل glued on it, past the noun's
    adjectives and quotes (وجها ضربات موجعة | إلى التنظيم، وجهوا "ضربات قاسية" | للمتمردين);
    the party filter (only_parties) judges it after."""
    if f.recipient or f.trig.verb or f.trig.type != "ASSAULT":
        return
    v, b, W = f.v, f.b, shot_words()
    k = f.t0 - 1
    if k > f.a and not v.word(k) and v.text[v.toks[k].start] in "\"«“":
        k -= 1  # (وجهوا "ضربات قاسية")
    if k < f.a or not v.word(k) or not v.in_words(k, W["dealing_verbs"]) \
            or not v.in_words(f.t0, W["blow_nouns"]):
        return
    t, words = f.t1, 0
    while t < b and words <= BLOW_REACH:
        if not v.word(t):
            if v.text[v.toks[t].start] not in "\"»”":
                return
            t += 1
            continue
        n = v.norms[t]
        if n == TO and t + 1 < b:
            e = v.np_coordinated(t + 1, b)
            if e > t + 1 and not is_place(v, t + 1, e):
                f.recipient = [(t + 1, e)]
            return
        if n[:1] == "ل" and (n[:2] == "لل" or n[1:3] == "ال") and len(n) > 4:
            e = v.np_forward(t, b, prefixed_ok=True)
            if e > t and not is_place(v, t, e):
                f.recipient = [(t, e, 1)]
            return
        if v.is_verb(t) or v.stop(t) or v.is_def(t) and not v.is_def(f.t0):
            return
        t, words = t + 1, words + 1
