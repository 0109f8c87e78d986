"""Whom a call, a charge or a judgement is addressed to (recip21): the object of a verb of
asking whose subject was said before (`asked_party`), the object of a participle of asking
or accusing that tells the circumstance of the clause before it (`hal_object`), and the
party that owns what a verb or noun of condemning, welcoming or rejecting judges: its
statement, decision or deed (`judged_owner`). All read the words of
data/events/addressees.json (rasd.lexicons.addressee_words); each writes the frame's
recipient, takes back an actor read in that phrase (a subject read on into what is judged
is cut before it), and says whether it fired (bench/pass_fires counts the firings)."""

from __future__ import annotations

from rasd.events.frame import OBJECT_PRONOUNS, Frame, TokSpan, clear_relative, skip_aside, skip_time
from rasd.events.objects import owned_words
from rasd.events.parties import party_span
from rasd.events.places import is_place
from rasd.lexicons import addressee_words, event_markers, word_lists
from rasd.once import once
from rasd.roles import PREPS, PRONOUN_PREPS, RELATIVES, View, norm_piece

OPENER_BEFORE = ("كما", "حين", "ثم")  # كما دعا، في حين حث: the verb goes on a clause said


def asked_at(v: View, k: int, b: int) -> bool:
    """What is asked opens at token k: إلى/على, or ب/ل glued on a word of four letters at
    least that is no name and no word of its own (إلى الوقوف، ببذل، للعمل; not بشار،
    لبنان، بسبب)."""
    if k >= b or not v.word(k):
        return False
    if v.phrase_at(k, addressee_words()["asked_preps"]):
        return True
    n = v.norms[k]
    return n[:1] in "بل" and len(n) >= 4 and k not in v.ent_tok and not v.stop(k)


def past_asides(v: View, k: int, b: int) -> int:
    """Past times and the words said between a call and whom it goes to (`asides`)."""
    while k < b:
        n = v.phrase_at(k, addressee_words()["asides"])
        j = skip_time(v, k + n, b)
        if j == k:
            return k
        k = j
    return k


def _all_after(v: View, e: int, b: int) -> int:
    """Tokens of a quantifier of all right after a phrase (نواب محافظة نينوى | جميعا)."""
    return v.phrase_at(e, addressee_words()["all_after"]) if e < b else 0


def addressee_phrase(v: View, s: int, e: int, b: int) -> bool:
    """The phrase [s, e) names the many a call goes to: it opens with a quantifier of all
    (جميع الأطراف، كافة الدول), one follows it (نواب المحافظة جميعا), its head is a noun of
    such parties (`addressee_heads`: الدول الغربية، الأطراف المتحاربة، الشعب اليمني), or it
    is a sound masculine plural in its oblique case, never a subject (المسؤولين العسكريين،
    مقاتلين آخرين); a name is none of these."""
    W = addressee_words()
    ent = v.ent_tok.get(s)
    if ent is not None and ent.type == "PER":
        return False
    if v.phrase_at(s, W["all_openers"]) or _all_after(v, e, b):
        return True
    if v.phrase_at(s, W["addressee_heads"]) or v.bare(s)[:2] == "ال" and v.in_words(
            s, {h[0] for h in W["addressee_heads"] if len(h) == 1}):
        return True
    n = v.bare(s)
    return ent is None and n.endswith("ين") and len(n) >= 6


def asked_party(f: Frame) -> bool:
    """ودعا الشعب اليمني بمختلف مكوناتهم الوطنية إلى الوقوف، وطالب الدول الغربية بمراجعة
    حملاتها، كما حثت الأطراف المشاركة في المواجهات على ممارسة، في حين حث الأطراف المتحاربة
    على السعي: a verb of asking (`asking_verbs`) that goes on a clause said before (و or
    ف on it, كما/حين/ثم or a comma before it) with one phrase after it and then what is
    asked (`asked_at`) has its subject in that clause; when the phrase names the many a call
    goes to (`addressee_phrase`), it is whom the verb asks, not who asks (ودعا المحتجون إلى،
    وطالب بعض الأهالي بإعدامه: they ask)."""
    v, b = f.v, f.b
    actor = [x for x in f.actor if x[1] > x[0]]
    if not f.trig.verb or len(actor) != 1 \
            or (f.trig.lemma,) not in addressee_words()["asking_verbs"]:
        return False
    s = actor[0][0]
    if s != past_asides(v, f.t1, b) or f.m.end < v.toks[f.t0].end \
            or any(r[0] < s for r in f.recipient):
        return False  # (a subject before the verb, or a pronoun on it: دعاهم)
    e = v.np_coordinated(s, b)  # (كما دعا المسؤولين العسكريين | والقادة الميدانيين: the
    # object pass took the joined phrase for the object after the subject)
    if e + 1 < b and v.norms[e] == "في" and asked_at(v, n := v.np_forward(e + 1, b), b):
        e = n  # الأطراف المشاركة | في المواجهات | على ممارسة
    prefix = norm_piece(v.text[v.toks[f.t0].start:f.m.start])
    before = v.norms[f.t0 - 1] if f.t0 > f.a else ""
    goes_on = prefix[-1:] in ("و", "ف") or before in OPENER_BEFORE or (
        f.t0 > f.a and v.comma(f.t0 - 1))
    if not asked_at(v, e + _all_after(v, e, b), b):
        return False
    cut = second_phrase(v, s, e, b)
    if cut is not None:  # كما دعت القوى الفلسطينية | المجتمع الدولي لتوفير: both read as one
        f.actor, f.recipient = [(s, cut)], v.split_coordination(cut, e)
    elif goes_on and addressee_phrase(v, s, e, b):
        f.recipient, f.actor = v.split_coordination(s, e), []
    else:
        return False
    return True  # (bench/pass_fires counts the firings)


def second_phrase(v: View, s: int, e: int, b: int) -> int | None:
    """The token where a second definite phrase naming addressees starts inside [s, e),
    right after a definite word (القوى الفلسطينية | المجتمع الدولي): the subject, then whom
    it asks, written with no mark between; None when there is none."""
    for k in range(s + 2, e):
        if v.is_def(k) and v.is_def(k - 1) and addressee_phrase(v, k, e, b) \
                and v.phrase_at(k, addressee_words()["addressee_heads"]):
            return k
    return None


def hal_object(f: Frame) -> bool:
    """…، مطالبًا الدول والمنظمات المانحة ببذل المزيد، …، داعياً فصائل المقاومة للعمل، …،
    مطالبا في الوقت نفسه حزب العمال بمغادرة الأراضي العراقية، …، متهما قائد الجيش بتسييس
    المؤسسة: a participle of asking or accusing (`object_participles`) right after a comma
    tells how the clause before went on; its subject is that clause's (rasd.events.context
    carries it), and the phrase right after it (past a time), when what is asked or charged
    follows it (`asked_at`), is whom it asks or accuses."""
    v, b = f.v, f.b
    if f.trig.verb or f.recipient or len(f.group) != 1 or f.t0 <= f.a \
            or not v.comma(f.t0 - 1) \
            or not v.phrase_at(f.t0, addressee_words()["object_participles"]):
        return False
    s = past_asides(v, f.t1, b)  # مطالبا | في الوقت نفسه | حزب العمال
    if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s) or asked_at(v, s, b) \
            or v.phrase_at(s, addressee_words()["free_pronouns"]):
        return False  # (داعيًا في الوقت نفسه | لاستكمال الأوراق: what is asked, no one
    # asked; متهما إياه: a pronoun for a phrase said before)
    e = v.np_coordinated(s, b)
    joined = _asked_phrases(v, s, e, b)
    if not joined:
        return False
    f.recipient = v.split_coordination(s, e) + joined[1:]
    return True


HAL_CONJUNCTS = 3  # phrases joined by و to the first one a participle asks
HAL_PLACE = 5  # tokens of a في phrase between them and what is asked, and one


def _asked_phrases(v: View, s: int, e: int, b: int) -> list[TokSpan]:
    """The phrases a participle asks, the first [s, e), when what is asked opens after them
    (`asked_at`): past a quantifier of all, the phrases joined by و (الدول كافة | ومؤسسات
    الأمم المتحدة | باتخاذ) and a في phrase that places them (الجهات المختصة | في المحافظة
    | بالقيام، الجماهير الفلسطينية | في كل مكان | لتصعيد); [] when none."""
    found = [(s, e)] if e > s else []
    for _ in range(HAL_CONJUNCTS if found else 0):
        k = e + _all_after(v, e, b)
        if asked_at(v, k, b):
            return found
        if k + 1 < b and v.norms[k] in ("في", "فى") and any(
                asked_at(v, t, b) and all(v.word(x) and not v.is_verb(x) for x in range(k, t))
                for t in range(k + 2, min(b, k + HAL_PLACE))):
            return found  # في المحافظة | بالقيام، في كل مكان | لتصعيد
        if not (k < b and v.norms[k][:1] == "و" and v.bare(k) != v.norms[k]
                and v.word(k) and not v.is_verb(k) and not v.prefixed(k)
                and (v.bare(k),) not in RELATIVES and not v.is_time(k)):
            return []
        e = v.np_forward(k, b)
        if e <= k:
            return []
        found.append((k, e))  # ومؤسسات الأمم المتحدة
    return []


JUDGED_REACH = 6  # words from what is judged to the relative pronoun or owner after it
NEEDS_REACH = 4  # words from a trigger to the preposition it needs (as arguments.trigger_extent)


def _party_at(v: View, k: int) -> bool:
    """A person's or organisation's name, a noun of armed or ruling parties, of
    institutions and officials, or a title at token k (its ب/ل passed over)."""
    if k >= len(v.toks) or not v.word(k):
        return False
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type in ("PER", "ORG")
    M = event_markers()
    n = v.bare(k)
    return v.in_words(k, M["agent_heads"] | M["referent_heads"]) \
        or bool({(n,), (n[2:],)} & (v.W["person_heads"] | v.W["institution_heads"]))


def _judged_at(v: View, k: int) -> str:
    """What token k names, read with its glued ب/ل: "statement" (`judged_nouns`), "deed" (an
    event noun), or ""."""
    n = v.bare(k)
    forms = {n, n[1:] if n[:1] in "بل" and len(n) > 4 else n}
    forms |= {x[2:] for x in forms if x[:2] == "ال" and len(x) > 4}
    if any((x,) in addressee_words()["judged_nouns"] for x in forms):
        return "statement"
    return "deed" if v.trigger_noun_at(k) else ""


def _relative_doer(v: View, k: int, b: int) -> TokSpan | None:
    """The subject of the relative clause on the phrase at k, when its verb points back at
    that phrase by a pronoun (التصريحات التي أدلى بها نوري المالكي، الإصلاحات التي قدمها
    رئيس الوزراء، الهجمات التي نفذها مقاتلو حزب العمال): the one who made or did it."""
    for t in range(k + 1, min(b - 2, k + 1 + JUDGED_REACH)):
        if clear_relative(v.norms[t]):
            if not v.word(t + 1) or v.is_def(t + 1) or v.stop(t + 1) and not v.is_verb(t + 1):
                return None  # (a verb opens the clause: أدلى، قدمها، نفذها)
            s = t + 2
            word = norm_piece(v.raw(t + 1))
            if (v.norms[s],) in PRONOUN_PREPS:
                s += 1  # أدلى | بها | نوري المالكي
            elif not word.endswith(OBJECT_PRONOUNS):
                return None  # (الهجوم الذي استهدف مسجدا: the phrase after is its object)
            s = skip_time(v, s, b)
            e = v.np_forward(s, b) if _party_at(v, s) else s
            return (s, e) if e > s else None
        if not v.word(t) or v.stop(t):
            return None
    return None


def _owner_after(v: View, k: int, b: int) -> TokSpan | None:
    """The owner after ل past the adjectives of the phrase at k (التصريحات الطائفية غير
    المسؤولة | للمالكي)."""
    for t in range(k + 1, min(b, k + 1 + JUDGED_REACH)):
        if not v.word(t) or v.stop(t) and v.norms[t] not in ("غير",):
            return None
        if v.norms[t][:1] == "ل" and len(v.norms[t]) > 3 and _party_at(v, t):
            e = v.np_forward(t, b, prefixed_ok=True)
            return (t, e, 1) if e > t else None
    return None


def _judged_after(v: View, k: int, b: int, noun: bool) -> int:
    """The first word within JUDGED_REACH tokens from k (past the subject's aside, a time,
    a في phrase, a bracket or a comma, and `judging_preps`) that names a statement or a deed
    outside a name (لمنظمة التعاون الإسلامي، | التصريحات); -1 when a verb, another mark, a
    preposition or (after a `noun` of judging) a party with ب/ل on it comes first."""
    for t in range(k, min(b, k + JUDGED_REACH + 2)):
        if not v.word(t):
            if v.text[v.toks[t].start] not in "،,()«»\"":
                return -1
            continue
        if v.is_verb(t) and not v.trigger_noun_at(t) or v.stop(t) and v.norms[t] != "في" \
                and not v.phrase_at(t, addressee_words()["judging_preps"]):
            return -1  # (مؤكدة دعمها «الكامل» لتركيا، وفق | بيان: a source, not what is judged)
        if noun and v.norms[t][:1] in "بل" and _party_at(v, t):
            return -1  # (دعمها لتركيا: the noun's ل names the party itself, no deed of its;
        # after a verb and its subject, ل names the subject's owner: الأمانة العامة لمنظمة)
        if t not in v.ent_tok and _judged_at(v, t):
            return t
    return -1


def _with_name(v: View, span: TokSpan, b: int) -> TokSpan:
    """A title read with the name set after it, past a comma or more titles (بتصريحات الأمين
    العام لجامعة الدول العربية، | نبيل العربي، بقرار نائب رئيس مجلس الوزراء | وزير الدفاع
    اللبناني سمير مقبل): one party, whose name the record keeps; span when none follows."""
    i, j = span[0], span[1]
    n = v.bare(i)
    if not {(n,), (n[2:],)} & v.W["person_heads"] or i in v.ent_tok:
        return span
    if j < b and v.norms[j][:1] == "ل" and _party_at(v, j):
        j = max(j, v.np_forward(j, b, prefixed_ok=True))  # الأمين العام | لجامعة الدول العربية
    t = j + (j < b and v.comma(j))
    for k in range(t, min(b, t + 4)):
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type == "PER":
            e = k
            e = v.skip_ent(e, ent, b)
            return (i, e)
        if not v.word(k) or v.stop(k) or v.prefixed(k):
            break
    return span


def judged_owner(f: Frame) -> bool:
    """أدانت نقابة الصحفيين قرار ميليشيات الحوثي، نددت الخارجية التركية بتصريحات الأمين
    العام، استنكر المجلس التصريحات الطائفية غير المسؤولة للمالكي، استنكرت الأمانة العامة
    التصريحات التي أدلى بها نوري المالكي، رحبت البعثة بحزمة الإصلاحات التي قدمها رئيس
    الوزراء، استنكرت استغلال الجماعة المتشددة للأطفال: an event of judging
    (`judging_types`) that found no party for whom it judges takes what it judges, right
    after it and its subject (past ب/ل or `judging_preps`), a statement or decision
    (`judged_nouns`) or a deed; its owner is whom it is addressed to: the genitive of a
    statement (or of a deed, when ل names what that deed was done to), the owner after ل
    past its adjectives, or the subject of a relative clause that points back at it."""
    v, b, W = f.v, f.b, addressee_words()
    if (f.trig.type,) not in W["judging_types"] \
            or any(party_span(v, r) is not None for r in f.recipient):
        return False
    subject = [x for x in f.actor if x[0] >= f.t1 and x[1] > x[0]]
    k = _judged_after(v, max([f.t1] + [x[1] for x in subject]), b, not f.trig.verb)
    inside = next((t for x in subject for t in range(x[0] + 1, x[1])
                   if v.norms[t][:1] in "بل" and _judged_at(v, t) == "statement"), -1)
    if inside >= 0:  # ورحب شلتوت | بزيارة الوفد المصري: the subject read on into it
        k = inside
        f.actor = [(x[0], min(x[1], inside), *x[2:]) for x in f.actor]
    if k < 0:
        return False
    kind = _judged_at(v, k)
    found: TokSpan | None = None
    if _party_at(v, k + 1) and not v.prefixed(k + 1):
        e = v.np_forward(k + 1, b)
        if e > k + 1 and (kind == "statement" or e < b and v.norms[e][:1] == "ل"
                          and len(v.norms[e]) > 3):
            found = (k + 1, e)  # قرار | ميليشيات الحوثي، استغلال | الجماعة | للأطفال
    found = found or _owner_after(v, k, b) or _relative_doer(v, k, b)
    found = _with_name(v, found, b) if found is not None and len(found) == 2 else found
    if found is None or party_span(v, found) is None or is_place(v, found[0], found[1]):
        return False
    f.recipient = [found]
    return True


def governed_party(f: Frame) -> bool:
    """وتتضامن مع تركيا، تجدد تضامنها المطلق مع المملكة، أثنى رئيس الوزراء على القوة: a
    trigger of support (`governed_types`) that needs a preposition it governs
    (`governed_preps`, one of its `needs` in triggers.tsv), found within NEEDS_REACH words
    after it (past its subject or adjective), has the party supported right after that
    preposition, when no party was read for it."""
    v, b, W = f.v, f.b, addressee_words()
    if (f.trig.type,) not in W["governed_types"] or not f.trig.needs \
            or any(party_span(v, r) is not None for r in f.recipient):
        return False
    k, words = f.t1, 0
    while k < b and words < NEEDS_REACH and v.word(k):
        if v.phrase_at(k, W["governed_preps"]) and v.norms[k] in f.trig.needs:
            break
        words += 1
        k += 1
    else:
        return False
    found = party_phrase_at(v, k + 1, b)
    if found is None:
        return False
    f.recipient = found
    return True


ADDRESSEE_REACH = 10  # tokens from the end of a verb's subject to whom it addresses
SUBJECT_ASIDES = 4  # asides passed between them (a place, a time, a leader, a comma)


def _past_subject_aside(v: View, k: int, b: int) -> tuple[int, bool]:
    """The token after the asides that follow a verb's subject (a time, a short في phrase or
    one naming a place, a leader after بزعامة/برئاسة, a comma), and whether a comma was
    passed: حكومة الوفاق الوطني | في رام الله، أمس، | الحكومة الإسرائيلية، ائتلاف الوطنية
    | بزعامة اياد علاوي | الحكومة العراقية."""
    comma = False
    for _ in range(SUBJECT_ASIDES):
        j = past_asides(v, skip_aside(v, k, b), b)
        if j + 1 < b and v.norms[j] == "في" and is_place(v, j + 1, e := v.np_forward(j + 1, b)):
            j = e  # في رام الله
        if j + 1 < b and (v.bare(j) in event_markers()["leading_words"]
                          or v.phrase_at(j, addressee_words()["standing_preps"])):
            j = max(j + 1, v.np_forward(j + 1, b))  # بزعامة اياد علاوي، أمام ديوان المحافظة
        if j < b and v.comma(j):
            j, comma = j + 1, True
        if j == k:
            break
        k = j
    return k, comma


def _asked_end(v: View, e: int, b: int) -> int:
    """The token where what is asked or charged opens right after a phrase ending at e
    (past a quantifier of all or a quote mark: مردخاي "| بالضلوع), else -1."""
    k = e + _all_after(v, e, b)
    if k < b and v.text[v.toks[k].start] in "\"«“" and v.toks[k].end - v.toks[k].start == 1:
        k += 1
    return k if asked_at(v, k, b) else -1


def addressee_after_subject(f: Frame) -> bool:
    """وطالبت الحكومة مؤسسات المجتمع الدولي بتحمل مسؤولياتها، اتهمت حكومة الوفاق الوطني في
    رام الله، أمس، الحكومة الإسرائيلية بمحاولة، طالب ائتلاف الوطنية بزعامة اياد علاوي
    الحكومة العراقية باتخاذ، ودعا حسبو، الدول الغربية الى مراجعة: a verb of asking or
    charging (`asking_verbs`; markers.json `charge_verbs`) with its subject after it
    addresses the one phrase that follows that subject (past its asides:
    `_past_subject_aside`) and ends where what is asked or charged opens (`asked_at`): the
    verb's second noun phrase is its object.
    Not a name set after a comma by a subject with no name (apposition: وطالب
    المتحدث، محمد علي بوقف), not a place, a pronoun or a preposition's phrase."""
    v, b, W = f.v, f.b, addressee_words()
    if not f.trig.verb or f.t1 - f.t0 != 1 or f.m.end < v.toks[f.t0].end \
            or not ((f.trig.lemma,) in W["asking_verbs"]
                    or f.trig.lemma in event_markers()["charge_verbs"]):
        return False  # (a pronoun on the verb, دعاهم: whom it asks was named before)
    subject = [x for x in f.actor if x[0] >= f.t1 and x[1] > x[0]]
    if not subject or subject[0][0] != skip_time(v, f.t1, b):
        return False  # (its subject before it: whom it asks is read by the object pass)
    end = max(x[1] for x in subject)
    s, comma = _past_subject_aside(v, end, b)
    found = _addressed_at(v, s, b)
    if found is None and (k := _subject_rest(v, s, b)) > s:
        s, comma = k, True  # الحكومة اليمنية | المقيمة وقوات التحالف، | الحوثيين بخرقها
        found = _addressed_at(v, s, b)
    if found is None or s - end > ADDRESSEE_REACH:
        return False
    e = found
    if _subject_goes_on(v, subject, s, e, comma):
        return False
    if not any(r[0] == s for r in f.recipient):
        f.recipient = v.split_coordination(s, e)
    if party_span(v, (s, e)) is None and any(
            _party_at(v, k) or v.phrase_at(k, W["addressee_heads"]) for k in range(s, e)):
        f.owned += [r for r in f.recipient if r[0] >= s]  # مؤسسات | المجتمع الدولي: the
    return True  # asked are parties


def _addressed_at(v: View, s: int, b: int) -> int | None:
    """The end of the phrase at token s when it ends where what is asked or charged opens
    (past a في phrase: جميع الجهات المسؤولة | في حكومة التوافق | بإلغاء) and is no place, no
    pronoun and no preposition's phrase; else None."""
    if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s) or v.is_verb(s) \
            or v.is_time(s) or asked_at(v, s, b) or v.norms[s][:1] in "بل" and (
                v.clitic_start(s) > v.toks[s].start) \
            or v.phrase_at(s, addressee_words()["free_pronouns"]):
        return None
    e = v.np_coordinated(s, b)
    if e + 1 < b and v.norms[e] == "في" and _asked_end(v, n := v.np_forward(e + 1, b), b) > 0:
        e = n
    if e == s or _asked_end(v, e, b) < 0 or is_place(v, s, e):
        return None
    return e


SUBJECT_REST = 6  # words of a subject's adjective or conjunct left before its comma


def _subject_rest(v: View, s: int, b: int) -> int:
    """The token after the comma that closes the rest of a verb's subject starting at s (an
    adjective, a conjunct: الحكومة اليمنية | المقيمة وقوات التحالف، | الحوثيين; الناشط
    المدني | والفنان المسرحي علي الشيباني، | المرجعية), within SUBJECT_REST words and no
    verb or preposition among them; s when there is none."""
    for k in range(s, min(b, s + SUBJECT_REST + 1)):
        if v.comma(k) and k > s:
            return k + 1
        if not v.word(k) or v.is_verb(k) or v.stop(k) and k not in v.ent_tok:
            return s  # (علي of a name is no preposition)
    return s


def _subject_goes_on(v: View, subject: list[TokSpan], s: int, e: int, comma: bool) -> bool:
    """The phrase [s, e) after a verb's subject still belongs to that subject: a name after a
    subject headed by a title that holds no name (وطالب المتحدث باسم الحكومة، | محمد علي
    بوقف، دعا الرئيس اليمني | عبد ربه منصور هادي إلى), or one definite adjective right
    after it (وطالبت الحكومة اليمنية | الشرعية بوقف)."""
    ent = v.ent_tok.get(s)
    i, j = subject[0][0], subject[-1][1]
    if ent is not None and ent.type == "PER" and ent.start >= v.toks[s].start and not any(
            (x := v.ent_tok.get(k)) is not None and x.type == "PER" for k in range(i, j)):
        n = v.bare(i)
        return comma or bool({(n,), (n[2:],)} & v.W["person_heads"])
    return not comma and e == s + 1 and v.is_def(s) and v.is_def(j - 1) \
        and v.bare(s).endswith(("يه", "ي", "يين", "يون"))


def own_preposition_object(f: Frame) -> bool:
    """طلبت من السكان المحليين تأمين، يطلب من الأمين العام للأمم المتحدة، تم القبض على
    المتهم، إلقاء القبض على منفذي الجريمة: a trigger whose own last word is the preposition
    it governs (`trigger_preps`: طلب من، القبض على), in an event of asking or coercing
    (`trigger_prep_types`), has whom it is done to right after it (past a time), when no
    recipient was read; the party filter judges the phrase."""
    v, b, W = f.v, f.b, addressee_words()
    if f.recipient or (f.trig.type,) not in W["trigger_prep_types"]:
        return False  # (تم التوافق على بعض النقاط: what is agreed on is no party)
    k = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[1]
    if k - 1 <= f.t0 or (v.norms[k - 1],) not in W["trigger_preps"]:
        return False
    s = skip_time(v, k, b)
    if s >= b or not v.word(s) or v.stop(s) or v.is_verb(s):
        return False
    e = v.np_coordinated(s, b)
    e = next((k for k in range(s + 1, e) if v.is_def(k - 1) and k - 1 not in v.ent_tok
              and v.word(k) and not v.is_def(k) and k not in v.ent_tok
              and v.norms[k][:1] != "و"), e)  # الأهالي | التزام منازلهم: what is asked
    if e == s or is_place(v, s, e):
        return False
    f.recipient = v.split_coordination(s, e)
    return True


@once
def apposition_words() -> dict[str, frozenset[str]]:
    """data/events/apposition.json, normalized: `office_titles`, `honorifics`."""
    return word_lists("events", "apposition.json")


def _name_alone(v: View, a: TokSpan) -> bool:
    """The subject [a) is a person's name standing alone: it ends in a person's name and
    every word before the name is an honorific (سمو الأمير، الدكتور), none an office
    (`office_titles`: الرئيس هادي، وزير الخارجية السوري وليد المعلم)."""
    W = apposition_words()
    s, e = a[0], a[1]
    ent = v.ent_tok.get(e - 1)
    if ent is None or ent.type != "PER":
        return False
    for k in range(s, e):
        if v.in_words(k, W["office_titles"]):
            return False
        if v.ent_tok.get(k) is not ent and not v.in_words(k, W["honorifics"]) \
                and v.norms[k] not in W["honorifics"]:
            return False
    return True


def title_apposition(f: Frame) -> None:
    """دعا موسى أبو مرزوق | نائب رئيس المكتب السياسي لحماس، بحث ناصر جودة | وزير الخارجية
    الأردني، أدان أحمد بن محمد الجروان | رئيس البرلمان العربي: an office title
    (`office_titles`) right after a verb's subject that is a person's name standing alone
    (`_name_alone`) opens the name's apposition, who he is: no recipient (the object read
    there). A subject named by its office already takes the title after it as its object
    (طالب الرئيس هادي | المبعوث الأممي), and so does any subject a title with its holder's
    name (`_names_person`). The conjuncts split off the title's phrase go with it (مديرة قسم
    الشرق الأوسط | وشمال أفريقيا). Not after an adverb of also between the verb and the name
    (وسيلتقي أيضًا حيدر العبادي رئيس الوزراء: the subject said before goes on, the name is
    the object)."""
    v = f.v
    if not f.trig.verb or not f.actor or not f.recipient:
        return
    titles = apposition_words()["office_titles"]
    also = owned_words()["between_adverbs"]
    ends = {x[1]: x for x in f.actor if not any(v.bare(k) in also for k in range(f.t1, x[0]))}
    out: list[TokSpan] = []
    cut = -1  # the end of the apposition dropped last
    for r in f.recipient:
        if r[0] == cut and v.norms[r[0]][:1] == "و":
            cut = r[1]  # مديرة قسم الشرق الأوسط | وشمال أفريقيا: the rest of its phrase
        elif r[0] in ends and v.word(r[0]) and v.in_words(r[0], titles) \
                and _name_alone(v, ends[r[0]]) and not _names_person(v, r):
            cut = r[1]
        else:
            out.append(r)
    f.recipient = out


def _names_person(v: View, r: TokSpan) -> bool:
    """The phrase r holds a person's name: a title with its holder's name (ويطالب بن فريد |
    الرئيس عبد ربه منصور هادي) names a second person, the object."""
    return any(v.ent_tok.get(k) is not None and v.ent_tok[k].type == "PER"
               for k in range(r[0], r[1]))


def party_phrase_at(v: View, s: int, b: int) -> list[TokSpan] | None:
    """The coordinated noun phrase opening at s split into its parties, or None when s opens
    no phrase (a stop word, no word) or the phrase is a place the tagger did not name."""
    if s >= b or not v.word(s) or v.stop(s):
        return None
    e = v.np_coordinated(s, b)
    if e == s or is_place(v, s, e) and s not in v.ent_tok:
        return None
    return v.split_coordination(s, e)



ASKED_REST = 6  # words of the addressee's own phrase left before what is asked opens
GLUED_RELATIVES = ("ممن", "مما")  # من/ما with a partitive من glued on: a relative clause


def asked_addressee(f: Frame) -> bool:
    """وطالبت الوزارة كافة الدول | خاصة الأعضاء في مجلس الأمن بالتصدي، وطالب الدكتور اليامي في
    بيان اليوم الهيئات المسؤولة | عن تقديم الإغاثة والدعم بتكثيف، طالب الناشط …، المرجعية
    الشيعية | بإصدار، ودعت وسائل الإعلام | إلى البعد: the phrase a verb or participle of asking
    reads as whom it asks is a party by that frame, whatever its head noun (one asks people,
    bodies and states), when what is asked opens after it (`asked_at`, at most ASKED_REST
    words of its own phrase between, with no verb or relative pronoun) and nothing asked,
    no verb and no preposition stands between the trigger and it. The party filter keeps it
    as read (`Frame.owned`). Not a time, a place, a pronoun, an event noun, a word of no
    party (`non_party_heads`: بيان، قرار), a preposition's phrase or one indefinite word
    (عاجلا، عقوبة); a noun with its pronoun is one (أنصاره، بعضهم)."""
    v, b = f.v, f.b
    asking = f.trig.verb and (f.trig.lemma,) in addressee_words()["asking_verbs"] \
        or not f.trig.verb and v.phrase_at(f.t0, addressee_words()["object_participles"])
    if not asking:
        return False
    fired = False
    for r in f.recipient:
        s, e = r[0], r[1]
        if s < f.t1 or e <= s or r in f.owned or not _asked_frame_head(v, s, e) \
                or not _nothing_asked_before(v, f.t1, s, b) or _asked_rest(v, e, b) is None:
            continue
        f.owned.append(r)
        fired = True
    return fired


def _nothing_asked_before(v: View, t1: int, s: int, b: int) -> bool:
    """No token between the trigger's end t1 and the phrase at s opens what is asked, is a
    verb or a preposition's own phrase right before it (طالبوا فيه بالتدخل | العاجل، مما
    طالبت به النيابة العامة من | عقوبة)."""
    return not any((asked_at(v, k, b) or v.is_verb(k)) and k not in v.ent_tok
                   and (v.norms[k - 1],) not in PREPS for k in range(t1, s)) \
        and not (s > t1 and (v.norms[s - 1],) in PREPS)  # (علي of a name is no على; في
    # بيان اليوم: a preposition's own word is no verbal noun asked)


def _asked_frame_head(v: View, s: int, e: int) -> bool:
    """The phrase [s, e) may be whom a call goes to: a noun phrase, not a time, a place, a
    pronoun, an event noun, a relative clause, a preposition's phrase, one indefinite word
    without a pronoun, or a head that names no party (`non_party_heads`)."""
    M = event_markers()
    s += v.phrase_at(s, addressee_words()["all_openers"]) if s + 1 < e else 0  # جميع | مواطنيها
    if not v.word(s) or v.is_verb(s) or v.is_time(s) or v.stop(s) and s not in v.ent_tok \
            or v.phrase_at(s, addressee_words()["free_pronouns"]) or is_place(v, s, e) \
            or v.trigger_noun_at(s) or v.prefixed(s) or asked_at(v, s, e + 1) \
            or (v.bare(s),) in RELATIVES or v.norms[s] in GLUED_RELATIVES:
        return False
    if e - s == 1 and not v.is_def(s) and s not in v.ent_tok and v.norms[s] == v.bare(s) \
            and not v.raw(s).endswith(("ه", "ها", "هم", "هما", "هن")):
        return False  # (عاجلا، عقوبة: one indefinite word names no one asked)
    n = v.bare(s)
    return not ({n, n[2:]} & (M["non_party_heads"] | M["non_party_words"])) \
        and not _derived_verbal_noun(n[2:] if n.startswith("ال") else n)


def _derived_verbal_noun(n: str) -> bool:
    """A verbal noun of the derived forms افتعال، انفعال، استفعال (الاضطلاع، الانسحاب،
    الاستمرار): what is asked, not whom (وطالب المجتمع الدولي | الاضطلاع بمسؤولياته); the
    plural أفعال has five letters (أطراف، أنصار) and stays."""
    return len(n) >= 6 and n[0] == "ا" and n[-2] == "ا" and not n.endswith("ات")


def _asked_rest(v: View, e: int, b: int) -> int | None:
    """Where what is asked opens after the addressee's phrase ending at e: at e, or past the
    rest of that phrase within ASKED_REST words (عن تقديم الإغاثة والدعم | بتكثيف، خاصة
    الأعضاء في مجلس الأمن | بالتصدي) with no verb, mark or relative pronoun among them;
    None when what is asked does not follow."""
    if _asked_end(v, e, b) >= 0:
        return e
    for k in range(e, min(b, e + ASKED_REST)):
        if not v.word(k) or v.is_verb(k) or (v.bare(k),) in RELATIVES \
                or v.norms[k] in GLUED_RELATIVES:
            return None
        if k > e and _asked_end(v, k, b) >= 0:
            return k
    return None
