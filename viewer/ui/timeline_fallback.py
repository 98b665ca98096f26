"""A minimal stand-in for ``viewer.ui.timeline.TimelineView``.

Used only when the real timeline package cannot be imported (it is developed
in parallel); implements the same API so the window and its tests run.  Time
runs right to left through one mapping function, as in the real view.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from viewer.events.query import is_undated
from viewer.model import Event


class TimelineView(QGraphicsView):
    eventSelected = Signal(str)
    eventActivated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.setFocusPolicy(Qt.StrongFocus)
        self._events: list[Event] = []
        self._colors: dict[str, str] = {}
        self._visible: set[str] | None = None
        self._selected: str | None = None
        self._lo = date(2000, 1, 1).toordinal()
        self._hi = date(2030, 1, 1).toordinal()
        self.width_px = 1400.0

    def set_events(self, events: Sequence[Event], topic_colors: dict[str, str]) -> None:
        self._events = list(events)
        self._colors = dict(topic_colors)
        dated = [e for e in self._events if not is_undated(e)]
        if dated:
            self._lo = min(e.earliest.toordinal() for e in dated) - 200
            self._hi = max((e.latest or e.earliest).toordinal() for e in dated) + 200
        self._redraw()

    def set_visible(self, ids: Iterable[str] | None) -> None:
        self._visible = None if ids is None else set(ids)
        self._redraw()

    def select_event(self, event_id: str | None) -> None:
        self._selected = event_id
        self._redraw()

    def selected_event(self) -> str | None:
        return self._selected

    def fit_all(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def zoom_in(self) -> None:
        self.scale(1.25, 1.0)

    def zoom_out(self) -> None:
        self.scale(0.8, 1.0)

    def set_eastern_digits(self, on: bool) -> None:
        pass

    def set_language(self, lang: str) -> None:
        pass

    def x_for_date(self, d: date) -> float:
        return self.width_px * (self._hi - d.toordinal()) / max(1, self._hi - self._lo)

    def _shown(self) -> list[Event]:
        return [e for e in self._events if self._visible is None or e.id in self._visible]

    def event_ids_in_order(self) -> list[str]:
        dated = sorted((e for e in self._shown() if not is_undated(e)), key=lambda e: (e.earliest, e.id))
        return [e.id for e in dated] + [e.id for e in self._shown() if is_undated(e)]

    def _redraw(self) -> None:
        sc = self.scene()
        sc.clear()
        sc.setSceneRect(QRectF(-20, -10, self.width_px + 40, 140))
        lane = 0
        for e in self._shown():
            c = QColor(self._colors.get(e.topics[0], "#888") if e.topics else "#888")
            if is_undated(e):
                x, y = 20.0 + 30 * lane, 110.0
                lane += 1
            else:
                x, y = self.x_for_date(e.earliest), 40.0
            pen = QPen(Qt.black, 3 if e.id == self._selected else 1)
            it = sc.addEllipse(x - 6, y - 6, 12, 12, pen, QBrush(c))
            it.setToolTip(e.title)
            it.setData(0, e.id)

    def mousePressEvent(self, ev) -> None:
        it = self.itemAt(ev.position().toPoint())
        if it is not None and it.data(0):
            self.select_event(it.data(0))
            self.eventSelected.emit(it.data(0))
        super().mousePressEvent(ev)

    def keyPressEvent(self, ev) -> None:
        order = self.event_ids_in_order()
        if not order:
            return super().keyPressEvent(ev)
        i = order.index(self._selected) if self._selected in order else -1
        k = ev.key()
        if k == Qt.Key_Home:
            i = 0
        elif k == Qt.Key_End:
            i = len(order) - 1
        elif k == Qt.Key_Left:
            i = min(len(order) - 1, i + 1)
        elif k == Qt.Key_Right:
            i = max(0, i - 1)
        elif k in (Qt.Key_Return, Qt.Key_Enter) and self._selected:
            self.eventActivated.emit(self._selected)
            return None
        else:
            return super().keyPressEvent(ev)
        self.select_event(order[i])
        self.eventSelected.emit(order[i])
        return None

    def export_png(self, path: str) -> None:
        img = QImage(int(self.width_px) + 40, 160, QImage.Format_ARGB32)
        img.fill(Qt.white)
        p = QPainter(img)
        self.scene().render(p)
        p.end()
        img.save(path)

    def export_svg(self, path: str) -> None:
        raise RuntimeError("SVG export needs the real timeline")
