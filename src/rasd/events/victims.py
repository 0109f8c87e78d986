"""The counted victims of a killing, and the attack they go to.

A killing word (قتل، مقتل، أصيب، لقي … مصرعهم) beside an attack of its sentence is folded
into it (rasd.events.triggers.fold_instruments); its victims become the attack's
recipients when they name people (not a bare count: 10 آخرين، 20 قتيلا). The victims are
the counted phrase after the killing word, past a hedge (قتل ما لا يقل عن 49 شخصا), or its
subject before it (العشرات من عناصر التنظيم قتلوا، لقي عشرات من عناصر داعش مصرعهم), with a
partitive من phrase (16 من قوات البيشمركة) and the counted phrases joined to it (مقتل 37
مسلحا من داعش و16 من قوات البيشمركة: two recipients). A count is a number or a vague
count of people followed by من (عدد آخر من عناصر التنظيم، العشرات من عناصر داعش:
`vague_counts`, data/events/victims.json), as fresh2, fresh3 and fresh4 annotate them.
"""

from __future__ import annotations

from rasd.document import Event
from rasd.events.battles import is_fight
from rasd.events.frame import (
    PRONOUNS,
    Frame,
    TokSpan,
    counted,
    partitive_end,
    skip_time,
    stem_set,
)
from rasd.events.objects import past_place
from rasd.events.parties import dual_of_party, party_span
from rasd.events.places import is_place
from rasd.lexicons import (
    event_markers,
    singular_persons,
    subset_words,
    trigger_matcher,
    victim_words,
)
from rasd.roles import PREPS, PRONOUN_PREPS, View
from rasd.text.segment import clitic_stems

ONE_OF = {"احد", "احدي", "شخص"}  # normalized: one of a group, or a person named by nothing
PARTITIVE_BACK = 3  # tokens from the من of a partitive subject back to its count


def vague_count(v: View, k: int, b: int) -> int:
    """Length of a vague count of people at token k followed by من (عددا آخر | من عناصر
    التنظيم، العشرات | من عناصر داعش); 0 when none."""
    n = v.phrase_at(k, victim_words()["vague_counts"], b)
    return n if n and k + n + 1 < b and v.norms[k + n] == "من" else 0


def past_hedge(v: View, s: int, b: int) -> int:
    """The token after a hedge before a count (ما لا يقل عن | 49 شخصا، أكثر من | 20)."""
    n = v.phrase_at(s, victim_words()["hedges"], b)
    k = s + n
    if n and k < b and (counted(v, k, k + 1) or vague_count(v, k, b)):
        return k
    return s


def counted_phrase(v: View, s: int, b: int) -> TokSpan | None:
    """The counted victims starting at token s (past a hedge), with their partitive من
    phrase and the counted phrases joined to them by و; None when no count starts there."""
    s = past_hedge(v, s, b)
    n = vague_count(v, s, b)
    if n:
        k = s + n + 1  # العشرات من | عناصر تنظيم داعش
        e = v.np_forward(k, b)
        if e == k:
            return None
    else:
        e = v.np_forward(s, b)
        while e - 1 > s and (v.norms[e - 1] in PRONOUNS or v.norms[e - 1] == "و"
                             or v.bare(e - 1) in subset_words()):
            e -= 1  # 5 أطفال | هم: a pronoun opens the clause of who they were; 5 مدنيين | و3
        if not (e > s and (counted(v, s, e) or one_person(v, s))):
            return None
        e = _partitive(v, e, b)
    while e < b and (k := max(_joined_count(v, e, b), _number_on(v, e, b))) >= 0:
        f = v.np_forward(k, b, prefixed_ok=True)  # و16 من قوات البيشمركة، 71 ألفا و781
        if f <= k:
            break
        e = _partitive(v, f, b)
    return s, e


def _partitive(v: View, e: int, b: int) -> int:
    """A من phrase after a count that names people (16 | من قوات البيشمركة), not the place
    they come from (14 شابًا آخر | من ناحية باودش)."""
    f = partitive_end(v, e, b)
    return e if f > e and is_place(v, e + 1, f) else f


def one_person(v: View, k: int) -> bool:
    """An indefinite singular noun of a person at token k counts one (مقتل ضابط ومجند،
    مقتل مدني: `person` rows of data/events/magnitudes.tsv; not أحد, not a bare شخص)."""
    n = v.bare(k)
    n = n[:-1] if n not in singular_persons() and n.endswith("ا") and len(n) > 3 else n
    return not v.is_def(k) and n in singular_persons() and n not in ONE_OF  # (قياديا: the
    # accusative alif after أن)


def _joined_count(v: View, k: int, b: int) -> int:
    """Where a counted phrase joined by و at token k starts (و16، وثلاثة، ومجند; a digit
    is a token of its own after و); -1 when none does, or when a number goes on there
    (71 ألفا و781 مدنيا: `number_words`)."""
    n = v.norms[k]
    if k > 0 and v.phrase_at(k - 1, victim_words()["number_words"], k):
        return -1  # 71 ألفا | و781 مدنيا: one number
    if n == "و" and k + 1 < b and v.word(k + 1) and counted(v, k + 1, k + 2):
        return k + 1
    if v.word(k) and n[:1] == "و" and len(n) > 1 and (
            counted(v, k, k + 1) or n[1:] in singular_persons() and n[1:] not in ONE_OF):
        return k
    return -1


def _number_on(v: View, k: int, b: int) -> int:
    """Where the rest of a number joined by و at token k starts (71 ألفا | و781 مدنيا);
    -1 when no number goes on there."""
    if k == 0 or not v.phrase_at(k - 1, victim_words()["number_words"], k):
        return -1
    if v.norms[k] == "و" and k + 1 < b and counted(v, k + 1, k + 2):
        return k + 1
    return k if v.norms[k][:1] == "و" and counted(v, k, k + 1) else -1


def counted_subject(v: View, t0: int, a: int) -> TokSpan | None:
    """The counted subject written before a killing word at t0 (12 سوريا قتلوا), with the
    count of a partitive subject (العشرات من | عناصر التنظيم قتلوا، عددا آخر من | عناصر
    التنظيم قتلوا، لقي عشرات من | عناصر داعش مصرعهم)."""
    subj = v.subject_before(t0, a, 7)
    if subj is None:
        return None
    i, j = subj
    if counted(v, i, j):
        return subj
    if i - 2 < a or v.norms[i - 1] != "من":
        return None
    for c in range(i - 2, max(a - 1, i - 2 - PARTITIVE_BACK), -1):
        if not v.word(c) or v.is_verb(c):
            return None
        if vague_count(v, c, j) == i - 1 - c or counted(v, c, c + 1) and all(
                v.word(t) for t in range(c, i - 1)) and v.np_forward(c, i - 1) == i - 1:
            return c, j
    return None


def victims(v: View, g: list, a: int, b: int) -> TokSpan | None:
    """The counted victims of a killing word (وقتل عضوان من قوات الامن، 12 سوريا قتلوا):
    the counted noun phrase after it, or before it, with a partitive من phrase."""
    t0, t1 = g[0].first, g[-1].last
    s = skip_time(v, t1, b)
    if s + 1 < b and (v.norms[s],) in PRONOUN_PREPS:
        s = skip_time(v, s + 1, b)  # في وقت قتل فيه | ثلاثة عناصر: past the resumptive
    found = counted_phrase(v, s, b) if s < b else None
    if found is None and s < b and nominative_plural(v, s):
        e = v.np_forward(s, b)  # قتل مقاتلون | جنديين، قتل مسلحون مجهولون | 5 جنود: past
        found = counted_phrase(v, e, b) if s < e < b else None  # the subject, the object
    if found is not None:
        return found
    found = counted_subject(v, t0, a) or lone_subject(v, t0, t1, a, b)
    if found is None and t0 == t1 - 1 and s == t1:
        found = genitive_victims(v, t0, b)
    return found or idiom_subject(v, t0, a) or plain_victims(v, g, a, b)


def nominative_plural(v: View, k: int) -> bool:
    """An indefinite sound masculine plural in ون at token k (مقاتلون، مسلحون): a nominative,
    so after a killing verb its subject, the doer, never the victims (recip8)."""
    n = v.bare(k)
    return v.word(k) and not n.startswith("ال") and not v.prefixed(k) and len(n) >= 6 \
        and n.endswith("ون") and (n,) not in v.W["singular_un_nouns"] and k not in v.ent_tok


NO_OBJECT = {"مع", "في", "خلال", "جراء", "اثر", "إثر", "بعد", "عند", "لدي", "اثناء", "أثناء"}
CLAUSE_REACH = 8  # tokens after the verb searched for an object written past a place


def no_object_after(v: View, t1: int, b: int) -> bool:
    """Nothing after the verb at t1 is its object: past times, the next word is a
    preposition or a ب/ل phrase (للاشتباه، بجروح), or the clause ends; and no count or
    person's name follows in the rest of the clause (اعتقلت في المنطقة | خمسة مطلوبين)."""
    k = skip_time(v, t1, b)
    if k < b and v.word(k):
        n = v.norms[k]
        if n not in NO_OBJECT and not (n[:1] in "لب" and len(n) > 3):
            return False
    for t in range(k, min(b, k + CLAUSE_REACH)):
        if v.is_verb(t):
            break  # (the next clause's verb: its own roles; a comma does not end the
            # clause: أوقفت قوى الجيش في محلة المصنع - البقاع، ثلاثة عشر شخصاً)
        ent = v.ent_tok.get(t)
        if counted(v, t, t + 1) or ent is not None and ent.type == "PER":
            return False
    return True


def acting_body(v: View, i: int, j: int) -> bool:
    """The phrase names a body that acts (an organisation's name, a force or an authority:
    `collective_agents`), or is no party at all (a place, a number alone)."""
    ent = v.ent_tok.get(i)
    if ent is not None and ent.type == "ORG":
        return True
    n = v.bare(i)
    if {n, n[2:] if n.startswith("ال") else n} & {w for (w,) in victim_words()[
            "collective_agents"]}:
        return True
    return counted(v, i, j) or is_place(v, i, j) or party_span(v, (i, j)) is None


def plain_victims(v: View, g: list, a: int, b: int) -> TokSpan | None:
    """قتل مدنيون جراء قصف، وأصيب الجنود في الانفجار، مدنيين أصيبوا في القصف: the uncounted
    people right after a killing or wounding verb folded into an attack, or before it, with
    nothing after the verb that could be its object (a passive: `no_object_after`), are
    its victims; not a body that acts (`acting_body`)."""
    t0, t1 = g[0].first, g[-1].last
    payload = getattr(g[0], "payload", None)
    if t1 - t0 != 1 or not (v.is_verb(t0) or payload is not None and payload.verb):
        return None
    word = v.bare(t0)
    if word[:1] in "يتنس" or t0 > a and (v.norms[t0 - 1],) in PREPS:
        return None  # a present (يقتل): a habit, or the doer before it; after a
        # preposition a noun (منع إسرائيل من قتل الشعب الفلسطيني)
    s = skip_time(v, t1, b)
    e = v.np_forward(s, b) if s < b and v.word(s) and not v.stop(s) else s
    if e > s:
        found: TokSpan | None = (s, e)
        end = e
    else:
        found, end = v.subject_before(t0, a, 7), t1
        if found is not None and found[0] > a and v.norms[found[0] - 1] == "من":
            return None  # 25 شخصا، معظمهم من | المدنيين، قتلوا: a part of the counted victims
    if found is None or acting_body(v, *found) or v.bare(found[0]) in ONE_OF \
            or not no_object_after(v, end, b):
        return None  # (أحد العناصر الإرهابية المشاركة في الهجوم: one of a group, counted)
    cut = party_span(v, found)
    return (cut[0], cut[1]) if cut is not None else None


def lone_subject(v: View, t0: int, t1: int, a: int, b: int) -> TokSpan | None:
    """أن قياديا كبيرًا في تنظيم القاعدة قتل مع مسلحين …: one person named by an indefinite
    noun (one_person) before a killing word with no object after it (a preposition, مع or
    the clause's end follows: `NO_OBJECT`) is who died, not the killer (مسلح قتل امرأة)."""
    k = skip_time(v, t1, b)
    if k < b and v.word(k) and v.norms[k] not in NO_OBJECT:
        return None
    subj = v.subject_before(t0, a, 7)
    if subj is None or not one_person(v, subj[0]) or v.is_verb(subj[0]):
        return None
    return subj if party_span(v, subj) is not None else None


def companions(v: View, g: list, found: TokSpan, b: int) -> TokSpan | None:
    """قتل مع مسلحين اثنين آخرين، قتل جندي مع ثلاثة من رفاقه: the counted people killed
    with the victims, after مع right after the killing word or after its victims."""
    t1 = g[-1].last
    k = found[1] if found[0] >= t1 else skip_time(v, t1, b)
    if k + 1 < b and v.norms[k] in ("في", "من") and found[0] >= t1 and _member_of(v, k + 1):
        k = v.np_forward(k + 1, b)  # قتل قيادي | في الحركة | مع ثلاثة من عناصرها
    if k + 1 >= b or v.norms[k] != "مع":
        return None
    return counted_phrase(v, k + 1, b)


def _member_of(v: View, k: int) -> bool:
    """An organisation or a noun of a party at token k: what the victim before في or من is
    a member of (قيادي في الحركة), not the fight or place he died in (في اشتباكات مع)."""
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type == "ORG"
    return v.in_words(k, event_markers()["agent_heads"]) and not v.trigger_noun_at(k)


IDIOM_BACK = 12  # tokens from a noun of death back to the verb of meeting (لقي … مصرعه)


def idiom_subject(v: View, t0: int, a: int) -> TokSpan | None:
    """لقي أمين شرطة من قوة مركز أبوحماد مصرعه: the subject between a verb of meeting
    (`death_idioms`) and the noun of death at t0 is who died, counted or not, when it
    names a party."""
    idioms = victim_words()["death_idioms"]
    for c in range(t0 - 1, max(a - 1, t0 - 1 - IDIOM_BACK), -1):
        if not v.word(c):
            return None
        if v.phrase_at(c, idioms, t0):
            e = partitive_end(v, v.np_forward(c + 1, t0), t0)
            if e > c + 1 and party_span(v, (c + 1, e)) is not None:
                return c + 1, e
            return None
    return None


def genitive_victims(v: View, k: int, b: int) -> TokSpan | None:
    """The people in construct after a noun of death at token k (مقتل أبناء العائلة، مقتل
    المصور الصحفي جلاء العبادي: `death_nouns`), counted or not, when they name a party."""
    nouns = {w for (w,) in victim_words()["death_nouns"]}
    n = v.bare(k)
    if not ({n, n[1:] if n[:1] in "بل" else n} & nouns) or v.is_verb(k) or k + 1 >= b \
            or not v.word(k + 1) or v.prefixed(k + 1):
        return None
    e = v.np_coordinated(k + 1, b)
    if e == k + 1 or is_place(v, k + 1, e):
        return None
    cut = party_span(v, (k + 1, e))
    return (cut[0], cut[1]) if cut is not None else None


def victim_parts(v: View, s: int, e: int) -> list[TokSpan]:
    """The counted phrases of victims joined by و (37 مسلحا من داعش | و16 من قوات البيشمركة),
    and one named before أحد and the count he is one of (السوداني | ثلاثة متطرفين); people
    joined without a number are one phrase (ضابط ومجند)."""
    parts, start = [], s
    for t in range(s + 1, e):
        if t > start and v.norms[t] in ONE_OF and t + 1 < e and counted(v, t + 1, t + 2):
            parts.append((start, t))  # السوداني | أحد | ثلاثة متطرفين معروفين قتلوا: one of
            start = t + 1  # the dead, named in apposition, and the count he is one of
            continue
        k = _joined_count(v, t, e)
        if k >= 0 and counted(v, k, k + 1):
            parts.append((start, t))
            start = k
    return [*parts, (start, e)]


def bare_count(v: View, s: int, e: int) -> bool:
    """Victims that name no people: a count of generic words only (10 آخرين، 20 قتيلا،
    ثمانية أشخاص آخرين; not 14 شابًا آخر)."""
    M = event_markers()
    if e - s == 1 and dual_of_party(v, s):
        return False  # جنديين، طفلين: a dual names the two it counts (recip8)
    generic = M["bare_victims"]
    if v.bare(e - 1) in M["other_victims"]:  # ثمانية أشخاص آخرين: others, just as bare
        generic = generic | M["generic_victims"]
    return all(any(st in generic for st, _, _ in clitic_stems(v.norms[k]))
               for k in range(s, e) if v.word(k) and not counted(v, k, k + 1))


def named_part(v: View, i: int, j: int) -> TokSpan:
    """Victims counted vaguely whose count word is no party's head (عددا آخر | من عناصر
    التنظيم): the phrase after the partitive من names them."""
    n = vague_count(v, i, j)
    if n and party_span(v, (i, j)) is None and party_span(v, (i + n + 1, j)) is not None:
        return i + n + 1, j
    return i, j


def armed(v: View, i: int, j: int) -> bool:
    """Victims named by a noun of fighters, soldiers or police (`armed_heads`) or by an
    organisation (21 مسلحا من التنظيم، 18 مجندا بالشرطة، 17 حوثياً)."""
    heads = victim_words()["armed_heads"]
    for k in range(i, j):
        if k in v.ent_tok and v.ent_tok[k].type == "ORG":
            return True
        n = v.bare(k)
        forms = {n, n[:-1] if n.endswith("ا") and len(n) > 3 else n}
        forms |= {x[2:] for x in forms if x.startswith("ال")}
        if any((x,) in heads for x in forms):
            return True
    return False


CAUSE_REACH = 5  # tokens from the victims to the cause word of the attack that struck them


def cause_host(v: View, attacks: list[Event], e: int) -> Event | None:
    """The attack told right after the victims ending at token e through a cause word
    (`injury_causes`: مقتل ضابط ومجند وإصابة 3 آخرين | في انفجار عبوة ناسفة) or with ب on
    its own word (بانفجار عبوة); None past punctuation or further words."""
    starts = {v.token_range(x.trigger.start, x.trigger.end)[0]: x for x in attacks}
    causes = event_markers()["injury_causes"]
    for c in range(e, min(len(v.toks), e + CAUSE_REACH)):
        if not v.word(c):
            return None
        if c in starts and v.norms[c][:1] == "ب" and v.toks[c].start < starts[c].trigger.start:
            return starts[c]
        if v.bare(c) in causes and c + 1 in starts:
            return starts[c + 1]
    return None


FIRST_GAP = 8  # tokens from victims counted first to the attack they died in (recip9)


def wounded_at(v: View, k: int) -> bool:
    """Token k is an injury verb (`injury_verbs`: وأصيب، جرح): the victims after it are
    wounded, whatever killing word came before (قتل وأصيب خمسة أشخاص)."""
    verbs = event_markers()["injury_verbs"]
    return k >= 0 and v.word(k) and (v.norms[k] in verbs or v.bares[k] in verbs)


def give_victims(v: View, evs: list[Event], found: list[TokSpan], killed: bool = True) -> None:
    """Victims of a folded killing that name people (عضوان من قوات الامن، 18 متمردا، 13
    شخصا; not a bare count) become recipients of the sentence's attack: the one told right
    after them by a cause word (cause_host), else the nearest one with no recipient, else
    the nearest one; they join the targets an attack already has when they are
    fighters of a side (`armed`: قصفت مواقع عدة لتنظيم داعش ما أدى إلى مقتل 21 مسلحا من
    التنظيم: the positions and the dead), or when `killed` and counted right before the
    attack (FIRST_GAP: قتل 21 شخصًا على الاقل مساء أمس، في ثلاث هجمات استهدفت مناطق)."""
    given: list = []  # the victims added here (قتل قيادي مع ثلاثة من مرافقيه: no target)
    for s, e in found:
        parts = [p for p in victim_parts(v, s, e) if not bare_count(v, *p)]
        if not parts:
            continue
        pos = v.toks[s].start
        attacks = [x for x in evs if x.type == "ASSAULT"]
        hosts = [x for x in attacks if not x.recipient] or attacks
        if not hosts:
            continue
        host = cause_host(v, attacks, e) or min(hosts, key=lambda x: abs(x.trigger.start - pos))
        # victims counted before their attack (قتل 3 فلسطينيين … جراء انفجار، قتل 21 شخصًا …
        # في ثلاث هجمات استهدفت مناطق): the sentence is of them, the attack only their cause,
        # so they are its recipients whatever it struck; one uncounted (مقتل مدني … في قصف
        # … على أحياء سكنية) stays the toll of the place struck (recip9)
        told_first = killed and pos < host.trigger.start and counted(v, s, s + 1) \
            and v.token_range(host.trigger.start, host.trigger.end)[0] - e <= FIRST_GAP \
            and not wounded_at(v, s - 1) \
            and not is_fight(v, host)  # (the wounded: قتل وأصيب خمسة أشخاص في ضربات; a
        # clash's dead fell on both sides: قتل 30 شخصا في اشتباكات مع قوات النظام)
        targeted = not told_first and any(x not in given for x in host.recipient)
        for n, (i, j) in enumerate(parts):
            if targeted and not armed(v, i, j):
                continue  # (قصف أحياء سكنية … مقتل مدني: the toll of the struck place)
            r = v.role(*named_part(v, i, j), conj=n > 0)
            if not any(x.start < r.end and r.start < x.end for x in host.recipient):
                host.recipient = [*host.recipient, r]
                given.append(r)


JOIN_REACH = 10  # tokens from a counted recipient to a counted phrase joined to it


def joined_counts(f: Frame) -> None:
    """اختطف 18 شابًا من ناحية حمام العليل وناحية القيارة و14 شابًا آخر، استهدفت 3 سيارات
    تعود لأعضاء في كتائب القسام، وسيارتين لعضوين من سرايا القدس: a counted recipient takes
    the counted phrases joined to it by و later in its clause (past its qualifiers and a
    comma; not past a full stop or another deed's word), each a recipient of its own; any
    other recipient those joined right after it (دمر دبابتين و4 مركبات عسكرية للحوثيين)."""
    if not f.recipient:
        return
    v, b = f.v, f.b
    last = max(f.recipient, key=lambda r: r[1])
    reach = JOIN_REACH if counted(v, last[0], last[1]) else 1  # دبابتين | و4 مركبات: at once
    t, stop = last[1], min(b, last[1] + reach)
    while t < stop:
        if not v.word(t) and not v.comma(t):
            return
        if any(True for _ in v.candidates(trigger_matcher(), t)):
            return  # وقتل 5 آخرين، وإصابة 10: another deed
        s = _joined_count(v, t, b)
        found = counted_phrase(v, s, b) if s >= 0 and counted(v, s, s + 1) else None
        if found is None:
            t += 1
            continue
        f.recipient += [p for p in victim_parts(v, *found) if not bare_count(v, *p)]
        t, stop = found[1], min(b, found[1] + JOIN_REACH)


def counted_object(f: Frame) -> None:
    """اعتقلت نحو 20 فلسطينيا، أوقفت قوى الجيش ثلاثة عشر شخصاً من التابعية السورية، قتل 5
    مدنيين، اعتقال 7 أشخاص: a deed done to people (`undergoer_verbs`: killing,
    wounding, arresting, abducting) with no recipient takes the counted phrase right after
    it, past its actor and times — and past the places the deed was done in
    (`past_place_aside`) when no counted phrase is there: the object of an active verb,
    the subject of a passive, the genitive of a noun alike; one recipient per counted phrase
    joined by و, none that names no people (10 آخرين، 20 قتيلا)."""
    if f.recipient or (f.trig.lemma,) not in victim_words()["undergoer_verbs"]:
        return
    v, b = f.v, f.b
    start = max([f.t1] + [x[1] for x in f.actor if x[0] >= f.t1])
    s = skip_time(v, start, b)
    found = _counted_at(f, s)
    if found is None and (e := past_place_aside(v, s, b)) > s:
        found = _counted_at(f, skip_time(v, e, b))
    if found is not None:
        f.recipient = [p for p in victim_parts(v, *found) if not bare_count(v, *p)]



def _counted_at(f: Frame, s: int) -> TokSpan | None:
    """The counted phrase at token s, past the word the trigger needs (ألقت … | القبض) and
    the trigger's role preposition (قبضت على | العشرات من الأطفال); None when none is."""
    v, b = f.v, f.b
    if s < b and f.trig.needs and len(f.group) == 1 and not stem_set(v.norms[s]).isdisjoint(
            f.trig.needs):
        s += 1  # ألقت المقاومة في محافظة الضالع | القبض | على 125 مسلحا
    if s + 1 < b and v.norms[s] in event_markers()["recipient_preps"].get(f.trig.type, ()):
        s += 1
    if s >= b or not v.word(s):
        return None
    return counted_phrase(v, s, b)


ASIDE_PLACES = 3  # place phrases passed between a deed's subject and its counted object


def past_place_aside(v: View, k: int, b: int) -> int:
    """The token after the place phrases at token k that tell where a deed was done, between
    its subject and its object (أوقفت قوى الجيش | في محلة المصنع - البقاع، | ثلاثة عشر
    شخصاً; ألقت المقاومة | في محافظة الضالع وسط اليمن | القبض على 125 مسلحا): في + a place,
    a compass word + a place, a dash or a comma between them and a place name after a dash;
    k when no place phrase is there."""
    e, places = k, 0
    while e < b and places < ASIDE_PLACES:
        if v.comma(e) or v.raw(e) in ("-", "–"):
            e += 1
            continue
        if e > k and v.raw(e - 1) in ("-", "–"):
            x = v.np_forward(e, b)
            if x > e and places and (is_place(v, e, x) or e in v.ent_tok or x - e <= 2
                                     and x < b and v.comma(x)):  # (a region after a dash)
                e, places = x, places + 1  # (المصنع - | البقاع)
                continue
        x = past_place(v, e, b)
        if x == e or v.norms[e] == "من":
            break
        e, places = x, places + 1
    return e if places else k


def counted_before(f: Frame) -> None:
    """تسعة من مزارعي البطيخ قتلوا الأسبوع الماضي في …، ستة أشخاص على الأقل اعتقلوا
    للاشتباه، قرابة ألف أفغاني قتلوا في …: a verb of a deed done to people
    (`undergoer_verbs`) with no recipient and no object after it (a preposition, مع or the
    clause's end follows: `NO_OBJECT`) is a passive; the counted subject before it
    (counted_subject) is who the deed was done to, not its doer (not مسلحين قتلوا شخصين)."""
    if f.recipient or not f.trig.verb or (f.trig.lemma,) not in victim_words()["undergoer_verbs"]:
        return
    v, b = f.v, f.b
    k = skip_time(v, f.t1, b)
    n = v.norms[k] if k < b else ""
    if k < b and v.word(k) and n not in NO_OBJECT and not (
            n[:1] in "لب" and (n[1:3] == "ال" or n[:2] == "لل") and len(n) > 4):
        return  # (قتلوا شخصين: an object; للاشتباه، بنيران: a preposition glued on)
    subj = counted_subject(v, f.t0, f.a)
    if subj is None:
        return
    parts = [p for p in victim_parts(v, *subj) if not bare_count(v, *p)]
    if parts:
        f.recipient = parts
        f.actor = [x for x in f.actor if not subj[0] <= x[0] < subj[1]]  # its own words
