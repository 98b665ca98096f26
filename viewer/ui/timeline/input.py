"""Timeline input: mouse (click, drag to pan, wheel zoom), keyboard, hover tooltips.

Arrows move in the *visual* direction: Left is later, because time flows
right to left, whatever the layout direction.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QToolTip

from viewer.display.labels import TEXT, digits, format_date, tooltip_text

from .constants import MAX_T, MIN_T


class InputMixin:
    """Mouse and keyboard handling (mixed into :class:`~.view.TimelineView`)."""

    def _hit(self, pos: QPointF):
        lay = self._ensure_layout()
        for rect, kind, payload in lay.hits:
            if rect.contains(pos):
                return (kind, payload)
        return None

    def _tooltip_for(self, hit) -> str | None:
        kind, payload = hit
        if kind == "event":
            ev = self._data.events[payload]
            if self.tooltip_provider is not None:
                return self.tooltip_provider(ev)
            return tooltip_text(ev, self._lang, self._eastern)
        if kind == "legend":
            t = TEXT[self._lang]
            return f"{self._topic_name(payload)}\n{t['legend_hint']}"
        if kind == "overview":
            return TEXT[self._lang]["overview_hint"]
        if kind == "cluster":
            for rect, count, t_lo, t_hi, _c in self._ensure_layout().clusters:
                if rect.center().x() == payload:
                    a = date.fromordinal(int(min(max(t_lo, MIN_T), MAX_T)))
                    b = date.fromordinal(int(min(max(t_hi, MIN_T), MAX_T)))
                    t = TEXT[self._lang]
                    rng = f"{format_date(a, 'day', self._lang, self._eastern)} – {format_date(b, 'day', self._lang, self._eastern)}"
                    return f"{digits(str(count), self._eastern)} {t['events']}\n{rng}\n{t['zoom_hint']}"
        return None

    def _click(self, pos: QPointF) -> None:
        hit = self._hit(pos)
        if hit is None:
            self._set_selected(None, scroll=False)
            return
        kind, payload = hit
        if kind == "event":
            self._set_selected(payload, scroll=False)
        elif kind in ("cluster", "zoom"):
            self.zoom_by(4.0 if kind == "cluster" else 3.0, anchor_x=payload)
        elif kind == "legend":
            tid = self._topic_of_color.get(payload)
            if tid is not None:
                self.topicClicked.emit(tid)
        elif kind == "overview":
            self._center_from_overview(pos.x(), payload)

    def _center_from_overview(self, x: float, rng: tuple[float, float]) -> None:
        """Centre the main view on the time under ``x`` in the overview strip."""
        lo, hi = rng
        t = hi - x * (hi - lo) / max(1, self._vw())
        span = self._t1 - self._t0
        self._set_range(t - span / 2, t + span / 2)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._press = event.position()
            self._dragging = False
            self._drag_t1 = self._t1
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.LeftButton:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) > 3 or abs(pos.y() - self._press.y()) > 3:
                if not self._dragging:
                    self._dragging = True
                    self.viewport().setCursor(Qt.ClosedHandCursor)
                span = self._t1 - self._t0
                t1 = self._drag_t1 + dx * span / self._vw()
                self._set_range(t1 - span, t1)
            event.accept()
            return
        hit = self._hit(pos)
        if hit != self._hover_key:
            self._hover_key = hit
            text = None if hit is None else self._tooltip_for(hit)
            self._last_tooltip = text
            if text:
                # QToolTip would interpret rich text: escape, so input is never HTML.
                body = "<br>".join(html.escape(line) for line in text.split("\n"))
                align = "right" if self._lang == "ar" else "left"
                QToolTip.showText(
                    event.globalPosition().toPoint(),
                    f'<div dir="{"rtl" if self._lang == "ar" else "ltr"}" align="{align}">{body}</div>',
                    self.viewport(),
                )
            else:
                QToolTip.hideText()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_drag = self._dragging
        self._press = None
        self._dragging = False
        self.viewport().unsetCursor()
        if not was_drag:
            self._click(event.position())
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            hit = self._hit(event.position())
            if hit is not None and hit[0] == "event":
                self._set_selected(hit[1], scroll=False)
                self.eventActivated.emit(self._data.ids[hit[1]])
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        if delta.y():
            self.zoom_by(1.25 ** (delta.y() / 120.0), anchor_x=event.position().x())
        elif delta.x():
            self.pan_by_pixels(delta.x() / 2.0)
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        d = self._data
        if key in (Qt.Key_Left, Qt.Key_Right):
            # Left = later (time flows right to left), whatever the layout direction
            step = 1 if key == Qt.Key_Left else -1
            if self._selected is None:
                nxt = d.first_visible() if step > 0 else d.last_visible_dated()
            else:
                nxt = d.next_visible(self._selected, step)
            if nxt is not None:
                self._set_selected(nxt, scroll=True)
        elif key == Qt.Key_Home:
            i = d.first_visible()
            if i is not None:
                self._set_selected(i, scroll=True)
        elif key == Qt.Key_End:
            i = d.last_visible_dated()
            if i is not None:
                self._set_selected(i, scroll=True)
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            if self._selected is not None:
                self.eventActivated.emit(d.ids[self._selected])
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key_Minus, Qt.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key_F:
            self.fit_all()
        elif key == Qt.Key_Escape:
            self._set_selected(None, scroll=False)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def leaveEvent(self, event) -> None:
        self._hover_key = None
        super().leaveEvent(event)
