"""Exports of what the window shows: visible events as CSV/JSON, the timeline as PNG/SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from viewer.events.export import write_events_csv, write_events_json


class ExportMixin:
    """Mixed into :class:`viewer.ui.mainwindow.MainWindow`."""

    def export_csv(self, path: str | Path) -> None:
        write_events_csv(self.visible_events(), path)

    def export_json(self, path: str | Path) -> None:
        r = self.result
        if r is None:
            write_events_json(self.visible_events(), path)
        else:
            write_events_json(self.visible_events(), path, r.articles, r.mentions, r.problems)

    def export_png(self, path: str | Path) -> None:
        self.timeline.export_png(str(path))

    def export_svg(self, path: str | Path) -> None:
        self.timeline.export_svg(str(path))

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
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
