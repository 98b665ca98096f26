"""The cross-article step of a load: merge per-article results, tag the merged events.

Both run after every article is known (or on the articles known so far, for a
partial result the window shows while a big corpus loads).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from viewer.loading.article import ArticleResult
from viewer.model import CorpusResult, Event, Problem

if TYPE_CHECKING:
    from viewer.extract.vocab import Matcher


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
