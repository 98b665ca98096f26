"""Opening and loading a corpus: folder dialog, drag and drop, progress, cancel, failure."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from viewer.display.bidi import isolate_ltr, plain_tooltip
from viewer.model import CorpusResult
from viewer.ui.dates import digits
from viewer.ui.edits.window import edited_result
from viewer.ui.timeline.view import palette_of

PROGRESS_SHOW_MS = 200


def _local_paths(mime) -> list[Path]:
    """Local files and folders in a drag's data (URLs from a file manager)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


class LoadingMixin:
    """Mixed into :class:`viewer.ui.mainwindow.MainWindow`."""

    def load(self, paths: list[str | Path] | None = None) -> None:
        if paths is not None:
            self.corpus_paths = [Path(p) for p in paths]
        self._set_busy(True)
        self.status.setText(self.tr("Loading…"))
        self.session.open_corpus(self.corpus_paths)  # the corpus' user store (edits, dates)
        # the worker colours the timeline's arrays as the view will
        self.loader.color_keys = palette_of({t.id: t.color for t in self.topics})[1]
        self.loader.prepare = self._prepare_snapshot
        self.loader.load(self.corpus_paths, self.saved_pubdates())

    def open_paths(self, paths: list[str | Path]) -> None:
        """Replace the corpus by ``paths`` (the Open dialog and drag-and-drop end here).

        The filters of the corpus being left are saved for it; the new corpus
        starts from its own saved filters, or none."""
        self.save_filters()
        self.selected = None
        self._first_load = True
        self._partial_fitted = False
        new = [Path(p) for p in paths]
        self._restored_filters = self.saved_filters(new) or {"text": ""}
        self.load(new)

    def choose_folder(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of articles"))
        if d:
            self.open_paths([d])

    def cancel_loading(self) -> None:
        """Stop the current load; the articles done so far are shown with a ``cancelled`` problem."""
        self.cancel_button.setEnabled(False)
        self.loader.cancel()

    def _set_busy(self, busy: bool) -> None:
        was = self.progress.isVisible()
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.load_count.setVisible(busy)
        if busy and not was:
            self.progress.setRange(0, 0)
            self.load_count.setText("")
        if not busy:
            self._progress_shown_at = 0.0
            self._progress_pending = None
            self.load_count.setMinimumWidth(0)

    def _on_progress(self, done: int, total: int, name: str = "") -> None:
        self._queue_progress(self.tr("%1 of %2 articles"), done, total, name)

    def _on_reading(self, done: int, total: int, name: str = "") -> None:
        """Files read so far (a dump or feed names its records in ``name``)."""
        self._queue_progress(self.tr("Reading %1 of %2 files"), done, total, name)

    def _queue_progress(self, template: str, done: int, total: int, name: str) -> None:
        """Show progress at most every ``PROGRESS_SHOW_MS`` (and always the last step).

        A progress bar whose value changes repaints at once (``QProgressBar.setValue``),
        which flushes every pending repaint of the window — the timeline and the table
        just given a partial result — and a count label that grows relayouts the status
        bar: 20 updates a second were most of the GUI thread's time during a load."""
        self._progress_pending = (template, done, total, name)
        now = time.monotonic()
        shown = getattr(self, "_progress_shown_at", 0.0)
        if done >= total or now - shown >= PROGRESS_SHOW_MS / 1000:
            self._apply_progress()
        elif not getattr(self, "_progress_scheduled", False):
            self._progress_scheduled = True
            QTimer.singleShot(PROGRESS_SHOW_MS, self._apply_progress)

    def _apply_progress(self) -> None:
        self._progress_scheduled = False
        pending = getattr(self, "_progress_pending", None)
        if pending is None:
            return
        self._progress_pending = None
        self._progress_shown_at = time.monotonic()
        template, done, total, name = pending
        self._set_busy(True)
        if self.progress.maximum() != max(total, 1):
            self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        text = (template.replace("%1", digits(f"{done:,}", self.eastern))
                .replace("%2", digits(f"{total:,}", self.eastern)))
        # never narrower than before while loading: a label that grows relayouts the status bar
        self.load_count.setMinimumWidth(max(self.load_count.minimumWidth(),
                                            self.load_count.fontMetrics().horizontalAdvance(text) + 8))
        self.load_count.setText(text)
        self.load_count.setToolTip(plain_tooltip(isolate_ltr(name)))

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Loading failed"))
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Loading failed"), message[-2000:], QMessageBox.Ok, self
        )
        box.setTextFormat(Qt.PlainText)  # a traceback may quote article text: never rich text
        box.exec()

    def dragEnterEvent(self, event) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = _local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_paths(paths)

    def on_partial(self, result: CorpusResult, staged: bool = False) -> None:
        """Events of the articles done so far, while a big corpus is still loading."""
        self._show_result(edited_result(self, result), final=False, staged=staged)

    def on_loaded(self, result: CorpusResult, staged: bool = False) -> None:
        """The whole corpus (``loaded`` once it is on screen)."""
        self._set_busy(False)
        self._show_result(edited_result(self, result), final=True, staged=staged, then=self.loaded.emit)

    def _prepare_snapshot(self, snap) -> None:
        """In the loader's worker thread: the problems list's dedupe and sentences."""
        snap.extra["problems"] = self.problems.prepare(snap.problems)

    def _handover_partial(self, result: CorpusResult) -> None:
        """The loader's partial results: handed over in steps (see :meth:`run_steps`)."""
        self.on_partial(result, staged=True)

    def _handover_final(self, result: CorpusResult) -> None:
        self.on_loaded(result, staged=True)

    def run_steps(self, steps: list[Callable[[], None]], then: Callable[[], None] | None = None,
                  staged: bool = True) -> None:
        """Run ``steps`` one per turn of the event loop (or all now, ``staged=False``), then
        ``then``.  Starting another sequence drops what is left of the previous one: a
        newer result supersedes an older one's remaining steps.

        Why: each step of a hand-over (the timeline's arrays, the table and the filters,
        the problems, the articles) costs tens of ms on a 10,000-article corpus; run back
        to back they were one long freeze, in turns the window paints and answers in
        between."""
        self._steps_gen = gen = getattr(self, "_steps_gen", 0) + 1
        self.steps_run = getattr(self, "steps_run", 0)
        if not staged:
            for step in steps:
                step()
            if then is not None:
                then()
            return

        def run(k: int) -> None:
            if gen != self._steps_gen:
                return  # superseded
            steps[k]()
            self.steps_run += 1
            if k + 1 < len(steps):
                QTimer.singleShot(0, lambda: run(k + 1))
            elif then is not None:
                then()

        run(0)
