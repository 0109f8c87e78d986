"""A claim from a reporting verb, as named passes over the clause around the cue.

Each pass reads and fills a `Clause`; one that returns False means "no claim here". In
order: the cue is not inside a relative clause or negated, nor describes the noun before
it (تصريحات نقلتها وكالة); the content marker (إن/أن, a
colon, a quotation) is found; the subject written before the verb, if any; a report frame
before the cue (حسبما أفاد X); the speaker; the original source of a relay (نقل X عن Y);
the content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rasd.claims.spans import (
    WINDOW,
    clause_end,
    closing,
    content_marker,
    outlet,
    outlet_at,
    outlet_end,
    quote_at,
    quoted_name,
    report_frame,
    short_quote,
    skip_times,
    via_between,
)
from rasd.claims.speakers import (
    AFFILIATION_PREPS,
    agrees,
    carried,
    cue_agreement,
    dropped_subject,
    opening_subject,
    plausible,
    shares_opening_verb,
    speaker,
    speaker_agreements,
    speaker_end,
    titled,
)
from rasd.document import Claim, Span, Speaker
from rasd.entities.features import given_names
from rasd.lexicons import Cue, event_markers
from rasd.roles import PREPS, RELATIVES, View
from rasd.text.matcher import Match
from rasd.text.normalize import normalize
from rasd.text.segment import THIRD_PERSON_SUFFIXES

NEGATED = ("لم", "لن", "لا")  # ولم تعلن أي جهة مسؤوليتها: nobody claimed anything
RESUMPTIVE = ("فيه", "فيها")  # اليوم الذي أعلنت فيه X: X speaks after the pronoun
ABOUT = ("عن",)  # أعلن عن الاتفاق: the noun phrase content after عن


@dataclass
class Clause:
    """One reporting verb and what the passes found around it (token indices)."""

    v: View
    si: int  # sentence index
    a: int  # the sentence's tokens [a, b)
    b: int
    m: Match[Cue]
    nxt: int  # first token of the next cue (or b)
    last: Speaker | None  # the previous claim's speaker
    main: Callable[[], Speaker | None]  # the speaker of the sentence's main reporting verb
    via: Span | None = None  # an outlet (from a frame before the cue, or found here)
    marker: int | None = None  # token opening the content: إن/أن, colon, quotation
    direct: bool = False
    verb_first: bool = True
    subject: tuple[int, int] | None = None  # written before the verb
    report: tuple[int, int] | None = None  # حسبما أفاد X: the clause before the frame
    speaker: Speaker | None = None
    speaker_tokens: tuple[int, int] | None = None
    after: int = 0  # first token after the speaker (nominal content starts there)
    content: Span | None = None
    clitic_prep: bool = False  # the content opens with a clitic preposition (بإصابة): drop it
    resumed: int | None = None  # the token after a resumptive فيه (see outside_relative)
    opening: Callable[[], Speaker | None] | None = None  # the opening verb's subject
    earlier: Sequence[Speaker] = ()  # the speakers of the claims before, in order
    framed: Speaker | None = None  # the source of a frame opening the sentence (وبحسب X، أكدت أن)
    last_si: int | None = None  # the sentence of the previous claim
    before: Callable[[], Speaker | None] | None = None  # the sentence before's opening subject

    @property
    def cue(self) -> Cue:
        return self.m.payload

    @property
    def c0(self) -> int:
        return self.m.first

    @property
    def c1(self) -> int:
        return self.m.last


def outside_relative(c: Clause) -> bool:
    """والتي تدعي محاربة الإرهاب: a relative clause, not a report; but in اليوم الذي أعلنت
    فيه وسائل إعلام … عن الاتفاق the resumptive فيه leaves a subject of its own after it."""
    v = c.v
    if not (c.c0 > c.a and (v.bare(c.c0 - 1),) in RELATIVES) \
            or report_frame(v, c.c0, c.a) is not None:  # بحسب ما أفادت: a report frame
        return True
    if what_was_said(c):
        return True
    if c.c1 < c.b and v.norms[c.c1] in RESUMPTIVE:
        e = v.np_forward(c.c1 + 1, c.b)
        if e > c.c1 + 1 and plausible(v, c.c1 + 1, e):
            c.resumed = c.c1 + 1
            return True
    return False


def _said_by_subject(c: Clause) -> Speaker | None:
    """أعلنت سلطة الطاقة …، بسبب ما قالت إنه «…»: the subject of «ما قال إنه» with none of its
    own is that of the verb opening its sentence (`_MainSpeaker.opening`)."""
    if not (c.c0 > c.a and c.v.bare(c.c0 - 1) == "ما" and c.opening is not None):
        return None
    s = c.opening()
    return s if s is not None and agrees(c.v, s, cue_agreement(c.v, c.m)) else None


WHAT_SAID_SPEAKER_MAX = 4  # words of the speaker in «ما قال البيحاني إنه»


def what_was_said(c: Clause) -> bool:
    """بسبب ما قالت إنه «انتهاء العمل بآلية …»، بسبب ما قال البيحاني إنه غياب التنسيق: ما
    before a cue whose إنه/إنها/إنهم (with a ه pronoun: what he said it was) follows right
    after it or after a short speaker of words only is "what X said was", a report of its own,
    no relative clause."""
    v = c.v
    if v.bare(c.c0 - 1) != "ما":
        return False
    for t in range(c.c1, min(c.b, c.c1 + WHAT_SAID_SPEAKER_MAX + 1)):
        if not v.word(t):
            return False
        n = v.bare(t)
        if n[:1] in "اإ" and n[1:2] == "ن" and n[2:] in ("ه", "ها", "هم", "هما"):
            return True
    return False


def affirmed(c: Clause) -> bool:
    """ولم تعلن أي جهة مسؤوليتها: a negated cue reports nothing."""
    return not (c.c0 > c.a and c.v.bare(c.c0 - 1) in NEGATED)


def find_marker(c: Clause) -> bool:
    """Where the content starts (إن/أن, colon, quotation) and an outlet quoted before it;
    none for a cue that reports only through its preposition phrase (words.json
    `prep_only_cues`: تحدثت مصادر عن انشقاقات)."""
    if (normalize(c.cue.lemma),) in c.v.W["prep_only_cues"]:
        return True
    limit = min(c.b, c.c1 + WINDOW, max(c.nxt, c.c1 + 1))
    c.marker, c.direct, quoted = content_marker(c.v, c.c1, limit, c.b, c.a)
    c.via = c.via or quoted
    if c.marker is None and not c.cue.participle:
        c.marker = statement_marker(c)
    if c.cue.accusation and c.marker is not None and not c.direct \
            and (q := _charge_at(c)) is not None and q < c.marker:
        c.marker = None  # اتهمت X Y بفرض الملا منصور، الذي يعرف أنه …: the charge comes first
    return True


STATEMENT_SPEAKER_MAX = 8  # words between a cue and the statement phrase after its speaker
STATEMENT_REACH = 30  # tokens of a statement phrase (في بيان أصدرته أمس …) up to its «، أن»


def statement_marker(c: Clause) -> int | None:
    """وأكدت الوزارة وهيئة الأركان اليمنية في بيان أصدرته أمس الثلاثاء بمناسبة تحرير قاعدة
    العند … في عملية نوعية أمس الاول الاثنين، أن …: a statement phrase after the speaker
    (words.json `via_openers`: في بيان، في تصريح، خلال) may run past the cue's window; the
    أن/إن right after the comma or the quotation mark that closes it, before any colon,
    opens the content (past a cue describing the statement: في تصريحات نقلتها …).
    None when there is no such phrase."""
    v = c.v
    end = c.b
    t = c.c1
    while t < end and t - c.c1 <= STATEMENT_SPEAKER_MAX and v.word(t) \
            and not v.phrase_at(t, v.W["via_openers"]):
        t += 1
    if t == c.c1 or t >= end or not v.word(t) or not v.phrase_at(t, v.W["via_openers"]):
        return None
    for k in range(t + 1, min(end - 1, t + STATEMENT_REACH)):
        if v.word(k):
            continue
        mark = v.text[v.toks[k].start]
        if mark not in ",،" + QUOTE_MARKS:
            return None  # a colon, a bracket, a dash: not one phrase
        if v.phrase_at(k + 1, v.W["complementizers"]) and not _subordinated_at(v, k + 1) \
                and (mark in ",،" or quote_at(v, k) is None):  # نقلتها “سكاي نيوز العربية” أن
            return k + 1
    return None


def _subordinated_at(v: View, t: int) -> bool:
    """The complementizer at t follows a subordinator (دون أن، بعد أن): no content."""
    return t > 0 and v.word(t - 1) and bool(v.phrase_at(t - 1, v.W["subordinators"]))


PREP_SPELLING_GAP = 6  # tokens from a cue spelled like a preposition (بين) to its أن
QUOTE_MARKS = "\"«»“”"


def prepositional_reading(v: View, m: Match[Cue], a: int, b: int) -> bool:
    """بين also means "between" (اشتباكات بين «داعش» والجيش، قتيلا، بينهم قيادات): a cue of
    the بيّن family (words.json `cue_forms_not_verbs`) reports only as the verb opening its
    sentence or joined by و/ف or كما, with أن/إن (not لأن "because", not after a preposition:
    بينهم وبين الحكومة على أن) within
    PREP_SPELLING_GAP tokens and no punctuation but quotes between (وبين المصدر أن، وبينت
    الهيئة أن). Otherwise it is no cue at all: it neither reports nor ends the content of
    the cue before it."""
    t = m.first
    if (normalize(m.payload.lemma),) not in v.W["cue_forms_not_verbs"]:
        return False
    if not (t == a or v.norms[t] != v.bares[t] or v.bare(t - 1) == "كما"):
        return True
    for k in range(m.last, min(b, m.last + PREP_SPELLING_GAP + 1)):
        if v.phrase_at(k, v.W["complementizers"]):  # not لأن, not على أن (بينهم وبين X على أن)
            return v.bare(k).startswith("لان") or k > m.last and (v.bare(k - 1),) in PREPS
        if not v.word(k) and v.text[v.toks[k].start] not in QUOTE_MARKS:
            return True
    return True


def find_subject(c: Clause) -> bool:
    """A subject written before the verb (الوزارة أكدت، كان X قد قال) unless the verb opens
    its clause (وقال، من جهته قال)."""
    v = c.v
    prefix = normalize(v.text[v.toks[c.c0].start:c.m.start])
    quoted = c.c0 > c.a and quote_at(v, c.c0 - 1) is not None  # بعثة … «نفت بشدة»
    c.verb_first = prefix in ("و", "ف") or v.boundary_before(c.c0, c.a) and not quoted \
        or c.resumed is not None or report_frame(v, c.c0, c.a) is not None
    aside = None if prefix in ("و", "ف") else relative_aside_subject(v, c.c0, c.a)
    if aside is not None and _subject_of_cue(v, *aside, c.a):
        c.verb_first = False
    c.subject = None if c.verb_first else aside or v.subject_before(c.c0, c.a)
    if c.subject is not None and not _subject_of_cue(v, *c.subject, c.a):
        c.subject = None
    if c.subject is not None and not c.cue.participle \
            and _unnamed_antecedent(v, c.c0, *c.subject):
        if not (c.c1 < c.b and plausible(v, c.c1, c.c1 + 1)):
            return False  # أفراد وكيانات قالت إنهم: a relative clause on the noun before it
        c.subject = None  # في إجراء تقول إسرائيل إنه ضروري: its subject after it
    if c.subject is not None and _speaker_after(c):
        c.subject = None  # وبهذا الخصوص قال قعيم إن: the name after the verb is its subject
    if c.subject is None and prefix not in ("و", "ف") and c.c0 - 1 > c.a \
            and v.comma(c.c0 - 1):
        # مسؤولا محليا، طلب عدم ذكر اسمه، قال: a source and its withheld name before the cue
        subj = v.subject_before(c.c0, c.a)
        if subj and any((v.bare(t),) in v.W["anonymity_words"] for t in range(*subj)):
            c.subject, c.verb_first = subj, False
    if c.subject is None:
        c.verb_first = True
    return True


SPEAKER_AFTER_MAX = 4  # words of a bare name between a cue and its content (قال قعيم إن)


def _speaker_after(c: Clause) -> bool:
    """A short noun phrase right after the cue (past an addressee pronoun; no adverb, time,
    verb or preposition phrase) that runs up to the content marker (إن/أن, a colon, a
    quotation): the
    verb's subject, so the noun phrase before the cue is a fronted topic (وفيما يتعلق بخيار
    إقامة إقليم … أوضح الجبوري أن، وبهذا الخصوص قال قعيم إن). Not for an object-taking cue
    (الحكومة اتهمت الحوثيين بـ…: the noun after it is its object) nor one telling someone
    (words.json `addressee_cues`: لافروف أبلغ نظيره الأمريكي بأن)."""
    v = c.v
    if c.marker is None or c.cue.accusation or c.cue.participle \
            or (normalize(c.cue.lemma),) in v.W["addressee_cues"]:
        return False
    t = c.c1
    if t < c.marker and (v.norms[t],) in v.W["addressee_pronouns"]:
        t += 1
    if t >= c.marker or not v.word(t):
        return False
    if v.stop(t) or v.prefixed(t) or v.is_verb(t) or v.is_time(t) \
            or (v.bare(t),) in v.W["not_speakers"] or v.phrase_at(t, v.W["manner_adverbs"]) \
            or v.bare(t)[:1] in "بلك" and t not in v.ent_tok and not titled(v, t):
        return False  # البعض يعترف بصوت خفيض إنه: a manner phrase, no subject
    e = speaker_end(v, t, c.marker, c.cue)
    return e == c.marker and e - t <= SPEAKER_AFTER_MAX


RELATIVE_ASIDE_MAX = 15  # tokens of a relative clause between commas before a cue


def relative_aside_subject(v: View, c0: int, a: int) -> tuple[int, int] | None:
    """X، والذين تحركوا بطلب من أرملة عرفات، اعتبروا أن: a relative clause between commas
    right before the cue describes the subject; the subject is the noun phrase before it."""
    if c0 - 1 <= a or not v.comma(c0 - 1):
        return None
    for c in range(c0 - 2, max(a, c0 - 2 - RELATIVE_ASIDE_MAX), -1):
        if not v.word(c):
            if not v.comma(c) or (v.bare(c + 1),) not in RELATIVES \
                    or v.bare(c + 1) in ("من", "ما"):  # من خلال: a preposition
                return None
            s = v.np_backward(c, a, 10, True)
            return (s, c) if s < c else None
    return None


FEMININE_OR_PLURAL_ENDINGS = ("ه", "ات", "ا", "اء", "ى", "ون", "ين")


def disagreeing_head(v: View, m: Match[Cue], s: int, b: int) -> bool:
    """كما أكدت تصميم الدولة التركية على القيام …: a feminine cue (أكدت، تؤكد) cannot take
    a masculine singular common noun as its subject, so the noun right after it (no name, no
    person, institution or source noun, no plural or feminine ending) opens a noun-phrase
    content, not the speaker."""
    if s >= b or not v.word(s) or s in v.ent_tok or titled(v, s) or v.is_time(s) \
            or (v.norms[s],) in PREPS or s in v.opener_tok or v.phrase_at(s, v.W["via_openers"]) \
            or (v.bare(s),) in v.W["not_speakers"] or v.phrase_at(s, v.W["manner_adverbs"]) \
            or m.payload.participle or v.prefixed(s) or content_prep(v, s, m.payload) \
            or cue_agreement(v, m) != "f":
        return False
    n = v.bare(s)
    stem = n[2:] if n.startswith("ال") and len(n) > 4 else n
    return len(stem) >= 3 and not stem.endswith(FEMININE_OR_PLURAL_ENDINGS) \
        and (stem,) not in v.W["plural_heads"] and not v.stop(s) and not v.is_verb(s)


def _owner_end(v: View, s: int, e: int, b: int) -> int:
    """An institution noun phrase [s, e) goes on with its owner after لل (أكد المركز الإعلامي
    للمقاومة مصرع …): the owner and its definite adjectives; else e."""
    head = v.bare(s)
    if e >= b or not v.norms[e].startswith("لل") or not v.word(e) \
            or not any((f,) in v.W["institution_heads"] for f in (head, head[2:])):
        return e
    k = e + 1
    while k < b and v.word(k) and v.is_def(k) and not v.stop(k):
        k += 1
    return k


def _unnamed_antecedent(v: View, c0: int, s: int, e: int) -> bool:
    """عبر إضافة أفراد وكيانات قالت إنهم …، أطلق تصريحات متناقضة كشفت عن …، صورة مؤثرة توضح
    …: the phrase [s, e) before a cue has no speaker as its head (no person, institution or
    source noun, no name, no plural of persons: ديبلوماسيين أميركيين يتحدثون) and ends right
    before the cue with an indefinite word: the cue opens a relative clause on that word (a
    صفة without الذي), no report. A given name the tagger left bare is no such word: in
    عائلة عمر قالت the family says it."""
    t = c0 - 1
    if (v.bare(s),) in v.W["not_speakers"] and s + 1 < e:
        s += 1  # بل هناك منظمات … ترى
    head = v.bare(s)
    return e == c0 and t > s and v.word(t) and not v.is_def(t) and t not in v.ent_tok \
        and not v.norms[t].startswith("لل") and v.norms[t] not in given_names() \
        and not plausible(v, s, s + 1) \
        and not head.endswith(("ين", "ون")) and not head.startswith("ال")


def _subject_of_cue(v: View, s: int, e: int, a: int) -> bool:
    """The noun phrase [s, e) before a cue is its subject: not the verb of a relative clause
    (الحرب التي تدور أوضح), not the object of a fronted preposition (وعن هذا الجانب يكتب),
    not an adverb (وهنا يقول), not a fronted topic (وبشأن مدينة الفلوجة أوضح)."""
    if e - s == 1 and (v.bare(s),) in v.W["not_speakers"]:
        return False
    return not (s > a and ((v.bare(s - 1),) in RELATIVES or (v.bare(s - 1),) in PREPS
                           or (v.bare(s - 1),) in v.W["topic_preps"]))


def descriptive(c: Clause) -> bool:
    """تصريحات نقلتها وكالة «رويترز»: a cue carrying an object pronoun right after an
    indefinite noun describes that noun (a relative clause without الذي); no report."""
    v = c.v
    rest = normalize(v.text[c.m.end:v.toks[c.c1 - 1].end])
    return not (rest in ("ه", "ها", "هم", "هما") and c.c0 > c.a and v.word(c.c0 - 1)
                and not v.is_def(c.c0 - 1) and c.c0 - 1 not in v.ent_tok
                and not v.stop(c.c0 - 1))


def not_inscription(c: Clause) -> bool:
    """وكتب عليه «هذا الجواز صادر …»: على with a pronoun right after the cue tells what is
    written on a thing (words.json `surface_preps`), no one's report; not for a cue whose
    content opens with على (وأكد عليه، شدد عليها)."""
    v = c.v
    return not (c.c1 < c.b and (v.norms[c.c1],) in v.W["surface_preps"]
                and normalize("على") not in c.cue.content_preps)


def find_report_frame(c: Clause) -> bool:
    """حسبما أفاد المرصد: a frame before a verb-first cue with no content after it."""
    if c.marker is None and c.verb_first:
        c.report = report_frame(c.v, c.c0, c.a)
    return True


def find_speaker(c: Clause) -> bool:
    v, cue = c.v, c.cue
    if c.framed is not None and c.marker is not None:  # وبحسب مصادر عسكرية، أكدت أن
        c.speaker = c.framed
        return True
    if cue.participle and cue.accusation:
        return participle_split(c)
    if cue.accusation and c.verb_first and c.report is None \
            and (split := accused_split(c)) is not None:
        return split
    if cue.object_only:
        return False
    if c.report is not None:  # …، حسبما أفاد المرصد
        s = skip_times(v, c.c1, c.b)
        e = v.np_forward(s, c.b, prefixed_ok=True)
        if e == s or c.report[1] - c.report[0] < 2:
            return False
        c.speaker_tokens = (s, e)
    elif c.marker is None and c.cue.nominal and c.c1 < c.b and _responsibility(v, c.c1):
        # أعلن مسؤوليته عن التفجير: the noun phrase is the content; the speaker is the owner
        # of the statement it is in (في بيان للتنظيم) or the one before
        c.after = c.c1
        c.speaker = _statement_owner(v, c.a, c.c0) or _dropped(c)
        return c.speaker is not None
    elif c.marker is None and c.verb_first and disagreeing_head(v, c.m, c.resumed or c.c1, c.b):
        return False  # كما أكدت تصميم الدولة التركية على القيام: the noun is the content
    elif c.marker is None and c.verb_first and (q := _prep_content_at(c)) is not None:
        c.after = q
        if q == skip_times(v, c.c1, c.b):
            # وأشاروا إلى مقتل، مشيرا إلى سقوط: the content right after the cue, no speaker;
            # a bare cue after a comma (حصيلة …، أفادت عن مقتل) describes the noun before it
            if not (cue.participle or _conjoined(c) or c.c0 == c.a):
                return False
            c.speaker = _participle_speaker(c) if cue.participle else _dropped(c)
            return c.speaker is not None and _bare_content(c)
        c.speaker_tokens = (c.c1, speaker_end(v, c.c1, q, cue))
        if not _bare_content(c):
            return False
    elif c.marker is None:  # أكد مصدر استمرار المفاوضات، قال المرصد تحطمت الطائرة
        if c.verb_first:
            s = c.resumed or c.c1
            e = affiliation_end(v, s, v.np_forward(s, c.b), c.b)
            if e > s and plausible(v, s, e):  # أعربت وزارة الدفاع ورئاسة هيئة الأركان … عن
                e = _conjuncts_end(v, _owner_end(v, s, e, c.b), c.b)
            k = apposition_end(v, e, c.b) if e > s else e
            if k > e:  # نفى أحمد سالم، المتحدث باسم الحركة، مسؤوليتها: the title is the speaker's
                c.speaker_tokens, c.after = (s, k - 1), k
            elif e == s or not plausible(v, s, e):
                return False
            else:
                c.speaker_tokens, c.after = (s, e), e
            if not plausible(v, *c.speaker_tokens):
                return False
        else:
            c.speaker_tokens, c.after = c.subject, c.c1
        if not _bare_content(c):
            return False
    elif cue.participle:
        c.speaker = _participle_speaker(c)
    elif c.subject is not None:
        c.speaker_tokens = c.subject
    else:
        s = _speaker_start(c)
        e = speaker_end(v, s, c.marker, cue)
        if e > s:
            c.speaker_tokens, c.after = (s, e), e
        elif cue.source_prep and v.norms[c.c1] == cue.source_prep:
            e = v.np_forward(c.c1 + 1, c.marker)  # ونُقل عن المتحدث قوله: the source speaks
            if e > c.c1 + 1:
                c.speaker_tokens, c.after = (c.c1 + 1, e), e
        if c.speaker_tokens is None:
            c.speaker = conjoined_subject(c) or topic_subject(c) or _said_by_subject(c) \
                or _dropped(c)
    if c.speaker_tokens is not None:
        i, j = c.speaker_tokens
        if (normalize(cue.lemma),) in v.W["own_subject_cues"] and not plausible(v, i, j):
            return False  # ويتوقع وصول المفاوضين … على أن، سمع دوي انفجارات يرجح أنه: no speaker
        c.speaker = speaker(v, i, j)
        if j - i == 1 and (v.bare(i),) in v.W["honorific_pronouns"]:  # وأشار معاليه
            c.speaker = carried(v, c.si, c.last) or c.speaker
        elif j - i == 1 and (v.bare(i),) in v.W["speech_objects"]:  # واختتم حديثه بالقول
            c.speaker_tokens = None
            c.speaker = _dropped(c)
    return c.speaker is not None


def _dropped(c: Clause) -> Speaker | None:
    """The speaker of a cue with none of its own (speakers.dropped_subject), one that
    agrees with the cue's ending (وأضافت, أضافوا, مؤكدين: speakers.cue_agreement); none for
    a cue whose subjectless form is an impersonal passive (words.json `own_subject_cues`:
    ويتوقع أن يصل العدد "it is expected")."""
    if not c.cue.participle and (normalize(c.cue.lemma),) in c.v.W["own_subject_cues"]:
        return None
    return dropped_subject(c.v, c.si, c.a, c.c0, c.last, c.earlier, cue_agreement(c.v, c.m))


def _participle_speaker(c: Clause) -> Speaker | None:
    """The speaker of a participle: the sentence's main speaker (Clause.main), else a
    dropped subject (speakers.dropped_subject), when it agrees with the participle's ending;
    a participle opening its sentence (… للمطالبة بالإفراج عنهم. مشيرين إلى أنهم) tells how
    the sentence before was said, so it carries only a claim of that sentence, else the
    subject of the verb opening that sentence (واعتبر مركز الدراسات …. مؤكدا في بلاغ);
    none when it does not agree (حركة طالبان تبنت العملية قائلة after a man's claim: the
    participle is its own sentence's subject's, and a speaker further back a guess)."""
    s = c.main()
    agreement = cue_agreement(c.v, c.m)
    if s is None and c.c0 == c.a and not (c.last_si is not None and c.last_si >= c.si - 1):
        s = c.before() if c.before is not None else None  # واعتبر مركز … . مؤكدا في بلاغ
    elif s is None:
        s = dropped_subject(c.v, c.si, c.a, c.c0, c.last)
        if s is not None and agreement == "p" and "m" in speaker_agreements(c.v, s):
            return None  # …، منوهين after «وأضاف الشهري»: a plural carries only a plural
    return s if s is None or agrees(c.v, s, agreement) else None


def accused_split(c: Clause) -> bool | None:
    """A verb-first cue that takes an object before its ب phrase (اتهم X Y بـ…، وصف X Y
    بأنه …; cues.tsv `accusation`): the object is the noun phrase that ends right before the
    ب phrase (its first noun phrase right after the speaker's, past times, commas and the
    speaker's place), and the content runs from it (the accused and the
    charge); the speaker is the noun phrase after the cue when a second one follows it
    (واتهم أبو مازن | وزير الخارجية … كيري | بالتقصير), or, when only the object stands
    between the cue and ب (وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام), the person
    or speaker noun phrase after the verb opening its sentence, which the conjoined cue
    shares (`_shared_subject`; never the previous claim's speaker: ووصفت حالته بالمستقرة is a
    passive, «…، ووصف المحادثات» follows another clause's subject). A
    cue carrying the object as a pronoun (ووصفها X بأنها) has its speaker, if any, right
    after it and the content after the ب. None: not this shape (the passes go on as before)."""
    v = c.v
    q = _charge_at(c)
    if q is None:
        return None
    rest = normalize(v.text[c.m.end:v.toks[c.c1 - 1].end])
    s = c.resumed or c.c1
    e = _conjuncts_end(v, affiliation_end(v, s, v.np_forward(s, q), q), q)
    said = (s, e) if s < e and plausible(v, s, e) else None
    if rest in THIRD_PERSON_SUFFIXES:  # ووصفها بأنها: the verb carries its object
        start = q + 1 if v.phrase_at(q, v.W["complementizers"]) else q
        if not (said and _asides_end(v, e, q) == q or e == s and _conjoined(c)):
            return None
    else:
        if said and e < q:
            start = _asides_end(v, e, q)
        elif e == q and _conjoined(c):
            start, said = s, None
        else:
            return None
        if start >= q or v.np_forward(start, q) == start:
            return None  # the object opens with a noun phrase (انضمام بعض الطلاب لتنظيم …)
    end = clause_end(v, q + 1, c.b) if q + 1 < c.b else q + 1
    direct = start < c.b and quote_at(v, start) is not None  # بأنها «عمل إجرامي»
    if direct:
        end, start = closing(v, start, c.b), start + 1
    who = speaker(v, *said) if said else _shared_subject(v, c.a, c.c0)
    if who is None or end - start < 2:
        return None
    c.speaker_tokens, c.speaker = said, who
    c.after, c.marker, c.direct = start, None, direct
    c.content = v.span(start, end)
    return True


def participle_split(c: Clause) -> bool:
    """A participle of an object-taking cue (…، واصفا تلك التصريحات بأنها …، متهما قائد
    الجيش بتسييس …، واصفا إياه بالعمل غير المقبول) reports only with its object between it
    and its ب phrase, and the object opens with a definite word, a name, a title, a
    demonstrative or a detached pronoun (words.json `participle_objects`): with nothing or an
    indefinite word there it is a noun (شركات متهمة بمساعدة، متهمين آخرين بالتورط). The
    speaker is the subject of the verb opening the sentence (`_MainSpeaker.opening`), never
    one carried from another clause or sentence (the main verb is often no cue: استنكر،
    صب، أدان, whose subject the last claim's speaker is not); the
    content runs from the object through the clause of the ب phrase (after a pronoun, from
    the ب phrase; a quotation right after بأنه is the content)."""
    v = c.v
    q = _charge_at(c)
    if q is None:
        return False
    start = _asides_end(v, c.c1, q)
    if start >= q or not _object_opening(v, start):
        return False
    if (v.bare(start),) in v.W["participle_objects"] and v.bare(start).startswith("اي"):
        start = q + 1 if v.phrase_at(q, v.W["complementizers"]) else q
    elif v.np_forward(start, q) == start and not v.word(start):
        return False
    end = clause_end(v, q + 1, c.b) if q + 1 < c.b else q + 1
    k = q + 1 if v.phrase_at(q, v.W["complementizers"]) else None
    if k is not None and k < c.b and quote_at(v, k) is not None:  # بأنه «عمل إرهابي»
        start, end, c.direct = k + 1, closing(v, k, c.b), True
    if start >= c.b or end - start < (1 if start >= q else 2):  # إياه بالجبان: the charge alone
        return False
    c.speaker = c.opening() if c.opening is not None else None
    c.after, c.marker = start, None
    c.content = v.span(start, end)
    return c.speaker is not None


def _object_opening(v: View, t: int) -> bool:
    """Token t can open the object of a participle: definite, a name, a title, a word of
    `participle_objects`, or a noun construct with a definite word (عدد مقاتلي التنظيم)."""
    return v.word(t) and (v.is_def(t) or t in v.ent_tok or titled(v, t)
                          or (v.bare(t),) in v.W["participle_objects"]
                          or not (v.stop(t) or v.prefixed(t) or v.is_verb(t))
                          and _construct_tail(v, t + 1))


def _construct_tail(v: View, t: int) -> bool:
    """Token t continues a construct (إضافة) to its definite end: عدد | مقاتلي | التنظيم."""
    for k in range(t, min(len(v.toks), t + 3)):
        if not v.word(k) or v.stop(k) or v.prefixed(k) or v.is_verb(k):
            return False
        if v.is_def(k):
            return True
    return False


def _conjuncts_end(v: View, e: int, q: int) -> int:
    """Speakers joined by و (وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بـ…):
    a conjunct that is a name, an institution or a person noun continues the speaker; the
    object never opens with و."""
    while e < q and v.bares[e] != v.norms[e] and v.norms[e][:1] == "و":
        k = v.np_forward(e, q, prefixed_ok=True)
        if k == e or not plausible(v, e, e + 1):
            break
        e = k
    return e


TOPIC_NAME_MAX = 5  # words of a name after أما, up to a "، وهو …" describing it


def topic_subject(c: Clause) -> Speaker | None:
    """أما منيف الزهيري، وهو قيادي في القوات …، فأفاد: «…»: a sentence opening with أما
    names its topic, and a subjectless cue carrying ف that answers it has the topic as its
    subject when it is a speaker (a person, an institution, a source; not a phrase with a
    preposition: أما على صعيد مأرب، فأعلنت)."""
    v, a = c.v, c.a
    if c.c0 <= a + 1 or v.bare(a) != "اما" or not v.word(a + 1) \
            or normalize(v.text[v.toks[c.c0].start:c.m.start]) != "ف":
        return None
    s = a + 1
    e = v.np_forward(s, c.c0)
    name = v.ent_tok.get(s)
    e = v.skip_ent(e, name, c.c0) if name is not None else e
    k = s  # أما المولوي أكبر أغا، وهو قيادي: the name up to its description
    while k < c.c0 and v.word(k) and k - s < TOPIC_NAME_MAX:
        k += 1
    described = k + 1 < c.c0 and v.comma(k) \
        and (v.norms[k + 1],) in v.W["identity_pronouns"]
    e = max(e, k) if described else e
    return speaker(v, s, e) if e > s and (plausible(v, s, e) or described) else None


def conjoined_subject(c: Clause) -> Speaker | None:
    """A subjectless cue joined by و to the known verb that opens its sentence and agrees with
    it, when no claim comes earlier in the sentence, shares that verb's subject (وأعاد لافروف
    التأكيد بوجهة نظر بلاده …، وقال: «…»؛ ووجه طواف … انتقادات …، وقال إنه) rather than the
    speaker of an earlier sentence's claim: the person named after the verb, else the speaker
    noun phrase after it."""
    v = c.v
    if c.last is not None and v.doc.sentence_of(c.last.start) == c.si:
        return None  # a claim earlier in this sentence: its speaker is carried
    named = opening_subject(v, c.a, c.c0)
    if named is not None or not shares_opening_verb(v, c.a, c.c0) \
            or not plausible(v, c.a + 1, c.a + 2):
        return named
    s = c.a + 1
    e = affiliation_end(v, s, v.np_forward(s, c.c0), c.c0)
    name = v.ent_tok.get(e)
    if e > s and name is not None and name.type == "PER" \
            and name.start == v.toks[e].start and v.ent_tok.get(e - 1) is not name:
        # the title and the name after it (المتحدث باسم المركز رأفت الصباغ)
        e = v.skip_ent(e, name, c.c0)
    return speaker(v, s, e) if e > s else None


def _shared_subject(v: View, a: int, c0: int) -> Speaker | None:
    """The subject a conjoined cue shares with the verb opening its sentence: the person
    named after it (`opening_subject`), else the speaker noun phrase right after it (أدانت
    الولايات المتحدة … هجمات … ووصفتها، وأدان نائب عن المنطقة الحادثة ووصفها)."""
    named = opening_subject(v, a, c0)
    if named is not None or not shares_opening_verb(v, a, c0):
        return named
    e = affiliation_end(v, a + 1, v.np_forward(a + 1, c0), c0)
    return speaker(v, a + 1, e) if e > a + 1 and plausible(v, a + 1, a + 2) else None


def _charge_at(c: Clause) -> int | None:
    """The first ب phrase after an object-taking cue (بالتقصير، بأنه), within its window and
    clause: not a ب glued on a name or an institution (مصدر بوزارة); None at a verb, a
    complementizer without ب or punctuation other than commas, brackets and quotes."""
    v = c.v
    for t in range(c.c1, min(c.b, c.c1 + WINDOW)):
        if not v.word(t):
            if v.text[v.toks[t].start] not in ",،()" + QUOTE_MARKS:
                return None
            continue
        n = v.norms[t]
        if v.phrase_at(t, v.W["complementizers"]):
            return t if n[:1] == "ب" else None
        if n[:1] == "ب" and len(n) > 3 and t not in v.ent_tok and not titled(v, t) \
                and (v.bare(t),) not in v.W["quantifier_heads"] \
                or v.phrase_at(t, v.W["charge_phrases"]):  # قدّر عدد … بما بين ألف وألفين
            return t
        if t > c.c1 and v.is_verb(t):
            return None
    return None


def _asides_end(v: View, t: int, q: int) -> int:
    """Past commas, brackets, times and a place the speaker is in (حكومة الوفاق في رام الله،
    أمس، الحكومة الإسرائيلية بـ…) from token t towards q."""
    while t < q:
        if not v.word(t) and v.text[v.toks[t].start] in ",،()":
            t += 1
        elif v.is_time(t) or v.norms[t] == "خلال" and t + 1 < q and v.is_time(t + 1):
            t += v.is_time(t) or 1
        elif v.norms[t] in ("في",) and t + 1 < q and (ent := v.ent_tok.get(t + 1)) is not None \
                and ent.type == "LOC":
            t += 1
            t = v.skip_ent(t, ent, q)
        else:
            break
    return t


def _speaker_start(c: Clause) -> int:
    """Where a verb-first speaker starts: past the addressee pronoun (أكد له مصدر أن، قال
    لنا) and an outlet told first (وأكد لـ"الرياض" فلان أن), which becomes the via."""
    v, t = c.v, c.c1
    end = c.marker if c.marker is not None else c.b
    if t < end and ((v.norms[t],) in v.W["addressee_pronouns"]
                    or (v.norms[t],) in v.W["resumptive_preps"]):
        t += 1  # قال له مصدر، وقال فيه: إن
    if t < end and quoted_name(v, t, c.b):
        return t + 1  # وقال «الحاج»: «…»
    if t < end and outlet_at(v, t):
        o_end = outlet_end(v, t, end)
        k = o_end  # وقال لـ"الاقتصادية"، أمس، مصدر مطلع: past commas and times
        while k < end and (not v.word(k) and v.comma(k) or v.is_time(k)):
            k += v.is_time(k) or 1
        if t < o_end <= k < end and v.word(k) and not v.phrase_at(k, v.W["complementizers"]):
            c.via = c.via or outlet(v, t, o_end)
            t = k
    return t


def affiliation_end(v: View, s: int, e: int, b: int) -> int:
    """An indefinite source noun [s, e) continues with its affiliation (أعلن مسؤول كبير في
    حركة طالبان، وأكد عضو في مجلس ولاية غزني، أكد مصدر من الوزارة): في/من/عن and an
    institution or a name, not a statement (في بيان); else e."""
    if e <= s or e + 1 >= b or v.norms[e] not in AFFILIATION_PREPS or v.is_def(s) \
            or not any((f,) in v.W["person_heads"] or (f,) in v.W["anonymous_heads"]
                       for f in (v.bare(s),)) \
            or v.phrase_at(e, v.W["via_openers"]) or v.phrase_at(e, v.W["source_stops"]):
        return e
    t = e + 1
    ent = v.ent_tok.get(t)
    if not (titled(v, t) or ent is not None and ent.type in ("ORG", "LOC")) \
            or (v.bare(t),) in v.W["speech_objects"]:
        return e
    k = v.np_forward(t, b)
    return k if k > t else e


APPOSITION_MAX = 8  # words of a title between commas after a name


def apposition_end(v: View, e: int, b: int) -> int:
    """After a name ending at token e, a title between commas (، محامية حزران الإسرائيلية،):
    the token after the closing comma; else e. The title opens with a person, institution
    or source noun and holds only words."""
    if e + 1 >= b or not v.comma(e) or not titled(v, e + 1):
        return e
    for k in range(e + 2, min(b, e + 2 + APPOSITION_MAX)):
        if not v.word(k):
            return k + 1 if v.comma(k) and k + 1 < b else e
        if v.is_verb(k) or v.phrase_at(k, v.W["complementizers"]):
            return e
    return e


def _conjoined(c: Clause) -> bool:
    """The cue carries the conjunction و/ف (وأشاروا، فأفاد)."""
    v = c.v
    return normalize(v.text[v.toks[c.c0].start:c.m.start]) in ("و", "ف")


def _prep_content_at(c: Clause) -> int | None:
    """The first token after a verb-first cue, within its window and before any content
    marker, that opens a noun-phrase content with one of the cue's prepositions (حذر X من،
    أفاد مصدر بـ); a clitic ب on a name or an institution (مصدر بوزارة) is the speaker's."""
    v = c.v
    if not c.cue.content_preps:
        return None
    for t in range(c.c1, min(c.b, c.c1 + WINDOW, max(c.nxt, c.c1 + 1))):
        if not v.word(t) and not v.comma(t) and not v.inner_mark(t):
            return None
        prep = content_prep(v, t, c.cue)
        if prep == CLITIC and (titled(v, t) or t in v.ent_tok):
            continue
        if prep:
            return t if _speaker_reaches(c, t) else None
    return None


def _speaker_reaches(c: Clause, q: int) -> bool:
    """The cue's preposition at q follows the cue (past times) or a speaker phrase that runs
    up to it (حذر X أمس من، كشف X، عن); not in أكدت مصادر … حصيلة الهجومين اللذين … على,
    where the speaker ends long before."""
    v = c.v
    if q == skip_times(v, c.c1, c.b):
        return True
    # a nominal cue's speaker is a plain noun phrase (أكد مصدر أمني على): its object may hold
    # the preposition (أكد مصدر … استمرار المفاوضات لاتفاق على خروج …)
    e = v.np_forward(c.c1, q) if c.cue.nominal else speaker_end(v, c.c1, q, c.cue)
    if c.cue.nominal and e > c.c1 and plausible(v, c.c1, e):
        e = _conjuncts_end(v, e, q)  # أعربت وزارة الدفاع ورئاسة هيئة الأركان … في اليمن، عن
    k = e  # past times, a set phrase's object (كشف X النقاب عن) and the speaker's place
    while k < q and (not v.word(k) or v.is_time(k) or (v.bare(k),) in v.W["cue_idiom_objects"]
                     or c.cue.nominal and _asides_end(v, k, q) > k):
        k = max(k + (v.is_time(k) or 1), _asides_end(v, k, q) if c.cue.nominal else k)
    return e > c.c1 and k == q and plausible(v, c.c1, e)


def _responsibility(v: View, t: int) -> bool:
    n = v.bare(t)
    n = n[2:] if n.startswith("ال") else n
    return any(n.startswith(w) for w in event_markers()["responsibility_nouns"])


def _statement_owner(v: View, a: int, c0: int) -> Speaker | None:
    """في بيان للتنظيم: X of a statement (بيان، تسجيل) earlier in the sentence."""
    for t in range(a, c0):
        if v.bare(t) in ("بيان", "تسجيل", "رساله") and t + 1 < c0 \
                and v.norms[t + 1][:1] == "ل":
            e = v.np_forward(t + 1, c0, prefixed_ok=True)
            if v.norms[t + 1].startswith("لل"):  # للتنظيم | تداولته: the name and its adjectives
                e = t + 2
                while e < c0 and v.is_def(e) and not v.stop(e):
                    e += 1
            if e > t + 1 and plausible(v, t + 1, e):
                return speaker(v, t + 1, e)
    return None


def _bare_content(c: Clause) -> bool:
    """Where content with no إن/أن starts, past times, outlets and adverbs: a noun phrase
    (أكد/نفى/أعلن …), the ب phrase after an accused object (اتهم الأسد تركيا بتقديم …), or
    a clause opening with a verb (قال المرصد تحطمت الطائرة)."""
    v, cue = c.v, c.cue
    p = c.after
    while p < c.b:
        if not v.word(p) and v.mark(p) in "،,»”)":
            p += 1  # كما اتهمت حكومة الأسد، خلال شهر أبريل الماضي، الأردن بالمساهمة
        elif v.norms[p] == "خلال" and p + 1 < c.b and v.is_time(p + 1):
            p += 1
        elif (cue.nominal or cue.accusation) and (k := _identity_aside_end(v, p, c.b)) > p:
            p = k  # أعلن مسؤول في الحركة، وهو الملا طيب أغا …، استقالته
        elif outlet_at(v, p):
            o_end = outlet_end(v, p, c.b)
            c.via = c.via or outlet(v, p, o_end)
            p = max(o_end, p + 1)
        elif v.is_time(p) or v.phrase_at(p, v.W["manner_adverbs"]):
            p += v.is_time(p) or v.phrase_at(p, v.W["manner_adverbs"])
        else:
            break
    if p >= c.b:
        return False
    prep = content_prep(v, p, cue)
    if prep:  # أشار إلى مقتل، أفاد بإصابة: the noun phrase after the preposition
        c.clitic_prep = prep == CLITIC
        c.after = p if c.clitic_prep else p + 1
        if not c.clitic_prep and c.after + 1 < c.b \
                and v.phrase_at(c.after, v.W["complementizers"]):
            c.after += 1  # أشارت مصادر … إلى أن الموقف: the clause after أن
        return c.after < c.b
    if cue.participle or cue.marked:
        return False
    if cue.accusation:
        e = v.np_forward(p, c.b)
        if e == p or e >= c.b or v.norms[e][:1] != "ب":
            return False
        p = e
    elif cue.nominal:
        if c.verb_first and c.speaker_tokens is not None and p == c.speaker_tokens[1]:
            p = _asides_end(v, p, c.b)  # أعلنت سلطة الطاقة … في قطاع غزة، عن توقف المحطة
        if p < c.b and v.norms[p] in ABOUT and p + 1 < c.b:
            p += 1
    elif not verb_shaped(v, p):
        return False
    c.after = p
    return True


IDENTITY_ASIDE_MAX = 20  # tokens of a "، وهو X ،" aside naming the speaker


def _identity_aside_end(v: View, p: int, b: int) -> int:
    """After a comma, وهو/وهي … up to the next comma names the speaker just given (مسؤول
    كبير في الحركة، وهو الملا طيب أغا …،): the token after that comma; else p."""
    if p == 0 or not v.comma(p - 1) \
            or (v.norms[p],) not in v.W["identity_pronouns"]:
        return p
    for k in range(p + 1, min(b, p + IDENTITY_ASIDE_MAX)):
        if not v.word(k):
            return k + 1 if v.comma(k) and k + 1 < b else p
        if v.is_verb(k):
            return p
    return p


CLITIC = 2  # content_prep: a preposition glued on the word (بإصابة)


def content_prep(v: View, t: int, cue: Cue) -> int:
    """Whether token t opens a noun-phrase content with one of the cue's prepositions
    (cues.tsv column 7): 1 for a separate word (إلى مقتل، عن تفاصيل), CLITIC for a glued
    ب/ل (بإصابة، بالقصف), 0 otherwise."""
    if t >= len(v.toks) or not cue.content_preps or not v.word(t):
        return 0
    n = v.norms[t]
    if n in cue.content_preps:
        return 1 if t + 1 < len(v.toks) and v.word(t + 1) else 0
    if n[:1] in cue.content_preps and n[:1] in "بل" and len(n) > 3 and t not in v.ent_tok \
            and not v.phrase_at(t, v.W["complementizers"]):
        return CLITIC
    return 0


def verb_shaped(v: View, t: int) -> bool:
    """A word that opens a verbal clause: a known verb, or a perfect/imperfect shape
    (تحطمت، يواصل) that is no name, no definite noun and no preposition phrase."""
    if not v.word(t) or t in v.ent_tok or v.stop(t) and not v.is_verb(t):
        return False
    if v.is_verb(t):
        return True
    n = v.bare(t)
    # عمليات، اشتباكات: a sound feminine plural, no feminine perfect (whose ت follows a
    # root letter: قالت، أفادت)
    return not v.is_def(t) and not v.prefixed(t) and 4 <= len(n) <= 7 and (
        n.endswith(("ت", "وا")) and not n.endswith("ات")
        or n[:1] in "يت" and not n.endswith(("ه", "ات", "ين")))


def relayed_source(c: Clause) -> bool:
    """نقل التلفزيون عن مصدر عسكري قوله: the source after عن speaks; the relay is the via."""
    v, prep = c.v, c.cue.source_prep
    if not prep or c.speaker_tokens is None:
        return True
    k = c.speaker_tokens[1] if c.speaker_tokens[0] >= c.c1 else c.c1
    k = skip_times(v, k, c.b)
    if k + 1 < c.b and v.comma(k) and v.norms[k + 1] == prep:
        k += 1  # ونقلت وكالة «باس نيوز» الكردية، عن مصدر مطلع …، قوله
    if k >= c.b or v.norms[k] != prep:
        return True
    end = c.marker if c.marker is not None else c.b
    e = v.np_forward(k + 1, end)
    if e == k + 1 or any(v.phrase_at(t, v.W["relay_qualifiers"]) for t in range(k + 2, e + 1)
                         if t < end):
        return True  # نقلت الوحدة عن مصادر وصفتها بالمطلعة: the relay answers for it
    relay = c.speaker
    c.speaker_tokens, c.speaker = (k + 1, e), speaker(v, k + 1, e)
    c.after = max(c.after, e)
    if c.via is None and relay is not None:
        c.via = Span(relay.start, relay.end)
    return True


def find_content(c: Clause) -> bool:
    v = c.v
    if c.content is not None:  # accused_split read it with the speaker
        return True
    if c.report is not None:
        c.content = v.span(*c.report)
        return True
    if c.marker is None:  # a noun phrase, a ب phrase or a clause (see _bare_content)
        e = clause_end(v, c.after, c.b)
        if e - c.after < 2 and not (c.clitic_prep and e > c.after):
            return False
        c.content = v.span(c.after, e)
        if c.clitic_prep:  # بإصابة ثلاثة أشخاص: the content starts after the ب
            c.content = Span(c.content.start + 1, c.content.end)
        return True
    p = c.marker if c.direct else c.marker + 1
    if not c.direct and p < c.b and v.text[v.toks[p].start] == ":":  # عن مصدر قوله: «…»
        p += 1
    if not c.direct and p < c.b and v.phrase_at(p, v.W["complementizers"]):  # قال: إن ...
        p += 1
    if not c.direct and p < c.b and quote_at(v, p) and not _opening_name(v, p, c.b):
        c.direct = True  # قال إن «...»
    if c.direct:
        e = closing(v, p, c.b)
        if e == p + 1:
            return False
        s = p + 1
        if s < e and v.phrase_at(s, v.W["complementizers"]):  # «إن قوات الجيش ...»
            s += 1
        if s >= e:
            return False  # «إن» and the text ends: no content said
        c.content = v.span(s, e)
        return True
    e = clause_end(v, p, c.b)
    if p < c.nxt < e and v.comma(c.nxt - 1):
        e = c.nxt - 1  # قالت الشرطة إن الانفجار وقع، مشيرة إلى …: the next cue ends it
    if e <= p:
        return False
    c.content = v.span(p, e)
    return True


def _opening_name(v: View, p: int, b: int) -> bool:
    """قالت الصحيفة إن «سايكس - بيكو» لم تعد …: a quoted name of a word or two opening the
    clause, with the clause going on after it, is no direct quotation."""
    e = short_quote(v, p, b)
    return e is not None and e + 1 < b and v.word(e + 1)


PASSES: tuple[Callable[[Clause], bool], ...] = (
    outside_relative, affirmed, descriptive, not_inscription, find_marker, find_subject,
    find_report_frame, find_speaker, relayed_source, find_content)


def verb_claim(c: Clause) -> Claim | None:
    """The claim of one reporting verb, or None when a pass finds there is none."""
    for step in PASSES:
        if not step(c):
            return None
    assert c.speaker is not None and c.content is not None
    m = c.m
    end = c.marker if c.marker is not None else c.after
    via = c.via or via_between(c.v, c.c1, max(end, c.c1))
    return Claim("", c.si, c.speaker, Span(m.start, m.end), c.content, c.direct, via)
