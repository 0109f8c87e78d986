"""review1 (sixteenth session): the pieces the review named or moved, on real words.

- scripts/build_kb.py `build_loyal_forms` as named steps: the ل + owner spelling, a row's
  names, and an unknown entry or person refused with a message (was a KeyError for a person).
- events/raided.py, destroyed.py and statements.py: the proclitic leads read from their data
  files; raided and destroyed read their one-word deed with one helper (frame.one_word_deed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rasd.events import destroyed, raided, statements
from rasd.events.frame import led_word
from rasd.text.normalize import normalize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import build_kb  # noqa: E402


@pytest.mark.parametrize(("owner", "written"), [
    ("الشرعية", "للشرعية"),  # ل + ال: the alif elided
    ("اللواء", "للواء"),  # ل + الل: one lam of the article dropped too
    ("هادي", "لهادي"),  # no article
])
def test_lam_before_the_owner(owner: str, written: str) -> None:
    assert build_kb._to(owner) == written


HEADS = "@loyal\tالقوات الموالية\n@construct\tقوات\n"
ORGS = {"org-x": {"id": "org-x", "names_ar": ["قوات المخلوع"], "kind": "military",
                  "country": "YE"}}
PERSONS = {"person-saleh": {"names_ar": ["علي صالح"]}}


@pytest.mark.parametrize(("row", "names", "nominal"), [
    # a person owner: the names holding the person are nominal
    ("org-x\tperson-saleh\tالرئيس\tصالح",
     ["القوات الموالية لصالح", "قوات صالح", "القوات الموالية لعلي صالح", "قوات علي صالح",
      "القوات الموالية للرئيس علي صالح", "قوات الرئيس علي صالح"],
     ["القوات الموالية لعلي صالح", "قوات علي صالح", "القوات الموالية للرئيس علي صالح",
      "قوات الرئيس علي صالح"]),
    # no person: the titles are owners of their own, nothing nominal
    ("org-x\t\tحكومة الوفاق\tالمجلس الرئاسي",
     ["القوات الموالية لحكومة الوفاق", "قوات حكومة الوفاق", "القوات الموالية للمجلس الرئاسي",
      "قوات المجلس الرئاسي"], []),
    # a person-holding name lengthening the entry's own name (قوات المخلوع + صالح) is left out
    ("org-x\tperson-saleh\tالمخلوع\t",
     ["القوات الموالية لعلي صالح", "قوات علي صالح", "القوات الموالية للمخلوع علي صالح"],
     ["القوات الموالية لعلي صالح", "قوات علي صالح", "القوات الموالية للمخلوع علي صالح"]),
])
def test_loyal_row_names(tmp_path, monkeypatch, row: str, names: list[str],
                         nominal: list[str]) -> None:
    (tmp_path / "loyal-forms.tsv").write_text(HEADS + row + "\n", encoding="utf-8")
    monkeypatch.setattr(build_kb, "CURATED", tmp_path)
    (entry,) = build_kb.build_loyal_forms(ORGS, PERSONS)
    assert entry["names_ar"] == names and entry["nominal_ar"] == nominal


@pytest.mark.parametrize(("row", "message"), [
    ("org-y\t\tحكومة الوفاق\t", "unknown entry org-y"),
    ("org-x\tperson-nobody\tالرئيس\t", "unknown person person-nobody"),
])
def test_loyal_row_refused(tmp_path, monkeypatch, row: str, message: str) -> None:
    (tmp_path / "loyal-forms.tsv").write_text(HEADS + row + "\n", encoding="utf-8")
    monkeypatch.setattr(build_kb, "CURATED", tmp_path)
    with pytest.raises(SystemExit, match=message):
        build_kb.build_loyal_forms(ORGS, PERSONS)


@pytest.mark.parametrize(("word", "found"), [
    ("مداهمة", True), ("بالمداهمة", True), ("للاقتحام", True), ("باقتحام", True),
    ("فاقتحام", False),  # ف is no lead of a raid noun (the view's bare word drops it first)
    ("مداهمتها", False),  # a pronoun is not stripped here
])
def test_raid_noun_leads(word: str, found: bool) -> None:
    W = raided.raid_words()
    assert led_word(normalize(word), W["raid_nouns"], W["noun_leads"]) is found


@pytest.mark.parametrize(("word", "found"), [
    ("تدمير", True), ("والتدمير", True), ("بالتدمير", True), ("لتفجير", True),
    ("وتدمير", False),  # و on an indefinite noun is no lead here (the view's bare word drops it)
])
def test_destroy_noun_leads(word: str, found: bool) -> None:
    W = destroyed.destroy_words()
    assert led_word(normalize(word), W["destroy_nouns"], W["noun_leads"]) is found


def test_statement_leads_in_order() -> None:
    leads, definite = statements._statement_leads()
    assert leads[-1] == "" and leads.index("بال") < leads.index("ب")
    assert definite == {"بال", "لل", "ال"} and "ف" in leads
