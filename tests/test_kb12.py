"""kb12 (issue 14): tribes, ethnic groups and sects in the knowledge base; a name that is both
a curated city and a curated governorate (الحديدة) read by the words around it.

1. `curated/groups.tsv` → `scripts/build_kb.py build_groups` → `built/groups.jsonl`: MISC
   entries (kinds ethnic-group, tribe, sect) never added as mentions. A span the tagger or the
   group pass (entities/groups.py) finds on the name is linked; the group pass reads a KB
   group's name after a group noun (قبيلة الدينكا) though it is a KB name.
2. الحديدة after محافظة is the governorate, otherwise the city (the dev gold's convention:
   fresh11 «محافظة الحديدة» Hodeidah Governorate; fresh7, fresh13, fresh19, region Hodeidah).

Sentences from the region news (snn_region_*), the demo corpus (snn_syria_*) and the dev sets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.entities.kb import GROUP_KINDS, get_kb, kind_type
from rasd.pipeline import Pipeline, make_document
from rasd.readers.record import Record

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import build_kb  # noqa: E402

_PIPE = Pipeline(names=("segment", "entities", "link"))


def _doc(text: str) -> Document:
    return next(iter(_PIPE.pipe([make_document(Record(origin="t", text=text, id="t"))])))


def _links(text: str) -> list[tuple[str, str, str | None]]:
    doc = _doc(text)
    return [(doc.span_text(e), e.type, e.link.id if e.link else None) for e in doc.entities]


# (sentence, (span, type, link) that must be among its entities)
GROUPS = [
    ("وكان الرئيس سلفا كير وهو من قبيلة الدينكا قد أقال نائبه رياك مشار الذي ينتمي الى "
     "قبيلة النوير.",  # fresh2, fresh10
     [("الدينكا", "MISC", "group-dinka"), ("النوير", "MISC", "group-nuer")]),
    ("وتابع البيان أن الملا منصور، وهو أيضا من إثنية البشتون، سيحمل لقب «أمير المؤمنين».",
     [("البشتون", "MISC", "group-pashtun")]),  # snn_region_0388, fresh11
    ("وقعت كل من قبيلتي التبو والطوارق الليبيتين بمدينة سبها اتفاقاً لوقف إطلاق النار.",
     [("التبو", "MISC", "group-tebu"), ("الطوارق", "MISC", "group-tuareg")]),  # snn_syria_0176
    ("وكان أتباع طائفة البهرة في المسجد المستهدف.", [("البهرة", "MISC", "group-bohra")]),  # fresh15
    ("واكدت المصادر ان اشتباكات عنيفة دارت في معسكر لبوزة وسط انخراط المئات من قبائل الصبيحة "
     "في صفوف المقاومة والجيش الوطني.",
     [("الصبيحة", "MISC", "group-subayhah")]),  # snn_region_0533
    ("مقام الشيخ عبد الله الواقع بالقرب من مزرعة بيت جن والعائدة ملكيته لطائفة الدروز، ويحظى "
     "لديهم باحترام بالغ.", [("الدروز", "MISC", "group-druze")]),  # snn_syria_0277
    # the tagger's place reads the KB's type (the Tuareg as a people)
    ("فحتى مناطق الطوارق وقبائل التبو في الجنوب غير متقاطعة.",
     [("الطوارق", "MISC", "group-tuareg"), ("التبو", "MISC", "group-tebu")]),  # snn_syria_0265
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_groups_are_linked(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _links(text)
    for row in expected:
        assert row in found, (row, found)


# (sentence, group name the KB holds that no span must take: the ruler adds no mention)
NO_MENTION = [
    ("كذلك تصر جماعات متشددة مثل «جبهة النصرة»، على أنه يجب على العلويين التخلي عن "
     "اعتقاداتهم الدينية.", "العلويين"),  # snn_syria demo
    ("الأمم المتحدة والمجتمع الدولي الذين تخلوا عن سوريا لن يستطيعوا حماية العلويين.",
     "العلويين"),  # snn_syria demo
]


@pytest.mark.parametrize(("text", "name"), NO_MENTION)
def test_group_names_alone_are_not_mentions(text: str, name: str) -> None:
    assert not [s for s, _, _ in _links(text) if name in s]


def test_group_entries_are_misc_and_never_mentions() -> None:
    groups = [e for e in get_kb().entries.values() if e.kind in GROUP_KINDS]
    assert {e.name_en for e in groups} >= {"Dinka", "Nuer", "Pashtun", "Tebu", "Tuareg", "Bohra"}
    for e in groups:
        assert kind_type(e.kind) == "MISC" and not e.mention, e.id


# (groups.tsv row, whether the build accepts it)
BUILD_ROWS = [
    ("group-x\tالدينكا\tDinka\t\tethnic-group\tSS\tx", True),
    ("group-x\tالحديدة\tHodeidah\t\ttribe\tYE\tx", False),  # a curated place's name
    ("group-x\tالدينكا\tDinka\t\tpeople\tSS\tx", False),  # no group kind
]


@pytest.mark.parametrize(("row", "ok"), BUILD_ROWS)
def test_build_groups(tmp_path, monkeypatch, row: str, ok: bool) -> None:
    (tmp_path / "groups.tsv").write_text(
        "# test\nid\tnames_ar\tname_en\taliases_en\tkind\tcountry\tseen\n" + row + "\n",
        encoding="utf-8")
    monkeypatch.setattr(build_kb, "CURATED", tmp_path)
    taken = {build_kb.normalize_key("الحديدة")}
    if ok:
        (entry,) = build_kb.build_groups(taken)
        assert entry["mention"] is False and entry["country"] == "SS"
    else:
        with pytest.raises(SystemExit):
            build_kb.build_groups(taken)


# (sentence, Hodeidah's link): after محافظة the governorate, otherwise the city
HODEIDAH = [
    ("في الوقت الذي تستمر فيه المقاومة الشعبية التهامية في محافظة الحديدة، غرب اليمن، في "
     "التصعيد.", "ye-gov-hodeidah"),  # snn_region_0723
    ("يربط بين مدينة المخاء، غرب تعز، ومحافظة الحديدة، حسبما ذكرت مصادر مطلعة في المدينة.",
     "ye-gov-hodeidah"),  # snn_region_0086
    ("وتزويد عدن وتعز بالمسلحين القادمين من الحديدة وتعزيز بعض ميليشياته المرابطة في باب "
     "المندب.", "ye-city-hodeidah"),  # fresh13
    ("وسوف تطال مساعداتها كل أبناء اليمن سواء كانوا في العاصمة صنعاء أو الحديدة إدراكًا "
     "لمسؤوليتها.", "ye-city-hodeidah"),  # fresh19
    ("في تدمير بعض المواقع للحوثيين في منطقة رأس عيسى ومعسكر الصليف شمال مدينة الحديدة وعلى "
     "خطوط الإمداد في البحر الأحمر.", "ye-city-hodeidah"),  # region
    ("استمرار أعمال الإغاثة للنازحين في صنعاء ومأرب والبيضاء وصعدة والحديدة وتعز.",
     "ye-city-hodeidah"),  # snn_region_0418
]


@pytest.mark.parametrize(("text", "link"), HODEIDAH)
def test_hodeidah_city_or_governorate(text: str, link: str) -> None:
    found = [lk for s, _, lk in _links(text) if s.endswith("الحديدة")]
    assert found == [link], found
