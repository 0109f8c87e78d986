"""Unannotated Arabic text for the teacher to label (training only).

    wikifane: the WikiFANEGold sentences outside its held-out tenth, their gold tags
              ignored (CC BY-SA 3.0: a model trained on it may ship, with attribution);
    news:     the SaudiNewsNet articles of ../shared/data/news (CC BY-NC-SA 4.0),
              cleaned and segmented as rasd reads them, without any article that a gold
              file under tests/gold/ was made from (their ids, from the gold READMEs and
              files, are left out). tests/gold/heldout/ is never opened, so its articles
              cannot be left out: a model trained on `news` must not be scored on it.

Each corpus is a list of documents, each a list of sentences of tokens.
"""

from __future__ import annotations

import json
import re

from ner_corpora import ROOT, SHARED, read_wikifane, split_wikifane
from rasd.clean import clean_text
from rasd.text.segment import split_sentences, tokenize

NEWS = ("saudinewsnet-syria.jsonl", "saudinewsnet-region.jsonl")
Document = list[list[str]]


def segment(text: str) -> Document:
    """Sentences of token strings, as the pipeline cuts them (entities.recognize)."""
    body, _ = clean_text(text)
    tokens = tokenize(body)
    doc: Document = []
    i = 0
    for s in split_sentences(body, tokens):
        words = []
        while i < len(tokens) and tokens[i].start < s.end:
            if tokens[i].start >= s.start:
                words.append(body[tokens[i].start : tokens[i].end])
            i += 1
        if words:
            doc.append(words)
    return doc


def gold_ids() -> set[str]:
    """Dataset ids of the articles the gold files were made from (never trained on)."""
    gold = ROOT / "tests" / "gold"
    seen = [p for p in gold.rglob("*") if "heldout" not in p.relative_to(gold).parts]
    texts = [p.read_text("utf-8") for p in seen if p.suffix in (".md", ".json")]
    return set(re.findall(r"snn_[a-z]+_\d+", "\n".join(texts)))


def news_documents() -> list[Document]:
    skip = gold_ids()
    docs: list[Document] = []
    for name in NEWS:
        for line in (SHARED / "news" / name).read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] in skip:
                continue
            doc = segment(rec["content"])
            if doc:
                docs.append(doc)
    return docs


def wikifane_documents(block: int = 50) -> list[Document]:
    """The train part of WikiFANE as documents of `block` sentences (its held-out tenth
    is taken out in blocks of 50: the documents do not straddle it)."""
    (words, _), _ = split_wikifane(*read_wikifane("core"))
    return [words[i : i + block] for i in range(0, len(words), block)]


def documents(name: str) -> list[Document]:
    return {"news": news_documents, "wikifane": wikifane_documents}[name]()


if __name__ == "__main__":
    for n in ("wikifane", "news"):
        d = documents(n)
        print(n, len(d), "documents", sum(map(len, d)), "sentences",
              sum(len(s) for doc in d for s in doc), "tokens")
    print(len(gold_ids()), "gold article ids left out")
