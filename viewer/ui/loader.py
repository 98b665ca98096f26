"""Loading a corpus off the GUI thread: a thin Qt shell over :mod:`viewer.loading`.

:class:`CorpusLoader` is the only way the window gets data.  Everything it
does is :class:`viewer.loading.session.LoadSession` (read, dates, cache,
extraction, merge: the same code as the CLI), run in a ``QThread``; this
module only turns the session's callbacks into signals on the GUI thread:

* ``progress(done, total, name)`` while articles are processed, ``reading(done,
  total, name)`` while files are read;
* ``partial(CorpusResult)`` now and then while a big corpus loads, so events
  appear as they are ready instead of after the last article;
* ``finished(CorpusResult)`` at the end, also after a user's Cancel (with the
  articles done so far and a ``cancelled`` problem), or ``failed(str)``.

What the window derives from a result (filter index, timeline arrays, table
order, problem list) is built in the worker too
(:func:`viewer.display.snapshot.make_snapshot`), so the GUI thread only swaps
references; see :meth:`CorpusLoader.snapshot_for`.
"""

from __future__ import annotations

import gc
import os
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from viewer.display.snapshot import Snapshot, make_snapshot
from viewer.loading.session import LoadHooks, LoadSession, default_jobs
from viewer.model import CorpusResult

__all__ = ["CorpusLoader", "default_jobs"]


class _Worker(QThread):
    progress = Signal(int, int, str)
    reading = Signal(int, int, str)
    partial = Signal(object)
    done = Signal(object)
    error = Signal(str)

    def __init__(self, fn: Callable[[LoadHooks], CorpusResult], search: Callable | None = None,
                 color_keys: dict[str, int] | None = None,
                 prepare: Callable[[Snapshot], None] | None = None) -> None:
        super().__init__()
        self._fn = fn
        self.search = search
        self.color_keys = color_keys
        self.prepare = prepare
        self.hooks = LoadHooks(progress=self.progress.emit, reading=self.reading.emit, partial=self._partial)
        self.cancel = self.hooks.cancel
        self.superseded = False  # cancelled because another job replaced it: report nothing

    def run(self) -> None:
        # No gc.unfreeze() for the previous corpus: it is acyclic and freed by reference
        # counting; unfreezing would put the whole heap under the next full collection.
        try:
            result = self._fn(self.hooks)
            snapshot = self.snapshot(result)
            if self.prepare is not None:
                self.prepare(snapshot)
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

    def _partial(self, result: CorpusResult) -> None:
        if not self.superseded:
            self.partial.emit(self.snapshot(result))

    def snapshot(self, result: CorpusResult) -> Snapshot:
        """Built here rather than on the GUI thread: on a 10,000-article corpus
        (~10^5 events) that is seconds the window would otherwise be frozen for."""
        return make_snapshot(result, self.search, self.color_keys)


class CorpusLoader(QObject):
    """Runs a :class:`LoadSession` in a worker thread, one job at a time."""

    started = Signal()
    progress = Signal(int, int, str)  # done, total, file name
    reading = Signal(int, int, str)  # files read, files listed, file name
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
        self.session = LoadSession(cache, jobs)
        self._worker: _Worker | None = None
        self._old_workers: list[_Worker] = []
        self._delivering: Snapshot | None = None
        self.result: CorpusResult | None = None
        #: topic id -> timeline colour index (``viewer.ui.timeline.view.palette_of``), so
        #: the worker colours the timeline's arrays too; set by the window
        self.color_keys: dict[str, int] | None = None
        #: ``fn(snapshot)`` run in the worker on the final snapshot: what the window's
        #: panels derive from it (thread-safe code only: plain data and ``tr``)
        self.prepare: Callable[[Snapshot], None] | None = None

    @property
    def paths(self) -> list[Path]:
        return self.session.paths

    @property
    def jobs(self) -> int:
        return self.session.jobs

    # --- public API -----------------------------------------------------------
    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def load(self, paths: Sequence[str | Path], pubdates: Mapping[str, date] | None = None) -> None:
        """Read and process ``paths`` (files or folders); ``pubdates`` maps article id,
        file name or sha256 to a date the user chose."""
        self._stop()
        self.session.set_corpus(paths, pubdates)
        self._start(self.session.load)

    def set_pubdate(self, article_id: str, when: date | None) -> None:
        """Set (or clear with ``None``) one article's publication date and re-run it."""
        self._stop()
        self.session.set_pubdate(article_id, when)
        self._start(self.session.rerun)

    def wait(self, ms: int = 120_000) -> bool:
        """Block until the current job ends (screenshots, tests); signals still arrive via the event loop."""
        w = self._worker
        return True if w is None else w.wait(ms)

    def cancel(self) -> None:
        """Stop the current job; what is done so far is still delivered by ``finished``."""
        if self._worker is not None:
            self._worker.cancel.set()

    def search(self, query: str, among: Mapping[str, str] | None = None) -> set[str] | None:
        """See :meth:`LoadSession.search`."""
        return self.session.search(query, among)

    def close(self) -> None:
        """Stop work and close the cache (the window calls this when it closes)."""
        self._stop()
        self.session.close()

    def snapshot_for(self, result: CorpusResult) -> Snapshot | None:
        """What the worker prepared for ``result``, while it is being delivered
        (inside a ``partial``/``finished`` slot); ``None`` otherwise."""
        snap = self._delivering
        return snap if snap is not None and snap.result is result else None

    # --- internals ------------------------------------------------------------
    def _stop(self) -> None:
        """The running job is superseded: it stops and reports nothing."""
        w = self._worker
        if w is not None:
            w.superseded = True
            w.cancel.set()
            w.wait()
            self._old_workers.append(w)
            self._worker = None

    def _start(self, fn: Callable[[LoadHooks], CorpusResult]) -> None:
        w = _Worker(fn, self.search, self.color_keys, self.prepare)
        w.progress.connect(self.progress)
        w.reading.connect(self.reading)
        w.partial.connect(self._on_partial)
        w.done.connect(self._on_done)
        w.error.connect(self.failed)
        self._worker = w
        self.started.emit()
        w.start()

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
