"""Exports of what the window shows: visible events as CSV/JSON, the timeline as PNG/SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from viewer.atomicio import atomic_path
from viewer.display.labels import digits
from viewer.events.export import write_events_csv, write_events_json
from viewer.safetext import display
from viewer.ui.dates import format_day, format_event_date
from viewer.ui.timeline.export import ExportHeader


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

    def export_header(self) -> ExportHeader:
        """The header band of an exported image: what corpus, which dates, which filters.

        An image travels alone (into a report, a slide): without these lines a reader
        cannot tell a filtered view from the whole corpus."""
        sep = "، " if self.lang == "ar" else ", "
        names = sep.join(display(p.name or str(p)) for p in self.corpus_paths)  # U+FFFD for bad bytes
        title = self.tr("Timeline of %1").replace("%1", names)
        lines = []
        extent = self.timeline.visible_extent()
        if extent is None:
            lines.append(self.tr("Dates shown: none"))
        else:
            lo, hi = (digits(format_day(d, self.lang), self.eastern) for d in extent)
            lines.append(self.tr("Dates shown: %1 – %2").replace("%1", lo).replace("%2", hi))
        shown = digits(str(getattr(self, "_shown", len(self.visible_events()))), self.eastern)
        total = digits(str(getattr(self, "_total", 0)), self.eastern)
        active = [text for _key, text in self.filters.active_filters()]
        sep = "؛ " if self.lang == "ar" else "; "
        if active:
            lines.append(self.tr("Filters: %1 (%2 of %3 events)").replace("%1", sep.join(active))
                         .replace("%2", shown).replace("%3", total))
        else:
            lines.append(self.tr("Filters: none (all %1 events)").replace("%1", total))
        return ExportHeader(title=title, lines=lines)

    # Images too are written beside the target and renamed into place (viewer.atomicio): a
    # read-only folder or a full disk is an error, and the previous file is kept.
    def export_png(self, path: str | Path) -> None:
        with atomic_path(path, suffix=".png") as tmp:
            if not self.timeline.export_png(tmp, header=self.export_header()):
                raise OSError(self.tr("The PNG image could not be written to %1").replace("%1", str(path)))

    def export_svg(self, path: str | Path) -> None:
        with atomic_path(path, suffix=".svg") as tmp:
            if not self.timeline.export_svg(tmp, header=self.export_header()):
                raise OSError(self.tr("The SVG image could not be written to %1").replace("%1", str(path)))

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
