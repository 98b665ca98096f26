"""Page furniture: the lines of a saved page that are not the article.

A reader skips the navigation, the byline and its clock time, "آخر تحديث",
share and font widgets, tickers and "latest news" blocks, related-article
lists, photo captions and credits, breadcrumbs, cookie and licence notices,
and lines the page repeats.  This module labels them, line by line, on the
*original* text (offsets never shift; nothing is removed) so the extractor
can skip them: furniture yields no event, no title and no bound.  Its dates
still serve the publication date (see ``pubdate.py``).

Everything here is a linear pass over the lines; the costly checks (date
scanning) only run on short lines and on the first lines of prose.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from viewer.corpus.page import cues as cu
from viewer.corpus.page.dates import PageDate, find_dates
from viewer.extract import lexicon as lx
from viewer.extract.normalize import Normalized, normalize

SHORT = 40  # words: longer lines are prose, never furniture by cue
PROSE = 8  # words: a line of at least this many, ending like a sentence, is prose
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:٫.](?:[0-5]\d)(?::[0-5]\d)?(?!\d)")
_BULLET = re.compile(r"\s*(?:[*•·▪■►◄»«\-–—]|\d{1,2}[.)])\s+")
_CRUMB_SEP = re.compile(r"\s[>»›/|]\s|\s[>»›]")
_TERMINATOR = re.compile(r"\s*(?:--+|—|–|:|\s-\s|\s-(?=\s))\s*")
_SENTENCE_END = re.compile(r"[.!؟?…:»\"”)]\s*$")
_PUNCT_END = re.compile(r"[.!؟?…:\"»)]\s*$")


@dataclass
class Line:
    """One visible line: original span, normalized span, what it is."""

    start: int
    end: int
    nstart: int
    nend: int
    words: int
    kind: str | None = None
    dates: list[PageDate] = field(default_factory=list)
    clock: bool = False
    bullet: bool = False
    blank_before: bool = False


@dataclass
class Layout:
    """Lines of a page with their furniture labels and the article body."""

    norm: Normalized
    lines: list[Line]
    furniture: list[tuple[int, int, str]]  # original offsets
    body: tuple[int, int] | None  # original offsets of the article body
    body_first: int | None  # index in ``lines`` of the first body line
    body_last: int | None
    dateline: tuple[int, int] | None = None  # original span of a wire dateline


def _cue_re(section: str, anchored: bool = True) -> re.Pattern:
    alt = cu.alternation(section)
    return re.compile((r"\W*" if anchored else r"(?<![^\W\d_])") + rf"(?:{alt})(?![^\W\d_])")


_RES: dict[str, re.Pattern] = {}


def cue(section: str, anchored: bool = True) -> re.Pattern:
    key = f"{section}{anchored}"
    if key not in _RES:
        _RES[key] = _cue_re(section, anchored)
    return _RES[key]


def _split_lines(norm: Normalized) -> list[Line]:
    out: list[Line] = []
    t = norm.text
    blank = False
    pos = 0
    n = len(t)
    while pos <= n:
        nl = t.find("\n", pos)
        if nl < 0:
            nl = n
        raw = t[pos:nl]
        core = raw.strip()
        s = pos + (len(raw) - len(raw.lstrip())) if core else pos
        e = s + len(core)
        if e > s:
            os, oe = norm.span(s, e)
            # a long line is prose whatever its exact count: spaces stand in for words there
            words = len(_WORD.findall(core)) if len(core) < 400 else core.count(" ") + 1
            out.append(Line(os, oe, s, e, words, blank_before=blank))
            blank = False
        else:
            blank = True
        pos = nl + 1
    return out


def _residue(t: str, ln: Line) -> list[str]:
    """Words of a short line that are not a date, a clock time, a weekday or a stamp cue."""
    s = t[ln.nstart:ln.nend]
    for d in reversed(ln.dates):
        a, b = d.start - ln.nstart, d.end - ln.nstart
        s = s[:a] + " " + s[b:]
    s = _CLOCK.sub(" ", s)
    words = []
    skip = cu.word_set("clock") | cu.word_set("published") | cu.word_set("updated")
    for w in _WORD.findall(s):
        if w.isdigit() or w in skip or w.removeprefix("ال") in lx.WEEKDAYS or w in lx.WEEKDAYS:
            continue
        words.append(w)
    return [w for w in words if not cue("published").match(w) and not cue("updated").match(w)]


def _classify(t: str, ln: Line) -> str | None:
    """The furniture kind of a short line by its own content, or None."""
    s = t[ln.nstart:ln.nend]
    body = _BULLET.sub("", s) if ln.bullet else s
    if ln.dates or ln.clock:
        if cue("updated").match(body) and len(_residue(t, ln)) <= 3:
            return "update"
        if cue("archive").match(body):
            return "archive"
        rest = _residue(t, ln)
        if cue("published").match(body) or cue("byline").match(body):
            return "byline"
        if len(rest) <= 1:
            return "timestamp"
        if ln.dates and ln.words <= 16 and ("|" in s or cue("updated", False).search(s)):
            return "byline"
        if ln.dates and ln.clock and len(rest) <= 4:
            return "byline"  # الرباط - الخميس 3 شتنبر 2020 - 10:15
    if "©" in s or (ln.words <= 30 and cue("notice", False).search(s) and not _PUNCT_END.search(s[:-1] or s)):
        return "notice"
    if ln.words > 12:
        return None
    stripped = " ".join(_WORD.findall(body))
    if cue("related").match(body) and ln.words <= 6:
        return "related-head"
    if cue("byline").match(body) and ln.words <= 6 and not _PUNCT_END.search(s):
        return "byline"
    if (stripped and all(w in cu.word_set("share") for w in stripped.split())) or (
        ln.words <= 5 and cue("share").match(body)
    ):
        return "share"
    if ln.words <= 6 and cue("chrome").match(body):
        return "nav"
    if len(_CRUMB_SEP.findall(s)) >= 1 and ln.words <= 12 and not _PUNCT_END.search(s):
        parts = re.split(r"[>»›/|]", s)
        if len(parts) >= 2 and all(len(_WORD.findall(p)) <= 4 for p in parts):
            return "crumb"
    if ln.words <= 12 and cue("caption", False).search(s) and not _PUNCT_END.search(s.rstrip(")")):
        return "caption"
    if s.startswith("(") and s.endswith(")") and ln.words <= 12:
        return "caption"
    return None


def _dateline(t: str, ln: Line) -> int | None:
    """Normalized end of a wire dateline opening prose line ``ln`` (``الكويت - 8 ديسمبر (كنا) --``)."""
    head_end = min(ln.nend, ln.nstart + 90)
    agencies = cue("agency", False)
    plural = cue("plural_places")
    best = None
    for m in _TERMINATOR.finditer(t, ln.nstart, head_end):
        prefix = t[ln.nstart:m.start()]
        if not prefix.strip():
            continue
        dates = find_dates(prefix)
        rest = prefix
        for d in reversed(dates):
            rest = rest[:d.start] + " " + rest[d.end:]
        has_agency = bool(agencies.search(rest))
        if has_agency:
            rest = agencies.sub(" ", rest)
        words = _WORD.findall(rest)
        words = [w for w in words if w != "م"]
        if not (dates or has_agency or plural.match(prefix)):
            continue
        if len(words) <= 3 and ln.words - len(_WORD.findall(prefix)) >= 5:
            best = m.end()
    return best


def layout(text: str, html_furniture: list[tuple[int, int, str]] | None = None,
           html_article: list[tuple[int, int]] | None = None) -> Layout:
    """Label the furniture of ``text``; ``html_*`` are spans the HTML structure gives."""
    norm = normalize(text)
    t = norm.text
    lines = _split_lines(norm)
    for ln in lines:
        if ln.words <= SHORT:
            ln.bullet = bool(_BULLET.match(t, ln.nstart))
            ln.dates = [d for d in find_dates(t, ln.nstart, ln.nend)]
            ln.clock = bool(_CLOCK.search(t, ln.nstart, ln.nend))
            ln.kind = _classify(t, ln)
    _html_kinds(lines, html_furniture or [])
    _runs(t, lines)
    _repeated(t, lines)
    first, last = _body(t, lines, html_article or [])
    _outside_body(t, lines, first, last)
    furniture = [(ln.start, ln.end, ln.kind) for ln in lines if ln.kind]
    dl = None
    if first is not None:
        for ln in lines[first:first + 3]:
            if ln.kind or ln.words < PROSE:
                continue
            end = _dateline(t, ln)
            if end is not None:
                os, oe = norm.span(ln.nstart, end)
                while oe > os and text[oe - 1].isspace():
                    oe -= 1
                dl = (os, oe)
                furniture.append((os, oe, "dateline"))
            break
    furniture.sort()
    body = (lines[first].start, lines[last].end) if first is not None and last is not None else None
    return Layout(norm, lines, furniture, body, first, last, dl)


def _html_kinds(lines: list[Line], spans: list[tuple[int, int, str]]) -> None:
    """A line wholly inside a furniture element of the HTML takes its kind."""
    if not spans:
        return
    spans = sorted(spans)
    j = 0
    active: list[tuple[int, int, str]] = []
    for ln in lines:
        while j < len(spans) and spans[j][0] <= ln.start:
            active.append(spans[j])
            j += 1
        active = [s for s in active if s[1] >= ln.end]
        if active and ln.kind is None:
            ln.kind = active[-1][2]


def _short(t: str, ln: Line) -> bool:
    return ln.words <= 4 and not ln.dates and not _PUNCT_END.search(t[ln.nstart:ln.nend])


def _runs(t: str, lines: list[Line]) -> None:
    """Runs of menu-like lines, and the lists after a related-articles heading."""
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.kind == "related-head":
            ln.kind = "related"
            j = i + 1
            # the list runs to a blank line, a sentence, or furniture of another kind
            while (j < n and lines[j].words <= 18 and not lines[j].dates and not lines[j].blank_before
                   and lines[j].kind in (None, "related")
                   and not _SENTENCE_END.search(t, max(lines[j].nstart, lines[j].nend - 3), lines[j].nend)):
                lines[j].kind = "related"
                j += 1
            i = j
            continue
        # a block of >= 3 short lines (no blank between) is a menu, a ticker or a tag list
        j = i
        while j < n and (lines[j].kind is None or lines[j].kind == "nav") and (
            _short(t, lines[j]) or (lines[j].bullet and lines[j].words <= 12)
        ) and (j == i or not lines[j].blank_before):
            j += 1
        if j - i >= 3 or (j - i >= 2 and all(lines[k].words <= 2 for k in range(i, j))):
            kind = "ticker" if any(lines[k].bullet or lines[k].words > 4 for k in range(i, j)) else "nav"
            for k in range(i, j):
                lines[k].kind = lines[k].kind or kind
            i = j
            continue
        if ln.kind is None and ln.words <= 12 and cue("related").match(t, ln.nstart):
            ln.kind = "ticker"  # عاجل: …
        i += 1


def _repeated(t: str, lines: list[Line]) -> None:
    """Short lines the page shows more than once: every copy after the first is furniture,
    and the first too when it is not a headline-like line."""
    keys = [" ".join(_WORD.findall(t[ln.nstart:ln.nend])) if ln.words <= 15 else None for ln in lines]
    counts = Counter(k for k in keys if k)
    seen: set[str] = set()
    for ln, k in zip(lines, keys, strict=True):
        if not k or counts[k] < 2:
            continue
        if k in seen or ln.words <= 3:
            ln.kind = ln.kind or "repeated"
        seen.add(k)


def _headline_like(t: str, ln: Line) -> bool:
    return ln.kind is None and 3 <= ln.words <= 14 and not _SENTENCE_END.search(
        t, max(ln.nstart, ln.nend - 3), ln.nend)


def _outside_body(t: str, lines: list[Line], first: int | None, last: int | None) -> None:
    """Around the article: blocks of three or more headline-like lines are a ticker or a
    list of other articles; after it, a short line alone is a section heading or a
    site line (``ماذا حدث``, the agency's name)."""
    if first is None or last is None:
        return
    n = len(lines)
    i = 0
    while i < n:
        if first <= i <= last:
            i = last + 1
            continue
        j = i
        while j < n and not (first <= j <= last) and _headline_like(t, lines[j]) and (
            j == i or not lines[j].blank_before
        ):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                lines[k].kind = "ticker"
            i = j
            continue
        i = max(i + 1, j)
    for ln in lines[last + 1:]:
        if ln.kind is None and ln.words <= 4 and not ln.dates:
            ln.kind = "heading"


def _is_prose(t: str, ln: Line) -> bool:
    """A line that reads as running text: long enough and ending like a sentence (a headline
    does not), or long whatever its end."""
    if ln.kind is not None or ln.words < PROSE:
        return False
    return ln.words >= 24 or bool(_SENTENCE_END.search(t, max(ln.nstart, ln.nend - 3), ln.nend))


def _body(t: str, lines: list[Line], article: list[tuple[int, int]]) -> tuple[int | None, int | None]:
    """First and last line of the article body: prose lines, inside <article> when the HTML says."""
    def inside(ln: Line) -> bool:
        return not article or any(a <= ln.start and ln.end <= b for a, b in article)

    prose = [i for i, ln in enumerate(lines) if _is_prose(t, ln) and inside(ln)]
    if not prose and article:
        prose = [i for i, ln in enumerate(lines) if _is_prose(t, ln)]
    if not prose:
        return None, None
    # the body is the heaviest stretch of prose not interrupted by a long furniture run
    weight = [0]
    chrome = [0]
    for ln in lines:
        weight.append(weight[-1] + (ln.words if ln.kind is None else 0))
        chrome.append(chrome[-1] + (ln.kind in ("related", "nav", "ticker", "notice")))
    best = (prose[0], prose[0])
    start = prose[0]
    prev = prose[0]
    for i in prose[1:]:
        if chrome[i] - chrome[prev + 1] > 6:
            start = i
        if weight[i + 1] - weight[start] > weight[best[1] + 1] - weight[best[0]]:
            best = (start, i)
        prev = i
    return best
