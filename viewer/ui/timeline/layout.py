"""Timeline layout: where everything of one frame goes, in viewport pixels.

Why separate from painting: the same layout answers hit-testing, tooltips,
the tests' geometry queries and export, and it is recomputed only when size,
time window, filter, selection or language change (``_invalidate``).
Only the events inside the window are looked at (bisection on the sorted
arrays of :mod:`viewer.display.timeline_data`); past ``detail_limit``
events the frame switches to per-pixel-column aggregates.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
)

from viewer.display import axis as axis_mod
from viewer.display.labels import TEXT, digits, event_label
from viewer.display.timeline_data import FUZZY, POINT

from .constants import GAP, HIST_BW, MIN_BAR, OVERFLOW_W, PILL_GROUP, R


class Layout:
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


class LayoutMixin:
    """Computes :class:`Layout` for :class:`~.view.TimelineView` (mixed into it)."""

    def _label(self, i: int) -> tuple[str, float]:
        c = self._label_cache.get(i)
        if c is None:
            text = event_label(self._data.events[i], self._lang)
            c = (text, self._fm.horizontalAdvance(text) + 1.0)
            if len(self._label_cache) > 50000:
                self._label_cache.clear()
            self._label_cache[i] = c
        return c

    def _ensure_layout(self) -> Layout:
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

    def _compute_layout(self, w: int, h: int, t0: float, t1: float) -> Layout:
        lay = Layout(w, h, t0, t1)
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

    def _item_geometry(self, lay: Layout, i: int, lw: float | None):
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

    def _layout_detail(self, lay: Layout) -> None:
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

    def _layout_aggregate(self, lay: Layout) -> None:
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

    def _layout_axis(self, lay: Layout) -> None:
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

    def _layout_undated(self, lay: Layout, undated: list[int]) -> None:
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
