"""The headless pipeline: files → articles → mentions → events → merged events.

``process_article`` is a pure function of one article (text + publication
date), which is what the store caches and what worker processes run;
``merge_events`` is the only cross-article step.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.model import Article, CorpusResult, Event, Mention, Problem

if TYPE_CHECKING:
    from viewer.extract.vocab import Matcher

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
                              path=article.path or None, article=article.id))
        anchor = None
    view = article
    if article.furniture:
        view = dataclasses.replace(article, text=mask_furniture(article.text, article.furniture))
    mentions, inference = extract_mentions(view.text, article.id, anchor, MAX_MENTIONS)
    if article.published is None:
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
                                      "was not scanned for dates (cap applied)"))
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


def merge_results(results: Sequence[ArticleResult]) -> tuple[list[Event], list[Problem]]:
    """The cross-article merge of per-article results: merged events and their problems."""
    from viewer.merge.merge import merge_events

    events = [e for r in results for e in r.events]
    return merge_events(events, {r.article.id: r.article.text for r in results})


def assemble(
    results: Iterable[ArticleResult],
    read_problems: Iterable[Problem] = (),
    merged: tuple[list[Event], list[Problem]] | None = None,
    matcher: Matcher | None = None,
) -> CorpusResult:
    """Merge per-article results into one corpus (the cross-article step).

    ``merged``: what :func:`merge_results` gives for these results, when already
    known (the store caches it); merging is skipped then.  The merged events
    are then tagged (topics, actors, places, importance) with ``matcher``'s
    vocabulary (the bundled one by default), cached or not."""
    from viewer.events.tagging import tag_events

    results = list(results)
    out = CorpusResult(problems=list(read_problems))
    for r in results:
        out.articles.append(r.article)
        out.mentions.extend(r.mentions)
        out.problems.extend(r.problems)
    out.events, merge_problems = merged if merged is not None else merge_results(results)
    out.problems.extend(merge_problems)
    tag_events(out.events, {r.article.id: r.article.text for r in results}, matcher)
    return out


def run(paths: Iterable[str | Path], pubdates: Mapping[str, date] | None = None) -> CorpusResult:
    """Read, extract and merge; ``pubdates`` maps article id or file name/path to a date."""
    from viewer.corpus.reader import read_corpus
    from viewer.extract.vocab import matcher_for

    paths = list(paths)
    articles, problems = read_corpus(paths)
    apply_pubdates(articles, pubdates or {})
    return assemble((process_article(a) for a in articles), problems, matcher=matcher_for(paths))


def apply_pubdates(articles: Iterable[Article], pubdates: Mapping[str, date], how: str = "cli") -> None:
    """Override publication dates; keys may be an article id, a file name or a path."""
    if not pubdates:
        return
    from viewer.corpus.pubdate import offer

    # Resolving a path costs a few system calls: only when a key could be one.
    resolve = any(Path(k).is_absolute() for k in pubdates)
    for a in articles:
        p = Path(a.path)
        for key in (a.id, p.name, str(p)):
            if key in pubdates:
                break
        else:
            key = str(p.resolve()) if a.path and resolve else ""
            if key not in pubdates:
                continue
        offer(a, pubdates[key], how)
