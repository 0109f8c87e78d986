"""One event from its trigger, as named passes over its clause: the trigger's extent, the
actor and recipient of a verb (rasd.events.verbs) or a noun (rasd.events.nouns), a
recipient after a role preposition, no weapon as an agent, the places
(rasd.events.places), time, status and modes (rasd.events.status)."""

from __future__ import annotations

from collections.abc import Callable

from rasd.document import Event, EventTime, Role, Span
from rasd.events.addressees import (
    addressee_after_subject,
    asked_addressee,
    asked_party,
    governed_party,
    hal_object,
    judged_owner,
    own_preposition_object,
    title_apposition,
)
from rasd.events.agents import fire_doer, hand_doer
from rasd.events.counterparts import (
    asked_in_statement,
    asker_complied_with,
    blamed_party,
    guest_after_asides,
    met_party,
    sentenced,
    thanked_party,
)
from rasd.events.destroyed import destroyed_object
from rasd.events.frame import (
    SUBJECT_MAX,
    Frame,
    TokSpan,
    counted,
    genitive_kind,
    partitive_end,
    skip_time,
)
from rasd.events.genitives import titled_genitive
from rasd.events.nouns import _pronoun_on_light_verb, light_verb_after, noun_actor
from rasd.events.objects import (
    charged,
    condemned,
    joined_party,
    lam_end,
    lam_object,
    object_past_asides,
    owned_object,
    owned_target,
    past_complement,
    struck_subject,
)
from rasd.events.parties import (
    allies_of_kept,
    armed_party,
    dual_parties,
    parties_only,
    party_span,
)
from rasd.events.passives import died_subject, done_passive, plain_after
from rasd.events.places import (
    _same_place,
    bare_site,
    generic_place,
    is_place,
    left_places,
    listed_places,
    locations,
    named_first,
    place_names,
    place_word,
    reference_points,
    region_compass,
    resolve_places,
    seat_province,
    unknown_members,
)
from rasd.events.raided import clearing, raided_home
from rasd.events.reached import reached_object
from rasd.events.referents import pronoun_on
from rasd.events.relatives import relative_object
from rasd.events.seized import place_holder, taken_place
from rasd.events.sites import struck_site
from rasd.events.statements import statement_adjective
from rasd.events.status import add_modes, later_status, status_of
from rasd.events.targets import bound_for, cut_supplies, held_from, owners, sought
from rasd.events.verbs import subject_past_relative_clause, verb_roles
from rasd.events.victims import counted_before, counted_object, joined_counts
from rasd.events.warnings import no_warned_place, participle_object, warner_named
from rasd.lexicons import Trigger, event_markers, trigger_matcher, victim_words
from rasd.roles import PREPS, RELATIVES, View, _nisba, norm_piece
from rasd.text.matcher import Match
from rasd.text.normalize import normalize_with_map
from rasd.text.segment import clitic_stems, in_with_conjunction

NEEDS_REACH = 4  # words from a trigger to the word it needs (أطلق الجنود | النار)


def trigger_extent(f: Frame) -> None:
    """التوصل خلال ساعات لاتفاق: a trigger that needs a word near it spans both."""
    v, trig = f.v, f.trig
    end = f.group[-1].end
    if trig.needs and len(f.group) == 1:
        k, words = f.t1, 0
        while k < f.b and words < NEEDS_REACH:
            if any(st in trig.needs and len(st) >= 4 for st, _, _ in clitic_stems(v.norms[k])):
                end = v.toks[k].end
                break
            if not v.word(k) and v.text[v.toks[k].start] not in "()«»\"“”":
                break  # (أطلق مسلحو (داعش) النار: past a bracketed name)
            words += v.word(k)
            k += 1
    f.event.trigger = Span(f.m.start, end)


def parties(f: Frame) -> None:
    """Actor and recipient: a verb's subject and object (rasd.events.verbs); a noun's agent
    (rasd.events.nouns), and the phrase right after it: the agent of an event noun
    (ضربات التحالف العربي، قصف قوات النظام لمواقع المعارضة: ل the target), what is done
    to for a verbal noun (استهداف دورية عسكرية، اعتقال قاري ذبيح الله), else a name."""
    if f.trig.verb:
        _verb_parties(f)
        return
    e = _genitive_span(f)
    if e is not None:
        _genitive_parties(f, e)


def _verb_parties(f: Frame) -> None:
    """A verb trigger's subject and object (rasd.events.verbs), with two corrections."""
    verb_roles(f)
    if deed_noun_read_as_verb(f):  # (the verb reading took شنته … for its subject)
        f.actor = light_verb_after(f) or []
    elif f.recipient and f.recipient[0][0] == f.t1 and armed_party(f.v, f.t1, f.b):
        f.actor, f.recipient = f.recipient[:1], f.recipient[1:]  # انطلق قصف المدفعية
        # التركية: a weapon arm with its owner right after the trigger is never what it
        # strikes; the trigger is the deed noun and the arm its genitive agent


def _genitive_span(f: Frame) -> int | None:
    """A noun trigger's agent (rasd.events.nouns) set on the frame, and the end of the
    phrase right after the trigger that the genitive passes read (it starts at f.t1); None
    when there is no such phrase, or it is an adjective, a place or a site with no target."""
    v, b, k = f.v, f.b, f.t1
    f.actor = noun_actor(f)
    if not f.actor and quoted_doer(f):
        return None
    if k >= b or any(x[0] == k for x in f.actor) or not v.word(k) or v.stop(k) \
            or v.prefixed(k) or v.is_time(k) or f.group[-1].end < v.toks[k - 1].end:
        return None  # (اختطافهم: a pronoun on the noun is its genitive already)
    lam = norm_piece(v.text[f.m.start:f.m.end])[:1] == "ل"  # للقاء: ل + لقاء, no article
    if v.is_def(f.t0) or v.norms[f.t0][:2] in ("لل", "بال") and not lam or _adjective(v, k):
        return None  # الحصار المطبق، قتل جماعي: an adjective; a genitive follows a bare noun
    e = v.np_coordinated(k, b)
    e = next((t for t in range(k + 1, e) if v.norms[t][:1] == "ل" and not v.is_def(t)
              and v.is_def(t - 1)), e)  # توقيف السلطات التشيكية | لعلي فياض
    e = _owner_after(v, k, e, b)
    if e == k or is_place(v, k, e) or generic_place(v, k) and no_target(f, (k, e)):
        return None
    return e


def _genitive_parties(f: Frame, e: int) -> None:
    """The phrase [f.t1, e) after a noun trigger: the agent of an event noun (ضربات التحالف
    العربي، قصف قوات النظام لمواقع المعارضة: ل the target), what is done to for a verbal
    noun (استهداف دورية عسكرية), else a name; by the genitive's kind (genitive_kind)."""
    v, b, k = f.v, f.b, f.t1
    if generic_place(v, k):
        f.recipient = [(k, e)]  # قصف مواقع الحزب: a qualified site is the target (no_target)
        return
    lead = norm_piece(v.text[v.toks[f.t0].start:f.m.start])
    purpose = lead in ("ل", "ول")
    governed = lead[-1:] in ("ل", "ب")  # للقاء قيادات، بلقاء وفد: the genitive is who is met
    if purpose and f.trig.type == "CONSULT" and not f.actor and any(
            v.ent_tok[t].type == "PER" for t in range(k, e) if t in v.ent_tok):
        f.recipient = [(k, e)]  # وصل لافروف إلى الدوحة للقاء أمير دولة قطر الشيخ تميم:
        return  # one goes to meet the genitive (the traveller acts: context.purpose_actor)
    kind = genitive_kind(f)
    armed = armed_party(v, k, e)
    party = _party_like(v, k) or armed
    if kind == "agentive" and not party and _people_plural(v, k):
        party = True  # اعتداءات المستوطنين، مظاهرات المواطنين: the genitive of a noun
        # whose genitive is its agent, a plural of people, is who does it
    construct = False  # a title in construct: the definite word after it is its genitive
    if kind == "agentive" and not party and not f.actor and not governed \
            and (titled := titled_genitive(v, k, e, b)) is not None:
        party, e = True, titled  # ترحيب وزيرة المهجرين اللبنانية، فرار قيادات داعش، هروب المئات من
        # مليشيات الحوثي: a title or a share of a party is who does it (actors43)
        construct = not v.is_def(k)  # (زيارة رئيس | اللجنة: no adjective of the visit)
    if f.actor and not party and v.norms[f.t0][:1] == "ب" and (
            counted(v, k, k + 1) or _site_word(v, k, event_markers())):
        f.recipient = v.split_coordination(k, e)  # قاموا بتفجير | 6 سيارات: the agent is
        return  # said (قام ب), the counted things or the site after it are the target
    if kind == "agentive" and party and not f.actor:
        e = e if construct else _own_adjectives_end(v, f, k, e)
        f.actor = v.split_coordination(k, e)
        if e < b and v.norms[e][:1] == "ل" and len(v.norms[e]) > 3:
            r = lam_end(v, e, b)  # قصف قوات النظام | لمواقع المعارضة
            f.recipient = [(e, r)] if r > e and not no_target(f, (e, r)) else []
    elif (kind == "objective" or kind is None and f.trig.type not in SENT_TYPES
          and not _accusative(v, f.t0)) and party and not f.actor and e < b \
            and v.norms[e][:1] == "ل" and len(v.norms[e]) > 2 and not v.in_time(e) \
            and not _purpose_at(v, e):
        f.actor = [(k, e)]  # توقيف السلطات التشيكية لعلي فياض: the agent, ل the target;
        # any verbal noun (استعادة النظام السوري لمدينة القصير، مهاجمة «النصرة» لـ«الفرقة
        # 30»): a genitive party with the object after ل is the doer (actors25)
        r = v.np_forward(e + 1, b, prefixed_ok=True) if v.norms[e] in ("ل", "لـ") \
            else lam_end(v, e, b)
        f.recipient = [(e, r, 1)] if r > e else []
    elif (kind == "objective" or kind is None and f.trig.type not in SENT_TYPES
          and not _accusative(v, f.t0) and e < b and _accusative(v, e)) \
            and party and not f.actor and _object_after(v, e, b):  # صد المقاومة هجومًا
        f.actor = [(k, e)]  # استهداف قوات الأسد | قرية المكرمية: the agent, then the object
        f.recipient = [(e, v.np_forward(e, b))]
    elif kind == "objective" and not _adjective(v, k):
        site = not v.is_def(k) and _site_word(v, k, event_markers()) and k + 1 < e \
            and v.is_def(k + 1)  # تدمير مبنى الإذاعة والتلفزيون: the conjunct joins the
        f.recipient = [(k, e)] if site else v.split_coordination(k, e)  # site's genitive
    elif kind == "agentive" and party and f.actor and not armed:  # (a weapon arm is no
        # target: انطلق قصف المدفعية التركية) إقدام القوات على استهداف | مقاتلي
        f.recipient = v.split_coordination(k, e)  # المعارضة: the agent said, the genitive
        # is what is done to
    elif kind is None and k in v.ent_tok and v.ent_tok.get(k - 1) is not v.ent_tok[k] \
            and v.ent_tok[k].type in ("PER", "ORG"):
        f.recipient = [(k, v.np_forward(k, b))]


SENT_TYPES = {"MOBILIZE", "AID", "RETREAT"}  # إرسال المقاتلين للجبهة: ل the destination


QUOTE_MARKS = "«»\"“”"


def quoted_doer(f: Frame) -> bool:
    """مهاجمة «النصرة» لـ«الفرقة 30»، هجوم «النصرة» على الفرقة 30: a party's name in quotes
    right after a bare deed noun is its genitive as a bare one is: the doer of a noun whose
    genitive is its agent (a side of a fight: قتال «داعش», as the gold codes every side), and
    of any other (not of sending or aid) when the object follows it after ل or in the
    accusative. Not after a noun with a pronoun (قتالهم «داعش»: the pronoun is its genitive).
    Sets the actor (and the ل object) and says so (actors25)."""
    v, b, k = f.v, f.b, f.t1
    if k + 2 >= b or v.word(k) or v.text[v.toks[k].start] not in QUOTE_MARKS \
            or v.is_def(f.t0) or f.trig.type in SENT_TYPES or _accusative(v, f.t0) \
            or pronoun_on(v, f.t0, f.m.end) is not None:
        return False  # (قتالهم «داعش»، استهدافه «داعش»: the pronoun is the noun's genitive)
    ent = v.ent_tok.get(k + 1)
    if ent is None or ent.type not in ("ORG", "PER"):
        return False
    e = k + 1
    e = v.skip_ent(e, ent, b)
    if e >= b or v.word(e) or v.text[v.toks[e].start] not in QUOTE_MARKS:
        return False
    kind, o = genitive_kind(f), e + 1
    while o < b and (v.is_time(o) or v.norms[o] in ("في",) and o + 1 < b and (
            v.ent_tok.get(o + 1) is not None and v.ent_tok[o + 1].type == "LOC")):
        o += max(1, v.is_time(o)) if v.is_time(o) else 2  # (تفجير "جيش الفتح" في درعا …)
    lam = o < b and v.norms[o][:1] == "ل" and not _purpose_at(v, o) and not v.in_time(o)
    if kind != "agentive" and not lam and not (o < b and _accusative(v, o)):
        return False
    f.actor = [(k + 1, e)]
    if lam and not f.recipient:
        r = v.np_forward(o + (v.norms[o] in ("ل", "لـ")), b, prefixed_ok=True)
        f.recipient = [(o, r, 1)] if r > o else []
    return True


def _accusative(v: View, t: int) -> bool:
    """A word with the alif or mark of tanween (داعياً، مطالبا) heads no genitive: a noun in
    construct takes no tanween, so the phrase after it is its object (a participle's)."""
    word = v.raw(t)
    return "\u064b" in word or v.bare(t).endswith("ا") and not v.is_def(t)


def _purpose_at(v: View, e: int) -> bool:
    """ل + a verbal noun is a purpose, not the object (إرسال المقاتلين لمساندة قوات النظام:
    the fighters are sent): a trigger word, or a light noun of doing (`purpose_heads`)."""
    if v.is_def(e) or e in v.ent_tok:
        return False  # (للعاصمة، لـ«الفرقة 30»: a thing or a party)
    return bool(v.candidates(trigger_matcher(), e)) \
        or v.norms[e][1:] in event_markers()["purpose_heads"]


def deed_noun_read_as_verb(f: Frame) -> bool:
    """A trigger read as a verb (قصف، قصفا: a verb form too) right before (past one
    adjective) a light verb with an object pronoun (قصفا عنيفا شنته طائرات التحالف، قصف
    نفذته): the pronoun points back at it, so it is the deed noun, and the light verb's
    subject its actor (actors19)."""
    v = f.v
    k = f.t1 + (f.t1 + 1 < f.b and (_adjective(v, f.t1) or _accusative_pair(v, f.t0, f.t1)))
    return k < f.b and _pronoun_on_light_verb(v, k, event_markers())  # قصفا عنيفا | شنته


def _accusative_pair(v: View, t: int, k: int) -> bool:
    """قصفا عنيفا، قصفاً مكثفاً: an indefinite word in the accusative (its alif of tanween)
    right after an accusative deed noun agrees with it: its adjective (actors21)."""
    def acc(i: int) -> bool:
        word = v.raw(i)
        return word.endswith(("ا", "اً", "ًا")) and len(v.bare(i)) > 3

    return acc(t) and acc(k) and k not in v.ent_tok and not v.is_def(k) and not v.is_verb(k)


def pronoun_object(f: Frame) -> None:
    """خلال لقائه المستشار الأعلى للزعيم الإيراني، استقباله وزير الخارجية: an agentive deed
    noun with a possessive pronoun (its agent: rasd.events.context.possessive_actor) governs
    the phrase after it as its object: a person's or organisation's name, or a noun of
    ruling or armed parties, is the recipient."""
    v, k = f.v, skip_time(f.v, f.t1, f.b)  # لقائه اليوم مبعوث الأمين العام
    if f.t0 - 2 >= f.a and (v.is_verb(f.t0 - 2) or v.bare(f.t0 - 2) in event_markers()[
            "participation_verbs"]) and (v.norms[f.t0 - 1],) in PREPS:
        return  # شاركت في معاركها | قوات حليفة: the verb's subject follows
    if f.trig.verb or f.recipient or len(f.group) != 1 or k >= f.b \
            or f.m.end >= v.toks[f.t0].end or pronoun_on(v, f.t0, f.m.end) is None \
            or genitive_kind(f) != "agentive" or v.stop(k) or v.prefixed(k):
        return
    ent = v.ent_tok.get(k)
    if ent is not None and ent.type not in ("PER", "ORG") or ent is None and not (
            v.is_def(k) and v.in_words(k, event_markers()["agent_heads"]
                                       | event_markers()["referent_heads"])
            or _title(v, k)):  # (مبعوث الأمين العام: a title in construct)
        return
    e = v.np_forward(k, f.b)
    if e > k:
        f.recipient = v.split_coordination(k, e)


def _title(v: View, k: int) -> bool:
    """A definite title or head of an institution (السفير، المستشار، الوزير، وفد)."""
    n = v.bare(k)
    forms = {(n,), (n[2:],)}
    return bool(forms & (v.W["person_heads"] | v.W["institution_heads"]))


def _owner_after(v: View, k: int, e: int, b: int) -> int:
    """استهداف مواقع | للمسلحين، تطهير عدة معسكرات | للمتشددين: a generic site noun takes the
    ل phrase of its owner after it, a party (what makes it a target: bare_site)."""
    if k >= b:  # the sentence ends at the preposition (… في إشارة إلى)
        return e
    site = generic_place(v, k) or e - k == 2 and v.bare(k) in event_markers()["head_skip"] \
        and generic_place(v, k + 1)
    if not site or e >= b or not v.word(e) or v.norms[e][:1] != "ل" or len(v.norms[e]) <= 3:
        return e
    f = v.np_forward(e, b, prefixed_ok=True)
    heads = event_markers()["agent_heads"]
    ent = v.ent_tok.get(e)
    owner = ent is not None and ent.type in ("PER", "ORG") or any(
        st in heads for st, _, _ in clitic_stems(v.norms[e]))
    return f if f > e and owner else e


def site_owner(f: Frame) -> None:
    """استهدفت مواقع | للتنظيم، قصفت مقرات | لداعش: a verb's object that is a generic site
    takes the ل phrase of its owner after it, as a noun's does (_owner_after)."""
    if not f.trig.verb or f.trig.type != "ASSAULT":
        return
    v = f.v

    def owned(x: TokSpan) -> TokSpan:
        return (x[0], _owner_after(v, x[0], x[1], f.b), *x[2:]) if x[0] >= f.t1 else x
    f.recipient = [owned(r) for r in f.recipient]
    f.actor = [owned(x) if generic_place(v, x[0]) else x for x in f.actor]  # واستهدفت
    # مواقع للتنظيم: read as the subject, the site goes to the recipient (places)


def _object_after(v: View, e: int, b: int) -> bool:
    """An indefinite noun right after a definite or named genitive starts a new phrase: the
    verbal noun's object (not an adjective, a time, a preposition or a clause). ب + what
    names no party there is how it was done: the object is the phrase after it, if any
    (استهداف الطيران | ببرميلين متفجرين | بلدة كفر داعل، استهداف النظام | بشكل مروع |
    المدنيين; not مهاجمة الجيش | بقنابل حارقة | قرب رام الله: the army attacked; recip8)."""
    if not (e < b and (v.is_def(e - 1) or e - 1 in v.ent_tok) and _object_at(v, e, b)):
        return False
    if v.norms[e][:1] == "ب" and party_span(v, (e, v.np_forward(e, b))) is None:
        x = v.np_forward(e, b)
        return x < b and v.word(x) and not v.stop(x) and not v.prefixed(x) \
            and not v.is_time(x) and not v.is_verb(x) and v.np_forward(x, b) > x
    return True


def _object_at(v: View, e: int, b: int) -> bool:
    """An indefinite noun phrase, no adjective, time or clause, starts at token e."""
    return v.word(e) and not v.stop(e) and not v.prefixed(e) and not v.is_time(e) \
        and not v.is_def(e) and not v.is_verb(e) \
        and (not _nisba(v.bare(e)) or generic_place(v, e) or place_word(v, e)) \
        and v.np_forward(e, b) > e


def _own_adjectives_end(v: View, f: Frame, k: int, e: int) -> int:
    """ضربات التحالف | الجوية: a feminine adjective after a masculine genitive agrees with
    the event noun, not the agent."""
    head = v.text[v.clitic_start(k):v.toks[k].end]
    noun = v.text[f.m.start:f.group[-1].end]
    if head.endswith("ة") or head.endswith("ات") or not noun.endswith(("ات", "ة")):
        return e
    while e - 1 > k and v.is_def(e - 1) and e - 1 not in v.ent_tok \
            and v.raw(e - 1).endswith("ة"):
        e -= 1
    return e


def _people_plural(v: View, k: int) -> bool:
    """A definite sound masculine plural of people, no name (المستوطنين، المواطنين; not
    `not_people_plurals`: السنين، الملايين)."""
    n = v.bare(k)
    plain = n[2:] if n.startswith("ال") else n
    return k not in v.ent_tok and v.is_def(k) and plain.endswith(("ين", "ون")) \
        and len(plain) >= 5 and n not in event_markers()["not_people_plurals"] \
        and plain not in event_markers()["not_people_plurals"]


def _party_like(v: View, k: int) -> bool:
    """A name of a person or organisation, or a head noun of armed or ruling parties."""
    ent = v.ent_tok.get(k)
    if ent is not None:
        return ent.type in ("PER", "ORG")
    heads = event_markers()["agent_heads"]
    return v.in_words(k, heads)


def _adjective(v: View, k: int) -> bool:
    """An indefinite relational adjective right after a noun (قتل جماعي، اعتقال تعسفي), not
    the first word of a name (اعتقال قاري ذبيح الله) nor a plural of people in construct
    (استهداف مقاتلي المعارضة)."""
    n = v.bare(k)
    name_goes_on = k + 1 < len(v.toks) and v.word(k + 1) and not v.stop(k + 1) \
        and not v.is_def(k + 1) and not v.prefixed(k + 1)
    heads = event_markers()["party_heads"]
    construct = n + "ن" in heads or n[:-1] + "ين" in heads  # مقاتلي | المعارضة: مقاتلين
    return k not in v.ent_tok and not v.is_def(k) and n.endswith(("ي", "يا")) and len(n) > 3 \
        and not name_goes_on and not construct and not v.raw(k).endswith("ى")  # (مبنى،
    # مستشفى: an alif maqsura ends a noun, never the ي of a relational adjective)


def with_party(v: View, k: int, type_: str) -> bool:
    """The role at token k follows مع in an event of dealings whose only role preposition
    is مع (talks, accords, cooperation: `role_preps`): the party dealt with (مفاوضات مع
    كابل), not a place. Not a fight (اشتباكات مع) nor مع of an adjective (المتحالفة مع إيران
    after تقدمت): a deed whose preposition may be another reads مع otherwise."""
    return k > 0 and v.norms[k - 1] == "مع" \
        and event_markers()["recipient_preps"].get(type_) == {"مع"}


def prep_recipient(f: Frame) -> None:
    """A role preposition after the trigger (ضد، بحق، مع for CONSULT …); a place that names
    no one (قصف لمواقع، غارات على مناطق عدة) is no target actor."""
    if f.recipient:
        return
    v = f.v
    start = max([f.t1] + [x[1] for x in f.actor if x[0] >= f.t1])
    found = prep_role(v, f.trig.type, start, f.b)
    if "seize" in f.trig.modes:
        found = [r for r in found if not seized_place(v, r)]
    f.recipient = [x for r in found if is_place(v, *r) or not no_target(f, r)
                   for x in v.split_coordination(*r)]


def seized_place(v: View, r: TokSpan) -> bool:
    """سيطرت على العاصمة صنعاء، سيطروا على ست مناطق في محافظة إب: what is seized after the
    preposition of a seizure is a place (a named one, a place noun, or counted place nouns),
    the event's place and not the party it was taken from (سيطر على اللواء 15: a unit
    stays)."""
    i, j = r[0], r[1]
    k = i + 1 if i + 1 < j and counted(v, i, i + 1) else i
    return is_place(v, i, j) or place_word(v, k) or generic_place(v, k)


def released(f: Frame) -> None:
    """أطلقت المقاومة سراح 70 قاصرا، إطلاق سراح المخطوفين، تم الإفراج عن والده: who is
    released is the recipient of a release (a RETREAT trigger with the mode release), the
    phrase right after the trigger's last word or the preposition after it (release_before);
    none after a pronoun (أطلق سراحها، أفرج عنه: named before). The whole phrase replaces
    what the noun's genitive gave (إطلاق سراح 30 | من أفراد الفصائل: a count and its من)."""
    if "release" not in f.trig.modes:
        return
    v, b = f.v, f.b
    k = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[1]
    words = event_markers()["release_before"]
    if not (k > f.a and v.norms[k - 1] in words):  # (أطلق سراح |)
        j, agent = skip_time(v, k, b), None
        if j < b and v.word(j) and v.norms[j] not in words:
            e = v.np_forward(j, b)  # أفرجت السلطات العراقية أمس | عن، إفراج سلطات بغداد | عن:
            agent, j = (j, e), skip_time(v, e, b)  # the agent before عن
            if e == agent[0]:
                return
        if j >= b or v.norms[j] not in words:
            return  # (أطلق سراحها، أفرج عنه: the pronoun is who is released)
        k = j + 1
        if agent is not None and not any(x[0] == agent[0] for x in f.actor):
            f.actor = [agent] if not f.trig.verb else f.actor
    s = skip_time(v, k, b)
    e = v.np_coordinated(s, b) if s < b and v.word(s) else s
    if e == s:
        return
    if counted(v, s, e) or v.norms[s].isdigit() or v.bare(s) in event_markers()["head_skip"]:
        e = partitive_end(v, e, b)  # 30 | من أفراد الفصائل الجنوبية
    f.recipient = v.split_coordination(s, e)


TAKEN_FROM_REACH = 12  # tokens from a seizing trigger to the من of the party it is taken from


def taken_from(f: Frame) -> None:
    """تحرير محافظة ديالى من تواجد تنظيم داعش، بعد تحريره من مليشيات الحوثيين، استعادة
    القاعدة من أيدي المتمردين: a place taken (a COERCE trigger with the mode seize) is taken
    from the party named after من (past a noun of holding: control_nouns); that party is
    the recipient. Not a partitive من (أكثر من 50% من أحياء الرمادي) nor an agent phrase
    (من قبل المقاومة); only the first other من after the trigger is read, and the search
    stops at punctuation, a verb, another deed or a من after a word with ب/ل (بدعم من)."""
    v, b, M = f.v, f.b, event_markers()
    if not (f.trig.type == "COERCE" and "seize" in f.trig.modes or clearing(f)) \
            or any(not is_place(v, r[0], r[1]) for r in f.recipient):
        return  # (the place taken, read as the genitive, goes to the location: places)
    start = v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[1]
    k, end = start, min(b - 1, start + TAKEN_FROM_REACH)
    while k < end:
        if not v.word(k):  # تطهير محافظة البيضاء (وسط البلاد)، | من مسلحي الحوثي: an aside
            k = _aside_end(v, k, end)  # in brackets, a comma right before من (recip1)
            if k < 0:
                return
            continue
        if k > start and (v.is_verb(k) or v.trigger_noun_at(k)):
            return
        if v.norms[k] == "من" and k > start and v.norms[k - 1][:1] in "بل" \
                and k - 1 not in v.ent_tok and not place_word(v, k - 1):
            return  # (سيطروا عليها بدعم من طائرات التحالف: support, not a holder)
        if v.norms[k] != "من" or k > start and (
                counted(v, k - 1, k) or v.bare(k - 1) in M["head_skip"]):
            k += 1
            continue  # (أكثر من 50% من أحياء الرمادي: a partitive)
        if v.phrase_at(k, M["agent_phrases"]):
            return
        s = k + 1 + (v.bare(k + 1) in M["control_nouns"] or v.in_words(k + 1, M[
            "control_nouns"]))
        if s < b and v.word(s) and _party_like(v, s):
            e = v.np_coordinated(s, b)
            f.recipient += v.split_coordination(s, e) if e > s else []
        return  # the first من after the place (not من غير مواكبة من الميليشيات)


def _aside_end(v: View, k: int, end: int) -> int:
    """Past the mark at token k on the way to من: a bracketed aside closed before `end`
    ((وسط البلاد)), or a comma right before من; -1 for any other mark (the clause ends)."""
    mark = v.text[v.toks[k].start]
    if mark == "(":
        return next((t + 1 for t in range(k + 1, end)
                     if not v.word(t) and v.text[v.toks[t].start] == ")"), -1)
    if mark in "،," and k + 1 < end and v.norms[k + 1] == "من":
        return k + 1
    return -1


def no_target(f: Frame, span: TokSpan) -> bool:
    """A generic place noun is a target only of an attack, and only when what is left of its
    phrase once cut like a party (rasd.events.parties) still says whose or what it is
    (غارات على مواقع لحزب العمال، قصف على أحياء سكنية; not على مناطق | تسيطر عليها)."""
    return generic_place(f.v, span[0]) and (f.trig.type != "ASSAULT" or bare_target(f, span))


def bare_target(f: Frame, span: TokSpan) -> bool:
    """A generic place noun whose phrase, cut like a party's, is bare (مناطق | تسيطر عليها)."""
    if not generic_place(f.v, span[0]):
        return False
    cut = party_span(f.v, span)
    return cut is None or bare_site(f.v, cut[0], cut[1])


def vague_site(v: View, span: TokSpan) -> bool:
    """استهدفت مناطق مختلفة، قصفت مواقع عدة: a generic place with only a vague qualifier
    names no target, whatever governs it."""
    i, j = span[0], span[1]
    return generic_place(v, i) and j - i == 2 and v.bare(i + 1) in event_markers()[
        "vague_qualifiers"]


UNDERGO_REACH = 12  # tokens from the event noun back to its undergo verb (a subject and its
# asides: تعرض مركز المسيال بقطاع ظهران الجنوب في منطقة عسير، لقذائف)


def _asides_to(v: View, e: int, t0: int) -> bool:
    """Only asides between a subject ending at e and the event noun at t0: a place after
    في or ب (بقطاع ظهران الجنوب، في منطقة عسير), a time, a comma."""
    for _ in range(4):
        j = skip_time(v, e, t0)
        if j < t0 and (v.norms[j] == "في" or v.norms[j][:1] == "ب" and len(v.norms[j]) > 2):
            s = j + 1 if v.norms[j] == "في" else j
            end = v.np_forward(s, t0, prefixed_ok=True)
            if end > s and (is_place(v, s, end) or place_word(v, s) or any(
                    t in v.ent_tok and v.ent_tok[t].type == "LOC" for t in range(s, end))):
                j = end
        if j < t0 and v.comma(j):
            j += 1
        if j == e:
            break
        e = j
    return e == t0


def undergoer(f: Frame) -> None:
    """تعرضت مدينة اللاذقية للقصف، المستشفى تعرض لغارات: the subject of an undergo verb right
    before the event noun (with its ل) is what the event is done to (a place among them is
    its place, by the places pass); a party after من is its agent (لهجوم من مسلحي الحركة)."""
    v, t0, a = f.v, f.t0, f.a
    if f.recipient or f.trig.verb or v.norms[t0][:1] != "ل" or t0 - 1 < a:
        return
    verbs = event_markers()["undergo_verbs"]
    k = t0 - 1  # the verb, or the end of its subject after it (تعرض مستشفى المدينة لغارات)
    while k >= a and (v.word(k) or v.comma(k)) \
            and not (v.bare(k) in verbs or v.norms[k] in verbs) and t0 - k <= UNDERGO_REACH:
        k -= 1
    if k < a or not v.word(k) or not (v.bare(k) in verbs or v.norms[k] in verbs):
        return
    if k + 1 < t0:
        e = v.np_forward(k + 1, t0)
        if e == t0 or e > k + 1 and not generic_place(v, k + 1) and _asides_to(v, e, t0):
            f.recipient = [(k + 1, e)]  # تعرض مركز المسيال | بقطاع ظهران الجنوب في منطقة
            # عسير، | لقذائف: the subject, past the place and comma that stand after it (not
            # a bare place noun: تعرضت مناطق | في محيط مدينة دوما، لقصف names no target)
    else:  # المدينة التي سيطر عليها التنظيم تعرضت لقصف: past the relative clause
        subj = subject_past_relative_clause(v, k, a) or v.subject_before(
            k, a, SUBJECT_MAX, preps=False)
        if subj:
            f.recipient = [subj]
    m = f.t1  # تعرضت لهجوم (عنيف) من مسلحي الحركة: a party after من is the agent
    while m < min(f.b, f.t1 + 2) and v.word(m) and not v.stop(m) and m not in v.ent_tok:
        m += 1
    if not f.actor and m + 1 < f.b and v.norms[m] == "من" and _party_like(v, m + 1):
        e = v.np_forward(m + 1, f.b)
        if e > m + 1:
            f.actor = [(m + 1, e)]


def received(f: Frame) -> None:
    """نحو 1800 مقاتل عشائري تلقوا تدريبات، أفراد الفرقة 30 تلقوا تدريبات: the subject of a
    verb of receiving or undergoing (`receive_verbs`: تلقى، خضع) right before the event noun,
    its object, is what the deed was given to (events35), never its giver; a giver after
    على يد, read by the agent passes, stays."""
    v, t0, a = f.v, f.t0, f.a
    verbs = event_markers()["receive_verbs"]
    k = t0 - 1
    if f.trig.verb or k < a or not (v.bare(k) in verbs or v.norms[k] in verbs):
        return
    subj = subject_past_relative_clause(v, k, a) or v.subject_before(
        k, a, SUBJECT_MAX, preps=False)
    if subj:
        f.recipient = [subj]
        f.actor = [r for r in f.actor if r != subj]


PLACING_BACK = 14  # tokens from a custody word back to its placing verb (past an aside)


def placed_under(f: Frame) -> None:
    """تم وضع متطرفين يهوديين اثنين قيد الاعتقال الإداري، وكان مردخاي ماير وضع الأسبوع الماضي
    قيد الاعتقال: a placing verb before a custody word (قيد، رهن) and the event noun; the
    phrase after the verb is what the event is done to, or, when none follows, the verb's
    subject (a passive)."""
    v, a, t0 = f.v, f.a, f.t0
    M = event_markers()
    if f.recipient or f.trig.verb or t0 - 1 <= a or v.bare(t0 - 1) not in M["custody_words"]:
        return
    for k in range(t0 - 2, max(a - 1, t0 - 2 - PLACING_BACK), -1):
        if not in_with_conjunction(v.norms[k], M["placing_verbs"]):
            continue  # (not bare(): وضع is no و + ضع)
        s = skip_time(v, k + 1, t0 - 1)
        e = v.np_coordinated(s, t0 - 1) if s < t0 - 1 else s
        if e > s:
            f.recipient = v.split_coordination(s, e)
        elif (subj := v.subject_before(k, a, SUBJECT_MAX, preps=False)) is not None:
            f.recipient = [subj]
        return


def prep_role(v: View, type_: str, t1: int, b: int) -> list[TokSpan]:
    preps = event_markers()["recipient_preps"]
    allowed = preps.get(type_, set()) | preps["*"]
    if t1 < b and v.text[v.toks[t1].start] in ")»\"”":
        t1 += 1  # وأطلق مسلحو (داعش) | النار على: the close of the subject's aside
    for k in range(t1, min(b, t1 + 6)):
        if not v.word(k):
            break
        n = v.norms[k]
        if n in allowed and v.phrase_at(k, event_markers()["agent_phrases"]):
            return []  # القمع … على أيدي الحوثيين: the doer, not the target (recip3)
        if n in allowed and not v.phrase_at(k, event_markers()["idioms"]):
            e = v.np_coordinated(k + 1, b)  # مع قوات النظام والمسلحين الموالين لها
            e = _owner_after(v, k + 1, e, b)  # على مواقع | للحزب: a site and its owner
            return [(k + 1, e)] if e > k + 1 else []
        if "ل" in allowed and n[:1] == "ل" and n[1:3] == "ال" and k == t1:
            e = v.np_forward(k, b, prefixed_ok=True)
            return [(k, e)] if e > k else []
    return []


def no_weapon_agents(f: Frame) -> None:
    """فجرت فيها سيارات مفخخة: a weapon is no agent."""
    if f.trig.type == "ASSAULT":
        inst = event_markers()["instruments"]
        f.actor = [x for x in f.actor if not any(f.v.phrase_at(t, inst)
                                                 for t in range(x[0], x[1]))]


def places(f: Frame) -> None:
    """For types that happen somewhere: a place as the target is where it happened (غارة على
    البلدة، هاجم قريتي الفوعة وكفريا); places are no agents of nouns (حظر طيران بين مدينتي
    مارع وجرابلس); then the place scan, the target's named home (سكان مدينة القريتين),
    the target places themselves."""
    v = f.v
    if f.trig.type not in event_markers()["location_types"]:
        return
    if f.trig.verb and f.trig.type in ("ASSAULT", "COERCE"):
        # استهدفت منازل، قصفت مدينة حلب: a place or site noun is what the deed is done to,
        # never its agent (its subject was said before)
        sites = [x for x in f.actor if x[0] not in v.ent_tok
                 and (place_word(v, x[0]) or generic_place(v, x[0]))]
        if sites:
            f.actor = [x for x in f.actor if x not in sites]
            f.recipient = f.recipient or [x for x in sites if not vague_site(v, x)]
    # مفاوضات مع كابل، اتصالات مع إسرائيل: a place named after مع is the other side (its
    # government), a party of the deed, not where it happened (`with_party`)
    f.places = [r for r in f.recipient if is_place(v, r[0], r[1])
                and not with_party(v, r[0], f.trig.type)]
    # مسجد قوات الطوارئ، مطار عدن الدولي: a named site struck stays the target (gold rule
    # 26); its own places still give the location below (recip9)
    sites = [r for r in f.places if struck_site(v, f.trig, f.t0, r[0], r[1])]
    f.recipient = [r for r in f.recipient if r not in f.places or r in sites]
    if not f.trig.verb:
        f.actor = [x for x in f.actor if not place_word(v, x[0])]
    found = locations(v, f.t0, f.t1, f.a, f.b, f.actor + f.recipient, genitive=not f.trig.verb)
    if not found and not f.places:
        found = [x for r in f.recipient for x in place_names(v, r[0], r[1])
                 if x[0] > r[0] and x[0] in v.ent_tok and place_word(v, x[0] - 1)]
    if not found:
        found = resolve_places(v, [x for r in f.places for x in place_names(v, r[0], r[1])])
    found = unknown_members(v, listed_places(v, found), f.b)[:event_markers()["location_max"]]
    f.location = reference_points(v, named_first(v, found))


def left_place(f: Frame) -> None:
    """انسحبوا من الحوطة، طرد الحوثيين من أبين وشبوة والبيضاء، الهرب من صنعاء متوجها إلى
    حضرموت: a deed of leaving (a mode of `leaving_modes`: a withdrawal or flight, an
    expulsion) happened at the place it left, named after من in its clause
    (`places.left_places`); those places come first, before the ones the place window
    found (where the party went)."""
    v, M = f.v, event_markers()
    if not M["leaving_modes"] & set(f.event.mode):
        return
    left = [x for x in left_places(v, f.t1, f.b, M)
            if not any(_same_place(v, x, y) for y in f.location)]
    f.location = (left + f.location)[:M["location_max"]]


def region_of_place(f: Frame) -> None:
    """Gold rule 20: the compass phrase that says in which region of a country a place of
    the event lies (بنغازي في شرق ليبيا، سروج بجنوب شرق تركيا) is a location too
    (`places.region_compass`)."""
    if f.location:
        found = region_compass(f.v, f.location, f.a, f.t0, f.b)
        f.location = found[:event_markers()["location_max"]]


def seat_of_province(f: Frame) -> None:
    """Gold rule 21: the province a place of the event is the seat of (زنجبار عاصمة أبين) is a
    location too (`places.seat_province`)."""
    if f.location:
        f.location = seat_province(f.v, f.location, f.a, f.b)[:event_markers()["location_max"]]


SITE_REACH = 8  # tokens from an attack to the site it struck


def site_target(f: Frame) -> None:
    """انفجار في فندق الجزيرة، فجر نفسه بالقرب من عربة عسكرية مدرعة، انفجار عبوة ناسفة
    بمدرعة تابعة لقوات الشرطة: an attack with no target struck the building, vehicle or
    checkpoint (site_heads) of the first locative phrase after it in its clause (past its
    instruments and adjectives; no punctuation, verb or other event between)."""
    v, M = f.v, event_markers()
    if f.recipient or f.trig.type != "ASSAULT":
        return
    k = f.t1
    while k < min(f.b, f.t1 + SITE_REACH) and v.word(k):
        skip = _instrument_at(v, k, M) or (  # انفجار عبوة ناسفة | بمدرعة
            1 if (v.norms[k],) in RELATIVES or v.norms[k] in M["occurrence_verbs"] else 0)
        if skip:  # الانفجار الذي وقع | في فندق
            k += skip
            continue
        if k > f.t1 and (v.is_verb(k) or v.trigger_noun_at(k)):
            return
        n = v.phrase_at(k, M["site_preps"])
        s = k + n if n else (k if v.norms[k][:1] == "ب" and len(v.norms[k]) > 3 else -1)
        if 0 <= s < f.b and (v.phrase_at(s, M["site_heads"]) or _site_word(v, s, M)):
            e = v.np_forward(s, f.b, prefixed_ok=s == k)
            e = next((t for t in range(s + 1, e) if any(x[0] == t for x in f.location)
                      or v.norms[t][:1] in "بل" and len(v.norms[t]) > 3), e)  # سوق | بمنطقة
            if e > s:
                f.recipient = [(s, e, 1)] if s == k else [(s, e)]
                if not f.location and e - s >= 2 and (s + 1 in v.ent_tok or v.is_def(s + 1)
                                                      and not _nisba(v.bare(s + 1))):
                    f.location = [(s, e)]  # في فندق الجزيرة: a named site is the place too
            return
        if n:
            return  # the first locative phrase names no site
        k += 1


def _instrument_at(v: View, k: int, M) -> int:
    """Tokens of the instrument at token k, with or without ب (هجوم | بسيارة ملغومة: the
    car bomb is the weapon, not the struck site), else 0."""
    n = v.phrase_at(k, M["instruments"])
    if n or v.norms[k][:1] != "ب" or len(v.norms[k]) < 4:
        return n
    rest = v.norms[k][1:]
    return next((m for m in (3, 2, 1) if k + m <= len(v.toks)
                 and (rest, *v.norms[k + 1:k + m]) in M["instruments"]), 0)


def _site_word(v: View, k: int, M) -> bool:
    """A site noun with a ب on it (بمدرعة), or indefinite/definite (الحافلة), singular or
    a broken plural (`site_plurals`: في مساجد)."""
    n = v.bare(k)
    forms = {n, n[1:] if n[:1] == "ب" else n}
    forms |= {x[2:] for x in forms if x.startswith("ال")}
    plurals = victim_words()["site_plurals"]
    return any((x,) in M["site_heads"] or (x,) in plurals for x in forms)


def when_and_how(f: Frame) -> None:
    """Time, status and modes."""
    v, ev = f.v, f.event
    ev.time = event_time(v, f.t0, f.a, f.b)
    ev.status = status_of(v, f.m, f.t0, f.a)
    ev.status = later_status(v, ev, f.t0, f.t1, f.a, f.b)
    add_modes(v, ev, f.t0, f.t1, f.a, f.b)


def only_parties(f: Frame) -> None:
    """Every actor and recipient a whole noun phrase naming a party (rasd.events.parties)."""
    f.actor = dual_parties(f.v, parties_only(f.v, f.actor, defer_events=True))
    v = f.v
    kept: list[TokSpan] = []
    for r in f.recipient:
        x = r if r in f.owned or allies_of_kept(v, r[0], kept[-1][1] if kept else -1) \
            else party_span(v, r)  # (الحوثيين | وحلفائهم: kept after the party it joins)
        if x is not None and (r in f.owned or not vague_site(v, x)):
            kept.append(x)
    f.recipient = kept
    for i, j, *_ in (r for r in f.recipient if r in f.owned):
        v.memo.setdefault("owned_objects", set()).add((v.toks[i].start, v.toks[j - 1].end))


def needed_doer(f: Frame) -> bool:
    """انتشرت القوات الأمنية: a verb of moving forces (`doer_needed_verbs`) needs its own
    subject, so the needed word opens its actor (verb_roles read it as the subject)."""
    return f.trig.verb and f.trig.lemma in event_markers()["doer_needed_verbs"]


def needed_subject(f: Frame) -> None:
    """انتشر مئات الجنود الخليجيين: such a verb takes no object, so a phrase read as its
    object at the needed word (a counted force) is its subject, the actor."""
    if not needed_doer(f) or f.event.trigger.end <= f.group[-1].end:
        return
    k = f.v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[0]
    moved = [x for x in f.recipient if x[0] <= k < x[1]]
    if moved and not f.actor:
        f.actor, f.recipient = moved[:1], [x for x in f.recipient if x not in moved]


PASSES: tuple[Callable[[Frame], None], ...] = (
    trigger_extent, parties, needed_subject, object_past_asides, done_passive, hand_doer, fire_doer,
    died_subject, site_owner,
    past_complement, condemned, charged, pronoun_object, relative_object, asked_party,
    addressee_after_subject, hal_object, prep_recipient, released, taken_from, held_from,
    undergoer,
    received, placed_under, no_weapon_agents, owned_object, owned_target, struck_subject,
    judged_owner, governed_party, met_party, guest_after_asides, thanked_party, sentenced,
    blamed_party, asker_complied_with, asked_in_statement,
    own_preposition_object, statement_adjective, title_apposition, asked_addressee, lam_object,
    reached_object, only_parties,
    counted_object,
    counted_before, plain_after, joined_counts, joined_party, owners, bound_for, sought,
    cut_supplies,
    warner_named,
    participle_object, places, left_place, taken_place, place_holder, seat_of_province,
    region_of_place, destroyed_object, raided_home, site_target, no_warned_place)


def build_event(v: View, si: int, group: list[Match[Trigger]], a: int, b: int,
                extra_modes: list[str]) -> Event:
    """The event of one trigger group in sentence tokens [a, b)."""
    trig = group[0].payload
    ev = Event("", si, trig.type, Span(group[0].start, group[-1].end), list(trig.modes))
    ev.mode += [x for x in extra_modes if x not in ev.mode]
    f = Frame(v, si, a, b, group, ev)
    for step in PASSES:
        step(f)
    f.actor, f.recipient, f.location = (
        outside_trigger(f, x) for x in (f.actor, f.recipient, f.location))
    ev.actor = roles(v, f.actor)
    ev.recipient = roles(v, f.recipient, f.recipient_conj)
    ev.location = roles(v, f.location)
    when_and_how(f)
    return ev


def outside_trigger(f: Frame, spans: list[TokSpan]) -> list[TokSpan]:
    """Roles end before a later part of their own trigger (أطلق الجنود | الرصاص على …);
    the word a trigger noun needs may open its actor when it names a party (تقدم القوات)."""
    firsts = [m.first for m in f.group[1:]]
    if f.event.trigger.end > f.group[-1].end:  # the word the trigger needs (trigger_extent)
        k = f.v.token_range(f.event.trigger.end - 1, f.event.trigger.end)[0]
        if not needed_doer(f) and (f.trig.verb or not any(x[0] == k for x in f.actor)):
            firsts.append(k)  # (تقدم | القوات، تقدم | للمقاومة: the needed word is a deed
            # noun's agent; سقطت | مقاتلة: a verb's needed word is no agent)
    out = []
    for i, j, *cut in spans:
        j = min([j] + [k for k in firsts if i < k < j])
        if not any(i == k for k in firsts):
            out.append((i, j, *cut))
    return out


def roles(v: View, spans: list[TokSpan], first_conj: bool = False) -> list[Role]:
    """Roles over token spans (i, j) or (i, j, 1) = without a leading preposition ل or ب;
    `first_conj`: the first one too is a coordinated item (its و is the conjunction)."""
    out = []
    for n, (i, j, *cut) in enumerate(spans):
        if j > i:
            r = v.role(i, j, conj=(n > 0 or first_conj)  # (وسط اليمن: its و is its own)
                       and v.norms[i] not in event_markers()["directions"])
            if cut and r.start == v.toks[i].start and v.norms[i][:1] in "لب":
                _, index = normalize_with_map(v.text[r.start:v.toks[i].end])
                r.start += index[1] if len(index) > 1 else 0
            if r.end > r.start:
                out.append(r)
    return out


def event_time(v: View, t0: int, a: int, b: int) -> EventTime | None:
    """The nearest time of the sentence with no punctuation between it and the trigger."""
    best, dist = None, 10**9
    pos = v.toks[t0].start
    for t in v.times_in(v.toks[a].start, v.toks[b - 1].end):
        # only what lies between them: a time's own marks (نيسان - أبريل) join, not part
        if not punct_between(v, *((pos, t.start) if t.start >= pos else (t.end, pos))):
            d = abs(t.start - pos)
            if d < dist:
                best, dist = t, d
    return EventTime(best.start, best.end, best.date) if best else None


def punct_between(v: View, start: int, end: int) -> bool:
    i, j = v.token_range(start, end)
    return any(not v.word(k) for k in range(i, j))
