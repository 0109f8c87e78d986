"""Each firing of the actors19 passes on the sentences of unannotated articles that hold
their cue words (an allegiance ل phrase, a phrase of support, bulldozers, قصف + a light verb,
حتى after a light verb), each sentence extracted alone; prints the firings by pass and
writes them for a reader.

    .venv/bin/python bench/actor_firings.py NEWS.jsonl [MORE.jsonl ...] --out /tmp/fired.json
"""
import argparse
import json
import re
import sys
from collections import Counter

import rasd.events.arguments as A
import rasd.events.nouns as N
from rasd.pipeline import extract_text

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("files", nargs="+")
ap.add_argument("--out", default="/tmp/actor_firings.json")
args = ap.parse_args()
texts = []
for path in args.files:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            texts.append((path, d.get("content") or d.get("text") or ""))
pat = re.compile(r"جراف|(الموالي|الموالية|الموالين|التابعة|التابع|المناهضة|المناهض|المؤيدة"
                 r"|المتحالفة) ل\S+ \S+|بدعم|بمساندة|بإسناد|بمشاركة|مدعوم|المدعم|مسنود"
                 r"|(قصف|قصفا) (شن|نفذ|تبن)|(تمكن|نجح|واصل|استمر|شن|نفذ|بدأ)\S* [^.،]{0,40} حتى ")
sents = []
seen = set()
for src, t in texts:
    for s in re.split(r"(?<=[.!؟])\s+|\n", t):
        s = s.strip()
        if s and s not in seen and pat.search(s):
            seen.add(s)
            sents.append((src, s))
print(len(sents), file=sys.stderr)
fired = []
cur = {}
o_att = N._attached_complement
def att(v, k):
    r = o_att(v, k)
    if r:
        cur.setdefault("attached", True)
    return r
N._attached_complement = att
o_sup = N._supported_by
def sup(v, e, t0):
    r = o_sup(v, e, t0)
    if r:
        cur.setdefault("supported", True)
    return r
N._supported_by = sup
o_until = N._until_time


def until(v, k, t0):
    r = o_until(v, k, t0)
    if r:
        cur.setdefault("until_time", True)
    return r


N._until_time = until
o_dv = A.deed_noun_read_as_verb
def dv(f):
    r = o_dv(f)
    if r:
        cur.setdefault("read_as_verb", True)
    return r
A.deed_noun_read_as_verb = dv
for src, s in sents:
    cur.clear()
    try:
        doc = extract_text(s, published="2015-08-01")
    except Exception:  # noqa: BLE001 (a sentence the pipeline cannot read is skipped)
        continue
    acts = [(doc.span_text(e.trigger), [doc.span_text(r) for r in e.actor]) for e in doc.events]
    kinds = list(cur)
    if any("جراف" in a for _, aa in acts for a in aa):
        kinds.append("bulldozer")
    if any(re.match(r"(استكمل|أكمل)", w) for w in s.split()):
        kinds.append("completing?")
    for k in kinds:
        fired.append({"pass": k, "src": src, "sent": s[:300], "events": acts})
with open(args.out, "w", encoding="utf-8") as fh:
    json.dump(fired, fh, ensure_ascii=False, indent=0)
print(Counter(f["pass"] for f in fired))
