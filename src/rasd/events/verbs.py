"""The actor and recipient of a trigger verb, as named passes over its clause.

`subject_passes` are tried in order until one recognizes the verb's construction (an
object pronoun with the subject after it, a resumptive pronoun, a verb continuing the
clause before, a counted subject, a subject before the verb, a pronoun subject, the noun
phrase after the verb); then `object_pass` reads the object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.clause import lexicon as clause_lexicon
from rasd.clause import vowelled_passive
from rasd.document import Entity
from rasd.entities.features import given_names, is_nationality, word_list
from rasd.events.frame import (
    ASIDE_TYPES,
    OBJECT_PRONOUNS,
    PRONOUNS,
    SUBJECT_MAX,
    Frame,
    agent_phrase,
    clear_relative,
    counted,
    fire_agent,
    hand_agent,
    opener_before,
    partitive_end,
    skip_aside,
    skip_time,
)
from rasd.events.nouns import (
    _after_preposition,
    past_quoted_genitive,
    subject_before_still,
    subject_past_support,
)
from rasd.events.objects import comma_antecedent, owned_words
from rasd.events.parties import party_span, pointing_at_party
from rasd.events.places import generic_place, is_place, place_word
from rasd.events.status import light_verb
from rasd.events.subjects import first_person_imperfect
from rasd.events.suffixes import suffix_words
from rasd.events.triggers import consequence
from rasd.lexicons import event_markers, women_names
from rasd.roles import KANA, PREPS, PRONOUN_PREPS, RELATIVES, View, norm_piece
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems

# Types whose grammatical object is the target actor (others' objects are things:
# يرفضون وقف إطلاق النار، أقامت ممرات) unless the object is a named entity.
DAMMA = "\u064f"
FATHATAN = "\u064b"  # the tanween of an indefinite accusative (جنودًا، هجومًا)

OBJECT_IS_RECIPIENT = {"ACCUSE", "ASSAULT", "COERCE", "CONSULT", "SUPPORT", "THREATEN",
                       "SANCTION", "REQUEST"}
# deeds done to a party whose object a sound plural in -ين after the verb is (disagrees; not
# REQUEST: what is asked follows the one asked, ناشد الخاطفين | السماح, read by the asking
# passes)
OBLIQUE_OBJECT_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION"})


@dataclass
class VerbClause:
    """What the subject passes need about the verb's position."""

    verb_first: bool  # the verb opens its clause (وقصفت، ، قصفت)
    continued: bool  # و joins it to the clause before: it keeps that clause's subject
    subject: tuple[int, int] | None  # a subject written before the verb


def read_clause(f: Frame) -> VerbClause:
    v, a, t0 = f.v, f.a, f.t0
    prefix = norm_piece(v.text[v.toks[t0].start:f.m.start])
    quote = t0 - 1 > a and v.text[v.toks[t0 - 1].start] in "“«\"" and \
        v.toks[t0 - 1].end - v.toks[t0 - 1].start == 1  # السلطات “ألقت القبض
    verb_first = prefix[-1:] in ("و", "ف") or v.boundary_before(t0 - quote, a)
    # ونجحت في تدميرها وقتلت مسلحين: a verb joined by و to the clause before it keeps
    # that clause's subject, so the phrase after it is the object
    continued = prefix[-1:] in ("و", "ف") and t0 > a and v.word(t0 - 1) \
        and not v.boundary_before(t0, a) and not opener_before(v, t0, a)
    subject = None if verb_first else (subject_before_still(v, t0, a)  # ما زالت | تقصف
                                       or v.subject_before(t0, a, SUBJECT_MAX, preps=False))
    if subject is None and not verb_first:
        subject = subject_before_kana(v, t0, a)
    if subject and (start := past_quoted_genitive(v, subject[0], a)) is not None:
        e = subject[1] + (subject[1] == t0 - 1 and not v.word(t0 - 1))  # (its closing mark)
        subject = (start, e)  # الجيش الموالية لـ"هادي" | طردوا: not the quoted name alone
    if subject:
        subject = deed_before(v, subject)
    if subject and (held := subject_past_relative_clause(v, t0, a)) is not None \
            and subject[0] > held[1] and not is_place(v, *held):
        subject = held  # إن طائرات حربية تابعة للتحالف الذي تقوده الولايات المتحدة | قصفت: a
        # phrase inside a whole relative clause before the verb is that clause's; the verb's
        # subject is the clause's antecedent (actors24)
    if subject and speaker_of_cue(v, subject):
        subject, verb_first = None, True  # أعلن المرصد | قصف الطيران: the reporter is no agent
    if subject and _after_preposition(v, subject[0], a) \
            and not any(v.trigger_noun_at(k) and not v.is_def(k) for k in range(*subject)):
        subject, verb_first = None, True  # وفي محاولة لإظهار التأييد للجيش | زار داود أوغلو:
        # a fronted adjunct, not the subject; the subject follows the verb (not في هجوم
        # استهدف مسجدا: the verb describes the deed noun, rasd.events.triggers folds them;
        # an indefinite one only: بالرغم من الاتفاق | قصفت needs الذي to describe it)
    if not verb_first and (supported := subject_past_support(v, t0, a)) is not None \
            and (subject is None or subject[0] >= supported[0]):
        subject = supported  # المقاومة المسنودة بقوات من الجيش الوطني | بسطت: the party
        # supported, not the supporter after the preposition (actors38)
    if subject is None and prefix[-1:] not in ("و", "ف") and t0 - 1 > a \
            and v.comma(t0 - 1):  # إن مقاتلي الجيش والمقاومة، سيطروا
        subject = v.subject_after_complementizer(t0 - 1, a)
        verb_first = verb_first and subject is None
    return VerbClause(verb_first, continued, subject)


def subject_before_kana(v: View, t0: int, a: int) -> tuple[int, int] | None:
    """إن الجيش كان قد قصف مواقع المسلحين، الأمير بندر بن فيصل كان قد استقبل أهالي
    المعتقلين: a verb right after كان (and قد) with no word between them has its subject
    before كان, as it would before the verb (View.subject_before reads كان X قد V only).
    None after a كان that opens its clause (وكان قد أعلن المتحدث: the subject follows)."""
    k = t0 - (t0 - 1 > a and v.norms[t0 - 1] == "قد")
    if k - 1 <= a or (v.norms[k - 1],) not in KANA or v.norms[k - 1][:1] in "وف":
        return None
    found = v.subject_before(k - 1, a, SUBJECT_MAX, preps=False)
    if found is None or alef_accusative(v, found[1] - 1) \
            or any(counted(v, t, t + 1) for t in range(*found)):
        return None  # (30 أسيرا كانوا يحتجزونهم، وفد … مؤلف من 11 شخصا كان قد زار: a clause
        # describing a counted noun in the accusative, its subject in كان or further back;
        # not منظمات يهودية متشددة كانت قد دعت: an indefinite subject in the nominative)
    i, j = found
    ent = v.ent_tok.get(i)
    # (الأمير بندر بن فيصل آل سعود: a long name read whole, not «آل سعود»)
    i = v.skip_back_ent(i, ent, a) if ent is not None else i
    named = next((t for t in range(i, j) if t in v.ent_tok), None)
    if ent is None and named is not None and named > i and v.ent_tok[named].type == "PER" \
            and not _party_at(v, i) and (v.bare(i),) not in v.W["person_heads"] \
            and (v.bare(i)[2:],) not in v.W["person_heads"]:
        i = named  # «نيويورك تايمز» الشهير | أنطوني شديد كان قد اعتقل: the name, not its
        # adjective (person_passive then reads the person as the one detained)
    return i, j


def deed_before(v: View, subject: tuple[int, int]) -> tuple[int, int]:
    """مقتل سبعة من قادة تنظيم داعش | بقصف مدفعي | استهدف موكبهم: a verb right after a
    deed noun governed by ب/ل describes that deed (a clause on an indefinite noun); its
    subject is the deed, not the party before the preposition (often its victims)."""
    s, j = subject
    k = next((k for k in range(j - 1, s, -1) if v.norms[k][:1] in "بل" and v.word(k)
              and v.trigger_noun_at(k)), None)
    return (k, j) if k is not None else subject


def speaker_of_cue(v: View, span: tuple[int, int]) -> bool:
    """The phrase is the speaker right after a reporting cue (أعلن المرصد، أكد المتحدث), or
    lies inside the speaker after a cue (وقال أحمد بيدار، المتحدث باسم الحاكم "فجر …"): a
    verb after it without أن reports a deed (أعلن المرصد قصف الطيران …), not the speaker's."""
    cues: set[int] = v.memo.get("cue_ends")  # type: ignore[assignment]
    if cues is None:
        cues = v.memo["cue_ends"] = {v.token_range(c.cue.start, c.cue.end)[1]
                                     for c in v.doc.claims}
        cues |= {t for c in v.doc.claims if c.cue.end <= c.speaker.start < c.speaker.end
                 for t in range(*v.token_range(c.speaker.start, c.speaker.end))}
    return span[0] in cues


def passive(f: Frame, c: VerbClause) -> bool:
    """أُغرقت السفينة، وقُتل خمسة، واعتُقل اثنان: a past verb voweled as a passive
    (`clause.vowelled_passive`), or one spelt as a passive only (اغتيل، هوجمت: `passive_forms`,
    clause.json), has no actor; the phrase after it is what was done to. A damma on a
    present prefix is no sign (يُطلق is active), so present verbs are left to the other
    passes."""
    v = f.v
    raw = v.text[f.m.start:f.m.end]
    raw = raw[1:] if raw[:1] in "وف" and len(raw) > 3 and raw[1:2] != DAMMA else raw
    word = norm_piece(raw)
    shaped = word in clause_lexicon().passive and word not in event_markers()["injury_verbs"]
    # (اغتيل، هوجمت: passive by their spelling; أصيب has its own passes, the wounded)
    if shaped and f.t0 > f.a and (v.bare(f.t0 - 1),) in RELATIVES:
        return False  # الذي اغتيل عام 1990: the antecedent (relative_subject)
    if not shaped and (raw[:1] in "يتن" or not vowelled_passive(raw)):
        return False  # (اعتُقل، احتُجز: the eighth form's damma on its ت)
    if shaped and agent_passive(f, c):
        return True  # اغتيل رابين … على يد متطرف يهودي: the agent named later acts
    if c.subject:
        f.recipient = [c.subject]  # السفينة أُغرقت
        return True
    s = skip_time(v, f.t1, f.b)
    e = v.np_forward(s, f.b)
    if e > s:
        f.recipient, f.after = [(s, partitive_end(v, e, f.b))], e
    return True


def charged_one(f: Frame, c: VerbClause) -> bool:
    """واتهم الفتى بإلقاء الحجارة، وأدين المتهم بالافتئات، الأطفال المعتقلين يتهمون بإلقاء
    الحجارة، شكوى … اتهمت فيها الأردن بدعم: a verb of charging (`charge_verbs`) needs both
    the one who charges and the one charged before its charge (ب + a noun: اتهمت المنظمة
    إسرائيل باستخدام). With one noun phrase only between the verb and the charge, or none
    after a subject, the clause names the one charged alone: a passive written without its
    vowels or a subject dropped, either way the phrase is the recipient and no actor is
    said (the two-phrase clause, a subject before the verb and one phrase after it, باكستان
    تتهم الهند بانتهاك، and a verb with an object pronoun, اتهمه الجيش ب, are left to the
    other passes)."""
    v, b = f.v, f.b
    M = event_markers()
    if not f.trig.verb or f.trig.lemma not in M["charge_verbs"] \
            or f.m.end < v.toks[f.t1 - 1].end:
        return False  # (اتهمه: the pronoun is the one charged, the subject follows)
    k = _past_adverbs(v, f.t1, b)
    if k < b and v.norms[k] in M["charge_resumptives"]:
        k += 1
    if _charge_at(v, k, b):
        if not c.subject:
            return False
        f.recipient, f.after = [c.subject], f.b  # الأطفال المعتقلين يتهمون | بإلقاء
        return True
    e = v.np_forward(k, b)
    if c.subject or c.continued or e == k or not _charge_at(v, _past_adverbs(v, e, b), b) \
            or _second_party(v, k, e):
        return False  # (باكستان تتهم الهند بانتهاك، يقولون … ويتهمون المصرف المركزي ب: the
    # subject before, or the joined clause's, charges the one after)
    f.recipient, f.after = [(k, e)], f.b
    return True


def _second_party(v: View, i: int, j: int) -> bool:
    """A definite name or party noun right after a definite word inside the phrase
    (الجيش | المعارضة، الرئيس | الحوثيين): the charger and the charged read as one phrase."""
    M = event_markers()
    for k in range(i + 1, j):
        if not (v.is_def(k) and v.is_def(k - 1)):
            continue
        ent = v.ent_tok.get(k)
        if ent is not None and ent is not v.ent_tok.get(k - 1) \
                or v.bare(k)[2:] in M["party_heads"]:
            return True
    return False


def _past_adverbs(v: View, k: int, b: int) -> int:
    """Past times, قد and adverbs such as كذلك، أيضا (not skip_time: its manner adverbs
    بانتظام take a charge بارتكاب for one)."""
    while k < b:
        n = v.is_time(k) or v.phrase_at(k, v.W["manner_adverbs"]) or (v.norms[k] == "قد")
        if not n:
            break
        k += n
    return k


def _charge_at(v: View, k: int, b: int) -> bool:
    """A charge opens at token k: ب on a noun (بإلقاء، بارتكاب، بالوقوف، بأنها), not a name
    (بشار) nor a word of its own (بعض، بين)."""
    n = v.norms[k] if k < b else ""
    return n[:1] == "ب" and len(n) >= 4 and k not in v.ent_tok and v.word(k) \
        and not v.stop(k) and not v.is_verb(k) \
        and (v.bare(k),) not in PREPS and v.bare(k) not in event_markers()["non_party_words"]


def agent_passive(f: Frame, c: VerbClause) -> bool:
    """قتل الضابط على يد سليمان الأسد، أطلقت النار من قبل جهاديين: an agent phrase later in
    the clause makes the verb a passive: the agent acts, the phrase before or after the verb
    is what was done to."""
    v = f.v
    if c.continued:
        return False
    aside = f.trig.type in ASIDE_TYPES  # (قتل أمس السبت، على يد عناصر المقاومة)
    found = agent_phrase(v, f.t1, f.b, aside)
    stop = found[0] if found is not None else 0
    if found is None and f.trig.type == "ASSAULT":
        found = fire_agent(v, f.t1, f.b)  # قتل شاب صباح أمس برصاص الجيش (actors40)
        stop = found[0] - 1 if found is not None else 0  # (the phrase ends before برصاص)
    if found is not None:
        f.actor = v.split_coordination(*found)
    else:
        k = hand_agent(v, f.t1, f.b, aside)
        if k is None:
            return False
        found = (k, k)  # على يد جماعات مسلحة: a passive whose agent is no party we know
        stop = k
    s = skip_time(v, f.t1, f.b)
    e = v.np_forward(s, stop)
    if c.subject:
        f.recipient = [c.subject]
    elif s < e:
        f.recipient, f.after = [(s, partitive_end(v, e, f.b))], e
    return True


def object_pronoun(f: Frame, c: VerbClause) -> bool:
    """اختطفهم تنظيم الدولة، أطلقتها فصائل إسلامية: an object pronoun on the verb; its
    subject follows, the phrase before (if any) is what the pronoun stands for. A verb
    opening its clause (واستهدفتها طائرات التحالف) takes the phrase after it for subject
    only when it names a party (not وقتلهم جميعا: the clause before has the subject)."""
    v, b, t1 = f.v, f.b, f.t1
    rest = norm_piece(v.text[f.m.end:v.toks[f.t0].end])
    rest = rest[1:] if rest[:1] == "ت" and len(rest) > 1 else rest  # ضرب|تها: the feminine ت
    suffixed = t1 - f.t0 == 1 and rest in OBJECT_PRONOUNS
    s0 = skip_time(v, t1, b)
    timed = all(v.in_time(k) or not v.word(k) for k in range(t1, s0))  # (not بالصواريخ)
    s1 = _quoted_name(v, s0 if timed else t1, b)
    if not (suffixed and t1 < b and (not c.verb_first or _party_at(v, s0)
                                     or _party_at(v, s1))):
        return False
    if c.subject and c.subject[0] > f.a and light_verb(v, c.subject[0] - 1, event_markers()):
        f.actor, f.after = v.split_coordination(*c.subject), t1  # جددت الميليشيات قصفها:
        return True  # after a light verb and its subject, the verb form is its noun
    if s1 > t1 and _party_at(v, s1):
        t1 = s1  # الذي اغتاله «داعش»، الذي استعادته الأسبوع الماضي القوات الموالية: past a
        # time or an opening quote, the party is the subject (actors27)
    e = v.np_forward(t1, b)
    if e == t1 or c.subject and party_span(v, (t1, e)) is None:
        return False  # (اربعة جنود ضربوها بشيء يشبه الهراوة: no party after the verb, the
        # phrase before is its subject, recip26)
    f.actor, f.after = v.split_coordination(t1, e), b
    f.recipient = [c.subject] if c.subject else []
    return True


def _quoted_name(v: View, k: int, b: int) -> int:
    """k, or the name after an opening quote mark at k («داعش»، «جبهة النصرة»)."""
    if k + 1 < b and v.text[v.toks[k].start] in "«\"“" and k + 1 in v.ent_tok:
        return k + 1
    return k


def _party_at(v: View, k: int) -> bool:
    """A person or organisation name, or a head noun of armed or ruling parties, at k."""
    if k >= len(v.toks):
        return False
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type in ("PER", "ORG")
    return v.in_words(k, event_markers()["agent_heads"])


def resumptive(f: Frame, c: VerbClause) -> bool:
    """مراكز سيطر عليها الأكراد: the subject follows the pronoun; اتهم فيه الرئيس بشار
    الأسد بعض الدول: the object follows the subject."""
    v, b, t1 = f.v, f.b, f.t1
    if not (t1 < b and (v.norms[t1],) in PRONOUN_PREPS):
        return False
    e = v.np_forward(t1 + 1, b)
    if e > t1 + 1 and disagrees(v, f, t1 + 1):
        f.recipient, f.after = [(t1 + 1, e)], b  # هجوم استهدفت فيه مقاتلين: the verb's
        return True  # gender says the phrase after is its object
    f.actor = [(t1 + 1, e)] if e > t1 + 1 else []
    if c.subject:
        f.recipient, f.after = [c.subject], b
    else:
        f.after = e if f.actor else t1 + 1
    return True


RESUMED_REACH = 8  # tokens after a relative clause's verb to the pronoun that resumes its head


def relative_resumed(f: Frame, c: VerbClause) -> bool:
    """البلدة التي قصفت قوات النظام مناطق سكنية فيها، المناطق التي استعاد النظام السيطرة
    عليها: a verb right after a relative pronoun whose head is resumed later in its clause by
    a pronoun on a preposition (`relative_object_suffixes`: التي → فيها، عليها; no mark or
    verb between) is not the head's deed; the party right after the verb is its subject
    (actors27). The head is no recipient here: what the verb is done to is read elsewhere."""
    v, a, b, t0, t1 = f.v, f.a, f.b, f.t0, f.t1
    if not (t0 > a and t1 - t0 == 1 and f.m.end == v.toks[t0].end):
        return False  # (a pronoun on the verb itself: object_pronoun reads it)
    suffixes = event_markers()["relative_object_suffixes"].get(v.bare(t0 - 1))
    s = _quoted_name(v, skip_time(v, t1, b), b)
    if not suffixes or s >= b or not _party_at(v, s):
        return False
    e = v.np_forward(s, b)
    e = next((k for k in range(s + 1, e) if v.trigger_noun_at(k)), e)  # النظام | السيطرة
    for k in range(e, min(b, e + RESUMED_REACH)):
        if not v.word(k) or v.is_verb(k) or (v.norms[k],) in RELATIVES:
            return False
        if (v.norms[k],) in PRONOUN_PREPS and v.norms[k].endswith(suffixes):
            f.actor, f.after = v.split_coordination(s, e), b
            return True
    return False


def relative_subject(f: Frame, c: VerbClause) -> bool:
    """التحالف العربي الذي دمر الركيزة الأساسية: a verb right after a relative pronoun has
    the relative's antecedent for subject; the phrase after it is its object. A deed on
    people with nothing after it (الذي اغتيل عام 1990) is a passive: the antecedent is its
    recipient."""
    v, a, t0 = f.v, f.a, f.t0
    if not (t0 > a and clear_relative(v.bare(t0 - 1))):
        return False
    s = v.np_backward(t0 - 1, a, SUBJECT_MAX, preps=False, after_prep=True)
    if s == t0 - 1 and f.trig.type in ("ASSAULT", "COERCE") and no_object(f) and (
            named := comma_antecedent(v, t0 - 1, a)):
        f.recipient, f.after = named, f.b  # مئير اتينغر وافيتار سلونيم، | اللذين اعتقلا
        return True
    if s < t0 - 1:
        if f.trig.type in ("ASSAULT", "COERCE") and no_object(f):
            f.recipient = v.split_coordination(s, t0 - 1)  # الذي اغتيل عام 1990، اللذين
            f.after = f.b  # اعتقلا في الأيام الأخيرة: a deed on people with no object
            return True  # after it is a passive: the antecedent is what was done to
        s = max([s] + [k for k in range(s + 1, t0 - 1) if v.norms[k][:2] in ("لل", "بال")
                       and k not in v.ent_tok and not v.trigger_noun_at(k)])
        # في الجنوب | للطائرات الأمريكية التي تقصف (not حصيلة للتفجير الذي استهدف: the deed
        # noun is the subject, and the verb describes it: rasd.events.triggers folds them)
        while s < t0 - 2 and v.bare(t0 - 1) in HUMAN_RELATIVES and v.trigger_noun_at(s):
            s += 1  # مقتل | المسلحين الذين هاجموا: people, not the deed, are who
        f.actor = v.split_coordination(s, t0 - 1)
        if v.norms[s][:2] in ("لل", "بال") and s not in v.ent_tok:
            f.actor[0] = (*f.actor[0][:2], 1)  # (without its ل)
    return True


HUMAN_RELATIVES = frozenset({"الذين", "اللذين", "اللذان", "اللواتي", "اللاتي"})


def no_object(f: Frame) -> bool:
    """Nothing but a time, a preposition phrase or the clause's end after the verb: no
    object (and no subject) follows it."""
    v = f.v
    s = skip_time(v, f.t1, f.b)
    return s >= f.b or not v.word(s) or (v.norms[s],) in PRONOUN_PREPS \
        or v.stop(s) and not v.is_verb(s) and v.norms[s] not in ("علي", "ضد", "بحق") \
        or v.norms[s] in ("في", "من", "خلال", "منذ") \
        or v.norms[s][:1] == "و" and v.is_verb(s)  # (اللذين اغتيلا | وقام: a new clause;
    # الذين سيطروا على: an object after على)


RELATIVE_CLAUSE_MAX = 10  # tokens of a relative clause between a subject and its verb


def subject_past_relative(f: Frame, c: VerbClause) -> bool:
    """إن قوات المعارضة التي تلقت تدريبات على يد الأمريكيين قصفت مواقع التنظيم: a verb after
    a whole relative clause has the relative's antecedent for subject; the phrase after it
    is its object."""
    if c.subject or c.verb_first or c.continued:
        return False
    found = subject_past_relative_clause(f.v, f.t0, f.a)
    if found is None:
        return False
    f.actor = f.v.split_coordination(*found)
    return True


def subject_past_relative_clause(v: View, t0: int, a: int) -> tuple[int, int] | None:
    """The antecedent of a whole relative clause (two words at least) ending right before
    token t0, when the antecedent opens its clause (after a boundary or إن/أن)."""
    for k in range(t0 - 2, max(a - 1, t0 - RELATIVE_CLAUSE_MAX - 1), -1):
        if not v.word(k):
            return None
        if clear_relative(v.norms[k]):
            if t0 - k < 3:
                return None  # (a clause of one word is no whole relative clause)
            s = v.np_backward(k, a, SUBJECT_MAX, preps=False)
            if s < k and (v.boundary_before(s, a)
                          or v.phrase_at(s - 1, v.W["complementizers"])):
                return s, k
            return None
    return None


def continued(f: Frame, c: VerbClause) -> bool:
    """ونجحت في تدميرها وقتلت مسلحين: no subject of its own (rasd.events.context may give
    it the clause's). But a party noun with the article or a name right after the verb, with
    a bare noun phrase after it, is a subject of its own (VSO: وأدان الوزير الهجوم واستهدف
    الجيش | مواقعهم): the verb starts a new clause and subject_after reads it."""
    return c.continued and not new_subject(f)


def new_subject(f: Frame) -> bool:
    """A definite party (الجيش، قوات النظام) or a person/organisation name after the verb,
    then an object: a bare noun phrase (no preposition, conjunction, time or relative)."""
    v, b = f.v, f.b
    s = skip_time(v, f.t1, b)
    if v.norms[f.t0].endswith("وا"):
        return False  # وقتلوا الجنود: a verb before its subject agrees in gender only
    if s >= b or not v.word(s) or v.prefixed(s) or counted(v, s, s + 1) \
            or not _party_at(v, s) or not (v.is_def(s) or s in v.ent_tok or (
                s + 1 < b and v.is_def(s + 1))):
        return False  # (وقتلت مسلحين: an indefinite plural is the object)
    e = v.np_forward(s, b)
    return s < e < b and v.word(e) and not (
        v.stop(e) or v.prefixed(e) or v.is_time(e) or v.is_verb(e)
        or v.norms[e][:1] in "وف" or (v.norms[e],) in RELATIVES)


def counted_subject(f: Frame, c: VerbClause) -> bool:
    """12 سوريا قتلوا: the counted subject of a killing is the victims; not of a deed done
    to oneself (ثلاث انتحاريات فجرن أنفسهن: they act), nor of a verb with an object pronoun
    (اربعة جنود ضربوها: the pronoun is what was done to, recip26)."""
    if c.subject and f.trig.type == "ASSAULT" and counted(f.v, *c.subject) and not any(
            f.v.trigger_noun_at(k) for k in range(*c.subject)) \
            and not reflexive_at(f.v, skip_time(f.v, f.t1, f.b)) \
            and not _object_suffixed(f):  # (41 ضربة جوية استهدفت)
        f.recipient = [c.subject]
        return True
    return False


def _object_suffixed(f: Frame) -> bool:
    """The one-token verb trigger ends in an object pronoun past its subject's agreement
    letters (ضرب|و|ها، قتل|وه: rasd.events.suffixes)."""
    if f.t1 - f.t0 != 1:
        return False
    rest = norm_piece(f.v.text[f.m.end:f.v.toks[f.t0].end])
    return rest in OBJECT_PRONOUNS or any(
        rest.startswith(m) and rest[len(m):] in OBJECT_PRONOUNS
        for m in suffix_words()["subject_markers"])


def person_passive(f: Frame, c: VerbClause) -> bool:
    """إن المشتبه به خليل حزران اعتقل في 12 يوليو، كان الطفل علي دوابشة قتل حرقا: a past
    deed verb on people (ASSAULT, COERCE) after a person (a name, a title or a person noun:
    person_nouns) with no object after it is a passive written without its vowels: the
    person is what was done to, and no actor is said. An armed party or an organisation
    before it acts (قوات الأمن اعتقلت في …)."""
    v = f.v
    if not c.subject or f.trig.type not in ("ASSAULT", "COERCE") or not _past(v, f) \
            or not (no_object(f) or _manner_after(f)):
        return False
    s = c.subject[0]
    while s < c.subject[1] - 1 and (v.bare(s),) in v.W["person_heads"] \
            and s + 1 in v.ent_tok:
        s += 1  # الرئيس | محمد مرسي: the title before a name
    ent = v.ent_tok.get(s)
    person = ent.type == "PER" if ent is not None else (
        v.in_words(s, event_markers()["person_nouns"]) or (v.bare(s),) in v.W["person_heads"])
    first = v.ent_tok.get(c.subject[0])
    if not person or first is not None and first.type == "ORG" \
            or first is None and v.in_words(c.subject[0], event_markers()["agent_heads"]):
        return False
    f.recipient, f.after = [c.subject], f.b
    return True


def _past(v: View, f: Frame) -> bool:
    """The trigger verb is a past form (no prefix of the present, no future سـ)."""
    word = norm_piece(v.text[f.m.start:f.m.end])
    word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return word[:1] not in "يتنس" or word[:2] in ("تم", "تب")


def _manner_after(f: Frame) -> bool:
    """قتل حرقا، أعدم رميا بالرصاص: a manner noun right after the verb (manner_nouns)."""
    s = skip_time(f.v, f.t1, f.b)
    return s < f.b and f.v.in_words(s, event_markers()["manner_nouns"])


def subject_before(f: Frame, c: VerbClause) -> bool:
    if c.subject:
        f.actor = f.v.split_coordination(*c.subject)
        return True
    return False


def pronoun_subject(f: Frame, c: VerbClause) -> bool:
    """وهي تضغط من أجل، إنهم رفضوا وقف إطلاق النار: a pronoun subject, so the phrase after
    is the object (so is it after a verb phrase such as ألقت القبض)."""
    v, a, t0 = f.v, f.a, f.t0
    M = event_markers()
    before = v.norms[t0 - 1] if t0 > a else ""
    if before in M["subject_pronouns"] and before[-2:] not in ("هم", "ما"):
        # أكد الجيش أنه قصف مواقع: the pronoun is the subject unless a party follows the
        # verb (إنه قصفت الطائرات: the pronoun of the matter, the subject after)
        if before[-1:] == "ه" and norm_piece(v.text[f.m.start:f.m.end])[:1] == "ي":
            return True  # لافتا أنه يطالب مجلس النواب: a masculine present verb agrees
            # with the pronoun, its subject; the party after is what it asks
        s = skip_time(v, f.t1, f.b)
        ent = v.ent_tok.get(s) if s < f.b else None
        party = ent is not None and ent.type in ("PER", "ORG") or s < f.b and (
            v.in_words(s, M["agent_heads"]))
        return not party
    return (t0 > a and (before in PRONOUNS or before[-2:] in ("هم", "ما")
                        and before in M["subject_pronouns"])) or f.t1 - t0 > 1


def subject_after(f: Frame, c: VerbClause) -> bool:
    """The phrase after the verb: its subject (قصفت الطائرات), the victims when counted
    (قتل خمسة أطفال), nothing when it is a demonstrative object (رفض ذلك)."""
    v, b = f.v, f.b
    s = skip_time(v, f.t1, b)
    if s + 1 < b and v.text[v.toks[s].start] in "\"«“" and s + 1 in v.ent_tok:
        s += 1  # سيطر "جيش الفتح": a quoted name
    e = deed_end(v, s, v.np_forward(s, b))
    e = next((k for k in range(s + 1, e) if reflexive_at(v, k)), e)  # انتحاريان | نفسيهما
    if e > s + 1 and not counted(v, s, s + 1):  # خطف مسلحون مجهولون | ثلاثة صحفيين: a count
        e = next((k for k in range(s + 1, e) if counted(v, k, k + 1)), e)  # opens the object
    if e > s and v.bare(s) in event_markers()["demonstratives"] and not pointed_party(v, s, e):
        pass
    elif e > s and counted(v, s, e) and not counted_agents(f, s, e) \
            and not reflexive_at(v, skip_time(v, e, b)):  # فجر انتحاريان نفسيهما: they act
        e = partitive_end(v, e, b)
        f.recipient, f.after = [(s, e)], e
    elif e > s and counted(v, s, e):
        f.actor, f.after = [(s, e)], e  # قصفت ثلاث طائرات حربية: a counted force acts
    elif e > s and disagrees(v, f, s):
        f.after = s  # استهدفت المتطرفين، قصف المدينة: no subject of this verb, its object
    elif e > s and (k := struck_thing(f, s, e)) > s:
        f.after, f.struck = s, (s, k)  # فيما استهدفت بعض المواقع: what is struck, the
        # subject said before (objects.struck_subject makes it the recipient)
    elif e > s:
        e = subject_tail_end(v, affiliation_end(v, name_end(f, s, e), b), b)
        c = coordinated_subject(v, f, e, b)
        f.actor, f.after = [(s, e)] + v.split_coordination(e, c), c
    return True


def name_end(f: Frame, s: int, e: int) -> int:
    """وطالب عسيري | الحوثيين بتنفيذ القرار، واتهم ظريف | السعودية بدعم الإرهاب: a person's
    name (after its titles) right after a verb whose object is a party is followed by no
    genitive, so an organisation or a place named right after it, with no و between, is the
    verb's object and the subject ends with the name. Not a one-word nisba that may end the
    name (عبدالملك | الحوثي); e when no such name opens the phrase."""
    v = f.v
    if f.trig.type not in OBJECT_IS_RECIPIENT:
        return e
    k = s
    while k < e and k not in v.ent_tok and ((v.bare(k),) in v.W["person_heads"]
                                           or (v.bare(k)[2:],) in v.W["person_heads"]):
        k += 1  # (الوزير | ظريف)
    ent = v.ent_tok.get(k)
    if ent is None or ent.type != "PER":
        return e
    m = k
    m = v.skip_ent(m, ent, e)
    nxt = v.ent_tok.get(m)
    if m >= e or nxt is None or nxt is ent or nxt.type not in ("ORG", "LOC") \
            or not v.word(m) or v.norms[m][:1] == "و" or nxt.start < v.toks[m].start:
        return e
    single = v.ent_tok.get(m + 1) is not nxt
    if single and v.bare(m).endswith("ي") and not v.bare(m).endswith("يي"):
        return e  # (عبدالملك | الحوثي: the nisba may be the name's last word)
    return m


def struck_thing(f: Frame, s: int, e: int) -> int:
    """فيما استهدفت بعض المواقع بالحسيني، كما استهدف أيضا آليات عسكرية، وهاجمت سفينة أخرى، كما
    دمرت بعض آلياتهم: the one place that decides whether the phrase [s, e) right after an
    attack or coercion verb is the thing struck, not the verb's subject. Not after a killing
    (`consequence`) nor a verb that takes no object (`intransitive_struck_verbs`: انفجرت سيارة);
    past adverbs and quantifiers (`head_skip`), its head is a thing that is struck (a generic
    place, a site, owned.json `struck_things`: never a weapon that acts, دبابات، مدرعات), no
    person or organisation is named at or before it, and no noun phrase after the phrase could
    be the verb's object. Then the verb has no subject of its own (rasd.events.context gives
    the clause's) and the thing, cut before a place phrase (`struck_place_openers`, ب on a
    place), is the recipient (objects.struck_subject adds its owner). Its end, else -1."""
    v, M = f.v, event_markers()
    if f.trig.type not in ("ASSAULT", "COERCE") or consequence(v, f.m) \
            or normalize(f.trig.lemma) in M["intransitive_struck_verbs"]:
        return -1
    k = min(_past_adverbs(v, s, e), e - 1)  # (كما استهدف أيضا | آليات عسكرية)
    while k < e - 1 and (v.bare(k) in M["head_skip"] or counted(v, k, k + 1)):
        k += 1  # بعض | آلياتهم، عددا من | الآليات
    if not v.word(k) or any(v.ent_tok[t].type in ("PER", "ORG")
                            for t in range(s, k + 1) if t in v.ent_tok):
        return -1  # (a place named after it: آليات عسكرية في صحراء وادي الحسيني)
    if k in v.ent_tok:
        return -1
    W = owned_words()
    n = v.bare(k)
    forms = {n, n[2:] if n.startswith("ال") else n} | {
        st for st, _, _ in clitic_stems(v.norms[k])}  # بعض آلياتهم
    if not (generic_place(v, k) or any((x,) in M["site_heads"] or x in W["struck_things"]
                                       for x in forms)):
        return -1
    if _object_after(v, skip_time(v, e, f.b), f.b):
        return -1
    return next((t for t in range(k + 1, e) if v.norms[t] in W["struck_place_openers"]
                 or v.norms[t][:1] == "ب" and len(v.norms[t]) > 3 and (
                     t not in v.ent_tok or v.ent_tok[t].type == "LOC")), e)


def _object_after(v: View, k: int, b: int) -> bool:
    """A bare noun phrase opens at k (no preposition, conjunction, time, relative or verb):
    what a verb's subject would be followed by (its object)."""
    return k < b and v.word(k) and not (
        v.stop(k) or v.prefixed(k) or v.is_time(k) or v.is_verb(k)
        or v.norms[k][:1] in "وف" or (v.norms[k],) in RELATIVES) and v.np_forward(k, b) > k


def pointed_party(v: View, s: int, e: int) -> bool:
    """وقصفت هذه الطائرات، وتقدمت تلك القوات: a demonstrative pointing at a party noun
    (rasd.events.parties.pointing_at_party) opens the verb's subject (رفض ذلك، أكد هذا: a
    demonstrative alone is the object)."""
    return e > s + 1 and pointing_at_party(v, s) and party_span(v, (s, e)) is not None


DEED_SUBJECT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"}


def coordinated_subject(v: View, f: Frame, e: int, b: int) -> int:
    """ضبط الجيش الوطني | والمقاومة قاطرتين، سيطر رجال قبائل مسلحون | ومتشددون اسلاميون على
    …: after the subject of a deed verb written before its object, a phrase joined by و whose
    head is a party (a person's or organisation's name, a party noun) goes on the subject (an
    object never opens with و); e when none follows. Not a name whose own first letter is و
    (وليد المعلم) and not a و + verb (وقتل)."""
    if f.trig.type not in DEED_SUBJECT_TYPES:
        return e
    M = event_markers()
    k = e
    while k < b and v.word(k) and v.norms[k][:1] == "و" and len(v.norms[k]) > 3 \
            and not v.is_verb(k):
        ent = v.ent_tok.get(k)
        if ent is not None:
            party = ent.type in ("PER", "ORG") and ent.start > v.toks[k].start \
                and v.ent_tok.get(k - 1) is not ent
        else:  # the word after its و (ووحدات، والمقاومة; not وحدات: its و is its own)
            rest = v.norms[k][1:]
            party = bool({rest, rest[2:] if rest[:2] == "ال" else rest} & M["agent_heads"])
        if not party:
            break
        n = affiliation_end(v, v.np_forward(k, b), b)
        if n <= k:
            break
        k = n
    return k


def subject_tail_end(v: View, e: int, b: int) -> int:
    """The end of a subject ending before token e, past what still belongs to it: a
    definite adjective of an armed group after a definite word or a name (جماعة الحوثيين |
    المتمردة: `group_adjectives`), and the name of a person after a title the subject ends
    in (زعيم حركة طالبان الجديد الملا | أختر منصور: `name_titles`), never cut inside the
    name; e when neither follows."""
    if e <= 0 or e >= b or not v.word(e) or not v.word(e - 1):
        return e
    M = event_markers()
    if v.bare(e) in M["group_adjectives"] and (v.is_def(e - 1) or e - 1 in v.ent_tok):
        return e + 1
    ent = v.ent_tok.get(e)
    if ent is not None and ent.type == "PER" and v.bare(e - 1) in M["name_titles"] \
            and (v.ent_tok.get(e - 1) is ent or ent.start == v.toks[e].start):
        # (the title inside the name found, الملا أختر منصور, or before it)
        k = e
        k = v.skip_ent(k, ent, b)
        return k
    return e


def deed_end(v: View, s: int, e: int) -> int:
    """أدان الوزير | الهجوم، استنكرت الجامعة | التفجير: a definite event noun after a definite
    word is no adjective of it but the object: the subject ends before it."""
    return next((k for k in range(s + 1, e) if v.is_def(k) and v.is_def(k - 1)
                 and v.trigger_noun_at(k)), e)


def reflexive_at(v: View, k: int) -> bool:
    """The token is a reflexive object (نفسه، أنفسهن: `reflexives`)."""
    return k < len(v.toks) and v.word(k) and v.norms[k] in event_markers()["reflexives"]


def counted_agents(f: Frame, s: int, e: int) -> bool:
    """A counted phrase after an attack verb other than a killing (قصفت ثلاث طائرات، هاجم 50
    مسلحا) whose head is a force or a group of armed men is its subject; after a killing or
    an arrest a counted phrase is the victims (قتل خمسة أطفال، اعتقل ثلاثة مسلحين). After a
    verb of protest or demand it is who protests or demands (وتظاهر آلاف الأكراد، كما طالب
    مئات المتظاهرين الأردنيين … حكومة بلادهم): such a deed has no counted victims (recip3)."""
    v, M = f.v, event_markers()
    if f.trig.type in ("PROTEST", "REQUEST"):
        return True
    if f.trig.type != "ASSAULT" or consequence(v, f.m):
        return False
    k = s
    while k < e and (counted(v, k, k + 1) or v.norms[k].isdigit()
                     or v.bare(k) in M["head_skip"]):
        k += 1
    return k < e and v.in_words(k, M["agent_heads"])


def affiliation_end(v: View, e: int, b: int) -> int:
    """مسلحون | من حركة طالبان: a من phrase naming a party after a subject tells whose it is,
    and belongs to it (the object comes after); other من phrases (من الجو) do not."""
    if e + 1 < b and v.norms[e] == "من":
        ent = v.ent_tok.get(e + 1)
        if ent is not None and ent.type == "ORG" or v.in_words(e + 1, event_markers()[
                "agent_heads"]):
            k = v.np_forward(e + 1, b)
            return k if k > e + 1 else e
    return e


def disagrees(v: View, f: Frame, s: int) -> bool:
    """A verb before its subject agrees with it in gender and is singular: a verb with a
    plural ending (يضربون، هاجموا) has its subject in that ending; a feminine verb (قصفت، تستهدف)
    has no person or sound masculine plural (المتطرفين) for subject, a masculine one (قصف،
    يستهدف) no feminine singular (المدينة، الحكومة) right after it, and no noun written with
    the accusative tanween (جنودًا); that phrase is the object of a verb whose subject was
    said before."""
    word = norm_piece(v.text[f.m.start:f.m.end])
    word = word[1:] if word[:1] in "وفسل" and len(word) > 4 else word
    plural = word.endswith(("وا", "ون"))
    feminine_verb = word.endswith("ت") or word[:1] == "ت"
    ent = v.ent_tok.get(s)
    raw = v.text[v.clitic_start(s):v.toks[s].end]
    n = v.bare(s)
    n = n[2:] if n.startswith("ال") else n
    if first_person_imperfect(v, word):
        return True  # نطالب السلطات: the subject is in the verb (we), the phrase its object
    if FATHATAN in v.raw(s) and ent is None:
        return True  # قتل جنودًا: an accusative written with its tanween is the object
    if ent is None and alef_accusative(v, s) and not alef_accusative(v, s - 1):
        return True  # وحاصرت معسكرا: the same tanween written with its alef only (not the
        # adjective of an accusative noun read as a verb: أن قصفا عنيفا شنته)
    if plural and (word[:-2] in v.verbs or word.endswith("وا") and word in v.verbs):
        return True  # يضربون الساعدي القذافي: a verb before its subject is singular; a
        # plural ending is the subject pronoun, so the phrase after is the object (not
        # تتعاون: its ون is the root's); a weak verb's plural is known whole (التقوا تيمور
        # جنبلاط، اعتدوا: its stem, التق، is no verb)
    if ent is not None and ent.type == "PER":
        return feminine_verb and not woman_named(v, ent)  # تعهدت موغيريني: she is its subject
    if ent is not None and ent.start < v.toks[s].start:
        return False
    if feminine_verb:  # (فتيين: its ف is the word's, not a clitic, as parties reads it)
        forms = (n, *v.bare_forms(s)[1:])
        return ent is None and any(
            x.endswith(("ين", "ون")) and len(x) >= 5
            and x not in event_markers()["not_people_plurals"] for x in forms)
    if (ent is None or ent.type == "ORG") and f.trig.type in OBLIQUE_OBJECT_TYPES \
            and n.endswith("ين") and not n.endswith(("تين", "وين")) and len(n) >= 6 \
            and n not in event_markers()["not_people_plurals"] and not deed_noun_form(word):
        return True  # ثم طرد الحوثيين، استهدف مقاتلين: a sound masculine plural in -ين is
        # in the accusative or genitive, never a subject (that is -ون: طرد الحوثيون); only
        # after a verb that takes a party for object (not هرب الانقلابيين: a verbal noun and
        # its doer; not منطقتين، سيارتين: a dual of things; not المتمردوين: a misspelt -ون;
        # not a verb written as its own verbal noun, ثم طرد الحوثيين: a deed noun told after
        # another is read by the noun passes)
    return s == f.t1 and raw.endswith("ة")  # (a time between may loosen the agreement)


def deed_noun_form(word: str) -> bool:
    """The verb's written form is also a deed noun (طرد، قصف، أسر: `objective_nouns`,
    `agentive_nouns`)."""
    M = event_markers()
    return word in M["objective_nouns"] or word in M["agentive_nouns"]


def woman_named(v: View, ent: Entity) -> bool:
    """A person named by a woman's given name (`women_names`: هيلاري كلينتون، نادية السقاف), or
    by a surname the document writes after one (موغيريني after فيديريكا موغيريني) and after
    no other given name: a feminine verb right before her name has her for subject."""
    ks = [k for k in range(*v.token_range(ent.start, ent.end)) if v.word(k)]
    return _has_woman_name(v, ks) or any(v.norms[k] in _women_surnames(v) for k in ks)


def _has_woman_name(v: View, ks: list[int]) -> bool:
    """A woman's given name among the name's words, not one after a particle (أبو ماريا: a
    man's kunya names his child)."""
    particles = word_list("name_particles.txt")
    return any(v.norms[k] in women_names() and (i == 0 or v.norms[ks[i - 1]] not in particles)
               for i, k in enumerate(ks))


def _women_surnames(v: View) -> frozenset[str]:
    """The last words of the document's persons named with a woman's given name, less those
    also written after a man's (هيلاري كلينتون and بيل كلينتون: كلينتون alone says neither)."""
    held = v.memo.get("women_surnames")
    if held is None:
        women, others = set(), set()
        for e in v.doc.entities:
            if e.type != "PER":
                continue
            ks = [k for k in range(*v.token_range(e.start, e.end)) if v.word(k)]
            if len(ks) < 2:
                continue
            if _has_woman_name(v, ks):
                women.add(v.norms[ks[-1]])
            elif v.norms[ks[0]] in given_names():  # (a title before, الممثلة العليا, says none)
                others.add(v.norms[ks[-1]])
        held = v.memo["women_surnames"] = frozenset(women - others - women_names())
    return held


def alef_accusative(v: View, s: int) -> bool:
    """An indefinite noun ending in the alef of the accusative tanween, its mark not written
    (معسكرا، جنودا، هجوما): a consonant before the alef (not ضحايا، روسيا، دعوا), no article,
    no pronoun ending (مصادرنا، قواتها، كلاهما), not the nominative dual of a construct
    (محكمتا الاستئناف، طرفا النزاع: a definite word or a name after it, or تا), and not a word
    whose alef is its own or an adverb's (`own_alef_words`: أمريكا، بينما، مجددا)."""
    n = v.bare(s)
    construct = s + 1 < len(v.norms) and (v.is_def(s + 1) or s + 1 in v.ent_tok)
    return len(n) >= 4 and n[-1] == "ا" and n[-2] not in "اويىء" and not construct \
        and not n.endswith(NOT_TANWEEN_ENDINGS) and not v.is_def(s) and v.norms[s] == n \
        and n not in event_markers()["own_alef_words"]


NOT_TANWEEN_ENDINGS = ("ها", "نا", "هما", "كما", "تا")  # pronouns; a dual whose ة is تا


SUBJECT_PASSES: tuple[Callable[[Frame, VerbClause], bool], ...] = (
    passive, charged_one, agent_passive, object_pronoun, resumptive, relative_resumed,
    relative_subject, continued,
    counted_subject, person_passive, subject_before, subject_past_relative, pronoun_subject,
    subject_after)


def object_pass(f: Frame) -> None:
    """The object after the subject (past times, a short في phrase, an aside between
    commas) is the recipient for types whose object is a party (OBJECT_IS_RECIPIENT), or
    when it is a name; never a ب/ل phrase (اتهمت الأردن | بدعم)."""
    v, b, t1 = f.v, f.b, f.t1
    after = f.after
    s = skip_aside(v, after, b) if f.actor and after > t1 else skip_time(v, after, b)
    if f.actor and f.trig.type in ("ASSAULT", "COERCE"):
        s0 = skip_time(v, after, b)
        s = s if (t := past_place(v, s0, b)) == s0 else t  # أوقف الجيش في بلدة بريتال |
        # أربعة أشخاص
    if f.actor and after > t1 and s + 1 < b and v.comma(s) \
            and f.trig.type in ("ASSAULT", "COERCE") and v.word(s + 1) \
            and s + 1 not in v.ent_tok and (counted(v, s + 1, s + 2) or not (
                v.stop(s + 1) or v.is_verb(s + 1) or v.prefixed(s + 1) or v.is_def(s + 1)
                or v.is_time(s + 1) or v.norms[s + 1][:1] in "وف")):
        s += 1  # ودمر طيران التحالف العربي، | دبابتين و4 مركبات: a comma after the subject
        # of a deed on things (not a name or title in apposition: ونفى المتحدث، محمد …)
    if s < b and v.toks[s].start < f.event.trigger.end:
        return  # أطلقت قوات الاحتلال النار | على: the trigger's own word is no object
    if s < b and v.bare(s) in event_markers()["direction_adverbs"]:
        return  # تقدم الحوثيون | جنوبا صوب ميناء عدن: where it went, not what was done to
    if t1 < s < b and v.word(s - 1) and v.is_def(s) and (v.is_def(s - 1) or v.bare(s - 1)[
            :3] in ("بال", "لال", "كال") or v.bare(s - 1)[:2] == "لل") \
            and is_nationality(v.bare(s)):
        return  # نددت بالقصف | التركي: a definite nationality adjective after a definite
        # noun the verb passed over is that noun's, not the verb's object
    c = count_after_approximators(v, s, b)  # خطف التنظيم نحو | 230 مدنيا
    e = v.np_forward(c, b) if c < b else c
    if e > c and party_span(v, (c, e)) is not None:
        e = v.np_coordinated(c, b)  # طردت الحوثيين | وحلفاءهم: an object that names a party
        # goes on over و + a definite word, a name, a party noun or their allies (not an
        # adjective left of the subject: اتهمت الحكومة اليمنية المقيمة | وقوات التحالف)
    bare_np = e > c and not (v.clitic_start(s) > v.toks[s].start and v.norms[s][:1] in "بل")
    if f.trig.type == "CONSULT" and any(v.norms[k] == "مع" for k in range(e, min(f.b, e + 4))):
        return  # يبحث دي ميستورا قضية الزبداني مع ممثلي …: the topic, then the partner
    if not f.recipient and bare_np and (
            (f.trig.type in OBJECT_IS_RECIPIENT and t1 - f.t0 == 1) or s in v.ent_tok):
        if counted(v, c, e) or v.bare(c) in event_markers()["head_skip"]:
            e = partitive_end(v, e, f.b)  # العديد | من المواقع الامنية
        first = c if (v.norms[s],) in PREPS else s  # (نحو, a preposition too, left out)
        f.recipient = v.split_coordination(first, e)


def count_after_approximators(v: View, s: int, b: int) -> int:
    """نحو | 230 مدنيا، أكثر من | 220 من أبناء المدينة: the count that approximators
    (and the من after أكثر/أقل) qualify; s when no count follows them."""
    k = s
    while k < b and v.word(k) and v.bare(k) in event_markers()["approximators"]:
        k += 1
        k += k < b and v.norms[k] == "من"
    return k if s < k < b and counted(v, k, k + 1) else s


PLACE_PHRASE_MAX = 6  # tokens of a place phrase between a deed verb's subject and object


def past_place(v: View, s: int, b: int) -> int:
    """After a في phrase naming a place (a place entity, or a place noun with a name after
    it) that follows a deed verb and its subject, the object is the counted phrase or the
    name right after it (اعتقلت قوات الأمن في محافظة ديالى خمسة مطلوبين، قتلت القوات في
    ولاية هلمند 20 مسلحا); else s."""
    if s + 1 >= b or v.norms[s] != "في":
        return s
    k = s + 1
    if k not in v.ent_tok and not (place_word(v, k) and k + 1 in v.ent_tok):
        return s
    e = v.np_coordinated(k, b)
    e = next((t for t in range(k + 1, e) if counted(v, t, t + 1)), e)  # ديالى | خمسة
    if e <= k or e - k > PLACE_PHRASE_MAX or not is_place(v, k, e):
        return s
    t = skip_time(v, e, b)
    ent = v.ent_tok.get(t) if t < b else None
    named = ent is not None and ent.type == "PER" and ent.start >= v.toks[t].start
    return t if t < b and v.word(t) and (counted(v, t, t + 1) or named) else s


def verb_roles(f: Frame) -> None:
    f.after = f.t1
    clause = read_clause(f)
    for step in SUBJECT_PASSES:
        if step(f, clause):
            break
    object_pass(f)
