"""A home raided is the raid's recipient (recip1, gold rule 1): the object of a verb of
raiding or storming (`raid_verbs`: داهمت منازلهم، دهموا منازل المواطنين) or the genitive of
its verbal noun (`raid_nouns`: خلال اقتحام منازلهم، بعد مداهمة منازل ذويهم) that is a
dwelling (`dwellings`: منزل، منازل، بيوت، مساكن) names what the raid was done to. Its owner is
often only a pronoun on it (منازلهم) or a kin noun (ذويهم، عائلته), so the party filters
(rasd.events.arguments.only_parties, parties.keep_parties) drop it; this pass reads it after
the first, for an event with no recipient, and marks it kept for the second (as
rasd.events.destroyed does for things destroyed).

Reads the frame's trigger, actor and sentence tokens; writes its recipient and the view's
memo `owned_objects`. Words in data/events/raided.json."""

from __future__ import annotations

from rasd.events.frame import Frame, led_word, one_word_deed, skip_time
from rasd.lexicons import word_lists
from rasd.once import once


@once
def raid_words() -> dict[str, frozenset[str]]:
    """data/events/raided.json, normalized: `raid_verbs`, `raid_nouns`, `dwellings`,
    `owner_pronouns`, `clearing_nouns`, `noun_leads`."""
    return word_lists("events", "raided.json")


def _raiding(f: Frame) -> bool:
    """The trigger is one word, a verb or a verbal noun of raiding."""
    W = raid_words()
    return one_word_deed(f, ("ASSAULT", "COERCE"), W["raid_verbs"], W["raid_nouns"],
                         W["noun_leads"])


def clearing(f: Frame) -> bool:
    """The trigger is one word, a verbal noun of clearing a place (`clearing_nouns`: تطهير،
    لتطهير، وتطهيرها): the place is cleared of the party after من (arguments.taken_from)."""
    if f.trig.verb or f.t1 - f.t0 != 1:
        return False
    W = raid_words()
    n = f.v.bare(f.t0)
    forms = {n} | {n[:-len(p)] for p in W["owner_pronouns"] if n.endswith(p)}
    return any(led_word(x, W["clearing_nouns"], W["noun_leads"]) for x in forms)


def dwelling(word: str) -> tuple[bool, bool]:
    """(the normalized word is a dwelling, it carries its owner's pronoun): منازلهم → (True,
    True), المنزل → (True, False); a و on it (a conjunct of the trigger) is none."""
    W = raid_words()
    w = word[2:] if word.startswith("ال") else word
    if w in W["dwellings"]:
        return True, False
    return any(w.startswith(h) and w[len(h):] in W["owner_pronouns"]
               for h in W["dwellings"]), True


def raided_home(f: Frame) -> None:
    """A raid with no recipient: the dwelling right after it (past a verb's subject and a
    time) is the recipient, with its owner (see the module's doc)."""
    if f.recipient or not _raiding(f):
        return
    v = f.v
    s = skip_time(v, f.t1, f.b)
    subject = next((x for x in f.actor if x[0] == s), None)
    if subject is not None:
        if not f.trig.verb:
            return  # (a noun's genitive is its agent: اقتحام المستوطنين)
        s = skip_time(v, subject[1], f.b)
    if s >= f.b or not v.word(s):
        return
    home, owned = dwelling(v.norms[s])
    if not home:
        return
    e = s + 1 if owned else v.np_forward(s, f.b)
    e = next((t for t in range(s + 1, e) if v.bare(t) != v.norms[t] or v.trigger_noun_at(t)),
             e)  # منازل ذويهم | وتفتيشها: a conjunct deed is no part of the home
    if e <= s:
        return
    f.recipient = [(s, e)]
    from rasd.events.arguments import roles  # (arguments runs this pass)

    kept = v.memo.setdefault("owned_objects", set())
    for r in roles(v, f.recipient):  # the party filter after the sentence keeps it
        kept.add((r.start, r.end))
