"""A place seized is the seizure's location (seize1, tests/gold/README.md convention 2): a
place noun written without a name after a word of seizing a place (`seizing_lemmas`) —
after its preposition (سيطر على مواقع جديدة، بسطت سيطرتها على ثلاثة مواقع، السيطرة على
الفندق البلدي) or as its object (استعادة مناطق حيوية) — is where the deed was, not the party
it was done to. The place scan (rasd.events.places) reads only named places, and the party
filters drop or keep such a phrase as the recipient (سيطر على بضع بلدات → recipient), so this
pass reads it after both.

Reads the frame's trigger, actor and sentence tokens; writes its location (the place phrase
first) and drops a recipient overlapping it. Words in data/events/seized.json."""

from __future__ import annotations

from functools import cache

from rasd.events.frame import Frame, TokSpan, counted
from rasd.events.places import is_place, named_place, place_names
from rasd.lexicons import event_markers, read_json, trigger_matcher, word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems

HOLDER_REACH = 16  # tokens from the place taken to the phrase naming who held it
OPENING_QUOTES = "«\"“("
PREP_REACH = 6  # tokens from the trigger (past its actor) to the preposition of the place
QUANT_MAX = 2  # quantifier or count words before the place noun (كل، بضع، ثلاثة)


@once
def seized_words() -> dict[str, frozenset[str]]:
    """data/events/seized.json, normalized: `seizing_lemmas`, `place_prep`, `area_nouns`,
    `singular_area_nouns`, `site_nouns`, `quantifiers`, `part_quantifiers`."""
    return word_lists("events", "seized.json")


@cache
def holder_phrases(key: str) -> frozenset[tuple[str, ...]]:
    """`holder_phrases` or `stronghold_phrases` as word tuples (for View.phrase_at)."""
    raw = read_json("events", "seized.json")[key]
    return frozenset(tuple(normalize(w) for w in p.split()) for p in raw)


def _noun_kind(v: View, k: int) -> str | None:
    """'area' or 'site' for a place noun at k (with its article and clitics), else None;
    a definite singular area noun is None (المدينة points back at a named place)."""
    W = seized_words()
    for st, _, suffix in clitic_stems(v.norms[k]):
        base = st[2:] if st[:2] == "ال" else st
        if suffix:
            continue  # (تحرير معظم مناطقهما: a pronoun's places, named before)
        if base in W["site_nouns"]:
            return "site"
        if base in W["area_nouns"]:
            singular = base in W["singular_area_nouns"]
            return None if st[:2] == "ال" and singular else "area"
    return None


def _object_start(f: Frame) -> int | None:
    """The token where the place taken starts: past the trigger and its actor, after على for
    the words that take one, else right there (the object: استعادة | مناطق حيوية)."""
    v, W = f.v, seized_words()
    start = max([f.t1] + [x[1] for x in f.actor if x[0] >= f.t1])
    if not (f.trig.needs & W["place_prep"]):
        return start if start < f.b and v.word(start) else None
    for k in range(start, min(f.b, start + PREP_REACH)):
        if not v.word(k):
            return None
        if v.norms[k] in W["place_prep"]:
            return k + 1
    return None


def _phrase(v: View, s: int, b: int, chained: bool) -> tuple[TokSpan, str] | None:
    """(the place phrase at s, its kind: area, site, or named when a name follows in
    construct): quantifiers or a count, the place noun, then its
    adjectives and genitive, up to a name, a preposition or a direction (مواقع جديدة | قرب);
    `chained` (after و and a place taken): also a named place (وفندق النوران)."""
    W, M = seized_words(), event_markers()
    ent = v.ent_tok.get(s)
    if chained and ent is not None and ent.type in ("LOC", "FAC") \
            and v.toks[s].end > ent.start >= v.toks[s].start:
        e = s
        e = v.skip_ent(e, ent, b)
        return (s, e), "site"
    k = s
    while k < b and k - s < QUANT_MAX and v.word(k) and (
            counted(v, k, k + 1) or v.norms[k].isdigit() or v.bare(k) in W["quantifiers"]
            or v.bare(k) in W["part_quantifiers"]):
        k += 1
    if s < k < b and v.norms[k] == "من":
        k += 1  # (عدد من المواقع: a partitive)
    if s < k < b and v.bare(k - 1) in W["part_quantifiers"] and (name := _named_at(v, k, b)):
        return name, "part"  # (استعادة معظم عدن، السيطرة على كامل مدينة الرمادي: the place)
    if k >= b or k in v.ent_tok or not v.word(k):
        return None
    kind = None if k > s and v.is_def(k) and v.bare(k - 1) not in W["quantifiers"] \
        and v.norms[k - 1] != "من" else _noun_kind(v, k)  # (ثلاثة المواقع: no phrase)
    if kind is None:
        return None
    e = k + 1
    while e < b and v.word(e) and e not in v.ent_tok and not v.stop(e) \
            and not v.prefixed(e) and v.bare(e) not in M["directions"] \
            and v.norms[e][:1] != "و" and not v.is_verb(e) and not counted(v, e, e + 1) \
            and not _deed_at(v, e) and not (e + 1 < b and v.norms[e + 1] in W["resumptive"]) \
            and not v.is_time(e) and v.bare(e) not in W["phrase_stops"]:
        e += 1  # (مناطق | يسيطر عليها التنظيم: a relative clause, its pronoun after its verb)
    q = e
    q = v.skip_quotes(q, b, OPENING_QUOTES)  # (منطقة «الفاو»)
    if q < b and (q in v.ent_tok or q > e and v.word(q)):  # (معظم مناطق مديرية | لودر، حي
        return (s, e), "named"  # | التواهي: a named place, read by the scan; no recipient)
    vague = M["vague_qualifiers"] | W["vague"]
    if k == s and (e - k == 1 and (v.is_def(k) or kind == "area")
                   or e - k == 2 and v.bare(e - 1) in vague):
        return None  # (المطار alone points back at a named one; مناطق، مناطق واسعة say
        # nothing of which: no place of their own)
    return (s, e), kind


def _named_at(v: View, k: int, b: int) -> TokSpan | None:
    """The named place at k: a place entity (عدن، الرمادي) or a place head and its name
    (مدينة الرمادي), else None."""
    ent = v.ent_tok.get(k)
    if ent is not None:
        return (k, v.skip_ent(k, ent, b)) if ent.type == "LOC" else None
    e = named_place(v, k, b)
    return (k, e) if e > k else None


def _deed_at(v: View, k: int) -> bool:
    """A trigger of a deed, verb or noun, starts at k (مناطق | يسيطر عليها التنظيم)."""
    return any(True for _ in v.candidates(trigger_matcher(), k))


def _placed_by_name(v: View, e: int, b: int) -> bool:
    """A named place follows (في محافظة إب، بمحافظة أبين، في اب): it says where the area is."""
    if e >= b:
        return False
    n = v.norms[e]
    if n == "في":  # (6 مديريات في اب: a name the entity stage may miss)
        return e + 1 < b and v.word(e + 1)
    if n == "من":  # (مناطق شاسعة من العراق وسوريا: parts of named places)
        return e + 1 < b and e + 1 in v.ent_tok
    return n[:1] == "ب" and (e in v.ent_tok or e + 1 < b and e + 1 in v.ent_tok)


def taken_place(f: Frame) -> None:
    """سيطروا على مواقع جديدة قرب الخالدية، سيطر على بضع بلدات، السيطرة على الفندق البلدي
    ومحطة النقل: the place phrases taken go first in the location; none is a recipient."""
    v, W = f.v, seized_words()
    if f.trig.type != "COERCE" or "seize" not in f.trig.modes \
            or f.trig.lemma not in W["seizing_lemmas"]:
        return
    s = _object_start(f)
    found: list[TokSpan] = []
    while s is not None and s < f.b:
        got = _phrase(v, s, f.b, bool(found))
        if got is None:
            break
        (i, e), kind = got
        if kind == "part":  # (most or all of a named place: the place, no recipient)
            f.recipient = [r for r in f.recipient if not (r[0] < e and s <= r[1] - 1)]
            rest = [x for x in f.location if not any(x[0] < y and w < x[1]
                                                     for w, y in place_names(v, i, e))]
            f.location = (place_names(v, i, e) + rest)[:event_markers()["location_max"]]
            return
        if kind == "named":
            f.recipient = [r for r in f.recipient if not (r[0] < e and i < r[1])]
            break
        if kind == "area" and _placed_by_name(v, e, f.b):
            break
        found.append((i, e))
        # الفندق البلدي ومحطة النقل المجاورة له وفندق النوران: the next one after و
        nxt = next((t for t in range(e, min(f.b, e + 3)) if v.norms[t][:1] == "و"
                    and len(v.norms[t]) > 2), None)
        if nxt is None or any(not v.word(t) or t in v.ent_tok or v.norms[t] in ("من", "في")
                              for t in range(e, nxt)):
            break  # (المجاورة له | وفندق النوران; not من العراق | وسوريا)
        s = nxt
    if not found:
        return
    overlaps = [r for r in f.recipient if any(r[0] < e and i < r[1] for i, e in found)]
    f.recipient = [r for r in f.recipient if r not in overlaps]
    rest = [x for x in f.location if not any(x[0] < e and i < x[1] for i, e in found)]
    f.location = (found + rest)[:event_markers()["location_max"]]


def _party_at(v: View, k: int) -> bool:
    """A person or organisation name, or a head noun of armed or ruling parties, at k (its ل
    taken off: معقل | لمليشيات الحوثي)."""
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type in ("PER", "ORG")
    n = v.bare(k)
    heads = event_markers()["agent_heads"]
    return n in heads or n[:1] == "ل" and (n[1:] in heads or "ا" + n[1:] in heads)


def place_holder(f: Frame) -> None:
    """سيطرت على حي التواهي آخر أحياء عدن التي كانت لا تزال تحت سيطرة جماعة الحوثيين،
    السيطرة على معظم مناطق مديرية لودر كآخر معقل لمليشيات الحوثي: a seizure with no
    recipient but places was taken from the party a holder phrase (`holder_phrases`,
    `stronghold_phrases`) names after the place in its clause; that party is the recipient.
    The search stops at punctuation, a verb other than the relative clause's كان
    (`holder_skip`), another deed, or a holder phrase that is itself the object or follows
    a preposition of motion (`holder_skip_before`: يقرب المقاومة من معقل الحوثيين).

    Reads the frame's trigger and sentence tokens; writes its recipient."""
    v, W = f.v, seized_words()
    if f.trig.type != "COERCE" or "seize" not in f.trig.modes \
            or f.trig.lemma not in W["seizing_lemmas"] \
            or any(not is_place(v, r[0], r[1]) for r in f.recipient):
        return
    start = _object_start(f)
    if start is None:
        return
    held, strongholds = holder_phrases("holder_phrases"), holder_phrases("stronghold_phrases")
    for k in range(start, min(f.b, start + HOLDER_REACH)):
        if not v.word(k) or k > start and v.trigger_noun_at(k) \
                or v.is_verb(k) and v.bare(k) not in W["holder_skip"]:
            return
        fort = v.phrase_at(k, strongholds)
        n = fort or v.phrase_at(k, held)
        if not n:
            continue
        if v.bare(k - 1) in W["holder_skip_before"] or not any(
                t in v.ent_tok or _noun_kind(v, t) for t in range(start, k)):
            return  # (يقرب … من معقل; تحريرها لآخر معقل للمتمردين: no place before it, the
            # stronghold is the place taken itself)
        s = k + n
        s = v.skip_quotes(s, f.b, OPENING_QUOTES)  # (خاضعة لسيطرة «داعش»)
        if s >= f.b or not _party_at(v, s) or fort and v.norms[s][:1] != "ل":
            return  # (معقل needs its ل: معقل لمليشيات الحوثي, not the construct's genitive)
        if fort or v.prefixed(s):
            e = v.np_forward(s, f.b, prefixed_ok=True)
            f.recipient = [(s, e, 1)] if e > s else f.recipient
        else:  # (جماعة الحوثيين | وحلفائها: the one named)
            e = v.np_forward(s, f.b)
            f.recipient = [(s, e)] if e > s else f.recipient
        return
