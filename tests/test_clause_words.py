"""The clause words of the events passes are data (markers.json `where_openers`,
`ambiguous_relatives`), read by the helpers of rasd.events.frame, on real sentences of
free news (saudinewsnet region and Syria)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from event_helpers import actors, before_events
from rasd.events.frame import ambiguous_relative, clear_relative, where_at
from rasd.roles import View

HROUR = ("وذكر المصدر أن الهجوم كان من جهة الحرور، وهو الطريق الذي يربط بين أبين ولحج، حيث "
         "هاجم الجيش والمقاومة القادمون من لحج مواقع الحوثيين بمختلف الأسلحة الثقيلة.")
CLASHES = ("وأوضحت المصادر أن المواجهات لا تزال مستمرة، حيث سقط فيها أربعة قتلى من الميليشيا "
           "إضافة إلى قياديين اثنين.")
FIGARO = ("والمرجح أن تكون ليبيا كذلك»، وحيث قالت صحيفة «لوفيغارو» الفرنسية إن «سايكس - بيكو» "
          "لم تعد تعكس الواقع على الأرض.")
RELIEF = ("ويعكف تريفيتيك على جمع بيانات من داخل سوريا لصالح منظمات الإغاثة العاملة هناك، بحيث "
          "تتمكن من تصميم ومراقبة برامج.")


def _marked(text: str, test) -> list[str]:
    v = View(before_events(text))
    return [v.text[t.start:t.end] for k, t in enumerate(v.toks) if v.word(k) and test(v, k)]


@pytest.mark.parametrize("text, where", [
    (HROUR, ["حيث"]),
    (CLASHES, ["حيث"]),
    (FIGARO, ["وحيث"]),  # with its conjunction
    (RELIEF, []),  # بحيث is "so that", no "where"
])
def test_where_at_marks_the_clause_opening_where(text: str, where: list[str]) -> None:
    assert _marked(text, where_at) == where


@pytest.mark.parametrize("text, clear, ambiguous", [
    (HROUR, ["الذي"], ["من", "من"]),  # من جهة الحرور، من لحج: "from"
    (RELIEF, [], ["من", "من"]),
])
def test_relatives_other_than_min_and_ma_are_clear(text: str, clear: list[str],
                                                    ambiguous: list[str]) -> None:
    assert _marked(text, lambda v, k: clear_relative(v.norms[k])) == clear
    assert _marked(text, lambda v, k: ambiguous_relative(v.norms[k])) == ambiguous


def test_the_deed_after_where_keeps_its_own_clause() -> None:
    """The deed told after حيث has its own subject for actor, none of the clause before."""
    assert actors(HROUR, "هاجم") == ["الجيش والمقاومة القادمون"]


EVENTS = Path(__file__).resolve().parent.parent / "src" / "rasd" / "events"
IN_CODE = re.compile(r'[=!]= "و?حيث"|in \("و?حيث"|in \("(?:من|ما)", "(?:من|ما)"\)')


def test_no_events_module_spells_these_words_in_code() -> None:
    """حيث and the pair من/ما are tested through the helpers, never as literals."""
    found = [f"{p.name}:{i}" for p in sorted(EVENTS.glob("*.py"))
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if IN_CODE.search(line)]
    assert found == []
