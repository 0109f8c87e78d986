"""What a possessive pronoun on a deed noun points back at (سيطرته، غاراتها، انسحابهم): the
nearest party before it in its sentence that agrees with the pronoun in gender and number.

Searching back from the noun, the first of these decides:
- a deed of the sentence (another event's trigger): its actor when that agrees (شن التنظيم
  هجوما … انتهت بسيطرته), else nothing: the pronoun may stand for the deed itself;
- a place (a place name, a definite place noun, a plural of places) that agrees: nothing,
  the pronoun may be the place (الزبداني … قصفها = bombing it);
- a party that agrees: a person's or organisation's name, a country not introduced as a
  place (تركيا … ضرباتها; not في سوريا, not the adjective of طائرة حربية سورية), or a noun
  phrase headed by a noun of armed or ruling parties (`agent_heads`) or of institutions and
  officials (`referent_heads`, data/events/markers.json).
Parties that do not agree are passed over."""

from __future__ import annotations

from rasd.document import Event, Role
from rasd.events.frame import OBJECT_PRONOUNS, TokSpan, counted
from rasd.events.places import generic_place, place_word
from rasd.lexicons import event_markers
from rasd.roles import View, norm_piece
from rasd.text.normalize import normalize_with_map

REFERENT_BACK = 30  # tokens searched back in the sentence
HUMAN_PLURAL_ENDINGS = ("ين", "ون", "يون")
AFTER_PLACE = ("في", "الى", "من", "داخل", "عن", "على", "ضد", "مع", "بين", "نحو", "حول")


def pronoun_on(v: View, k: int, match_end: int) -> str | None:
    """The possessive pronoun glued after a noun match ending at `match_end` inside token
    k (ها of غاراتها, ته of سيطرته → ه), or None."""
    rest = norm_piece(v.text[match_end:v.toks[k].end])
    if rest[:1] == "ت" and rest[1:] in OBJECT_PRONOUNS:
        rest = rest[1:]  # سيطر|ته: the taa marbuta turns into ت before a pronoun
    return rest if rest in OBJECT_PRONOUNS and rest != "هن" else None


def referent_before(v: View, k: int, a: int, pronoun: str,
                    deeds: dict[int, Event]) -> list[Role] | None:
    """The party the pronoun on token k stands for, searched back to the sentence start a;
    `deeds` maps the first token of each event trigger to its event."""
    if pronoun == "هما":
        return None  # two parties: left to the sentence passes
    t = k - 1
    while t >= max(a, k - REFERENT_BACK):
        deed = deeds.get(t)
        if deed is not None:
            return _agreeing_actor(v, deed, pronoun)
        ent = v.ent_tok.get(t)
        if ent is not None:
            s = t
            s = v.skip_back_ent(s, ent, a)
            kind = ent.link.kind if ent.link is not None else ""
            if ent.type == "LOC" and kind == "country" and _adjective(v, s):
                pass  # طائرة حربية سورية: the phrase is read from its head
            elif ent.type in ("PER", "ORG") or (ent.type == "LOC" and kind == "country"
                                                and not _as_place(v, s, a)):
                span = (s, t + 1) if ent.type == "PER" else _whole(v, s, t + 1, k)
                if agrees(v, span, pronoun):
                    return [_role(v, span)]
            elif ent.type == "LOC" and pronoun == "ها":
                return None  # a place nearer than any party: the pronoun may be the place
            t = s - 1
            continue
        if v.word(t) and _place_agrees(v, t, pronoun):
            return None  # المدينة، مناطق … قصفها: the pronoun may be the place
        if v.word(t) and _referent_head(v, t):
            s = t
            while s - 1 >= a and v.word(s - 1) and _referent_head(v, s - 1) \
                    and not v.is_def(s - 1):
                s -= 1  # قوات | النظام: the construct's first noun heads the phrase
            span = _whole(v, s, t + 1, k)
            if agrees(v, span, pronoun):
                return [_role(v, span)]
            t = s - 1
            continue
        t -= 1
    return None


def _role(v: View, span: TokSpan) -> Role:
    """The role over a span, without a preposition ل/ب glued to its head (لمقاتلي الحزب)."""
    r = v.role(*span)
    n = v.bare(span[0])
    if r.start == v.toks[span[0]].start and n[:1] in "بل" and not v.is_def(span[0]) \
            and span[0] not in v.ent_tok:
        _, index = normalize_with_map(v.text[r.start:v.toks[span[0]].end])
        r.start += index[1] if len(index) > 1 else 0
    return r


def _agreeing_actor(v: View, deed: Event, pronoun: str) -> list[Role] | None:
    if not deed.actor:
        return None
    span = v.token_range(deed.actor[0].start, deed.actor[0].end)
    if not agrees(v, span, pronoun) and not (len(deed.actor) > 1 and pronoun in ("ها", "هم")):
        return None
    return [Role(r.start, r.end, r.entity) for r in deed.actor]


def _place_agrees(v: View, t: int, pronoun: str) -> bool:
    """A definite place noun (المدينة) or a plural of places (مناطق، مواقع) the pronoun
    could stand for."""
    feminine = v.raw(t).endswith("ة")
    if pronoun == "ها":  # المدينة؛ مناطق، مواقع: plurals of things take ها too
        return v.is_def(t) and place_word(v, t) and feminine or generic_place(v, t)
    return pronoun == "ه" and v.is_def(t) and not feminine \
        and v.bare(t)[2:] in event_markers()["named_place_heads"]  # المخيم، المطار


def _as_place(v: View, s: int, a: int) -> bool:
    """في سوريا، بتركيا: a country after a preposition is where, not who."""
    if v.clitic_start(s) > v.toks[s].start and v.bare(s)[:1] in "بل":
        return True
    return s - 1 >= a and (v.norms[s - 1] in AFTER_PLACE or place_word(v, s - 1))


def _adjective(v: View, s: int) -> bool:
    """طائرة حربية سورية: a country written as the adjective of the noun before it."""
    word = v.raw(s)
    return s > 0 and word.endswith(("ية", "ي")) and v.word(s - 1) and not v.is_verb(s - 1) \
        and s - 1 not in v.ent_tok and not v.stop(s - 1)


def _referent_head(v: View, t: int) -> bool:
    M = event_markers()
    heads = M["agent_heads"] | M["referent_heads"]
    n = v.bare(t)
    return v.in_words(t, heads) or (n[:1] in "بل" and len(n) > 4 and (
        n[1:] in heads or n[1:3] == "ال" and n[3:] in heads or n[1:2] == "ل" and n[2:] in heads))


def _whole(v: View, s: int, e: int, k: int) -> TokSpan:
    """The noun phrase from s, at least to e, never reaching the noun at k."""
    end = min(v.np_forward(s, k, prefixed_ok=True), k)
    cut = next((x for x in range(e, end) if v.in_time(x)), end)  # النظام | اليوم
    return (s, max(e, cut))


def agrees(v: View, span: tuple[int, int], pronoun: str) -> bool:
    """ه: a masculine singular (a person, تنظيم، الجيش); ها: a feminine or a plural of things
    (قوات، الحكومة، a country); هم: a plural of people (المتمردين، الحوثيين، الثوار)."""
    s = span[0]
    while s < span[1] - 1 and (counted(v, s, s + 1) or v.norms[s].isdigit()):
        s += 1
    word = v.text[v.clitic_start(s):v.toks[s].end]
    M = event_markers()
    n = v.bare(s)
    n = n[1:] if n[:1] in "بل" and (n[1:3] == "ال" or n[1:] in M["people_plurals"]
                                    or n[1:] in M["agent_heads"]) else n  # لمقاتلي
    n = n[2:] if n.startswith("ال") and len(n) > 4 else n
    ent = v.ent_tok.get(s)
    country = ent is not None and ent.type == "LOC"
    feminine = word.endswith("ة") or n.endswith("ات") or country or n in M["feminine_heads"]
    people = (n.endswith(HUMAN_PLURAL_ENDINGS) and len(n) > 4) or n in M["people_plurals"]
    if ent is not None and ent.type == "PER":
        return pronoun == "ه"
    if pronoun == "ه":
        return not feminine and not people
    if pronoun == "ها":
        return feminine and not people
    return people  # هم
