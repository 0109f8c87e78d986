"""Recipients whose grammar is not an attack's (recip4, issue 12): whom a talk meets, whom
thanks go to, whom a verdict or a blame falls on, and who asked for a request complied with.

- `met_party`: the party after a talk's مع past the subject's asides (a comma, a time, a في
  phrase), where the role preposition's own scan stops;
- `guest_after_asides`: the one a verb of meeting (استقبل، التقى) meets after its subject's
  asides (a time, a place or venue, a comma);
- `thanked_party`: the party after the ل of a noun of thanks (شكره للمملكة، تقديرها لجهود …);
- `sentenced`: the party a verdict falls on (بالسجن عامين على …، بإعدام …);
- `blamed_party`: the phrase before the noun of responsibility of حمّل (حمل X المسؤولية);
- `asker_complied_with`: the party after من of بناء على طلب / نزولا عند طلب asked (actor);
- `asked_in_statement`: whom a verb of asking with a statement's pronoun asks (بيانا تطالب
  فيه الحكومة ب).

All read the words of data/events/counterparts.json; each writes the frame's recipient when
no party was read for it (the party filter, `only_parties`, judges the phrase after) and says
whether it fired (bench/pass_fires counts the firings)."""

from __future__ import annotations

from rasd.events.addressees import _asked_end, party_phrase_at, past_asides, second_phrase
from rasd.events.frame import Frame, skip_aside, skip_time
from rasd.events.parties import party_span
from rasd.events.places import is_place
from rasd.lexicons import addressee_words, event_markers, word_lists
from rasd.once import once
from rasd.roles import RELATIVES, View


@once
def counterpart_words() -> dict[str, frozenset[str]]:
    """data/events/counterparts.json, normalized: `stop_between`, `thanks_nouns`,
    `thanks_adjectives`, `deed_nouns`."""
    return word_lists("events", "counterparts.json")


@once
def _companions() -> set[tuple[str, ...]]:
    """`companion_heads` as phrases (View.phrase_at reads tuples of words)."""
    return {tuple(w.split()) for w in counterpart_words()["companion_heads"]}


MET_REACH = 12  # words between the end of a talk's subject (or its trigger) and its مع


def _with_at(v: View, k: int, b: int) -> int:
    """The token of the مع that follows token k past the subject's asides: times, a في phrase
    (في مكتبه بمقر الأمانة في مدينة الرياض، في اتصال هاتفي), asides between commas; -1 when a
    verb, a relative, another mark, a preposition of going (إلى: وصل … إلى بغداد مع وفد, the
    party that comes along) or a word of `stop_between` comes first, or none is within
    MET_REACH words."""
    stop = counterpart_words()["stop_between"]
    words = 0
    while k < b and words <= MET_REACH:
        if not v.word(k):
            if not v.comma(k):
                return -1
            k += 1
            continue
        if v.norms[k] == "مع":
            return k
        if v.is_verb(k) and not v.trigger_noun_at(k) or (v.bare(k),) in RELATIVES \
                or v.bare(k) in stop or _purpose_at(v, k):
            return -1
        words += 1
        k += 1
    return -1


def _purpose_at(v: View, k: int) -> bool:
    """ل glued on a word that is no name and no article's (لتعزيز الأمن، لوقف تدفق): a verbal
    noun of purpose opens a clause of its own, whose مع is not the talk's."""
    n = v.bare(k)
    return n[:1] == "ل" and len(n) >= 4 and n[1:3] != "ال" and n[:2] != "لل" \
        and k not in v.ent_tok


def met_party(f: Frame) -> bool:
    """بحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، مساء أمس، مع وزير الخارجية المصري،
    اجتمع وزير الخارجية عادل الجبير أمس في فرع وزارة الخارجية بجدة مع شكري، اجتمع الأمين
    العام …، في مكتبه بمقر الأمانة في مدينة الرياض اليوم، مع مبعوث الأمين العام: an event of
    dealings whose only role preposition is مع (talks, accords, cooperation: `role_preps`)
    meets the party after the مع that follows its subject past the subject's asides
    (`_with_at`), when no party was read for it (the role preposition's own scan stops at a
    comma and after six words). Not a مع of coordination (بالتنسيق مع: a second doer)."""
    v, b = f.v, f.b
    if event_markers()["recipient_preps"].get(f.trig.type) != {"مع"} \
            or any(party_span(v, r) is not None for r in f.recipient):
        return False
    start = max([f.t1] + [x[1] for x in f.actor if x[0] >= f.t1])
    k = _with_at(v, start, b)
    if k < 0 or k > start and v.bare(k - 1) in event_markers()["coordination_words"]:
        return False
    s = k + 1
    found = party_phrase_at(v, s, b)
    if found is None:
        return False
    companions = _companions()
    f.recipient = [r for r in found if r[0] == s or not v.phrase_at(r[0], companions, r[1])]
    return True  # (مع شكري | والوفد المرافق له: his own company, no second party)


GUEST_ASIDES = 5  # asides passed between a meeting verb's subject and whom it meets


def _meeting_asides(v: View, k: int, b: int) -> int:
    """The token after the asides that follow a meeting verb's subject ending at k: times,
    أيضا, commas, a في or خلال phrase naming a place or a venue (`venue_nouns`: في قصر
    السلام، في مكتبه بقصر اليمامة، في مقر الحكومة اليمنية), a place with ب on it (بجدة),
    an honorific between dashes (– حفظه الله –)."""
    W = counterpart_words()
    for _ in range(GUEST_ASIDES):
        j = skip_time(v, skip_aside(v, k, b), b)
        j += v.phrase_at(j, _also()) if j < b else 0
        if j + 1 < b and v.bare(j) in ("في", "خلال") and v.word(j + 1) and (
                v.in_words(j + 1, W["venue_nouns"]) or v.bare(j + 1)[:-1] in W["venue_nouns"]
                or is_place(v, j + 1, v.np_forward(j + 1, b))):
            j = max(j + 2, v.np_forward(j + 1, b))  # في مقر الحكومة اليمنية
        if j < b and v.word(j) and v.norms[j][:1] == "ب" and v.preposed_in(j, W["venue_nouns"]):
            j = max(j + 1, v.np_forward(j, b, prefixed_ok=True))  # بقصر اليمامة، بمقر الأمانة
        elif j < b and v.word(j) and v.norms[j][:1] == "ب" and j in v.ent_tok \
                and v.ent_tok[j].type in ("LOC", "GPE") and is_place(v, j, j + 1):
            j += 1  # بجدة
        if j < b and v.text[v.toks[j].start] in "–-" and (e := _dash_end(v, j, b)) > j:
            j = e  # – حفظه الله –
        if j < b and v.comma(j):
            j += 1
        if j == k:
            break
        k = j
    return k


def _dash_end(v: View, k: int, b: int) -> int:
    """The token after a dash closing an aside of at most four words opened by the dash at k;
    k when none."""
    for j in range(k + 1, min(b, k + 6)):
        if v.text[v.toks[j].start] in "–-":
            return j + 1
        if not v.word(j):
            return k
    return k


@once
def _also() -> set[tuple[str, ...]]:
    return {(w,) for w in counterpart_words()["also_words"]}


def guest_after_asides(f: Frame) -> bool:
    """استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس |
    رئيس حزب القوات اللبنانية سمير جعجع، والتقى لافروف أمس في الدوحة | أحمد معاذ الخطيب،
    والتقى مورير في صنعاء | مسؤولين تابعين للادارة: a verb of meeting (`meeting_verbs`) with
    its subject after it meets the phrase that follows that subject past its asides
    (`_meeting_asides`: a time, a place or venue, a comma), or the phrase after ب there
    (التقى خلال زيارة إلى القاهرة | بالأمين العام), when no party was read for it and at
    least one aside stands between (right after the subject, the object pass reads it)."""
    v, b, W = f.v, f.b, counterpart_words()
    if not f.trig.verb or f.trig.type != "CONSULT" or f.trig.lemma not in W["meeting_verbs"] \
            or any(party_span(v, r) is not None for r in f.recipient):
        return False
    subject = [x for x in f.actor if x[0] >= f.t1 and x[1] > x[0]]
    if not subject or subject[0][0] != skip_time(v, f.t1, b) \
            or party_span(v, subject[0]) is None:
        return False  # (التقى خلالها | بالرئيس: no subject after the verb)
    end = max(x[1] for x in subject)
    s = _meeting_asides(v, end, b)
    if s == end or s >= b or not v.word(s) or v.is_verb(s) or v.is_time(s):
        return False
    if v.norms[s][:1] == "ب" and v.prefixed(s):
        e = v.np_forward(s, b, prefixed_ok=True)
        found = [(s, e, 1)] if e > s else []
    elif v.stop(s) or v.prefixed(s) or v.norms[s][:1] in "بل" and s not in v.ent_tok:
        return False
    else:
        e = v.np_coordinated(s, b)
        found = v.split_coordination(s, e) if e > s else []
    if not found or is_place(v, found[0][0], found[0][1]) and found[0][0] not in v.ent_tok:
        return False
    f.recipient = found
    return True


THANKS_REACH = 4  # words between a noun of thanks and the ل of whom it thanks


def _thanks_at(v: View, f: Frame) -> bool:
    """The trigger is a noun of thanks or praise (`thanks_nouns`: شكره، الشكر، تقديره)."""
    W = counterpart_words()
    return not f.trig.verb and any(
        v.in_words(k, W["thanks_nouns"]) or v.bare(k)[:-1] in W["thanks_nouns"]
        or v.bare(k)[:-2] in W["thanks_nouns"] for k in range(f.t0, f.t1))


def thanked_party(f: Frame) -> bool:
    """وجدد اللواء الحذيفي شكره للمملكة العربية السعودية، عبر الحريري عن الشكر لخادم الحرمين
    الشريفين، عبرت الحكومة اليمنية عن تقديرها لجهود دول مجلس التعاون: a noun of thanks
    (`_thanks_at`) is addressed to the party after the ل that follows it past other nouns of
    thanks joined by و and their adjectives (شكره وتقديره، تقديره البالغ); when that ل is on a
    noun of deeds (`deed_nouns`: جهود، دور، مواقف), to the party in construct after it. The
    party filter judges the phrase (a ل on a deed or an aim names no one)."""
    v, b, W = f.v, f.b, counterpart_words()
    if f.trig.type != "SUPPORT" or any(party_span(v, r) is not None for r in f.recipient) \
            or not _thanks_at(v, f):
        return False
    k = f.t1
    while k < min(b, f.t1 + THANKS_REACH) and v.word(k) and (
            v.in_words(k, W["thanks_nouns"]) or v.bare(k)[:-1] in W["thanks_nouns"]
            or v.bare(k)[:-2] in W["thanks_nouns"] or v.in_words(k, W["thanks_adjectives"])):
        k += 1  # وتقديره، البالغ
    if k >= b or not v.word(k) or v.norms[k][:1] != "ل" or len(v.norms[k]) < 4:
        return False
    if v.preposed_in(k, W["deed_nouns"]) or v.norms[k][:2] == "لل" and (
            v.norms[k][2:] in W["deed_nouns"]):
        s = k + 1  # لجهود | دول مجلس التعاون: the doers of the deeds thanked
        if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s):
            return False
        e = v.np_coordinated(s, b)
        found = v.split_coordination(s, e) if e > s else []
    else:
        e = v.np_forward(k, b, prefixed_ok=True)
        found = [(k, e, 1)] if e > k else []
    if not found or is_place(v, found[0][0], found[0][1]) and found[0][0] not in v.ent_tok:
        return False
    f.recipient = found
    return True


VERDICT_REACH = 12  # words from a sentence's trigger (or its subject) to whom it falls on


def _penalty_at(v: View, k: int) -> str:
    """What token k is in a verdict: "penalty" for ب on a penalty noun with the article
    (بالسجن، بالإعدام), "construct" for ب on one without it, its genitive the sentenced
    (بإعدام سيف الإسلام، بمعاقبة ستة متهمين، بسجن), else ""."""
    n = v.bare(k)
    if n[:1] != "ب" or len(n) < 4:
        return ""
    W = counterpart_words()
    if n[1:3] == "ال" and n[3:] in W["penalty_nouns"]:
        return "penalty"
    return "construct" if n[1:] in W["penalty_nouns"] else ""


def sentenced(f: Frame) -> bool:
    """قضت محكمة في فيينا بالسجن عامين ونصف العام على شاب نمساوي، حكمت أيضا بالإعدام رميا
    بالرصاص على سبعة مسؤولين سابقين، أصدرت محكمة ليبية حكما غيابيا بإعدام سيف الإسلام،
    قضت محكمة جنايات القاهرة بمعاقبة ستة متهمين: a sentence (a SANCTION trigger) falls on the
    party after على/ضد/بحق that follows its penalty (`penalty_nouns` with ب: بالسجن) past the
    penalty's term and manner, or on the genitive of a penalty noun without the article
    (بإعدام | سيف الإسلام), when no party was read for it (the role preposition's own scan
    stops after six words). Not past a verb, a mark or an idiom (على خلفية، على الأقل)."""
    v, b = f.v, f.b
    if f.trig.type != "SANCTION" or any(party_span(v, r) is not None for r in f.recipient):
        return False
    start = max([f.t1] + [x[1] for x in f.actor if x[0] >= f.t1])
    penalty = any(_penalty_at(v, k) == "penalty" for k in range(f.t0, start))
    s = start if start > f.t0 and _penalty_at(v, start - 1) == "construct" else -1
    k, words = start, 0
    preps = event_markers()["recipient_preps"]["SANCTION"] | event_markers()["recipient_preps"]["*"]
    while s < 0 and k < b and words <= VERDICT_REACH and v.word(k):
        kind = _penalty_at(v, k)
        if kind == "construct":
            s = k + 1
        elif kind == "penalty":
            penalty = True
        elif v.norms[k] in preps and penalty:
            if v.phrase_at(k, event_markers()["idioms"]):
                return False
            s = k + 1
        elif v.is_verb(k) and not v.trigger_noun_at(k) or (v.bare(k),) in RELATIVES:
            return False
        words += 1
        k += 1
    if s < 0 or s < b and v.word(s) and v.prefixed(s):
        return False
    found = party_phrase_at(v, s, b)
    if found is None:
        return False
    f.recipient = found
    return True


def blamed_party(f: Frame) -> bool:
    """حمل الحكومة الإسرائيلية | المسؤولية الكاملة، كما حملت «فتح» على لسان الناطق باسمها أحمد
    عساف | حكومة الاحتلال | المسؤولية الكاملة: a verb of blaming whose extent runs to the
    noun of responsibility it needs (`blame_nouns`; triggers.tsv حمل … المسؤولية) blames the
    noun phrase written right before that noun, after the verb and its subject with the
    subject's asides; a lone phrase between them, read as the subject, is the one blamed
    (حمّل X المسؤولية: the one who blames was named before, or is the clause's), when no party
    was read for it."""
    v, b, W = f.v, f.b, counterpart_words()
    if f.trig.type != "ACCUSE" or not f.trig.verb \
            or any(party_span(v, r) is not None for r in f.recipient):
        return False
    k = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[0]
    if k <= f.t1 or not v.in_words(k, W["blame_nouns"]):
        return False
    if any(not v.word(t) and v.text[v.toks[t].start] not in "،,«»“”\"" for t in range(f.t1, k)):
        return False
    subject = [x for x in f.actor if f.t1 <= x[0] and x[1] <= k]
    s = skip_time(v, f.t1, b)
    if subject and subject[-1][1] < k:
        s = _meeting_asides(v, subject[-1][1], b)  # «فتح» على لسان الناطق باسمها … | حكومة
        s = max(s, _after_speaker(v, subject[-1][1], k))
    elif subject:
        s = subject[-1][0]  # حمل | الحكومة الإسرائيلية | المسؤولية: the one phrase is blamed
    while s < k and not v.word(s):
        s += 1
    if s >= k or v.stop(s) or v.prefixed(s) or v.is_verb(s) or v.np_forward(s, k) != k:
        return False
    found = (s, k)
    if party_span(v, found) is None:
        return False
    f.actor = [x for x in f.actor if not (x[0] < k and found[0] < x[1])]
    f.recipient = [found]
    return True


def _after_speaker(v: View, e: int, k: int) -> int:
    """The token after a speaker's aside (على لسان الناطق باسمها أحمد عساف) opened at token e,
    ending at the last person's name before token k; e when none."""
    if e + 1 >= k or not v.phrase_at(e, _speaker_phrases()):
        return e
    last = e
    for t in range(e, k):
        ent = v.ent_tok.get(t)
        if ent is not None and ent.type == "PER":
            last = t + 1
    return last


@once
def _speaker_phrases() -> set[tuple[str, ...]]:
    return {tuple(w.split()) for w in counterpart_words()["speaker_phrases"]}


def asker_complied_with(f: Frame) -> bool:
    """العمليات … تأتي بناء على طلب من الحكومة اليمنية، أرجأتها نزولا عند طلب من حركة طالبان:
    a request one complies with (a REQUEST noun trigger opening with a word of compliance,
    `compliance_words`: بناء على طلب، نزولا عند طلب، تلبية لطلب، استجابة لطلب) was made by
    the party after its من: that party is who asked (the actor, when no party was read), not
    whom the request went to (the role preposition's scan reads من as the party asked)."""
    v, b = f.v, f.b
    if f.trig.type != "REQUEST" or f.trig.verb \
            or v.bare(f.t0) not in counterpart_words()["compliance_words"]:
        return False
    k = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[1]
    if k >= b or v.norms[k] != "من":
        return False
    asker = [r for r in f.recipient if r[0] == k + 1]
    if not asker:
        return False
    f.recipient = [r for r in f.recipient if r not in asker]
    if all(party_span(v, x) is None for x in f.actor):
        f.actor = asker  # (بناء على طلب من الحكومة اليمنية: the one who asked)
    return True


def asked_in_statement(f: Frame) -> bool:
    """أصدرت المقاومة الشعبية بيانا تطالب فيه | الحكومة | بعدم المشاركة، أطلق نداء دعا فيه |
    الأطباء اليمنيين | إلى الإسهام، وحث فيها | الملا أختر | أنصار الحركة | على ضرورة الوحدة: a
    verb of asking (`asking_verbs`) with a pronoun on a preposition right after it
    (`resumptive_words`: فيه، فيها، خلاله) is a clause on the statement said before it (the
    statement, its maker, is no party it asks: not the recipient read before the verb); the
    one phrase after the pronoun that ends where what is asked opens is whom it asks, and of
    two such phrases (a subject, then whom it asks) the second. Not after a relative pronoun
    (في الوقت الذي دعا فيه خطيب مسجد الكوفة إلى: the phrase is the verb's subject)."""
    v, b, W = f.v, f.b, addressee_words()
    if not f.trig.verb or (f.trig.lemma,) not in W["asking_verbs"] or f.t1 >= b \
            or v.norms[f.t1] not in counterpart_words()["resumptive_words"] \
            or f.t0 > f.a and (v.bare(f.t0 - 1),) in RELATIVES:
        return False  # (في الوقت الذي دعا فيه خطيب المسجد إلى: the pronoun is the time's)
    s = past_asides(v, f.t1 + 1, b)
    if s >= b or not v.word(s) or v.stop(s) or v.prefixed(s) or v.is_verb(s):
        return False
    e = v.np_coordinated(s, b)
    if e == s or _asked_end(v, e, b) < 0:
        return False
    cut = second_phrase(v, s, e, b)
    if cut is None and (k := _second_after_name(v, s, e)) is not None:
        cut = k
    f.recipient = v.split_coordination(s if cut is None else cut, e)
    f.actor = [(s, cut)] if cut is not None else [x for x in f.actor if x[1] <= f.t0]
    return True


def _second_after_name(v: View, s: int, e: int) -> int | None:
    """The token after a person's name that opens [s, e) when a definite phrase follows it
    (الملا أختر | أنصار الحركة): the subject, then whom it asks; None otherwise."""
    ent = v.ent_tok.get(s)
    if ent is None or ent.type != "PER":
        return None
    k = s
    k = v.skip_ent(k, ent, e)
    return k if s < k < e and v.word(k) and not v.stop(k) else None
