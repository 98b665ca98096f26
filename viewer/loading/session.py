"""The window's loads, without Qt: one corpus, its cache, re-runs after a date is set.

:class:`LoadSession` is what the window's ``CorpusLoader`` runs in its worker
thread; the Qt side only moves the calls to a thread and the callbacks back to
the GUI thread as signals.  It keeps the articles as read, before any
publication date, so a date the user sets re-runs that article only: every
other article comes back from the store, and the re-run costs one extraction
plus the cross-article merge.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.loading.article import ArticleResult
from viewer.loading.dates import apply_dates
from viewer.loading.load import Progress, ingest_articles
from viewer.loading.merging import assemble
from viewer.loading.reading import read
from viewer.model import Article, CorpusResult, Event, Problem

if TYPE_CHECKING:
    from viewer.extract.vocab import Matcher
    from viewer.store import Store

# Below this many articles a process pool costs more to start than it saves.
POOL_MIN_ARTICLES = 64
# Partial results: the first after this long, then at most this often (seconds),
# and never more often than 4x the time one partial assembly takes.
FIRST_PARTIAL_S = 0.4
# ... and while a cached corpus is still being read (a smaller one is read by then: no
# partial, whose merge would only delay the whole)
PREVIEW_FIRST_S = 1.0
PARTIAL_EVERY_S = 1.5
PROGRESS_EVERY_S = 0.05


def default_jobs() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))


def _nothing(*_args) -> None:
    return None


@dataclasses.dataclass
class LoadHooks:
    """How a running load talks back (all called from the thread that runs it)."""

    cancel: threading.Event = dataclasses.field(default_factory=threading.Event)
    progress: Progress = _nothing  # articles processed: (done, total, name)
    reading: Progress = _nothing  # files read: (done, total, name)
    partial: Callable[[CorpusResult], None] = _nothing  # the articles done so far, merged


class LoadSession:
    """One corpus as the window loads it: its paths, the user's dates, its cache."""

    def __init__(self, cache: str | os.PathLike[str] | None = None, jobs: int | None = None) -> None:
        """``cache``: the SQLite cache path (``None``: the user's cache directory;
        ``":memory:"``: nothing on disk).  ``jobs``: extraction processes (default:
        up to 4, one per core)."""
        self.cache = cache
        self.jobs = jobs or default_jobs()
        self.paths: list[Path] = []
        self.pubdates: dict[str, date] = {}  # the user's: id, file name, path or sha256 -> date
        self.originals: list[Article] = []  # as read, before any publication date
        self.read_problems: list[Problem] = []
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._store_problems: list[Problem] = []

    # --- what the GUI thread calls (between loads) ---------------------------------
    def set_corpus(self, paths: Sequence[str | Path], pubdates: Mapping[str, date] | None = None) -> None:
        self.paths = [Path(p) for p in paths]
        self.pubdates = dict(pubdates or {})

    def set_pubdate(self, article_id: str, when: date | None) -> None:
        """Set (or clear with ``None``) one article's date; :meth:`rerun` applies it."""
        orig = next((a for a in self.originals if a.id == article_id), None)
        keys = [k for k in (orig.sha256, orig.id, Path(orig.path).name) if k] if orig else [article_id]
        for k in keys:
            self.pubdates.pop(k, None)
        if when is not None:
            self.pubdates[keys[0]] = when

    def search(self, query: str, among: Mapping[str, str] | None = None) -> set[str] | None:
        """Article ids (of ``among``: id -> sha256) whose text matches ``query`` (SQLite FTS5);
        ``None`` when no store is open yet, so the caller falls back to its own matching."""
        store = self._store
        if store is None:
            return None
        return store.search(query, among)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- what the worker runs --------------------------------------------------------
    def load(self, hooks: LoadHooks) -> CorpusResult:
        """Read the corpus, then :meth:`rerun`."""
        store = self.open_store()
        # The store reports a cache it had to move aside once; keep that for every
        # (re-)run of this session so the Problems panel does not lose it.
        self._store_problems += store.take_problems()
        preview = Preview(store, self.pubdates, hooks, self._matcher())

        def reading(done: int, total: int, name: str) -> None:
            preview.read = (done, total)
            hooks.reading(done, total, name)

        articles, problems = read(self.paths, cancel=hooks.cancel, progress=reading, on_article=preview.add)
        preview.flush()
        self.originals = [dataclasses.replace(a) for a in articles]
        self.read_problems = [*self._store_problems, *problems]
        return self._ingest(hooks, store, known=preview.hits)

    def rerun(self, hooks: LoadHooks) -> CorpusResult:
        """Extract again with the current dates (cached articles come from the store)."""
        return self._ingest(hooks, self.open_store())

    def open_store(self) -> Store:
        """Opened in the worker: checking a big cache file takes a moment."""
        from viewer.store import Store

        with self._store_lock:
            if self._store is None:
                # The first corpus is passed: a cache path inside it is refused before it is created.
                self._store = Store(self.cache, inputs=self.paths)
            why = self._store.conflict(self.paths)
            if why:  # a later corpus holds the cache: this load runs without it
                mem = Store(":memory:")
                mem.problems.append(Problem(kind="cache", severity="error",
                                            message=f"{why}; working without a cache"))
                return mem
            return self._store

    def _matcher(self) -> Matcher:
        from viewer.extract.vocab import matcher_for

        return matcher_for(self.paths)

    def _ingest(self, hooks: LoadHooks, store: Store, known: dict[int, ArticleResult] | None = None) -> CorpusResult:
        articles = [dataclasses.replace(a) for a in self.originals]
        apply_dates(articles, user=self.pubdates)
        hooks.progress(0, len(articles), "")
        matcher = self._matcher()
        partials = Partials(articles, self.read_problems, hooks, matcher)
        jobs = self.jobs if len(articles) >= POOL_MIN_ARTICLES else 1
        return ingest_articles(
            articles,
            self.read_problems,
            store=store,
            jobs=jobs,
            progress=Throttled(hooks.progress),
            cancel=hooks.cancel,
            on_result=partials.add,
            matcher=matcher,
            known=known,
        )


class Preview:
    """Cached results looked up while the corpus is still being read, shown early.

    A cached reopen used to read every file (hashes decide what is cached) before
    anything was looked up: 10,000 files are seconds of reading with nothing on
    screen.  Here each batch of articles read is looked up at once, dated as the load
    will date them, and the hits go to a :class:`Partials`, so the first events show
    after the first few hundred files; the load then takes these hits as ``known``
    instead of looking them up again.  On a cold load nothing is found and nothing
    is shown early."""

    BATCH = 128

    def __init__(self, store: Store, pubdates: Mapping[str, date], hooks: LoadHooks,
                 matcher: Matcher | None = None) -> None:
        self.store = store
        self.pubdates = pubdates
        self.pending: list[tuple[int, Article]] = []
        self.hits: dict[int, ArticleResult] = {}
        self.n = 0
        # One early partial: each merges every result so far, and reading goes on meanwhile
        # (on 10,000 cached articles, partials every few seconds doubled the whole load).
        self.partials = Partials([], [], hooks, matcher, total=None, first_after=PREVIEW_FIRST_S, at_most=1,
                                 allow=self._worth_it)
        self.read = (0, 0)  # files read, files listed (the reader's progress)

    def _worth_it(self) -> bool:
        """Only while most files are still to read: near the end the whole corpus comes
        soon, and a partial's merge would only delay it (a 1,000-file reopen: +1.5 s)."""
        done, total = self.read
        return total <= 1 or done < total / 2

    def add(self, article: Article) -> None:
        self.pending.append((self.n, dataclasses.replace(article)))
        self.n += 1
        if len(self.pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        arts = [a for _i, a in batch]
        apply_dates(arts, user=self.pubdates)
        for k, r in sorted(self.store.get_many(arts).items()):
            self.hits[batch[k][0]] = r
            self.partials.add(r)


class Throttled:
    """Progress at most every ``PROGRESS_EVERY_S`` (and always the last step): cached
    articles arrive by the thousand per second, and each queued signal costs the GUI
    thread a relayout of the status bar."""

    def __init__(self, emit: Progress) -> None:
        self.emit = emit
        self.next_at = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        if done >= total or now >= self.next_at:
            self.next_at = now + PROGRESS_EVERY_S
            self.emit(done, total, name)


class Partials:
    """Collects per-article results and hands a merged corpus of those done so far to
    ``hooks.partial`` now and then, so events appear while a big corpus loads."""

    def __init__(self, articles: Sequence[Article], read_problems: Sequence[Problem], hooks: LoadHooks,
                 matcher: Matcher | None = None, total: int | None = -1,
                 first_after: float | None = None, at_most: int | None = None,
                 allow: Callable[[], bool] | None = None) -> None:
        """``total``: how many results make the whole corpus (no partial for it: the final
        result follows); default ``len(articles)``, ``None``: not known (results come in
        corpus order then)."""
        self.matcher = matcher
        self.order = {a.id: i for i, a in enumerate(articles)}
        self.read_problems = read_problems
        self.hooks = hooks
        self.results: dict[str, ArticleResult] = {}
        self.next_at = 0.0
        self.total = len(articles) if total == -1 else (total if total is not None else float("inf"))
        self.first_after = FIRST_PARTIAL_S if first_after is None else first_after
        self.left = at_most  # partials still allowed (None: no limit)
        self.allow = allow

    def add(self, r: ArticleResult) -> None:
        self.results[r.article.id] = r
        now = time.monotonic()
        if len(self.results) == 1:
            # Counted from the first result, not the start: cached results arrive by
            # the thousand in a burst and need no intermediate snapshot.
            self.next_at = now + self.first_after
        if now < self.next_at or len(self.results) >= self.total or self.hooks.cancel.is_set() or self.left == 0:
            return
        if self.allow is not None and not self.allow():
            return
        if self.left is not None:
            self.left -= 1
        snapshot = [
            ArticleResult(r.article, r.mentions, [_copy_event(e) for e in r.events], list(r.problems))
            for r in sorted(self.results.values(), key=lambda r: self.order.get(r.article.id, 0))
        ]
        result = assemble(snapshot, self.read_problems, matcher=self.matcher)
        self.hooks.partial(result)
        cost = time.monotonic() - now
        self.next_at = time.monotonic() + max(PARTIAL_EVERY_S, 4 * cost)


def _copy_event(e: Event) -> Event:
    """Merging may annotate events: partial snapshots work on copies."""
    c = copy.copy(e)
    c.flags = list(e.flags)
    c.topics = list(e.topics)
    c.actors = list(e.actors)
    c.evidence = list(e.evidence)
    return c
