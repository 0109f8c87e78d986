"""Cross-report merging: when an event mention tells a merged event, and why.

Pure functions over `Mention`s (one event of one document, reduced to what
identifies an event) and `State`s (what a merged event's members add up to).
The store feeds them rows and writes back what they decide. Tolerances and
tables live in data/store/merge.json.

What identifies an event:
- its category family (`families`; a category alone by default);
- its date: the event's own date from the text, else the publication day or
  the day before (news lag): an interval, and a mention must overlap the
  merged event's core days;
- its most specific place: a town, a district named after its seat, a
  neighbourhood (`place_levels` >= `specific_level`); a country or a region
  alone never identifies an event. Two places agree when they are the same
  entry, when one lies inside the other (a neighbourhood in its town, by the
  KB's part-of chain), or when they are within `near_km`; two towns further
  apart do not. Places in different countries never agree;
- its actors and targets by KB identity and hierarchy: a role's ids are its
  entry, the entries it belongs to (a ministry, its government, its country)
  and, for an unlinked surface, the country a nationality word names
  (طائرات حربية تركية -> Turkey). Two roles agree when their ids meet; a
  match is specific when the shared id is not a country.

A mention joins a merged event when, against the merged event's core (the
features most of its members share, never the union of all of them):
family and status group agree, the dates overlap, no place, country, actor
or target disagrees, and either a specific place agrees or (with no specific
place on one side) actors and targets agree and one of them specifically, or
one party whose acts are few and each reported (a person, a council) agrees,
or (no specific place on either side) the same state acts in the same other
country, or the words around the trigger are the same.
Accounts that name different actors of the same place and day are one event
with an actor conflict, unless the roles are reversed (an attack and the
reply to it). Mentions with nothing specific (no specific place, no actor
or target beyond a country) never merge.

Conflicts are data: kind, field and the accounts (outlet, speaker, value,
sentence offsets); the UI words them.
"""

from __future__ import annotations

from rasd.store.merge.candidates import matches, mention_keys, told_by
from rasd.store.merge.cores import bridged, cores_agree, cores_meet
from rasd.store.merge.mention import Mention, Party, Place, abroad_keys, cells, km, merged_id
from rasd.store.merge.parties import meet, role_evidence, sides
from rasd.store.merge.places import near_identifies
from rasd.store.merge.scoring import REFUSALS, Evidence, compare, judge, one_land
from rasd.store.merge.state import Core, State, retellable
from rasd.store.merge.tables import (
    controls,
    disputed,
    family,
    modes_agree,
    place_level,
    quad,
    rules,
    status_group,
)
from rasd.store.merge.view import TOP_NAMES, conflicts, summary
from rasd.store.merge.wording import (
    PHRASING_GRAM,
    PHRASING_SIZE,
    WORDING_KEYS,
    WORDING_MEMBERS,
    WORDING_MIN,
    WORDING_SIZE,
    phrasing,
    resemblance,
    sketch,
)

__all__ = [
    "Core", "Evidence", "Mention", "PHRASING_GRAM", "PHRASING_SIZE", "Party", "Place",
    "REFUSALS", "State", "TOP_NAMES", "WORDING_KEYS", "WORDING_MEMBERS", "WORDING_MIN",
    "WORDING_SIZE", "abroad_keys", "bridged", "cells", "compare", "conflicts", "controls",
    "cores_agree", "cores_meet", "disputed", "family", "judge", "km", "matches", "meet",
    "mention_keys", "merged_id", "modes_agree", "near_identifies", "one_land", "phrasing",
    "place_level", "quad", "resemblance", "retellable", "role_evidence", "rules", "sides",
    "sketch", "status_group", "summary", "told_by",
]
