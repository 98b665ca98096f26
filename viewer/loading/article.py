"""One article handed to extraction: article → mentions → per-article events.

``process_article`` is a pure function of one article (text + publication
date), which is what the store caches and what worker processes run.  The
cross-article step (merging, tagging) is :mod:`viewer.loading.merging`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.model import Article, Event, Mention, Problem

# Date mentions used per article (the memory and time of an article are bounded by its
# text, capped by the reader, and this).
MAX_MENTIONS = 10_000


@dataclass
class ArticleResult:
    """What extraction yields for one article (before cross-article merging)."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def process_article(article: Article) -> ArticleResult:
    """Extract mentions and per-article events; fills the article's inferred date bound.

    Page furniture (``article.furniture``) is blanked out of the text the
    extractor and the event builder see — same length, so every offset still
    indexes ``article.text`` — which is how it yields no mention, no event, no
    title and no bound — but for the copyright year of a site notice (© 2024),
    which the extractor takes as a bound and never as an event."""
    from viewer.events.build import build_events
    from viewer.extract.mentions import extract_mentions
    from viewer.pubrange import pubdate_error

    capped: list[Problem] = []
    anchor = article.published
    if anchor is not None and (why := pubdate_error(anchor)):
        # Every entry point checks the range; a date that still gets here is not used as an anchor.
        capped.append(Problem(kind="cap", message=f"{why}; not used to resolve relative dates",
                              path=article.path or None, article=article.id,
                              params={"reason": "pubdate-range", "date": anchor.isoformat()}))
        anchor = None
    view = article
    if article.furniture:
        view = dataclasses.replace(article, text=mask_furniture(article.text, article.furniture))
    mentions, inference = extract_mentions(view.text, article.id, anchor, max_mentions=MAX_MENTIONS)
    if article.published is None:
        # Only when no source offered a date (viewer.corpus.pubdate decides between those):
        # the bound is the weakest reading and is never a publication date.
        article.published_how = "inferred" if inference.lower_bound else "unknown"
        article.published_min = inference.lower_bound
        # why the page's own stamps were set aside (a placeholder, a today widget …)
        article.published_reason = "; ".join(x for x in (inference.reason, *article.page_notes) if x) or None
    if inference.cap_kept is not None:
        # Events cost ~8 KB per mention (passage, title, topics): a page of dense numbers is
        # not 10^6 events.  The extractor stops scanning once the budget is spent.
        capped.append(Problem(kind="cap", article=article.id, path=article.path or None,
                              message=f"date mentions capped at {MAX_MENTIONS:,}: only the first {inference.cap_kept:,} "
                                      f"are used; the text from character {inference.cap_offset:,} on "
                                      "was not scanned for dates (cap applied)",
                              params={"reason": "mentions", "limit": MAX_MENTIONS, "kept": inference.cap_kept,
                                      "offset": inference.cap_offset}))
    events, problems = build_events(view, mentions)
    return ArticleResult(article, mentions, events, [*capped, *problems])


# A site notice keeps its copyright year (© 2024 bounds the date, never an event).
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?", re.I)
_NOT_BREAK = re.compile(r"[^\n\r]")


def mask_furniture(text: str, furniture: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with each furniture span replaced by spaces (line breaks and the copyright
    year of notices kept): same length, so offsets are unchanged."""
    parts: list[str] = []
    pos = 0
    for start, end, kind in sorted(furniture):
        if end <= pos:
            continue
        start = max(start, pos)
        parts.append(text[pos:start])
        piece = text[start:end]
        keep = list(_COPYRIGHT.finditer(piece)) if kind == "notice" else []
        at = 0
        for m in keep:
            parts.append(_NOT_BREAK.sub(" ", piece[at:m.start()]))
            parts.append(m.group())
            at = m.end()
        parts.append(_NOT_BREAK.sub(" ", piece[at:]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
