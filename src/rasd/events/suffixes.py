"""An object pronoun glued on a deed names its recipient (recip26): the pronoun on a verb
(قصفتهم، ضربوها، هددهم) or on a deed noun whose genitive is what is done (اعتقاله،
اختطافهم، تدميرها) stands for a noun phrase named before it in its sentence; that phrase is
what the deed was done to (المدنيون … قتلتهم الغارة، الصحفي … واعتقلته القوات).

The pronoun (`object_suffix`) is read, on the deeds done to a party (`suffix_types`,
data/events/suffixes.json) that are not hypothetical, on
- a verb trigger, past the subject's agreement letters (`subject_markers`: ضرب|و|ها، هدم|ت|ها):
  a verb's attached pronoun is its object. A form that is also the deed's noun (قتله،
  طردهم: a noun row matches it too) is read as the noun unless a name, a definite or a
  counted word stands right before it (`_verb_place`: فجمال عبدالناصر قتله مسدس);
- a deed noun whose genitive is what is done (`objective_nouns`, `patient_possessives`,
  data/events/markers.json), or any deed noun after a passive auxiliary (تم قصفها، يتم
  اعتقالهم): its pronoun is what is done, unless the noun's own object follows it
  (`own_object`: استهدافهم للمدنيين, the pronoun is the agent), nor after a light verb
  (تواصل اعتقالاتها: its subject is the agent). Not the deeds done to places (`place_deeds`:
  تطهيرها، تحريرها: the pronoun is the place), not a launch (`launched`: صاروخ أطلقه العدو),
  not a hypothetical deed.
Its antecedent, the first of:
- inside a relative clause (no mark between its pronoun and the trigger), the clause's head
  when the trigger opens the clause or the clause's verb has a subject of its own
  (`relative_antecedent`: الرهائن الذين يحتجزونهم، أبو نضال الذي تم اتهامه، حسان الشيخ الذي
  أقدم أحد أقرباء الرئيس على قتله), else none (التنظيمات التي تناوبت على تدميرها: the head
  is the clause's subject);
- the recipient of the deed told right before it in its sentence when it agrees with the
  pronoun (`earlier_recipient`: منعت عددا من السيارات المفخخة … ونجحت في تدميرها، أعدم 11
  شابا بعد اختطافهم: the same party, told again);
- the nearest noun phrase before the trigger that names a party, a person or a target
  (rasd.events.parties) and agrees with the pronoun in gender and number (`agreement`:
  referents.agrees; هن: `feminine_people`; هم: `people_plurals`, a counted singular of
  people, 11 شابا). Passed over on the way back: the event's own actor (a verb's object is
  never its subject; a deed noun's pronoun that agrees with it may be it: none; nor the
  doer of a deed told before it in its sentence when it agrees: none), a word
  inside a phrase begun before it (قوات | الأمن، لمصلحة | حزب الله), a party that does not
  agree. The search ends with none at a place (the pronoun may
  be the place), a definite noun naming no party that agrees (طوق التتبع … حاولوا تدميره: a
  thing), a part of a group (قسم منهم تم اعتقاله), and at the phrase right before a verb:
  taken when the verb's subject follows (9500 شخص تحتجزهم جماعات جهادية), else it is the
  verb's subject (اربعة جنود ضربوها) and none is taken."""

from __future__ import annotations

from rasd.document import Event, Role
from rasd.events.frame import OBJECT_PRONOUNS, TokSpan, clear_relative, counted, noun_kind
from rasd.events.parties import _party_head, party_span
from rasd.events.places import generic_place, is_place, place_word
from rasd.events.referents import _role, agrees
from rasd.events.relatives import relative_head
from rasd.lexicons import (
    event_markers,
    read_json,
    singular_persons,
    trigger_matcher,
    word_lists,
)
from rasd.once import once
from rasd.roles import KANA, PREPS, View, _nisba, norm_piece

SUFFIX_REACH = 25  # tokens searched back from the trigger for the pronoun's antecedent
EARLIER_REACH = 15  # tokens from the deed told before to the trigger whose pronoun it lends
OBJECT_REACH = 5  # tokens after a deed noun to its own object after ل


@once
def suffix_words() -> dict[str, frozenset[str] | tuple[str, ...]]:
    """data/events/suffixes.json, normalized: `suffix_types`, `subject_markers` (longest
    first), `place_deeds`, `not_objects`, `object_preps`, `launched`, `people_plurals`,
    `feminine_people`, `partitive_pronouns`, `subset_markers`."""
    raw = read_json("events", "suffixes.json")
    out: dict[str, frozenset[str] | tuple[str, ...]] = {**word_lists("events", "suffixes.json")}
    out["subject_markers"] = tuple(sorted(out["subject_markers"], key=len, reverse=True))
    out["suffix_types"] = frozenset(raw["suffix_types"])
    return out


def object_suffix(v: View, ev: Event) -> tuple[int, str, bool] | None:
    """(the trigger's token, its object pronoun, read as a verb) when the one-token trigger
    carries a pronoun that stands for what was done (see the module's doc), else None."""
    W = suffix_words()
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or ev.type not in W["suffix_types"] or ev.status == "hypothetical":
        return None  # (لكي لا يتم استهدافها: a deed only purposed or supposed names no
        # target to point back to: 1 right, 2 wrong on the dev sets, demo and news)
    rows = [m.payload for m in v.candidates(trigger_matcher(), i)
            if m.start == ev.trigger.start and m.end == ev.trigger.end
            and m.payload.type == ev.type]
    rest = norm_piece(v.text[ev.trigger.end:v.toks[i].end])
    if not rows or not rest:
        return None
    if v.bare(i) in W["launched"]:
        return None  # صاروخ أطلقه العدو: what is launched is the weapon, not the target
    noun_row = any(not r.verb for r in rows)
    if rest in OBJECT_PRONOUNS and (not noun_row or any(r.verb for r in rows)
                                    and _verb_place(v, i, ev)):
        return i, rest, True
    if rest not in OBJECT_PRONOUNS:
        marker = next((m for m in W["subject_markers"] if rest.startswith(m)
                       and rest[len(m):] in OBJECT_PRONOUNS), None)
        if marker is None:
            return None
        if any(r.verb for r in rows) and not (marker == "ت" and noun_row):
            return i, rest[len(marker):], True  # ضرب|و|ها (not سيطر|ته: a noun's ة)
        if marker != "ت":
            return None
        rest = rest[1:]  # استعاد|تها: the taa marbuta before a pronoun
    M = event_markers()
    if i > 0 and v.in_words(i - 1, M["light_verbs"]):
        return None  # تواصل اعتقالاتها: the light verb's subject is the agent
    word = norm_piece(v.text[ev.trigger.start:ev.trigger.end])
    word = word[2:] if word.startswith("ال") else word
    if norm_piece(v.text[ev.trigger.end:ev.trigger.end + 1]) == "ت":
        word += "ه"
    if word in W["place_deeds"]:
        return None
    passive = i > 0 and (v.bare(i - 1),) in v.W["passive_auxiliaries"]
    objective = noun_kind(v, ev.trigger.start, ev.trigger.end) == "objective" \
        or word in M["patient_possessives"]
    return (i, rest, False) if passive or objective else None


def _verb_place(v: View, i: int, ev: Event) -> bool:
    """A form both verb and noun (قتله، طردهم) stands where a verb does: no clitic on it and
    a word of a noun phrase right before it (فجمال عبدالناصر قتله مسدس: its subject or its
    object told first), not a preposition, a particle or a noun it is the genitive of."""
    if ev.trigger.start > v.toks[i].start or i == 0 or not v.word(i - 1) or v.stop(i - 1) \
            or (v.bare(i - 1),) in v.W["passive_auxiliaries"]:
        return False
    return (i - 1) in v.ent_tok or v.is_def(i - 1) or counted(v, i - 1, i) \
        or v.norms[i - 1].isdigit()


def own_object(v: View, k: int, b: int, ev: Event) -> bool:
    """A party phrase right after the trigger token k (not a word of manner, `not_objects`:
    وإحراقهن أحياء), or one after ل past a ب phrase, that is not the event's actor, or one
    after a preposition of whom it was against (`object_preps`: بحق، ضد): the deed's own
    object (استهدافهم للمدنيين، استهدافه عربات للحوثيين، استهدافها بالبراميل المتفجرة لمناطق،
    اعتقالاتها بحق الأطفال), so its pronoun is its agent, not its object."""
    W = suffix_words()
    for t in range(k, min(b, k + OBJECT_REACH)):
        if v.norms[t] in W["object_preps"]:
            e = v.np_forward(t + 1, b)
            return e > t + 1 and party_span(v, (t + 1, e)) is not None  # اعتقالاتها بحق
            # (200) طفل: whom its agent's deeds were against
        if not v.word(t) or v.is_verb(t) or (v.norms[t],) in PREPS:
            return False
        if v.norms[t][:1] == "ل" or t == k and v.bare(t) not in W["not_objects"]:
            e = v.np_forward(t, b, prefixed_ok=True)
            if e > t and party_span(v, (t, e)) is not None:
                start = v.toks[t].start
                return not any(r.start <= start < r.end for r in ev.actor)
        if not (v.norms[t][:1] == "ب" or t > k and v.is_def(t)):
            return False  # (past a ب phrase only: استهدافها بالبراميل المتفجرة | لمناطق)
    return False


def enclosing_relative(v: View, k: int, a: int) -> int | None:
    """The relative pronoun (الذي، التي، الذين …) of the relative clause the trigger at k is
    in: the nearest before it with no mark between, else None."""
    for t in range(k - 1, max(a, k - SUFFIX_REACH) - 1, -1):
        if not v.word(t):
            return None
        if clear_relative(v.bare(t)):
            return t
    return None


def relative_antecedent(v: View, r: int, k: int, a: int, pronoun: str) -> TokSpan | None:
    """The head of the relative clause of pronoun r that the trigger at k is in, when it
    agrees and names a party and is no subject of the clause: the trigger opens the clause
    (الرهائن الذين يحتجزونهم، أبو نضال الذي تم اتهامه), or the clause's verb has a subject
    of its own after it (حسان الشيخ الذي أقدم أحد أقرباء الرئيس على قتله). Else None (الفصائل
    التي تناوبت على تدميرها: the head is the clause's subject, the pronoun another)."""
    first = r + 1
    if first < k and (v.bare(first),) in v.W["passive_auxiliaries"]:
        first += 1
    if first != k and not (v.is_verb(r + 1) and r + 2 < k and _party_at(v, r + 2, k)):
        return None
    head = relative_head(v, r, a)
    if head is None or _place(v, head) or not _party(v, head) \
            or not agreement(v, head, pronoun):
        return None
    return head


def _party_at(v: View, s: int, k: int) -> bool:
    """A party phrase (a name, a noun of parties past a quantifier) starts at token s."""
    return _phrase(v, s, k) is not None or v.bare(s) in event_markers()["head_skip"] \
        and _phrase(v, s + 1, k) is not None


def earlier_recipient(v: View, k: int, pronoun: str,
                      earlier: list[Event]) -> list[Role] | None:
    """The recipients of the last of `earlier` (the deeds before the trigger at k in its
    sentence, in text order) when they agree with the pronoun and its trigger is at most
    EARLIER_REACH tokens before."""
    if not earlier or not earlier[-1].recipient:
        return None
    e = earlier[-1]
    if v.token_range(e.trigger.start, e.trigger.end)[1] + EARLIER_REACH < k:
        return None  # (a deed told a clause or more before)
    if not agreement(v, v.token_range(e.recipient[0].start, e.recipient[0].end), pronoun):
        return None
    return [Role(r.start, r.end, r.entity) for r in e.recipient]


def antecedent(v: View, k: int, a: int, pronoun: str, actor: list[TokSpan],
               agents: list[TokSpan], verb: bool, subject_after: bool) -> TokSpan | None:
    """The nearest phrase before token k (back to the sentence start a) the pronoun stands
    for (see the module's doc); `actor`: the event's actor spans, `agents`: those of the
    deeds before it in its sentence; `verb`: the trigger is read as a verb,
    `subject_after`: with its actor after it."""
    t = k - 1
    adjacent = verb and t >= a and v.word(t) and not v.stop(t) and not v.in_time(t)
    while t >= max(a, k - SUFFIX_REACH):
        inside = next((x for x in actor if x[0] <= t < x[1]), None)
        if inside is not None:
            if not verb and agreement(v, inside, pronoun) or adjacent:
                return None  # في مجزرة نفذتها طائرات النظام إثر استهدافها: a deed noun's
                # pronoun may be its agent; اربعة جنود ضربوها: the subject right before a
                # verb, whom its pronoun stands for is told before, past other parties
            t = inside[0] - 1
            adjacent = False
            continue
        doer = next((x for x in agents if x[0] <= t < x[1]), None)
        if doer is not None:
            if agreement(v, doer, pronoun):
                return None  # اختطف تنظيم داعش العبادي … وأعدمه … بعد اتهامه: the doer of a
                # deed before it may be whom it stands for, or not
            t = doer[0] - 1
            adjacent = False
            continue
        if not v.word(t) or v.in_time(t):
            t -= 1
            continue
        if v.norms[t] in suffix_words()["partitive_pronouns"] and t - 1 >= a and v.word(t - 1) \
                and not v.stop(t - 1):
            return None  # قسم منهم تم اعتقاله: a part of them
        ent = v.ent_tok.get(t)
        s = t
        s = v.skip_back_ent(s, ent, a) if ent is not None else s
        if _inside(v, s, a, k):
            t = s - 1  # قوات | الأمن: the word goes on a phrase begun before it
            continue
        while s - 1 >= a and v.word(s - 1) and (counted(v, s - 1, s) or v.norms[s - 1].isdigit()):
            s -= 1  # ثلاثة | اطفال: the count opens the phrase
        span = _phrase(v, s, k)
        if span is not None and s - 1 >= a and v.norms[s - 1] in suffix_words()["subset_markers"]:
            span = None  # 45 شخصا بينهم | 12 سودانيا: a part of the party named before
        if adjacent:  # the phrase right before a verb: its object told first when the
            # subject follows the verb (9500 شخص تحتجزهم جماعات), else its subject (اربعة
            # جنود ضربوها، فجمال عبدالناصر قتله مسدس): whom the pronoun stands for is unsure
            ok = subject_after and span is not None and not _place(v, span) \
                and agreement(v, span, pronoun)
            return span if ok else None
        if span is None and _thing(v, s, pronoun):
            return None  # طوق التتبع … حاولوا تدميره: a thing it may stand for
        if span is not None:
            if _place(v, span):
                return None  # the pronoun may be the place
            if agreement(v, span, pronoun):
                return span
        t = s - 1
    return None


def _thing(v: View, s: int, pronoun: str) -> bool:
    """A definite noun at s that names no party and agrees with ه (masculine) or ها
    (feminine in ة): a thing the pronoun may stand for."""
    if not v.is_def(s) or v.prefixed(s) or s in v.ent_tok or v.stop(s) or v.in_time(s) \
            or pronoun not in ("ه", "ها"):
        return False
    word = v.raw(s)
    if pronoun == "ها":
        return word.endswith("ة")
    n = v.bare(s)
    return not word.endswith(("ة", "ات")) and not n.endswith(("ين", "ون")) \
        and not _nisba(n) and len(n) > 4


def _place(v: View, span: TokSpan) -> bool:
    return is_place(v, *span) or place_word(v, span[0]) or generic_place(v, span[0])


def _party(v: View, span: TokSpan) -> bool:
    """A name opens the phrase or its head is a noun of parties (rasd.events.parties)."""
    return span[0] in v.ent_tok or _party_head(v, *span)


def _inside(v: View, s: int, a: int, k: int) -> bool:
    """Token s goes on the phrase of the word before it: a definite word after a definite
    word (المحللين السياسيين | اليمنيين), an indefinite word after an indefinite noun, the
    genitive of an indefinite construct head that names a party (قوات | الأمن; not بخنق |
    الأطفال: a deed's genitive stands alone), a name after a noun with ب or ل that is no
    deed (لمصلحة | حزب الله)."""
    h = s - 1
    if h < a or not v.word(h) or v.stop(h) or h in v.ent_tok and s not in v.ent_tok \
            or counted(v, h, s) or v.norms[h].isdigit() \
            or v.bare(h) in event_markers()["head_skip"]:
        return False
    if v.prefixed(h):
        return v.is_def(s) and s not in v.ent_tok  # للقادة | الميدانيين: its adjective
    if v.norms[h][:1] in "بل" and not v.is_def(h) and len(v.norms[h]) > 3:
        return s in v.ent_tok and not v.trigger_noun_at(h)  # لمصلحة | حزب الله: a name
        # after a preposition's noun qualifies it (not بخنق | الاطفال: a deed's object)
    if not (v.is_def(s) or s in v.ent_tok):
        return not v.is_def(h)  # دور | كبير، جنود | فتيات: an indefinite word after an
        # indefinite noun is its adjective or genitive
    if v.is_def(h):
        return s not in v.ent_tok
    return _phrase(v, h, k) is not None


def _phrase(v: View, s: int, k: int) -> TokSpan | None:
    """The party phrase starting at token s and ending before k (its first conjunct),
    else None."""
    if v.stop(s) and s not in v.ent_tok:
        return None
    e = v.np_forward(s, k, prefixed_ok=True)
    ent = v.ent_tok.get(s)
    e = next((t for t in range(s + 1, e) if v.norms[t][:1] == "و" and v.bare(t) != v.norms[t]
              and (ent is None or v.ent_tok.get(t) is not ent)), e)  # الاطفال | والقاء
    if e <= s or s not in v.ent_tok and (_imperfect(v, s) or _predicate(v, s)):
        return None
    span = party_span(v, (s, e))
    if span is None or span[0] != s or not _party(v, (span[0], span[1])):
        return None
    return span[0], span[1]


def _imperfect(v: View, s: int) -> bool:
    """يقنصون، يعملون: an imperfect verb of a plural subject, not a plural of people."""
    n = v.bare(s)
    return n[:1] in "يت" and n.endswith(("ون", "ين")) and not v.is_def(s) \
        and n[1:] not in event_markers()["party_heads"]


def _predicate(v: View, s: int) -> bool:
    """عمل مصوراً صحفياً، إذا كانوا مأسورين: a word right after كان, or an indefinite noun in
    the accusative not counted and not after أن/إن (whose subject it is), is a predicate or
    a state, not a party told of."""
    if s > 0 and (v.norms[s - 1],) in KANA:
        return True  # إذا كانوا مأسورين
    word = v.raw(s)
    return not v.is_def(s) and not counted(v, s, s + 1) and word.endswith(("اً", "ًا")) \
        and not (s > 0 and v.norms[s - 1] in ("ان", "بان", "لان"))


def _person_head(word: str) -> bool:
    """A singular noun of people after a count (أسير، طفل، عنصر): a party head, not a
    feminine noun (سيارة) nor a site (منزل، مبنى)."""
    M = event_markers()
    return word in singular_persons() or word in M["party_heads"] and not word.endswith("ه") \
        and (word,) not in M["site_heads"]


def agreement(v: View, span: TokSpan, pronoun: str) -> bool:
    """The phrase agrees with the pronoun: `agrees` for ه، ها، هم; a people plural or a
    counted singular of people (11 شابا، 500 طفل) for هم; a feminine plural of people for
    هن; هما is not read (two parties)."""
    s, e = span
    while s < e - 1 and (counted(v, s, s + 1) or v.norms[s].isdigit()):
        s += 1
    forms = {x[2:] if x.startswith("ال") and len(x) > 4 else x for x in v.bare_forms(s)}
    W = suffix_words()
    if pronoun == "هن":
        return bool(forms & W["feminine_people"])
    if pronoun == "هما":
        return False
    if pronoun == "هم" and (forms & W["people_plurals"] or s > span[0] and any(
            x in singular_persons() or x.endswith("يا") and len(x) > 4
            or x.endswith("ا") and _person_head(x[:-1]) or _person_head(x) for x in forms)):
        return True  # الأطفال، الأسرى; 11 شابا، 500 طفل، 30 أسيرا، 227 مسيحيا
    return agrees(v, span, pronoun)


def suffix_recipient(v: View, ev: Event, a: int, b: int,
                     earlier: list[Event]) -> list[Role] | None:
    """The recipient the object pronoun on ev's trigger names, for an event with none;
    `earlier`: the deeds told before it in its sentence, in text order."""
    got = object_suffix(v, ev)
    if got is None:
        return None
    k, pronoun, verb = got
    if own_object(v, k + 1, b, ev):
        return None
    r = enclosing_relative(v, k, a)
    if r is not None:
        span = relative_antecedent(v, r, k, a, pronoun)
        return [_role(v, span)] if span is not None else None
    found = earlier_recipient(v, k, pronoun, earlier)
    if found:
        return found
    actor = [v.token_range(r.start, r.end) for r in ev.actor]
    after = any(r.start >= ev.trigger.end for r in ev.actor)
    agents = [v.token_range(r.start, r.end) for e in earlier for r in e.actor]
    span = antecedent(v, k, a, pronoun, actor, agents, verb, subject_after=after)
    return [_role(v, span)] if span is not None else None
