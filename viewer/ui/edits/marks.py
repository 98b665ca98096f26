"""How an edited, starred or hidden event is marked in the table and on the timeline.

One drawing for both: a gold star for a starred event, a small dark diamond
for one the analyst edited (or added), a hollow circle for a hidden one (only
visible in the "hidden" view).  Shapes, not glyphs, so they render with any
font (the offscreen platform only has the bundled Arabic fonts).
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from viewer.userstore.apply import EDITED, HIDDEN, STARRED

STAR_COLOR = QColor("#e0a800")
EDIT_COLOR = QColor("#5b4a2f")


def star(center: QPointF, r: float) -> QPolygonF:
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.45
        pts.append(QPointF(center.x() + rr * math.cos(a), center.y() + rr * math.sin(a)))
    return QPolygonF(pts)


def diamond(center: QPointF, r: float) -> QPolygonF:
    c = center
    return QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                      QPointF(c.x() - r, c.y())])


def paint_mark(p: QPainter, center: QPointF, starred: bool, edited: bool, hidden: bool = False,
               r: float = 5.0) -> None:
    """Draw the marks centred at ``center`` (the painter's state is restored)."""
    p.save()
    p.setRenderHint(QPainter.Antialiasing, True)
    if starred:
        p.setPen(QPen(STAR_COLOR.darker(160), 1))
        p.setBrush(STAR_COLOR)
        p.drawPolygon(star(center, r))
    elif edited:
        p.setPen(Qt.NoPen)
        p.setBrush(EDIT_COLOR)
        p.drawPolygon(diamond(center, r * 0.7))
    if hidden:
        p.setPen(QPen(EDIT_COLOR, 1.2))
        p.setBrush(Qt.NoBrush)
        p.drawEllipse(center, r, r)
    p.restore()


@lru_cache(maxsize=8)
def _icon(starred: bool, edited: bool, hidden: bool) -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(Qt.transparent)
    p = QPainter(pix)
    paint_mark(p, QRectF(0, 0, 16, 16).center(), starred, edited, hidden, r=6.5)
    p.end()
    return QIcon(pix)


def mark_icon(flags: list[str]) -> QIcon | None:
    """The table's icon for an event's flags, or None when the analyst never touched it."""
    starred, edited, hidden = STARRED in flags, EDITED in flags, HIDDEN in flags
    if not (starred or edited or hidden):
        return None
    return _icon(starred, edited, hidden)
