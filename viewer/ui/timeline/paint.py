"""Timeline painting: draws a :class:`~.layout.Layout` with a QPainter.

Software rasterising dominates the frame time, so colours are pre-blended
with the background (alpha blending is ~10x slower), antialiasing is used
only for round shapes and text, and labels are cached ``QStaticText``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)

from viewer.display.labels import compact_count
from viewer.display.timeline_data import EDITED, FUZZY, HIDDEN, OPEN, POINT, STARRED
from viewer.ui.edits.marks import paint_mark

from .constants import CENTER

if TYPE_CHECKING:
    from .layout import Layout

_BLEND_CACHE: dict[tuple, QColor] = {}


def _blend(fg: QColor, bg: QColor, a: float) -> QColor:
    """Opaque colour looking like ``fg`` at opacity ``a`` over ``bg`` (cached)."""
    key = (fg.rgb(), bg.rgb(), a)
    c = _BLEND_CACHE.get(key)
    if c is None:
        if len(_BLEND_CACHE) > 4096:
            _BLEND_CACHE.clear()
        c = _BLEND_CACHE[key] = _blend_raw(fg, bg, a)
    return c


def _blend_raw(fg: QColor, bg: QColor, a: float) -> QColor:
    return QColor(
        round(fg.red() * a + bg.red() * (1 - a)),
        round(fg.green() * a + bg.green() * (1 - a)),
        round(fg.blue() * a + bg.blue() * (1 - a)),
    )


class PaintMixin:
    """Paints the view's layout (mixed into :class:`~.view.TimelineView`)."""

    def drawBackground(self, painter: QPainter, rect) -> None:
        painter.save()
        painter.resetTransform()
        painter.fillRect(QRectF(0, 0, self._vw(), self._vh()), self.palette().base())
        self._paint(painter, self._ensure_layout())
        painter.restore()

    def drawForeground(self, painter: QPainter, rect) -> None:
        pass

    def _static(self, key, text: str, font: QFont) -> QStaticText:
        st = self._static_cache.get(key)
        if st is None or st.text() != text:
            st = QStaticText(text)
            st.setTextFormat(Qt.PlainText)
            st.setPerformanceHint(QStaticText.AggressiveCaching)
            st.prepare(QTransform(), font)
            if len(self._static_cache) > 20000:
                self._static_cache.clear()
            self._static_cache[key] = st
        return st

    def _paint(self, p: QPainter, lay: Layout) -> None:
        """Paint one frame.  Software rasterising dominates the frame time, so:
        opaque colours pre-blended with the background (alpha blending is ~10x
        slower), antialiasing only for round shapes and text, cached QStaticText."""
        pal = self.palette()
        font = self.font()
        bg = pal.base().color()
        text_col = pal.text().color()
        mid = pal.mid().color()
        sel_col = pal.highlight().color()
        p.setFont(font)
        p.setRenderHint(QPainter.TextAntialiasing, True)
        p.setRenderHint(QPainter.Antialiasing, False)
        p.setLayoutDirection(Qt.RightToLeft if self._lang == "ar" else Qt.LeftToRight)
        g = lay.geom
        w = lay.w
        dy = g["text_dy"]  # text boxes are the ink's height; the glyph box starts above
        top, ay = g["top"], g["axis_y"]
        colors = self._colors
        cidx = self._data.color_idx
        flags = self._data.flags

        # grid lines of the axis (minor ticks faint, period boundaries stronger)
        minor_pen = QPen(_blend(text_col, bg, 0.06), 1)
        major_pen = QPen(_blend(text_col, bg, 0.14), 1)
        for x, major in lay.axis_ticks:
            p.setPen(major_pen if major else minor_pen)
            xi = round(x)
            p.drawLine(xi, round(top), xi, round(ay))

        # lanes by topic: faint alternating band backgrounds, topic names at the right
        for k, (rect, _lrect, _name, col) in enumerate(lay.bands):
            p.fillRect(rect.toRect(), _blend(col, bg, 0.07 if k % 2 == 0 else 0.035))

        # aggregate histogram
        if lay.hist:
            hist_col = _blend(sel_col, bg, 0.55)
            for rect, _col in lay.hist:
                p.fillRect(rect.toRect(), hist_col)

        # events: bars (no AA), then round markers (AA), then labels
        for i, _lane_rect, mark, lrect, _label, selected in lay.items:
            if selected and lrect is not None:
                p.fillRect(lrect.adjusted(-3, -1, 3, 1).toRect(), _blend(sel_col, bg, 0.25))
            f = flags[i]
            if not (f & POINT and not f & FUZZY):
                self._paint_bar(p, mark, colors[cidx[i]], f, bg)
        p.setRenderHint(QPainter.Antialiasing, True)
        for i, _lane_rect, mark, _lrect, _label, selected in lay.items:
            f = flags[i]
            if f & POINT and not f & FUZZY:
                col = colors[cidx[i]]
                p.setBrush(col)
                p.setPen(QPen(col.darker(140), 1))
                p.drawEllipse(mark)
            if f & (EDITED | STARRED | HIDDEN):  # the analyst's marks, above the event
                paint_mark(p, QPointF(mark.center().x(), mark.top() - 6), bool(f & STARRED),
                           bool(f & EDITED), bool(f & HIDDEN))
            if selected:
                p.setBrush(Qt.NoBrush)
                p.setPen(QPen(sel_col, 2))
                if f & POINT and not f & FUZZY:
                    p.drawEllipse(mark.adjusted(-3, -3, 3, 3))
                else:
                    p.drawRoundedRect(mark.adjusted(-2, -2, 2, 2), 3, 3)
        p.setPen(text_col)
        for i, _lane_rect, _mark, lrect, label, _selected in lay.items:
            if lrect is not None:
                self._draw_text(p, QPointF(lrect.left(), lrect.top() - dy), label, font, ("e", i))

        if lay.bands:
            small = QFont(font)
            if small.pointSizeF() > 0:
                small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
            for k, (rect, lrect, name, col) in enumerate(lay.bands):
                p.setPen(_blend(col, bg, 0.9).darker(150))
                self._draw_text(p, QPointF(lrect.left(), lrect.top() - dy), name, font, ("b", k))
                if k:
                    p.setPen(QPen(_blend(col, bg, 0.25), 1, Qt.DotLine))
                    p.drawLine(0, round(rect.bottom()), lay.w, round(rect.bottom()))

        # clusters / count pills
        if lay.clusters:
            small = QFont(font)
            if small.pointSizeF() > 0:
                small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
            sfm = QFontMetricsF(small)
            p.setFont(small)
            for rect, count, _a, _b, col in lay.clusters:
                p.setPen(QPen(_blend(col, bg, 0.8), 1))
                p.setBrush(_blend(col, bg, 0.22))
                p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
                text = ("+" if lay.mode == "detail" else "") + compact_count(count, self._lang, self._eastern)
                if sfm.horizontalAdvance(text) <= rect.width() - 4:
                    p.setPen(text_col)
                    self._draw_text_in(p, rect, text, small, CENTER)
            p.setFont(font)

        # axis
        p.setRenderHint(QPainter.Antialiasing, False)
        p.setPen(QPen(mid.darker(130), 1))
        p.drawLine(0, round(ay), w, round(ay))
        for x, major in lay.axis_ticks:
            xi = round(x)
            p.drawLine(xi, round(ay), xi, round(ay + (9 if major else 5)))
        p.setPen(text_col)
        for r, text in lay.axis_labels:
            self._draw_text(p, QPointF(r.left(), r.top() - dy), text, font, ("a", text))

        # undated strip
        if lay.undated_strip is not None:
            strip = lay.undated_strip
            p.fillRect(strip.toRect(), _blend(mid, bg, 0.18))
            p.setPen(QPen(mid, 1, Qt.DashLine))
            p.drawLine(strip.topLeft(), strip.topRight())
            if lay.undated_title is not None:
                r, t = lay.undated_title
                p.setPen(text_col)
                self._draw_text(p, QPointF(r.left(), r.top() - dy), t, font, ("u", t))
            p.setRenderHint(QPainter.Antialiasing, True)
            events = self._data.events
            for rect, i in lay.undated:
                col = colors[cidx[i]]
                unresolved = events[i].earliest is not None
                c = rect.center()
                poly = QPolygonF(
                    [
                        QPointF(c.x(), rect.top()),
                        QPointF(rect.right(), c.y()),
                        QPointF(c.x(), rect.bottom()),
                        QPointF(rect.left(), c.y()),
                    ]
                )
                # placeholder / no date: filled diamond; unresolved (a lower bound only): hollow
                p.setBrush(bg if unresolved else col)
                p.setPen(QPen(col.darker(120), 2 if unresolved else 1))
                p.drawPolygon(poly)
                if i == self._selected:
                    p.setBrush(Qt.NoBrush)
                    p.setPen(QPen(sel_col, 2))
                    p.drawEllipse(rect.adjusted(-3, -3, 3, 3))
            if lay.undated_more is not None:
                r, t = lay.undated_more
                p.setPen(text_col)
                self._draw_text_in(p, r, t, font, CENTER)
        self._paint_furniture(p, lay)
        if self._message and not lay.items:
            r = QRectF(20, lay.geom["top"], lay.w - 40, max(30.0, lay.geom["cluster_y"] - lay.geom["top"]))
            f = QFont(font)
            if f.pointSizeF() > 0:
                f.setPointSizeF(f.pointSizeF() * 1.2)
            p.setFont(f)
            p.setPen(pal.placeholderText().color())
            self._draw_text_in(p, r, self._message, f, Qt.AlignCenter | Qt.TextWordWrap)
            p.setFont(font)

    def _paint_bar(self, p: QPainter, mark: QRectF, col: QColor, f: int, bg: QColor) -> None:
        """Interval bar: light tint with a solid base line; fuzzy intervals fade
        out towards their uncertain ends (open-ended: towards the left tail)."""
        r = mark.toRect()
        if r.width() < 1:
            r.setWidth(1)
        base = QRect(r.left(), r.bottom() - 2, r.width(), 3)
        if f & FUZZY:
            tint = _blend(col, bg, 0.2)
            grad_t = QLinearGradient(r.left(), 0, r.right() + 1, 0)
            grad_b = QLinearGradient(r.left(), 0, r.right() + 1, 0)
            if f & OPEN:
                stops = ((0.0, 0.0), (1.0, 1.0))
            else:
                stops = ((0.0, 0.0), (0.3, 1.0), (0.7, 1.0), (1.0, 0.0))
            for pos, a in stops:
                grad_t.setColorAt(pos, _blend(tint, bg, a))
                grad_b.setColorAt(pos, _blend(col, bg, a))
            p.fillRect(r, QBrush(grad_t))
            p.fillRect(base, QBrush(grad_b))
            p.setPen(QPen(col, 1, Qt.DotLine))
            p.drawLine(r.left(), r.top(), r.right(), r.top())
        else:
            p.fillRect(r, _blend(col, bg, 0.25))
            p.fillRect(base, col)

    def _paint_furniture(self, p: QPainter, lay: Layout) -> None:
        """Legend of topic colours (bottom row) and the overview strip (top)."""
        pal = self.palette()
        bg = pal.base().color()
        text_col = pal.text().color()
        font = self.font()
        dy = lay.geom["text_dy"]
        if lay.legend:
            p.setRenderHint(QPainter.Antialiasing, True)
            for k, (sw, tr, text, col) in enumerate(lay.legend):
                p.setBrush(col)
                p.setPen(QPen(col.darker(140), 1))
                p.drawRoundedRect(sw, 2, 2)
                p.setPen(text_col)
                self._draw_text(p, QPointF(tr.left(), tr.top() - dy), text, font, ("l", k))
        if lay.overview is not None:
            strip, bars, win, _rng = lay.overview
            p.setRenderHint(QPainter.Antialiasing, False)
            p.fillRect(strip.toRect(), _blend(pal.mid().color(), bg, 0.12))
            for rect, col in bars:
                p.fillRect(rect, col.darker(115))
            sel = pal.highlight().color()
            p.fillRect(win, _blend(sel, bg, 0.14))
            p.setBrush(Qt.NoBrush)
            p.setPen(QPen(sel, 1))
            p.drawRect(win.adjusted(0, 0, -1, -1))
            # the selected event's place in the whole extent
            i = self._selected
            lo, hi = _rng
            if i is not None and i < self._data.n_dated and hi > lo:
                x = lay.w * (hi - self._data.anchor[i]) / (hi - lo)
                p.setPen(QPen(sel.darker(130), 2))
                p.drawLine(round(x), round(strip.top()), round(x), round(strip.bottom()))
