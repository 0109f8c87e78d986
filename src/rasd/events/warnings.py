"""The roles of a warning (حذر، يحذر، محذرا: THREATEN by convention 7), read by three passes
over its frame (data/events/warnings.json):

- `warner_named`: a warner told by a title (حذر الخبير العسكري اليمني | العميد محسن خصروف)
  goes on to the person's name that closes the title; what lies between is the title's
  (لـ«الجيش السوري الحر»، في شؤون الحركة الحوثية), and a title joined by و before a name
  (والمبعوث الأممي إلى ليبيا برناردينو ليون) is a second warner: none of it is the party
  warned, which is the phrase after them, before what is warned of.
- `participle_object`: after a warning participle (محذرا قادة هذا التنظيم من) the phrase
  is the party warned; the warner is the claim's speaker (rasd.events.attach).
- `no_warned_place`: a place inside what is warned of (من ضرب أى هدف داخل ليبيا) is where
  the danger lies, not where the warning was given (and `warning_event` keeps
  rasd.events.context.land_place from reading "in the country" there).

Reads the frame's actor, recipient and location spans; writes the same."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.frame import Frame, TokSpan
from rasd.events.parties import party_span
from rasd.lexicons import event_markers, warning_words
from rasd.roles import View
from rasd.text.normalize import normalize


def is_warning(f: Frame) -> bool:
    return f.trig.type == "THREATEN" and f.trig.lemma in warning_words()["lemmas"]


def warning_event(v: View, ev: Event) -> bool:
    """An event told by a warning word (حذر، يحذر، محذرة): its clause after the trigger is
    what is warned of."""
    word = normalize(v.text[ev.trigger.start:ev.trigger.end])
    return ev.type == "THREATEN" and any(x in word for x in warning_words()["lemmas"])


def content_start(v: View, k: int, b: int) -> int:
    """The first token at or after k that opens what is warned of (`content_openers`), else
    b; a mark that ends the clause first (`content_ends`) stops the search."""
    W = warning_words()
    while k < b:
        if not v.word(k) and v.text[v.toks[k].start] in W["content_ends"]:
            return b
        if v.word(k) and v.phrase_at(k, W["content_openers"]):
            return k
        k += 1
    return b


def content_end(v: View, k: int, b: int) -> int:
    """The token after what is warned of, opened at token k: the next mark that ends a
    clause (`content_ends`), else b."""
    ends = warning_words()["content_ends"]
    while k < b and (v.word(k) or v.text[v.toks[k].start] not in ends):
        k += 1
    return k


def _person_at(v: View, k: int) -> int:
    """The token after the person's name that opens at token k (a PER entity starting at
    the token or right after its clitic و), else -1."""
    ent = v.ent_tok.get(k)
    if ent is None or ent.type != "PER" or v.ent_tok.get(k - 1) is ent:
        return -1
    k = v.skip_ent(k, ent, len(v.toks))
    return k


def _names_no_one(v: View, s: TokSpan) -> bool:
    """A title that names no one: it opens with a person's title (`person_heads`: الخبير،
    المستشار، والمبعوث) and holds no person's name."""
    return (v.bare(s[0]),) in v.W["person_heads"] and not any(
        (e := v.ent_tok.get(k)) is not None and e.type == "PER" for k in range(s[0], s[1]))


def _name_closing(v: View, j: int, stop: int) -> int:
    """The token after the person's name that closes a title ending at token j, within
    `name_reach` tokens and before `stop` (what is warned of), past the title's genitives,
    links, commas and the rank right before the name (العميد); -1 when a verb, another mark,
    another person's title (حذر المتحدث باسم الخارجية | نظيره الروسي سيرغي لافروف: the party
    warned) or no name comes first."""
    M = event_markers()
    reach = min(stop, j + warning_words()["name_reach"])
    k = j
    while k < reach:
        end = _person_at(v, k)
        if end > 0:
            return end if end <= stop else -1
        if not v.word(k):
            if v.text[v.toks[k].start] not in ",،«»\"“”()":
                return -1
        elif v.is_verb(k) or (v.bare(k),) in v.W["person_heads"] and not (
                v.bare(k) in M["name_titles"] or v.bare(k) in M["rank_qualifiers"]):
            return -1
        k += 1
    return -1


def warner_named(f: Frame) -> None:
    """A warner after the verb told by a title that names no one goes on to the name closing
    the title; a title joined by و right after the warner, closed by a name, is a second
    warner. Recipients inside them are dropped; the party warned is then the party phrase
    right after them, before what is warned of (حذر وزير الخارجية الإيطالي باولو جينتيلوني
    والمبعوث الأممي إلى ليبيا برناردينو ليون | الأطراف الليبية المتنازعة | من مواجهة عزلة)."""
    if not is_warning(f) or not f.trig.verb:
        return
    v, b = f.v, f.b
    after = [x for x in f.actor if x[0] >= f.t1]
    if len(after) != 1:
        return
    s = after[0]
    stop = content_start(v, s[1], b)
    new = list(f.actor)
    end = s[1]
    if _names_no_one(v, s):
        n = _name_closing(v, s[1], stop)
        if n > 0:
            new[new.index(s)] = (s[0], n)
            end = n
    k = end
    if k < stop and v.word(k) and v.norms[k][:1] == "و" and len(v.norms[k]) > 3 \
            and (v.bare(k),) in v.W["person_heads"]:
        np_end = v.np_forward(k, b)
        n = _name_closing(v, np_end, stop) if np_end > k else -1
        if n > 0 and _names_no_one(v, (k, np_end)):
            new.append((k, n))  # والمبعوث الأممي إلى ليبيا برناردينو ليون: a second warner
            end = n
    if end == s[1]:
        return
    f.actor = new
    f.recipient = [r for r in f.recipient if r[0] >= end]
    if not f.recipient and end < stop:
        e = v.np_forward(end, stop)
        span = party_span(v, (end, e)) if e > end else None
        if span is not None and e == stop:
            f.recipient = [span]  # الأطراف الليبية المتنازعة | من: the party warned


def participle_object(f: Frame) -> None:
    """محذرا قادة هذا التنظيم من الأحلام الانفصالية: the phrase right after a warning
    participle is its object, the party warned, never its agent (the participle's warner is
    the subject of the clause it follows, read by the claim's speaker)."""
    if not is_warning(f) or f.trig.verb:
        return
    v = f.v
    f.actor = [x for x in f.actor if not f.t1 <= x[0] < content_start(v, f.t1, f.b)]
    if not f.recipient and f.t1 < f.b and v.word(f.t1):
        e = v.np_forward(f.t1, f.b)
        span = party_span(v, (f.t1, e)) if e > f.t1 else None
        f.recipient = [span] if span is not None else []


def no_warned_place(f: Frame) -> None:
    """حذر وزير الخارجية الألماني من استمرار تصعيد العنف في تركيا، محذرا فى نفس الوقت من
    ضرب أى هدف داخل ليبيا: a place named inside what is warned of (from its opener to the
    next comma) is not the warning's place."""
    if not is_warning(f) or not f.location:
        return
    v = f.v
    k = max([f.t1] + [x[1] for x in f.actor + f.recipient if x[0] >= f.t1])
    s = content_start(v, k, f.b)
    if s >= f.b:
        return
    e = content_end(v, s, f.b)
    f.location = [x for x in f.location if not s <= x[0] < e]
