"""The party a rescue of captives was made against (events40, the gold's coding in fresh7 and
region): حرر الجيش النيجيري 178 شخصا محتجزين رهائن لدى حركة بوكو حرام، أنقذ الجيش 178 شخصا
مختطفا من أيدي جماعة بوكو حرام، أنقذ 178 شخصا كانت جماعة بوكو حرام المتشددة تحتجزهم. Force
was used against the captors: the party after a phrase that opens them (`captor_phrases`:
لدى، من أيدي، في قبضة …) or the subject of a verb of holding after كان/كانت (`holding_verbs`),
in the sentence after the trigger, is the recipient. The freed people are no party struck, so
the rescue keeps no other recipient; when no captor is named it has none.

Reads: an ASSAULT event whose trigger opens with a freeing word (`freeing_words` in
data/events/markers.json), the View's tokens. Writes: the event's recipient."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.parties import keep_parties
from rasd.lexicons import event_markers
from rasd.roles import KANA, View

CAPTOR_REACH = 16  # tokens after the trigger searched for the captors


def freed_roles(v: View, ev: Event, b: int) -> None:
    """A rescue's recipient is the captor named after it in its sentence, or none."""
    M = event_markers()
    if ev.type != "ASSAULT":
        return
    i, j = v.token_range(ev.trigger.start, ev.trigger.end)
    if v.bare(i) not in M["freeing_words"]:
        return
    ev.recipient = []
    kana = None
    for k in range(j, min(b, j + CAPTOR_REACH)):
        if not v.word(k):
            continue
        if (v.bare(k),) in KANA:  # before the subject of a verb of holding
            kana = k
        elif kana is not None and k > kana + 1 and v.bare(k) in M["holding_verbs"]:
            ev.recipient = keep_parties(v, [v.role(kana + 1, k)])
            return
        n = v.phrase_at(k, M["captor_phrases"])
        if n:
            e = v.np_forward(k + n, b)
            if e > k + n:
                ev.recipient = keep_parties(v, [v.role(k + n, e)])
            return
