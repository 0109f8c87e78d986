"""بحث is talks held with a party, not a search: عن right after the verb refuses the CONSULT
row (senses.json `search_for`). Sentences from unannotated news kept by
scripts/free_news.py --drop-dev."""

from __future__ import annotations

import pytest

from rasd.pipeline import extract_text

ROWS = [
    # (text, whether a CONSULT event is read on a بحث form)
    # news snn_syria_0397: a search for missing fighters
    ("كشفت مصادر لبنانية مطلعة أن حزب الله اللبناني ما زال يبحث عن عدد من عناصره فقدوا خلال "
     "الفترة الماضية خلال المعارك مع المسلحين في بلدة الزبداني السورية.", False),
    # news snn_syria_0080: talks with a delegation, مع after the place and time
    ("بحث ناصر جودة وزير الخارجية الأردني في عمان، أمس، مع وفد لجنة المتابعة المعنية بتنفيذ "
     "نتائج مؤتمر القاهرة الثاني للمعارضة السورية.", True),
    # news snn_syria_0069: a first person plural
    ("وتابع: بحثنا مع وزير الخارجية المصري الأوضاع في اليمن وسوريا والعراق وتعزيز العلاقات.",
     True),
]


@pytest.mark.parametrize("text,talks", ROWS)
def test_search_is_no_talks(text: str, talks: bool) -> None:
    doc = extract_text(text, published="2015-08-01")
    found = [e for e in doc.events if e.type == "CONSULT"
             and "بحث" in doc.text[e.trigger.start:e.trigger.end]]
    assert bool(found) is talks, [(e.type, doc.text[e.trigger.start:e.trigger.end])
                                  for e in doc.events]
