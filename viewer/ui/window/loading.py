"""Opening and loading a corpus: folder dialog, drag and drop, progress, cancel, failure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from viewer.display.bidi import isolate_ltr, plain_tooltip
from viewer.model import CorpusResult
from viewer.ui.dates import digits
from viewer.ui.edits.window import edited_result


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
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.load_count.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.load_count.setText("")

    def _on_progress(self, done: int, total: int, name: str = "") -> None:
        self._set_busy(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.load_count.setText(
            self.tr("%1 of %2 articles")
            .replace("%1", digits(f"{done:,}", self.eastern))
            .replace("%2", digits(f"{total:,}", self.eastern))
        )
        self.load_count.setToolTip(plain_tooltip(isolate_ltr(name)))

    def _on_reading(self, done: int, total: int, name: str = "") -> None:
        """Files read so far (a dump or feed names its records in ``name``)."""
        self._set_busy(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.load_count.setText(
            self.tr("Reading %1 of %2 files")
            .replace("%1", digits(f"{done:,}", self.eastern))
            .replace("%2", digits(f"{total:,}", self.eastern))
        )
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

    def on_partial(self, result: CorpusResult) -> None:
        """Events of the articles done so far, while a big corpus is still loading."""
        self._show_result(edited_result(self, result), final=False)

    def on_loaded(self, result: CorpusResult) -> None:
        self._set_busy(False)
        self._show_result(edited_result(self, result), final=True)
        self.loaded.emit()
