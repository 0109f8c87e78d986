"""The place of a deed (places35, issue 12): a talk or agreement told as the purpose of a
meeting placed in its sentence is done where the meeting is held (`context.meeting_purpose`);
a speaker named as a resident of a place in a construct (أحد سكان
العاصمة صنعاء، أهالي قرية …) or with a word that picks one of the local sources (وقال احد
السكان في منطقة الحوبان) speaks from that place (`context_places.speaker_place`). Each row
is a real sentence: a dev article with a fragment of the deed's sentence and its trigger
(run whole), or a free-news or demo sentence run alone; each positive row fails on main
9e17da94."""

from __future__ import annotations

import pytest

from event_helpers import article_event
from rasd.events.context_places import _local_source, _speaker_place
from rasd.lexicons import event_markers
from rasd.pipeline import extract_text
from rasd.roles import View

# dev articles: (article, fragment of the sentence, trigger, places that must be there)
DEV = [
    # fresh10: the summit is held in the Ethiopian capital «لتوقيع الاتفاق»: the signing's place
    ("fresh10/south-sudan-igad-peace-deal-obrien-visit", "على أن تعقد قمة", "توقيع الاتفاق",
     ["العاصمة الإثيوبية"]),
]


@pytest.mark.parametrize("name,fragment,trigger,expected", DEV)
def test_dev_deed_takes_its_place(name: str, fragment: str, trigger: str,
                                  expected: list[str]) -> None:
    doc, e = article_event(name, fragment, trigger)
    got = [doc.span_text(r) for r in e.location]
    assert all(p in got for p in expected), got


# free news: a deed after a placed meeting that is not the meeting's purpose keeps no place
# from it (sentence, the trigger's text, the how-manieth event with that trigger)
NONE = [
    # snn_syria_0275: the meeting with Kerry is what the Doha meeting prepares
    # («للتحضير لاجتماع مع كيري»), not a deed done at it
    ("في غضون ذلك، عقد وزراء خارجية دول مجلس التعاون مساء أمس في الدوحة اجتماعًا تنسيقيًا "
     "للتحضير لاجتماع مع كيري اليوم لبحث الاتفاق النووي مع إيران والأزمة السورية.",
     "اجتماع"),
]


@pytest.mark.parametrize("text,trigger", NONE)
def test_what_a_meeting_prepares_takes_no_place(text: str, trigger: str) -> None:
    doc = extract_text(text, published="2015-08-01")
    hits = [e for e in doc.events if doc.span_text(e.trigger) == trigger]
    assert hits, [doc.span_text(e.trigger) for e in doc.events]
    assert not any(r.via == "meeting_purpose" for e in hits for r in e.location)
    assert all(e.location == [] for e in hits)


def _speaker(text: str):
    doc = extract_text(text, published="2015-08-01")
    assert doc.claims, text
    return View(doc), doc, doc.claims[0].speaker


# real sentences (dev, demo): the speaker's phrase and the place it speaks from
RESIDENTS = [
    # dev (yemen-water-crisis-war-fuel-shortage-sanaa-pr…): «أحد سكان العاصمة صنعاء», a
    # construct with no في: the residents' place
    ("ويقول حسن محمد العومه أحد سكان العاصمة صنعاء إن الأوضاع تزداد سوءا.", ["صنعاء"]),
]


@pytest.mark.parametrize("text,expected", RESIDENTS)
def test_residents_name_their_place(text: str, expected: list[str]) -> None:
    v, doc, sp = _speaker(text)
    found = _speaker_place(v, sp.start, sp.end, event_markers())
    assert [doc.text[v.toks[i].start:v.toks[j - 1].end] for i, j in found] == expected


# (sentence, whether its speaker is a local source)
SOURCES = [
    # demo snn_syria_0195: «احد السكان في منطقة الحوبان»: one of the residents
    ("وقال احد السكان في منطقة الحوبان لـ(اليوم): ان بعض المواقع العسكرية التي لا تزال في "
     "قبضة المتمردين والذين يقصفون بشكل عشوائي الاحياء السكنية بمدافع الهاوزر خاصة جبل "
     "العُلى في منطقة الحوبان..", True),
    # dev (same article): a named man is no local source by his name
    ("ويقول حسن محمد العومه أحد سكان العاصمة صنعاء إن الأوضاع تزداد سوءا.", False),
]


@pytest.mark.parametrize("text,local", SOURCES)
def test_one_of_the_residents_is_a_local_source(text: str, local: bool) -> None:
    v, _, sp = _speaker(text)
    assert _local_source(v, sp, event_markers()) is local
