"""One event from its trigger: actor, recipient, location, time (and, through
rasd.events.status, status and modes), read off the sentence around the trigger."""

from __future__ import annotations

from rasd.document import Event, EventTime, Role, Span
from rasd.events.status import add_modes, later_status, light_verb, status_of
from rasd.lexicons import Trigger, event_markers
from rasd.roles import PREPS, PRONOUN_PREPS, RELATIVES, View, _nisba
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.segment import clitic_stems

# Types whose grammatical object is the target actor (others' objects are things:
# يرفضون وقف إطلاق النار، أقامت ممرات) unless the object is a named entity.
OBJECT_IS_RECIPIENT = {"ACCUSE", "ASSAULT", "COERCE", "CONSULT", "SUPPORT", "THREATEN",
                       "SANCTION", "REQUEST"}
SUBJECT_MAX = 7  # tokens of a subject written before its verb
LIGHT_VERB_BACK = 7  # a light verb up to this many tokens before its noun (شن الطيران … غارة)
OBJECT_PRONOUNS = ("ها", "هم", "هما", "هن", "ه")
PRONOUNS = {"هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما"}


def build_event(v: View, si: int, group: list, a: int, b: int, extra_modes: list[str]) -> Event:
    m, last = group[0], group[-1]
    trig: Trigger = m.payload
    t0, t1 = m.first, last.last
    end = last.end
    if trig.needs and len(group) == 1:  # التوصل خلال ساعات لاتفاق: the trigger spans both
        for k in range(t1, min(b, t1 + 4)):
            if any(st in trig.needs and len(st) >= 4 for st, _, _ in clitic_stems(v.norms[k])):
                end = v.toks[k].end
                break
            if not v.word(k):
                break
    ev = Event("", si, trig.type, _span(m.start, end), list(trig.modes))
    for x in extra_modes:
        if x not in ev.mode:
            ev.mode.append(x)
    actor: list[tuple[int, int]] = []
    recipient: list[tuple[int, int]] = []
    after = t1
    if trig.verb:
        prefix = normalize(v.text[v.toks[t0].start:m.start])
        quote = t0 - 1 > a and v.text[v.toks[t0 - 1].start] in "“«\"" and \
            v.toks[t0 - 1].end - v.toks[t0 - 1].start == 1  # السلطات “ألقت القبض
        verb_first = prefix[-1:] in ("و", "ف") or v.boundary_before(t0 - quote, a)
        # ونجحت في تدميرها وقتلت مسلحين: a verb joined by و to the clause before it keeps
        # that clause's subject, so the phrase after it is the object
        continued = prefix[-1:] in ("و", "ف") and t0 > a and v.word(t0 - 1) \
            and not v.boundary_before(t0, a)
        subj = None if verb_first else v.subject_before(t0, a, SUBJECT_MAX)
        resumptive = t1 < b and (v.norms[t1],) in PRONOUN_PREPS
        # اختطفهم تنظيم الدولة: an object pronoun on the verb; its subject follows
        suffixed = t1 - t0 == 1 and normalize(v.text[m.end:v.toks[t0].end]) in OBJECT_PRONOUNS
        if suffixed and not verb_first and t1 < b and v.np_forward(t1, b) > t1:
            e = v.np_forward(t1, b)
            actor, after = v.split_coordination(t1, e), b
            recipient = [subj] if subj else []
        elif resumptive:  # مراكز سيطر عليها الأكراد: the subject follows the pronoun
            e = v.np_forward(t1 + 1, b)
            actor = [(t1 + 1, e)] if e > t1 + 1 else []
            if subj:
                recipient = [subj]
                after = b
            else:  # اتهم فيه الرئيس بشار الأسد بعض الدول: the object follows the subject
                after = e if actor else t1 + 1
        elif continued:
            pass
        elif subj and trig.type == "ASSAULT" and counted(v, *subj):
            recipient = [subj]  # 12 سوريا قتلوا: the counted subject is the victims
        elif subj:
            actor = v.split_coordination(*subj)
        elif (t0 > a and (v.norms[t0 - 1] in PRONOUNS or v.norms[t0 - 1][-2:] in ("هم", "ما")
                          and v.norms[t0 - 1] in event_markers()["subject_pronouns"])) \
                or t1 - t0 > 1:  # إنهم رفضوا وقف إطلاق النار: the phrase after is the object
            pass  # وهي تضغط من أجل: a pronoun subject (or a verb phrase) has no NP after it
        else:
            s = _skip_time(v, t1, b)
            e = v.np_forward(s, b)
            if e > s and v.bare(s) in event_markers()["demonstratives"]:
                pass  # رفض ذلك: a demonstrative after the verb is its object
            elif e > s and counted(v, s, e):  # قتل خمسة أطفال: a counted NP is the victims
                recipient, after = [(s, e)], e
            elif e > s:
                actor, after = [(s, e)], e
        s = _skip_aside(v, after, b) if actor and after > t1 else _skip_time(v, after, b)
        e = v.np_forward(s, b) if s < b else s
        bare_np = e > s and not (v.clitic_start(s) > v.toks[s].start
                                 and v.norms[s][:1] in "بل")  # اتهمت الأردن | بدعم
        if not recipient and bare_np and (
                (trig.type in OBJECT_IS_RECIPIENT and t1 - t0 == 1) or s in v.ent_tok):
            recipient = v.split_coordination(s, e)
    else:
        actor = _noun_actor(v, t0, t1, a, b) or _participants(v, t0, a)
        k = t1
        if k < b and k in v.ent_tok and v.ent_tok.get(k - 1) is not v.ent_tok[k] \
                and v.ent_tok[k].type in ("PER", "ORG") and not any(x[0] == k for x in actor):
            e = v.np_forward(k, b)
            if not actor and e < b and v.norms[e][:1] == "ل" and len(v.norms[e]) > 3:
                # قصف قوات النظام لمواقع المعارضة: the genitive is the agent, ل the target
                actor = [(k, e)]
                r = v.np_forward(e, b, prefixed_ok=True)
                recipient = [(e, r)] if r > e and not _generic_place(v, e) else []
            else:
                recipient = [(k, e)]
    if not recipient:
        recipient = _prep_role(v, trig.type, max([t1] + [x[1] for x in actor if x[0] >= t1]), b)
        # قصف لمواقع، غارات على مناطق عدة: a place that names no one is no target actor
        recipient = [x for r in recipient if _is_place(v, *r) or not _generic_place(v, r[0])
                     for x in v.split_coordination(*r)]
    if trig.type == "ASSAULT":  # فجرت فيها سيارات مفخخة: a weapon is no agent
        actor = [x for x in actor if not any(v.phrase_at(t, event_markers()["instruments"])
                                             for t in range(x[0], x[1]))]
    location: list[tuple[int, int]] = []
    if trig.type in event_markers()["location_types"]:
        # غارة على البلدة، هاجم قريتي الفوعة وكفريا: a place as the target is where it
        # happened; its names are read by the place scan like any other
        places = [r for r in recipient if _is_place(v, *r)]
        recipient = [r for r in recipient if not _is_place(v, *r)]
        if not trig.verb:  # حظر طيران بين مدينتي مارع وجرابلس: places are no agents
            actor = [x for x in actor if not _place_word(v, x[0])]
        location = _locations(v, t0, t1, a, b, actor + recipient, genitive=not trig.verb)
        if not location and not places:  # سكان مدينة القريتين: the target's named home
            location = [x for r in recipient for x in _place_names(v, *r)
                        if x[0] > r[0] and x[0] in v.ent_tok and _place_word(v, x[0] - 1)]
        if not location:
            location = [x for r in places for x in _place_names(v, *r)]
            location = _resolve_places(v, location)
    ev.actor = _roles(v, actor)
    ev.recipient = _roles(v, recipient)
    ev.location = _roles(v, location)
    ev.time = _time(v, t0, a, b)
    ev.status = status_of(v, m, t0, a)
    ev.status = later_status(v, ev, t0, t1, a, b)
    add_modes(v, ev, t0, t1, a, b)
    return ev


def _roles(v: View, spans: list[tuple[int, ...]]) -> list[Role]:
    """Roles over token spans (i, j) or (i, j, 1) = without a leading preposition ل."""
    out = []
    for n, (i, j, *cut) in enumerate(spans):
        if j > i:
            r = v.role(i, j, conj=n > 0)
            if cut and r.start == v.toks[i].start and v.norms[i][:1] == "ل":
                _, index = normalize_with_map(v.text[r.start:v.toks[i].end])
                r.start += index[1] if len(index) > 1 else 0
            if r.end > r.start:
                out.append(r)
    return out


def _span(start: int, end: int) -> Span:
    return Span(start, end)


def _skip_time(v: View, i: int, b: int) -> int:
    """Past times, قد and manner adverbs (بانتظام، باستمرار) after a verb."""
    while i < b and (v.is_time(i) or v.norms[i] in ("قد",) or _manner(v, i)):
        i += v.is_time(i) or 1
    return i


def _skip_aside(v: View, i: int, b: int) -> int:
    """Between a verb's subject and its object: times, a short في/ب phrase (في بيان، في
    رسالة) or an aside between commas (، خلال شهر أبريل الماضي،)."""
    for _ in range(3):
        j = _skip_time(v, i, b)
        if j + 1 < b and v.bare(j) in ("في", "خلال") and not v.is_def(j + 1) \
                and j + 1 not in v.ent_tok and v.word(j + 1):
            j += 2
        if j < b and v.text[v.toks[j].start] in "،,":
            k = j + 1
            while k < b and k - j < 7 and v.word(k):
                k += 1
            if k < b and k > j + 1 and v.text[v.toks[k].start] in "،," and (
                    v.is_time(j + 1) or (v.norms[j + 1],) in PREPS):
                j = k + 1
        if j == i:
            break
        i = j
    return i


def _manner(v: View, i: int) -> bool:
    n = v.norms[i]
    return n[:2] == "با" and len(n) > 5 and i not in v.ent_tok


def counted(v: View, i: int, j: int) -> bool:
    lo, hi = v.toks[i].start, v.toks[j - 1].end
    return any(lo <= q.start < hi for q in v.doc.quantities)


def _before_count(v: View, i: int, j: int) -> int:
    """End of tokens i..j before the first counted quantity among them."""
    for k in range(i, j):
        if counted(v, k, k + 1):
            while k > i and v.bare(k - 1) in event_markers()["approximators"]:
                k -= 1
            return k
    return j


def _noun_actor(v: View, t0: int, t1: int, a: int, b: int) -> list[tuple[int, int]]:
    M = event_markers()
    # a light verb before the noun: موسكو أقامت ممرات، الجيش سيستمر بعملياته
    for lv in range(t0 - 1, max(a - 1, t0 - LIGHT_VERB_BACK), -1):
        punct = not v.word(lv) and not v.norms[lv].isdigit()
        if punct or (lv < t0 - 2 and (v.is_verb(lv) and not light_verb(v, lv, M)
                                      or (v.norms[lv],) in PREPS)):
            break
        if not light_verb(v, lv, M):
            continue
        if lv - 1 >= a and (v.norms[lv - 1],) in RELATIVES and v.norms[lv - 1] not in ("ما", "من"):
            # طيران النظام الذي شن أمس أربع غارات: the relative's antecedent
            s = v.np_backward(lv - 1, a, SUBJECT_MAX)
            if s < lv - 1:
                return [(s, lv - 1)]
        subj = v.subject_before(lv, a, SUBJECT_MAX)
        if subj and not v.boundary_before(lv, a):
            return v.split_coordination(*subj)
        s0 = _skip_time(v, lv + 1, t0)
        e = _before_count(v, s0, v.np_forward(s0, t0))  # شن الطيران | حوالي 25 غارة
        if e > s0:
            return [(s0, e)]
        break
    # غارات كثيفة شنها الطيران الحربي، الغارات، التي يعتقد أن الطائرات الروسية نفذتها:
    # a light verb with a pronoun after the noun (its subject after it, or before it
    # inside a relative clause)
    c = next((k for k in range(t1, min(b - 1, t1 + 3)) if not v.word(k)), None)
    rel = c + 1 if c is not None and v.text[v.toks[c].start] in "،," and \
        (v.norms[c + 1],) in RELATIVES else None
    for k in range(t1, min(b, t1 + 3)) if rel is None else range(rel + 1, min(b, rel + 7)):
        if not v.word(k):
            break
        n = v.bare(k)
        if rel is not None and any(n.endswith(suf) and n[:-len(suf)] in M["light_verbs"]
                                   for suf in OBJECT_PRONOUNS):
            s0 = v.np_backward(k, rel + 1, SUBJECT_MAX)
            if s0 < k:
                return [(s0, k)]
            s0 = _skip_time(v, k + 1, b)
            e = v.np_forward(s0, b)
            return [(s0, e)] if e > s0 else []
        if rel is not None:
            continue
        n = v.bare(k)
        with_pronoun = any(n.endswith(suf) and n[:-len(suf)] in M["light_verbs"]
                           for suf in OBJECT_PRONOUNS)
        if with_pronoun or (light_verb(v, k, M) and k + 1 < b
                            and (v.norms[k + 1],) in PRONOUN_PREPS):  # قصف قامت به طائرات
            s0 = k + 1 if with_pronoun else k + 2
            e = v.np_forward(s0, b)
            return [(s0, e)] if e > s0 else []
    # قصف لطيران النظام، غارات للتحالف، هجوم من قبل قوات …: the agent after the noun
    k = t1
    while k < min(b, t1 + 2) and v.word(k) and v.norms[k][:1] not in "لم" and not \
            v.stop(k) and k not in v.ent_tok:
        k += 1  # an adjective between: قصف عنيف لـ …
    if k + 1 < b and v.norms[k] == "من" and v.norms[k + 1] == "قبل":
        e = v.np_forward(k + 2, b)
        if e > k + 2:
            return [(k + 2, e)]
    elif k < b and v.norms[k][:1] == "ل" and len(v.norms[k]) > 3:
        head = v.norms[k][1:]
        ent = v.ent_tok.get(k)
        if head in M["agent_heads"] or (head[:1] == "ل" and "ال" + head[1:] in
                                         M["agent_heads"]) or (
                ent is not None and ent.type in ("ORG", "PER")):
            e = v.np_forward(k, b, prefixed_ok=True)
            if e > k:
                return [(k, e, 1)]  # without its ل
    # بين X و Y (المحادثات بين النظام وروسيا وإيران)
    for k in range(t1, min(b, t1 + 8)):
        if v.norms[k] == "بين":
            return _np_list(v, k + 1, b)
        if not v.word(k):
            break
    # أن السلطات مستعدة: a predicate noun whose subject follows إن/أن
    subj = v.subject_before(t0, a, SUBJECT_MAX)
    if subj and subj[0] > a and v.phrase_at(subj[0] - 1, v.W["complementizers"]) \
            and subj[1] - subj[0] <= 4 and (v.is_def(subj[0]) or subj[0] in v.ent_tok) \
            and not any((v.norms[k],) in PREPS for k in range(*subj)):
        return v.split_coordination(*subj)
    # سعي إيران لفرض شروط: an intent noun, a name, then the purpose ل
    if t0 > a and v.norms[t0][:1] == "ل" and (t0 - 1) in v.ent_tok:
        e = v.ent_tok[t0 - 1]
        s = t0 - 1
        while s - 1 >= a and v.ent_tok.get(s - 1) is e:
            s -= 1
        if s - 1 >= a and any(x in M["intent_nouns"] for x, _, _ in clitic_stems(v.norms[s - 1])):
            return [(s, t0)]
    return []


def _participants(v: View, t0: int, a: int) -> list[tuple[int, int]]:
    """X <participation verb> في <noun> or <verb> X في <noun>: شارك مئات السوريين في احتجاج."""
    M = event_markers()
    p = t0 - 1
    if p <= a or v.bare(p) != "في":
        return []
    for k in range(p - 1, max(a - 1, p - SUBJECT_MAX - 1), -1):
        if not v.word(k):
            return []
        if v.bare(k) in M["participation_verbs"] or v.norms[k] in M["participation_verbs"]:
            if k + 1 < p:  # VSO: the phrase between the verb and في
                e = v.np_forward(k + 1, p)
                return [(k + 1, e)] if e == p else []
            subj = v.subject_before(k, a, SUBJECT_MAX)
            return v.split_coordination(*subj) if subj else []
    return []


def _np_list(v: View, i: int, b: int) -> list[tuple[int, int]]:
    """A coordinated list of noun phrases: X وY وZ (كل من is skipped)."""
    if i + 1 < b and v.norms[i] == "كل" and v.norms[i + 1] == "من":
        i += 2
    out: list[tuple[int, int]] = []
    while i < b:
        e = v.np_forward(i, b, prefixed_ok=False)
        if e == i:
            e = i + 1 if v.word(i) and not v.stop(i) else i
        if e == i:
            break
        out.append((i, e))
        if e < b and v.norms[e][:1] == "و" and v.word(e) and len(v.norms[e]) > 2:
            i = e
        elif e + 1 < b and v.norms[e] == "و":  # و "جيش الفتح"
            i = e + 1
            while i < b and not v.word(i):
                i += 1
        else:
            break
    return out


def _prep_role(v: View, type_: str, t1: int, b: int) -> list[tuple[int, int]]:
    preps = event_markers()["recipient_preps"]
    allowed = preps.get(type_, set()) | preps["*"]
    for k in range(t1, min(b, t1 + 6)):
        if not v.word(k):
            break
        n = v.norms[k]
        if n in allowed and not v.phrase_at(k, event_markers()["idioms"]):
            e = v.np_forward(k + 1, b)
            return [(k + 1, e)] if e > k + 1 else []
        if "ل" in allowed and n[:1] == "ل" and n[1:3] == "ال" and k == t1:
            e = v.np_forward(k, b, prefixed_ok=True)
            return [(k, e)] if e > k else []
    return []


def _is_place(v: View, i: int, j: int) -> bool:
    """A role that names a place: a place entity (مدينة حلب) or a direction (شرقي حلب); a bare
    place noun (المدينة، مناطق خاضعة لسيطرة …) names no place and stays a role."""
    M = event_markers()
    ents = {v.ent_tok[t].type for t in range(i, j) if t in v.ent_tok}
    head = v.ent_tok.get(i)
    # بصرى الحرير بريف درعا: a name placed by a known place
    head_place = (head is not None and head.type == "LOC") or _place_word(v, i) or any(
        v.ent_tok[t].type == "LOC" and (v.norms[t][:1] == "ب" or v.norms[t - 1][:1] == "ب")
        and _locative(v, t, i + 1, M) for t in range(i + 1, j) if t in v.ent_tok)
    return head_place and "LOC" in ents and not ents & {"PER", "ORG"} \
        or v.bare(i) in M["directions"] \
        or (j - i == 1 and _anaphoric_place(v, i) is not None) or _named_place(v, i, j) > i


def _generic_place(v: View, i: int) -> bool:
    """A place noun that names no place or actor (مناطق، المدن، قرى، مواقع، أجزاء)."""
    M = event_markers()
    if i in v.ent_tok:
        return False
    return any(st in M["generic_places"] or (st[:2] == "ال" and st[2:] in M["generic_places"])
               for st, _, _ in clitic_stems(v.norms[i]))


def _place_names(v: View, i: int, j: int) -> list[tuple[int, int]]:
    """The place entities inside a place role (مدينة أريحا بريف إدلب → أريحا، إدلب), or the
    role itself when it has none."""
    out: list[tuple[int, int]] = []
    k = i
    while k < j and k not in v.ent_tok:
        k += 1
    if i < k < j and not _place_word(v, k - 1) and v.norms[k][:1] == "ب":
        out.append((i, k))  # بصرى الحرير بريف درعا: an unknown name, then a known one
    while k < j:
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC":
            e = k
            while e < j and v.ent_tok.get(e) is ent:
                e += 1
            out.append((k, e))
            k = e
        else:
            k += 1
    return out or [(i, j)]


def _named_place(v: View, i: int, b: int) -> int:
    """End of a place named by a head noun and a name (حي الجمعيات، بلدة كفر بطنا), or i; not
    a head with an adjective (مدينة استراتيجية)."""
    M = event_markers()
    if i + 1 >= b or v.bare(i) not in M["named_place_heads"] or not v.word(i + 1) \
            or v.stop(i + 1) or _nisba(v.bare(i + 1)) or i + 1 in v.time_tok:
        return i
    ent = v.ent_tok.get(i + 1)
    if ent is not None and ent.type != "LOC":
        return i
    return v.np_forward(i, b)


def _anaphoric_place(v: View, i: int) -> str | None:
    """The place noun of a definite singular place word (على البلدة، في المدينة), which points
    back at a named place; plural or indefinite ones (مناطق، قرى، المدن) name no place."""
    M = event_markers()
    for st, _, _ in clitic_stems(v.bare(i)):
        if st[:2] == "ال" and st[2:] in M["place_nouns"] and st[-1:] == "ه":
            return st[2:]
    return None


def _resolve_places(v: View, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """على المدينة: the city named before, if any."""
    out = []
    for r in spans:
        noun = _anaphoric_place(v, r[0]) if r[1] - r[0] == 1 else None
        out.append((_antecedent(v, r[0], noun) if noun else None) or r)
    return out


def _antecedent(v: View, i: int, noun: str) -> tuple[int, int] | None:
    """The last place named with the same noun before token i (مدينة الزبداني … المدينة)."""
    for k in range(i - 1, max(0, i - 400), -1):
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC" and v.ent_tok.get(k - 1) is not ent and \
                k > 0 and any(st == noun for st, _, _ in clitic_stems(v.bare(k - 1))):
            e = k
            while e < len(v.toks) and v.ent_tok.get(e) is ent:
                e += 1
            return k, e
    return None


def _place_word(v: View, k: int) -> bool:
    """A locative preposition or place noun, with its clitics (بمنطقة، قريتي، مدينتي)."""
    M = event_markers()
    words = M["location_preps"] | M["place_nouns"] | M["named_place_heads"]
    for st, _, _ in clitic_stems(v.norms[k]):
        if st in words or (st.endswith("تي") and st[:-2] + "ه" in M["place_nouns"]) or (
                st.endswith("تين") and st[:-3] + "ه" in M["place_nouns"]):
            return True
    return False


def _directions_end(v: View, k: int, b: int) -> int:
    """End of a run of direction words at k (شمال غرب، جنوب شرقي)."""
    M = event_markers()
    e = k
    while e < b and e - k < 3 and v.bare(e) in M["directions"]:
        e += 1
    return e


def _locations(v: View, t0: int, t1: int, a: int, b: int,
               taken: list[tuple[int, int]], genitive: bool = False) -> list[tuple[int, int]]:
    """Places in the trigger's clause: a place entity after a locative preposition, a place
    noun or a direction word (في حلب، بلدة كفر بطنا، شرقي حلب), and the places chained to it
    by و / ب / في (دمشق وحلب، أريحا بريف إدلب، حي … في مدينة البوكمال بدير الزور)."""
    M = event_markers()
    used = {t for i, j, *_ in taken for t in range(i, j)}
    out: list[tuple[int, int]] = []
    k = t1
    end = min(b, t1 + M["location_window"])
    last = -1  # end of the last place found (for chains)
    while k < end:
        if not v.word(k) and v.text[v.toks[k].start] not in "()\"«»“”":
            break
        n_end = _named_place(v, k, b)
        if n_end > k and k not in used and (k + 1) not in v.ent_tok and _locative(v, k, a, M):
            out.append((k, n_end))
            k = last = n_end
            continue
        d = _directions_end(v, k, b)
        if d > k and k not in used:
            e = v.np_forward(d, b)
            if e > d:
                out.append((k, e))
                k = last = e
                continue
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "LOC" and k not in used:
            s = e = k
            while e < b and v.ent_tok.get(e) is ent:
                e += 1
            chained = last == k and v.norms[k][:1] in ("و", "ب") or (
                last == k - 1 and v.norms[k - 1] in ("و", "في")) or (
                genitive and k == t1)  # معارك الزبداني: a place genitive of an event noun
            if _locative(v, k, a, M) or chained:
                if k - 1 >= a and v.norms[k - 1] in M["directions"]:
                    s = k - 1
                out.append((s, e))
                last = e
            k = e
            continue
        k += 1
    if not out:  # وفي حلب، قصفت الطائرات …: a fronted place phrase opening the clause
        out = _fronted_place(v, t0, a, used, M)
    if not out and genitive:  # تشهد مدينة حلب معارك: the place that witnesses the event
        for k in range(t0 - 1, max(a - 1, t0 - 5), -1):
            if not v.word(k):
                break
            if v.bare(k) in M["witness_verbs"] or v.norms[k] in M["witness_verbs"]:
                e = v.np_forward(k + 1, t0)
                if e > k + 1 and _is_place(v, k + 1, e):
                    out = _resolve_places(v, _place_names(v, k + 1, e))
                break
    return out[:M["location_max"]]


def _fronted_place(v: View, t0: int, a: int, used: set[int], M) -> list[tuple[int, int]]:
    """(و)في [مدينة] X[،] right before the clause of the trigger."""
    k = t0 - 1
    if k >= a and v.text[v.toks[k].start] in "،,":
        k -= 1
    ent = v.ent_tok.get(k)
    if k < a or ent is None or ent.type != "LOC" or k in used:
        return []
    s = k
    while s - 1 >= a and v.ent_tok.get(s - 1) is ent:
        s -= 1
    p = s - 1
    if p >= a and (v.bare(p) in M["place_nouns"] or v.bare(p) in M["directions"]):
        p -= 1
    if p >= a and v.bare(p) == "في" and v.boundary_before(p, a):
        return [(s, k + 1)]
    return []


def _locative(v: View, k: int, a: int, M) -> bool:
    """A place entity at token k introduced as a place: في/ب/شرقي/مدينة … before it."""
    if k - 1 >= a and _place_word(v, k - 1):
        return True
    return v.norms[k][:1] == "ب" and (v.clitic_start(k) > v.toks[k].start or any(
        st in M["named_place_heads"] for st, p, _ in clitic_stems(v.norms[k]) if p))


def _time(v: View, t0: int, a: int, b: int) -> EventTime | None:
    best, dist = None, 10**9
    lo, hi = v.toks[a].start, v.toks[b - 1].end
    pos = v.toks[t0].start
    for t in v.doc.times:
        if t.start >= lo and t.end <= hi and not punct_between(v, min(t.start, pos),
                                                                 max(t.end, pos)):
            d = abs(t.start - pos)
            if d < dist:
                best, dist = t, d
    return EventTime(best.start, best.end, best.date) if best else None


def punct_between(v: View, start: int, end: int) -> bool:
    i, j = v.token_range(start, end)
    return any(not v.word(k) for k in range(i, j))
