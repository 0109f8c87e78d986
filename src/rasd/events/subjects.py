"""Actors that are the subject of the clause an event is said in, beyond the trigger's own
phrase, as named passes over a document's events (each fills only an empty actor):

- `adverbial_subject`: an indefinite accusative participle after a comma (a حال: أكد علاوي
  أهمية الحوار، مطالبا حزب العمال بمغادرة الأراضي) shares the subject of the clause it
  follows: the speaker of the claim it is said in, else the actor of the clause's verb;
- `first_person_speaker`: a verb in the first person inside a claim (قال بوملحة: «إننا
  نطالب السلطات»، لذلك طالبنا رئيس الوزراء) is the speaker's own act;
- `carried_speaker`: a verb of words (a demand, an accusation, a refusal …) that opens its
  sentence with no subject (وطالب الحكومة الإسرائيلية بضرورة التوقف) goes on with the subject
  of the sentence before: the speaker of the claim that opens it, or the actor of its
  opening verb (basis "context").

The forms (first-person pronouns, participle shapes) are in data/events/markers.json
(`first_person_pronouns`, `first_person_endings`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rasd.document import Claim, Event, Role
from rasd.events.frame import noun_kind, skip_time
from rasd.events.parties import _party_head, party_span
from rasd.events.status import light_verb
from rasd.lexicons import event_markers, own_side_words
from rasd.roles import View, norm_piece

if TYPE_CHECKING:
    from rasd.events.context_shared import Story

MATERIAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"}  # deeds, not words
OPENING_REACH = 3  # tokens from a sentence's start to the cue or verb that opens it


def speaking_party(v: View, sp: Role) -> Role:
    """The speaker, or the person or organisation named inside it when it is headed by no
    party (بيان صادر عن وزير الدفاع موشيه يعالون → وزير الدفاع موشيه يعالون)."""
    i, j = v.token_range(sp.start, sp.end)
    head = v.bare(i)
    if not {head, head[2:]} & event_markers()["non_party_heads"] \
            or party_span(v, (i, j)) is not None:
        return sp  # (only a statement, a report … is no party: بيان صادر عن)
    for k in range(i + 1, j):
        ent = v.ent_tok.get(k)
        if ent is not None and ent.type in ("PER", "ORG") and ent.start >= v.toks[k].start:
            s = k
            while s - 1 > i and (v.bare(s - 1),) in v.W["person_heads"]:
                s -= 1  # وزير الدفاع | موشيه يعالون: the title with the name
            return v.role(s, v.token_range(ent.start, ent.end)[1])
    return sp


def _named(c: Claim) -> bool:
    """A claim whose speaker is written (not an anonymous source, not empty)."""
    return c.speaker.kind != "anonymous" and c.speaker.end > c.speaker.start


def _party_speaker(v: View, c: Claim) -> bool:
    """A written speaker that names a party: it opens with a name, or is headed by a noun of
    parties and cut like a party's phrase (not a statement or a report with no one named in
    it: البيان، التقرير; not a phrase the claims layer took for a speaker: شروط أهمها التزام
    الحوثيين، زيارة مملوك للسعودية لم تتم …). Kept per document by the speaker's kind and
    offsets, all it reads of the claim (the passes ask it of every claim for every event)."""
    memo: dict[tuple[str, int, int], bool] = v.memo.setdefault("party_speaker", {})
    key = (c.speaker.kind, c.speaker.start, c.speaker.end)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _reads_as_party(v, c)
    return got


def _reads_as_party(v: View, c: Claim) -> bool:
    """`_party_speaker` read anew."""
    if not _named(c):
        return False
    sp = speaking_party(v, c.speaker)
    i, j = v.token_range(sp.start, sp.end)
    head = v.bare(i)
    M = event_markers()
    ent = v.ent_tok.get(i)
    if {head, head[2:]} & (M["non_party_heads"] | M["media_heads"]) \
            or ent is not None and ent.link is not None and ent.link.kind == "media":
        return False  # (an outlet reports another's words: قال فيها لصحيفة وول ستريت جورنال)
    return ent is not None or _party_head(v, i, j) and party_span(v, (i, j)) is not None


def _as_speaker(v: View, c: Claim, basis: str) -> list[Role]:
    sp = speaking_party(v, c.speaker)
    return [Role(sp.start, sp.end, sp.entity, basis=basis)]


def _trigger_token(v: View, ev: Event) -> tuple[int, int]:
    return v.token_range(ev.trigger.start, ev.trigger.end)


# --- the subject of the clause a participle follows -------------------------------------


def participle(v: View, ev: Event) -> bool:
    """The trigger is an indefinite accusative participle standing alone right after a
    comma (، مطالبا، ، متوعدا، ، محذرة، ، داعيا): the shape مـ…ا/ة or فاعلا (the second
    letter ا), no article, no clitic, no pronoun. A trigger of several words opening with
    it is read by its first word (، محملا الحكومة مسؤولية سقوط الموصل: actors40)."""
    i, j = _trigger_token(v, ev)
    if j <= i or i == 0 or v.word(i - 1) or not v.comma(i - 1):
        return False
    if ev.trigger.start != v.toks[i].start or v.is_def(i) or v.is_verb(i):
        return False
    n = v.norms[i]
    shape = n[:1] == "م" or n[1:2] == "ا"
    return shape and len(n) >= 5 and n.endswith(tuple(event_markers()["participle_endings"]))


def feminine_participle(v: View, ev: Event) -> bool:
    """The feminine of `participle` (، مطالبة، ، متوعدة، ، متهمة، ، داعية): the same place and
    shape with ة, a word of asking, threatening or charging only (a deed noun of that shape,
    مسيرة، معركة, is no حال); adverbial_subject reads it only after a feminine verb."""
    i, j = _trigger_token(v, ev)
    if ev.type in MATERIAL or j <= i or i == 0 or v.word(i - 1) \
            or not v.comma(i - 1) or ev.trigger.start != v.toks[i].start \
            or ev.trigger.end < v.toks[i].end or v.is_def(i) or v.is_verb(i):
        return False
    n = v.norms[i]
    return (n[:1] == "م" or n[1:2] == "ا") and len(n) >= 5 and n.endswith("ه")


def _feminine_verb(v: View, k: int) -> bool:
    """The verb at token k agrees with a feminine subject: a perfect in ت (رحبت، أعلنت) or an
    imperfect in تـ (تطالب), its و/ف aside."""
    n = v.bare(k)
    n = n[1:] if n[:1] in "وف" and len(n) > 3 else n
    if not v.is_verb(k) and not v.is_def(k) and len(n) >= 5 and n.endswith("ه") \
            and (n[:1] == "م" or n[1:2] == "ا"):
        return True  # أكدت القوى …، مبينة …، داعية: the cue a feminine participle of the
        # same chain (its subject the speaker's) agrees as its verb did
    return n.endswith("ت") or n[:1] == "ت" and len(n) >= 4


def adverbial_subject(story: Story) -> None:
    """أكد نائب رئيس الجمهورية إياد علاوي أهمية الحوار، مطالبا في الوقت نفسه حزب العمال
    بمغادرة الأراضي العراقية؛ واعتبر أن الهجوم تغطية على جرائمه، متوعدا إياه: a participle
    after a comma (`participle`) tells how the subject of the clause before it acts; that
    subject is its actor: the actor of the nearest verb event before it in the sentence (after
    the claim's cue, if any; basis "sentence"; none when that verb has no actor), else the
    speaker of the claim whose cue comes before it (basis "speaker")."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor:
            continue
        feminine = not participle(v, ev) and feminine_participle(v, ev)
        if not feminine and not participle(v, ev):
            continue
        ev.actor = _clause_subject(story, n, ev, feminine)


def _clause_subject(story: Story, n: int, ev: Event, feminine: bool) -> list[Role]:
    """`adverbial_subject`'s actor of the participle event `ev` (the n-th): the nearest verb
    event's actor or the claim's speaker; [] when none agrees."""
    v = story.v
    claim = _claim_before(story, ev)
    after = claim.cue.end if claim is not None else -1
    verbs = [p for p in story.events[:n] if p.sentence == ev.sentence
             and p.trigger.start >= after and v.is_verb(_trigger_token(v, p)[0])]
    if feminine and claim is not None and claim.content.end <= ev.trigger.start:
        verbs = []  # قالت القوات في بيان «… استهدفت مواقعنا»، مطالبة: the quote is closed,
        # the participle goes on with the speaker's clause (actors27)
    if verbs:  # قال إن الجيش قصف المدينة، مستهدفا: the nearest clause is the content's
        if verbs[-1].actor and (not feminine or _feminine_verb(
                v, _trigger_token(v, verbs[-1])[0])):  # رحبت الجامعة …، مطالبة (actors27)
            return [Role(r.start, r.end, r.entity, basis="sentence") for r in verbs[-1].actor]
    elif claim is not None and (not feminine or _feminine_verb(
            v, v.token_range(claim.cue.start, claim.cue.end)[0])):
        return _as_speaker(v, claim, "speaker")
    return []


# --- the doer of a participle of state: the main verb's subject (actors42) --------------


def hal_doer(story: Story) -> None:
    """وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته قوات الجيش، مشيداً بالدور الإيجابي
    الذي تقوم به دول التحالف؛ وصب الغزيون … جام غضبهم على المسؤولين، متهمين إياهم بإهمال
    القطاع: the doer of a participle of words after a comma (a حال: `participle`, any kind
    but the deeds) is the subject of the clause it rides on, never a party named inside its
    own ب/على object (the subject of a relative clause there: دول التحالف), which the
    labeller may take as the nearest party. Such a party moves to the recipient where the
    kind takes the object's party (`hal_object_types`: praise, condemnation), and the actor
    is read again: `adverbial_subject`'s (the nearest verb event's actor, the claim's
    speaker), else the subject written right after the verb that opens the sentence when no
    clause of its own comes between (`_opening_verb_subject`; a verb of no event: عبر، صب،
    حظرت). An actor the participle's own words name otherwise is left."""
    v = story.v
    M = event_markers()
    for n, ev in enumerate(story.events):
        if ev.type in MATERIAL:
            continue
        feminine = not participle(v, ev) and feminine_participle(v, ev)
        if not feminine and not participle(v, ev):
            continue
        inside = _object_parties(v, ev, M)
        if ev.actor and not inside:
            continue
        if inside:
            ev.actor = []
            if ev.type in M["hal_object_types"]:
                ev.recipient = ev.recipient + [r for r in inside if not any(
                    x.start == r.start and x.end == r.end for x in ev.recipient)]
            ev.actor = _clause_subject(story, n, ev, feminine)
        if not ev.actor:
            ev.actor = _opening_verb_subject(story, ev, feminine, M)


def _object_parties(v: View, ev: Event, M: dict[str, Any]) -> list[Role]:
    """The actors written after the trigger inside its ب/على object (the word right after
    the participle with ب, or a preposition of `hal_object_preps`, and no comma or sentence
    mark up to the actor): a party the labeller took from what the participle is about.
    [] when any actor is elsewhere."""
    _, j = _trigger_token(v, ev)
    if j >= len(v.toks) or not v.word(j):
        return []
    opens = v.norms[j] in M["hal_object_preps"] or v.bare(j)[:1] == "ب" and v.prefixed(j)
    if not opens or not ev.actor:
        return []
    for r in ev.actor:
        k = v.token_range(r.start, r.end)[0]
        if k <= j or any(not v.word(t) for t in range(j, k)):
            return []
    return list(ev.actor)


def _opening_verb_subject(story: Story, ev: Event, feminine: bool,
                          M: dict[str, Any]) -> list[Role]:
    """The subject of the verb that opens the participle's sentence (past و/ف and a clause
    opener: إلى ذلك، حظرت السلطات الأفغانية …، محذرة): the party or plural of people right
    after it (past a time), when no sentence mark comes before the participle and no clause
    of its own opens between (a verb with و/ف after a comma: ، وأكد الوزير); a feminine
    participle needs a feminine verb; none when a claim's cue comes between or the verb's
    own event has no actor. [] when none."""
    v = story.v
    i, _ = _trigger_token(v, ev)
    a, _b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    first = a
    while first < i and not v.word(first):
        first += 1
    opener = v.phrase_at(first, v.W["clause_openers"]) if first < i else 0
    k = first + opener  # (a known verb, or one of voicing: `hal_head_verbs`)
    while k < i and (not v.word(k) or v.norms[k] in ("و", "ف")):
        k += 1  # (the comma after the opener; و written apart: و اعرب السمحان عن تقديره)
    if k >= i or not (v.is_verb(k) or v.bare(k) in M["hal_head_verbs"]) \
            or first_person_imperfect(v, v.bare(k)) \
            or feminine and not _feminine_verb(v, k) or _mark_between(v, k, i):
        return []
    for t in range(k + 1, i - 1):
        if not v.word(t) and v.comma(t) and v.is_verb(t + 1) and v.norms[t + 1][:1] in "وف":
            return []  # ، وأكد الوزير: a clause of its own
    a0, b0 = v.toks[k].start, ev.trigger.start
    if any(c.sentence == ev.sentence and a0 <= c.cue.start < b0 for c in story.doc.claims):
        return []  # وأفادت المصادر أن …، مطالبين; قتل تسعة جنود … على ما أعلن مصدر عسكري،
        # محملا: the participle may ride on the claim (its speaker is adverbial_subject's)
    if any(_trigger_token(v, p)[0] == k and not p.actor for p in story.events):
        return []  # ودعا الشعب اليمني … إلى، قتل تسعة جنود: the verb's own event found no
        # subject after it (what follows is its object or its passive subject)
    s = skip_time(v, k + 1, i)
    e = v.np_forward(s, i)
    span = party_span(v, (s, e)) if e > s else None
    if span is None:
        return []
    r = v.role(span[0], span[1])
    return [Role(r.start, r.end, r.entity, basis="sentence")]


def _claim_before(story: Story, ev: Event) -> Claim | None:
    """The named claim of the event's sentence whose cue and speaker come before the
    trigger (the clause the participle follows), the nearest first."""
    v = story.v
    found = [c for c in story.doc.claims if c.sentence == ev.sentence and _party_speaker(v, c)
             and c.cue.end <= ev.trigger.start
             and (c.speaker.end <= ev.trigger.start or c.speaker.start < c.cue.start)]
    return max(found, key=lambda c: c.cue.start, default=None)


# --- the speaker's own acts in the first person -----------------------------------------


def first_person(v: View, ev: Event) -> bool:
    """The trigger verb is in the first person: an imperfect with نـ (or سنـ) whose
    third-person form is a known verb (نطالب ← يطالب، ندعو ← يدعو), or a verb right after a
    first-person pronoun (إننا، نحن: `first_person_pronouns`, past negators and particles:
    إننا لن نكل). A perfect with نا (طالبنا) is read so only for acts of words, where "we
    demanded" is the reading and not "he demanded us" (`first_person_endings`); a deed noun
    whose genitive is its agent (frame.noun_kind "agentive") with نا is "our deed" whatever
    its type (سننطلق في معركتنا ضد داعش، بسط سيطرتنا على عدن: actors25)."""
    i, _ = _trigger_token(v, ev)
    M = event_markers()
    if first_person_imperfect(v, v.bare(i)):
        return True
    rest = norm_piece(v.text[ev.trigger.end:v.toks[i].end])
    if ev.type not in MATERIAL and rest in M["first_person_endings"] \
            and ev.trigger.start == v.clitic_start(i):
        return True
    if not v.is_verb(i):  # معركتنا، سيطرتنا: a deed noun whose genitive is its agent,
        # with "our", is the speaker's own (not تدميرنا "destroying us", قتلانا "our dead")
        return (rest[1:] if rest[:1] == "ت" else rest) in M["first_person_endings"] \
            and noun_kind(v, ev.trigger.start, ev.trigger.end) == "agentive"
    k = i - 1
    while k >= 0 and v.word(k) and v.norms[k] in M["first_person_particles"]:
        k -= 1  # إننا لن | نطالب، نحن لا | نقبل
    return k >= 0 and v.word(k) and v.norms[k] in M["first_person_pronouns"]


def first_person_imperfect(v: View, word: str) -> bool:
    """نطالب، ندعو، سنرفض: نـ (after the future سـ at most) on a stem whose يـ form is a
    known verb; four letters at least (نفى، نجح are perfects)."""
    w = word[1:] if word[:2] == "سن" else word
    return len(w) >= 4 and w[:1] == "ن" and "ي" + w[1:] in v.verbs


def first_person_speaker(story: Story) -> None:
    """قال جيم بوملحة رئيس الاتحاد الدولي للصحفيين: «إننا لن نكل …، كما نطالب السلطات
    العراقية بحماية الصحفيين»: a verb in the first person (`first_person`) inside the
    content of a claim with a written speaker is the speaker's own act (basis "speaker")."""
    v = story.v
    for ev in story.events:
        if ev.actor:
            continue
        claim = next((c for c in story.doc.claims
                      if c.content.start <= ev.trigger.start < c.content.end
                      and _party_speaker(v, c)), None)
        if claim is not None and first_person(v, ev):
            ev.actor = _as_speaker(v, claim, "speaker")


# --- the speaker's own forces -----------------------------------------------------------


def own_force_at(v: View, k: int) -> str | None:
    """The possessive pronoun of a force noun with its owner's pronoun at token k (مقاتليه،
    قواتها، طائراته: `force_heads` + `possessives` of data/events/own_side.json), else None."""
    if not v.word(k) or v.is_def(k):
        return None
    W = own_side_words()
    n = v.bare(k)
    for suffix in sorted(W["possessives"], key=len, reverse=True):
        if n.endswith(suffix) and n[:-len(suffix)] in W["force_heads"]:
            return suffix
    return None


def _own_force_subject(v: View, ev: Event, c0: int) -> int | None:
    """The token of the deed's subject when it is the first word of a claim's content (c0,
    past its complementizer and quote marks) and the deed's verb, or the light verb of its
    noun, follows it right away (إن مقاتليه هاجموا، إن مقاتليها «شنوا هجوما»)."""
    i, _ = _trigger_token(v, ev)
    k = i - 1 if v.is_verb(i) else i - 2 if i > 1 and light_verb(v, i - 1, event_markers()) \
        else None
    if k is None:
        return None
    # (مقاتليها «شنوا: a quote opened after the subject)
    k = v.skip_back_quotes(k, c0 + 1, "«»\"“”")
    s = c0
    while s < k and (v.phrase_at(s, v.W["complementizers"]) or not v.word(s)):
        s += 1  # (إن، أن، بأن and quote marks open the content)
    return k if s == k else None


def _owner_agrees(v: View, sp: Role, suffix: str) -> bool:
    """The owner's pronoun fits the speaker: ها never points at a person (a man speaking
    of her forces speaks of another party) nor at a masculine office (المكتب الإعلامي
    لمقاومة آزال: عناصرها are the resistance's), ه never at a word in ة (المقاومة: قواتها)."""
    i, _ = v.token_range(sp.start, sp.end)
    ent = v.ent_tok.get(i)
    if suffix == "ها":  # (المكتب الإعلامي لمقاومة آزال إن عناصرها: the body's, not the office's)
        return (ent is None or ent.type != "PER") \
            and v.bare(i) not in own_side_words()["masculine_offices"]
    if suffix == "ه":
        return not v.raw(i).endswith("ة")
    return True


def own_forces_speaker(story: Story) -> None:
    """قال تنظيم داعش إن مقاتليه هاجموا مبنيين، قالت المقاومة الشعبية إن مقاتليها يخوضون
    مواجهات، قال المتحدث باسم التحالف إن طائراته قصفت: a deed whose subject opens the content
    of a claim and is a force noun with the owner's pronoun (`own_force_at`) is done by the
    speaker's own side: its actor is the force a spokesman speaks for, else the party the
    speaker names (basis "speaker"). The pronoun must fit the speaker (`_owner_agrees`)."""
    from rasd.events.context import _spokesman_of  # (context imports this module)
    v = story.v
    by_id = {c.id: c for c in story.doc.claims}
    for ev in story.events:
        claim = by_id.get(ev.claim) if ev.claim else None
        if ev.actor or claim is None or claim.speaker.end <= claim.speaker.start:
            continue
        c0, _ = v.token_range(claim.content.start, claim.content.end)
        k = _own_force_subject(v, ev, c0)
        suffix = own_force_at(v, k) if k is not None else None
        if suffix is None:
            continue
        force = _spokesman_of(v, claim.speaker)
        sp = force if force is not None else speaking_party(v, claim.speaker)
        if force is None and (claim.speaker.kind == "anonymous" and sp is claim.speaker
                              or not _party_speaker(v, claim) and sp is claim.speaker):
            continue  # (مصادر إن قواتها: no owner named)
        if _owner_agrees(v, sp, suffix):
            ev.actor = [Role(sp.start, sp.end, sp.entity, basis="speaker")]


# --- a dropped subject carried from the sentence before ---------------------------------


def carried_speaker(story: Story) -> None:
    """وقال أبو ردينة إن … . وطالب الحكومة الإسرائيلية بضرورة التوقف: a verb of words (any
    type but the deeds: a demand, an accusation, a refusal, a meeting) that opens its
    sentence (past و/ف and an opening quote) and was given no subject in it continues the
    sentence before: its actor is that sentence's subject, the speaker of the claim whose
    cue opens it (past a connective: من ناحيته، وقال) or the actor of its opening verb
    (basis "context")."""
    v = story.v
    for ev in story.events:
        if ev.actor or ev.type in MATERIAL or ev.sentence == 0 or not _opens(v, ev):
            continue
        found = _opening_subject(story, ev.sentence - 1)
        if found:
            ev.actor = [Role(r.start, r.end, r.entity, basis="context") for r in found]


def _opens(v: View, ev: Event) -> bool:
    """The trigger is a verb (no first-person form: that is the speaker's) and the first
    word of its sentence, past opening marks, and what follows it is no phrase that may be
    its own subject: the object the sentence passes read as its recipient, a preposition,
    a word with ب/ل, or nothing."""
    i, j = _trigger_token(v, ev)
    if not v.is_verb(i) or norm_piece(v.text[v.toks[i].start:ev.trigger.start]) not in (
            "", "و", "ف") or first_person_imperfect(v, v.bare(i)):
        return False
    a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    k = a
    while k < i and not v.word(k):
        k += 1
    if k != i:
        return False
    return _no_subject_after(v, ev, j, b)


def _no_subject_after(v: View, ev: Event, j: int, b: int) -> bool:
    """What follows the verb ending at token j (past a time) is no phrase that may be its
    own subject: the object the sentence passes read as its recipient, a preposition, a
    word with ب/ل, nothing, or a noun of a deed that is no name (وأدان الليلة قبل الماضية
    اختطاف الموظفين: what was condemned; actors40)."""
    s = skip_time(v, j, b)
    return s >= b or not v.word(s) or v.stop(s) or v.prefixed(s) \
        or any(r.start <= v.toks[s].end and v.toks[s].start < r.end for r in ev.recipient) \
        or s not in v.ent_tok and v.trigger_noun_at(s) and not v.is_verb(s)


def _opening_subject(story: Story, si: int) -> list[Role]:
    """The subject of the sentence si: the speaker of a named claim whose cue is among its
    first words (وقال أبو ردينة، من جهته قال الوزير), else the actor of the event whose verb
    is its first word."""
    v = story.v
    a, b = v.token_range(v.sents[si].start, v.sents[si].end)
    first = a
    while first < b and not v.word(first):
        first += 1
    opener = v.phrase_at(first, v.W["clause_openers"]) if first < b else 0
    reach = first + opener + OPENING_REACH
    for c in sorted(story.doc.claims, key=lambda c: c.cue.start):
        k = v.token_range(c.cue.start, c.cue.end)[0]
        if c.sentence == si and first <= k < reach and v.is_verb(k):
            return _as_speaker(v, c, "context") if _party_speaker(v, c) else []
    for ev in story.events:
        if ev.sentence == si and ev.actor and _trigger_token(v, ev)[0] == first \
                and v.is_verb(first):
            return ev.actor
    return []


# --- a verb of words joined to the clause before ----------------------------------------


def joined_words(story: Story) -> None:
    """ندد الأمين العام لجامعة الدول العربية نبيل العربي بالقصف التركي وطالب أنقرة باحترام
    سيادة العراق، وشدد المندوب الصيني على الحل السياسي وطالب بعدم الانجراف: a verb of words
    (any type but the deeds, which clause_actor and chain_subject join) joined by و/ف, with
    no subject of its own after it (`_opens`' test), shares the subject of the clause it is
    joined to: the actor of the nearest verb event before it in the sentence, or the speaker
    of the nearest claim whose cue comes before it with no complementizer between (the verb
    could be the content's) (basis "sentence"). A sentence mark between ends the search."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or ev.type in MATERIAL or not joined_verb(v, ev):
            continue
        i, _ = _trigger_token(v, ev)
        best: tuple[int, list[Role]] | None = None
        for prev in story.events[:n]:
            p0, _ = _trigger_token(v, prev)
            if prev.sentence == ev.sentence and prev.actor and v.is_verb(p0) \
                    and prev.trigger.start < ev.trigger.start:
                best = (prev.trigger.start, prev.actor)
        for c in story.doc.claims:
            k, _ = v.token_range(c.cue.start, c.cue.end)
            if c.sentence == ev.sentence and c.cue.end <= ev.trigger.start \
                    and _party_speaker(v, c) \
                    and (best is None or c.cue.start > best[0]) and v.is_verb(k) \
                    and not any(v.phrase_at(t, v.W["complementizers"]) for t in range(k, i)):
                best = (c.cue.start, _as_speaker(v, c, "sentence"))
        if best is None or _mark_between(v, v.token_range(best[0], best[0] + 1)[0], i):
            continue
        ev.actor = [Role(r.start, r.end, r.entity, basis="sentence") for r in best[1]]


def joined_verb(v: View, ev: Event) -> bool:
    """The trigger is a verb with و/ف on it inside its sentence (not its first word), with
    no phrase after it that may be its own subject."""
    i, j = _trigger_token(v, ev)
    if not v.is_verb(i) or norm_piece(v.text[v.toks[i].start:ev.trigger.start]) not in (
            "و", "ف"):
        return False
    a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    if not any(v.word(k) for k in range(a, i)):
        return False  # (opening its sentence: carried_speaker)
    return _no_subject_after(v, ev, j, b)


def _mark_between(v: View, k: int, i: int) -> bool:
    """A sentence-level mark (. ; : ! ?) between tokens k and i."""
    return any(not v.word(t) and v.text[v.toks[t].start] in ".؛;:!?؟" for t in range(k, i))
