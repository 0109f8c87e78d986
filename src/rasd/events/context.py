"""Roles from beyond the trigger's clause, as named passes over a document's events.

Each pass fills only empty roles and says how it found them (`Role.basis`): the victims
of a killing folded into its attack; the actor of the clause a noun or a joined verb
belongs to (basis "sentence"); the speaker a pronoun subject points back at ("speaker");
the actor of the same kind of event just before, or the group that claimed
responsibility ("context"); the place of the events just before ("context"). The dateline
gives no place (places23: on the dev sets it was right for 1 event, wrong for 4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasd.clause import vowelled_passive
from rasd.document import Entity, Event, Role
from rasd.entities.nonames import people_word
from rasd.events.accused import accused_doer, lam_object_after
from rasd.events.actors import (
    decree_actor,
    doer_after,
    joined_recipients,
    lam_recipient,
)
from rasd.events.agents import (
    adjunct_actor,
    also_actor,
    consequence_actor,
    coordinated_partner,
    joined_verb_actor,
    relative_tail_actor,
    relative_word,
    strike_subject_actor,
    what_done_actor,
)
from rasd.events.context_places import (
    _other_time,
    accompanied_place,
    arrival_visit,
    carried_place,
    clause_partner_place,
    clause_place,
    compass_region,
    enclosing_place,
    held_place,
    joined_place,
    land_place,
    linked_units,
    object_place,
    office_place,
    one_land,
    one_place,
    opening_place,
    other_story,
    partner_place,
    previous_place,
    rally_place,
    reference_place,
    sentence_place,
    speaker_place,
    there_place,
    visit_talks,
    where_place,
)
from rasd.events.context_shared import (
    MATERIAL,
    PURPOSE_BACK,
    QUOTE_MARKS,
    Story,
    _chain_back,
    _resumptive,
    _visit_object,
    copy_roles,
)
from rasd.events.frame import (
    SUBJECT_MAX,
    ambiguous_relative,
    clear_relative,
    counted,
    noun_kind,
    skip_time,
    where_at,
)
from rasd.events.nouns import nominal_link
from rasd.events.parties import parties_only
from rasd.events.places import (
    locations,
    named_first,
)
from rasd.events.referents import pronoun_on, referent_before
from rasd.events.status import imperfect_form, light_verb
from rasd.events.subjects import (
    adverbial_subject,
    carried_speaker,
    first_person_speaker,
    hal_doer,
    joined_verb,
    joined_words,
    own_forces_speaker,
    speaking_party,
)
from rasd.events.suffixes import suffix_recipient
from rasd.events.victims import give_victims, victims
from rasd.lexicons import event_markers, norm_words, read_json, trigger_matcher, word_lists
from rasd.once import once
from rasd.roles import NEGATORS, PREPS, RELATIVES, View, _nisba, norm_piece
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems, in_with_article, tokenize

CARRY_SENTENCES = 3  # how far back (in sentences) a carried role may come from
CLAUSE_REACH = 60  # characters between a deed and the one before it whose actor it shares


# --- within a sentence ------------------------------------------------------------------


def outcome_place(v: View, evs: list[Event], outcomes: list[list], a: int, b: int) -> None:
    """وفي الوقت نفسه، قتل 18 متمردا في إقليم فارياب بعد أن شنت القوات عملية عسكرية: the
    place of a folded killing (after its victims) is where the sentence's attack happened,
    for the nearest attack that has no place of its own (basis "sentence")."""
    for g in outcomes:
        hosts = [x for x in evs if x.type == "ASSAULT" and not x.location]
        if not hosts:
            continue  # (no attack left to place: the killing's place is not asked)
        t0, t1 = g[0].first, g[-1].last
        vic = victims(v, g, a, b)
        found = named_first(v, locations(v, t0, t1, a, b, [vic] if vic else []))
        if found:
            host = min(hosts, key=lambda x: abs(x.trigger.start - v.toks[t0].start))
            host.location = [v.role(i, j) for i, j, *_ in found]


@dataclass
class Word:
    """A one-token stand-in for a trigger match (its token range)."""

    first: int
    last: int


INJURY_REACH = 4  # tokens between the wounded and the cause word of their attack


def wounded(v: View, evs: list[Event], a: int, b: int) -> None:
    """وأصيب خمسة جنود في الاشتباكات، جرح 13 جنديا جراء الانفجار، 18 مجندا أصيبوا يوم الأحد
    في انفجار، إصابة ثلاثة أشخاص بانفجار عبوة: the counted wounded of an injury verb or noun
    (injury_verbs), after it or right before it, are what the attack named right after
    them (or after the verb) struck, after a cause word (injury_causes) or with ب on the
    attack's own word; they must name people (give_victims), and join the targets the
    attack has when they are fighters (انفجار عبوة ناسفة استهدف حافلة). Wounded told apart
    from any attack word are left (جرح ثلاثة مسلحين: whose fire?)."""
    M = event_markers()
    starts = {v.token_range(e.trigger.start, e.trigger.end)[0]: e for e in evs}
    verbs, norms, bares = M["injury_verbs"], v.norms, v.bares
    for k in [k for k in range(a, b) if norms[k] in verbs or bares[k] in verbs]:
        if not v.word(k):
            continue
        found = victims(v, [Word(k, k + 1)], a, b)
        if found is None:
            continue
        found = (found[0], min([found[1]] + [t for t in starts if found[0] < t < found[1]]))
        host = _cause_after(v, starts, found[1] if found[0] > k else skip_time(v, k + 1, b), b)
        if host is not None and host.type == "ASSAULT":
            give_victims(v, [host], [found], killed=False)  # (wounded: the place's toll)


def _cause_after(v: View, starts: dict[int, Event], s: int, b: int) -> Event | None:
    """The attack named within INJURY_REACH tokens from s after a cause word (في الانفجار،
    جراء القصف) or with ب on its own word (بانفجار عبوة); None past other words."""
    M = event_markers()
    for c in range(s, min(b, s + INJURY_REACH)):
        if not v.word(c):
            return None
        if c in starts and v.norms[c][:1] == "ب" and v.toks[c].start < starts[c].trigger.start:
            return starts[c]
        if v.bare(c) in M["injury_causes"]:
            return starts.get(c + 1)
    return None


def possessive_actor(story: Story) -> None:
    """سيطرته، غاراتها، انسحابهم، مطالبتها: the pronoun on an agentive deed noun (or a noun of
    words whose pronoun is its agent: `_possessive_agent`) with no actor is its agent, the
    party it points back at in the sentence (rasd.events.referents); not on nouns whose
    pronoun is what is done (لاتهامه بقتل: the accused). On any verbal noun whose object
    follows after ل (استهدافهم للمدنيين، محاصرتهم لمنزله: `lam_object_after`) the pronoun
    is the agent too (actors45)."""
    v = story.v
    deeds = {v.token_range(e.trigger.start, e.trigger.end)[0]: e for e in story.events}
    patient = event_markers()["patient_possessives"]
    for ev in story.events:
        if ev.actor:
            continue
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        pronoun = pronoun_on(v, i, ev.trigger.end) if j - i == 1 else None
        agentive = noun_kind(v, ev.trigger.start, ev.trigger.end) == "agentive" \
            or _possessive_agent(v, ev) or pronoun is not None and lam_object_after(v, ev, j)
        if pronoun is None or not agentive \
                or any(st in patient for st, _, _ in clitic_stems(v.bare(i))):
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        found = referent_before(v, i, a, pronoun, deeds)
        if found:
            ev.actor = copy_roles(found, "sentence")


def _possessive_agent(v: View, ev: Event) -> bool:
    """مطالبتها، دعوته، طلبهم: a noun of words whose genitive may be either side (مطالبة
    الحكومة بالاستقالة: the one asked) but whose possessive pronoun is its agent
    (`possessive_agents`)."""
    word = norm_piece(v.text[ev.trigger.start:ev.trigger.end])
    word = word[2:] if word.startswith("ال") else word
    if v.text[ev.trigger.end:ev.trigger.end + 1] == "ت":
        word += "ه"  # مطالب|تها: the taa marbuta before a pronoun
    return word in event_markers()["possessive_agents"]


def object_suffix_recipient(story: Story) -> None:
    """الاطفال … وضربهم، العبادي … وأعدمه، اتينغر قد يتم اعتقاله: the object pronoun on a deed
    with no recipient names the phrase before it in its sentence that it agrees with
    (rasd.events.suffixes; basis "sentence")."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.recipient:
            continue
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        earlier = [e for e in story.events[:n] if e.sentence == ev.sentence
                   and e.trigger.end <= ev.trigger.start]
        found = suffix_recipient(v, ev, a, b, earlier)
        if found:
            ev.recipient = copy_roles(found, "sentence")


PLACE_PRONOUN_BACK = 20  # tokens from a deed noun back to the place its pronoun stands for


def pronoun_place(story: Story) -> None:
    """مدينة عدن أصبحت، بعد تحريرها من المليشيات، تستقبل …، الزبداني … قصفها: the feminine
    pronoun on a deed noun whose pronoun may be what is done (not an agentive noun: تحرير،
    قصف، حصار، اقتحام) stands for the place named last before it in its sentence: the deed's
    place (basis "sentence"). A party or another deed met first on the way back ends the
    search (the pronoun may stand for them)."""
    v = story.v
    deeds = {v.token_range(e.trigger.start, e.trigger.end)[0] for e in story.events}
    for ev in story.events:
        if ev.location or ev.actor or ev.type not in ("ASSAULT", "COERCE"):
            continue  # (واصلت القوات حصارها: with its agent said, the pronoun is the agent)
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        if j - i != 1 or pronoun_on(v, i, ev.trigger.end) != "ها" \
                or noun_kind(v, ev.trigger.start, ev.trigger.end) == "agentive":
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        found = _place_back(v, i, a, deeds)
        if found is not None:
            ev.location = [v.role(*found)]


def resumptive_place(story: Story) -> None:
    """بلدة عربين في غوطة دمشق الشرقية، هدفًا للطيران الذي شنّ أمس أربع غارات عليها؛ مدينة
    القريتين التي استولوا عليها؛ غزة التي دمرت فيها المقاتلات: a preposition with a
    feminine pronoun right after a deed (`_resumptive`) says the deed happened at what the
    pronoun stands for: the place named last before the deed in its sentence, with the
    places chained to it
    (عربين في غوطة دمشق الشرقية), unless a person, an organisation or another deed comes
    first (basis "sentence"). A country is no such place (تركيا … التي تشن غارات عليها:
    the pronoun is a party). Deeds only: what is agreed on or discussed (المنطقة الآمنة
    التي اتفق عليها الطرفان) is the pronoun, not a place."""
    v = story.v
    deeds = {v.token_range(e.trigger.start, e.trigger.end)[0] for e in story.events}
    for ev in story.events:
        if ev.location or ev.type not in MATERIAL:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        if not _resumptive(v, ev):
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        found = _place_back(v, i, a, deeds - {i})
        if found is None:
            continue
        ent = v.ent_tok.get(found[0])
        if ent is not None and ent.link is not None and ent.link.kind == "country":
            continue
        ev.location = [v.role(x, y) for x, y in _chain_back(v, found, a)]


def _place_back(v: View, i: int, a: int, deeds: set[int]) -> tuple[int, int] | None:
    """The last place entity before token i in its sentence, unless a person, an
    organisation or another deed comes first."""
    for t in range(i - 1, max(a - 1, i - PLACE_PRONOUN_BACK), -1):
        if t in deeds:
            return None
        ent = v.ent_tok.get(t)
        if ent is None:
            continue
        if ent.type != "LOC":
            return None
        s = t
        s = v.skip_back_ent(s, ent, a)
        return s, t + 1
    return None


def clause_actor(story: Story) -> None:
    """A deed with no actor takes the actor of the deed before it in its clause: a verb
    joined by و (منعت القوات … ونجحت في تدميرها وقتلت مسلحين), a noun in the verb's clause
    (سيطرت المقاومة الشعبية … بعد مواجهات عنيفة)."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or ev.type not in MATERIAL:
            continue
        prev = story.events[n - 1] if n else None
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        also = also_verb(v, i)
        if prev is None or prev.sentence != ev.sentence or not prev.actor \
                or prev.type not in MATERIAL or ev.type == "PROTEST" \
                or _clause_break(v, prev.trigger.end, v.toks[i - 1 - (
                    i > 1 and not v.word(i - 2))].start if also else ev.trigger.start):
            continue
        joined = also or v.is_verb(i) and v.norms[i][:1] in "وف" \
            or joined_light_verb(v, i) or sequel_verb(v, i) and not _edge_between(
                v, prev.trigger.end, v.toks[i - 2].end, SEQUEL_MARKS_OK)
        # (وفجرت: the clause's subject; not … مبنى المحافظة الذي كان المتمردون يتخذونه مركزا،
        # قبل أن يقتحموا: the relative's)
        reach = CLAUSE_REACH * 2 if _sequel(v, i) else CLAUSE_REACH
        if not joined and ev.trigger.start - prev.trigger.end > reach:
            continue
        if any(r.start <= ev.trigger.start < r.end for r in (*prev.recipient, *prev.actor)):
            continue  # the trigger is inside the other's role: another party's deed
        p0, _ = v.token_range(prev.trigger.start, prev.trigger.end)
        if p0 > 0 and clear_relative(v.norms[p0 - 1]):
            continue  # المدينة التي سيطر عليها التنظيم تعرضت لقصف: a relative clause's deed
        if replied_to(v, p0):
            continue  # ردت الولايات المتحدة على هجوم «النصرة» باستهداف مقرات لها: the answer
            # is the replier's, not the doer's of the deed replied to
        if _reported_between(v, prev.trigger.end, ev.trigger.start):
            continue  # «كمين نفذه رجال المقاومة»، منوها بأن «بقية أفراد القوة المهاجمة لاذت
            # بالفرار»: the report's next clause has its own subject (here the ambushed side)
        if ev.type == "RETREAT" and _own_doer_after(v, ev):
            continue  # بعد فرار العشرات من ميليشيات الحوثي: they fled, not the clause's subject
        if not clash_carry(v, prev, ev):
            ev.actor = copy_roles(prev.actor, "sentence")


def _own_doer_after(v: View, ev: Event) -> bool:
    """A retreat noun whose genitive right after it names who withdrew or fled: a party, a
    plural of people or a counted phrase (فرار العشرات من ميليشيات الحوثي، انسحاب قوات صالح;
    actors38)."""
    _, j = v.token_range(ev.trigger.start, ev.trigger.end)
    return j < len(v.toks) and v.word(j) and v.norms[j][:1] not in "وبلف" and (
        _party(v, j) or _people(v, j) or counted(v, j, j + 1))


REPLY_REACH = 8  # words from a reply verb to the على that governs the deed replied to


def replied_to(v: View, p0: int) -> bool:
    """The deed at token p0 is what a reply answers: على right before it, a reply verb
    (`reply_verbs`: رد، ردت، يرد) before that in its clause, with only its subject between
    (ردت الولايات المتحدة على | هجوم «النصرة»; ورد الجيش على | الهجوم)."""
    if p0 < 2 or v.norms[p0 - 1] != "علي":
        return False
    replies = event_markers()["reply_verbs"]
    for k in range(p0 - 2, max(-1, p0 - 2 - REPLY_REACH), -1):
        if not v.word(k):
            return False
        if v.bare(k) in replies or v.norms[k] in replies:
            return True
    return False


def joined_light_verb(v: View, i: int) -> bool:
    """شن تنظيم الدولة هجوما عنيفا على عدة حواجز … وتمكن من السيطرة على قرية الدوة: the
    deed noun at i has its light verb right before it, or before one preposition, and the
    light verb carries و/ف: it goes on with the clause's subject, as a joined verb does."""
    M = event_markers()
    for lv in (i - 1, i - 2):
        if lv < 0 or v.bares[lv] == v.norms[lv] or not v.word(lv):
            continue  # (no و/ف taken off the word)
        if (lv == i - 1 or v.norms[i - 1] in LIGHT_PREPS) and light_verb(v, lv, M):
            return True
    return False


ALSO = frozenset({"كما", "وكما"})  # "as also": the verb after it goes on with the clause's subject


def also_verb(v: View, i: int) -> bool:
    """وهدمت قوات الاحتلال منزلا …، كما هدمت تسع منشآت: a verb right after كما ("and also")
    that names no subject of its own after it (as `sequel_verb` reads it) goes on with the
    subject of the clause before (actors38); not كما + a party (كما قصفت الطائرات)."""
    if i < 1 or v.norms[i - 1] not in ALSO or not (v.is_verb(i) or any(
            getattr(m.payload, "verb", False) for m in v.candidates(trigger_matcher(), i))):
        return False  # (هدمت: a verb trigger the verb list lacks)
    s = skip_time(v, i + 1, len(v.toks))
    return s >= len(v.toks) or not v.word(s) or v.stop(s) or (
        v.norms[s][:1] in "بل" and s not in v.ent_tok) or not (_party(v, s) or _people(v, s)
                                                             or v.is_def(s))


LIGHT_PREPS = frozenset({"من", "في", "علي"})  # تمكن من، نجح في، أقدم على
SEQUEL_MARKS_OK = "،,()\"«»“”"  # no clause edge: a month in brackets, a quoted name


def sequel_verb(v: View, i: int) -> bool:
    """سيطرت على تل أبيض … قبل أن تتقدم صوب الجنوب: a verb right after أن that follows a
    word of sequence (reported_not_after: قبل، بعد، دون) goes on with the subject of the
    clause before when no phrase that may be its own subject follows it (its own: بعد أن
    دخله عدد من المسلحين)."""
    if i < 2 or not v.is_verb(i) or v.norms[i - 1] != "ان" \
            or v.norms[i - 2] not in _reported_words()[1]:
        return False
    s = skip_time(v, i + 1, len(v.toks))
    return s >= len(v.toks) or not v.word(s) or v.stop(s) or (
        v.norms[s][:1] in "بل" and s not in v.ent_tok) or not (_party(v, s) or _people(v, s)
                                                             or v.is_def(s))


@once
def _reported_words() -> tuple[frozenset[str], frozenset[str]]:
    """(reported_complementizers, reported_not_after) of events/clause.json, normalized."""
    d = read_json("events", "clause.json")
    return (frozenset(norm_words(d["reported_complementizers"])),
            frozenset(norm_words(d["reported_not_after"])))


def _reported_between(v: View, start: int, end: int) -> bool:
    """A complementizer of a report (إن، بأن، وأن) between two offsets, not after a word of
    sequence or manner (قبل أن، بعد أن، دون أن: the same subject goes on): the deed after it
    is in the report's new clause, whose subject is its own."""
    opens, not_after = _reported_words()
    i, j = v.token_range(start, end)
    return any(v.word(k) and v.norms[k] in opens
               and not (k > 0 and v.norms[k - 1] in not_after) for k in range(i, j))


def joined_clause_actor(story: Story) -> None:
    """وقامت بسلب النساء حليهن … واختطاف عدد من أسرهم، توصلت حماس وإسرائيل إلى … وتوصل إلى
    هدنة: a deed or act joined by و/ف (its trigger, or the light verb right before it) to
    the clause of the sentence's nearest earlier event with an actor shares that actor
    (basis "sentence"), at any distance, when both are deeds or neither is, no clause edge
    lies between (`_edge_between`:
    a relative pronoun, حيث, a complementizer, a mark other than a comma), the deed is not
    inside that event's roles, and no clash of two sides comes before a one-sided deed.
    Measured on the dev sets before it was built (bench/actor_fallbacks.py,
    `sent_earlier_joined`): 7 right, 1 wrong."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or not _joined(v, ev):
            continue
        prev = next((x for x in reversed(story.events[:n]) if x.actor
                     and x.sentence == ev.sentence), None)
        if prev is None or (prev.type in MATERIAL) != (ev.type in MATERIAL):
            continue  # (محادثة بين X وY تناولت الحرب … والمعركة ضد التنظيم: talks, then a
            # deed they are about)
        roles = (*prev.actor, *prev.recipient)
        if _edge_between(v, prev.trigger.end, ev.trigger.start) \
                or any(r.start <= ev.trigger.start < r.end for r in roles) \
                or clash_carry(v, prev, ev):
            continue
        ev.actor = copy_roles(prev.actor, "sentence")


def _joined(v: View, ev: Event) -> bool:
    """The trigger carries the conjunction و/ف (its match starts after it: و|اختطاف, not
    فرض), or the light verb right before it does (وقامت | بسلب)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if ev.trigger.start > v.toks[i].start and v.text[v.toks[i].start] in "وف":
        return True
    return i > 0 and v.norms[i - 1][:1] in "وف" and v.bare(i - 1) != v.norms[i - 1] \
        and light_verb(v, i - 1, event_markers())


def _edge_between(v: View, start: int, end: int, marks_ok: str = "،,") -> bool:
    """A relative pronoun (not ما، من: what, who), حيث, مما, a complementizer, a connective
    or clause opener (بينما، فيما) or a mark other than a comma between two offsets:
    another clause."""
    i, j = v.token_range(start, end)
    for k in range(i, j):
        if not v.word(k):
            if v.text[v.toks[k].start] not in marks_ok:
                return True
        elif clear_relative(v.bares[k]) \
                or where_at(v, k) or v.bare(k) == "مما" \
                or v.phrase_at(k, v.W["complementizers"]) or v.phrase_at(k, v.W["connectives"]) \
                or v.phrase_at(k, v.W["clause_openers"]):
            return True  # (قصف المتمردون … بينما اندلعت اشتباكات وقصف; مما أسفر عن … وتدمير)
    return False


def _sequel(v: View, i: int) -> bool:
    """A deed noun right after a preposition of sequence (بعد، إثر، عقب، خلال) is the lead-up
    of the clause's deed, its agent's (سيطرت المقاومة الشعبية في محافظة مأرب على منطقة
    الفاو بعد مواجهات عنيفة): the clause's actor reaches further."""
    return i > 0 and v.bare(i - 1) in event_markers()["sequel_preps"]


def casualty_recipient(story: Story) -> None:
    """ما أسفر عن مقتل 13 من قوات البيشمركة، وأعلن الجيش مقتل 20 مسلحا: a casualty word
    that is an event of its own (not folded into an attack) has its counted victims for
    recipient when they name people (give_victims)."""
    v = story.v
    for ev in story.events:
        if ev.recipient or ev.type != "ASSAULT":
            continue
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        if j - i != 1 or v.bare(i) not in event_markers()["consequences"]:
            continue
        a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
        found = victims(v, [Word(i, i + 1)], a, b)
        if found is not None and found[0] > i:
            give_victims(v, [ev], [found])


CHAIN_BACK = 24  # tokens from a joined verb back to the verb that opens its chain


def chain_subject(story: Story) -> None:
    """واستغل تنظيم داعش فراغا أمنيا للتوسع في ليبيا وذبح أجانب، إن المواطنين ردوا على
    مسلحي داعش وقتلوا اثنين منهم، ألقى الطيران براميل، كما استهدف المدينة: a verb joined
    by و (or ف, or after كما) with no subject of its own
    shares the subject of the clause its chain of joined verbs opens, when no event of the
    chain gave one (clause_actor); see _chain_subject."""
    v = story.v
    for ev in story.events:
        if ev.actor or ev.type not in MATERIAL:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        also = i > 0 and v.norms[i - 1] in ("كما", "وكما")  # ، كما استهدف المدينة
        if not (v.is_verb(i) and (v.norms[i][:1] in "وف" or also)):
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        s = skip_time(v, i + 1, len(v.toks))
        while s < len(v.toks) and v.bare(s) in event_markers()["head_skip"]:
            s += 1
        if s < len(v.toks) and (_party(v, s) or _people(v, s)):
            continue  # وانسحب معظم أفراد القوات: its own subject follows
        found = _chain_subject(v, i, a)
        if found:
            ev.actor = copy_roles([v.role(*found)], "sentence")


THEN = frozenset({"ثم", "وثم"})  # "then": a verb after it goes on with the clause's subject
SENTENCE_MARKS = ".؛;:!?؟"


def joined_light_actor(story: Story) -> None:
    """فرض تنظيم داعش سيطرته على منطقة الملعب، ثم قام بتفجير الملعب؛ وأعلن الانقلابيون حالة
    الطوارئ، ونفذوا حملة اعتقالات؛ أن الأردن وافق على استقبال جرحى وتعهد بتقديم العلاج: a
    deed noun whose light verb is joined (و/ف on it, or ثم before it) and names no subject
    (the deed noun, or its preposition, right after it) goes on with the subject of the
    clause before: the actor of the light verb's own event (تعهد), else of the nearest
    earlier deed of the sentence with one — past commas, ثم and events without an actor, not
    past a sentence mark, a report's complementizer or a relative clause's deed (clause_actor
    stops at the comma before ثم and looks at the event right before only) —, else the
    party opening the chain (_chain_subject) (basis "sentence")."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or ev.type not in MATERIAL:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        lv = _joined_light(v, i)
        if lv is None:
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        own = next((x for x in story.events[:n] if x.sentence == ev.sentence and x.actor
                    and v.token_range(x.trigger.start, x.trigger.end)[0] == lv), None)
        prev = own or _chain_event(story, n, lv)
        if prev is not None:
            ev.actor = copy_roles(prev.actor, "sentence")
        elif (found := _chain_subject(v, lv, a)) is not None:
            ev.actor = copy_roles([v.role(*found)], "sentence")


def _joined_light(v: View, i: int) -> int | None:
    """The token of the light verb of the deed noun at i (right before it, or before one
    preposition: وتمكنوا من، ثم قام ب) when it is joined by و/ف on it or by ثم before it."""
    if v.is_verb(i):
        return None
    M = event_markers()
    for lv in (i - 1, i - 2):
        if lv < 1 or not v.word(lv) or lv in v.ent_tok:
            continue
        if (lv == i - 1 or v.norms[i - 1] in LIGHT_PREPS) and light_verb(v, lv, M):
            joined = v.norms[lv][:1] == "و" and v.bares[lv] != v.norms[lv] \
                or v.norms[lv - 1] in THEN and v.word(lv - 1)  # (not ف: فتح معارك)
            return lv if joined else None
    return None


def _chain_event(story: Story, n: int, lv: int) -> Event | None:
    """The nearest earlier deed of event n's sentence with an actor, its trigger a verb or
    a deed noun, no sentence mark, report complementizer or relative pronoun between it and
    the light verb at lv, the deed not in a relative clause nor replied to, and event n's
    trigger not inside its roles (its own party: a relative clause's antecedent)."""
    v, ev = story.v, story.events[n]
    for prev in reversed(story.events[:n]):
        if prev.sentence != ev.sentence:
            return None
        if not prev.actor or prev.type not in MATERIAL:
            continue
        p0, _ = v.token_range(prev.trigger.start, prev.trigger.end)
        if p0 >= lv or any(r.start <= ev.trigger.start < r.end
                           for r in (*prev.recipient, *prev.actor)):
            return None
        if any(v.norms[k] not in THEN and _edge_between(v, v.toks[k].start, v.toks[k].end)
               for k in range(*v.token_range(prev.trigger.end, v.toks[lv].start))):
            return None  # (a comma and ثم, the "then" of this chain, may stand between)
        if p0 > 0 and relative_word(v, p0 - 1) or replied_to(v, p0) \
                or clash_carry(v, prev, ev):
            return None
        return prev
    return None


def chain_words(story: Story) -> None:
    """وأطلقت حركة طالبان هجومها السنوي وتعهدت بشن هجمات، وجدد نائب الرئيس اتهامه لجهات
    بدعم تلك الظواهر، ودعا إلى حوار، وتعرض أبو مازن لقضية المصالحة واتهم حماس: a verb of
    words (no deed: chain_subject joins those) joined by و/ف with no subject of its own,
    left empty by joined_words (no verb event or claim before it to share), takes the
    subject of the clause its chain opens (_chain_subject), when the walk back crosses no
    complementizer, quotation mark or claim cue (a report's content has its own subject: قال
    إن …، ودعا) and the party found is not the verb's recipient (basis "sentence")."""
    v = story.v
    cues = [v.token_range(c.cue.start, c.cue.end)[0] for c in story.doc.claims]
    for ev in story.events:
        if ev.actor or ev.type in MATERIAL or not (joined_verb(v, ev) or _deed_after(v, ev)):
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        found = _chain_subject(v, i, a, strict=True)
        if found is None or any(found[1] <= k < i for k in cues) or any(
                r.start < v.toks[found[1] - 1].end and v.toks[found[0]].start < r.end
                for r in ev.recipient):
            continue
        role = v.role(*found)
        if v.bares[found[0]] != v.norms[found[0]] and role.start == v.toks[found[0]].start:
            role = Role(role.start + 1, role.end, role.entity)  # فإدارة أوباما: not the ف
        ev.actor = copy_roles([role], "sentence")


def _deed_after(v: View, ev: Event) -> bool:
    """A verb with و/ف on it followed by a deed noun, or a noun of carrying one out (شن،
    تنفيذ), after ب/ل (وتعهدت بشن هجمات): the phrase after it is its complement, not its
    subject."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if not v.is_verb(i) or norm_piece(v.text[v.toks[i].start:ev.trigger.start]) not in (
            "و", "ف") or j >= len(v.toks):
        return False
    return v.norms[j][:1] in "بل" and j not in v.ent_tok and (
        v.trigger_noun_at(j) or v.norms[j][1:] in event_markers()["execution_nouns"])


def sequel_actor(story: Story) -> None:
    """وسيطرت على تل أبيض على الحدود التركية يوم 15 يونيو (حزيران) قبل أن تتقدم صوب الجنوب:
    a deed verb after قبل أن، بعد أن، دون أن with no subject of its own (sequel_verb) takes
    the actor of the nearest deed verb before it in its sentence, once the joined verbs
    have theirs (chain_subject), when no clause edge (_clause_break, _edge_between, a month
    in brackets or a quoted name passed) lies between and it is not inside that deed's roles (basis
    "sentence")."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or ev.type not in MATERIAL:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        if not sequel_verb(v, i):
            continue
        prev = next((x for x in reversed(story.events[:n]) if x.sentence == ev.sentence
                     and x.type in MATERIAL
                     and v.is_verb(v.token_range(x.trigger.start, x.trigger.end)[0])), None)
        if prev is None or not prev.actor or any(
                r.start <= ev.trigger.start < r.end for r in (*prev.actor, *prev.recipient)):
            continue
        if _clause_break(v, prev.trigger.end, ev.trigger.start) or clash_carry(v, prev, ev) \
                or _edge_between(v, prev.trigger.end, v.toks[i - 2].end, SEQUEL_MARKS_OK):
            continue
        ev.actor = copy_roles(prev.actor, "sentence")


OPENING_JOINS = frozenset({"كما", "وكما", "ثم"})  # a word that may come before the verb


def sentence_chain(story: Story) -> None:
    """وقامت بإحراق أشخاص أحياء، كما قامت بمداهمة عدة منازل، ثم قتلت …: a sentence that opens
    with a deed verb, or a light verb before a deed noun, and names no subject after it goes
    on from the sentence before: the deed's agent is the actor of the last deed of that
    sentence (basis "context"). Not when the sentence turns to another story
    (other_story) or names, before the deed, another party (rival_before)."""
    v = story.v
    last: Event | None = None
    for ev in story.events:
        if not ev.actor and ev.type in MATERIAL and last is not None \
                and last.sentence == ev.sentence - 1 and _opens_sentence(v, ev) \
                and not other_story(v, ev.sentence) and not rival_before(story, ev, last.actor) \
                and not clash_carry(v, last, ev):
            ev.actor = copy_roles(last.actor, "context")
        if ev.actor and ev.type in MATERIAL:
            last = ev


def _opens_sentence(v: View, ev: Event) -> bool:
    """The deed's verb (the trigger verb, or the light verb right before an indefinite trigger
    noun or one with ب) is the first word of its sentence (وقامت، فأطلقت) or follows كما/ثم
    there, and what follows a trigger verb is no phrase that may be its own subject (only its
    object, read as the recipient, or a preposition)."""
    a, b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i) and (ev.trigger.start == v.toks[i].start or norm_piece(
            v.text[v.toks[i].start:ev.trigger.start]) in ("و", "ف")):
        verb = i  # (the trigger may leave out the و/ف of وفجرت)
        s = skip_time(v, i + 1, b)
        own = s < b and v.word(s) and (not v.stop(s) or ambiguous_relative(v.norms[s]) and s + 1 < b
                                       and (v.is_verb(s + 1) or imperfect_form(v.norms[s + 1]))
                                       ) and not v.prefixed(s) and not any(
            r.start <= v.toks[s].start < r.end for r in ev.recipient)  # (وأعدم | ما يعرف باسم)
        if own:
            return False  # كما استهدفت غارات أخرى …: the phrase after it may be its subject
    elif i - 1 >= a and light_verb(v, i - 1, event_markers()) and not v.is_def(i):
        verb = i - 1  # (وقامت | بإحراق، كما نفذ | غارة; not بدأت المعارك: its subject)
    else:
        return False
    k = a
    while k < verb and not v.word(k):
        k += 1  # (an opening quote)
    return k == verb or k + 1 == verb and v.norms[k] in OPENING_JOINS \
        or _joined_to_opening(v, k, verb, b)


def _joined_to_opening(v: View, k: int, verb: int, b: int) -> bool:
    """ودخلت أمس بقوات كبيرة إلى نابلس | واعتقلت نحو 20 شابا: the deed's verb is joined by
    و to the verb that opens the sentence at k, which names no subject either (only a time,
    a preposition or its object after it), with words only between them — no other verb,
    relative pronoun, complementizer or claim cue: one chain of the same subject."""
    if not (k < verb and v.norms[verb][:1] == "و" and v.bares[verb] != v.norms[verb]
            and v.is_verb(k) and k not in v.ent_tok):
        return False
    s = skip_time(v, k + 1, b)
    if s < b and v.word(s) and not v.stop(s) and not v.prefixed(s) \
            and not (v.norms[s][:1] in "بل" and s not in v.ent_tok) and (v.norms[s],) not in PREPS:
        return False  # (ودخلت القوات …: the opening verb's own subject; not | بقوات كبيرة)
    return all(v.word(m) and not (v.is_verb(m) and m not in v.ent_tok) and not relative_word(v, m)
               and not v.phrase_at(m, v.W["complementizers"]) for m in range(k + 1, verb))


def purpose_actor(story: Story) -> None:
    """وصل وزير الخارجية الروسي سيرجي لافروف إلى الدوحة للقاء أمير قطر، توجه الوفد إلى جنيف
    للمشاركة في المحادثات: a deed noun that is the purpose of a journey (ل on it, or on the
    light noun before it: لشن هجمات) after a verb of motion (motion_verbs) has the
    traveller, the verb's subject, for agent. A complementizer, a relative pronoun or
    punctuation between ends the search; ل after other verbs is as often "of" (نشر صورا
    لتفجير) or what is undergone (تعرض المتمردين لضربات)."""
    v = story.v
    cues = {v.token_range(c.cue.start, c.cue.end)[0] for c in story.doc.claims}
    for ev in story.events:
        if ev.actor:
            continue
        p = _purpose_at(v, ev)
        if p is None:
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        found = _purpose_subject(v, p, a, cues)
        if found:
            ev.actor = copy_roles([v.role(*found)], "sentence")


def _purpose_at(v: View, ev: Event) -> int | None:
    """The token of the purpose ل of a deed noun (للقاء، لمواجهة; لشن هجمات: on the light
    noun before it), or None."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    M = event_markers()
    if norm_piece(v.text[v.toks[i].start:ev.trigger.start]) in ("ل", "ول"):
        return i
    if i > 0 and v.norms[i - 1][:1] == "ل" and (
            v.norms[i - 1][1:] in M["light_verbs"] or v.norms[i - 1][1:] in M["light_nouns"]):
        return i - 1
    return None


def journey_place(story: Story) -> None:
    """وصل لافروف إلى العاصمة القطرية الدوحة للقاء أمير قطر، توجه الوفد إلى جنيف للمشاركة
    في المحادثات: a deed noun that is the purpose of a journey (purpose_actor) happens where
    the journey goes: the place after إلى between the verb of motion and the deed (basis
    "sentence"). Between them no punctuation, relative pronoun, complementizer or other
    deed noun."""
    v = story.v
    for ev in story.events:
        if ev.location or ev.type not in event_markers()["location_types"]:
            continue
        p = _purpose_at(v, ev)
        if p is None:
            continue
        a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
        k = _journey_verb(v, p, a)
        to = next((m for m in range(k + 1, p) if v.bare(m) == "الي"), None) \
            if k is not None else None
        if to is not None:
            found = named_first(v, locations(v, to, to + 1, a, p, []))
            if found:
                ev.location = [v.role(i, j) for i, j in found]


VISIT_REACH = 6  # tokens from a visit word to the place visited
VISIT_CLAUSE = 4  # tokens more when a clause telling of the visit follows it (places31)


def visit_place(story: Story) -> None:
    """زار دي ميستورا العاصمة الإيرانية طهران، زيارة المعلم إلى طهران، خلال زيارته كينيا،
    زيارته الأخيرة لموسكو: a visit (`visit_words`) happens where the visitor goes: the
    place after إلى or ل, or the place that is the visit's object, within VISIT_REACH
    tokens (the visitor and a time may come between; no punctuation or verb) (basis
    "sentence")."""
    v = story.v
    M = event_markers()
    for ev in story.events:
        if ev.location or ev.type not in M["location_types"]:
            continue
        i, j = v.token_range(ev.trigger.start, ev.trigger.end)
        if not any(st in M["visit_words"] for st, _, _ in clitic_stems(v.bare(i))):
            continue
        b = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[1]
        found = _visited(v, j, min(b, j + VISIT_REACH), b, M)
        if found:
            ev.location = [v.role(x, y) for x, y in found]


def _visited(v: View, k: int, end: int, b: int, M) -> list[tuple[int, int]]:
    """The place visited, from token k: the visit's object right after it (a time between:
    زيارته كينيا، زار العاصمة الإيرانية طهران), else a place after إلى or with ل glued on
    it (زيارة المعلم إلى طهران، زيارته الأخيرة لموسكو) before any punctuation, verb or other
    preposition (هي التنسيق بين بغداد ودمشق: no place of the visit)."""
    first = skip_time(v, k, end)
    told = False  # a clause that tells of the visit, right after it, read past (places31)
    while k < end and v.word(k):
        if v.is_verb(k) and k not in v.ent_tok:
            if told or k > first + 1 or k > first and (v.norms[k - 1],) not in NEGATORS:
                break  # (زيارة يقوم بها كارتر للعراق، زيارة استمرت ثلاثة أيام لليمن، زيارة
            told, k, end = True, k + 1, min(b, end + VISIT_CLAUSE)  # لم يعلن عنها لبغداد)
            continue
        after_to = k > 0 and v.bare(k - 1) == "الي"
        if k == first or after_to or v.norms[k][:1] == "ل":
            found = _visit_object(v, k, b, M)
            if found or after_to:
                return found
        if v.bare(k) != "الي" and (v.norms[k],) in PREPS \
                or v.norms[k] in M["subject_pronouns"]:
            return []
        k += 1
    return []


MEETING_PURPOSE_REACH = 20  # tokens from a meeting's trigger to the purpose ل of its deed


def meeting_purpose(story: Story) -> None:
    """places35: على أن تعقد قمة في العاصمة الإثيوبية في الخامس من أغسطس المقبل لتوقيع
    الاتفاق; اجتمع الوزراء في القاهرة لبحث الأزمة: a deed of talks or agreement
    (`meeting_purpose_types`) told as the purpose of a meeting (ل on it: `_purpose_at`) is
    done where the meeting is held: it takes the places the meeting (CONSULT, no phone
    call) has from its own sentence (basis "sentence"), when that meeting is the deed
    told right before it in its sentence, at most MEETING_PURPOSE_REACH tokens back, with
    no verb, relative pronoun, complementizer, حيث or mark other than a comma between
    (the comma sets off a time: عقدت في مسقط على مدار ثلاثة أيام، للتوصل لاتفاق)."""
    v, M = story.v, event_markers()
    for n, ev in enumerate(story.events):
        if ev.location or ev.type not in M["meeting_purpose_types"]:
            continue
        p = _purpose_at(v, ev)
        before = [e for e in story.events[:n] if e.sentence == ev.sentence
                  and e.trigger.end <= ev.trigger.start]
        if p is None or not before:
            continue
        meeting = before[-1]
        if meeting.type != "CONSULT" or "phone" in meeting.mode or not meeting.location \
                or meeting.location[0].basis != "sentence":
            continue
        _, m1 = v.token_range(meeting.trigger.start, meeting.trigger.end)
        if p - 1 >= m1 and v.norms[p - 1][:1] == "ل" and p - 1 not in v.ent_tok:
            continue  # (للتحضير لاجتماع مع كيري: what is prepared, not done at the meeting)
        if p - m1 <= MEETING_PURPOSE_REACH and not any(
                _clause_edge(v, k) for k in range(m1, p)):
            ev.location = copy_roles(meeting.location, "sentence")


def _clause_edge(v: View, k: int) -> bool:
    """Token k ends the meeting's clause: a mark other than a comma, a relative pronoun
    (not من or ما, also "from" and "what"), حيث, a complementizer or a verb."""
    return not v.word(k) and not v.comma(k) \
        or clear_relative(v.norms[k]) \
        or where_at(v, k) or bool(v.phrase_at(k, v.W["complementizers"])) \
        or v.is_verb(k) and k not in v.ent_tok


def _journey_verb(v: View, p: int, a: int) -> int | None:
    """The verb of motion (motion_verbs) nearest before token p in its clause, or None."""
    for k in range(p - 1, max(a - 1, p - PURPOSE_BACK), -1):
        if not v.word(k) or (v.norms[k],) in RELATIVES \
                or v.phrase_at(k, v.W["complementizers"]) or v.trigger_noun_at(k):
            return None
        if v.is_verb(k) and k not in v.ent_tok:
            M = event_markers()
            return k if v.bare(k) in M["motion_verbs"] or v.norms[k] in M["motion_verbs"] \
                else None
    return None


def _purpose_subject(v: View, p: int, a: int, cues: set[int]) -> tuple[int, int] | None:
    """The subject of the verb nearest before token p in its clause, if a party."""
    for k in range(p - 1, max(a - 1, p - PURPOSE_BACK), -1):
        if not v.word(k) or (v.norms[k],) in RELATIVES \
                or v.phrase_at(k, v.W["complementizers"]) or v.trigger_noun_at(k):
            return None
        if not v.is_verb(k) or k in v.ent_tok:
            continue
        if k in cues or not (v.bare(k) in event_markers()["motion_verbs"]
                             or v.norms[k] in event_markers()["motion_verbs"]):
            return None  # (ل is also "of" and what is undergone: only a journey's purpose)
        s = skip_time(v, k + 1, p)
        if s < p and (_party(v, s) or _people(v, s)):
            e = v.np_forward(s, p)
            return (s, e) if e > s else None
        subj = v.subject_before(k, a, 7, preps=False)
        return subj if subj and any(_party(v, t) for t in range(*subj)) \
            or subj and _people(v, subj[0]) else None
    return None


def _chain_subject(v: View, i: int, a: int, strict: bool = False) -> tuple[int, int] | None:
    """Walking back from the joined verb at token i: a party after a joined word (و/ف
    without the article: وفجرت القوات …) is the subject of the nearest clause; else the
    party or plural of people after a complementizer (إن المواطنين ردوا), or at the start
    of the sentence, before or after its first word (قوات الأمن اعتقلت، واستغل تنظيم داعش).
    A sentence mark or a relative pronoun ends the search with nothing; `strict`, so do a
    complementizer and a quotation mark (the verb may be the report's or its content's)."""
    def party_np(s: int) -> tuple[int, int] | None:
        if s >= len(v.toks) or not (_party(v, s) or _people(v, s) or strict and (
                v.bare(s),) in v.W["person_heads"]):
            return None  # (strict, for words: a titled speaker, نائب الرئيس السوداني …)
        e = v.np_forward(s, len(v.toks))
        return (s, e) if e > s else None

    for k in range(i - 1, max(a - 1, i - CHAIN_BACK), -1):
        if not v.word(k):
            if v.text[v.toks[k].start] in (".؛;:!?؟" + QUOTE_MARKS if strict else ".؛;:!?؟"):
                return None
            continue
        if clear_relative(v.norms[k]):
            return None
        if v.phrase_at(k, v.W["complementizers"]) == 1:
            return None if strict else party_np(k + 1)
        if k == a:
            return party_np(k) or party_np(k + 1)
        if v.norms[k][:1] in "وف" and k not in v.ent_tok and not v.is_def(k) \
                and len(v.norms[k]) > 3 and (found := party_np(k + 1)):
            return found
    return None


def _people(v: View, k: int) -> bool:
    """A plural of people (المواطنين، السكان) may be the subject before a verb."""
    if counted(v, k, k + 1):
        return False  # اثنين منهم: a count
    n = v.bare(k)
    n = n[2:] if n.startswith("ال") else n
    return n.endswith(("ين", "ون")) and len(n) >= 5 and n not in event_markers()[
        "not_people_plurals"] or v.in_words(k, event_markers()["people_plurals"])


def _clause_break(v: View, start: int, end: int) -> bool:
    """A sentence-level mark, or a comma before a new clause, between two offsets."""
    i, j = v.token_range(start, end)
    for k in range(i, j):
        if v.word(k):
            continue
        ch = v.text[v.toks[k].start]
        if ch in ".;؛:!?؟":
            return True
        if ch in "،," and k + 1 < len(v.toks) and (
                v.phrase_at(k + 1, v.W["connectives"]) or v.phrase_at(k + 1, v.W["clause_openers"])
                or k + 1 in v.opener_tok):
            return True
    return False


# --- across sentences -------------------------------------------------------------------


def pronoun_subject(story: Story) -> None:
    """A verb whose subject is only a pronoun (إنهم تواصلوا، وهي تضغط، لأنه رفض) takes the
    actor it points back at: the speaker of the claim it is reported in when the pronoun
    rides on that claim's complementizer (قالت الفصائل إنهم تواصلوا), else the actor of the
    nearest earlier event within two sentences."""
    doc, v = story.doc, story.v
    pronouns = event_markers()["subject_pronouns"]
    by_id = {c.id: c for c in doc.claims}
    deeds = {v.token_range(e.trigger.start, e.trigger.end)[0]: e for e in story.events}
    last_with_actor: Event | None = None
    for ev in story.events:
        if not ev.actor:
            i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
            p = _pronoun_before(v, i, pronouns)
            if p is None:
                p = _pronoun_before_predicate(v, ev, i, pronouns)
            far = p is None and (p := _pronoun_before_prep(v, i, pronouns)) is not None
            if p is not None:
                claim = by_id.get(ev.claim) if ev.claim else None
                a = v.token_range(v.sents[ev.sentence].start, v.sents[ev.sentence].end)[0]
                if claim is not None and v.toks[p].start <= claim.content.start + 1 \
                        and claim.speaker.kind != "anonymous" \
                        and claim.speaker.end > claim.speaker.start and not (
                        far and claim.speaker.start < v.sents[ev.sentence].start):
                    # (a speaker carried from an earlier sentence is not read through the
                    # light verb's preposition: وقالت أيضا إنها ستبدأ في احتجاز)
                    sp = speaking_party(v, claim.speaker)
                    ev.actor = [Role(sp.start, sp.end, sp.entity, basis="speaker")]
                elif (found := _own_referent(v, p, a, deeds)) is not None:
                    ev.actor = copy_roles(found, "sentence")
                elif not far and last_with_actor is not None \
                        and ev.sentence - last_with_actor.sentence <= 2:
                    ev.actor = copy_roles(last_with_actor.actor, "context")
        if ev.actor:
            last_with_actor = ev


def _pronoun_before(v: View, i: int, pronouns: set[str]) -> int | None:
    """The token of the subject pronoun of a verb trigger at i (إلا أنه انتقد), or of the
    light verb right before a noun trigger at i (أنه أجرى لقاء), else None."""
    k = i - 2 if i > 1 and light_verb(v, i - 1, event_markers()) \
        else i - 1 if v.is_verb(i) else None  # (أنها ستواصل قصف: قصف is the noun there)
    return k if k is not None and k >= 0 and v.norms[k] in pronouns else None


NOT = normalize("غير")


def _pronoun_before_predicate(v: View, ev: Event, i: int, pronouns: set[str]) -> int | None:
    """The token of the pronoun on a complementizer whose predicate is the noun trigger at i
    (`predicate_triggers`: أكد أنه مستعد لحل سياسي، أنها على استعداد للحوار، إنها غير مستعدة
    للحوار; events35), else None."""
    words = tuple(t.norm for t in tokenize(v.text[ev.trigger.start:ev.trigger.end]))
    if words not in event_markers()["predicate_triggers"]:
        return None
    k = i - 1
    if k >= 0 and v.norms[k] == NOT:
        k -= 1
    return k if k >= 0 and v.norms[k] in pronouns else None


def _pronoun_before_prep(v: View, i: int, pronouns: set[str]) -> int | None:
    """The token of the subject pronoun of a light verb before the preposition it takes,
    right before the deed at i (إنها تمكنت من قتل، أنه نجح في صد، أنهم أقدموا على), else
    None (actors24)."""
    k = i - 3
    return k if k >= 0 and v.norms[i - 1] in LIGHT_PREPS \
        and light_verb(v, i - 2, event_markers()) and v.norms[k] in pronouns else None


def _own_referent(v: View, p: int, a: int, deeds: dict[int, Event]) -> list[Role] | None:
    """The party a pronoun glued to a complementizer (أنه، إنها، لأنهم) stands for, in its
    own sentence before it (ولم يحدد الأسد تلك الأولويات، إلا أنه انتقد: الأسد), by
    rasd.events.referents; a bare pronoun (هو، وهي) is left to the other rules."""
    n = v.norms[p]
    suffix = next((x for x in ("هم", "ها", "ه") if n.endswith(x)), None)
    if suffix is None or n in ("هو", "هي", "هم", "هما") or n.endswith("هما") or len(n) < 3:
        return None
    return referent_before(v, p, a, suffix, deeds)


IMPERSONAL_BACK = 12  # tokens from a deed back to the passive auxiliary of its clause
WITNESS_KINDS = {"ngo", "media", "international-organisation"}  # they report others' deeds
ARMED_KINDS = {"military", "armed-group"}
CASUALTY_REACH = 20  # tokens from announced casualties (مقتل 42 حوثيا …) to their deed


def announced_deed(story: Story) -> None:
    """أعلنت وزارة الدفاع أنه تم وضع متطرفين قيد الاعتقال، قالت البعثة: «تم قتل خمسة من
    مسلحي الشباب»، أعلنت الحكومة التركية عن اعتقال 320 شخصا: a deed told as an impersonal
    passive (تم، جرى + verbal noun), or a deed noun that is itself what is announced, in the
    claim of an institution is that institution's own deed (basis "speaker"). A person who
    reports it (a governor's deputy) need not be its agent, nor a monitor, an outlet or an
    international body (WITNESS_KINDS, witness_heads: المرصد السوري). Casualties announced
    (أعلنت المقاومة عن مقتل 42 حوثيا في مواجهات) make the announcer a side of the fight
    only when it is an armed party (a ministry of health counts the dead of others). The
    speaker must read as a body (`_announcer`: no claim read off a clause, no report), and an
    explosion it reports is not its deed (`_happening`: actors37)."""
    doc, v = story.doc, story.v
    by_id = {c.id: c for c in doc.claims}
    for ev in story.events:
        claim = by_id.get(ev.claim) if ev.claim else None
        if ev.actor and not _own_nationality(story, ev, claim) or ev.type not in MATERIAL \
                or claim is None or claim.speaker.end <= claim.speaker.start:
            continue
        if claim.speaker.kind == "institution" and not _witness(v, claim.speaker) \
                and _announcer(v, claim.speaker) and not _happening(v, ev):
            if ev.type == "ASSAULT" and _commentator(v, claim.speaker):
                continue  # قالت الرئاسة الفلسطينية إن الاقتحامات المتواصلة …
            if _impersonal(v, ev, claim.content.start) or _announced(v, ev, claim):
                sp = claim.speaker
                ev.actor = [Role(sp.start, sp.end, sp.entity, basis="speaker")]
        elif (force := _spokesman_of(v, claim.speaker)) is not None and (
                _impersonal(v, ev, claim.content.start) or _voweled_passive(v, ev)):
            ev.actor = [Role(force.start, force.end, force.entity, basis="speaker")]


def _own_nationality(story: Story, ev: Event, claim: Any) -> bool:
    """قال الجيش الأمريكي إن غارة جوية أمريكية قتلت …: the actor is a lone indefinite
    nationality adjective (nouns.nationality_after) of the speaker's own state, so the
    institution that announces the deed names its doer more closely (actors44)."""
    v = story.v
    if claim is None or len(ev.actor) != 1 or claim.speaker.entity is None:
        return False
    k = v.token_range(ev.actor[0].start, ev.actor[0].end)[0]
    if k not in v.memo.get("deed_nationals", ()):
        return False
    own = nominal_link(v, k)
    said = next((e.link for e in story.doc.entities if e.id == claim.speaker.entity), None)
    return own is not None and said is not None and own.country is not None \
        and said.country == own.country


def speaker_occasion(story: Story) -> None:
    """وقال اردوغان خلال زيارة إلى قبرص «…»، أكد الوزير في لقائه نظيره أن …: a deed noun
    after an occasion word (occasion_preps) between a claim's speaker and its content is
    the occasion the speaker spoke at: the speaker's own deed (basis "speaker"). An
    anonymous source, a monitor, an outlet or a statement does not visit or meet."""
    v = story.v
    M = event_markers()
    for ev in story.events:
        if ev.actor:
            continue
        i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        if i == 0 or v.bare(i - 1) not in M["occasion_preps"]:
            continue
        for c in story.doc.claims:
            sp = c.speaker
            if sp.kind == "anonymous" or sp.end <= sp.start \
                    or _witness(v, sp) and not _body_official(v, sp) \
                    or v.bare(v.token_range(sp.start, sp.end)[0]) in M["non_party_heads"]:
                continue  # (بيان صادر عن رئاسة الوزراء: a statement meets no one)
            start = max(sp.end, c.cue.end)
            if start <= v.toks[i - 1].start and ev.trigger.end <= c.content.start and \
                    not any(not v.word(k) and v.text[v.toks[k].start] in ".؛:!?؟"
                            for k in range(*v.token_range(start, v.toks[i - 1].start))):
                ev.actor = [Role(sp.start, sp.end, sp.entity, basis="speaker")]
                break


def _spokesman_of(v: View, speaker: Role) -> Role | None:
    """المتحدث باسم القوات الجوية ناصر الحاسي، الكولونيل توكور جوسو المتحدث باسم الجيش: the
    armed force a spokesman speaks for (a military or armed-group entity, or an unlinked
    phrase headed by a force noun after باسم); its passives are told by the force itself.
    A governor or an official who reports a deed speaks for no force and gives none."""
    i, j = v.token_range(speaker.start, speaker.end)
    for k in range(i, j - 1):
        if v.bare(k) != "باسم":
            continue
        e = min(v.np_forward(k + 1, len(v.toks)), j)
        if e <= k + 1:
            return None
        ent = v.ent_tok.get(k + 1)
        armed = ent is not None and ent.link is not None and ent.link.kind in ARMED_KINDS
        if armed or (ent is None or ent.link is None) and v.in_words(
                k + 1, event_markers()["agent_heads"]):
            if ent is not None:  # the force's name, not the spokesman's name after it
                e = k + 1
                e = v.skip_ent(e, ent, j)
            return v.role(k + 1, e)
        return None
    return None


def _voweled_passive(v: View, ev: Event) -> bool:
    """أُغرقت السفينة، اعتُقل: a past verb voweled as a passive (`clause.vowelled_passive`)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if not v.is_verb(i):
        return False
    raw = v.raw(i)
    raw = raw[1:] if raw[:1] in "وف" and len(raw) > 3 and raw[1:2] != "\u064f" else raw
    return raw[:1] not in "يتن" and vowelled_passive(raw)


def _impersonal(v: View, ev: Event, start: int) -> bool:
    """A passive auxiliary (تم، جرى) before the trigger in its clause, inside the claim."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    for k in range(i - 1, max(-1, i - IMPERSONAL_BACK), -1):
        if v.toks[k].start < start or v.text[v.toks[k].start] in ".؟?!":
            return False
        if (v.bare(k),) in v.W["passive_auxiliaries"]:
            return True
    return False


def _announced(v: View, ev: Event, claim) -> bool:
    """The deed noun opens the claim's content (أعلن الجيش تدمير …), or the content opens
    with casualties (مقتل، إصابة) told of this deed (… في مواجهات) and the speaker is an
    armed party."""
    c0, _ = v.token_range(claim.content.start, claim.content.end)
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    if i == c0:
        return not v.is_verb(i) or v.trigger_noun_at(i)
    return v.bare(c0) in event_markers()["consequences"] and 0 < i - c0 <= CASUALTY_REACH \
        and not any(v.trigger_noun_at(k) or v.is_verb(k) for k in range(c0 + 1, i)) \
        and _armed_speaker(v, claim.speaker)


def _armed_speaker(v: View, speaker: Role) -> bool:
    """The speaker opens with an armed party's name (a military or armed-group entity) or a
    party noun (`agent_heads`: الجيش، القوات، الفصائل)."""
    s, _ = v.token_range(speaker.start, speaker.end)
    ent = v.ent_tok.get(s)
    armed = ent is not None and ent.link is not None and ent.link.kind in ARMED_KINDS
    return armed or v.in_words(s, event_markers()["agent_heads"])


def _announcer(v: View, speaker: Role) -> bool:
    """The speaker is a body that may do what it announces: not a phrase ending in a
    preposition («الحزب عن»: the speaker read short of its cue's complement) and not a
    report (`report_heads`: التقرير)."""
    i, j = v.token_range(speaker.start, speaker.end)
    return (v.norms[j - 1],) not in PREPS and v.bare(i) not in announced_words()["report_heads"]


def _happening(v: View, ev: Event) -> bool:
    """An explosion (`happening_nouns`: انفجار) names what happened, not who did it: the body
    reporting it is not its doer (قالت وزارة الداخلية التركية إن انفجارا في بلدة سروج)."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    return j == i + 1 and v.in_words(i, announced_words()["happening_nouns"])


@once
def announced_words() -> dict[str, frozenset[str]]:
    """data/events/announced.json, normalized: `report_heads`, `happening_nouns`."""
    return word_lists("events", "announced.json")


def _commentator(v: View, speaker: Role) -> bool:
    """A foreign ministry or a presidency (`comment_heads`: الخارجية القطرية، وزارة
    الخارجية التركية، الرئاسة الفلسطينية): it speaks of attacks and raids, it does none."""
    i, j = v.token_range(speaker.start, speaker.end)
    heads = event_markers()["comment_heads"]
    first = v.bare(i)[2:] if v.bare(i).startswith("ال") else v.bare(i)
    second = v.bare(i + 1)[2:] if i + 1 < j and v.bare(i + 1).startswith("ال") else ""
    return first in heads or first == "وزاره" and second in heads


def _body_official(v: View, speaker: Role) -> bool:
    """الأمين العام لمجلس التعاون، الأمين العام للأمم المتحدة: an office of an international
    body, the speaker's phrase opening with the title, not the body's name: a person, who
    visits and meets, though the body itself only reports."""
    i, _ = v.token_range(speaker.start, speaker.end)
    if v.ent_tok.get(i) is not None:
        return False
    return any(e.link is not None and e.link.kind == "international-organisation"
               for e in v.doc.entities if e.id == speaker.entity)


def _witness(v: View, speaker: Role) -> bool:
    """The speaker, or the name it opens with, is a monitor, an outlet or an international
    body, or is headed by the noun of one (media_heads, witness_heads: المرصد ومقره
    بريطانيا)."""
    i, j = v.token_range(speaker.start, speaker.end)
    ent = v.ent_tok.get(i)
    links = [e.link for e in v.doc.entities if e.id == speaker.entity] + (
        [ent.link] if ent is not None else [])
    if j == i + 1 and not any(links) and (antecedent := _head_antecedent(v, i)) is not None:
        links.append(antecedent.link)
    n = v.bare(i)
    n = n[2:] if n.startswith("ال") else n
    M = event_markers()
    return any(x is not None and x.kind in WITNESS_KINDS for x in links) \
        or n in M["media_heads"] or n in M["witness_heads"] \
        or v.phrase_at(i, M["media_phrases"]) > 0


def _head_antecedent(v: View, i: int) -> Entity | None:
    """وأوضحت المنظمة after منظمة اليونيسيف: a lone definite head of `body_anaphor_heads` as
    speaker stands for the last body named before it with that head, one the knowledge base
    knows (actors28); None when there is none."""
    n = v.bare(i)
    if not n.startswith("ال") or n[2:] not in event_markers()["body_anaphor_heads"]:
        return None
    head, start = n[2:], v.toks[i].start
    found = None
    for e in v.doc.entities:
        if e.end <= start and e.link is not None \
                and v.bare(v.token_range(e.start, e.end)[0]) == head:
            found = e if found is None or e.start > found.start else found
    return found


def responsibility(story: Story) -> None:
    """The group that claimed responsibility (أعلنت حركة طالبان مسؤوليتها عن الهجوم، في هجمات
    تبنى بعضها تنظيم داعش; not one held responsible by another: `blame_verbs`, محملا تنظيم
    القاعدة المسؤولية) is the actor of the article's attacks that have none, except in
    a sentence after the first attack's that turns to another story (other_story) or one
    that names another organisation or armed party before the attack (rival_before: قوة
    أمنية تابعة لقوات البيشمركة)."""
    if not any(_unclaimed(ev) for ev in story.events):
        return  # (no attack to give a claimant: the document is not read for one)
    v = story.v
    M = event_markers()
    claimants: list[Role] = []
    adopt = M["adopt_verbs"]
    nouns = tuple(M["responsibility_nouns"])  # (str.startswith takes them all at once)
    for k in responsibility_words(v, adopt, nouns):
        n = v.bares[k]
        if n in adopt or v.norms[k] in adopt:  # تبنى (بعضها) X
            s = k + 1
            while s < len(v.toks) and v.bare(s) in M["non_party_words"] | {"بعضها", "بعضهم"}:
                s += 1
            e = v.np_forward(s, len(v.toks))
            if e > s and _party(v, s) and _claimed(v, k, s) \
                    and not v.in_words(skip_time(v, e, len(v.toks)), M["adopted_texts"]):
                claimants.append(v.role(s, e))  # (تبنى مجلس الأمن قرارا: a text adopted)
            continue
        n = n[2:] if n.startswith("ال") else n
        if not n.startswith(nouns):
            continue
        for j in range(k - 1, max(-1, k - 1 - CLAIM_REACH), -1):
            if not v.word(j) and not _quote_mark(v, j) or v.phrase_at(j, v.W["complementizers"]):
                break  # (أكد الوزير أن الحكومة تتحمل مسؤوليتها: another clause's subject)
            if v.bare(j) in M["blame_verbs"] or v.norms[j] in M["blame_verbs"]:
                break  # أعلن مصدر عسكري محملا تنظيم القاعدة المسؤولية: a blame, no claim
            if v.bare(j) in M["claim_verbs"] or v.norms[j] in M["claim_verbs"]:
                found = claim_subject(v, j, k)
                if found is not None and _claimed(v, j, found[0]):
                    claimants.append(v.role(*found))
                break
    names = {norm_piece(v.text[r.start:r.end]) for r in claimants}
    if len(names) != 1:
        return  # none, or rival claims
    who = claimants[0]
    first = min((e.sentence for e in story.events if e.type == "ASSAULT"), default=0)
    for ev in story.events:
        if _unclaimed(ev) and not (ev.sentence > first and other_story(v, ev.sentence)) \
                and not rival_before(story, ev, [who]) and not _another(v, ev, M):
            ev.actor = copy_roles([who], "context")


CLAIM_REACH = 12  # tokens from a responsibility noun back to its claim verb, past an adjunct


def claim_subject(v: View, j: int, k: int) -> tuple[int, int] | None:
    """The party that claims, by the claim verb at j, the responsibility noun at k: the
    noun phrase right after the verb (أعلن تنظيم داعش الإرهابي في بيان عبر الإنترنت
    مسؤوليته), else, when a preposition phrase follows the verb (its adjunct: في بيان على
    موقع إلكتروني), the party written before it as its subject (وكان تنظيم "داعش" أعلن في
    بيان … المسؤولية), only a party (`_party`)."""
    e = v.np_forward(j + 1, k)
    if e > j + 1:
        return j + 1, e
    if j + 1 >= k or (v.norms[j + 1],) not in PREPS:
        return None
    pos = v.toks[j].start
    sent = next((x for x in v.sents if x.start <= pos < x.end), None)
    a = v.token_range(sent.start, sent.end)[0] if sent is not None else 0
    subj = v.subject_before(j, a, SUBJECT_MAX, preps=False) if j > a else None
    return subj if subj is not None and _party(v, subj[0]) else None


def _quote_mark(v: View, j: int) -> bool:
    """A quotation mark around a name (تنظيم "داعش"، «داعش»): no end of the clause."""
    return v.toks[j].end - v.toks[j].start == 1 and v.text[v.toks[j].start] in "\"«»“”"


def _another(v: View, ev: Event, M: dict[str, Any]) -> bool:
    """The deed noun is told as another deed (`another_words` right after its trigger: وفي
    انفجار آخر منفصل): not the one claimed."""
    _, j = v.token_range(ev.trigger.start, ev.trigger.end)
    return j < len(v.toks) and v.word(j) and v.in_words(j, M["another_words"])


def _unclaimed(ev: Event) -> bool:
    """An attack told as done with no actor: what `responsibility` gives a claimant to."""
    return ev.type == "ASSAULT" and not ev.actor and ev.status in ("asserted", "historical")


def responsibility_words(v: View, adopt: set[str], nouns: tuple[str, ...]) -> list[int]:
    """The tokens `responsibility` reads: an adopt verb (its word or its bare form) or a word
    opening with a responsibility noun, with or without the article (a superset: the pass
    tests the noun again). The answer is the word's alone (its bare form is made from it), so
    it is kept by word across documents (`_responsible`): a document asks only its words not
    seen before, and most documents hold none of the words read (one set test, in C)."""
    answers, yes = _responsible(adopt, nouns)
    norms = v.norms
    new = set(norms).difference(answers)
    if new:
        heads = nouns + tuple("ال" + x for x in nouns)
        bare_of = dict(zip(norms, v.bares, strict=True))
        for n in new:
            b = bare_of[n]
            hit = b in adopt or n in adopt or b.startswith(heads)
            if hit:  # (before the answer: another thread that finds it answered reads `yes`)
                yes.add(n)
            answers[n] = hit
    if yes.isdisjoint(norms):
        return []
    return [k for k, n in enumerate(norms) if n in yes]


RESPONSIBLE_HELD = 200_000  # words whose answer `responsibility_words` keeps (then anew)
_RESPONSIBLE: list[tuple[set[str], tuple[str, ...], dict[str, bool], set[str]]] = []


def _responsible(adopt: set[str], nouns: tuple[str, ...]) -> tuple[dict[str, bool], set[str]]:
    """`responsibility_words`' kept answers by word and the words answered yes, for these
    adopt verbs and nouns (another list, or too many words kept: made anew)."""
    if not _RESPONSIBLE or _RESPONSIBLE[0][0] is not adopt or _RESPONSIBLE[0][1] != nouns \
            or len(_RESPONSIBLE[0][2]) > RESPONSIBLE_HELD:
        _RESPONSIBLE[:] = [(adopt, nouns, {}, set())]
    return _RESPONSIBLE[0][2], _RESPONSIBLE[0][3]


def _claimed(v: View, verb: int, s: int) -> bool:
    """The claim at the verb is made by someone: no negator before the verb (ولم تعلن أي جهة
    مسؤوليتها، لا تتبنى) and no indefinite determiner opening its subject (أي جهة)."""
    before = v.bare(verb - 1) if verb > 0 and v.word(verb - 1) else ""
    return (before,) not in NEGATORS and v.bare(s) not in event_markers()["generic_determiners"]


def _party(v: View, k: int) -> bool:
    ent = v.ent_tok.get(k)
    heads = event_markers()["agent_heads"]
    return (ent is not None and ent.type in ("PER", "ORG")) or v.in_words(k, heads)


def same_kind_actor(story: Story) -> None:
    """A definite deed noun with no actor (الهجوم، التفجيرات، الحصار) refers back to the
    last deed of its kind with an actor, within CARRY_SENTENCES sentences, unless it has a
    time of its own days away from that deed's (its time, else the day of publication):
    قصفت دبابات … وتأتي بعد ثلاثة أيام على الهجوم الذي وقع الاثنين is an earlier attack.
    A one-sided deed after a clash (clash_carry) refers back past it, to the last deed of
    its kind that is not a clash: قصفت طائرات تركية … غداة تبادل لإطلاق النار بين X وY،
    وأسفر القصف عن is the jets' bombing. A deed from the air (a mode of `air_modes`: الغارات،
    الطائرات) whose last deed of its kind was fought on the ground (`_ground_deed`: an
    advance, a clash, a storming) refers back past it, to the last deed from the air (by its
    mode or its doer, `_from_air`): the ground force of an advance (تتقدم وحدات حماية الشعب …
    ان الغارات تهدف) is not who flew the strikes. A deed of no known kind (مقتل، ضربت) still
    gives its actor."""
    v = story.v
    published = story.doc.meta.published
    last: dict[str, Event] = {}
    one_sided: dict[str, Event] = {}
    aerial: dict[str, Event] = {}
    air = event_markers()["air_modes"]
    for ev in story.events:
        prev = last.get(ev.type)
        if prev is not None and clash_carry(v, prev, ev):
            prev = one_sided.get(ev.type)
        if prev is not None and air & set(ev.mode) and not _from_air(v, prev, air) \
                and _ground_deed(v, prev):
            prev = aerial.get(ev.type)  # (not the ground advance before the strikes)
        if not ev.actor and prev is not None and ev.type in MATERIAL \
                and ev.sentence - prev.sentence <= CARRY_SENTENCES and _definite(v, ev) \
                and not _other_time(ev, prev.time.date if prev.time else published) \
                and not rival_before(story, ev, prev.actor):
            ev.actor = copy_roles(prev.actor, "context")
        if ev.actor and ev.type in MATERIAL:
            last[ev.type] = ev
            if not _clash(v, ev):
                one_sided[ev.type] = ev
            if _from_air(v, ev, air):
                aerial[ev.type] = ev


def _ground_deed(v: View, ev: Event) -> bool:
    """ev's trigger is a row of `ground_lemmas` (تقدم، اشتباكات، اقتحام، فتح النار): a deed
    fought on the ground, of another kind than a strike from the air."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    ground = event_markers()["ground_lemmas"]
    return any(m.payload.type == ev.type and m.payload.lemma in ground
               for m in v.candidates(trigger_matcher(), i))


def _from_air(v: View, ev: Event, air: frozenset[str]) -> bool:
    """ev is done from the air: a mode of `air_modes`, or an actor that names an aircraft
    (`air_doers`, article and clitics aside: طائرة حربية تابعة لقوات النظام استهدفت), though
    no mode word stands near its trigger."""
    if air & set(ev.mode):
        return True
    doers = event_markers()["air_doers"]
    for r in ev.actor:
        for k in range(*v.token_range(r.start, r.end)):
            if in_with_article(v.bare(k), doers):
                return True
    return False


def clash_carry(v: View, prev: Event, ev: Event) -> bool:
    """prev is a clash whose sides are all its actors (اشتباكات بين X وY: `nouns.between_list`)
    and ev is another deed than a fight: a one-sided deed after it (القصف، الغارات، الهجوم)
    is done by one side at most, which the clash does not say, so neither side is carried;
    the clash told again by its own noun or another fight noun (وأسفرت المواجهات عن، القتال
    مستمر: `fight_nouns`) is the same fight, with both sides."""
    return _clash(v, prev) and not _fight_again(v, prev, ev)


def _clash(v: View, ev: Event) -> bool:
    """An assault whose two or more actors open right after بين: its own sides, or those of
    the clash it tells again (the roles carried keep their place in the text)."""
    if ev.type != "ASSAULT" or len(ev.actor) < 2:
        return False
    i, _ = v.token_range(ev.actor[0].start, ev.actor[0].end)
    return i > 0 and v.norms[i - 1] == "بين"


def _fight_again(v: View, a: Event, b: Event) -> bool:
    """b's trigger opens with a's word, clitics and article aside (اشتباكات، الاشتباكات), or
    is a fight noun (`fight_nouns`: المواجهات، القتال)."""
    def stems(e: Event) -> set[str]:
        k, _ = v.token_range(e.trigger.start, e.trigger.end)
        return {st for st, _, _ in clitic_stems(v.bare(k)) if len(st) >= 3}
    mine = stems(b)
    return bool(mine & stems(a)) or bool(mine & event_markers()["fight_nouns"])


def rival_before(story: Story, ev: Event, carried: list[Role]) -> bool:
    """The deed's own sentence names, before the deed, an organisation or armed party other
    than the one carried to it, and not as the speaker of a claim nor an outlet (ولم يجد
    المتمردون ردا سوى القصف، أمطرت الفصائل البلدات بالقذائف، حزب العمال الذي استهدفته
    عشرات الغارات): that party is the deed's agent or target there, so the actor of an
    earlier deed of its kind is not carried. A people named by its collective noun
    (مسؤولون أمنيون عراقيون وأكراد، حي يغلب الشيعة) is such a party too, though no entity."""
    v = story.v
    s = v.sents[ev.sentence]
    a, _ = v.token_range(s.start, s.end)
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    spoken = {k for c in story.doc.claims if s.start <= c.speaker.start < s.end
              for k in range(*v.token_range(c.speaker.start, c.speaker.end))}
    known = {st for r in carried for k in range(*v.token_range(r.start, r.end))
             for st, _, _ in clitic_stems(v.bare(k)) if len(st) >= 3}
    heads = event_markers()["agent_heads"]
    for k in range(a, i):
        ent = v.ent_tok.get(k)
        if k in spoken or not v.word(k) or not (
                ent is not None and ent.type == "ORG" or ent is None and (
                    v.in_words(k, heads) or people_word(v.norms[k]))):
            continue  # (a person named before is as often the victim or a commander)
        if k > a and (counted(v, k - 1, k) or v.norms[k - 1].isdigit()):
            continue  # أصيب خمسة جنود في الاشتباكات: counted, they are the victims
        if ent is not None and _witness(v, v.role(*v.token_range(ent.start, ent.end))):
            continue  # قال … لوكالة الصحافة الفرنسية، لـ«عكاظ»: an outlet reports
        if not _names_known(v, k, max(a, k - 1), min(i, k + 3), known) \
                or k > a and v.bare(k - 1) in ("ضد", "بحق"):
            return True  # (هجمات ضد قوات النظام: the carried party is the target here)
    return False


def _names_known(v: View, k: int, lo: int, hi: int, known: set[str]) -> bool:
    """Token k or a word of its phrase (tokens lo..hi with no punctuation from k) shares a
    stem with the carried party (قوات من حزب الله، تنظيم الدولة for تنظيم داعش)."""
    def hit(t: int) -> bool:
        return any(st in known for st, _, _ in clitic_stems(v.bare(t)))
    for step in (1, -1):
        t = k
        while lo <= t < hi and v.word(t):
            if hit(t):
                return True
            t += step
    return False


def _definite(v: View, ev: Event) -> bool:
    """الهجوم، بالتفجير، اختطافهم: the article or a pronoun makes the noun point back; so
    does a definite deed noun that is the subject of the trigger verb (وكانت الغارة قد
    استهدفت، الغارات الجوية استهدفت: `_deed_subject`)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    return v.bare(i).startswith("ال") or v.norms[i].startswith(("بال", "لل", "وال")) \
        or ev.trigger.end < v.toks[i].end and v.text[v.toks[i].end - 1] in "هم" \
        or v.is_verb(i) and _deed_subject(v, i)


DEED_SUBJECT_GAP = 3  # words between a definite deed noun and the verb it is subject of


def _deed_subject(v: View, i: int) -> bool:
    """The verb at token i (no و/ف on it: another clause's) comes right after a definite deed
    noun (الغارة، الهجمات) with only its definite adjectives and قد between: its subject."""
    if v.norms[i][:1] in "وف" and v.bare(i) != v.norms[i]:
        return False
    k = i - 1
    while k >= 0 and i - k <= DEED_SUBJECT_GAP and v.word(k) and (
            v.norms[k] in ("قد", "لقد") or v.is_def(k) and _nisba(v.bare(k))
            and not v.trigger_noun_at(k)):
        k -= 1
    return k >= 0 and i - k <= DEED_SUBJECT_GAP and v.word(k) and v.bare(k).startswith("ال") \
        and v.trigger_noun_at(k) and k not in v.ent_tok


def fight_sides(story: Story) -> None:
    """The side after مع of a fight noun (`fight_nouns`: اشتباكات مع داعش، مواجهات مع قوات
    الاحتلال) fights too: an actor of the fight beside the side the passes found, not its
    target; so do all the sides after مع of a deed exchanged (`exchanged`: تبادلت X إطلاق
    النار مع Y وZ). Run after every actor pass, so that the side told before stays."""
    v = story.v
    fights = event_markers()["fight_nouns"]
    for ev in story.events:
        if ev.type != "ASSAULT" or not ev.recipient:
            continue
        t0, _ = v.token_range(ev.trigger.start, ev.trigger.end)
        x = exchanged(v, t0)
        if x >= 0:
            sides = [r for r in ev.recipient if (k := v.token_range(r.start, r.end)[0]) > t0
                     and any(v.norms[m] == "مع" for m in range(t0 + 1, k))]
            if sides and not ev.actor and x + 1 < t0:  # تبادلت | جماعة الحوثي | إطلاق
                ev.actor = [v.role(i, j) for i, j, *_ in
                            parties_only(v, v.split_coordination(x + 1, t0))]
        elif v.in_words(t0, fights):
            sides = [r for r in ev.recipient if (k := v.token_range(r.start, r.end)[0]) > t0
                     and v.norms[k - 1] == "مع" and k - t0 <= 6]
        else:
            continue
        if sides:
            ev.recipient = [r for r in ev.recipient if r not in sides]
            ev.actor = ev.actor + [r for r in sides if not any(
                a.start == r.start and a.end == r.end for a in ev.actor)]


EXCHANGE_REACH = 8  # tokens from a verb of exchanging, past its subject, to the deed noun


def exchanged(v: View, t0: int) -> int:
    """وتبادلت جماعة الحوثي وحلفاؤها إطلاق نيران المدفعية مع القوات الموالية، تبادل الجيش
    إطلاق النار مع مسلحين: a deed noun after a verb of exchanging (`exchange_words`) and its
    subject, in one clause, goes both ways. The verb's token, or -1."""
    words = event_markers()["exchange_words"]
    for k in range(t0 - 1, max(-1, t0 - 1 - EXCHANGE_REACH), -1):
        if not v.word(k) or k < t0 - 1 and v.is_verb(k) and v.bare(k) not in words:
            return -1
        if v.bare(k) in words:
            return k
    return -1


PASSES: tuple[Callable[[Story], None], ...] = (
    pronoun_place, resumptive_place, possessive_actor, doer_after, decree_actor,
    lam_recipient, joined_recipients,
    clause_actor, chain_subject, joined_light_actor, sequel_actor,
    sentence_chain, casualty_recipient, pronoun_subject, accused_doer, first_person_speaker,
    own_forces_speaker,
    adverbial_subject, hal_doer, carried_speaker, joined_words, chain_words, announced_deed,
    speaker_occasion,
    purpose_actor, journey_place, visit_place, joined_clause_actor, also_actor, joined_verb_actor,
    adjunct_actor, consequence_actor, relative_tail_actor, strike_subject_actor, what_done_actor,
    responsibility,
    same_kind_actor, coordinated_partner, opening_place,
    object_place, clause_place, office_place, held_place, where_place, there_place, land_place,
    joined_place, accompanied_place, arrival_visit, visit_talks, meeting_purpose,
    carried_place, sentence_place, speaker_place, clause_partner_place,
    partner_place, one_place, one_land, rally_place, previous_place,
    enclosing_place, compass_region, linked_units, reference_place, fight_sides,
    object_suffix_recipient)


def add_context(v: View, evs: list[Event]) -> None:
    """Run the passes over `evs` (sorted by trigger) of the document `v` views. Each role
    a pass sets is marked with its name (`Role.via`), the roles found before them with
    "clause": the benches measure the passes one by one (bench/places.py --by-pass)."""
    story = Story(v.doc, v, evs)
    _mark_via(evs, "clause")
    for step in PASSES:
        step(story)
        _mark_via(evs, step.__name__)


def _mark_via(evs: list[Event], name: str) -> None:
    """Mark every role of `evs` no pass has marked yet as set by `name`."""
    for ev in evs:  # (the three lists one by one: no tuple of them made per event and pass)
        for r in ev.actor:
            if not r.via:
                r.via = name
        for r in ev.recipient:
            if not r.via:
                r.via = name
        for r in ev.location:
            if not r.via:
                r.via = name
