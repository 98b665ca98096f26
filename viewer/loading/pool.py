"""Extraction of many articles in worker processes.

``spawn`` workers (never a forked copy of a threaded Qt parent), a bounded
number of chunks in flight so Cancel is quick, workers that end with this
process however it ends (:mod:`viewer.watchdog`), and a broken pool (a worker
killed, e.g. out of memory) finishes in-process instead of failing the load.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from viewer.loading import article as _article
from viewer.loading.article import ArticleResult
from viewer.model import Article, Problem
from viewer.watchdog import die_with_parent

MAX_CHUNK = 16


def safe_process(article: Article) -> tuple[ArticleResult, bool]:
    """``process_article`` that never raises: a failure becomes a located Problem."""
    try:
        return _article.process_article(article), True
    except Exception as exc:
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return ArticleResult(article, problems=[Problem(
            kind="extract", severity="error", path=article.path or None, article=article.id,
            message=f"extraction failed: {tb}", params={"reason": "error", "error": type(exc).__name__},
        )]), False


def _extract_chunk(chunk: list[tuple[int, Article]]) -> list[tuple[int, ArticleResult, bool]]:
    """Worker-process entry: extract a chunk of (index, article)."""
    return [(i, *safe_process(a)) for i, a in chunk]


def run_pool(
    articles: Sequence[Article],
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
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=ctx,
                               initializer=die_with_parent, initargs=(os.getpid(),))
    try:
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
