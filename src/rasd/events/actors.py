"""Actors of deed nouns from two constructions of their sentence, as named passes over a
document's events (run by rasd.events.context; each fills only an empty actor, basis
"sentence"). Both were measured on the dev sets before they were built
(bench/actor_fallbacks.py):

- `doer_after`: a deed noun, then (a relative pronoun and) a verb of doing with an object
  pronoun that points back at it, then its subject: the doer (كمين مسلح نصبته المقاومة
  الشعبية، وقفة احتجاجية نظمها مسيحيو سهل نينوى، التقدم الذي حققته القوات العراقية، ضربات
  جوية تقودها الولايات المتحدة). The light, adopt and launch verbs (شنها، نفذه، تبناه) are
  read by rasd.events.nouns.light_verb_after; this reads the verbs of `doer_verbs`.
- `attributed_phrase` (measured, not run): a deed noun, then a verb of attributing (نسبته
  السلطات إلى، نسب إلى) and the party after إلى. Right on the demo corpus (3 of 3: the
  Suruç bombing attributed to داعش), none on the dev sets, and as a pass it cost the
  merge of reports 7 dev pairs (recall 0.744 -> 0.701: the bombing's reports split by
  date), so bench/actor_fallbacks.py asks it as a candidate only.
- `decree_actor`: a decree (قرار، حكم، مرسوم) issued by a party orders the deed after its
  ب, and is itself that party's deed: أصدر الرئيس المصري قرارا جمهوريا بمد حالة الطوارئ،
  أصدرت المحكمة الجزائية المتخصصة حكما ابتدائيا يقضي بالسجن.

Words in data/events/actors.json."""

from __future__ import annotations

from typing import Any

from rasd.document import Event, Role
from rasd.events.frame import OBJECT_PRONOUNS, SUBJECT_MAX, clear_relative, skip_time
from rasd.events.parties import parties_only
from rasd.events.places import generic_place, is_place
from rasd.lexicons import event_markers, norm_words, read_json
from rasd.once import once
from rasd.roles import RELATIVES, View, _nisba
from rasd.text.normalize import normalize_with_map

DOER_REACH = 4  # tokens from a deed noun to the verb of doing after it
DECREE_REACH = 3  # tokens from a decree noun to the ب of the deed it orders
ISSUE_REACH = 16  # tokens from an issuing verb to its decree noun (its subject between)


@once
def actor_words() -> dict[str, set[str]]:
    raw = read_json("events", "actors.json")
    return {k: norm_words(v) for k, v in raw.items() if not k.startswith("_")}


def _sentence(v: View, ev: Event) -> tuple[int, int]:
    s = v.sents[ev.sentence]
    return v.token_range(s.start, s.end)


def _verb_with_pronoun(v: View, k: int, verbs: set[str]) -> bool:
    """نصبته، نظمها، تقودها: a verb of `verbs` with an object pronoun (not a word written
    with a final ة, a noun that normalizes alike: محذرا | قادة هذا التنظيم is no قاده)."""
    n = v.bare(k)
    if v.text[v.toks[k].end - 1] == "ة":
        return False
    return any(n.endswith(suf) and n[:-len(suf)] in verbs for suf in OBJECT_PRONOUNS)


def _given(v: View, ev: Event, spans: list[tuple[int, int]]) -> None:
    kept = parties_only(v, spans)
    ev.actor = [Role(r.start, r.end, r.entity, basis="sentence")
                for r in (v.role(i, j) for i, j, *_ in kept)]


def _verb_after_deed(v: View, ev: Event, verbs: set[str], bare_ok: bool = False) -> int | None:
    """The token of a verb of `verbs` after the deed noun, with an object pronoun (or,
    with `bare_ok`, without one: هجوم انتحاري نسب إلى), past the noun's adjectives and a
    relative pronoun (a comma may come before it: الغارات الجوية، التي تقودها); else None."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i):
        return None
    _, b = _sentence(v, ev)
    k = i + 1
    while k < min(b, max(j, i + 1) + DOER_REACH):
        if not v.word(k):
            if v.comma(k) and k + 1 < b and (v.norms[k + 1],) in RELATIVES:
                k += 1
                continue
            return None
        if clear_relative(v.norms[k]):
            k += 1
            continue
        if _verb_with_pronoun(v, k, verbs) or bare_ok and v.bare(k) in verbs:
            return k  # (the trigger may span it: التقدم الذي حققته)
        if k >= j and not _adjective_after(v, i, k):
            return None  # (حتفهم جراء كمين نصبته: the verb's deed is another noun)
        k += 1
    return None


def doer_phrase(v: View, ev: Event) -> list[tuple[int, int]] | None:
    """The subject of a verb of doing with an object pronoun right after the deed noun (past
    its adjectives and a relative pronoun); else None."""
    k = _verb_after_deed(v, ev, actor_words()["doer_verbs"])
    if k is None:
        return None
    _, b = _sentence(v, ev)
    s = skip_time(v, k + 1, b)
    if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s):
        return None
    e = v.np_coordinated(s, b)
    return v.split_coordination(s, e) if e > s else None


def attributed_phrase(v: View, ev: Event) -> list[tuple[int, int]] | None:
    """هجوم جديد نسبته السلطات إلى التمرد الكردي، هجوم انتحاري نسب إلى تنظيم داعش: the party
    after إلى of a verb of attributing right after the deed noun; else None."""
    W = actor_words()
    k = _verb_after_deed(v, ev, W["attribute_verbs"], bare_ok=True)
    if k is None:
        return None
    _, b = _sentence(v, ev)
    s = skip_time(v, k + 1, b)  # (نسب | إلى: a passive, no subject)
    if s < b and v.bare(s) not in W["attribute_to"] and v.bare(k) not in W["attribute_verbs"]:
        s = skip_time(v, v.np_forward(s, b), b)  # (نسبته السلطات | إلى)
    if s + 1 >= b or v.bare(s) not in W["attribute_to"] or not v.word(s + 1):
        return None
    e = v.np_coordinated(s + 1, b)
    return v.split_coordination(s + 1, e) if e > s + 1 else None


def _adjective_after(v: View, i: int, k: int) -> bool:
    """Token k can be an adjective of the deed noun at i: a definite word after a definite
    noun (الحصار الخانق), an indefinite relational adjective, participle or plain
    adjective (`plain_adjectives`) after an indefinite one (كمين مسلح، وقفة احتجاجية،
    هجمات متعمدة، هجوم جديد)."""
    if v.is_verb(k) or k in v.ent_tok or v.stop(k) or v.prefixed(k):
        return False
    if v.is_def(i):
        return v.is_def(k)
    n = v.bare(k)
    return not v.is_def(k) and (_nisba(n) or n[:1] == "م" and len(n) > 3
                                or n in actor_words()["plain_adjectives"])


def doer_after(story: Any) -> None:
    """كمين نصبته المقاومة الشعبية: the doer after a deed noun (doer_phrase)."""
    for ev in story.events:
        if not ev.actor and (found := doer_phrase(story.v, ev)):
            _given(story.v, ev, found)


def _decree_at(v: View, ev: Event, a: int) -> int | None:
    """The token of the decree noun that orders the deed: the trigger itself (حكما ابتدائيا
    يقضي بالسجن) or the noun before a trigger with ب, past its indefinite adjectives and
    a linking verb (قرارا جمهوريا بمد، حكما غيابيا يقضي بإعدام)."""
    W = actor_words()
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.bare(i) in W["decree_nouns"]:
        return i
    if v.norms[i][:1] != "ب" or v.is_verb(i):
        return None
    for k in range(i - 1, max(a - 1, i - 1 - DECREE_REACH), -1):
        if not v.word(k):
            return None
        if v.bare(k) in W["decree_nouns"]:
            return k
        if not (v.bare(k) in W["decree_links"] or not v.is_def(k) and v.bare(k).endswith("يا")):
            return None  # (only جمهوريا، ابتدائيا، غيابيا، يقضي between)
    return None


def decree_issuer(v: View, ev: Event) -> list[tuple[int, int]] | None:
    """The subject of the verb that issues the decree ordering the deed (_decree_at): after
    the verb (أصدرت المحكمة الجزائية المتخصصة في مقرها الصيفي حكما) or before it (الرئيس
    أصدر قرارا), when it names a party; else None."""
    a, b = _sentence(v, ev)
    d = _decree_at(v, ev, a)
    if d is None:
        return None
    verbs = actor_words()["issue_verbs"]
    for lv in range(d - 1, max(a - 1, d - 1 - ISSUE_REACH), -1):
        if not v.word(lv) and v.text[v.toks[lv].start] not in "()":
            return None
        if v.bare(lv) not in verbs and v.norms[lv] not in verbs:
            if v.is_verb(lv) or v.phrase_at(lv, v.W["complementizers"]):
                return None
            continue
        s = skip_time(v, lv + 1, d)
        if s < d:
            e = v.np_coordinated(s, d)
            return v.split_coordination(s, e) if e > s else None
        subj = v.subject_before(lv, a, SUBJECT_MAX)
        return v.split_coordination(*subj) if subj else None
    return None


def decree_actor(story: Any) -> None:
    """أصدر الرئيس قرارا بتمديد حالة الطوارئ: the issuer of the decree (decree_issuer)."""
    for ev in story.events:
        if not ev.actor and (found := decree_issuer(story.v, ev)):
            _given(story.v, ev, found)




LAM_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})  # (ل after an attack is its agent)


def lam_object(v: View, ev: Event) -> list[tuple[int, int, int]] | None:
    """اتهام لدول جوار سوريا، إتهامه لجهات: a ل phrase right after an accusation, arrest or
    sanction noun (past its adjectives) that names a party or counts people is what the
    deed is done to (after an attack it is the agent: غارات لتحالف، هجوم لبوكو حرام);
    not a place, a deed noun or a time."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if ev.type not in LAM_TYPES or v.is_verb(i) or ev.recipient:
        return None
    _, b = _sentence(v, ev)
    k = j
    while k < min(b, j + 2) and v.word(k) and v.norms[k][:1] != "ل" and _adjective_after(v, i, k):
        k += 1
    if k >= b or not v.word(k) or v.norms[k][:1] != "ل" or len(v.norms[k]) < 4 \
            or k in v.ent_tok and v.ent_tok[k].start == v.toks[k].start \
            or v.trigger_noun_at(k) or v.is_time(k) or is_place(v, k, k + 1) \
            or generic_place(v, k):
        return None  # (لجنة، لبنان: a name's own ل)
    e = v.np_coordinated(k, b)
    return [(x, y, 1) for x, y, *_ in parties_only(v, [(k, e, 1)])] if e > k else None


def lam_recipient(story: Any) -> None:
    """اتهام لدول جوار سوريا: the party after the ل of an accusation (lam_object)."""
    for ev in story.events:
        if not ev.recipient and (found := lam_object(story.v, ev)):
            ev.recipient = [_role(story.v, x) for x in found]


def joined_conjuncts(v: View, ev: Event) -> list[tuple[int, int]]:
    """طالب مكاوي الأمم المتحدة والصليب الأحمر، يطالب مجلس النواب والحكومة المؤقتة: the
    parties joined by و to a recipient that its phrase left out (a name, or a head noun of
    armed or ruling parties, not yet a recipient); not when the recipient ends in a ل or ب
    phrase, whose own conjunct it may be."""
    _, b = _sentence(v, ev)
    out: list[tuple[int, int]] = []
    heads = event_markers()["agent_heads"]
    t0, t1 = v.token_range(ev.trigger.start, ev.trigger.end)
    for r in ev.recipient:
        i, j = v.token_range(r.start, r.end)
        if i == t1 and not v.is_verb(t0):
            continue  # (استعادة حزب الله | والقوات الحكومية السيطرة: the genitive of a deed
            # noun may be its agent, read as the recipient; its conjunct is left alone)
        if j >= b or v.norms[j][:1] != "و" or not v.word(j) or v.is_verb(j) \
                or any(v.norms[k][:1] in "لب" and len(v.norms[k]) > 3 for k in range(i + 1, j)):
            continue  # (مسلحين تابعين لميليشيات الحوثي | وصالح: joined inside the ل phrase)
        for x, y in v.split_coordination(i, v.np_coordinated(i, b)):
            ent = v.ent_tok.get(x)
            named = ent is not None and ent.type in ("PER", "ORG") or v.in_words(x, heads)
            if x >= j and named and not any(
                    q.start < v.toks[y - 1].end and v.toks[x].start < q.end
                    for q in ev.recipient):
                out += [(s0, e0) for s0, e0, *_ in parties_only(v, [(x, y)])]
    return out


def joined_recipients(story: Any) -> None:
    """The parties joined to a recipient that its phrase left out (joined_conjuncts)."""
    for ev in story.events:
        if ev.recipient and (found := joined_conjuncts(story.v, ev)):
            ev.recipient = ev.recipient + [_role(story.v, x, conj=True) for x in found]


def _role(v: View, span: tuple[int, ...], conj: bool = False) -> Role:
    """A recipient's Role over tokens (i, j), or (i, j, 1): without its leading ل/ب."""
    i, j, *cut = span
    r = v.role(i, j, conj=conj)
    if cut and r.start == v.toks[i].start and v.norms[i][:1] in "لب":
        _, index = normalize_with_map(v.text[r.start:v.toks[i].end])
        r.start += index[1] if len(index) > 1 else 0
    return Role(r.start, r.end, r.entity, basis="sentence")
