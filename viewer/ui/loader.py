"""Loading a corpus off the GUI thread, through one object.

:class:`CorpusLoader` is the only way the window gets data.  It runs
:func:`viewer.ingest.ingest_articles` (the same store-backed, parallel path as
the CLI) in a ``QThread`` and reports on the GUI thread:

* ``progress(done, total, name)`` after each article;
* ``partial(CorpusResult)`` now and then while a big corpus loads, so events
  appear as they are ready instead of after the last article;
* ``finished(CorpusResult)`` at the end, also after a user's Cancel (with the
  articles done so far and a ``cancelled`` problem), or ``failed(str)``.

Why a worker thread and not only processes: reading, the cache and merging are
cheap per article but add up on 10,000 files; the GUI thread must keep
painting.  Extraction itself goes to a process pool (``jobs``) once the corpus
is big enough to pay for starting one.

Why keep the articles as read: a publication date the user sets re-runs only
that article; every other article comes back from the store, so the re-run
costs one extraction plus the cross-article merge.
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import os
import threading
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from viewer.display.snapshot import Snapshot, make_snapshot
from viewer.model import Article, CorpusResult, Problem

if TYPE_CHECKING:
    from viewer.pipeline import ArticleResult
    from viewer.store import Store

# Below this many articles a process pool costs more to start than it saves.
POOL_MIN_ARTICLES = 64
# Partial results: the first after this long, then at most this often (seconds),
# and never more often than 4x the time one partial assembly takes.
FIRST_PARTIAL_S = 0.4
PARTIAL_EVERY_S = 1.5
PROGRESS_EVERY_S = 0.05


def default_jobs() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))


class _Worker(QThread):
    progress = Signal(int, int, str)
    partial = Signal(object)
    done = Signal(object)
    error = Signal(str)

    def __init__(self, fn: Callable[[_Worker], object], search: Callable | None = None) -> None:
        super().__init__()
        self._fn = fn
        self.search = search
        self.cancel = threading.Event()
        self.superseded = False  # cancelled because another job replaced it: report nothing

    def run(self) -> None:
        gc.unfreeze()  # the previous corpus may be collected again
        try:
            result = self._fn(self)
            snapshot = self.snapshot(result)
        except Exception:
            if not self.superseded:
                self.error.emit(traceback.format_exc())
            return
        # A 10,000-article corpus is millions of long-lived objects; every full
        # collection would walk them all again (a second-long freeze of the
        # window).  They are freed by reference counting when replaced.
        gc.freeze()
        if not self.superseded:
            self.done.emit(snapshot)

    def snapshot(self, result: CorpusResult) -> Snapshot:
        """Built here rather than on the GUI thread: on a 10,000-article corpus
        (~10^5 events) that is seconds the window would otherwise be frozen for."""
        return make_snapshot(result, self.search)


class CorpusLoader(QObject):
    """Runs ingestion in a worker thread; keeps the articles as read for re-runs."""

    started = Signal()
    progress = Signal(int, int, str)  # done, total, file name
    partial = Signal(object)  # CorpusResult of the articles done so far
    finished = Signal(object)  # CorpusResult
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        cache: str | os.PathLike[str] | None = None,
        jobs: int | None = None,
    ) -> None:
        """``cache``: the SQLite cache path (``None``: the user's cache directory;
        ``":memory:"``: nothing on disk).  ``jobs``: extraction processes (default:
        up to 4, one per core)."""
        super().__init__(parent)
        self.cache = cache
        self.jobs = jobs or default_jobs()
        self.paths: list[Path] = []
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._originals: list[Article] = []  # as read, before any publication date
        self._read_problems: list[Problem] = []
        self._pubdates: dict[str, date] = {}
        self._worker: _Worker | None = None
        self._old_workers: list[_Worker] = []
        self._delivering: Snapshot | None = None
        self._store_problems: list[Problem] = []
        self.result: CorpusResult | None = None

    # --- public API -----------------------------------------------------------
    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def load(self, paths: Sequence[str | Path], pubdates: Mapping[str, date] | None = None) -> None:
        """Read and process ``paths`` (files or folders); ``pubdates`` maps article id,
        file name or sha256 to a date the user chose."""
        self.paths = [Path(p) for p in paths]
        self._pubdates = dict(pubdates or {})
        self._start(self._load_all)

    def set_pubdate(self, article_id: str, when: date | None) -> None:
        """Set (or clear with ``None``) one article's publication date and re-run it."""
        orig = next((a for a in self._originals if a.id == article_id), None)
        keys = [k for k in (orig.sha256, orig.id, Path(orig.path).name) if k] if orig else [article_id]
        for k in keys:
            self._pubdates.pop(k, None)
        if when is not None:
            self._pubdates[keys[0]] = when
        self._start(self._rerun)

    def wait(self, ms: int = 120_000) -> bool:
        """Block until the current job ends (screenshots, tests); signals still arrive via the event loop."""
        w = self._worker
        return True if w is None else w.wait(ms)

    def cancel(self) -> None:
        """Stop the current job; what is done so far is still delivered by ``finished``."""
        if self._worker is not None:
            self._worker.cancel.set()

    def search(self, query: str, among: Mapping[str, str] | None = None) -> set[str] | None:
        """Article ids (of ``among``: id -> sha256) whose text matches ``query`` (SQLite FTS5); ``None`` when no
        store is open yet, so the caller falls back to its own matching."""
        store = self._store
        if store is None:
            return None
        return store.search(query, among)

    def close(self) -> None:
        """Stop work and close the cache (the window calls this when it closes)."""
        if self._worker is not None:
            self._worker.superseded = True
            self._worker.cancel.set()
            self._worker.wait()
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- internals ------------------------------------------------------------
    def _start(self, fn: Callable[[_Worker], CorpusResult]) -> None:
        if self._worker is not None:
            self._worker.superseded = True
            self._worker.cancel.set()
            self._worker.wait()
            self._old_workers.append(self._worker)
        w = _Worker(fn, self.search)
        w.progress.connect(self.progress)
        w.partial.connect(self._on_partial)
        w.done.connect(self._on_done)
        w.error.connect(self.failed)
        self._worker = w
        self.started.emit()
        w.start()

    def snapshot_for(self, result: CorpusResult) -> Snapshot | None:
        """What the worker prepared for ``result``, while it is being delivered
        (inside a ``partial``/``finished`` slot); ``None`` otherwise."""
        snap = self._delivering
        return snap if snap is not None and snap.result is result else None

    def _on_partial(self, snap: Snapshot) -> None:
        self._delivering = snap
        try:
            self.partial.emit(snap.result)
        finally:
            self._delivering = None

    def _on_done(self, snap: Snapshot) -> None:
        self.result = snap.result
        self._delivering = snap
        try:
            self.finished.emit(snap.result)
        finally:
            self._delivering = None
        # threads that ended can be dropped now
        self._old_workers = [w for w in self._old_workers if w.isRunning()]

    def _open_store(self) -> Store:
        """Opened in the worker: checking a big cache file takes a moment."""
        from viewer.store import Store

        with self._store_lock:
            if self._store is None:
                # The first corpus is passed: a cache path inside it is refused before it is created.
                self._store = Store(self.cache, inputs=self.paths)
            why = self._store.conflict(self.paths)
            if why:  # a later corpus holds the cache: this load runs without it
                from viewer.model import Problem

                mem = Store(":memory:")
                mem.problems.append(Problem(kind="cache", severity="error",
                                            message=f"{why}; working without a cache"))
                return mem
            return self._store

    def _load_all(self, worker: _Worker) -> CorpusResult:
        from viewer.corpus.reader import read_corpus

        store = self._open_store()
        # The store reports a cache it had to move aside once; keep that for every
        # (re-)run of this session so the Problems panel does not lose it.
        self._store_problems += store.take_problems()
        articles, problems = read_corpus(self.paths, cancel=worker.cancel)  # Cancel stops reading too
        self._originals = [dataclasses.replace(a) for a in articles]
        self._read_problems = [*self._store_problems, *problems]
        return self._ingest(worker, store)

    def _rerun(self, worker: _Worker) -> CorpusResult:
        return self._ingest(worker, self._open_store())

    def _ingest(self, worker: _Worker, store: Store) -> CorpusResult:
        from viewer.ingest import apply_user_pubdates, ingest_articles

        articles = [dataclasses.replace(a) for a in self._originals]
        apply_user_pubdates(articles, self._pubdates)  # keyed by sha256, id, file name or path
        worker.progress.emit(0, len(articles), "")
        partials = _Partials(articles, self._read_problems, worker)
        jobs = self.jobs if len(articles) >= POOL_MIN_ARTICLES else 1
        return ingest_articles(
            articles,
            self._read_problems,
            store=store,
            jobs=jobs,
            progress=_Throttled(worker.progress.emit),
            cancel=worker.cancel,
            on_result=partials.add,
        )


class _Throttled:
    """Progress at most every ``PROGRESS_EVERY_S`` (and always the last step): cached
    articles arrive by the thousand per second, and each queued signal costs the GUI
    thread a relayout of the status bar."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self.emit = emit
        self.next_at = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done >= total or now >= self.next_at:
            self.next_at = now + PROGRESS_EVERY_S
            self.emit(done, total, name)


class _Partials:
    """Collects per-article results in the worker and emits a merged snapshot now and then."""

    def __init__(
        self, articles: Sequence[Article], read_problems: Sequence[Problem], worker: _Worker
    ) -> None:
        self.order = {a.id: i for i, a in enumerate(articles)}
        self.read_problems = read_problems
        self.worker = worker
        self.results: dict[str, ArticleResult] = {}
        self.next_at = 0.0
        self.total = len(articles)

    def add(self, r: ArticleResult) -> None:
        self.results[r.article.id] = r
        now = time.monotonic()
        if len(self.results) == 1:
            # Counted from the first result, not the start: cached results arrive by
            # the thousand in a burst and need no intermediate snapshot.
            self.next_at = now + FIRST_PARTIAL_S
        if now < self.next_at or len(self.results) >= self.total or self.worker.cancel.is_set():
            return
        from viewer.pipeline import ArticleResult, assemble

        snapshot = [
            ArticleResult(r.article, r.mentions, [_copy_event(e) for e in r.events], list(r.problems))
            for r in sorted(self.results.values(), key=lambda r: self.order.get(r.article.id, 0))
        ]
        result = assemble(snapshot, self.read_problems)
        cost = time.monotonic() - now
        self.next_at = time.monotonic() + max(PARTIAL_EVERY_S, 4 * cost)
        self.worker.partial.emit(self.worker.snapshot(result))


def _copy_event(e):
    """Merging may annotate events: partial snapshots work on copies."""
    c = copy.copy(e)
    c.flags = list(e.flags)
    c.topics = list(e.topics)
    c.actors = list(e.actors)
    c.evidence = list(e.evidence)
    return c
