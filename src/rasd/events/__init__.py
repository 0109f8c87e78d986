"""PLOVER events: who did what to whom, where, when, how many.

Triggers come from data/events/triggers.tsv (verbs with generated inflections, and
verbal nouns); status markers, light verbs, role prepositions and mode words from
data/events/markers.json; magnitude nouns from data/events/magnitudes.tsv. Roles are
read off the sentence around the trigger (see rasd.roles): the subject before or
after a verb (or before the light verb of a noun: موسكو أقامت ممرات آمنة), the
object or a role preposition (مع، ضد، أمام) for the recipient, a place entity after a
locative preposition or a direction word (شرقي حلب) for the location.
"""

from __future__ import annotations

from functools import partial

from rasd.document import Document, Event, Role, Span
from rasd.events.agents import fired_host
from rasd.events.arguments import build_event
from rasd.events.attach import add_magnitudes, link_claims
from rasd.events.battles import battle_ok, fold_progress
from rasd.events.captives import captive_holder
from rasd.events.cared import care_visit
from rasd.events.carriers import carried_aid
from rasd.events.context import (
    add_context,
    give_victims,
    outcome_place,
    wounded,
)
from rasd.events.context_shared import MATERIAL
from rasd.events.crowd import crowd_actor
from rasd.events.event_filter import filter_events
from rasd.events.fallen import fallen_roles
from rasd.events.frame import OBJECT_PRONOUNS
from rasd.events.freed import freed_roles
from rasd.events.named_back import named_back
from rasd.events.partaken import partaken
from rasd.events.parties import keep_parties, titled_roles
from rasd.events.prevented import prevented
from rasd.events.restated import (
    fold_branded,
    fold_cognate,
    fold_means,
    fold_protest_demand,
    fold_restated,
)
from rasd.events.roles_model import label_roles
from rasd.events.senses import sense_licensed
from rasd.events.sides import victims_side
from rasd.events.status import coordinated_status, light_verb
from rasd.events.talkless import (
    agenda_owner,
    crowd_gathering,
    discussed_in_meeting,
    press_interview,
    reception_of_things,
    sidelines_setting,
)
from rasd.events.triggers import (
    carried_task,
    caused_ok,
    construct_ok,
    counted_ok,
    dawn_ok,
    deemed_ok,
    drop_governed,
    drop_needed,
    fallen_ok,
    fold_event_subjects,
    fold_instruments,
    habitual_ok,
    hal_ok,
    hazard_ok,
    injury,
    merge_coordinated,
    motive_ok,
    needs_ok,
    relative_stance_ok,
    sense_ok,
    stance_negation_ok,
    undergone,
    victims_follow,
    wounds_ok,
)
from rasd.events.unreal import joined_to_dropped, match_games, other_sense
from rasd.events.withdrawal import withdrawer
from rasd.lexicons import cue_matcher, event_markers, trigger_matcher
from rasd.roles import PREPS, RELATIVES, View, matches, norm_piece
from rasd.text.normalize import normalize


def find_events(doc: Document) -> list[Event]:
    v = View.of(doc)  # built once for claims and events
    out: list[Event] = []
    games = match_games(v)  # (a sports match: its attack, control and meeting are the game's)
    for si, a, b in v.sentences():
        if v.phrase_at(a, event_markers()["tag_openers"]):
            continue  # سمات تركيا داعش سلاح الجو: a list of tags, no prose
        if v.phrase_at(a, event_markers()["headline_openers"]):
            continue  # رابط الخبر بصحيفة الوئام: العنوان: the headline again, told above
        found = matches(v, trigger_matcher(), a, b, partial(acceptable, v, a, b),
                        derived_objects=True)
        merged = merge_coordinated(v, found)
        found, extra, outcomes = fold_instruments(v, drop_needed(v, joined_to_dropped(
            v, merged, drop_governed(v, merged, a), a)))
        found = [g for g in found if not other_sense(v, g[0], si, a, b, games)
                 and not partaken(v, g[0], a) and not prevented(v, g[0], a)]
        built = [build_event(v, si, g, a, b, extra.get(g[0], [])) for g in found]
        for ev, g in zip(built, found, strict=True):
            undergone(v, ev, g[0])
        evs = fold_branded(v, fold_progress(v, fold_means(v, fold_cognate(v, fold_restated(
            v, inside_none(fold_event_subjects(v, built)))))))
        evs = fold_protest_demand(v, evs)
        for ev in evs:  # (before the context passes copy the fallen place as a doer)
            fallen_roles(v, ev, b, early=True)
        if any(e.type == "ASSAULT" for e in evs):  # (a sentence with no attack skips them)
            attack_tolls(v, evs, outcomes, a, b)
        add_magnitudes(v, evs, a, b)
        coordinated_status(v, evs, a, b)  # (بهجوم على تلك المنطقة وتستعيدها: supposed too)
        out.extend(evs)
    out = [e for e in out if not meeting_again(v, e, out) and not deed_again(v, e, out)
           and not told_again(v, e, out)]
    out = [e for e in out if not visit_setting(v, e, out) and not blast_again(v, e, out)
           and not statement_call(v, e) and not result_toll(v, e, out)
           and not retold_verbatim(v, e, out) and not care_visit(v, e)
           and not press_interview(v, e) and not crowd_gathering(v, e)
           and not sidelines_setting(v, e) and not agenda_owner(v, e)
           and not discussed_in_meeting(v, e, out) and not reception_of_things(v, e)
           and not named_back(v, e, out)]
    out = fold_toll_again(v, out)
    link_claims(doc, out)
    out.sort(key=lambda e: e.trigger.start)
    add_context(v, out)
    ends = {si: b for si, _, b in v.sentences()}
    for ev in out:
        ev.actor, ev.recipient = keep_parties(v, ev.actor), keep_parties(v, ev.recipient)
        ev.actor = titled_roles(v, ev.actor)
        ev.recipient = not_the_actor(ev)
        if ev.type in MATERIAL:
            ev.actor = [r for r in ev.actor if not media(v, r)]
        crowd_actor(ev)  # (stones thrown: no actor carried from the force they face)
        captive_holder(v, ev, ends[ev.sentence])  # (أسرى لدى المقاومة: who holds them)
    label_roles(v, out)  # the learned labeller fills roles the rules left empty
    out.sort(key=lambda e: (e.trigger.start, e.type))
    for e in out:
        whole_word(v, e)
        carried_aid(v, e, out)  # (هبوط طائرة الإغاثة: the aid told by its carrier's arrival)
        withdrawer(e)  # (انهيار وتراجع ميليشيات الحوثي: who withdrew, no recipient)
        fallen_roles(v, e, ends[e.sentence])  # (سقطت قاعدة العند بأيدي المقاتلين: who took it)
        freed_roles(v, e, ends[e.sentence])  # (حرر 178 شخصا محتجزين لدى بوكو حرام: against whom)
    out = filter_events(v, out)  # the learned filter (off unless RASD_EVENT_FILTER says on)
    for k, e in enumerate(out, 1):
        e.id = f"v{k}"
    return out


def attack_tolls(v: View, evs: list[Event], outcomes: list[list], a: int, b: int) -> None:
    """The victims, wounded and place of the sentence's folded killings (`outcomes`), given
    to its attacks: each of these passes gives only to ASSAULT events of `evs`, so a
    sentence with none asks none of them."""
    kills = [g for g in outcomes if not injury(v, g[0])]  # (wounded: see context.wounded)
    give_victims(v, evs, victims_side(v, evs, kills, a, b))
    fired_host(v, evs, kills, b)  # (قتل شاب … برصاص الجيش أثناء مواجهات: who fired)
    wounded(v, evs, a, b)
    outcome_place(v, evs, kills, a, b)


def meeting_again(v: View, ev: Event, evs: list[Event]) -> bool:
    """الاجتماع سيكون مخصصا، لقاء الدوحة سيحدد مصير الأسد: a meeting noun with no actor or
    recipient of its own, definite or in construct with a place, after a meeting coded in an
    earlier sentence, is that meeting told again (a demonstrative does the same: هذا القصف)."""
    if ev.type != "CONSULT" or ev.actor or ev.recipient:
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i) or not v.in_words(i, event_markers()["meeting_nouns"]):
        return False
    named = j < len(v.toks) and (ent := v.ent_tok.get(j)) is not None and ent.type == "LOC"
    if not (v.is_def(i) or named):
        return False
    return any(e.type == "CONSULT" and e.sentence < ev.sentence for e in evs)


def deed_again(v: View, ev: Event, evs: list[Event]) -> bool:
    """وياتي الهجوم، منفذ الهجوم، مواقع التفجير: a definite attack noun with no party, place or
    toll of its own, told as done, after an attack told by a noun of the same lexicon row in an
    earlier sentence or earlier in its own, is that attack told again (as a meeting is:
    meeting_again). Right after a verb of coming (`retell_verbs`: ويأتي الهجوم بينما، وجاء
    الهجوم بعد), it is an attack told before, whatever word told it, and the roles it took
    are the setting's. One with an ordinal after it (`ordinals`: ووقع التفجير الأول قرب
    مصلى) is one of several told together, an event of its own."""
    if ev.type != "ASSAULT" or ev.status not in ("asserted", "historical"):
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i) or not v.is_def(i):
        return False
    M = event_markers()
    if i > 0 and v.bare(i - 1) in M["retell_verbs"]:
        return any(e.type == "ASSAULT" and _before(e, ev) for e in evs)  # ويأتي الهجوم بينما
    if ev.actor or ev.recipient or ev.location or ev.dead is not None \
            or ev.injured is not None or (j < len(v.toks) and v.bare(j) in M["ordinals"]):
        return False
    rows = _rows(v, ev)
    return bool(rows) and any(
        e.type == "ASSAULT" and _before(e, ev) and rows & _rows(v, e) for e in evs)


def fold_toll_again(v: View, evs: list[Event]) -> list[Event]:
    """The events, each attack told again for its toll (toll_host) folded into the attack
    it points back at, which takes the toll it lacks."""
    out: list[Event] = []
    for ev in sorted(evs, key=lambda e: e.trigger.start):
        host = toll_host(v, ev, out)
        if host is None:
            out.append(ev)
            continue
        host.dead = ev.dead if host.dead is None else host.dead
        host.injured = ev.injured if host.injured is None else host.injured
    return out


def toll_host(v: View, ev: Event, evs: list[Event]) -> Event | None:
    """وأضاف البيان: كما أسفرت الغارات عن جرح 58 داعشيا، إن الهجوم أسفر عن سيطرة المقاومة: a
    definite attack noun that is the subject of a verb of result (`result_verbs`, right
    before or right after it), told as done, names the attack told last before it by a noun
    of its lexicon row (in its own sentence or the one before: الغارات، سلسلة من الغارات
    الجوية; اشتباكات … أسفرت المواجهات) once more, to give its outcome: that attack, when the
    noun adds no party or place it lacks, carries no ordinal (الانفجار الثاني أسفر عن: one of
    several, a deed of its own) and no contrast stands between (`denial_breaks`: بينما أفادت
    مصادر أخرى بأن الهجوم أسفر: another account). None when it is a deed of its own."""
    if ev.type != "ASSAULT" or ev.status not in DONE:
        return None
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or v.is_verb(i) or not v.is_def(i):
        return None
    M = event_markers()
    if not (i > 0 and v.bare(i - 1) in M["result_verbs"]
            or j < len(v.toks) and v.bare(j) in M["result_verbs"]):
        return None
    if j < len(v.toks) and v.bare(j) in M["ordinals"]:
        return None
    rows = _rows(v, ev)
    host = next((e for e in reversed(evs) if e.type == "ASSAULT" and _before(e, ev)
                 and ev.sentence - e.sentence <= 1 and rows & _rows(v, e)), None)
    if host is None or host.status not in DONE:
        return None  # (تدمير آلياته … وقال إن المواجهات أسفرت عن: a result told, not the clashes)
    hj = v.token_range(host.trigger.start, host.trigger.end)[1]
    if any(v.norms[k] in M["denial_breaks"] or v.bare(k) in M["denial_breaks"]
           for k in range(hj, i)):
        return None  # (قتلوا في هجوم …، بينما أفادت مصادر في الجيش بأن الهجوم أسفر عن مقتل
        # 58: another account, coded as its own event)
    theirs = {norm_piece(v.text[r.start:r.end]) for r in (*host.actor, *host.recipient,
                                                          *host.location)}
    mine = {norm_piece(v.text[r.start:r.end]) for r in (*ev.actor, *ev.recipient, *ev.location)}
    if not mine <= theirs:
        return None  # (أسفر القصف على تعز عن: a place of its own, maybe another strike)
    if ev.dead is not None and host.dead not in (None, ev.dead) \
            or ev.injured is not None and host.injured not in (None, ev.injured):
        return None  # (two tolls: two attacks)
    return host


def told_again(v: View, ev: Event, evs: list[Event]) -> bool:
    """تجيء الزيارة في وقت، وقبيل الزيارة قال، إذا ما طال الحصار، المشاركة في الهجوم: a
    definite event noun (or one with a pronoun suffix pointing back at its parties:
    محادثاتهما) told after an event of its type named by a noun of the same lexicon row
    (earlier in the article, or earlier in its own sentence), that adds no party, place or
    toll the earlier one lacks, is that event told again (deed_again and meeting_again
    widened to every type, and to roles the sentence lends both). Right after a verb of
    coming (`retell_verbs`) any earlier event of its type will do. Not a future one (the
    next round of talks) unless a verb of coming retells a planned one told before, nor
    one with an ordinal or an adjective of another time after it (الجولة الثانية،
    الاتصالات الحالية، المحادثات المقبلة: `distinct_adjectives`). (events36:) A noun in
    construct with a definite genitive (وتأتي زيارة كارتر، إرجاء محادثات السلام، معركة عدن)
    is definite too; it points back only when its genitive is a word of the earlier
    event's sentence (`_genitive_told`)."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    M = event_markers()
    if ev.status == "future" and not (  # (تأتي الزيارة المزمعة: a planned one told again)
            i > 0 and v.bare(i - 1) in M["retell_verbs"] and any(
                e.type == ev.type and e.status == "future" and _before(e, ev) for e in evs)):
        return False
    described = any(k >= 0 and (v.norms[k],) in RELATIVES for k in (i - 1, i - 2))
    back = _suffixed(v, ev)  # (التقى بخاري بأوباما … وعلى إثر محادثاتهما: the pronoun
    # names the parties met)
    if j - i != 1 or v.is_verb(i) or not (
            v.is_def(i) or _construct(v, i, j) and not back or back and (
                ev.type == "CONSULT" or described)):
        return False  # (بعد تحريرها: the pronoun is its object, a place or party of its own;
    # السيارات التي تم تفجيرها: a relative clause says it of a noun told before)
    if j < len(v.toks) and v.bare(j) in M["ordinals"] | M["distinct_adjectives"]:
        return False  # (الاتصالات الحالية بين البلدين: talks going on now, not the meeting)
    cons = not v.is_def(i) and not back  # (زيارة كارتر: its genitive names it)
    if i > 0 and v.bare(i - 1) in M["retell_verbs"]:
        return any(e.type == ev.type and _before(e, ev)
                   and not (cons and _lead_of_headline(e.sentence, ev.sentence)) for e in evs)
    if i > 0 and (v.in_words(i - 1, M["anew_heads"]) and not described
                  or light_verb(v, i - 1, M)
                  or i > 1 and (v.norms[i - 1],) in PREPS and light_verb(v, i - 2, M)):
        return False  # تم اعتقاله، فرض الاعتقال الإداري، نجحت في تدميرها: told anew
    rows = _rows(v, ev)
    visit = "visit" in ev.mode  # (زار الأمير الوحدات …، رافقه خلال الزيارة: verb, then noun)
    return bool(rows) and any(
        e.type == ev.type and _before(e, ev) and (
            rows & _rows(v, e) or visit and "visit" in e.mode or back and e.sentence < ev.sentence)
        and _adds_nothing(v, ev, e) and (not cons or _genitive_told(v, i, j, e, ev.sentence))
        for e in evs)


RETOLD_WORDS = 2  # words after a deed noun that, repeated with it, name the same deed


def retold_verbatim(v: View, ev: Event, evs: list[Event]) -> bool:
    """ودانت الجامعة العربية القصف التركي في شمال العراق (after «استنكرت القصف التركي في
    شمال العراق»), احتجاجي على قيام ضابط باغتصاب فتاة قاصر (after «احتجاجه على قيام أحد ضباط
    الجيش باغتصاب فتاة قاصر»): a deed noun followed by the same two words as a noun of its
    type and word in an earlier sentence, adding no party, place, toll or time that one
    lacks, is that deed told again, far from the first (fold_restated and told_again fold
    the near and the definite bare ones). «في تفجير سيارة مفخخة» thrice, each with its own
    town and dead, tells three bombings."""
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.is_verb(i):
        return False
    key = _retold_key(v, i, j)
    if key is None:
        return False
    for e in evs:
        if e.type != ev.type or e.sentence >= ev.sentence:
            continue
        a, b = v.token_range(e.trigger.start, e.trigger.end)
        if not v.is_verb(a) and _retold_key(v, a, b) == key and _adds_nothing(v, ev, e):
            return True  # (three car bombs, each with its own place and toll: three deeds)
    return False


def _retold_key(v: View, i: int, j: int) -> tuple[str, ...] | None:
    """The bare trigger words and the RETOLD_WORDS words after them (None when a mark or
    the sentence's end comes first)."""
    after = list(range(j, min(j + RETOLD_WORDS, len(v.toks))))
    if len(after) < RETOLD_WORDS or not all(v.word(k) for k in after):
        return None
    return tuple(v.bare(k) for k in (*range(i, j), *after))


SETTING_REACH = 4  # words from a time preposition to the visit noun it governs
DONE = frozenset({"asserted", "historical"})  # statuses of a deed that took place
SETTING_MODES = ("visit", "phone")  # CONSULT nouns that may be the setting of talks


def visit_setting(v: View, ev: Event, evs: list[Event]) -> bool:
    """بحث كارتر مع قادة عسكريين خلال زيارة لم يعلن عنها لبغداد، بعد محادثاته مع الرئيس
    الكيني في اليوم الأول من زيارته كينيا، خلال زيارة للرئيس النيجيري التقى خلالها بأوباما:
    a visit noun in a time phrase (`setting_preps` a few words before it, no verb between)
    beside talks of the same sentence is their setting: one CONSULT, the talks', which takes
    the visit's mode and place (PLOVER codes the meeting; a visit told alone stays one). So
    is a phone call (بحث في اتصال هاتفي مع الأمين العام: the talks were held by phone)."""
    modes = [x for x in ev.mode if x in SETTING_MODES]
    if ev.type != "CONSULT" or not modes:
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i > 2 or v.is_verb(i) or not _in_setting(v, i):
        return False
    host = next((e for e in evs if e is not ev and e.type == "CONSULT"
                 and e.sentence == ev.sentence and not _setting_noun(v, e)
                 and (e.status == ev.status or {e.status, ev.status} <= DONE
                      or _talks_to_come(v, e, ev))), None)
    if host is None:
        return False
    host.mode += [x for x in modes if x not in host.mode]
    host.location = host.location or ev.location
    return True


def _talks_to_come(v: View, talks: Event, visit: Event) -> bool:
    """سيلتقي خلال زيارته إلى مصر مع الرئيس: a verb of talks to come before the visit it is
    set in; the visit is to come too (read as asserted, it is the same planned deed). Not a
    noun of talks (وصل إلى صنعاء في زيارة … وسيجري كذلك محادثات: the visit under way)."""
    i = v.token_range(talks.trigger.start, talks.trigger.end)[0]
    return talks.status == "future" and visit.status == "asserted" \
        and talks.trigger.end <= visit.trigger.start \
        and any(m.payload.verb for m in v.candidates(trigger_matcher(), i))


def blast_again(v: View, ev: Event, evs: list[Event]) -> bool:
    """انفجار عبوة ناسفة … قامت عناصر مسلحة بزرعها بجوار الطريق، وفجروها عن بعد: a verb of
    blowing up whose object pronoun points back at the bomb of an explosion told earlier in
    its sentence is that explosion: one event, which takes the verb's doers and place where
    it has none."""
    if ev.type != "ASSAULT" or "explosives" not in ev.mode or ev.recipient:
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if j - i != 1 or not (v.is_verb(i) or any(
            m.payload.verb and m.payload.type == "ASSAULT"
            for m in v.candidates(trigger_matcher(), i))):
        return False
    word = norm_piece(v.raw(i))
    if not any(word.endswith(p) for p in ("ها", "ه", "هم", "هما")):
        return False
    host = next((e for e in evs if e is not ev and e.type == "ASSAULT"
                 and "explosives" in e.mode and e.sentence == ev.sentence
                 and e.trigger.end <= ev.trigger.start), None)
    if host is None:
        return False
    host.actor = host.actor or ev.actor
    host.location = host.location or ev.location
    return True


RESULT_REACH = 8  # words from a verb of result to the destruction noun it governs


def result_toll(v: View, ev: Event, evs: list[Event]) -> bool:
    """أسفرت عن مقتل 15 عنصرًا من التنظيم وتدمير عجلة، ما أدى إلى تدمير الحاجز بالكامل:
    a destruction noun (`result_tolls`) governed by a verb of result and its preposition
    (`result_verbs`, `result_preps`), past the other results listed before it, after an
    attack done in an earlier clause of its sentence, is that attack's toll (as its
    killings are): no event of its own. A destruction told by a verb of its own (ودمرت 9
    مستودعات) stays one."""
    if ev.type != "ASSAULT" or ev.status not in DONE:
        return False
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    M = event_markers()
    if v.is_verb(i) or not {normalize(x) for x in _rows(v, ev)} & M["result_tolls"]:
        return False
    s = v.sents[ev.sentence]
    for k in range(i - 1, max(-1, i - 1 - RESULT_REACH), -1):
        if v.toks[k].start < s.start:
            return False
        if not v.word(k):
            if v.text[v.toks[k].start] in ".:؛;؟!":
                return False
            continue  # (أسفر عن مقتل 27، وتدمير: a comma between the results)
        if v.bare(k) in M["result_preps"] and k > 0 and v.bare(k - 1) in M["result_verbs"]:
            verb = v.toks[k - 1].start
            return any(e is not ev and e.type == "ASSAULT" and e.sentence == ev.sentence
                       and e.status in DONE and e.trigger.end <= verb for e in evs)
    return False


def _setting_noun(v: View, ev: Event) -> bool:
    """A visit (زار، زيارة), or a call named by a noun in a time phrase (في اتصال هاتفي): what
    may be the setting of talks, not talks that take one."""
    i = v.token_range(ev.trigger.start, ev.trigger.end)[0]
    return "visit" in ev.mode or (
        "phone" in ev.mode and not v.is_verb(i) and _in_setting(v, i))


def _in_setting(v: View, i: int) -> bool:
    """A time preposition (خلال، أثناء، لدى، في) within SETTING_REACH words before token i,
    no other preposition between but a partitive من (في اليوم الأول من زيارته)."""
    return _setting_prep(v, i) >= 0


def _setting_prep(v: View, i: int) -> int:
    """The token of the time preposition that puts token i in a setting phrase, or -1."""
    preps = event_markers()["setting_preps"]
    for k in range(i - 1, max(-1, i - 1 - SETTING_REACH), -1):
        if not v.word(k) or v.is_verb(k):
            return -1
        if v.in_words(k, preps):
            return k
        if (v.norms[k],) in PREPS and v.norms[k] != "من":
            return -1  # دعا في الرياض إلى زيارة عدن: a visit asked for, in a phrase of its own
    return -1


WITH = normalize("مع")


def _party_partner(v: View, k: int) -> bool:
    """The call is with a party: مع right after it, then no quote mark and no outlet (في
    اتصال هاتفي مع نظيره الروسي; not مع «الشرق الأوسط»، مع صحيفة الوطن)."""
    if k + 1 >= len(v.toks) or v.norms[k] != WITH:
        return False
    return v.word(k + 1) and not media(v, v.span(k + 1, k + 2))


SPEAKER_REACH = 8  # tokens from a cue verb, past its speaker, to the call it was said in


def statement_call(v: View, ev: Event) -> bool:
    """وقال جباري في اتصال هاتفي، إن …، وأكد الصحفي جمال ناصر، في اتصال هاتفي مع "الوطن"،
    وأوضح الأمين في اتصال هاتفي مع «الشرق الأوسط» أن: a phone call named by a noun in a
    setting phrase right after a verb of saying and its speaker is how a statement was given
    (to a newspaper, mostly), no talks between parties: no event. A call with a party (مع
    نظيره الروسي) stays talks."""
    if ev.type != "CONSULT" or "phone" not in ev.mode:
        return False
    i, end = v.token_range(ev.trigger.start, ev.trigger.end)
    k = _setting_prep(v, i) if not v.is_verb(i) else -1
    if k < 0 or _party_partner(v, end):
        return False
    for j in range(k - 1, max(-1, k - 1 - SPEAKER_REACH), -1):
        if not v.word(j):
            if v.text[v.toks[j].start] in ".؟!:":
                return False
            continue  # (a comma after the speaker: وأكد الصحفي جمال ناصر، في اتصال)
        if any(c.payload.verb and not c.payload.participle
               for c in v.candidates(cue_matcher(), j)):
            return True
        if v.is_verb(j):
            return False
    return False


def _construct(v: View, i: int, j: int) -> bool:
    """The noun heads a construct whose genitive is definite (زيارة كارتر، هجوم الجمعة،
    هجمات المستوطنين): definite as the whole phrase is, so it may point back like one."""
    return j < len(v.toks) and v.word(j) and not v.prefixed(j) and (
        v.is_def(j) or j in v.ent_tok) and not v.bare(i).startswith("ال")


LEAD = 2  # sentences after the headline that tell its event in full


def _lead_of_headline(earlier: int, later: int) -> bool:
    """The earlier event is the headline's (sentence 0) and the later one is in the lead
    (LEAD sentences after it), which tells the headline's event in full, not again."""
    return earlier == 0 and later <= LEAD


GENITIVE_TOLD_REACH = 4  # words after the earlier trigger its sentence may name the genitive in


def _genitive_told(v: View, i: int, j: int, e: Event, ev_sentence: int) -> bool:
    """The genitive after a construct deed noun (tokens i..j) is a word of the earlier
    event's sentence near its trigger, its party or its day named there (الاجتماع الذي أعقب
    لقاء المسؤول: a party not named before makes it another meeting). The lead does not
    retell the headline's event, it tells it in full (بدأت الهيئة … اجتماعات دورتها), and
    an adjective of another time before it makes another one (الجولة القادمة لمشاورات
    موسكو)."""
    M = event_markers()
    if _lead_of_headline(e.sentence, ev_sentence) or any(
            k >= 0 and v.bare(k) in M["distinct_adjectives"] for k in (i - 1, i - 2)):
        return False
    si = v.doc.sentences[e.sentence]
    a, _ = v.token_range(si.start, si.end)
    _, end = v.token_range(e.trigger.start, e.trigger.end)
    reach = range(a, min(max(a, end) + GENITIVE_TOLD_REACH, len(v.toks)))
    return any(v.bare(k) == v.bare(j) for k in reach if k != j)


def _suffixed(v: View, ev: Event) -> bool:
    """The trigger noun carries a pronoun suffix (محادثاتهما، زيارته)."""
    _, j = v.token_range(ev.trigger.start, ev.trigger.end)
    rest = norm_piece(v.text[ev.trigger.end:v.toks[j - 1].end])
    rest = rest[1:] if rest[:1] == "ت" else rest
    return bool(rest) and rest in OBJECT_PRONOUNS


def _adds_nothing(v: View, ev: Event, e: Event) -> bool:
    """Every role, toll and time of ev is one that e has too (the sentence lent both the
    same; تم اعتقاله بتاريخ 24/1/1434هـ dates an arrest told before)."""
    theirs = {norm_piece(v.text[r.start:r.end]) for r in (*e.actor, *e.recipient, *e.location)}
    mine = {norm_piece(v.text[r.start:r.end]) for r in (*ev.actor, *ev.recipient, *ev.location)}
    return mine <= theirs and ev.dead in (None, e.dead) and ev.injured in (None, e.injured) \
        and (ev.time is None or e.time is not None
             and v.text[ev.time.start:ev.time.end] == v.text[e.time.start:e.time.end])


def _before(e: Event, ev: Event) -> bool:
    """e is told in an earlier sentence, or earlier in ev's own (صد … هجوما إرهابيا وقتل
    أحد العناصر المشاركة في الهجوم: the definite noun points back at it)."""
    return e.sentence < ev.sentence or (
        e is not ev and e.sentence == ev.sentence and e.trigger.end <= ev.trigger.start)


def _rows(v: View, ev: Event) -> set[str]:
    """The lexicon rows (their first forms) of the nouns an event's trigger starts with
    (هجوم انتحاري: تفجير انتحاري and هجوم)."""
    i, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    return {m.payload.lemma for m in v.candidates(trigger_matcher(), i)
            if not m.payload.verb and m.payload.type == ev.type}


def not_the_actor(ev: Event) -> list[Role]:
    """The recipients less any phrase that is also the event's actor: after a verb the first
    noun phrase is its subject, so one phrase read as both the doer and the one done to is the
    doer (events37: حذّر عضو مجلس قيادة الثورة إسماعيل الداراني من «كارثة إنسانية»)."""
    doers = {(r.start, r.end) for r in ev.actor}
    return [r for r in ev.recipient if (r.start, r.end) not in doers]


def acceptable(v: View, a: int, b: int, m) -> bool:
    """A trigger match with the words it needs, in its event sense, not inside a time
    (فجر الاثنين); a refused one leaves the next reading of its token a chance."""
    return needs_ok(v, m, a, b) and sense_ok(v, m, b) and wounds_ok(v, m, b) and fallen_ok(v, m) \
        and victims_follow(v, m, b) and construct_ok(v, m) and caused_ok(v, m) and hal_ok(v, m) \
        and counted_ok(v, m) and not carried_task(v, m) and motive_ok(v, m) \
        and habitual_ok(v, m, a) and dawn_ok(v, m) \
        and sense_licensed(v, m, b) and stance_negation_ok(v, m) and deemed_ok(v, m) \
        and hazard_ok(v, m, a, b) and relative_stance_ok(v, m) and battle_ok(v, m, b) \
        and not v.times_between(m.first, m.last) \
        and not in_name(v, m)


def in_name(v: View, m) -> bool:
    """A trigger word inside an organisation's name (الحشد الشعبي، فجر ليبيا، مركز الملك سلمان
    للإغاثة) names the group, no event (names of people and places never reach here)."""
    ent = v.ent_tok.get(m.first)
    return ent is not None and ent.type == "ORG"


def whole_word(v: View, ev: Event) -> None:
    """زيار|ته، سيطر|تها: a trigger noun read without its pronoun suffix (the passes use the
    cut to find the pronoun) is shown as the whole word, never a fragment of one."""
    _, j = v.token_range(ev.trigger.start, ev.trigger.end)
    tok = v.toks[j - 1]
    rest = norm_piece(v.text[ev.trigger.end:tok.end])
    rest = rest[1:] if rest[:1] == "ت" else rest
    if ev.trigger.end < tok.end and rest in OBJECT_PRONOUNS:
        ev.trigger = Span(ev.trigger.start, tok.end)


def media(v: View, r: Role) -> bool:
    """An outlet (التلفزيون السوري، صحيفة حرييت): it reports deeds, it does none."""
    i, _ = v.token_range(r.start, r.end)
    n = v.bare(i)
    return (n[2:] if n.startswith("ال") else n) in event_markers()["media_heads"]


def inside_none(evs: list[Event]) -> list[Event]:
    """An event whose trigger overlaps a longer trigger of the same type is part of it
    (ألقت الشرطة القبض | على: the noun القبض على and the verb phrase share القبض)."""
    def size(e: Event) -> int:
        return e.trigger.end - e.trigger.start

    def inside(e: Event, o: Event) -> bool:
        return o is not e and o.type == e.type and o.trigger.start < e.trigger.end \
            and e.trigger.start < o.trigger.end \
            and (size(o), -o.trigger.start) > (size(e), -e.trigger.start)
    return [e for e in evs if not any(inside(e, o) for o in evs)]


def stage(doc: Document) -> Document:
    doc.events = find_events(doc)
    return doc


# --- triggers ----------------------------------------------------------------


__all__ = ["find_events", "stage"]
