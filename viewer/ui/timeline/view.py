"""The timeline widget: a QGraphicsView that paints everything itself.

Why no items: one ``QGraphicsItem`` per event does not scale to 10^5 events.
The scene is empty; ``drawBackground`` paints the frame in viewport
coordinates from a *layout* computed per (size, time window, filter,
selection, language).  The layout only looks at the events inside the window
(bisection on sorted arrays, see :mod:`.data`) and, when too many start in
the window, switches to per-pixel-column aggregates (histogram + count pills).

Right to left: scene/paint coordinates stay left-to-right and time is mirrored
in exactly one place, :meth:`TimelineView._x` (``x = w * (t1 - t) / (t1 - t0)``)
and its inverse :meth:`TimelineView._t`.  Axis, events, hit-testing, keyboard
scrolling and export all go through them.  Zoom changes ``[t0, t1]`` (float
days), never ``QGraphicsView.scale()``, so text stays crisp.
"""


from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QStaticText
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView

from viewer.display.timeline_data import TimelineData
from viewer.model import Event

from .constants import GREY, MAX_SPAN, MAX_T, MIN_SPAN, MIN_T
from .export import ExportMixin
from .input import InputMixin
from .layout import Layout, LayoutMixin
from .paint import PaintMixin


def palette_of(topic_colors: dict | None) -> tuple[list[QColor], dict[str, int]]:
    """The timeline's colours (grey first) and each topic's index in them; invalid
    colours are skipped.  Also used by the loader's worker (QColor is a value type)."""
    palette = [QColor(GREY)]
    key_of: dict[str, int] = {}
    for k, v in (topic_colors or {}).items():
        c = QColor(v)
        if not c.isValid():
            continue
        key_of[k] = len(palette)
        palette.append(c)
    return palette, key_of


class TimelineView(InputMixin, ExportMixin, PaintMixin, LayoutMixin, QGraphicsView):
    """Right-to-left event timeline (earliest at the right edge)."""

    eventSelected = Signal(str)
    eventActivated = Signal(str)
    selectionCleared = Signal()
    topicClicked = Signal(str)  # a legend entry: the window may filter to it
    rangeChanged = Signal()

    #: more visible events *starting* in the window than this → aggregate mode
    detail_limit = 700

    def __init__(self, parent=None):
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheNone)
        self.setOptimizationFlags(
            QGraphicsView.DontSavePainterState | QGraphicsView.DontAdjustForAntialiasing
        )
        self.setTransformationAnchor(QGraphicsView.NoAnchor)
        self.setResizeAnchor(QGraphicsView.NoAnchor)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop | Qt.AlignAbsolute)
        self.setDragMode(QGraphicsView.NoDrag)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumSize(200, 120)

        self._data = TimelineData([])
        self._colors: list[QColor] = [QColor(GREY)]
        self._t0 = float(date(1990, 1, 1).toordinal())
        self._t1 = float(date(2030, 1, 1).toordinal())
        self._auto_fit = True
        self._selected: int | None = None
        self._lang = "ar"
        self._eastern = False
        self._layout: Layout | None = None
        self._label_cache: dict[int, list[list]] = {}  # event -> label variants (see _variants)
        self._static_cache: dict[tuple, QStaticText] = {}
        self._press: QPointF | None = None
        self._dragging = False
        self._drag_t1 = 0.0
        self._hover_key = None
        self._last_tooltip: str | None = None
        self._overview_on = True
        self._message = ""
        self._legend_on = True
        self._by_topic = False  # lanes grouped in bands (by ``_lane_mode``)
        self._lane_mode = "topic"  # "topic" or "actor" while ``_by_topic``
        self._topic_of_color: dict[int, str] = {}  # colour index -> topic id
        self._topic_labels: dict[str, str] = {}
        self._color_names: dict[int, str] = {}  # colour index -> label shown in the legend
        #: ``fn(event) -> str``: the tooltip of an event (the window's, with labels and
        #: titles instead of ids); None: :func:`viewer.display.labels.tooltip_text`
        self.tooltip_provider = None
        self._sync_scene_rect()

    def set_events(
        self,
        events: list[Event],
        topic_colors: dict,
        data: TimelineData | None = None,
        topic_labels: dict[str, str] | None = None,
    ) -> None:
        """Replace all events; colour = colour of each event's first topic (grey if none).
        ``data``: ``TimelineData(events)`` when already built (off the GUI thread);
        ``topic_labels``: topic id -> name for the legend and the topic bands."""
        self._data = data if data is not None and len(data.events) == len(events) else TimelineData(list(events))
        palette, key_of = palette_of(topic_colors)
        self._colors = palette
        self._topic_of_color = {v: k for k, v in key_of.items()}
        if topic_labels is not None:
            self._topic_labels = dict(topic_labels)
        self._update_color_names()
        if self._data.color_keys != key_of:  # else computed off the GUI thread (loader)
            self._data.assign_colors(key_of)
        self._selected = None
        self._label_cache.clear()
        self._static_cache.clear()
        self.fit_all()

    def replace_event(self, ev: Event) -> None:
        """One event's attributes changed (star, note, title, hide): redraw, rebuild nothing."""
        i = self._data.replace_event(ev)
        if i is None:
            return
        self._label_cache.pop(i, None)
        self._invalidate()

    def set_message(self, text: str) -> None:
        """A line drawn in the middle of an empty timeline (no events, none matching)."""
        self._message = text or ""
        self._invalidate()

    def message(self) -> str:
        return self._message

    def set_topic_labels(self, labels: dict[str, str]) -> None:
        """Topic id -> label (language switch)."""
        self._topic_labels = dict(labels)
        self._update_color_names()
        self._invalidate()

    def _update_color_names(self) -> None:
        self._color_names = {
            idx: self._topic_labels.get(tid, tid) for idx, tid in self._topic_of_color.items()
        }

    def set_lanes_by_topic(self, on: bool) -> None:
        """Group the lanes in one band per topic (first topic of each event)."""
        self.set_lane_mode("topic" if on else "")

    def lanes_by_topic(self) -> bool:
        return self._by_topic and self._lane_mode == "topic"

    LANE_MODES = ("", "topic", "actor")

    def set_lane_mode(self, mode: str) -> None:
        """Lanes in one band per topic (``"topic"``, an event's first topic), per actor
        (``"actor"``, its first actor) or not grouped (``""``)."""
        mode = mode if mode in self.LANE_MODES else ""
        self._by_topic = bool(mode)
        self._lane_mode = mode or "topic"
        self._invalidate()

    def lane_mode(self) -> str:
        return self._lane_mode if self._by_topic else ""

    def set_overview(self, on: bool) -> None:
        self._overview_on = bool(on)
        self._invalidate()

    def set_legend(self, on: bool) -> None:
        self._legend_on = bool(on)
        self._invalidate()

    def legend_texts(self) -> list[str]:
        """Legend entries of the last frame (topic name and visible count)."""
        return [t for _sw, _r, t, _c in self._ensure_layout().legend]

    def overview_window(self) -> QRectF | None:
        """The outlined visible window in the overview strip (viewport px)."""
        ov = self._ensure_layout().overview
        return None if ov is None else QRectF(ov[2])

    def band_texts(self) -> list[str]:
        return [t for _r, _lr, t, _c in self._ensure_layout().bands]

    def set_visible(self, ids: set[str] | None) -> None:
        """Show only ``ids`` (None = all). Rewrites a mask; nothing is rebuilt."""
        self._data.set_visible(ids)
        if self._selected is not None and not self._data.mask[self._selected]:
            self._selected = None
            self.selectionCleared.emit()
        if self._auto_fit:
            self._t0, self._t1 = self._fit_range(self._vw())
        self._invalidate()

    def select_event(self, event_id: str | None) -> None:
        """Select programmatically; scrolls it into view; emits only on change."""
        idx = None if event_id is None else self._data.index.get(event_id)
        if idx is not None and not self._data.mask[idx]:
            idx = None
        self._set_selected(idx, scroll=True)

    def selected_event(self) -> str | None:
        return None if self._selected is None else self._data.ids[self._selected]

    def fit_all(self) -> None:
        self._t0, self._t1 = self._fit_range(self._vw())
        self._auto_fit = True
        self._invalidate(range_changed=True)

    def zoom_in(self) -> None:
        self.zoom_by(1.5)

    def zoom_out(self) -> None:
        self.zoom_by(1 / 1.5)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (>1 = in) keeping the time under ``anchor_x`` fixed."""
        w = self._vw()
        if anchor_x is None:
            anchor_x = w / 2.0
        ta = self._t(anchor_x)
        span = self._t1 - self._t0
        new_span = min(max(span / factor, MIN_SPAN), MAX_SPAN)
        t1 = ta + anchor_x * new_span / w
        self._set_range(t1 - new_span, t1)

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right (positive = towards earlier)."""
        span = self._t1 - self._t0
        t1 = self._t1 + dx * span / self._vw()
        self._set_range(t1 - span, t1)

    def set_range(self, earliest: date, latest: date) -> None:
        """Show exactly [earliest, latest] (earliest at the right edge)."""
        t0, t1 = float(earliest.toordinal()), float(latest.toordinal() + 1)
        if t1 - t0 < MIN_SPAN:
            c = (t0 + t1) / 2
            t0, t1 = c - MIN_SPAN / 2, c + MIN_SPAN / 2
        self._set_range(t0, t1)

    def set_eastern_digits(self, on: bool) -> None:
        self._eastern = bool(on)
        self._static_cache.clear()
        self._invalidate()

    def set_language(self, lang: str) -> None:
        self._lang = "en" if lang == "en" else "ar"
        self._label_cache.clear()
        self._static_cache.clear()
        self._invalidate()

    def visible_range(self) -> tuple[date, date]:
        """(earliest date at the right edge, latest date at the left edge)."""
        a = int(min(max(math.floor(self._t0), MIN_T), MAX_T))
        b = int(min(max(math.floor(self._t1), MIN_T), MAX_T))
        return date.fromordinal(a), date.fromordinal(b)

    def x_for_date(self, d) -> float:
        """Viewport x of the start of day ``d`` (a ``date`` or a float ordinal)."""
        t = float(d.toordinal()) if isinstance(d, date) else float(d)
        return self._x(t)

    def date_at(self, x: float) -> date:
        return date.fromordinal(int(min(max(math.floor(self._t(x)), MIN_T), MAX_T)))

    def event_ids_in_order(self) -> list[str]:
        """Visible events in time order (earliest first); undated ones last."""
        return self._data.ids_in_order()

    def event_x(self, event_id: str) -> float | None:
        """Viewport x of an event's marker (centre of its interval)."""
        i = self._data.index.get(event_id)
        if i is None or i >= self._data.n_dated:
            return None
        return self._x(self._data.anchor[i])

    def event_rect(self, event_id: str) -> QRectF | None:
        """Rect (viewport px) of the event's marker/bar as last laid out, or None if not drawn."""
        lay = self._ensure_layout()
        i = self._data.index.get(event_id)
        for it in lay.items:
            if it[0] == i:
                return QRectF(it[2])
        for rect, idx in lay.undated:
            if idx == i:
                return QRectF(rect)
        return None

    def axis_label_rects(self) -> list[QRectF]:
        """Rects of the axis labels painted in the last frame (for tests)."""
        return [QRectF(r) for r, _ in self._ensure_layout().axis_labels]

    def axis_label_texts(self) -> list[str]:
        return [t for _, t in self._ensure_layout().axis_labels]

    def event_label_rects(self) -> list[tuple[str, QRectF]]:
        """(event id, label rect) of every event label painted in the last frame."""
        ids = self._data.ids
        return [(ids[it[0]], QRectF(it[3])) for it in self._ensure_layout().items if it[3] is not None]

    def cluster_counts(self) -> list[int]:
        """Counts shown on the cluster pills of the last frame."""
        return [c[1] for c in self._ensure_layout().clusters]

    def display_mode(self) -> str:
        """ "detail" (markers, lanes, labels) or "aggregate" (per-column counts)."""
        return self._ensure_layout().mode

    def tooltip_at(self, pos: QPointF) -> str | None:
        """Plain-text tooltip for a viewport position (what hovering shows)."""
        hit = self._hit(QPointF(pos))
        return None if hit is None else self._tooltip_for(hit)

    def _vw(self) -> int:
        return max(1, self.viewport().width())

    def _vh(self) -> int:
        return max(1, self.viewport().height())

    def _x(self, t: float, lay: Layout | None = None) -> float:
        """THE time → x mapping (time flows right to left)."""
        if lay is None:
            return self._vw() * (self._t1 - t) / (self._t1 - self._t0)
        return lay.w * (lay.t1 - t) / (lay.t1 - lay.t0)

    def _t(self, x: float, lay: Layout | None = None) -> float:
        """Inverse of :meth:`_x`."""
        if lay is None:
            return self._t1 - x * (self._t1 - self._t0) / self._vw()
        return lay.t1 - x * (lay.t1 - lay.t0) / lay.w

    def _set_range(self, t0: float, t1: float) -> None:
        span = t1 - t0
        if t0 < MIN_T:
            t0, t1 = MIN_T, MIN_T + span
        if t1 > MAX_T:
            t0, t1 = MAX_T - span, MAX_T
        self._t0, self._t1 = t0, t1
        self._auto_fit = False
        self._invalidate(range_changed=True)

    def _fit_range(self, w: float) -> tuple[float, float]:
        b = self._data.visible_bounds()
        if not b:
            lo, hi = float(date(1990, 1, 1).toordinal()), float(date(2030, 1, 1).toordinal())
        else:
            lo, hi = b
        span = max(hi - lo, 60.0)
        if hi - lo < 60.0:
            c = (lo + hi) / 2
            lo, hi = c - 30.0, c + 30.0
        left_margin = min(260.0, 0.3 * w)  # room for the latest events' labels
        right_margin = min(40.0, 0.06 * w)
        usable = max(w - left_margin - right_margin, 10.0)
        dpp = span / usable
        t0, t1 = lo - right_margin * dpp, hi + left_margin * dpp
        if t1 - t0 > MAX_SPAN:
            c = (t0 + t1) / 2
            t0, t1 = c - MAX_SPAN / 2, c + MAX_SPAN / 2
        return max(t0, MIN_T), min(t1, MAX_T)

    def _invalidate(self, range_changed: bool = False) -> None:
        self._layout = None
        self.viewport().update()
        if range_changed:
            self.rangeChanged.emit()

    def _sync_scene_rect(self) -> None:
        self.setSceneRect(QRectF(0, 0, self._vw(), self._vh()))
        self.resetTransform()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sync_scene_rect()
        if self._auto_fit:
            self._t0, self._t1 = self._fit_range(self._vw())
        self._invalidate()

    def _set_selected(self, idx: int | None, scroll: bool, emit: bool = True) -> None:
        if idx == self._selected:
            return
        self._selected = idx
        if idx is not None and scroll:
            self._scroll_into_view(idx)
        self._invalidate()
        if emit:
            if idx is None:
                self.selectionCleared.emit()
            else:
                self.eventSelected.emit(self._data.ids[idx])

    def _scroll_into_view(self, idx: int) -> None:
        d = self._data
        if idx >= d.n_dated:
            return
        w = self._vw()
        x = self._x(d.anchor[idx])
        if 0.08 * w <= x <= 0.92 * w:
            return
        span = self._t1 - self._t0
        t1 = d.anchor[idx] + span / 2
        self._set_range(t1 - span, t1)

    def sizeHint(self) -> QSize:
        return QSize(900, 360)

    def viewport_point(self, x: float, y: float) -> QPoint:
        return QPoint(round(x), round(y))
