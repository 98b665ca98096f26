"""Loading a corpus off the GUI thread, through one object.

:class:`CorpusLoader` is the only way the window gets data.  It runs the
headless pipeline in a ``QThread`` and reports ``progress(done, total)`` and
``finished(CorpusResult)`` (or ``failed(str)``) on the GUI thread.  It keeps the
per-article results, so changing one article's publication date re-runs only
that article (``process_article``) and the cross-article ``assemble`` step.
When ``viewer.ingest`` (store-backed, parallel) is available the same object
can switch to it without the window noticing.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from viewer.model import Article, CorpusResult, Problem


class _Worker(QThread):
    progress = Signal(int, int)
    done = Signal(object)
    error = Signal(str)

    def __init__(self, fn: Callable[[Callable[[int, int], None], threading.Event], object]) -> None:
        super().__init__()
        self._fn = fn
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = self._fn(self.progress.emit, self.cancel)
        except Exception:
            self.error.emit(traceback.format_exc())
            return
        if not self.cancel.is_set():
            self.done.emit(result)


class CorpusLoader(QObject):
    """Runs the pipeline in a worker thread; keeps per-article results for re-runs."""

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)  # CorpusResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, cache: str | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.paths: list[Path] = []
        self._originals: dict[str, Article] = {}  # article id -> as read (before any date)
        self._results: dict[str, object] = {}  # article id -> ArticleResult
        self._order: list[str] = []
        self._read_problems: list[Problem] = []
        self._pubdates: dict[str, date] = {}
        self._worker: _Worker | None = None
        self._old_workers: list[_Worker] = []
        self.result: CorpusResult | None = None

    # --- public API -----------------------------------------------------------
    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def load(self, paths: Sequence[str | Path], pubdates: Mapping[str, date] | None = None) -> None:
        """Read and process ``paths`` (files or folders); ``pubdates`` maps article id or sha256 to a date."""
        self.paths = [Path(p) for p in paths]
        self._pubdates = dict(pubdates or {})
        self._start(self._load_all)

    def set_pubdate(self, article_id: str, when: date | None) -> None:
        """Set (or clear with ``None``) one article's publication date and re-run it."""
        self._start(lambda progress, cancel: self._rerun(article_id, when, progress, cancel))

    def wait(self, ms: int = 120_000) -> bool:
        """Block until the current job ends (screenshots, tests); signals still arrive via the event loop."""
        w = self._worker
        return True if w is None else w.wait(ms)

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel.set()

    # --- internals ------------------------------------------------------------
    def _start(self, fn) -> None:
        if self._worker is not None:
            self._worker.cancel.set()
            self._worker.wait()
            self._old_workers.append(self._worker)
        w = _Worker(fn)
        w.progress.connect(self.progress)
        w.done.connect(self._on_done)
        w.error.connect(self.failed)
        self._worker = w
        self.started.emit()
        w.start()

    def _on_done(self, result: CorpusResult) -> None:
        self.result = result
        self.finished.emit(result)
        # threads that ended can be dropped now
        self._old_workers = [w for w in self._old_workers if w.isRunning()]

    def _date_for(self, a: Article) -> date | None:
        for key in (a.sha256, a.id, Path(a.path).name):
            if key and key in self._pubdates:
                return self._pubdates[key]
        return None

    def _load_all(self, progress, cancel: threading.Event) -> CorpusResult:
        from viewer.corpus.reader import read_corpus
        from viewer.pipeline import process_article

        articles, problems = read_corpus([str(p) for p in self.paths])
        self._read_problems = list(problems)
        self._originals.clear()
        self._results.clear()
        self._order = []
        total = len(articles)
        progress(0, total)
        for n, a in enumerate(articles, 1):
            if cancel.is_set():
                break
            self._originals[a.id] = dataclasses.replace(a)
            when = self._date_for(a)
            if when is not None:
                a.published, a.published_how = when, "user"
            self._results[a.id] = process_article(a)
            self._order.append(a.id)
            progress(n, total)
        return self._assemble()

    def _rerun(self, article_id: str, when: date | None, progress, cancel) -> CorpusResult:
        from viewer.pipeline import process_article

        orig = self._originals.get(article_id)
        if orig is None:
            return self._assemble()
        a = dataclasses.replace(orig)
        if when is not None:
            a.published, a.published_how = when, "user"
        progress(0, 1)
        self._results[article_id] = process_article(a)
        progress(1, 1)
        return self._assemble()

    def _assemble(self) -> CorpusResult:
        from viewer.pipeline import ArticleResult, assemble

        # merge may mutate events: hand it copies so re-runs start clean
        results = []
        for aid in self._order:
            r = self._results[aid]
            results.append(ArticleResult(r.article, r.mentions, copy.deepcopy(r.events), list(r.problems)))
        return assemble(results, self._read_problems)
