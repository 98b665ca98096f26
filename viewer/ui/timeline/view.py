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

import html
import math
import time
from bisect import bisect_left
from collections import Counter
from datetime import date

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip

from viewer.model import Event

from . import axis as axis_mod
from .data import FUZZY, OPEN, POINT, TimelineData
from .labels import TEXT, compact_count, digits, event_label, tooltip_text

GREY = "#8a8a8a"
_CENTER = Qt.AlignCenter | Qt.AlignAbsolute  # Python enum "|" is slow: once
MIN_SPAN = 3.0  # days visible at the deepest zoom
MAX_SPAN = 365.25 * 3000
MIN_T = 1.0
MAX_T = float(date.max.toordinal())
R = 5.0  # point marker radius
MIN_BAR = 8.0  # narrowest bar, px
GAP = 6.0  # px between items of one lane
HIST_BW = 6  # histogram bucket width (px) in aggregate mode
PILL_GROUP = 8  # histogram buckets per count pill
OVERFLOW_W = 44.0  # overflow cluster bucket width (px) in detail mode


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


class _Layout:
    """Everything one frame draws, in viewport pixels; also used for hit-testing."""

    def __init__(self, w: int, h: int, t0: float, t1: float):
        self.w, self.h, self.t0, self.t1 = w, h, t0, t1
        self.mode = "detail"
        self.items: list[tuple] = []  # (idx, lane_rect, mark_rect, label_rect|None, label, selected)
        self.clusters: list[tuple] = []  # (rect, count, t_lo, t_hi, QColor)
        self.hist: list[tuple] = []  # (rect, QColor)
        self.axis_ticks: list[tuple] = []  # (x, major)
        self.axis_labels: list[tuple] = []  # (rect, text)
        self.undated: list[tuple] = []  # (rect, idx)
        self.undated_strip: QRectF | None = None
        self.undated_title: tuple | None = None  # (rect, text)
        self.undated_more: tuple | None = None  # (rect, text)
        self.hits: list[tuple] = []  # (rect, kind, payload)
        self.geom: dict = {}


class TimelineView(QGraphicsView):
    """Right-to-left event timeline (earliest at the right edge)."""

    eventSelected = Signal(str)
    eventActivated = Signal(str)
    selectionCleared = Signal()
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
        self._layout: _Layout | None = None
        self._label_cache: dict[int, tuple[str, float]] = {}
        self._static_cache: dict[tuple, QStaticText] = {}
        self._press: QPointF | None = None
        self._dragging = False
        self._drag_t1 = 0.0
        self._hover_key = None
        self._last_tooltip: str | None = None
        self._sync_scene_rect()

    # ================================================================ public API
    def set_events(self, events: list[Event], topic_colors: dict, data: TimelineData | None = None) -> None:
        """Replace all events; colour = colour of each event's first topic (grey if none).
        ``data``: ``TimelineData(events)`` when already built (off the GUI thread)."""
        self._data = data if data is not None and len(data.events) == len(events) else TimelineData(list(events))
        palette = [QColor(GREY)]
        key_of: dict[str, int] = {}
        for k, v in (topic_colors or {}).items():
            c = QColor(v)
            if not c.isValid():
                continue
            key_of[k] = len(palette)
            palette.append(c)
        self._colors = palette
        ci = self._data.color_idx
        for i, e in enumerate(self._data.events):
            ci[i] = key_of.get(e.topics[0], 0) if e.topics else 0
        self._selected = None
        self._label_cache.clear()
        self._static_cache.clear()
        self.fit_all()

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

    # ================================================================ mapping
    def _vw(self) -> int:
        return max(1, self.viewport().width())

    def _vh(self) -> int:
        return max(1, self.viewport().height())

    def _x(self, t: float, lay: _Layout | None = None) -> float:
        """THE time → x mapping (time flows right to left)."""
        if lay is None:
            return self._vw() * (self._t1 - t) / (self._t1 - self._t0)
        return lay.w * (lay.t1 - t) / (lay.t1 - lay.t0)

    def _t(self, x: float, lay: _Layout | None = None) -> float:
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

    # ================================================================ layout
    def _label(self, i: int) -> tuple[str, float]:
        c = self._label_cache.get(i)
        if c is None:
            text = event_label(self._data.events[i], self._lang)
            c = (text, self._fm.horizontalAdvance(text) + 1.0)
            if len(self._label_cache) > 50000:
                self._label_cache.clear()
            self._label_cache[i] = c
        return c

    def _ensure_layout(self) -> _Layout:
        if self._layout is None or self._layout.w != self._vw() or self._layout.h != self._vh():
            self._layout = self._compute_layout(self._vw(), self._vh(), self._t0, self._t1)
        return self._layout

    def _geometry(self, w: int, h: int, has_undated: bool) -> dict:
        fm = self._fm = QFontMetricsF(self.font())
        th = fm.height()
        lane_h = th + 6.0
        axis_h = 2 * th + 14.0
        cluster_h = th + 6.0
        und_h = th + 10.0 if has_undated else 0.0
        axis_y = h - und_h - axis_h
        cluster_y = axis_y - cluster_h
        top = 6.0
        n_lanes = max(1, int((cluster_y - top) // lane_h))
        return {
            "th": th,
            "lane_h": lane_h,
            "top": top,
            "n_lanes": n_lanes,
            "cluster_y": cluster_y,
            "cluster_h": cluster_h,
            "axis_y": axis_y,
            "axis_h": axis_h,
            "und_y": h - und_h,
            "und_h": und_h,
        }

    def _compute_layout(self, w: int, h: int, t0: float, t1: float) -> _Layout:
        lay = _Layout(w, h, t0, t1)
        d = self._data
        undated = d.visible_undated()
        g = lay.geom = self._geometry(w, h, bool(undated))
        n_start = d.starts_between(t0, t1)
        if n_start > self.detail_limit:
            lay.mode = "aggregate"
            self._layout_aggregate(lay)
        else:
            self._layout_detail(lay)
        self._layout_axis(lay)
        if undated:
            self._layout_undated(lay, undated)
        # selected event on top of everything for hit-testing
        lay.hits.sort(key=lambda hit: 0 if hit[1] == "event" and hit[2] == self._selected else 1)
        _ = g
        return lay

    def _item_geometry(self, lay: _Layout, i: int, lw: float | None):
        """(mark_rect_x0, x1, label_x0, label_x1) for event i; label None → mark only."""
        d = self._data
        f = d.flags[i]
        w = lay.w
        if f & POINT and not f & FUZZY:
            mx = self._x(d.anchor[i], lay)
            m0, m1 = mx - R, mx + R
            if lw is None:
                return m0, m1, None, None
            lr = min(m0 - 3.0, w - 2.0)
            return m0, m1, lr - lw, lr
        xr = self._x(d.start[i], lay)
        xl = self._x(d.end[i], lay)
        if xr - xl < MIN_BAR:
            c = (xr + xl) / 2
            xl, xr = c - MIN_BAR / 2, c + MIN_BAR / 2
        if lw is None:
            return xl, xr, None, None
        vis_r, vis_l = min(xr, w - 2.0), max(xl, 2.0)
        if vis_r - vis_l >= lw + 10.0:
            lr = vis_r - 5.0
        else:
            lr = xl - 3.0
        return xl, xr, lr - lw, lr

    def _layout_detail(self, lay: _Layout) -> None:
        d = self._data
        g = lay.geom
        lane_h, n_lanes, th = g["lane_h"], g["n_lanes"], g["th"]
        cands = d.window(lay.t0, lay.t1)
        sel = self._selected
        lanes_left = [math.inf] * n_lanes
        reserved: tuple[int, float, float] | None = None
        overflow: dict[int, list[int]] = {}
        w = lay.w

        def add(i: int, lane: int, m0: float, m1: float, l0, l1, label: str | None):
            # lane 0 sits just above the axis; further lanes stack upwards
            y = g["cluster_y"] - (lane + 1) * lane_h
            cy = y + lane_h / 2
            if d.flags[i] & POINT and not d.flags[i] & FUZZY:
                mark = QRectF(m0, cy - R, m1 - m0, 2 * R)
            else:
                # bars fill the lane: the label may sit on the light tint and the
                # solid base line runs below the text
                mark = QRectF(m0, y + 1, m1 - m0, lane_h - 2)
            lrect = None if l0 is None else QRectF(l0, y + (lane_h - th) / 2, l1 - l0, th)
            lane_rect = QRectF(mark)
            if lrect is not None:
                lane_rect = lane_rect.united(lrect)
            lay.items.append((i, lane_rect, mark, lrect, label, i == sel))
            lay.hits.append((lane_rect.adjusted(-2, -3, 2, 3), "event", i))

        if sel is not None and sel < d.n_dated and d.mask[sel] and sel in set(cands):
            text, lw = self._label(sel)
            m0, m1, l0, l1 = self._item_geometry(lay, sel, lw)
            reserved = (0, min(m0, l0), max(m1, l1))
            add(sel, 0, m0, m1, l0, l1, text)

        # Greedy lanes, right to left (earliest first): a lane only grows
        # leftwards, so it is fully described by its leftmost occupied x and an
        # item's right edge (its marker/bar) decides where it fits.  The label
        # is measured only once a lane is known to have room.
        anchor, flags = d.anchor, d.flags
        start, end = d.start, d.end
        k = w / (lay.t1 - lay.t0)
        t1 = lay.t1
        # Events that began before the right edge ("carry-ins", long bars) may
        # use at most half the lanes, so they never crowd out what starts inside
        # the window; the latest-starting ones are tried, the rest are counted
        # in the right-most cluster without per-event work.
        n_carry = bisect_left(start, lay.t0)
        split = 0
        while split < len(cands) and cands[split] < n_carry:
            split += 1
        max_carry = max(1, n_lanes // 2)
        if split > max_carry:
            rest = [i for i in cands[: split - max_carry] if i != sel]
            if rest:
                overflow.setdefault(int((w - 1) // OVERFLOW_W), []).extend(rest)
            cands = cands[split - max_carry :]
        for i in cands:
            if i == sel:
                continue
            if flags[i] & POINT and not flags[i] & FUZZY:
                m1 = k * (t1 - anchor[i]) + R
            else:
                xr = k * (t1 - start[i])
                xl = k * (t1 - end[i])
                m1 = xr if xr - xl >= MIN_BAR else (xr + xl) / 2 + MIN_BAR / 2
            need = m1 + GAP
            if max(lanes_left) < need:
                ax = min(max(k * (t1 - anchor[i]), 0.0), w - 1.0)
                overflow.setdefault(int(ax // OVERFLOW_W), []).append(i)
                continue
            text, lw = self._label(i)
            m0, m1, l0, l1 = self._item_geometry(lay, i, lw)
            x0 = min(m0, l0)
            for lane in range(n_lanes):
                if lanes_left[lane] < need:
                    continue
                if reserved is not None and reserved[0] == lane:
                    if not (need <= reserved[1] or x0 - GAP >= reserved[2]):
                        continue
                lanes_left[lane] = x0
                add(i, lane, m0, m1, l0, l1, text)
                break
            else:
                ax = min(max(k * (t1 - anchor[i]), 0.0), w - 1.0)
                overflow.setdefault(int(ax // OVERFLOW_W), []).append(i)

        cy, ch = g["cluster_y"], g["cluster_h"]
        for b, idxs in sorted(overflow.items()):
            rect = QRectF(b * OVERFLOW_W + 2, cy + 2, OVERFLOW_W - 4, ch - 4)
            col = Counter(d.color_idx[i] for i in idxs).most_common(1)[0][0]
            t_lo = self._t(rect.right(), lay)
            t_hi = self._t(rect.left(), lay)
            lay.clusters.append((rect, len(idxs), t_lo, t_hi, self._colors[col]))
            lay.hits.append((rect, "cluster", rect.center().x()))

    def _layout_aggregate(self, lay: _Layout) -> None:
        d = self._data
        g = lay.geom
        w = lay.w
        s, p = d.start, d.prefix
        nb = math.ceil(w / HIST_BW)
        # boundary k at x = k*BW; index of first start >= t(x) (t decreases with x)
        bidx = [bisect_left(s, self._t(k * HIST_BW, lay)) for k in range(nb + 1)]
        counts = [p[bidx[k]] - p[bidx[k + 1]] for k in range(nb)]
        cmax = max(counts, default=0)
        area_top = g["top"] + g["lane_h"]  # lane 0 is kept for the selected event
        area_h = max(4.0, g["cluster_y"] - area_top - 2)
        smax = math.sqrt(cmax) if cmax else 1.0
        hist_col = QColor(self.palette().highlight().color())
        mask, ci = d.mask, d.color_idx

        def dominant(a: int, b: int):
            if b <= a:
                return self._colors[0]
            step = max(1, (b - a) // 7)
            cnt = Counter(ci[j] for j in range(a, b, step) if mask[j])
            return self._colors[cnt.most_common(1)[0][0] if cnt else 0]

        for k, c in enumerate(counts):
            if not c:
                continue
            # sqrt scale: dense decades do not flatten sparse ones to nothing
            hh = max(2.0, area_h * math.sqrt(c) / smax)
            rect = QRectF(k * HIST_BW + 0.5, g["cluster_y"] - 2 - hh, HIST_BW - 1.0, hh)
            lay.hist.append((rect, hist_col))
            lay.hits.append((QRectF(k * HIST_BW, area_top, HIST_BW, area_h + 2), "zoom", rect.center().x()))
        cy, ch = g["cluster_y"], g["cluster_h"]
        gw = PILL_GROUP * HIST_BW
        for gi in range(0, nb, PILL_GROUP):
            k1 = min(gi + PILL_GROUP, nb)
            c = p[bidx[gi]] - p[bidx[k1]]
            if not c:
                continue
            rect = QRectF(gi * HIST_BW + 2, cy + 2, gw - 4, ch - 4)
            lay.clusters.append(
                (rect, c, self._t(rect.right(), lay), self._t(rect.left(), lay), dominant(bidx[k1], bidx[gi]))
            )
            lay.hits.append((rect, "cluster", rect.center().x()))
        sel = self._selected
        if sel is not None and sel < d.n_dated and d.mask[sel]:
            text, lw = self._label(sel)
            m0, m1, l0, l1 = self._item_geometry(lay, sel, lw)
            if m1 >= 0 and m0 <= w:
                y = g["top"]
                lane_h, th = g["lane_h"], g["th"]
                mark = QRectF(m0, y + lane_h / 2 - R, m1 - m0, 2 * R)
                lrect = QRectF(l0, y + (lane_h - th) / 2, l1 - l0, th)
                lay.items.append((sel, mark.united(lrect), mark, lrect, text, True))
                lay.hits.insert(0, (mark.united(lrect).adjusted(-2, -3, 2, 3), "event", sel))

    def _layout_axis(self, lay: _Layout) -> None:
        g = lay.geom
        fm = self._fm
        w = lay.w
        unit, step = axis_mod.choose_step(lay.t1 - lay.t0, w, fm.horizontalAdvance, self._lang)
        ay = g["axis_y"]
        th = g["th"]
        row1_y = ay + 8.0
        row2_y = ay + 10.0 + th
        last_left = math.inf  # labels are produced right to left
        for t, tn, dd in axis_mod.ticks(lay.t0, lay.t1, unit, step):
            x = self._x(t, lay)
            if -1 <= x <= w + 1:
                lay.axis_ticks.append((x, False))
            text = axis_mod.tick_label(dd, unit, self._lang, self._eastern)
            tw = fm.horizontalAdvance(text) + 1.0
            cx = self._x((t + min(tn, t + 400 * step)) / 2, lay) if step == 1 else x
            r = QRectF(cx - tw / 2, row1_y, tw, th)
            if r.left() < 1 or r.right() > w - 1:
                continue
            if r.right() + 8 > last_left:
                continue
            last_left = r.left()
            lay.axis_labels.append((r, text))
        cu = axis_mod.context_unit(unit)
        if cu is None:
            return
        last_left = math.inf
        bounds = axis_mod.ticks(lay.t0, lay.t1, cu, 1)
        for k, (t, _tn, dd) in enumerate(bounds):
            x = self._x(t, lay)
            text = axis_mod.context_label(dd, cu, self._lang, self._eastern)
            tw = fm.horizontalAdvance(text) + 1.0
            if x > w - 1:
                # period began before the right edge: sticky label at the right,
                # unless the next boundary's label needs the room
                if k + 1 < len(bounds) and self._x(bounds[k + 1][0], lay) > w - 2 * tw - 24:
                    continue
                r = QRectF(w - 4 - tw, row2_y, tw, th)
            else:
                lay.axis_ticks.append((x, True))
                r = QRectF(x - 4 - tw, row2_y, tw, th)
            if r.left() < 1 or r.right() + 8 > last_left:
                continue
            last_left = r.left()
            lay.axis_labels.append((r, text))

    def _layout_undated(self, lay: _Layout, undated: list[int]) -> None:
        g = lay.geom
        w = lay.w
        y, hh = g["und_y"], g["und_h"]
        lay.undated_strip = QRectF(0, y, w, hh)
        title = TEXT[self._lang]["undated"]
        tw = self._fm.horizontalAdvance(title) + 1.0
        tr = QRectF(w - 8 - tw, y + (hh - g["th"]) / 2, tw, g["th"])
        lay.undated_title = (tr, title)
        x = tr.left() - 14
        cy = y + hh / 2
        for k, i in enumerate(undated):
            if x < 60:
                rest = len(undated) - k
                text = "+" + digits(str(rest), self._eastern)
                mw = self._fm.horizontalAdvance(text) + 1.0
                lay.undated_more = (QRectF(x + R - mw, y + (hh - g["th"]) / 2, mw, g["th"]), text)
                break
            rect = QRectF(x - R, cy - R, 2 * R, 2 * R)
            lay.undated.append((rect, i))
            lay.hits.append((rect.adjusted(-3, -3, 3, 3), "event", i))
            x -= 2 * R + 6

    # ================================================================ painting
    def drawBackground(self, painter: QPainter, rect) -> None:
        painter.save()
        painter.resetTransform()
        painter.fillRect(QRectF(0, 0, self._vw(), self._vh()), self.palette().base())
        self._paint(painter, self._ensure_layout())
        painter.restore()

    def drawForeground(self, painter: QPainter, rect) -> None:
        pass

    def _paint_export(self, p: QPainter, w: int, h: int) -> None:
        t0, t1 = self._fit_range(w)
        lay = self._compute_layout(w, h, t0, t1)
        self._paint(p, lay)

    def _export_size(self, width: int | None) -> tuple[int, int]:
        w = int(width) if width else max(self._vw(), 1000)
        h = max(self._vh(), 420)
        return w, h

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

    def _paint(self, p: QPainter, lay: _Layout) -> None:
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
                p.drawStaticText(lrect.topLeft(), self._static(("e", i), label, font))

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
                    p.drawText(rect, _CENTER, text)
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
            p.drawStaticText(r.topLeft(), self._static(("a", text), text, font))

        # undated strip
        if lay.undated_strip is not None:
            strip = lay.undated_strip
            p.fillRect(strip.toRect(), _blend(mid, bg, 0.18))
            p.setPen(QPen(mid, 1, Qt.DashLine))
            p.drawLine(strip.topLeft(), strip.topRight())
            r, t = lay.undated_title
            p.setPen(text_col)
            p.drawStaticText(r.topLeft(), self._static(("u", t), t, font))
            p.setRenderHint(QPainter.Antialiasing, True)
            for rect, i in lay.undated:
                col = colors[cidx[i]]
                c = rect.center()
                poly = QPolygonF(
                    [
                        QPointF(c.x(), rect.top()),
                        QPointF(rect.right(), c.y()),
                        QPointF(c.x(), rect.bottom()),
                        QPointF(rect.left(), c.y()),
                    ]
                )
                p.setBrush(col)
                p.setPen(QPen(col.darker(140), 1))
                p.drawPolygon(poly)
                if i == self._selected:
                    p.setBrush(Qt.NoBrush)
                    p.setPen(QPen(sel_col, 2))
                    p.drawEllipse(rect.adjusted(-3, -3, 3, 3))
            if lay.undated_more is not None:
                r, t = lay.undated_more
                p.setPen(text_col)
                p.drawText(r, _CENTER, t)

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

    # ================================================================ interaction
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sync_scene_rect()
        if self._auto_fit:
            self._t0, self._t1 = self._fit_range(self._vw())
        self._invalidate()

    def _hit(self, pos: QPointF):
        lay = self._ensure_layout()
        for rect, kind, payload in lay.hits:
            if rect.contains(pos):
                return (kind, payload)
        return None

    def _tooltip_for(self, hit) -> str | None:
        kind, payload = hit
        if kind == "event":
            return tooltip_text(self._data.events[payload], self._lang, self._eastern)
        if kind == "cluster":
            for rect, count, t_lo, t_hi, _c in self._ensure_layout().clusters:
                if rect.center().x() == payload:
                    a = date.fromordinal(int(min(max(t_lo, MIN_T), MAX_T)))
                    b = date.fromordinal(int(min(max(t_hi, MIN_T), MAX_T)))
                    from .labels import format_date

                    t = TEXT[self._lang]
                    rng = f"{format_date(a, 'day', self._lang, self._eastern)} – {format_date(b, 'day', self._lang, self._eastern)}"
                    return f"{digits(str(count), self._eastern)} {t['events']}\n{rng}\n{t['zoom_hint']}"
        return None

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

    def sizeHint(self) -> QSize:
        return QSize(900, 360)

    def viewport_point(self, x: float, y: float) -> QPoint:
        return QPoint(round(x), round(y))
