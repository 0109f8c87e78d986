"""The View's one way to read a token and walk past tokens (views1): `raw`, `comma`,
`skip_quotes`, `skip_back_quotes`, `skip_ent`, `skip_back_ent`, `skip_times`, on two
sentences of free news (scripts/free_news.py over saudinewsnet-syria). The names are given
as entities by their offsets, so the walks are tested apart from the tagger."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity
from rasd.pipeline import STAGES, make_document
from rasd.readers.record import Record
from rasd.roles import View

# «المرصد السوري لحقوق الإنسان» between quotes, times (أمس، الاثنين) between commas
OBSERVATORY = ("وأفاد «المرصد السوري لحقوق الإنسان» أمس، بمقتل سبعة أشخاص، الاثنين، في أكثر "
               "من 300 قذيفة سقطت على بلدتي الفوعة وكفريا في محافظة إدلب.")
# a two-word name (الولايات المتحدة) joined to another (وتركيا), a word with tanween (معًا)
ANNOUNCED = ("وأعلن مسؤول أميركي كبير، أمس، أن الولايات المتحدة وتركيا متفقتان على العمل معًا "
             "لإقامة منطقة خالية من التنظيم.")
NAMES = {OBSERVATORY: [("المرصد السوري لحقوق الإنسان", "ORG"), ("الفوعة", "LOC"),
                       ("كفريا", "LOC"), ("إدلب", "LOC")],
         ANNOUNCED: [("الولايات المتحدة", "LOC"), ("تركيا", "LOC")]}


def _view(text: str) -> View:
    doc: Document = make_document(Record(origin="<test>", text=text), "2016-12-15")
    for name in ("segment", "quantities", "times"):
        doc = STAGES[name](doc)
    doc.entities = [Entity(start=text.index(name), end=text.index(name) + len(name), type=kind)
                    for name, kind in NAMES[text]]
    return View(doc)


@pytest.fixture(scope="module")
def views() -> dict[str, View]:
    return {"observatory": _view(OBSERVATORY), "announced": _view(ANNOUNCED)}


def test_tokens(views: dict[str, View]) -> None:
    """The token indices the tables below are written against."""
    v = views["observatory"]
    assert [v.raw(i) for i in range(10)] == ["وأفاد", "«", "المرصد", "السوري", "لحقوق",
                                             "الإنسان", "»", "أمس", "،", "بمقتل"]
    v = views["announced"]
    assert [v.raw(i) for i in range(11)] == ["وأعلن", "مسؤول", "أميركي", "كبير", "،", "أمس",
                                             "،", "أن", "الولايات", "المتحدة", "وتركيا"]


@pytest.mark.parametrize("view, i, raw, norm", [
    ("announced", 14, "معًا", "معا"),  # the tanween kept (the norm drops it)
    ("observatory", 5, "الإنسان", "الانسان"),  # the hamza kept
    ("observatory", 1, "«", '"'),  # a guillemet as written
])
def test_raw(views: dict[str, View], view: str, i: int, raw: str, norm: str) -> None:
    v = views[view]
    assert v.raw(i) == raw and v.norms[i] == norm


@pytest.mark.parametrize("view, i, comma", [
    ("observatory", 8, True),  # أمس، (Arabic comma)
    ("observatory", 12, True),
    ("observatory", 6, False),  # »
    ("observatory", 7, False),  # أمس
    ("announced", 4, True),
])
def test_comma(views: dict[str, View], view: str, i: int, comma: bool) -> None:
    assert views[view].comma(i) is comma


def test_comma_latin() -> None:
    v = View(STAGES["segment"](make_document(Record(origin="<test>", text="قال المصدر, أمس"),
                                             "2016-12-15")))
    assert [v.comma(i) for i in range(len(v.toks))] == [False, False, True, False]


@pytest.mark.parametrize("view, k, b, marks, out", [
    ("observatory", 1, 10, "«\"“(", 2),  # past «
    ("observatory", 1, 1, "«\"“(", 1),  # the bound first
    ("observatory", 1, 10, "(", 1),  # « is no mark of these
    ("observatory", 2, 10, "«\"“(", 2),  # a word: no quote to skip
    ("observatory", 6, 10, '"»”)', 7),  # a closing quote, if asked
])
def test_skip_quotes(views: dict[str, View], view: str, k: int, b: int, marks: str,
                     out: int) -> None:
    assert views[view].skip_quotes(k, b, marks) == out


@pytest.mark.parametrize("view, k, a, marks, out", [
    ("observatory", 6, 0, '"»”)', 5),  # back past »
    ("observatory", 6, 6, '"»”)', 5),  # a is inclusive: token a itself is skipped
    ("observatory", 6, 7, '"»”)', 6),  # before a: no step
    ("observatory", 5, 0, '"»”)', 5),  # a word
    ("observatory", 1, 1, '"«»”)', 0),  # every token from a to k a mark: a - 1
])
def test_skip_back_quotes(views: dict[str, View], view: str, k: int, a: int, marks: str,
                          out: int) -> None:
    assert views[view].skip_back_quotes(k, a, marks) == out


@pytest.mark.parametrize("view, k, at, b, out", [
    ("observatory", 2, 2, 10, 6),  # past the four words of the observatory's name
    ("observatory", 3, 2, 10, 6),  # from inside it
    ("observatory", 2, 2, 4, 4),  # the bound first
    ("observatory", 6, 2, 10, 6),  # » is not the name's
    ("announced", 8, 8, 20, 10),  # الولايات المتحدة | وتركيا: another name
    ("announced", 10, 10, 20, 11),  # وتركيا alone
])
def test_skip_ent(views: dict[str, View], view: str, k: int, at: int, b: int, out: int) -> None:
    v = views[view]
    assert v.skip_ent(k, v.ent_tok[at], b) == out


@pytest.mark.parametrize("view, k, at, a, out", [
    ("observatory", 6, 5, 0, 2),  # from the token after the name back to its first word
    ("observatory", 4, 2, 0, 2),  # from inside it
    ("observatory", 6, 5, 3, 3),  # not before a
    ("observatory", 2, 2, 0, 2),  # the token before is no word of it
    ("announced", 10, 8, 0, 8),
    ("announced", 11, 10, 0, 10),  # وتركيا: الولايات المتحدة before it is another name
])
def test_skip_back_ent(views: dict[str, View], view: str, k: int, at: int, a: int,
                       out: int) -> None:
    v = views[view]
    assert v.skip_back_ent(k, v.ent_tok[at], a) == out


def test_skip_ent_none(views: dict[str, View]) -> None:
    """`ent` None walks the tokens that are in no entity (as the loops it replaced did)."""
    v = views["observatory"]
    assert v.skip_ent(6, None, 20) == 20 and v.skip_ent(0, None, 20) == 2
    assert v.skip_back_ent(2, None, 0) == 0 and v.skip_back_ent(6, None, 0) == 6


@pytest.mark.parametrize("view, k, b, out", [
    ("observatory", 7, 20, 8),  # أمس | ،
    ("observatory", 13, 20, 14),  # الاثنين | ،
    ("observatory", 8, 20, 8),  # a comma: no time
    ("observatory", 7, 7, 7),  # the bound first
    ("announced", 5, 20, 6),
])
def test_skip_times(views: dict[str, View], view: str, k: int, b: int, out: int) -> None:
    assert views[view].skip_times(k, b) == out
