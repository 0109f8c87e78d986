"""Actors named by an agent phrase of their deed's clause (actors24).

`hand_doer`: على يد، على أيدي ("at the hands of") later in a deed's clause names who did
it, whatever noun heads the phrase (اعتقل على يد أفراد من قوة شرطة حرس الحدود، إحراق 20
مسجدا على يد غلاة المستوطنين، اغتيل العام 1990 على أيدي الفلسطينيين). rasd.events.frame's
agent_phrase reads the phrase only when its head is a name or an armed or ruling party noun
(`agent_heads`), since من قبل and من جانب also read "before" and "on the side of"; the
hand phrase has no other reading, so the general party filter (parties_only) is enough.

`also_actor`: a verb right after كما ("and also") with no subject of its own goes on
with the doer of the deed told before it in the sentence (هددت الولايات المتحدة نظام الأسد
… كما فرضت عقوبات جديدة؛ أن المحكمة أصدرت أحكاما بالسجن … كما حكمت على سبعة).

`hand_doer` reads a Frame's trigger and actor and writes its actor; `also_actor` reads a
story's events and writes the actor of those that have none.
"""

from __future__ import annotations

from typing import Any

from rasd.clause import lexicon as clause_lexicon
from rasd.clause import vowelled_passive
from rasd.document import Event, Role
from rasd.events.frame import Frame, hand_agent, partitive_end
from rasd.events.parties import parties_only
from rasd.events.status import light_verb
from rasd.lexicons import event_markers, trigger_matcher, victim_words
from rasd.roles import View
from rasd.text.normalize import normalize

HAND_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds done to someone (not مظاهره … على أيدي)


def hand_doer(f: Frame) -> None:
    """A deed with no actor yet: the party after على يد / على أيدي later in its clause (the
    walk of frame.hand_agent: no mark, verb, relative pronoun or other deed between)."""
    if f.actor or f.trig.type not in HAND_TYPES:
        return
    v = f.v
    s = hand_agent(v, f.t1, f.b)
    if s is None:
        return
    e = partitive_end(v, v.np_coordinated(s, f.b), f.b)  # أفراد من قوة شرطة حرس الحدود
    f.actor = [x[:2] for x in parties_only(v, v.split_coordination(s, e))]


ALSO = frozenset({normalize("كما"), normalize("وكما")})  # "and also": the same doer goes on
ALSO_REACH = 7  # tokens from the light verb after كما to its deed noun (كما فرضت … عقوبات)


def also_verb(v: View, ev: Event) -> bool:
    """The trigger is a verb right after كما, or a deed noun whose light verb is (كما فجرت فيها
    سيارات مفخخة، كما فرضت في الوقت نفسه عقوبات). Not a verb of a deed done to people (كما
    قتل 5 أشخاص: a passive, its vowels unwritten), of undergoing (كما أصيب، كما تعرضت), nor
    one voweled as a passive."""
    t, _ = v.token_range(ev.trigger.start, ev.trigger.end)
    i = next((k for k in range(t, max(0, t - ALSO_REACH), -1)
              if v.norms[k - 1] in ALSO and v.word(k - 1)), None)
    if i is None or not v.is_verb(i) or any(not v.word(k) for k in range(i, t)) \
            or i < t and not light_verb(v, i, event_markers()) \
            or i == t and ev.trigger.start != v.toks[i].start \
            or any(_governs(v, k) for k in range(i + 1, t)):
        return False
    done_to = victim_words()["undergoer_verbs"]
    if i == t and any(m.payload.type == ev.type and (m.payload.lemma,) in done_to
                      for m in v.candidates(trigger_matcher(), i)):
        return False
    raw = v.text[v.toks[i].start:v.toks[i].end]
    return v.bare(i) not in clause_lexicon().undergo and not vowelled_passive(raw)


def _governs(v: View, k: int) -> bool:
    """A word between the light verb and the deed noun that may govern the noun, whose doer
    may be another party: a verbal noun after ب/ل (قاموا بإفشال محاولة اقتحام), an intent
    noun (محاولة), another deed noun."""
    n = v.norms[k]
    return n[:1] in "بل" and len(n) > 3 or v.in_words(k, event_markers()["intent_nouns"]) \
        or bool(v.trigger_noun_at(k))


def also_actor(story: Any) -> None:
    """كما + a verb with no actor: the actor of the nearest earlier event of its sentence."""
    v = story.v
    for n, ev in enumerate(story.events):
        if ev.actor or not also_verb(v, ev):
            continue
        prev = next((x for x in reversed(story.events[:n])
                     if x.sentence == ev.sentence and x.actor), None)
        if prev is not None:
            ev.actor = [Role(r.start, r.end, r.entity, basis="sentence") for r in prev.actor]
