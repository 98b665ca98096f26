"""Ingestion: read a corpus, reuse cached extraction results, extract the rest, merge.

``ingest`` is what the CLI, the benchmark and the window (from a worker
thread) call.  It is Qt-free and deterministic: the returned corpus is the same
whatever ``jobs`` is and whichever results came from the cache, because
results are assembled in corpus order and extraction is a pure function of
the article.

Publication dates, weakest first: the corpus manifest (set by the reader), the
dates the user saved in the store (``Store.set_user_pubdate``, keyed by article
id or sha256; applied when ``user_pubdates`` is true), then ``pubdates`` given
by the caller (``--pubdate``).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer import pipeline
from viewer.corpus.pubdate import offer
from viewer.gcpause import GcPause
from viewer.model import Article, CorpusResult, Problem
from viewer.pipeline import ArticleResult
from viewer.watchdog import die_with_parent

if TYPE_CHECKING:
    from viewer.extract.vocab import Matcher
    from viewer.store import Store

Progress = Callable[[int, int, str], None]
OnResult = Callable[[ArticleResult], None]

# Results are written to the store in batches of about this many articles
# (one transaction each), so an interrupted run keeps what it finished.
STORE_BATCH = 32
MAX_CHUNK = 16


def ingest(
    paths: Iterable[str | Path],
    *,
    store: Store | None = None,
    jobs: int = 1,
    pubdates: Mapping[str, date] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    on_result: OnResult | None = None,
    user_pubdates: bool = True,
) -> CorpusResult:
    """Read ``paths`` (files or folders) and return the merged corpus.

    ``progress(done, total, name)`` is called after each article, ``on_result``
    with each article's result as soon as it is known (cached ones first, then
    in completion order).  When ``cancel`` is set, work stops between articles
    and the corpus of the articles done so far is returned, with a
    ``Problem(kind="cancelled")``.

    With a ``store``, the merge is cached as well: when every article's result
    is known and none failed, a corpus merged before (same articles, in the
    same order, same keys) is taken from the store instead of merging again,
    and a fresh merge is stored.  ``on_result``/``progress`` are called for
    every article all the same (for a fully cached corpus: once each, in corpus
    order, before the merged corpus is looked up).
    """
    from viewer.corpus.reader import read_corpus

    pause = GcPause()  # see ingest_articles
    pause.start()
    try:
        paths = [Path(p) for p in paths]
        articles, read_problems = read_corpus(paths, cancel=cancel)
    finally:
        pause.stop()
    if store is not None and user_pubdates:
        apply_user_pubdates(articles, store.user_pubdates())
    pipeline.apply_pubdates(articles, pubdates or {})
    from viewer.extract.vocab import matcher_for

    return ingest_articles(articles, read_problems, store=store, jobs=jobs, progress=progress,
                           cancel=cancel, on_result=on_result, matcher=matcher_for(paths))


def apply_user_pubdates(articles: Iterable[Article], saved: Mapping[str, date]) -> None:
    """Apply dates the user saved, keyed by article id, file name, path or sha256."""
    if not saved:
        return
    articles = list(articles)
    pipeline.apply_pubdates(articles, saved, how="user")
    for a in articles:
        if a.sha256 and a.sha256 in saved:
            offer(a, saved[a.sha256], "user")


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
) -> CorpusResult:
    """``ingest`` for articles already read (the benchmark and tests use it directly)."""
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
    # collector is paused meanwhile (its passes cost 3x the work); not during
    # extraction.
    pause = GcPause()
    pause.start()
    try:
        # 1. the cache
        if store is not None:
            for i, r in sorted(store.get_many(articles).items()):
                deliver(i, r)
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
            pause.stop()  # extraction may leave cyclic garbage: the collector runs
            if jobs > 1 and len(todo) > 1:
                todo = _run_pool(articles, todo, jobs, finished, flush, cancelled)
            for i in todo:
                if cancelled():
                    break
                r, ok = _safe_process(articles[i])
                finished(i, r, ok)
                if len(pending) >= STORE_BATCH:
                    flush()
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
            merged = pipeline.merge_results(results)
            if key is not None and store is not None:
                store.put_merged(key, results, *merged)
        if store is not None:
            problems.extend(store.take_problems())
        if len(results) < total:
            problems.append(Problem(
                kind="cancelled", severity="warning",
                message=f"loading cancelled: {len(results)} of {total} articles processed",
            ))
        return pipeline.assemble(results, problems, merged=merged, matcher=matcher)
    finally:
        pause.stop(freeze=True)  # the corpus is long-lived: see GcPause.stop


def _name(a: Article) -> str:
    return Path(a.path).name if a.path else a.id


def _safe_process(article: Article) -> tuple[ArticleResult, bool]:
    """``process_article`` that never raises: a failure becomes a located Problem."""
    try:
        return pipeline.process_article(article), True
    except Exception as exc:
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return ArticleResult(article, problems=[Problem(
            kind="extract", severity="error", path=article.path or None, article=article.id,
            message=f"extraction failed: {tb}",
        )]), False


def _extract_chunk(chunk: list[tuple[int, Article]]) -> list[tuple[int, ArticleResult, bool]]:
    """Worker-process entry: extract a chunk of (index, article)."""
    return [(i, *_safe_process(a)) for i, a in chunk]


def _run_pool(
    articles: list[Article],
    todo: list[int],
    jobs: int,
    finished: Callable[[int, ArticleResult, bool], None],
    flush: Callable[[], None],
    cancelled: Callable[[], bool],
) -> list[int]:
    """Extract ``todo`` in ``jobs`` processes; returns the indices still to do in-process
    (none, unless the pool broke)."""
    size = max(1, min(MAX_CHUNK, math.ceil(len(todo) / (jobs * 4))))
    chunks = [[(i, articles[i]) for i in todo[k:k + size]] for k in range(0, len(todo), size)]
    remaining = set(todo)
    # "spawn": workers never inherit a forked copy of a threaded (Qt) parent.
    ctx = multiprocessing.get_context("spawn")
    # Workers end with this process however it ends (kill -9 too): viewer.watchdog.
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=ctx,
                               initializer=die_with_parent, initargs=(os.getpid(),))
    try:
        # Keep a bounded number of chunks in flight so cancel is quick.
        queue = list(reversed(chunks))
        running: set[Future] = set()
        while queue or running:
            while queue and len(running) < jobs * 2 and not cancelled():
                running.add(pool.submit(_extract_chunk, queue.pop()))
            if not running:
                break
            ready, running = wait(running, return_when=FIRST_COMPLETED)
            for fut in ready:
                for i, r, ok in fut.result():
                    remaining.discard(i)
                    finished(i, r, ok)
            flush()
            if cancelled():
                for fut in running:
                    fut.cancel()
                break
    except BrokenProcessPool:
        pass  # a worker died (e.g. out of memory): finish in-process
    finally:
        pool.shutdown(wait=not cancelled(), cancel_futures=True)
    return sorted(remaining)
