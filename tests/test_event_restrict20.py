"""A restriction (منع) is an event when its movement word follows: entry and exit, and
since events20 leaving and return (مغادرة، العودة), as in «منعتهم مليشيا الحوثي من العودة».
Sentences from fresh13, fresh8 and the demo corpus; a prevention of an abstract thing
(منع عودة أعمال العنف, purpose) and a bare منع stay no restriction."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text


def restrictions(text: str) -> list[str]:
    doc = extract_text(text, published="2015-08-01")
    return [doc.span_text(e.trigger) for e in doc.events if e.type == "COERCE"]


FOUND = [
    # fresh13 (Aden): the people kept from returning home
    ("وأشار إلى أن سكان مدينة كريتر منعتهم مليشيا الحوثي من العودة لمنازلهم.", "منعتهم"),
    # fresh13 (Anbar): an order against leaving a town
    ("وأوضح أن التنظيم نقل مواطنين نحو بلدتي النخيب والعلم فيما أصدر أوامره بمنع مغادرة "
     "مدينة الشرقاط.", "منع"),
    # fresh8 (Yemen): journalists kept from leaving the country
    ("أدانت نقابة الصحفيين اليمنيين قرار ميليشيات الحوثي منع الصحفيين من مغادرة اليمن.", "منع"),
    # demo corpus snn_syria_0382: villagers kept from returning
    ("ما حصل في القصير وقارة والجراجير يدخل في هذا السياق حيث منع سكان هذه القرى السنية من "
     "العودة اليها تحت طائلة الاعتقال.", "منع"),
]


@pytest.mark.parametrize(("text", "trigger"), FOUND)
def test_found(text: str, trigger: str) -> None:
    assert any(t.startswith(trigger) for t in restrictions(text)), restrictions(text)


NOT_FOUND = [
    # purpose: preventing violence from recurring is no restriction of anyone's movement
    "وتقول إسرائيل إن الاحتجاز دون محاكمة مطلوب لمنع عودة أعمال العنف.",
    # no movement word at all (fresh10)
    "حظرت وزارة الداخلية المسدسات اللعبة، وذلك يأتي في إطار جهود منع العنف بين الأطفال.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(text: str) -> None:
    assert not any(t.startswith("منع") or t.startswith("لمنع") for t in restrictions(text))
