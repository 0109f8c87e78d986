"""Status (PLOVER's auxiliary modes) and modes of an event, from marker words."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rasd.document import Event, Time
from rasd.events.frame import openers
from rasd.lexicons import event_markers, marker_words, read_tsv
from rasd.once import once
from rasd.roles import KANA, PREPS, RELATIVES, View, norm_piece
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems, tokenize


def status_of(v: View, m, t0: int, a: int) -> str:
    M = event_markers()
    st = M["status"]
    first = openers(st)
    unrealized = M["unrealized"]
    unrealized_first = openers(unrealized)  # (once an event, not once a token of the scan)
    norms, bares = v.norms, v.bares
    prefix = norm_piece(v.text[v.toks[t0].start:m.start])
    found: set[str] = set()
    if "س" in prefix and m.payload.verb:
        found.add("future")
    k = t0 - 1
    if k >= a and v.bare(k) in M["hypothetical_adjacent"] and "ب" in prefix:
        found.add("hypothetical")  # يسمح بإجلاء (not تسمح العقوبات)
    while k >= a and t0 - k <= M["status_scope"]:
        if not v.word(k) and v.text[v.toks[k].start] not in SEE_THROUGH:
            break
        for status, phrases in st.items() if norms[k] in first or bares[k] in first else ():
            if v.phrase_at(k, phrases):
                if status == "negated" and _avoided(v, k, a, M):
                    found.add("hypothetical")  # لكي لا يتم استهدافها: a deed to avoid
                    continue
                if status == "negated" and (t0 - k > M["negation_scope"]
                                            or v.phrase_at(k, M["not_negation"])
                                            or _denies_report(v, k, m.last, M)):
                    continue
                found.add(status)
        if (v.norms[k],) in PREPS and v.norms[k] != "من" \
                and not _governed_prep(v, k, t0, a, M):  # (partitive من: المزيد من)
            break  # the trigger sits in a phrase of its own: سيمهد تحديد المسؤولية عن | هجمات
        if _future_verb(v, k, M):
            found.add("future")
        if (norms[k] in unrealized_first or bares[k] in unrealized_first) \
                and v.phrase_at(k, unrealized) or _sought(v, k, t0, M) or _may(v, k, t0, M):
            found.add("hypothetical")  # خوفا من اندلاع أعمال عنف، تحسبا لقيام الجماعات بمهاجمة
        k -= 1
    if _lam_purpose(v, m, t0, a) or _subjunctive(v, t0, a):
        found.add("future")
    if governed := _governed_complement(v, m, t0, a, M):
        found.add(governed)  # ناقشا أيضا تعميق تعاونهما، دعاهم إلى ضبط النفس: discussed, called for
    if _condition_clause(v, t0, a, M) or _otherwise_clause(v, t0, a, M):
        found.add("hypothetical")  # إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب
    if _right_before(v, t0, a, st["historical"]):
        found.add("historical")  # بعد أسابيع على | تحرير محافظة عدن: a phrase ending at it
    if not m.payload.verb:  # المباحثات سوف تتطرق، الاجتماع سيكون
        for k in range(m.last, min(len(v.toks), m.last + 2)):
            if not v.word(k):
                break
            if v.bare(k) in M["future_after"]:
                found.add("future")
        found |= _adjective_status(v, m.last, M)
        if _future_predicate(v, m.last, M):
            found.add("future")
    if _denied_charge(v, m, t0, a, M):
        found.add("negated")  # نفت أنقرة اتهامات الوحدات بقصف مواقعها: charged and denied
    if _right_before(v, t0, a, M["possible_before"]):
        found.add("hypothetical")  # التي يمكن مهاجمتها: a deed that can be done, right after
    if _not_ready(v, m, t0, a, M):
        found.add("negated")  # إنها غير مستعدة للحوار: readiness denied (events35)
    if _right_before(v, t0, a, M["held_back_before"]):
        found.add("negated")  # تعطل إطلاق سراح، تريثت في اقتحام: held back, not done
    for s in ("negated", "hypothetical", "future", "historical"):
        if s in found:
            return s
    if _subjunctive_open(v, t0, a, M):
        return "hypothetical"  # يرحب بأن يزور محققون اليمن: a deed wished, allowed or asked
    return "asserted"


COMPLEMENT_LINKS = 2  # link words or adverbs (سبل، تعميق، أيضا) before the deed governed
GOVERNOR_MAX = 3  # words of the longest governing phrase (قرارا ببدء، ما يعني)


def _governed_complement(v: View, m, t0: int, a: int, M) -> str | None:
    """بحث مع السيسي آلية تدريب الجيش، ناقشا أيضا تعميق تعاونهما، دعاهم إلى ضبط النفس، رغبة
    في استخدامهم دروعا بشرية، مستعدين للحوار: a deed noun that is the complement of a word
    of discussing, expecting, deciding or preparing (future) or of calling, hoping,
    proposing, guarding against or meaning (hypothetical; `complement_governors`) is not
    yet done. The deed stands right after the word (its preposition, a word of the
    phrase or the clitic ل / ب it asks), or after up to two `complement_links` (verbal
    nouns of conducting, ways and means) or adverbs (أيضا); the scan of `status_of` stops at the
    preposition, this one reads through it. Not a deed in the genitive of any other noun
    (بحث نتائج الهجوم: the results of one done), nor a demand's own REQUEST event."""
    if m.payload.type == "REQUEST":
        return None  # (a deed noun that reads as a verb too stays: تعاونهما، تقدم)
    G, links = M["complement_governors"], M["complement_links"]
    j = t0  # the word right after the governor, as the walk goes back over links
    clitic = _clitic(norm_piece(v.text[v.toks[t0].start:m.start]))
    for hop in range(COMPLEMENT_LINKS + 1):
        if j - 1 < a or not v.word(j - 1):
            return None
        for (status, need), phrases in G.items():
            if need != clitic:
                continue
            for s in range(max(a, j - GOVERNOR_MAX), j):
                if v.phrase_at(s, phrases, j) == j - s:
                    return status
        if not clitic and (status := _gapped_governor(v, j, a, hop > 0, M)):
            return status
        if hop == COMPLEMENT_LINKS:
            return None
        n = v.norms[j - 1]
        if v.bare(j - 1) in M["complement_adverbs"]:
            j, clitic = j - 1, ""  # ناقشا أيضا | تعميق: an adverb, no clitic
            continue
        link = next(((st, pre) for st, pre, _ in clitic_stems(n) if st in links), None)
        if link is None:
            return None
        clitic = _clitic(n[:link[1]])  # (بتعزيز: ب; استخدامهم: none, a suffix only)
        j -= 1
    return None


GOVERNOR_GAP = 4  # words (the party called, the subject) between a verb and its preposition


def _gapped_governor(v: View, j: int, a: int, linked: bool, M) -> str | None:
    """دعا المعتصمون إلى | إعدام سليمان، بحث الرئيسان سبل | تعزيز: a verb of calling or
    urging (`complement_gapped`) with its preposition right before j and up to four words
    between them (no verb, no mark), or a verb of discussing with no preposition (its
    subject between) once a link word was passed (`linked`: سبل، آلية), governs the deed
    at j. A deed right after the discussing verb's subject (بحث الوزير نتائج الهجوم) is no
    complement of it."""
    for status, heads, preps in M["complement_gapped"]:
        if preps:
            if j - 1 < a or v.bare(j - 1) not in preps:
                continue
            end = j - 1
        elif linked:
            end = j
        else:
            continue
        for k in range(end - 1, max(a, end - 1 - GOVERNOR_GAP) - 1, -1):
            if not v.word(k):
                break
            if v.bare(k) in heads or v.norms[k] in heads:
                return status
            if v.is_verb(k):
                break
    return None


def _clitic(prefix: str) -> str:
    """The preposition ل / ب a trigger's own prefix holds (و، ف dropped): للحوار → ل."""
    p = prefix.lstrip("وف")
    return p[:1] if p[:1] in ("ل", "ب") else ""


CONDITION_REACH = 12  # words from a condition word to a deed in its clause


def _condition_clause(v: View, t0: int, a: int, M) -> bool:
    """إذا لم يوافق الحوثيون المتحالفون مع إيران في نهاية المطاف على الانسحاب من صنعاء، إذا
    أمكن تحقيق ذلك من خلال محادثات للسلام: a deed in the clause a condition word
    (`condition_openers`) opens, before any mark, is one only supposed, however far past the
    status scope. Not past a relative pronoun (في حال رفضها لاتفاق السلام الذي تم التوصل
    إليه: the relative tells something real), the answer's ف (فإنه، فسوف) or a word of
    time or cause (`condition_breaks`: في حال تعرضت دار الكتب للقصف خلال المعارك في 2003:
    the battles frame it, they were fought); not ما إذا (whether: وما إذا كان قد أصيب), nor
    a perfect after إذا كان (وإذا كان نتنياهو قد رفض عروضا سابقة: given that he did)."""
    opens = M["condition_openers"]
    first = openers(opens)
    for k in range(t0 - 1, max(a, t0 - 1 - CONDITION_REACH) - 1, -1):
        if not v.word(k) and v.text[v.toks[k].start] not in SEE_THROUGH:
            return False
        if (v.bare(k),) in RELATIVES or v.norms[k] in M["apodosis_openers"] \
                or v.bare(k) in M["condition_breaks"]:
            return False
        if (v.norms[k] in first or v.bares[k] in first) and (n := v.phrase_at(k, opens, t0)):
            if (v.norms[k + n],) in KANA and v.is_verb(t0) and not _imperfect(v, t0):
                return False  # وإذا كان نتنياهو قد رفض عروضا: given that he did
            return not (k - 1 >= a and v.bare(k - 1) in WHETHER)  # (وما إذا كان: whether)
    return False


def _otherwise_clause(v: View, t0: int, a: int, M) -> bool:
    """يجب طردهم من صفوف الثورة وإلا جرفوها، افعل كذا وإلا تحركنا، وإلا فللشرطة حق إطلاق
    الرصاص عليه: a deed in the clause وإلا (otherwise) opens is what would follow if the
    demand went unmet, one only supposed; up to 5 words on (the threat itself, told further
    on, is real: والا فإن (خطوات اضافية) قد تتخذ للدفاع عنها في تهديد مبطن), before any
    mark or relative pronoun. The whole word only (`otherwise_openers`): إلا is except."""
    for k in range(t0 - 1, max(a, t0 - 1 - OTHERWISE_REACH) - 1, -1):
        if not v.word(k) and v.text[v.toks[k].start] not in SEE_THROUGH:
            return False
        if (v.bare(k),) in RELATIVES:
            return False
        if v.norms[k] in M["otherwise_openers"]:
            return True
    return False


OTHERWISE_REACH = 5  # words from وإلا to the deed it supposes (وإلا فللشرطة حق إطلاق الرصاص)
WHETHER = frozenset({normalize("ما"), normalize("عما")})


def _governed_prep(v: View, k: int, t0: int, a: int, M) -> bool:
    """إن المقاومة ستتجه إلى | تطهير المناطق، يسعى إلى | السيطرة: a preposition right after a
    future verb or a verb of seeking, with the deed noun right after it, is that verb's own
    (it governs the deed), no phrase of its own: the scan goes on to the verb. Only إلى and
    على (`COMPLEMENT_PREPS`)."""
    return k + 1 == t0 and k - 1 >= a and v.norms[k] in COMPLEMENT_PREPS and v.word(k - 1) \
        and (_future_verb(v, k - 1, M) or v.in_words(k - 1, M["sought_verbs"]))


COMPLEMENT_PREPS = frozenset({normalize("إلى"), normalize("على")})  # (not خلال، بعد: سيذهب
# بعد زيارته لمصر, a time, not the deed the verb aims at)


MARKER_MAX = 4  # words of the longest status phrase that ends right before a trigger
SEE_THROUGH = "()«»\"“”"  # marks a status scan goes past: إمكانية شن «النصرة» عمليات


NOT = normalize("غير")


def _not_ready(v: View, m, t0: int, a: int, M) -> bool:
    """غير right before a trigger that stands as a predicate (`predicate_triggers`: غير مستعدة
    للحوار) denies it; غير is no negation marker elsewhere (غير أن، غير مسبوق)."""
    return t0 - 1 >= a and v.norms[t0 - 1] == NOT and tuple(
        t.norm for t in tokenize(v.text[m.start:m.end])) in M["predicate_triggers"]


def _right_before(v: View, t0: int, a: int, phrases) -> bool:
    """A phrase of `phrases` ending right before the trigger at t0 (بعد أسابيع على | تحرير،
    خوفا من | هجمات، تعطل | إطلاق سراح)."""
    first, norms, bares = openers(phrases), v.norms, v.bares
    for k in range(max(a, t0 - MARKER_MAX), t0):  # (a loop, no generator: asked twice an event)
        if (norms[k] in first or bares[k] in first) and v.phrase_at(k, phrases, t0) == t0 - k:
            return True
    return False


def _avoided(v: View, k: int, a: int, M) -> bool:
    """لا at k after كي، لكي، حتى (لكي لا يتم استهدافها من قبل الطيران، حتى لا يتعرضوا
    للقصف): the deed is what someone acts to avoid, a hypothetical one, not a denied one."""
    return v.norms[k] == "لا" and k - 1 >= a and v.bare(k - 1) in M["negative_purpose"]


def _may(v: View, k: int, t0: int, M) -> bool:
    """قد + an imperfect at k (قد يتم اعتقاله، قد تستهدف): a deed that may be; قد + a perfect
    (وقد شنت، قد نفذوا) tells one done."""
    if not (k + 1 <= t0 and v.bare(k) in M["may_particles"] and v.word(k + 1)):
        return False
    n = v.bare(k + 1)  # ي: short ones too (قد يتم); ت: long ones only, its short forms may
    # be perfects (قد توقف، قد تعذر), so may its endings (قد تظاهروا، قد تعرضت); not ن
    # (قد نفذ، قد نجحت: perfects)
    return (n[:1] == "ي" and len(n) >= 3
            or n[:1] == "ت" and len(n) >= 5 and not n.endswith(("ت", "ا"))) \
        and k + 1 not in v.ent_tok


ADJECTIVE_REACH = 2  # words after a deed noun its adjective may sit at (هجوم بري محتمل)


def _adjective_status(v: View, end: int, M) -> set[str]:
    """An adjective after a deed noun that puts it ahead (المفاوضات القادمة، الاجتماع
    المرتقب: future) or leaves it possible (هجوم محتمل: hypothetical); not one before a
    preposition of origin (الهجوم القادم من سوريا: coming from)."""
    for k in range(end, min(len(v.toks), end + ADJECTIVE_REACH)):
        if not v.word(k):
            break
        nxt = v.norms[k + 1] if k + 1 < len(v.toks) else ""
        if v.in_words(k, M["ahead_adjectives"]) and nxt not in M["ahead_not_before"]:
            return {"future"}
        if v.in_words(k, M["possible_adjectives"]):
            return {"hypothetical"}
    return set()


def _sought(v: View, k: int, t0: int, M) -> bool:
    """A verb of wanting or trying at k (`sought_verbs`: يريدون تدمير، تحاول فيها المقاومة
    السيطرة، يريد داعش استخدامهم دروعا) before the deed it seeks; not a definite deed noun
    right after it, its subject (وتسعى الاتصالات الحالية نحو تقارب المواقف)."""
    if not v.in_words(k, M["sought_verbs"]):
        return False
    return not (k + 1 == t0 and v.is_def(t0))


def expected(v: View, t0: int, a: int) -> bool:
    """An expectation word (توقع، يتوقع، من المتوقع) in the status scope before the trigger:
    المناطق التي يتوقع تعرضها لعمليات عسكرية tells an expected deed, no party's
    announcement of it."""
    M = event_markers()
    for k in range(t0 - 1, max(a - 1, t0 - 1 - M["status_scope"]), -1):
        if not v.word(k) and v.text[v.toks[k].start] not in SEE_THROUGH:
            return False
        if v.phrase_at(k, M["expectation"]):
            return True
    return False

DENIAL_VERBS = frozenset(normalize(w) for w in (
    "نفى", "ينفي", "نفت", "نفوا", "تنفي", "نافيا", "نافية", "نافين"))


def _denies_report(v: View, k: int, end: int, M) -> bool:
    """نفت الاتهامات، نفى أي علاقة له بالهجوم: a denial verb at k whose object, up to the
    trigger, is a report or a part in a deed (`denial_keeps`) denies that, not the deed."""
    if v.bare(k) not in DENIAL_VERBS:
        return False
    return any(st in M["denial_keeps"] for j in range(k + 1, end)
               for st, _, _ in clitic_stems(v.norms[j]))


CHARGE_REACH = 5  # words from a charge noun to the deed it charges (اتهامات الوحدات الكردية بقصف)
DENIER_REACH = 3  # words from a denial verb to the charge it denies (نفت أنقرة اتهامات)


def _denied_charge(v: View, m, t0: int, a: int, M) -> bool:
    """نفت أنقرة اتهامات وحدات الحماية الكردية بقصف الجيش التركي مواقعها: a deed noun told by
    ب after a charge (`charge_nouns`) that a party denies (a denial verb, its subject
    between, before the charge) is denied by the one charged with it; the charge itself
    stays a report."""
    if m.payload.verb or norm_piece(v.text[v.toks[t0].start:m.start]).lstrip("وف")[:1] != "ب":
        return False
    for k in range(t0 - 1, max(a, t0 - 1 - CHARGE_REACH), -1):
        if not v.word(k) or v.is_verb(k):
            return False
        if v.in_words(k, M["charge_nouns"]):
            return any(v.bare(j) in DENIAL_VERBS for j in range(max(a, k - DENIER_REACH), k))
    return False


def light_verb(v: View, i: int, M) -> bool:
    """A light verb of the list, with a future س, or the imperfect of a listed perfect
    (يصعد متمردو طالبان هجماتهم: صعد)."""
    n = v.bare(i)
    return n in M["light_verbs"] or (n[:1] == "س" and n[1:] in M["light_verbs"]) \
        or v.norms[i] in M["light_verbs"] \
        or (n[:1] in "يت" and len(n) >= 3 and n[1:] in M["light_verbs"] and i not in v.ent_tok)


PREDICATE_REACH = 5  # words from a deed noun to the future verb it is the subject of
NOUN_ENDINGS = ("ين", "ات", "ه", "يه")
GOING_ON = frozenset({"يستمر", "تستمر", "يتواصل", "تتواصل", "يتصاعد", "تتصاعد", "يكون",
                      "تكون"})  # (المعركة ستكون آخر المعارك: a copula says what it is)


def _future_predicate(v: View, k: int, M) -> bool:
    """عملية استعادة قاعدة العند بالكامل ستحسم قريبا: a deed noun that is the subject of a
    future verb (س + imperfect) a few words on, with no mark or other verb between, is
    what will be; not one that goes on (القصف سيستمر)."""
    for j in range(k, min(len(v.toks), k + PREDICATE_REACH)):
        if not v.word(j):
            return False
        n = v.bare(j)
        if _future_verb(v, j, M) and n[:1] == "س" and not n.endswith(NOUN_ENDINGS):
            return n[1:] not in GOING_ON  # (not سيارتين، سيطرة: nouns; not سيستمر)
        if v.is_verb(j) or (v.bare(j),) in RELATIVES:
            return False
    return False


def _future_verb(v: View, k: int, M) -> bool:
    """س + an imperfect (سيستمر، ستقدم، سنرد), not a noun like سيارة or سيطرة."""
    n = v.bare(k)
    return (n[:1] == "س" and n[1:2] in "يتن" and len(n) >= 5
            and n not in M["future_prefix_exclude"] and k not in v.ent_tok) \
        or (n[:1] == "س" and n[1:] in M["light_verbs"])


def add_modes(v: View, ev: Event, t0: int, t1: int, a: int, b: int) -> None:
    M = event_markers()
    lo, hi = max(a, t0 - 6), min(b, t1 + 6)
    first, norms, bares = openers(M["modes"]), v.norms, v.bares  # (every mode's first words)
    near = False  # a word near the trigger opens a phrase of some mode (most triggers: none)
    for k in range(lo, hi):
        if norms[k] in first or bares[k] in first:
            near = True
            break
    for mode, phrases in M["modes"].items() if near else ():
        if mode in ev.mode:
            continue
        if mode in ("aerial", "drone", "heavy-weapons") and ev.type != "ASSAULT":
            continue
        if mode in ("third-party", "phone") and ev.type != "CONSULT":
            continue
        for k in v.openings(phrases, lo, hi):
            if v.phrase_at(k, phrases):
                ev.mode.append(mode)
                break
    if ev.type == "CONSULT" and len(ev.actor) >= M["multilateral_min"]:
        ev.mode.append("multilateral")
    conv = M["plover_future"].get(ev.type)
    if conv and ev.status == "future" and not expected(v, t0, a) \
            and "future" not in _adjective_status(v, t1, M) and not _soon_after(v, t1, b, M):
        # (المعارك المرتقبة، اقتحام الفلوجة قريبا: a deed said to lie ahead, as one
        # expecting it says, no threat)
        ev.type = conv[0]
        ev.mode = [conv[1]] if conv[1] else []


# --- magnitudes and claims -------------------------------------------------------


def later_status(v: View, ev: Event, t0: int, t1: int, a: int, b: int) -> str:
    """Status from what follows or surrounds the trigger: a condition after it (وسيتم
    استهدافها في حال فعلت ذلك) makes it hypothetical; a past time or كان + imperfect makes
    an otherwise asserted event historical (background, not news)."""
    M = event_markers()
    if ev.status in ("asserted", "future"):
        first = openers(M["status"]["hypothetical"])
        for k in range(t1, min(b, t1 + M["hypothetical_after_scope"])):
            if not v.word(k):
                break
            if (v.norms[k] in first or v.bares[k] in first) \
                    and v.phrase_at(k, M["status"]["hypothetical"]) and \
                    not v.phrase_at(k, M["status"]["future"]):
                return "hypothetical"
    if ev.status != "asserted":
        return ev.status
    if _purpose(v, t0, a, M) or _time_ahead(v, ev, t0) or _future_light_verb(v, t0, a, M) \
            or _relative_future(v, t0, t1, b, M) or _soon_after(v, t1, b, M):
        return "future"
    after = range(t1, min(b, t1 + 4))  # يقصف النظام بانتظام، قتل في عام 2012 (not بعد
    # أسابيع على: what comes after it is the past one, ودحر الميليشيات | بعد أسابيع على تحرير)
    past = openers(M["status"]["historical"])
    if any((v.norms[k] in past or v.bares[k] in past) and v.phrase_at(k, M["status"]["historical"])
           and v.bare(k) != "بعد" for k in after) \
            or _past_habitual(v, t0, t1, a, b) or _past_time(v, ev, t0, a, b, M) \
            or _pluperfect_dated(v, ev, t0, a, b, M) or _past_adjective(v, t0, t1, b, M) \
            or _past_span(v, ev, t0, t1, a, b, M) \
            or _since_clause(v, t0, a) or _long_since(v, t1, b) or _earlier_after(v, t0, t1, b, M) \
            or _relative_record(v, ev, t0, a, b, M) or _opening_time(v, ev, t0, a, b, M) \
            or _accord_record(v, ev, t0, a, b, M) or _credited_outcome(v, ev, t0, a, b, M) \
            or _latest_meeting(v, ev, t0, t1, a, b, M):
        return "historical"
    return ev.status


def _opening_time(v: View, ev: Event, t0: int, a: int, b: int, M) -> bool:
    """وفي فبراير شباط خطف مقاتلو التنظيم 250 مسيحيا … في هجمات على قرى … تزامنت مع هجوم
    شنته قوات كردية، وفي الشهر الماضي وقعت بعض الفصائل اتفاقا … لكن المندوبين … قاطعوا
    الاجتماع، وفي مطلع الشهر الحالي، قتل 33 شخصا … في هجوم انتحاري: a time opening its
    sentence (after `opening_time_leads` only) dates every deed the sentence tells, however
    far on, up to a present verb (وفي الأسبوع الماضي وصلت قافلتا شاحنات … المطار الذي يشهد
    قتالا: going on now) or a time of the deed's own; when it lies before the news
    (`_opening_back`) the sentence tells background. Not منذ (since: what goes on still)."""
    pub = _date(v.doc.meta.published)
    if pub is None or t0 <= a:
        return False
    times = v.times_in(v.toks[a].start, v.toks[t0].start)
    if not times:
        return False
    t = times[0]
    i, j = v.token_range(t.start, t.end)
    if i < a or not all(v.word(k) and v.in_words(k, M["opening_time_leads"]) for k in range(a, i)):
        return False
    if any(v.is_verb(k) and _imperfect(v, k) for k in range(j, t0 + 1)):
        return False
    near = _time_near(v, ev, t0, a, b)
    if near is not None and near.start != t.start:
        return False
    return _opening_back(v, t, i, a, pub, M)


def _opening_back(v: View, t: Time, i: int, a: int, pub: date, M) -> bool:
    """The opening time lies a week or more before the news: weeks ago (قبل شهرين), a date
    `pluperfect_days` or more back, an earlier year, a month or a month name gone by (الشهر
    الماضي، مايو الماضي، في فبراير شباط), or the start of the current month (في مطلع الشهر
    الحالي) when publication is a week or more past it. Not the week gone by (الأسبوع
    الماضي: `past_time_exclude`), nor days ago."""
    words = set(normalize(v.text[t.start:t.end]).split())
    if AGO in words:
        return bool(words & M["ago_units"])
    when = _date(t.date)
    if when is not None:
        return (pub - when).days >= M["pluperfect_days"]
    years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", v.text[t.start:t.end])]
    if years:
        return max(years) < pub.year
    if words & M["past_time_words"]:
        return not words & M["past_time_exclude"]
    if words & M["current_month_words"]:
        return i - 1 >= a and v.in_words(i - 1, M["month_start_leads"]) \
            and pub.day - 1 >= M["pluperfect_days"]
    month = _month_named(v.text[t.start:t.end])
    return month is not None and not words & M["ahead_time_words"] \
        and (pub.month - month) % 12 >= MONTHS_BACK


EARLIER_REACH = 8  # words after a deed a word of "before" may sit at in its clause


def _earlier_after(v: View, t0: int, t1: int, b: int, M) -> bool:
    """زار الرئيس أوباما كينيا مرتين في السابق، بعد تعهدها في وقت سابق بالعمل على تشييدها، بخلاف
    أن الحوثيين صادروا مسبقاً قاطرات نفطية: a word of "before" (`earlier_after`) a few
    words after a deed verb in its clause (right after a deed noun), with no mark or other
    verb between, tells it as done before the news. Not في وقت سابق with a word of a day
    a few words after it (`earlier_today`: في وقت سابق اليوم، في وقت سابق الخميس، في وقت
    سابق من يوم الجمعة، من ذلك اليوم: earlier in the news's day)."""
    end = min(b, len(v.toks))
    phrases = M["earlier_after"]
    reach = EARLIER_REACH if v.is_verb(t0) else 1  # (a noun's: right after it, تعهدها في
    # وقت سابق; further on it qualifies the noun's own words, لقاء تم مع لجنة شكلت في وقت سابق)
    for k in range(t1, min(end, t1 + reach)):
        if not v.word(k) or v.is_verb(k):
            return False
        if n := v.phrase_at(k, phrases):
            return not any(v.word(j) and v.in_words(j, M["earlier_today"])
                           for j in range(k + n, min(end, k + n + EARLIER_DAY_REACH)))
    return False


EARLIER_DAY_REACH = 3  # words after في وقت سابق a day may be named at (من ذلك اليوم)


def _relative_future(v: View, t0: int, t1: int, b: int, M) -> bool:
    """الزيارة التي سيقوم بها الوفد، الاجتماع الذي سيعقد: a deed noun followed right away by
    a relative whose verb is a future one of carrying it out or holding it lies ahead (a
    verb trigger's relative is about its object: قتل الرجل الذي سيتم)."""
    if v.is_verb(t0) or t1 + 1 >= min(b, len(v.toks)):
        return False
    return (v.bare(t1),) in RELATIVES and v.phrase_at(t1 + 1, M["relative_future"]) > 0


SOON_REACH = 4  # words after a deed قريبا may sit at (تحرير زنجبار "بات قريبا")


def _soon_after(v: View, t1: int, b: int, M) -> bool:
    """اقتحام الفلوجة قريبا، تحرير زنجبار بات قريبا: soon, a few words after the deed in its
    clause, puts it ahead; not قريبا من (near)."""
    end = min(b, len(v.toks))
    for k in range(t1, min(end, t1 + SOON_REACH)):
        if not v.word(k):
            if v.text[v.toks[k].start] in SEE_THROUGH:
                continue
            return False
        if v.in_words(k, M["soon_after"]):
            return not (k + 1 < end and v.norms[k + 1] in M["soon_not_before"])
    return False


SINCE_REACH = 4  # words from منذ to a deed it dates from


def _since_clause(v: View, t0: int, a: int) -> bool:
    """منذ خسرت السيطرة على طرابلس، ومنذ انتهاء مهمته القتالية، منذ إعلان الجيش عزل الرئيس:
    a deed in a منذ clause that opens with a verb or a verbal noun (not a time: منذ صباح
    اليوم تتعرض المدينة لقصف) is what the news dates from: background. Not the deed whose
    onset it names (حصيلة القتلى منذ بدء المواجهات بلغت ألفا: the clashes go on)."""
    for k in range(t0 - 1, max(a - 1, t0 - 1 - SINCE_REACH), -1):
        if not v.word(k):
            return False
        if v.bare(k) == "منذ":
            j = k + 1
            return not (v.in_time(j) or any(ch.isdigit() for ch in v.norms[j])
                        or (j + 1 == t0 and v.in_words(j, event_markers()["onset_nouns"])))
    return False


LONG_SINCE_REACH = 4  # words from a deed to the منذ that dates it (معارك متواصلة منذ صيف 2012)
SPAN_REACH = 4  # words from منذ to the span or year it names (منذ ست سنوات، منذ يونيو 2014)


def _long_since(v: View, t1: int, b: int) -> bool:
    """وتشن جماعة بوكو حرام تمردا منذ ست سنوات، التنظيم الذي يسيطر على مساحات منذ يونيو 2014:
    a deed going on since years or months back (`long_spans`) or since a year gone by is the
    background the news happens in (not منذ الفجر، منذ أكثر من أسبوع: what is going on now)."""
    M = event_markers()
    pub = _date(v.doc.meta.published)
    for k in range(t1, min(b, t1 + LONG_SINCE_REACH)):
        if not v.word(k):
            return False
        if v.in_words(k, M["elatives"]):
            return False  # مواجهات هي الأعنف منذ عدة أشهر: the fiercest since, not going on since
        if v.bare(k) != "منذ":
            continue
        for j in range(k + 1, min(b, k + 1 + SPAN_REACH)):
            if not v.word(j) and not v.norms[j].isdigit():
                return False
            if v.bare(j) in M["long_spans"]:
                return True
            year = v.norms[j]
            if pub is not None and len(year) == 4 and year.isdigit() and int(year) < pub.year:
                return True
        return False
    return False


def _past_habitual(v: View, t0: int, t1: int, a: int, b: int) -> bool:
    """كان + imperfect: كانت تحصل المعارك، المعارك التي كانت تحصل."""
    before = [k for k in (t0 - 1, t0 - 2) if k >= a and v.word(k)]
    if any((v.norms[k],) in KANA for k in before) and _imperfect(v, t0):
        return True
    k = t1
    if k < b and (v.norms[k],) in RELATIVES:
        k += 1
    return k + 1 < b and (v.norms[k],) in KANA and _imperfect(v, k + 1)


def _imperfect(v: View, k: int) -> bool:
    return imperfect_form(v.bare(k))


def imperfect_form(n: str) -> bool:
    """A normalized word shaped like an imperfect verb: يجتمع، تبدأ (ي or ت first); not the
    perfect of a verb whose stem opens with ت, told of her (تحطمت، تقدمت، تعرضت: ت first
    and last)."""
    return n[:1] in "يت" and len(n) >= 4 and not (n[:1] == "ت" and n[-1:] == "ت")


def _past_time(v: View, ev: Event, t0: int, a: int, b: int, M) -> bool:
    """The event's time, or the nearest time within 8 tokens of its sentence, lies well
    before publication: an earlier year, a resolved date over historical_days old, or a month
    or year gone by (مايو الماضي، العام الماضي)."""
    pub = _date(v.doc.meta.published)
    t = _time_near(v, ev, t0, a, b)
    if pub is None or t is None:
        return False
    if _weeks_ago(v, t, t0, M):
        return True
    when = _date(t.date)
    if when is not None:
        return (pub - when).days > M["historical_days"]
    text = v.text[t.start:t.end]
    years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", text)]
    if years:
        return max(years) < pub.year
    words = set(normalize(text).split())
    if words & M["past_time_words"]:
        return not words & M["past_time_exclude"]
    month = _month_named(text)
    return month is not None and not words & M["ahead_time_words"] \
        and (pub.month - month) % 12 >= MONTHS_BACK


AGO, SINCE = normalize("قبل"), normalize("منذ")


def _weeks_ago(v: View, t: Time, t0: int, M) -> bool:
    """الهجوم الانتحاري في سوروتش قبل اسبوع، نهبهما من المنطقة العسكرية الثانية قبل شهرين: a
    deed dated weeks, months or years ago (قبل + a unit of `ago_units`) is background, as a
    span of weeks up to the news is (`_past_span`); قبل ثلاثة أيام is the news. Not when a
    verb other than the deed's own light verb stands between them: the time dates that
    verb's deed (`_verb_in`); nor when منذ or an onset (`onset_nouns`, `onset_verbs`) does:
    the time dates when something began (لأعنف هجوم شنه الحوثيون منذ بدء المواجهات قبل
    ثلاثة أشهر، معركة الزبداني التي بدأت قبل شهر: going on still)."""
    words = normalize(v.text[t.start:t.end]).split()
    if AGO not in words or not set(words) & M["ago_units"]:
        return False
    i, j = v.token_range(t.start, t.end)
    gap = range(t0 + 1, i) if i > t0 else range(j, t0)
    onsets = M["onset_nouns"] | M["onset_verbs"]
    return not _verb_in(v, gap) and not any(  # (بدء المواجهات قبل ثلاثة أشهر: the onset's)
        v.bare(k) == SINCE or v.in_words(k, onsets) for k in (*gap, t0 - 1) if k >= 0)


TIME_BEFORE, TIME_AFTER = 8, 9  # tokens before and after a deed a time dating it may start at
TIME_TAIL = 30  # tokens after the deed a time starting near it may run to


def _time_near(v: View, ev: Event, t0: int, a: int, b: int) -> Time | None:
    """The time dating a deed: among the times starting within 8 tokens before it or 9
    after it in its sentence, the event's own time, else the nearest. A time starting in
    that window counts whole, however far it runs (اغتيل رابين في الرابع من تشرين
    الثاني/نوفمبر 1995، اختطف العبادي من بيته يوم 4 يونيو الماضي: their year or their
    الماضي lies past the window's edge)."""
    lo, hi = v.toks[max(a, t0 - TIME_BEFORE)].start, v.toks[min(b, t0 + TIME_AFTER) - 1].end
    tail = v.toks[min(len(v.toks), t0 + TIME_TAIL) - 1].end
    cands = [t for t in v.times_in(lo, max(hi, tail)) if t.start < hi]
    if ev.time is not None:
        cands = [t for t in cands if t.start == ev.time.start] or cands
    if not cands:
        return None
    return min(cands, key=lambda t: abs(t.start - v.toks[t0].start))


def _pluperfect_dated(v: View, ev: Event, t0: int, a: int, b: int, M) -> bool:
    """وكان صاروخ أُطلق من قطاع غزة وسقط في إسرائيل في 16 يوليو الماضي، وكان مجهولون
    أقدموا منتصف ليل 17 يوليو (تموز) الماضي على خطف: a deed told after كان (قد) + a
    perfect, whose time lies a week or more (`pluperfect_days`) before publication, is what
    had happened before the news: background. The pluperfect alone is not (the gold codes
    وكانت مواجهات اندلعت مساء الثلاثاء, a day or two back, as the news), nor is كان + an
    imperfect (`_past_habitual`)."""
    pub = _date(v.doc.meta.published)
    if pub is None:
        return False
    verb = v.is_verb(t0)
    reach = PLUPERFECT_QAD_REACH if t0 - 1 >= a and v.bare(t0 - 1) == QAD else PLUPERFECT_REACH
    for k in range(t0 - 1, max(a - 1, t0 - 1 - reach), -1):
        if not v.word(k) and v.text[v.toks[k].start] not in PLUPERFECT_SEE_THROUGH:
            return False
        if v.bare(k) in M["pluperfect_auxiliaries"]:
            if not verb or _imperfect(v, k + 1) and v.is_verb(k + 1):
                return False
            t = _time_near(v, ev, t0, a, b)
            if t is None:
                return _pluperfect_undated(v, k, t0, a, b, M)
            when = _date(t.date)
            return when is not None and (pub - when).days >= M["pluperfect_days"]
        if v.is_verb(k):
            verb = True  # وكان مجهولون أقدموا … على خطف
    return False


TAMMA, QAD = normalize("تم"), normalize("قد")


def _relative_record(v: View, ev: Event, t0: int, a: int, b: int, M) -> bool:
    """تنظيم داعش المتشدد الذي استولى على مساحات واسعة، المتمردين الحوثيين الذين سيطروا على
    مناطق واسعة، العتاد الحربي الذي تم الاستيلاء عليه: a verb of seizing or holding ground
    (`record_verbs`) right after a relative pronoun (or its noun after الذي تم) names a party
    or a place by what it went through before the news: background. Not when a time of its
    own stands near it (the time passes judge it: الذين سيطروا على العاصمة في سبتمبر، مدينة
    القريتين التي استولوا عليها، الأربعاء), nor the imperfect (التي يسيطر عليها التنظيم:
    held now, not in the list)."""
    if not v.in_words(t0, M["record_verbs"]) or _time_near(v, ev, t0, a, b) is not None:
        return False
    k = t0 - 1
    if k >= a and v.bare(k) == TAMMA:
        k -= 1
    elif not v.is_verb(t0):
        return False  # (a bare noun after the relative is its subject: التي السيطرة …)
    return k >= a and (v.bare(k),) in RELATIVES


ACCORD_REACH = 3  # words from the accord noun to its relative (الاتفاق النووي التاريخي الذي)


def _accord_record(v: View, ev: Event, t0: int, a: int, b: int, M) -> bool:
    """لاتفاق السلام الذي تم التوصل إليه في مدينة الصخيرات، الاتفاق النووي التاريخي الذي
    أبرمته الدول الكبرى مع ايران، المقترحات السابقة، التي رفضها الرئيس: a deed told in the
    relative clause of an accord, a truce or a proposal (`accord_nouns`) names that accord by
    how it came about; the sentence's news is what befalls it now, the deed is its
    background. A perfect verb (or its noun after الذي تم) right after the relative pronoun
    (قد، كان قد between), the accord noun at most three words before it. Not when a time of
    its own stands near it (الاتفاق الذي تم التوصل إليه مساء الثلاثاء انهار: the time
    passes judge it), nor an imperfect (الاتفاق الذي يجري تنفيذه: going on now). The same
    holds of the accord's conclusion named by its noun right after a word of "after" or
    "since" (`accord_after_words`, `accord_conclusions`: يحاول ابتزاز واشنطن بعد توقيع
    الاتفاق النووي، دور إيران في الشؤون الإقليمية بعد التوصل إلى الاتفاق): the landmark
    the news is dated from, the accord within three words after it."""
    if _time_near(v, ev, t0, a, b) is not None:
        return False
    nouns = M["accord_nouns"]
    if t0 - 1 >= a and v.word(t0 - 1) and v.in_words(t0 - 1, M["accord_after_words"]) \
            and v.in_words(t0, M["accord_conclusions"]):
        return any(v.word(j) and _accord_noun(v, j, nouns)
                   for j in range(t0 + 1, min(b, len(v.toks), t0 + 1 + ACCORD_REACH)))
    k = t0 - 1
    while k >= a and v.word(k) and (v.bare(k) == QAD or v.bare(k) in M["pluperfect_auxiliaries"]):
        k -= 1
    if k >= a and v.bare(k) == TAMMA:
        k -= 1
    elif _imperfect(v, t0) and not v.in_words(t0, M["t_perfects"]) or v.is_def(t0):
        return False  # (الذي يجري تنفيذه: going on; التي السيطرة: the relative's subject;
        # الذي توصل إليه البلدان: a perfect that opens with ت)
    if k < a or (v.bare(k),) not in RELATIVES:
        return False
    for j in range(k - 1, max(a - 1, k - 1 - ACCORD_REACH), -1):
        if not v.word(j):
            if j == k - 1 and v.text[v.toks[j].start] in "،,":
                continue  # المقترحات السابقة، التي رفضها
            return False
        if _accord_noun(v, j, nouns):
            return True
    return False


def _accord_noun(v: View, j: int, nouns) -> bool:
    """Token j is an accord noun, bare, with the article or after ب / ل / لل (لاتفاق، للاتفاق)."""
    n = v.bare(j)
    return v.in_words(j, nouns) or v.preposed_in(j, nouns) or n[:2] == "لل" and n[2:] in nouns


FI = normalize("في")
CREDIT_REACH = 3  # words from the verb of contributing to في (أسهم الدعم الجوي في)


def _credited_outcome(v: View, ev: Event, t0: int, a: int, b: int, M) -> bool:
    """حملة جوية ضد المتمردين الحوثيين اسهمت في استعادة عدن ومطارها، ما تقدمه من جهد كبير
    أسهم في تحرير محافظة عدن: an outcome (`credited_outcomes`: a liberation, a recapture, a
    fall) told as what a party or an effort contributed to (`contribution_verbs`, a perfect:
    أسهم، ساهم) is credit for a deed already done: background. The outcome noun right after
    في, في at most three words after the verb, no mark between. Not taking part or helping
    (ثلاثة آلاف مقاتل شاركوا في استعادة قاعدة العند: yesterday's news), not a verbal noun or
    an imperfect (للمساهمة في تحرير: ahead), nor an outcome with a time of its own near it
    (the time passes judge it)."""
    k = t0 - 1
    if v.is_verb(t0) or not v.in_words(t0, M["credited_outcomes"]) or k < a or v.bare(k) != FI:
        return False
    for j in range(k - 1, max(a - 1, k - 1 - CREDIT_REACH), -1):
        if not v.word(j):
            return False
        if v.in_words(j, M["contribution_verbs"]):
            return _time_near(v, ev, t0, a, b) is None
    return False


LATEST_REACH = 2  # words after a meeting noun its "latest" may sit at (القمة العربية الأخيرة)


def _latest_meeting(v: View, ev: Event, t0: int, t1: int, a: int, b: int, M) -> bool:
    """خلال جميع الاجتماعات الأخيرة بين الأطراف السياسية، إذ إن الزيارة الأخيرة التي قام
    بها وزير الدفاع الأميركي، الاجتماع الأخير في بروكسل الذي جمع الائتلاف: a meeting, a
    visit or talks (`latest_categories`) named as the latest one (`latest_adjectives`) is
    named by its place among the meetings before the news: background (the news is what
    followed it, or a later meeting). A deed noun only, the adjective right after it or
    after one definite adjective of its own (القمة العربية الأخيرة); not past a word of a
    span (لقاءات الأيام الأخيرة: a period, `past_span_units`), not with a time of its own
    near it (the time passes judge it). Not other deeds: الهجمات الأخيرة على الحدود is told
    as the news (fresh11)."""
    if ev.type not in M["latest_categories"] or v.is_verb(t0):
        return False
    for k in range(t1, min(b, len(v.toks), t1 + LATEST_REACH)):
        if not v.word(k):
            return False
        if v.in_words(k, M["latest_adjectives"]) and v.is_def(k):
            return _time_near(v, ev, t0, a, b) is None
        if not v.is_def(k) or v.in_words(k, M["past_span_units"]):
            return False
    return False


def _pluperfect_undated(v: View, k: int, t0: int, a: int, b: int, M) -> bool:
    """وكان داعش قد دمر كنوزا أثرية في العراق، يذكر أن منظمات يهودية متشددة كانت قد دعت …
    إلى اقتحام جماعي، وهي الادعاءات التي كان قد نفاها المدير العام: a deed told by كان
    (k) … قد + a perfect, with no time anywhere near it, is what had happened before the
    news: background. Only a perfect verb trigger, right after قد or after a كان opening
    its clause (وكان، و كانت; not the copula: الهجوم كان سيارة مفخخة استهدفت مدنيين), not a
    deed noun after a light verb (وكان طيران التحالف قد نفذ 44 غارة … في يوم واحد is
    told as the news: none on dev reads background), with only its subject between (no
    other verb, أن or relative pronoun: وكان وزير النقل قد أعلن أن الأردن وافق tells
    أعلن so, not وافق); not كان after a word of condition or concession
    (`pluperfect_not_after`: وإذا كان نتنياهو قد رفض، وإن كان: given that), nor a deed
    tied to the news by a word of time a few words after it (`pluperfect_anchors`: وكانت
    المنطقة العسكرية الثالثة قد قصفت بالمدفعية عربات ومواقع حوثية أثناء الهجوم: during
    today's attack; المقاومة كانت قصفت وبشكل مكثف المعسكر، قبل أن يلوذ جنوده بالفرار: the
    step before the news)."""
    if not v.is_verb(t0) or _imperfect(v, t0):
        return False  # وكان طيران التحالف قد نفذ 44 غارة: a deed noun, told as the news
    if not (v.bare(t0 - 1) == QAD or v.norms[k][:1] == "و" or k == a
            or k - 1 >= a and v.norms[k - 1] == WA):
        return False  # الهجوم كان سيارة مفخخة استهدفت: كان the copula, no pluperfect
    for j in range(k + 1, t0):
        if v.is_verb(j) or v.bare(j) in (AN, BAN) or (v.bare(j),) in CLAUSE_RELATIVES:
            return False  # وكان وزير النقل قد أعلن أن الأردن وافق: the deed is أعلن's object
    if k - 1 >= 0 and v.word(k - 1) and v.bare(k - 1) in M["pluperfect_not_after"]:
        return False
    for j in range(t0 + 1, min(b, len(v.toks), t0 + 1 + PLUPERFECT_ANCHOR_REACH)):
        if v.in_words(j, M["pluperfect_anchors"]):
            return False
    return True


PLUPERFECT_ANCHOR_REACH = 8  # words after a pluperfect deed a time word tying it may sit at
PLUPERFECT_REACH = 10  # tokens from كان to the deed (وكان الطفل الفلسطيني علي دوابشة (18 شهرا) قتل)
PLUPERFECT_QAD_REACH = 20  # … to a deed right after قد, which closes a long subject (وكان
# مقاتلون من الحوثيين ووحدات من الجيش موالية للرئيس السابق علي عبد الله صالح قد استولوا)
PLUPERFECT_SEE_THROUGH = SEE_THROUGH + "()"
PAST_ADJECTIVE_REACH = 1  # the word right after a deed noun


def _past_adjective(v: View, t0: int, t1: int, b: int, M) -> bool:
    """لقاء سابق، المقترحات السابقة، الاتفاق السابق: a deed noun qualified right after it
    as a former one (`past_adjectives`) is background, the mirror of المفاوضات القادمة
    (`_adjective_status`). Not an indefinite سابقة after a definite deed, its predicate
    (يعد الهجوم سابقة خطيرة: a precedent)."""
    return not v.is_verb(t0) and t1 < min(b, len(v.toks)) and v.word(t1) \
        and v.in_words(t1, M["past_adjectives"]) and (v.is_def(t1) or not v.is_def(t1 - 1))


SPAN_REACH = 7  # words or marks between a deed and the span that dates it (a time further
# on in its sentence dates another deed: الضربة التي نفذت في بكتيكا هي أحدث الضربات … خلال
# الأسابيع القليلة الماضية)


def _past_span(v: View, ev: Event, t0: int, t1: int, a: int, b: int, M) -> bool:
    """وتشن تركيا في الأسابيع الأخيرة غارات، نفذتها خلال الفترة الماضية: a deed dated by a
    span of weeks, months or years up to the news is background (the settled convention on
    past spans); one of hours or days (خلال الساعات الماضية، في الأيام الأخيرة) is the news.
    The span is the event's own time, else a period the times stage does not read
    (الفترة الماضية) in its clause with no punctuation between. Not a deed said to go on
    still (ما زال يبحث)."""
    if _right_before(v, t0, a, M["still_before"]):
        return False  # ما زال يبحث: going on now
    if ev.time is not None:
        i, j = v.token_range(ev.time.start, ev.time.end)
        gap = range(t1, i) if i >= t0 else range(j, t0)
        words = set(normalize(v.text[ev.time.start:ev.time.end]).split()) \
            if len(gap) <= SPAN_REACH and not _verb_in(v, gap) else set()
    else:
        words = _period_near(v, t0, t1, a, b, M)
    return bool(words & M["past_span_units"] and words & M["past_span_edges"]
                and not words & M["past_time_exclude"] and not words & M["ahead_time_words"])


def _period_near(v: View, t0: int, t1: int, a: int, b: int, M) -> set[str]:
    """The words of the `past_periods` phrase nearest the trigger in its clause, with only
    words or quote marks between them (نفذتها «عاصفة الحزم» خلال الفترة الماضية), else none."""
    after = range(t1, min(b, len(v.toks), t1 + SPAN_REACH + 1))
    before = range(t0 - 1, max(a, t0 - SPAN_REACH - 3) - 1, -1)  # (a period's own 2 words)
    periods = M["past_periods"]
    first, norms, bares = openers(periods), v.norms, v.bares  # (phrase_at is 0 elsewhere)
    for ks in (after, before):  # after it first: نفذتها | خلال الفترة الماضية
        for k in ks:
            if not v.word(k) and v.text[v.toks[k].start] not in SEE_THROUGH:
                break
            if (norms[k] in first or bares[k] in first) and (n := v.phrase_at(k, periods)):
                gap = range(t1, k) if k >= t1 else range(k + n, t0)
                return set() if _verb_in(v, gap) else {v.bare(j) for j in range(k, k + n)}
    return set()


def _verb_in(v: View, gap: range) -> bool:
    """A verb between a deed and a span: the span dates that verb's deed, the nearer one
    (ما زال يبحث عن عناصره فقدوا خلال الفترة الماضية: lost then, searched for now); not
    the deed's own light verb (وفي الشهر الماضي شنت الجبهة الجنوبية هجوما)."""
    M = event_markers()
    return any(v.is_verb(k) and not light_verb(v, k, M) for k in gap)


MONTHS_BACK = 2  # a month named without a year, this many months or more before publication


def _month_named(text: str) -> int | None:
    """The Gregorian month a time names without a year (في يناير، في فبراير شباط): the
    last one gone by is meant, so one two or more months back is background. Names written
    with a slash between calendars (اذار/مارس، حزيران/يونيو) are read one by one."""
    norm = " " + " ".join(re.sub(r"[^\w]", " ", normalize(text)).split()) + " "
    return next((m for name, m in _months().items() if f" {name} " in norm), None)


@once
def _months() -> dict[str, int]:
    return {normalize(name): int(month) for name, month, calendar in read_tsv("time", "months.tsv")
            if calendar == "gregorian"}


@lru_cache(maxsize=1 << 12)
def _date(s: str | None) -> date | None:
    """The ISO date `s` names (None for none or a partial one), kept by string: the status
    passes ask the publication date and the event's about 60 times a document."""
    try:
        return date.fromisoformat(s) if s and len(s) == 10 else None
    except ValueError:
        return None


def _purpose(v: View, t0: int, a: int, M) -> bool:
    """ل + a light verb's noun right before the trigger (لشن هجمات، لتنفيذ ضربات): an intended
    event, not yet done."""
    k = t0 - 1
    if k < a or not v.word(k):
        return False
    n = v.bare(k)
    heads = marker_words(M, "light_verbs", "purpose_starts")  # لاستئناف مفاوضات، لاستكمال تحرير
    return n[:1] == "ل" and (n[1:] in heads or n[1:3] == "ال" and n[3:] in heads)


VERBAL_TYPES = ("CONSULT", "AGREE")  # talks and agreements: للقاء، للتفاوض، للتوصل


def _lam_purpose(v: View, m, t0: int, a: int) -> bool:
    """وصل لافروف إلى الدوحة للقاء أمير قطر: talks or an agreement told as ل + their noun
    are what someone goes or works for, not yet held (after a word that takes ل for what
    happened, `lam_hosts`: تعرضت لقصف, the noun is an event that did)."""
    if m.payload.verb or m.payload.type not in VERBAL_TYPES:
        return False
    prefix = norm_piece(v.text[v.toks[t0].start:m.start]).lstrip("وف")
    if prefix[:1] != "ل":
        return False
    k = t0 - 1
    return k < a or not any(st in event_markers()["lam_hosts"]
                            for st, _, _ in clitic_stems(v.norms[k]))


def _subjunctive(v: View, t0: int, a: int) -> bool:
    """على أن يلتقي في وقت لاحق بنظيريه: an imperfect after على أن is what is agreed or
    arranged to happen."""
    return t0 - 2 >= a and v.norms[t0 - 1] == "ان" and v.bare(t0 - 2) == "علي" \
        and _imperfect(v, t0) and v.norms[t0][:1] in "يت"


AN, BAN = normalize("أن"), normalize("بأن")


def _subjunctive_open(v: View, t0: int, a: int, M) -> bool:
    """التحالف يرحب بأن يزور محققون اليمن، من المرجح ان يزور الوزير تركيا، يجب أن يتم
    الإفراج: an imperfect verb right after أن / بأن tells a deed wished, allowed, asked for
    or weighed, not one done; read only where no status word was found (من المقرر أن يزور
    stays future). Not after a word of time (`subjunctive_not_after`: قبل أن تطلق النار,
    بعد أن, منذ أن: a deed done), nor in a clause of managing or prompting
    (`achieved_verbs`: استطاع أن يخطف، حدا به أن يدعو: done), nor after إن (the text's own
    hamza below)."""
    k = t0 - 1
    n = v.bare(t0)  # (ت: long ones only; توقف، تقدم are nouns too: أن توقف الغارات أدى)
    if k < a or v.bare(k) not in (AN, BAN) or not v.is_verb(t0) or not _imperfect(v, t0) \
            or not (n[:1] == "ي" or n[:1] == "ت" and len(n) >= 5) or "إ" in v.raw(k):
        return False
    if k - 1 >= a and v.bare(k - 1) in M["subjunctive_not_after"]:
        return False
    for j in range(k - 1, max(a, k - 1 - ACHIEVED_REACH) - 1, -1):
        if not v.word(j) and v.text[v.toks[j].start] not in SEE_THROUGH:
            break
        if v.in_words(j, M["achieved_verbs"]):
            return False  # استطاع بفعل تلك الإثارة أن يخطف، ما حدا بنائب الوزير أن يدعو: done
    return True


ACHIEVED_REACH = 10  # words from a verb of managing or prompting back from its أن


def _time_ahead(v: View, ev: Event, t0: int) -> bool:
    """A date after publication, or today's with an imperfect verb (يجتمع … اليوم)."""
    pub, when = _date(v.doc.meta.published), _date(ev.time.date if ev.time else None)
    if pub is None or when is None or _past_year_after(v, ev):
        return False
    return when > pub or (when == pub and _imperfect(v, t0) and v.is_verb(t0)
                          and v.norms[t0][:1] not in "س" and not _circumstantial(v, t0))


PAST_AFTER_REACH = 4  # words after a date that may still qualify it (من العام الماضي)


def _past_year_after(v: View, ev: Event) -> bool:
    """في الـ21 من سبتمبر من العام الماضي: a date qualified right after it by a year gone by
    lies behind, whatever year it was resolved to."""
    if ev.time is None:
        return False
    _, j = v.token_range(ev.time.start, ev.time.end)
    M = event_markers()
    return any(v.word(k) and v.bare(k) in M["past_time_words"]
               for k in range(j, min(len(v.toks), j + PAST_AFTER_REACH)))


CIRCUMSTANTIAL = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})


def _circumstantial(v: View, t0: int) -> bool:
    """ظهروا في مقطع فيديو وهم يضربون الساعدي: an imperfect after و + a pronoun is a حال
    clause, what was going on then, not what will be."""
    return t0 > 0 and v.norms[t0 - 1] in CIRCUMSTANTIAL


def _future_light_verb(v: View, t0: int, a: int, M) -> bool:
    """A noun governed by a future light verb further back in its clause (ستقوم عند الضرورة
    بطلعات وضربات، سيشن الجيش هجوما)."""
    for k in range(t0 - 1, max(a - 1, t0 - 8), -1):
        if not v.word(k) or (v.is_verb(k) and not light_verb(v, k, M)):
            return False
        if light_verb(v, k, M):
            return v.bare(k)[:1] == "س" and v.bare(k)[1:] in M["light_verbs"]
    return False


COORDINATION_REACH = 8  # words from one deed to the next joined to it by و


def coordinated_status(v: View, evs: list[Event], a: int, b: int) -> None:
    """وكان يتوقع أن تقوم المقاومة بهجوم على تلك المنطقة وتستعيدها، مواجهة مسلحة أدت لمقتل
    نحو 125 من أنصار الصرخي واعتقال 300 آخرين: a deed joined by و to the deed right before
    it in its clause shares its status when that one is background or supposed
    (historical, hypothetical) and its own reads as news: the word that set the first
    one's status governs both. Only with words between them (no mark, no verb, no relative
    pronoun: a clause of its own), and not a deed with a time of its own."""
    ordered = sorted(evs, key=lambda e: e.trigger.start)
    for first, ev in zip(ordered, ordered[1:], strict=False):
        if first.status not in SHARED or ev.status != "asserted" or ev.time is not None \
                and (first.time is None or ev.time.start != first.time.start):
            continue  # (a time of its own dates it apart; the one they share, both)
        _, j = v.token_range(first.trigger.start, first.trigger.end)
        t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        if not (a <= j <= t0 < b) or t0 - j > COORDINATION_REACH or not _joined_by_wa(v, ev, t0):
            continue
        if all((v.word(k) or v.norms[k].isdigit()) and not v.is_verb(k)
               and (v.bare(k),) not in CLAUSE_RELATIVES for k in range(j, t0)):
            ev.status = first.status


CLAUSE_RELATIVES = RELATIVES - {("من",), ("ما",)}  # (من is a preposition too: من أنصار)
SHARED = ("historical", "hypothetical")  # (future turns the type: add_modes reads it first)
WA = normalize("و")


def _joined_by_wa(v: View, ev: Event, t0: int) -> bool:
    """The deed opens with the conjunction و: on its word (وتستعيدها) or as a word of its
    own before it."""
    if v.toks[t0].start < ev.trigger.start:
        return v.text[v.toks[t0].start] == "و"
    return t0 - 1 >= 0 and v.norms[t0 - 1] == WA
