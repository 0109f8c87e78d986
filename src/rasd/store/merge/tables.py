"""The merge tables (data/store/merge.json) and the keys read from them."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from rasd import plover
from rasd.once import once


@once
def rules() -> dict[str, Any]:
    path = resources.files("rasd") / "data" / "store" / "merge.json"
    return json.loads(path.read_text(encoding="utf-8"))


def quad(category: str) -> str | None:
    return plover.quad(category)


def family(category: str) -> str:
    return rules()["families"].get(category, category)


def place_level(kind: str | None) -> int:
    """How specific a place of this KB kind is (unlinked LOC surfaces count as towns)."""
    levels = rules()["place_levels"]
    return levels.get(kind or "", levels["_unlinked"])


def status_group(status: str, dated: bool = False) -> str | None:
    """Statuses that may merge together (asserted with negated: a status conflict). A
    background mention the text dates to a day (وكان مسلحون فتحوا الخميس النار: historical,
    on Thursday) tells that day's event: it merges with the reports of it
    (`dated_status_groups`); undated, it never merges (its day is unknown)."""
    if dated and status in rules()["dated_status_groups"]:
        return rules()["dated_status_groups"][status]
    return rules()["status_groups"].get(status)


def disputed(category: str) -> bool:
    """Whether accounts naming different actors of one deed at one place and day tell one
    event with an actor conflict: in material conflict (an attack, an arrest) who did it
    is what the sides dispute; a meeting, a statement or a visit has the actors it names
    (Lavrov meeting al-Khatib and Kerry meeting the Gulf ministers, Doha, 3 August, are
    two meetings), so other actors there are other acts (`disputed_quads`)."""
    return quad(category) in rules()["disputed_quads"]


def modes_agree(category: str, mine: list[str], theirs: list[str]) -> bool:
    """In a category whose modes are different deeds (`distinct_modes`: an arrest and the
    seizure of a town are both COERCE), two accounts naming disjoint modes tell two
    events; a side that names none agrees with any."""
    if category not in rules()["distinct_modes"] or not (mine and theirs):
        return True
    return bool(set(mine) & set(theirs))


def controls(mine: list[str], theirs: list[str]) -> bool:
    """Both sides tell a deed whose place is what it acts on and whose actor is the side
    that gains it (`control_modes`: a town seized): such accounts tell one deed only at
    the same place and by the same side."""
    modes = set(rules()["control_modes"])
    return bool(set(mine) & modes and set(theirs) & modes)
