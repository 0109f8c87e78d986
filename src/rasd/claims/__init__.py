"""Claims: who said what, through which outlet.

A reporting cue (data/claims/cues.tsv, frames.tsv) anchors each claim. Its speaker is
the noun phrase after the cue (verb-first: وقال مصدر ... إن), before it (subject-first:
الوزارة أكدت، كان X قد قال), or the previous claim's speaker when the cue has none
(وأضاف أن, within the paragraph). The content is the clause after إن/أن/بأن up to the
clause edge, the text inside quotation marks (direct), or a noun phrase for cues like
أكد/نفى. An outlet (لوكالة ...، في تصريح لقناة ...، ووفقا لموقع ...، نقل التلفزيون عن
مصدر) becomes `via`. The verb cues are read by the passes of rasd.claims.verbs, the
"according to" frames by rasd.claims.frames.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from rasd.claims.frames import aside_frame, frame_claim, frame_verb, framed_subject
from rasd.claims.spans import WINDOW, closing, media_at, outlet_at, quote_at
from rasd.claims.speakers import agrees, participle_agreement, plausible, speaker, titled
from rasd.claims.verbs import (
    Clause,
    affiliation_end,
    disagreeing_head,
    prepositional_reading,
    verb_claim,
    verb_shaped,
)
from rasd.document import Claim, Document, Span, Speaker
from rasd.entities.features import given_names
from rasd.lexicons import Cue, cue_matcher
from rasd.roles import PREPS, View, fold_piece, matches
from rasd.text.matcher import Match
from rasd.text.normalize import normalize


def find_claims(doc: Document) -> list[Claim]:
    v = View.of(doc)  # built once for claims and events
    out: list[Claim] = []
    last: Speaker | None = None
    last_si: int | None = None  # the sentence of the last verb claim
    said: list[Speaker] = []  # the verb claims' speakers so far (a dropped one's candidates)
    prev: tuple[int, int] | None = None  # the sentence before's tokens
    for si, a, b in v.sentences():
        before, prev = prev, (a, b)
        # after عدم a cue form is a verbal noun (فضل عدم ذكر اسمه), no report
        cues: list[Match[Cue]] = [m for m in matches(v, cue_matcher(), a, b)  # type: ignore
                                  if not (m.first > a and v.bare(m.first - 1) == "عدم")
                                  and not _qualifies_relay(v, m, a)
                                  and not purpose_noun(v, m)
                                  and not attachment(v, m, b)
                                  and not future_tense(v, m)
                                  and not impersonal_passive(v, m, a)
                                  and not withheld_name(v, m, b)
                                  and not without_its_phrase(v, m, b)
                                  and not prepositional_reading(v, m, a, b)
                                  and not (not m.payload.verb and aside_frame(v, m, a, b))]
        if not cues:  # (most sentences: every step below reads the cues alone, and the
            continue  # speakers carried to the next sentence change only with a claim)
        # وفقا لما ذكرته وكالة …: the frame reads the verb after its ما (frames.frame_verb)
        framed = {frame_verb(v, m, b) for m in cues if not m.payload.verb}
        cues = [m for m in cues if m.first not in framed]
        # وبحسب مصادر عسكرية، أكدت أن: the frame's source is the subject of the verb after it
        subject_of: dict[int, Speaker] = {}
        for m in cues:
            if not m.payload.verb and (fs := framed_subject(v, m, cues, a, b)) is not None:
                subject_of[fs[0].first] = speaker(v, *fs[1])
                subject_of[m.first] = subject_of[fs[0].first]
        cues = [m for m in cues if m.payload.verb or m.first not in subject_of]
        # لطفل يدعى راشد: no claim, but the participle after it (…، مشيرا) is راشد's
        found = [m for m in cues if not names_someone(v, m, a, b)]
        # يذكر أن: the writer's note; it reports nothing, and stays the edge of the cue before
        notes = {m.first for m in found if editorial_note(v, m, a)}
        pending_via: Span | None = None
        main = _MainSpeaker(v, [m for m in cues if m.first not in notes], a)
        verbs_after = sum(m.payload.verb for m in found)
        for n, m in enumerate(found):
            verbs_after -= m.payload.verb
            if m.first in notes:
                continue
            if not m.payload.verb:
                claim, via = frame_claim(v, si, m, a, b, has_verb_after=verbs_after > 0)
                pending_via = via or pending_via
                if claim is not None:
                    out.append(claim)
                continue
            nxt = found[n + 1].first if n + 1 < len(found) else b
            main.at = m.first
            claim = verb_claim(Clause(v, si, a, b, m, nxt, last, main, via=pending_via,
                                      opening=main.opening, earlier=said,
                                      framed=subject_of.get(m.first), last_si=last_si,
                                      before=_before_subject(v, before)))
            if claim is not None:
                out.append(claim)
                last, last_si = claim.speaker, si
                said.append(last)
                main.said(claim, m.first)
                pending_via = None
    out.sort(key=lambda c: (c.cue.start, c.content.start))
    for k, c in enumerate(out, 1):
        c.id = f"c{k}"
    return out


def _qualifies_relay(v: View, m: Match[Cue], a: int) -> bool:
    """نقلت الوحدة عن مصادر وصفتها بالمطلعة: the relay's description of its source (a
    relay qualifier within three words after عن) reports nothing itself."""
    return bool(v.phrase_at(m.first, v.W["relay_qualifiers"])) and any(
        v.norms[k] == "عن" for k in range(max(a, m.first - 3), m.first))


def purpose_noun(v: View, m: Match[Cue]) -> bool:
    """المخصص لنقل مساعدات، لنفي التهمة: the clitic ل before a cue spelled as its perfect
    (cues are third person, so a form opening with ن or ا after ل is no «we …» imperfect)
    makes it the verbal noun of a purpose phrase, "to carry", "to deny": no report."""
    tok = v.toks[m.first]
    pre = fold_piece(v.text[tok.start:m.start])
    return m.payload.verb and not m.payload.participle and pre.endswith("ل") \
        and fold_piece(v.text[m.start:m.end]) == normalize(m.payload.lemma) \
        and m.payload.lemma[:1] not in "يت"


def attachment(v: View, m: Match[Cue], b: int) -> bool:
    """بيان تابع لمكتب العبادي، لواء تابع للجيش: a cue of words.json `attachment_cues` right
    after a noun, with no conjunction, and a ل phrase right after it (not an outlet told:
    وتابع لـ«عكاظ») is the adjective "belonging to"; no report."""
    if (normalize(m.payload.lemma),) not in v.W["attachment_cues"] or m.first == 0 \
            or not v.word(m.first - 1) or v.bares[m.first] != v.norms[m.first]:
        return False
    t = m.last
    return t + 1 < b and v.word(t) and v.norms[t][:1] == "ل" and len(v.norms[t]) > 2 \
        and not outlet_at(v, t) and not media_at(v, t)


def future_tense(v: View, m: Match[Cue]) -> bool:
    """ستعتبر «هدفا شرعيا»، وسيقول: an imperfect cue carrying the future prefix س tells
    what will be said or held, no report (and no edge of the content before it)."""
    if not m.payload.verb or m.payload.participle:
        return False
    tok = v.toks[m.first]
    pre = fold_piece(v.text[tok.start:m.start])
    form = fold_piece(v.text[m.start:m.end])
    return pre.endswith("س") and form[:1] in "يت"


def without_its_phrase(v: View, m: Match[Cue], b: int) -> bool:
    """قيادات قبلية … تحدثت لـ «عكاظ»، وكان كاميرون يتحدث للصحفيين: a cue that reports only
    through its preposition phrase (words.json `prep_only_cues`) with no such preposition
    within its window in the sentence is no cue: it tells who spoke to whom, and its
    noun phrase is no speaker for a participle after it."""
    if (normalize(m.payload.lemma),) not in v.W["prep_only_cues"]:
        return False
    return not any(v.norms[k] in m.payload.content_preps
                   for k in range(m.last, min(b, m.last + WINDOW)))


WITHHELD_REACH = 6  # words from a cue to the name it withholds (تحدثوا شريطة عدم الكشف عن هويتهم)


def withheld_name(v: View, m: Match[Cue], b: int) -> bool:
    """وقال بضعة دبلوماسيين -تحدثوا شريطة عدم الكشف عن هويتهم- انه: a cue opening an aside
    (right after a dash, comma or bracket, with no conjunction) whose words run, within a few
    words and no mark, to a withheld name (words.json `anonymity_words`) tells how the source
    spoke; no report, and no edge of the speaker of the cue around it."""
    t = m.first
    if t == 0 or v.word(t - 1) or v.text[v.toks[t - 1].start] not in "-–—،,(" \
            or v.bares[t] != v.norms[t]:
        return False
    for k in range(m.last, min(b, m.last + WITHHELD_REACH)):
        if not v.word(k):
            return False
        if (v.bare(k),) in v.W["anonymity_words"]:
            return True
    return False


def impersonal_passive(v: View, m: Match[Cue], a: int) -> bool:
    """سقط الصاروخ، ويرجح أنه أرض أرض، على حي …؛ ويتوقع أن يصل العدد …: a cue of
    words.json `own_subject_cues` opening its clause with its أن/إن right after it is the
    impersonal passive ("it is likely", "it is expected"): no report, and no edge of the
    content of the cue before it."""
    if not m.payload.verb or m.payload.participle \
            or (normalize(m.payload.lemma),) not in v.W["own_subject_cues"] \
            or m.last >= len(v.toks) or not v.phrase_at(m.last, v.W["complementizers"]):
        return False
    return v.boundary_before(m.first, a) or v.bares[m.first] != v.norms[m.first]


def editorial_note(v: View, m: Match[Cue], a: int) -> bool:
    """يذكر أن حركة طالبان …، ويذكر أن حصيلة شهر حزيران …: the impersonal passive "it is
    worth noting that" (data/claims/words.json editorial_notes), read where it opens the
    sentence or carries a conjunction and a complementizer follows right away. It gives the
    writer's background, no one's claim (no dev gold annotates one); «المرصد يذكر أن» has a
    subject before it and «ويذكر المرصد أن» one after, so both stay claims."""
    if m.last - m.first != 1 or m.last >= len(v.norms) \
            or not v.phrase_at(m.last, v.W["complementizers"]):
        return False
    return any(k >= a and k + v.phrase_at(k, v.W["editorial_notes"]) == m.last
               and (k == a or v.bares[k] != v.norms[k]) for k in (m.first - 1, m.first))


NAME_QUOTE_MAX = 4  # words of a quoted name after يدعى («ياشيفا إتريت كوهانيم»)


def names_someone(v: View, m: Match[Cue], a: int, b: int) -> bool:
    """يدعى/تدعى "is named" read as يدعي "claims" (the same normalized form): the verb,
    spelled with ى or after an indefinite noun (لطفل يدعى، شخصا آخر يدعي), followed right
    away by a person's name (an entity, a given name, a title and a name; after يدعى also
    a word no list knows) or a short quotation (تدعى «حنان»), names someone and reports
    nothing."""
    if m.last - m.first != 1 or (v.bare(m.first),) not in v.W["naming_verbs"]:
        return False
    word = v.raw(m.first)
    letters = [ch for ch in word if not unicodedata.combining(ch) and ch != "ـ"]
    after_noun = m.first > a and v.word(m.first - 1) and not v.is_def(m.first - 1) \
        and not v.stop(m.first - 1)
    if not (letters[-1:] == ["ى"] or after_noun):
        return False
    t = m.last
    if t < b and quote_at(v, t) is not None:
        e = closing(v, t, b)
        return e < b and 0 < sum(v.word(k) for k in range(t + 1, e)) <= NAME_QUOTE_MAX
    if t < b and v.raw(t) == "(":  # يدعى (سليمان. ك)
        t += 1
    if t + 1 < b and (v.bare(t),) in v.W["person_heads"]:  # ويدعى الشيخ عبد الرحمن
        t += 1
    if t >= b or not v.word(t):
        return False
    ent = v.ent_tok.get(t)
    if ent is not None and ent.type == "PER" or v.norms[t] in given_names():
        return True
    # spelled يدعى: a word no list knows (ويدعى اوتويللو مياه), not a source noun or a
    # verb; «ويدعى مسؤولون أن» stays a claim
    return letters[-1:] == ["ى"] and ent is None and not (
        v.is_def(t) or v.stop(t) or v.prefixed(t) or v.is_verb(t) or titled(v, t))


NEGATIONS = ("لم", "لن", "لا")
QUOTE_MARKS = "\"«»“”"  # a particle before the verb opening a sentence


class _MainSpeaker:
    """The speaker of a participle (…، مشيرا إلى أن): the sentence's last claim's, else the
    subject of its first reporting verb (وقال المرصد تحطمت الطائرة …، مشيرا إلى أن) or the
    one a naming verb names (لطفل يدعى راشد …، مشيرا), else a dropped subject. Computed
    once per sentence."""

    def __init__(self, v: View, found: list[Match[Cue]], a: int) -> None:
        self.v, self.found, self.a = v, found, a
        self.at = a  # the participle's token
        self.last: Speaker | None = None
        self.first: Speaker | None = None
        self.reported: Speaker | None = None  # the subject of a reporting verb before it
        self.opened: Claim | None = None  # the claim of a cue opening the sentence
        self.looked = False

    def said(self, claim: Claim, at: int) -> None:
        self.last = claim.speaker
        if at == self.a:
            self.opened = claim

    def opening(self) -> Speaker | None:
        """The subject of the verb opening the sentence, for a participle of an object-taking
        cue (وصب الغزيون … جام غضبهم …، متهمين إياهم بـ…؛ استنكر الزياني … تصريحات المالكي
        …، واصفا تلك التصريحات بأنها): the speaker of the claim that verb made (not for a
        participle inside that claim's quotation: وقال البيان: "… يظهر المالكي … متهماً"),
        else the person, institution or source noun phrase right after it; None when the
        sentence opens otherwise (never a speaker carried from elsewhere)."""
        if self.opened is not None:
            c, at = self.opened, self.v.toks[self.at].start
            if c.direct and c.content.start <= at < c.content.end:
                return None
            s = c.speaker
            return Speaker(s.start, s.end, s.entity, s.kind)
        return self._opening_verb_subject(conjoined=False)

    def __call__(self) -> Speaker | None:
        if self.last is not None:
            return Speaker(self.last.start, self.last.end, self.last.entity, self.last.kind)
        if not self.looked:
            self.looked = True
            self.reported = self._reporting_verb_subject()
            self.first = self.reported or self._opening_verb_subject()
        if self.reported is None and (near := self._joined_verb_subject()) is not None:
            return near
        return self.first

    def _reporting_verb_subject(self) -> Speaker | None:
        """The subject of the sentence's first reporting verb before the participle."""
        v = self.v
        for m in self.found:
            if m.first >= self.at:
                break
            if m.payload.verb and not m.payload.participle:
                subj = v.subject_before(m.first, self.a) if m.payload.accusation else None
                if subj and plausible(v, *subj):  # مصادر … وصفت انسحاب «النصرة» بـ…: the
                    return speaker(v, *subj)  # noun after an object-taking cue is its object
                e = affiliation_end(v, m.last, v.np_forward(m.last, self.at), self.at)
                if e > m.last and plausible(v, m.last, e) \
                        and not disagreeing_head(v, m, m.last, self.at):  # كما أكدت تصميم
                    return speaker(v, m.last, e)  # الدولة …، مشددة: that noun is no subject
                subj = v.subject_before(m.first, self.a)
                if subj and plausible(v, *subj):
                    return speaker(v, *subj)
        return None

    def _joined_verb_subject(self) -> Speaker | None:
        """كما قررت القيادة الفلسطينية …، وحملت منظمة التحرير حكومة … المسؤولية، معتبرة أن:
        a participle tells how the nearest main verb before it was done, so a known verb
        joined by و later in the sentence than its opening, with a name or an organisation
        right after it that agrees with the participle's ending, gives its speaker
        (the opening verb's subject is another's). None when there is no such verb."""
        v, at = self.v, self.at
        agreement = participle_agreement(v, at)
        for k in range(at - 1, self.a + 1, -1):
            if not v.word(k):
                if v.mark(k) in QUOTE_MARKS:
                    return None  # inside or after a quotation: not this clause's verb
                continue
            if not (v.bares[k] != v.norms[k] and v.norms[k][:1] == "و" and v.is_verb(k)):
                continue
            ent = v.ent_tok.get(k + 1)
            if ent is None or ent.type not in ("PER", "ORG") \
                    or ent.start != v.toks[k + 1].start:
                return None  # the nearest joined verb has no named subject: not guessed
            e = v.skip_ent(k + 1, ent, at)
            s = speaker(v, k + 1, e)
            return s if agrees(v, s, agreement) else None
        return None

    def _opening_verb_subject(self, conjoined: bool = True) -> Speaker | None:
        """ووصف رامي الدالاتي … الخطوة، مشيرا إلى أن: a sentence opening with a conjoined
        verb (with `conjoined` False, any verb), or a verb after an opener that joins it to
        the sentence before (words.json `coordinating_openers`: فيما قدم الدكتور مبارك …،
        مشيرًا), that is no cue: its subject right after it, when its first word is a name or
        a person, institution or source noun."""
        v, a = self.v, self.a
        opened = False  # من ناحية ثانية، طالب مجلس المحافظة …، كاشفا: past the opener
        while a + 2 < self.at and (a in v.opener_tok or opened and not v.word(a)
                                   and v.mark(a) in ",،"):
            a, opened = a + 1, True
        led = a + 2 < self.at and (v.norms[a],) in v.W["coordinating_openers"] \
            and v.word(a + 1) and not (v.is_def(a + 1) or v.prefixed(a + 1) or a + 1 in v.ent_tok
                                       or (v.norms[a + 1],) in PREPS
                                       or v.phrase_at(a + 1, v.W["complementizers"]))
        if led:  # فيما قدم الدكتور مبارك الشكر …، مشيرًا: the verb after the opener
            a += 1
        joined = v.bares[a] != v.norms[a]
        if v.bare(a) in NEGATIONS and a + 2 < self.at and v.word(a + 1):
            a += 1  # ولم يحدد المتحدث تاريخ بدء الهجوم …، متوقعا: the negated verb's subject
        if not (a + 1 < self.at and v.word(a)
                and (joined or not conjoined or led or opened)
                and (v.is_verb(a) or led or conjoined and verb_shaped(v, a)
                     or joined and _name_follows(v, a))
                and plausible(v, a + 1, a + 2)):  # not وأشاد بجهود المقاومة: an object
            return None
        e = affiliation_end(v, a + 1, v.np_forward(a + 1, self.at), self.at)
        e = _holder_end(v, a + 1, e, self.at) if e > a + 1 else e
        return speaker(v, a + 1, e) if e > a + 1 and plausible(v, a + 1, e) else None


def _before_subject(v: View, bounds: tuple[int, int] | None) -> Callable[[], Speaker | None]:
    """The subject of the verb opening the sentence before (bounds: its tokens), computed
    when asked: واعتبر مركز الدراسات …، أي استمرار … بأنه يمثل كارثة. مؤكدا في بلاغ …"""
    def subject() -> Speaker | None:
        if bounds is None:
            return None
        main = _MainSpeaker(v, [], bounds[0])
        main.at = bounds[1]
        return main._opening_verb_subject()
    return subject


HOLDER_GAP = 2  # title words (الدكتور، العميد) or a comma between an office and its holder's name


def _holder_end(v: View, s: int, e: int, b: int) -> int:
    """An office [s, e) goes on with its holder's name right after it, past a title or a
    comma (المتحدث باسم حركة طالبان ذبيح الله مجاهد، الخبير العسكري الدكتور فهد الشليمي،
    رئيس حكومة الاحتلال، بنيامين نتنياهو): the end of the name; else e."""
    if v.ent_tok.get(e - 1) is not None and v.ent_tok.get(e - 1) is v.ent_tok.get(e):
        return e
    for k in range(e, min(b, e + HOLDER_GAP + 1)):
        name = v.ent_tok.get(k)
        if name is not None and name.type == "PER" and name.start == v.toks[k].start:
            return v.skip_ent(k, name, b)
        if not (v.word(k) and (v.bare(k),) in v.W["person_heads"] and v.is_def(k)
                or not v.word(k) and v.mark(k) in ",،"):
            return e
    return e


def _name_follows(v: View, a: int) -> bool:
    """وكرر جعجع أنها …، مشيرا: a word joined by و opening the sentence, no name, title or
    definite noun itself, with a person's name starting right after it, is a verb and its
    subject (a verb the verb lexicon does not know)."""
    ent = v.ent_tok.get(a + 1)
    return ent is not None and ent.type == "PER" and ent.start == v.toks[a + 1].start \
        and a not in v.ent_tok and not v.is_def(a) and not titled(v, a) \
        and not v.stop(a) and len(v.bare(a)) >= 3


def stage(doc: Document) -> Document:
    doc.claims = find_claims(doc)
    return doc


__all__ = ["find_claims", "stage"]
