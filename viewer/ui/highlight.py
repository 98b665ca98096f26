"""Search matches marked inside table cells.

A delegate for the title column: the cell is drawn by the style as usual
(selection, focus) without its text, then the text is laid out with
``QTextLayout`` and the matching ranges get a background.  Spans come from
:func:`viewer.display.search.match_spans` in original offsets; the displayed
text is the isolated title (FSI + title + PDI), so they shift by one, and
``QTextLayout`` counts UTF-16 units like every Qt text API.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.ui.sources import utf16_offset

MATCH_COLOR = QColor("#b8f0c0")


class MatchDelegate(QStyledItemDelegate):
    """Paints the title with the current search's matches highlighted."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter, option, index) -> None:
        ev = self._model.event_at(index.row())
        spans = self._model.match_spans_of(ev) if ev is not None else []
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        shift = text.find(ev.title) if ev.title else -1
        shift = max(0, shift)
        rect = QRectF(opt.rect.adjusted(4, 0, -4, 0))
        layout = QTextLayout(text, opt.font)
        to = QTextOption()
        rtl = opt.direction == Qt.RightToLeft
        to.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        to.setWrapMode(QTextOption.NoWrap)
        to.setAlignment((Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignAbsolute)
        layout.setTextOption(to)
        ranges = []
        fmt = QTextCharFormat()
        fmt.setBackground(MATCH_COLOR)
        fmt.setForeground(QColor("#000000"))
        for a, b in spans:
            r = QTextLayout.FormatRange()
            r.start = utf16_offset(text, a + shift)
            r.length = utf16_offset(text, b + shift) - r.start
            r.format = fmt
            ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        painter.save()
        painter.setClipRect(opt.rect)
        selected = bool(opt.state & QStyle.State_Selected)
        painter.setPen(opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        y = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), y))
        painter.restore()
