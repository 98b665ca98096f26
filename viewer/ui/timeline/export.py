"""Timeline export (PNG, SVG) and the offscreen frame timer of the benchmark."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import (
    QImage,
    QPainter,
)


class ExportMixin:
    """Renders the whole timeline into files (mixed into :class:`~.view.TimelineView`)."""

    def export_png(self, path, width: int | None = None) -> bool:
        """Render the whole timeline (fit all, with axis) to a PNG."""
        w, h = self._export_size(width)
        img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
        img.fill(self.palette().base().color())
        p = QPainter(img)
        self._paint_export(p, w, h)
        p.end()
        return img.save(str(path), "PNG")

    def export_svg(self, path, width: int | None = None) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        w, h = self._export_size(width)
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setTitle("Timeline")
        p = QPainter()
        if not p.begin(gen):
            return False
        p.fillRect(QRectF(0, 0, w, h), self.palette().base())
        self._paint_export(p, w, h)
        return p.end()

    def _paint_export(self, p: QPainter, w: int, h: int) -> None:
        t0, t1 = self._fit_range(w)
        lay = self._compute_layout(w, h, t0, t1)
        self._paint(p, lay)

    def _export_size(self, width: int | None) -> tuple[int, int]:
        w = int(width) if width else max(self._vw(), 1000)
        h = max(self._vh(), 420)
        return w, h

    def render_frame_for_bench(self, relayout: bool = True) -> float:
        """Render one frame of the current view offscreen; returns milliseconds.

        ``relayout=True`` drops the cached layout first, as every pan/zoom frame
        does.  (Equivalent on screen: ``view.viewport().grab()``.)
        """
        w, h = self._vw(), self._vh()
        img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
        t = time.perf_counter()
        if relayout:
            self._layout = None
        p = QPainter(img)
        p.fillRect(QRectF(0, 0, w, h), self.palette().base())
        self._paint(p, self._ensure_layout())
        p.end()
        return (time.perf_counter() - t) * 1000.0
