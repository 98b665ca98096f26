"""Publication dates the caller knows, applied to articles before extraction.

The reader has already offered each article's manifest / feed / page dates;
here come the user's (saved in the window, or in the legacy cache table) and
the command line's ``--pubdate``.  Every date goes through
:func:`viewer.corpus.pubdate.offer`, the one place that decides which source
wins (user > manifest / feed > page metadata > dateline / byline > bound):
this module only finds which article a key names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

from viewer.corpus.pubdate import offer
from viewer.model import Article


def apply_pubdates(articles: Iterable[Article], pubdates: Mapping[str, date], how: str = "cli") -> None:
    """Offer dates keyed by article id, file name or path (``--pubdate``: ``how="cli"``)."""
    if not pubdates:
        return
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


def apply_user_pubdates(articles: Iterable[Article], saved: Mapping[str, date]) -> None:
    """Offer the dates the user saved, keyed by article id, file name, path or sha256."""
    if not saved:
        return
    articles = list(articles)
    apply_pubdates(articles, saved, how="user")
    for a in articles:
        if a.sha256 and a.sha256 in saved:
            offer(a, saved[a.sha256], "user")


def apply_dates(
    articles: Iterable[Article],
    user: Mapping[str, date] | None = None,
    cli: Mapping[str, date] | None = None,
) -> None:
    """The user's saved dates, then ``--pubdate`` (equal rank: the later replaces, as a
    date given on this command line should)."""
    articles = list(articles)
    apply_user_pubdates(articles, user or {})
    apply_pubdates(articles, cli or {})
