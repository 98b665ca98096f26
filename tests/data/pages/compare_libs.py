"""Compare htmldate / trafilatura with the project's page reading on the page corpus.

Run with a Python that has htmldate and trafilatura installed (they are not
dependencies of the project) and the project importable::

    PYTHONPATH=. python tests/data/pages/compare_libs.py [tune|heldout|all]

Prints, over the HTML pages: publication dates right / wrong / missed and
ms per page for htmldate (fast and extensive modes) and for
``viewer.corpus.page``; and for the body, the share of gold body lines kept
and of gold furniture lines leaked by trafilatura's main-content extraction
and by the project's body span + furniture spans.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main(split: str) -> None:
    from htmldate import find_date
    from trafilatura import extract

    from viewer.corpus.htmltext import read_html
    from viewer.corpus.page.read import read_page

    gold = [g for g in json.loads((HERE / "gold" / "pages.json").read_text("utf-8"))
            if g["file"].startswith("html/") and (split == "all" or g["split"] == split)]
    docs = [(g, (HERE / g["file"]).read_text("utf-8")) for g in gold]
    rows = {}

    def score(name, fn):
        right = wrong = missed = 0
        t = time.perf_counter()
        for g, doc in docs:
            got = fn(doc)
            if got == g["published"]:
                right += 1
            elif got is None:
                missed += 1
            else:
                wrong += 1
        ms = (time.perf_counter() - t) * 1000 / len(docs)
        rows[name] = (right, wrong, missed, ms)

    score("htmldate fast", lambda d: find_date(d, extensive_search=False, original_date=True,
                                                outputformat="%Y-%m-%d"))
    score("htmldate extensive", lambda d: find_date(d, extensive_search=True, original_date=True,
                                                     outputformat="%Y-%m-%d"))

    def ours(d):
        p = read_html(d)
        r = read_page(p.text, p)
        return r.published.isoformat() if r.published else None

    score("viewer.corpus.page", ours)
    text_docs = [(g, (HERE / g["file"]).read_text("utf-8"))
                 for g in json.loads((HERE / "gold" / "pages.json").read_text("utf-8"))
                 if g["file"].startswith("text/") and (split == "all" or g["split"] == split)]
    html_docs = docs
    docs = [(g, "<html><body><pre>" + t.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>")
            for g, t in text_docs]
    score("htmldate fast (text)", lambda d: find_date(d, extensive_search=False, original_date=True,
                                                       outputformat="%Y-%m-%d"))
    score("htmldate ext. (text)", lambda d: find_date(d, extensive_search=True, original_date=True,
                                                       outputformat="%Y-%m-%d"))
    docs = text_docs

    def ours_text(d):
        r = read_page(d)
        return r.published.isoformat() if r.published else None

    score("ours (text)", ours_text)
    docs = html_docs
    print(f"{len(docs)} HTML + {len(text_docs)} text pages ({split}); publication date")
    print(f"{'reader':22} {'right':>5} {'wrong':>5} {'missed':>6} {'ms/page':>8}")
    for k, (a, b, c, ms) in rows.items():
        print(f"{k:22} {a:5} {b:5} {c:6} {ms:8.2f}")

    def body_score(name, fn):
        kept = body = leaked = furn = 0
        t = time.perf_counter()
        for g, doc in docs:
            text = fn(doc)
            lines = {ln.strip(" *") for ln in text.split("\n") if ln.strip()}
            for b in g["body_lines"]:
                body += 1
                kept += b in lines or any(b in ln for ln in lines)
            for f in g["furniture"]:
                furn += 1
                leaked += f.strip("* ") in lines
        ms = (time.perf_counter() - t) * 1000 / len(docs)
        print(f"{name:22} body kept {kept}/{body}  furniture leaked {leaked}/{furn}  {ms:.2f} ms/page")

    print("\nbody (main content)")
    body_score("trafilatura", lambda d: extract(d, include_comments=False, include_tables=False) or "")

    def ours_body(d):
        p = read_html(d)
        r = read_page(p.text, p)
        if r.body is None:
            return ""
        s, e = r.body
        keep = []
        for ln_start, ln in _lines(p.text):
            ln_end = ln_start + len(ln)
            if s <= ln_start < e and not any(a <= ln_start and ln_end <= b for a, b, _ in r.furniture):
                keep.append(ln)
        return "\n".join(keep)

    body_score("viewer.corpus.page", ours_body)


def _lines(text):
    pos = 0
    for ln in text.split("\n"):
        yield pos, ln
        pos += len(ln) + 1


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tune")
