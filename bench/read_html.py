"""Reading HTML: rasd's page reader against trafilatura alone, on the same pages.

    .venv/bin/python bench/read_html.py [--pages 200] [--rounds 3]

Pages: the demo articles laid out as news pages (navigation and side lists of
headlines, a script and a style block, the article with its title and a
published-time meta tag), plus the real page of ../shared/data/html when
present. `rasd` is `rasd.readers.html.extract_html` (main text, title and date,
from one parse); `trafilatura` is `trafilatura.extract(page)` (main text only,
default options): the floor. Prints ms per page and the ratio to the floor.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo-data" / "saudinewsnet" / "articles.jsonl"
REAL = REPO.parent / "shared" / "data" / "html" / "assabah.com.tn.article.html"


def news_page(a: dict) -> str:
    paras = [p.strip() for p in a["content"].split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
    side = "".join(f"<li><a href='/n/{i}'>خبر رقم {i} عن الأحداث</a></li>" for i in range(40))
    title = html.escape(a["title"])
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>{title}</title><meta property='article:published_time' "
            f"content='{(a.get('date_extracted') or '')[:10]}'><script>var x = 1;"
            + "x++;" * 2000 + "</script><style>p{color:red}" + "a{b:c}" * 500 + "</style>"
            f"</head><body><header><nav><ul>{side}</ul></nav></header><main><article>"
            f"<h1>{title}</h1>\n{body}</article><aside><ul>{side}</ul></aside></main>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import trafilatura

    from rasd.readers.html import extract_html

    with DEMO.open(encoding="utf-8") as fh:
        lines = [line for _, line in zip(range(args.pages), fh, strict=False)]
    pages = [news_page(json.loads(line)) for line in lines]
    if REAL.exists():
        pages.append(REAL.read_text(encoding="utf-8"))
    extract_html(pages[0])
    trafilatura.extract(pages[0])

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        for p in pages:
            fn(p)
        return (time.perf_counter() - t) / len(pages) * 1000

    # rounds alternate between the two, so that the load of the moment weighs on both
    runs = [(timed(trafilatura.extract), timed(extract_html)) for _ in range(args.rounds)]
    floor = min(r[0] for r in runs)
    ours = min(r[1] for r in runs)
    print(f"load {os.getloadavg()[0]:.1f}; {len(pages)} pages, "
          f"{sum(map(len, pages)) // len(pages):,} characters on average; best of {args.rounds}")
    print(f"trafilatura.extract alone (floor)   {floor:6.2f} ms/page")
    print(f"rasd extract_html (text+title+date) {ours:6.2f} ms/page   "
          f"x{ours / floor:.2f} the floor")


if __name__ == "__main__":
    main()
