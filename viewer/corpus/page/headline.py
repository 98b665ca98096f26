"""The article's headline: what a reader takes for its title.

HTML: the ``<h1>`` inside the article (or the first ``<h1>``), else
``og:title``, else ``<title>`` without the site name (``… | الخليج اليوم``).
Text: the non-furniture line nearest above the body that reads as a headline
(4 to 30 words, not ending like a sentence, not a date).  Never a furniture
line, never a bare date; when nothing qualifies, no headline (the reader's
first-line title stays).
"""

from __future__ import annotations

import re

from viewer.corpus.htmltext import HtmlPage
from viewer.corpus.page.furniture import Layout, _residue, cue

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|«|/)\s+")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")
_DIGITS_ONLY = re.compile(r"^[\d\s./:,،-]+$")


def _clean(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _usable(s: str, lay: Layout | None = None) -> bool:
    if not s or _DIGITS_ONLY.match(s) or _words(s) < 2:
        return False
    from viewer.extract.normalize import normalize_text

    n = normalize_text(s)
    if _words(s) <= 6 and (cue("chrome").match(n) or cue("related").match(n) or cue("share").match(n)):
        return False
    return not cue("notice", False).search(n) or _words(s) > 8


def strip_site(title: str, site: str | None, lay: Layout | None = None) -> str:
    """``title`` without the site name part (``headline | Site``, ``Site - headline``)."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site:
        kept = [p for p in parts if _clean(p) != _clean(site)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    # no site name known: drop a short end part (<= 4 words) when the rest is longer
    first, last = parts[0], parts[-1]
    if _words(last) <= 4 and _words(" ".join(parts[:-1])) > _words(last):
        return _clean(title[: title.rfind(last)].rstrip()).rstrip("|-–—:/»« ").strip()
    if _words(first) <= 4 and _words(" ".join(parts[1:])) > _words(first):
        return _clean(title[len(first):]).lstrip("|-–—:/»« ").strip()
    return title


def html_headline(page: HtmlPage, lay: Layout) -> tuple[str | None, tuple[int, int] | None]:
    """(headline, its span in the text when it is shown there)."""
    text = page.text
    h1s = page.h1
    inside = [h for h in h1s if any(a <= h[0] and h[1] <= b for a, b in page.article)]
    for s, e in inside + [h for h in h1s if h not in inside]:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        h = _clean(text[s:e])
        if _usable(h):
            return h, (s, e)
    meta = dict(reversed(page.meta))
    site = meta.get("og:site_name")
    og = _clean(meta.get("og:title", "") or meta.get("twitter:title", ""))
    if og and _usable(og):
        return strip_site(og, site), None
    if page.title:
        t = strip_site(_clean(page.title), site)
        if _usable(t):
            return t, None
    return text_headline(lay)


def text_headline(lay: Layout) -> tuple[str | None, tuple[int, int] | None]:
    text = lay.norm.original
    t = lay.norm.text
    if lay.body_first is not None:
        candidates = reversed(lay.lines[:lay.body_first])  # nearest above the body
    else:
        candidates = iter(lay.lines[:12])  # no body found: from the top
    for ln in candidates:
        if ln.kind is not None or not 4 <= ln.words <= 30 or (ln.dates and len(_residue(t, ln)) <= 1):
            continue
        if re.search(r"[.!؟?]\s*$", t[ln.nstart:ln.nend]) and ln.words > 14:
            continue
        h = _clean(text[ln.start:ln.end])
        if _usable(h):
            return h, (ln.start, ln.end)
    return None, None
