"""Whose target it was: the party a struck or seized thing belongs to, or was bound for.

Three passes over a trigger's clause (rasd.events.frame.Frame), after its roles are cut to
whole parties (rasd.events.arguments.only_parties):

- `owners`: people a deed was done to, followed by a word of membership (`owner_links`:
  ينتمون، المنتمين) and the party's name after ل, directly or past a noun of its members
  (لعناصر في تنظيم …), add the party as a recipient, with the parties joined to it by و
  (اعتقال 320 شخصا ينتمون لتنظيم داعش ولحزب العمال الكردستاني). A thing's owner
  (صهريج مياه تابع للاتحاد الإفريقي) qualifies the thing and stays inside its phrase.
- `sought`: a raid, a sweep or a state of alert followed by a phrase of searching
  (`search_phrases`: عمليات دهم … بحثا عن مطلوبين) has the people sought as recipient.
- `bound_for`: a seizure or a thwarted shipment whose goods were on their way to a party
  (`bound_for`: كانت في طريقها إلى مليشيا «فجر ليبيا») has that party as its recipient,
  not the goods (the convention of tests/gold/fresh2).
- `cut_supplies` (recip2): a cutting trigger that reaches a noun of supplies (قطعت طرق إمداد
  الحوثيين، قطع الإمدادات عن الحوثيين) has the party whose supplies were cut as recipient:
  the noun's genitive, or the phrase after عن or على.

Word lists: data/events/victims.json (rasd.lexicons.victim_words), data/events/targets.json
(`target_words`).
"""

from __future__ import annotations

from rasd.events.frame import Frame, TokSpan
from rasd.events.objects import _owned_head
from rasd.events.parties import party_span
from rasd.events.places import is_place
from rasd.events.raided import clearing
from rasd.lexicons import victim_words, word_lists
from rasd.once import once
from rasd.roles import View

OWNER_REACH = 4  # tokens from ل to the organisation past a noun of its members
BOUND_REACH = 14  # tokens from the trigger to the phrase of where the goods were going


def _org_at(v: View, k: int) -> TokSpan | None:
    """The organisation entity that starts at token k (a ل or و+ل on it allowed)."""
    ent = v.ent_tok.get(k)
    if ent is None or ent.type != "ORG" or v.ent_tok.get(k - 1) is ent:
        return None
    e = k
    e = v.skip_ent(e, ent, len(v.toks))
    return k, e


def owner_parties(v: View, j: int, b: int) -> list[TokSpan]:
    """The parties a phrase ending at token j belongs to (ينتمون | لتنظيم داعش ولحزب …)."""
    if j + 1 >= b or not v.word(j) or not any(v.in_words(j, {w}) for (w,) in victim_words()[
            "owner_links"]):
        return []
    k = j + 1
    if v.norms[k][:1] != "ل":
        return []
    org = _org_at(v, k)
    if org is None:  # لمسؤولين وقياديين | في كتائب القسام: a noun of members, then the party
        for t in range(k + 1, min(b - 1, k + OWNER_REACH)):
            if not v.word(t):
                return []
            if v.norms[t] in ("في", "من") and (org := _org_at(v, t + 1)) is not None:
                break
        if org is None:
            return []
    found = [org]
    while found[-1][1] < b:  # ولحزب العمال الكردستاني: joined by و
        e = found[-1][1]
        nxt = _org_at(v, e) if v.norms[e][:1] == "و" and len(v.norms[e]) > 1 else (
            _org_at(v, e + 1) if v.norms[e] == "و" and e + 1 < b else None)
        if nxt is None:
            break
        found.append(nxt)
    return found


def owners(f: Frame) -> None:
    """The party the people a deed was done to belong to is a recipient too (see the
    module's docstring)."""
    if f.trig.type not in ("ASSAULT", "COERCE") or not f.recipient:
        return
    v, b = f.v, f.b
    for r in list(f.recipient):
        for i, e in owner_parties(v, r[1], b):
            if not any(x[0] <= i < x[1] for x in f.recipient):
                f.recipient.append((i, e, 1))


def bound_for(f: Frame) -> None:
    """A seizure's goods on their way to a party: that party is the recipient (see the
    module's docstring)."""
    if f.trig.type != "COERCE":
        return
    v, b = f.v, f.b
    s = _after_phrase(f, victim_words()["bound_for"], BOUND_REACH, "،,«»\"")
    if s is None:
        return
    if s < b and v.norms[s] in ("الي", "ل"):
        s += 1
    e = v.np_forward(s, b, prefixed_ok=True)
    if e > s and not is_place(v, s, e) and party_span(v, (s, e, 1)) is not None:
        f.recipient = [(s, e, 1)]


SEARCH_REACH = 12  # tokens from the trigger to the phrase of searching


def sought(f: Frame) -> None:
    """عمليات دهم في منطقة البقاع بحثا عن مطلوبين، استنفارا أمنيا للبحث عن المتورطين: a raid,
    a sweep or a state of alert with no recipient, followed in its clause by a phrase of
    searching (`search_phrases`), is aimed at the people sought: they are its recipient."""
    if f.trig.type not in ("COERCE", "MOBILIZE") or f.recipient:
        return
    v, b = f.v, f.b
    s = _after_phrase(f, victim_words()["search_phrases"], SEARCH_REACH, "،,", deeds_end=True)
    if s is None:
        return
    e = v.np_forward(s, b) if s < b else s
    cut = party_span(v, (s, e)) if e > s and not is_place(v, s, e) else None
    if cut is not None:
        f.recipient = [(cut[0], cut[1])]


def _after_phrase(f: Frame, phrases: set[tuple[str, ...]], reach: int, marks: str,
                  deeds_end: bool = False) -> int | None:
    """Where the words after the first of `phrases` within `reach` tokens of the trigger
    start; None when none is met first or the walk leaves the clause (punctuation other than
    `marks`; with `deeds_end`, another verb or deed noun)."""
    v, b = f.v, f.b
    for k in range(f.t1, min(b, f.t1 + reach)):
        if not v.word(k) and v.text[v.toks[k].start] not in marks:
            return None
        n = v.phrase_at(k, phrases, b)
        if n:
            return k + n
        if deeds_end and k > f.t1 and (v.is_verb(k) or v.trigger_noun_at(k)):
            return None  # (another deed's clause)
    return None



@once
def target_words() -> dict[str, frozenset[str]]:
    """data/events/targets.json, normalized: `supply_nouns`, `supply_preps`,
    `holding_phrases`, `battle_openers`, `battle_nouns`."""
    return word_lists("events", "targets.json")


def cut_supplies(f: Frame) -> None:
    """قطعت طرق إمداد الحوثيين والقوات الموالية لصالح، قطع الإمدادات عن الحوثيين: a cutting
    trigger with no recipient after its extent (one read inside it, قطع الجيش خطوط, is
    none) whose extent ends at a noun of supplies (`supply_nouns`; the
    word the trigger needs, arguments.trigger_extent) was done to the party whose supplies
    they were: the noun's genitive, or the phrase after عن or على (`supply_preps`), each
    conjunct a party (or a military thing: قطعت طرق الإمداد على قاعدة العند)."""
    if f.trig.type != "COERCE" or f.event.trigger.end <= f.group[-1].end:
        return
    v, b, W = f.v, f.b, target_words()
    k = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[0]
    if any(r[0] > k for r in f.recipient):
        return  # (one read after the supplies already: قطعت طرق الإمداد على قاعدة العند)
    if k + 1 < b and v.bare(k) not in W["supply_nouns"] and v.bare(k + 1) in W["supply_nouns"]:
        k += 1  # قطع الجيش خطوط | الإمداد: the needed word, then the supplies
    if v.bare(k) not in W["supply_nouns"] or k + 1 >= b or not v.word(k + 1):
        return
    s = k + 1 + (v.norms[k + 1] in W["supply_preps"])
    if s == k + 1 and v.is_def(k):
        return  # (a definite noun takes no genitive: خطوط الإمدادات | الرئيسة, an adjective)
    if s >= b or not v.word(s) or v.prefixed(s) or v.stop(s):
        return
    e = v.np_coordinated(s, b)
    found = []
    for x in v.split_coordination(s, e):
        cut = party_span(v, x) if not is_place(v, *x) else None
        if _owned_head(v, x[0]):
            found.append(x)  # (a base, named or not, is what the cut was done to)
        elif cut is not None:
            found.append((cut[0], cut[1]))
    if found:
        f.recipient = found


HELD_REACH = 16  # tokens from a seizing trigger to the phrase of who held the place
HELD_STOPS = ".؛;:!?؟"  # marks that end the clause a holder is read in (a bracket is an aside)


@once
def _holding() -> set[tuple[str, ...]]:
    """data/events/targets.json `holding_phrases`, as phrases of normalized words."""
    return {tuple(w.split()) for w in target_words()["holding_phrases"]}


def held_from(f: Frame) -> bool:
    """حرر خلال الأيام الماضية من قبضة الانقلابيين، تحرير أكثر من 50 % من أحياء الرمادي … من
    سيطرة داعش، سيطرت القوات على زنجبار، عاصمة محافظة أبين … التي كانت في أيدي المتمردين
    الحوثيين: a place seized or cleared (a COERCE trigger with the mode seize, or a noun of
    clearing) with no party read as its recipient was taken from the party a phrase of
    holding (`holding_phrases`: من قبضة، من سيطرة، كانت في أيدي، كانت تحت سيطرة) names,
    within HELD_REACH tokens after the trigger in its clause (past commas, times, partitives
    and the place's own phrase; not past another verb but كان or another deed noun, nor a
    full stop). So too the party fought before the seizure (`_battle_with`: بعد مواجهات
    عنيفة مع الانقلابيين). That party, with the parties joined to it, is the recipient. Runs
    after `taken_from` (which reads the first من only) and before the party filter."""
    v, b = f.v, f.b
    if not (f.trig.type == "COERCE" and "seize" in f.trig.modes or clearing(f)):
        return False
    if any(not is_place(v, r[0], r[1]) and party_span(v, r) is not None for r in f.recipient):
        return False
    start = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[1]
    for k in range(start, min(b, start + HELD_REACH)):
        n = v.phrase_at(k, _holding())
        fought = _battle_with(v, k, b)
        if n or fought:
            s = fought or k + n
            if s >= b or not v.word(s) or is_place(v, s, s + 1):
                return False
            e = v.np_coordinated(s, b)
            e = next((t for t in range(s, e) if not v.word(t)), e)  # (داعش، | وأهمها حي)
            e = _quoted_name_end(v, e, b)  # (من أيدي تنظيم | «داعش»)
            found = [x for x in v.split_coordination(s, e)
                     if not is_place(v, *x) and party_span(v, x) is not None]
            f.recipient += found
            return bool(found)
        if not v.word(k) and v.text[v.toks[k].start] in HELD_STOPS:
            return False  # (a full stop, a colon: another clause)
        if k > start and (v.is_verb(k) and v.bare(k) not in ("كانت", "كان")
                          or v.trigger_noun_at(k)):
            return False
    return False


def _battle_with(v: View, k: int, b: int) -> int | None:
    """The token after مع in a battle set before the seizure at token k (`battle_openers` +
    `battle_nouns` + at most two adjectives + مع: بعد مواجهات عنيفة مع | الانقلابيين); None
    when there is none."""
    W = target_words()
    if k + 2 >= b or v.norms[k] not in W["battle_openers"] or v.bare(k + 1) not in W[
            "battle_nouns"]:
        return None
    for t in range(k + 2, min(b - 1, k + 5)):
        if v.norms[t] == "مع":
            return t + 1
        if not v.word(t) or v.is_verb(t) or v.stop(t):
            return None
    return None


def _quoted_name_end(v: View, e: int, b: int) -> int:
    """The end of a name in quotes right after a head noun ending at e (تنظيم | «داعش»),
    its closing quote with it; e when none follows."""
    k = v.skip_quotes(e, b, "\"«“")
    ent = v.ent_tok.get(k) if e < k < b else None
    if ent is None or ent.type != "ORG":
        return e
    k = v.skip_ent(k, ent, b)
    return k + 1 if k < b and not v.word(k) and v.text[v.toks[k].start] in "\"»”" else k
