"""Timeline export (PNG, SVG) and the offscreen frame timer of the benchmark.

An exported image must stand on its own: it is pasted into reports far from the
window that made it.  So above the frame it carries a *header band*: the title,
the lines the caller gives (the date range shown, the active filters) and the
legend of topic colours with their counts (every topic shown, wrapping onto as
many rows as needed; the frame's own legend row is left out so the two never
disagree).

SVG text is drawn as outlines (``QPainterPath.addText``, filled), never as
``<text>``: an SVG ``<text>`` depends on the reader having the same font (Noto
Sans Arabic is rarely installed), and its placement is left to the reader's text
engine, which shifted right-to-left labels 30–50 px off their markers.  Outlines
are shaped once by Qt, with the bundled font, exactly where the PNG has them.
What the text said stays machine-readable in the SVG's ``<title>`` and
``<desc>`` (the title, the header lines and one line per legend entry).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from viewer.display.labels import digits

PAD = 12.0  # px around and between the header's rows
SWATCH = 10.0  # px, a legend colour square


@dataclass
class ExportHeader:
    """What the caller knows and the view does not: the title and the lines under it."""

    title: str = ""
    lines: list[str] = field(default_factory=list)


class ExportMixin:
    """Renders the whole timeline into files (mixed into :class:`~.view.TimelineView`)."""

    #: True while an SVG is painted: every text goes through :meth:`_draw_text` as outlines
    _outline_text = False

    # --- public --------------------------------------------------------------------------
    def export_png(self, path, width: int | None = None, header: ExportHeader | None = None) -> bool:
        """Render the whole timeline (fit all, with axis) under its header band to a PNG."""
        w, h = self._export_size(width)
        hh = self._header_height(w, header)
        img = QImage(w, h + hh, QImage.Format_ARGB32_Premultiplied)
        img.fill(self.palette().base().color())
        p = QPainter(img)
        self._paint_export(p, w, h, header, hh)
        p.end()
        return img.save(str(path), "PNG")

    def export_svg(self, path, width: int | None = None, header: ExportHeader | None = None) -> bool:
        from PySide6.QtSvg import QSvgGenerator

        w, h = self._export_size(width)
        hh = self._header_height(w, header)
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(w, h + hh))
        gen.setViewBox(QRect(0, 0, w, h + hh))
        # the widget's resolution: fonts get the pixel size the layout measured
        gen.setResolution(self.logicalDpiY())
        title, desc = self.export_description(header)
        gen.setTitle(title)
        gen.setDescription(desc)
        p = QPainter()
        if not p.begin(gen):
            return False
        self._outline_text = True
        try:
            p.fillRect(QRectF(0, 0, w, h + hh), self.palette().base())
            self._paint_export(p, w, h, header, hh)
        finally:
            self._outline_text = False
        return p.end()

    def visible_extent(self) -> tuple[date, date] | None:
        """(earliest date, latest date) of the visible dated events: the range an export shows.

        From the events' own dates, not the drawn extent (which ends a day after the
        last day and gives open-ended events a fading tail)."""
        d = self._data
        m, evs = d.mask, d.events
        lo = hi = None
        for i in range(d.n_dated):
            if m[i]:
                e = evs[i]
                a, b = e.earliest, e.latest or e.earliest
                lo = a if lo is None or a < lo else lo
                hi = b if hi is None or b > hi else hi
        return None if lo is None else (lo, hi)

    def export_legend(self) -> list[tuple[str, int, QColor]]:
        """(topic name, visible events, colour) for every topic shown, most events first."""
        counts = self._data.visible_topic_counts()
        entries = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self._topic_name(ci), n, self._colors[ci]) for ci, n in entries]

    def export_description(self, header: ExportHeader | None) -> tuple[str, str]:
        """The SVG's ``<title>`` and ``<desc>``: everything the header band says, as text."""
        title = header.title if header and header.title else "Timeline"
        lines = list(header.lines) if header else []
        lines += [f"{name}: {n}" for name, n, _c in self.export_legend()]
        return title, "\n".join(lines)

    # --- painting ------------------------------------------------------------------------
    def _paint_export(self, p: QPainter, w: int, h: int, header: ExportHeader | None = None,
                      header_h: float | None = None) -> None:
        if header_h is None:
            header_h = self._header_height(w, header)
        if header_h:
            self._paint_header(p, w, header)
            p.translate(0, header_h)
        t0, t1 = self._fit_range(w)
        legend_on = self._legend_on
        self._legend_on = False  # the header band carries the whole legend
        try:
            lay = self._compute_layout(w, h, t0, t1)
        finally:
            self._legend_on = legend_on
        self._paint(p, lay)
        if header_h:
            p.translate(0, -header_h)

    def _title_font(self) -> QFont:
        f = QFont(self.font())
        if f.pointSizeF() > 0:
            f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        return f

    def _header_rows(self, w: int, header: ExportHeader | None) -> list[list[tuple]]:
        """Rows of the header band, each a list of (kind, text, colour|None, width)."""
        fm = QFontMetricsF(self.font())
        rows: list[list[tuple]] = []
        if header and header.title:
            tfm = QFontMetricsF(self._title_font())
            rows.append([("title", header.title, None, tfm.horizontalAdvance(header.title))])
        for line in header.lines if header else []:
            rows.append([("line", line, None, fm.horizontalAdvance(line))])
        row: list[tuple] = []
        used = 0.0
        for name, n, col in self.export_legend():
            text = f"{name} {digits(str(n), self._eastern)}"
            iw = SWATCH + 4 + fm.horizontalAdvance(text)
            if row and used + iw > w - 2 * PAD:
                rows.append(row)
                row, used = [], 0.0
            row.append(("legend", text, col, iw))
            used += iw + 2 * PAD
        if row:
            rows.append(row)
        return rows

    def _row_height(self, row: list[tuple]) -> float:
        font = self._title_font() if row[0][0] == "title" else self.font()
        return QFontMetricsF(font).height()

    def _header_height(self, w: int, header: ExportHeader | None) -> int:
        rows = self._header_rows(w, header)
        if not rows:
            return 0
        return int(PAD + sum(self._row_height(r) + 4 for r in rows) + PAD / 2)

    def _paint_header(self, p: QPainter, w: int, header: ExportHeader | None) -> None:
        pal = self.palette()
        text_col = pal.text().color()
        rtl = self._lang == "ar"
        rows = self._header_rows(w, header)
        hh = self._header_height(w, header)
        mark = "\u200f" if rtl else "\u200e"  # the paragraph direction of a mixed line is the UI's
        p.save()
        p.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setRenderHint(QPainter.TextAntialiasing, True)
        p.fillRect(QRectF(0, 0, w, hh), pal.alternateBase())
        p.setPen(QPen(pal.mid().color(), 1))
        p.drawLine(QPointF(0, hh - 0.5), QPointF(w, hh - 0.5))
        y = PAD
        for row in rows:
            font = self._title_font() if row[0][0] == "title" else self.font()
            fm = QFontMetricsF(font)
            rh = fm.height()
            x = w - PAD if rtl else PAD  # the leading edge
            for kind, text, col, iw in row:
                left = x - iw if rtl else x
                if kind == "legend":
                    sw_x = left + iw - SWATCH if rtl else left
                    p.setBrush(col)
                    p.setPen(QPen(col.darker(140), 1))
                    p.drawRoundedRect(QRectF(sw_x, y + (rh - SWATCH) / 2, SWATCH, SWATCH), 2, 2)
                    tx = left if rtl else left + SWATCH + 4
                else:
                    tx = left
                p.setPen(text_col)
                self._draw_text(p, QPointF(tx, y), mark + text, font)
                x = left - 2 * PAD if rtl else left + iw + 2 * PAD
            y += rh + 4
        p.restore()

    # --- text, as glyphs or as outlines ---------------------------------------------------
    def _draw_text(self, p: QPainter, top_left: QPointF, text: str, font: QFont, key=None) -> None:
        """Text whose box starts at ``top_left`` (as ``drawStaticText`` places it).

        Outlines (SVG): the baseline is ``ascent`` below the top, the path filled
        with the pen's colour; shaping and bidi order are Qt's, as on screen."""
        if not text:
            return
        if self._outline_text:
            path = QPainterPath()
            path.addText(QPointF(top_left.x(), top_left.y() + QFontMetricsF(font).ascent()), font, text)
            p.fillPath(path, p.pen().color())
        elif key is not None:
            p.drawStaticText(top_left, self._static(key, text, font))
        else:
            old = p.font()
            p.setFont(font)
            p.drawText(QPointF(top_left.x(), top_left.y() + QFontMetricsF(font).ascent()), text)
            p.setFont(old)

    def _draw_text_in(self, p: QPainter, rect: QRectF, text: str, font: QFont, flags=None) -> None:
        """Text centred in ``rect`` (one line; elided when wider)."""
        if not self._outline_text:
            p.drawText(rect, flags if flags is not None else Qt.AlignCenter, text)
            return
        fm = QFontMetricsF(font)
        if fm.horizontalAdvance(text) > rect.width():
            text = fm.elidedText(text, Qt.ElideRight, rect.width())
        tw = fm.horizontalAdvance(text)
        top = rect.center().y() - fm.height() / 2
        self._draw_text(p, QPointF(rect.center().x() - tw / 2, top), text, font)

    # --- sizes, bench ---------------------------------------------------------------------
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
