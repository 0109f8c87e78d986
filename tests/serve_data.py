"""A small real store for the API, security and browser tests.

Real articles from the demo corpus go through the real pipeline; next to them,
documents whose layers are set by hand (Arabic sentences written for the
tests, spans found by `str.find`) so that every dashboard page has events,
claims, a conflict, geocoded places and a network whatever the state of the
extraction layers. One document is hostile: markup and script in its text,
title, outlet, URL and knowledge-base names, to prove they all render inert.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.pipeline import Pipeline, extract
from rasd.readers.files import record_from_json

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo-data" / "saudinewsnet" / "articles.jsonl"

XSS_MARK = "__rasd_xss"  # any script that runs sets window.__rasd_xss

RUSSIA = {
    "id": "country-RU",
    "name_ar": "روسيا",
    "name_en": "Russia",
    "kind": "country",
    "country": "RU",
    "lat": None,
    "lon": None,
}
RU_MOD = {
    "id": "org-ru-mod",
    "name_ar": "وزارة الدفاع الروسية",
    "name_en": "Russian Ministry of Defence",
    "kind": "ministry",
    "country": "RU",
    "lat": None,
    "lon": None,
}
OPPOSITION = {
    "id": "group-sy-opposition",
    "name_ar": "فصائل المعارضة",
    "name_en": "Opposition factions",
    "kind": "armed-group",
    "country": "SY",
    "lat": None,
    "lon": None,
}
SOHR = {
    "id": "org-sohr",
    "name_ar": "المرصد السوري لحقوق الإنسان",
    "name_en": "Syrian Observatory for Human Rights",
    "kind": "media",
    "country": "GB",
    "lat": None,
    "lon": None,
}
ALEPPO = {
    "id": "sy-aleppo-city",
    "name_ar": "حلب",
    "name_en": "Aleppo",
    "kind": "city",
    "country": "SY",
    "lat": 36.2021,
    "lon": 37.1343,
}
GENEVA = {
    "id": "ch-geneva",
    "name_ar": "جنيف",
    "name_en": "Geneva",
    "kind": "city",
    "country": "CH",
    "lat": 46.2044,
    "lon": 6.1432,
}
DOUMA = {
    "id": "sy-douma",
    "name_ar": "دوما",
    "name_en": "Douma",
    "kind": "city",
    "country": "SY",
    "lat": 33.5717,
    "lon": 36.4028,
}
LAVROV = {
    "id": "person-lavrov",
    "name_ar": "سيرغي لافروف",
    "name_en": "Sergey Lavrov",
    "kind": "person",
    "country": "RU",
    "lat": None,
    "lon": None,
}
KERRY = {
    "id": "person-kerry",
    "name_ar": "جون كيري",
    "name_en": "John Kerry",
    "kind": "person",
    "country": "US",
    "lat": None,
    "lon": None,
}
UN = {
    "id": "org-un",
    "name_ar": "الأمم المتحدة",
    "name_en": "United Nations",
    "kind": "organization",
    "country": None,
    "lat": None,
    "lon": None,
}

XSS_ACTOR = {
    "id": "org-xss",
    "name_ar": f'<img src=x onerror="window.{XSS_MARK}=6">',
    "name_en": f'<img src=x onerror="window.{XSS_MARK}=6">',
    "kind": "armed-group",
    "country": None,
    "lat": None,
    "lon": None,
}
XSS_PLACE = {
    "id": "sy-idlib-xss",
    "name_ar": f'<b onmouseover="window.{XSS_MARK}=7">إدلب</b>',
    "name_en": f'<img src=x onerror="window.{XSS_MARK}=7">',
    "kind": "city",
    "country": "SY",
    "lat": 35.9306,
    "lon": 36.6339,
}


class Builder:
    """Spans by surface: `at("حلب")` is the first حلب, `at("قصفت", 2)` the second قصفت."""

    def __init__(self, text: str) -> None:
        self.text = text

    def at(self, surface: str, nth: int = 1) -> dict[str, Any]:
        i = -1
        for _ in range(nth):
            i = self.text.find(surface, i + 1)
            assert i >= 0, f"{surface!r} ({nth}) not in text"
        return {"text": surface, "start": i, "end": i + len(surface)}

    def role(self, surface: str, entity: str | None = None, nth: int = 1) -> dict[str, Any]:
        return {**self.at(surface, nth), "entity": entity}


def _doc(text: str, meta: dict[str, Any], build) -> Document:
    b = Builder(text)
    layers = build(b)
    d = {
        "text": text,
        "meta": {"language": "ar", **meta},
        "sentences": [{"start": 0, "end": len(text)}],
    }
    for key in ("entities", "quantities", "times", "claims", "events"):
        d[key] = layers.get(key, [])
    doc = Document.from_dict(d)
    for key in ("entities", "claims", "events"):
        assert len(getattr(doc, key)) == len(d[key])
    return doc


def _ent(b: Builder, eid: str, surface: str, etype: str, link: dict | None, nth: int = 1):
    return {**b.at(surface, nth), "id": eid, "type": etype, "link": link}


def _event(
    eid: str,
    etype: str,
    trigger,
    *,
    actor=(),
    recipient=(),
    location=(),
    time=None,
    dead=None,
    injured=None,
    status="asserted",
    claim=None,
    mode=(),
) -> dict[str, Any]:
    return {
        "id": eid,
        "sentence": 0,
        "type": etype,
        "mode": list(mode),
        "trigger": trigger,
        "actor": list(actor),
        "recipient": list(recipient),
        "location": list(location),
        "time": time,
        "dead": dead,
        "injured": injured,
        "size": None,
        "status": status,
        "claim": claim,
    }


def _claim(
    cid: str,
    b: Builder,
    speaker: str,
    entity: str | None,
    kind: str,
    cue: str,
    content: str,
    direct: bool = False,
) -> dict[str, Any]:
    return {
        "id": cid,
        "sentence": 0,
        "speaker": {**b.role(speaker, entity), "kind": kind},
        "cue": b.at(cue),
        "content": b.at(content),
        "direct": direct,
        "via": None,
    }


def airstrike_report() -> Document:
    text = (
        "شنت الطائرات الروسية غارات على حلب يوم الثلاثاء أسفرت عن مقتل 12 مدنيا. "
        "وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت الأحياء الشرقية من المدينة."
    )

    def build(b: Builder) -> dict[str, Any]:
        t = b.at("يوم الثلاثاء")
        return {
            "entities": [
                _ent(b, "e1", "الروسية", "LOC", RUSSIA),
                _ent(b, "e2", "حلب", "LOC", ALEPPO),
                _ent(b, "e3", "المرصد السوري لحقوق الإنسان", "ORG", SOHR),
            ],
            "quantities": [{**b.at("12"), "value": 12, "unit": "مدني"}],
            "times": [{**t, "date": "2016-12-13", "part": None}],
            "claims": [
                _claim(
                    "c1",
                    b,
                    "المرصد السوري لحقوق الإنسان",
                    "e3",
                    "institution",
                    "وقال",
                    "الغارات استهدفت الأحياء الشرقية من المدينة",
                )
            ],
            "events": [
                _event(
                    "v1",
                    "ASSAULT",
                    b.at("غارات"),
                    actor=[b.role("الروسية", "e1")],
                    location=[b.role("حلب", "e2")],
                    time={**t, "date": "2016-12-13"},
                    dead=12,
                    mode=["aerial"],
                    claim="c1",
                )
            ],
        }

    return _doc(
        text,
        {
            "source": "aawsat",
            "title": "غارات روسية على حلب",
            "url": "https://example.org/aawsat/1",
            "published": "2016-12-13",
        },
        build,
    )


def denial_report() -> Document:
    text = (
        "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت حلب، وقالت إن فصائل المعارضة "
        "قصفت الأحياء الغربية من حلب ما أدى إلى مقتل خمسة مدنيين."
    )

    def build(b: Builder) -> dict[str, Any]:
        return {
            "entities": [
                _ent(b, "e1", "وزارة الدفاع الروسية", "ORG", RU_MOD),
                _ent(b, "e2", "حلب", "LOC", ALEPPO),
                _ent(b, "e3", "فصائل المعارضة", "ORG", OPPOSITION),
                _ent(b, "e4", "حلب", "LOC", ALEPPO, nth=2),
            ],
            "quantities": [{**b.at("خمسة"), "value": 5, "unit": "مدني"}],
            "claims": [
                _claim(
                    "c1",
                    b,
                    "وزارة الدفاع الروسية",
                    "e1",
                    "institution",
                    "وقالت",
                    "فصائل المعارضة قصفت الأحياء الغربية من حلب ما أدى إلى مقتل خمسة مدنيين",
                ),
                _claim(
                    "c2",
                    b,
                    "وزارة الدفاع الروسية",
                    "e1",
                    "institution",
                    "نفت",
                    "أن تكون طائراتها قد قصفت حلب",
                ),
            ],
            "events": [
                _event(
                    "v1",
                    "ASSAULT",
                    b.at("قصفت"),
                    actor=[b.role("طائراتها", "e1")],
                    location=[b.role("حلب", "e2")],
                    status="negated",
                    claim="c2",
                ),
                _event(
                    "v2",
                    "ASSAULT",
                    b.at("قصفت", 2),
                    actor=[b.role("فصائل المعارضة", "e3")],
                    location=[b.role("حلب", "e4", nth=2)],
                    dead=5,
                    claim="c1",
                ),
            ],
        }

    return _doc(
        text,
        {
            "source": "okaz",
            "title": "موسكو تنفي قصف حلب",
            "url": "https://example.org/okaz/2",
            "published": "2016-12-13",
        },
        build,
    )


def talks_report() -> Document:
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف "
        "يوم الأربعاء لبحث وقف إطلاق النار في حلب، وقال لافروف إن المحادثات كانت مثمرة."
    )

    def build(b: Builder) -> dict[str, Any]:
        t = b.at("يوم الأربعاء")
        return {
            "entities": [
                _ent(b, "e1", "سيرغي لافروف", "PER", LAVROV),
                _ent(b, "e2", "جون كيري", "PER", KERRY),
                _ent(b, "e3", "جنيف", "LOC", GENEVA),
                _ent(b, "e4", "حلب", "LOC", ALEPPO),
                _ent(b, "e5", "لافروف", "PER", LAVROV, nth=2),
            ],
            "times": [{**t, "date": "2016-12-14", "part": None}],
            "claims": [_claim("c1", b, "لافروف", "e5", "named", "وقال", "المحادثات كانت مثمرة")],
            "events": [
                _event(
                    "v1",
                    "CONSULT",
                    b.at("التقى"),
                    actor=[b.role("سيرغي لافروف", "e1")],
                    recipient=[b.role("جون كيري", "e2")],
                    location=[b.role("جنيف", "e3")],
                    time={**t, "date": "2016-12-14"},
                    mode=["visit"],
                )
            ],
        }

    return _doc(
        text,
        {
            "source": "alriyadh",
            "title": "لافروف وكيري في جنيف",
            "url": "https://example.org/alriyadh/3",
            "published": "2016-12-15",
        },
        build,
    )


def aid_report() -> Document:
    text = (
        "وصلت قافلة مساعدات تابعة للأمم المتحدة إلى مدينة دوما في ريف دمشق أمس، "
        "وتضم القافلة 40 شاحنة محملة بالغذاء والدواء."
    )

    def build(b: Builder) -> dict[str, Any]:
        return {
            "entities": [
                _ent(b, "e1", "للأمم المتحدة", "ORG", UN),
                _ent(b, "e2", "دوما", "LOC", DOUMA),
            ],
            "quantities": [{**b.at("40"), "value": 40, "unit": "شاحنة"}],
            "times": [{**b.at("أمس"), "date": "2016-12-14", "part": None}],
            "events": [
                _event(
                    "v1",
                    "AID",
                    b.at("قافلة مساعدات"),
                    actor=[b.role("للأمم المتحدة", "e1")],
                    location=[b.role("دوما", "e2")],
                    time={**b.at("أمس"), "date": "2016-12-14"},
                )
            ],
        }

    return _doc(
        text,
        {
            "source": "almadina",
            "title": "قافلة مساعدات إلى دوما",
            "url": "https://example.org/almadina/4",
            "published": "2016-12-15",
        },
        build,
    )


XSS_TEXT = (
    f"هذا مقال يحتوي <script>window.{XSS_MARK}=3</script> وصورة "
    f'<img src=x onerror="window.{XSS_MARK}=4"> ورابط '
    f'<a href="javascript:window.{XSS_MARK}=5">اضغط هنا</a> . '
    "وقصفت القوات مدينة إدلب، وقال المتحدث إن القصف مستمر."
)


def hostile_report() -> Document:
    def build(b: Builder) -> dict[str, Any]:
        img = f'<img src=x onerror="window.{XSS_MARK}=4">'
        return {
            "entities": [
                _ent(b, "e1", img, "ORG", XSS_ACTOR),
                _ent(b, "e2", "إدلب", "LOC", XSS_PLACE),
                _ent(b, "e3", f"<script>window.{XSS_MARK}=3</script>", "PER", None),
            ],
            "claims": [
                _claim(
                    "c1",
                    b,
                    f"<script>window.{XSS_MARK}=3</script>",
                    "e3",
                    "named",
                    "وقال",
                    "القصف مستمر",
                )
            ],
            "events": [
                _event(
                    "v1",
                    "ASSAULT",
                    b.at("قصفت"),
                    actor=[b.role(img, "e1")],
                    recipient=[b.role("اضغط هنا")],
                    location=[b.role("إدلب", "e2")],
                    claim=None,
                )
            ],
        }

    return _doc(
        XSS_TEXT,
        {
            "source": f'<img src=x onerror="window.{XSS_MARK}=8">',
            "title": f"<script>window.{XSS_MARK}=1</script> عنوان خبيث",
            "url": f"javascript:window.{XSS_MARK}=9",
            "published": "2016-12-16",
        },
        build,
    )


def hand_built() -> list[Document]:
    return [airstrike_report(), denial_report(), talks_report(), aid_report(), hostile_report()]


def real_articles(n: int = 3) -> list[Document]:
    """The first `n` demo articles through the real pipeline."""
    pipeline = Pipeline()
    docs = []
    with DEMO.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            obj = json.loads(line)
            docs.append(
                extract(
                    record_from_json(obj, f"{DEMO.name}:{i + 1}"),
                    published=(obj.get("date_extracted") or "")[:10] or None,
                    pipeline=pipeline,
                )
            )
    return docs


def build_store(path: Path, real: int = 3) -> dict[str, Any]:
    """Write the test store to `path` (SQLite); returns the documents by role."""
    from rasd.store import Store

    docs = {"hand": hand_built(), "real": real_articles(real)}
    with Store.open(f"sqlite:///{path}") as store:
        store.add_documents(docs["hand"] + docs["real"])
    return docs


@contextlib.contextmanager
def api_client(store_path):  # type: ignore[no-untyped-def]
    """A TestClient of the real app over a SQLite store file."""
    from fastapi.testclient import TestClient

    from rasd.serve.app import create_app
    from rasd.serve.queries import Queries

    queries = Queries.for_url(f"sqlite:///{store_path}")
    try:
        with TestClient(create_app(queries), raise_server_exceptions=False,
                        base_url="http://localhost") as c:
            yield c
    finally:
        queries.close()
