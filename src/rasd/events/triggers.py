"""Which trigger matches become events: context words a trigger needs, coordinated
triggers merged, nouns governed by another noun or a demonstrative dropped, weapons and
killings folded into the attack they belong to, a verb whose subject is an event."""

from __future__ import annotations

from collections.abc import Callable

from rasd.document import Event
from rasd.events.besieged import besieged_state
from rasd.events.frame import OBJECT_PRONOUNS, clear_relative, joined, openers, stem_set
from rasd.events.restated import fill_empty_roles
from rasd.events.unreal import demanded_beyond, quantified_class, stopped
from rasd.lexicons import Trigger, event_markers, magnitudes, singular_persons, trigger_matcher
from rasd.roles import RELATIVES, View, norm_piece
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems, in_with_article

NEEDS_WINDOW = 6  # tokens around a trigger searched for its `needs` words
CLAUSE_NEEDS_WINDOW = 12  # tokens after a verb searched for a needed preposition
ENUMERATION = 4  # nouns in a list that names notions, not events
CONTAINER_REACH = 4  # tokens back from a governed noun to its container (تتصارع حكومتان
# وبرلمانان على السيطرة)


def needs_ok(v: View, m, a: int, b: int) -> bool:
    """A trigger with `needs` words: a content word (اتفاق) within NEEDS_WINDOW tokens, or a
    function word (بين، مع، على) within the two tokens after it, or, after a verb, anywhere
    in its clause past its subject (سيطرت المقاومة الشعبية في محافظة مأرب على منطقة الفاو)."""
    trig: Trigger = m.payload
    if not trig.needs:
        return True
    if PLACE_NEED in trig.needs and _place_after(v, m, b):
        return True  # بعد إعلان تحرير عدن (a name, no place noun)
    if HANDS_NEED in trig.needs and into_hands(v, m, b):
        return True  # سقطت قاعدة العند في مارس بأيدي المقاتلين
    if BRANDED_NEED in trig.needs:
        return branded(v, m, b)  # ووصف نتنياهو الهجوم بأنه عمل إرهابي
    needs, first, last, norms = trig.needs, m.first, m.last, v.norms  # (read a window token)
    for t in range(max(a, first - NEEDS_WINDOW), min(b, last + NEEDS_WINDOW)):
        if first <= t < last or stem_set(norms[t]).isdisjoint(needs):
            continue  # (no reading of the word is a needed one: most tokens)
        for stem, _, _ in clitic_stems(norms[t]):
            if stem in needs and (len(stem) > 3 or last <= t < last + 2
                                  or _short_need_before(v, m, t, stem)):
                return True
    if not trig.verb and _need_past_agent(v, m, b, trig.needs):
        return True
    if trig.verb:
        t = m.last
        crossed = False  # past a comma or dash: a preposition there governs no object of the verb
        stop = min(b, m.last + CLAUSE_NEEDS_WINDOW)
        while t < stop:
            if v.inner_mark(t):
                t += 1  # أوقفت المديرية (ع.ك) لانتمائه: initials
                continue
            if not v.word(t) and v.text[v.toks[t].start] not in "«»\"“”()":
                aside = v.time_aside(t, b)
                if aside == t and not _object_aside(v, t, b):
                    break
                crossed = crossed or aside == t
                t = max(aside, t + 1)
                continue
            if v.norms[t] in trig.needs and not (
                    crossed and v.norms[t] in event_markers()["need_particles"]):
                return True
            t += 1
    return False


def _need_past_agent(v: View, m, b: int, needs: frozenset[str]) -> bool:
    """وسيطرة قوات المقاومة على هذه الأحياء، دعوة الأمم المتحدة إلى: a noun's agent, a party
    named right after it, stands between the noun and the short word it needs; the word right
    after that phrase is the one needed."""
    s = m.last
    if s >= b:
        return False
    ent = v.ent_tok.get(s)
    if not (ent is not None and ent.type in ("PER", "ORG")
            or v.in_words(s, event_markers()["agent_heads"])):
        return False
    e = v.np_forward(s, b)
    return s < e < b and v.norms[e] in needs


def _short_need_before(v: View, m, t: int, stem: str) -> bool:
    """A short needed word before the trigger that is a verb taking the trigger noun as its
    object (`need_before`: أكد، جدد، شن), written alone or after و/ف: وأكد الوزير دعمه."""
    n = v.norms[t]
    return t < m.first and stem in event_markers()["need_before"] \
        and (n == stem or (n[:1] in "وف" and n[1:] == stem))


def _object_aside(v: View, t: int, b: int) -> bool:
    """Token t is a comma or dash setting off an aside before the verb's object (في محلة
    المصنع - البقاع، ثلاثة عشر شخصاً), not one before a new clause opened with و/ف."""
    if v.raw(t) not in event_markers()["object_asides"]:
        return False
    k = t + 1
    return k < b and v.word(k) and v.norms[k][:1] not in "وف"


PLACE_NEED = "@place"  # in a row's `needs`: a place entity right after the trigger will do


HANDS_NEED = "@hands"  # in a row's `needs`: a party's hands (بأيدي، في يد) later in the clause


def into_hands(v: View, m, b: int) -> bool:
    """سقطت قاعدة العند في مارس (آذار)، بأيدي المقاتلين، سقط في أيديهم، سقوطها في قبضة داعش: a
    hand noun (`hand_nouns`, `hand_nouns_owned`) with the clitic ب or right after في or تحت, within
    CLAUSE_NEEDS_WINDOW tokens after the trigger and before the next verb, trigger word or
    clause mark, tells into whose hands the place fell. Not على أيدي, "at the hands of", which
    tells who killed (وسقط قتلى على أيدي قوات الأمن)."""
    M = event_markers()
    hands = M["hand_nouns"] | M["hand_nouns_owned"]
    for t in range(m.last, min(b, m.last + CLAUSE_NEEDS_WINDOW)):
        if not v.word(t):
            if any(c in HANDS_STOPS for c in v.raw(t)):
                return False
            continue
        n = v.norms[t]
        if n[:1] == "ب" and n[1:] in hands or n in hands and t > m.last \
                and v.norms[t - 1] in HANDS_PREPS:
            return True
        if v.is_verb(t) or v.candidates(trigger_matcher(), t):
            return False  # (سقوطها نتيجة خلل تقني اثناء قصفها مدينة تحت سيطرة المعارضة: the
            # hold is the shelled town's, told in another deed's phrase)
    return False


BRANDED_NEED = "@branded"  # in a row's `needs`: a word of blame as the verb's predicate


def branded(v: View, m, b: int) -> bool:
    """ووصف نتنياهو الهجوم بأنه عمل إرهابي، ووصفها بالظالمة، اعتبرتها المنظمة جرائم حرب،
    ووصفها بأنها غير مسؤولة: a word of blame (`branding_words`; `branding_after_not` after
    غير, not before عن) within CLAUSE_NEEDS_WINDOW tokens after a verb of describing or
    deeming, before its clause ends (a mark other than a quote or a bracket) or another verb,
    is that verb's predicate: the subject accuses what it describes. The word is bare of the
    article (عملا إرهابيا، جرائم حرب) or carries the clitic ب of وصف (بالإرهاب، بالظالمة), so
    the definite adjective of the object (اعتبر أن الهجوم الإرهابي، مكافحة الإرهاب) is none."""
    M = event_markers()
    words, after_not = M["branding_words"], M["branding_after_not"]
    for t in range(m.last, min(b, m.last + CLAUSE_NEEDS_WINDOW)):
        if not v.word(t):
            if any(c not in BRANDED_ASIDES for c in v.raw(t)):
                return False
            continue
        n = v.norms[t]
        nxt = v.norms[t + 1] if t + 1 < b and v.word(t + 1) else ""
        for w in (n, n[1:] if n[:1] == "ب" else "", n[3:] if n[:3] == "بال" else ""):
            if w and (w in words or f"{w} {nxt}" in words):
                return True
        if n in after_not and t > m.last and v.norms[t - 1] == "غير" and nxt != "عن":
            return True
        if t > m.last and v.is_verb(t):
            return False
    return False


BRANDED_ASIDES = frozenset("«»\"“”()")  # marks inside a predicate (بأنها «عمل إجرامي»)


HANDS_PREPS = ("في", "تحت")  # before a hand noun: into (في أيدي) or under (تحت سيطرة) a hold
HANDS_STOPS = frozenset(".:؛;؟?!«»\"“”")  # marks that end the clause of a fall (a comma does not)


def _place_after(v: View, m, b: int) -> bool:
    """The trigger's object is a named place: the word right after it is a place entity
    (بعد إعلان تحرير عدن من الميليشيات)."""
    k = m.last
    return k < b and (ent := v.ent_tok.get(k)) is not None and ent.type == "LOC"


def sense_ok(v: View, m, b: int) -> bool:
    """A trigger followed within two words by a word of its other sense (other_senses: ويدعو
    الله، ضرب الاستقرار، حشد من المصلين) is no event, unless the row needs that word (the
    AID row of استقبل needs نازح). The words of a count before its noun are passed over
    (استقبلت أكثر من نصف مليون نازح: the noun is نازح)."""
    senses = event_markers()["other_senses"]
    own = norm_piece(v.text[m.start:m.end])
    of_lemma, of_word = senses.get(m.payload.lemma), senses.get(own)
    if not of_lemma and not of_word:
        return True  # (most triggers: no other sense; no set is built)
    # (a word the row itself needs tells its own sense: استقبل + نازحين is the AID row's)
    words = ((of_lemma or set()) | (of_word or set())) - m.payload.needs
    return not words or not any(
        st in words for t in _after_count(v, m.last, b)
        for st, _, _ in clitic_stems(v.norms[t]))


def _after_count(v: View, k: int, b: int, n: int = 2) -> list[int]:
    """The first n words from token k on, past the words of a count before its noun
    (`head_skip`: أكثر من، نحو; the numbers of a quantity: نصف مليون، 60 ألف)."""
    skip = event_markers()["head_skip"]
    out: list[int] = []
    while k < b and len(out) < n:
        if not v.word(k):
            break  # (a comma or a quote mark ends the phrase)
        if not (v.bare(k) in skip and _count_ahead(v, k) or v.norms[k].isdigit()
                or _count_word(v, k)):
            out.append(k)
        k += 1
    return out


COUNT_AHEAD = 3  # tokens from a word of approximation (أكثر من) to the count it opens


def _count_ahead(v: View, k: int) -> bool:
    """A count starts within COUNT_AHEAD tokens from token k (أكثر من | نصف مليون نازح; not
    حشد من | الفلسطينيين, a partitive)."""
    lo = v.toks[k].start
    hi = v.toks[min(k + COUNT_AHEAD, len(v.toks) - 1)].end
    return any(not q.ordinal for q in v.quantities_in(lo, hi))


def _count_word(v: View, k: int) -> bool:
    """Token k is a number of a count, not its last word (the counted noun)."""
    t = v.toks[k]
    return any(q.start <= t.start and t.end < q.end for q in v.quantities_in(t.start - 60, t.end)
               if not q.ordinal)


def counted_ok(v: View, m) -> bool:
    """A verb form that is the counted noun of a count (60 ألف طالب وطالبة، نصف مليون طالب:
    students) is a noun, no verb: a finite verb never follows a number as its noun."""
    if not m.payload.verb or v.norms[m.first][:1] in "وف":
        return True  # (بالمنطقة 23 ودمر الموقع: a clause joined after a number)
    t = v.toks[m.first]
    return not any(q.start < t.start and t.end <= q.end
                   for q in v.quantities_in(t.start - 60, t.start) if not q.ordinal)


def caused_ok(v: View, m) -> bool:
    """مما دعا السلطات السودانية لإعادة توقيف الصيادين، وهو ما دعا الأهالي إلى الخروج: a verb
    of calling (`causal_verbs`) right after the relative ما or مما, its subject after it, says
    what a deed prompted, no call was made. ما دعا إليه الرئيس (a pronoun after a preposition
    right after the verb, `resumptive_preps`, points back at ما) is the call itself."""
    M = event_markers()
    if not m.payload.verb or m.payload.lemma not in M["causal_verbs"]:
        return True
    k = m.first - 1
    if k < 0 or not v.word(k) or v.bare(k) not in M["causal_relatives"]:
        return True
    return m.last < len(v.toks) and v.norms[m.last] in M["resumptive_preps"]


def hal_ok(v: View, m) -> bool:
    """A participle of `hal_participles` (متهما، متهمة) tells a deed only as the circumstance
    (حال) of the clause before it, right after that clause's comma (…، متهما قائد الجيش
    بتسييس المؤسسة العسكرية); elsewhere it names people (أوقف متهما، شركات متهمة). The party
    it is aimed at, named right after it, makes it the circumstance without a comma too
    (events48: مستفزة متهماً المملكة العربية السعودية بأنها راعية للإرهاب)."""
    M = event_markers()
    if m.payload.verb or m.payload.lemma not in M["hal_participles"]:
        return True
    k = m.first - 1
    return k >= 0 and v.raw(k) in ("،", ",") or _party_after(v, m.last, M)


PARTY_TYPES = ("PER", "ORG", "GPE", "LOC")  # (a country is tagged LOC: المملكة العربية السعودية)


def _party_after(v: View, k: int, M) -> bool:
    """Token k opens the name of a person, a body or a country, or is a detached object
    pronoun (`hal_objects`: إياه)."""
    if k >= len(v.toks) or not v.word(k):
        return False
    ent = v.ent_tok.get(k)
    return ent is not None and ent.type in PARTY_TYPES and v.ent_tok.get(k - 1) is not ent \
        or v.bare(k) in M["hal_objects"]


def dawn_ok(v: View, m) -> bool:
    """فجر هذا اليوم، فجر وصباح أمس الاثنين، قوات فجر أمس: the bare word فجر (`dawn_words`, no
    suffix) right before a word of the day (`dawn_after`) is the dawn, no blowing up."""
    M = event_markers()
    k = m.first
    word = norm_piece(v.raw(k))
    if word.lstrip("و") not in M["dawn_words"] or k + 1 >= len(v.toks):
        return True
    after = M["dawn_after"]
    return not (v.word(k + 1) and (v.bare(k + 1) in after or v.norms[k + 1] in after))


HABITUAL_REACH = 8  # words from a habitual phrase (غالبا ما) to a deed it describes


def habitual_ok(v: View, m, a: int) -> bool:
    """وغالبا ما يقع ضحايا من المدنيين في هجمات المتمردين، الأطفال الذين دائما ما يقنصون: a
    deed a few words after a phrase of what usually happens (`habitual`), no punctuation
    between, is told as a habit, no event."""
    return not phrase_before(v, m.first, a, event_markers()["habitual"], HABITUAL_REACH)


def phrase_before(v: View, first: int, a: int, phrases, reach: int) -> bool:
    """One of `phrases` opens within `reach` words before token `first` (not before the
    clause start `a`), no punctuation between. `phrase_at` is asked only where the word or
    its bare form opens a phrase (`openers`): ~50,000 calls over the demo corpus were
    misses."""
    opens, norms, bares = openers(phrases), v.norms, v.bares
    for k in range(first - 1, max(a, first - reach) - 1, -1):
        if not v.word(k):
            return False
        if (norms[k] in opens or bares[k] in opens) and v.phrase_at(k, phrases):
            return True
    return False


def stance_negation_ok(v: View, m) -> bool:
    """ونحن لا نتظاهر من أجل شيء غير مشروع، لكن الفلسطينيين لن يوافقوا عليه أبدا، كارثة
    وطنية لا تهدد المناخ الصحي فقط: a trigger verb right after لا or لن (`stance_negators`,
    alone or after و/ف) is an imperfect negated in the present or the future, a habit, a
    stance or a prediction, no deed that failed to happen (that one is told with لم: لم
    تتفق الأحزاب, and stays a negated event). Not a deed of force or a deployment
    (`stance_negation_kept`): their denial is coded, as a denied charge is (العمليات
    العسكرية التي تنفذها تركيا لا تستهدف اكراد سوريا، بلاده لن ترسل قوات برية)."""
    M, k = event_markers(), m.first - 1
    return not (m.payload.verb and m.payload.type not in M["stance_negation_kept"]
                and k >= 0 and v.word(k) and v.bare(k) in M["stance_negators"])


def relative_stance_ok(v: View, m) -> bool:
    """ميثاق منظمة التعاون الإسلامي الذي يدعو الى تعزيز العلاقات، قرار مجلس الأمن 2216 الذي
    يدعو الحركة، الملا منصور الذي ينتقد بعض المتمردين علاقاته، الإرهاب الذي يهدد العالم:
    a verb of an act of words or of a stance (`relative_stance_types`) in the imperfect right
    after a relative pronoun (`stance_relatives`) describes its noun, what a text says or where
    a party stands, no act told. The perfect stays (ريفلين الذي ندد بالإرهاب: a condemnation
    made), and so do deeds of force and visits (الذي يزور الإمارات), and a verb whose
    resumptive pronoun follows it (`relative_resumptives`: المساعدات التي تطالب بها إسرائيل،
    الوقت الذي يطالب فيه الناس بالإصلاح): the noun is what is asked, its doer named after.
    A form of كان between (`pluperfect_auxiliaries`: القبائل التي كانت تعارض النظام) tells a stance
    the noun used to hold (events51)."""
    M, k = event_markers(), m.first - 1
    if k > 0 and v.word(k) and v.bare(k) in M["pluperfect_auxiliaries"]:
        k -= 1  # القبائل التي كانت تعارض النظام في الماضي: a past stance, as habitual
    if not m.payload.verb or m.payload.type not in M["relative_stance_types"] \
            or k < 0 or not v.word(k) or v.bare(k) not in M["stance_relatives"]:
        return True
    if m.last < len(v.toks) and v.word(m.last) and v.norms[m.last] in M["relative_resumptives"]:
        return True
    return not _imperfect_verb(v.bare(m.first), normalize(m.payload.lemma))


def _imperfect_verb(word: str, lemma: str) -> bool:
    """The word is an imperfect of the verb whose perfect is `lemma`: ي first, or ت first
    where the perfect does not open with ت (تدعو), or تت where it does (تتعهد; تعهد and
    توافق are perfects)."""
    if word[:1] == "ي":
        return True
    return word[:1] == "ت" and (lemma[:1] != "ت" or word[:2] == "تت")


def deemed_ok(v: View, m) -> bool:
    """التمرد المسلح يشكل اعتداء مباشرا، داعش يشكل تهديدا خطيرا، هذا الإجراء يعتبر تعذيبا،
    شكلا من أشكال التعذيب: a deed noun right after a present form of شكّل
    (`constitute_verbs`), in the indefinite accusative right after a verb of deeming
    (`deem_verbs`), or with the article after a noun of kinds (`kind_nouns`), is what a thing
    amounts to or a kind of deed, a judgement, no deed. A noun with the article or in
    construct after a verb of deeming is the thing deemed (وتعتبر السيطرة على المدينة،
    واعتبر زيارة مملوك للسعودية) and stays."""
    k = m.first - 1
    if m.payload.verb or k < 0 or not v.word(k):
        return True
    M, before = event_markers(), v.bare(k)
    if before in M["constitute_verbs"]:
        return False
    if before in M["kind_nouns"]:
        return not v.is_def(m.first)
    if before in M["deem_verbs"]:
        word = norm_piece(v.raw(m.first))
        return v.is_def(m.first) or not word.endswith("ا")
    return True


HAZARD_REACH = 8  # words before an attack word searched for the natural hazard that did it


def hazard_ok(v: View, m, a: int, b: int) -> bool:
    """ضرب زلزال بلغت قوته 6.7 درجات، الزلزال أجبر سكان المناطق التي ضربها، ما أحدثته
    الفيضانات الشديدة والأعاصير في ميانمار من مقتل 114 شخصا: an attack word with a natural
    hazard (`hazard_nouns`) right after it, its subject, or within HAZARD_REACH words before
    it in its clause (no punctuation between) tells the hazard's blow or toll, no deed of a
    party."""
    if m.payload.type != "ASSAULT":
        return True
    phrases = event_markers()["hazard_nouns"]
    if m.last < b and v.word(m.last) and v.phrase_at(m.last, phrases):
        return False
    return not phrase_before(v, m.first, a, phrases, HAZARD_REACH)


MOTIVE_PREPS = frozenset({"ل", "ب"})


def motive_ok(v: View, m) -> bool:
    """An accusative verbal noun of an act of words (`motive_nouns`: تنديدا، استنكارا، رفضا)
    followed by ل، ب or على (تظاهر آلاف الأكراد تنديدا بالغارات، انطلقت مسيرات استنكارًا
    لحرق الطفل) is the motive of the act before it, no act of its own."""
    if m.last - m.first != 1 or v.norms[m.first] not in event_markers()["motive_nouns"]:
        return True
    k = m.last
    return not (k < len(v.toks) and v.word(k) and (
        v.norms[k] == normalize("على") or v.norms[k][:1] in MOTIVE_PREPS and len(v.norms[k]) > 2))


WOUND_REACH = 8  # words after a death word to the word of its wounds (متأثرا بجروحه)


def wounds_ok(v: View, m, b: int) -> bool:
    """A death word (`wound_deaths`: توفي، فارق الحياة، وفاة) is an event only when its wounds
    are told after it (وتوفي السبت سعد دوابشة والد علي متأثرا بجروحه); a death told alone
    (توفي الرئيس السابق عن عمر ناهز 80 عاما) is no deed."""
    M = event_markers()
    if m.payload.lemma not in M["wound_deaths"]:
        return True
    words = M["wound_words"]
    return any(st in words for t in range(m.last, min(b, m.last + WOUND_REACH))
               for st, _, _ in clitic_stems(v.norms[t]))


def fallen_ok(v: View, m) -> bool:
    """A verb of falling (`fallen_verbs`: سقط) right after a relative pronoun describes the
    dead it is told of (الضحايا الـ3700 الذين سقطوا في النزاع، قتلى المقاومة الذين سقطوا):
    a toll told again or summed up, no deed of its own."""
    if not m.payload.verb or m.payload.lemma not in event_markers()["fallen_verbs"]:
        return True
    k = m.first - 1
    return not (k >= 0 and v.word(k) and (v.bare(k),) in RELATIVES)


HURT_COUNTS = frozenset({"عدد", "العشرات", "عشرات", "المئات", "مئات", "الآلاف", "آلاف"})


def victims_follow(v: View, m, b: int) -> bool:
    """An injury noun (إصابة، إصابات) is an event only with its wounded right after it: a
    count, a person noun or a name (إصابة ثلاثة جنود، إصابة مواطن سعودي، إصابة أكثر من 40
    آخرين، إصابة العشرات); alone it names a notion or an outcome (حالات الوفاة أو الإصابة
    بين المدنيين، حين لا يسفر الرشق عن اصابات خطيرة). So is a noun of `patient_nouns`
    (احتجاز مواطنين; not أثناء احتجازه، عن احتجاز او اطلاق سراح الرهائن)."""
    patient = norm_piece(m.payload.lemma) in event_markers()["patient_nouns"]
    if m.payload.verb or not (patient or injury(v, m)):
        return True
    if patient and m.end < v.toks[m.last - 1].end:
        return False  # احتجازه، احتجازهم: a pronoun, the state of one told of
    k = m.last
    while k < b and v.word(k) and (v.bare(k) in event_markers()["approximators"]
                                   or v.norms[k] == "من"):
        k += 1  # إصابة | أكثر من | 40
    if k >= b or not v.word(k):
        return False
    ent = v.ent_tok.get(k)
    units = magnitudes()[0]
    n = v.bare(k)
    return bool(v.quantities_in(v.toks[k].start, v.toks[k].end)) \
        or (ent is not None and ent.type == "PER") or n in HURT_COUNTS \
        or n in singular_persons() or n in units or any(
            st in units for st, _, _ in clitic_stems(v.norms[k]))


def undergone(v: View, ev: Event, m) -> None:
    """أصيب جندي إسرائيلي بجروح، توفي أحد الجرحى متأثرا بإصابته: the subject of an injury or
    a death from wounds suffered it; it is the recipient, and the one who wounded is left
    to the context. So is the subject of a verb of benefiting (`beneficiary_verbs`: استفاد
    157 طفلا من اللقاحات: the children received the aid)."""
    M = event_markers()
    if m.payload.verb and m.payload.lemma in M["injuries"] | M["wound_deaths"] | M[
            "beneficiary_verbs"] and ev.actor and not ev.recipient:
        ev.recipient, ev.actor = ev.actor, []


CARRIED_TIME = 2  # words after an aid noun searched for the time that dates its delivery


def carried_task(v: View, m) -> bool:
    """An aid noun that is the object of a verbal noun of carrying (`carrying_nouns`: ونقل
    المساعدات الإنسانية، لإيصال المعونات، من نقل مساعدات غذائية، ضمان وصول المساعدات), or an
    aid deed noun joined to one by و (رغبة في إدخال وتوزيع أكبر قدر من المساعدات), names a
    delivery as a task, a purpose or a capacity (events36: 0 of 7 such mentions in the dev
    gold is a required event), not aid given. The carrying noun as the ب-object of a deed
    (أمر … بنقل المساعدات، قام بإيصال), a word of doing right before it (تم إيصال المساعدات،
    جرى نقل) or a time right after the aid (بنقل المساعدات أمس) tells it done: it stays."""
    if m.payload.type != "AID" or m.payload.verb or m.first < 1:
        return False
    M = event_markers()
    k = m.first - 1
    if k >= 1 and any(c.payload.type == "AID" and not c.payload.verb
                      for c in v.candidates(trigger_matcher(), k)):
        k -= 1  # (إيصال مساعدات | الإغاثة: the aid noun's own genitive)
    carrying = [v.norms[k][:pre] for st, pre, _ in clitic_stems(v.norms[k])
                if st in M["carrying_nouns"]]
    if not v.word(k) or not carrying or any("ب" in pre for pre in carrying):
        return False  # (أمر … بنقل المساعدات، قام بإيصال: ب marks the object of a deed)
    return not (k >= 1 and v.in_words(k - 1, M["anew_heads"]) or any(
        v.in_time(t) for t in range(m.last, min(len(v.toks), m.last + CARRIED_TIME))))


def construct_ok(v: View, m) -> bool:
    """A verbal noun spelled like a participle (`construct_nouns`: محاصرة) is an event only
    in construct: no article, and a pronoun suffix (محاصرتها) or a definite word after it
    (محاصرة المعسكر); الأحياء المحاصرة، بلدة محاصرة are besieged places, no siege told.
    A noun of `bare_nouns` (ضبط) is an event only without the article (بالضبط: exactly)."""
    M = event_markers()
    if m.payload.verb or m.payload.lemma not in M["construct_nouns"] | M["bare_nouns"]:
        return True
    tok = v.toks[m.first]
    if norm_piece(v.text[tok.start:m.start]).endswith("ال"):
        return False  # (بالضبط: exactly, `bare_nouns`)
    if m.payload.lemma not in M["construct_nouns"]:
        return True
    if m.end < tok.end:
        return True  # محاصرتها
    k = m.last
    return k < len(v.toks) and v.word(k) and (v.is_def(k) or k in v.ent_tok) \
        or besieged_state(v, m)  # (باتت القاعدة محاصرة)


def drop_governed(v: View, found: list, a: int) -> list:
    """A trigger noun governed by another trigger or a content noun (لربط إخلاء، بموضوع
    إجلاء، اتفاق جديد على خروج) is what that noun is about, not an event of its own."""
    M = event_markers()
    out = []
    ends = {g[-1].last for g in found if _bare_end(v, g[-1]) and not _deed_host(v, g[-1], M)}
    definite = {g[-1].last for g in found if not g[-1].payload.verb
                and v.is_def(g[-1].last - 1)}
    for g in found:
        m = g[0]
        governed = False
        k = m.first - 1
        if not m.payload.verb and k >= a and v.bare(k) in M["demonstratives"]:
            continue  # هذا القصف: an event already coded (not إلى ذلك | أدرجت: a verb)
        if not m.payload.verb and k >= a and v.norms[k][:1] == "ل" and (
                v.norms[k][1:] in M["purpose_heads"] or "ال" + v.norms[k][2:] in M[
                    "purpose_heads"]):
            continue  # لإجراء اعتقالات، للقيام بعمليات: a purpose, no event that happened
        if not m.payload.verb and k - 1 >= a and v.bare(k) in M["elatives"] \
                and v.norms[k - 1] == "من":
            continue  # من أكثر التفجيرات دموية: one of a class, no event
        if not m.payload.verb and (_demanded(v, m, a) or _aimed(v, m, a)):
            continue  # تطالب بالإفراج، تهدف إلى تقديم الخدمات: demanded or aimed at
        if demanded_beyond(v, m, a) or quantified_class(v, m, a) or stopped(v, m, a):
            continue  # دعوات «منظمات الهيكل» لاقتحامه، في كل المعارك، لإنهاء إضرابه
        if not m.payload.verb and m.payload.type == "ASSAULT" \
                and _demanded(v, m, a, "equip_words"):
            continue  # شاحنات محملة بالصواريخ، طائرات مجهزة بقنابل وصواريخ: a load, no attack
        if not m.payload.verb and _halted(v, m, found):
            continue  # أوقفت روسيا عمليات القصف: the bombing halted, no bombing told
        if not m.payload.verb and _joined_field(v, m, a):
            continue  # بالمشاركة في القتال، تعاونهما في القتال ضد داعش: a field joined
        if not m.payload.verb and _guarded(v, m, a):
            continue  # حماية المدنيين من الهجمات الإرهابية: guarded against, no deed told
        if not m.payload.verb and _readied(v, m, a, M):
            continue  # استعداده للتعاون مع: what one is ready for, no deed of its own
        if not m.payload.verb and _purpose(v, m, a):
            continue  # سفره إلى سوريا للقتال، استعدادا لهجوم: a purpose, no event
        if not m.payload.verb and _office_title(v, m, a, M):
            continue  # قائد عملية تحرير عدن: the title of an office, no deed told
        if not m.payload.verb and (k >= a and v.bare(k) in M["generic_determiners"]
                                   or _enumerated(v, m.first, g[-1].last, a)):
            continue  # أي هجوم، الفساد والاعتداء والتكفير والتفجير: no event, a notion
        if not m.payload.verb and k >= a and v.word(k):
            if m.first in ends and not _preposed(v, m) and not (
                    m.first in definite and not _proclitic(v, m) and not _accusative(v, m)) \
                    or _container(v, k, M) or _doer_head(v, k, M, m):
                governed = True
            elif v.norms[k] in M["governing_preps"] or v.norms[m.first][:1] in "لب":
                stop = k + (v.norms[k] not in M["governing_preps"])
                governed = any(v.word(j) and _container(v, j, M)
                               for j in range(max(a, m.first - CONTAINER_REACH), stop))
        if not m.payload.verb and _quoted_name(v, m, a, M):
            governed = True  # قضية "اقتحام حزب غد الثورة": the name of a case, no deed told
        if not governed:
            out.append(g)
    return out


QUOTES = "\"«“"


def _quoted_name(v: View, m, a: int, M) -> bool:
    """A trigger noun right after an opening quote mark that follows a container noun
    (`containers`: قضية، ملف) names the case or file in quotes (بالإعدام لإدانتهم في قضية
    "اقتحام حزب غد الثورة"): what the container is about, no deed told there."""
    k = m.first - 1
    return k - 1 >= a and not v.word(k) and v.text[v.toks[k].start] in QUOTES \
        and v.word(k - 1) and _container(v, k - 1, M)


ABOUT_REACH = 3  # words from an aid noun to the verb about it (its adjectives, a relative)


def drop_needed(v: View, found: list) -> list:
    """قدمت الحملة المساعدات، استفاد 500 لاجئ من المساعدات الغذائية: a trigger noun that is
    the word a verb of its type needs, after it in its clause, is that verb's object: one
    deed, told by the verb; المساعدات الإغاثية التي يقدمها المركز: a verb with an object
    pronoun after such a noun, its adjectives and a relative pronoun, is a clause about it: one
    deed, told by the noun (weapons and attack verbs are folded by fold_instruments, which
    keeps the weapons' modes)."""
    def needs(g: list, k: int) -> bool:
        return not stem_set(v.norms[k]).isdisjoint(g[0].payload.needs)

    def needed_by(h: list) -> bool:
        m = h[0]
        return m.payload.type != "ASSAULT" and not m.payload.verb and any(
            g is not h and g[0].payload.verb and g[0].payload.type == m.payload.type
            and g[-1].last <= m.first < g[-1].last + CLAUSE_NEEDS_WINDOW and needs(g, m.first)
            for g in found)

    def about(g: list) -> bool:
        m = g[0]
        rest = norm_piece(v.text[m.end:v.toks[m.first].end])
        return m.payload.type != "ASSAULT" and m.payload.verb and m.last == m.first + 1 \
            and rest in OBJECT_PRONOUNS and any(
                h is not g and not h[0].payload.verb and h[0].payload.type == m.payload.type
                and 0 <= m.first - h[-1].last <= ABOUT_REACH and needs(g, h[-1].last - 1)
                and (v.norms[m.first - 1],) in RELATIVES and all(
                    v.word(k) and not v.is_verb(k) and v.bare(k)[:2] == "ال"
                    for k in range(h[-1].last, m.first - 1))  # (… الإغاثية والإنسانية التي)
                for h in found)
    return [h for h in found if not needed_by(h) and not about(h)]


def _deed_host(v: View, m, M) -> bool:
    """صد هجوم، قمعت مسيرة، أدان الهجوم: a trigger whose object is a deed that happened
    (`deed_object_hosts`) leaves the noun after it an event of its own."""
    hosts = M["deed_object_hosts"]
    return m.payload.lemma in hosts or not stem_set(
        norm_piece(v.text[m.start:m.end])).isdisjoint(hosts)  # (a reading of the word)


DEMAND_REACH = 5  # words from a demand word to the deed noun demanded (its addressee between)
TO = normalize("إلى")


def _demanded(v: View, m, a: int, key: str = "demand_words") -> bool:
    """A deed noun within DEMAND_REACH words after a word of demand (`demand_words`), linked
    to it by one preposition, its own ب or an إلى between (تطالب بالإفراج عن ذويهم، للمطالبة
    بالإفراج، دعا المحتجون إلى سرعة الإفراج), with no mark or other verb between, is what is
    demanded, no deed told; one after the demand's own object is not (للمطالبة بمعاقبته جراء
    قيامه بقتل ضابط: the killing happened)."""
    M = event_markers()
    words, sequel = M[key], M["sequel_preps"]
    links = 0  # (the trigger's own ب is counted only where a demand word is found)
    for k in range(m.first - 1, max(a, m.first - 1 - DEMAND_REACH) - 1, -1):
        if not v.word(k):
            return False
        if v.bare(k) in words or not stem_set(v.norms[k]).isdisjoint(words):
            prefix = norm_piece(v.text[v.toks[m.first].start:m.start]).lstrip("وف")
            return links + (prefix[:1] == "ب") == 1
        if v.is_verb(k) or v.bare(k) in sequel:
            return False  # (في مطالبتها لتعزيز سلامة الصحفيين بعد مقتل المصور: it happened)
        links += v.bare(k) == TO or v.bare(k)[:1] == "ب"
    return False


FROM = normalize("من")
AIM_LINKS = frozenset(normalize(w) for w in ("إلى", "في", "الى"))


def _aimed(v: View, m, a: int) -> bool:
    """A deed noun right after a word of aim or wish (`aim_words`: تهدف إلى تقديم الخدمات،
    الراغبين في تقديم، بهدف تحرير، من أجل الإفراج، سعيا لتحرير), past one preposition at
    most, is what is aimed at, no deed told."""
    words = event_markers()["aim_words"]
    if _aimed_start(v, m, a, words):
        return True
    for k in range(m.first - 1, max(a, m.first - 3) - 1, -1):
        if not v.word(k):
            if v.text[v.toks[k].start] in "«»\"“”":
                continue  # بهدف «تحرير» المحافظة
            return False
        if v.bare(k) in words or not stem_set(v.norms[k]).isdisjoint(words):
            return True
        if v.norms[k] not in AIM_LINKS:
            return False
    return False


AIM_GENITIVE = 2  # words of a genitive between an aim word and ل + a start (جهود الحكومة لبدء)


def _aimed_start(v: View, m, a: int, words: frozenset[str]) -> bool:
    """جهود الحكومة لبدء محادثات سلام، الجهود لإطلاق محادثات السلام، من أجل إطلاق محادثات
    سلام: a deed noun right after a word of starting (`purpose_starts`, with or without ل)
    that follows a word of aim or effort (past its genitive) is what the effort is for, no
    deed told (a start alone, لاستئناف مفاوضات السلام, is a purpose told as future:
    rasd.events.status)."""
    k = m.first - 1
    starts = event_markers()["purpose_starts"]
    if k < a or not v.word(k) or not (v.norms[k] in starts or (
            v.norms[k][:1] == "ل" and v.norms[k][1:] in starts)):
        return False  # (من أجل إطلاق محادثات سلام: the start after an aim word, no ل)
    for j in range(k - 1, max(a, k - 1 - AIM_GENITIVE) - 1, -1):
        if not v.word(j) or v.is_verb(j):
            return False
        if v.bare(j) in words or any(st in words for st, _, _ in clitic_stems(v.norms[j])):
            return True
    return False


def _joined_field(v: View, m, a: int) -> bool:
    """A definite fight noun (`fight_nouns`: القتال، المعارك) after في that follows a noun of
    taking part or working together (`join_heads`: المشاركة، تعاونهما، الانخراط) names the
    field joined, no fight told (أغروا أبناءهم بالمشاركة في القتال إلى جانب المتمردين،
    ناقشا تعميق تعاونهما في القتال ضد تنظيم داعش)."""
    k = m.first - 1
    M = event_markers()
    if k - 1 < a or v.norms[k] != "في" or not v.is_def(m.first) \
            or not v.in_words(m.first, M["fight_nouns"]):
        return False
    return any(st in M["join_heads"] for st, _, _ in clitic_stems(v.norms[k - 1]))


GUARD_REACH = 4  # words from a word of protection to the من before the deed noun


def _guarded(v: View, m, a: int) -> bool:
    """A deed noun after من that follows a word of protecting or clearing (`guard_words`)
    within GUARD_REACH words, its object between (حماية المدنيين من الهجمات الإرهابية،
    لحماية المواطنين الفلسطينيين من اعتداءات المستوطنين، لتطهير المنطقة من تهديدات
    المتمردين), with no mark or verb between, is a kind of deed guarded against, none told;
    one with a clause of its own right after it (حماية القرية من هجوم شنه المسلحون، من الهجوم
    الذي شنه) was done: an indefinite noun before no definite genitive or adjective is read
    so."""
    k = m.first - 1
    if k < a or v.norms[k] != FROM \
            or norm_piece(v.text[v.toks[m.first].start:m.start]) not in ("", "ال"):
        return False
    if any(v.is_verb(j) or (v.norms[j],) in RELATIVES
           for j in range(m.last, min(len(v.toks), m.last + 2))):
        return False
    if not v.is_def(m.first) and m.last < len(v.toks) and v.word(m.last) \
            and not v.is_def(m.last):
        return False  # (من هجوم شنه المسلحون: one deed, its clause after it)
    words = event_markers()["guard_words"]
    for j in range(k - 1, max(a, k - 1 - GUARD_REACH) - 1, -1):
        if not v.word(j) or v.is_verb(j):
            return False
        if any(st in words for st, _, _ in clitic_stems(v.norms[j])):
            return True
    return False


HALT_REACH = 3  # tokens from a halting verb to the deed noun it halts


def _halted(v: View, m, found: list[list]) -> bool:
    """A deed noun within HALT_REACH words after a halting verb (a RETREAT ceasefire verb:
    أوقفت روسيا عمليات القصف) is what stopped, no deed told; so is one after a verb of
    thwarting (`thwart_verbs`: أحبطت القوات تفجيرين انتحاريين: foiled, never done)."""
    thwart = event_markers()["thwart_verbs"]
    for g in found:
        h = g[-1]
        halts = g[0].payload.type == "RETREAT" and "ceasefire" in g[0].payload.modes \
            or g[0].payload.lemma in thwart
        if halts and g[0].payload.verb and 0 <= m.first - h.last < HALT_REACH and all(
                    v.word(k) and not v.is_verb(k) for k in range(h.last, m.first)):
            return True
    return False


PURPOSE_TYPES = {"ASSAULT", "AID", "COERCE", "MOBILIZE", "RETREAT", "SANCTION"}  # deeds


READY_REACH = 4  # words between a noun of readiness and its ل-complement (استعداد التحالف |
# للتعاون)


def _readied(v: View, m, a: int, M) -> bool:
    """An event noun with ل within READY_REACH words after a noun of readiness
    (`readiness_heads`: على استعداد للحوار، أعرب عن استعداده للتعاون مع، استعداد التحالف
    للتعاون) is what the party declares itself ready for: the readiness is the event
    (events35)."""
    prefix = norm_piece(v.text[v.toks[m.first].start:m.start]).lstrip("وف")
    if prefix[:1] != "ل":
        return False
    for k in range(m.first - 1, max(a - 1, m.first - 1 - READY_REACH), -1):
        if not v.word(k):
            return False
        if any(st in M["readiness_heads"] for st, _, _ in clitic_stems(v.bare(k))):
            return True
    return False


def _purpose(v: View, m, a: int) -> bool:
    """An event noun with ل after a word that is neither an event noun nor one of the
    `lam_hosts` (تعرضت لقصف، أدى لمقتل، التصدي لهجوم) names a purpose: سفره إلى سوريا
    للقتال، استعدادا لهجوم، تمهيدا لاقتحام."""
    prefix = norm_piece(v.text[v.toks[m.first].start:m.start]).lstrip("وف")
    if prefix[:1] != "ل" or m.payload.type not in PURPOSE_TYPES:
        return False  # (وصل إلى الدوحة للقاء أمير قطر، سعي إيران لفرض شروط: still coded)
    k = m.first - 1
    while k >= a and v.in_time(k):
        k -= 1  # تعرضت المدينة أمس | لقصف
    if k < a or not v.word(k) or v.trigger_noun_at(k):
        return False
    hosts = event_markers()["lam_hosts"]
    return not any(st in hosts for st, _, _ in clitic_stems(v.norms[k])) and not any(
        v.bare(j) in hosts for j in range(max(a, k - 2), k))


def _accusative(v: View, m) -> bool:
    """The trigger noun is written in the accusative (اجتماعاً، اجتماعا for اجتماع): after a
    definite noun it is the object of the verb before both (استهدفت إحدى الغارات اجتماعاً
    لمسلحي طالبان: what was struck), no event of its own."""
    raw = v.text[m.start:v.toks[m.last - 1].end]
    word = norm_piece(raw)
    return "\u064b" in raw or (word.endswith("ا") and not m.payload.lemma.endswith("ا"))


def _proclitic(v: View, m) -> bool:
    """The trigger's word opens with a proclitic (ل، ب، ك; not و، ف): a definite noun before
    it governs no genitive (تبع التفجيرات | إطلاق نار كثيف: two events), but one before a
    ل phrase may have it for purpose (المفاوضات | للتوصل لاتفاق)."""
    return bool(norm_piece(v.text[v.toks[m.first].start:m.start]).lstrip("وف"))


def _bare_end(v: View, m) -> bool:
    """The trigger ends its word: no pronoun suffix (مصرعهم، هجومهم cannot govern a noun)."""
    return m.end == v.toks[m.last - 1].end


def _preposed(v: View, m) -> bool:
    """The preposition ب before the trigger (بتفجير، بانفجار): no genitive of the noun before
    (لقي ثلاثة جنود مصرعهم بتفجير عبوة: the blast is the cause, an event of its own). A
    noun after ل right after another trigger is its purpose (المفاوضات للتوصل لاتفاق), no
    event: it stays governed."""
    prefix = norm_piece(v.text[v.toks[m.first].start:m.start])
    return prefix.lstrip("وف")[:1] == "ب"


def _enumerated(v: View, i: int, j: int, a: int) -> bool:
    """The noun at tokens [i, j) is an item of an enumeration of at least ENUMERATION
    one-word nouns joined by و or commas (نزوح وتهجير ومعاناة واستغلال)."""
    def item(k: int) -> bool:
        return a <= k < len(v.toks) and v.word(k) and not v.stop(k) and k not in v.ent_tok

    def comma(k: int) -> bool:
        return 0 <= k < len(v.toks) and not v.word(k) and v.comma(k)

    def joined(k: int) -> bool:  # token k is an item that و joins to the one before
        return item(k) and v.norms[k][:1] == "و" and len(v.norms[k]) > 3

    n, k = 1, i
    while n < ENUMERATION:  # back
        if joined(k) and item(k - 1):
            k -= 1
        elif comma(k - 1) and item(k - 2):
            k -= 2
        else:
            break
        n += 1
    k = j - 1
    while n < ENUMERATION:  # forward
        if joined(k + 1):
            k += 1
        elif comma(k + 1) and item(k + 2):
            k += 2
        else:
            break
        n += 1
    return n >= ENUMERATION


def _container(v: View, k: int, M) -> bool:
    return not stem_set(v.norms[k]).isdisjoint(M["containers"])  # (a reading of the word)


def _doer_head(v: View, k: int, M, m) -> bool:
    """The word right before a trigger noun names who does such deeds, their field or their
    list (`doer_heads`: منظمات الإغاثة، عمال الإغاثة، في مجال الإغاثة، قائمة اتهام), or the
    site, time or doer of a deed told before, the noun definite by the article or a pronoun
    (`retold_heads`: موقع الانفجار، منفذ الهجوم، أماكن احتجازهم، فترات اعتقالهم), or an
    office, a portfolio, a cell or a sector bare of the article (`field_heads`: وزير
    الاتصالات، شؤون الإغاثة، خلية الإجلاء، قواطع العمليات): the noun is its genitive, no
    deed told. Not a head inside a name (an entity's word)."""
    if k in v.ent_tok:
        return False
    stems = {s for s, _, _ in clitic_stems(v.norms[k])}
    if stems & M["field_heads"] and not v.is_def(k):
        return True  # وزير الاتصالات، شؤون الإغاثة: an office or field, in construct
    return bool(stems & M["doer_heads"]) or bool(stems & M["retold_heads"]) and (
        v.is_def(k + 1) or _pronoun_suffix(v, m))


def _office_title(v: View, m, a: int, M) -> bool:
    """وقائد عملية تحرير عدن، قائد معركة تحرير العند: a deed noun after an operation noun
    (`operation_nouns`) after a commander (`office_heads`) is in the title of his office,
    no deed told (the operation, if told, is told elsewhere)."""
    k = m.first - 1
    return k - 1 >= a and v.word(k) and v.word(k - 1) \
        and v.bare(k) in M["operation_nouns"] and v.bare(k - 1) in M["office_heads"]


def _pronoun_suffix(v: View, m) -> bool:
    """The trigger noun ends in a possessive pronoun (احتجازهم، اعتقاله): it is definite."""
    tok = v.toks[m.last - 1]
    return m.end < tok.end and norm_piece(v.text[m.end:tok.end]) in OBJECT_PRONOUNS


def fold_event_subjects(v: View, evs: list[Event]) -> list[Event]:
    """القصف استهدف قرية، العقوبات تستهدف أفرادا، قصف عنيف بصواريخ الكاتيوشا استهدف أحياء
    …: a verb whose subject is another trigger of the sentence (or a phrase right after
    it) describes that event; its recipient, place and time go to it."""
    out = []
    evs = fold_topic_nouns(v, evs)
    for e in evs:
        host = next((h for h in evs if h is not e and any(
            r.start <= h.trigger.start < r.end or _right_before(v, h, r.start)
            for r in e.actor)), None) or _described_noun(v, e, evs)
        if host is None:
            out.append(e)
            continue
        fill_empty_roles(host, e)
    for e in out:  # an event is no actor of another (what folding did not take)
        e.actor = [r for r in e.actor if not any(
            h is not e and r.start <= h.trigger.start < r.end for h in out)]
    return out


DESCRIBED_REACH = 5  # tokens from an indefinite event noun to the verb that describes it


def _described_noun(v: View, e: Event, evs: list[Event]) -> Event | None:
    """في هجوم استهدف مسجدا، انفجار عبوة ناسفة استهدف حافلة، قصف عنيف بصواريخ الكاتيوشا
    استهدف أحياء: a verb with no subject of its own right after an indefinite event noun
    (past its adjectives and instruments, no punctuation, verb or conjunction between) is
    a clause describing that noun (a صفة جملة: the noun is its subject), so the two are
    one event. A definite noun takes a relative pronoun instead (rasd.events.verbs)."""
    i = v.token_range(e.trigger.start, e.trigger.end)[0]
    if v.norms[i][:1] in "وف":
        return None
    if (h := _targeted_attack(v, e, i, evs)) is not None:
        return h
    if not v.is_verb(i):
        return None
    if (h := _relative_host(v, e, i, evs)) is not None:
        return h
    if e.actor:
        return None
    for h in evs:
        hi, hj = v.token_range(h.trigger.start, h.trigger.end)
        if h is e or hj > i or i - hj > DESCRIBED_REACH or v.is_def(hi) \
                or not v.trigger_noun_at(hi):
            continue
        between = range(hj, i)
        if all(v.word(k) and not v.is_verb(k) and v.norms[k][:1] != "و"
               and (v.norms[k],) not in RELATIVES for k in between):
            return h  # (خطف آخرين في الوقت الذي هاجم: the relative clause is the time's)
    return None


TARGET_REACH = 12  # words from an indefinite attack noun to the verb of targeting after it
CLAUSE_MARKS = frozenset(".:؛;؟?!«»\"“”")  # marks that end or open a clause (a comma does not)


def _targeted_attack(v: View, e: Event, i: int, evs: list[Event]) -> Event | None:
    """قتلوا في قصف لطيران التحالف، استهدفهم في الأنبار؛ بسقوط قتلى في قصف مدفعي من قبل
    الجيش العراقي أو مليشيات الحشد الشعبي استهدف الخميس سوقا: a verb of targeting
    (`target_verbs`) with no conjunction and no subject of its own after it, told after an
    indefinite attack noun of its sentence, past the noun's own phrase (its doer, its
    weapon, a comma), is a clause describing that attack (a صفة جملة, as _described_noun,
    reaching past the phrase): one event, the noun's, with the verb's target. No verb, no
    relative pronoun, no word opening with و or a clause (كما، في حين، حيث، إن: the claims
    words' clause openers) and no other clause mark may lie between; not when an attack
    noun right after the verb is its own subject (استهدفت غارة أخرى مشفى). (events47:) The
    nouns و joins inside the phrase may lie between (بالدبابات ومدافع الهاون: _joined_item),
    and the noun may be a campaign of arrests or sanctions (`targeted_hosts`: حملة اعتقالات
    واسعة استهدفت ناشطين, what the campaign aimed at)."""
    if e.type != "ASSAULT" or any(r.start >= e.trigger.end and _party(v, r) for r in e.actor):
        return None  # (قصف، استهدفت فيه الطائرات: a named doer of its own after it)
    if not any(m.payload.verb and m.payload.lemma in event_markers()["target_verbs"]
               for m in v.candidates(trigger_matcher(), i)):
        return None
    if i + 1 < len(v.toks) and v.norms[i + 1][:1] != "ب" and any(
            not m.payload.verb and m.payload.type == "ASSAULT"
            for m in v.candidates(trigger_matcher(), i + 1)):
        return None  # (استهدفت غارة أخرى مشفى: an attack noun is its subject; بصواريخها no)
    best = None
    for h in evs:
        hi, hj = v.token_range(h.trigger.start, h.trigger.end)
        if h is e or h.type not in event_markers()["targeted_hosts"] or hj > i or v.is_def(hi) \
                or not v.trigger_noun_at(hi) or best is not None and hi < best[0]:
            continue
        words = [k for k in range(hj, i) if v.word(k)]
        if len(words) > TARGET_REACH or any(
                v.is_verb(k) or v.norms[k][:1] == "و" and not _joined_item(v, k)
                or clear_relative(v.norms[k]) or _opens_clause(v, k) for k in words):
            continue
        if any(c in CLAUSE_MARKS for k in range(hj, i) if not v.word(k)
               for c in v.raw(k)):
            continue
        if _masculine_verb(v, i) and _feminine_noun(v, hj - 1):
            continue  # (هجوما … تبعه اشتباكات …، استهدف: the attack is its subject)
        best = (hi, h)
    return best[1] if best else None


def _masculine_verb(v: View, i: int) -> bool:
    """events47: the verb at token i is in the masculine singular: the perfect with no ending
    (استهدف) or the imperfect in ي (يستهدف)."""
    return v.norms[i][:1] == "ي" or any(
        m.payload.verb and normalize(m.payload.lemma) == v.norms[i]
        for m in v.candidates(trigger_matcher(), i))


def _feminine_noun(v: View, k: int) -> bool:
    """events47: the noun at token k is a sound feminine plural (ات) or ends in the taa
    marbuta (غارة): no subject of a masculine verb."""
    return v.raw(k).endswith(("ات", "ة"))


def _joined_item(v: View, k: int) -> bool:
    """events47: token k, opened by و, joins a noun to the attack noun's own phrase (its
    weapons, its doers' arms: قصفاً عنيفاً شنّه الحوثيون بالدبابات ومدافع الهاون استهدف،
    هجوما بسيارتين مفخختين تبعه اشتباكات بالأسلحة الرشاشة والقذائف، استهدف): no verb, no
    named party (وقوات الجيش استهدفت: a subject of its own opens a clause) and no clause
    opener (وكان، وفي حين)."""
    ent = v.ent_tok.get(k)
    return not v.is_verb(k) and (ent is None or ent.type == "LOC") and not _opens_clause(v, k)


def _opens_clause(v: View, k: int) -> bool:
    """Token k opens a clause of its own (كما، في حين، ثم، حيث، إن، من جهته)."""
    return k in v.opener_tok or any(
        v.phrase_at(k, v.W[c]) > 0 for c in ("clause_openers", "connectives", "complementizers"))


def _party(v: View, r) -> bool:
    """The role starts with a named party (a person, a body, a group), not a place."""
    ent = v.ent_tok.get(v.token_range(r.start, r.end)[0])
    return ent is not None and ent.type != "LOC"


def _relative_host(v: View, e: Event, i: int, evs: list[Event]) -> Event | None:
    """بالتفجير الذي استهدف ناحية بني سعد، للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ:
    a verb right after a relative pronoun whose antecedent is an event noun of its type
    (past the noun's definite adjectives only; or any event noun before a verb of targeting,
    `target_verbs`) has that noun for subject: one event, the noun's, with the verb's
    target. Not when the verb has a subject of its own after it (a phrase before the noun
    is the main clause's, no subject of the relative clause)."""
    if i == 0 or not clear_relative(v.norms[i - 1]):
        return None
    targets = any(m.payload.verb and m.payload.lemma in event_markers()["target_verbs"]
                  for m in v.candidates(trigger_matcher(), i))
    for h in evs:
        hi, hj = v.token_range(h.trigger.start, h.trigger.end)
        if h is e or hj > i - 1 or i - 1 - hj > DESCRIBED_REACH or v.is_verb(hi) \
                or not v.trigger_noun_at(hi) or h.type != e.type and not targets:
            continue
        if any(r.start >= e.trigger.end for r in e.actor):
            continue  # (الهجوم الذي قتل فيه المسلحون: a subject of the verb's own after it)
        if all(_adjective(v, k) for k in range(hj, i - 1)):
            return h
    return None


def _adjective(v: View, k: int) -> bool:
    """Token k may be an adjective of the definite noun before it (الإرهابي، الجوية): a
    definite word, no verb, conjunction, preposition clitic or name (لمدينة القريتين التي:
    the relative's antecedent is the town, no deed)."""
    return v.word(k) and v.is_def(k) and not v.is_verb(k) and k not in v.ent_tok \
        and v.norms[k][:1] not in "وفبلك"


TOPIC_REACH = 20  # tokens from a clause-opening event noun to the verb it is the subject of


def fold_topic_nouns(v: View, evs: list[Event]) -> list[Event]:
    """إن الضربات استهدفت مبنى: an event noun that is the subject of a verb of its type
    (_topic_noun) is told by that verb, the deed's main word (its object is the target):
    one event, the verb's, with the noun's actor, place and time where it has none. A verb of
    targeting (`target_verbs`) after a noun of another type (العقوبات الجديدة تستهدف أربعة
    أفراد) says what that event aims at: one event, the noun's, with the verb's target."""
    drop: list[Event] = []
    for e in evs:
        h = _topic_noun(v, e, evs)
        if h is None or any(d is h or d is e for d in drop):
            continue
        if h.type != e.type:
            drop.append(e)
            h.recipient = h.recipient or e.recipient
            continue
        drop.append(h)
        e.actor = e.actor if any(not (h.trigger.start <= r.start < e.trigger.start)
                                 for r in e.actor) else h.actor or e.actor
        e.location = e.location or h.location
        e.time = e.time or h.time
    return [e for e in evs if not any(d is e for d in drop)]


def _topic_noun(v: View, e: Event, evs: list[Event]) -> Event | None:
    """إن الضربات استهدفت مبنى، بأن الغارات الأميركية استهدفت سيارات، إن التفجيرات التي
    وقعت في توقيت واحد، في حي الشيخ رضوان، استهدفت 3 سيارات: a verb after a definite event
    noun of its type that opens its clause (right after إن، أن، بأن), with no verb between
    but in a relative clause on the noun, no party of its own outside the noun's phrase and
    the noun's status (لا تستهدف after a deed done tells two claims), is the noun's predicate
    (a جملة اسمية: the noun is its subject): one event. A verb with و or ف before it opens a
    clause of its own."""
    i = v.token_range(e.trigger.start, e.trigger.end)[0]
    if not v.is_verb(i) or v.norms[i][:1] in "وف":
        return None
    targets = e.type == "ASSAULT" and any(
        m.payload.verb and m.payload.lemma in event_markers()["target_verbs"]
        for m in v.candidates(trigger_matcher(), i))
    for h in evs:
        hi, hj = v.token_range(h.trigger.start, h.trigger.end)
        if h is e or h.type != e.type and not targets or hj > i or i - hj > TOPIC_REACH \
                or hi == 0 \
                or v.is_verb(hi) or not v.is_def(hi) or not _opens_topic(v, hi):
            continue
        if any(r.start < h.trigger.start or r.end > e.trigger.start for r in e.actor):
            continue  # (إن الهجوم قتله المسلحون: a subject of the verb's own)
        if h.status != e.status:
            continue  # (العمليات العسكرية التي تنفذها تركيا لا تستهدف الأكراد: two claims)
        relative = False
        for k in range(hj, i):
            relative = relative or (v.norms[k],) in RELATIVES
            if v.is_verb(k) and not relative:
                break
        else:
            return h
    return None


def _opens_topic(v: View, hi: int) -> bool:
    """The event noun at token hi opens its clause: right after إن، أن، بأن, or (events47)
    after an operation noun that heads it right after one (وأن عمليات القصف الصاروخي
    استهدفت منطقتي البوعلوان: the operations are the shelling, the clause's subject)."""
    if v.phrase_at(hi - 1, v.W["complementizers"]) == 1:
        return True
    return hi > 1 and v.word(hi - 1) and v.bare(hi - 1) in event_markers()["operation_nouns"] \
        and v.phrase_at(hi - 2, v.W["complementizers"]) == 1


def _right_before(v: View, h: Event, start: int) -> bool:
    """The trigger of h is a noun ending right before offset `start`, nothing but a space
    between (a verb there is another clause: نفى | الجيش قصف)."""
    return 0 <= start - h.trigger.end <= 1 and not v.text[h.trigger.end:start].strip() \
        and not v.is_verb(v.token_range(h.trigger.start, h.trigger.end)[0])


def fold_instruments(v: View, found: list[list]) -> tuple[list[list], dict, list[list]]:
    """A weapon noun (قذيفة، صواريخ) beside another ASSAULT trigger of the sentence is that
    attack's instrument: one event, with the weapon's modes; a killing word beside an
    attack is its outcome. Returns the kept groups, the modes each host gains, and the
    killings folded away (their victims go to the attack)."""
    names = joined(event_markers()["instruments"])

    def named(text: str) -> bool:
        return in_with_article(text, names)

    def weapon(g: list) -> bool:  # بالبراميل المتفجرة: compare the trigger's own letters
        text = " ".join(norm_piece(v.text[g[0].start:g[-1].end]).split())
        return g[0].payload.type == "ASSAULT" and (named(text) or _weapon_list(text, named)
                                                   and not _launch_noun_before(v, g[0]))
    def own(g: list) -> bool:  # a killing with its own agent: neither a toll nor a host
        return consequence(v, g[0]) and (_own_agent(v, g[-1]) or capable_killing(v, g[0])
                                         and not any(_attack_before(v, h, g) for h in found))

    def outcome(g: list) -> bool:
        return consequence(v, g[0]) and not _active_killing(v, g[0]) and not own(g)
    launched = {id(g): h for g in found if weapon(g) and (h := _launcher(v, g, found))}
    found = [g for g in found if not any(h is g for h in launched.values())]
    attacks = [g for g in found if g[0].payload.type == "ASSAULT" and not outcome(g)
               and not own(g)]
    main = [g for g in attacks if not weapon(g) or id(g) in launched]
    extra: dict = {}  # host trigger match → the modes its dropped instruments give it
    outcomes: list[list] = []
    if attacks:  # قتل خمسة أطفال إثر سقوط قذيفة: the deaths are the attack's outcome
        outcomes = [g for g in found if outcome(g)]
        found = [g for g in found if not outcome(g)]
    else:  # مقتل 5 وإصابة 10: the wounded are the toll of the killing told beside them
        found, outcomes = fold_injuries(v, found, [g for g in found if outcome(g)])
    if not main:
        return found, extra, outcomes
    out = []
    for g in found:
        if weapon(g) and id(g) not in launched:
            host = min(main, key=lambda h: abs(h[0].first - g[0].first))
            modes = extra.setdefault(host[0], [])
            modes.extend(x for x in g[0].payload.modes if x not in modes)
            continue
        out.append(g)
    return out, extra, outcomes


def _weapon_list(text: str, named: Callable[[str], bool]) -> bool:
    """الصواريخ وقذائف الهاون، بقذائف الهاون والصواريخ (events23): weapons joined by و are
    weapons still, each one named (a word of kind after one passes: قذائف الهاون)."""
    items: list[list[str]] = [[]]
    for i, w in enumerate(text.split()):
        if i and w[:1] == "و" and len(w) > 2:
            items.append([w[1:]])
        else:
            items[-1].append(w)
    return len(items) > 1 and all(named(" ".join(it)) or named(it[0]) for it in items)


LAUNCH_NOUN = normalize("إطلاق")


def _launch_noun_before(v: View, m) -> bool:
    """ردوا بإطلاق | الصواريخ وقذائف المورتر على قريتين: weapons right after the noun of
    launching are the attack itself, told by them, no instrument of another."""
    k = m.first - 1
    return k >= 0 and v.word(k) and any(st == LAUNCH_NOUN for st, _, _ in clitic_stems(v.norms[k]))


LAUNCH_GAP = 2  # words between a weapon noun and the verb that launched it


def _launcher(v: View, g: list, found: list[list]) -> list | None:
    """قذيفة صاروخية أطلقها مقاتلو المعارضة، مئات الصواريخ التي أطلقتها فصائل: an attack verb
    with an object pronoun right after a weapon noun (past its adjectives or a relative
    pronoun) is a clause about the weapon: one event, told by the weapon noun."""
    for h in found:
        m = h[0]
        if h is g or not m.payload.verb or m.payload.type != "ASSAULT" or not (
                0 <= m.first - g[-1].last <= LAUNCH_GAP):
            continue
        if not all(v.word(k) and not v.is_verb(k) for k in range(g[-1].last, m.first)):
            continue
        rest = norm_piece(v.text[m.end:v.toks[m.first].end])
        rest = rest[1:] if rest[:1] == "ت" and len(rest) > 1 else rest
        if m.last == m.first + 1 and rest in OBJECT_PRONOUNS:
            return h
    return None


ACTIVE_REACH = 3  # words after a feminine killing verb to the masculine plural it kills


AGENT_REACH = 8  # tokens from a killing word to the agent phrase of its own (على أيدي)


def _own_agent(v: View, m) -> bool:
    """الذين لقوا حتفهم في قاعدة العند الجوية على أيدي الثوار: a killing word whose own agent
    phrase (`agent_phrases`: على يد، على أيدي، من قبل) follows in its clause, no mark or
    verb between, tells a deed with its doer, not the toll of another attack beside it."""
    phrases = event_markers()["agent_phrases"]
    for k in range(m.last, min(len(v.toks), m.last + AGENT_REACH)):
        if not v.word(k) or v.is_verb(k):
            return False
        if v.phrase_at(k, phrases):
            return True
    return False


CAPABLE_REACH = 4  # words between a light verb and the preposition of its deed (its subject)


def capable_killing(v: View, m) -> bool:
    """القطعات العسكرية تمكنت من قتل أعداد كبيرة في صفوف الإرهابيين، ونجحوا في قتل عناصر
    الحاجزين، قامت القوات بقتل: a killing noun governed by a light verb of managing, succeeding
    or doing (`complement_verbs`: تمكن من، نجح في، قام ب) is that verb's subject's deed, told
    with its doer, not the toll of another attack of the sentence (events51). The preposition
    stands right before the noun (or ب is glued to it), the verb at most CAPABLE_REACH words
    before the preposition (تمكن الثوار من أسر), no mark between."""
    if m.payload.verb:
        return False
    M = event_markers()
    k = m.first
    if v.norms[k][:1] == "ب" and "ب" in M["complement_preps"]:
        j = k - 1  # قامت القوات بقتل
    elif k - 1 >= 0 and v.word(k - 1) and v.norms[k - 1] in M["complement_preps"]:
        j = k - 2  # تمكنت من قتل
    else:
        return False
    for t in range(j, max(-1, j - CAPABLE_REACH), -1):
        if not v.word(t):
            return False
        if v.in_words(t, M["complement_verbs"]):
            return True
    return False


def _attack_before(v: View, h: list, g: list) -> bool:
    """شنت عملية عسكرية … تمكنت خلالها من قتل 11 مسلحا، وجه عددا من الضربات … وتمكن من قتل 28
    إرهابيا: an attack told before a capable killing (capable_killing) is its doer's deed, the
    killing its outcome, one event."""
    return h[0].payload.type == "ASSAULT" and h[0].first < g[0].first \
        and not consequence(v, h[0])


def _active_killing(v: View, m) -> bool:
    """أسرت 70 متمردا وقتلت 10 آخرين، وقتلت أيضا مسلحين من المعارضة: a feminine killing verb
    before a masculine plural in ين (or a count of one) cannot be the passive (قُتل 10
    آخرون، قُتلت امرأة), so its subject, a force, did the killing: a deed of its own, not
    the outcome of the attack beside it."""
    if not m.payload.verb:
        return False
    word = norm_piece(v.text[m.start:m.end])
    if not (word.endswith("ت") or word[:1] == "ت"):
        return False
    for k in range(m.last, min(len(v.toks), m.last + ACTIVE_REACH)):
        if not v.word(k):
            return False
        n = v.bare(k)
        if n.endswith("ين") and len(n) >= 5 and not n.isdigit():
            return True
    return False


def fold_injuries(v: View, found: list[list], outcomes: list[list]
                  ) -> tuple[list[list], list[list]]:
    """In a sentence with no attack word, injury words (أصيب، إصابة) beside a killing word
    (قتل خمسة وأصيب عشرة، مقتل 5 وإصابة 10) are its outcome; of injury words told alone
    (كما أصيب 38 شخصا) the first is the event and the others its outcome. Returns the kept
    groups and the injury groups folded away."""
    hurt = [g for g in outcomes if injury(v, g[0])]
    if not hurt:
        return found, []
    keep = None if len(hurt) < len(outcomes) else hurt[0]
    folded = [g for g in hurt if g is not keep]
    return [g for g in found if not any(g is f for f in folded)], folded


def injury(v: View, m) -> bool:
    """An injury word (أصيب، إصابة، أصيبوا): a consequence whose lexicon row is an injury."""
    return m.payload.type == "ASSAULT" and m.payload.lemma in event_markers()["injuries"]


def consequence(v: View, m) -> bool:
    """A killing word (قتل، قُتلا، تقتل، مقتل، مصرعهم، استشهدوا): an ASSAULT trigger whose
    lexicon row (any inflection of it) or whose own letters are a consequence."""
    return m.payload.type == "ASSAULT" and (
        m.payload.lemma in event_markers()["consequences"]
        or norm_piece(v.text[m.start:m.end]) in event_markers()["consequences"])


def merge_coordinated(v: View, found: list) -> list[list]:
    """Coordinated triggers of one type and kind (المفاوضات والاتصالات) are one event; a
    verb after a noun is another clause (ونجحت في تدميرها وقتلت أيضا مسلحين)."""
    out: list[list] = []
    for m in found:
        if out and out[-1][0].payload.type == m.payload.type and m.first == out[-1][-1].last \
                and v.norms[m.first][:1] == "و" and m.payload.verb == out[-1][-1].payload.verb:
            out[-1].append(m)
        else:
            out.append([m])
    return out


# --- one event -----------------------------------------------------------------
