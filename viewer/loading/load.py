"""A load: read a corpus, apply publication dates, reuse cached results, extract the rest, merge.

``ingest`` is what the CLI, the benchmark, the export and the window (from a
worker thread, through :class:`viewer.loading.session.LoadSession`) call.  It
is Qt-free and deterministic: the returned corpus is the same whatever
``jobs`` is and whichever results came from the cache, because results are
assembled in corpus order and extraction is a pure function of the article.

Publication dates: the reader offers the manifest's, the feed's and the
page's own; then come the dates the user saved (``user_pubdates``), then
``pubdates`` given by the caller (``--pubdate``).  Which one wins is decided
by :mod:`viewer.corpus.pubdate` alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.gcpause import GcPause, freeze_survivors
from viewer.loading import merging as _merging
from viewer.loading.article import ArticleResult
from viewer.loading.dates import apply_dates
from viewer.loading.pool import run_pool, safe_process
from viewer.loading.reading import read
from viewer.model import Article, CorpusResult, Problem

if TYPE_CHECKING:
    from viewer.extract.vocab import Matcher
    from viewer.store import Store

Progress = Callable[[int, int, str], None]
OnResult = Callable[[ArticleResult], None]

# Results are written to the store in batches of about this many articles
# (one transaction each), so an interrupted run keeps what it finished.
STORE_BATCH = 32


def ingest(
    paths: Iterable[str | Path],
    *,
    store: Store | None = None,
    jobs: int = 1,
    pubdates: Mapping[str, date] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    on_result: OnResult | None = None,
    user_pubdates: bool | Mapping[str, date] | Callable[[list[Article]], Mapping[str, date]] = True,
    reading: Progress | None = None,
) -> CorpusResult:
    """Read ``paths`` (files or folders) and return the merged corpus.

    ``reading(done, total, name)`` is called while files are read (see
    ``read_corpus``), ``progress(done, total, name)`` after each article is processed, ``on_result`` with each article's result as soon as it is
    known (cached ones first, then in completion order).  When ``cancel`` is set,
    work stops between articles and the corpus of the articles done so far is
    returned, with a ``Problem(kind="cancelled")``.

    ``user_pubdates``: the user's dates (by id, file name, path or sha256): True
    takes those saved in ``store`` (its legacy table), False none; a mapping, or a
    function of the articles as read giving one (the user store migrates old
    dates by article).

    With a ``store``, the merge is cached as well: when every article's result
    is known and none failed, a corpus merged before (same articles, in the
    same order, same keys) is taken from the store instead of merging again,
    and a fresh merge is stored.  ``on_result``/``progress`` are called for
    every article all the same (for a fully cached corpus: once each, in corpus
    order, before the merged corpus is looked up).
    """
    from viewer.extract.vocab import matcher_for

    paths = [Path(p) for p in paths]
    articles, read_problems = read(paths, cancel=cancel, progress=reading)
    if isinstance(user_pubdates, Mapping):
        saved = user_pubdates
    elif callable(user_pubdates):
        saved = user_pubdates(articles)
    else:
        saved = store.user_pubdates() if store is not None and user_pubdates else {}
    apply_dates(articles, user=saved, cli=pubdates)
    return ingest_articles(articles, read_problems, store=store, jobs=jobs, progress=progress,
                           cancel=cancel, on_result=on_result, matcher=matcher_for(paths))


def ingest_articles(
    articles: Sequence[Article],
    read_problems: Iterable[Problem] = (),
    *,
    store: Store | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    on_result: OnResult | None = None,
    matcher: Matcher | None = None,
    known: Mapping[int, ArticleResult] | None = None,
) -> CorpusResult:
    """``ingest`` for articles already read and dated (the window's re-runs, the benchmark
    and tests use it directly).  ``known``: results already taken from ``store`` for some
    of them, by index (the window looks them up while reading); not looked up again."""
    articles = list(articles)
    total = len(articles)
    slots: list[ArticleResult | None] = [None] * total
    done = 0
    failed = 0
    problems = list(read_problems)

    def deliver(i: int, r: ArticleResult) -> None:
        nonlocal done
        slots[i] = r
        done += 1
        if on_result is not None:
            on_result(r)
        if progress is not None:
            progress(done, total, _name(r.article))

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    # A corpus from the cache, the merge and the assembly create about a
    # million objects on 10,000 articles and no cyclic garbage: the cyclic
    # collector is paused meanwhile (its passes cost 3x the work, and in the
    # window hold the GIL the GUI thread needs); not during extraction in this
    # process.  See viewer.gcpause.
    pause = GcPause()
    pause.start()
    try:
        # 1. the cache
        for i, r in sorted((known or {}).items()):
            articles[i] = r.article  # the object the cache filled in, as get_many leaves it
            deliver(i, r)
        if store is not None:
            rest = [i for i in range(total) if slots[i] is None]
            if rest:
                hits = store.get_many([articles[i] for i in rest]) if len(rest) < total else store.get_many(articles)
                for k, r in sorted(hits.items()):
                    deliver(rest[k], r)
        todo = [i for i in range(total) if slots[i] is None]

        # 2. extraction, in-process or in a pool; results go to the store in batches
        pending: list[ArticleResult] = []

        def flush() -> None:
            if store is not None and pending:
                store.put_many(pending)
            pending.clear()

        def finished(i: int, r: ArticleResult, ok: bool) -> None:
            nonlocal failed
            deliver(i, r)
            if ok:
                pending.append(r)
            else:
                failed += 1

        if todo and not cancelled():
            if jobs > 1 and len(todo) > 1:
                # Results come back unpickled: long-lived and acyclic, the collector stays paused.
                todo = run_pool(articles, todo, jobs, finished, flush, cancelled)
            if todo:
                pause.stop(freeze=True)  # extraction here leaves cyclic garbage: the collector runs
                for i in todo:
                    if cancelled():
                        break
                    r, ok = safe_process(articles[i])
                    finished(i, r, ok)
                    if len(pending) >= STORE_BATCH:
                        flush()
                        freeze_survivors()  # its passes walk the young objects only
                flush()
                pause.start()

        results = [r for r in slots if r is not None]
        # 3. the merge, from the store when this very corpus was merged before.  Only
        # a complete corpus whose every result is cached (no failure) is worth keeping.
        merged = None
        key = None
        if store is not None and len(results) == total and not failed:
            from viewer.store.db import merged_key

            key = merged_key(articles)
            merged = store.get_merged(key, results)
        if merged is None:
            merged = _merging.merge_results(results)
            if key is not None and store is not None:
                store.put_merged(key, results, *merged)
        if store is not None:
            problems.extend(store.take_problems())
        if len(results) < total:
            problems.append(Problem(
                kind="cancelled", severity="warning",
                message=f"loading cancelled: {len(results)} of {total} articles processed",
                params={"reason": "articles", "count": len(results), "total": total},  # worded by the window
            ))
        return _merging.assemble(results, problems, merged=merged, matcher=matcher)
    finally:
        pause.stop(freeze=True)  # the corpus is long-lived: see GcPause.stop


def _name(a: Article) -> str:
    return Path(a.path).name if a.path else a.id
