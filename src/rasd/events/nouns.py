"""The actor of a trigger noun (غارة، مفاوضات، حصار), as named passes tried in order: the
first that finds a phrase wins. Each pass takes the Frame and returns role spans, or None
when its construction is not there."""

from __future__ import annotations

from collections.abc import Callable

from rasd.document import Link
from rasd.entities.features import is_nationality
from rasd.entities.link import resolve_nominal
from rasd.events.frame import (
    ASIDE_TYPES,
    LIGHT_VERB_BACK,
    LIGHT_VERB_FAR,
    OBJECT_PRONOUNS,
    SUBJECT_MAX,
    Frame,
    TokSpan,
    agent_phrase,
    ambiguous_relative,
    clear_relative,
    counted,
    opener_before,
    openers,
    skip_time,
)
from rasd.events.places import place_word
from rasd.events.referents import pronoun_on
from rasd.events.status import light_verb
from rasd.lexicons import event_markers, marker_words, trigger_matcher
from rasd.roles import KANA, PREPS, PRONOUN_PREPS, QAD, RELATIVES, View, _nisba, norm_piece
from rasd.text.segment import clitic_stems, in_with_conjunction

Found = list[TokSpan] | None


QUOTES = "«»\"“”"


def light_verb_before(f: Frame) -> Found:
    """A light verb before the noun: موسكو أقامت ممرات، شن الطيران حوالي 25 غارة، طيران
    النظام الذي شن أمس أربع غارات، ارتكبت ميليشيات الحوثي وقوات … أمس مجزرة، شنت قوات
    مشتركة من نيجيريا والنيجر وتشاد هجوما؛ right before it, its subject follows the noun
    (ونفذت الهجمات قوات حكومية). A light verb joined by و to the clause before (ونجحت في
    تدميرها) has that clause's subject: rasd.events.context gives it."""
    v, a, b, t0 = f.v, f.a, f.b, f.t0
    M = event_markers()
    if _doer_follows(f):
        return None  # تمكنت المقاومة من التصدي لهجمات متتالية شنتها ميليشيات الحوثي: the
        # light verb whose pronoun points back at the noun names its doer (actors21)
    quoted = _quoted_subject(v, a, t0, M)
    if quoted is not None:
        return [quoted]
    # carrying out (بشن، بتنفيذ) right before the noun: the word's alone, asked once
    executes = v.norms[t0 - 1][:1] == "ب" and v.norms[t0 - 1][1:] in M["execution_nouns"]
    for lv in range(t0 - 1, max(a - 1, t0 - LIGHT_VERB_FAR), -1):
        if lv < t0 - 1 and v.trigger_noun_at(lv) and (v.norms[lv + 1],) not in PREPS \
                or lv == t0 - 1 and v.norms[t0][:1] == "ل" and not v.is_verb(lv) \
                and v.candidates(trigger_matcher(), lv):
            return None  # أعلنت وزارة الصحة مقتل 20 شخصا في غارات: the light verb's noun
            # is the one before (its own object; not a weapon after ب: بصواريخ); جددت
            # الجامعة إدانتها | للهجوم: the ل phrase of the deed noun before is its object
        if v.in_time(lv) or v.text[v.toks[lv].start] in "()" or _until_time(v, lv, t0):
            continue  # منتصف ليل 17 يوليو (تموز) الماضي
        if lv == t0 - 1 and executes or v.text[v.toks[lv].start] in QUOTES and (
                lv - 1 in v.ent_tok and lv + 1 == t0 - executes
                or lv + 1 in v.ent_tok and lv - 1 >= a and light_verb(v, lv - 1, M)
                or lv + 1 == t0 and _verb_before_quote(v, lv, a, t0, M)):
            continue  # قامت «جبهة النصرة» بشن | هجوم: a quoted name between the light verb
            # and the noun, carrying out (بشن، بتنفيذ); وجهوا "| ضربات قاسية": a quotation
            # opening at the noun (actors38)
        punct = not v.word(lv) and not v.norms[lv].isdigit() and not _glued(v, lv)
        if punct or v.phrase_at(lv, v.W["complementizers"]) or (
                lv < t0 - 2 and lv not in v.ent_tok and (
                v.is_verb(lv) and not doing_verb(v, lv, t0, M)
                or (v.norms[lv],) in PREPS and v.norms[lv] != "من")):
            return None  # (علي عبدالله صالح is a name, not the preposition; أعلنت السلطات
            # أن شابا منفذ هجوم: the noun is in the content, not the verb's object)
        if not doing_verb(v, lv, t0, M):
            continue
        if v.bare(t0) in M["consequences"] and any(
                v.token_range(c.cue.start, c.cue.end)[0] == lv for c in v.doc.claims):
            return None  # أعلن المرصد | مقتل 10 أشخاص: who announces deaths need not have
            # caused them (rasd.events.context.announced_deed weighs an armed announcer)
        if lv < t0 - 1 and v.norms[t0 - 1][:1] in "بل" and t0 - 1 not in v.ent_tok \
                and not v.is_def(t0 - 1) and len(v.bare(t0 - 1)) > 3 \
                and v.norms[t0 - 1][1:] not in M["execution_nouns"] \
                and not _attached_complement(v, t0 - 1):
            return None  # قامت قوات الاحتلال بقمع | مسيرة: the noun is what قمع governs
            # (not قامت القوات بتنفيذ هجمات: carrying out is no deed of its own)
        r = relative_before(v, lv, a)
        if r is not None:
            s = antecedent_start(v, r, a)  # the relative's antecedent
            if s >= r or _done_to_antecedent(f, r):
                return None
            p = next((t for t in range(r - 1, s - 1, -1) if _clitic_party(v, t)), None)
            if p is None and v.prefixed(s):
                return None  # (للولايات المتحدة التي تشن: the name behind ل is cut; actors34)
            return [(p, r, 1)] if p is not None else v.split_coordination(s, r)  # (هدفا | لطيران
            # النظام الذي شن: the antecedent opens at the preposition that governs it)
        if v.norms[lv][:1] in "وف" and v.norms[lv] not in M["light_verbs"] \
                and not _inflected_form(v.norms[lv], M) \
                and not v.boundary_before(lv, a) and not opener_before(v, lv, a):
            return None
        opened = opener_before(v, lv, a)  # هذا | وشن طيران التحالف غارات: a formula of
        # transition, no subject; the light verb opens its clause, its subject after it
        subj = None if opened else (subject_before_still(v, lv, a)  # ما زالوا |
                                    or v.subject_before(lv, a, SUBJECT_MAX))  # يخوضون
        quoted_genitive = subj is not None and (
            start := past_quoted_genitive(v, subj[0], a)) is not None
        if subj and quoted_genitive:
            subj = (start, subj[1] + (subj[1] == lv - 1 and not v.word(lv - 1)))  # قوات
            # الأمن التابعة لـ"الحكومة" | شنت: not the quoted name alone
        if subj and _after_preposition(v, subj[0], a):
            subj = None  # وفي حال | تمكنت الفصائل من السيطرة: a noun governed by a
            # preposition is no subject; the light verb's subject follows it
        if subj and subj[0] - 1 >= a and ambiguous_relative(v.norms[subj[0] - 1]):
            subj = _before_ma_min(v, subj, a)  # (actors38)
        if not opened and (supported := subject_past_support(v, lv, a)) is not None \
                and (subj is None or subj[0] >= supported[0]):
            subj = supported  # المقاومة الشعبية مدعومة بغطاء جوي … | تمكنت من السيطرة
        if subj and not light_verb(v, lv, M) and inflected_light_verb(v, lv, M) \
                and _dual_unsure(v, lv, subj, M):
            return None
        if subj and (not v.boundary_before(lv, a) or quoted_genitive) and not (
                lv < t0 - 1 and _attached_complement(v, t0 - 1)):
            return v.split_coordination(*subj)  # (past an allegiance ل phrase the subject
            # follows the light verb: معارك تمكنت خلالها المقاومة … الموالية للشرعية السيطرة)
        if not light_verb(v, lv, M) and inflected_light_verb(v, lv, M) and (
                not subj or _dual_unsure(v, lv, subj, M)):
            return None  # (شنوا هجمات: its subject is in its ending, said before it or
            # carried by rasd.events.context; nothing after the noun is its subject)
        if lv == t0 - 1:  # ونفذت الهجمات قوات حكومية وميليشيا متحالفة معها
            s0 = skip_time(v, f.t1, b)
            e = v.np_coordinated(s0, b)
            return v.split_coordination(s0, e) if e > s0 and _party_like(v, s0) else None
        s0 = skip_time(v, lv + 1, t0)
        if s0 + 1 < t0 and (v.norms[s0],) in PRONOUN_PREPS:
            s0 = skip_time(v, s0 + 1, t0)  # في وقت شن فيه | طيران التحالف غارات
        if s0 + 1 < t0 and v.text[v.toks[s0].start] in QUOTES and s0 + 1 in v.ent_tok:
            s0 += 1  # قامت «جبهة النصرة» بشن هجوم: a quoted name
        s0 = _counted_party(v, s0, t0)  # قامت ثلاث مقاتلات إف-16 من | سلاح الجو التركي
        e = affiliation_end(v, before_count(v, s0, v.np_coordinated(s0, t0)), t0)
        if e == s0 or (t0 - lv > LIGHT_VERB_BACK and not _reaches(v, e, t0)
                       and not _supported_by(v, e, t0)):
            return None
        return v.split_coordination(s0, e)
    return None


def subject_before_still(v: View, k: int, a: int) -> tuple[int, int] | None:
    """سلطات الاحتلال ما زالت تواصل اعتقالاتها، مئات المقاتلين من الثوار ما زالوا يخوضون
    معارك، قوات النظام ما زالت تقصف: a verb at k right after the negated verb of going on
    (`still_auxiliaries`: ما زال، لا يزال) has its subject before that auxiliary, as before
    كان (rasd.events.verbs.subject_before_kana). None where the auxiliary opens its clause
    (وما زالت تقصف القوات: the subject follows) or the phrase before it is counted (a noun
    it describes: 30 أسيرا لا يزالون يحتجزونهم)."""
    words = event_markers()["still_auxiliaries"]
    for n in (2, 1):
        s = k - n
        if s - 1 < a or v.phrase_at(s, words, k) != n:
            continue
        if v.norms[s][:1] in "وف" and v.norms[s] not in ("مازال", "مازالت", "مازالوا") \
                or v.boundary_before(s, a):
            return None
        found = v.subject_before(s, a, SUBJECT_MAX, preps=False)
        if found is None or any(counted(v, t, t + 1) for t in range(*found)):
            return None
        return found
    return None


SUPPORT_BACK = 12  # tokens from a verb back to the support word after its subject


def subject_past_support(v: View, k: int, a: int) -> tuple[int, int] | None:
    """The subject of the verb at k written before a phrase of support that runs up to the
    verb (`support_words`): المقاومة الشعبية | مدعومة بغطاء جوي مكثف من قبل طيران التحالف |
    تمكنت، المقاومة | المسنودة بقوات من الجيش الوطني | بسطت، الجيش الوطني | المدعم بالمقاومة
    الشعبية | تقدم: the party supported, not the supporter nor the noun after the preposition
    (actors38). None when a mark, verb, relative pronoun or complementizer lies between the
    support word and the verb, or no noun phrase ends right before the support word."""
    M = event_markers()
    if k - 1 > a and (v.norms[k - 1],) in QAD:
        k -= 1  # بدعم من طيران التحالف، | قد بدأت
    if k - 1 > a and _comma(v, k - 1):
        k -= 1  # (the comma that closes the phrase of support)
    p, stop, relative = k, max(a, k - 1 - SUPPORT_BACK), False
    while p - 1 > stop:
        p -= 1
        if v.is_verb(p) and not relative and p - 1 > stop and _relative_at(v, p - 1):
            p -= 1  # مدعومة بحكومة اليمن | التي تزاول عملها من الرياض | سيطرت: one relative
        if _relative_at(v, p) and not relative and not ambiguous_relative(v.norms[p]):
            relative = True  # clause inside the phrase of support
            continue
        if v.bare(p) in M["support_words"] and p not in v.ent_tok:
            s = v.subject_before(p, a, SUBJECT_MAX, preps=False)
            if s is not None and v.norms[s[0] - 1] == "من" \
                    and (c := v.subject_after_complementizer(s[0] - 1, a)) is not None \
                    and c[1] == s[0] - 1:
                s = (c[0], s[1])  # إن المقاتلين المحليين ووحدات | من الجيش | مدعومة: a part
                # of a party the subject after the complementizer ends with
            from rasd.events.parties import party_span  # (parties reads this module)
            if s is None or s[1] != p or _after_preposition(v, s[0], a) \
                    or party_span(v, s) is None or not _opens_clause(v, s[0], a):
                return None
            return s
        if not v.word(p) or v.is_verb(p) or v.trigger_noun_at(p) \
                or clear_relative(v.norms[p]) \
                or v.phrase_at(p, v.W["complementizers"]):
            return None  # (من قبل طيران التحالف: من the preposition)
    return None


def past_quoted_genitive(v: View, s: int, a: int) -> int | None:
    """Where the subject starts when the phrase read as a verb's subject, at s, is a quoted
    name governed by a preposition written apart before the quotation mark: المقاتلين
    الجنوبيين ووحدات الجيش الموالية لـ"|هادي" طردوا → the phrase before the preposition, which
    the name belongs to (actors38); None otherwise."""
    q = s - 1
    if q - 1 <= a or v.word(q) or v.text[v.toks[q].start] not in QUOTES \
            or v.norms[q - 1] not in ("ل", "ب"):
        return None
    found = v.subject_before(q - 1, a, SUBJECT_MAX, preps=False)
    if found is None or found[1] != q - 1 or _after_preposition(v, found[0], a):
        return None
    return found[0]


def _opens_clause(v: View, s: int, a: int) -> bool:
    """The phrase at s opens its clause: the sentence's start, a mark, a complementizer
    (إن، أن), كان or a time before it, not another verb (هاجم | القوات المدعومة من إيران:
    the object)."""
    return s <= a or not v.word(s - 1) or v.in_time(s - 1) or v.boundary_before(s, a) \
        or v.phrase_at(s - 1, v.W["complementizers"]) == 1 \
        or (v.bare(s - 1),) in KANA  # (وكانت | المقاومة … بدعم من طيران التحالف، قد بدأت)


def _verb_before_quote(v: View, q: int, a: int, t0: int, M) -> bool:
    """A verb whose subject does the deed (`doing_verb`) right before the quotation mark at
    q, or before a time there: وجهوا "ضربات، استأنفت أمس "استهداف (actors38)."""
    k = q - 1
    while k >= a and v.in_time(k):
        k -= 1
    return k >= a and doing_verb(v, k, t0, M)


def doing_verb(v: View, lv: int, t0: int, M) -> bool:
    """The verb at lv has its subject do the deed noun at t0: a light verb; a verb of
    undertaking (`undertaking_verbs`: شرعت في تمشيط، يسعى إلى السيطرة، ستتجه إلى تطهير); a
    verb of gain with an advance for its direct object (`gain_verbs`, `gain_objects`:
    أحرز الجيش تقدما، حققت قوات المقاومة تقدما; no preposition between: حققت الشرطة في
    الهجوم is no deed of the police; actors34)."""
    if light_verb(v, lv, M) or listed_verb(v, lv, M["undertaking_verbs"]) \
            or inflected_light_verb(v, lv, M):
        return True
    return listed_verb(v, lv, M["gain_verbs"]) and v.bare(t0) in M["gain_objects"] \
        and not any((v.norms[k],) in PREPS for k in range(lv + 1, t0)) \
        and v.norms[t0][:1] not in "بل"


def inflected_light_verb(v: View, i: int, M) -> bool:
    """A listed light verb with the ending of its plural or dual (`light_verb_endings`):
    يشنون، يعقدون، وجها، نفذا (the lists hold some such forms, not all; actors38). The word
    is no name, no definite word and none of `not_inflected_light_verbs` (قدما، تقدما)."""
    if i in v.ent_tok or v.is_def(i) or v.bare(i) in M["not_inflected_light_verbs"] \
            or v.norms[i] in M["not_inflected_light_verbs"]:
        return False
    return any(_inflected_form(n, M) for n in {v.norms[i], v.bare(i)})  # (وجها: the و is
    # the verb's own)


def _before_ma_min(v: View, subj: tuple[int, int], a: int) -> tuple[int, int] | None:
    """A light verb's subject read right after ما or من: a party noun before them opens it
    (وقوات ما | يسمى بالادارة المدنية قامت: the forces so called; قوات من | الجيش الوطني), so
    does a count before من (عددا من | المسؤولين); else the words of a relative clause or of
    a phrase behind a preposition (وبغطاء من | طيران التحالف تمكنت) are no subject."""
    m = subj[0] - 1
    if m - 1 < a or not v.word(m - 1):
        return None
    n = v.bare(m - 1)
    if n[:1] in "بل" and m - 1 not in v.ent_tok:
        return None
    if _party_like(v, m - 1) or v.norms[m] == "من" and (
            counted(v, m - 1, m) or n in event_markers()["head_skip"]):
        return m - 1, subj[1]  # (وقوات ما يسمى بالادارة المدنية: a party so called)
    return None


def _dual_unsure(v: View, lv: int, subj: tuple[int, int], M) -> bool:
    """A light verb read with the dual's ا (وجها، نفذا) whose subject before it is not two
    (X وY, or a dual): the word is likelier an accusative noun (تواصلا وتنسيقا ما بين …) or
    the first person (تمكنا من السيطرة: "we managed")."""
    n = v.bare(lv)
    if not n.endswith("ا") or n.endswith("وا") or n in M["light_verbs"]:
        return False
    return len(v.split_coordination(*subj)) < 2 and not v.bare(subj[1] - 1).endswith(
        ("ان", "ين"))


def _inflected_form(n: str, M) -> bool:
    for end in M["light_verb_endings"]:
        stem = n[:-len(end)]
        if n.endswith(end) and len(stem) >= 2 and (
                stem in M["light_verbs"] or stem[:1] in "يتس" and stem[1:] in M["light_verbs"]):
            return True
    return False


def listed_verb(v: View, i: int, words: set[str] | frozenset[str]) -> bool:
    """The word at i (without و/ف, or with a future س) is one of `words`, and no name."""
    n = v.bare(i)
    return i not in v.ent_tok and (n in words or n[:1] == "س" and n[1:] in words)


def relative_before(v: View, lv: int, a: int) -> int | None:
    """The relative pronoun right before the verb at lv, or before كان there (التي كانت
    تخوض مواجهات: actors34); None when there is none (not ما، من)."""
    r = lv - 1
    if r - 1 >= a and (v.norms[r],) in KANA:
        r -= 1
    if r >= a and clear_relative(v.norms[r]):
        return r
    return None


def antecedent_start(v: View, r: int, a: int) -> int:
    """Where the antecedent of the relative pronoun at r starts (r when there is none): the
    definite words and names right before it, the bare party noun in construct before them
    (ميليشيات | الحوثي التي), and so on back over items joined by و (الميليشيات الحوثية
    وقوات صالح التي); a noun behind ل or ب opens it only when it names a party (لطيران
    النظام الذي شن). Never past a verb, a preposition or a deed noun (اعتدت على | المصلين
    الفلسطينيين الذين حاولوا صد; لإسناد | ميليشيات الحوثي التي كانت تخوض: actors34)."""
    s = v.np_backward(r, a, SUBJECT_MAX, preps=False, after_prep=True)
    k = r
    while True:
        top = k
        while k - 1 >= s and (v.is_def(k - 1) or k - 1 in v.ent_tok) and not v.prefixed(k - 1) \
                and (v.norms[k - 1][:1] not in "لب" or k - 1 in v.ent_tok):
            k -= 1
        c = k - 1
        if k < top and c >= s and c not in v.ent_tok and not v.prefixed(c) \
                and not _nisba(v.bare(c)) and not v.trigger_noun_at(c) and not v.stop(c) \
                and (_party_like(v, c) or _people_like(v, c)) \
                and (v.norms[c][:1] not in "لب" or _clitic_party(v, c)):
            k = c  # (not a deed before it: في إطار تعزيز | المقاومة الشعبية التي تخوض)
        if k - 1 >= s and v.norms[k - 1][:1] in "لب" and _clitic_party(v, k - 1):
            return k - 1  # (هدفا | للطيران النظام الذي شن)
        if k == top or k - 1 < s or v.norms[k][:1] != "و" or v.norms[k][:1] in "لب":
            ent = v.ent_tok.get(k)
            # (للولايات | المتحدة التي: the whole name)
            k = v.skip_back_ent(k, ent, s) if ent is not None else k
            return k if k < r else r


def _done_to_antecedent(f: Frame, r: int) -> bool:
    """The relative's antecedent (pronoun at r) is what the deed is done to, no doer: a
    preposition right after the deed noun carries the pronoun agreeing with the relative
    (`relative_object_suffixes`: مدينة تعز التي تمكنوا من السيطرة عليها); or the deed noun
    carries a pronoun and is transitive (قتله، إخلاؤها: منطقة المزة التي يجري إخلاؤها); an
    intransitive one's pronoun is its doer (التي واصلت تقدمها: `intransitive_deed_nouns`;
    actors34)."""
    v = f.v
    suffixes = event_markers()["relative_object_suffixes"].get(v.bare(r), ())
    if f.t1 < f.b and (v.norms[f.t1],) in PRONOUN_PREPS \
            and any(v.norms[f.t1].endswith(x) for x in suffixes):
        return True
    if len(f.group) != 1 or pronoun_on(f.v, f.t0, f.m.end) is None:
        return False
    stem = norm_piece(f.v.text[f.m.start:f.m.end])
    stem = stem[2:] if stem.startswith("ال") else stem
    return stem not in event_markers()["intransitive_deed_nouns"]


def forced_doer(f: Frame) -> Found:
    """مما أجبر مسلحي الحوثي وقوات صالح على الانسحاب؛ أجبرت المقاومة الميليشيات على التراجع:
    a verb of forcing (`forcing_verbs`: أجبر، أرغم), its object, then على and the deed noun:
    the object does the deed (the subject only forces it; actors34). The object is a party
    or a name reaching على, with no verb, mark or clause between."""
    v, a, t0 = f.v, f.a, f.t0
    if t0 - 3 < a or v.norms[t0 - 1] != ON:
        return None
    M = event_markers()
    end = t0 - 1
    for lv in range(end - 1, max(a - 1, end - 1 - SUBJECT_MAX), -1):
        if not v.word(lv) or v.phrase_at(lv, v.W["complementizers"]) or _relative_at(v, lv):
            return None
        if listed_verb(v, lv, M["forcing_verbs"]):
            break
        if v.is_verb(lv) and lv not in v.ent_tok:
            return None
    else:
        return None
    s0 = lv + 1
    if s0 >= end or not (_party_like(v, s0) or _people_like(v, s0)):
        return None
    if v.np_coordinated(s0, end) != end:
        return None
    return v.split_coordination(s0, end)


ON = norm_piece("على")
SUPPORT_REACH = 8  # tokens of a phrase of support between a subject and its deed noun


def _until_time(v: View, k: int, t0: int) -> bool:
    """تمكنت المقاومة | حتى مساء أمس | من السيطرة؛ تمكنوا | خلال الأشهر الماضية | من
    استعادة: a preposition of time span (`time_span_preps`: حتى، خلال، منذ) opening a time is
    part of the time between a light verb and its deed noun, no preposition governing a noun
    (actors19; خلال، منذ: actors29)."""
    return v.norms[k] in event_markers()["time_span_preps"] and k + 1 < t0 \
        and v.in_time(k + 1)


def _supported_by(v: View, e: int, t0: int) -> bool:
    """تمكنت المقاومة الشعبية | بمساندة من الجيش الوطني من | استعادة: a phrase of support
    (`support_words`) opens right after the subject and runs to the deed noun, words only, no
    verb, at most SUPPORT_REACH tokens: the subject reaches its noun (actors19)."""
    return e < t0 <= e + SUPPORT_REACH and v.bare(e) in event_markers()["support_words"] \
        and all(v.word(k) and not v.is_verb(k) for k in range(e + 1, t0))


def _attached_complement(v: View, k: int) -> bool:
    """The ل phrase at k completes an adjective of allegiance right before it (الجيش الموالي
    | للشرعية، القوات المناهضة | للحوثيين): part of the subject, not a noun governing the
    deed noun after it (actors19)."""
    return k > 0 and v.norms[k][:1] == "ل" and (v.bare(k - 1),) in v.W["attachment_adjectives"]


def _after_preposition(v: View, s: int, a: int) -> bool:
    """The phrase at s is governed by the preposition right before it (في حال، على أثر); not
    a partitive من (قوات من الجيش الوطني تواصل تقدمها: the phrase's own), but a من that
    ends a compound preposition (على الرغم من الهدنة، بدلا من: compound_min_heads)."""
    n = v.norms[s - 1] if s > a else ""
    n = n[1:] if n[:1] in "وف" and (n[1:],) in PREPS else n
    if s > a and v.word(s - 1) and n == "من":
        heads = event_markers()["compound_min_heads"]
        h = v.norms[s - 2] if s - 1 > a else ""
        return in_with_conjunction(h, heads)  # وبالرغم | من
    return s > a and v.word(s - 1) and (n,) in PREPS


QUOTED_MAX = 5  # tokens of a quoted name between a light verb and its noun


def _quoted_subject(v: View, a: int, t0: int, M) -> TokSpan | None:
    """شن «جبهة النصرة» عمليات: a quoted name right between a light verb and its noun."""
    c = t0 - 1
    if c <= a or v.text[v.toks[c].start] not in QUOTES:
        return None
    for o in range(c - 1, max(a, c - 1 - QUOTED_MAX), -1):
        if not v.word(o):
            ok = v.text[v.toks[o].start] in QUOTES and o - 1 >= a and light_verb(v, o - 1, M) \
                and o + 1 < c and o + 1 in v.ent_tok
            return (o + 1, c) if ok else None
    return None


def affiliation_end(v: View, e: int, limit: int) -> int:
    """قوات مشتركة | من نيجيريا والنيجر وتشاد: a من list after a party noun is its own."""
    if e + 1 < limit and v.norms[e] == "من" and not v.trigger_noun_at(e + 1) \
            and v.bare(e + 1) not in event_markers()["execution_nouns"]:  # (تمكن الجيش | من
        # تنفيذ هجوم: the deed the verb governs, no list of members; actors34)
        items = np_list(v, e + 1, limit)
        if items:
            return items[-1][1]
    return e


def _party_like(v: View, k: int) -> bool:
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type in ("PER", "ORG")
    heads = event_markers()["agent_heads"]
    return v.in_words(k, heads)


def _people_like(v: View, k: int) -> bool:
    """A plural of people (مواطنين، المتظاهرين) may be a side of a fight."""
    n = v.bare(k)
    n = n[2:] if n.startswith("ال") else n
    return k not in v.ent_tok and n.endswith(("ين", "ون")) and len(n) >= 5 \
        and n not in event_markers()["not_people_plurals"]


def _reaches(v: View, e: int, t0: int) -> bool:
    """Only times, counts and their approximators (and a closing quote) between a subject
    and its noun."""
    k = skip_time(v, e + (e < t0 and v.text[v.toks[e].start] in QUOTES), t0)
    while k < t0 and (counted(v, k, k + 1) or v.bare(k) in event_markers()["approximators"]):
        k += 1
    return k >= t0 or k == t0 - 1 and v.norms[k][:1] == "ب" \
        and v.norms[k][1:] in event_markers()["execution_nouns"]  # … | بشن هجوم


def light_verb_after(f: Frame) -> Found:
    """A light verb with an object pronoun after the noun, its subject after it (غارات كثيفة
    شنها الطيران الحربي، قصف قامت به طائرات، هجوم سوروتش الانتحاري الذي تبناه تنظيم داعش:
    one token further past a relative pronoun) or before it inside a
    relative clause (الغارات، التي يعتقد أن الطائرات الروسية نفذتها)."""
    v, b, t1 = f.v, f.b, f.t1
    M = event_markers()
    c = next((k for k in range(t1, min(b - 1, t1 + 3)) if not v.word(k)), None)
    rel = c + 1 if c is not None and v.comma(c) and \
        (v.norms[c + 1],) in RELATIVES else None
    reach = t1 + 3 + any((v.norms[k],) in RELATIVES for k in range(t1, min(b, t1 + 3)))
    for k in range(t1, min(b, reach)) if rel is None else range(rel + 1, min(b, rel + 7)):
        if not v.word(k) and not (k + 1 < b and v.comma(k)
                                  and _pronoun_on_light_verb(v, k + 1, M)):
            return None  # (حملة أمنية موسعة، | شنتها مديرية أمن شمال سيناء: an aside comma)
        if not v.word(k):
            continue
        suffixed = _pronoun_on_light_verb(v, k, M)
        if rel is not None:
            if not suffixed:
                continue
            s0 = v.np_backward(k, rel + 1, SUBJECT_MAX)
            if s0 < k:
                return [(s0, k)]
            s0 = skip_time(v, k + 1, b)
            e = v.np_forward(s0, b)
            return [(s0, e)] if e > s0 else []
        if suffixed or (light_verb(v, k, M) and k + 1 < b
                        and (v.norms[k + 1],) in PRONOUN_PREPS):  # قصف قامت به طائرات
            s0 = skip_time(v, k + 1 if suffixed else k + 2, b)
            if s0 >= b:
                return []  # the sentence ends at the light verb (قام بها): no doer named
            if s0 + 1 < b and v.text[v.toks[s0].start] in QUOTES and s0 + 1 in v.ent_tok:
                s0 += 1  # نفذتها «عاصفة الحزم»: a quoted name
            titled = v.in_words(s0, M["genitive_agent_titles"])  # (actors43)
            e = v.np_coordinated(s0, b) if _party_like(v, s0) or titled \
                else v.np_forward(s0, b)
            return v.split_coordination(s0, e) if e > s0 else []  # هجوم شنه الحوثيون
            # وقوات صالح; المباحثات التي أجراها الرئيس المصري عبد الفتاح السيسي ونظيره
            # اليمني: each party of a coordinated subject, a title's too
    return None


def _doer_follows(f: Frame) -> bool:
    """A light verb with an object pronoun right after the deed noun (past its adjectives, a
    relative pronoun or a comma; no other noun of a deed between: not «صد هجوم شنته», whose
    pronoun points at هجوم) and a party after it: light_verb_after names the noun's doer."""
    v, b, t1 = f.v, f.b, f.t1
    M = event_markers()
    for k in range(t1, min(b, t1 + 4)):
        if _pronoun_on_light_verb(v, k, M):
            found = light_verb_after(f)
            return bool(found) and (_party_like(v, found[0][0]) or found[0][0] in v.ent_tok)
        if v.word(k) and (k in v.ent_tok or v.trigger_noun_at(k) or v.is_verb(k)):
            return False
    return False


def _pronoun_on_light_verb(v: View, k: int, M) -> bool:
    """نفذها، شنه، تبناه، أطلقها: a light, adopt or launch verb with an object pronoun (a final ى
    is written ا before the pronoun: تبنى → تبناه)."""
    held, answers = _LIGHT_PRONOUN
    if held is not M:  # (answers are kept for one marker table: another starts them anew)
        answers = {}
        _LIGHT_PRONOUN[:] = [M, answers]
    n = v.bare(k)
    got = answers.get(n)
    if got is None:
        if len(answers) > 100_000:
            answers.clear()
        got = answers[n] = _light_pronoun_word(
            n, marker_words(M, "light_verbs", "adopt_verbs", "launch_verbs"))
    return got


# `_pronoun_on_light_verb`'s answers by word: its passes ask it of every token after a deed
# noun of every event (~50 a document), and the answer is the word's alone
_LIGHT_PRONOUN: list = [None, {}]


def _light_pronoun_word(n: str, verbs: frozenset[str]) -> bool:
    """The word (without و/ف) is one of `verbs` with an object pronoun."""
    for suf in OBJECT_PRONOUNS:
        stem = n[:-len(suf)]
        if n.endswith(suf) and (stem in verbs or stem[-1:] == "ا" and stem[:-1] + "ي" in verbs):
            return True
    return False


def agent_after(f: Frame) -> Found:
    """The agent after the noun: قصف لطيران النظام، غارات للتحالف، قصف للدعم السريع، هجوم
    من قبل قوات، قصف من جانب الجيش، مجزرة على يد … (agent_phrases; an adjective may come
    between: قصف عنيف لـ …)."""
    v, b, t1 = f.v, f.b, f.t1
    M = event_markers()
    if len(f.group) == 1 and pronoun_on(v, f.t0, f.m.end) is not None:
        return None  # باختطافها للمقاتلين: the pronoun is the agent, the ل phrase the object
    k = t1
    while k < min(b, t1 + 2) and v.word(k) and v.norms[k][:1] != "ل" and not v.stop(k) \
            and k not in v.ent_tok and (v.norms[k][:1] != "م" or _participle(v, k)
                                        or v.bare(k) in M["manner_participles"]):
        if v.trigger_noun_at(k):
            return None  # صد هجوم | لبوكو حرام: the agent of the deed noun after it
        if v.bare(k) in M["owned_targets"] or v.bare(k) in M["generic_places"]:
            return None  # قصف أهداف | لتنظيم داعش: the struck things' owner, no agent
        k += 1  # an adjective passes (قصف عنيف، غارات مكثفة، قصف مكثف | لطيران); a noun in م opens
        # the object (استهداف مواقع | للتنظيم: the owner of the target, no agent)
    n = v.phrase_at(k, M["agent_phrases"]) if k < b else 0  # من قبل، من جانب، على يد
    if n:
        e = v.np_forward(k + n, b)
        return [(k + n, e)] if e > k + n else None
    if k < b and v.norms[k][:1] == "ل" and len(v.norms[k]) > 3:
        head = v.norms[k][1:]
        ent = v.ent_tok.get(k)
        if ent is not None and ent.start == v.toks[k].start and ent.type == "PER":
            return None  # محادثات لافروف: the ل is the name's own (a genitive, read later)
        if head in M["agent_heads"] or (head[:1] == "ل" and "ال" + head[1:] in
                                         M["agent_heads"]) or (
                ent is not None and ent.type in ("ORG", "PER")):
            e = v.np_forward(k, b, prefixed_ok=True)
            if e > k:
                return [(k, e, 1)]  # without its ل
    return None


def _participle(v: View, k: int) -> bool:
    """An indefinite participle or relational adjective in م (مكثفة، منفصلة، مدفعي), not a
    place or site noun (منطقة، مواقع، مقر)."""
    n = v.bare(k)
    return not v.is_def(k) and n.endswith(("ه", "ي", "يه")) and not place_word(v, k) \
        and (n,) not in event_markers()["site_heads"] \
        and n not in event_markers()["generic_places"]


def agent_later(f: Frame) -> Found:
    """قصف عنيف منذ أيام من قبل النظام، تفجير ثلاث عربات مفخخة من قبل التنظيم: an agent
    phrase later in the noun's clause (rasd.events.frame.agent_phrase)."""
    found = agent_phrase(f.v, f.t1, f.b, f.trig.type in ASIDE_TYPES)  # (حرق طفل فلسطيني في
    # قرية دوما، على أيدي مستوطنين متطرفين: past an aside, frame.agent_past_aside)
    return f.v.split_coordination(*found) if found else None


AGENT_FROM_REACH = 3  # words between a deed noun and the من of its agent
FROM_AGENT_TYPES = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}


def agent_from(f: Frame) -> Found:
    """عمليات مطاردة من قوات الأمن، تهديدات بالقتل من طالبان، هجوم عنيف من مسلحي الحركة: a
    party named right after من, right after a deed noun (past its indefinite adjectives and
    a ب phrase of manner), is its agent. Not after a seizing, release or removal noun
    (تحرير المدينة من داعش، التطهير من الميليشيات: who is driven out), a noun with a
    pronoun (حمايتهم من), a count or any other noun (اعتقال 5 من عناصر، اعتقال مطلوبين من:
    a partitive)."""
    v, b, t1 = f.v, f.b, f.t1
    head = v.bare(f.t0)
    if f.trig.type not in FROM_AGENT_TYPES or {"seize", "release"} & set(f.trig.modes) \
            or len(f.group) == 1 and pronoun_on(v, f.t0, f.m.end) is not None \
            or {head, head[2:] if head[:2] == "ال" else head} & event_markers()["removal_nouns"]:
        return None  # (التطهير من الميليشيات: who is driven out)
    k = t1
    while k < min(b, t1 + AGENT_FROM_REACH) and v.word(k) and v.norms[k] != "من":
        manner = v.norms[k][:3] == "بال" and len(v.norms[k]) > 5  # بالقتل، بالرصاص
        if not (manner or not v.is_def(k) and k not in v.ent_tok
                and (_nisba(v.bare(k)) or _participle(v, k))):
            return None
        k += 1
    if k + 1 >= b or v.norms[k] != "من" or not v.word(k + 1):
        return None
    s, ent = k + 1, v.ent_tok.get(k + 1)
    if ent is not None and (ent.type not in ("PER", "ORG") or ent.start < v.toks[s].start) \
            or ent is None and not v.in_words(s, event_markers()["agent_heads"]):
        return None
    e = v.np_coordinated(s, b)
    return v.split_coordination(s, e) if e > s else None


def nationality_after(f: Frame) -> Found:
    """الغارات الروسية، المساعدات السعودية، العقوبات الأمريكية: a definite relational
    adjective after the noun (past a mode adjective such as الجوية) that stands for a state
    or an armed group. After an indefinite noun (actors44) an indefinite one names the doer
    only where it cannot name a person the deed is done to (`indefinite_nationality_endings`:
    غارة جوية أمريكية، عقوبات أميركية، قصف جوي سوري; not أسرى إيرانيين، اعتقال فلسطيني)."""
    v, b = f.v, f.b
    if f.trig.type not in NATIONAL_TYPES:
        return None
    ends = event_markers()["indefinite_nationality_endings"]
    bare_noun = not v.is_def(f.t0) and pronoun_on(v, f.t0, f.m.end) is None and all(
        _nisba(v.bare(t)) and v.toks[t].end <= f.group[-1].end for t in range(f.t0 + 1, f.t1))
    # (تحطم طائرة | حربية سورية: the adjective of a genitive inside the trigger describes that
    # noun; مقتل جندي | تركي: nor of the word the trigger needs, not the deed)
    for k in range(f.t1, min(b, f.t1 + 2)):
        if not v.word(k) or not _nisba(v.bare(k)) or k in v.ent_tok and \
                v.ent_tok[k].type not in ("LOC", "ORG", "MISC"):
            return None
        if not v.is_def(k) and not (bare_noun and (
                v.bare(k) in event_markers()["indefinite_deed_adjectives"]
                or nominal_link(v, k) is not None)):
            return None  # (مقتل جندي | تركي: a person, no adjective of the deed)
        link = nominal_link(v, k)
        if link is not None and not v.is_def(k) and not _indefinite_national(v, k, f.t0, ends):
            return None
        if link is not None and link.kind in ("country", "armed-group", "military",
                                              "government"):
            if not v.is_def(k):  # (parties.party_span keeps it: an adjective, no name)
                v.memo.setdefault("deed_nationals", set()).add(k)
            return [(k, k + 1)]
    return None


def _indefinite_national(v: View, k: int, t0: int, ends: dict[str, tuple[str, ...]]) -> bool:
    """The indefinite adjective at k agrees with a deed noun, not a person: feminine at once
    (غارة | أمريكية), masculine only past another indefinite adjective (قصف جوي | سوري)."""
    after_adjective = k - 1 > t0 and v.bare(k - 1) in event_markers()["indefinite_deed_adjectives"]
    return v.bare(k).endswith(ends["after_adjective" if after_adjective else "alone"])


def nominal_link(v: View, k: int) -> Link | None:
    """The state a nationality adjective at k stands for in the knowledge base (الروسية →
    Russia), asked once per word form; other words are not looked up (the lookup weighs
    the whole document, so only the few nationality forms may ask)."""
    key = v.norms[k]
    if not is_nationality(key):
        return None
    cache: dict[str, Link | None] = v.memo.setdefault("nominal", {})
    if key not in cache:
        cache[key] = resolve_nominal(v.doc, v.clitic_start(k), v.toks[k].end)
    return cache[key]


BETWEEN_REACH = 16  # tokens from a noun to its بين (اشتباكات في مناطق بريف حمص … بين X وY)


def between_list(f: Frame) -> Found:
    """بين X و Y: المحادثات بين النظام وروسيا وإيران, all the parties act; two sides (بين X
    وY من جهة وZ من جهة أخرى): the first side acts, the second is the recipient, except in a
    fight: an assault between parties (اشتباكات، معارك، مواجهات، تبادل لإطلاق النار بين X
    وY) is mutual, every side of it acts and none is only fought (`mutual`)."""
    v, b = f.v, f.b
    if "بين" not in v.norms[f.t1:b]:
        return None  # (the walk ends at بين or finds nothing: skipped where none follows)
    k = f.t1 - 1
    while k + 1 < min(b, f.t1 + BETWEEN_REACH):
        k = v.time_aside(k + 1, b)  # تصاعدت حدة المعارك، ليلة السبت، بين …: past a time aside
        if k >= b:
            return None
        if k > f.t1 + 7 and (v.is_verb(k) or v.trigger_noun_at(k)
                             or clear_relative(v.norms[k])):
            return None  # past the noun's own place phrase, no other clause or event
        if mutual(f) and v.trigger_noun_at(k):
            return None  # وسبق الغارات اشتباكات بين X وY: the sides are the other deed's
        if v.norms[k] == "بين" and v.phrase_at(k, event_markers()["between_times"]):
            k += v.phrase_at(k, event_markers()["between_times"]) - 1
            continue  # مواجهات مسلحة بين فترة وأخرى | بين الحوثيين والمقاومة: a time
        if v.norms[k] == "بين":
            first = np_list(v, k + 1, b)
            e = first[-1][1] if first else k + 1
            if first and (g := _side_closer(v, e, b)) > e:
                first[-1], e = (first[-1][0], g), g  # للمخلوع | صالح من جهة: the side's own words
            other: list[TokSpan] = []
            if first and e + 2 < b and v.norms[e] == "من" and v.norms[e + 1] in ("جهه", "طرف"):
                s0 = e + 2  # (من طرف، والفصائل المقاتلة من طرف اخر)
                if s0 + 1 < b and v.comma(s0):
                    s0 += 1  # من جهة، والحوثيين
                if v.norms[s0][:1] == "و" and len(v.norms[s0]) > 2:
                    other = [x for r in np_list(v, s0, b) for x in v.split_coordination(*r)]
            elif first and mutual(f) and e + 1 < b and v.comma(e) \
                    and v.norms[e + 1][:1] == "و" and len(v.norms[e + 1]) > 2 \
                    and (_party_like(v, e + 1) or _people_like(v, e + 1)):
                other = [x for r in np_list(v, e + 1, b)  # بين قوات الأسد، والفصائل المسلحة
                         for x in v.split_coordination(*r)]
            sides = [x for r in first for x in (  # (مدينتي مارع وجرابلس: one place phrase)
                [r] if place_word(v, r[0]) else v.split_coordination(*r))]
            if mutual(f):
                return sides + other or None  # both sides of a clash act
            if other:
                f.recipient, f.recipient_conj = other, True
            return sides or None
        if not v.word(k) and not (v.comma(k) and k + 1 < b
                                  and v.norms[k + 1] == "بين"):
            return None  # (اندلعت اشتباكات أمس، بين …; دارت اشتباكات في حي X، بين …)
    return None


SIDE_TAIL = 3  # words a side's phrase may run on to its من جهة (the owner's name: علي عبدالله صالح)


def _side_closer(v: View, e: int, b: int) -> int:
    """Where the first side of «بين X من جهة وY من جهة أخرى» ends when من جهة closes it a
    few plain words after the phrase found (الحوثيين والقوات الموالية للمخلوع صالح من جهة):
    those words finish the side, so the other side is still read; e when no من جهة follows
    within SIDE_TAIL plain words (no preposition, conjunction, verb, trigger, punctuation)."""
    g = e
    while g < min(b, e + SIDE_TAIL) and v.word(g) and v.norms[g] != "من" \
            and v.norms[g][:1] != "و" and (v.norms[g],) not in PREPS \
            and not v.is_verb(g) and not v.trigger_noun_at(g):
        g += 1
    if g > e and g + 2 < b and v.norms[g] == "من" and v.norms[g + 1] in ("جهه", "طرف"):
        return g
    return e


def mutual(f: Frame) -> bool:
    """An assault told with بين is a fight between its sides (معارك بين الجيش ومسلحي داعش,
    القصف المتبادل بين): none of them is only its target."""
    return f.trig.type == "ASSAULT"


def predicate_subject(f: Frame) -> Found:
    """أن السلطات مستعدة: a predicate noun whose subject follows إن/أن."""
    v, a = f.v, f.a
    if v.norms[f.t0][:1] in "بل" and v.clitic_start(f.t0) > v.toks[f.t0].start \
            or v.norms[f.t0][:1] in "بل" and not v.is_def(f.t0):
        return None  # قررت السماح بغارات: a preposition phrase is no predicate
    clauses, norms, bares = openers(v.W["complementizers"]), v.norms, v.bares
    if not any(norms[k] in clauses or bares[k] in clauses for k in range(a, f.t0)):
        return None  # (no إن/أن before it: the subject's start never follows one)
    subj = v.subject_before(f.t0, a, SUBJECT_MAX)
    if subj and subj[0] > a and v.phrase_at(subj[0] - 1, v.W["complementizers"]) \
            and subj[1] - subj[0] <= 4 and (v.is_def(subj[0]) or subj[0] in v.ent_tok) \
            and not any((v.norms[k],) in PREPS for k in range(*subj)):
        return v.split_coordination(*subj)
    return None


def intent_name(f: Frame) -> Found:
    """سعي إيران لفرض شروط: an intent noun, a name, then the purpose ل."""
    v, a, t0 = f.v, f.a, f.t0
    if t0 > a and v.norms[t0][:1] == "ل" and (t0 - 1) in v.ent_tok:
        e = v.ent_tok[t0 - 1]
        s = t0 - 1
        s = v.skip_back_ent(s, e, a)
        if s - 1 >= a and any(x in event_markers()["intent_nouns"]
                              for x, _, _ in clitic_stems(v.norms[s - 1])):
            return [(s, t0)]
    return None


def participants(f: Frame) -> Found:
    """X <participation verb> في <noun> or <verb> X في <noun>: شارك مئات السوريين في احتجاج;
    a party described as involved in it (عصابات متورطة في عمليات خطف: participation
    adjectives)."""
    v, a = f.v, f.a
    M = event_markers()
    p = f.t0 - 1
    if p <= a or v.bare(p) != "في":
        return None
    k = p - 1
    if k > a and v.in_words(k, M["participation_adjectives"]):
        s = v.np_backward(k, a, SUBJECT_MAX, preps=False, after_prep=True)  # عصابات متورطة
        party = s < k and (_party_like(v, s) or _people_like(v, s)
                           or v.in_words(s, M["party_heads"]))
        return v.split_coordination(s, k) if party else None
    for k in range(p - 1, max(a - 1, p - SUBJECT_MAX - 1), -1):
        if not v.word(k):
            return None
        if v.bare(k) in M["participation_verbs"] or v.norms[k] in M["participation_verbs"]:
            if k + 1 < p:  # VSO: the phrase between the verb and في
                e = v.np_forward(k + 1, p)
                return [(k + 1, e)] if e == p else None
            subj = v.subject_before(k, a, SUBJECT_MAX)
            return v.split_coordination(*subj) if subj else None
    return None


def light_noun_before(f: Frame) -> Found:
    """قيام النظام بتدمير المناطق، لقيام مجهولين الليلة الماضية بتدمير صهريج، إقدام مسلحين على
    قتل: the noun of a light verb (light_nouns) with its subject in the genitive, then the
    deed noun after the preposition it takes: the genitive is the deed's agent."""
    v, a, t0 = f.v, f.a, f.t0
    M = event_markers()
    if not M["light_nouns"] or t0 - 2 < a:
        return None
    first = v.norms[t0]
    on = "علي" if t0 - 1 >= a and v.norms[t0 - 1] == "علي" else first[:1]  # (على, normalized)
    end = t0 - 1 if on == "علي" else t0
    k = end - 1
    while k > a and v.in_time(k):
        k -= 1  # لقيام مجهولين | الليلة الماضية | بتدمير
    reach = SUBJECT_MAX
    if k > a and _comma(v, k):  # قيام ميليشيات الحوثيين …، خلال الأيام الماضية، | بإعدام
        c = next((x for x in range(k - 1, max(a, k - 1 - ASIDE_WORDS), -1)
                  if not v.word(x)), None)
        if c is None or not _comma(v, c) or not _aside(v, c + 1, k):
            return None
        k, reach = c - 1, LIGHT_NOUN_REACH  # (actors40)
    for s0 in range(k, max(a - 1, k - reach), -1):
        if reach > SUBJECT_MAX and s0 not in v.ent_tok and (
                v.is_verb(s0) or v.trigger_noun_at(s0)):
            return None  # (past an aside, a subject with no verb or deed of its own)
        noun = v.bare(s0 - 1) if s0 - 1 >= a else ""
        noun = noun[1:] if noun[:1] in "لب" and noun[1:] in M["light_nouns"] else noun
        if noun in M["light_nouns"] and M["light_nouns"][noun] == on:
            e = v.np_forward(s0, k + 1)
            if e < k + 1 and _party_like(v, s0):
                e = max(e, v.np_coordinated(s0, k + 1))  # قيام ميليشيات الحوثيين والقوات
                # الموالية للمخلوع: each party of a joined subject (actors40)
            return v.split_coordination(s0, e) if e > s0 and (
                _party_like(v, s0) or e == k + 1) else None
        if not v.word(s0):
            return None
    return None


LIGHT_NOUN_REACH = 12  # tokens of a light noun's subject before a comma aside (actors40)
SEPARATE_PREPS = frozenset({"علي", "عن", "من", "في"})  # written apart from the deed noun


def governing_noun_before(f: Frame) -> Found:
    """إعلان الجيش عزل الرئيس، عقب محاولة الحوثيين الهجوم على مواقع المقاومة، اقتراب المقاومة
    من تحرير المحافظة، إعلان الولايات المتحدة شن غارات: the verbal noun of a verb whose
    object is a deed (announcing, trying, going on, succeeding: `governing_nouns`), in
    construct with a party (an ORG/PER name or an agent head), then the deed noun as its
    object or after the preposition it takes: the genitive is the deed's agent. The genitive
    must end right at the deed (or at a noun of carrying out before it: شن، تنفيذ); a
    consequence (مقتل) announced is not the announcer's deed."""
    v, a, t0 = f.v, f.a, f.t0
    M = event_markers()
    if t0 - 2 < a or v.bare(t0) in M["consequences"]:
        return None
    glued = norm_piece(v.text[v.toks[t0].start:f.event.trigger.start])
    if glued in ("ب", "ل"):
        prep, end = glued, t0
    elif glued:
        return None
    elif v.norms[t0 - 1] in SEPARATE_PREPS:
        prep, end = v.norms[t0 - 1], t0 - 1
    elif v.norms[t0 - 1] in M["execution_nouns"]:
        prep, end = "", t0 - 1  # إعلان الولايات المتحدة شن | غارات
    else:
        prep, end = "", t0
    while end - 1 > a and v.in_time(end - 1):
        end -= 1  # إعلان القوات … | أمس الأول | عن تدمير
    for s0 in range(end - 1, max(a, end - 1 - SUBJECT_MAX), -1):
        if not v.word(s0 - 1) or not v.word(s0):
            return None
        noun = _unprefixed(v.norms[s0 - 1], M["governing_nouns"])
        if noun is not None:
            if prep not in M["governing_nouns"][noun] or not _state_or_party(v, s0) \
                    or v.np_forward(s0, end) != end:
                return None
            return v.split_coordination(s0, end)
    return None


def _state_or_party(v: View, k: int) -> bool:
    """A party (_party_like), or a state named as one (إعلان الولايات المتحدة شن غارات)."""
    ent = v.ent_tok.get(k)
    if ent is not None and ent.type == "LOC":
        return ent.link is not None and ent.link.kind == "country"
    return _party_like(v, k)


def _unprefixed(n: str, words: dict) -> str | None:
    """The word, or the word without a leading و/ف and ل/ب (لمحاولة، وبعد إعلان: بعد is a
    word of its own), when it is one of `words`."""
    for k in (0, 1, 2):
        if n[:k] in ("", "و", "ف", "ل", "ب", "ول", "وب", "فل") and n[k:] in words:
            return n[k:]
    return None


FAR_REACH = 18  # tokens from a light verb, past its subject and adverbial phrases, to its noun


def light_verb_far(f: Frame) -> Found:
    """وتشن مقاومة تهامة بين فترة وأخرى هجمات، ويشن التحالف العربي منذ 26 اذار/مارس حملة
    جوية، وبدأت القوات الموالية لهادي الموجود في المنفى بدعم من طيران التحالف هجوما: a light
    verb opening its clause, its subject right after it, then only adverbial phrases (each
    opened by a time, a preposition or a ب word; no verb, no clause mark, no other deed noun)
    before an indefinite deed noun, the verb's object. The subject is the actor however long
    those phrases run (light_verb_before stops at a preposition past LIGHT_VERB_BACK)."""
    v, a, t0 = f.v, f.a, f.t0
    if t0 - 1 <= a or v.is_verb(t0) or v.is_def(t0) or t0 in v.ent_tok \
            or not _object_edge(v, t0 - 1):
        return None
    M = event_markers()
    if v.bare(t0) in M["consequences"]:
        return None  # أعلنت الوزارة في بيان مقتل 20 شخصا: who tells a death need not cause it
    for lv in range(t0 - 1, max(a - 1, t0 - 1 - FAR_REACH), -1):
        if not v.word(lv) and v.text[v.toks[lv].start] not in "()/" \
                or v.phrase_at(lv, v.W["complementizers"]) or _relative_at(v, lv) \
                or lv < t0 - 1 and v.trigger_noun_at(lv) and lv not in v.ent_tok:
            return None  # (a deed noun inside a name, الجيش الشعبي لتحرير السودان, is none)
        if not v.is_verb(lv) or lv in v.ent_tok:
            continue
        if not light_verb(v, lv, M):
            return None  # (another verb between: the noun is its object, not the light verb's)
        s0 = skip_time(v, lv + 1, t0)
        if not (v.norms[lv][:1] in "وف" or v.boundary_before(lv, a)):
            return _subject_before_far(v, lv, a, s0, t0, M)
        if s0 >= t0 or not (_party_like(v, s0) or s0 in v.ent_tok):
            return None
        e = affiliation_end(v, before_count(v, s0, v.np_coordinated(s0, t0)), t0)
        e = next((k for k in range(s0 + 1, e) if v.bare(k) in M["support_words"]), e)
        if e <= s0 or e >= t0 or not _adverbial_at(v, e, t0, M):
            return None  # (… المدعومة | بالمقاومة: the support phrase is no part of the party)
        return v.split_coordination(s0, e)
    return None


ASIDE_WORDS = 8  # words of one comma aside between a light verb's subject and its noun


def light_verb_aside(f: Frame) -> Found:
    """شن طيران التحالف، ليلة الأحد، غارات عدة؛ ووجه طواف، في حوار مع "الوطن"، انتقادات؛
    وبدأت قوات النظام … في الرابع من يوليو الحالي، هجوما: a light verb opening its clause,
    its subject right after it, then up to two asides set off by commas (a time, a
    preposition phrase, an apposition: no verb, relative pronoun or deed noun in them) or one
    between dashes (وشنت الجبهة -وهي جناح تنظيم القاعدة- هجوما: View.dash_aside_open) before
    an indefinite deed noun: the subject is the noun's actor, as light_verb_far reads it
    where no comma stands between (actors27)."""
    v, a, t0 = f.v, f.a, f.t0
    if t0 - 2 > a and v.is_def(t0) and not v.is_verb(t0) and counted(v, t0 - 1, t0) \
            and v.word(t0 - 1) and _comma(v, t0 - 2):
        t0 -= 1  # وشن طيران الائتلاف في الاسابيع الماضية، | عشرات الغارات (actors40)
    dash = v.dash_aside_open(t0 - 1, a) if t0 - 2 > a else None  # شنت الجبهة -وهي …- هجوما
    if t0 - 2 <= a or v.is_verb(t0) or v.is_def(t0) or t0 in v.ent_tok \
            or v.norms[t0][:1] in "وف" or not (_comma(v, t0 - 1) or dash is not None):
        return None
    M = event_markers()
    if v.bare(f.t0) in M["consequences"]:
        return None  # أعلنت الوزارة، في بيان، مقتل 20 شخصا: who tells a death need not cause it
    return _subject_past_asides(v, a, t0 - 1 if dash is None else dash, M)


def light_verb_aside_governed(f: Frame) -> Found:
    """وقد تمكنت القوات والمقاومة، أمس، من السيطرة؛ وقامت قوات الاحتلال، فجر اليوم،
    باعتقال: as light_verb_aside, but the deed is a verbal noun governed by the preposition
    of a light verb whose subject does what it governs (`complement_verbs`: تمكن، نجح، قام،
    أقدم، بدأ، استمر; not سمح ب, whose subject lets another do it), the preposition
    (`complement_preps`: من، في، على، إلى, or ب glued to the noun) right after the asides:
    the light verb's subject is the noun's actor (light_verb_before stops at the comma;
    actors29)."""
    v, a, t0 = f.v, f.a, f.t0
    if t0 - 3 <= a or v.is_verb(t0) or t0 in v.ent_tok:
        return None
    M = event_markers()
    preps = M["complement_preps"]
    if v.norms[t0][:1] == "ب" and "ب" in preps:
        start = t0  # ، باعتقال: the preposition glued to the noun
    elif v.norms[t0 - 1] in preps:
        start = t0 - 1  # ، من السيطرة
    else:
        return None
    if not _comma(v, start - 1) or v.bare(t0) in M["consequences"]:
        return None
    return _subject_past_asides(v, a, start - 1, M, M["complement_verbs"] | M["undertaking_verbs"])


def expressed_stance(f: Frame) -> Found:
    """وعبرت الحكومة اليمنية عن تقديرها؛ أعرب نائب الرئيس اليمني خالد بحاح، عن تقديره؛ وعبر
    الحريري خلال الاستقبال عن الشكر: a verb of expressing (`expressing_verbs`: أعرب، عبر، أبدى)
    opening its clause, its subject right after it (past a time, a preposition phrase or comma
    asides), then عن and the stance noun it expresses: the subject holds the stance (the
    verb is no light verb: light_verb_before does not read it; actors29)."""
    v, a, t0 = f.v, f.a, f.t0
    if v.norms[t0] == "عن":
        start = t0  # the trigger opens at عن: «عن تقديرها»
    elif t0 - 1 > a and v.norms[t0 - 1] == "عن":
        start = t0 - 1
    else:
        return None
    if start - 2 < a:
        return None
    M = event_markers()
    end = start - 1 if _comma(v, start - 1) else start
    for lv in range(end - 1, max(a - 1, end - 1 - FAR_REACH), -1):
        if v.bare(lv) in M["expressing_verbs"] and lv not in v.ent_tok:
            break
        if not v.word(lv) or v.is_verb(lv) or _relative_at(v, lv) \
                or v.phrase_at(lv, v.W["complementizers"]):
            return None  # (another verb or clause between: عن is not the verb's)
    else:
        return None
    if not (v.norms[lv][:1] in "وف" or v.boundary_before(lv, a)):
        return None
    s0 = skip_time(v, lv + 1, end)
    if s0 >= end or not any(_state_or_party(v, k) for k in range(s0, end)):
        return None  # (a title alone, نائب الرئيس: its name, a PER, or a state must follow)
    e = affiliation_end(v, before_count(v, s0, v.np_coordinated(s0, end)), end)
    if e < end and all(k in v.ent_tok or v.is_def(k) and (v.norms[k],) not in PREPS
                       for k in range(e, end)):
        e = end
    if e <= s0 or e < end and not _adverbial_at(v, e, end, M):
        return None
    return v.split_coordination(s0, e)


def _subject_past_asides(v: View, a: int, end: int, M,
                         verbs: frozenset[str] | set[str] | None = None) -> Found:
    """The subject of a light verb opening its clause whose object (or complement) starts
    after the comma at `end`, past up to two comma asides (a time, a preposition phrase, an
    apposition) between the subject and that comma; None when the clause is not so built
    (given `verbs`, the verb must be one of them, light or not)."""
    for _ in range(2):  # ، ابن بشرى الأسد، وأخت رئيس النظام، | زيارة
        c = next((k for k in range(end - 1, max(a, end - 1 - ASIDE_WORDS), -1)
                  if not v.word(k) and v.text[v.toks[k].start] not in QUOTES), None)
        if c is None or not _comma(v, c) or not _aside(v, c + 1, end):
            break
        end = c
    for lv in range(end - 1, max(a - 1, end - 1 - FAR_REACH), -1):
        if not v.word(lv) and v.text[v.toks[lv].start] not in "()/" \
                or v.phrase_at(lv, v.W["complementizers"]) or _relative_at(v, lv) \
                or v.trigger_noun_at(lv) and lv not in v.ent_tok:
            return None
        listed = verbs is not None and v.bare(lv) in verbs and lv not in v.ent_tok
        if not listed and (not v.is_verb(lv) or lv in v.ent_tok):
            continue  # (a listed verb the tagger reads as a noun, وعبرت، is still the verb)
        if not (listed or verbs is None and light_verb(v, lv, M)) \
                or not (v.norms[lv][:1] in "وف" or v.boundary_before(lv, a)):
            return None  # (another verb between; a light verb after its subject: not read)
        s0 = skip_time(v, lv + 1, end)
        if s0 >= end or not (_party_like(v, s0) or s0 in v.ent_tok):
            return None
        e = affiliation_end(v, before_count(v, s0, v.np_coordinated(s0, end)), end)
        if e < end and all(k in v.ent_tok or v.is_def(k) and (v.norms[k],) not in PREPS
                           for k in range(e, end)):
            e = end  # حزب العدالة والتنمية | الحاكم، باسل | آصف شوكت،: the comma ends it
        if e <= s0 or e < end and not _adverbial_at(v, e, end, M):
            return None
        return v.split_coordination(s0, e)
    return None


def _comma(v: View, k: int) -> bool:
    return not v.word(k) and v.comma(k)


def _aside(v: View, s: int, e: int) -> bool:
    """Tokens [s, e) are an aside between commas: a few words (quotes allowed), no verb,
    relative pronoun, complementizer or deed noun (a clause or a deed of its own)."""
    if not 0 < e - s <= ASIDE_WORDS:
        return False
    for k in range(s, e):
        if v.text[v.toks[k].start] in QUOTES:
            continue
        if not v.word(k) or k not in v.ent_tok and (
                v.is_verb(k) or v.trigger_noun_at(k)) or _relative_at(v, k) \
                or v.phrase_at(k, v.W["complementizers"]):
            return False
    return True


def _glued(v: View, k: int) -> bool:
    """A hyphen inside a written name with no space around it (إف-16): no clause mark."""
    t = v.toks[k]
    return v.text[t.start:t.end] == "-" and 0 < k < len(v.toks) - 1 \
        and v.toks[k - 1].end == t.start and v.toks[k + 1].start == t.end


COUNTED_REACH = 6  # words from a count opening a subject to the من of its party


def _counted_party(v: View, s0: int, t0: int) -> int:
    """قامت ثلاث مقاتلات إف-16 من سلاح الجو التركي بقصف: a subject that opens with a count
    of men or machines names its party after a partitive من: the party is the doer (the
    count alone is none); else s0 as it was (actors25)."""
    if s0 >= t0 or not counted(v, s0, s0 + 1):
        return s0
    words = 0
    for k in range(s0 + 1, t0 - 1):
        words += v.word(k)
        if words > COUNTED_REACH:
            return s0
        if v.norms[k] == "من":
            return k + 1 if _party_like(v, k + 1) else s0
        if v.is_verb(k) or (v.norms[k],) in PREPS or v.trigger_noun_at(k):
            return s0
    return s0


def _clitic_party(v: View, s: int) -> bool:
    """A party noun behind the preposition ل or ب (هدفا لطيران النظام الذي شن: the
    antecedent of a relative clause governed by a preposition; its ل is no part of it)."""
    n = v.norms[s]
    if n[:1] not in "لب" or len(n) < 4:
        return False
    ent = v.ent_tok.get(s)
    heads = event_markers()["agent_heads"]
    return n[1:] in heads or n[:2] == "لل" and n[2:] in heads or ent is not None \
        and ent.start > v.toks[s].start and ent.type in ("ORG", "PER")  # (للجيش: ل + الجيش)


def _subject_before_far(v: View, lv: int, a: int, s0: int, t0: int, M) -> Found:
    """أن قوات التحالف نفذت في العراق عشر ضربات جوية: a light verb after its subject, then
    only adverbial phrases (opening with a preposition, no party of their own) before its
    deed noun: the subject before the verb is the actor (light_verb_before stops at the
    preposition; actors25)."""
    if s0 >= t0 or (v.norms[s0],) not in PREPS or _party_like(v, s0) \
            or v.norms[lv][:1] in "وف":
        return None  # (a joined light verb has the clause before's subject: context's)
    subj = v.subject_before(lv, a, SUBJECT_MAX)
    if not subj or _after_preposition(v, subj[0], a):
        return None
    return v.split_coordination(*subj)


def _relative_at(v: View, k: int) -> bool:
    """A relative pronoun opens a clause at k. من and ما are also the prepositions "from, of"
    and "what": before a noun or inside a time (في الرابع من يوليو، بدعم من طيران التحالف)
    they open no clause; before a verb they do (من يريد، ما يحدث)."""
    if (v.norms[k],) not in RELATIVES:
        return False
    if not ambiguous_relative(v.norms[k]):
        return True
    return not v.in_time(k) and k + 1 < len(v.toks) and v.is_verb(k + 1)


def _object_edge(v: View, k: int) -> bool:
    """The word before the deed noun ends a phrase the noun cannot be governed by: a definite
    word or a name (an indefinite noun after it starts a phrase of its own), a time, a number,
    a bracket (not a preposition, nor an indefinite noun whose genitive it may be)."""
    return not v.word(k) and v.text[v.toks[k].start] in ")" or v.in_time(k) \
        or v.norms[k].isdigit() or counted(v, k, k + 1) \
        or (v.is_def(k) or k in v.ent_tok) and (v.norms[k],) not in PREPS


def _adverbial_at(v: View, e: int, t0: int, M) -> bool:
    """A phrase opening at e is adverbial: a time, a preposition (في، منذ، بين), or a word of
    support or leading (بدعم، بقيادة)."""
    return skip_time(v, e, t0) > e or (v.norms[e],) in PREPS \
        or v.bare(e) in M["support_words"] or v.bare(e) in M["leading_words"]


ACTOR_PASSES: tuple[Callable[[Frame], Found], ...] = (
    light_noun_before, governing_noun_before, light_verb_before, forced_doer, light_verb_after,
    agent_after,
    agent_later, agent_from, nationality_after, between_list, predicate_subject, intent_name,
    participants, light_verb_far, light_verb_aside, light_verb_aside_governed,
    expressed_stance)
NATIONAL_TYPES = {"ASSAULT", "AID", "SANCTION", "SUPPORT", "THREATEN", "COERCE", "MOBILIZE",
                  "RETREAT"}


def noun_actor(f: Frame) -> list[TokSpan]:
    """The first actor a pass finds."""
    for step in ACTOR_PASSES:
        found = step(f)
        if found:
            return found
    return []


def before_count(v: View, i: int, j: int) -> int:
    """End of tokens i..j before the first counted quantity among them."""
    for k in range(i, j):
        if counted(v, k, k + 1):
            while k > i and v.bare(k - 1) in event_markers()["approximators"]:
                k -= 1
            return k
    return j


def np_list(v: View, i: int, b: int) -> list[TokSpan]:
    """A coordinated list of noun phrases: X وY وZ (كل من is skipped)."""
    if i + 1 < b and v.norms[i] == "كل" and v.norms[i + 1] == "من":
        i += 2
    out: list[TokSpan] = []
    while i < b:
        e = v.np_forward(i, b, prefixed_ok=False)
        if e == i:
            e = i + 1 if v.word(i) and not v.stop(i) else i
        if e == i:
            break
        c = e if e < b and _attached_complement(v, e) else \
            e + 1 if e + 1 < b and v.norms[e] == v.bare(e) and _attached_complement(v, e + 1) \
            else None  # (not الحوثيين | والموالين: a joined item, not an adjective)
        if c is not None:  # القوات السورية | التابعة للنظام | والجيش الحر، والموالين | لصالح:
            k = v.np_forward(c, b, prefixed_ok=True)  # an allegiance phrase belongs to its
            e = k if k > c else e  # item; the list goes on after it
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
