"""recip9 (issue 12): a named building, base or post that a deed strikes is its target.

The place passes take every role naming a place entity for the event's location; gold rule
26 (tests/gold/README.md) keeps a base, camp, airport, mosque or headquarters that is
struck, stormed or besieged the recipient (للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ،
باستهداف مطار عدن الدولي، حصارها لقاعدة العند الجوية), as rule 1 keeps a building or post;
only settlements named so are places (rule 18). Heads and the besieging lemmas:
data/events/sites.json."""

from __future__ import annotations

from rasd.lexicons import Trigger, event_markers, word_lists
from rasd.once import once
from rasd.roles import View
from rasd.text.normalize import normalize
from rasd.text.segment import clitic_stems


@once
def site_words() -> dict[str, frozenset[str]]:
    """data/events/sites.json, normalized: `site_heads`, `siege_lemmas`."""
    return word_lists("events", "sites.json")


def struck_site(v: View, trig: Trigger, t0: int, i: int, j: int) -> bool:
    """A role [i, j) that names a site struck by an attack (an ASSAULT not of
    `entry_lemmas`) or besieged (a COERCE of `siege_lemmas`): its first word, past clitics
    and the article, one of `site_heads` (one word, or two: مركز شرطة), with a word after
    it. Not for a fight told by its noun at t0 (markers.json `fight_nouns`: تستمر المعارك من
    أجل السيطرة على قاعدة العند): a fight has sides, no one-sided target."""
    W = site_words()
    if v.in_words(t0, event_markers()["fight_nouns"]):
        return False
    lemma = normalize(trig.lemma)
    if not (trig.type == "ASSAULT" and lemma not in W["entry_lemmas"]
            or trig.type == "COERCE" and lemma in W["siege_lemmas"]):
        return False  # (تتقدم باتجاه ميناء المخاء، اقتحمت المسجد الأقصى: where it went)
    if j - i < 2:
        return False
    heads = W["site_heads"]
    two = f"{v.norms[i]} {v.norms[i + 1]}"
    return two in heads or any(
        st in heads or (st.startswith("ال") and st[2:] in heads)
        for st, _, _ in clitic_stems(v.norms[i]))

