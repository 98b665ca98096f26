"""Exports of what the window shows: visible events as CSV/JSON, the timeline as PNG/SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from viewer.atomicio import atomic_path
from viewer.events.export import write_events_csv, write_events_json
from viewer.ui.dates import format_event_date


class ExportMixin:
    """Mixed into :class:`viewer.ui.mainwindow.MainWindow`."""

    def export_csv(self, path: str | Path) -> None:
        """Visible events, with topic labels, article titles and the date as shown."""
        write_events_csv(
            self.visible_events(),
            path,
            topic_labels=self.topic_labels(),
            article_titles={aid: a.title or a.id for aid, a in self.articles.items()},
            date_text=lambda ev: format_event_date(ev, self.lang, False),
        )

    def export_json(self, path: str | Path) -> None:
        r = self.result
        if r is None:
            write_events_json(self.visible_events(), path)
        else:
            write_events_json(self.visible_events(), path, r.articles, r.mentions, r.problems)

    # Images too are written beside the target and renamed into place (viewer.atomicio): a
    # read-only folder or a full disk is an error, and the previous file is kept.
    def export_png(self, path: str | Path) -> None:
        with atomic_path(path, suffix=".png") as tmp:
            if not self.timeline.export_png(tmp):
                raise OSError(f"the PNG image could not be written to {path}")

    def export_svg(self, path: str | Path) -> None:
        with atomic_path(path, suffix=".svg") as tmp:
            if not self.timeline.export_svg(tmp):
                raise OSError(f"the SVG image could not be written to {path}")

    def _export_dialog(self, kind: str) -> None:
        filters = {
            "csv": self.tr("CSV (*.csv)"),
            "json": self.tr("JSON (*.json)"),
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"timeline.{kind}", filters[kind])
        if not path:
            return
        try:
            getattr(self, f"export_{kind}")(path)
        except Exception as exc:  # never fatal
            box = QMessageBox(QMessageBox.Warning, self.tr("Export failed"), str(exc), QMessageBox.Ok, self)
            box.setTextFormat(Qt.PlainText)  # a file name is never rich text
            box.exec()
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
